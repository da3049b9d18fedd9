package io.github.frikommune.benchmarks.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.benchmarks.input.GeneratedPortfolio;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The questions a case-handling system asks of a portfolio, generated from a fixed seed: half
 * about a trial's own provisions, participants and target groups (mostly answered yes, a few
 * refused for the date, the participant's status or a condition), half at random over the 98
 * municipalities, the programme's days, the provision pool and the known target groups (mostly
 * answered no). One question in four asks about a subdivision ({@code stk.}) of a provision.
 */
public final class Questions {
  private Questions() {}

  /**
   * Questions about a portfolio.
   *
   * @param portfolio the portfolio, with at least one trial
   * @param count how many questions
   * @param poolSize the size of the provision pool the portfolio was generated with
   * @return the questions
   */
  public static ImmutableList<Question> about(Portfolio portfolio, int count, int poolSize) {
    Random random = new Random(GeneratedPortfolio.SEED + 1);
    List<Municipality> municipalities = List.copyOf(Municipalities.all());
    List<TargetGroup> groups = List.copyOf(TargetGroup.known().values());
    LocalDate first = LocalDate.of(2016, 6, 1);
    int days = (int) (GeneratedPortfolio.PROGRAMME_END.toEpochDay() - first.toEpochDay()) + 180;
    ImmutableList.Builder<Question> questions = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      Question q;
      if (i % 2 == 0) {
        Trial trial = portfolio.trials().get(random.nextInt(portfolio.trials().size()));
        Application application = portfolio.application(trial.application()).orElseThrow();
        RequestedExemption exemption =
            application.exemptions().get(random.nextInt(application.exemptions().size()));
        List<Municipality> applicants = List.copyOf(application.participants());
        Municipality municipality =
            random.nextInt(4) == 0
                ? trial.participants().get(random.nextInt(trial.participants().size())).municipality()
                : applicants.get(random.nextInt(applicants.size()));
        q =
            new Question(
                municipality,
                first.plusDays(random.nextInt(days)),
                exemption.provisions().get(random.nextInt(exemption.provisions().size())),
                exemption.targetGroups().get(random.nextInt(exemption.targetGroups().size())));
      } else {
        q =
            new Question(
                municipalities.get(random.nextInt(municipalities.size())),
                first.plusDays(random.nextInt(days)),
                GeneratedPortfolio.provision(random.nextInt(poolSize)),
                groups.get(random.nextInt(groups.size())));
      }
      if (random.nextInt(4) == 0) {
        Provision p = q.provision();
        q = new Question(q.municipality(), q.on(), p.withSubsection(1 + random.nextInt(3)), q.targetGroup());
      }
      questions.add(q);
    }
    return questions.build();
  }
}
