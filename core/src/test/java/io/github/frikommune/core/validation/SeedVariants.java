package io.github.frikommune.core.validation;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ImmutableApplication;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.ImmutableDecision;
import io.github.frikommune.core.portfolio.ImmutablePortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.trial.ImmutableTrial;
import io.github.frikommune.core.trial.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The seed case with one change, for the rules' failing cases, and the violations of a result
 * as {@code "code at path"} lines, so a test asserts the exact code and path and nothing else.
 *
 * <p>Indexes follow the seed: applications and decisions 0 Mikrolån, 1 Arbejdsmarkedserfaring
 * (rejected), 2 Iværksætteri, 3 Formkrav, 4 Forholdstalskrav, 5 Fleksible rammer,
 * 6 Integrationsprogram (rejected); trials 0 Mikrolån, 1 Iværksætteri, 2 Formkrav,
 * 3 Forholdstalskrav, 4 Fleksible rammer.
 */
final class SeedVariants {
  private SeedVariants() {}

  static Portfolio seed() {
    return SeedCase.portfolio();
  }

  static Portfolio withPortfolio(UnaryOperator<ImmutablePortfolio> change) {
    return change.apply(ImmutablePortfolio.copyOf(seed()));
  }

  static Portfolio withApplication(int index, UnaryOperator<ImmutableApplication> change) {
    return withApplication(seed(), index, change);
  }

  static Portfolio withApplication(Portfolio base, int index, UnaryOperator<ImmutableApplication> change) {
    ImmutablePortfolio p = ImmutablePortfolio.copyOf(base);
    return p.withApplications(
        replace(p.applications(), index, a -> change.apply(ImmutableApplication.copyOf(a))));
  }

  static Portfolio withDecision(int index, UnaryOperator<ImmutableDecision> change) {
    return withDecision(seed(), index, change);
  }

  static Portfolio withDecision(Portfolio base, int index, UnaryOperator<ImmutableDecision> change) {
    ImmutablePortfolio p = ImmutablePortfolio.copyOf(base);
    return p.withDecisions(
        replace(p.decisions(), index, d -> change.apply(ImmutableDecision.copyOf(d))));
  }

  static Portfolio withTrial(int index, UnaryOperator<ImmutableTrial> change) {
    return withTrial(seed(), index, change);
  }

  static Portfolio withTrial(Portfolio base, int index, UnaryOperator<ImmutableTrial> change) {
    ImmutablePortfolio p = ImmutablePortfolio.copyOf(base);
    return p.withTrials(
        replace(p.trials(), index, t -> change.apply(ImmutableTrial.copyOf(t))));
  }

  static Application application(int index) {
    return seed().applications().get(index);
  }

  static Decision decision(int index) {
    return seed().decisions().get(index);
  }

  static Trial trial(int index) {
    return seed().trials().get(index);
  }

  /** Each violation of a whole-portfolio validation as {@code "code at path"}. */
  static List<String> found(Portfolio portfolio) {
    return found(PortfolioValidator.validate(portfolio));
  }

  static List<String> found(ValidationResult result) {
    List<String> lines = new ArrayList<>();
    for (Violation v : result.violations()) {
      lines.add(v.code().code() + " at " + v.path());
    }
    return lines;
  }

  private static <T> ImmutableList<T> replace(List<T> list, int index, Function<T, T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return ImmutableList.copyOf(copy);
  }
}
