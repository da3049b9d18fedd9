package io.github.frikommune.json.format.internal;

import io.github.frikommune.json.format.JsonFormatException;

/**
 * Where a value lies in a document, as a JSON Pointer (RFC 6901). Immutable and thread-safe.
 */
public final class Path {
  /** The whole document. */
  public static final Path ROOT = new Path(null, "");

  private final Path parent;
  private final String token;

  private Path(Path parent, String token) {
    this.parent = parent;
    this.token = token;
  }

  /**
   * The path at a JSON Pointer, for a value read from inside a larger document.
   *
   * @param pointer the pointer, e.g. {@code /portfolio}; empty for the whole document
   * @return the path
   */
  public static Path at(String pointer) {
    return pointer.isEmpty() ? ROOT : new Path(null, pointer);
  }

  /**
   * The path of a field of the object at this path.
   *
   * @param name the field's name
   * @return the longer path
   */
  public Path field(String name) {
    return new Path(this, name.replace("~", "~0").replace("/", "~1"));
  }

  /**
   * The path of an element of the array at this path.
   *
   * @param index the element's index, from 0
   * @return the longer path
   */
  public Path index(int index) {
    return new Path(this, Integer.toString(index));
  }

  /**
   * An exception about the value at this path.
   *
   * @param problem the rule broken and the offending value
   * @return the exception, to throw
   */
  public JsonFormatException fail(String problem) {
    return new JsonFormatException(pointer(), problem);
  }

  /**
   * An exception about the value at this path, revealed by another exception.
   *
   * @param problem the rule broken and the offending value
   * @param cause the exception that revealed it
   * @return the exception, to throw
   */
  public JsonFormatException fail(String problem, Throwable cause) {
    return new JsonFormatException(pointer(), problem, cause);
  }

  /**
   * The JSON Pointer, e.g. {@code /applications/0/round}.
   *
   * @return the pointer; empty for the whole document
   */
  public String pointer() {
    return parent == null ? token : parent.pointer() + "/" + token;
  }

  /** Returns the JSON Pointer. */
  @Override
  public String toString() {
    return pointer();
  }
}
