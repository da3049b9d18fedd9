package io.github.frikommune.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.frikommune.core.Coded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every DOT golden file is in the DOT subset of the diagrams and draws its lifecycle's table, on
 * every machine; where Graphviz's {@code dot} is installed, it also accepts the file without a
 * warning, and where it is not, that check is reported as skipped.
 */
class DotGoldenFilesTest {
  private static final Map<String, TransitionTable<?, ?, ?>> TABLES =
      Stream.of(ApplicationLifecycle.table(), TrialLifecycle.table(), ParticipationLifecycle.table(), ConditionLifecycle.table())
          .collect(Collectors.toMap(TransitionTable::name, t -> t));

  /** Whether dot runs here; asked once, since starting a process per file costs. */
  private static final boolean DOT_INSTALLED = runs("dot", "-V");

  static Stream<Path> dotFiles() throws IOException {
    try (Stream<Path> files = Files.list(Golden.DIRECTORY)) {
      List<Path> dot = files.filter(f -> f.toString().endsWith(".dot")).sorted().toList();
      assertThat(dot).hasSizeGreaterThanOrEqualTo(4);
      return dot.stream();
    }
  }

  /** The table a file draws: {@code trial-mikrolaan.dot} and {@code trial.dot} draw the trial's. */
  private static TransitionTable<?, ?, ?> tableOf(Path file) {
    String name = file.getFileName().toString().replaceFirst("(-[a-z]+)?\\.dot$", "");
    assertThat(TABLES).as("lifecycle of %s", file).containsKey(name);
    return TABLES.get(name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dotFiles")
  void dotFile_isInTheDotSubset_andDrawsEveryStateAndTransitionOfItsTable(Path file) throws IOException {
    TransitionTable<?, ?, ?> table = tableOf(file);

    DotSubset.Graph graph = DotSubset.parse(Files.readString(file, StandardCharsets.UTF_8));

    List<String> states = new ArrayList<>(List.of("[*]"));
    table.states().forEach(s -> states.add(s.code()));
    List<String> transitions = new ArrayList<>(List.of("[*] -> " + table.initialState().code()));
    table.rules().forEach(r -> transitions.add(r.from().code() + " -> " + r.to().code()));
    assertThat(graph.name()).isEqualTo(table.name());
    assertThat(graph.nodes()).extracting(DotSubset.Node::id).containsExactlyElementsOf(states);
    assertThat(graph.edges()).extracting(e -> e.from() + " -> " + e.to()).containsExactlyElementsOf(transitions);
    assertThat(graph.edges().subList(1, graph.edges().size()))
        .extracting(e -> e.attributes().get("label").split("\\\\n")[0])
        .containsExactlyElementsOf(table.rules().stream().map(r -> r.eventType()).map(Coded::code).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dotFiles")
  void dotFile_isAcceptedByGraphviz_withoutWarnings(Path file) throws Exception {
    assumeTrue(DOT_INSTALLED, "Graphviz dot is not on the PATH; the DOT subset check above still ran");
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
