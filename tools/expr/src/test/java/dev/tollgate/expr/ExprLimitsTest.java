package dev.tollgate.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Inputs the fuzzer found that once escaped as something other than ExprException. */
class ExprLimitsTest {

  @Test
  void rejectsLongOperatorChainsInsteadOfOverflowingTheStack() {
    String chain = "true" + " && true".repeat(998);
    assertThatThrownBy(() -> Expr.compile(chain))
        .isInstanceOf(ExprException.class)
        .hasMessageContaining("nested too deeply");
  }

  @Test
  void acceptsRealisticChains() throws ExprException {
    String chain = "1" + " + 1".repeat(50);
    assertThat(Expr.compile(chain).evaluate(java.util.Map.of())).isEqualTo(51L);
  }

  @Test
  void nonAsciiDigitsAreNotNumbers() {
    assertThatThrownBy(() -> Expr.compile(".\u07C0")).isInstanceOf(ExprException.class);
    assertThatThrownBy(() -> Expr.compile("\u0663 + 1")).isInstanceOf(ExprException.class);
  }
}
