package dev.govreply.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govreply.model.JsonValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions between the model's {@link JsonValue}s (a reply's extensions) and Jackson 2's
 * {@code JsonNode}s, for an application that keeps its extension data as Jackson 2 trees.
 *
 * <p>A number converts with every digit ({@link JsonNode#decimalValue()} one way, {@code
 * DecimalNode} the other); a binary node becomes its base64 text, as Jackson writes it.
 * Stateless and thread-safe.
 */
public final class JsonValues {
  private JsonValues() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The value of a Jackson 2 tree.
   *
   * @param node a tree; a missing node reads as JSON {@code null}
   * @return the value, deeply converted
   * @throws IllegalArgumentException for a node JSON cannot hold: a non-finite number or a POJO
   *     node
   * @throws NullPointerException when {@code node} is null
   */
  public static JsonValue fromNode(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        node.properties().forEach(e -> members.put(e.getKey(), fromNode(e.getValue())));
        return JsonValue.object(members);
      }
      case ARRAY: {
        List<JsonValue> elements = new ArrayList<>(node.size());
        node.forEach(e -> elements.add(fromNode(e)));
        return JsonValue.array(elements);
      }
      case STRING:
        return JsonValue.of(node.textValue());
      case BOOLEAN:
        return JsonValue.of(node.booleanValue());
      case NUMBER:
        if (node.isFloatingPointNumber() && !node.isBigDecimal()
            && !Double.isFinite(node.doubleValue())) {
          throw new IllegalArgumentException("JSON has no number " + node.doubleValue());
        }
        return JsonValue.of(node.decimalValue());
      case BINARY:
        try {
          return JsonValue.of(Base64.getEncoder().encodeToString(node.binaryValue()));
        } catch (java.io.IOException e) {
          throw new IllegalArgumentException("binary node without bytes", e);
        }
      case NULL:
      case MISSING:
        return JsonValue.nullValue();
      default:
        throw new IllegalArgumentException("a " + node.getNodeType()
            + " node has no JSON value");
    }
  }

  /**
   * The Jackson 2 tree of a value.
   *
   * @param value a value
   * @return a new tree, which the caller may change
   * @throws NullPointerException when {@code value} is null
   */
  public static JsonNode toNode(JsonValue value) {
    if (value instanceof JsonValue.JsonObject o) {
      ObjectNode n = NODES.objectNode();
      o.members().forEach((k, v) -> n.set(k, toNode(v)));
      return n;
    }
    if (value instanceof JsonValue.JsonArray a) {
      ArrayNode n = NODES.arrayNode(a.elements().size());
      a.elements().forEach(e -> n.add(toNode(e)));
      return n;
    }
    if (value instanceof JsonValue.JsonString s) {
      return NODES.textNode(s.value());
    }
    if (value instanceof JsonValue.JsonNumber num) {
      return DecimalNode.valueOf(num.value()); // every digit and the scale, as the value has them
    }
    if (value instanceof JsonValue.JsonBoolean b) {
      return NODES.booleanNode(b.value());
    }
    if (value == null) {
      throw new NullPointerException("value");
    }
    return NODES.nullNode();
  }
}
