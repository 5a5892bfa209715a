package dev.govreply.legacy;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;

/** Records from an iterator of maps (e.g. JDBC rows). */
final class IterableRecordSource implements RecordSource {
  private final Iterator<? extends Map<String, ?>> it;
  private long number;
  private String failure;
  private boolean done;

  IterableRecordSource(Iterator<? extends Map<String, ?>> it) {
    this.it = it;
  }

  @Override
  public boolean hasNext() {
    if (done) {
      return false;
    }
    try {
      if (it.hasNext()) {
        return true;
      }
    } catch (RuntimeException e) {
      failure = "cannot read on: " + ReadAheadRecordSource.describe(e);
    }
    done = true;
    return false;
  }

  @Override
  public Record next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    number++;
    Map<String, ?> values;
    try {
      values = it.next();
    } catch (RuntimeException e) {
      return new Record(number, OptionalLong.empty(), Map.of(),
          Optional.of("cannot read the record: " + ReadAheadRecordSource.describe(e)), Optional.empty());
    }
    if (values == null) {
      return new Record(number, OptionalLong.empty(), Map.of(), Optional.of("the record is null"),
          Optional.empty());
    }
    try {
      return Record.of(number, values);
    } catch (RuntimeException e) {
      return new Record(number, OptionalLong.empty(), Map.of(),
          Optional.of("cannot read the record: " + ReadAheadRecordSource.describe(e)), Optional.empty());
    }
  }

  @Override
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void close() {
    if (it instanceof AutoCloseable) {
      try {
        ((AutoCloseable) it).close();
      } catch (Exception e) {
        // nothing to report
      }
    }
  }
}
