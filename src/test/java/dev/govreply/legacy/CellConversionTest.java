package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Reply;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the cells of name lists, addressees, item numbers and titles, and cells the mapping does
 * not read, become in a reply, and what is rejected and why — through the mapper.
 */
class CellConversionTest {

  /** The reply of a record with one cell, mapped to {@code target} from column {@code 列}. */
  static MappingResult map(Target target, FieldSource source, Object cell) {
    Map<String, Object> row = new HashMap<>();
    row.put("列", cell);
    return RecordMapper.of(RecordMapping.builder().field(target, source).build()).map(row, 1);
  }

  static Reply reply(Target target, Object cell) {
    MappingResult r = map(target, FieldSource.column("列"), cell);
    assertThat(r.rejection()).as("rejection of %s", cell).isEmpty();
    return r.reply().orElseThrow();
  }

  static FieldError rejection(Target target, FieldSource source, Object cell) {
    MappingResult r = map(target, source, cell);
    assertThat(r.isAccepted()).as("%s accepted", cell).isFalse();
    return r.rejection().get(0);
  }

  static Addressee addressee(String cell) {
    return reply(Target.ADDRESSEE, cell).addressee().orElseThrow();
  }

  @Test
  void nameListsAreSplitOnEverySeparatorAndLoseTheirBlanks() {
    assertThat(reply(Target.COPY_TO, "张亮、李 明，王五,赵六;钱七；孙八、、").copyTo())
        .containsExactly("张亮", "李明", "王五", "赵六", "钱七", "孙八");
    assertThat(reply(Target.NOTES, "已办结；待回访").notes()).containsExactly("已办结", "待回访");
    assertThat(reply(Target.NOTES, "已 办 结").notes()).containsExactly("已办结");
    // a list of separators only gives no item
    assertThat(reply(Target.COPY_TO, "、，；").copyTo()).isEmpty();
  }

  @Test
  void salutationsGiveNamesRoleCountAndTheSalutation() {
    Addressee a = addressee("张亮代表");
    assertThat(a.names()).containsExactly("张亮");
    assertThat(a.role()).contains(AddresseeRole.DEPUTY);
    assertThat(a.count()).hasValue(1);

    Addressee b = addressee("童勋海等10位代表：");
    assertThat(b.names()).containsExactly("童勋海");
    assertThat(b.statedCount()).hasValue(10);
    assertThat(b.andOthers()).isTrue();
    assertThat(b.salutation()).contains("童勋海等10位代表");

    Addressee c = addressee("马青、周丽等委员");
    assertThat(c.names()).containsExactly("马青", "周丽");
    assertThat(c.role()).contains(AddresseeRole.MEMBER);
    assertThat(c.count()).isEmpty();

    assertThat(addressee("王某9名代表").statedCount()).hasValue(9);
    assertThat(addressee("王某等两位委员").statedCount()).hasValue(2);
    assertThat(addressee("尊敬的王爱珍代表:").names()).containsExactly("王爱珍");
    assertThat(addressee("李明等３位代表们同志").statedCount()).hasValue(3);
  }

  @Test
  void plainNameListsTakeTheRoleOfTheSource() {
    MappingResult r = map(Target.ADDRESSEE, FieldSource.column("列").withRole(AddresseeRole.MEMBER),
        "马青、周丽");
    Addressee d = r.reply().orElseThrow().addressee().orElseThrow();
    assertThat(d.names()).containsExactly("马青", "周丽");
    assertThat(d.role()).contains(AddresseeRole.MEMBER);
    assertThat(d.salutation()).isEmpty();

    Addressee others = addressee("张亮等");
    assertThat(others.names()).containsExactly("张亮");
    assertThat(others.andOthers()).isTrue();
    assertThat(others.role()).isEmpty();
  }

  @Test
  void anAddresseeWithoutNamesOrWithNoPersonsIsRejected() {
    assertThat(rejection(Target.ADDRESSEE, FieldSource.column("列"), "、，").reason())
        .isEqualTo("no name given");
    assertThat(rejection(Target.ADDRESSEE, FieldSource.column("列"), "张亮等0位代表").reason())
        .isEqualTo("the stated number of persons must be positive, got 0");
  }

  @Test
  void itemNumbersLose第号AndBlanksAndKeepTheirZeros() {
    assertThat(reply(Target.MOTION_NUMBER, "第 009 号").motion().orElseThrow().number())
        .contains("009");
    assertThat(reply(Target.MOTION_NUMBER, "第２４１號").motion().orElseThrow().number())
        .contains("241");
    assertThat(reply(Target.MOTION_NUMBER, "温36").motion().orElseThrow().number())
        .contains("温36");
    assertThat(reply(Target.MOTION_NUMBER, 241.0).motion().orElseThrow().number())
        .contains("241");
    FieldError e = rejection(Target.MOTION_NUMBER, FieldSource.column("列"), "第号");
    assertThat(e.field()).isEqualTo("motionNumber");
    assertThat(e.reason()).isEqualTo("no number given");
    assertThat(rejection(Target.MOTION_NUMBER, FieldSource.column("列"), "abc-1").field())
        .isEqualTo("motionNumber");
  }

  @Test
  void titlesLoseTheQuotesAroundThem() {
    assertThat(reply(Target.MOTION_TITLE, "《关于…的建议》").motion().orElseThrow().title())
        .contains("关于…的建议");
    assertThat(reply(Target.MOTION_TITLE, "《“关于山塘水库的建议”》").motion().orElseThrow()
        .title()).contains("关于山塘水库的建议");
    assertThat(reply(Target.MOTION_TITLE, "‘关于校车安全的建议’").motion().orElseThrow().title())
        .contains("关于校车安全的建议");
    // unbalanced quotes stay
    assertThat(reply(Target.MOTION_TITLE, "《关于").motion().orElseThrow().title())
        .contains("《关于");
    assertThat(rejection(Target.MOTION_TITLE, FieldSource.column("列"), "《 》").reason())
        .isEqualTo("no title given");
  }

  @Test
  void quotesThatDoNotEncloseTheWholeTitleStay() {
    for (String title : new String[] {"《关于a》和《关于b》", "“关于a”与“关于b”", "\"a\" and \"b\"",
        "「关于a」「关于b」", "《关于a》》", "《《关于a》"}) {
      assertThat(reply(Target.MOTION_TITLE, title).motion().orElseThrow().title()).as(title)
          .contains(title);
    }
    assertThat(reply(Target.MOTION_TITLE, "《《关于a》和《关于b》》").motion().orElseThrow()
        .title()).contains("《关于a》和《关于b》");
    assertThat(reply(Target.MOTION_TITLE, "“《关于a》”").motion().orElseThrow().title())
        .contains("关于a");
  }

  @Test
  void cellsTheMappingDoesNotReadAreKeptAsTheirJson() {
    Map<String, Object> row = new HashMap<>();
    row.put("文本", "007");
    row.put("整数", 7L);
    row.put("小数", new BigDecimal("1.50"));
    row.put("非数", Double.NaN);
    row.put("是否", true);
    row.put("空", " ");
    row.put("无", null);
    row.put("int", 7);
    row.put("short", (short) -3);
    row.put("byte", (byte) 5);
    row.put("大整数", new BigInteger("123456789012345678901234567890"));
    row.put("double", 0.1);
    row.put("float", 2.5f);
    row.put("floatTenth", 0.1f); // its own digits, not the double it widens to
    row.put("无穷", Double.POSITIVE_INFINITY);
    row.put("否", false);
    row.put("日期", LocalDate.of(2021, 7, 6));
    Reply r = RecordMapper.of(RecordMapping.builder().build()).map(row, 1).reply().orElseThrow();
    Map<String, ExtensionValue> ext = r.extensions();
    // text stays text: a CSV cell is never guessed to be a number
    assertThat(ext.get("文本")).isEqualTo(ExtensionValue.of("007"));
    assertThat(ext.get("文本")).isInstanceOf(ExtensionValue.JsonString.class);
    // whole numbers are numbers of the long
    assertThat(ext.get("整数")).isEqualTo(ExtensionValue.of(7L))
        .isEqualTo(new ExtensionValue.JsonNumber(BigDecimal.valueOf(7)));
    assertThat(ext.get("int")).isEqualTo(ExtensionValue.of(7L));
    assertThat(ext.get("short")).isEqualTo(ExtensionValue.of(-3L));
    assertThat(ext.get("byte")).isEqualTo(ExtensionValue.of(5L));
    // big and decimal numbers keep every digit, trailing zeros too
    assertThat(ext.get("小数")).isEqualTo(ExtensionValue.of(new BigDecimal("1.50")))
        .isNotEqualTo(ExtensionValue.of(new BigDecimal("1.5")));
    assertThat(((ExtensionValue.JsonNumber) ext.get("小数")).value()).isEqualByComparingTo("1.5");
    assertThat(ext.get("大整数"))
        .isEqualTo(ExtensionValue.of(new BigDecimal("123456789012345678901234567890")));
    // finite doubles and floats as Double.toString reads them
    assertThat(ext.get("double")).isEqualTo(ExtensionValue.of(0.1));
    assertThat(ext.get("double").toString()).isEqualTo("0.1");
    assertThat(ext.get("float")).isEqualTo(ExtensionValue.of(2.5));
    assertThat(ext.get("floatTenth")).isEqualTo(ExtensionValue.of(new BigDecimal("0.1")));
    // JSON has no NaN or infinity: their text is kept
    assertThat(ext.get("非数")).isEqualTo(ExtensionValue.of("NaN"));
    assertThat(ext.get("无穷")).isEqualTo(ExtensionValue.of("Infinity"));
    assertThat(ext.get("是否")).isEqualTo(ExtensionValue.of(true));
    assertThat(ext.get("否")).isEqualTo(ExtensionValue.of(false));
    // other objects become their text
    assertThat(ext.get("日期")).isEqualTo(ExtensionValue.of("2021-07-06"));
    // blank text and null are left out
    assertThat(ext).doesNotContainKeys("空", "无");
  }

  @Test
  void jsonLinesObjectsAndArraysAreKeptWholeAndNullsLeftOut() throws Exception {
    byte[] line = ("{\"id\":7,\"legacy\":{\"ledgerId\":\"PJ-2024-JY-241\",\"n\":[1,2.5,true,null,"
        + "\"x\",{}]},\"empty\":[],\"nothing\":null,\"big\":123456789012345678901234567890}\n")
        .getBytes(StandardCharsets.UTF_8);
    MappingResult r;
    try (RecordSource s = RecordSource.jsonLines(new ByteArrayInputStream(line), null)) {
      r = RecordMapper.of(RecordMapping.builder().build()).map(s.next());
    }
    Map<String, ExtensionValue> ext = r.reply().orElseThrow().extensions();
    assertThat(ext).containsOnlyKeys("id", "legacy", "empty", "big");
    assertThat(ext.get("id")).isEqualTo(ExtensionValue.of(7L));
    assertThat(ext.get("big"))
        .isEqualTo(ExtensionValue.of(new BigDecimal("123456789012345678901234567890")));
    assertThat(ext.get("empty")).isEqualTo(ExtensionValue.array());
    Map<String, ExtensionValue> legacy = new LinkedHashMap<>();
    legacy.put("ledgerId", ExtensionValue.of("PJ-2024-JY-241"));
    legacy.put("n", ExtensionValue.array(ExtensionValue.of(1L), ExtensionValue.of(new BigDecimal("2.5")),
        ExtensionValue.of(true), ExtensionValue.nullValue(), ExtensionValue.of("x"),
        ExtensionValue.object(Map.of())));
    assertThat(ext.get("legacy")).isEqualTo(ExtensionValue.object(legacy));
    assertThat(ext.get("legacy")).isInstanceOfSatisfying(ExtensionValue.JsonObject.class, o -> {
      assertThat(o.members()).containsOnlyKeys("ledgerId", "n");
      assertThat(o.members().keySet()).containsExactly("ledgerId", "n");
      assertThat(o.get("ledgerId")).isEqualTo(ExtensionValue.of("PJ-2024-JY-241"));
    });
  }

  @Test
  void numbersAreReadAsTheirTextWithoutAZeroFraction() {
    assertThat(reply(Target.SIGNATURE, 241.0).signature()).contains("241");
    assertThat(reply(Target.SIGNATURE, new BigDecimal("241.00")).signature()).contains("241");
    assertThat(reply(Target.SIGNATURE, 241.5).signature()).contains("241.5");
  }
}
