/**
 * JSON (<i>JSON</i>) for the domain model via Jackson 2: the Jackson module and a mapper
 * configured the recommended way.
 *
 * <p>The format is documented in {@code docs/json-format.md}, and its JSON Schema ships in
 * {@code frikommune-json-format}. Bad input is reported with one exception type,
 * {@link io.github.frikommune.json.format.JsonFormatException}, whose message names the JSON
 * path, the value and the rule.
 */
package io.github.frikommune.json;
