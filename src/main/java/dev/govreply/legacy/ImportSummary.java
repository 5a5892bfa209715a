package dev.govreply.legacy;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The account of one import ({@link RecordImporter}): how many records were read, written and
 * rejected — always {@code read == written + rejected}, checked on construction — how often each
 * rule ID was found, how long it took, the error that ended the input early, if one did, and for a
 * text input the account of its physical lines (header, blank, in records, not read) and, when
 * its charset had to be guessed, the guess.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param read records read from the source
 * @param written replies written
 * @param rejected records rejected
 * @param findingsByRule the number of findings per rule ID, sorted by rule ID
 * @param elapsed the time the import took
 * @param sourceFailure the error that ended the input early, where, and what was not read, if
 *     any
 * @param lines the account of the input's physical lines, for a text input (CSV, JSON Lines)
 * @param charsetGuess the input's charset, when it was guessed
 *     ({@link RecordSource#charsetGuess()})
 */
public record ImportSummary(long read, long written, long rejected,
    SortedMap<String, Long> findingsByRule, Duration elapsed, Optional<String> sourceFailure,
    Optional<RecordSource.Lines> lines, Optional<RecordSource.CharsetGuess> charsetGuess) {

  /**
   * Checks the counts and copies the findings.
   *
   * @param read records read from the source, at least 0; each was either written or rejected
   * @param written replies written, at least 0
   * @param rejected records rejected (to the rejects file, when there is one), at least 0
   * @param findingsByRule the number of findings per rule ID ({@code GR-LEG-001} → 3), over the
   *     written replies and the rejected records; copied into a map sorted by rule ID
   * @param elapsed the wall-clock time from the first read to the last write
   * @param sourceFailure the error that ended the input early (an unreadable file, a line over
   *     the limits), where it happened and what was not read; empty when the input was read to
   *     its end
   * @param lines the account of the physical lines of a text input (CSV, JSON Lines); empty for
   *     other sources (rows from code, from JDBC)
   * @param charsetGuess the charset of a text input when it had to be guessed (GB18030 or Big5,
   *     with why); empty when it was given or told for sure, and for other sources
   * @throws IllegalArgumentException when a count is negative or {@code read != written +
   *     rejected}
   * @throws NullPointerException when an argument is null
   */
  public ImportSummary {
    if (read < 0 || written < 0 || rejected < 0) {
      throw new IllegalArgumentException("negative count");
    }
    if (read != written + rejected) {
      throw new IllegalArgumentException("read " + read + " != written " + written
          + " + rejected " + rejected);
    }
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(sourceFailure, "sourceFailure");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(charsetGuess, "charsetGuess");
    findingsByRule = Collections.unmodifiableSortedMap(new TreeMap<>(findingsByRule));
  }

  /**
   * A summary of an input whose charset was not guessed: as the canonical constructor with an
   * empty {@code charsetGuess}.
   *
   * @param read records read from the source
   * @param written replies written
   * @param rejected records rejected
   * @param findingsByRule the number of findings per rule ID
   * @param elapsed the wall-clock time from the first read to the last write
   * @param sourceFailure the error that ended the input early, if any
   * @param lines the account of the physical lines of a text input, if it is one
   * @throws IllegalArgumentException when a count is negative or {@code read != written +
   *     rejected}
   * @throws NullPointerException when an argument is null
   */
  public ImportSummary(long read, long written, long rejected,
      SortedMap<String, Long> findingsByRule, Duration elapsed, Optional<String> sourceFailure,
      Optional<RecordSource.Lines> lines) {
    this(read, written, rejected, findingsByRule, elapsed, sourceFailure, lines,
        Optional.empty());
  }

  /**
   * The rate of the import.
   *
   * @return records read per second of {@link #elapsed()}; 0 when nothing was read
   */
  public double rowsPerSecond() {
    if (read == 0) {
      return 0;
    }
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return read / seconds;
  }

  /**
   * The summary for people, as the CLI prints it on stderr:
   *
   * <pre>
   * read 12, written 8, rejected 4 in 0.4 s (30 rows/s)
   * charset guessed: decoded as GB18030 (GB18030: 96% of 346 double-byte characters are common simplified hanzi; not valid Big5)
   * lines: 49 = 1 header + 0 blank + 48 in records; the longest record, 3, covers 5 lines from line 9
   * findings:
   *   GR-LEG-001  1
   *   GR-TXT-001  2
   * </pre>
   *
   * <p>The {@code charset guessed:} line is there only when the charset was guessed
   * ({@link RecordSource.CharsetGuess#toText()}); the {@code lines:} line for a text input only,
   * the record span in it only when a record covers more than one line; {@code input ended
   * early: …} follows when the input did not end normally; {@code findings:} only when there are
   * findings. Lines end with the platform's line separator.
   *
   * @return the summary, several lines, each ended by a line separator
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("read ").append(read).append(", written ").append(written).append(", rejected ")
        .append(rejected).append(String.format(Locale.ROOT, " in %.1f s (%,.0f rows/s)%n",
            elapsed.toNanos() / 1e9, rowsPerSecond()));
    charsetGuess.ifPresent(g -> sb.append(g.toText()).append(System.lineSeparator()));
    lines.ifPresent(l -> {
      sb.append("lines: ").append(l.total()).append(" = ").append(l.header()).append(" header + ")
          .append(l.blank()).append(" blank + ").append(l.inRecords()).append(" in records");
      if (l.notRead() > 0) {
        sb.append(" + ").append(l.notRead()).append(" not read");
      }
      l.longest().filter(r -> r.lines() > 1).ifPresent(r -> sb.append("; the longest record, ")
          .append(r.record()).append(", covers ").append(r.lines()).append(" lines from line ")
          .append(r.line()));
      sb.append(System.lineSeparator());
    });
    sourceFailure.ifPresent(f -> sb.append("input ended early: ").append(f)
        .append(System.lineSeparator()));
    if (!findingsByRule.isEmpty()) {
      sb.append("findings:").append(System.lineSeparator());
      for (Map.Entry<String, Long> e : findingsByRule.entrySet()) {
        sb.append("  ").append(e.getKey()).append("  ").append(e.getValue())
            .append(System.lineSeparator());
      }
    }
    return sb.toString();
  }
}
