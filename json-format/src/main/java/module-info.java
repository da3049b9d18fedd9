/**
 * The JSON format of the frikommune-sdk domain model, free of any JSON library.
 *
 * <p>It defines how every domain type is written and read, the JSON Schema of the format, the
 * reading limits and {@link io.github.frikommune.json.format.JsonFormatException}, the one
 * exception a reader throws. The Jackson 2 module ({@code io.github.frikommune.json}) and the
 * Jackson 3 module ({@code io.github.frikommune.json.jackson3}) both write it byte for byte.
 */
@SuppressWarnings("module") // the qualified export names the adapters, which are built later
module io.github.frikommune.json.format {
  requires transitive io.github.frikommune.core;
  requires static org.immutables.value.annotations;

  exports io.github.frikommune.json.format;
  exports io.github.frikommune.json.format.internal to
      io.github.frikommune.json,
      io.github.frikommune.json.jackson3;
}
