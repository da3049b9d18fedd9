package io.github.frikommune.core.report;

import io.github.frikommune.core.Coded;
import java.util.List;

/** Small helpers shared by the renderings; every rendering ends lines with a single newline. */
final class Text {
  private Text() {}

  /** The English label of a coded value: its code with spaces for hyphens. */
  static String label(Coded coded) {
    return coded.code().replace('-', ' ');
  }

  /** A Markdown table cell: pipes escaped, line breaks flattened. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ');
  }

  /** A Markdown table row. */
  static String row(List<String> cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(c).append(" |");
    }
    return b.append('\n').toString();
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
