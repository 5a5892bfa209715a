package dev.govreply.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderStyleJsonTest {
  @Test
  void aStyleWrittenReadsBackEqual() {
    RenderStyle style = RenderStyle.gbt9704().withContacts(false)
        .withBody(new RenderStyle.Font(List.of("FangSong", "仿宋"), 15.5))
        .withPage(new RenderStyle.Page(210, 297, 35, 27, 156, 225, 22, 28));
    assertThat(RenderStyleJson.read(RenderStyleJson.write(style))).isEqualTo(style);
    assertThat(RenderStyleJson.read(RenderStyleJson.write(RenderStyle.gbt9704())))
        .isEqualTo(RenderStyle.gbt9704());
  }

  @Test
  void whatAFileLeavesOutIsTheStandards() {
    assertThat(RenderStyleJson.read("{}")).isEqualTo(RenderStyle.gbt9704());
    RenderStyle s = RenderStyleJson.read("""
        {"page": {"top": 35}, "title": {"points": 20}, "pageNumbers": false}""");
    RenderStyle standard = RenderStyle.gbt9704();
    assertThat(s.page()).isEqualTo(new RenderStyle.Page(210, 297, 35, 28, 156, 225, 22, 28));
    assertThat(s.title()).isEqualTo(new RenderStyle.Font(standard.title().families(), 20));
    assertThat(s.pageNumbers()).isFalse();
    assertThat(s.body()).isEqualTo(standard.body());
    assertThat(s.contacts()).isTrue();
  }

  @Test
  void whatIsWrongIsNamedByItsPointer() {
    assertThatThrownBy(() -> RenderStyleJson.read("{\"bdy\": {}}"))
        .hasMessage("/bdy: unknown property; known: page, body, title, heading1, heading2,"
            + " pageNumber, marks, contacts, notes, pageNumbers");
    assertThatThrownBy(() -> RenderStyleJson.read("{\"body\": {\"families\": [\"仿宋\", 3]}}"))
        .hasMessage("/body/families/1: must be a name, got 3");
    assertThatThrownBy(() -> RenderStyleJson.read("{\"body\": {\"points\": 0}}"))
        .hasMessage("/body: font size must be above 0 and at most 200 pt, got 0.0");
    assertThatThrownBy(() -> RenderStyleJson.read("{\"page\": {\"linesPerPage\": 22.5}}"))
        .hasMessage("/page/linesPerPage: must be a whole number, got 22.5");
    assertThatThrownBy(() -> RenderStyleJson.read("{\"page\": {\"textWidth\": 300}}"))
        .hasMessageStartingWith("/page: the text block 300.0 × 225.0 mm");
    assertThatThrownBy(() -> RenderStyleJson.read("{\"marks\": \"yes\"}"))
        .hasMessage("/marks: must be true or false, got \"yes\"");
    assertThatThrownBy(() -> RenderStyleJson.read("[]"))
        .hasMessage("the style: must be an object, got array");
    assertThatThrownBy(() -> RenderStyleJson.read("{\"marks\": true, \"marks\": false}"))
        .hasMessageStartingWith("not JSON at line 1, column 24: Duplicate field 'marks'");
    assertThatThrownBy(() -> RenderStyleJson.read("{} {\"marks\": false}"))
        .hasMessageStartingWith("not JSON at line 1, column 4");
    assertThatThrownBy(() -> RenderStyleJson.read("{\"page\": {\"width\": 1e999}}"))
        .hasMessage("/page/width: must be a finite number");
    assertThatThrownBy(() -> RenderStyleJson.read("{\n  \"marks\": tru}"))
        .hasMessageStartingWith("not JSON at line 2, column");
  }
}
