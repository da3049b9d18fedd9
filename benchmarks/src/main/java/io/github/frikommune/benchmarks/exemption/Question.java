package io.github.frikommune.benchmarks.exemption;

import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;

/**
 * The exemption question as a benchmark asks it: may a municipality, on a day, deviate from a
 * provision for a citizen in a target group?
 *
 * @param municipality the municipality
 * @param on the day
 * @param provision the provision to deviate from
 * @param targetGroup the citizen's target group
 */
public record Question(Municipality municipality, LocalDate on, Provision provision, TargetGroup targetGroup) {}
