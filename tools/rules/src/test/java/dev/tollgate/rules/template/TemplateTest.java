package dev.tollgate.rules.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.rules.template.TemplateValues.QuerySample;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

  private static String expand(String text, double value) throws TemplateException {
    Map<String, String> labels =
        new TreeMap<>(Map.of("__name__", "up", "job", "api", "instance", "a:9090"));
    return AlertTemplates.expand(
        AlertTemplates.compile("T", text),
        labels,
        Map.of("region", "eu"),
        "http://prom:9090/prefix",
        value,
        q ->
            List.of(
                new QuerySample(Map.of("job", "x"), 7), new QuerySample(Map.of("job", "y"), 8)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          {{ $labels.job }}/{{ .Labels.instance }}            => api/a:9090
          {{ $labels.missing }}x                              => x
          {{ $value }}                                        => 1.234567e+06
          {{ $value | humanize }}                             => 1.235M
          {{ humanize $value }}                               => 1.235M
          {{ if gt $value 1e6 }}big{{ else }}small{{ end }}   => big
          {{ if lt $value 1.0 }}a{{ else if eq $labels.job "api" }}b{{ else }}c{{ end }} => b
          {{ range $k, $v := $labels }}{{ $k }}={{ $v }},{{ end }} => __name__=up,instance=a:9090,job=api,
          {{ with $labels.job }}[{{ . }}]{{ end }}            => [api]
          {{ with $labels.nope }}[{{ . }}]{{ else }}none{{ end }} => none
          {{ $x := 3 }}{{ $x }}                               => 3
          {{- " a " -}}  {{- "b" }}                           => ' a b'
          {{/* a comment */}}ok                               => ok
          {{ printf "%.1f%%" 12.345 }}                        => 12.3%
          {{ printf "%5s|%-5s|%05d" "a" "b" 42 }}             => '    a|b    |00042'
          {{ printf "%d" 1.5 }}                               => %!d(float64=1.5)
          {{ "abc" | toUpper }} {{ toLower "ABC" }}           => ABC abc
          {{ title "hello wide world" }}                      => Hello Wide World
          {{ reReplaceAll "a(.*)" "${1}x" $labels.instance }} => :9090x
          {{ match "^a" $labels.instance }}                   => true
          {{ stripPort $labels.instance }}                    => a
          {{ len $labels }} {{ index $labels "job" }}         => 3 api
          {{ and 1 0 }} {{ or 0 "" "z" }} {{ not true }}      => 0 z false
          {{ range query "q" }}{{ .Labels.job }}{{ .Value }};{{ end }} => x7;y8;
          {{ query "q" | first | value }} {{ with query "q" }}{{ . | first | label "job" }}{{ end }} => 7 x
          {{ $externalURL }} {{ $externalLabels.region }}    => http://prom:9090/prefix eu
          {{ pathPrefix }} => <error expanding template: error executing template __alert_T: template: __alert_T:1:115: executing "__alert_T" at <pathPrefix>: error calling pathPrefix: runtime error: invalid memory address or nil pointer dereference>
          {{ humanizeTimestamp 1435065584.128 }}              => 2015-06-23 13:19:44.128 +0000 UTC
          {{ parseDuration "1h2m" }}                          => 3720
          {{ range $i, $e := query "q" }}{{ if eq $i 1 }}{{ break }}{{ end }}{{ $i }}{{ end }} => 0
          """)
  void expandsLikeGoTextTemplate(String template, String expected) throws TemplateException {
    assertThat(expand(template.strip(), 1234567)).isEqualTo(expected);
  }

  @Test
  void turnsExecutionErrorsIntoPrometheusErrorText() throws TemplateException {
    assertThat(expand("{{ humanize \"x\" }}", 1))
        .isEqualTo(
            "<error expanding template: error executing template __alert_T: template: __alert_T:1:115:"
                + " executing \"__alert_T\" at <humanize \"x\">: error calling humanize:"
                + " strconv.ParseFloat: parsing \"x\": invalid syntax>");
    assertThat(expand("{{ first (query \"q\" | sortByLabel \"job\") | value }}", 1)).isEqualTo("7");
  }

  @Test
  void rejectsUndefinedVariablesAndFunctionsAtParseTime() {
    assertThatThrownBy(() -> AlertTemplates.compile("T", "ok {{ $label.x }}"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("undefined variable \"$label\"")
        .satisfies(e -> assertThat(((TemplateException) e).offset()).isEqualTo(6));
    assertThatThrownBy(() -> AlertTemplates.compile("T", "{{ nosuch 1 }}"))
        .hasMessage("function \"nosuch\" not defined");
    assertThatThrownBy(() -> AlertTemplates.compile("T", "{{ if 1 }}open"))
        .hasMessage("unexpected EOF");
    assertThatThrownBy(() -> AlertTemplates.compile("T", "{{ end }}"))
        .hasMessage("unexpected {{end}}");
    assertThatThrownBy(() -> AlertTemplates.compile("T", "{{ \"open }}"))
        .hasMessage("unterminated quoted string");
  }

  @Test
  void keepsVariablesScopedToTheirBlock() {
    assertThatThrownBy(
            () -> AlertTemplates.compile("T", "{{ if 1 }}{{ $x := 1 }}{{ end }}{{ $x }}"))
        .hasMessage("undefined variable \"$x\"");
  }
}
