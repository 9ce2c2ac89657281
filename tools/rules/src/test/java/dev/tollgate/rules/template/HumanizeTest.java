package dev.tollgate.rules.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The golden outputs of promtool 2.42 in spec §2.8 (verified there with Debian's promtool). */
class HumanizeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1234567 | 1.234567e+06 | 1.235M | 1.177Mi | 14d 6h 56m 7s   | 1.235e+08% | 1234567.00
          0.00001 | 1e-05        | 10u    | 1e-05   | 10us            | 0.001%     | 0.00
          100     | 100          | 100    | 100     | 1m 40s          | 1e+04%     | 100.00
          NaN     | NaN          | NaN    | NaN     | NaN             | NaN%       | NaN
          Infinity| +Inf         | +Inf   | +Inf    | +Inf            | +Inf%      | +Inf
          0.1     | 0.1          | 100m   | 0.1     | 100ms           | 10%        | 0.10
          123456  | 123456       | 123.5k | 120.6ki | 1d 10h 17m 36s  | 1.235e+07% | 123456.00
          3725.5  | 3725.5       | 3.725k | 3.638ki | 1h 2m 5s        | 3.726e+05% | 3725.50
          -0.5    | -0.5         | -500m  | -0.5    | -500ms          | -50%       | -0.50
          """)
  void matchesPromtool242Goldens(
      double value,
      String plain,
      String humanize,
      String binary,
      String duration,
      String percentage,
      String printf) {
    assertThat(GoFloats.formatG(value)).isEqualTo(plain);
    assertThat(Humanize.humanize(value)).isEqualTo(humanize);
    assertThat(Humanize.humanize1024(value)).isEqualTo(binary);
    assertThat(Humanize.humanizeDuration(value)).isEqualTo(duration);
    assertThat(Humanize.humanizePercentage(value)).isEqualTo(percentage);
    assertThat(GoPrintf.sprintf("%.2f", List.of(value))).isEqualTo(printf);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0.30000000000000004 | 3.0000000000000004E-01
          0.9999999999999999  | 9.999999999999999E-01
          1                   | 1E+00
          1e21                | 1E+21
          -2.5e-7             | -2.5E-07
          5e-324              | 5E-324
          1.7976931348623157e308 | 1.7976931348623157E+308
          """)
  void formatsSamplesLikeGoStrconvE(double value, String expected) {
    assertThat(GoFloats.formatE(value)).isEqualTo(expected);
  }
}
