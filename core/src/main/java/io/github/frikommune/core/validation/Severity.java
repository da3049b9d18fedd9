package io.github.frikommune.core.validation;

import io.github.frikommune.core.Coded;

/**
 * How serious a violation is (<i>alvorlighed</i>).
 *
 * <p>An error breaks a business rule: the record is wrong as it stands. A warning points at
 * something that is allowed but probably a mistake, such as an approval by a municipality that
 * does not take part.
 */
public enum Severity implements Coded {
  /** A broken business rule (<i>fejl</i>). */
  ERROR("error", "fejl"),
  /** Allowed, but probably a mistake (<i>advarsel</i>). */
  WARNING("warning", "advarsel");

  private final String code;
  private final String danishLabel;

  Severity(String code, String danishLabel) {
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
