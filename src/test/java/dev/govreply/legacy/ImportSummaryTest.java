package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {

  @Test
  void readIsWrittenPlusRejected() {
    assertThatThrownBy(() -> new ImportSummary(3, 1, 1, new TreeMap<>(), Duration.ZERO,
        Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("read 3 != written 1 + rejected 1");
    assertThatThrownBy(() -> new ImportSummary(-1, 0, -1, new TreeMap<>(), Duration.ZERO,
        Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textShowsCountsFindingsAndRate() {
    ImportSummary s = new ImportSummary(12, 8, 4,
        new TreeMap<>(Map.of("GR-TXT-002", 1L, "GR-LEG-001", 2L)), Duration.ofSeconds(2),
        Optional.empty(), Optional.empty());
    assertThat(s.rowsPerSecond()).isEqualTo(6.0);
    assertThat(s.findingsByRule().firstKey()).isEqualTo("GR-LEG-001");
    assertThat(s.toText()).startsWith("read 12, written 8, rejected 4 in 2.0 s (6 rows/s)")
        .contains("findings:").contains("  GR-LEG-001  2");
    assertThat(RecordImporter.empty(Optional.of("boom")).toText())
        .contains("input ended early: boom");
    assertThat(RecordImporter.empty(Optional.empty()).rowsPerSecond()).isZero();
  }
}
