package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.Coded;
import io.github.frikommune.core.TextIdentifier;
import io.github.frikommune.core.calendar.DanishTime;
import io.github.frikommune.core.exemption.AwaitingLegalBasis;
import io.github.frikommune.core.exemption.ExemptionIndex;
import io.github.frikommune.core.exemption.ExemptionScope;
import io.github.frikommune.core.exemption.Expired;
import io.github.frikommune.core.exemption.Grant;
import io.github.frikommune.core.exemption.GrantedExemption;
import io.github.frikommune.core.exemption.MustApplySeparately;
import io.github.frikommune.core.exemption.NoTrialCovers;
import io.github.frikommune.core.exemption.NotConfirmedParticipant;
import io.github.frikommune.core.exemption.NotYetInForce;
import io.github.frikommune.core.exemption.Reason;
import io.github.frikommune.core.exemption.TargetGroupExcluded;
import io.github.frikommune.core.exemption.TargetGroupNotCovered;
import io.github.frikommune.core.exemption.TrialReason;
import io.github.frikommune.core.lifecycle.AppendResult;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ConditionLifecycle;
import io.github.frikommune.core.lifecycle.ContextUpdate;
import io.github.frikommune.core.lifecycle.EventOption;
import io.github.frikommune.core.lifecycle.Guard;
import io.github.frikommune.core.lifecycle.LifecycleDiagrams;
import io.github.frikommune.core.lifecycle.ParticipationLifecycle;
import io.github.frikommune.core.lifecycle.RecordHistories;
import io.github.frikommune.core.lifecycle.Refusal;
import io.github.frikommune.core.lifecycle.Replay;
import io.github.frikommune.core.lifecycle.Transition;
import io.github.frikommune.core.lifecycle.TransitionRule;
import io.github.frikommune.core.lifecycle.TransitionTable;
import io.github.frikommune.core.lifecycle.TrialLifecycle;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.municipality.UnknownMunicipalityException;
import io.github.frikommune.core.report.ApplicationLine;
import io.github.frikommune.core.report.MunicipalityTally;
import io.github.frikommune.core.report.PortfolioTimeline;
import io.github.frikommune.core.report.RoundSummary;
import io.github.frikommune.core.report.TimelineEvent;
import io.github.frikommune.core.report.TimelineSpan;
import io.github.frikommune.core.validation.ApplicationValidator;
import io.github.frikommune.core.validation.DecisionValidator;
import io.github.frikommune.core.validation.HistoryValidator;
import io.github.frikommune.core.validation.PortfolioValidator;
import io.github.frikommune.core.validation.ProgrammeValidator;
import io.github.frikommune.core.validation.TrialValidator;
import io.github.frikommune.core.validation.ValidationResult;
import io.github.frikommune.core.validation.ValuePath;
import io.github.frikommune.core.validation.Violation;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's list of generated types exactly true: every public type of frikommune-core
 * is an enum (jqwik generates those itself), has an arbitrary from the
 * {@link FrikommuneArbitraryProvider}, or is listed here as not generated, with the reason. A
 * new core type fails this test until it is one of the three.
 */
class CoreTypesTest {
  /** Abstractions, reference data, machinery and exceptions: nothing to generate. */
  private static final Set<Class<?>> NOT_VALUES =
      Set.of(
          Coded.class,
          TextIdentifier.class,
          DanishTime.class,
          Municipalities.class,
          UnknownMunicipalityException.class,
          TransitionTable.class,
          TransitionRule.class,
          Guard.class,
          ApplicationLifecycle.class,
          TrialLifecycle.class,
          ParticipationLifecycle.class,
          ConditionLifecycle.class,
          RecordHistories.class,
          LifecycleDiagrams.class,
          ExemptionIndex.class,
          ApplicationValidator.class,
          DecisionValidator.class,
          PortfolioValidator.class,
          ProgrammeValidator.class,
          TrialValidator.class,
          HistoryValidator.class,
          ContextUpdate.class);

  /**
   * What the library computes from values: generate the values and compute these. An exemption
   * answer is the exception, generated because a case system's code consumes it; the grants and
   * reasons come inside it.
   */
  private static final Set<Class<?>> COMPUTED =
      Set.of(
          Transition.class,
          Replay.class,
          Refusal.class,
          AppendResult.class,
          EventOption.class,
          ExemptionScope.class,
          Grant.class,
          GrantedExemption.class,
          Reason.class,
          TrialReason.class,
          NoTrialCovers.class,
          AwaitingLegalBasis.class,
          NotYetInForce.class,
          Expired.class,
          NotConfirmedParticipant.class,
          MustApplySeparately.class,
          TargetGroupExcluded.class,
          TargetGroupNotCovered.class,
          ValidationResult.class,
          Violation.class,
          ValuePath.class,
          RoundSummary.class,
          ApplicationLine.class,
          MunicipalityTally.class,
          PortfolioTimeline.class,
          TimelineEvent.class,
          TimelineSpan.class);

  @Test
  void everyPublicCoreType_isGeneratedOrListedAsNotGenerated() throws Exception {
    FrikommuneArbitraryProvider provider = new FrikommuneArbitraryProvider();
    Set<String> unaccounted = new TreeSet<>();
    Set<String> listedButGenerated = new TreeSet<>();
    for (Class<?> type : publicCoreTypes()) {
      boolean listed = NOT_VALUES.contains(type) || COMPUTED.contains(type);
      boolean generated = type.isEnum() || provider.canProvideFor(TypeUsage.of(type));
      if (!listed && !generated) {
        unaccounted.add(type.getName());
      }
      if (listed && generated) {
        listedButGenerated.add(type.getName());
      }
    }

    assertThat(unaccounted)
        .as("core types without an arbitrary: add one to FrikommuneArbitraryProvider, or list the type here and say so in the README")
        .isEmpty();
    assertThat(listedButGenerated).as("core types listed as not generated, but generated").isEmpty();
  }

  @Test
  void theListsNameOnlyPublicCoreTypes() throws Exception {
    List<Class<?>> types = publicCoreTypes();

    assertThat(types).hasSizeGreaterThan(80).containsAll(NOT_VALUES).containsAll(COMPUTED);
  }

  /** The public top-level types of core's exported packages, from its classes or its jar. */
  private static List<Class<?>> publicCoreTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(Municipality.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files
            .map(f -> location.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
            .forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          names.add(entries.nextElement().getName());
        }
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name :
        names.stream()
            .filter(n -> n.startsWith("io/github/frikommune/core/") && n.endsWith(".class"))
            .filter(n -> !n.contains("$") && !n.contains("/internal/"))
            .filter(n -> !n.endsWith("package-info.class") && !n.endsWith("module-info.class"))
            .sorted()
            .collect(Collectors.toList())) {
      Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
      // Immutables' generated implementations are public, but users build values through the
      // abstract types' factories; its generated WithX interfaces only lend X its copy methods.
      if (Modifier.isPublic(type.getModifiers())
          && !type.getSimpleName().startsWith("Immutable")
          && !isGeneratedWithInterface(type)) {
        types.add(type);
      }
    }
    return types;
  }

  /** Whether a type is the {@code WithX} interface Immutables generates for the value type X. */
  private static boolean isGeneratedWithInterface(Class<?> type) {
    if (!type.isInterface() || !type.getSimpleName().startsWith("With")) {
      return false;
    }
    try {
      Class<?> value = Class.forName(type.getPackageName() + "." + type.getSimpleName().substring("With".length()));
      return type.isAssignableFrom(value);
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
