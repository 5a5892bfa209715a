package dev.govreply.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes ledger rows as CSV (RFC 4180): a header with {@link LedgerRow#KEYS} in order, one record
 * per row, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF (quotes doubled).
 * Lists are joined with "；" (U+FF1B); contacts are written {@code ROLE:name:phone}; absent values
 * are empty fields. Write the text as UTF-8. Stateless and thread-safe.
 */
public final class LedgerCsv {
  /** The separator of list elements inside one field. */
  public static final String LIST_SEPARATOR = "；";

  private LedgerCsv() {}

  /**
   * The header record, with its CRLF.
   *
   * @return the header
   */
  public static String header() {
    return String.join(",", LedgerRow.KEYS) + "\r\n";
  }

  /**
   * One row as a CSV record, with its CRLF.
   *
   * @param row the row
   * @return the record
   */
  public static String row(LedgerRow row) {
    StringBuilder sb = new StringBuilder(256);
    boolean first = true;
    for (Map.Entry<String, Object> e : row.toMap().entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append(quote(field(e.getKey(), e.getValue(), row)));
    }
    return sb.append("\r\n").toString();
  }

  /**
   * Writes the header and one record per row; does not close {@code out}.
   *
   * @param rows the rows
   * @param out where to write (use UTF-8)
   * @throws UncheckedIOException when writing fails
   */
  public static void write(Iterable<LedgerRow> rows, Writer out) {
    try {
      out.write(header());
      for (LedgerRow r : rows) {
        out.write(row(r));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String field(String key, Object v, LedgerRow row) {
    if (v == null) {
      return "";
    }
    if (key.equals("contacts")) {
      StringBuilder sb = new StringBuilder();
      for (LedgerContact c : row.contacts()) {
        if (sb.length() > 0) {
          sb.append(LIST_SEPARATOR);
        }
        sb.append(c.toCsvField());
      }
      return sb.toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder sb = new StringBuilder();
      for (Object o : list) {
        if (sb.length() > 0) {
          sb.append(LIST_SEPARATOR);
        }
        sb.append(o);
      }
      return sb.toString();
    }
    return String.valueOf(v);
  }

  /** The field quoted per RFC 4180 when needed. */
  static String quote(String s) {
    boolean needs = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        needs = true;
        break;
      }
    }
    if (!needs) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
