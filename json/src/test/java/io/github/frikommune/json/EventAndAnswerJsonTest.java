package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.exemption.ExemptionIndex;
import io.github.frikommune.core.exemption.ExemptionQuestion;
import io.github.frikommune.core.exemption.Reason;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.json.format.JsonFormatException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lifecycle events as recorded, and the exemption question's answers, in the format: the
 * {@code type} of each from a closed list, the exact bytes, and the messages for bad input.
 */
class EventAndAnswerJsonTest {

  private static final RecordedEvent<TrialEvent> EXTENDED =
      RecordedEvent.of(
              EventId.of("NJ-1-01-e4"),
              TrialEvent.extended(LocalDate.of(2021, 12, 31), SeedCase.FRIKOMMUNE_LAW),
              LocalDate.of(2017, 7, 1),
              Instant.parse("2017-06-08T10:00:00Z"),
              "Frikommunesekretariatet");

  /** Mikrolån submitted: an event of the application's lifecycle, not a trial's. */
  private static final RecordedEvent<ApplicationEvent> SUBMITTED =
      RecordedEvent.of(
          EventId.of("NJ-1-01-e1"),
          ApplicationEvent.of(ApplicationEventType.SUBMITTED),
          LocalDate.of(2016, 12, 1),
          Instant.parse("2016-12-01T12:00:00Z"),
          "Aalborg Kommune");

  private static final String NOT_A_TRIAL_EVENT =
      "at /event/type: TrialEvent type must be one of [trial.legal-basis-adopted,"
          + " trial.legal-basis-in-force, trial.started, trial.extended, trial.ended,"
          + " trial.evaluated, trial.concluded], was 'application.submitted'";

  @Test
  void recordedTrialEvent_isWrittenWithItsQualifiedType_andReadBack() {
    String json = FrikommuneJson.write(EXTENDED);

    assertThat(json)
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"id\": \"NJ-1-01-e4\",",
                "  \"event\": {",
                "    \"type\": \"trial.extended\",",
                "    \"newEnd\": \"2021-12-31\",",
                "    \"extendingAct\": {",
                "      \"kind\": \"law\",",
                "      \"number\": 658,",
                "      \"date\": \"2017-06-08\",",
                "      \"shortTitle\": \"lov om frikommunenetværk\",",
                "      \"bill\": \"L 200 (2016-17)\",",
                "      \"passedOn\": \"2017-06-01\"",
                "    }",
                "  },",
                "  \"effectiveOn\": \"2017-07-01\",",
                "  \"recordedAt\": \"2017-06-08T10:00:00Z\",",
                "  \"recordedBy\": \"Frikommunesekretariatet\"",
                "}"));
    assertThat(FrikommuneJson.read(json, new TypeReference<RecordedEvent<TrialEvent>>() {})).isEqualTo(EXTENDED);
    assertThat(FrikommuneJson.read(json, RecordedEvent.class)).isEqualTo(EXTENDED);
  }

  @Test
  void listOfRecordedEvents_readsThroughATypeReference() {
    RecordedEvent<TrialEvent> correction =
        RecordedEvent.<TrialEvent>builder()
            .from(EXTENDED)
            .id(EventId.of("NJ-1-01-e5"))
            .supersedes(EXTENDED.id())
            .build();
    List<RecordedEvent<TrialEvent>> events = List.of(EXTENDED, correction);

    String json = FrikommuneJson.write(events);

    assertThat(json).contains("\"supersedes\": \"NJ-1-01-e4\"");
    assertThat(FrikommuneJson.read(json, new TypeReference<List<RecordedEvent<TrialEvent>>>() {})).isEqualTo(events);
  }

  @Test
  void eventOfAnotherLifecycle_isRejectedWhereATrialEventIsExpected() {
    String json = FrikommuneJson.write(SUBMITTED);

    assertThatThrownBy(() -> FrikommuneJson.read(json, new TypeReference<RecordedEvent<TrialEvent>>() {}))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(NOT_A_TRIAL_EVENT);
    assertThat(FrikommuneJson.read(json, new TypeReference<RecordedEvent<LifecycleEvent>>() {}).event())
        .isEqualTo(ApplicationEvent.of(ApplicationEventType.SUBMITTED));
  }

  @Test
  void aMapperOfYourOwn_checksTheTypeArgumentToo() {
    // A new mapper sets the module up afresh; FrikommuneJson's own mapper was set up once.
    ObjectMapper mapper = FrikommuneJson.mapper();
    String json = FrikommuneJson.write(SUBMITTED);

    assertThatThrownBy(() -> mapper.readValue(json, new TypeReference<RecordedEvent<TrialEvent>>() {}))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(NOT_A_TRIAL_EVENT);
  }

  @Test
  void extensionWithoutItsNewEnd_namesTheMissingField() {
    String json = FrikommuneJson.write(EXTENDED).replace("    \"newEnd\": \"2021-12-31\",\n", "");

    assertThatThrownBy(() -> FrikommuneJson.read(json, RecordedEvent.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("at /event/newEnd: field 'newEnd' is required in TrialExtended");
  }

  @Test
  void fieldOfAnotherEventType_isUnknown() {
    String json = "{\"type\": \"trial.started\", \"outcome\": \"spread\"}";

    assertThatThrownBy(() -> FrikommuneJson.read(json, TrialEvent.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("at /outcome: unknown field 'outcome' in TrialStarted; its fields are [type, note]");
  }

  @Test
  void unqualifiedEventType_isNotOneOfTheList() {
    assertThatThrownBy(() -> FrikommuneJson.read("{\"type\": \"submitted\"}", ApplicationEvent.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("at /type: ApplicationEvent type must be one of [application.described,")
        .hasMessageEndingWith("], was 'submitted'");
  }

  @Test
  void seedCaseAnswers_roundTrip_yesWithItsGrant_noWithItsReasons() {
    Portfolio seed = FrikommuneJson.read(Golden.read("seed-round1.json"), Portfolio.class);
    ExemptionIndex index = ExemptionIndex.of(seed);
    Provision section65 = Provision.parse("aktivloven § 65");
    TargetGroup jobReady = seed.applications().get(0).exemptions().get(0).targetGroups().get(0);

    ExemptionAnswer yes =
        index.answer(Municipalities.byName("Aalborg"), LocalDate.of(2018, 3, 1), section65, jobReady);
    ExemptionAnswer no =
        index.answer(Municipalities.byName("Morsø"), LocalDate.of(2018, 3, 1), section65, jobReady);

    assertThat(yes.isYes()).as("Aalborg's answer, %s", yes).isTrue();
    assertThat(no.isYes()).as("Morsø's answer, %s", no).isFalse();
    for (ExemptionAnswer answer : List.of(yes, no)) {
      String json = FrikommuneJson.write(answer);
      assertThat(FrikommuneJson.read(json, ExemptionAnswer.class)).isEqualTo(answer);
      assertThat(SchemaTest.errors(SchemaTest.typeSchema("ExemptionAnswer"), json)).isEmpty();
    }
    assertThat(FrikommuneJson.write(no.reasons().get(0)))
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"type\": \"must-apply-separately\",",
                "  \"trial\": \"NJ-1-01\",",
                "  \"municipality\": {",
                "    \"code\": 773,",
                "    \"name\": \"Morsø\"",
                "  },",
                "  \"status\": \"must-apply-separately\"",
                "}"));
  }

  @Test
  void question_roundTrips() {
    ExemptionQuestion question =
        ExemptionQuestion.of(
            Municipalities.byName("Aalborg"),
            LocalDate.of(2018, 3, 1),
            Provision.parse("aktivloven § 65"),
            TargetGroup.of("jobparate", "jobparate ledige"));

    String json = FrikommuneJson.write(question);

    assertThat(json).startsWith("{\n  \"municipality\": {\n    \"code\": 851,");
    assertThat(FrikommuneJson.read(json, ExemptionQuestion.class)).isEqualTo(question);
  }

  @Test
  void unknownReasonType_isRejected_withTheList() {
    assertThatThrownBy(() -> FrikommuneJson.read("{\"type\": \"too-late\"}", Reason.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "at /type: Reason type must be one of [no-trial-covers, awaiting-legal-basis,"
                + " not-yet-in-force, expired, not-confirmed-participant, must-apply-separately,"
                + " target-group-excluded, target-group-not-covered], was 'too-late'");
  }

  @Test
  void answerWithNeitherGrantsNorReasons_isABrokenInvariant() {
    assertThatThrownBy(() -> FrikommuneJson.read("{\"grants\": [], \"reasons\": []}", ExemptionAnswer.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("exemption answer must have grants or reasons, not both or neither, was 0 grants and 0 reasons");
  }
}
