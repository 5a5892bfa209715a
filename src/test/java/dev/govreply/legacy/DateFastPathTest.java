package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.govreply.internal.Chars;
import dev.govreply.model.MalformedValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * Pins the in-place reading of ASCII-digit dates ({@link Converters#ymd(String, String, int, int,
 * int, int, int, int)}) to the general one ({@link Converters#ymd(String, String, String,
 * String)}): the same date, or the same exception with the same message, over generated parts
 * (valid dates, impossible ones such as 2021-02-30, zeros, Chinese numerals).
 */
class DateFastPathTest {

  private static Gen<String> digits(int min, int max) {
    return range(min, max).flatMap(len -> {
      Gen<String> g = constant("");
      for (int i = 0; i < len; i++) {
        g = g.zip(range(0, 9), (s, d) -> s + d);
      }
      return g;
    });
  }

  private static Gen<String> part(int min, int max) {
    return oneOf(digits(min, max), digits(min, max), pick(List.of("七", "十二", "三十一", "〇", "O")));
  }

  @Test
  void inPlaceReadingAgreesWithTheGeneralOne() {
    AtomicInteger dates = new AtomicInteger();
    Gen<String> years = oneOf(digits(4, 4), pick(List.of("2021", "2020", "1900", "2000", "二〇二一")));
    qt().withExamples(20_000).forAll(years, part(1, 2), part(1, 2), pick(List.of("-", "年")))
        .checkAssert((y, mo, d, sep) -> {
          String k = y + sep + mo + sep + d;
          int m0 = y.length() + 1;
          int d0 = m0 + mo.length() + 1;
          Object fast = outcome(() -> Converters.ymd(k, k, 0, y.length(), m0, m0 + mo.length(),
              d0, d0 + d.length()));
          Object full = outcome(() -> new Converters.DateValue(Converters.ymd(k, y, mo, d),
              false));
          assertThat(fast).as(k).isEqualTo(full);
          if (fast instanceof Converters.DateValue) {
            dates.incrementAndGet();
          }
        });
    assertThat(dates.get()).as("valid dates among the examples").isGreaterThan(1000);
  }

  @Test
  void aPlainDateIsItsOwnKey() {
    AtomicInteger plain = new AtomicInteger();
    Gen<String> texts = oneOf(
        range(0, 12).flatMap(len -> text("0123456789-./年月日号", len)),
        range(0, 12).flatMap(len -> text("0123456789-/年月日号 :T０\u3000\n.", len)),
        pick(List.of("2021/7/6 0:00", "2021-07-06T08:30", "2021年7月6日 ", "２０２１-7-6", "")));
    qt().withExamples(20_000).forAll(texts).checkAssert(t -> {
      if (Converters.plainDate(t)) {
        plain.incrementAndGet();
        assertThat(Converters.fullDateKey(t)).as(t).isEqualTo(t);
        assertThat(Converters.dateKey(t)).as(t).isSameAs(t);
      } else {
        assertThat(Converters.dateKey(t)).as(t).isEqualTo(Converters.fullDateKey(t));
      }
    });
    assertThat(plain.get()).as("plain texts among the examples").isGreaterThan(1000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-07-06", "2021/7/6", "2021.7.6", "20210706", "2021年7月6日",
      "2021年07月06号", "44383", "44383.5", "", "-", "年月日"})
  void plainDatesAreRecognized(String t) {
    assertThat(Converters.plainDate(t)).as(t).isTrue();
    assertThat(Converters.fullDateKey(t)).isEqualTo(t);
  }

  @ParameterizedTest
  @ValueSource(strings = {" 2021-07-06", "2021-07-06 ", "2021/7/6 0:00", "２０２１-7-6", "2021年7月6日\u3000",
      "2021-07-06T08:30", "2021 年7月6日", "二〇二一年七月六日"})
  void otherDatesAreNotPlain(String t) {
    assertThat(Converters.plainDate(t)).as(t).isFalse();
  }

  private static Gen<String> text(String alphabet, int len) {
    Gen<String> g = constant("");
    for (int i = 0; i < len; i++) {
      g = g.zip(range(0, alphabet.length() - 1), (s, k) -> s + alphabet.charAt(k));
    }
    return g;
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021年7月6日", "2021-07-06", "2021/7/6", "2021.7.6", "20210706", "2021/2/29",
      "2020/2/29", "2021-13-01", "2021-00-10", "2021-1-0", "0000-01-01", "2021/7/32", "44383",
      "2021/7/6 0:00", "二〇二一年七月六日", "２０２１年７月６日", "2021年07月06号"})
  void datesReadAsBefore(String t) {
    Object now = outcome(() -> Converters.date(t, t));
    // the general reading of the parts, as the date forms split them
    String k = Chars.removeBlanks(Converters.fullWidthDigits(t).split(" ")[0]);
    if (now instanceof Converters.DateValue && !((Converters.DateValue) now).serial()) {
      String[] p = k.split("[-./年月日号]");
      String y = k.length() == 8 && p.length == 1 ? k.substring(0, 4) : p[0];
      String mo = k.length() == 8 && p.length == 1 ? k.substring(4, 6) : p[1];
      String d = k.length() == 8 && p.length == 1 ? k.substring(6, 8) : p[2];
      assertThat(((Converters.DateValue) now).date()).isEqualTo(Converters.ymd(t, y, mo, d));
    }
    assertThat(now).isNotNull();
  }

  private static Object outcome(java.util.function.Supplier<Object> f) {
    try {
      Object v = f.get();
      assertThat(v).isInstanceOf(Converters.DateValue.class);
      LocalDate unused = ((Converters.DateValue) v).date();
      return v;
    } catch (MalformedValueException e) {
      return e.getClass().getName() + ": " + e.getMessage() + " / " + e.field() + " / "
          + e.text() + " / " + e.reason();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
