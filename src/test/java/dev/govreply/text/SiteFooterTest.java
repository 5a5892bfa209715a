package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a web page prints below the letter: its footer and the site's credits above it. */
class SiteFooterTest {

  private static final String LETTER =
      "马超代表:\n您提出的《关于打造特色地摊经济的建议》收悉。现答复如下:\n已办。\n特此函复。\n";

  private static List<Line> lines(String... texts) {
    List<Line> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new Line(out.size() + 1, 1, t));
    }
    return out;
  }

  /**
   * The site's credits that name a body before its part, no colon between (corpus cx 1961), are
   * the page's: no signature, no issuer taken from them.
   */
  @Test
  void creditsNamingTheBodyFirstAreThePages() {
    ReadResult r = LayoutReaderTest.read(LETTER + "\n同江市人民政府主办\n\n同江市人民政府办公室承办\n\n"
        + "同江市融媒体中心建设运营(版权所有)\n黑ICP备08100356号-1\n");
    assertThat(r.reply().issuer()).isEmpty();
    assertThat(r.reply().signature()).isEmpty();
    assertThat(SiteFooter.start(lines("甲", "同江市人民政府主办", "版权所有"), 0)).isEqualTo(1);
  }

  /**
   * The letter's signature and date above the credits stay the letter's; a credit is a line of Han
   * characters alone that names a body, so a sentence ending in 主办 is none.
   */
  @Test
  void theLettersEndAboveTheCreditsStaysTheLetters() {
    ReadResult r = LayoutReaderTest.read(
        LETTER + "同江市商务局\n2024年5月20日\n同江市人民政府主办\n版权所有\n");
    assertThat(r.reply().signature()).isPresent();
    assertThat(r.reply().issuer()).contains("同江市商务局");
    assertThat(r.reply().date()).isPresent();
    assertThat(SiteFooter.start(lines("甲", "本次活动由市商务局主办。", "版权所有"), 0)).isEqualTo(2);
    assertThat(SiteFooter.start(lines("甲", "主办", "版权所有"), 0)).isEqualTo(2); // no body named
  }

  /**
   * Credits of several bodies on one line, each before its part, and the builder's with the site's
   * address, right above the site's report line (corpus cw 1944): the page's, so the letter's
   * signature and contact above them, below a list of links' heading, are the letter's end.
   */
  @Test
  void creditsOfSeveralBodiesAndTheSitesAddressAreThePages() {
    ReadResult r = LayoutReaderTest.read(LETTER + "市中区人民政府\n\n联系人:张冬磊;联系电话:3083218\n\n相关文章\n\n"
        + "中共市中区委、市中区人民政府主办 各镇街、区直部门内容保障\n\n"
        + "市中区大数据中心建设 地址:枣庄市市中区君山中路321号 邮编:277101\n\n"
        + "违法和不良信息举报电话:(0632)3921308 举报邮箱:szqxxglzx@zz.shandong.cn\n");
    assertThat(r.reply().signature()).contains("市中区人民政府");
    assertThat(r.reply().contacts()).hasSize(1);
    assertThat(SiteFooter.start(lines("甲", "中共市中区委、市中区人民政府主办 各镇街、区直部门内容保障",
        "市中区大数据中心建设 地址:枣庄市 邮编:277101", "违法和不良信息举报电话:(0632)3921308"), 0))
        .isEqualTo(1);
    // a letter's own address and postcode are no credits: no body's part first
    assertThat(SiteFooter.start(lines("甲", "地址:枣庄市君山中路321号 邮编:277101", "版权所有"), 0))
        .isEqualTo(2);
  }

  /**
   * A letter's sentence that names the centre for reports of illegal content is the letter's, and
   * so is the end below it; only a line of the site without a sentence's marks is its footer
   * (review of the rule above: the whole end had been taken for the page's).
   */
  @Test
  void aSentenceNamingTheReportCentreIsTheLetters() {
    ReadResult r = LayoutReaderTest.read("张三代表：\n您提出的建议收悉，现答复如下：\n"
        + "一、关于网络举报。我办设立了违法和不良信息举报中心，受理群众举报。\n"
        + "二、关于宣传。加强宣传。\n感谢您的关心和支持。\n某某市委网信办\n2024年5月20日\n"
        + "（联系人：李四，联系电话：0730-6222076）\n版权所有：某某市人民政府 ICP备12345678号\n");
    assertThat(r.reply().signature()).contains("某某市委网信办");
    assertThat(r.reply().date()).isPresent();
    assertThat(r.reply().contacts()).hasSize(1);
    assertThat(r.reply().body().measures()).hasSize(2);
  }

  /**
   * 建设 and 技术支持 end a site's credit only after a body's name: a letter's last line ending in
   * them (…我市城乡建设) right above the footer stays the letter's.
   */
  @Test
  void buildingIsACreditOnlyAfterABodysName() {
    assertThat(SiteFooter.start(lines("甲", "欢迎您继续关心支持我市城乡建设", "版权所有"), 0))
        .isEqualTo(2);
    assertThat(SiteFooter.start(lines("甲", "市中区大数据中心建设", "版权所有"), 0)).isEqualTo(1);
    assertThat(SiteFooter.start(lines("甲", "某某中心建设 地址:某某路1号 联系人:张三", "版权所有"), 0))
        .isEqualTo(2); // a person to contact is the letter's
  }
}
