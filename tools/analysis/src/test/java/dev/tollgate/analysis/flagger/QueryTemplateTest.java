package dev.tollgate.analysis.flagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTemplateTest {
  private static final QueryTemplate.Model MODEL =
      new QueryTemplate.Model(
          "podinfo", "test", "podinfo", "podinfo-svc", "podinfo-ing", "1m", Map.of("code", "404"));

  @Test
  void rendersModelFunctionsAndVariables() {
    assertThat(
            QueryTemplate.render(
                "x{ns=\"{{ namespace }}\",t=~\"{{target}}\",s=\"{{ service }}\",i=\"{{ ingress }}\","
                    + "c=\"{{ variables.code }}\",n=\"{{ name }}\"}[{{ interval }}]",
                MODEL))
        .isEqualTo(
            "x{ns=\"test\",t=~\"podinfo\",s=\"podinfo-svc\",i=\"podinfo-ing\",c=\"404\",n=\"podinfo\"}[1m]");
  }

  @Test
  void trimMarkersEatWhitespaceLikeGoTemplates() {
    assertThat(QueryTemplate.render("a  {{- namespace -}}  b", MODEL)).isEqualTo("atestb");
  }

  @Test
  void builtinIstioSuccessRateRenders() {
    String q =
        QueryTemplate.render(BuiltinQueries.query("istio", BuiltinQueries.SUCCESS_RATE), MODEL);
    assertThat(q)
        .contains("destination_workload_namespace=\"test\"")
        .contains("destination_workload=~\"podinfo\"")
        .contains("response_code!~\"5.*\"}[1m]")
        .endsWith("* 100")
        .doesNotContain("{{");
  }

  @Test
  void unknownFunctionsAndMissingVariablesAreErrors() {
    assertThatThrownBy(() -> QueryTemplate.render("{{ cluster }}", MODEL))
        .hasMessage("template: tmpl:1: function \"cluster\" not defined");
    assertThatThrownBy(() -> QueryTemplate.render("{{ variables.nope }}", MODEL))
        .hasMessageContaining("map has no entry for key \"nope\"");
    assertThatThrownBy(() -> QueryTemplate.render("{{ if true }}x{{ end }}", MODEL))
        .hasMessageContaining("is not supported by the simulator");
  }
}
