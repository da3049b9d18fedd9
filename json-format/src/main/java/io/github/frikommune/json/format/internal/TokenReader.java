package io.github.frikommune.json.format.internal;

import io.github.frikommune.json.format.JsonFormatException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A stream of JSON tokens that the codecs read values from, and where in the document it is.
 *
 * <p>An adapter implements the token methods over a JSON library's parser; a problem with the
 * JSON text (malformed, over a reading limit) is thrown as a {@link ReadFailure} from the call
 * that meets it. A {@link Codec} starts reading a value at its first token, {@link #token()},
 * and stops at its last, reading the value whole even when it finds a problem in it, so that a
 * problem with the text later in the value still wins, as it would if the whole document were
 * read before anything is built.
 *
 * <p>The reader also keeps the JSON Pointer of the value being read, which the codecs move into
 * fields and array elements as they go, and a scratch stack where they keep the fields of
 * objects being read: neither allocates while nothing is wrong. A reader reads one value on one
 * thread.
 */
public abstract class TokenReader {
  private final String base;
  private String[] names = new String[16];
  private int[] indices = new int[16];
  private int depth;
  private Object[] scratch = new Object[256];
  private int top;

  /**
   * Creates a reader of the value at a place in its document.
   *
   * @param pointer the JSON Pointer of the first value read, e.g. {@code /portfolio}; empty for
   *     the whole document
   */
  protected TokenReader(String pointer) {
    this.base = pointer;
  }

  // Tokens, from the adapter --------------------------------------------------------------

  /**
   * The current token.
   *
   * @return the token, or null past the end of the input
   */
  public abstract Token token();

  /**
   * Moves to the next token.
   *
   * @return the new current token, or null at the end of the input
   * @throws ReadFailure if the JSON text is malformed or over a reading limit there
   */
  public abstract Token next();

  /**
   * The current field's name, at a {@link Token#NAME}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The current string, at a {@link Token#STRING}.
   *
   * @return the string
   * @throws ReadFailure if the string is malformed or over a reading limit
   */
  public abstract String string();

  /**
   * Whether the current whole number, at a {@link Token#INTEGER}, fits a {@code long}.
   *
   * @return true if it does
   * @throws ReadFailure if the number cannot be read
   */
  public abstract boolean isLong();

  /**
   * The current whole number, at a {@link Token#INTEGER} that {@linkplain #isLong() fits}.
   *
   * @return the number
   * @throws ReadFailure if the number cannot be read
   */
  public abstract long longValue();

  /**
   * The current scalar as a node of a neutral tree: {@link String}, {@link Long},
   * {@link java.math.BigInteger}, {@link java.math.BigDecimal}, {@link Boolean} or
   * {@link Nodes#NULL}.
   *
   * @return the node
   * @throws ReadFailure if the value cannot be read
   */
  public abstract Object scalar();

  /**
   * The JSON library's name of the current token, for the message when a value was expected
   * and none came.
   *
   * @return the name, e.g. {@code END_OBJECT}
   */
  protected abstract String other();

  // Where the reader is -------------------------------------------------------------------

  /**
   * Moves the pointer into a field of the current object.
   *
   * @param token the field's name as a pointer token, with {@code ~} and {@code /} escaped
   */
  public final void enterField(String token) {
    grow();
    names[depth] = token;
    depth++;
  }

  /** Moves the pointer into the elements of the current array, at index 0. */
  public final void enterElements() {
    grow();
    names[depth] = null;
    indices[depth] = 0;
    depth++;
  }

  /**
   * Moves the pointer to another element of the array it is in.
   *
   * @param index the element's index, from 0
   */
  public final void element(int index) {
    indices[depth - 1] = index;
  }

  /** Moves the pointer out of the field or the array it last entered. */
  public final void leave() {
    depth--;
  }

  /**
   * The JSON Pointer of the value being read.
   *
   * @return the pointer, e.g. {@code /applications/0/round}; empty for the whole document
   */
  public final String pointer() {
    if (depth == 0) {
      return base;
    }
    StringBuilder b = new StringBuilder(base);
    for (int i = 0; i < depth; i++) {
      b.append('/');
      if (names[i] != null) {
        b.append(names[i]);
      } else {
        b.append(indices[i]);
      }
    }
    return b.toString();
  }

  /**
   * An exception about the value being read.
   *
   * @param problem the rule broken and the offending value
   * @return the exception, to throw
   */
  public final JsonFormatException fail(String problem) {
    return new JsonFormatException(pointer(), problem);
  }

  /**
   * An exception about the value being read, revealed by another exception.
   *
   * @param problem the rule broken and the offending value
   * @param cause the exception that revealed it
   * @return the exception, to throw
   */
  public final JsonFormatException fail(String problem, Throwable cause) {
    return new JsonFormatException(pointer(), problem, cause);
  }

  /**
   * An exception about a field of the object being read.
   *
   * @param token the field's name as a pointer token
   * @param problem the rule broken and the offending value
   * @param cause the exception that revealed it, or null
   * @return the exception, to throw
   */
  public final JsonFormatException failAt(String token, String problem, Throwable cause) {
    enterField(token);
    try {
      return new JsonFormatException(pointer(), problem, cause);
    } finally {
      leave();
    }
  }

  /**
   * An exception about a value of the wrong kind, after reading the value whole.
   *
   * @param prefix what the value must be, ending in "was ", e.g. {@code "must be a JSON array, was "}
   * @return the exception, naming what the value was, to throw
   * @throws ReadFailure if the rest of the value is not well-formed JSON
   */
  public final JsonFormatException wrongKind(String prefix) {
    JsonFormatException e = fail(prefix + describe());
    skipValue();
    return e;
  }

  /**
   * Describes the current value briefly for a message, as {@link Nodes#describe(Object)} does.
   *
   * @return the description
   * @throws ReadFailure at the end of the input or at a token that is no JSON value
   */
  public final String describe() {
    Token t = token();
    if (t == Token.START_OBJECT) {
      return "an object";
    }
    if (t == Token.START_ARRAY) {
      return "an array";
    }
    return Nodes.describe(scalarNode());
  }

  /**
   * Reads the current value whole and forgets it: the text is checked as everywhere else.
   *
   * @throws ReadFailure if the value is not well-formed JSON
   */
  public final void skipValue() {
    Nodes.read(this);
  }

  /**
   * The current scalar as {@link #scalar()} gives it, after checking that there is one.
   *
   * @return the node
   * @throws ReadFailure at the end of the input or at a token that is no JSON value
   */
  final Object scalarNode() {
    Token t = token();
    if (t == null) {
      throw new ReadFailure(fail("the document ends before its value is complete"));
    }
    switch (t) {
      case STRING:
      case INTEGER:
      case DECIMAL:
      case TRUE:
      case FALSE:
      case NULL:
        return scalar();
      default:
        throw new ReadFailure(fail("must be a JSON value, was " + other()));
    }
  }

  // The scratch stack ---------------------------------------------------------------------

  /**
   * The top of the scratch stack, to {@linkplain #release(int) release} to later.
   *
   * @return the mark
   */
  final int mark() {
    return top;
  }

  /**
   * Reserves empty slots on the scratch stack.
   *
   * @param count the number of slots
   * @return the index of the first
   */
  final int reserve(int count) {
    int start = top;
    ensure(count);
    Arrays.fill(scratch, start, start + count, null);
    top = start + count;
    return start;
  }

  /**
   * Pushes a value on the scratch stack.
   *
   * @param value the value
   */
  final void push(Object value) {
    ensure(1);
    scratch[top++] = value;
  }

  /**
   * A slot's value.
   *
   * @param index the slot
   * @return its value, or null if none was put there
   */
  final Object slot(int index) {
    return scratch[index];
  }

  /**
   * Puts a value in a slot.
   *
   * @param index the slot
   * @param value the value
   */
  final void slot(int index, Object value) {
    scratch[index] = value;
  }

  /**
   * Releases the scratch stack down to a mark.
   *
   * @param mark from {@link #mark()}
   */
  final void release(int mark) {
    top = mark;
  }

  /**
   * The values pushed since a mark, as a list that stays valid until the stack is released
   * below them.
   *
   * @param start the first value's slot
   * @param size the number of values
   * @return the list
   */
  final List<Object> pushed(int start, int size) {
    return size == 0 ? List.of() : new Pushed(this, start, size);
  }

  private void ensure(int count) {
    if (top + count > scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, top + count));
    }
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
  }

  /** Values on the scratch stack, read through the reader since the stack may be reallocated. */
  private static final class Pushed extends AbstractList<Object> implements RandomAccess {
    private final TokenReader reader;
    private final int start;
    private final int size;

    Pushed(TokenReader reader, int start, int size) {
      this.reader = reader;
      this.start = start;
      this.size = size;
    }

    @Override
    public Object get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      return reader.scratch[start + index];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
