package io.github.frikommune.core.municipality;

import io.github.frikommune.core.Coded;

/**
 * One of Denmark's five regions (<i>regioner</i>), with its official code.
 *
 * <p>Every municipality lies in exactly one region. The North Jutland network of
 * Frikommuneforsøg II is the 11 municipalities of {@link #NORDJYLLAND}.
 */
public enum Region implements Coded {
  /** Region Nordjylland, official code 1081. */
  NORDJYLLAND(1081, "Region Nordjylland", "nordjylland"),
  /** Region Midtjylland, official code 1082. */
  MIDTJYLLAND(1082, "Region Midtjylland", "midtjylland"),
  /** Region Syddanmark, official code 1083. */
  SYDDANMARK(1083, "Region Syddanmark", "syddanmark"),
  /** Region Hovedstaden, official code 1084. */
  HOVEDSTADEN(1084, "Region Hovedstaden", "hovedstaden"),
  /** Region Sjælland, official code 1085. */
  SJAELLAND(1085, "Region Sjælland", "sjaelland");

  private final int officialCode;
  private final String danishLabel;
  private final String code;

  Region(int officialCode, String danishLabel, String code) {
    this.officialCode = officialCode;
    this.danishLabel = danishLabel;
    this.code = code;
  }

  /**
   * Finds a region by its official four-digit code.
   *
   * @param officialCode the official code, 1081 to 1085
   * @return the region
   * @throws IllegalArgumentException if no region has that code
   */
  public static Region of(int officialCode) {
    for (Region region : values()) {
      if (region.officialCode == officialCode) {
        return region;
      }
    }
    throw new IllegalArgumentException(
        "region code must be one of 1081, 1082, 1083, 1084, 1085, was " + officialCode);
  }

  /**
   * The official region code, e.g. 1081 for Region Nordjylland.
   *
   * @return the code
   */
  public int officialCode() {
    return officialCode;
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
