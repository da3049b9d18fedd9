/**
 * Validation (<i>validering</i>) of the business rules that hold across objects: applicants and
 * their network, deadlines, political approval, consultations, decisions and their conditions,
 * trials and their legal basis, participation, the programme's rounds, and the order of a
 * case's history.
 *
 * <p>A value that would make no sense cannot be built at all; everything that can be built but
 * breaks a rule across objects is a {@link io.github.frikommune.core.validation.Violation}. The
 * validators collect every violation instead of stopping at the first. Each
 * {@linkplain io.github.frikommune.core.validation.BusinessRule business rule} is checked in one
 * place and can be broken in several ways, each with its own
 * {@linkplain io.github.frikommune.core.validation.ViolationCode violation code}. Each violation
 * has that stable code, a path to the offending value such as
 * {@code applications[3].coApplicants[1]}, a severity, the offending value, and a message in
 * Danish and English. Entry points:
 * {@link io.github.frikommune.core.validation.PortfolioValidator},
 * {@link io.github.frikommune.core.validation.ProgrammeValidator},
 * {@link io.github.frikommune.core.validation.ApplicationValidator},
 * {@link io.github.frikommune.core.validation.DecisionValidator},
 * {@link io.github.frikommune.core.validation.TrialValidator}, and for a case file's recorded
 * events {@link io.github.frikommune.core.validation.HistoryValidator}.
 */
@DomainStyle
package io.github.frikommune.core.validation;

import io.github.frikommune.core.internal.DomainStyle;
