package dev.govreply.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govreply.model.ExtensionValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions between the model's {@link ExtensionValue}s (a reply's extensions) and Jackson 2's
 * {@code JsonNode}s, for an application that keeps its extension data as Jackson 2 trees.
 *
 * <p>A number converts with every digit ({@link JsonNode#decimalValue()} one way; an integer
 * node or a {@code DecimalNode} the other, as Jackson reads the number's JSON); a binary node
 * becomes its base64 text, as Jackson writes it.
 * Stateless and thread-safe.
 */
public final class ExtensionNodes {
  private ExtensionNodes() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The value of a Jackson 2 tree.
   *
   * @param node a tree
   * @return the value, deeply converted
   * @throws IllegalArgumentException for a node JSON cannot hold: a non-finite number, a POJO
   *     node or a missing node (which says a value is absent, unlike a JSON null)
   * @throws NullPointerException when {@code node} is null
   */
  public static ExtensionValue fromNode(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT: {
        Map<String, ExtensionValue> members = new LinkedHashMap<>();
        node.properties().forEach(e -> members.put(e.getKey(), fromNode(e.getValue())));
        return ExtensionValue.object(members);
      }
      case ARRAY: {
        List<ExtensionValue> elements = new ArrayList<>(node.size());
        node.forEach(e -> elements.add(fromNode(e)));
        return ExtensionValue.array(elements);
      }
      case STRING:
        return ExtensionValue.of(node.textValue());
      case BOOLEAN:
        return ExtensionValue.of(node.booleanValue());
      case NUMBER:
        if (node.isFloatingPointNumber() && !node.isBigDecimal()
            && !Double.isFinite(node.doubleValue())) {
          throw new IllegalArgumentException("JSON has no number " + node.doubleValue());
        }
        return node.isFloat() ? ExtensionValue.of(node.floatValue()) // its digits, not a double's
            : ExtensionValue.of(node.decimalValue());
      case BINARY:
        try {
          return ExtensionValue.of(Base64.getEncoder().encodeToString(node.binaryValue()));
        } catch (java.io.IOException e) {
          throw new IllegalArgumentException("binary node without bytes", e);
        }
      case NULL:
        return ExtensionValue.nullValue();
      case MISSING:
        throw new IllegalArgumentException("a missing node is no JSON value (a JSON null is)");
      default:
        throw new IllegalArgumentException("a " + node.getNodeType()
            + " node has no JSON value");
    }
  }

  /**
   * The node of a number: an integer (scale 0) as the smallest integer node that holds it, as
   * Jackson reads {@code 5} ({@code IntNode}); any other number as a {@code DecimalNode} with every
   * digit and its scale. Each reads back equal through {@link #fromNode}.
   */
  private static JsonNode number(BigDecimal n) {
    if (n.scale() != 0) {
      return DecimalNode.valueOf(n);
    }
    BigInteger i = n.unscaledValue();
    return i.bitLength() < 32 ? NODES.numberNode(i.intValue())
        : i.bitLength() < 64 ? NODES.numberNode(i.longValue()) : NODES.numberNode(i);
  }

  /**
   * The Jackson 2 tree of a value.
   *
   * @param value a value
   * @return a new tree, which the caller may change
   * @throws NullPointerException when {@code value} is null
   */
  public static JsonNode toNode(ExtensionValue value) {
    if (value instanceof ExtensionValue.JsonObject o) {
      ObjectNode n = NODES.objectNode();
      o.members().forEach((k, v) -> n.set(k, toNode(v)));
      return n;
    }
    if (value instanceof ExtensionValue.JsonArray a) {
      ArrayNode n = NODES.arrayNode(a.elements().size());
      a.elements().forEach(e -> n.add(toNode(e)));
      return n;
    }
    if (value instanceof ExtensionValue.JsonString s) {
      return NODES.textNode(s.value());
    }
    if (value instanceof ExtensionValue.JsonNumber num) {
      return number(num.value());
    }
    if (value instanceof ExtensionValue.JsonBoolean b) {
      return NODES.booleanNode(b.value());
    }
    if (value == null) {
      throw new NullPointerException("value");
    }
    return NODES.nullNode();
  }
}
