package dev.govreply.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.govreply.legacy.LedgerRowsGenerator;
import dev.govreply.legacy.MappingResult;
import dev.govreply.legacy.RecordMapper;
import dev.govreply.legacy.RecordImporter;
import dev.govreply.legacy.RecordMapping;
import dev.govreply.legacy.RecordSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Mapping throughput of a legacy ledger import against plain jackson-csv reading of the same file.
 *
 * <p>{@link #plainJacksonCsv} reads every row of a generated ledger ({@link LedgerRowsGenerator},
 * {@value #ROWS} rows, multi-line bodies) as a {@code Map<String, String>} with
 * {@code CsvSchema.emptySchema().withHeader()} — the floor of any CSV import. {@link #mapLedger}
 * reads the same file through {@link RecordSource#csv} and maps every row with the example mapping
 * ({@code examples/legacy/ledger-mapping.json}: document number, class, disclosure, session,
 * addressee, the body through the text reader, date, contacts) into replies, on one thread.
 * {@link #mapLedgerParallel} is the same import on all cores ({@code govreply import --parallel}):
 * the import an integrator runs. The target is an import throughput of at least 0.5 of the plain
 * reading, i.e. a time ratio {@code mapLedgerParallel / plainJacksonCsv} of at most 2; the
 * one-thread ratio {@code mapLedger / plainJacksonCsv} is reported beside it. All are measured
 * per file (ms/op).
 *
 * <p>Run: {@code mvn test-compile exec:exec@jmh -Djmh.args="ImportBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {
  /** Rows in the generated file. */
  public static final int ROWS = 20_000;

  private static final CsvMapper CSV = new CsvMapper();

  private Path file;
  private RecordMapper mapper;

  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("ledger", ".csv");
    LedgerRowsGenerator.write(file, ROWS, 1);
    mapper = RecordMapper.of(RecordMapping.fromJson(Path.of("examples/legacy/ledger-mapping.json")));
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public long plainJacksonCsv() throws IOException {
    long n = 0;
    try (InputStream in = Files.newInputStream(file);
        MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      while (it.hasNextValue()) {
        n += it.nextValue().size();
      }
    }
    return n;
  }

  /**
   * The same import run by {@link RecordImporter} with one mapping thread per core ({@code govreply
   * import --parallel}): the CSV is still read on one thread, results are handed on in record
   * order.
   */
  @Benchmark
  public long mapLedgerParallel() throws IOException {
    try (RecordSource source = RecordSource.csv(file, null)) {
      return RecordImporter.of(mapper).parallel(Runtime.getRuntime().availableProcessors())
          .run(source, (r, x) -> { }).written();
    }
  }

  @Benchmark
  public long mapLedger() throws IOException {
    long accepted = 0;
    try (RecordSource source = RecordSource.csv(file, null)) {
      while (source.hasNext()) {
        MappingResult r = mapper.map(source.next());
        if (r.isAccepted()) {
          accepted++;
        }
      }
    }
    return accepted;
  }
}
