package io.github.frikommune.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every DOT golden file is accepted by Graphviz's {@code dot}, where it is installed. */
class DotGoldenFilesTest {

  @BeforeAll
  static void dotIsOnThePath() {
    assumeTrue(runs("dot", "-V"), "Graphviz dot is not on the PATH");
  }

  static Stream<Path> dotFiles() throws IOException {
    try (Stream<Path> files = Files.list(Golden.DIRECTORY)) {
      List<Path> dot = files.filter(f -> f.toString().endsWith(".dot")).sorted().toList();
      assertThat(dot).hasSizeGreaterThanOrEqualTo(4);
      return dot.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dotFiles")
  void dotFile_isAcceptedByGraphviz_withoutWarnings(Path file) throws Exception {
    Path svg = Files.createTempFile("lifecycle", ".svg");
    try {
      Process dot =
          new ProcessBuilder("dot", "-Tsvg", file.toString(), "-o", svg.toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(dot.waitFor()).as("dot exit code, output: %s", output).isZero();
      assertThat(output).as("dot output").isEmpty();
      assertThat(Files.readString(svg)).contains("<svg");
    } finally {
      Files.deleteIfExists(svg);
    }
  }

  private static boolean runs(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
