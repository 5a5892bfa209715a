package dev.govreply.model.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of the small-value parsers: for any input, parsing either succeeds or throws
 * {@link MalformedValueException} with the input as its text and an index inside it; a successful
 * parse reads its own {@code toString()} back to an equal value.
 *
 * <p>The input bytes are decoded as UTF-8, so the regression inputs in
 * {@code src/test/resources/dev/govreply/model/fuzz/ValueParsersFuzzTestInputs/<method>/} are plain
 * text files. In a normal test run Jazzer replays those inputs only; set {@code JAZZER_FUZZ=1} to
 * fuzz (one method at a time, e.g. {@code -Dtest=ValueParsersFuzzTest#session}).
 */
class ValueParsersFuzzTest {

  private static String text(FuzzedDataProvider data) {
    return new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
  }

  private static void checkException(MalformedValueException e, String text, String fieldPrefix) {
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.field()).startsWith(fieldPrefix);
    assertThat(e.index()).isBetween(-1, text.length());
    assertThat(e.reason()).isNotBlank();
  }

  @FuzzTest(maxDuration = "10m")
  void documentNumber(FuzzedDataProvider data) {
    String s = text(data);
    DocumentNumber n;
    try {
      n = DocumentNumber.parse(s);
    } catch (MalformedValueException e) {
      checkException(e, s, "documentNumber");
      return;
    }
    DocumentNumber again = DocumentNumber.parse(n.toString());
    assertThat(again).isEqualTo(n).hasSameHashCodeAs(n);
    assertThat(DocumentNumber.of(n.issuerCode(), n.year(), n.serial())).isEqualTo(n);
  }

  @FuzzTest(maxDuration = "10m")
  void phoneNumber(FuzzedDataProvider data) {
    String s = text(data);
    PhoneNumber p;
    try {
      p = PhoneNumber.parse(s);
    } catch (MalformedValueException e) {
      checkException(e, s, "phone");
      return;
    }
    assertThat(PhoneNumber.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(PhoneNumber.parse(p.canonical()).sameNumberAs(p)).as(p.canonical()).isTrue();
  }

  @FuzzTest(maxDuration = "10m")
  void session(FuzzedDataProvider data) {
    String s = text(data);
    Session session;
    try {
      session = Session.parse(s);
    } catch (MalformedValueException e) {
      checkException(e, s, "session");
      return;
    }
    Session again = Session.parse(session.toString());
    assertThat(again).isEqualTo(session);
    assertThat(again.assembly()).isEqualTo(session.assembly());
    assertThat(again.region()).isEqualTo(session.region());
    assertThat(again.term()).isEqualTo(session.term());
    assertThat(again.meeting()).isEqualTo(session.meeting());
  }

  @FuzzTest(maxDuration = "10m")
  void numerals(FuzzedDataProvider data) {
    String s = text(data);
    int n = Math.floorMod(s.hashCode(), ChineseNumerals.MAX_FORMAT + 1);
    assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).isEqualTo(n);
    int value;
    try {
      value = ChineseNumerals.parse(s);
    } catch (MalformedValueException e) {
      checkException(e, s, "numeral");
      return;
    }
    assertThat(value).isBetween(0, ChineseNumerals.MAX_PARSE);
    if (value <= ChineseNumerals.MAX_FORMAT) {
      assertThat(ChineseNumerals.parse(ChineseNumerals.format(value))).isEqualTo(value);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void resultClass(FuzzedDataProvider data) {
    String s = text(data);
    ResultClass c;
    try {
      c = ResultClass.parse(s);
    } catch (MalformedValueException e) {
      checkException(e, s, "resultClass");
      return;
    }
    assertThat(ResultClass.parse(c.toString())).isEqualTo(c).hasSameHashCodeAs(c);
  }

  @FuzzTest(maxDuration = "10m")
  void labels(FuzzedDataProvider data) {
    String s = text(data);
    // recognisers never throw; a recognised value's own label is recognised as the same value
    Disclosure.fromMark(s).ifPresent(d -> assertThat(Disclosure.fromMark(d.label())).contains(d));
    ContactRole.fromLabel(s).ifPresent(
        r -> assertThat(ContactRole.fromLabel(r.chinese())).contains(r));
    dev.govreply.model.MotionKind.fromChinese(s);
    dev.govreply.model.AddresseeRole.fromChinese(s);
  }
}
