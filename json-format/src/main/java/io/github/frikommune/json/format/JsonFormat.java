package io.github.frikommune.json.format;

import java.io.InputStream;
import java.util.Objects;

/**
 * The version and the JSON Schema of the format (<i>JSON-formatet</i>).
 *
 * <p>A document is a portfolio whose first field is {@code "schemaVersion": 1}. The version
 * changes only when a document of the old version would be read differently or rejected; adding
 * an optional field to the schema does not change it. Readers reject a document of any other
 * version. The schema (JSON Schema draft 2020-12) ships in this jar and defines the document
 * and, under {@code $defs}, every type of the format.
 */
public final class JsonFormat {
  /** The version of the format this library writes and reads, the document's {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  /** The schema's {@code $id}: an identifier, not an address to fetch the schema from. */
  public static final String SCHEMA_ID =
      "https://github.com/frikommune/frikommune-sdk/schema/frikommune-1.schema.json";

  /** Where the schema lies in this jar, for {@link Class#getResourceAsStream(String)}. */
  public static final String SCHEMA_RESOURCE = "/io/github/frikommune/json/format/frikommune-1.schema.json";

  private JsonFormat() {}

  /**
   * Opens the JSON Schema of the format, as it ships in this jar.
   *
   * @return the schema's UTF-8 bytes; the caller closes the stream
   */
  public static InputStream openSchema() {
    return Objects.requireNonNull(
        JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE), "the schema is missing from the jar");
  }
}
