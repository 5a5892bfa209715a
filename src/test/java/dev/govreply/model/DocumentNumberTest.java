package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberTest {

  @ParameterizedTest
  @CsvSource({
    // as printed in samples/
    "平政字〔2024〕12号, 平政字, 2024, 12",
    "潼民发【2024】275号, 潼民发, 2024, 275",
    "平交复函[2017]19号, 平交复函, 2017, 19",
    "高卫体发〔2023〕148号, 高卫体发, 2023, 148",
    "宝市环函〔2019〕193号, 宝市环函, 2019, 193",
    "浙交建〔2018〕101号, 浙交建, 2018, 101",
    "岳发改字〔2020〕46号, 岳发改字, 2020, 46",
    // deviations
    "宝市环函﹝2019﹞193号, 宝市环函, 2019, 193",
    "湘交建议复(2021)5号, 湘交建议复, 2021, 5",
    "湘交建议复（2021）05号, 湘交建议复, 2021, 5",
    "湘交建议复〈2021〉第5号, 湘交建议复, 2021, 5",
    "湘交建议复〔２０２１〕第００５号, 湘交建议复, 2021, 5",
    "' 平 政 字 〔 2024 〕 1 2 号 ', 平政字, 2024, 12",
    "平政字〔2024]12號, 平政字, 2024, 12",
    // the year printed before the issuer code (corpus e 180, bk 1187)
    "(2018)阜水务字第15号, 阜水务字, 2018, 15",
    "[2016]洞政复函 3号, 洞政复函, 2016, 3",
    "' 〔2024〕 平政字 12 号', 平政字, 2024, 12"
  })
  void parsesPrintedForms(String text, String code, int year, int serial) {
    DocumentNumber n = DocumentNumber.parse(text);
    assertThat(n.issuerCode()).isEqualTo(code);
    assertThat(n.year()).isEqualTo(year);
    assertThat(n.serial()).isEqualTo(serial);
    assertThat(n).isEqualTo(DocumentNumber.of(code, year, serial));
  }

  @Test
  void canonicalForm() {
    assertThat(DocumentNumber.parse("平交复函[2017]019号")).hasToString("平交复函〔2017〕19号");
    assertThat(DocumentNumber.of("平政字", 2024, 12)).hasToString("平政字〔2024〕12号");
  }

  @Test
  void equalityOnComponents() {
    DocumentNumber a = DocumentNumber.of("平政字", 2024, 12);
    assertThat(a).isEqualTo(DocumentNumber.parse("平政字【2024】第012号")).hasSameHashCodeAs(
        DocumentNumber.parse("平政字【2024】第012号"));
    assertThat(a).isNotEqualTo(DocumentNumber.of("平政字", 2024, 13))
        .isNotEqualTo(DocumentNumber.of("平政函", 2024, 12))
        .isNotEqualTo(DocumentNumber.of("平政字", 2023, 12))
        .isNotEqualTo("平政字〔2024〕12号");
  }

  @ParameterizedTest
  @CsvSource({
    "平政字〔0〕12号, documentNumber.year, 4",
    "平政字〔24〕12号, documentNumber.year, 4",
    "平政字〔0224〕12号, documentNumber.year, 4",
    "平政字〔20245〕12号, documentNumber.year, 4",
    "平政字〔二〇二四〕12号, documentNumber.year, 4",
    "平政字〔2024, documentNumber.year, 8",
    "平政字〔2024〕12, documentNumber, 11",
    "平政字〔2024〕12号文, documentNumber, 12",
    "平政字〔2024〕号, documentNumber.serial, 9",
    "平政字〔2024〕0号, documentNumber.serial, 9",
    "平政字〔2024〕十二号, documentNumber.serial, 9",
    "平政字〔2024〕9999999999号, documentNumber.serial, 9",
    "〔2024〕12号, documentNumber.issuerCode, 0",
    "(2018)第15号, documentNumber.issuerCode, 0",
    "(2018)阜水务字, documentNumber.serial, 10",
    "平政〕字〔2024〕12号, documentNumber.issuerCode, 2",
    "平政字2024年12号, documentNumber, -1",
    "'', documentNumber, -1"
  })
  void rejectsMalformed(String text, String field, int index) {
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> DocumentNumber.parse(text))
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.index()).isEqualTo(index);
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // found by probing as an attacker: path text, bidi overrides, backslashes, formula text
    "../../x/pwn〔2021〕1号 | 0",
    "x/pwn〔2021〕1号 | 1",
    "平政\\字〔2021〕1号 | 2",
    "平政\u202E字〔2021〕1号 | 2",
    "平政\u200F字〔2021〕1号 | 2",
    "..〔2021〕1号 | 0",
    "@SUM(1+1)〔2021〕1号 | 0",
    "平政字.〔2021〕1号 | 3",
    "2024〔2021〕1号 | 0"
  })
  void issuerCodeIsLettersAndDigits(String text, int index) {
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> DocumentNumber.parse(text))
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("documentNumber.issuerCode");
          assertThat(e.index()).isEqualTo(index);
        });
    String code = text.substring(0, text.indexOf('〔'));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> DocumentNumber.of(code, 2021, 1))
        .satisfies(e -> assertThat(e.field()).isEqualTo("documentNumber.issuerCode"));
  }

  @Test
  void issuerCodesOfAnyScriptAreRead() {
    assertThat(DocumentNumber.parse("龍教體函〔2021〕7號").issuerCode()).isEqualTo("龍教體函");
    assertThat(DocumentNumber.parse("JX2字〔2021〕7号").issuerCode()).isEqualTo("JX2字");
  }

  @Test
  void ofValidatesComponents() {
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> DocumentNumber.of("", 2024, 1))
        .satisfies(e -> assertThat(e.field()).isEqualTo("documentNumber.issuerCode"));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> DocumentNumber.of("平 政字", 2024, 1))
        .satisfies(e -> assertThat(e.index()).isEqualTo(1));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> DocumentNumber.of("平政字〔", 2024, 1))
        .satisfies(e -> assertThat(e.index()).isEqualTo(3));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> DocumentNumber.of("平政字", 24, 1))
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("documentNumber.year");
          assertThat(e.text()).isEqualTo("24");
        });
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> DocumentNumber.of("平政字", 2024, 0))
        .satisfies(e -> assertThat(e.field()).isEqualTo("documentNumber.serial"));
    assertThatNullPointerException().isThrownBy(() -> DocumentNumber.of(null, 2024, 1))
        .withMessage("issuerCode");
    assertThatNullPointerException().isThrownBy(() -> DocumentNumber.parse(null))
        .withMessage("text");
  }

  @Test
  void parseOfToStringRoundTrips() {
    qt().withExamples(1000).forAll(SmallValueGenerators.documentNumbers())
        .check(n -> DocumentNumber.parse(n.toString()).equals(n));
  }
}
