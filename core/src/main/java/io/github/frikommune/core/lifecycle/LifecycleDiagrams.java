package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.Coded;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Diagrams and documents drawn from a {@link TransitionTable}: a Mermaid
 * {@code stateDiagram-v2}, a Graphviz DOT graph, either with one case's path highlighted, and a
 * Markdown transition table for legal review.
 *
 * <p>Everything is drawn from the same table that handles events, so the pictures cannot drift
 * from the behaviour. The output is deterministic text with {@code \n} line ends, suitable for
 * golden files. Stateless and thread-safe.
 */
public final class LifecycleDiagrams {
  private static final String HIGHLIGHT = "#1d4ed8";
  private static final String HIGHLIGHT_FILL = "#dbeafe";

  private LifecycleDiagrams() {}

  /**
   * A Mermaid {@code stateDiagram-v2} of a lifecycle: every state with its Danish label, every
   * transition labelled with its event type and guards, and the initial and terminal states.
   *
   * @param table the lifecycle's table
   * @return the diagram's source
   */
  public static String mermaid(TransitionTable<?, ?, ?> table) {
    return mermaid(table, List.of());
  }

  /**
   * A Mermaid {@code stateDiagram-v2} with one case's path highlighted: the states it passed
   * through, and the state it is in.
   *
   * @param table the lifecycle's table
   * @param path the accepted transitions of the case, in order, e.g. {@link History#path()}
   * @return the diagram's source
   */
  public static String mermaid(TransitionTable<?, ?, ?> table, List<? extends Transition<?>> path) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(path, "path");
    StringBuilder out = new StringBuilder();
    out.append("stateDiagram-v2\n");
    out.append("    %% ").append(table.name()).append(" (").append(table.danishName()).append(")\n");
    for (Coded state : table.states()) {
      out.append("    state \"")
          .append(state.code())
          .append(" (")
          .append(state.danishLabel())
          .append(")\" as ")
          .append(mermaidId(state))
          .append('\n');
    }
    out.append("    [*] --> ").append(mermaidId(table.initialState())).append('\n');
    for (TransitionRule<?, ?, ?> rule : table.rules()) {
      out.append("    ")
          .append(mermaidId(rule.from()))
          .append(" --> ")
          .append(mermaidId(rule.to()))
          .append(" : ")
          .append(rule.eventType().code())
          .append(guardNames(rule, " "))
          .append('\n');
    }
    for (Coded state : terminalStates(table)) {
      out.append("    ").append(mermaidId(state)).append(" --> [*]\n");
    }
    if (!path.isEmpty()) {
      Set<Coded> visited = visited(table, path);
      Coded current = path.get(path.size() - 1).state();
      visited.remove(current);
      out.append("    classDef taken stroke:")
          .append(HIGHLIGHT)
          .append(",stroke-width:3px\n");
      out.append("    classDef current fill:")
          .append(HIGHLIGHT_FILL)
          .append(",stroke:")
          .append(HIGHLIGHT)
          .append(",stroke-width:3px\n");
      if (!visited.isEmpty()) {
        out.append("    class ")
            .append(visited.stream().map(LifecycleDiagrams::mermaidId).collect(Collectors.joining(",")))
            .append(" taken\n");
      }
      out.append("    class ").append(mermaidId(current)).append(" current\n");
    }
    return out.toString();
  }

  /**
   * A Graphviz DOT graph of a lifecycle, for {@code dot -Tsvg}.
   *
   * @param table the lifecycle's table
   * @return the graph's source
   */
  public static String dot(TransitionTable<?, ?, ?> table) {
    return dot(table, List.of());
  }

  /**
   * A Graphviz DOT graph with one case's path highlighted: the states it passed through, the
   * transitions it took with the days they took effect, and the state it is in.
   *
   * @param table the lifecycle's table
   * @param path the accepted transitions of the case, in order, e.g. {@link History#path()}
   * @return the graph's source
   */
  public static String dot(TransitionTable<?, ?, ?> table, List<? extends Transition<?>> path) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(path, "path");
    Set<Coded> visited = path.isEmpty() ? Set.of() : visited(table, path);
    Coded current = path.isEmpty() ? null : path.get(path.size() - 1).state();
    Map<String, List<String>> takenOn = new LinkedHashMap<>();
    for (Transition<?> step : path) {
      takenOn
          .computeIfAbsent(edgeKey(step.from(), step.eventType(), step.state()), k -> new java.util.ArrayList<>())
          .add(step.on().toString());
    }
    Set<Coded> terminal = new LinkedHashSet<>(terminalStates(table));
    StringBuilder out = new StringBuilder();
    out.append("digraph \"").append(table.name()).append("\" {\n");
    out.append("  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=\"")
        .append(table.name())
        .append(" (")
        .append(table.danishName())
        .append(")\"];\n");
    out.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    out.append("  \"[*]\" [shape=point, width=0.15, label=\"\"];\n");
    for (Coded state : table.states()) {
      out.append("  \"").append(state.code()).append("\" [label=\"")
          .append(state.code()).append("\\n").append(state.danishLabel()).append('"');
      if (terminal.contains(state)) {
        out.append(", peripheries=2");
      }
      if (state.equals(current)) {
        out.append(", style=\"rounded,filled\", fillcolor=\"").append(HIGHLIGHT_FILL)
            .append("\", color=\"").append(HIGHLIGHT).append("\", penwidth=2");
      } else if (visited.contains(state)) {
        out.append(", color=\"").append(HIGHLIGHT).append("\", penwidth=2");
      }
      out.append("];\n");
    }
    out.append("  \"[*]\" -> \"").append(table.initialState().code()).append('"');
    if (!path.isEmpty()) {
      out.append(" [color=\"").append(HIGHLIGHT).append("\", penwidth=2]");
    }
    out.append(";\n");
    for (TransitionRule<?, ?, ?> rule : table.rules()) {
      out.append("  \"").append(rule.from().code()).append("\" -> \"").append(rule.to().code())
          .append("\" [label=\"").append(rule.eventType().code());
      if (!rule.guards().isEmpty()) {
        out.append("\\n").append(guardNames(rule, "").strip());
      }
      List<String> days = takenOn.get(edgeKey(rule.from(), rule.eventType(), rule.to()));
      if (days != null) {
        out.append("\\n").append(String.join(", ", days)).append("\", color=\"").append(HIGHLIGHT)
            .append("\", fontcolor=\"").append(HIGHLIGHT).append("\", penwidth=2");
      } else {
        out.append('"');
      }
      out.append("];\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /**
   * A Markdown transition table for legal review: one row per transition with the state, the
   * event, the guards in words, the target state and the follow-ups.
   *
   * @param table the lifecycle's table
   * @return the Markdown table
   */
  public static String markdownTable(TransitionTable<?, ?, ?> table) {
    Objects.requireNonNull(table, "table");
    StringBuilder out = new StringBuilder();
    out.append("| state | event | guard | target | follow-ups |\n");
    out.append("|---|---|---|---|---|\n");
    for (TransitionRule<?, ?, ?> rule : table.rules()) {
      out.append("| ").append(label(rule.from()))
          .append(" | ").append(label(rule.eventType()))
          .append(" | ")
          .append(
              rule.guards().isEmpty()
                  ? "—"
                  : rule.guards().stream()
                      .map(g -> g.description() + " (`" + g.name() + "`)")
                      .collect(Collectors.joining("; and ")))
          .append(" | ").append(label(rule.to()))
          .append(" | ")
          .append(
              rule.followUps().isEmpty()
                  ? "—"
                  : rule.followUps().stream().map(LifecycleDiagrams::label).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * A Markdown document of a lifecycle, for readers of the repository: its states, a Mermaid
   * diagram and the transition table.
   *
   * @param table the lifecycle's table
   * @return the Markdown document
   */
  public static String markdownDocument(TransitionTable<?, ?, ?> table) {
    Objects.requireNonNull(table, "table");
    return "# Lifecycle: "
        + table.name()
        + " ("
        + table.danishName()
        + ")\n\n"
        + "Generated from the lifecycle's transition table by `LifecycleDiagrams`; do not edit by"
        + " hand.\n\n"
        + "Initial state: "
        + label(table.initialState())
        + ". Terminal states: "
        + terminalStates(table).stream().map(LifecycleDiagrams::label).collect(Collectors.joining(", "))
        + ".\n\n"
        + "```mermaid\n"
        + mermaid(table)
        + "```\n\n"
        + "## Transitions\n\n"
        + markdownTable(table);
  }

  private static String label(Coded value) {
    return "`" + value.code() + "` (" + value.danishLabel() + ")";
  }

  private static String mermaidId(Coded state) {
    return state.code().replace('-', '_');
  }

  private static String guardNames(TransitionRule<?, ?, ?> rule, String prefix) {
    return rule.guards().isEmpty()
        ? ""
        : prefix + rule.guards().stream().map(Guard::name).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String edgeKey(Coded from, Coded eventType, Coded to) {
    return from.code() + " " + eventType.code() + " " + to.code();
  }

  private static List<Coded> terminalStates(TransitionTable<?, ?, ?> table) {
    return table.states().stream()
        .filter(s -> table.rules().stream().noneMatch(r -> r.from().equals(s)))
        .map(Coded.class::cast)
        .toList();
  }

  private static Set<Coded> visited(TransitionTable<?, ?, ?> table, List<? extends Transition<?>> path) {
    Set<Coded> visited = new LinkedHashSet<>();
    visited.add(table.initialState());
    for (Transition<?> step : path) {
      visited.add(step.from());
      visited.add(step.state());
    }
    return visited;
  }
}
