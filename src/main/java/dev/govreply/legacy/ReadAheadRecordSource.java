package dev.govreply.legacy;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The iterator plumbing of the sources that read an input record by record (CSV, JSON Lines):
 * {@link #hasNext()} reads the next record ahead with {@link #read()} and keeps it for
 * {@link #next()}; {@link #end(String)} stops reading after the current record and keeps the
 * failure for {@link #failure()}.
 */
abstract class ReadAheadRecordSource implements RecordSource {
  private Record pending;
  private boolean done;
  private String failure;

  /**
   * Reads the next record; called only while the source has not ended.
   *
   * @return the record, or null at the end of the input
   */
  abstract Record read();

  /** Ends the source: no record is read after the current one. */
  final void end() {
    done = true;
  }

  /** Ends the source because the input cannot be read on; {@link #failure()} gives {@code failure}. */
  final void end(String failure) {
    this.failure = failure;
    done = true;
  }

  @Override
  public final boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (done) {
      return false;
    }
    pending = read();
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

  /** A record that could not be read into values: {@code problem} says why. */
  static Record rejected(long number, OptionalLong line, String problem, Optional<String> raw) {
    return new Record(number, line, Map.of(), Optional.of(problem), raw);
  }

  /** The first line of the message of {@code e} (its {@code toString()} when it has none). */
  static String describe(Throwable e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
