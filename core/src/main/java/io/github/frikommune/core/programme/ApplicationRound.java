package io.github.frikommune.core.programme;

import io.github.frikommune.core.calendar.DanishTime;
import java.time.Instant;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An application round (<i>ansøgningsrunde</i>): a deadline by which applications for a
 * programme must reach the ministry.
 *
 * <p>Frikommuneforsøg II had three rounds, with deadlines 1 December 2016, 1 May 2017 and
 * 1 November 2017. A deadline is a calendar day in Danish time. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApplicationRound implements WithApplicationRound {
  ApplicationRound() {}

  /**
   * The identifier: the programme and the round's number.
   *
   * @return the identifier
   */
  @Value.Parameter
  public abstract RoundId id();

  /**
   * The last day on which an application may be submitted.
   *
   * @return the deadline, a Danish calendar day
   */
  @Value.Parameter
  public abstract LocalDate deadline();

  /**
   * Returns a round.
   *
   * @param programme the programme
   * @param number the round number, ≥ 1
   * @param deadline the last day for submissions
   * @return the round
   * @throws IllegalArgumentException if the number is below 1
   */
  public static ApplicationRound of(ProgrammeId programme, int number, LocalDate deadline) {
    return ImmutableApplicationRound.of(RoundId.of(programme, number), deadline);
  }

  /**
   * The round's number, 1, 2, 3 …
   *
   * @return the number
   */
  public int number() {
    return id().number();
  }

  /**
   * The programme.
   *
   * @return the programme's identifier
   */
  public ProgrammeId programme() {
    return id().programme();
  }

  /**
   * The first instant after the deadline: midnight after the deadline day, Danish time.
   *
   * @return the closing instant
   */
  public Instant closesAt() {
    return DanishTime.endOf(deadline());
  }

  /**
   * Whether a submission on a day meets the deadline.
   *
   * @param submittedOn the day of submission, Danish time
   * @return true if on or before the deadline
   */
  public boolean accepts(LocalDate submittedOn) {
    return !submittedOn.isAfter(deadline());
  }
}
