package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.ConditionKind;
import io.github.frikommune.core.decision.EvaluationDuty;
import io.github.frikommune.core.decision.FreeTextCondition;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ProvisionsRestricted;
import io.github.frikommune.core.decision.ReportingDuty;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzzes the reading of the format's one polymorphic type, {@link Condition}, whose {@code type}
 * names the kind, and of each of its kinds read as its own type. In a normal build the
 * committed inputs under {@code ConditionJsonFuzzTestInputs/} (one condition of every kind, and
 * a few near misses) replay as regression tests; with {@code JAZZER_FUZZ=1} Jazzer searches for
 * new ones for a fixed time (see {@code docs/fuzzing.md}).
 */
class ConditionJsonFuzzTest {
  private static final Map<ConditionKind, Class<? extends Condition>> TYPES = new EnumMap<>(ConditionKind.class);

  static {
    TYPES.put(ConditionKind.TARGET_GROUPS_KEPT, TargetGroupsKept.class);
    TYPES.put(ConditionKind.TARGET_GROUPS_EXCLUDED, TargetGroupsExcluded.class);
    TYPES.put(ConditionKind.PARTICIPANTS_RESTRICTED, ParticipantsRestricted.class);
    TYPES.put(ConditionKind.PROVISIONS_RESTRICTED, ProvisionsRestricted.class);
    TYPES.put(ConditionKind.PERIOD_RESTRICTED, PeriodRestricted.class);
    TYPES.put(ConditionKind.EVALUATION_DUTY, EvaluationDuty.class);
    TYPES.put(ConditionKind.REPORTING_DUTY, ReportingDuty.class);
    TYPES.put(ConditionKind.FREE_TEXT, FreeTextCondition.class);
  }

  /**
   * Any bytes either give a condition that writes and reads back as itself, or are rejected
   * with a {@code JsonFormatException} whose message is {@code at <pointer>: <problem>}; nothing
   * else may escape. Read as each kind's own type, the same bytes give the same condition for
   * the kind its {@code type} names and are rejected as every other kind; bytes rejected as a
   * condition are rejected as every kind.
   */
  @FuzzTest(maxDuration = "3m")
  @DictionaryFile(resourcePath = "format.dict")
  void read_givesAConditionOfTheKindItsTypeNames_orThrowsOnlyJsonFormatException(byte[] input) {
    Optional<Condition> condition = FuzzedJson.readText(input, Condition.class);
    condition.ifPresent(c -> {
      FuzzedJson.assertRoundTrips(c, Condition.class);
      assertThat(FrikommuneJson.write(c)).startsWith("{\n  \"type\": \"" + c.kind().code() + "\"");
    });
    for (Map.Entry<ConditionKind, Class<? extends Condition>> kind : TYPES.entrySet()) {
      Optional<? extends Condition> asKind = FuzzedJson.readText(input, kind.getValue());
      if (condition.isPresent() && condition.get().kind() == kind.getKey()) {
        assertThat(asKind).as("read as %s", kind.getValue().getSimpleName()).isEqualTo(condition);
      } else {
        assertThat(asKind).as("read as %s", kind.getValue().getSimpleName()).isEmpty();
      }
    }
  }
}
