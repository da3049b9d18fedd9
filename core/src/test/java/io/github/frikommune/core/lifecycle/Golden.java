package io.github.frikommune.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the lifecycle diagrams, compared byte for byte.
 *
 * <p>Run the tests with {@code -Dgolden.update=true} to rewrite the files after a deliberate
 * change, then review the diff.
 */
final class Golden {
  /** The golden files, relative to the core module, where Maven runs the tests. */
  static final Path DIRECTORY = Path.of("src/test/resources/io/github/frikommune/core/lifecycle");
  /** The documents for readers of the repository. */
  static final Path DOCS = Path.of("../docs/lifecycles");

  private Golden() {}

  static void assertMatches(Path file, String actual) {
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s (rerun with -Dgolden.update=true after a deliberate change)", file).exists();
      assertThat(Files.readAllBytes(file)).as("golden file %s", file).isEqualTo(actual.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
