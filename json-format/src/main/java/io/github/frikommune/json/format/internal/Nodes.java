package io.github.frikommune.json.format.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Neutral trees, and reading values from a {@link TokenReader} with the checks and messages of
 * the format.
 *
 * <p>A neutral tree is made of {@link Map} (a {@link LinkedHashMap}, in field order) for
 * objects, {@link List} for arrays, {@link String}, {@link Long}, {@link BigInteger} and
 * {@link BigDecimal} for numbers, {@link Boolean}, and {@link #NULL} for JSON {@code null}. The
 * codecs read values straight from the tokens; a tree is read only where a value must be seen
 * whole before it can be decoded (a condition whose {@code type} is not its first field), or to
 * check and skip a value that will not be used. The JSON Schema is built as a tree too.
 */
public final class Nodes {
  /** JSON {@code null} in a neutral tree. */
  public static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private static final int MAX_SHOWN = 60;

  private Nodes() {}

  /**
   * Reads the current value whole as a neutral tree, rejecting repeated fields; the reader's
   * limits apply as it reads.
   *
   * @param in the reader, at the value's first token; left at its last
   * @return the tree
   * @throws ReadFailure if the value is not well-formed JSON or a field repeats
   */
  public static Object read(TokenReader in) {
    Token token = in.token();
    if (token == Token.START_OBJECT) {
      return readFields(in, new LinkedHashMap<>(), in.next());
    }
    if (token == Token.START_ARRAY) {
      List<Object> elements = new ArrayList<>();
      in.enterElements();
      for (token = in.next(); token != Token.END_ARRAY; token = in.next()) {
        if (token == null) {
          in.leave();
          throw new ReadFailure(in.fail("the document ends before the array is complete"));
        }
        in.element(elements.size());
        elements.add(read(in));
      }
      in.leave();
      return elements;
    }
    return in.scalarNode();
  }

  /**
   * Reads the rest of an object's fields into a map, rejecting repeated fields.
   *
   * @param in the reader, at the object's next field name or its end
   * @param fields the fields read so far, in order; the rest are added
   * @param token the current token
   * @return {@code fields}
   * @throws ReadFailure if the object is not well-formed JSON or a field repeats
   */
  static Map<String, Object> readFields(TokenReader in, Map<String, Object> fields, Token token) {
    for (; token == Token.NAME; token = in.next()) {
      String name = in.name();
      in.enterField(escape(name));
      if (fields.containsKey(name)) {
        throw new ReadFailure(in.fail(repeated(name)));
      }
      in.next();
      fields.put(name, read(in));
      in.leave();
    }
    if (token != Token.END_OBJECT) {
      throw new ReadFailure(in.fail("the document ends before the object is complete"));
    }
    return fields;
  }

  /**
   * Reads a whole number within a range.
   *
   * @param in the reader, at the value
   * @param what the number's name, for the message
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the number
   * @throws io.github.frikommune.json.format.JsonFormatException if it is not a whole number
   *     in the range
   */
  public static int integer(TokenReader in, String what, int min, int max) {
    if (in.token() != Token.INTEGER) {
      throw in.wrongKind(what + " must be a JSON integer, was ");
    }
    if (in.isLong()) {
      long value = in.longValue();
      if (value >= min && value <= max) {
        return (int) value;
      }
      throw in.fail(what + " must be from " + min + " to " + max + ", was " + value);
    }
    throw in.fail(what + " must be from " + min + " to " + max + ", was " + describe(in.scalar()));
  }

  /**
   * The problem of a field that appears twice in one object.
   *
   * @param name the field's name
   * @return the problem
   */
  static String repeated(String name) {
    return "field '" + name + "' must appear once in an object, was repeated";
  }

  /**
   * A field's name as a JSON Pointer token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as
   * {@code ~1}.
   *
   * @param name the name
   * @return the token
   */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Describes a node briefly for a message: a string quoted and cut to 60 characters, a number
   * or boolean as written, else what kind of node it is.
   *
   * @param node the node
   * @return the description
   */
  public static String describe(Object node) {
    if (node instanceof String) {
      String s = (String) node;
      return "'" + (s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…") + "'";
    }
    if (node instanceof Long || node instanceof BigInteger || node instanceof Boolean) {
      return node.toString();
    }
    if (node instanceof BigDecimal) {
      return ((BigDecimal) node).toString();
    }
    if (node instanceof Map) {
      return "an object";
    }
    if (node instanceof List) {
      return "an array";
    }
    return "null";
  }
}
