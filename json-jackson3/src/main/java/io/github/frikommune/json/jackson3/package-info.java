/**
 * JSON (<i>JSON</i>) for the domain model via Jackson 3, the default of Spring Boot 4: the
 * Jackson module and a mapper configured the recommended way.
 *
 * <p>It writes the same bytes as {@code io.github.frikommune.json} (Jackson 2) for the same
 * values; both share the format of {@code io.github.frikommune.json.format}, its JSON Schema
 * and its one exception type,
 * {@link io.github.frikommune.json.format.JsonFormatException}.
 */
package io.github.frikommune.json.jackson3;
