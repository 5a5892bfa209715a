package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports the example ledger in {@code examples/legacy/} and checks the counts the README shows. */
class LegacyExampleTest {

  static final Path CSV = Path.of("examples/legacy/ledger-2021.csv");

  static List<MappingResult> importAll(RecordSource source, RecordMapper mapper,
      ImportSummary[] summary) throws IOException {
    List<MappingResult> out = new ArrayList<>();
    try (source) {
      summary[0] = RecordImporter.of(mapper).run(source, (r, x) -> out.add(r));
    }
    return out;
  }

  /** The results with offset 0: the same text in another charset has other byte offsets. */
  static List<MappingResult> withoutOffsets(List<MappingResult> results) {
    return results.stream().map(r -> r instanceof MappingResult.Rejected j
        ? new MappingResult.Rejected(j.recordNumber(), j.text().map(t -> new RecordText(t.line(),
            t.lines(), 0, t.text(), t.length())), j.values(), j.errors(), j.findings()) : r)
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void theExampleLedgerImportsWithTheDocumentedCounts() throws IOException {
    RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);
    ImportSummary[] s = new ImportSummary[1];
    List<MappingResult> results = importAll(RecordSource.csv(CSV, null), mapper, s);
    assertThat(s[0].read()).isEqualTo(12);
    assertThat(s[0].written()).isEqualTo(8);
    assertThat(s[0].rejected()).isEqualTo(4);
    assertThat(s[0].findingsByRule()).containsEntry("GR-TXT-001", 1L)
        .containsEntry("GR-TXT-002", 1L).containsEntry("GR-LEG-001", 1L).hasSize(3);
    assertThat(results.stream().filter(r -> !r.isAccepted()).map(MappingResult::recordNumber))
        .containsExactly(4L, 5L, 9L, 10L);
    // record 9 lists both failing fields, not only the first
    assertThat(results.get(8).rejection()).extracting(MappingResult.FieldError::field)
        .containsExactly("resultClass", "date");
    assertThat(results.get(9).rejection().get(0).reason()).contains("17 values");
  }

  @Test
  void theSameLedgerInGb18030GivesTheSameReplies() throws IOException {
    String text = Files.readString(CSV, StandardCharsets.UTF_8);
    byte[] gb = text.substring(1).getBytes(Charset.forName("GB18030")); // without the BOM
    RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);
    ImportSummary[] s = new ImportSummary[1];
    List<MappingResult> utf8 = importAll(RecordSource.csv(CSV, null), mapper, s);
    List<MappingResult> detected = importAll(RecordSource.csv(new ByteArrayInputStream(gb), null),
        mapper, s);
    assertThat(withoutOffsets(detected)).isEqualTo(withoutOffsets(utf8));
  }

  @Test
  void underTheLenientProfileNothingMoreIsRejected() throws IOException {
    RecordMapper mapper = RecordMapper.builder(RecordMapperTest.EXAMPLE)
        .checker(ReplyChecker.of(Profiles.builtIn("lenient"))).build();
    ImportSummary[] s = new ImportSummary[1];
    importAll(RecordSource.csv(CSV, null), mapper, s);
    assertThat(s[0].written()).isEqualTo(8);
    assertThat(s[0].findingsByRule()).containsKeys("GR-NUM-001", "GR-NUM-002")
        .doesNotContainKeys("GR-TXT-001", "GR-TXT-002");
  }
}
