package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class MalformedValueExceptionTest {

  @Test
  void messageNamesFieldReasonTextAndIndex() {
    MalformedValueException e =
        new MalformedValueException("documentNumber.year", "平政字〔0〕12号", 4, "year must have four digits");
    assertThat(e.getMessage())
        .isEqualTo("documentNumber.year: year must have four digits in \"平政字〔0〕12号\" at index 4");
    assertThat(e.field()).isEqualTo("documentNumber.year");
    assertThat(e.text()).isEqualTo("平政字〔0〕12号");
    assertThat(e.index()).isEqualTo(4);
    assertThat(e.reason()).isEqualTo("year must have four digits");
  }

  @Test
  void indexMinusOneIsLeftOutOfTheMessage() {
    MalformedValueException e = new MalformedValueException("issuer", " ", -1, "must not be blank");
    assertThat(e.getMessage()).isEqualTo("issuer: must not be blank in \" \"");
  }

  @Test
  void isAnIllegalArgumentExceptionSoCallersCanCatchEither() {
    assertThat(new MalformedValueException("f", "t", 0, "r"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fieldAndReasonAreRequired() {
    assertThatNullPointerException().isThrownBy(() -> new MalformedValueException(null, "t", 0, "r"));
    assertThatNullPointerException().isThrownBy(() -> new MalformedValueException("f", "t", 0, null));
  }

  @Test
  void parsersReportWhereTheProblemIs() {
    MalformedValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        MalformedValueException.class, () -> DocumentNumber.parse("平政字〔0〕12号"));
    assertThat(e.field()).startsWith("documentNumber");
    assertThat(e.text()).isEqualTo("平政字〔0〕12号");
    assertThat(e.index()).isBetween(0, "平政字〔0〕12号".length());
  }
}
