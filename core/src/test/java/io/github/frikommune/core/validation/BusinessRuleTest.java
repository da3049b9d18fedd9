package io.github.frikommune.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.Coded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BusinessRuleTest {
  private static final Path MAIN = Path.of("src/main/java/io/github/frikommune/core/validation");
  private static final Path TEST = Path.of("src/test/java/io/github/frikommune/core/validation");
  private static final Pattern CODE_REFERENCE = Pattern.compile("ViolationCode\\.([A-Z_]+)");

  /** The class named after a rule's code: {@code applicants-belong-to-network} → {@code ApplicantsBelongToNetwork}. */
  private static String className(BusinessRule rule) {
    return Arrays.stream(rule.code().split("-"))
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .collect(Collectors.joining());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyViolationCode_isReportedInTheOneClassNamedAfterItsRule() throws IOException {
    Map<String, String> reportedIn = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(MAIN)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals("ViolationCode.java")).toList()) {
        Matcher m = CODE_REFERENCE.matcher(read(file));
        while (m.find()) {
          String previous = reportedIn.put(m.group(1), file.getFileName().toString());
          assertThat(previous).as("%s is reported in %s and %s", m.group(1), previous, file.getFileName())
              .isIn(null, file.getFileName().toString());
        }
      }
    }

    assertThat(reportedIn)
        .isEqualTo(Arrays.stream(ViolationCode.values())
            .collect(Collectors.toMap(ViolationCode::name, c -> className(c.rule()) + ".java", (a, b) -> a, java.util.TreeMap::new)));
  }

  @ParameterizedTest
  @EnumSource(BusinessRule.class)
  void everyRule_hasOneTestClassNamedAfterIt_thatAssertsEachOfItsCodes(BusinessRule rule) throws ClassNotFoundException {
    String test = read(TEST.resolve(className(rule) + "Test.java"));

    assertThat(Class.forName(getClass().getPackageName() + "." + className(rule))).isNotNull();
    assertThat(rule.violationCodes())
        .allSatisfy(c -> assertThat(test.contains("\"" + c.code() + " at ") || test.contains("ViolationCode." + c.name()))
            .as("%sTest asserts %s", className(rule), c.code())
            .isTrue());
  }

  @Test
  void theDomainsTwelveRules_comeFirst_inTheirOrder_thenTheImpliedOnes() {
    List<String> numbers =
        Arrays.stream(BusinessRule.values())
            .map(r -> r.number().isPresent() ? Integer.toString(r.number().getAsInt()) : "—")
            .collect(Collectors.toList());

    assertThat(numbers.subList(0, 12))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).mapToObj(Integer::toString).collect(Collectors.toList()));
    assertThat(numbers.subList(12, numbers.size())).isNotEmpty().containsOnly("—");
  }

  @ParameterizedTest
  @EnumSource(BusinessRule.class)
  void everyRule_hasAStableCode_titlesInDanishAndEnglish_andAtLeastOneViolationCode(BusinessRule rule) {
    assertThat(rule.code()).matches("[a-z]+(-[a-z]+)*");
    assertThat(Coded.fromCode(BusinessRule.class, rule.code())).isSameAs(rule);
    assertThat(rule.danishLabel()).isNotBlank().isEqualTo(rule.danishLabel().strip()).isNotEqualTo(rule.englishLabel());
    assertThat(rule.englishLabel()).isNotBlank().isEqualTo(rule.englishLabel().strip());
    assertThat(rule.violationCodes()).isNotEmpty().allSatisfy(c -> assertThat(c.rule()).isSameAs(rule));
  }

  @Test
  void codesAndTitles_areUnique() {
    assertThat(Arrays.stream(BusinessRule.values()).map(BusinessRule::code).distinct()).hasSize(BusinessRule.values().length);
    assertThat(Arrays.stream(BusinessRule.values()).map(BusinessRule::danishLabel).distinct()).hasSize(BusinessRule.values().length);
    assertThat(Arrays.stream(BusinessRule.values()).map(BusinessRule::englishLabel).distinct()).hasSize(BusinessRule.values().length);
  }

  @Test
  void everyViolationCode_belongsToExactlyOneRule_withItsNumber() {
    assertThat(Arrays.stream(BusinessRule.values()).mapToInt(r -> r.violationCodes().size()).sum())
        .isEqualTo(ViolationCode.values().length);
    assertThat(Arrays.stream(ViolationCode.values())).allSatisfy(c -> assertThat(c.domainRule()).isEqualTo(c.rule().number()));
  }

  @Test
  void examples_ruleOneHasItsSixCodes_andTheTrialOfARejectionIsRuleSeven() {
    assertThat(BusinessRule.APPLICANTS_BELONG_TO_NETWORK.violationCodes())
        .containsExactly(
            ViolationCode.APPLICANT_OUTSIDE_NETWORK,
            ViolationCode.APPLICANT_REPEATED,
            ViolationCode.CO_APPLICANT_IN_SINGLE_MUNICIPALITY_PROGRAMME,
            ViolationCode.NETWORK_IN_SINGLE_MUNICIPALITY_PROGRAMME,
            ViolationCode.NETWORK_MISSING,
            ViolationCode.NETWORK_UNKNOWN);
    assertThat(ViolationCode.TRIAL_FOR_REJECTED_DECISION.rule()).isSameAs(BusinessRule.OUTCOME_MATCHES_CONDITIONS);
    assertThat(ViolationCode.TRIAL_WITHOUT_DECISION.rule()).isSameAs(BusinessRule.TRIAL_FOLLOWS_DECISION);
    assertThat(ViolationCode.ROUND_OF_OTHER_PROGRAMME.rule()).isSameAs(BusinessRule.RECORDS_BELONG_TO_PROGRAMME);
    assertThat(BusinessRule.APPLICANTS_BELONG_TO_NETWORK.englishLabel()).isEqualTo("applicants belong to the network, each once");
    assertThat(BusinessRule.APPLICANTS_BELONG_TO_NETWORK.danishLabel()).isEqualTo("ansøgere hører til netværket, hver én gang");
  }
}
