package dev.govreply.legacy;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

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
      failure = "cannot read on: " + TextRecordSource.describe(e);
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
      return broken("cannot read the record: " + TextRecordSource.describe(e));
    }
    if (values == null) {
      return broken("the record is null");
    }
    try {
      return Record.of(number, values);
    } catch (RuntimeException e) {
      return broken("cannot read the record: " + TextRecordSource.describe(e));
    }
  }

  /** The record of a map that cannot be read. */
  private Record broken(String problem) {
    return new Record(number, Optional.empty(), Map.of(), List.of(new MappingResult.FieldError(
        "record", Optional.empty(), Optional.empty(), problem)));
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
