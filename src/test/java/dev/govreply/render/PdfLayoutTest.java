package dev.govreply.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where rows break: the line-breaking rules of the PDF layout, on Chinese and Latin text. */
class PdfLayoutTest {
  private static final float CELL = 16; // one full-width character of 16 pt, unsqueezed

  /** The rows of {@code text}, each at most {@code cells} characters wide. */
  private static List<String> rows(String text, int cells) {
    PdfLayout.Glyphs g = new PdfLayout.Glyphs(text.length());
    g.add(text, 0, 16, 1, "PARAGRAPH", PdfRendererTest.FONTS, 1);
    return PdfLayout.rows(g, cells * CELL, cells * CELL).stream()
        .map(r -> g.text(r[0], r[1])).toList();
  }

  @Test
  void chineseBreaksBetweenAnyTwoCharacters() {
    assertThat(rows("一二三四五六七", 5)).containsExactly("一二三四五", "六七");
  }

  @Test
  void aClosingMarkHangsRatherThanBeginARow() {
    assertThat(rows("一二三四五，六七", 5)).containsExactly("一二三四五，", "六七");
  }

  @Test
  void beforeTwoClosingMarksTheLastCharacterGoesDownWithThem() {
    assertThat(rows("一二三四五。”六", 5)).containsExactly("一二三四", "五。”六");
    assertThat(rows("一二三四五……六", 5)).containsExactly("一二三四", "五……六");
  }

  @Test
  void anOpeningMarkNeverEndsARow() {
    assertThat(rows("一二三四《五六》", 5)).containsExactly("一二三四", "《五六》");
  }

  @Test
  void aLatinWordOrNumberGoesDownWhole() {
    List<String> r = rows("一二三四3.1415", 5);
    assertThat(r.get(0)).isEqualTo("一二三四");
    assertThat(String.join("", r)).isEqualTo("一二三四3.1415");
    assertThat(rows("一二三10:30四", 4).get(0)).isEqualTo("一二三");
    assertThat(rows("见www.gov.cn网站", 4).get(0)).isEqualTo("见");
  }

  @Test
  void aWordLongerThanTheRowBreaksWhereItMust() {
    List<String> r = rows("0123456789012345678901234567890123456789", 5);
    assertThat(r).hasSizeGreaterThan(1);
    assertThat(String.join("", r)).isEqualTo("0123456789012345678901234567890123456789");
  }

  @Test
  void aSpaceAtTheBreakHangsAtTheEndOfTheRow() {
    List<String> r = rows("承办人及联系电话 何勇", 8);
    assertThat(r).containsExactly("承办人及联系电话 ", "何勇");
  }

  @Test
  void anEmptyLineIsOneEmptyRow() {
    assertThat(rows("", 5)).containsExactly("");
  }
}
