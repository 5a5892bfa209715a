package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What sets an extra apart from the reply's title is consumed markup, and only that: brackets,
 * the colon, bar or dash before an item's own title, nothing where a blank sets the extra off.
 * The extra's own characters are its value's (a bug recorded the class B of …的答复函 B twice, and
 * the 号 and A of (岳财字〔2024〕40号A类) as markup).
 */
class TitleExtraMarkupTest {
  private static final String LETTER = "\n张三代表:\n您提出的关于修路的建议收悉。现答复如下:已安排。\n某某县交通运输局\n2024年6月1日\n";

  private static ReadResult read(String title) {
    return LayoutReaderTest.read(title + LETTER);
  }

  @Test
  void bracketsHoldingANumberAndAClassAreTheOnlyMarkup() {
    ReadResult r = read("关于县十八届人大三次会议第12号建议的答复(岳财字〔2024〕40号A类)");
    assertThat(r.reply().documentNumber()).hasValueSatisfying(
        n -> assertThat(n.toString()).isEqualTo("岳财字〔2024〕40号"));
    assertThat(r.reply().resultClass()).isPresent();
    assertThat(r.report().lines().get(0).markup()).containsExactly("(", ")");
  }

  @Test
  void aClassSetOffByABlankLeavesNoMarkup() {
    ReadResult r = read("关于县十八届人大三次会议第12号建议的答复函 B");
    assertThat(r.reply().resultClass()).isPresent();
    assertThat(r.report().lines().get(0).markup()).isEmpty();
  }

  @Test
  void anItemNumberAfterABlankOrAColonConsumesOnlyItsWordsAndTheColon() {
    assertThat(read("关于县十八届人大三次会议建议的答复 第12号").report().lines().get(0).markup())
        .containsExactly("第号");
    assertThat(read("关于县十八届人大三次会议建议的答复：第12号").report().lines().get(0).markup())
        .containsExactly("：", "第号");
  }

  @Test
  void theDashOrBarBeforeAnItemsOwnTitleIsTheMarkupNotItsLastCharacter() {
    ReadResult dash = read("关于县十八届人大三次会议第41号建议的答复——关于修路的建议");
    assertThat(dash.reply().motion().flatMap(m -> m.title())).contains("关于修路的建议");
    assertThat(dash.report().lines().get(0).markup()).containsExactly("——");
    ReadResult bar = read("关于县十八届人大三次会议第41号建议的答复|关于修路的建议");
    assertThat(bar.report().lines().get(0).markup()).containsExactly("|");
  }
}
