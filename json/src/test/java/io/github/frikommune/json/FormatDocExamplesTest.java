package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.ConditionKind;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.exemption.Reason;
import io.github.frikommune.core.exemption.ReasonKind;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ConditionEventType;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.ParticipationEventType;
import io.github.frikommune.core.lifecycle.TrialEventType;
import io.github.frikommune.core.municipality.MunicipalityCode;
import io.github.frikommune.core.municipality.Region;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.programme.RoundId;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.TrialId;
import io.github.frikommune.core.trial.TrialOutcome;
import io.github.frikommune.json.format.internal.DomainCodecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code docs/json-format.md} are true. Each {@code ```json} block right after
 * a line {@code <!-- example: Type -->} reads as a value of that type and writes back as the
 * same JSON, field for field in the format's order, and is valid against the schema's
 * {@code $defs/Type}; every type the format maps has such an example, except the leaves.
 * Blocks without a marker (fragments such as the document's outline) are not checked.
 */
class FormatDocExamplesTest {
  /** The page, from the module's directory, as the golden files are found. */
  static final Path DOC = Path.of("..", "docs", "json-format.md");

  private static final Pattern MARKER = Pattern.compile("^<!-- example: ([A-Za-z]+) -->$");
  private static final String OPEN = "```json";
  private static final String CLOSE = "```";

  /**
   * The leaves the page lists under "### Leaves": identifiers, citations, the municipality code
   * and the code lists. Each is one JSON string or number, shown in the conventions and inside
   * the examples of the types that hold it, so none gets an example of its own.
   */
  private static final Set<Class<?>> LEAVES = Set.of(
      ProgrammeId.class, NetworkId.class, RoundId.class, ApplicationId.class, TrialId.class,
      MunicipalityCode.class, Provision.class,
      Region.class, LegalActKind.class, ParticipationModel.class, Outcome.class, ConditionKind.class,
      ConditionStatus.class, ParticipationStatus.class, TrialOutcome.class,
      EventId.class, ApplicationEventType.class, TrialEventType.class, ParticipationEventType.class,
      ConditionEventType.class, ReasonKind.class);

  /**
   * The families whose members each have an example: a family is shown by its members', each
   * also read as the family, as a decision reads its conditions.
   */
  private static final List<Class<?>> FAMILIES = List.of(Condition.class, Reason.class, LifecycleEvent.class);

  /** The types the format maps, by the simple name the page and the schema use. */
  private static final Map<String, Class<?>> TYPES =
      DomainCodecs.all().keySet().stream()
          .collect(Collectors.toMap(Class::getSimpleName, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two types named " + a.getSimpleName());
          }, LinkedHashMap::new));

  static Stream<Example> examples() {
    return page().examples.stream();
  }

  static Stream<Example> memberExamples() {
    return examples().filter(e -> family(e.type) != null);
  }

  /** The family a type is a member of, or null. */
  private static Class<?> family(Class<?> type) {
    return FAMILIES.stream().filter(f -> f != type && f.isAssignableFrom(type)).findFirst().orElse(null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_readsAndWritesBackTheSameJson(Example example) {
    Object value = FrikommuneJson.read(example.json, example.type);

    assertWritesBack(example, value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("memberExamples")
  void memberExample_readsAsItsFamily(Example example) {
    // A decision holds its conditions as Condition, an answer its reasons as Reason, a history
    // its events as LifecycleEvent: each member's example is its family's example too.
    Object value = FrikommuneJson.read(example.json, family(example.type));

    assertThat(value).isInstanceOf(example.type);
    assertWritesBack(example, value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_isValidAgainstItsDefinition(Example example) {
    assertThat(SchemaTest.errors(SchemaTest.typeSchema(example.name), example.json)).as("%s", example).isEmpty();
  }

  @Test
  void everyTypeOfTheFormat_hasAnExample() {
    Set<Class<?>> documented = examples().map(e -> e.type).collect(Collectors.toSet());
    List<String> missing =
        TYPES.values().stream()
            .filter(t -> !LEAVES.contains(t) && !documented.contains(t))
            // A family is shown by its members' examples, each also read as the family.
            .filter(t -> !(FAMILIES.contains(t) && everyMemberOf(t, documented)))
            .map(Class::getSimpleName)
            .collect(Collectors.toList());

    assertThat(missing).as("types with no marked example in %s", DOC).isEmpty();
  }

  private static boolean everyMemberOf(Class<?> family, Set<Class<?>> documented) {
    return TYPES.values().stream()
        .filter(t -> t != family && family.isAssignableFrom(t))
        .allMatch(documented::contains);
  }

  @Test
  void everyMarker_namesATypeOnceAndStandsRightBeforeAJsonBlock() {
    assertThat(page().problems).isEmpty();
    assertThat(page().examples).isNotEmpty();
  }

  /** Writes the value and compares it with the example, token for token, ignoring layout. */
  private static void assertWritesBack(Example example, Object value) {
    String written = FrikommuneJson.write(value);

    assertThat(compact(written))
        .as("%s; the library writes:%n%s", example, written)
        .isEqualTo(compact(example.json));
  }

  /**
   * The JSON without its layout. A plain tree keeps the fields in the order read and the numbers
   * as written, so two texts compare equal only with the same fields in the same order.
   */
  private static String compact(String json) {
    return SeedDocument.node(json).toString();
  }

  private static Page page() {
    List<String> lines = List.of(Golden.read(DOC).split("\n", -1));
    Page page = new Page();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("<!-- example")) {
        continue;
      }
      int number = i + 1;
      Matcher marker = MARKER.matcher(line);
      if (!marker.matches()) {
        page.problems.add("line " + number + ": a marker must read <!-- example: Type -->, was " + line);
        continue;
      }
      String name = marker.group(1);
      Class<?> type = TYPES.get(name);
      if (type == null) {
        page.problems.add("line " + number + ": the format maps no type " + name);
        continue;
      }
      if (!seen.add(name)) {
        page.problems.add("line " + number + ": a second example of " + name);
      }
      if (i + 1 >= lines.size() || !lines.get(i + 1).equals(OPEN)) {
        page.problems.add("line " + number + ": the marker of " + name + " must stand right before a " + OPEN + " line");
        continue;
      }
      int end = i + 2;
      while (end < lines.size() && !lines.get(end).equals(CLOSE)) {
        end++;
      }
      if (end == lines.size()) {
        page.problems.add("line " + number + ": the example of " + name + " is not closed");
        continue;
      }
      page.examples.add(new Example(name, type, number, String.join("\n", lines.subList(i + 2, end))));
      i = end;
    }
    return page;
  }

  private static final class Page {
    final List<Example> examples = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
  }

  /** One marked example: its type and the line of its marker. */
  static final class Example {
    final String name;
    final Class<?> type;
    final int line;
    final String json;

    Example(String name, Class<?> type, int line, String json) {
      this.name = name;
      this.type = type;
      this.line = line;
      this.json = json;
    }

    @Override
    public String toString() {
      return name + " (line " + line + ")";
    }
  }
}
