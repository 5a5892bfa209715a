package dev.govreply.ledger;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.govreply.strictjson.StrictJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes ledger rows as JSON: one object per row with exactly {@link LedgerRow#KEYS} in order,
 * {@code null} for absent values, {@code []} for empty lists, contacts as objects
 * {@code {"role", "name", "phone"}}; Chinese text as UTF-8, not escaped. Several rows are written
 * as JSON Lines. Stateless and thread-safe.
 */
public final class LedgerJson {
  /** The row's map as databind writes it: nulls kept, keys in order, the writer left open. */
  private static final ObjectWriter WRITER = StrictJson.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build().writer();

  private LedgerJson() {}

  /**
   * One row as a compact JSON object.
   *
   * @param row the row
   * @return the JSON text, without a final newline
   */
  public static String write(LedgerRow row) {
    StringWriter w = new StringWriter(512);
    write(row, w);
    return w.toString();
  }

  /**
   * Writes one row as a compact JSON object (no newline) to {@code out}; does not close it.
   *
   * @param row the row
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   */
  public static void write(LedgerRow row, Writer out) {
    try {
      WRITER.writeValue(out, row.toMap());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes rows as JSON Lines (one object and a newline per row); does not close {@code out}.
   *
   * @param rows the rows
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   */
  public static void writeLines(Iterable<LedgerRow> rows, Writer out) {
    try {
      for (LedgerRow r : rows) {
        write(r, out);
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
