package dev.govreply.json;

import dev.govreply.model.ExtensionValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Wording and pointers of the JSON errors, the same for both Jackson lines. */
final class JsonText {

  private JsonText() {}

  /** A quoted, shortened form of a string for messages. */
  static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("\"");
    int n = Math.min(s.length(), 80);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (s.length() > n) {
      sb.append("…");
    }
    return sb.append('"').toString();
  }

  /** A property name as one segment of a JSON Pointer (RFC 6901). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** The JSON Pointer of a path of property names (strings) and array indexes (integers). */
  static String pointer(List<Object> path) {
    StringBuilder sb = new StringBuilder();
    for (Object segment : path) {
      sb.append('/').append(segment instanceof String s ? escape(s) : segment);
    }
    return sb.toString();
  }

  /** {@code measure.paragraphs[2]} (a model field) → {@code [paragraphs, 2]}. */
  static List<Object> fieldPath(String field) {
    int dot = field.indexOf('.');
    String rest = dot >= 0 ? field.substring(dot + 1) : field;
    List<Object> path = new ArrayList<>();
    for (String part : rest.split("\\.")) {
      int bracket = part.indexOf('[');
      if (bracket >= 0 && part.endsWith("]")) {
        path.add(part.substring(0, bracket));
        path.add(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
      } else {
        path.add(part);
      }
    }
    return path;
  }

  /**
   * Whether the text {@code n} is written as ({@link BigDecimal#toString()}) reads back: not when
   * its exponent leaves the range of a {@code BigDecimal}'s ({@code 10e2147483647} is read, but
   * written {@code 1.0E+2147483648}). Such a number is neither read nor written.
   */
  static boolean readsBack(BigDecimal n) {
    try {
      new BigDecimal(n.toString());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Why an extension property name cannot be written, or null when it can: JSON parsers refuse
   * unpaired surrogate escapes in property names (not in values).
   */
  static String unwritableName(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format("extension property name %s has an unpaired surrogate U+%04X at "
            + "index %d, which JSON property names cannot hold", quote(s), (int) c, i);
      }
    }
    return null;
  }

  /** Whether {@code s} holds a UTF-16 surrogate. */
  static boolean hasSurrogates(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        return true;
      }
    }
    return false;
  }

  /** Refuses bytes that are not UTF-8 but UTF-16 or UTF-32 (a zero byte or a BOM first). */
  static void checkEncoding(byte[] b, int n) {
    if (n >= 2 && (b[0] == 0 || b[1] == 0 || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      throw new ReplyJsonException("", 1, 1,
          "the document is not UTF-8 (it looks like UTF-16 or UTF-32)", null);
    }
  }

  /** The length of {@code s} in UTF-8 bytes. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < len
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * A token of either Jackson line in words, for messages.
   *
   * @param token the name of the token's constant ({@code START_OBJECT}), null for the end of the
   *     input
   */
  static String describe(String token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case "START_OBJECT":
        return "an object";
      case "START_ARRAY":
        return "an array";
      case "END_OBJECT":
        return "the end of an object";
      case "END_ARRAY":
        return "the end of an array";
      case "FIELD_NAME":
      case "PROPERTY_NAME":
        return "a property name";
      case "VALUE_STRING":
        return "a string";
      case "VALUE_NUMBER_INT":
        return "an integer";
      case "VALUE_NUMBER_FLOAT":
        return "a number";
      case "VALUE_TRUE":
      case "VALUE_FALSE":
        return "a boolean";
      case "VALUE_NULL":
        return "null";
      default:
        return token;
    }
  }

  /** What an extension value of a kind is, in words ({@code JsonObject} → an object). */
  static String kind(Class<?> kind) {
    if (kind == ExtensionValue.JsonObject.class) {
      return "an object";
    } else if (kind == ExtensionValue.JsonArray.class) {
      return "an array";
    } else if (kind == ExtensionValue.JsonString.class) {
      return "a string";
    } else if (kind == ExtensionValue.JsonNumber.class) {
      return "a number";
    } else if (kind == ExtensionValue.JsonBoolean.class) {
      return "a boolean";
    }
    return "null";
  }
}
