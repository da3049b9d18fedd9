package io.github.frikommune.testkit.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's testkit examples are {@link DeadlineProperties} and {@link HistoryProperties},
 * which run with the other tests.
 */
class ReadmeExampleTest {
  private static final String HEADING = "## Testing your code with the testkit";
  private static final String OPEN = "```java\n";
  private static final String CLOSE = "```\n";

  @Test
  void readmeExamples_areTheSourcesOfRunningTests() throws IOException {
    List<String> examples = examples();

    assertThat(examples).hasSize(2);
    assertThat(source("DeadlineProperties")).isEqualTo("package io.github.frikommune.testkit.usage;\n\n" + examples.get(0));
    assertThat(source("HistoryProperties")).isEqualTo("package io.github.frikommune.testkit.usage;\n\n" + examples.get(1));
  }

  /** The Java blocks of the README's testkit section, up to the next section. */
  private static List<String> examples() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf(HEADING));
    section = section.substring(0, section.indexOf("\n## ", HEADING.length()));
    List<String> examples = new ArrayList<>();
    for (int start = section.indexOf(OPEN); start >= 0; start = section.indexOf(OPEN, start)) {
      start += OPEN.length();
      int end = section.indexOf(CLOSE, start);
      examples.add(section.substring(start, end));
      start = end;
    }
    return examples;
  }

  private static String source(String className) throws IOException {
    return Files.readString(
        Path.of("src/test/java/io/github/frikommune/testkit/usage/" + className + ".java"), StandardCharsets.UTF_8);
  }
}
