package dev.govreply.legacy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.json.ReplyJson;
import dev.govreply.legacy.ImportSummary;
import dev.govreply.legacy.MappingResult;
import dev.govreply.legacy.RecordImporter;
import dev.govreply.legacy.RecordMapper;
import dev.govreply.legacy.RecordMapping;
import dev.govreply.legacy.RecordSource;
import dev.govreply.model.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzz tests of the legacy mapper: arbitrary records against the example mapping
 * ({@code examples/legacy/ledger-mapping.json}) give only the declared outcomes — an accepted
 * reply that round-trips through JSON, or a rejection with at least one non-blank reason and no
 * internal error — and never an exception; arbitrary bytes read as a CSV file are imported with
 * every record accounted for (read = written + rejected).
 *
 * <p>Regression inputs are under
 * {@code src/test/resources/dev/govreply/legacy/fuzz/RecordMapperFuzzTestInputs/<method>/}. In a
 * normal test run Jazzer replays them only; set {@code JAZZER_FUZZ=1} to fuzz (one method at a
 * time, e.g. {@code -Dtest=RecordMapperFuzzTest#arbitraryRecords}).
 */
class RecordMapperFuzzTest {

  private static final RecordMapping MAPPING = mapping();
  private static final RecordMapper PLAIN = RecordMapper.of(MAPPING);
  private static final RecordMapper CHECKED = RecordMapper.builder(MAPPING)
      .checker(ReplyChecker.of(Profiles.builtIn("lenient"))).build();
  private static final List<String> COLUMNS = new ArrayList<>(MAPPING.namedColumns());
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    COLUMNS.addAll(MAPPING.ignore());
  }

  private static RecordMapping mapping() {
    try {
      return RecordMapping.fromJson(Path.of("examples/legacy/ledger-mapping.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 7)) {
      case 0: return null;
      case 1: return data.consumeInt();
      case 2: return data.consumeDouble();
      case 3: return data.consumeBoolean();
      case 4: return LocalDate.ofEpochDay(data.consumeLong(-100_000, 100_000));
      case 5: return JsonNodeFactory.instance.arrayNode().add(data.consumeString(8));
      default: return data.consumeString(200);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void arbitraryRecords(FuzzedDataProvider data) throws Exception {
    Map<String, Object> record = new LinkedHashMap<>();
    int n = data.consumeInt(0, 24);
    for (int i = 0; i < n; i++) {
      String key = data.consumeBoolean() ? COLUMNS.get(data.consumeInt(0, COLUMNS.size() - 1))
          : data.consumeString(12);
      record.put(key, value(data));
    }
    boolean checked = data.consumeBoolean();
    MappingResult r = (checked ? CHECKED : PLAIN).map(record, 1);
    assertThat(r).isNotNull();
    if (r.isAccepted()) {
      Reply reply = r.reply().orElseThrow();
      assertThat(r.rejection()).isEmpty();
      assertThat(ReplyJson.standard().read(ReplyJson.standard().write(reply))).isEqualTo(reply);
    } else {
      assertThat(r.reply()).isEmpty();
      assertThat(r.rejection()).isNotEmpty().allSatisfy(e -> {
        assertThat(e.reason()).isNotBlank().doesNotStartWith("internal error");
      });
      JsonNode line = JSON.readTree(((MappingResult.Rejected) r).toJsonLine());
      assertThat(line.get("reasons").size()).isEqualTo(r.rejection().size());
    }
  }

  @FuzzTest(maxDuration = "10m")
  void arbitraryCsv(FuzzedDataProvider data) throws Exception {
    byte[] bytes = data.consumeRemainingAsBytes();
    List<MappingResult> results = new ArrayList<>();
    ImportSummary s;
    try (RecordSource source = RecordSource.csv(new ByteArrayInputStream(bytes), null)) {
      s = RecordImporter.of(PLAIN).run(source, (r, x) -> results.add(r));
    }
    assertThat(s.read()).isEqualTo(results.size()).isEqualTo(s.written() + s.rejected());
    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i).recordNumber()).isEqualTo(i + 1);
      assertThat(results.get(i).rejection())
          .allSatisfy(e -> assertThat(e.reason()).doesNotStartWith("internal error"));
    }
  }
}
