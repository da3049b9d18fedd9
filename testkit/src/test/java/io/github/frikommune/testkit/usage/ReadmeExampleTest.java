package io.github.frikommune.testkit.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's testkit example is {@link DeadlineProperties}, which runs with the other tests. */
class ReadmeExampleTest {
  private static final String HEADING = "## Testing your code with the testkit";

  @Test
  void readmeExample_isTheSourceOfARunningTest() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf(HEADING));
    int start = section.indexOf("```java\n") + "```java\n".length();
    String example = section.substring(start, section.indexOf("```\n", start));
    String source =
        Files.readString(
            Path.of("src/test/java/io/github/frikommune/testkit/usage/DeadlineProperties.java"),
            StandardCharsets.UTF_8);

    assertThat(source).isEqualTo("package io.github.frikommune.testkit.usage;\n\n" + example);
  }
}
