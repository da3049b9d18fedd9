package io.github.frikommune.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The DOT subset checker accepts the diagrams' DOT and refuses everything else, saying where. */
class DotSubsetTest {
  private static final String GOOD =
      "digraph \"condition\" {\n"
          + "  graph [rankdir=LR, label=\"condition (vilkår)\"];\n"
          + "  node [shape=box, style=rounded];\n"
          + "  \"[*]\" [shape=point, width=0.15, label=\"\"];\n"
          + "  \"pending\" [label=\"pending\\nafventer\"];\n"
          + "  \"met\" [label=\"met\\nopfyldt\", peripheries=2, color=\"#1d4ed8\"];\n"
          + "  \"[*]\" -> \"pending\";\n"
          + "  \"pending\" -> \"met\" [label=\"met\", fontsize=10];\n"
          + "  \"pending\" -> \"pending\";\n"
          + "}\n";

  @Test
  void diagramDot_isParsed_intoItsNodesEdgesAndAttributes() {
    DotSubset.Graph g = DotSubset.parse(GOOD);

    assertThat(g.name()).isEqualTo("condition");
    assertThat(g.defaults()).containsOnlyKeys("graph", "node");
    assertThat(g.defaults().get("graph")).containsExactly(Map.entry("rankdir", "LR"), Map.entry("label", "condition (vilkår)"));
    assertThat(g.nodes()).extracting(DotSubset.Node::id).containsExactly("[*]", "pending", "met");
    assertThat(g.nodes().get(1).attributes()).containsExactly(Map.entry("label", "pending\\nafventer"));
    assertThat(g.edges()).extracting(e -> e.from() + " -> " + e.to())
        .containsExactly("[*] -> pending", "pending -> met", "pending -> pending");
    assertThat(g.edges().get(1).attributes()).containsExactly(Map.entry("label", "met"), Map.entry("fontsize", "10"));
  }

  @Test
  void escapedQuoteAndBackslash_areUnescaped() {
    DotSubset.Graph g = DotSubset.parse("digraph x { \"a\" [label=\"say \\\"hi\\\" \\\\ bye\"]; }");

    assertThat(g.nodes().get(0).attributes()).containsExactly(Map.entry("label", "say \"hi\" \\ bye"));
  }

  static Stream<Arguments> brokenDot() {
    return Stream.of(
        arguments("undirected graph", "graph x { }", "line 1, column 1: expected 'digraph', found 'graph'"),
        arguments("strict graph", "strict digraph x { }", "line 1, column 1: expected 'digraph', found 'strict'"),
        arguments("missing semicolon", "digraph x {\n  \"a\"\n  \"b\";\n}", "line 3, column 3: expected ';', found \"b\""),
        arguments("undirected edge", "digraph x { \"a\"; \"a\" -- \"a\"; }", "line 1, column 22: '--' is not in the DOT subset of the diagrams"),
        arguments("text after the graph", "digraph x { }\ntrailing", "line 2, column 1: expected the end of the text after the graph, found 'trailing'"),
        arguments("missing closing brace", "digraph x { \"a\";", "line 1, column 17: expected a node or an edge, found the end of the text"),
        arguments("unclosed string", "digraph x { \"a; }", "line 1, column 13: string not closed on its line"),
        arguments("unknown escape", "digraph x { \"a\" [label=\"a\\kb\"]; }", "line 1, column 26: unknown escape \\k in a string"),
        arguments("comment", "digraph x { // the states\n}", "line 1, column 13: '/' is not in the DOT subset of the diagrams"),
        arguments("HTML label", "digraph x { \"a\" [label=<b>]; }", "line 1, column 24: '<' is not in the DOT subset of the diagrams"),
        arguments("unknown attribute", "digraph x { \"a\" [colour=\"#000000\"]; }",
            "line 1, column 18: attribute colour is not one of [color, fillcolor, fontname, label, penwidth, peripheries, shape, style, width]"),
        arguments("edge attribute on a node", "digraph x { \"a\" [fontsize=10]; }",
            "line 1, column 18: attribute fontsize is not one of [color, fillcolor, fontname, label, penwidth, peripheries, shape, style, width]"),
        arguments("unknown shape", "digraph x { node [shape=boxx]; }", "line 1, column 25: attribute shape must match box|point, was \"boxx\""),
        arguments("colour by name", "digraph x { edge [color=blue]; }", "line 1, column 25: attribute color must match #[0-9a-fA-F]{6}, was \"blue\""),
        arguments("attribute twice", "digraph x { \"a\" [label=\"a\", label=\"b\"]; }", "line 1, column 29: attribute label is given twice"),
        arguments("node twice", "digraph x { \"a\"; \"a\" [label=\"b\"]; }", "line 1, column 18: node \"a\" is declared twice"),
        arguments("edge to an undeclared node", "digraph x { \"a\"; \"a\" -> \"b\"; }", "line 1, column 25: edge joins \"b\", which is not a declared node"),
        arguments("attribute list not closed", "digraph x { \"a\" [label=\"a\"; }", "line 1, column 27: expected ',', found ';'"),
        arguments("graph attributes twice", "digraph x { graph [rankdir=LR]; graph [labelloc=t]; }", "line 1, column 33: the graph attributes are set twice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDot")
  void brokenDot_isRefused_namingLineColumnAndWhatIsWrong(String what, String dot, String message) {
    assertThatThrownBy(() -> DotSubset.parse(dot)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
