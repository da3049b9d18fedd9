/**
 * JSON for the frikommune-sdk domain model via Jackson 2.
 *
 * <p>{@link io.github.frikommune.json.FrikommuneModule} maps every domain type;
 * {@link io.github.frikommune.json.FrikommuneJson} makes a mapper configured the recommended
 * way and reads and writes documents. The format itself is defined in
 * {@code io.github.frikommune.json.format}.
 */
module io.github.frikommune.json {
  requires transitive io.github.frikommune.json.format;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value.annotations;

  exports io.github.frikommune.json;

  provides com.fasterxml.jackson.databind.Module with
      io.github.frikommune.json.FrikommuneModule;
}
