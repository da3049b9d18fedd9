/**
 * JSON for the frikommune-sdk domain model via Jackson 3 ({@code tools.jackson}), byte for byte
 * the same format as the Jackson 2 module.
 *
 * <p>{@link io.github.frikommune.json.jackson3.FrikommuneModule} maps every domain type;
 * {@link io.github.frikommune.json.jackson3.FrikommuneJson} makes a mapper configured the
 * recommended way and reads and writes documents.
 */
@SuppressWarnings("module") // "jackson3" ends in a digit on purpose: it names the Jackson major version
module io.github.frikommune.json.jackson3 {
  requires transitive io.github.frikommune.json.format;
  requires transitive tools.jackson.databind;
  requires static org.immutables.value.annotations;

  exports io.github.frikommune.json.jackson3;

  provides tools.jackson.databind.JacksonModule with
      io.github.frikommune.json.jackson3.FrikommuneModule;
}
