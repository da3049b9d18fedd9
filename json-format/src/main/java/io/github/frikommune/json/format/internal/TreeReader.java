package io.github.frikommune.json.format.internal;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The tokens of a neutral tree, for a value that had to be read whole before it could be
 * decoded. A tree read from a document has been checked already, so reading it cannot fail.
 */
final class TreeReader extends TokenReader {
  /** The containers being read, innermost first, each with whether it is an object. */
  private final Deque<Iterator<?>> open = new ArrayDeque<>();
  private final Deque<Boolean> isObject = new ArrayDeque<>();
  private Token token;
  private Object node;
  private String name;
  private Object pending;

  /**
   * Reads a tree.
   *
   * @param root the tree
   * @param pointer where the tree lies in its document
   */
  TreeReader(Object root, String pointer) {
    super(pointer);
    start(root);
  }

  @Override
  public Token token() {
    return token;
  }

  @Override
  public Token next() {
    if (pending != null) {
      Object value = pending;
      pending = null;
      start(value);
      return token;
    }
    if (open.isEmpty()) {
      token = null;
      node = null;
      return null;
    }
    Iterator<?> it = open.peek();
    if (!it.hasNext()) {
      open.pop();
      token = isObject.pop() ? Token.END_OBJECT : Token.END_ARRAY;
      node = null;
      return token;
    }
    Object next = it.next();
    if (isObject.peek()) {
      Map.Entry<?, ?> field = (Map.Entry<?, ?>) next;
      name = (String) field.getKey();
      pending = field.getValue();
      token = Token.NAME;
      node = null;
    } else {
      start(next);
    }
    return token;
  }

  private void start(Object value) {
    node = value;
    if (value instanceof Map) {
      open.push(((Map<?, ?>) value).entrySet().iterator());
      isObject.push(true);
      token = Token.START_OBJECT;
    } else if (value instanceof List) {
      open.push(((List<?>) value).iterator());
      isObject.push(false);
      token = Token.START_ARRAY;
    } else if (value instanceof String) {
      token = Token.STRING;
    } else if (value instanceof Long || value instanceof BigInteger) {
      token = Token.INTEGER;
    } else if (value instanceof Boolean) {
      token = (Boolean) value ? Token.TRUE : Token.FALSE;
    } else if (value == Nodes.NULL) {
      token = Token.NULL;
    } else {
      token = Token.DECIMAL;
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String string() {
    return (String) node;
  }

  @Override
  public boolean isLong() {
    return node instanceof Long;
  }

  @Override
  public long longValue() {
    return (Long) node;
  }

  @Override
  public Object scalar() {
    return node;
  }

  @Override
  protected String other() {
    return String.valueOf(token);
  }
}
