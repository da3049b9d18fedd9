package io.github.frikommune.benchmarks.lifecycle;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.benchmarks.input.GeneratedPortfolio;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated application histories from a fixed seed: the inputs of the replay and transition
 * benchmarks.
 *
 * <p>Each case is one application of one to four participating municipalities, with a deadline
 * and dated approvals, and one of four paths through the application lifecycle: described,
 * approved, submitted and granted (4 events); the same through a consultation and partially
 * granted (6 events); described, approved, submitted and rejected (4 events); described and
 * withdrawn (2 events). Every event is accepted, so the library and a baseline do the same work.
 */
public final class ApplicationCases {
  private static final List<ApplicationEventType> GRANTED =
      List.of(ApplicationEventType.DESCRIBED, ApplicationEventType.APPROVED, ApplicationEventType.SUBMITTED, ApplicationEventType.GRANTED);
  private static final List<ApplicationEventType> CONSULTED =
      List.of(
          ApplicationEventType.DESCRIBED,
          ApplicationEventType.CONSULTATION_SENT,
          ApplicationEventType.CONSULTATION_ANSWERED,
          ApplicationEventType.APPROVED,
          ApplicationEventType.SUBMITTED,
          ApplicationEventType.PARTIALLY_GRANTED);
  private static final List<ApplicationEventType> REJECTED =
      List.of(ApplicationEventType.DESCRIBED, ApplicationEventType.APPROVED, ApplicationEventType.SUBMITTED, ApplicationEventType.REJECTED);
  private static final List<ApplicationEventType> WITHDRAWN =
      List.of(ApplicationEventType.DESCRIBED, ApplicationEventType.WITHDRAWN);
  private static final List<List<ApplicationEventType>> PATHS = List.of(GRANTED, CONSULTED, REJECTED, WITHDRAWN);

  private ApplicationCases() {}

  /**
   * Cases whose events add up to at least a number.
   *
   * @param events the number of events, at least 1
   * @return the cases
   */
  public static ImmutableList<ApplicationCase> withEvents(int events) {
    Random random = new Random(GeneratedPortfolio.SEED + 2);
    List<Municipality> municipalities = List.copyOf(Municipalities.all());
    Map<ApplicationEventType, ApplicationEvent> byType = new EnumMap<>(ApplicationEventType.class);
    for (ApplicationEventType type : ApplicationEventType.values()) {
      byType.put(type, ApplicationEvent.of(type));
    }
    ImmutableList.Builder<ApplicationCase> cases = ImmutableList.builder();
    int count = 0;
    for (int c = 0; count < events; c++) {
      LocalDate deadline = LocalDate.of(2016, 12, 1).plusDays(random.nextInt(400));
      LocalDate described = deadline.minusDays(40 + random.nextInt(10));
      List<Municipality> shuffled = new ArrayList<>(municipalities);
      Collections.shuffle(shuffled, random);
      List<Municipality> participants = shuffled.subList(0, 1 + random.nextInt(4));
      LocalDate approvedBy = deadline.minusDays(random.nextInt(5));
      ImmutableList.Builder<PoliticalApproval> approvals = ImmutableList.builder();
      for (Municipality m : participants) {
        approvals.add(PoliticalApproval.of(m, "Beskæftigelsesudvalget", approvedBy.minusDays(random.nextInt(10))));
      }
      ApplicationContext context =
          ApplicationContext.builder().roundDeadline(deadline).participants(participants).approvals(approvals.build()).build();
      List<ApplicationEventType> path = PATHS.get(random.nextInt(PATHS.size()));
      ImmutableList.Builder<RecordedEvent<ApplicationEvent>> recorded = ImmutableList.builder();
      for (int i = 0; i < path.size(); i++) {
        ApplicationEventType type = path.get(i);
        LocalDate on = day(type, described, approvedBy, deadline);
        recorded.add(
            RecordedEvent.of(
                EventId.of("a" + c + "-" + i),
                byType.get(type),
                on,
                on.atTime(10, i).toInstant(ZoneOffset.UTC),
                "Jobcenter"));
      }
      cases.add(new ApplicationCase(context, recorded.build()));
      count += path.size();
    }
    return cases.build();
  }

  private static LocalDate day(ApplicationEventType type, LocalDate described, LocalDate approvedBy, LocalDate deadline) {
    switch (type) {
      case DESCRIBED:
        return described;
      case CONSULTATION_SENT:
        return described.plusDays(2);
      case CONSULTATION_ANSWERED:
        return described.plusDays(12);
      case APPROVED:
      case WITHDRAWN:
        return approvedBy;
      case SUBMITTED:
        return deadline;
      default:
        return deadline.plusMonths(2);
    }
  }

  /**
   * The number of events in cases.
   *
   * @param cases the cases
   * @return the sum of their events
   */
  public static int events(List<ApplicationCase> cases) {
    return cases.stream().mapToInt(c -> c.events().size()).sum();
  }

}
