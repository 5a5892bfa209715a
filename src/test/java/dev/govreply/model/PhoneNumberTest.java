package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // samples: 何勇 0730-6222076; 电话:0571-87808443; 电话:65318096; 18855455006; 13575075258
    "0730-6222076 | 0730-6222076", "0571-87808443 | 0571-87808443", "65318096 | 65318096",
    "18855455006 | 18855455006", "13575075258 | 13575075258",
    "0730—6222076 | 0730-6222076", "0730－6222076 | 0730-6222076", "0730‐6222076 | 0730-6222076",
    "0730–6222076 | 0730-6222076", "0730‑6222076 | 0730-6222076", "0730 6222076 | 0730-6222076",
    "(0730)6222076 | 0730-6222076", "（0730）6222076 | 0730-6222076", "( 0730 ) 6222076 | 0730-6222076",
    "０７３０－６２２２０７６ | 0730-6222076", "07306222076 | 0730-6222076", "01062345678 | 010-62345678",
    "02087654321 | 020-87654321", "010-2345678 | 010-2345678", "6531-8096 | 65318096",
    "151 1508 9731 | 15115089731", "151-1508-9731 | 15115089731", "+86 151 1508 9731 | 15115089731",
    "+8615115089731 | 15115089731", "8615115089731 | 15115089731", "＋86-15115089731 | 15115089731",
    "0730-6222076转801 | 0730-6222076转801", "0730-6222076 转 801 | 0730-6222076转801",
    "0730-6222076-801 | 0730-6222076转801", "0730-6222076ext.801 | 0730-6222076转801",
    "0730-6222076 EXT 801 | 0730-6222076转801", "0730-6222076分机801 | 0730-6222076转801",
    "(0730)6222076-801 | 0730-6222076转801", "65318096转12 | 65318096转12",
    "52564588-7817 | 52564588转7817", "6222076 - 801 | 6222076转801",
    // every extension marker, in each of its forms
    "0730-6222076轉801 | 0730-6222076转801", "0730-6222076分機801 | 0730-6222076转801",
    "0730-6222076 Ext: 801 | 0730-6222076转801", "0730-6222076eXt：801 | 0730-6222076转801",
    "0730-6222076 ext..801 | 0730-6222076转801",
    "0730-622 2076 | 0730-6222076"
  })
  void parsesPrintedForms(String text, String canonical) {
    PhoneNumber p = PhoneNumber.parse(text);
    assertThat(p.canonical()).isEqualTo(canonical);
    assertThat(PhoneNumber.parse(p.toString())).as(p.toString()).isEqualTo(p);
    assertThat(PhoneNumber.parse(canonical).sameNumberAs(p)).isTrue();
  }

  /** LEDGER.md: "the phone number as printed, digits and one hyphen". */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0730-6222076 | 0730-6222076", "0730—6222076 | 0730-6222076", "０７３０－６２２２０７６ | 0730-6222076",
    "(0730)6222076 | 0730-6222076", "（0730） 6222076 | 0730-6222076", "0730--6222076 | 0730-6222076",
    // an area code run into the number, or set off by a blank only, is printed so
    "087164871015 | 087164871015", "0871 64871015 | 087164871015", "09092288759 | 09092288759",
    // unless the digits run together would read another area code
    "073 2345678 | 073-2345678",
    // an extension after the marker printed, or after a dash
    "52564588-7817 | 52564588-7817", "52564588 7817 | 52564588-7817",
    "0730-6222076分机801 | 0730-6222076分机801", "0730-6222076 转 801 | 0730-6222076转801",
    "0730-6222076 ext. 801 | 0730-6222076ext.801", "0730-6222076-801 | 0730-6222076-801",
    "0730 6222076 801 | 0730-6222076-801",
    // separators inside a number, and a country code, are left out
    "6531-8096 | 65318096", "151 1508 9731 | 15115089731", "+86 151 1508 9731 | 15115089731",
    // masked digits as printed
    "1*******466 | 1*******466", "131******5505 | 131******5505", "189＊＊＊＊＊＊6664 | 189******6664",
    "0871-****1015 | 0871-****1015", "(0871)****1015 | 0871-****1015",
    "073-6****761 | 073-6****761", "073 6****761 | 073-6****761"
  })
  void writesTheNumberAsPrinted(String text, String printed) {
    PhoneNumber p = PhoneNumber.parse(text);
    assertThat(p).hasToString(printed);
    assertThat(PhoneNumber.parse(printed)).isEqualTo(p).hasSameHashCodeAs(p);
  }

  @Test
  void printingsOfOneNumberAreTheSameNumberButNotEqual() {
    PhoneNumber runTogether = PhoneNumber.parse("087164871015");
    PhoneNumber setOff = PhoneNumber.parse("0871-64871015");
    assertThat(runTogether.sameNumberAs(setOff)).isTrue();
    assertThat(runTogether).isNotEqualTo(setOff);
    assertThat(runTogether.canonical()).isEqualTo(setOff.canonical()).isEqualTo("0871-64871015");
    assertThat(PhoneNumber.parse("0871 64871015")).isEqualTo(runTogether);
    assertThat(PhoneNumber.parse("52564588-7817").sameNumberAs(PhoneNumber.parse("52564588转7817")))
        .isTrue();
    assertThat(runTogether.sameNumberAs(PhoneNumber.parse("0871-64871016"))).isFalse();
    assertThatNullPointerException().isThrownBy(() -> runTogether.sameNumberAs(null));
  }

  @Test
  void extensionsKeepHowTheAreaCodeIsPrinted() {
    PhoneNumber p = PhoneNumber.parse("07306222076分机801");
    assertThat(p.withoutExtension()).hasToString("07306222076");
    assertThat(p.withExtension("12")).hasToString("07306222076转12");
    assertThat(PhoneNumber.landline("0730", "6222076").withExtension("801"))
        .hasToString("0730-6222076转801");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1*******466 | MOBILE | - | 1*******466", "131******5505 | MOBILE | - | 131******5505",
    "0871-****1015 | LANDLINE | 0871 | ****1015", "0871****1015 | LANDLINE | 0871 | ****1015",
    "****1015 | LANDLINE | - | ****1015", "0***6222076 | LANDLINE | - | 0***6222076",
    "073-6****761 | LANDLINE | 073 | 6****761", "(087)1****015 | LANDLINE | 087 | 1****015",
    "+86 151****9731 | MOBILE | - | 151****9731",
    "073-***4567 | LANDLINE | 073 | ***4567"
  })
  void readsMaskedNumbersAsPrinted(String text, PhoneNumber.Kind kind, String area,
      String subscriber) {
    PhoneNumber p = PhoneNumber.parse(text);
    assertThat(p.isMasked()).isTrue();
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.areaCode().orElse("-")).isEqualTo(area);
    assertThat(p.subscriber()).isEqualTo(subscriber);
    assertThat(PhoneNumber.parse("0730-6222076").isMasked()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1***46 | 0", "1*************466 | 0", "1****466转12 | 8", "0730-***2076转8a1 | 14",
    // found by fuzzing: after +86 only a mobile, masked or not
    "+86 786150*1 4 371 | 4", "(1)*722210 | 1",
    // found by fuzzing and review: groups that do not say where the parts end
    "013*30-079 | 0", "0***-6222076 | 0", "5256****-7817 | 0", "0871 ****1015 8 | 14",
    "0871-*** | 5", "010-**** | 4"
  })
  void rejectsMaskedNumbersOutOfBounds(String text, int index) {
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> PhoneNumber.parse(text))
        .satisfies(e -> assertThat(e.index()).as(e.getMessage()).isEqualTo(index));
  }

  @Test
  void components() {
    PhoneNumber landline = PhoneNumber.parse("（0730）6222076转801");
    assertThat(landline.kind()).isEqualTo(PhoneNumber.Kind.LANDLINE);
    assertThat(landline.areaCode()).contains("0730");
    assertThat(landline.subscriber()).isEqualTo("6222076");
    assertThat(landline.extension()).contains("801");
    assertThat(landline).isEqualTo(PhoneNumber.landline("0730", "6222076").withExtension("801"))
        .hasSameHashCodeAs(PhoneNumber.landline("0730", "6222076").withExtension("801"));
    assertThat(landline.withoutExtension()).isEqualTo(PhoneNumber.landline("0730", "6222076"));

    PhoneNumber local = PhoneNumber.parse("65318096");
    assertThat(local.areaCode()).isEmpty();
    assertThat(local).isEqualTo(PhoneNumber.landline("65318096"))
        .isNotEqualTo(PhoneNumber.landline("0898", "65318096"));

    PhoneNumber mobile = PhoneNumber.parse("15115089731");
    assertThat(mobile.kind()).isEqualTo(PhoneNumber.Kind.MOBILE);
    assertThat(mobile.areaCode()).isEmpty();
    assertThat(mobile.extension()).isEmpty();
    assertThat(mobile.subscriber()).isEqualTo("15115089731");
    assertThat(mobile).isEqualTo(PhoneNumber.mobile("15115089731"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // the common shapes: a mobile, a landline without area code, area code - subscriber
    "0730-6222076 | LANDLINE | 0730 | 6222076 | -", "010-22345678 | LANDLINE | 010 | 22345678 | -",
    "0730-62220761 | LANDLINE | 0730 | 62220761 | -", "023-2345678 | LANDLINE | 023 | 2345678 | -",
    "0999-9999999 | LANDLINE | 0999 | 9999999 | -", "15115089731 | MOBILE | - | 15115089731 | -",
    "13000000000 | MOBILE | - | 13000000000 | -", "6222076 | LANDLINE | - | 6222076 | -",
    "22345678 | LANDLINE | - | 22345678 | -", "2345678 | LANDLINE | - | 2345678 | -",
    // and the others
    "07306222076 | LANDLINE | 0730 | 6222076 | -", "0730--6222076 | LANDLINE | 0730 | 6222076 | -",
    "-07306222076 | LANDLINE | 0730 | 6222076 | -", "8615115089731 | MOBILE | - | 15115089731 | -",
    "+8615115089731 | MOBILE | - | 15115089731 | -", "０７３０-6222076 | LANDLINE | 0730 | 6222076 | -",
    "0730 6222076 | LANDLINE | 0730 | 6222076 | -", "(0730)6222076 | LANDLINE | 0730 | 6222076 | -",
    "0730-6222076转801 | LANDLINE | 0730 | 6222076 | 801",
    "0730-6222076-801 | LANDLINE | 0730 | 6222076 | 801",
    // 86 without its plus: the country code when a mobile follows, however grouped; else a
    // subscriber's digits (8610013-000000: a falsifying value of
    // everyPrintingReadsBackAsPrintedAndAsTheSameNumber), or a subscriber and its extension
    "86 151 1508 9731 | MOBILE | - | 15115089731 | -",
    "86139-1234-5678 | MOBILE | - | 13912345678 | -", "861391234-5678 | MOBILE | - | 13912345678 | -",
    "86139 12345678 | MOBILE | - | 13912345678 | -",
    "8610013-000000 | LANDLINE | - | 8610013 | 000000",
    "8613800-138000 | LANDLINE | - | 8613800 | 138000"
  })
  void readsTheParts(String text, PhoneNumber.Kind kind, String area, String subscriber,
      String extension) {
    PhoneNumber p = PhoneNumber.parse(text);
    assertThat(p.kind()).as(text).isEqualTo(kind);
    assertThat(p.areaCode().orElse("-")).as(text).isEqualTo(area);
    assertThat(p.subscriber()).as(text).isEqualTo(subscriber);
    assertThat(p.extension().orElse("-")).as(text).isEqualTo(extension);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "00730-6222076 | 0", "0730-0222076 | 5", "12345678901 | 0",
    "151150897312 | 0", "0730- | 0", "1222076 | 0", "0222076 | 3", "123456789 | 0",
    "073-06222076 | 4", "07-306222076 | 0",
    "'' | -1", "电话 | 0", "0730-622207a | 11", "0730-622207 | 5", "0730-622207612 | 5",
    "1511508973 | 0", "151150897311 | 0", "12115089731 | 0", "07306 | 4", "0030-6222076 | 0",
    "07301-6222076 | 0", "0730-1222076 | 5", "622207 | 0", "(0730 6222076 | 0", "0730)6222076 | 4",
    "(6531)8096 | 1", "15115089731转801 | 11", "0730-6222076转 | 13", "0730-6222076转1234567 | 13",
    "0730-6222076转80a | 15", "+1 2025550123 | 1", "0730-6222076-801-2 | 5", "0730+6222076 | 4",
    "（151）15089731 | 1", "0730-6222076/801 | 12",
    "52564588-1234567 | 9", "622207-801 | 0"
  })
  void rejectsMalformed(String text, int index) {
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> PhoneNumber.parse(text))
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("phone");
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.index()).isEqualTo(index);
        });
  }

  @Test
  void factoriesValidate() {
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> PhoneNumber.mobile("1511508973"))
        .satisfies(e -> assertThat(e.field()).isEqualTo("phone"));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> PhoneNumber.mobile("１５１１５０８９７３１"));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> PhoneNumber.landline("730", "6222076"));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> PhoneNumber.landline("0730", "622-2076"));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> PhoneNumber.landline("123456"));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> PhoneNumber.landline("0730", "6222076").withExtension("1234567"));
    assertThatExceptionOfType(MalformedValueException.class)
        .isThrownBy(() -> PhoneNumber.mobile("15115089731").withExtension("1"));
    assertThatNullPointerException().isThrownBy(() -> PhoneNumber.parse(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> PhoneNumber.landline(null, "6222076"));
  }

  @Test
  void parseOfToStringRoundTrips() {
    qt().withExamples(1000).forAll(SmallValueGenerators.phoneNumbers())
        .check(p -> PhoneNumber.parse(p.toString()).equals(p));
  }

  @Test
  void everyPrintingReadsBackAsPrintedAndAsTheSameNumber() {
    qt().withExamples(2000).forAll(SmallValueGenerators.printedPhoneNumbers())
        .check(text -> {
          PhoneNumber p = PhoneNumber.parse(text);
          PhoneNumber printed = PhoneNumber.parse(p.toString());
          return printed.equals(p) && printed.toString().equals(p.toString())
              && PhoneNumber.parse(p.canonical()).sameNumberAs(p);
        });
  }
}
