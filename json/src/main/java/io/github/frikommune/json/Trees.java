package io.github.frikommune.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.Nodes;
import io.github.frikommune.json.format.internal.Path;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Moves neutral trees of the format between Jackson 2's streams and the codecs. */
final class Trees {
  private Trees() {}

  /**
   * Reads the value at the parser's current token as a neutral tree, rejecting repeated
   * fields; the parser's limits apply as it reads.
   */
  static Object read(JsonParser p) throws IOException {
    Path start = Path.at(p.getParsingContext().pathAsPointer().toString());
    try {
      return read(p, start);
    } catch (JsonProcessingException e) {
      throw new JsonFormatException(
          p.getParsingContext().pathAsPointer().toString(), problem(e), e);
    }
  }

  private static Object read(JsonParser p, Path path) throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      throw path.fail("the document ends before its value is complete");
    }
    switch (token) {
      case START_OBJECT:
        Map<String, Object> fields = new LinkedHashMap<>();
        for (token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
          String name = p.currentName();
          Path at = path.field(name);
          if (fields.containsKey(name)) {
            throw at.fail("field '" + name + "' must appear once in an object, was repeated");
          }
          p.nextToken();
          fields.put(name, read(p, at));
        }
        if (token != JsonToken.END_OBJECT) {
          throw path.fail("the document ends before the object is complete");
        }
        return fields;
      case START_ARRAY:
        List<Object> elements = new ArrayList<>();
        for (token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
          if (token == null) {
            throw path.fail("the document ends before the array is complete");
          }
          elements.add(read(p, path.index(elements.size())));
        }
        return elements;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? p.getBigIntegerValue()
            : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        try {
          return p.getDecimalValue();
        } catch (NumberFormatException e) {
          // An exponent beyond BigDecimal's int scale, e.g. 1e2147483648, is short enough for the
          // number-length limit, but Jackson cannot read it and throws this unchecked exception.
          throw path.fail("a number's exponent must lie within ±2147483647, was " + p.getText(), e);
        }
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return Nodes.NULL;
      default:
        throw path.fail("must be a JSON value, was " + token);
    }
  }

  /** Writes a neutral tree. */
  static void write(JsonGenerator g, Object node) throws IOException {
    if (node instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> field : ((Map<?, ?>) node).entrySet()) {
        g.writeFieldName((String) field.getKey());
        write(g, field.getValue());
      }
      g.writeEndObject();
    } else if (node instanceof List) {
      g.writeStartArray();
      for (Object element : (List<?>) node) {
        write(g, element);
      }
      g.writeEndArray();
    } else if (node instanceof String) {
      g.writeString((String) node);
    } else if (node instanceof Long || node instanceof Integer) {
      g.writeNumber(((Number) node).longValue());
    } else if (node instanceof BigInteger) {
      g.writeNumber((BigInteger) node);
    } else if (node instanceof BigDecimal) {
      g.writeNumber((BigDecimal) node);
    } else if (node instanceof Boolean) {
      g.writeBoolean((Boolean) node);
    } else if (node == Nodes.NULL) {
      g.writeNull();
    } else {
      throw new IllegalStateException("not a node of a neutral tree: " + node);
    }
  }

  /** A Jackson problem in the format's words: the message without Jackson's location suffix. */
  static String problem(JsonProcessingException e) {
    // Jackson's strict duplicate detection says "Duplicate field 'x'" (2) or "Duplicate Object
    // property "x"" (3); say it as the format does, the same with both.
    String message = e.getOriginalMessage().replaceFirst(
        "^Duplicate (?:field|Object property) ['\"](.*)['\"]$",
        "field '$1' must appear once in an object, was repeated");
    return e.getLocation() == null
        ? message
        : message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
