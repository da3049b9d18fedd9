package io.github.frikommune.core.validation;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.ParticipationModel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 1: the lead applicant and co-applicants belong to the applying network, or are the
 * applying municipality itself in a single-municipality programme; no municipality appears
 * twice. Applicants whose role is not on record count as either: in a single-municipality
 * programme one of them may be the applying municipality, where no lead applicant is named.
 */
final class ApplicantsBelongToNetwork {
  private ApplicantsBelongToNetwork() {}

  static void check(Application application, Portfolio context, ValuePath at, Findings out) {
    if (context.programme().participationModel() == ParticipationModel.NETWORKS) {
      checkNetwork(application, context, at, out);
    } else {
      application.network().ifPresent(n -> out.add(
          ViolationCode.NETWORK_IN_SINGLE_MUNICIPALITY_PROGRAMME, at.field("network"), n, context.programme().id()));
      for (int i = 0; i < application.coApplicants().size(); i++) {
        out.add(
            ViolationCode.CO_APPLICANT_IN_SINGLE_MUNICIPALITY_PROGRAMME,
            at.element("coApplicants", i),
            application.coApplicants().get(i),
            context.programme().id());
      }
      // With no lead on record, the first applicant of unrecorded role may be the applying
      // municipality; any other can only be a co-applicant.
      int first = application.leadApplicant().isPresent() ? 0 : 1;
      for (int i = first; i < application.applicants().size(); i++) {
        out.add(
            ViolationCode.CO_APPLICANT_IN_SINGLE_MUNICIPALITY_PROGRAMME,
            at.element("applicants", i),
            application.applicants().get(i),
            context.programme().id());
      }
    }
    Set<Municipality> seen = new HashSet<>();
    application.leadApplicant().ifPresent(seen::add);
    for (int i = 0; i < application.coApplicants().size(); i++) {
      Municipality m = application.coApplicants().get(i);
      if (!seen.add(m)) {
        out.add(ViolationCode.APPLICANT_REPEATED, at.element("coApplicants", i), m);
      }
    }
    for (int i = 0; i < application.applicants().size(); i++) {
      Municipality m = application.applicants().get(i);
      if (!seen.add(m)) {
        out.add(ViolationCode.APPLICANT_REPEATED, at.element("applicants", i), m);
      }
    }
  }

  private static void checkNetwork(Application application, Portfolio context, ValuePath at, Findings out) {
    if (application.network().isEmpty()) {
      out.add(ViolationCode.NETWORK_MISSING, at.field("network"), null, context.programme().id());
      return;
    }
    Optional<Network> network = context.network(application.network().get());
    if (network.isEmpty()) {
      out.add(ViolationCode.NETWORK_UNKNOWN, at.field("network"), application.network().get());
      return;
    }
    Network n = network.get();
    application.leadApplicant().filter(m -> !n.hasMember(m)).ifPresent(m -> out.add(
        ViolationCode.APPLICANT_OUTSIDE_NETWORK, at.field("leadApplicant"), m, n.id()));
    for (int i = 0; i < application.coApplicants().size(); i++) {
      Municipality m = application.coApplicants().get(i);
      if (!n.hasMember(m)) {
        out.add(ViolationCode.APPLICANT_OUTSIDE_NETWORK, at.element("coApplicants", i), m, n.id());
      }
    }
    for (int i = 0; i < application.applicants().size(); i++) {
      Municipality m = application.applicants().get(i);
      if (!n.hasMember(m)) {
        out.add(ViolationCode.APPLICANT_OUTSIDE_NETWORK, at.element("applicants", i), m, n.id());
      }
    }
  }
}
