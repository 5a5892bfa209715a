package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.internal.Chars;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.MalformedValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConvertersTest {

  @ParameterizedTest
  @ValueSource(strings = {"2021年7月6日", "2021 年 7 月 6 日", "２０２１年７月６日", "二〇二一年七月六日",
      "2021-07-06", "2021/7/6", "2021.7.6", "2021/7/6 0:00", "2021-07-06T00:00:00", "20210706",
      "44383", "44383.5"})
  void readsTheDateFormsLedgersKeep(String text) {
    assertThat(Converters.date(text, text).date()).isEqualTo(LocalDate.of(2021, 7, 6));
  }

  @Test
  void aTimeAfterTheDateIsIgnoredWithoutGluingDigits() {
    assertThat(Converters.date("2021/7/1 10:00", "2021/7/1 10:00").date())
        .isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(Converters.date("x", "2021-07-01T10:00:00+08:00").date())
        .isEqualTo(LocalDate.of(2021, 7, 1));
  }

  @Test
  void serialDatesCountFrom18991230() {
    assertThat(Converters.SERIAL_EPOCH).isEqualTo(LocalDate.of(1899, 12, 30));
    assertThat(Converters.date("44383", "44383")).isEqualTo(
        new Converters.DateValue(LocalDate.of(2021, 7, 6), true));
    assertThat(Converters.date("61", "61").date()).isEqualTo(LocalDate.of(1900, 3, 1));
    assertThat(Converters.date(44383, "44383").serial()).isTrue();
    assertThat(Converters.date(LocalDateTime.of(2021, 7, 6, 9, 0), "x").date())
        .isEqualTo(LocalDate.of(2021, 7, 6));
    assertThatThrownBy(() -> Converters.date("0", "0")).isInstanceOf(MalformedValueException.class);
    assertThatThrownBy(() -> Converters.date("100000", "100000"))
        .isInstanceOf(MalformedValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-13-01", "2021年2月30日", "7/6/2021", "昨天", "2021-07"})
  void rejectsNonDates(String text) {
    assertThatThrownBy(() -> Converters.date(text, text))
        .isInstanceOfSatisfying(MalformedValueException.class,
            e -> assertThat(e.field()).isEqualTo("date"));
  }

  @Test
  void splitsNameListsOnEverySeparator() {
    assertThat(Converters.names("张亮、李 明，王五,赵六;钱七；孙八、、"))
        .containsExactly("张亮", "李明", "王五", "赵六", "钱七", "孙八");
  }

  @Test
  void readsSalutationsAndNameLists() {
    Addressee a = Converters.addressee("张亮代表", Optional.empty());
    assertThat(a.names()).containsExactly("张亮");
    assertThat(a.role()).contains(AddresseeRole.DEPUTY);
    assertThat(a.count()).hasValue(1);

    Addressee b = Converters.addressee("童勋海等10位代表：", Optional.empty());
    assertThat(b.names()).containsExactly("童勋海");
    assertThat(b.statedCount()).hasValue(10);
    assertThat(b.andOthers()).isTrue();
    assertThat(b.salutation()).contains("童勋海等10位代表");

    Addressee c = Converters.addressee("马青、周丽等委员", Optional.empty());
    assertThat(c.names()).containsExactly("马青", "周丽");
    assertThat(c.role()).contains(AddresseeRole.MEMBER);
    assertThat(c.count()).isEmpty();

    Addressee d = Converters.addressee("马青、周丽", Optional.of(AddresseeRole.MEMBER));
    assertThat(d.names()).containsExactly("马青", "周丽");
    assertThat(d.role()).contains(AddresseeRole.MEMBER);
    assertThat(d.salutation()).isEmpty();

    assertThat(Converters.addressee("王某9名代表", Optional.empty()).statedCount()).hasValue(9);
    assertThat(Converters.addressee("尊敬的王爱珍代表:", Optional.empty()).names())
        .containsExactly("王爱珍");
    assertThatThrownBy(() -> Converters.addressee("、，", Optional.empty()))
        .isInstanceOf(MalformedValueException.class);
  }

  @Test
  void cellTextAndJson() {
    assertThat(Converters.text(241.0)).isEqualTo("241");
    assertThat(Converters.text(new BigDecimal("241.00"))).isEqualTo("241");
    assertThat(Converters.text(null)).isNull();
    assertThat(Converters.json("007").textValue()).isEqualTo("007");
    assertThat(Converters.json(7L).isNumber()).isTrue();
    assertThat(Converters.json(Double.NaN).isTextual()).isTrue();
    assertThat(Chars.strip("\u3000 a \u00A0")).isEqualTo("a");
    assertThat(Converters.motionNumber("第 009 号")).isEqualTo("009");
    assertThat(Converters.unquote("《关于…的建议》")).isEqualTo("关于…的建议");
  }
}
