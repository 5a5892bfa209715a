package dev.govreply.model;

import java.util.List;

/** Invariant checks shared by the value types; failures are {@link MalformedValueException}s. */
final class Checks {
  private Checks() {}

  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new MalformedValueException(field, value, -1, "must not be blank");
    }
  }

  static void noBlankElements(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
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
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        throw new MalformedValueException(field, value, i, "must not contain a line break");
      }
    }
  }
}
