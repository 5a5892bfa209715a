package dev.govreply.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ReplyJsonExceptionTest {

  @Test
  void messageNamesPointerLineAndColumn() {
    ReplyJsonException e = new ReplyJsonException("/body/measures/2/ordinal", 7, 19,
        "expected an integer", null);
    assertThat(e.getMessage()).contains("/body/measures/2/ordinal").contains("line 7")
        .contains("column 19").endsWith("expected an integer");
    assertThat(e.pointer()).isEqualTo("/body/measures/2/ordinal");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(19);
    assertThat(e.reason()).isEqualTo("expected an integer");
  }

  @Test
  void unknownPositionIsLeftOut() {
    ReplyJsonException e = new ReplyJsonException("/issuer", -1, -1, "bad", null);
    assertThat(e.getMessage()).doesNotContain("line").contains("/issuer");
  }

  @Test
  void readErrorsCarryTheLocationOfTheOffendingValue() {
    ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class,
        () -> ReplyJson.standard().read("{\"format\":\"govreply/1\",\n  \"motion\":{\"kind\":\"X\"}}"));
    assertThat(e.pointer()).isEqualTo("/motion/kind");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isPositive();
  }
}
