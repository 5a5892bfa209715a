package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerRowsGeneratorTest {

  @Test
  void generatesNRowsThatImportWithAFewRejections(@TempDir Path tmp) throws IOException {
    Path csv = tmp.resolve("rows.csv");
    LedgerRowsGenerator.write(csv, 2000, 7);
    ImportSummary s;
    try (RecordSource source = RecordSource.csv(csv, null)) {
      s = RecordImporter.of(RecordMapper.of(RecordMapperTest.EXAMPLE)).run(source, (r, x) -> {});
    }
    assertThat(s.read()).isEqualTo(2000);
    assertThat(s.rejected()).isBetween(20L, 120L); // ~3% defective
    assertThat(s.findingsByRule()).containsKeys("GR-TXT-001", "GR-TXT-002", "GR-LEG-001");
    assertThat(Files.readString(csv)).startsWith(LedgerRowsGenerator.HEADER);
  }

  @Test
  void isDeterministicForASeed() throws IOException {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    LedgerRowsGenerator.write(a, 50, 3);
    LedgerRowsGenerator.write(b, 50, 3);
    assertThat(a.toString()).isEqualTo(b.toString());
  }
}
