/**
 * The JSON format of the domain (<i>JSON-formatet</i>): its version, its JSON Schema, its
 * reading limits and its one exception type.
 *
 * <p>The format is described in {@code docs/json-format.md}. A document is a
 * {@link io.github.frikommune.core.portfolio.Portfolio} with a {@code schemaVersion}; every
 * other domain type has its own JSON form too, defined in the schema's {@code $defs}.
 */
package io.github.frikommune.json.format;
