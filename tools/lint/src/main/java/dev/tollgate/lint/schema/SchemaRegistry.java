package dev.tollgate.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schemas for custom resources, by {@code apiVersion/Kind}: the ones tollgate ships under
 * {@code schemas/<group>/<version>/<Kind>.yaml} (compiled on first use, so a run pays only for the
 * kinds it meets) and those read from CRDs, which win over shipped ones.
 */
public final class SchemaRegistry {
  static {
    // networknt logs through SLF4J; without a provider SLF4J prints a warning on every run. The
    // CLI has nothing to log, so pick the no-op provider unless the user chose one.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  /** Kinds that share another kind's schema. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "argoproj.io/v1alpha1/ClusterAnalysisTemplate", "argoproj.io/v1alpha1/AnalysisTemplate");

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V4,
          builder ->
              builder
                  .metaSchema(OpenApi30.getInstance())
                  .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));

  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().build();

  private final Map<String, JsonNode> crdSchemas;
  private final Map<String, Optional<JsonSchema>> compiled = new ConcurrentHashMap<>();

  /** {@code crdSchemas}: raw openAPIV3Schema trees by {@code apiVersion/Kind}. */
  public SchemaRegistry(Map<String, JsonNode> crdSchemas) {
    this.crdSchemas = Map.copyOf(crdSchemas);
  }

  public Optional<JsonSchema> schemaFor(String apiVersion, String kind) {
    return compiled.computeIfAbsent(apiVersion + "/" + kind, this::compileAndInitialize);
  }

  /**
   * networknt resolves {@code $ref}s lazily on first validation; objects are validated on several
   * threads, so that happens here, once, before the schema is shared.
   */
  private Optional<JsonSchema> compileAndInitialize(String key) {
    Optional<JsonSchema> schema = compile(key);
    schema.ifPresent(JsonSchema::initializeValidators);
    return schema;
  }

  /** Whether tollgate ships a schema for the kind (for tests and docs). */
  public static boolean ships(String apiVersion, String kind) {
    return SchemaRegistry.class.getClassLoader().getResource(resource(apiVersion + "/" + kind))
        != null;
  }

  private Optional<JsonSchema> compile(String key) {
    JsonNode crd = crdSchemas.get(key);
    if (crd != null) {
      try {
        return Optional.of(
            FACTORY.getSchema(SchemaPreparation.prepare(crd.deepCopy(), true), CONFIG));
      } catch (RuntimeException e) {
        throw new InputException(
            Diagnostic.error(
                Position.ofFile("--crd " + key),
                "config-invalid",
                "the CRD schema of " + key + " does not compile: " + e.getMessage(),
                "Fix openAPIV3Schema in the CRD, or leave the CRD out."),
            e);
      }
    }
    String name = resource(ALIASES.getOrDefault(key, key));
    try (InputStream in = SchemaRegistry.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      JsonNode tree =
          JsonTrees.of(YTrees.documents(new YamlLoader().load(name, in.readAllBytes())).get(0));
      JsonNode schema = SchemaPreparation.prepare(tree, false);
      return Optional.of(FACTORY.getSchema(schema, CONFIG));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read shipped schema " + name, e);
    }
  }

  private static String resource(String key) {
    return "schemas/" + key + ".yaml";
  }
}
