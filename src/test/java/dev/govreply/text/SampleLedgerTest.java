package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads every sample document and compares its ledger row with expected/NAME.json key by key under
 * the comparison rule of LEDGER.md (NFKC, whitespace removed, lists element by element); prints a
 * per-field accuracy table and requires 100 %. Also checks that no non-blank line is unaccounted.
 */
class SampleLedgerTest {

  static Path samples() {
    return LedgerCheck.directoryOf("/samples/SOURCES.md");
  }

  static List<Path> sampleFiles() throws IOException {
    return LedgerCheck.documents(samples());
  }

  static ReadResult read(Path p) throws IOException {
    return LedgerCheck.read(p);
  }

  @Test
  void everySampleMatchesItsExpectedLedgerRow() throws IOException {
    LedgerCheck.Outcome o = LedgerCheck.check(samples());
    System.out.println(o.table("samples"));
    o.failures().forEach(System.out::println);
    assertThat(o.documents()).isEqualTo(13);
    assertThat(o.failures()).isEmpty();
  }

  @Test
  void everyNonBlankLineIsAccounted() throws IOException {
    assertThat(LedgerCheck.check(samples()).unaccounted()).isEmpty();
  }

  @Test
  void everyHanCharacterOutsideTheBodyIsKept() throws IOException {
    // lines that went only to unrecognized blocks keep their text verbatim
    for (Path p : sampleFiles()) {
      ReadResult r = read(p);
      r.reply().unrecognized().forEach(b -> {
        for (int i = 0; i < b.lines().size(); i++) {
          assertThat(b.lines().get(i))
              .isEqualTo(r.report().lines().get(b.firstLine() - 1 + i).text());
        }
      });
    }
  }
}
