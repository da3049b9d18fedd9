package io.github.frikommune.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a rendering byte for byte with a committed golden file under
 * {@code src/test/resources/io/github/frikommune/core/report/golden/}.
 *
 * <p>A deliberate change is made by running the tests once with
 * {@code -Dfrikommune.golden.update=true}, which rewrites the files, and reviewing the diff.
 */
final class Golden {
  private static final String DIRECTORY = "io/github/frikommune/core/report/golden/";

  private Golden() {}

  static void assertMatches(String name, String actual) {
    byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
    if (Boolean.getBoolean("frikommune.golden.update")) {
      try {
        Path file = Path.of("src/test/resources", DIRECTORY, name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      byte[] expected = in.readAllBytes();
      assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
      assertThat(bytes).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
