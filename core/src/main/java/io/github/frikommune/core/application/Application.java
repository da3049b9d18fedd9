package io.github.frikommune.core.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.RoundId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application (<i>ansøgning</i>) for a free-municipality trial: who applies, for which
 * exemptions, for whom, and how it went through the local process.
 *
 * <p>An application has a lead applicant (<i>ansøger</i>) and co-applicants
 * (<i>medansøgere</i>) from the applying network, or is the applying municipality's own in a
 * single-municipality programme. Where the record names a municipality as taking part without
 * saying whether it leads ("ansøger/medansøger"), it is one of the {@linkplain #applicants()
 * applicants}. It asks for exemptions (<i>fritagelser</i>) from cited
 * provisions for target groups, expects effects, and is described (<i>færdigbeskrevet</i>),
 * perhaps sent for consultation (<i>høring</i>), approved politically by every participant and
 * submitted in a round. Example: "Mikrolån", round 1 of Frikommuneforsøg II, North Jutland
 * network, Aalborg taking part.
 *
 * <p>Rules across objects, such as membership of the network or the deadline, are checked by
 * the validator, so a draft can be recorded as it stands. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Application implements WithApplication {
  Application() {}

  /**
   * The identifier, e.g. {@code NJ-2016-01}.
   *
   * @return the identifier
   */
  public abstract ApplicationId id();

  /**
   * The title, e.g. {@code Mikrolån}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The description of the trial.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * The round the application is for.
   *
   * @return the round's identifier
   */
  public abstract RoundId round();

  /**
   * The applying network, in a programme of networks.
   *
   * @return the network, or empty for a single municipality's application
   */
  public abstract Optional<NetworkId> network();

  /**
   * The lead applicant (<i>ansøger</i>).
   *
   * <p>Empty where the record does not say which municipality leads, as for several of the
   * North Jutland network's round-1 applications, which the network sent as a whole.
   *
   * @return the lead applicant, or empty if not known
   */
  public abstract Optional<Municipality> leadApplicant();

  /**
   * The co-applicants (<i>medansøgere</i>), in the order given.
   *
   * @return the co-applicants, possibly empty
   */
  public abstract ImmutableList<Municipality> coApplicants();

  /**
   * The applicants whose role the record does not give: each is the lead applicant or a
   * co-applicant (<i>ansøger/medansøger</i>), but which is not on record. Example: the minutes
   * of 2017 say only that Aalborg is "ansøger/medansøger" on the first four applications of
   * round 1. A municipality whose role is known is the {@linkplain #leadApplicant() lead
   * applicant} or one of the {@linkplain #coApplicants() co-applicants} instead.
   *
   * @return the applicants of unrecorded role, in the order given, possibly empty
   */
  public abstract ImmutableList<Municipality> applicants();

  /**
   * The exemptions asked for.
   *
   * @return the requested exemptions, in the order given
   */
  public abstract ImmutableList<RequestedExemption> exemptions();

  /**
   * The effects the applicants expect (<i>forventede effekter</i>).
   *
   * @return the expected effects, possibly empty
   */
  public abstract ImmutableList<String> expectedEffects();

  /**
   * The day the application was fully described (<i>færdigbeskrevet</i>).
   *
   * @return the day, or empty
   */
  public abstract Optional<LocalDate> describedOn();

  /**
   * The consultations (<i>høringer</i>) of local bodies.
   *
   * @return the consultations, possibly empty
   */
  public abstract ImmutableList<Consultation> consultations();

  /**
   * The political approvals, one per participating municipality.
   *
   * @return the approvals, possibly empty
   */
  public abstract ImmutableList<PoliticalApproval> approvals();

  /**
   * The day the application was sent to the ministry.
   *
   * @return the day of submission, or empty while not submitted
   */
  public abstract Optional<LocalDate> submittedOn();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an application: set its parts, then call {@code build()}, which checks them.
   */
  public static final class Builder extends ImmutableApplication.Builder {
    Builder() {}
  }

  /**
   * Every municipality known to take part: the lead applicant first, then the co-applicants,
   * then the applicants of unrecorded role.
   *
   * @return the participants, without repeats
   */
  public ImmutableSet<Municipality> participants() {
    ImmutableSet.Builder<Municipality> all = ImmutableSet.builder();
    leadApplicant().ifPresent(all::add);
    return all.addAll(coApplicants()).addAll(applicants()).build();
  }

  /**
   * Whether a municipality takes part: as lead applicant, co-applicant or applicant of
   * unrecorded role.
   *
   * @param municipality the municipality
   * @return true if it takes part
   */
  public boolean isParticipant(Municipality municipality) {
    return leadApplicant().map(municipality::equals).orElse(false)
        || coApplicants().contains(municipality)
        || applicants().contains(municipality);
  }

  /**
   * The approval of a municipality, if it has approved.
   *
   * @param municipality the municipality
   * @return its approval, or empty
   */
  public Optional<PoliticalApproval> approvalBy(Municipality municipality) {
    return approvals().stream().filter(a -> a.municipality().equals(municipality)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.trimmed(title(), "application title");
    description().ifPresent(d -> Checks.notBlank(d, "application description"));
    Checks.notBlankElements(expectedEffects(), "application expectedEffects");
  }
}
