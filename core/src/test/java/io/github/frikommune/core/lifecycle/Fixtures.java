package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.municipality.Municipality;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Shared values for the lifecycle tests. */
final class Fixtures {
  static final Municipality AALBORG = Municipality.of(851);
  static final Municipality HJOERRING = Municipality.of(860);

  static final LocalDate DEADLINE = LocalDate.of(2016, 12, 1);
  static final LocalDate DECIDED_ON = LocalDate.of(2017, 2, 1);
  static final LocalDate IN_FORCE = LocalDate.of(2017, 7, 1);
  static final LocalDate PROGRAMME_END = LocalDate.of(2021, 12, 31);

  static final LegalAct LAW_658 =
      LegalAct.of(LegalActKind.LAW, 658, LocalDate.of(2017, 6, 8), "lov om frikommunenetværk");
  /** The 2021 amendment as fictitious test data: no law has number 9999; the seeds give none. */
  static final LegalAct AMENDMENT_2021 =
      LegalAct.of(LegalActKind.LAW, 9999, LocalDate.of(2021, 6, 1), "lov om ændring af lov om frikommunenetværk");
  /** BEK nr. 529 af 23. maj 2018, an executive order: it cannot extend a trial. */
  static final LegalAct BEK_529 =
      LegalAct.of(LegalActKind.EXECUTIVE_ORDER, 529, LocalDate.of(2018, 5, 23), "bekendtgørelse om frikommuneforsøg II");

  /** Aalborg and Hjørring apply in round 1; Aalborg approves on 20 and Hjørring on 25 November. */
  static final ApplicationContext APPLICATION =
      ApplicationContext.builder()
          .roundDeadline(DEADLINE)
          .participants(ImmutableSet.of(AALBORG, HJOERRING))
          .approvals(
              ImmutableList.of(
                  PoliticalApproval.of(AALBORG, "Beskæftigelsesudvalget", LocalDate.of(2016, 11, 20)),
                  PoliticalApproval.of(HJOERRING, "Arbejdsmarkedsudvalget", LocalDate.of(2016, 11, 25))))
          .build();

  static final TrialContext TRIAL =
      TrialContext.builder().legalBasisInForceFrom(IN_FORCE).programmeEnd(PROGRAMME_END).build();

  static final ParticipationContext OPEN =
      ParticipationContext.builder().mustApplySeparately(false).trialInForceFrom(IN_FORCE).build();

  static final ParticipationContext MUST_APPLY =
      ParticipationContext.builder().mustApplySeparately(true).trialInForceFrom(IN_FORCE).build();

  static final ConditionContext CONDITION = ConditionContext.of(DECIDED_ON);

  private Fixtures() {}

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static Instant at(String iso) {
    return Instant.parse(iso);
  }

  static <E extends LifecycleEvent> RecordedEvent<E> recorded(
      String id, E event, String effectiveOn, String recordedAt) {
    return RecordedEvent.of(EventId.of(id), event, day(effectiveOn), at(recordedAt), "sagsbehandler");
  }

  static <E extends LifecycleEvent> RecordedEvent<E> correction(
      String id, String supersedes, E event, String effectiveOn, String recordedAt) {
    return RecordedEvent.<E>builder()
        .id(EventId.of(id))
        .supersedes(Optional.of(EventId.of(supersedes)))
        .event(event)
        .effectiveOn(day(effectiveOn))
        .recordedAt(at(recordedAt))
        .recordedBy("sagsbehandler")
        .build();
  }

  static ApplicationEvent application(ApplicationEventType type) {
    return ApplicationEvent.of(type);
  }

  static TrialEvent trial(TrialEventType type) {
    return TrialEvent.of(type);
  }

  static ParticipationEvent participation(ParticipationEventType type) {
    return ParticipationEvent.of(type);
  }

  static ConditionEvent condition(ConditionEventType type) {
    return ConditionEvent.of(type);
  }
}
