package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * Pins the fast paths of {@link PhoneNumber#parse(CharSequence)} and
 * {@link DocumentNumber#parse(CharSequence)} to their full readings: whenever a fast path gives a
 * value, the full path gives an equal one (with equal components), over generated texts near the
 * common shapes and the edge cases; and the generated texts do reach the fast paths.
 */
class FastPathParseTest {

  private static Gen<String> text(String alphabet, int minLength, int maxLength) {
    return range(minLength, maxLength).flatMap(len -> {
      Gen<String> g = constant("");
      for (int i = 0; i < len; i++) {
        g = g.zip(range(0, alphabet.length() - 1), (s, k) -> s + alphabet.charAt(k));
      }
      return g;
    });
  }

  private static Gen<String> digits(int min, int max) {
    return text("0123456789", min, max);
  }

  @Test
  void blankTableIsTheDefinition() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(ChineseNumerals.isBlank((char) c)).as("U+%04X", c)
          .isEqualTo(ChineseNumerals.isBlankSlow((char) c));
    }
  }

  @Test
  void removeBlanksKeepsATextWithoutBlanks() {
    assertThat(ChineseNumerals.removeBlanks("平政字")).isEqualTo("平政字");
    assertThat(ChineseNumerals.removeBlanks(" 平\u3000政\u200B字\t")).isEqualTo("平政字");
    assertThat(ChineseNumerals.removeBlanks(new StringBuilder("平 政"))).isEqualTo("平政");
    assertThat(ChineseNumerals.removeBlanks("")).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Phone numbers

  /** Texts near the common shapes: digits, area-subscriber, and some other characters. */
  private static Gen<String> phoneTexts() {
    Gen<String> plain = digits(5, 14);
    Gen<String> dashed = digits(1, 5).zip(pick(List.of("-", "-", "—", " ", "--", "")),
        digits(5, 10), (a, sep, b) -> a + sep + b);
    Gen<String> areaLike = pick(List.of("0", "01", "02", "07", "00", "1", "2"))
        .zip(digits(1, 3), pick(List.of("-", "")), pick(List.of("1", "2", "6", "9", "0")),
            digits(5, 8), (a, b, sep, c, d) -> a + b + sep + c + d);
    Gen<String> mobileLike = pick(List.of("1", "2", "0"))
        .zip(digits(10, 10), pick(List.of("", "转1", "-801", " ")), (a, b, c) -> a + b + c);
    Gen<String> mixed = text("0123456789--( )+转０e", 0, 14);
    return oneOf(plain, dashed, areaLike, mobileLike, mixed);
  }

  @Test
  void phoneFastPathAgreesWithFullPath() {
    AtomicInteger fast = new AtomicInteger();
    qt().withExamples(20_000).forAll(phoneTexts()).checkAssert(t -> {
      PhoneNumber common = PhoneNumber.parseCommon(t);
      if (common != null) {
        fast.incrementAndGet();
        assertSamePhone(common, PhoneNumber.parseFull(t), t);
      }
    });
    assertThat(fast.get()).as("texts that took the fast path").isGreaterThan(1000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0730-6222076", "010-22345678", "0730-62220761", "15115089731",
      "13000000000", "6222076", "22345678", "2345678", "023-2345678", "0999-9999999"})
  void phoneFastPathTakesTheCommonShapes(String t) {
    PhoneNumber common = PhoneNumber.parseCommon(t);
    assertThat(common).as(t).isNotNull();
    assertSamePhone(common, PhoneNumber.parseFull(t), t);
    assertThat(PhoneNumber.parse(t)).isEqualTo(common);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0730-622207", "0730-622207612", "00730-6222076", "0030-6222076",
      "0730-1222076", "0730-0222076", "12345678901", "12115089731", "1511508973", "151150897312",
      "07306222076", "0730--6222076", "-07306222076", "0730-", "1222076", "0222076", "123456789",
      "8615115089731", "０７３０-6222076", "0730-6222076转801", "073-06222076", "07-306222076",
      "0730 6222076", "(0730)6222076", "+8615115089731", "0730-6222076-801"})
  void phoneFastPathLeavesTheRestToTheFullPath(String t) {
    assertThat(PhoneNumber.parseCommon(t)).as(t).isNull();
  }

  private static void assertSamePhone(PhoneNumber a, PhoneNumber b, String t) {
    assertThat(a).as(t).isEqualTo(b);
    assertThat(a.kind()).as(t).isEqualTo(b.kind());
    assertThat(a.areaCode()).as(t).isEqualTo(b.areaCode());
    assertThat(a.subscriber()).as(t).isEqualTo(b.subscriber());
    assertThat(a.extension()).as(t).isEqualTo(b.extension());
    assertThat(a.toString()).as(t).isEqualTo(b.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // Document numbers

  private static Gen<String> documentTexts() {
    Gen<String> code = oneOf(SmallValueGenerators.issuerCodes(),
        pick(List.of("", " 平政字", "平 政字", "平\u0001政", "平〕政", "平]政", "平\u3000政", "平\u200B政")));
    Gen<String> open = pick(List.of("〔", "[", "【", "﹝", "(", "（", "〈", "［", "{", ""));
    Gen<String> year = oneOf(digits(3, 5), pick(List.of("2024", "0999", "1000", "9999", "２０２４",
        "20 24", " 2024", "2024 ")));
    Gen<String> close = pick(List.of("〕", "]", "】", "﹞", ")", "）", "〉", "］", "}", ""));
    Gen<String> serial = oneOf(digits(0, 11), pick(List.of("第12", "012", "0", "1", "999999999",
        "1000000000", " 12", "12 ", "１２", "1２")));
    Gen<String> mark = pick(List.of("号", "號", "号 ", "", "号x", "x", "号号"));
    Gen<String> noisy = code.zip(open, year, close, (c, o, y, z) -> c + o + y + z)
        .zip(serial, mark, (a, s, m) -> a + s + m);
    Gen<String> brackets = pick(List.of("〔", "[", "【", "﹝", "(", "（", "〈", "［"))
        .zip(pick(List.of("〕", "]", "】", "﹞", ")", "）", "〉", "］")), (o, z) -> o + z);
    Gen<String> wellFormed = SmallValueGenerators.issuerCodes().zip(brackets, range(1000, 9999),
        oneOf(range(1, 999), range(1, 999_999_999)), pick(List.of("号", "號")),
        (c, b, y, n, m) -> c + b.charAt(0) + y + b.charAt(1) + n + m);
    return oneOf(noisy, wellFormed);
  }

  @Test
  void documentNumberFastPathAgreesWithFullPath() {
    AtomicInteger fast = new AtomicInteger();
    qt().withExamples(20_000).forAll(documentTexts()).checkAssert(t -> {
      DocumentNumber common = DocumentNumber.parseCommon(t);
      if (common != null) {
        fast.incrementAndGet();
        DocumentNumber full = DocumentNumber.parseFull(t);
        assertThat(common).as(t).isEqualTo(full);
        assertThat(common.issuerCode()).as(t).isEqualTo(full.issuerCode());
        assertThat(common.year()).as(t).isEqualTo(full.year());
        assertThat(common.serial()).as(t).isEqualTo(full.serial());
        assertThat(common.toString()).as(t).isEqualTo(full.toString());
      }
    });
    assertThat(fast.get()).as("texts that took the fast path").isGreaterThan(1000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"平政字〔2024〕12号", "平交复函[2017]19号", "潼民发【2024】275号", "X〔1000〕1號",
      "平(9999)999999999号", "宝市环函﹝2019﹞193号", "a〈2020］5号"})
  void documentNumberFastPathTakesTheCommonShapes(String t) {
    DocumentNumber common = DocumentNumber.parseCommon(t);
    assertThat(common).as(t).isNotNull();
    assertThat(common).isEqualTo(DocumentNumber.parseFull(t));
    assertThat(common.issuerCode()).isEqualTo(DocumentNumber.parseFull(t).issuerCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "〔2024〕12号", "平政字〔2024〕012号", "平政字〔2024〕第12号",
      "平政字〔0999〕12号", "平政字〔202〕12号", "平政字〔20245〕12号", "平政字〔2024〕号",
      "平政字〔2024〕12", "平政字〔2024〕12号 ", "平 政字〔2024〕12号", "平政字 〔2024〕12号",
      "平政字〔２０２４〕12号", "平政字〔2024〕1000000000号", "平政字〔2024〕0号", "平\u0001〔2024〕1号",
      "平〕政〔2024〕1号", "平政字〔2024〔12号", "平政字〔2024〕1 2号", "平\u200B政〔2024〕12号"})
  void documentNumberFastPathLeavesTheRestToTheFullPath(String t) {
    assertThat(DocumentNumber.parseCommon(t)).as(t).isNull();
  }
}
