package io.github.frikommune.core.validation;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.trial.EvaluationWorkshop;

/**
 * Implied rule {@code records-belong-to-programme}: every network and every round on record
 * belongs to the portfolio's programme, and every evaluation workshop names a network on
 * record. Rule 12 numbers only the programme's own rounds.
 */
final class RecordsBelongToProgramme {
  private RecordsBelongToProgramme() {}

  static void check(Portfolio portfolio, ValuePath at, Findings out) {
    for (int i = 0; i < portfolio.networks().size(); i++) {
      Network n = portfolio.networks().get(i);
      if (!n.programme().equals(portfolio.programme().id())) {
        out.add(
            ViolationCode.NETWORK_OF_OTHER_PROGRAMME,
            at.element("networks", i).field("programme"),
            n.programme(),
            portfolio.programme().id());
      }
    }
    for (int i = 0; i < portfolio.rounds().size(); i++) {
      ApplicationRound round = portfolio.rounds().get(i);
      if (!round.programme().equals(portfolio.programme().id())) {
        out.add(
            ViolationCode.ROUND_OF_OTHER_PROGRAMME,
            at.element("rounds", i).field("id"),
            round.id(),
            portfolio.programme().id());
      }
    }
    for (int i = 0; i < portfolio.evaluationWorkshops().size(); i++) {
      EvaluationWorkshop w = portfolio.evaluationWorkshops().get(i);
      if (w.network().isPresent() && portfolio.network(w.network().get()).isEmpty()) {
        out.add(ViolationCode.WORKSHOP_NETWORK_UNKNOWN, at.element("evaluationWorkshops", i).field("network"), w.network().get());
      }
    }
  }
}
