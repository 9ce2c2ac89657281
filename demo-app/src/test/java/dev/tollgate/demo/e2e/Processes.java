package dev.tollgate.demo.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the end-to-end test's processes and stops every one of them by PID at the end, also when
 * the test fails or the JVM is interrupted.
 */
final class Processes implements AutoCloseable {
  private final List<Process> started = new ArrayList<>();
  private final Path logs;
  private final Thread hook = new Thread(this::stopAll, "e2e-process-reaper");

  Processes(Path logs) throws IOException {
    this.logs = Files.createDirectories(logs);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  Process start(String name, List<String> command, Map<String, String> env) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectOutput(logs.resolve(name + ".log").toFile());
    Process process = builder.start();
    synchronized (started) {
      started.add(process);
    }
    return process;
  }

  /** Stops one process (and its children) before the others. */
  void stop(Process process) {
    synchronized (started) {
      started.remove(process);
    }
    askToExit(process);
    awaitExit(process);
  }

  /** SIGTERM to the process and its children: Spring Boot and Prometheus shut down gracefully. */
  private static void askToExit(Process process) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
  }

  private static void awaitExit(Process process) {
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  Path log(String name) {
    return logs.resolve(name + ".log");
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Polls {@code url} until it answers 200 or the deadline passes. */
  static void awaitHttpOk(HttpClient client, String url, Duration timeout, Process process)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(url + ": process exited with " + process.exitValue());
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(url + " did not answer 200 within " + timeout);
  }

  private void stopAll() {
    List<Process> copy;
    synchronized (started) {
      copy = new ArrayList<>(started);
      started.clear();
    }
    // signal all first, then wait: the processes shut down in parallel
    copy.forEach(Processes::askToExit);
    copy.forEach(Processes::awaitExit);
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running already
    }
  }
}
