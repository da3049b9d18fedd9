package io.github.frikommune.json.format.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Reading the nodes of a neutral tree with the checks and messages of the format.
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
   * Requires an object.
   *
   * @param node the node
   * @param path where it lies
   * @param what what it should be, for the message, e.g. {@code Application}
   * @return its fields, in document order
   * @throws io.github.frikommune.json.format.JsonFormatException if it is not an object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object node, Path path, String what) {
    if (node instanceof Map) {
      return (Map<String, Object>) node;
    }
    throw path.fail(what + " must be a JSON object, was " + describe(node));
  }

  /**
   * Requires an array.
   *
   * @param node the node
   * @param path where it lies
   * @return its elements
   * @throws io.github.frikommune.json.format.JsonFormatException if it is not an array
   */
  @SuppressWarnings("unchecked")
  public static List<Object> array(Object node, Path path) {
    if (node instanceof List) {
      return (List<Object>) node;
    }
    throw path.fail("must be a JSON array, was " + describe(node));
  }

  /**
   * Requires a string.
   *
   * @param node the node
   * @param path where it lies
   * @return the string
   * @throws io.github.frikommune.json.format.JsonFormatException if it is not a string
   */
  public static String string(Object node, Path path) {
    if (node instanceof String) {
      return (String) node;
    }
    throw path.fail("must be a JSON string, was " + describe(node));
  }

  /**
   * Requires a whole number within a range.
   *
   * @param node the node
   * @param path where it lies
   * @param what the number's name, for the message
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the number
   * @throws io.github.frikommune.json.format.JsonFormatException if it is not a whole number
   *     in the range
   */
  public static int integer(Object node, Path path, String what, int min, int max) {
    if (node instanceof Long) {
      long value = (Long) node;
      if (value >= min && value <= max) {
        return (int) value;
      }
    } else if (!(node instanceof BigInteger)) {
      throw path.fail(what + " must be a JSON integer, was " + describe(node));
    }
    throw path.fail(what + " must be from " + min + " to " + max + ", was " + describe(node));
  }

  /**
   * Requires true or false.
   *
   * @param node the node
   * @param path where it lies
   * @return the boolean
   * @throws io.github.frikommune.json.format.JsonFormatException if it is not a boolean
   */
  public static boolean bool(Object node, Path path) {
    if (node instanceof Boolean) {
      return (Boolean) node;
    }
    throw path.fail("must be true or false, was " + describe(node));
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
