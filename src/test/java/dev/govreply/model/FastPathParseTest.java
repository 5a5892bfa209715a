package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.govreply.internal.Chars;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * Pins the fast path of {@link PhoneNumber#parse(CharSequence)} to its full reading: whenever the
 * fast path gives a value, the full path gives an equal one (with equal components), over generated
 * texts near the common shapes and the edge cases; and the generated texts do reach the fast path.
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
}
