package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TollgateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = TollgateCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void unknownSubcommandIsUsageError() {
    assertThat(run("chek")).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString()).contains("Unmatched argument").contains("tollgate check");
  }

  @Test
  void listsEverySubcommandInHelp() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("check", "rules", "flags", "promql", "analysis", "rollout", "judge");
  }

  @Test
  void printsVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("tollgate ");
  }
}
