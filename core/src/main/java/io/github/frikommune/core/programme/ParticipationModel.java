package io.github.frikommune.core.programme;

import io.github.frikommune.core.Coded;

/**
 * How municipalities take part in a programme: in networks, or one by one.
 *
 * <p>Frikommuneforsøg II works with networks (<i>frikommunenetværk</i>); Frikommuneforsøg I and
 * the welfare agreements (<i>velfærdsaftaler</i>) work with single municipalities.
 */
public enum ParticipationModel implements Coded {
  /** Municipalities apply together in networks; applicants belong to the applying network. */
  NETWORKS("networks", "netværk"),
  /** Each municipality applies on its own behalf. */
  SINGLE_MUNICIPALITIES("single-municipalities", "enkeltkommuner");

  private final String code;
  private final String danishLabel;

  ParticipationModel(String code, String danishLabel) {
    this.code = code;
    this.danishLabel = danishLabel;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String danishLabel() {
    return danishLabel;
  }
}
