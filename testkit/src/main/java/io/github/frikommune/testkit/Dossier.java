package io.github.frikommune.testkit;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import java.util.Optional;

/**
 * One application with what followed from it: its decision, if made, and its trial, if the
 * decision granted one.
 *
 * <p>Dossiers are generated with a placeholder id and numbered when the portfolio is put
 * together, so that ids are unique by construction and a shrunk list keeps its numbering.
 *
 * @param application the application
 * @param decision the decision on it, if any
 * @param trial the trial it led to, if any
 */
record Dossier(Application application, Optional<Decision> decision, Optional<Trial> trial) {
  static final ApplicationId PLACEHOLDER = ApplicationId.of("unnumbered");

  /** A copy whose application, decision and trial carry the given id. */
  Dossier numbered(String id) {
    ApplicationId applicationId = ApplicationId.of(id);
    return new Dossier(
        Application.builder().from(application).id(applicationId).build(),
        decision.map(d -> Decision.builder().from(d).application(applicationId).build()),
        trial.map(t -> Trial.builder().from(t).id(TrialId.of(id)).application(applicationId).build()));
  }
}
