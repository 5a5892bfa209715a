package dev.govreply.legacy;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The readings of cell texts that a ledger repeats from row to row, kept by a {@link RecordMapper}
 * so that each distinct text of a column is read once: the session of every row of one sitting
 * (岳阳市九届人大四次会议) and the addressee of every suggestion of the same deputies (张亮代表,
 * 童勋海等10位代表). These two readings are a third of what mapping a ledger row costs besides
 * its body (see {@code ImportBenchmark}).
 *
 * <p>Only readings are kept, never failures: a text that cannot be read is read, and fails, every
 * time. At most {@value #CAPACITY} texts of at most {@value #LONGEST} characters are kept; other
 * texts are read every time, so that memory stays bounded whatever the input. The reading must be
 * a pure function of the text whose results are immutable, as one result is shared by every
 * record (and thread) with the same text; the mapper's results are then the same with or without
 * the kept readings. Thread-safe.
 *
 * @param <V> what a text is read as
 */
final class RepeatedCells<V> {
  /** The number of texts kept. */
  static final int CAPACITY = 4096;

  /** The length of the longest text kept. */
  static final int LONGEST = 128;

  private final Function<String, V> reading;
  private final ConcurrentHashMap<String, V> kept = new ConcurrentHashMap<>();

  /**
   * The readings of one column's cells.
   *
   * @param reading how a text is read: pure, its results immutable and never null
   */
  RepeatedCells(Function<String, V> reading) {
    this.reading = Objects.requireNonNull(reading, "reading");
  }

  /**
   * What {@code text} is read as: the reading kept from an earlier record, or read now (and kept
   * while there is room).
   *
   * @param text the cell's text, trimmed
   * @return the reading
   * @throws RuntimeException whatever the reading throws for {@code text}
   */
  V read(String text) {
    if (text.length() > LONGEST) {
      return reading.apply(text);
    }
    V v = kept.get(text);
    if (v == null) {
      v = reading.apply(text);
      if (kept.size() < CAPACITY) {
        kept.putIfAbsent(text, v);
      }
    }
    return v;
  }

  /** The number of texts kept. */
  int size() {
    return kept.size();
  }
}
