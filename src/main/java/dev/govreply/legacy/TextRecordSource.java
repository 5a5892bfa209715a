package dev.govreply.legacy;

import dev.govreply.legacy.MappingResult.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * What the sources of a text input (CSV, JSON Lines) share: the {@link TextInput}, reading one
 * record ahead ({@link #hasNext()} reads it with {@link #read()} and keeps it for {@link #next()}),
 * numbering the records, the account of the input's lines ({@link #lines()}), and ending early:
 * {@link #stop(String)} counts the lines left unread, and an I/O error while reading is a record
 * with the problem that ends the source.
 */
abstract class TextRecordSource implements RecordSource {
  private final InputStream raw;
  /** The input; null when it could not be opened (then the source has ended). */
  private TextInput input;
  private Record pending;
  private boolean done;
  private String failure;
  private long number;
  private long header;
  private long blank;
  private long inRecords;
  private long notRead;
  private Lines.Longest longest;

  /**
   * Opens {@code in} as text (see {@link TextInput#open}); when it cannot be read, the source
   * ends, counting the lines not read when no charset can be told for them.
   */
  TextRecordSource(InputStream in, Charset given, Charset fallback) {
    this.raw = in;
    try {
      input = TextInput.open(in, given, fallback);
    } catch (TextInput.UnknownCharset e) {
      done = true;
      notRead = e.lines;
      failure = "cannot read the input: " + describe(e) + unreadLines(0, notRead);
    } catch (IOException | RuntimeException e) {
      done = true;
      failure = "cannot read the input: " + describe(e);
    }
  }

  /** The input, or null when it could not be opened. */
  final TextInput input() {
    return input;
  }

  /**
   * Reads the next record; called only while the source has not ended.
   *
   * @return the record ({@link #record}), or null at the end of the input
   * @throws IOException when the input cannot be read
   */
  abstract Record read() throws IOException;

  /** The next record: numbered, its lines counted. */
  final Record record(RecordText text, Map<String, Object> values, List<FieldError> problems) {
    number++;
    inRecords += text.lines();
    if (longest == null || text.lines() > longest.lines()) {
      longest = new Lines.Longest(number, text.line(), text.lines());
    }
    return new Record(number, Optional.of(text), values, problems);
  }

  /** Whether a record has been read. */
  final boolean anyRecord() {
    return number > 0;
  }

  /** Counts a blank line, which is no record. */
  final void blankLine() {
    blank++;
  }

  /** Counts the lines of a header. */
  final void headerLines(long lines) {
    header += lines;
  }

  /**
   * Ends the source early, after the current line: {@link #failure()} gives {@code why} and the
   * lines left unread, which {@link #lines()} counts.
   */
  final void stop(String why) {
    done = true;
    String rest;
    try {
      long last = input.line();
      notRead = input.countRest();
      rest = unreadLines(last, notRead);
    } catch (IOException | RuntimeException e) {
      rest = "; the rest of the input cannot be read: " + describe(e);
    }
    failure = why + rest;
  }

  /** How the failure names the {@code n} lines after line {@code last} that are not read. */
  private static String unreadLines(long last, long n) {
    return n == 0 ? "" : n == 1 ? "; line " + (last + 1) + " is not read"
        : "; lines " + (last + 1) + "–" + (last + n) + " (" + Limits.count(n) + ") are not read";
  }

  @Override
  public final boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      pending = read();
    } catch (IOException | RuntimeException e) {
      // the input cannot be read on: the record being read carries the error
      String why = "cannot read on at line " + input.line() + ", byte offset "
          + input.lineOffset() + ": " + describe(e);
      number++;
      pending = new Record(number, Optional.empty(), Map.of(), List.of(
          new FieldError("record", Optional.empty(), Optional.empty(), why)));
      done = true;
      failure = why + "; the rest of the input is not read";
    }
    if (pending == null) {
      done = true;
    }
    return pending != null;
  }

  @Override
  public final Record next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Record r = pending;
    pending = null;
    return r;
  }

  @Override
  public final Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public final Optional<CharsetGuess> charsetGuess() {
    return input == null ? Optional.empty() : input.charsetGuess();
  }

  @Override
  public final Optional<Lines> lines() {
    return Optional.of(new Lines(header, blank, inRecords, notRead, Optional.ofNullable(longest)));
  }

  @Override
  public void close() {
    try {
      if (input != null) {
        input.close();
      }
      raw.close();
    } catch (IOException e) {
      // closing a read-only input: nothing to report
    }
  }

  /** The first line of the message of {@code e} (its {@code toString()} when it has none). */
  static String describe(Throwable e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
