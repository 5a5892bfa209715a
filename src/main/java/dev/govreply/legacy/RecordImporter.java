package dev.govreply.legacy;

import dev.govreply.findings.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs an import: reads every record of a {@link RecordSource}, maps it with a
 * {@link RecordMapper} and hands each {@link MappingResult} to a writer, in record order, and
 * returns the {@link ImportSummary} (read = written + rejected; with the source's
 * {@linkplain RecordSource#lines() account of lines}).
 *
 * <p>With a {@linkplain #parallel(int) parallelism} above 1, mapping — and the
 * {@code prepare} step, e.g. serialising a reply to JSON — runs on that many threads while the
 * writer still receives the results one at a time in record order, so the output is identical to
 * a sequential run. The calling thread is one of them: it reads the records, writes the results
 * and maps a batch of records itself whenever the other threads have enough queued. At most a
 * bounded window of records ({@code 256} per thread) is in flight, so memory stays flat whatever
 * the input size.
 *
 * <pre>{@code
 * RecordImporter importer = RecordImporter.of(mapper)
 *     .parallel(Runtime.getRuntime().availableProcessors());
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

  /**
   * A sequential importer: the thread that calls {@link #run} reads, maps and writes.
   *
   * @param mapper the mapper of every record (built once; it is thread-safe)
   * @return the importer
   * @throws NullPointerException when {@code mapper} is null
   */
  public static RecordImporter of(RecordMapper mapper) {
    return new RecordImporter(mapper, 1);
  }

  /**
   * This importer with {@code threads} mapping threads (1: sequential), counting the thread that
   * calls {@link #run}: it also reads and writes. The output is the same for any number of
   * threads; only the time differs. On a machine with 2 cores, 2 is the useful most.
   *
   * @param threads the number of mapping threads, at least 1, e.g.
   *     {@code Runtime.getRuntime().availableProcessors()}
   * @return an importer with the same mapper and that many threads
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public RecordImporter parallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    return new RecordImporter(mapper, threads);
  }

  /**
   * The mapper of this importer.
   *
   * @return the mapper every record is mapped with
   */
  public RecordMapper mapper() {
    return mapper;
  }

  /**
   * How many threads map records.
   *
   * @return the number of mapping threads, the calling thread included; 1 for a sequential
   *     importer
   */
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

  /**
   * Imports every record of {@code source}, without a prepare step: the writer gets each result
   * (and null as what was prepared), in record order, on this thread.
   *
   * @param source the records; not closed
   * @param writer receives every result in record order
   * @return the summary: counts, findings per rule, time, and where the input ended early, if it
   *     did
   * @throws IOException when the writer fails (the import stops there)
   */
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
        Duration.ofNanos(System.nanoTime() - start), source.failure(), source.lines(),
        source.charsetGuess());
  }

  private <T> void runParallel(RecordSource source,
      Function<? super MappingResult, ? extends T> prepare, Writer<T> writer, Counts counts)
      throws IOException {
    int workers = threads - 1;
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "govreply-import-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    // records go to the threads in batches, so that handing one on costs little next to mapping
    // it; batches are written in the order they were read. This thread reads and writes, and maps
    // a batch itself whenever the others have enough queued: on few cores, reading does not keep
    // a core to itself
    int maxBatches = Math.max(2, threads * WINDOW_PER_THREAD / BATCH);
    ArrayDeque<Batch<T>> inFlight = new ArrayDeque<>(maxBatches);
    try {
      while (source.hasNext()) {
        List<RecordSource.Record> records = new ArrayList<>(BATCH);
        while (records.size() < BATCH && source.hasNext()) {
          records.add(source.next());
        }
        Batch<T> batch = new Batch<>(records, mapper, prepare);
        inFlight.add(batch);
        pool.execute(batch);
        while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
          write(inFlight.removeFirst(), writer, counts);
        }
        Batch<T> help = unstarted(inFlight, workers);
        if (help != null) {
          help.run();
        }
        if (inFlight.size() >= maxBatches) {
          write(inFlight.removeFirst(), writer, counts);
        }
      }
      while (!inFlight.isEmpty()) {
        write(inFlight.removeFirst(), writer, counts);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The oldest batch of {@code inFlight} that no thread has started, when more than
   * {@code workers} have not been started (so the workers stay busy); else null.
   */
  private static <T> Batch<T> unstarted(ArrayDeque<Batch<T>> inFlight, int workers) {
    Batch<T> oldest = null;
    int count = 0;
    for (Batch<T> b : inFlight) {
      if (!b.started()) {
        if (oldest == null) {
          oldest = b;
        }
        count++;
      }
    }
    return count > workers ? oldest : null;
  }

  /** A mapped record and what prepare made of it, or what mapping or preparing it threw. */
  private record Done<T>(MappingResult result, T prepared, Throwable failure) {}

  /**
   * Records mapped together, by whichever thread claims the batch first: a worker that takes it
   * from the pool's queue, or the writing thread, which maps an unclaimed batch itself rather than
   * wait for it.
   */
  private static final class Batch<T> implements Runnable {
    private final List<RecordSource.Record> records;
    private final RecordMapper mapper;
    private final Function<? super MappingResult, ? extends T> prepare;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private List<Done<T>> done; // published by finished

    Batch(List<RecordSource.Record> records, RecordMapper mapper,
        Function<? super MappingResult, ? extends T> prepare) {
      this.records = records;
      this.mapper = mapper;
      this.prepare = prepare;
    }

    boolean started() {
      return claimed.get();
    }

    boolean isDone() {
      return finished.getCount() == 0;
    }

    /** Maps the records unless another thread has claimed the batch (then does nothing). */
    @Override
    public void run() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      List<Done<T>> out = new ArrayList<>(records.size());
      try {
        for (RecordSource.Record record : records) {
          MappingResult r = mapper.map(record);
          out.add(new Done<T>(r, prepare.apply(r), null));
        }
      } catch (RuntimeException | Error e) {
        // the records before it are still written, as in a sequential run; then it fails
        out.add(new Done<T>(null, null, e));
      } finally {
        done = out;
        finished.countDown();
      }
    }

    /** The results: maps the batch on this thread when no thread has started it. */
    List<Done<T>> await() throws InterruptedException {
      run();
      finished.await();
      return done;
    }
  }

  private <T> void write(Batch<T> next, Writer<T> writer, Counts counts) throws IOException {
    List<Done<T>> batch;
    try {
      batch = next.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
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
    return new ImportSummary(0, 0, 0, new TreeMap<>(), Duration.ZERO, failure, Optional.empty());
  }
}
