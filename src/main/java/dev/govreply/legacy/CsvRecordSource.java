package dev.govreply.legacy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * CSV records with jackson-dataformat-csv: each row is read as an array of strings
 * ({@link CsvParser.Feature#WRAP_AS_ARRAY}) and paired with the header here, so that a row with
 * more or fewer values than the header is a record with a problem (reading rows as maps with a
 * header schema throws on extra values and silently accepts missing ones). A row with as many
 * values as the header has columns is kept as a {@link CsvRow} over the header it shares with the
 * other rows, without copying into a map.
 */
final class CsvRecordSource extends ReadAheadRecordSource {
  private static final CsvMapper CSV = new CsvMapper();

  private final InputStream raw;
  private MappingIterator<String[]> rows;
  private String[] header;
  /** The header, shared by the rows that have as many values as it has columns. */
  private CsvRow.Header rowHeader;
  private long number;
  private Charset charset;
  private long lastErrorOffset = -2;

  CsvRecordSource(InputStream in, Charset given) {
    this.raw = in;
    try {
      Charsets.Opened opened = Charsets.open(in, given, null);
      charset = opened.charset();
      rows = CSV.readerFor(String[].class)
          .with(CsvParser.Feature.WRAP_AS_ARRAY)
          .with(CsvParser.Feature.SKIP_EMPTY_LINES)
          .readValues(opened.reader());
      readHeader();
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  /** The charset the input is decoded with; null when it could not be opened. */
  Charset charset() {
    return charset;
  }

  @Override
  public List<String> columns() {
    return header == null ? List.of() : List.of(header);
  }

  private void readHeader() throws IOException {
    if (!rows.hasNextValue()) {
      end();
      return;
    }
    String[] names = rows.nextValue();
    Set<String> seen = new HashSet<>();
    header = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      String n = names[i] == null ? "" : Converters.strip(names[i]);
      if (i == 0 && n.startsWith("\uFEFF")) {
        n = n.substring(1);
      }
      if (n.isEmpty()) {
        n = "column" + (i + 1);
      }
      String unique = n;
      for (int k = 2; !seen.add(unique); k++) {
        unique = n + "#" + k;
      }
      header[i] = unique;
    }
    rowHeader = new CsvRow.Header(header);
  }

  private void fail(Exception e) {
    end(describe(e));
  }

  private static boolean fatal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return true;
      }
    }
    return !(e instanceof IOException) && !(e instanceof RuntimeException);
  }

  @Override
  Record read() {
    long line = -1;
    try {
      if (!rows.hasNextValue()) {
        end();
        return null;
      }
      JsonLocation at = rows.getParser().currentLocation();
      line = at == null ? -1 : at.getLineNr();
      String[] values = rows.nextValue();
      number++;
      return record(values, line);
    } catch (IOException | RuntimeException e) {
      number++;
      String problem = describe(e);
      long offset = rows.getParser().currentLocation().getCharOffset();
      if (fatal(e)) {
        end("cannot decode the input as " + charset + ": " + problem);
      } else if (offset == lastErrorOffset) {
        // the parser does not move on after this error: stop rather than loop
        end("cannot read on after: " + problem);
      }
      lastErrorOffset = offset;
      return rejected(number, line > 0 ? OptionalLong.of(line) : OptionalLong.empty(),
          "malformed CSV: " + problem, Optional.empty());
    }
  }

  private Record record(String[] values, long line) {
    if (values.length == header.length) {
      return new Record(number, line > 0 ? OptionalLong.of(line) : OptionalLong.empty(),
          new CsvRow(rowHeader, values), Optional.empty(), Optional.empty());
    }
    Map<String, Object> map = new LinkedHashMap<>();
    int n = Math.min(values.length, header.length);
    for (int i = 0; i < n; i++) {
      map.put(header[i], values[i]);
    }
    Optional<String> problem = Optional.empty();
    if (values.length != header.length) {
      for (int i = n; i < values.length; i++) {
        map.put("#" + (i + 1), values[i]);
      }
      problem = Optional.of("malformed CSV: the row has " + values.length + " values, the header "
          + header.length);
    }
    return new Record(number, line > 0 ? OptionalLong.of(line) : OptionalLong.empty(), map,
        problem, Optional.empty());
  }

  @Override
  public void close() {
    try {
      if (rows != null) {
        rows.close();
      }
    } catch (IOException | RuntimeException e) {
      // closing a read-only input: nothing to report
    }
    try {
      raw.close();
    } catch (IOException e) {
      // as above
    }
  }
}
