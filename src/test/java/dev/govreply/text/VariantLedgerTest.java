package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The synthetic layout variants of src/test/resources/variants (layouts real replies use that the
 * samples do not show): every ledger row equals expected/NAME.json under the comparison rule of
 * LEDGER.md, with a per-field table printed; no non-blank line is unaccounted.
 */
class VariantLedgerTest {

  static Path variants() {
    return LedgerCheck.directoryOf("/variants/README.md");
  }

  @Test
  void everyVariantMatchesItsExpectedLedgerRow() throws IOException {
    LedgerCheck.Outcome o = LedgerCheck.check(variants());
    System.out.println(o.table("variants"));
    o.failures().forEach(System.out::println);
    assertThat(o.documents()).isGreaterThanOrEqualTo(13);
    assertThat(o.failures()).isEmpty();
  }

  @Test
  void everyNonBlankLineIsAccounted() throws IOException {
    assertThat(LedgerCheck.check(variants()).unaccounted()).isEmpty();
  }
}
