package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.programme.ApplicationRound;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts an application's (<i>ansøgning</i>) guards judge: the round's deadline, the
 * participating municipalities and their political approvals (<i>politisk godkendelse</i>).
 *
 * <p>Each fact is dated, so the guards compare it with the day an event takes effect: a
 * submission on 1 December 2016 meets round 1's deadline of that day; an approval counts only if
 * given on or before the day the application is marked approved. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApplicationContext {
  ApplicationContext() {}

  /**
   * The last day on which the application may be submitted.
   *
   * @return the round's deadline
   */
  public abstract LocalDate roundDeadline();

  /**
   * The municipalities taking part, each of which must approve the application.
   *
   * @return the participants, possibly empty when not known
   */
  public abstract ImmutableSet<Municipality> participants();

  /**
   * The political approvals given.
   *
   * @return the approvals, possibly empty
   */
  public abstract ImmutableList<PoliticalApproval> approvals();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableApplicationContext.Builder builder() {
    return new ImmutableApplicationContext.Builder();
  }

  /**
   * The context of an application in its round.
   *
   * @param application the application, with its participants and approvals
   * @param round the round it is submitted in
   * @return the context
   */
  public static ApplicationContext from(Application application, ApplicationRound round) {
    return builder()
        .roundDeadline(round.deadline())
        .participants(application.participants())
        .approvals(application.approvals())
        .build();
  }

  /**
   * The participants that had not approved the application politically by a day.
   *
   * <p>An approval on record without a day (the record says only that it was given) counts as
   * given in time: nothing shows it was late.
   *
   * @param on the day
   * @return the participants without an approval on or before {@code on}, in order
   */
  public ImmutableList<Municipality> notApprovedBy(LocalDate on) {
    return participants().stream()
        .filter(
            m ->
                approvals().stream()
                    .noneMatch(
                        a ->
                            a.municipality().equals(m)
                                && a.approvedOn().map(day -> !day.isAfter(on)).orElse(true)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether every participant had approved the application politically by a day: the
   * all-participants-approved guard of the application lifecycle (business rule 3).
   *
   * <p>The same judgement as {@code notApprovedBy(on).isEmpty()}, made without building a list:
   * an approval on record without a day counts as given in time.
   *
   * @param on the day
   * @return true if every participant has an approval on or before {@code on}
   */
  public boolean allApprovedBy(LocalDate on) {
    Objects.requireNonNull(on, "on");
    ImmutableList<Municipality> participants = participants().asList();
    ImmutableList<PoliticalApproval> approvals = approvals();
    for (int i = 0; i < participants.size(); i++) {
      if (!approvedBy(participants.get(i), approvals, on)) {
        return false;
      }
    }
    return true;
  }

  private static boolean approvedBy(
      Municipality municipality, ImmutableList<PoliticalApproval> approvals, LocalDate on) {
    for (int i = 0; i < approvals.size(); i++) {
      PoliticalApproval approval = approvals.get(i);
      if (approval.municipality().equals(municipality)) {
        Optional<LocalDate> day = approval.approvedOn();
        if (day.isEmpty() || !day.get().isAfter(on)) {
          return true;
        }
      }
    }
    return false;
  }
}
