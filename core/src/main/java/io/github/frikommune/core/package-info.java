/**
 * The domain of Danish free-municipality trials (<i>frikommuneforsøg</i>): vocabulary shared by
 * every package.
 *
 * <p>Sub-packages are named after domain concepts: {@code municipality} (kommune,
 * kommunekode), {@code law} (lov, bekendtgørelse, §), {@code calendar} (periods in Danish time),
 * {@code targetgroup} (målgruppe), {@code programme} (forsøgsprogram, frikommunenetværk,
 * ansøgningsrunde), {@code application} (ansøgning), {@code decision} (afgørelse, vilkår),
 * {@code trial} (forsøg, hjemmel, deltagelse), {@code portfolio} (the whole record),
 * {@code exemption} (fritagelse: the exemption question), {@code lifecycle} (forløb: the state
 * machines and histories), {@code validation} (validering: the business rules across objects)
 * and {@code report} (opgørelser: round summaries and timelines). {@code internal} holds the
 * checks and the Immutables style behind them and is not exported.
 */
package io.github.frikommune.core;
