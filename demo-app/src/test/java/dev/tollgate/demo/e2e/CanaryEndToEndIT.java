package dev.tollgate.demo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole loop with real parts: Debian's Prometheus scrapes a stable and three canary demo-app
 * processes on loopback, {@code tollgate analysis run} judges each canary with the repository's own
 * AnalysisTemplates, and the flags file is rewritten under load.
 */
class CanaryEndToEndIT {
  private static final Duration STARTUP = Duration.ofSeconds(90);
  private static final Pattern PRICING = Pattern.compile("\"pricing\":\"(\\w+)\"");

  private final Path root = Path.of(System.getProperty("tollgate.root", "..")).toAbsolutePath();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void canaryVerdictsAndFlagReloadUnderLoad() throws Exception {
    Path prometheus = RequiredTools.require("prometheus", "the end-to-end test scrapes with it");
    Path demoJar = Path.of(System.getProperty("demo.jar", "target/demo-app.jar"));
    Path cliJar = root.resolve("tools/cli/target/tollgate.jar");
    assertThat(demoJar).as("demo-app jar (mvn package)").exists();
    assertThat(cliJar).as("tollgate CLI jar (tools/cli package)").exists();

    Path work = Files.createTempDirectory("tollgate-e2e");
    Path flags = copyFlags(work.resolve("flags"));
    try (Processes processes = new Processes(root.resolve("demo-app/target/e2e-logs"))) {
      Map<String, Integer> ports = new LinkedHashMap<>();
      Map<String, Process> apps = new LinkedHashMap<>();
      startApp(processes, apps, ports, demoJar, flags, "stable", "demo-app", "stable", Map.of());
      // canaries run one after another: on two cores, parallel JVMs would turn CPU contention
      // into latency and make the healthy canary's p99 a coin toss
      int promPort = Processes.freePort();
      Path promConfig = writePrometheusConfig(work, List.of(ports.get("stable")));
      Process prom =
          processes.start(
              "prometheus",
              List.of(
                  prometheus.toString(),
                  "--config.file=" + promConfig,
                  "--storage.tsdb.path=" + work.resolve("tsdb"),
                  "--web.listen-address=127.0.0.1:" + promPort,
                  "--web.enable-lifecycle"),
              Map.of());
      String promUrl = "http://127.0.0.1:" + promPort;
      Processes.awaitHttpOk(http, promUrl + "/-/ready", STARTUP, prom);
      Processes.awaitHttpOk(
          http, base(ports, "stable") + "/actuator/health/readiness", STARTUP, apps.get("stable"));

      try (LoadGenerator stableLoad = new LoadGenerator(400_000, Duration.ofSeconds(170))) {
        LoadGenerator.Target stable = stableLoad.drive(base(ports, "stable"), 1, 5);

        Map<String, Integer> healthy =
            canary(
                processes,
                apps,
                ports,
                demoJar,
                flags,
                work,
                promUrl,
                "demo-app",
                Map.of(),
                List.of("error-rate", "latency-p99"),
                cliJar);
        assertThat(healthy)
            .as("healthy canary: exit code per template")
            .containsEntry("error-rate", 0)
            .containsEntry("latency-p99", 0);

        Map<String, Integer> errors =
            canary(
                processes,
                apps,
                ports,
                demoJar,
                flags,
                work,
                promUrl,
                "demo-errors",
                Map.of("FAULT_ERROR_RATE", "0.2"),
                List.of("error-rate"),
                cliJar);
        assertThat(errors).as("canary with 20%% errors").containsEntry("error-rate", 1);

        Map<String, Integer> slow =
            canary(
                processes,
                apps,
                ports,
                demoJar,
                flags,
                work,
                promUrl,
                "demo-slow",
                Map.of("FAULT_LATENCY_MS", "800"),
                List.of("latency-p99"),
                cliJar);
        assertThat(slow).as("canary with 800 ms latency").containsEntry("latency-p99", 1);

        flipKillSwitchUnderLoad(base(ports, "stable"), flags.resolve("default/features.yaml"));
        stableLoad.stop();
        assertThat(stable.sent.get()).as("requests sent to stable").isGreaterThan(100);
        assertThat(stable.failed.get()).as("failed requests on stable").isZero();
      }
    }
  }

  /**
   * Starts one canary, adds it to Prometheus's targets, drives load until its rate() windows have
   * data, runs the named AnalysisTemplates against it, then stops it.
   */
  private Map<String, Integer> canary(
      Processes processes,
      Map<String, Process> apps,
      Map<String, Integer> ports,
      Path demoJar,
      Path flags,
      Path work,
      String promUrl,
      String app,
      Map<String, String> faults,
      List<String> templates,
      Path cliJar)
      throws Exception {
    startApp(processes, apps, ports, demoJar, flags, app, app, "canary", faults);
    Processes.awaitHttpOk(
        http, base(ports, app) + "/actuator/health/readiness", STARTUP, apps.get(app));
    writePrometheusConfig(work, List.of(ports.get("stable"), ports.get(app)));
    http.send(
        HttpRequest.newBuilder(URI.create(promUrl + "/-/reload"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
    Map<String, Integer> exits = new LinkedHashMap<>();
    try (LoadGenerator load = new LoadGenerator(100_000, Duration.ofSeconds(60))) {
      load.drive(base(ports, app), faults.containsKey("FAULT_LATENCY_MS") ? 4 : 2, 5);
      Thread.sleep(10_000); // a few scrapes into every rate() window
      Map<String, CompletableFuture<Integer>> runs = new LinkedHashMap<>();
      for (String template : templates) {
        runs.put(template, analysis(cliJar, promUrl, template, app));
      }
      for (Map.Entry<String, CompletableFuture<Integer>> run : runs.entrySet()) {
        exits.put(run.getKey(), run.getValue().get(90, TimeUnit.SECONDS));
      }
    }
    processes.stop(apps.remove(app));
    return exits;
  }

  private void flipKillSwitchUnderLoad(String stable, Path features) throws Exception {
    String user = treatmentUser(stable);
    String original = Files.readString(features);
    Matcher killSwitch =
        Pattern.compile(
                "(key: pricing-kill-switch\\n(?:(?!\\n  - key:).)*?\\n\\s+enabled: )false",
                Pattern.DOTALL)
            .matcher(original);
    assertThat(killSwitch.find()).as("pricing-kill-switch with enabled: false in flags/").isTrue();
    Files.writeString(features, killSwitch.replaceFirst("$1true"));
    long started = System.nanoTime();
    while (!"legacy".equals(pricingFor(stable, user))) {
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .as("kill switch applied within 5 s")
          .isLessThan(Duration.ofSeconds(5));
      Thread.sleep(50);
    }
    Files.writeString(features, "flags:\n  - key: [unclosed\n");
    Thread.sleep(2_000);
    assertThat(pricingFor(stable, user))
        .as("last good config after a broken file")
        .isEqualTo("legacy");
  }

  /** A user whom new-pricing's 10% rollout gives the new calculation. */
  private String treatmentUser(String stable) throws Exception {
    for (int i = 0; i < 500; i++) {
      String user = "e2e-user-" + i;
      if ("tiered".equals(pricingFor(stable, user))) {
        return user;
      }
    }
    throw new AssertionError("no user out of 500 got new-pricing's treatment");
  }

  private String pricingFor(String base, String user) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/price?sku=sku-1"))
                .header("X-User-Id", user)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    Matcher m = PRICING.matcher(response.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private CompletableFuture<Integer> analysis(
      Path cli, String prom, String template, String service) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            Path log =
                root.resolve(
                    "demo-app/target/e2e-logs/analysis-" + template + "-" + service + ".log");
            Process p =
                new ProcessBuilder(
                        "java",
                        "-jar",
                        cli.toString(),
                        "analysis",
                        "run",
                        "--prometheus",
                        prom,
                        "--template",
                        root.resolve("apps/demo-app/base/analysis/" + template + ".yaml")
                            .toString(),
                        "--arg",
                        "service-name=" + service,
                        "--speedup",
                        "30")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!p.waitFor(85, TimeUnit.SECONDS)) {
              p.destroyForcibly();
              return -1;
            }
            return p.exitValue();
          } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void startApp(
      Processes processes,
      Map<String, Process> apps,
      Map<String, Integer> ports,
      Path jar,
      Path flags,
      String name,
      String app,
      String track,
      Map<String, String> faults)
      throws IOException {
    int port = Processes.freePort();
    Map<String, String> env = new LinkedHashMap<>(faults);
    env.put("APP_NAME", app);
    env.put("TRACK", track);
    env.put("APP_VERSION", "e2e-" + name);
    env.put("FLAGS_DIR", flags.toString());
    env.put("PORT", Integer.toString(port));
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString()));
    apps.put(name, processes.start("app-" + name, command, env));
    ports.put(name, port);
  }

  private static String base(Map<String, Integer> ports, String name) {
    return "http://127.0.0.1:" + ports.get(name);
  }

  private Path copyFlags(Path target) throws IOException {
    Path source = root.resolve("flags");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    return target;
  }

  private static Path writePrometheusConfig(Path work, Iterable<Integer> ports) throws IOException {
    StringBuilder targets = new StringBuilder();
    for (int port : ports) {
      targets.append("          - 127.0.0.1:").append(port).append('\n');
    }
    return Files.writeString(
        work.resolve("prometheus.yml"),
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
            + "scrape_configs:\n  - job_name: demo-app\n    metrics_path: /actuator/prometheus\n"
            + "    static_configs:\n      - targets:\n"
            + targets);
  }
}
