package io.github.frikommune.json.format;

import java.util.Objects;

/**
 * Thrown when JSON does not follow the format: the one exception a reader of the format
 * throws.
 *
 * <p>The message names where in the document the problem is, as a JSON Pointer
 * (RFC 6901), the rule that was broken and the value that broke it, for example
 * {@code at /applications/0/round: round id must be written '<programme>/<number>', e.g.
 * 'FK2/1', was 'FK2-1'}. The problems are: malformed JSON, a document over the
 * {@linkplain ReadLimits reading limits}, a repeated field, an unknown field, a missing required
 * field, {@code null}, a value of the wrong JSON type, an unknown code (such as municipality 999
 * or an unknown condition type), and a value that breaks an invariant of the domain (such as a
 * period that ends before it starts). When a reader throws it, no domain value has been
 * returned: nothing half-built escapes. Immutable and thread-safe.
 */
public final class JsonFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_PROBLEM_LENGTH = 1_000;

  /** The JSON Pointer of the offending value; empty for the whole document. */
  private final String path;

  /** The rule that was broken, with the offending value. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the JSON Pointer of the offending value, e.g. {@code /applications/0/round};
   *     empty for the whole document
   * @param problem the rule that was broken and the value that broke it; cut to 1,000
   *     characters
   */
  public JsonFormatException(String path, String problem) {
    this(path, problem, null);
  }

  /**
   * Creates the exception with the exception that revealed the problem.
   *
   * @param path the JSON Pointer of the offending value; empty for the whole document
   * @param problem the rule that was broken and the value that broke it; cut to 1,000
   *     characters
   * @param cause the exception that revealed the problem, or null
   */
  public JsonFormatException(String path, String problem, Throwable cause) {
    super(message(Objects.requireNonNull(path, "path"), shorten(problem)), cause);
    this.path = path;
    this.problem = shorten(problem);
  }

  /**
   * Where the problem is, as a JSON Pointer (RFC 6901), e.g. {@code /applications/0/round}.
   *
   * @return the pointer; empty for the whole document
   */
  public String path() {
    return path;
  }

  /**
   * The rule that was broken, with the value that broke it.
   *
   * @return the problem, without the path
   */
  public String problem() {
    return problem;
  }

  private static String shorten(String problem) {
    Objects.requireNonNull(problem, "problem");
    return problem.length() <= MAX_PROBLEM_LENGTH
        ? problem
        : problem.substring(0, MAX_PROBLEM_LENGTH) + "…";
  }

  private static String message(String path, String problem) {
    return "at " + (path.isEmpty() ? "the document root" : path) + ": " + problem;
  }
}
