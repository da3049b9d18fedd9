package io.github.frikommune.json.format.internal;

import io.github.frikommune.json.format.JsonFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Builds the JSON Schema (draft 2020-12) of the format as a neutral tree: each named type once,
 * under {@code $defs}, in name order.
 */
public final class SchemaBuilder {
  private final Map<String, Object> definitions = new TreeMap<>();

  /**
   * A reference to a named type's definition, defining it on first use. Recursive types work:
   * the name is taken before the definition is built.
   *
   * @param name the type's name, e.g. {@code Application}
   * @param definition builds the definition
   * @return {@code {"$ref": "#/$defs/<name>"}}
   */
  public Map<String, Object> ref(String name, Supplier<Object> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, Nodes.NULL);
      definitions.put(name, definition.get());
    }
    return Map.of("$ref", "#/$defs/" + name);
  }

  /**
   * The schema of the format: the document is a portfolio, and every type is defined under
   * {@code $defs}.
   *
   * @return the schema as a neutral tree
   */
  public static Map<String, Object> formatSchema() {
    SchemaBuilder schemas = new SchemaBuilder();
    for (Codec<?> codec : DomainCodecs.all().values()) {
      codec.schema(schemas);
    }
    for (Codec<?> codec : DomainCodecs.recordedEvents()) {
      codec.schema(schemas);
    }
    Object document = DomainCodecs.PORTFOLIO.schema(schemas);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", JsonFormat.SCHEMA_ID);
    schema.put("title", "frikommune-sdk portfolio, format version " + JsonFormat.SCHEMA_VERSION);
    schema.put(
        "description",
        "A portfolio of free-municipality trials (frikommuneforsøg): programme, networks, rounds,"
            + " applications, decisions and trials. Each type of the format is defined under $defs,"
            + " also those exchanged on their own: lifecycle events as recorded, exemption questions"
            + " and answers."
            + " See docs/json-format.md.");
    schema.put("$ref", ((Map<?, ?>) document).get("$ref"));
    schema.put("$defs", new LinkedHashMap<>(schemas.definitions));
    return schema;
  }

  /**
   * A schema object with its keywords in the order given.
   *
   * @param keyValues keyword, value, keyword, value …
   * @return the schema object
   */
  public static Map<String, Object> of(Object... keyValues) {
    Map<String, Object> schema = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      schema.put((String) keyValues[i], keyValues[i + 1]);
    }
    return schema;
  }
}
