package dev.govreply.legacy;

import dev.govreply.internal.Chars;
import dev.govreply.legacy.MappingResult.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CSV records: the records {@link CsvSplitter} splits, paired with the header here. A row with as
 * many values as the header has columns is kept as a {@link CsvRow} over the header it shares with
 * the other rows, without copying into a map; a row with more or fewer values is a record with a
 * problem, its values kept in a map (the extra ones as {@code #n}). Blank lines are not records.
 */
final class CsvRecordSource extends TextRecordSource {
  private CsvSplitter splitter;
  /** The header, shared by the rows that have as many values as it has columns. */
  private CsvRow.Header header;

  CsvRecordSource(InputStream in, Charset given) {
    super(in, given, null);
    if (input() == null) {
      return;
    }
    splitter = new CsvSplitter(input());
    try {
      readHeader();
    } catch (IOException | RuntimeException e) {
      stop("cannot read the header: " + describe(e));
    }
  }

  /** The charset the input is decoded with; null when it could not be opened. */
  Charset charset() {
    return input() == null ? null : input().charset();
  }

  @Override
  public List<String> columns() {
    return header == null ? List.of() : header.names();
  }

  /** The next record that is not a blank line, or null at the end of the input. */
  private CsvSplitter.Split nextSplit() throws IOException {
    CsvSplitter.Split s;
    while ((s = splitter.next()) != null && s.blank()) {
      blankLine();
    }
    return s;
  }

  private void readHeader() throws IOException {
    CsvSplitter.Split h = nextSplit();
    if (h == null) {
      boolean blank = lines().orElseThrow().blank() > 0;
      stop(blank ? "the input has no header: every line is blank"
          : "the input is empty: it has no header");
      return;
    }
    RecordText at = h.text();
    headerLines(at.lines());
    List<FieldError> problems = new ArrayList<>(h.problems());
    if (h.count() > RecordSource.MAX_COLUMNS) {
      problems.add(new FieldError("record", Optional.empty(), Optional.empty(), "the header has "
          + Limits.count(h.count()) + " columns, over the limit of "
          + Limits.count(RecordSource.MAX_COLUMNS)));
    }
    if (!problems.isEmpty()) {
      stop("cannot read the header (line " + at.line() + ", byte offset " + at.offset() + "): "
          + problems.stream().map(p -> p.column().map(c -> "value " + c + ": ").orElse("")
              + p.reason()).collect(Collectors.joining("; ")));
      return;
    }
    String[] names = uniqueNames(h.values());
    header = new CsvRow.Header(names);
    splitter.names(names);
  }

  /**
   * The column names of a header, unique: a name is stripped, an empty one becomes
   * {@code column<n>} (n from 1), a name seen before gets the first free suffix {@code #2},
   * {@code #3}, … Each name remembers its next suffix, so that many repeats take linear time.
   */
  static String[] uniqueNames(String[] values) {
    String[] names = new String[values.length];
    Set<String> taken = new HashSet<>();
    Map<String, Integer> nextSuffix = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      String n = values[i] == null ? "" : Chars.strip(values[i]);
      if (n.isEmpty()) {
        n = "column" + (i + 1);
      }
      String unique = n;
      if (!taken.add(n)) {
        int k = nextSuffix.getOrDefault(n, 2);
        do {
          unique = n + "#" + k++;
        } while (!taken.add(unique));
        nextSuffix.put(n, k);
      }
      names[i] = unique;
    }
    return names;
  }

  @Override
  Record read() throws IOException {
    CsvSplitter.Split s = nextSplit();
    if (s == null) {
      return null;
    }
    List<FieldError> problems = s.problems();
    String[] values = s.values();
    if (s.count() == header.size()) {
      return record(s.text(), new CsvRow(header, values), problems);
    }
    Map<String, Object> map = new LinkedHashMap<>();
    int n = Math.min(values.length, header.size());
    for (int i = 0; i < n; i++) {
      map.put(header.name(i), values[i]);
    }
    for (int i = n; i < values.length; i++) {
      map.put("#" + (i + 1), values[i]);
    }
    List<FieldError> all = new ArrayList<>(problems);
    if (s.count() > RecordSource.MAX_COLUMNS) {
      all.add(Limits.tooManyValues(s.count()));
    }
    all.add(new FieldError("record", Optional.empty(), Optional.empty(), "malformed CSV: the row"
        + " has " + Limits.count(s.count()) + " values, the header " + header.size()));
    return record(s.text(), map, all);
  }
}
