package dev.govreply.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes ledger rows as JSON: one object per row with exactly {@link LedgerRow#KEYS} in order,
 * {@code null} for absent values, {@code []} for empty lists, contacts as objects
 * {@code {"role", "name", "phone"}}; Chinese text as UTF-8, not escaped. Several rows are written
 * as JSON Lines. Stateless and thread-safe.
 */
public final class LedgerJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

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
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      for (Map.Entry<String, Object> e : row.toMap().entrySet()) {
        g.writeFieldName(e.getKey());
        value(g, e.getValue());
      }
      g.writeEndObject();
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

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeString(String.valueOf(v));
    }
  }
}
