package io.github.frikommune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.json.FrikommuneJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateDocumentTest {
  private static final Path SEED = Path.of("..", "docs", "json", "seed-round1.json");

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(InputStream stdin, String... args) {
    return ValidateDocument.run(
        args,
        stdin,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void seedDocument_hasNoViolations_exitZero() {
    assertThat(run(SEED.toString())).isZero();
    assertThat(printed()).isEqualTo(SEED + ": 0 fejl, 0 advarsler\n");
  }

  @Test
  void scenarioWithRound2_reportsEveryViolation_inDanishByDefault_exitOne() throws Exception {
    Path file = dir.resolve("scenario.json");
    Files.writeString(file, FrikommuneJson.write(NorthJutlandScenario.portfolio()), StandardCharsets.UTF_8);
    assertThat(run(file.toString())).isEqualTo(1);
    assertThat(printed())
        .contains("error applications[7].exemptions [exemption-missing] ")
        .contains("error applications[9].exemptions [exemption-missing] ")
        .endsWith(": 2 fejl, 0 advarsler\n");
  }

  @Test
  void englishByOption() throws Exception {
    Path file = dir.resolve("scenario.json");
    Files.writeString(file, FrikommuneJson.write(NorthJutlandScenario.portfolio()), StandardCharsets.UTF_8);
    assertThat(run("--lang", "en", file.toString())).isEqualTo(1);
    assertThat(printed()).contains("the application requests no exemption").endsWith(": 2 errors, 0 warnings\n");
  }

  @Test
  void readsStandardInput() throws Exception {
    byte[] seed = Files.readAllBytes(SEED);
    assertThat(run(new ByteArrayInputStream(seed), "-")).isZero();
    assertThat(printed()).isEqualTo("<stdin>: 0 fejl, 0 advarsler\n");
  }

  @Test
  void brokenJson_saysWhereAndWhy_withoutAStackTrace_exitTwo() {
    String broken = "{\"schemaVersion\": 1, \"programme\": {\"id\": \"FK2\"";
    assertThat(run(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))).isEqualTo(2);
    assertThat(errors()).startsWith("<stdin>: not a valid portfolio document: ").doesNotContain("\tat ");
  }

  @Test
  void unknownMunicipality_namesThePath_exitTwo() throws Exception {
    String seed = Files.readString(SEED, StandardCharsets.UTF_8).replaceFirst("\"code\": 851", "\"code\": 999");
    assertThat(run(new ByteArrayInputStream(seed.getBytes(StandardCharsets.UTF_8)))).isEqualTo(2);
    assertThat(errors()).contains("municipality code must be one of the 98 official codes, was 999").contains("/code");
  }

  @Test
  void missingFile_exitTwo() {
    assertThat(run(dir.resolve("none.json").toString())).isEqualTo(2);
    assertThat(errors()).endsWith("none.json: cannot be read: no such file\n");
  }

  @Test
  void wrongUsage_exit64() {
    assertThat(run("--lang", "fr")).isEqualTo(64);
    assertThat(errors()).contains("unknown or incomplete argument '--lang'").contains(ValidateDocument.USAGE);
    assertThat(run("a.json", "b.json")).isEqualTo(64);
  }
}
