package io.github.frikommune.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The root package's javadoc and the README name every package of core, and only internal is not exported. */
class CorePackagesDocumentedTest {
  private static final String ROOT = "io.github.frikommune.core";
  private static final Path SOURCES = Path.of("src/main/java/io/github/frikommune/core");
  private static final Pattern EXPORT = Pattern.compile("^\\s*exports (" + Pattern.quote(ROOT) + "[.a-z]*);$", Pattern.MULTILINE);

  private static List<String> exported() throws IOException {
    Matcher m = EXPORT.matcher(Files.readString(Path.of("src/main/java/module-info.java"), StandardCharsets.UTF_8));
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void everyPackageWithCode_isExported_exceptInternal() throws IOException {
    List<String> packages;
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      packages = dirs.filter(Files::isDirectory).map(d -> ROOT + "." + d.getFileName()).sorted().toList();
    }

    assertThat(exported()).contains(ROOT);
    assertThat(packages).contains(ROOT + ".internal");
    assertThat(exported()).doesNotContain(ROOT + ".internal");
    assertThat(exported().stream().filter(p -> !p.equals(ROOT)).sorted().toList())
        .isEqualTo(packages.stream().filter(p -> !p.endsWith(".internal")).toList());
  }

  @Test
  void rootPackageJavadoc_namesEverySubPackage_withInternalNotExported() throws IOException {
    String javadoc = Files.readString(SOURCES.resolve("package-info.java"), StandardCharsets.UTF_8);

    assertThat(exported().stream().filter(p -> !p.equals(ROOT)))
        .allSatisfy(p -> assertThat(javadoc).contains("{@code " + p.substring(ROOT.length() + 1) + "}"));
    assertThat(javadoc).contains("{@code internal}").contains("not exported");
  }

  @Test
  void readme_listsEveryExportedPackage_andSaysInternalIsNot() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    assertThat(exported()).allSatisfy(p -> assertThat(readme).contains("| `" + p + "` |"));
    assertThat(readme).contains("`" + ROOT + ".internal` holds the construction checks and is not exported");
  }
}
