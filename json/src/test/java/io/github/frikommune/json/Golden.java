package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: committed expected output, compared byte for byte. On a difference the actual
 * output is written next to the build's output so a reviewer can diff and, if the change is
 * meant, copy it over the golden file.
 */
final class Golden {
  /** The golden files shared by the Jackson 2 and Jackson 3 modules, under {@code docs/json}. */
  static final Path DIRECTORY = Path.of("..", "docs", "json");

  private Golden() {}

  static void assertMatches(String fileName, String actual) {
    assertMatches(DIRECTORY.resolve(fileName), actual);
  }

  static void assertMatches(Path golden, String actual) {
    String fileName = golden.getFileName().toString();
    try {
      byte[] actualBytes = actual.getBytes(StandardCharsets.UTF_8);
      byte[] expected = Files.exists(golden) ? Files.readAllBytes(golden) : new byte[0];
      if (!java.util.Arrays.equals(expected, actualBytes)) {
        Path out = Path.of("target", "golden-actual", fileName);
        Files.createDirectories(out.getParent());
        Files.write(out, actualBytes);
        assertThat(new String(actualBytes, StandardCharsets.UTF_8))
            .as("%s differs from the golden file; the actual output is in %s", golden, out)
            .isEqualTo(new String(expected, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(String fileName) {
    return read(DIRECTORY.resolve(fileName));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
