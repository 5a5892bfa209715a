package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.examples.FoundingExample;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.BlockKind;
import dev.govreply.model.BlockPlacement;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.UnrecognizedBlock;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReplyTextWriterTest {

  static final ReplyTextWriter WRITER = ReplyTextWriter.standard();

  static Reply small() {
    return Reply.builder()
        .addUnrecognized(UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1,
            List.of("索引号: 010805312/2019-00088 | 发布机构: 宝鸡市环境保护局 |")))
        .issuer("平江县交通运输局")
        .documentNumber(DocumentNumber.parse("平交复函〔2017〕19号"))
        .resultClass(ResultClass.parse("B"))
        .disclosure(Disclosure.PUBLIC)
        .signer("袁新明")
        .title("关于对平江县十七届人大一次会议第82号建议的答复")
        .addressee(Addressee.builder().addName("陈根明").role(AddresseeRole.DEPUTY).build())
        .body(Body.builder()
            .opening("您提出的《关于村级公路列入乡镇循环路的建议》收悉，现答复如下：")
            .addContext("您提出的建议，我局高度重视。")
            .addMeasure(Measure.builder().ordinal(1).heading("加强养护。")
                .addParagraph("全县公路390条。")
                .addPoint(Point.builder().ordinal(1).heading("强化统筹。").addParagraph("每月调度。")
                    .addParagraph("通报结果。").build())
                .addPoint(Point.builder().ordinal(2).heading("压实责任。").build())
                .build())
            .addMeasure(Measure.builder().ordinal(2).heading("争取资金")
                .addPoint(Point.builder().ordinal(1).style(PointStyle.PARENTHESIZED)
                    .heading("积极申报。").addParagraph("已申报项目3个。").build())
                .build())
            .commitments(Commitments.builder().addIntro("下一步，我局将继续争取。")
                .addItem(Commitment.builder().ordinal(1).heading("优先启动建设。")
                    .addParagraph("列入计划。").build())
                .build())
            .addClosing("感谢您对交通运输事业的关心和支持。")
            .build())
        .signature("平江县交通运输局")
        .date(LocalDate.of(2017, 8, 9))
        .addContact(Contact.of(ContactRole.RESPONSIBLE, "袁新明"))
        .addContact(Contact.of(ContactRole.HANDLER, "张湘平", PhoneNumber.parse("13575075258")))
        .addCopyTo("省人大常委会办公厅", "省政府办公厅")
        .addNotes("（此件主动公开）")
        .addUnrecognized(UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 40, List.of("附件：无", "")))
        .build();
  }

  @Test
  void goldenOutputForASmallReplyWithEveryBlock() {
    assertThat(WRITER.write(small())).isEqualTo("""
        索引号: 010805312/2019-00088 | 发布机构: 宝鸡市环境保护局 |
        平江县交通运输局
        平交复函〔2017〕19号 B类 主动公开
        签发人：袁新明
        关于对平江县十七届人大一次会议第82号建议的答复
        陈根明代表：
        您提出的《关于村级公路列入乡镇循环路的建议》收悉，现答复如下：
        您提出的建议，我局高度重视。
        一、加强养护。
        全县公路390条。
        一是强化统筹。每月调度。
        通报结果。
        二是压实责任。
        二、争取资金
        （一）积极申报。
        已申报项目3个。
        下一步，我局将继续争取。
        一是优先启动建设。列入计划。
        感谢您对交通运输事业的关心和支持。
        平江县交通运输局
        2017年8月9日
        承办负责人：袁新明
        承办人及联系电话：张湘平 13575075258
        （此件主动公开）
        抄送：省人大常委会办公厅、省政府办公厅。
        附件：无

        """);
  }

  /**
   * A note that describes the attachments (附件说明) is written where GB/T 9704 puts it, below the
   * body and above the signature; the other notes (附注) below the date and contacts. A reply
   * whose end is followed by its annex then reads back to itself (found in corpus u 505: the
   * description written below the contacts made the annex's lines below look like the body's).
   */
  @Test
  void theAttachmentsDescriptionStandsAboveTheSignatureAndOtherNotesBelowTheDate() {
    Reply r = Reply.builder()
        .issuer("九江市农业农村局")
        .disclosure(Disclosure.PUBLIC)
        .title("关于市政协十六届五次会议第341号提案答复的函")
        .addressee(Addressee.builder().addName("民革九江市委会").build())
        .body(Body.builder().opening("您提出的提案收悉。现答复如下：")
            .addClosing("感谢您对我们工作的关心和支持。").build())
        .signature("九江市农业农村局")
        .date(LocalDate.of(2025, 7, 7))
        .addContact(Contact.of(ContactRole.HANDLER, "吴本慧", PhoneNumber.parse("13870200323")))
        .addNotes("此件主动公开", "附件：九江市政协提案(建议)答复清单")
        .addUnrecognized(UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 30,
            List.of("附件", "九江市政协提案(建议)答复清单", "提案号", "250341", "提案者", "民革九江市委会")))
        .build();
    String text = WRITER.write(r);
    assertThat(text).isEqualTo("""
        九江市农业农村局
        主动公开
        关于市政协十六届五次会议第341号提案答复的函
        民革九江市委会：
        您提出的提案收悉。现答复如下：
        感谢您对我们工作的关心和支持。
        附件：九江市政协提案(建议)答复清单
        九江市农业农村局
        2025年7月7日
        承办人及联系电话：吴本慧 13870200323
        此件主动公开
        附件
        九江市政协提案(建议)答复清单
        提案号
        250341
        提案者
        民革九江市委会
        """);
    String again = WRITER.write(ReplyTextReader.standard().read(text).reply());
    assertThat(again).isEqualTo(text);
  }

  /**
   * Found in review: a numbered attachment's description (附件1：…, 附件一：…, 附：…) written above the
   * signature reads back as a note, not as the body's closing.
   */
  @Test
  void aNumberedAttachmentsDescriptionReadsBackAsANote() {
    for (String note : new String[] {"附件1：征询意见表", "附件一：征询意见表", "附：征询意见表"}) {
      Reply r = Reply.builder()
          .body(Body.builder().opening("您提出的提案收悉。现答复如下：").addClosing("感谢您的关心和支持。").build())
          .signature("九江市农业农村局")
          .date(LocalDate.of(2025, 7, 7))
          .addNotes(note)
          .build();
      Reply back = ReplyTextReader.standard().read(WRITER.write(r)).reply();
      assertThat(back.notes()).as(note).containsExactly(note);
      assertThat(back.body().closing()).as(note).containsExactly("感谢您的关心和支持。");
    }
  }

  /**
   * Each unrecognized block is written where it stood, in the order it stood: the head's blocks
   * down to the page's last one above the letterhead, the head's unknown text below that right
   * above the salutation, and the blocks of the foot, of either kind, after the letter.
   */
  @Test
  void blocksAreWrittenWhereTheyStood() {
    Reply r = Reply.builder()
        .addUnrecognized(UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1, List.of("发布时间:2021-06-15")))
        .addUnrecognized(unknownAt(BlockPlacement.HEAD, 2, "分享"))
        .addUnrecognized(UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 3, List.of("浏览次数:12")))
        .addUnrecognized(unknownAt(BlockPlacement.HEAD, 5, "某某县民政局文件"))
        .addUnrecognized(unknownAt(BlockPlacement.FOOT, 11, "2021615"))
        .addUnrecognized(UnrecognizedBlock.builder().kind(BlockKind.PAGE_METADATA)
            .placement(BlockPlacement.FOOT).firstLine(13).addLine("主办:某某县人民政府").build())
        .issuer("某某县民政局")
        .title("关于对县十届人大三次会议第5号建议的答复")
        .addressee(Addressee.builder().addName("王五").role(AddresseeRole.DEPUTY).build())
        .body(Body.builder().opening("您提出的建议收悉，现答复如下：").addContext("已办理。").build())
        .build();
    assertThat(WRITER.write(r)).isEqualTo("""
        发布时间:2021-06-15
        分享
        浏览次数:12
        某某县民政局
        关于对县十届人大三次会议第5号建议的答复
        某某县民政局文件
        王五代表：
        您提出的建议收悉，现答复如下：
        已办理。
        2021615
        主办:某某县人民政府
        """);
  }

  private static UnrecognizedBlock unknownAt(BlockPlacement placement, int line, String text) {
    return UnrecognizedBlock.builder().kind(BlockKind.UNKNOWN_TEXT).placement(placement)
        .firstLine(line).addLine(text).build();
  }

  @Test
  void headerPartsAreOmittedWhenAbsent() {
    Reply r = Reply.builder().resultClass(ResultClass.parse("A2")).disclosure(Disclosure.ON_REQUEST)
        .build();
    assertThat(WRITER.write(r)).isEqualTo("A2类 依申请公开\n");
    Reply n = Reply.builder().documentNumber(DocumentNumber.parse("平政字〔2024〕12号")).build();
    assertThat(WRITER.write(n)).isEqualTo("平政字〔2024〕12号\n");
  }

  /**
   * The motion's title and number that neither the reply's title nor its opening prints are
   * written after the title, where a document prints them as its title's extras, so that they
   * read back (corpus p 405, cj 1686, b 81: read from such extras, they were lost by a write).
   */
  @Test
  void aMotionTheTitleAndOpeningDoNotCiteIsWrittenAfterTheTitle() {
    Reply r = Reply.builder().title("盘山县十七届人大四次会议代表建议的答复")
        .motion(Motion.builder().number("3").title("关于解决农田灌溉的建议").build())
        .addressee(Addressee.builder().addName("任大超").role(AddresseeRole.DEPUTY).build())
        .body(Body.builder().opening("您提出的建议已收悉，答复如下：").build()).build();
    String text = WRITER.write(r);
    assertThat(text).startsWith("盘山县十七届人大四次会议代表建议的答复《关于解决农田灌溉的建议》（第3号）\n");
    Motion back = ReplyTextReader.standard().read(text).reply().motion().orElseThrow();
    assertThat(back.number()).contains("3");
    assertThat(back.title()).contains("关于解决农田灌溉的建议");
    assertThat(back.session()).map(Object::toString).contains("盘山县十七届人大四次会议");
    // cited by the title or the opening: nothing is added
    Reply cited = r.withTitle("盘山县十七届人大四次会议第3号建议的答复")
        .withBody(Body.builder().opening("您提出的《关于解决农田灌溉的建议》已收悉，答复如下：").build());
    assertThat(WRITER.write(cited)).startsWith("盘山县十七届人大四次会议第3号建议的答复\n");
    // a title citing a number of its own is read first: an extra would not read back
    assertThat(WRITER.write(cited.withTitle("盘山县十七届人大四次会议第13号建议的答复")))
        .startsWith("盘山县十七届人大四次会议第13号建议的答复\n");
    // a digit that cites no item (3月) is no citation; a number the extra cannot hold (A133) and
    // a title holding 《》 are written in forms that read back, or not at all (review)
    Reply march = cited.withTitle("关于解决农田灌溉的建议的答复")
        .withBody(Body.builder().opening("您于2023年3月提出的关于解决农田灌溉的建议收悉。").build());
    assertThat(ReplyTextReader.standard().read(WRITER.write(march)).reply().motion()
        .flatMap(Motion::number)).contains("3");
    Reply coded = march.withMotion(Motion.builder().number("A133").build());
    assertThat(WRITER.write(coded)).startsWith("关于解决农田灌溉的建议的答复\n");
    Reply nested = march.withMotion(Motion.builder().title("关于加强《民法典》宣传普及工作的建议").build())
        .withBody(Body.builder().opening("您提出的建议收悉。").build());
    // extras the whole line reads back, as the reader reads the title and the opening (second
    // review): beside a title quoting 《》 of its own, after a document's number in the title
    for (String title : new String[] {"关于县十八届人大二次会议代表建议的答复",
        "关于落实国办发〔2023〕15号文件精神的建议的答复", "关于县十八届人大二次会议第15號建議的答覆"}) {
      Reply r15 = march.withTitle(title).withMotion(Motion.builder().number("15")
          .title("关于贯彻《公路法》加快农村公路建设的建议").build())
          .withBody(Body.builder().opening("您提出的建议收悉。").build());
      Motion m15 = ReplyTextReader.standard().read(WRITER.write(r15)).reply().motion().orElseThrow();
      assertThat(m15.number()).as(title).contains("15");
      assertThat(m15.title()).as(title).contains("关于贯彻《公路法》加快农村公路建设的建议");
    }
    assertThat(WRITER.write(march.withTitle("关于县十八届人大二次会议第15號建議的答覆")
        .withMotion(Motion.builder().number("15").build()))).startsWith("关于县十八届人大二次会议第15號建議的答覆\n");
    String written = WRITER.write(nested);
    assertThat(written).startsWith("关于解决农田灌溉的建议的答复（关于加强《民法典》宣传普及工作的建议）\n");
    assertThat(ReplyTextReader.standard().read(written).reply().motion().flatMap(Motion::title))
        .contains("关于加强《民法典》宣传普及工作的建议");
  }

  @Test
  void theEmptyReplyIsEmptyText() {
    assertThat(WRITER.write(Reply.builder().build())).isEmpty();
  }

  @Test
  void salutations() {
    assertThat(ReplyLayout.salutation(Addressee.builder().salutation("尊敬的王爱珍代表")
        .addName("王爱珍").role(AddresseeRole.DEPUTY).build())).isEqualTo("尊敬的王爱珍代表");
    assertThat(ReplyLayout.salutation(Addressee.builder().addNames("马青", "周丽")
        .andOthers(true).role(AddresseeRole.MEMBER).build())).isEqualTo("马青、周丽等委员");
    assertThat(ReplyLayout.salutation(Addressee.builder().addNames("童勋海").andOthers(true)
        .statedCount(10).role(AddresseeRole.DEPUTY).build())).isEqualTo("童勋海等10位代表");
    assertThat(ReplyLayout.salutation(Addressee.builder().addNames("雨露乡委员小组")
        .collective(true).role(AddresseeRole.MEMBER).build())).isEqualTo("雨露乡委员小组");
  }

  @Test
  void contactsWithUnitsAndPhones() {
    assertThat(ReplyLayout.contact(Contact.builder().role(ContactRole.HANDLER).name("潘东")
        .unit("海南省交通运输厅综合规划处").phone(PhoneNumber.parse("0898-65318096")).build()))
        .isEqualTo("承办人及联系电话：海南省交通运输厅综合规划处，潘东 0898-65318096");
    assertThat(ReplyLayout.contact(Contact.of(ContactRole.HANDLER, "许浩浩")))
        .isEqualTo("承办人：许浩浩");
    // the phone of a unit, no person named, in the form that reads back as such (corpus ad 663)
    Contact unitPhone = Contact.builder().role(ContactRole.HANDLER).unit("民航局发展计划司")
        .phone(PhoneNumber.parse("010-64092782")).build();
    assertThat(ReplyLayout.contact(unitPhone)).isEqualTo("联系单位及电话：民航局发展计划司 010-64092782");
    Reply reply = FoundingExample.reply().withContacts(List.of(unitPhone));
    assertThat(ReplyTextReader.standard().read(WRITER.write(reply)).reply().contacts())
        .containsExactly(unitPhone);
  }

  @Test
  void datesAreUnpadded() {
    assertThat(ReplyLayout.date(LocalDate.of(2021, 7, 6))).isEqualTo("2021年7月6日");
    assertThat(ReplyLayout.date(LocalDate.of(2024, 10, 18))).isEqualTo("2024年10月18日");
  }

  @Test
  void theFoundingReplyIsWrittenInGbt9704Order() {
    String text = WRITER.write(FoundingExample.reply());
    List<String> lines = TextLines.split(text);
    assertThat(lines.subList(0, 5)).containsExactly("平江县人民政府", "平政字〔2024〕12号 A2类 主动公开",
        "平江县人民政府对岳阳市九届人大四次会议第241号建议的答复", "张亮代表：",
        "您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：");
    assertThat(lines).contains("一、打造“五张清单”，重构工作联动新机制。");
    assertThat(lines.get(lines.size() - 2)).isEqualTo("承办负责人：朱远");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("承办人及联系电话：何勇 0730-6222076");
    assertThat(text).endsWith("\n").doesNotContain("\n\n");
  }

  @Test
  void writingToAWriterGivesTheSameText() {
    StringWriter w = new StringWriter();
    WRITER.write(small(), w);
    assertThat(w.toString()).isEqualTo(WRITER.write(small()));
  }

  @Test
  void theWriterIsSharedAcrossThreads() throws Exception {
    Reply r = FoundingExample.reply();
    String expected = WRITER.write(r);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> all = pool.invokeAll(java.util.Collections.nCopies(16,
          () -> ReplyTextWriter.standard().write(r)));
      for (Future<String> f : all) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * A run-in point (二是…) whose first paragraph is a heading with its number ((一)…, printed on a
   * line of its own) writes that paragraph on a line of its own, so that the text reads back the
   * same (corpus ji 5304); its other first paragraphs run on after its heading, as printed.
   */
  @Test
  void aRunInPointsNumberedParagraphIsWrittenOnItsOwnLine() {
    String text = "张三代表：\n您提出的建议收悉，现答复如下：\n一、关于停车设施建设\n我委积极推动相关工作落地落实。\n"
        + "一是每月收集汇总工作进展情况。\n二是严格落实停车管理办法，不断推动停车设施发展。\n\n(一)大力推动停车设施建设\n\n"
        + "督促引导各区充分利用闲置空地增建停车设施。\n";
    Reply read = ReplyTextReader.standard().read(text).reply();
    String once = WRITER.write(read);
    assertThat(once).contains("\n(一)大力推动停车设施建设\n");
    assertThat(WRITER.write(ReplyTextReader.standard().read(once).reply())).isEqualTo(once);
  }

  @Test
  void lineBreaksInsideValuesDoNotSplitLines() {
    Reply r = Reply.builder().title("标题\n第二行").build();
    assertThat(WRITER.write(r)).isEqualTo("标题 第二行\n");
  }
}
