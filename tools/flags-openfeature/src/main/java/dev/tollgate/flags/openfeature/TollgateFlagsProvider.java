package dev.tollgate.flags.openfeature;

import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.EventProvider;
import dev.openfeature.sdk.Hook;
import dev.openfeature.sdk.Metadata;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.ProviderEventDetails;
import dev.openfeature.sdk.Value;
import dev.openfeature.sdk.exceptions.GeneralError;
import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.eval.EvaluationResult;
import dev.tollgate.flags.eval.Evaluator;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagSet;
import dev.tollgate.flags.model.Namespace;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * An OpenFeature provider that evaluates Flipt flags in-process, exactly as the Flipt server v2.9+
 * does, from a flags directory (watched) or a Flipt server's snapshot endpoint (polled). Each
 * snapshot is an immutable {@link Evaluator} swapped atomically, so evaluations never see a
 * half-applied reload; a broken update keeps the last good snapshot and emits PROVIDER_ERROR.
 */
public final class TollgateFlagsProvider extends EventProvider implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(TollgateFlagsProvider.class.getName());

  private final SnapshotSource source;
  private final String namespace;
  private final Duration interval;
  private final Engine engine;

  // handed to the SDK on every evaluation: an immutable list, replaced (not copied) per call
  @SuppressWarnings("rawtypes") // the SDK's FeatureProvider declares the raw List<Hook>
  private volatile List<Hook> hooks = List.of();

  private final AtomicReference<State> state = new AtomicReference<>();
  private volatile List<EvaluationMetrics> metrics = List.of();
  private ScheduledExecutorService poller;

  /**
   * The evaluator and the flags it was built from, swapped together, with the {@link FlagSnapshot}
   * over them (built once per reload or metrics change, not per call).
   */
  private record State(Evaluator evaluator, FlagSet flags, FlagSnapshot snapshot) {}

  TollgateFlagsProvider(SnapshotSource source, String namespace, Duration interval, Engine engine) {
    this.source = source;
    this.namespace = namespace;
    this.interval = interval;
    this.engine = engine;
  }

  /** Flags from {@code flagsDir}, checked for changes every 500 ms. */
  public static TollgateFlagsProvider fromDirectory(Path flagsDir, String namespace) {
    return fromDirectory(flagsDir, namespace, Duration.ofMillis(500));
  }

  public static TollgateFlagsProvider fromDirectory(
      Path flagsDir, String namespace, Duration pollInterval) {
    return new TollgateFlagsProvider(
        new DirectorySource(flagsDir), namespace, pollInterval, Engine.V2);
  }

  /** Flags from a Flipt server's snapshot endpoint, polled with ETags. */
  public static TollgateFlagsProvider fromFlipt(
      URI baseUrl, String namespace, Duration pollInterval) {
    return new TollgateFlagsProvider(
        new FliptSnapshotSource(baseUrl, namespace, Duration.ofSeconds(5)),
        namespace,
        pollInterval,
        Engine.V2);
  }

  /** Adds a hook that reports every evaluation to {@code metrics}. */
  @SuppressWarnings("rawtypes")
  public synchronized TollgateFlagsProvider withMetrics(EvaluationMetrics metrics) {
    List<EvaluationMetrics> all = new ArrayList<>(this.metrics);
    all.add(metrics);
    this.metrics = List.copyOf(all);
    hooks =
        this.metrics.stream().<Hook>map(MetricsHook::new).collect(Collectors.toUnmodifiableList());
    State s = state.get();
    if (s != null) {
      install(s.flags(), s.evaluator());
    }
    return this;
  }

  @Override
  public Metadata getMetadata() {
    return () -> "tollgate-flags";
  }

  @Override
  @SuppressWarnings("rawtypes") // the SDK's FeatureProvider declares the raw List<Hook>
  public List<Hook> getProviderHooks() {
    return hooks;
  }

  @Override
  public void initialize(EvaluationContext evaluationContext) {
    start();
  }

  /**
   * Loads the first snapshot (failing with its positioned errors) and starts the background poller.
   * Called by the SDK through {@link #initialize}; callable directly without the SDK.
   */
  public synchronized void start() {
    if (poller != null) {
      return;
    }
    try {
      source.poll().ifPresent(this::install);
    } catch (SnapshotSource.SnapshotException e) {
      throw new GeneralError(
          "tollgate flags: " + source.describe() + " is not usable:\n" + e.getMessage(), e);
    }
    poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tollgate-flags-poller");
              t.setDaemon(true);
              return t;
            });
    long millis = Math.max(1, interval.toMillis());
    // the future has nothing to report: refresh() catches and reports what a source throws, and
    // shutdown() stops the executor
    var unused =
        poller.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** One poll; also what the background thread runs. */
  void refresh() {
    try {
      Optional<FlagSet> next = source.poll();
      if (next.isEmpty()) {
        return;
      }
      State previous = state.get();
      install(next.get());
      List<String> changed = changedFlags(previous == null ? null : previous.flags(), next.get());
      emitProviderConfigurationChanged(
          ProviderEventDetails.builder()
              .flagsChanged(changed)
              .message("reloaded " + source.describe())
              .build());
    } catch (SnapshotSource.SnapshotException e) {
      LOG.log(
          Level.WARNING,
          "tollgate flags: keeping the last good snapshot; "
              + source.describe()
              + " has errors:\n"
              + e.getMessage());
      emitProviderError(
          ProviderEventDetails.builder()
              .message(e.getMessage())
              .errorCode(ErrorCode.PARSE_ERROR)
              .build());
    } catch (RuntimeException e) {
      // the poller must survive anything a source throws; the last good snapshot stays
      LOG.log(Level.ERROR, "tollgate flags: reload failed", e);
      emitProviderError(
          ProviderEventDetails.builder()
              .message(String.valueOf(e))
              .errorCode(ErrorCode.GENERAL)
              .build());
    }
  }

  private void install(FlagSet flags) {
    install(flags, Evaluator.compile(flags, engine));
  }

  // synchronized with withMetrics, so a reload never installs a snapshot with stale metrics
  private synchronized void install(FlagSet flags, Evaluator evaluator) {
    state.set(new State(evaluator, flags, new FlagSnapshot(evaluator, namespace, metrics)));
  }

  private List<String> changedFlags(FlagSet before, FlagSet after) {
    Map<String, Flag> old =
        before == null
            ? Map.of()
            : before.namespace(namespace).map(Namespace::flags).orElse(Map.of());
    Map<String, Flag> now = after.namespace(namespace).map(Namespace::flags).orElse(Map.of());
    List<String> changed = new ArrayList<>();
    now.forEach(
        (k, f) -> {
          if (!f.equals(old.get(k))) {
            changed.add(k);
          }
        });
    old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(changed::add);
    // segment edits change answers without changing Flag records; report every flag then
    boolean segmentsChanged =
        before == null
            || !before
                .namespace(namespace)
                .map(Namespace::segments)
                .equals(after.namespace(namespace).map(Namespace::segments));
    return segmentsChanged ? List.copyOf(now.keySet()) : changed;
  }

  /**
   * The current snapshot for evaluating without the SDK (see {@link FlagSnapshot}); before the
   * first snapshot loads, its answers are PROVIDER_NOT_READY errors, as the SDK's are.
   */
  public FlagSnapshot current() {
    State s = state.get();
    return s != null ? s.snapshot() : new FlagSnapshot(null, namespace, metrics);
  }

  /** The current evaluator, for callers that must evaluate several flags consistently. */
  public Optional<Evaluator> snapshot() {
    return Optional.ofNullable(state.get()).map(State::evaluator);
  }

  /** The flags of the current snapshot, metadata included (e.g. for sunset metrics). */
  public Optional<FlagSet> flags() {
    return Optional.ofNullable(state.get()).map(State::flags);
  }

  @Override
  public synchronized void shutdown() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
    super.shutdown();
  }

  @Override
  public void close() {
    shutdown();
  }

  /** True while the background poller runs (for tests and health checks). */
  public synchronized boolean isPolling() {
    return poller != null && !poller.isShutdown();
  }

  @Override
  public ProviderEvaluation<Boolean> getBooleanEvaluation(
      String key, Boolean defaultValue, EvaluationContext ctx) {
    return Answers.bool(evaluate(key, ctx), defaultValue);
  }

  @Override
  public ProviderEvaluation<String> getStringEvaluation(
      String key, String defaultValue, EvaluationContext ctx) {
    return Answers.string(evaluate(key, ctx), defaultValue);
  }

  @Override
  public ProviderEvaluation<Integer> getIntegerEvaluation(
      String key, Integer defaultValue, EvaluationContext ctx) {
    return Answers.number(evaluate(key, ctx), defaultValue, Answers::toInteger);
  }

  @Override
  public ProviderEvaluation<Double> getDoubleEvaluation(
      String key, Double defaultValue, EvaluationContext ctx) {
    return Answers.number(evaluate(key, ctx), defaultValue, Answers::toDouble);
  }

  @Override
  public ProviderEvaluation<Value> getObjectEvaluation(
      String key, Value defaultValue, EvaluationContext ctx) {
    return Answers.object(evaluate(key, ctx), defaultValue);
  }

  /** The evaluation, or an error outcome (not ready, missing targeting key, unknown flag). */
  private Answers.Outcome evaluate(String key, EvaluationContext ctx) {
    State current = state.get();
    if (current == null) {
      return Answers.Outcome.error(ErrorCode.PROVIDER_NOT_READY, "no flag snapshot loaded yet");
    }
    String entity = ctx == null ? null : ctx.getTargetingKey();
    if (entity == null || entity.isEmpty()) {
      return Answers.Outcome.error(
          ErrorCode.TARGETING_KEY_MISSING, "Flipt buckets by entity id; set the targeting key");
    }
    try {
      EvaluationResult result =
          current.evaluator().evaluate(namespace, key, entity, Contexts.toFlipt(ctx));
      return Answers.Outcome.of(result);
    } catch (NoSuchElementException e) {
      return Answers.Outcome.error(ErrorCode.FLAG_NOT_FOUND, e.getMessage());
    }
  }
}
