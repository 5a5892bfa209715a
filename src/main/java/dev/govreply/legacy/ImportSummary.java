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
 * rule ID was found, how long it took, and the error that ended the input early, if one did.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param read records read from the source
 * @param written replies written
 * @param rejected records rejected
 * @param findingsByRule the number of findings per rule ID, sorted by rule ID
 * @param elapsed the time the import took
 * @param sourceFailure the error that ended the input early, if any
 */
public record ImportSummary(long read, long written, long rejected,
    SortedMap<String, Long> findingsByRule, Duration elapsed, Optional<String> sourceFailure) {

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException when a count is negative or {@code read != written +
   *     rejected}
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
    findingsByRule = Collections.unmodifiableSortedMap(new TreeMap<>(findingsByRule));
  }

  /** Records per second over the whole import (0 when nothing was read). */
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
   * findings:
   *   GR-LEG-001  1
   *   GR-TXT-001  2
   * </pre>
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("read ").append(read).append(", written ").append(written).append(", rejected ")
        .append(rejected).append(String.format(Locale.ROOT, " in %.1f s (%,.0f rows/s)%n",
            elapsed.toNanos() / 1e9, rowsPerSecond()));
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
