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
   * Why a cell value has no text ({@link #text}), or null when it has one (text, a number, a
   * date, null): {@code expected text, got an array} (a JSON array, a {@link Collection}, a Java
   * array), {@code … an object} (a JSON object, a {@link Map}), {@code … a boolean},
   * {@code … binary data}; or a number whose plain form ({@code 1E-2000000000} written out) would
   * be longer than {@link RecordSource#MAX_CELL_CHARS}, measured before it is made. A field's text
   * is never the JSON or {@code toString()} of such a value.
   */
  static String noText(Object value) {
    String kind = null;
    if (value instanceof JsonNode n) {
      if (n.isNumber()) {
        return noText(n.numberValue());
      }
      kind = n.isArray() ? "an array" : n.isObject() ? "an object" : n.isBoolean() ? "a boolean"
          : n.isBinary() ? "binary data" : null;
    } else if (value instanceof Collection<?> || value != null && value.getClass().isArray()) {
      kind = "an array";
    } else if (value instanceof Map<?, ?>) {
      kind = "an object";
    } else if (value instanceof Boolean) {
      kind = "a boolean";
    } else if (value instanceof BigDecimal d && plainLength(d) > RecordSource.MAX_CELL_CHARS) {
      return "the number " + d + " is " + Limits.count(plainLength(d)) + " characters long"
          + " written out, over the limit of " + Limits.count(RecordSource.MAX_CELL_CHARS);
    }
    return kind == null ? null : "expected text, got " + kind;
  }

  /**
   * The length of the plain form of {@code d} as {@link #text} writes it (trailing zeros
   * stripped, no exponent), worked out without making it.
   */
  static long plainLength(BigDecimal d) {
    if (d.signum() == 0) {
      return 1;
    }
    BigDecimal t = d.stripTrailingZeros();
    long precision = t.precision();
    long scale = t.scale();
    // the digits and zeros before the point; or "0." and zeros, or digits and the point
    long digits = scale <= 0 ? precision - scale : Math.max(precision, scale + 1) + 1;
    return digits + (t.signum() < 0 ? 1 : 0);
  }

  /**
   * The text of a cell value that has one ({@link #noText} is null): a {@code CharSequence} as
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
      if (plainLength(d) > RecordSource.MAX_CELL_CHARS) { // never made: it could be gigabytes
        throw new IllegalArgumentException(noText(d));
      }
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
