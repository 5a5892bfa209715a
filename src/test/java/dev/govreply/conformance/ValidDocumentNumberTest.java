package dev.govreply.conformance;

import static dev.govreply.conformance.ConstraintTests.check;
import static dev.govreply.conformance.ConstraintTests.checkZh;
import static dev.govreply.conformance.ConstraintTests.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidDocumentNumberTest {

  /** A user's ledger row holding document numbers as text. */
  static final class Row {
    @ValidDocumentNumber
    String number;

    @ValidDocumentNumber(canonical = true)
    String canonicalNumber;

    List<@ValidDocumentNumber String> related = List.of();

    @ValidDocumentNumber(message = "文号不对: {reason}|{canonicalForm}", canonical = true)
    String custom;

    Row number(String value) {
      number = value;
      return this;
    }

    Row canonicalNumber(String value) {
      canonicalNumber = value;
      return this;
    }
  }

  record Dto(@ValidDocumentNumber(canonical = true) String number) {}

  @Test
  void nullIsValid() {
    assertThat(check(new Row())).isEmpty();
    assertThat(check(new Dto(null))).isEmpty();
  }

  @Test
  void canonicalAndLenientFormsAreValid() {
    assertThat(check(new Row().number("平政字〔2024〕12号").canonicalNumber("平政字〔2024〕12号")))
        .isEmpty();
    assertThat(check(new Row().number("平政字[2024]05号"))).isEmpty();
    assertThat(check(new Row().number("岳发改字 (2020) 第046号"))).isEmpty();
  }

  @Test
  void nonCanonicalFormFailsWhenCanonicalIsRequired() {
    assertThat(check(new Row().canonicalNumber("平政字[2024]05号"))).containsExactly(
        new Violation("canonicalNumber", "must be written in canonical form: 平政字〔2024〕5号",
            "平政字[2024]05号", "ValidDocumentNumber"));
    assertThat(check(new Dto("平交复函[2017]19号"))).extracting(Violation::message)
        .containsExactly("must be written in canonical form: 平交复函〔2017〕19号");
  }

  @Test
  void malformedTextFails() {
    assertThat(check(new Row().number("12号").canonicalNumber("平政字2024"))).containsExactly(
        new Violation("canonicalNumber", "must be a document number such as 平政字〔2024〕12号",
            "平政字2024", "ValidDocumentNumber"),
        new Violation("number", "must be a document number such as 平政字〔2024〕12号", "12号",
            "ValidDocumentNumber"));
    assertThat(check(new Row().number("平政字〔0〕12号"))).hasSize(1);
    assertThat(check(new Row().number(""))).hasSize(1);
  }

  @Test
  void chineseMessages() {
    assertThat(checkZh(new Row().number("12号"))).extracting(Violation::message)
        .containsExactly("应为发文字号，如 平政字〔2024〕12号");
    assertThat(checkZh(new Row().canonicalNumber("平政字[2024]05号")))
        .extracting(Violation::message).containsExactly("发文字号应写作规范形式：平政字〔2024〕5号");
  }

  @Test
  void containerElementsAreChecked() {
    Row row = new Row();
    row.related = List.of("平政字〔2024〕12号", "无文号");
    assertThat(check(row)).extracting(Violation::path, Violation::invalidValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("related[1]", "无文号"));
  }

  @Test
  void ownMessageGetsReasonAndCanonicalForm() {
    Row row = new Row();
    row.custom = "平政字[2024]05号";
    assertThat(check(row)).extracting(Violation::message)
        .containsExactly("文号不对: |平政字〔2024〕5号");
    row.custom = "平政字〔2024〕";
    assertThat(check(row)).extracting(Violation::message).singleElement().asString()
        .startsWith("文号不对: ").endsWith("|").hasSizeGreaterThan("文号不对: |".length());
  }

  /**
   * The value is user input: braces and ${…} in it must come out literally, never evaluated. They
   * cannot be part of an issuer code (letters and digits), so such text is refused as a whole and
   * never quoted in the canonical-form message.
   */
  @Test
  void userInputInMessagesIsNotInterpolated() {
    assertThat(check(new Row().canonicalNumber("平${1+1}字[2024]1号")))
        .extracting(Violation::message)
        .containsExactly("must be a document number such as 平政字〔2024〕12号");
    assertThat(check(new Row().canonicalNumber("平{max}字[2024]1号")))
        .extracting(Violation::message)
        .containsExactly("must be a document number such as 平政字〔2024〕12号");
  }

  @Test
  void validateValueWorks() {
    assertThat(value(Row.class, "canonicalNumber", "平政字〔2024〕12号")).isEmpty();
    assertThat(value(Row.class, "canonicalNumber", "平政字〔2024〕012号")).hasSize(1);
  }

  @Test
  void acceptsAnyCharSequence() {
    final class Builders {
      @ValidDocumentNumber(canonical = true)
      final StringBuilder number = new StringBuilder("平政字〔2024〕12号");
    }
    assertThat(check(new Builders())).isEmpty();
  }
}
