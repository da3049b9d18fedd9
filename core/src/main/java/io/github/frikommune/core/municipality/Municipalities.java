package io.github.frikommune.core.municipality;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The catalogue of Denmark's 98 municipalities (<i>kommuner</i>), with their official codes,
 * names and regions.
 *
 * <p>The data ships in this jar (source: DAWA, the Danish address and administrative-area data)
 * and is loaded once, on first use. Nothing can change it. Thread-safe.
 */
public final class Municipalities {
  private static final String RESOURCE = "municipalities.csv";
  private static final Pattern KOMMUNE_SUFFIX =
      Pattern.compile("\\s+kommune$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern REGIONSKOMMUNE_SUFFIX =
      Pattern.compile("s?\\s+regionskommune$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Municipalities() {}

  /**
   * All 98 municipalities, ordered by code.
   *
   * @return the municipalities
   */
  public static ImmutableSortedSet<Municipality> all() {
    return Catalogue.ALL;
  }

  /**
   * The municipalities of one region, ordered by code.
   *
   * @param region the region
   * @return its municipalities; Region Nordjylland has 11
   */
  public static ImmutableSortedSet<Municipality> inRegion(Region region) {
    return Catalogue.ALL.stream()
        .filter(m -> m.region() == region)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Finds a municipality by its official code.
   *
   * @param code the code, e.g. 851
   * @return the municipality
   * @throws UnknownMunicipalityException if no municipality has that code
   */
  public static Municipality byCode(int code) {
    // Official codes have three digits; an array indexed by code answers without boxing the
    // code or hashing it, which reading a document does for every municipality it names.
    Municipality found = code >= 0 && code < Catalogue.BY_CODE.length ? Catalogue.BY_CODE[code] : null;
    if (found == null) {
      throw new UnknownMunicipalityException(
          "municipality code must be one of the 98 official codes, was " + code,
          Integer.toString(code),
          ImmutableList.of());
    }
    return found;
  }

  /**
   * Finds a municipality by name: case-insensitive, with exact Danish letters, tolerant of a
   * trailing "Kommune" (and of "Bornholms Regionskommune"). Before "Kommune" the name may stand
   * in the genitive, as in the official "Københavns Kommune".
   *
   * @param name the name, e.g. {@code Hjørring} or {@code hjørring kommune}
   * @return the municipality
   * @throws UnknownMunicipalityException if no municipality has that name; the message names
   *     the input and suggests up to three of the closest names
   */
  public static Municipality byName(CharSequence name) {
    return find(name)
        .orElseThrow(
            () -> {
              ImmutableList<String> suggestions = suggest(name.toString());
              return new UnknownMunicipalityException(
                  "municipality name must be one of the 98 municipalities, was '"
                      + name
                      + "'"
                      + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?"),
                  name.toString(),
                  suggestions);
            });
  }

  /**
   * Finds a municipality by name, as {@link #byName(CharSequence)} does, without throwing.
   *
   * @param name the name
   * @return the municipality, or empty if none has that name
   */
  public static Optional<Municipality> find(CharSequence name) {
    String key = key(name.toString());
    Municipality found = Catalogue.BY_KEY.get(key);
    if (found == null && key.endsWith("s") && hasSuffix(name.toString())) {
      // The genitive before "Kommune", as in the official name of Copenhagen. No catalogue name
      // is another's with an "s" added, so the genitive names one municipality only.
      found = Catalogue.BY_KEY.get(key.substring(0, key.length() - 1));
    }
    return Optional.ofNullable(found);
  }

  private static boolean hasSuffix(String name) {
    String stripped = name.strip();
    return KOMMUNE_SUFFIX.matcher(stripped).find() || REGIONSKOMMUNE_SUFFIX.matcher(stripped).find();
  }

  private static String key(String name) {
    String stripped = name.strip();
    String withoutSuffix = KOMMUNE_SUFFIX.matcher(stripped).replaceFirst("");
    if (REGIONSKOMMUNE_SUFFIX.matcher(withoutSuffix).find()) {
      withoutSuffix = REGIONSKOMMUNE_SUFFIX.matcher(withoutSuffix).replaceFirst("");
    }
    return withoutSuffix.toLowerCase(Locale.ROOT);
  }

  private static ImmutableList<String> suggest(String input) {
    String key = key(input);
    int limit = Math.max(2, key.length() / 3);
    // A distance is never below the difference in length: skipping those names keeps a long
    // input from costing 98 full comparisons.
    return Catalogue.ALL.stream()
        .filter(m -> Math.abs(m.name().length() - key.length()) <= limit)
        .map(m -> Map.entry(m.name(), distance(key, m.name().toLowerCase(Locale.ROOT))))
        .filter(e -> e.getValue() <= limit)
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(3)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /** Levenshtein distance; the catalogue is small enough for the plain algorithm. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Loaded on first use by the JVM's class initialisation, which is thread-safe. */
  private static final class Catalogue {
    static final ImmutableSortedSet<Municipality> ALL = load();
    static final Municipality[] BY_CODE = byCode();
    static final ImmutableMap<String, Municipality> BY_KEY =
        ALL.stream().collect(ImmutableMap.toImmutableMap(m -> key(m.name()), m -> m));

    private static Municipality[] byCode() {
      Municipality[] byCode = new Municipality[1000];
      for (Municipality m : ALL) {
        byCode[m.code().value()] = m;
      }
      return byCode;
    }

    private static ImmutableSortedSet<Municipality> load() {
      try (InputStream in = Municipalities.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        ImmutableSortedSet.Builder<Municipality> all = ImmutableSortedSet.naturalOrder();
        String header = reader.readLine();
        if (header == null || !header.strip().equals("code,name,region_code,region_name")) {
          throw new IllegalStateException("resource " + RESOURCE + " has an unexpected header: " + header);
        }
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          String[] fields = line.strip().split(",", -1);
          all.add(
              new Municipality(
                  MunicipalityCode.create(Integer.parseInt(fields[0])),
                  fields[1],
                  Region.of(Integer.parseInt(fields[2]))));
        }
        return all.build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
