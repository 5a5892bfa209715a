package dev.govreply.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A stream of legacy records, read lazily one at a time so that memory stays flat whatever the
 * input size: a CSV file with a header row ({@link #csv(InputStream, Charset)}), JSON Lines
 * ({@link #jsonLines(InputStream, Charset)}), or any {@link Iterable} of maps
 * ({@link #of(Iterable)}, e.g. rows read through JDBC).
 *
 * <p>Every record of the input yields exactly one {@link Record}, numbered from 1; blank lines are
 * not records. A record that cannot be read — a CSV row with more or fewer values than the header,
 * a quote that is never closed, a line that is not a JSON object, bytes that do not decode in the
 * charset, a record over the limits below — is still yielded, with its
 * {@linkplain Record#problems() problems} and, from a text input, its {@link RecordText} (line,
 * byte offset, raw text), and the mapper rejects it; reading goes on with the next record.
 * {@link #next()} never throws for bad input. Only an input that cannot be read on (an I/O error,
 * a CSV whose charset cannot be told, a CSV header that cannot be read or is missing, as in an
 * empty CSV) ends the source early: {@link #failure()} tells where, and {@link #lines()} counts
 * the lines left unread.
 *
 * <p>Limits, so that no input can take unbounded memory or time: a record has at most
 * {@value #MAX_COLUMNS} columns, a value at most {@value #MAX_CELL_CHARS} characters, a record
 * read into values at most {@value #MAX_RECORD_CHARS} characters (see there); a record over a
 * limit is a record with a problem that names the limit (and the column), a CSV header over one
 * ends the source. A record's raw text is kept up to {@value #MAX_RAW_CHARS} characters.
 *
 * <pre>{@code
 * try (RecordSource source = RecordSource.csv(Path.of("ledger.csv"), null)) {  // charset detected
 *   while (source.hasNext()) {
 *     MappingResult r = mapper.map(source.next());
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one reader at a time. Close it to release the input.
 */
public interface RecordSource extends Iterator<RecordSource.Record>, AutoCloseable {

  /** The most columns (values) of a record or a CSV header. */
  int MAX_COLUMNS = 10_000;

  /** The most characters of one value (a CSV cell, a JSON string): 1 Mi, as the model allows. */
  int MAX_CELL_CHARS = 1 << 20;

  /**
   * The most characters of a record read into values, 8 Mi: of a CSV record's values in all (a
   * value over {@link #MAX_CELL_CHARS} not counted, as it is not kept), of a JSON line.
   */
  int MAX_RECORD_CHARS = 8 << 20;

  /** The most characters of a record's raw text kept ({@link RecordText}): 64 Ki. */
  int MAX_RAW_CHARS = 64 << 10;

  /**
   * One record as read: its number (from 1), where it stood in a text input and its raw text
   * (CSV, JSON Lines), its values by column in input order, and — when it could not be read
   * properly — its problems, each as a failing field {@code record} (with the column when the
   * problem is one value's).
   *
   * @param number the record's number, from 1
   * @param text where the record stood and its raw text, for a record of a text input
   * @param values the values by column, in input order (null values allowed)
   * @param problems why the record cannot be mapped; empty when it can
   */
  record Record(long number, Optional<RecordText> text, Map<String, Object> values,
      List<MappingResult.FieldError> problems) {
    /**
     * Checks for nulls and copies the values (keeping their order) and the problems; the
     * immutable rows of the CSV source are kept as they are. The values are not checked against
     * the limits: {@link #of(long, Map)} does that.
     *
     * @param number the record's number in its source, from 1
     * @param text where the record stood in a text input and its raw text; empty for a record
     *     from code
     * @param values the values by column, in input order: text, numbers, booleans, dates, JSON
     *     nodes, or null for an empty cell
     * @param problems why the record cannot be mapped, each a failing field {@code record};
     *     empty when it can
     * @throws NullPointerException when {@code text}, {@code values}, {@code problems} or a
     *     problem is null
     */
    public Record {
      Objects.requireNonNull(text, "text");
      values = CsvRow.values(values);
      problems = List.copyOf(problems);
    }

    /**
     * A record of {@code values}, read properly but for the {@linkplain RecordSource limits}: the
     * first {@value #MAX_COLUMNS} values are kept, each but a text over {@value #MAX_CELL_CHARS}
     * characters, and the record has a problem for those left out.
     *
     * @param number the record's number, from 1
     * @param values the values by column, in the map's order (null values are empty cells)
     * @return the record, without text, with a problem for each value or column over the limits
     */
    public static Record of(long number, Map<String, ?> values) {
      List<MappingResult.FieldError> problems = new ArrayList<>(0);
      Map<String, Object> kept = Limits.kept(values, problems);
      return new Record(number, Optional.empty(), kept, problems);
    }

    /**
     * Where the record starts.
     *
     * @return the 1-based line where the record starts, for a record of a text input; empty for
     *     others
     */
    public OptionalLong line() {
      return text.isPresent() ? OptionalLong.of(text.get().line()) : OptionalLong.empty();
    }
  }

  /**
   * The account of a text input's physical lines, once read: every line is in the header, blank
   * (not a record), in a record, or not read because the input ended early — {@link #total()} is
   * their sum — with the record that covers the most lines (a quote that is never closed makes a
   * record cover every line to the end of the input).
   *
   * @param header the lines of the CSV header
   * @param blank the blank lines, which are not records
   * @param inRecords the lines in records
   * @param notRead the lines after the point where the input ended early
   * @param longest the record that covers the most lines (the first of them), if any record was
   *     read
   */
  record Lines(long header, long blank, long inRecords, long notRead, Optional<Longest> longest) {
    /**
     * Checks the counts.
     *
     * @param header the lines of the CSV header (1 unless a header cell spans lines; 0 for JSON
     *     Lines)
     * @param blank the blank lines, which are not records
     * @param inRecords the lines in records, bad records included
     * @param notRead the lines after the point where the input ended early; 0 when it did not
     * @param longest the record that covers the most lines, if any record was read
     * @throws IllegalArgumentException when a count is negative
     * @throws NullPointerException when {@code longest} is null
     */
    public Lines {
      if (header < 0 || blank < 0 || inRecords < 0 || notRead < 0) {
        throw new IllegalArgumentException("negative count");
      }
      Objects.requireNonNull(longest, "longest");
    }

    /**
     * The number of physical lines.
     *
     * @return {@code header + blank + inRecords + notRead}: every physical line of the input
     *     (read so far)
     */
    public long total() {
      return header + blank + inRecords + notRead;
    }

    /**
     * The record that covers the most lines.
     *
     * @param record its number
     * @param line the line where it starts
     * @param lines how many lines it covers
     */
    public record Longest(long record, long line, long lines) {}
  }

  /**
   * The charset of a text input when it had to be guessed: none was given, no byte order mark
   * told it, and the bytes are not valid UTF-8, so govreply's charset rule (see
   * {@link #csv(Path, Charset)}) chose GB18030 or Big5 by which of them the bytes are valid in
   * and in which more of the double-byte characters are its own common hanzi. A guess can be
   * wrong; whoever imports should learn it and give the charset when it is.
   *
   * @param charset the charset the input is decoded with: GB18030 or Big5
   * @param evidence why it was chosen, for people ({@code GB18030: 96% of 346 double-byte
   *     characters are common simplified hanzi; not valid Big5})
   */
  record CharsetGuess(Charset charset, String evidence) {
    /**
     * Checks for nulls.
     *
     * @param charset the charset guessed
     * @param evidence why it was chosen
     * @throws NullPointerException when an argument is null
     */
    public CharsetGuess {
      Objects.requireNonNull(charset, "charset");
      Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * The guess for people, in the words of the text reader's finding GR-TXT-090.
     *
     * @return {@code charset guessed: decoded as GB18030 (…why…)}
     */
    public String toText() {
      return "charset guessed: decoded as " + charset.name() + " (" + evidence + ")";
    }
  }

  /**
   * Whether another record follows; reads ahead as far as needed, and never throws for bad input
   * (an I/O error ends the source, see {@link #failure()}).
   *
   * @return true when {@link #next()} gives a record
   */
  @Override
  boolean hasNext();

  /**
   * The next record, with its problems when it could not be read properly.
   *
   * @return the record, numbered one more than the last
   * @throws NoSuchElementException when there is none
   */
  @Override
  Record next();

  /**
   * Why the input ended early, once it did.
   *
   * @return what happened (an I/O error, a CSV header that cannot be read), where, and what was
   *     left unread; empty while the input is read normally and when it was read to its end
   */
  Optional<String> failure();

  /**
   * The account of the input's lines so far.
   *
   * @return for a text input (CSV, JSON Lines), its physical lines read so far, complete once
   *     {@link #hasNext()} returned false; else empty
   */
  default Optional<Lines> lines() {
    return Optional.empty();
  }

  /**
   * Whether the input's charset was guessed, and which: to tell the person importing, who may
   * have to give the charset instead.
   *
   * @return for a text input opened without a charset and decoded in a charset that had to be
   *     guessed (GB18030 or Big5, see {@link #csv(Path, Charset)}), the guess with why it was
   *     chosen; empty when the charset was given, told by a byte order mark, or UTF-8 because the
   *     bytes are valid UTF-8, for JSON Lines (UTF-8 unless given), and for other sources
   */
  default Optional<CharsetGuess> charsetGuess() {
    return Optional.empty();
  }

  /**
   * The columns of the input's header.
   *
   * @return the column names of a CSV header, made unique ({@code column3}, {@code 备注#2}), once
   *     the source is open; else empty. Immutable; {@code contains} and {@code indexOf} take
   *     constant time
   */
  default List<String> columns() {
    return List.of();
  }

  /** Releases the input; never throws. */
  @Override
  void close();

  /**
   * Records from a CSV file: the first row is the header, naming the columns (an empty name
   * becomes {@code column<n>}, a repeated one {@code name#2}, {@code name#3}, …); blank lines are
   * skipped; values may be quoted (RFC 4180) and span lines, and a line ends with LF, CR LF or
   * CR. The charset is {@code charset} or, when null, detected from the first 64 KiB by the rule
   * the text reader follows too: a byte order mark (UTF-8, UTF-16, GB18030), else UTF-8 if the
   * bytes are valid UTF-8, else GB18030 (simplified, mainland) or Big5 (traditional, Taiwan and
   * Hong Kong): the one the bytes are valid in, or, when valid in both, the one in which clearly
   * more of the double-byte characters are its own common hanzi. That last step is a guess,
   * which {@link #charsetGuess()} gives; when neither fits (bytes valid in neither, or shares too
   * close to decide), the source ends before the first record and {@link #failure()} asks for the
   * charset. A byte order mark is never part of the first column's name. A header that cannot be
   * read (bytes that do not decode, a quote never closed, more than {@value #MAX_COLUMNS} columns,
   * a name over the limits) ends the source before the first record.
   *
   * @param file the CSV file
   * @param charset its charset, or null to detect it
   * @return the source, open on the file; close it
   * @throws IOException when the file cannot be opened
   */
  static RecordSource csv(Path file, Charset charset) throws IOException {
    return new CsvRecordSource(Files.newInputStream(file), charset);
  }

  /**
   * Records from a CSV stream, as {@link #csv(Path, Charset)}.
   *
   * @param in the CSV bytes, read as records are asked for; closed by {@link #close()}
   * @param charset their charset, or null to detect it
   * @return the source
   */
  static RecordSource csv(InputStream in, Charset charset) {
    return new CsvRecordSource(in, charset);
  }

  /**
   * Records from a JSON Lines file: each non-blank line is a JSON object (text, numbers, booleans
   * and nulls as values; arrays and objects kept as JSON). A line that is not a JSON object is a
   * record with a problem; blank lines are skipped; a line ends with LF, CR LF or CR. The charset
   * is {@code charset}, else UTF-8; a byte order mark is skipped.
   *
   * @param file the JSON Lines file
   * @param charset its charset, or null for UTF-8
   * @return the source, open on the file; close it
   * @throws IOException when the file cannot be opened
   */
  static RecordSource jsonLines(Path file, Charset charset) throws IOException {
    return new JsonLinesRecordSource(Files.newInputStream(file), charset);
  }

  /**
   * Records from a JSON Lines stream, as {@link #jsonLines(Path, Charset)}.
   *
   * @param in the JSON Lines bytes, read as records are asked for; closed by {@link #close()}
   * @param charset their charset, or null for UTF-8
   * @return the source
   */
  static RecordSource jsonLines(InputStream in, Charset charset) {
    return new JsonLinesRecordSource(in, charset);
  }

  /**
   * Records from maps, numbered from 1. A null map, or an iterator that throws on {@code next()},
   * gives a record with a problem; an iterator that throws on {@code hasNext()} ends the source.
   * The maps are read when their record is, as {@link Record#of(long, Map)} reads them.
   *
   * @param records the records, e.g. rows of a JDBC query as maps from column label to value;
   *     {@link #close()} closes the iterator when it is {@link AutoCloseable}
   * @return the source
   */
  static RecordSource of(Iterable<? extends Map<String, ?>> records) {
    return new IterableRecordSource(records.iterator());
  }
}
