package io.github.frikommune.core.municipality;


/**
 * One of Denmark's 98 municipalities (<i>kommuner</i>), with its official code, name and region.
 *
 * <p>Municipalities are reference data: every instance comes from the
 * {@linkplain Municipalities catalogue} that ships in this jar, so two municipalities with the
 * same code are the same. They order by code. Immutable and thread-safe.
 *
 * <pre>{@code
 * Municipality aalborg = Municipality.of(851);
 * Municipality laesoe = Municipality.parse("Læsø Kommune");
 * }</pre>
 */
public final class Municipality implements Comparable<Municipality> {
  private final MunicipalityCode code;
  private final String name;
  private final Region region;

  Municipality(MunicipalityCode code, String name, Region region) {
    this.code = code;
    this.name = name;
    this.region = region;
  }

  /**
   * Returns the municipality with an official code.
   *
   * @param code the official three-digit code, e.g. 851
   * @return the municipality
   * @throws UnknownMunicipalityException if no municipality has that code
   */
  public static Municipality of(int code) {
    return Municipalities.byCode(code);
  }

  /**
   * Returns the municipality with an official code.
   *
   * @param code the code
   * @return the municipality
   */
  public static Municipality of(MunicipalityCode code) {
    return Municipalities.byCode(code.value());
  }

  /**
   * Finds a municipality by name, the inverse of {@link #toString()}. Case does not matter, a
   * trailing "Kommune" is allowed, and Danish letters must be exact: "aalborg kommune" finds
   * Aalborg, "Aero" does not find Ærø.
   *
   * @param name the name, e.g. {@code Aalborg} or {@code Aalborg Kommune}
   * @return the municipality
   * @throws UnknownMunicipalityException if no municipality has that name; its message suggests
   *     the closest names
   */
  public static Municipality parse(CharSequence name) {
    return Municipalities.byName(name);
  }

  /**
   * The official code, e.g. 851.
   *
   * @return the code
   */
  public MunicipalityCode code() {
    return code;
  }

  /**
   * The official name without "Kommune", e.g. {@code Aalborg}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The region the municipality lies in.
   *
   * @return the region
   */
  public Region region() {
    return region;
  }

  @Override
  public int compareTo(Municipality other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    // The catalogue holds one instance per municipality, so identity is the common answer.
    return other == this || other instanceof Municipality && ((Municipality) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    // The code alone identifies a municipality; Objects.hash would allocate on every lookup.
    return code.hashCode();
  }

  /** Returns the name, e.g. {@code Aalborg}; {@link #parse(CharSequence)} reads it back. */
  @Override
  public String toString() {
    return name;
  }
}
