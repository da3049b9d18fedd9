package io.github.frikommune.core.decision;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The government's decision (<i>tilbagemelding, afgørelse</i>) on an application: granted,
 * partially granted with conditions, or rejected with reasons.
 *
 * <p>Example: on 1 February 2017 the ministry answered the North Jutland network's round-1
 * applications. Mikrolån was partially granted, with its target group narrowed to job-ready
 * and education-ready citizens and only Aalborg taking part; "Individuelt og fleksibelt
 * integrationsprogram" was rejected because the government does not want a partial return to
 * the earlier integration programme. Whether outcome and conditions match is checked by the
 * validator. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Decision implements WithDecision {
  Decision() {}

  /**
   * The application decided on.
   *
   * @return the application's identifier
   */
  public abstract ApplicationId application();

  /**
   * The day of the decision.
   *
   * @return the decision date, on or after the submission
   */
  public abstract LocalDate decidedOn();

  /**
   * Who decided, e.g. {@code Økonomi- og Indenrigsministeriet}.
   *
   * @return the deciding authority
   */
  public abstract String decidedBy();

  /**
   * Granted, partially granted or rejected.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * The reasons given, above all for a rejection.
   *
   * @return the reasons, possibly empty
   */
  public abstract ImmutableList<String> reasons();

  /**
   * The conditions set, in the order of the decision.
   *
   * @return the conditions, possibly empty
   */
  public abstract ImmutableList<Condition> conditions();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a decision: set its parts, then call {@code build()}, which checks them.
   */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  /**
   * The conditions that narrow the exemption scope.
   *
   * @return the narrowing conditions, in order
   */
  public ImmutableList<Condition> narrowingConditions() {
    return conditions().stream().filter(Condition::narrowsScope).collect(ImmutableList.toImmutableList());
  }

  /**
   * The conditions of one kind.
   *
   * @param <C> the condition type
   * @param type the condition class, e.g. {@code TargetGroupsKept.class}
   * @return those conditions, in order
   */
  public <C extends Condition> ImmutableList<C> conditionsOf(Class<C> type) {
    return conditions().stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether the application was granted wholly or in part.
   *
   * @return true unless rejected
   */
  public boolean isGranted() {
    return outcome() != Outcome.REJECTED;
  }

  @Value.Check
  void check() {
    Checks.trimmed(decidedBy(), "decision decidedBy");
    Checks.trimmedElements(reasons(), "decision reasons");
  }
}
