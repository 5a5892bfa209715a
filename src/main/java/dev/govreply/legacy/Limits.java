package dev.govreply.legacy;

import static dev.govreply.legacy.RecordSource.MAX_CELL_CHARS;
import static dev.govreply.legacy.RecordSource.MAX_COLUMNS;
import static dev.govreply.legacy.RecordSource.MAX_RECORD_CHARS;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govreply.legacy.MappingResult.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The limits of a record ({@link RecordSource#MAX_COLUMNS}, {@link RecordSource#MAX_CELL_CHARS},
 * {@link RecordSource#MAX_RECORD_CHARS}) and the problems that name a record over them: each
 * problem is worded here once, whichever source finds it.
 */
final class Limits {
  private Limits() {}

  /** A number as people read it: {@code 1,048,576}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The problem of a value over {@link RecordSource#MAX_CELL_CHARS}: names the column and length. */
  static FieldError cellTooLong(String column, long length) {
    return new FieldError("record", Optional.of(column), Optional.empty(), "the value is "
        + count(length) + " characters long, over the limit of " + count(MAX_CELL_CHARS)
        + "; it is not kept");
  }

  /** The problem of a record with more than {@link RecordSource#MAX_COLUMNS} values. */
  static FieldError tooManyValues(long values) {
    return new FieldError("record", Optional.empty(), Optional.empty(), "the record has "
        + count(values) + " values, over the limit of " + count(MAX_COLUMNS) + " columns; the first "
        + count(MAX_COLUMNS) + " are kept");
  }

  /**
   * The problem of a record whose values (each within {@link RecordSource#MAX_CELL_CHARS}) are
   * longer in all than {@link RecordSource#MAX_RECORD_CHARS}.
   */
  static FieldError valuesTooLong(long length) {
    return new FieldError("record", Optional.empty(), Optional.empty(), "the values of the record"
        + " are " + count(length) + " characters long in all, over the limit of "
        + count(MAX_RECORD_CHARS) + "; they are not kept");
  }

  /** The problem of a line (a JSON Lines record) longer than {@link RecordSource#MAX_RECORD_CHARS}. */
  static FieldError lineTooLong(long length) {
    return new FieldError("record", Optional.empty(), Optional.empty(), "the line is "
        + count(length) + " characters long, over the limit of " + count(MAX_RECORD_CHARS)
        + "; its values are not read");
  }

  /**
   * The values a record keeps of {@code values} (from a map or a JSON object, in their order), and
   * the problems of those over the limits added to {@code problems}: the first
   * {@link RecordSource#MAX_COLUMNS} entries are kept, each but a text (or JSON text) longer than
   * {@link RecordSource#MAX_CELL_CHARS}.
   */
  static Map<String, Object> kept(Map<String, ?> values, List<FieldError> problems) {
    Map<String, Object> out = new LinkedHashMap<>();
    long n = 0;
    for (Map.Entry<String, ?> e : values.entrySet()) {
      if (++n > MAX_COLUMNS) {
        continue;
      }
      Object v = e.getValue();
      long length = v instanceof CharSequence ? ((CharSequence) v).length()
          : v instanceof JsonNode && ((JsonNode) v).isTextual()
              ? ((JsonNode) v).textValue().length() : 0;
      if (length > MAX_CELL_CHARS) {
        problems.add(cellTooLong(e.getKey(), length));
      } else {
        out.put(e.getKey(), v);
      }
    }
    if (n > MAX_COLUMNS) {
      problems.add(tooManyValues(n));
    }
    return out;
  }
}
