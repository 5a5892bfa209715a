package dev.govreply.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Reply;
import dev.govreply.testing.SampleDocuments;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** HTML renderings read back by an HTML parser and the text reader, and what the files say. */
class HtmlRendererTest {
  private static final HtmlRenderer HTML = HtmlRenderer.standard();

  /** The text of a rendering, as a parser sees it: each block element's text, a line each. */
  static String text(String html) {
    Document doc = Jsoup.parse(html);
    return doc.select("article.reply p, article.reply h1, article.reply h2").stream()
        .map(Element::wholeText).collect(Collectors.joining("\n", "", "\n"));
  }

  @ParameterizedTest
  @MethodSource("dev.govreply.render.ReadsBack#samples")
  void everySampleReadsBackFromItsRendering(String name) {
    ReadsBack.sample(name, reply -> text(HTML.render(reply)));
  }

  @Test
  void generatedRepliesReadBackFromTheirRendering() {
    ReadsBack.generated(reply -> text(HTML.render(reply)));
  }

  @Test
  void theFoundingExampleHasItsSemanticElements() {
    Document doc = Jsoup.parse(HTML.render(SampleDocuments.read("00").reply()));
    assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(doc.select("h1").text())
        .isEqualTo("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复");
    assertThat(doc.select("ol.measures > li")).hasSize(4);
    assertThat(doc.select("ol.measures > li > h2").first().text()).startsWith("一、");
    assertThat(doc.select("address.contacts p").eachText())
        .containsExactly("承办负责人：朱远", "承办人及联系电话：何勇 0730-6222076");
    assertThat(doc.select("p.marks").text()).isEqualTo("平政字〔2024〕12号 A2类 主动公开");
    assertThat(doc.select("p.salutation").text()).isEqualTo("张亮代表：");
    assertThat(doc.select("script, link, img, iframe")).isEmpty();
    assertThat(doc.select("[src], [href]")).isEmpty();
  }

  @Test
  void commitmentsWithoutAnIntroductionAreAListOfTheirOwn() {
    dev.govreply.model.Measure measure = dev.govreply.model.Measure.builder().ordinal(1)
        .heading("加强保障。").addParagraphs("我们做了工作。")
        .addPoints(dev.govreply.model.Point.builder().ordinal(1)
            .style(dev.govreply.model.PointStyle.ENUMERATED).addParagraphs("要点。").build())
        .build();
    dev.govreply.model.Commitments commitments = dev.govreply.model.Commitments.builder()
        .addItems(dev.govreply.model.Commitment.builder().ordinal(1)
            .style(dev.govreply.model.PointStyle.ENUMERATED).addParagraphs("继续推进。").build())
        .build();
    Reply reply = Reply.builder().body(dev.govreply.model.Body.builder().opening("您的建议收悉。")
        .addMeasures(measure).commitments(commitments).build()).build();
    Document doc = Jsoup.parse(HTML.render(reply));
    assertThat(doc.select("ol.measures > li")).hasSize(1);
    assertThat(doc.select("ol.measures > li > p.item").eachText()).containsExactly("一、要点。");
    assertThat(doc.select("ol.commitments > li").eachText()).containsExactly("一、继续推进。");
  }

  @Test
  void textIsEscapedAndKeptWhole() {
    Reply reply = SampleDocuments.read("00").reply()
        .withTitle("关于<script>alert(\"x\")</script>&amp;的答复");
    String html = HTML.render(reply);
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&quot;x&quot;)");
    // the item's number, which the new title no longer cites, is printed after it (ReplyLayout)
    assertThat(Jsoup.parse(html).select("h1").text())
        .isEqualTo("关于<script>alert(\"x\")</script>&amp;的答复（第241号）");
  }

  @Test
  void theStylesheetIsTheStandardsLayout() {
    String css = Jsoup.parse(HTML.render(SampleDocuments.read("00").reply())).select("style")
        .html();
    // A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm: the other margins are what is left
    assertThat(css).contains("@page { size: 210.0mm 297.0mm; margin: 37.0mm 26.0mm 35.0mm"
        + " 28.0mm; }");
    // 抄送 one character in, a wrapped line under the first recipient (GB/T 9704 7.4.2)
    assertThat(css).contains("footer.copy-to p { text-indent: -3em; padding: 0 1em 0 4em; }");
    // 22 lines in the 225 mm text block
    assertThat(css).contains("line-height: 10.227mm;");
    assertThat(css).contains("width: 156.0mm;");
    assertThat(css).contains("font-family: \"仿宋_GB2312\", \"仿宋\", \"FangSong\", \"STFangsong\";"
        + " font-size: 16pt;");
    assertThat(css).containsPattern("article.reply h1 \\{ font-family: \"方正小标宋简体\"[^}]*font-size: 22pt;"
        + "[^}]*text-align: center; text-wrap: balance;");
    assertThat(css).containsPattern("article.reply h2 \\{ font-family: \"黑体\"");
    // 28 characters in the 156 mm line
    assertThat(css).contains("letter-spacing: calc(156.0mm / 28 - 16pt)");
    assertThat(css).containsPattern("span.lead.level-2 \\{ font-family: \"楷体_GB2312\"");
    // the element rules are as specific as the paragraph rule they override
    assertThat(css).contains("article.reply p.date { text-align: right; text-indent: 0;"
        + " padding-right: 4em; }");
    assertThat(css).contains("article.reply p.salutation { text-indent: 0; }");
    assertThat(css).contains("article.reply p { text-indent: 2em; }");
    assertThat(css).contains("@page :right { @bottom-right { content: \"— \" counter(page)"
        + " \" —\"; font-family: \"宋体\"").contains("@page :left { @bottom-left {");
  }

  @Test
  void optionalBlocksFollowTheStyle() {
    Reply founding = SampleDocuments.read("00").reply();
    String html = HtmlRenderer.of(RenderStyle.gbt9704().withContacts(false)
        .withPageNumbers(false)).render(founding);
    assertThat(Jsoup.parse(html).select("address")).isEmpty();
    assertThat(html).doesNotContain("counter(page)");
  }

  @Test
  void aFontNameCannotLeaveItsCssString() {
    RenderStyle style = RenderStyle.gbt9704().withBody(new RenderStyle.Font(
        List.of("x\"; } </style><script>alert(1)</script>"), 16));
    String html = HtmlRenderer.of(style).render(SampleDocuments.read("00").reply());
    assertThat(html).doesNotContain("<script").doesNotContain("</style><");
    assertThat(Jsoup.parse(html).select("style")).hasSize(1);
  }
}
