package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.internal.Chars;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link OrgNames} reads as the name of an issuing body, and as a unit of one. */
class OrgNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"平江县人民政府", "平江县交通运输局", "平江县人民政府办公室", "湖南省交通运输厅",
      "市政协提案委", "县政协提案委员会"})
  void namesOfIssuingBodies(String name) {
    assertThat(OrgNames.isName(name)).isTrue();
    assertThat(OrgNames.isUnit(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"平江县人民政府。", "平江县交通运输局：", "(平江县人民政府)", "关于加强农村公路建设",
      // a point's heading, its number in brackets first (fs 3421, cut there)
      "(二)专业队", "(此件主动公开)竹溪县文化和旅游局",
      // a run-in point's line cut short where the capture ends (kw 6102)
      "二是加强基层灾害信息员队"})
  void textWithACharNoNameHasOrNoBodyWordIsNoName(String text) {
    assertThat(OrgNames.isName(text)).isFalse();
  }

  /**
   * A label of a page's metadata or of a unit run into its value without a colon begins no
   * body's name: the value alone is one (corpus cf 1601: 发文机关国家卫生健康委员会, ch 1642:
   * 承办单位 县林业局 had become the issuer).
   */
  @ParameterizedTest
  @ValueSource(strings = {"发文机关国家卫生健康委员会", "发布机构腾冲市人民政府", "信息所属单位发展规划司",
      "来源平江县交通运输局", "承办单位县林业局", "主办单位县水利局"})
  void aLabelRunIntoItsValueIsNoName(String text) {
    assertThat(OrgNames.isName(text)).isFalse();
    assertThat(OrgNames.isName(
        text.replaceFirst("^(发文机关|发布机构|信息所属单位|来源|承办单位|主办单位)", ""))).isTrue();
  }

  /**
   * A unit's label inside the text is no part of a body's name: a row of a proposal form's cells
   * run together (corpus gd 3641: 交办意见 主办单位 交通局 had become the issuer).
   */
  @ParameterizedTest
  @ValueSource(strings = {"交办意见主办单位交通局", "提案承办单位县林业局", "意见协办单位市财政局"})
  void aUnitsLabelInsideIsNoName(String text) {
    assertThat(OrgNames.isName(text)).isFalse();
  }

  /**
   * Society and a meeting cut mid-word end with 会 and name no body (a page's 公开范围 面向全社会,
   * corpus m 334; 人大一次会 / 议…, a value broken over two lines), and so does a web site (…网站);
   * a society of a trade does.
   */
  @ParameterizedTest
  @ValueSource(strings = {"面向全社会", "社会", "人大一次会", "县政协二次会", "湛江市政府门户网站"})
  void societyAndAMeetingCutNameNoBody(String text) {
    assertThat(OrgNames.isName(text)).isFalse();
  }

  /**
   * A body's name holds no date: a page's byline prints its date beside the body that published
   * it (2024年6月7日城口县交通运输局); a year alone, as a title's name of a body may start, is no date.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2024年6月7日城口县交通运输局", "城口县交通运输局2024-06-07", "20240607城口县交通运输局"})
  void aNameWithADateIsNoName(String text) {
    assertThat(OrgNames.isName(text)).isFalse();
    assertThat(OrgNames.isName(text.replaceAll("[0-9年月日-]", ""))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019年县人社局", "101团青湖镇农业和林业草原中心"})
  void aYearOrANumberAloneIsPartOfAName(String text) {
    assertThat(OrgNames.isName(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"平江县红十字会", "县人大常委会", "平江县工商业联合会"})
  void bodiesEndingWithHuiAreNames(String text) {
    assertThat(OrgNames.isName(text)).isTrue();
  }

  /**
   * Alone on its line, one character before a suffix names no body (a page's 头部 and 底部, 局部, 社会),
   * unless it stands for a place or masks it (corpus bi 1142: a mirror's 头部 above the page had
   * been taken as the issuer); in a list (抄送：镇党委 镇府) any name is one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"头部", "底部", "局部", "社会", "协办"})
  void aWordEndingInASuffixIsNoNameAlone(String text) {
    assertThat(OrgNames.isNameAlone(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"市委", "县府", "镇府", "乡府", "某局", "外交部", "水利局"})
  void aPlaceAndASuffixIsANameAlone(String text) {
    assertThat(OrgNames.isNameAlone(text)).isTrue();
    assertThat(OrgNames.isName(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"团委", "党委", "国办", "中办"})
  void aShortBodyIsANameInAList(String text) {
    assertThat(OrgNames.isName(text)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "上海市嘉定区卫生健康委员会, 嘉定区卫生健康委, true",
      "上海市嘉定区卫生健康委员会, 嘉定区卫生健康委员会, true",
      "嘉定区卫生健康委员会, 嘉定区卫生健康委, true",
      "镇康县水务局, 县水务局, true",
      "平江县教育局, 教育局, true",
      "平江县教育局, 平江县教育局, false",
      "平江县人民政府办公室, 平江县人民政府, false",
      "平江县交通运输局, 交通局, false",
      "平江县教育局, 育局, false",
      "平江县某某中学教育局, 教育局, false",
      "岳阳市平江县教育局, 平江县教育局, true",
      "县教育局, '', false",
      "深圳市龙华区观澜街道办事处, 深圳市龙华区观澜街道, true",
      // abbreviated: its characters in order, the same first one and the same ending
      "庆阳市工业和信息化委员会, 庆阳市工信委, true",
      // 县 standing for the region, the rest abbreviated
      "开江县住房和城乡建设局, 县住建局, true", "开江县住房和城乡建设局, 市住建局, false",
      // two characters after the region's: 省农委 for 贵州省农业委员会 (corpus ac 649)
      "贵州省农业委员会, 省农委, true", "贵州省农业委员会, 省农办, false", "贵州省人民政府, 省政府, false",
      "平江县交通运输局, 平江县交通局, true",
      "平江县人民政府办公室, 平江县政府, false",
      "平江县交通运输局, 平江县教育局, false",
  })
  void aSignatureNamesABodyMoreFullyWithItsRegionOrItsWordsWrittenOut(String full, String name,
      boolean more) {
    assertThat(OrgNames.namesMoreFully(full, name)).as(full + " / " + name).isEqualTo(more);
  }

  /**
   * On generated texts: a text holding a char that is no name char is never a name, and a unit
   * is a name of at least three chars.
   */
  @Test
  void aNameHoldsOnlyNameCharsAndAUnitIsANameOfThreeOrMore() {
    Random r = new Random(5L);
    String[] tokens = {"平江县", "人民政府", "办公室", "交通运输厅", "局", "文件", "(", ")", "·", "2",
        "（", "）", "a", ":", "、", "。", "|", "ｂ", "〇"};
    int names = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(6) + 1; k > 0; k--) {
        sb.append(tokens[r.nextInt(tokens.length)]);
      }
      String compact = Chars.removeBlanks(Chars.key(sb.toString()));
      boolean nameChars = compact.chars().allMatch(c -> OrgNames.isNameChar((char) c));
      boolean name = OrgNames.isName(compact);
      if (!nameChars) {
        assertThat(name).as(compact).isFalse();
      }
      names += name ? 1 : 0;
      assertThat(OrgNames.isUnit(compact)).as(compact).isEqualTo(name && compact.length() >= 3);
    }
    assertThat(names).as("generated texts read as names").isGreaterThan(100);
  }
}
