package dev.govreply.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A stream of legacy records, read lazily one at a time so that memory stays flat whatever the
 * input size: a CSV file with a header row ({@link #csv(InputStream, Charset)}), JSON Lines
 * ({@link #jsonLines(InputStream, Charset)}), or any {@link Iterable} of maps ({@link #of(Iterable)},
 * e.g. rows read through JDBC).
 *
 * <p>Every record of the input yields exactly one {@link Record}, numbered from 1. A record that
 * cannot be read — a CSV line with more or fewer values than the header, a line that is not a JSON
 * object — is still yielded, with its {@link Record#problem() problem}, and the mapper rejects it;
 * reading goes on with the next record. {@link #next()} never throws for bad input. Only an input
 * that cannot be read on (an I/O error, bytes that do not decode in the charset) ends the source
 * early: the record at which it happened carries the problem, and {@link #failure()} tells.
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

  /**
   * One record as read: its number (from 1), the line where it starts (when the input has lines),
   * its values by column in input order, and — when it could not be read properly — the problem
   * and the raw text.
   *
   * @param number the record's number, from 1
   * @param line the 1-based line where the record starts, if known
   * @param values the values by column, in input order (null values allowed)
   * @param problem why the record cannot be mapped, if it cannot
   * @param raw the record's raw text, when it could not be split into values
   */
  record Record(long number, OptionalLong line, Map<String, Object> values,
      Optional<String> problem, Optional<String> raw) {
    /**
     * Checks for nulls and copies the values (keeping their order); the immutable rows of the CSV
     * source are kept as they are.
     */
    public Record {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(raw, "raw");
      values = CsvRow.values(values);
    }

    /** A record read properly. */
    public static Record of(long number, Map<String, ?> values) {
      return new Record(number, OptionalLong.empty(), new LinkedHashMap<String, Object>(values),
          Optional.empty(), Optional.empty());
    }
  }

  /** Whether another record follows. */
  @Override
  boolean hasNext();

  /**
   * The next record.
   *
   * @throws NoSuchElementException when there is none
   */
  @Override
  Record next();

  /**
   * The error that ended the input early (an I/O error, undecodable bytes), once it happened.
   * The record at which it happened carries it as its problem.
   */
  Optional<String> failure();

  /**
   * The column names of the input's header, made unique, when it has one (CSV), once the source
   * is open; else empty.
   */
  default List<String> columns() {
    return List.of();
  }

  /** Releases the input; never throws. */
  @Override
  void close();

  /**
   * Records from a CSV file: the first row is the header, naming the columns (an empty name
   * becomes {@code column<n>}, a repeated one {@code name#2}); empty lines are skipped; values may
   * be quoted (RFC 4180) and span lines. The charset is {@code charset} or, when null, detected: a
   * byte order mark (UTF-8, UTF-16, GB18030), else UTF-8 if the first 64 KiB decode as UTF-8, else
   * GB18030. A byte order mark is never part of the first column's name.
   *
   * @throws IOException when the file cannot be opened
   */
  static RecordSource csv(Path file, Charset charset) throws IOException {
    return new CsvRecordSource(Files.newInputStream(file), charset);
  }

  /** Records from a CSV stream, as {@link #csv(Path, Charset)}; the stream is closed by {@link #close()}. */
  static RecordSource csv(InputStream in, Charset charset) {
    return new CsvRecordSource(in, charset);
  }

  /**
   * Records from a JSON Lines file: each non-blank line is a JSON object (text, numbers, booleans
   * and nulls as values; arrays and objects kept as JSON). A line that is not a JSON object is a
   * record with a problem. The charset is {@code charset}, else UTF-8; a byte order mark is skipped.
   *
   * @throws IOException when the file cannot be opened
   */
  static RecordSource jsonLines(Path file, Charset charset) throws IOException {
    return new JsonLinesRecordSource(Files.newInputStream(file), charset);
  }

  /** Records from a JSON Lines stream, as {@link #jsonLines(Path, Charset)}. */
  static RecordSource jsonLines(InputStream in, Charset charset) {
    return new JsonLinesRecordSource(in, charset);
  }

  /**
   * Records from maps, numbered from 1. A null map, or an iterator that throws on {@code next()},
   * gives a record with a problem; an iterator that throws on {@code hasNext()} ends the source.
   * The maps are read when their record is.
   */
  static RecordSource of(Iterable<? extends Map<String, ?>> records) {
    return new IterableRecordSource(records.iterator());
  }
}
