package dev.govreply.model;

import java.util.List;

/**
 * Invariant checks shared by the value types; failures are {@link MalformedValueException}s.
 *
 * <p>Every string of a reply enters through one of the checks of text ({@link #notBlank}, {@link
 * #noBlankElements}, {@link #singleLine}), and each of them first checks its length ({@link
 * #withinLimit}): no value holds a string longer than {@link Limits#MAX_STRING_LENGTH}.
 */
final class Checks {
  private Checks() {}

  /** How much of an over-long string an exception shows. */
  private static final int SHOWN = 40;

  /**
   * Refuses a string longer than {@link Limits#MAX_STRING_LENGTH}, naming the field and the
   * length; the exception's text is the string's start, not all of it.
   */
  static void withinLimit(String field, String value) {
    if (value.length() > Limits.MAX_STRING_LENGTH) {
      throw new MalformedValueException(field, value.substring(0, SHOWN) + "…", -1,
          "is " + value.length() + " chars long, longer than the longest string a reply may hold ("
              + Limits.MAX_STRING_LENGTH + " chars, Limits.MAX_STRING_LENGTH)");
    }
  }

  static void notBlank(String field, String value) {
    withinLimit(field, value);
    if (value.isBlank()) {
      throw new MalformedValueException(field, value, -1, "must not be blank");
    }
  }

  static void noBlankElements(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).length() > Limits.MAX_STRING_LENGTH) {
        withinLimit(field + "[" + i + "]", values.get(i));
      }
      if (values.get(i).isBlank()) {
        throw new MalformedValueException(field + "[" + i + "]", values.get(i), -1,
            "must not be blank");
      }
    }
  }

  static void positive(String field, int value) {
    if (value < 1) {
      throw new MalformedValueException(field, Integer.toString(value), 0,
          "must be 1 or more");
    }
  }

  /** Lines of an unrecognized block may be blank, but may not contain line breaks. */
  static void singleLine(String field, String value) {
    withinLimit(field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        throw new MalformedValueException(field, value, i, "must not contain a line break");
      }
    }
  }
}
