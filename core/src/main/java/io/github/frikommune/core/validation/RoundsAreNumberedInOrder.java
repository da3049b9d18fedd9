package io.github.frikommune.core.validation;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule 12: a programme's rounds are numbered 1, 2, 3 … with strictly increasing deadlines
 * inside the programme's period as extended. A round of another programme is left out of the
 * numbering; {@link RecordsBelongToProgramme} reports it.
 */
final class RoundsAreNumberedInOrder {
  private RoundsAreNumberedInOrder() {}

  static void check(Portfolio portfolio, ValuePath at, Findings out) {
    List<Integer> own = new ArrayList<>();
    for (int i = 0; i < portfolio.rounds().size(); i++) {
      ApplicationRound round = portfolio.rounds().get(i);
      if (round.programme().equals(portfolio.programme().id())) {
        own.add(i);
      }
    }
    own.sort(Comparator.comparingInt(i -> portfolio.rounds().get(i).number()));
    Period programme = portfolio.programme().periodAsExtended();
    ApplicationRound previous = null;
    for (int n = 0; n < own.size(); n++) {
      int i = own.get(n);
      ApplicationRound round = portfolio.rounds().get(i);
      ValuePath path = at.element("rounds", i);
      if (round.number() != n + 1) {
        out.add(ViolationCode.ROUND_NUMBERS_NOT_CONSECUTIVE, path.field("number"), round.number(), n + 1);
      }
      if (previous != null && !round.deadline().isAfter(previous.deadline())) {
        out.add(
            ViolationCode.ROUND_DEADLINES_NOT_INCREASING, path.field("deadline"), round.deadline(), previous.deadline(), previous.id());
      }
      if (!programme.contains(round.deadline())) {
        out.add(ViolationCode.ROUND_DEADLINE_OUTSIDE_PROGRAMME, path.field("deadline"), round.deadline(), programme);
      }
      previous = round;
    }
  }
}
