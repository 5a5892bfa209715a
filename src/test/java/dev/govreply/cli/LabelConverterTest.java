package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LabelConverterTest {
  private final ReadCommand.FormatConverter read = new ReadCommand.FormatConverter();

  @Test
  void aLabelIsTheNameInLowerCaseWithHyphensInAnyCase() {
    assertThat(read.convert("ledger-csv")).isEqualTo(ReadCommand.Format.LEDGER_CSV);
    assertThat(read.convert("LEDGER-JSON")).isEqualTo(ReadCommand.Format.LEDGER_JSON);
    assertThat(ReadCommand.Format.LEDGER_CSV).hasToString("ledger-csv");
  }

  @Test
  void anotherValueListsTheLabels() {
    assertThatThrownBy(() -> read.convert("ledger_csv"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessage("unknown format 'ledger_csv' (expected json, text, ledger-json or ledger-csv)");
    assertThatThrownBy(() -> new CheckCommand.FormatConverter().convert("xml"))
        .hasMessage("unknown value 'xml' (expected text or json)");
  }
}
