package io.github.frikommune.core.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A strict checker of the subset of Graphviz's DOT language that the lifecycle diagrams use, so
 * that the committed DOT files are checked on every machine, with or without Graphviz.
 *
 * <p>The subset, a part of the grammar at graphviz.org/doc/info/lang.html:
 *
 * <pre>
 * graph     : 'digraph' ID '{' stmt* '}'
 * stmt      : (attr_stmt | edge_stmt | node_stmt) ';'
 * attr_stmt : ('graph' | 'node' | 'edge') attr_list
 * node_stmt : ID attr_list?
 * edge_stmt : ID '-&gt;' ID attr_list?
 * attr_list : '[' (ID '=' ID (',' ID '=' ID)*)? ']'
 * ID        : a name [A-Za-z_][A-Za-z0-9_]*, a numeral, or a double-quoted string on one line
 *             whose backslashes are \" \\ or Graphviz's line breaks \n \l \r
 * </pre>
 *
 * <p>Beyond the grammar it checks what Graphviz would accept silently but draw wrongly, or warn
 * about: every attribute is one the statement's kind knows, with a value of the right form
 * (a shape Graphviz has, a {@code #rrggbb} colour, a number), no attribute is given twice in one
 * list, every node is declared once, and every edge joins declared nodes. Anything outside the
 * subset (comments, {@code --}, subgraphs, ports, HTML labels, text after the graph) is refused,
 * with the line and column.
 */
final class DotSubset {
  /** A node as declared, with its attributes in the order given. */
  record Node(String id, Map<String, String> attributes) {}

  /** An edge, with its attributes in the order given. */
  record Edge(String from, String to, Map<String, String> attributes) {}

  /** A parsed graph: its name, the attributes of its attribute statements, nodes and edges. */
  record Graph(String name, Map<String, Map<String, String>> defaults, List<Node> nodes, List<Edge> edges) {}

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern NUMERAL = Pattern.compile("-?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)");
  private static final String TEXT = ".*";
  private static final String COLOUR = "#[0-9a-fA-F]{6}";
  private static final String NUMBER = "[0-9]+(\\.[0-9]+)?";

  private static final Map<String, String> GRAPH_ATTRIBUTES =
      Map.of("rankdir", "LR|TB|RL|BT", "fontname", TEXT, "labelloc", "t|b|c", "label", TEXT);
  private static final Map<String, String> NODE_ATTRIBUTES =
      Map.of(
          "shape", "box|point",
          "style", "rounded|filled|rounded,filled",
          "fontname", TEXT,
          "label", TEXT,
          "width", NUMBER,
          "peripheries", "[0-9]+",
          "color", COLOUR,
          "fillcolor", COLOUR,
          "penwidth", NUMBER);
  private static final Map<String, String> EDGE_ATTRIBUTES =
      Map.of(
          "fontname", TEXT,
          "fontsize", NUMBER,
          "label", TEXT,
          "color", COLOUR,
          "fontcolor", COLOUR,
          "penwidth", NUMBER);

  private enum Kind { ID, QUOTED, PUNCT, END }

  private record Token(Kind kind, String text, int line, int column) {
    boolean is(String punct) {
      return kind == Kind.PUNCT && text.equals(punct);
    }

    boolean isKeyword(String keyword) {
      return kind == Kind.ID && text.equals(keyword);
    }

    String shown() {
      return kind == Kind.END ? "the end of the text" : kind == Kind.QUOTED ? "\"" + text + "\"" : "'" + text + "'";
    }
  }

  private final List<Token> tokens;
  private int next;

  private DotSubset(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * Parses and checks a DOT text.
   *
   * @param text the DOT text
   * @return the graph it describes
   * @throws IllegalArgumentException naming the line, the column and what is wrong
   */
  static Graph parse(String text) {
    return new DotSubset(tokenize(text)).graph();
  }

  private Graph graph() {
    expectKeyword("digraph");
    String name = id("the graph's name");
    expect("{");
    Map<String, Map<String, String>> defaults = new LinkedHashMap<>();
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    while (!peek().is("}")) {
      Token first = peek();
      if (first.isKeyword("graph") || first.isKeyword("node") || first.isKeyword("edge")) {
        next++;
        Map<String, Map<String, String>> kinds =
            Map.of("graph", GRAPH_ATTRIBUTES, "node", NODE_ATTRIBUTES, "edge", EDGE_ATTRIBUTES);
        defaults.merge(first.text(), attributes(kinds.get(first.text())), (a, b) -> {
          throw error(first, "the " + first.text() + " attributes are set twice");
        });
      } else {
        String id = id("a node or an edge");
        if (peek().is("->")) {
          next++;
          Token to = peek();
          String target = id("the edge's target");
          requireNode(nodes, first, id);
          requireNode(nodes, to, target);
          edges.add(new Edge(id, target, peek().is("[") ? attributes(EDGE_ATTRIBUTES) : Map.of()));
        } else {
          if (nodes.containsKey(id)) {
            throw error(first, "node \"" + id + "\" is declared twice");
          }
          nodes.put(id, new Node(id, peek().is("[") ? attributes(NODE_ATTRIBUTES) : Map.of()));
        }
      }
      expect(";");
    }
    expect("}");
    if (peek().kind() != Kind.END) {
      throw error(peek(), "expected the end of the text after the graph, found " + peek().shown());
    }
    return new Graph(name, defaults, List.copyOf(nodes.values()), List.copyOf(edges));
  }

  private static void requireNode(Map<String, Node> nodes, Token at, String id) {
    if (!nodes.containsKey(id)) {
      throw error(at, "edge joins \"" + id + "\", which is not a declared node");
    }
  }

  private Map<String, String> attributes(Map<String, String> known) {
    Map<String, String> out = new LinkedHashMap<>();
    expect("[");
    while (!peek().is("]")) {
      if (!out.isEmpty()) {
        expect(",");
      }
      Token nameToken = peek();
      String name = id("an attribute name");
      expect("=");
      Token valueToken = peek();
      String value = id("the value of " + name);
      String form = known.get(name);
      if (form == null) {
        throw error(nameToken, "attribute " + name + " is not one of " + new java.util.TreeSet<>(known.keySet()));
      }
      if (!value.matches(form)) {
        throw error(valueToken, "attribute " + name + " must match " + form + ", was \"" + value + "\"");
      }
      if (out.put(name, value) != null) {
        throw error(nameToken, "attribute " + name + " is given twice");
      }
    }
    expect("]");
    return out;
  }

  private Token peek() {
    return tokens.get(next);
  }

  private String id(String what) {
    Token t = peek();
    if (t.kind() != Kind.ID && t.kind() != Kind.QUOTED) {
      throw error(t, "expected " + what + ", found " + t.shown());
    }
    next++;
    return t.text();
  }

  private void expect(String punct) {
    Token t = peek();
    if (!t.is(punct)) {
      throw error(t, "expected '" + punct + "', found " + t.shown());
    }
    next++;
  }

  private void expectKeyword(String keyword) {
    Token t = peek();
    if (!t.isKeyword(keyword)) {
      throw error(t, "expected '" + keyword + "', found " + t.shown());
    }
    next++;
  }

  private static IllegalArgumentException error(Token at, String message) {
    return new IllegalArgumentException("line " + at.line() + ", column " + at.column() + ": " + message);
  }

  private static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int column = i - lineStart + 1;
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        i++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        i++;
      } else if (c == '"') {
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (true) {
          if (j >= text.length() || text.charAt(j) == '\n') {
            throw error(new Token(Kind.END, "", line, column), "string not closed on its line");
          }
          char d = text.charAt(j);
          if (d == '"') {
            break;
          }
          if (d == '\\') {
            char e = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
            if (e == '"' || e == '\\') {
              value.append(e);
            } else if (e == 'n' || e == 'l' || e == 'r') {
              value.append('\\').append(e);
            } else {
              throw error(new Token(Kind.END, "", line, j - lineStart + 1), "unknown escape \\" + e + " in a string");
            }
            j += 2;
          } else {
            value.append(d);
            j++;
          }
        }
        out.add(new Token(Kind.QUOTED, value.toString(), line, column));
        i = j + 1;
      } else if (text.startsWith("->", i)) {
        out.add(new Token(Kind.PUNCT, "->", line, column));
        i += 2;
      } else if ("{}[]=,;".indexOf(c) >= 0) {
        out.add(new Token(Kind.PUNCT, String.valueOf(c), line, column));
        i++;
      } else {
        int j = i;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || "_.-".indexOf(text.charAt(j)) >= 0)) {
          if (text.startsWith("->", j)) {
            break;
          }
          j++;
        }
        String word = text.substring(i, j);
        if (!NAME.matcher(word).matches() && !NUMERAL.matcher(word).matches()) {
          throw error(
              new Token(Kind.END, "", line, column),
              "'" + (word.isEmpty() ? String.valueOf(c) : word) + "' is not in the DOT subset of the diagrams");
        }
        out.add(new Token(Kind.ID, word, line, column));
        i = j;
      }
    }
    out.add(new Token(Kind.END, "", line, text.length() - lineStart + 1));
    return out;
  }
}
