package io.github.frikommune.benchmarks.exemption;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.Trial;
import java.util.HashMap;
import java.util.Map;

/**
 * A single {@link HashMap} from (municipality, provision, target group) to the trial that
 * grants it: the floor a precomputed answer cannot go below.
 *
 * <p>It ignores dates, conditions and subdivisions, so it answers a simpler question than the
 * exemption index; it is the baseline of the "within 3× of a single HashMap lookup" target.
 * Not thread-safe to build; safe to read once built.
 */
public final class GrantTable {
  /**
   * The key of one grant.
   *
   * @param municipality the municipality
   * @param provision the provision
   * @param targetGroup the target group
   */
  public record Key(Municipality municipality, Provision provision, TargetGroup targetGroup) {}

  private final Map<Key, Trial> grants = new HashMap<>();

  /**
   * Tabulates every confirmed participant's requested provisions and target groups.
   *
   * @param portfolio the portfolio
   */
  public GrantTable(Portfolio portfolio) {
    for (Trial trial : portfolio.trials()) {
      Application application = portfolio.application(trial.application()).orElseThrow();
      for (Participation participation : trial.participants()) {
        if (!participation.status().mayUseExemption()) {
          continue;
        }
        for (RequestedExemption exemption : application.exemptions()) {
          for (Provision p : exemption.provisions()) {
            for (TargetGroup g : exemption.targetGroups()) {
              grants.putIfAbsent(new Key(participation.municipality(), p, g), trial);
            }
          }
        }
      }
    }
  }

  /**
   * The key of a question.
   *
   * @param q the question
   * @return its key
   */
  public static Key key(Question q) {
    return new Key(q.municipality(), q.provision(), q.targetGroup());
  }

  /**
   * One lookup of a question.
   *
   * @param q the question
   * @return the trial, or null
   */
  public Trial lookup(Question q) {
    return lookup(key(q));
  }

  /**
   * One lookup of a key made in advance: the baseline itself, a bare {@code HashMap.get}.
   *
   * @param key the key
   * @return the trial, or null
   */
  public Trial lookup(Key key) {
    return grants.get(key);
  }

  /**
   * The number of grants tabulated.
   *
   * @return the size
   */
  public int size() {
    return grants.size();
  }
}
