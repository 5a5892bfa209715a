package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.conformance.CheckInput;
import dev.govreply.findings.Finding;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.Profiles;
import dev.govreply.findings.SourceSpan;
import dev.govreply.ledger.LedgerJson;
import dev.govreply.ledger.LedgerRow;
import dev.govreply.model.BlockKind;
import dev.govreply.model.Disclosure;
import dev.govreply.model.MotionKind;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.UnrecognizedBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lines of the web page above a document (its address, navigation path, page title, source and
 * date line) are page metadata and shift nothing: for every sample and each of several such
 * prefixes, the reply, the ledger row, the findings and the verdict are those of the document
 * alone, the prefix is one page-metadata block with a GR-TXT-080 finding, and every line is
 * accounted for.
 */
class LeadingPageLinesTest {

  private static final String URL =
      "https://www.example.gov.cn/zwgk/zfxxgk/fdzdgknr/jyta/202405/t20240506_123456.html";
  private static final String BREADCRUMB = "首页 > 政务公开 > 建议提案办理 > 2024年人大代表建议答复";
  private static final String WEB_TITLE =
      "2024年县人大代表建议和政协委员提案办理结果公开专栏_政务公开_某某县人民政府门户网站";
  private static final String SOURCE_LINE = "来源：某某县人民政府  发布时间：2024-05-06 10:20  浏览次数：123";

  /** The prefixes, each followed by a line break before the document. */
  static final List<String> PREFIXES = List.of(
      URL,
      "  " + URL.toUpperCase(java.util.Locale.ROOT).replace("HTTPS", "http") + "  ",
      "www.example.gov.cn/art/2024/5/6/art_1229_3412.html",
      BREADCRUMB,
      "当前位置：首页 » 政务公开 » 建议提案",
      "您现在的位置：网站首页 ＞ 信息公开 ＞ 建议提案办理结果 ＞ 人大代表建议",
      WEB_TITLE,
      "某某县交通运输局关于县十八届人大三次会议第12号建议的答复 - 某某县人民政府门户网站 - 政府信息公开",
      SOURCE_LINE,
      "发布时间：2024-05-06  作者：办公室  来源：某某县交通运输局  【打印】【关闭】",
      URL + "\n" + BREADCRUMB,
      URL + "\n" + BREADCRUMB + "\n" + SOURCE_LINE,
      WEB_TITLE + "\n" + SOURCE_LINE,
      BREADCRUMB + "\n" + WEB_TITLE + "\n" + URL,
      // the site's name above its navigation path: not the document's letterhead
      "某某县人民政府\n" + BREADCRUMB,
      "某某县人民政府\n当前位置：首页 » 政务公开 » 建议提案",
      // a portal's table of the item: the handling body's cell above the date of the reply
      "承办单位 答复日期 答复内容\n某某县交通运输局\n2024年5月6日\n详细查看",
      // the site's name, a section heading of the site, then the page's metadata
      "某某县人民政府\n政府信息公开\n全文检索\n索引号：3070211020000013000000/2020021600004612",
      // a list of labels, each value on the line below its label
      "  • 公开主体:\n    某某县交通运输局\n  • 主题分类:\n    人大建议");

  static Stream<Arguments> samplesAndPrefixes() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Path p : DocumentSets.SAMPLES.documents()) {
      for (int i = 0; i < PREFIXES.size(); i++) {
        out.add(Arguments.of(p.getFileName().toString(), i));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} after prefix {1}")
  @MethodSource("samplesAndPrefixes")
  void leadingPageLinesShiftNothing(String sample, int prefixIndex) throws IOException {
    String text = Files.readString(DocumentSets.SAMPLES.dir().resolve(sample),
        StandardCharsets.UTF_8);
    String prefix = PREFIXES.get(prefixIndex);
    int k = prefix.split("\n", -1).length;
    ReadResult alone = ReplyTextReader.standard().read(text);
    ReadResult after = ReplyTextReader.standard().read(prefix + "\n" + text);

    // the reply: the same, but for the page-metadata block of the prefix
    Reply expected = alone.reply().toBuilder()
        .unrecognized(shifted(alone.reply(), prefix, k)).build();
    assertThat(after.reply()).isEqualTo(expected);
    assertThat(LedgerJson.write(LedgerRow.of(after.reply())))
        .isEqualTo(LedgerJson.write(LedgerRow.of(alone.reply())));

    // every line accounted; the prefix's lines went to the page-metadata block
    assertThat(after.report().lines()).noneMatch(LineRecord::unaccounted);
    for (int n = 1; n <= k; n++) {
      assertThat(after.report().lines().get(n - 1).targets()).containsExactly("unrecognized[0]");
    }
    // the findings: those of the document, k lines down, and GR-TXT-080 for the prefix
    assertThat(withoutPageMetadata(after.report().findings(), 0))
        .isEqualTo(withoutPageMetadata(alone.report().findings(), k));
    assertThat(after.report().findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("GR-TXT-080");
      assertThat(f.span().map(SourceSpan::startLine)).contains(1);
      assertThat(f.path()).contains("unrecognized[0]");
    });

    // and so the verdict, under either built-in profile
    for (String profile : List.of("lenient", "gbt9704")) {
      ReplyChecker checker = ReplyChecker.of(Profiles.find(profile).orElseThrow());
      assertThat(checker.check(input(after)).verdict()).as(profile)
          .isEqualTo(checker.check(input(alone)).verdict());
    }
  }

  // ---- the rules behind the property, one by one ---------------------------------------------

  @Test
  void aLongLineBeforeTheDocumentIsPageMetadataButAfterItsTitleItIsBody() {
    String paragraph = "我局高度重视此项工作并组织有关科室进行了认真研究现将有关情况答复如下请予以审阅指正谢谢";
    ReadResult before = LayoutReaderTest.read(paragraph + "\n关于市十届人大二次会议第9号建议的答复\n"
        + "王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(before.reply().title()).contains("关于市十届人大二次会议第9号建议的答复");
    assertThat(before.reply().addressee()).isPresent();
    assertThat(before.reply().unrecognized().get(0).kind()).isEqualTo(BlockKind.PAGE_METADATA);
    assertThat(LayoutReaderTest.rules(before)).contains("GR-TXT-080").doesNotContain("GR-TXT-081");

    // once the document has begun, a long line without punctuation is a paragraph of the body
    ReadResult after = LayoutReaderTest.read("关于市十届人大二次会议第9号建议的答复\n" + paragraph
        + "\n已办。\n");
    assertThat(after.report().lines().get(1).targets()).isNotEmpty()
        .allMatch(t -> t.startsWith("body.") || t.startsWith("motion."));
    assertThat(after.reply().unrecognized()).isEmpty();
  }

  /**
   * A news page's headline and lead above a reply without salutation: the reply starts at its
   * title right above an opening that speaks to the member, and the lines above are the page's
   * (corpus lv 6604; the headline had started the body, the title and opening read as its text).
   */
  @Test
  void aTitleRightAboveTheOpeningBeginsTheDocumentBelowANewsLead() {
    String reply = "对十四届全国人大一次会议第3511号建议的答复\n\n"
        + "您提出的“关于加强新污染物治理工作的建议”收悉。经认真研究，答复如下：\n一、关于科普宣传\n已办。\n";
    ReadResult r = LayoutReaderTest.read("建议加强新污染物治理工作，生态环境部做出五点答复！\n\n"
        + "栏目:行业动态 发布时间:2024-03-08\n关于加强新污染物治理工作，生态环境部梳理了工作情况。\n\n" + reply);
    assertThat(r.reply().title()).contains("对十四届全国人大一次会议第3511号建议的答复");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("3511");
    assertThat(r.reply().unrecognized()).allMatch(b -> b.kind() == BlockKind.PAGE_METADATA);
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply())).isEqualTo(once);
    // an opening that does not speak to the member below a title is no start of its own
    ReadResult body = LayoutReaderTest.read("我局高度重视，现将有关情况说明如下。\n关于科普宣传的建议\n"
        + "我局积极开展宣传。\n");
    assertThat(body.reply().unrecognized()).isEmpty();
    // a letter that speaks to the member first has begun: an earlier reply it quotes further down,
    // its title and opening, is the letter's text (review of 4b29a0f0)
    ReadResult quoting = LayoutReaderTest.read("您提出的建议收悉，现答复如下：\n一、去年已答复。\n"
        + "关于县十七届人大三次会议第5号建议的答复\n您提出的建议收悉，现答复如下：已办。\n"
        + "某某县交通运输局\n2024年5月6日\n");
    assertThat(quoting.reply().signature()).contains("某某县交通运输局");
    assertThat(quoting.reply().title()).isEmpty();
    assertThat(quoting.reply().unrecognized()).isEmpty();
  }

  @Test
  void aSentenceOrASalutationBeginsTheDocument() {
    ReadResult r = LayoutReaderTest.read(URL + "\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().body().opening()).contains("您提出的建议收悉，现答复如下：");
    assertThat(r.reply().unrecognized()).singleElement().satisfies(b -> {
      assertThat(b.kind()).isEqualTo(BlockKind.PAGE_METADATA);
      assertThat(b.lines()).containsExactly(URL);
    });
    // findings about the document as a whole are at its first line, not at the page's
    assertThat(r.report().findings()).filteredOn(f -> f.ruleId().equals("GR-TXT-014"))
        .singleElement().satisfies(f -> assertThat(f.span().map(SourceSpan::startLine))
            .contains(2));
  }

  @Test
  void aNavigationPathEndingInTheReplyWordIsNoTitle() {
    ReadResult r = LayoutReaderTest.read(BREADCRUMB + "\n王五委员：\n您提出的提案收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().title()).isEmpty();
    assertThat(r.reply().motion().flatMap(m -> m.kind())).contains(MotionKind.PROPOSAL);
    assertThat(r.reply().unrecognized().get(0).lines()).containsExactly(BREADCRUMB);
  }

  @Test
  void aPageTitleAboveTheDocumentDoesNotSwallowItsTitle() {
    ReadResult r = LayoutReaderTest.read("某某县交通运输局关于县十八届人大三次会议第12号建议的答复 - 某某县人民政府门户网站\n"
        + "关于县十八届人大三次会议第12号建议的\n答复\n王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().title()).contains("关于县十八届人大三次会议第12号建议的答复");
    assertThat(r.reply().unrecognized().get(0).kind()).isEqualTo(BlockKind.PAGE_METADATA);
    assertThat(r.reply().unrecognized().get(0).firstLine()).isEqualTo(1);
  }

  /**
   * A document that prints no reply's title but the item's own (关于…的建议) as its heading above the
   * salutation: that heading is the motion's title. A line that only ends like one (the end of a
   * longer line broken in capture) is not, nor is a heading where the reply has its own title.
   */
  @Test
  void theItemsTitleAsTheOnlyHeadingIsTheMotionsTitle() {
    String letter = "\n\n刘桂娟代表:\n您的建议收悉,现将办理情况答复如下:\n已办。\n";
    ReadResult r = LayoutReaderTest.read("2014年\n\n关于加快台集屯镇中心幼儿园建设的建议\n\n"
        + "文章来源: 发布时间:2014-11-07" + letter);
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于加快台集屯镇中心幼儿园建设的建议");
    assertThat(r.report().provenance()).containsEntry("motion.title", Provenance.TITLE);
    // the opening names no kind: the word the item's title ends with does
    ReadResult unnamed = LayoutReaderTest.read("关于加大乡村公路建设投入的建议\n\n"
        + "农村公路是农业和农村发展的先导性设施。\n我部将继续加大投入。\n");
    assertThat(unnamed.reply().motion().flatMap(m -> m.kind())).contains(MotionKind.SUGGESTION);
    assertThat(unnamed.report().provenance()).containsEntry("motion.kind", Provenance.TITLE);
    assertThat(LayoutReaderTest.read("关于加大乡村公路建设投入的提案\n\n农村公路是先导性设施。\n").reply()
        .motion().flatMap(m -> m.kind())).contains(MotionKind.PROPOSAL);
    assertThat(LayoutReaderTest.read("人民医院新建立体停车场的建议" + letter).reply().motion()
        .flatMap(m -> m.title())).isEmpty();
    ReadResult titled = LayoutReaderTest.read("关于加快中心幼儿园建设的建议\n\n关于第3号建议的答复" + letter);
    assertThat(titled.reply().title()).contains("关于第3号建议的答复");
    assertThat(titled.reply().motion().flatMap(m -> m.title())).isEmpty();
    // two candidates (a page's list of suggestions), or one naming who raised it: no title
    assertThat(LayoutReaderTest.read("热点建议\n关于加快城区停车场建设的建议\n关于改善农村饮水条件的建议"
        + letter).reply().motion().flatMap(m -> m.title())).isEmpty();
    assertThat(LayoutReaderTest.read("关于王五代表提出的建议\n发布时间:2024-05-06" + letter).reply()
        .motion().flatMap(m -> m.title())).isEmpty();
    // text between the heading and the salutation: the heading is not right above it
    assertThat(LayoutReaderTest.read("关于加快中心幼儿园建设的建议\n学校门口常年拥堵\n" + letter).reply()
        .motion().flatMap(m -> m.title())).isEmpty();
  }

  /** A reply published as its summary (摘要：你提出的…) keeps its text: only a repost's record is metadata. */
  @Test
  void aSummaryIsTheReplysText() {
    ReadResult r = LayoutReaderTest.read("关于市十五届人大三次会议第0123号建议的答复摘要\n"
        + "摘要：你提出的关于加强老旧小区改造的建议收悉。经研究，现答复如下：已列入计划。\n"
        + "某某市住房和城乡建设局\n2024年5月6日\n");
    assertThat(r.reply().body().opening()).hasValueSatisfying(o -> assertThat(o).contains("老旧小区"));
    assertThat(r.reply().date()).isPresent();
  }

  /** The web title cites the motion the official title does not: a fallback, with a finding. */
  @Test
  void theWebTitleCitesWhatTheDocumentDoesNot() {
    ReadResult r = LayoutReaderTest.read("泗县第十八届人民代表大会第三次会议第63号建议的答复\n\n"
        + "关于修复彩虹桥往东损毁道路建议的答复\n\n王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("63");
    assertThat(r.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("泗县第十八届人民代表大会第三次会议");
    assertThat(r.report().findings()).anyMatch(f -> f.ruleId().equals("GR-TXT-053"));
    // the document's own citation wins
    ReadResult own = LayoutReaderTest.read("县九届人大三次会议第43号建议的答复\n\n"
        + "关于县九届人大四次会议第44号建议的答复\n\n王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(own.reply().motion().flatMap(m -> m.number())).contains("44");
  }

  /**
   * A session the document's own title prints with characters lost (县九届人大次会议: 三 lost) is
   * repaired from the web page's copy of the same title, which cites the same number; any other
   * damaged session is left empty.
   */
  @Test
  void theWebTitleRepairsASessionThatLostCharacters() {
    ReadResult lost = LayoutReaderTest.read("县九届人大三次会议第43号建议的答复\n\n"
        + "关于县九届人大次会议第43号建议的答复\n\n王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(lost.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("县九届人大三次会议");
    assertThat(lost.report().findings()).anyMatch(f -> f.ruleId().equals("GR-TXT-053"));
    ReadResult twoLost = LayoutReaderTest.read("新乐市第七届人民代表大会第五次会议第23号建议的答复\n\n"
        + "关于对新乐市第届人民代表大会第次会议23号建议的答复\n\n王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(twoLost.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("新乐市第七届人民代表大会第五次会议");
    // another item's title (another number), a damaged session that is no part of the web's, or
    // a title whose number is lost too: nothing tells the two are one citation
    for (String own : List.of("关于县九届人大次会议第44号建议的答复", "关于县十届人大次会议第43号建议的答复",
        "关于县九届人大次会议建议的答复")) {
      ReadResult r = LayoutReaderTest.read("县九届人大三次会议第43号建议的答复\n\n" + own
          + "\n\n王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
      assertThat(r.reply().motion().flatMap(m -> m.session())).as(own).isEmpty();
    }
    // a copy naming another kind of item, or copies citing the number at two sessions
    String body = "\n\n王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n";
    ReadResult otherKind = LayoutReaderTest.read("县九届人大三次会议第43号建议的答复\n\n"
        + "关于县九届人大次会议第43号提案的答复" + body);
    assertThat(otherKind.reply().motion().flatMap(m -> m.session())).isEmpty();
    ReadResult twoCopies = LayoutReaderTest.read("县九届人大四次会议第43号建议的答复\n\n"
        + "县九届人大三次会议第43号建议的答复\n\n关于县九届人大次会议第43号建议的答复" + body);
    assertThat(twoCopies.reply().motion().flatMap(m -> m.session())).isEmpty();
    // a record of the item repairs it too, under the same number, and only where it agrees
    String record = "会议届次：县九届人大三次会议\n建议号：";
    ReadResult fromRecord = LayoutReaderTest.read(record + "43\n\n关于县九届人大次会议第43号建议的答复" + body);
    assertThat(fromRecord.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("县九届人大三次会议");
    ReadResult otherNumber = LayoutReaderTest.read(record + "44\n\n关于县九届人大次会议第43号建议的答复" + body);
    assertThat(otherNumber.reply().motion().flatMap(m -> m.session())).isEmpty();
    ReadResult disagree = LayoutReaderTest.read(record + "43\n\n县九届人大四次会议第43号建议的答复\n\n"
        + "关于县九届人大次会议第43号建议的答复" + body);
    assertThat(disagree.reply().motion().flatMap(m -> m.session())).isEmpty();
  }

  /**
   * A metadata table printed a cell a line: a label alone, its value on the next line, both page
   * metadata; a label whose value the page left out does not take the salutation below it.
   */
  @Test
  void aMetadataLabelAloneTakesItsValueFromTheNextLine() {
    ReadResult r = LayoutReaderTest.read("来源:\n湘阴县人民政府\n访问量:\n\n王五代表：\n"
        + "您提出的建议收悉，现答复如下：\n已办。\n\n湘阴县教育局\n2019年4月20日\n");
    assertThat(r.reply().unrecognized().get(0).lines()).containsExactly("来源:", "湘阴县人民政府",
        "访问量:");
    assertThat(r.reply().issuer()).contains("湘阴县教育局");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("王五"));
  }

  /**
   * A body's name below a label alone is that label's value only when the label names a body
   * (来源:, 发布机构:); below a counter, a list of keywords or the page's validity the page left the
   * value out and the name is the document's letterhead (corpus c 125, d 147: the issuer written
   * above the title had been read back as the page's, and grew a line each round trip).
   */
  @Test
  void aNameBelowALabelThatNamesNoBodyIsTheLetterhead() {
    String letter = "湘阴县教育局\n对县人大第12号建议的答复\n王五代表：\n"
        + "您提出的建议收悉，现答复如下：\n已办。\n\n湘阴县教育局\n2019年4月20日\n";
    // and so below a row whose empty value cell follows the label (corpus bt 1366, written)
    for (String label : List.of("浏览次数:", "关键词: |", "有效性: |", "附件下载:", "| 关键词: | |||")) {
      ReadResult r = LayoutReaderTest.read("索引号: | 0001 |\n" + label + "\n" + letter);
      assertThat(r.reply().unrecognized().get(0).lines()).as(label).doesNotContain("湘阴县教育局");
      assertThat(r.report().lines().get(2).targets()).as(label).containsExactly("issuer");
    }
    ReadResult source = LayoutReaderTest.read("索引号: | 0001 |\n来源:\n" + letter);
    assertThat(source.reply().unrecognized().get(0).lines()).contains("湘阴县教育局");
    // a label whose value may be a body's name keeps it (review: 责任编辑 above 县政府办公室 had
    // become the letterhead and the issuer, over the signature)
    for (String label : List.of("责任编辑：", "关键词：")) {
      ReadResult named = LayoutReaderTest.read(label + "\n县政府办公室\n\n对县人大第12号建议的答复\n"
          + "王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n某县交通运输局\n2023年5月6日\n");
      assertThat(named.reply().issuer()).as(label).contains("某县交通运输局");
      assertThat(named.reply().unrecognized().get(0).lines()).as(label).contains("县政府办公室");
    }
    ReadResult disclosure = LayoutReaderTest.read("浏览次数:\n主动公开\n" + letter);
    assertThat(disclosure.reply().disclosure()).contains(Disclosure.PUBLIC);
    assertThat(disclosure.reply().unrecognized().get(0).lines()).containsExactly("浏览次数:");
  }

  /**
   * 发文单位, 发文日期, 实施日期 and 公文名称 are a portal's labels: their values below them are the
   * page's, and the issuing unit of the page's record is no letterhead (corpus az 964: 住房城乡建设部
   * below • 发文单位: had been read as the issuer; 2023-07-14 below • 发文日期: was left unplaced).
   */
  @Test
  void aPortalsIssuingUnitAndDateAreThePages() {
    ReadResult r = LayoutReaderTest.read("  • 公文名称:\n\n    对十四届全国人大一次会议第6826号建议的答复\n\n"
        + "  • 发文单位:\n\n    住房城乡建设部\n\n  • 发文日期:\n\n    2023-07-14\n\n  • 实施日期:\n\n"
        + "对十四届全国人大一次会议第6826号建议的答复\n王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().issuer()).isEmpty();
    assertThat(r.reply().date()).isEmpty();
    assertThat(r.reply().unrecognized()).allMatch(b -> b.kind() == BlockKind.PAGE_METADATA);
    assertThat(r.reply().unrecognized().stream().flatMap(b -> b.lines().stream()))
        .contains("    住房城乡建设部", "    2023-07-14");
  }

  /**
   * A ministry's disclosure page prints its record a cell a line (文号, 索引号, 公开日期, 主题词,
   * 机构分类, 主题分类, 行业分类, 公文类型): the department a classification names (公路局) is no
   * letterhead, and the keywords (十三届全国人大二次会议;建议答复函) are no title (corpus cp 1802,
   * unseen: 公路局 had been the issuer, the keywords the official title).
   */
  @Test
  void aMinistrysRecordACellALineIsThePages() {
    ReadResult r = LayoutReaderTest.read("关于十三届全国人大二次会议第8219号建议的答复函\n\n"
        + "文号\n\n交公路建字〔2019〕39号\n\n主题词\n\n十三届全国人大二次会议;建议答复函\n\n机构分类\n\n"
        + "公路局\n\n主题分类\n\n建议提案复文公开\n\n行业分类\n\n路桥管理与养护\n\n公文类型\n\n其他\n\n"
        + "张林顺代表:\n\n您提出的建议收悉。经研究,现答复如下:\n\n已办。\n");
    assertThat(r.reply().issuer()).isEmpty();
    assertThat(r.reply().title()).contains("关于十三届全国人大二次会议第8219号建议的答复函");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("8219");
    assertThat(r.reply().documentNumber()).map(Object::toString).contains("交公路建字〔2019〕39号");
    assertThat(r.reply().unrecognized().stream().flatMap(b -> b.lines().stream()))
        .contains("公路局", "十三届全国人大二次会议;建议答复函", "其他");
  }

  /**
   * A law site's record of a repost (文件名称:, 文件编号:, 实施时间:) is page metadata, and its 文件编号
   * supplies the document number where the letter prints none (corpus bj 1161). A label alone above
   * the next label (• 文件编号: above • 公开方式: 主动公开) has no value, and the next label's is read
   * (corpus u 505); the opening that announces the answer is never a label's value.
   */
  @Test
  void aLabelAloneTakesNeitherTheNextLabelNorTheOpening() {
    String letter = "雷文彬代表：\n您提出的建议收悉，现答复如下：\n已办。\n";
    ReadResult repost = LayoutReaderTest.read("文件名称:浙江省交通运输厅关于丽22号建议的答复\n\n"
        + "文件编号:浙交建〔2018〕92号\n\n实施时间:\n\n" + letter);
    assertThat(repost.reply().documentNumber().map(Object::toString)).contains("浙交建〔2018〕92号");
    assertThat(repost.reply().addressee().map(a -> a.names())).contains(List.of("雷文彬"));
    ReadResult list = LayoutReaderTest.read("  • 文件编号:\n  • 公开方式: 主动公开\n  • 责任部门:\n\n"
        + letter);
    assertThat(list.reply().disclosure()).contains(Disclosure.PUBLIC);
    ReadResult opening = LayoutReaderTest.read("索引号\n-2019-00481\n文号\n\n"
        + "您提出的《关于增加教师招聘人数的建议》收悉。现答复如下:\n已办。\n");
    assertThat(opening.reply().body().opening()).contains("您提出的《关于增加教师招聘人数的建议》收悉。现答复如下:");
  }

  /**
   * A portal's row that names the reply's document number 编号 (编号 | 宁住建函〔2024〕353号 | 办理部门 |
   * 住建局 |) supplies it where the letter prints none (corpus jd 5204, mv 7126); a 编号 that is no
   * document number (编号 | 28 |, the item's) supplies none, and the row is a record of the item by
   * its other cells, 办理部门 and 处理状态 (corpus pi 8402: its class and the salutation below it are
   * read).
   */
  @Test
  void aRecordsNumberSuppliesTheDocumentNumberWhenItIsOne() {
    String letter = "王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n";
    ReadResult named = LayoutReaderTest.read("标题 | 对宁陕县第十九届人大三次会议第49号建议的复函 | ||||\n"
        + "编号 | 宁住建函〔2024〕353号 | 办理部门 | 住建局 | 处理状态 | |||\n\n" + letter);
    assertThat(named.reply().documentNumber().map(Object::toString)).contains("宁住建函〔2024〕353号");
    ReadResult item = LayoutReaderTest.read("| 编号 | 28 | 办理部门 | 紫阳县民政局 | 处理状态 | 已办结 |\n"
        + "| 签发人 | 李晓华 | 签发日期 | 2025年9月19日 | 类别 | A |\n\n" + letter);
    assertThat(item.reply().documentNumber()).isEmpty();
    assertThat(item.reply().resultClass().map(Object::toString)).contains("A");
    assertThat(item.reply().addressee().map(a -> a.names())).contains(List.of("王五"));
  }

  /**
   * The letter's marks right above its salutation below a record's text of the item are the
   * letter's (A类 above 王五代表：, 类别标记: B above 复函: 王五代表:), as they are above its title: they
   * were kept as the member's text, so that a written copy of corpus pi 8402, which prints the
   * class from the record's 类别 above the salutation, read it twice, and one of corpus ha 4105
   * gained the class its record prints (both were no fixed points).
   */
  @Test
  void theLettersMarksAboveItsSalutationBelowARecordAreTheLetters() {
    String record = "| 编号 | 28 | 办理部门 | 紫阳县民政局 | 处理状态 | 已办结 |\n| 正文 |\n"
        + "案由:按照《紫阳县殡葬管理办法(试行)》规定,死亡的公民,应当进入公墓集中安葬。"
        + "全县每年死亡人口近3000人,镇村死亡人口,往往通过自行协调土地分散安葬,即加大"
        + "了群众安葬的经济负担,也提高了森林火灾的风险。同时《殡葬管理条例》第十条规定耕地"
        + "、林地禁止建造坟墓。全县森林覆盖率高,耕地资源紧缺,林地、耕地之外很难有合适的土"
        + "地安葬。死者合规安葬也成为十分重要的民生大事。但是目前全县镇村公益性墓地因缺少资"
        + "金,项目进展缓慢。 建议: 一、加大林业、农业、国土部门协调,快速做好镇村公益性"
        + "墓地空间规划,调整用地指标。 二、争取项目资金,快速落实资金,加速推进项目建设。"
        + " |" + "\n| 回复 |\n"; // corpus pi 8402's record
    ReadResult r = LayoutReaderTest.read(record + "A类\n王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().resultClass().map(Object::toString)).contains("A");
    assertThat(r.reply().unrecognized().stream().flatMap(b -> b.lines().stream()))
        .doesNotContain("A类");
    ReadResult cell = LayoutReaderTest.read("案号: 5\n议案领衔人: 陈坚\n" // corpus ha 4105's record
        + "案由: 关于对燃料公司煤场靠东山坡进行治理的意见\n内容摘要:\n\n"
        + "今年政府投资几十万给予燃料公司煤场山坡进行治理,环境面貌大为改观,安全系数也大为增加。"
        + "但靠东面方向还有一块山坡没有得到整治,希望政府部门能将其列入今后的计划,将这块山坡进行治理。\n\n"
        + "主办单位: 县国土资源局\n类别标记: B\n"
        + "复函: 陈坚代表: 您提出的“关于对燃料公司煤场靠东山坡进行治理的建议”已收悉,现答复如下:已办。\n");
    assertThat(cell.reply().resultClass().map(Object::toString)).contains("B");
    // other marks there may end the member's text, its raisers' body or its own number: they stay
    // the record's (review of 94a7ea36)
    String letter = "王五委员：\n您提出的建议收悉，现答复如下：\n已办。\n紫阳县民政局\n2025年9月19日\n";
    ReadResult group = LayoutReaderTest.read(record + "紫阳县工商业联合会\n" + letter);
    assertThat(group.reply().issuer()).contains("紫阳县民政局");
    ReadResult number = LayoutReaderTest.read(record + "紫政协提〔2025〕28号\n" + letter);
    assertThat(number.reply().documentNumber()).isEmpty();
  }

  /**
   * A page's own serial (编号：2024-001) is no record of the item: the letter below it, which prints
   * no salutation, keeps its opening and its first measure, and a page's class (类别：A) is not the
   * letter's (review of 94a7ea36).
   */
  @Test
  void aPagesOwnSerialIsNoRecord() {
    ReadResult r = LayoutReaderTest.read("编号：2024-001 类别：A\n发布日期：2024-06-07\n"
        + "张三代表在县十九届人大三次会议上提出的关于加强农村道路建设的建议收悉。经研究，现答复如下：\n"
        + "一、今年我局实施了旬皇路水毁修复。\n您提出的第二条建议，答复如下：已列入明年计划。\n"
        + "宁陕县交通运输局\n2022年12月6日\n");
    assertThat(r.reply().body().opening()).hasValueSatisfying(o -> assertThat(o).startsWith("张三代表"));
    assertThat(r.reply().resultClass()).isEmpty();
  }

  /**
   * The page's date between the lines of the header (日期:2024-06-07 below a web title, 2023-07-19
   * below the only title), and a label of the page's with nothing after it (相关文章:), are page
   * metadata: they had been kept as unplaced text, which a round trip wrote after the letter and
   * read back as the letter's date or a part of its last paragraph (33 documents were no fixed
   * points).
   */
  @Test
  void thePagesDateAboveTheSalutationIsPageMetadata() {
    String letter = "王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n";
    for (String date : List.of("日期:2024-06-07", "日期: 2023-06-06", "时间:2022-04-02 09:41:29 来源:卫健委",
        "2017-12-15 00:00:00 行政公署办公室 点击:[] 打印", "2023-07-19", "发表日期:2018-07-21",
        // and a label of the page's with nothing after it
        "相关文章:", "浏览字号:", "【字号:")) {
      String text = "城口县农业农村委员会关于县十八届人大四次会议第92号代表建议的复函\n\n" + date + "\n\n"
          + "关于县十八届人大四次会议第92号代表建议的复函\n" + letter;
      ReadResult r = LayoutReaderTest.read(text);
      assertThat(r.reply().unrecognized()).as(date).allMatch(b -> b.kind() == BlockKind.PAGE_METADATA);
      assertThat(r.reply().date()).as(date).isEmpty();
      String once = TextRoundTripTest.WRITER.write(r.reply());
      assertThat(TextRoundTripTest.WRITER.write(TextRoundTripTest.read(once).reply())).as(date)
          .isEqualTo(once);
    }
    ReadResult dated = LayoutReaderTest.read("关于第92号代表建议的复函\n" + letter
        + "城口县农业农村委员会\n2024年6月7日\n");
    assertThat(dated.reply().date().map(Object::toString)).contains("2024-06-07");
  }

  /**
   * A record printed a cell a line between borders keeps its values (review: a label's row of its
   * own, 关键词: |, is a label starting its line that supplies nothing, not | 会议届次: |); the
   * letter's own labels and dated lines in the header stay the letter's unplaced text.
   */
  @Test
  void aRecordPrintedACellALineAndTheLettersOwnHeaderLines() {
    ReadResult record = LayoutReaderTest.read("| 会议届次: |\n| 县十八届人大四次会议 |\n| 建议号: |\n| 12 |\n"
        + "| 代表姓名: |\n| 张三 |\n\n您提出的《关于加强农村公路养护的建议》收悉，现答复如下：\n已办。\n"
        + "城口县交通运输局\n2024年6月7日\n");
    assertThat(record.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("县十八届人大四次会议");
    assertThat(record.reply().motion().flatMap(m -> m.number())).contains("12");
    String title = "城口县交通运输局关于县十八届人大四次会议第12号建议的答复\n";
    String letter = "张三代表：\n您提出的建议收悉，现答复如下：\n已办。\n城口县交通运输局\n2024年6月7日\n";
    for (String own : List.of("2024年6月7日 城交函〔2024〕12号", "2024年6月7日印发", "签发人：\n王五",
        "联系人：\n李四 023-59222222")) {
      ReadResult r = LayoutReaderTest.read(title + own + "\n" + letter);
      assertThat(r.reply().unrecognized()).as(own).isNotEmpty()
          .allMatch(b -> b.kind() == BlockKind.UNKNOWN_TEXT);
    }
  }

  /** No label's value is the document's class: a tab of the page left without its text. */
  @Test
  void aClassBelowALabelAloneIsTheDocumentsMark() {
    ReadResult r = LayoutReaderTest.read("  • 答复内容\n  • 建议内容\n\nA类)\n\n王五代表：\n"
        + "您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().resultClass()).contains(ResultClass.A);
  }

  /**
   * A record whose rows hold the member's own text (议案内容 | …, 议案办理情况 | …) before the reply:
   * those rows are the page's, and the salutation of the reply on the line below them is read.
   */
  @Test
  void aRecordOfTheMembersTextAboveTheReply() {
    ReadResult r = LayoutReaderTest.read("关于长滩坝村六组修建便民桥的建议\n"
        + "议案内容 | 黄牛铺镇长滩坝村六组,现有农户58户213人,现有的便民桥始建于1985年,已成危桥。 |\n"
        + "议案办理情况 | 已于2023年4月转交黄牛铺镇办理。 |\n"
        + "刘利庆代表: 您好,您提出的关于新修便民桥的建议已收悉,现答复如下: 已列入计划。\n");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("刘利庆"));
    assertThat(r.reply().unrecognized().get(0).kind()).isEqualTo(BlockKind.PAGE_METADATA);
  }

  /**
   * An online encyclopedia's entry that copies a reply prints it as a table row whose first cell is
   * its label without a colon (释义 | …): the reply, its salutation first, follows the label's cell
   * (corpus w 542, hc 4142). A pipe that touches the text is the text's own (答复|关于…), no cell's.
   */
  @Test
  void aRecordsReplyMayFollowItsLabelsCell() {
    ReadResult r = LayoutReaderTest.read("词条 | 对某市五届人大一次会议第144号建议的答复 |\n"
        + "释义 | 商 莉、苟小勤代表: 您们提出的《关于加强犬类管理的建议》收悉,现答复如下: 已办。 |\n");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("商莉", "苟小勤"));
    assertThat(r.report().lines().get(1).markup()).first().isEqualTo("释义 |");
    ReadResult touching = LayoutReaderTest.read("答复|关于某事的提案\n\n王五委员：\n"
        + "您提出的提案收悉，现答复如下：\n已办。\n");
    assertThat(touching.report().lines().get(0).markup()).doesNotContain("答复|");
    // only a record's label stands as a cell so: 复函 and 答复 are words of a letter's title too
    // (review)
    ReadResult titleCell = LayoutReaderTest.read("复函 | 某某市财政局 |\n\n王五委员：\n"
        + "您提出的提案收悉，现答复如下：\n已办。\n");
    assertThat(titleCell.report().lines().get(0).markup()).doesNotContain("复函 |");
    assertThat(titleCell.reply().addressee().map(a -> a.names())).contains(List.of("王五"));
  }

  /**
   * A record labels the member's text 内容摘要 and the reply 复函: its rows are the page's, and the
   * reply after its label is read (corpus ha 4105); so is a record's row naming the deputies by
   * what they are (人大代表: …), which names no deputy 人大 (corpus hh 4244).
   */
  @Test
  void aRecordsRowsAboveTheReplyLabelledAsALetter() {
    ReadResult listed = LayoutReaderTest.read("省民宗委关于省十三届人大三次会议第491号建议的答复\n"
        + "人大代表: 兰定芬,包璐,何枚桂\n会议届次: 省十三届人大三次会议\n答复内容:\n兰定芬代表:\n"
        + "您提出的《关于某乡享受建制镇待遇的建议》收悉。现答复如下:\n已办。\n");
    assertThat(listed.reply().addressee().map(a -> a.names())).contains(List.of("兰定芬"));
    // the label as a cell of a row, greeting, is a salutation (review)
    ReadResult greeted = LayoutReaderTest.read("人大代表 您好\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(greeted.reply().addressee().flatMap(a -> a.role())).isPresent();
    ReadResult summary = LayoutReaderTest.read("案由: 关于某事的意见\n内容摘要:\n\n"
        + "希望政府部门能将这块山坡列入今后的计划进行治理。\n\n主办单位: 县国土资源局\n"
        + "复函: 陈坚代表: 您提出的“关于某事的建议”已收悉,现答复如下: 已办。\n");
    assertThat(summary.reply().addressee().map(a -> a.names())).contains(List.of("陈坚"));
    assertThat(summary.reply().motion().flatMap(m -> m.title())).contains("关于某事的建议");
  }

  /**
   * A record's seconding delegates (附议代表: …) are a field of the record, not the salutation: the
   * reply's salutation below the member's text is.
   */
  @Test
  void theSecondingDelegatesOfARecordAreNoSalutation() {
    ReadResult r = LayoutReaderTest.read("领衔代表:蔡亦海\n附议代表:周建设、黄文磊、虞国伦\n"
        + "河道清洁情况仍不理想,菜叶等漂浮物随处可见,建议尽快完成清理。\n提案答复\n蔡亦海等代表:\n"
        + "你们提出的《关于河道清洁情况不理想的提案》已收悉,现答复如下:\n已清理。\n");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("蔡亦海"));
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于河道清洁情况不理想的提案");
  }

  /**
   * A record of the item above the reply (代表提案者, 会议届次, 建议提案编号, 复文标题): page metadata,
   * whose session, number and the issuer in its reply title fill what the document does not state.
   */
  @Test
  void aRecordOfTheItemAboveTheReply() {
    ReadResult r = LayoutReaderTest.read("代表提案者: 谢咏梅\n会议届次: 省十三届人大四次会议\n"
        + "建议提案编号: 第258号\n复文标题: 省交通运输厅关于省十三届人大四次会议第258号建议的答复\n"
        + "答复内容:\n谢咏梅代表:\n您提出的《关于加快普盘高速公路建设的建议》收悉。现答复如下:\n已办。\n");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("258");
    assertThat(r.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("省十三届人大四次会议");
    assertThat(r.reply().issuer()).contains("省交通运输厅");
    assertThat(r.report().provenance()).containsEntry("issuer", Provenance.WEB_PAGE)
        .containsEntry("motion.number", Provenance.WEB_PAGE);
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("谢咏梅"));
  }

  /** A co-handler's opinion (会办意见) to the lead handler, a body, is a reply too. */
  @Test
  void aCoHandlersOpinionToTheLeadHandler() {
    ReadResult r = LayoutReaderTest.read("黔东南州人民政府关于贵州省人大十三届四次会议第560号建议的会办意见\n\n"
        + "省教育厅:\n\n杜贤伟代表提出的《关于支持修建学校的建议》收悉。现提出如下会办意见:\n已办。\n");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("560");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("省教育厅"));
    assertThat(r.reply().addressee().map(a -> a.collective())).contains(true);
  }

  @Test
  void theTitleOfAPublishedSummary() {
    ReadResult r = LayoutReaderTest.read("关于政协第十四届全国委员会第一次会议第04480号提案答复的函摘要\n\n李原园委员：\n"
        + "您提出的《关于切实提升农业综合生产能力的提案》收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().title()).contains("关于政协第十四届全国委员会第一次会议第04480号提案答复的函摘要");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("04480");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("李原园"));
  }

  @Test
  void webAddressesAndNavigationPathsArePageMetadata() {
    for (String page : List.of(URL, "HTTP://WWW.EXAMPLE.GOV.CN/", "www.example.gov.cn/a.html",
        BREADCRUMB, "首页>政务公开", "首页 » 政务公开 » 建议提案", "政务公开 › 建议提案 › 人大代表建议",
        "当前位置：首页", "您的位置: 建议提案", "网站首页 → 信息公开", "首页 >> 政务公开",
        "您当前所在位置:首页 >> 政务公开 >> 建议提案 >> 人大代表建议答复", "返回顶部",
        "索引号 000014349/2021-3225216 信息分类 人大代表建议答复", "文号 是否有效",
        " 文  号   发布机构  舟曲县教育局", "  • 中牟县水利局", "• 人大建议,提案,人大代表建议办理",
        "• 00529508X/2023-00092", "欢迎您光临新宾满族自治县人民政府官方网站! 美丽的新宾欢迎您",
        "文章来源:灵璧县民政局 浏览量: 发表时间:2024-10-23 09:28", "姚安县人民政府欢迎您!",
        "您现在的位置: 首页沧州市人民政府办公室信息公开详细页面")) {
      assertThat(PageMetadata.is(new Line(1, 1, page))).as(page).isTrue();
    }
    for (String text : List.of("细颗粒物浓度>75微克的天数", "政务公开 > 建议提案", "a > b > 。",
        "政务公开 >> 建议提案", "> 首页 > 政务公开", "网址在www.example.gov.cn", "whatever",
        "文号为平政字〔2024〕12号", "您当前所在位置不明，请联系我们",
        "• 一是加强管理，落实责任。", "欢迎各位代表提出宝贵意见")) {
      assertThat(PageMetadata.is(new Line(1, 1, text))).as(text).isFalse();
    }
  }

  /** What {@code govreply check} grades of a text: the reply and the reader's findings. */
  private static CheckInput input(ReadResult r) {
    return CheckInput.of(r.reply()).withSource(r.report().locator(), r.report().findings());
  }

  /** The unrecognized blocks of {@code alone} k lines down, after a block of the prefix. */
  private static List<UnrecognizedBlock> shifted(Reply alone, String prefix, int k) {
    List<UnrecognizedBlock> out = new ArrayList<>();
    List<String> first = new ArrayList<>(List.of(prefix.split("\n", -1)));
    List<UnrecognizedBlock> blocks = alone.unrecognized();
    int from = 0;
    if (!blocks.isEmpty() && blocks.get(0).firstLine() == 1
        && blocks.get(0).kind() == BlockKind.PAGE_METADATA) {
      first.addAll(blocks.get(0).lines()); // page metadata on the document's first line joins it
      from = 1;
    }
    out.add(UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1, first));
    for (UnrecognizedBlock b : blocks.subList(from, blocks.size())) {
      out.add(b.withFirstLine(b.firstLine() + k)); // kind, placement and lines as alone
    }
    return out;
  }

  /**
   * Rule, severity and span (moved {@code k} lines down) of each finding but GR-TXT-080, whose
   * message and path name the blocks.
   */
  private static List<String> withoutPageMetadata(List<Finding> findings, int k) {
    return findings.stream().filter(f -> !f.ruleId().equals("GR-TXT-080"))
        .map(f -> f.ruleId() + " " + f.severity() + " " + f.span().map(s -> new SourceSpan(
            s.startLine() + k, s.startColumn(), s.endLine() + k, s.endColumn())).orElse(null)
            + " " + f.suggestedFix().orElse(""))
        .toList();
  }
}
