package io.github.frikommune.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md lists every code once, with its rule number and severity, under the heading of
 * its business rule, and every rule with its code and titles.
 */
class RulesDocumentationTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (\\d+|—) \\| .+ \\| (error|warning) \\| .+ \\|$");
  private static final Pattern HEADING = Pattern.compile("^### (?:Rule (\\d+)|Implied rule): `([a-z-]+)`$");
  private static final Pattern TITLE = Pattern.compile("^(.+) \\(\\*(.+)\\*\\)\\.$");

  private static List<String> lines;

  @BeforeAll
  static void readTheDocument() throws IOException {
    lines = Files.readAllLines(Path.of("../docs/rules.md"), StandardCharsets.UTF_8);
  }

  private static String number(java.util.OptionalInt n) {
    return n.isPresent() ? Integer.toString(n.getAsInt()) : "—";
  }

  @Test
  void rulesTable_listsEveryCode_withItsRuleAndSeverity() {
    List<String> documented =
        lines.stream()
            .map(ROW::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3))
            .collect(Collectors.toList());

    assertThat(documented)
        .containsExactlyElementsOf(Arrays.stream(ViolationCode.values())
            .map(c -> c.code() + " " + number(c.domainRule()) + " " + c.severity().code())
            .collect(Collectors.toList()));
  }

  @Test
  void everyRule_hasAHeadingWithItsNumberAndCode_thenItsEnglishAndDanishTitle() {
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher heading = HEADING.matcher(lines.get(i));
      if (heading.matches()) {
        Matcher title = TITLE.matcher(lines.get(i + 2));
        assertThat(title.matches()).as("title line after %s", lines.get(i)).isTrue();
        headings.add((heading.group(1) == null ? "—" : heading.group(1)) + " " + heading.group(2)
            + " | " + title.group(1) + " | " + title.group(2));
      }
    }

    assertThat(headings)
        .containsExactlyElementsOf(Arrays.stream(BusinessRule.values())
            .map(r -> number(r.number()) + " " + r.code()
                + " | " + Character.toUpperCase(r.englishLabel().charAt(0)) + r.englishLabel().substring(1)
                + " | " + r.danishLabel())
            .collect(Collectors.toList()));
  }

  @Test
  void everyCode_isListedUnderTheHeadingOfItsRule() {
    Map<String, List<String>> underHeading = new LinkedHashMap<>();
    String current = null;
    for (String line : lines) {
      Matcher heading = HEADING.matcher(line);
      Matcher row = ROW.matcher(line);
      if (heading.matches()) {
        current = heading.group(2);
        underHeading.put(current, new ArrayList<>());
      } else if (line.startsWith("## ")) {
        current = null;
      } else if (row.matches()) {
        assertThat(current).as("rule heading above %s", row.group(1)).isNotNull();
        underHeading.get(current).add(row.group(1));
      }
    }

    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (BusinessRule rule : BusinessRule.values()) {
      expected.put(rule.code(), rule.violationCodes().stream().map(ViolationCode::code).collect(Collectors.toList()));
    }
    assertThat(underHeading).containsExactlyEntriesOf(expected);
  }
}
