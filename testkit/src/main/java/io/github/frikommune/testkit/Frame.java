package io.github.frikommune.testkit;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;

/**
 * The fixed part of a generated portfolio: the programme, its networks and its rounds, and the
 * municipalities that may apply where the programme has no networks.
 *
 * @param programme the programme
 * @param networks its networks; empty for a programme of single municipalities
 * @param rounds its rounds, numbered 1..n with increasing deadlines inside its period
 * @param municipalities who may apply alone in a programme of single municipalities
 */
record Frame(
    Programme programme,
    ImmutableList<Network> networks,
    ImmutableList<ApplicationRound> rounds,
    ImmutableList<Municipality> municipalities) {

  boolean hasNetworks() {
    return programme.participationModel() == ParticipationModel.NETWORKS;
  }
}
