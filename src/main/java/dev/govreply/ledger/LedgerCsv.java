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
 *
 * <p><b>Formulas.</b> Clerks open ledgers in spreadsheets (Excel, WPS), which run a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula — {@code =cmd|' /C
 * calc'!A0}, {@code =HYPERLINK(…)}, {@code @SUM(1+1)} — and treat a leading TAB or CR likewise.
 * By default ({@link Formulas#NEUTRALISED}) such a cell is written with a leading apostrophe
 * {@code '} (OWASP's rule for CSV injection), so the spreadsheet shows the text instead of running
 * it: {@code =1+1} is written {@code '=1+1}. The apostrophe is part of the CSV data; a program that
 * reads the file as data, not as a spreadsheet, asks for {@link Formulas#RAW}.
 *
 * <p>No ledger value needs a leading {@code -} or {@code +}: the one number, {@code
 * addresseeCount}, is never negative; a phone never starts with {@code -} or {@code +} in
 * canonical form and is written inside the contacts cell, which starts with the role. So a cell
 * starting with one of these characters comes from document text, and is neutralised like any
 * other.
 */
public final class LedgerCsv {
  /** The separator of list elements inside one field. */
  public static final String LIST_SEPARATOR = "；";

  /** How cells that a spreadsheet would run as a formula are written. */
  public enum Formulas {
    /**
     * A cell starting with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR gets a leading
     * {@code '} (the default).
     */
    NEUTRALISED,
    /** Every cell is written as it is. */
    RAW
  }

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
   * One row as a CSV record, with its CRLF; formulas {@linkplain Formulas#NEUTRALISED
   * neutralised}.
   *
   * @param row the row
   * @return the record
   */
  public static String row(LedgerRow row) {
    return row(row, Formulas.NEUTRALISED);
  }

  /**
   * One row as a CSV record, with its CRLF.
   *
   * @param row the row
   * @param formulas how cells that a spreadsheet would run as a formula are written
   * @return the record
   */
  public static String row(LedgerRow row, Formulas formulas) {
    StringBuilder sb = new StringBuilder(256);
    boolean first = true;
    for (Map.Entry<String, Object> e : row.toMap().entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      String cell = field(e.getKey(), e.getValue(), row);
      sb.append(quote(formulas == Formulas.RAW ? cell : neutralise(cell)));
    }
    return sb.append("\r\n").toString();
  }

  /**
   * Writes the header and one record per row, formulas {@linkplain Formulas#NEUTRALISED
   * neutralised}; does not close {@code out}.
   *
   * @param rows the rows
   * @param out where to write (use UTF-8)
   * @throws UncheckedIOException when writing fails
   */
  public static void write(Iterable<LedgerRow> rows, Writer out) {
    write(rows, out, Formulas.NEUTRALISED);
  }

  /**
   * Writes the header and one record per row; does not close {@code out}.
   *
   * @param rows the rows
   * @param out where to write (use UTF-8)
   * @param formulas how cells that a spreadsheet would run as a formula are written
   * @throws UncheckedIOException when writing fails
   */
  public static void write(Iterable<LedgerRow> rows, Writer out, Formulas formulas) {
    try {
      out.write(header());
      for (LedgerRow r : rows) {
        out.write(row(r, formulas));
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

  /**
   * The cell with a leading {@code '} when it starts with {@code =}, {@code +}, {@code -},
   * {@code @}, TAB or CR (OWASP); else the cell as it is.
   */
  static String neutralise(String cell) {
    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
      return cell;
    }
    return "'" + cell;
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
