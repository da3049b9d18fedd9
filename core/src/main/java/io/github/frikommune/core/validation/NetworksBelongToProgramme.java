package io.github.frikommune.core.validation;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.Network;

/** Every network on record belongs to the portfolio's programme. */
final class NetworksBelongToProgramme {
  private NetworksBelongToProgramme() {}

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
  }
}
