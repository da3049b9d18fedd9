package io.github.frikommune.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The seed case's golden document as a plain Jackson tree, to break in one place for a test. */
final class SeedDocument {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private SeedDocument() {}

  static ObjectNode tree() {
    try {
      return (ObjectNode) PLAIN.readTree(Golden.read("seed-round1.json"));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document with the object at a JSON Pointer changed. */
  static String withObject(String pointer, Consumer<ObjectNode> change) {
    ObjectNode root = tree();
    change.accept((ObjectNode) root.at(JsonPointer.compile(pointer)));
    return root.toString();
  }

  /** The document with the array at a JSON Pointer changed. */
  static String withArray(String pointer, Consumer<ArrayNode> change) {
    ObjectNode root = tree();
    change.accept((ArrayNode) root.at(JsonPointer.compile(pointer)));
    return root.toString();
  }

  static JsonNode node(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
