package dev.govreply.legacy;

import dev.govreply.conformance.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs an import: reads every record of a {@link RecordSource}, maps it with a
 * {@link RecordMapper} and hands each {@link MappingResult} to a writer, in record order, and
 * returns the {@link ImportSummary} (read = written + rejected).
 *
 * <p>With a {@linkplain #parallel(int) parallelism} above 1, mapping — and the
 * {@code prepare} step, e.g. serialising a reply to JSON — runs on that many threads while the
 * writer still receives the results one at a time in record order, so the output is identical to
 * a sequential run. At most a bounded window of records ({@code 256} per thread) is in flight, so
 * memory stays flat whatever the input size.
 *
 * <pre>{@code
 * RecordImporter importer = RecordImporter.of(mapper).parallel(Runtime.getRuntime().availableProcessors());
 * try (RecordSource source = RecordSource.csv(Path.of("ledger.csv"), null)) {
 *   ImportSummary s = importer.run(source, r -> r.reply().map(json::writeString).orElse(null),
 *       (r, line) -> { if (line != null) out.println(line); });
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code run} uses its own threads, which it shuts down.
 */
public final class RecordImporter {
  /** Records in flight per thread in a parallel run. */
  static final int WINDOW_PER_THREAD = 256;

  /** Records handed to a mapping thread at once in a parallel run. */
  static final int BATCH = 64;

  private final RecordMapper mapper;
  private final int threads;

  private RecordImporter(RecordMapper mapper, int threads) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.threads = threads;
  }

  /** A sequential importer. */
  public static RecordImporter of(RecordMapper mapper) {
    return new RecordImporter(mapper, 1);
  }

  /**
   * This importer with {@code threads} mapping threads (1: sequential).
   *
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public RecordImporter parallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    return new RecordImporter(mapper, threads);
  }

  /** The mapper. */
  public RecordMapper mapper() {
    return mapper;
  }

  /** The number of mapping threads. */
  public int threads() {
    return threads;
  }

  /**
   * Writes each result, in record order, on the thread that called {@code run}.
   *
   * @param <T> what the prepare step made of the result
   */
  @FunctionalInterface
  public interface Writer<T> {
    /**
     * Writes one result.
     *
     * @param result the result
     * @param prepared what {@code prepare} made of it (may be null)
     * @throws IOException when writing fails; the import stops
     */
    void write(MappingResult result, T prepared) throws IOException;
  }

  /** Imports with a writer only (no prepare step). */
  public ImportSummary run(RecordSource source, Writer<Void> writer) throws IOException {
    return run(source, r -> null, writer);
  }

  /**
   * Imports every record of {@code source}.
   *
   * @param <T> what {@code prepare} makes of a result
   * @param source the records; not closed
   * @param prepare runs right after mapping, on a mapping thread (must be thread-safe)
   * @param writer receives every result in record order, on this thread
   * @return the summary
   * @throws IOException when the writer fails (the import stops there)
   * @throws UncheckedIOException when {@code prepare} throws one
   */
  public <T> ImportSummary run(RecordSource source,
      Function<? super MappingResult, ? extends T> prepare, Writer<T> writer) throws IOException {
    long start = System.nanoTime();
    Counts counts = new Counts();
    if (threads == 1) {
      while (source.hasNext()) {
        MappingResult r = mapper.map(source.next());
        counts.write(r, prepare.apply(r), writer);
      }
    } else {
      runParallel(source, prepare, writer, counts);
    }
    return new ImportSummary(counts.read, counts.written, counts.rejected, counts.rules,
        Duration.ofNanos(System.nanoTime() - start), source.failure());
  }

  private <T> void runParallel(RecordSource source,
      Function<? super MappingResult, ? extends T> prepare, Writer<T> writer, Counts counts)
      throws IOException {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "govreply-import-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    // records go to the threads in batches, so that handing one on costs little next to mapping
    // it; batches are written in the order they were read
    int maxBatches = Math.max(2, threads * WINDOW_PER_THREAD / BATCH);
    ArrayDeque<Future<List<Done<T>>>> inFlight = new ArrayDeque<>(maxBatches);
    try {
      while (source.hasNext()) {
        List<RecordSource.Record> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && source.hasNext()) {
          batch.add(source.next());
        }
        inFlight.add(pool.submit(() -> {
          List<Done<T>> done = new ArrayList<>(batch.size());
          for (RecordSource.Record record : batch) {
            try {
              MappingResult r = mapper.map(record);
              done.add(new Done<T>(r, prepare.apply(r), null));
            } catch (RuntimeException | Error e) {
              // the records before it are still written, as in a sequential run; then it fails
              done.add(new Done<T>(null, null, e));
              break;
            }
          }
          return done;
        }));
        if (inFlight.size() >= maxBatches) {
          drainOne(inFlight, writer, counts);
        }
      }
      while (!inFlight.isEmpty()) {
        drainOne(inFlight, writer, counts);
      }
    } finally {
      inFlight.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  /** A mapped record and what prepare made of it, or what mapping or preparing it threw. */
  private record Done<T>(MappingResult result, T prepared, Throwable failure) {}

  private <T> void drainOne(ArrayDeque<Future<List<Done<T>>>> inFlight, Writer<T> writer,
      Counts counts) throws IOException {
    List<Done<T>> batch;
    try {
      batch = inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
    for (Done<T> done : batch) {
      if (done.failure() != null) {
        throw rethrow(done.failure());
      }
      counts.write(done.result(), done.prepared(), writer);
    }
  }

  /** Throws {@code c} when unchecked; else returns it wrapped, for the caller to throw. */
  private static IOException rethrow(Throwable c) {
    if (c instanceof RuntimeException r) {
      throw r;
    }
    if (c instanceof Error e) {
      throw e;
    }
    return new IOException(c);
  }

  /** The running counts; used by the writing thread only. */
  private static final class Counts {
    long read;
    long written;
    long rejected;
    final TreeMap<String, Long> rules = new TreeMap<>();

    <T> void write(MappingResult r, T prepared, Writer<T> writer) throws IOException {
      read++;
      writer.write(r, prepared);
      if (r.isAccepted()) {
        written++;
      } else {
        rejected++;
      }
      for (Finding f : r.findings()) {
        rules.merge(f.ruleId(), 1L, Long::sum);
      }
    }
  }

  /** For tests: the summary of an import that wrote nothing. */
  static ImportSummary empty(Optional<String> failure) {
    return new ImportSummary(0, 0, 0, new TreeMap<>(), Duration.ZERO, failure);
  }
}
