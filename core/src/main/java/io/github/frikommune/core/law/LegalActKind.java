package io.github.frikommune.core.law;

import io.github.frikommune.core.Coded;

/**
 * The kind of a legal act: a law passed by Folketinget (<i>lov</i>), a consolidated law
 * (<i>lovbekendtgørelse</i>), or an executive order (<i>bekendtgørelse</i>) issued under a law's
 * powers.
 */
public enum LegalActKind implements Coded {
  /** A law passed by Folketinget (<i>lov</i>), e.g. lov nr. 658 af 8. juni 2017. */
  LAW("law", "lov", "Lov"),
  /** A consolidated law (<i>lovbekendtgørelse</i>): a law with its amendments in one text. */
  CONSOLIDATED_LAW("consolidated-law", "lovbekendtgørelse", "LBK"),
  /** An executive order (<i>bekendtgørelse</i>) issued under a law's powers, e.g. BEK nr. 529. */
  EXECUTIVE_ORDER("executive-order", "bekendtgørelse", "BEK");

  private final String code;
  private final String danishLabel;
  private final String abbreviation;

  LegalActKind(String code, String danishLabel, String abbreviation) {
    this.code = code;
    this.danishLabel = danishLabel;
    this.abbreviation = abbreviation;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String danishLabel() {
    return danishLabel;
  }

  /**
   * How Danish citations abbreviate the kind: {@code Lov}, {@code LBK} or {@code BEK}.
   *
   * @return the abbreviation
   */
  public String abbreviation() {
    return abbreviation;
  }
}
