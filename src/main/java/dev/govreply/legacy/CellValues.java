package dev.govreply.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govreply.json.ExtensionNodes;
import dev.govreply.model.ExtensionValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The values of ledger cells as the mapper reads them: a cell's text, whatever its value (text of
 * CSV, numbers and booleans of JSON Lines, dates and numbers of maps), and its JSON form in
 * {@code extensions}. Stateless.
 */
final class CellValues {
  private CellValues() {}

  /**
   * What a cell value is when it is no text, in JSON's words — {@code an array} (a JSON array, a
   * {@link Collection}, a Java array), {@code an object} (a JSON object, a {@link Map}),
   * {@code a boolean}, {@code binary data} — or null for a value that has a text ({@link #text}): text, a number, a
   * date, null. A field's text is never the JSON or {@code toString()} of such a value.
   */
  static String notText(Object value) {
    if (value instanceof JsonNode n) {
      return n.isArray() ? "an array" : n.isObject() ? "an object" : n.isBoolean() ? "a boolean"
          : n.isBinary() ? "binary data" : null;
    }
    if (value instanceof Collection<?> || value != null && value.getClass().isArray()) {
      return "an array";
    }
    return value instanceof Map<?, ?> ? "an object" : value instanceof Boolean ? "a boolean" : null;
  }

  /**
   * The text of a cell value that has one ({@link #notText} is null): a {@code CharSequence} as
   * is, a whole number without fraction ({@code 241.0} → {@code 241}), a {@link JsonNode} text or
   * number as its text, others by {@code toString()}; null for null. Not trimmed.
   */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    if (value instanceof JsonNode) {
      JsonNode n = (JsonNode) value;
      if (n.isNull() || n.isMissingNode()) {
        return null;
      }
      if (n.isTextual()) {
        return n.textValue();
      }
      if (n.isNumber()) {
        return text(n.numberValue());
      }
      return n.toString();
    }
    if (value instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) value;
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return value.toString();
    }
    return value.toString();
  }

  /**
   * The JSON form of a cell value for {@code extensions}: text stays text (CSV cells are never
   * guessed to be numbers: {@code 007} stays {@code "007"}), numbers stay numbers, booleans stay
   * booleans, JSON nodes are converted whole; other objects and non-finite numbers become their
   * text. Null for null (and a JSON null).
   */
  static ExtensionValue json(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNode) {
      JsonNode n = (JsonNode) value;
      return n.isMissingNode() || n.isNull() ? null : ExtensionNodes.fromNode(n);
    }
    if (value instanceof CharSequence) {
      return ExtensionValue.of(value.toString());
    }
    if (value instanceof Boolean) {
      return ExtensionValue.of((boolean) (Boolean) value);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte
        || value instanceof Long) {
      return ExtensionValue.of(((Number) value).longValue());
    }
    if (value instanceof BigInteger) {
      return ExtensionValue.of(new BigDecimal((BigInteger) value));
    }
    if (value instanceof BigDecimal) {
      return ExtensionValue.of((BigDecimal) value);
    }
    if (value instanceof Float) { // its own digits, not the double it widens to
      float f = (Float) value;
      return Float.isFinite(f) ? ExtensionValue.of(f) : ExtensionValue.of(value.toString());
    }
    if (value instanceof Double) {
      double d = (Double) value;
      return Double.isFinite(d) ? ExtensionValue.of(d) : ExtensionValue.of(value.toString());
    }
    return ExtensionValue.of(value.toString());
  }

  /**
   * The text with full-width digits (０-９) as ASCII digits, as dates, item numbers, counts and
   * document numbers of cells are read.
   */
  static String asciiDigits(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, (char) ('0' + (c - '０')));
      }
    }
    return sb == null ? s : sb.toString();
  }
}
