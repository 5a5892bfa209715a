package dev.govreply.legacy;

import static dev.govreply.legacy.RecordSource.MAX_CELL_CHARS;
import static dev.govreply.legacy.RecordSource.MAX_COLUMNS;
import static dev.govreply.legacy.RecordSource.MAX_RAW_CHARS;
import static dev.govreply.legacy.RecordSource.MAX_RECORD_CHARS;

import dev.govreply.legacy.MappingResult.FieldError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV text into records and values (RFC 4180), the one place where CSV is split: values
 * are separated by commas; a value that starts with a quote is quoted — commas, line ends and
 * doubled quotes ({@code ""}) inside are part of it — and ends at the next lone quote; a record
 * ends at a line end outside quotes. A quote inside an unquoted value is a character like any
 * other. Each record keeps its {@link RecordText} (where it starts, the lines it covers, its raw
 * text) and its problems: a quote that is never closed (the record then covers every line to the
 * end of the input), text after a closing quote, bytes that do not decode, a line end decoded
 * where the bytes have none (the rest of that line is kept in the raw text), and the limits — a
 * value over {@link RecordSource#MAX_CELL_CHARS} is not kept (a problem names it), nor are the
 * values after the first {@link RecordSource#MAX_COLUMNS} (the caller tells, knowing whether the
 * record is a header), nor any of a record whose other values are longer than
 * {@link RecordSource#MAX_RECORD_CHARS} in all; the raw text is kept up to
 * {@link RecordSource#MAX_RAW_CHARS}. So memory stays within these limits whatever the input.
 */
final class CsvSplitter {

  /**
   * One record as split.
   *
   * @param text where the record is and its raw text
   * @param values the first {@link RecordSource#MAX_COLUMNS} values; null for a value not kept
   * @param count how many values the record has, kept or not
   * @param problems what is wrong with the record (field {@code record}), in input order
   * @param blank whether the record is a line of nothing but spaces and tabs
   */
  record Split(RecordText text, String[] values, int count, List<FieldError> problems,
      boolean blank) {}

  private enum State {
    /** At the start of a value. */
    START,
    /** In an unquoted value. */
    UNQUOTED,
    /** In a quoted value. */
    QUOTED,
    /** After a quote in a quoted value: it closes the value, or a second quote follows. */
    QUOTE
  }

  private final TextInput in;
  /** The column names, for problems; null while the header is split. */
  private String[] names;

  private final CappedText raw = new CappedText(MAX_RAW_CHARS);
  private final CappedText value = new CappedText(MAX_CELL_CHARS);
  private final List<String> values = new ArrayList<>();
  private int count;
  /** The length of the values within {@link RecordSource#MAX_CELL_CHARS}, in all. */
  private long valueChars;
  private boolean quoted;
  private boolean textAfterQuote;
  private List<FieldError> problems;
  private String decoding;
  private long linesWithBadBytes;

  CsvSplitter(TextInput in) {
    this.in = in;
  }

  /** Names the columns in problems from now on (the header, made unique). */
  void names(String[] header) {
    this.names = header.clone();
  }

  /**
   * The next record, or null at the end of the input.
   *
   * @throws IOException when the input cannot be read
   */
  Split next() throws IOException {
    if (!in.nextLine()) {
      return null;
    }
    long line = in.line();
    long offset = in.lineOffset();
    raw.clear();
    value.clear();
    values.clear();
    count = 0;
    valueChars = 0;
    quoted = false;
    textAfterQuote = false;
    problems = new ArrayList<>(0);
    decoding = null;
    linesWithBadBytes = 0;
    long quoteLine = 0;
    State state = State.START;
    boolean ended = false; // at a line end outside quotes
    int rest = 0; // the characters of the run from the line end that ended the record
    while (!ended) {
      if (!in.more()) {
        lineRead();
        if (state == State.QUOTED) {
          if (in.nextLine()) {
            continue;
          }
          raw.dropLast(in.lineEndChars()); // the line end of the last line closes the record
          problem("the quote that opens the value at line " + quoteLine
              + " is never closed: the record covers lines " + line + "–" + in.line()
              + ", to the end of the input");
        }
        break;
      }
      char[] chars = in.chars();
      int from = in.position();
      int end = in.limit();
      int p = from;
      while (p < end && !ended) {
        char c = chars[p];
        switch (state) {
          case START:
            if (c == '"') {
              state = State.QUOTED;
              quoted = true;
              quoteLine = in.line();
              p++;
            } else if (c == ',') {
              endValue();
              p++;
            } else if (c == '\n' || c == '\r') {
              ended = true;
            } else {
              state = State.UNQUOTED;
            }
            break;
          case UNQUOTED:
            int u = p;
            while (u < end && (c = chars[u]) != ',' && c != '\n' && c != '\r') {
              u++;
            }
            value.append(chars, p, u);
            p = u;
            if (p < end) {
              if (c == ',') {
                endValue();
                state = State.START;
                p++;
              } else {
                ended = true;
              }
            }
            break;
          case QUOTED:
            int q = p;
            while (q < end && chars[q] != '"') {
              q++;
            }
            value.append(chars, p, q);
            p = q;
            if (p < end) {
              state = State.QUOTE;
              p++;
            }
            break;
          case QUOTE:
            if (c == '"') {
              value.append('"');
              state = State.QUOTED;
              p++;
            } else if (c == ',') {
              endValue();
              state = State.START;
              p++;
            } else if (c == '\n' || c == '\r') {
              ended = true;
            } else {
              if (!textAfterQuote) {
                textAfterQuote = true; // the first is named; the record is rejected anyway
                problem("text follows the closing quote of the value at line " + in.line());
              }
              state = State.UNQUOTED;
            }
            break;
          default:
            throw new IllegalStateException(state.toString());
        }
      }
      raw.append(chars, from, p); // without the line end that ends the record
      if (ended) {
        rest = end - p;
      }
    }
    if (ended) {
      restOfLine(rest);
    }
    boolean blank = count == 0 && !quoted && line == in.line() && decoding == null
        && value.blank();
    endValue();
    if (decoding != null) {
      problems.add(0, new FieldError("record", Optional.empty(), Optional.empty(), decoding
          + (linesWithBadBytes > 1 ? " (and on " + Limits.count(linesWithBadBytes - 1)
              + " more lines)" : "") + "; shown as \\xHH in the raw text"));
    }
    String[] kept = values.toArray(new String[0]);
    if (valueChars > MAX_RECORD_CHARS) {
      Arrays.fill(kept, null);
      problems.add(Limits.valuesTooLong(valueChars));
    }
    RecordText text = new RecordText(line, in.line() - line + 1, offset, raw.toString(),
        raw.length());
    return new Split(text, kept, count, problems, blank);
  }

  /**
   * Reads the rest of the line after the line end that ended the record, whose first
   * {@code rest} characters end the current run. They should be the line end the bytes have;
   * more characters mean that the charset decoded a line end where the bytes have none (a
   * charset whose line ends the bytes do not show as it decodes them). Those characters are not
   * dropped: they stay in the raw text and the record has a problem that says so.
   */
  private void restOfLine(int rest) throws IOException {
    long before = raw.length();
    raw.append(in.chars(), in.limit() - rest, in.limit());
    while (in.more()) {
      raw.append(in.chars(), in.position(), in.limit());
    }
    lineRead();
    long after = raw.length() - before - in.lineEndChars();
    if (after <= 0) {
      raw.dropLast(raw.length() - before); // only the line end
      return;
    }
    raw.dropLast(in.lineEndChars());
    problems.add(new FieldError("record", Optional.empty(), Optional.empty(), "line " + in.line()
        + " has a line end decoded in " + in.charset() + " where its bytes have none; the "
        + Limits.count(after) + " characters from it to the end of the line are not read as"
        + " values (they are in the raw text); the charset may not be the input's"));
  }

  /** Notes the decoding problem of the line just read, if any. */
  private void lineRead() {
    String p = in.decodingProblem();
    if (p != null) {
      linesWithBadBytes++;
      if (decoding == null) {
        decoding = p;
      }
    }
  }

  /** Ends the value being read: kept when within the limits. */
  private void endValue() {
    count++;
    if (count <= MAX_COLUMNS) {
      String v = null;
      if (value.over()) {
        problems.add(Limits.cellTooLong(column(count - 1), value.length()));
      } else {
        valueChars += value.length();
        if (valueChars <= MAX_RECORD_CHARS) {
          v = value.toString();
        }
      }
      values.add(v);
    }
    value.clear();
  }

  /** How problems name the value at {@code index}: its column, else {@code #n}. */
  private String column(int index) {
    return names != null && index < names.length ? names[index] : "#" + (index + 1);
  }

  private void problem(String reason) {
    problems.add(new FieldError("record", Optional.of(column(count)), Optional.empty(),
        "malformed CSV: " + reason));
  }
}
