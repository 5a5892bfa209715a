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

  @Test
  void textSaysWhenTheCharsetWasGuessed() {
    RecordSource.CharsetGuess guess = new RecordSource.CharsetGuess(Charsets.GB18030,
        "GB18030: 96% of 346 double-byte characters are common simplified hanzi; not valid Big5");
    ImportSummary s = new ImportSummary(1, 1, 0, new TreeMap<>(), Duration.ofSeconds(1),
        Optional.empty(), Optional.empty(), Optional.of(guess));
    assertThat(s.charsetGuess()).contains(guess);
    assertThat(s.toText()).contains(String.format("read 1, written 1, rejected 0 in 1.0 s (1"
        + " rows/s)%ncharset guessed: decoded as GB18030 (GB18030: 96%% of 346 double-byte"
        + " characters are common simplified hanzi; not valid Big5)%n"));
    assertThat(new ImportSummary(1, 1, 0, new TreeMap<>(), Duration.ofSeconds(1),
        Optional.empty(), Optional.empty()).toText()).doesNotContain("charset");
  }

  @Test
  void textAccountsForEveryLine() {
    ImportSummary s = new ImportSummary(10, 7, 3, new TreeMap<>(), Duration.ofSeconds(1),
        Optional.of("cannot read on"), Optional.of(new RecordSource.Lines(1, 2, 11, 4,
            Optional.of(new RecordSource.Lines.Longest(8, 9, 3)))));
    assertThat(s.lines().orElseThrow().total()).isEqualTo(18);
    assertThat(s.toText()).contains(String.format("read 10, written 7, rejected 3 in 1.0 s (10"
        + " rows/s)%nlines: 18 = 1 header + 2 blank + 11 in records + 4 not read; the longest"
        + " record, 8, covers 3 lines from line 9%ninput ended early: cannot read on%n"));
    assertThatThrownBy(() -> new RecordSource.Lines(-1, 0, 0, 0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
