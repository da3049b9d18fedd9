package io.github.frikommune.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/rules.md lists every code once, with its rule number and severity. */
class RulesDocumentationTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (\\d+|—) \\| .+ \\| (error|warning) \\| .+ \\|$");

  @Test
  void rulesTable_listsEveryCode_withItsRuleAndSeverity() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../docs/rules.md"), StandardCharsets.UTF_8);
    List<String> documented =
        lines.stream()
            .map(ROW::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3))
            .collect(Collectors.toList());

    assertThat(documented)
        .containsExactlyElementsOf(Arrays.stream(ViolationCode.values())
            .map(c -> c.code() + " " + (c.domainRule().isPresent() ? Integer.toString(c.domainRule().getAsInt()) : "—")
                + " " + c.severity().code())
            .collect(Collectors.toList()));
  }
}
