package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.internal.Chars;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.BlockKind;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.Reply;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Layout rules on small synthetic documents, including variants the samples do not show. */
class LayoutReaderTest {

  static ReadResult read(String text) {
    ReadResult r = LayoutReader.read(text, StandardCharsets.UTF_8);
    for (LineRecord l : r.report().lines()) {
      assertThat(l.unaccounted()).as("line %d accounted: %s", l.number(), l.text()).isFalse();
    }
    return r;
  }

  static List<String> rules(ReadResult r) {
    return r.report().findings().stream().map(Finding::ruleId).toList();
  }

  private static boolean looksLikeBody(String text, boolean begun) {
    return BodyStart.looksLikeBody(new Line(1, 1, text), begun);
  }

  /**
   * A header line reads like body text when it is a sentence (。 , ! in any width), addresses the
   * reader (您, 你, 贵), starts with 近年, or is a numbered heading; once the document has begun,
   * also when it is longer than 40 non-blank characters.
   */
  /** A reply flattened onto one line: its end is split off the line, its body keeps the rest. */
  @Test
  void theEndOfADocumentFlattenedOntoOneLine() {
    String body = "您提出的《关于开通联接线的建议》收悉。经认真研究，现答复如下： 一、" + "该方案为比选方案。".repeat(20)
        + " 感谢您对我省交通运输事业发展的关心、支持和理解。";
    ReadResult r = read("福建省交通运输厅关于第1172号建议的答复\n\n林秋云、陈雪峰代表: " + body
        + " 领导署名:黄祥谈 联 系 人:黄 荣 联系电话:0591-87078078 福建省交通运输厅 2016年5月9日 (此件主动公开)\n");
    assertThat(r.reply().date()).contains(java.time.LocalDate.of(2016, 5, 9));
    assertThat(r.reply().signature()).contains("福建省交通运输厅");
    assertThat(r.reply().contacts()).extracting(c -> c.name().orElseThrow())
        .containsExactly("黄祥谈", "黄荣");
    // a long last paragraph that ends with a date in a sentence keeps it
    ReadResult sentence = read("王五代表：" + "该方案为比选方案，".repeat(30) + "截至 2024年5月6日\n");
    assertThat(sentence.reply().date()).isEmpty();
  }

  /** A letter whose title names its issuer, as the tests below vary it. */
  private static final String CHENGKOU_LETTER = "城口县交通运输局关于县十八届人大四次会议第12号建议的答复\n\n张三代表：\n\n"
      + "　　您提出的《关于加强农村公路养护的建议》收悉，现答复如下：\n\n"
      + "　　一、加强养护资金保障。我局已安排专项资金用于农村公路日常养护。\n\n"
      + "　　感谢您对交通工作的关心和支持。\n\n\n城口县交通运输局\n2024年6月7日\n"
      + "（联系人：李四，联系电话：023-59222222）\n";

  /**
   * A page's byline under the title, its date beside the body that published it, is no body's
   * name: the issuer is the one the title names, not "2024年6月7日城口县交通运输局" (a reviewer's
   * variation), and the byline's text is kept.
   */
  /**
   * A contact block run on after the body's last sentence without a break (corpus cz 2001, 2004:
   * …并与我们电话联系。联系单位及电话:西藏自治区交通运输厅农村公路处,0891-6810791。) is the end's: the unit's
   * phone is a contact without a name; a sentence that only mentions a phone (请拨打电话…) and a
   * sentence that starts with another label (附件：) stay the body's.
   */
  @Test
  void aContactBlockRunOnAfterTheLastSentenceIsTheEnds() {
    String start = "达贵代表:\n您提出的建议收悉,现答复如下:\n我厅已将该路段纳入规划。\n";
    Reply r = read(start + "感谢您对我区交通运输工作的关心支持。上述答复是否满意,请与我们电话联系。"
        + "联系单位及电话:西藏自治区交通运输厅农村公路处,0891-6810791。\n西藏自治区交通运输厅\n2018年7月15日\n").reply();
    assertThat(r.contacts()).hasSize(1);
    assertThat(r.contacts().get(0).name()).isEmpty();
    assertThat(r.contacts().get(0).phone().map(Object::toString)).contains("0891-6810791");
    assertThat(r.body().closing()).containsExactly("感谢您对我区交通运输工作的关心支持。上述答复是否满意,请与我们电话联系。");
    Reply person = read(start + "特此答复。领导署名：张伟\n承办人：刘芳 联系电话：13907340001\n"
        + "衡阳市自然资源和规划局\n2024年6月18日\n").reply();
    assertThat(person.contacts()).extracting(c -> c.name().orElse(null)).containsExactly("张伟", "刘芳");
    Reply mention = read(start + "感谢您的关心。如有疑问请拨打电话0891-6810791。\n西藏自治区交通运输厅\n2018年7月15日\n").reply();
    assertThat(mention.contacts()).isEmpty();
    Reply note = read(start + "感谢您的关心。附件:征询意见表\n西藏自治区交通运输厅\n2018年7月15日\n").reply();
    assertThat(note.body().closing()).containsExactly("感谢您的关心。附件:征询意见表");
  }

  /**
   * Found in review: only a contact block and nothing else is split off the last paragraph. A
   * sentence that starts with a label and goes on (a complaint line's phone, a role's duties, a way
   * to write in) and a contact followed by more prose stay the body's; a contact's note (职务：) may
   * follow its person.
   */
  @Test
  void aSentenceThatStartsWithALabelAndGoesOnIsTheBodys() {
    String start = "张明代表：\n您提出的建议收悉，现答复如下：\n我局已将该路段纳入规划。\n";
    String end = "\n县交通运输局\n2024年6月18日\n";
    for (String last : new String[] {
        "感谢您的关心和支持。电话：0891-6810791为我局农村公路投诉电话，欢迎您和广大群众监督。",
        "我局已配备专职护路员。工作人员：每村配备1至2名，由乡镇统一聘用管理，经费由县财政保障。",
        "明确责任主体。负责人：各乡镇分管副乡镇长，负责辖区道路日常巡查。",
        "感谢您的支持。联系方式：您可通过县长信箱或12345热线反映相关问题。",
        "感谢您的支持。联系人：李华，联系电话：0891-6810791。我们将继续做好相关工作，欢迎您随时提出宝贵意见。"}) {
      Reply r = read(start + last + end).reply();
      assertThat(r.contacts()).as(last).isEmpty();
      assertThat(r.notes()).as(last).isEmpty();
      assertThat(ReplyTextWriter.standard().write(Reply.builder().body(r.body()).build())).as(last)
          .contains(last);
    }
    Reply role = read(start + "对于未达标的予以约谈，限期整改。主管领导:韩勇孟 职务:党委书记、副局长" + end).reply();
    assertThat(role.contacts()).extracting(c -> c.name().orElse(null)).containsExactly("韩勇孟");
  }

  @Test
  void aDateBesideABodysNameUnderTheTitleIsNoIssuer() {
    ReadResult r = read(CHENGKOU_LETTER.replace("答复\n\n张三", "答复\n2024年6月7日 城口县交通运输局\n\n张三"));
    assertThat(r.reply().issuer()).contains("城口县交通运输局");
    assertThat(r.reply().unrecognized()).flatExtracting(u -> u.lines())
        .containsExactly("2024年6月7日 城口县交通运输局");
  }

  /**
   * A record's label of the reply's text after a list's bullet (• 答复内容:) starts the reply, as
   * without the bullet; it is no page label that takes the opening with it (review).
   */
  @Test
  void aBulletedLabelOfTheRepliesTextStartsTheReply() {
    ReadResult r = read(CHENGKOU_LETTER.replace("张三代表：\n\n　　您提出的", "  • 答复内容: 您提出的"));
    assertThat(r.reply().body().opening()).contains("您提出的《关于加强农村公路养护的建议》收悉，现答复如下：");
    assertThat(r.reply().motion().orElseThrow().title()).contains("关于加强农村公路养护的建议");
  }

  /**
   * The opening ends above the first heading of the measures: a title they quote (一、关于“…”的建议)
   * is no item's title (id 4682: a wrong title before, where the opening cites the item without
   * quotes and without 收悉 or 如下).
   */
  @Test
  void theMeasuresHeadingsAreNoPartOfTheOpening() {
    ReadResult r = read("王树江代表\n按照工作安排,您提出的关于推进市场主体平等保护的建议(第14号)由司法厅主办。"
        + "现作出以下答复。\n一、关于“搭建民营企业参与立法协商的平台”的建议\n我厅已搭建平台。\n");
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于推进市场主体平等保护的建议");
    // a body that starts with its first heading has its opening there (review)
    ReadResult headed = read("王树江代表\n一、关于您提出的《关于推进市场主体平等保护的建议》,现答复如下:\n我厅已搭建平台。\n");
    assertThat(headed.reply().motion().flatMap(m -> m.title())).contains("关于推进市场主体平等保护的建议");
    // a body that starts with the measures' first heading has no opening: the document a measure
    // cites is no item's title, nor its words the item's kind (corpus mz 7207, ay 942)
    ReadResult noOpening = read("重庆市生态环境局\n关于市六届人大一次会议第0694号建议\n办理情况的答复函\n"
        + "一、开展美丽中国先行区顶层研究设计\n2022年10月,生态环境部印发《关于加强生态环境保护推进美丽中国建设的指导意见》,"
        + "要求各省市编制规划。\n");
    assertThat(noOpening.reply().motion().flatMap(m -> m.title())).isEmpty();
    assertThat(noOpening.reply().motion().flatMap(m -> m.number())).contains("0694");
    // a heading that says what follows without speaking to the member opens no answer (review)
    ReadResult measures = read("王树江代表：\n一、根据《关于加强生态环境保护推进美丽中国建设的指导意见》,主要措施如下:\n"
        + "我局已编制规划。\n");
    assertThat(measures.reply().motion().flatMap(m -> m.title())).isEmpty();
    // one that speaks to the member and names what they raised does; so does the line below a
    // first heading that opens no answer
    ReadResult raised = read("王树江代表：\n一、您提出的《关于推进市场主体平等保护的建议》已转我局办理。\n我厅已搭建平台。\n");
    assertThat(raised.reply().motion().flatMap(m -> m.title())).contains("关于推进市场主体平等保护的建议");
    ReadResult below = read("王树江代表：\n一、基本情况\n您提出的《关于推进市场主体平等保护的建议》收悉，现答复如下：\n"
        + "我厅已搭建平台。\n");
    assertThat(below.reply().motion().flatMap(m -> m.title())).contains("关于推进市场主体平等保护的建议");
  }

  /**
   * The salutation captured as the last item of the list of the page's labels above the letter
   * (• 庄晓,肖猛勇,蔡俊权代表:, hs 4462) is read, its bullet markup; an item of the list that greets
   * no one, or a salutation with another item of the list below it, stays the page's.
   */
  @Test
  void aSalutationAsTheLastItemOfThePagesListIsRead() {
    String page = "  • 2023-08-18 17:40\n  • 来源:本网\n  • 【字体:\n";
    ReadResult r = read(page + "  • 庄晓,肖猛勇,蔡俊权代表:\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("庄晓", "肖猛勇", "蔡俊权"));
    assertThat(r.report().lines().get(3).markup()).contains("•");
    ReadResult listed = read(page + "  • 庄晓代表:\n  • 浏览次数:12\n张三代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(listed.reply().addressee().map(a -> a.names())).contains(List.of("张三"));
    // a list of links ending in a title, above the letter's own title and salutation (review)
    ReadResult links = read("  • 李四代表:关于加强管理的建议的答复\n市交通局关于市十届人大三次会议第12号建议的答复\n"
        + "王五代表:\n您提出的建议收悉,现答复如下:\n已办。\n");
    assertThat(links.reply().addressee().map(a -> a.names())).contains(List.of("王五"));
    ReadResult above = read("  • 市交通局:\n王五代表:\n您提出的建议收悉,现答复如下:\n已办。\n");
    assertThat(above.reply().addressee().map(a -> a.names())).contains(List.of("王五"));
  }

  /**
   * The labels of an attachment list after the letter describe the documents attached: the
   * attached document's number is not the reply's (a reviewer's variation); the line is kept.
   */
  @Test
  void anAttachedDocumentsNumberIsNotTheReplys() {
    ReadResult r = read(CHENGKOU_LETTER + "\n附件：1.文件名称：农村公路养护办法 文件编号：城交发〔2023〕5号\n");
    assertThat(r.reply().documentNumber()).isEmpty();
    assertThat(r.reply().unrecognized()).flatExtracting(u -> u.lines())
        .containsExactly("附件：1.文件名称：农村公路养护办法 文件编号：城交发〔2023〕5号");
    // the same labels in a page's metadata row give the number
    ReadResult page = read("索引号：123 文件编号：城交发〔2023〕5号\n" + CHENGKOU_LETTER);
    assertThat(page.reply().documentNumber()).hasValueSatisfying(
        n -> assertThat(n).hasToString("城交发〔2023〕5号"));
  }

  @Test
  void aBodysNameAloneBelowTheTitleOfACoHandlersOpinionIsTheLeadHandlerItIsSentTo() {
    String head = "关于对区七届人大四次会议第T014号代表建议的会办意见\n\n区住房保障房屋管理局\n\n";
    String end = "\n目前已完成改造5个小区。\n以上意见供你单位统一答复代表时参考。\n"
        + "上海市嘉定区人民政府嘉定镇街道办事处\n2024年3月22日\n";
    ReadResult r = read(head + "薄韫代表提出的关于加快推进老旧小区综合改造的代表建议收悉,现将会办意见函告如下" + end);
    assertThat(r.reply().addressee().orElseThrow().names()).containsExactly("区住房保障房屋管理局");
    assertThat(r.reply().addressee().orElseThrow().collective()).isTrue();
    assertThat(r.reply().issuer()).contains("上海市嘉定区人民政府嘉定镇街道办事处"); // from the signature
    assertThat(r.report().findings()).extracting(f -> f.ruleId())
        .contains("GR-TXT-030"); // the colon not printed
    // an opening that says 您 speaks to the member: the name above it is no addressee
    ReadResult you = read(head + "您提出的关于加快推进老旧小区综合改造的建议收悉,现答复如下" + end);
    assertThat(you.reply().addressee()).isEmpty();
    assertThat(you.reply().issuer()).contains("区住房保障房屋管理局");
    // nor is a name above a line that is no opening, or above the title
    ReadResult noOpening = read(head + "目前已完成改造5个小区。" + end);
    assertThat(noOpening.reply().addressee()).isEmpty();
    ReadResult above = read("区住房保障房屋管理局\n关于对区七届人大四次会议第T014号代表建议的会办意见\n"
        + "薄韫代表提出的关于加快推进老旧小区综合改造的代表建议收悉,现将会办意见函告如下" + end);
    assertThat(above.reply().addressee()).isEmpty();
    assertThat(above.reply().issuer()).contains("区住房保障房屋管理局");
    // the second person anywhere in the opening speaks to the member
    ReadResult yours = read(head + "关于您提出的关于加快推进老旧小区综合改造的建议,现答复如下" + end);
    assertThat(yours.reply().addressee()).isEmpty();
    // a body does not address itself: the name that signs the reply is its issuer
    ReadResult signed = read(head + "薄韫代表提出的关于加快推进老旧小区综合改造的代表建议收悉,现将会办意见函告如下"
        + "\n已办。\n区住房保障房屋管理局\n2024年3月22日\n");
    assertThat(signed.reply().addressee()).isEmpty();
    assertThat(signed.reply().issuer()).contains("区住房保障房屋管理局");
    assertThat(signed.reply().signature()).contains("区住房保障房屋管理局");
    // a reply that is no co-handler's opinion is sent to the member: the name is its issuer
    ReadResult reply = read("关于县十七届人大五次会议第1012号建议的答复\n永泰县交通运输局\n"
        + "《关于加强农村公路养护的建议》收悉，现答复如下：\n已安排专项资金。\n2021年8月4日\n");
    assertThat(reply.reply().addressee()).isEmpty();
    assertThat(reply.reply().issuer()).contains("永泰县交通运输局");
  }

  @Test
  void aCoHandlersOpinionOnTheWorkOfHandlingIsATitleThatCitesTheItem() {
    // …建议会办工作的意见 (corpus hd 4166, ot 8102): the title of a co-handler's opinion
    ReadResult r = read("对市六届人大三次会议第132号建议会办工作的意见\n\n嘉鱼县文旅局:\n"
        + "现将市六届人大三次会议第132号建议提出的“关于整合旅游资源的建议”的办理情况函告如下。\n"
        + "一、提供规划保障\n");
    assertThat(r.reply().title()).contains("对市六届人大三次会议第132号建议会办工作的意见");
    Motion m = r.reply().motion().orElseThrow();
    assertThat(m.session().map(s -> s.text())).contains("市六届人大三次会议");
    assertThat(m.number()).contains("132");
  }

  /**
   * A co-handler's opinion is told by its opening too, where no title of the letter says 会办 (the
   * page's copy of it read as page metadata): the opening asks the body above it to answer the
   * member with it (请综合后一并答复), so that body is addressed, and the signature is the issuer
   * (corpus hd 4166: the name above was the issuer, a wrong value).
   */
  @Test
  void aCoHandlersOpinionIsToldByItsOpeningAskingTheLeadToAnswer() {
    ReadResult r = read("市教育局\n\n现将市人大六届二次会议第045号建议提出的《关于规范校内午托管理的建议》"
        + "的办理情况函告如下,请综合后一并答复代表。\n我县已实行午托。\n崇阳县教育局\n2023年6月25日\n");
    assertThat(r.reply().addressee().orElseThrow().names()).containsExactly("市教育局");
    assertThat(r.reply().issuer()).contains("崇阳县教育局");
    // an opening that asks nothing of the body above it leaves that body the letterhead
    ReadResult letterhead = read("市教育局\n\n现将市人大六届二次会议第045号建议提出的《关于规范校内午托管理的建议》"
        + "的办理情况函告如下。\n我县已实行午托。\n崇阳县教育局\n2023年6月25日\n");
    assertThat(letterhead.reply().addressee()).isEmpty();
  }

  /**
   * A body addressed with its colon alone on its line (县政协：, eh 2683) is the addressee; above a
   * person's salutation (县人大： / 张三代表：) it is the deputy's assembly, and the person is the one
   * addressed (review F5).
   */
  @Test
  void anAssemblyNamedAboveAPersonsSalutationLeavesThePersonAddressed() {
    String body = "您提出的《关于修路的建议》收悉，现答复如下：\n已安排维修。\n温县交通运输局\n2024年9月20日\n";
    ReadResult assembly = read("关于县十五届政协四次会议第44号提案的答复\n县政协：\n" + body);
    assertThat(assembly.reply().addressee().orElseThrow().names()).containsExactly("县政协");
    for (String above : new String[] {"县人大：", "县人大常委会："}) {
      ReadResult person = read("关于县十五届人大四次会议第44号建议的答复\n" + above + "\n张三代表：\n" + body);
      assertThat(person.reply().addressee().orElseThrow().names()).as(above).containsExactly("张三");
      assertThat(person.reply().body().opening()).as(above).contains("您提出的《关于修路的建议》收悉，现答复如下：");
      // the assembly's line is kept as printed, and the written reply reads back the same (second
      // review F3)
      String once = ReplyTextWriter.standard().write(person.reply());
      assertThat(ReplyTextWriter.standard().write(read(once).reply())).as(above).isEqualTo(once);
      assertThat(once).as(above).contains(above + "\n张三代表：");
    }
  }

  /**
   * A party's central committee saluted alone is the addressee right above the reply's opening
   * (corpus gv 4003, kv 6082); above the member's own salutation in any form, or above the title,
   * it is the member's party or a reposted page's proposer line, kept as printed, and the member is
   * addressed (review of ee5b08b6).
   */
  @Test
  void aPartysCentralCommitteeIsAddressedOnlyRightAboveTheOpening() {
    String title = "关于县十五届政协四次会议第44号提案的答复\n";
    String body = "您提出的《关于修路的提案》收悉，现答复如下：\n已安排维修。\n温县交通运输局\n2024年9月20日\n";
    ReadResult alone = read(title + "九三学社中央：\n" + body);
    assertThat(alone.reply().addressee().orElseThrow().names()).containsExactly("九三学社中央");
    assertThat(alone.reply().body().opening()).contains("您提出的《关于修路的提案》收悉，现答复如下：");
    for (String member : new String[] {"张三委员：", "张三委员，您好！", "尊敬的张三委员：", "张三委员"}) {
      ReadResult r = read(title + "九三学社中央：\n" + member + "\n" + body);
      assertThat(r.reply().addressee().orElseThrow().names()).as(member).containsExactly("张三");
      assertThat(r.reply().body().opening()).as(member)
          .contains("您提出的《关于修路的提案》收悉，现答复如下：");
      assertThat(r.reply().unrecognized()).as(member).anySatisfy(
          u -> assertThat(u.lines()).contains("九三学社中央："));
    }
    ReadResult onTheLine = read(title + "致公党中央：\n张三委员：您提出的《关于修路的提案》收悉，现答复如下：\n已安排维修。\n");
    assertThat(onTheLine.reply().addressee().orElseThrow().names()).containsExactly("张三");
    ReadResult aboveTitle = read("九三学社中央：\n" + title + "张三委员：\n" + body);
    assertThat(aboveTitle.reply().title()).contains("关于县十五届政协四次会议第44号提案的答复");
    assertThat(aboveTitle.reply().addressee().orElseThrow().names()).containsExactly("张三");
    // above the proposal's text, or below another party's line: no addressee of its own (review
    // of 45b355ed)
    ReadResult aboveText = read("九三学社中央：\n建议加强耕地保护，提高补贴标准。\n" + title + "张三委员：\n" + body);
    assertThat(aboveText.reply().addressee().orElseThrow().names()).containsExactly("张三");
    assertThat(aboveText.reply().title()).contains("关于县十五届政协四次会议第44号提案的答复");
    // the proposal's text below it says 收悉, but a member is saluted further down: not the party
    // (review of 4a967392)
    ReadResult member = read(title + "九三学社中央：\n“关于修路的提案”收悉后，我们调研了情况。\n张三委员：\n" + body);
    assertThat(member.reply().addressee()).isEmpty();
    ReadResult two = read(title + "九三学社中央：\n民盟中央：\n" + body);
    assertThat(two.reply().addressee()).isEmpty();
    assertThat(rules(two)).contains("GR-TXT-032");
    // a party's line kept as the page's reads back the same once written, the reply having no
    // salutation of its own
    String unaddressed = "九三学社中央：\n" + title + "“关于修路的提案”收悉。现答复如下。\n已安排维修。\n";
    Reply once = read(unaddressed).reply();
    assertThat(once.addressee()).isEmpty();
    String written = ReplyTextWriter.standard().write(once);
    assertThat(read(written).reply().addressee()).isEmpty();
    assertThat(ReplyTextWriter.standard().write(read(written).reply())).isEqualTo(written);
  }

  /**
   * A heading in brackets above the opening is no salutation and empties nothing (it was read as a
   * collective whose name the model refused, and the reader failed): the reply is read, the heading
   * kept as the body's first paragraph (no opening: GR-TXT-107).
   */
  @Test
  void aBracketedHeadingAboveTheOpeningLeavesTheReplyRead() {
    ReadResult r = read("关于市政协十三届二次会议第45号提案的答复\n\n（一）成立领导小组：\n"
        + "    您提出的关于加强农村道路建设的提案收悉，现答复如下：\n    一是加强领导。\n某某县交通运输局\n"
        + "2023年6月1日\n");
    assertThat(r.reply().signature()).contains("某某县交通运输局");
    assertThat(r.reply().date()).contains(LocalDate.of(2023, 6, 1));
    assertThat(r.reply().motion().flatMap(Motion::number)).contains("45");
    assertThat(r.reply().addressee()).isEmpty();
    assertThat(rules(r)).doesNotContain("GR-TXT-099");
    assertThat(r.reply().body().context()).first().isEqualTo("（一）成立领导小组：");
  }

  @Test
  void theFullerOfTheItemTitlesTheTitleAndTheOpeningQuoteIsTheItemsTitle() {
    String end = "\n已办。\n明山区人民政府\n2019年11月14日\n";
    ReadResult title = read("本溪市第十六届人大二次会议《关于在程和鑫居进行社区养老试点的建议》(2301号)办理情况的答复\n"
        + "高振明代表:\n您提出的关于“在程和鑫居进行社区养老试点”的建议收悉。现答复如下:" + end);
    assertThat(title.reply().motion().orElseThrow().title())
        .contains("关于在程和鑫居进行社区养老试点的建议");
    ReadResult opening = read("本溪市第十六届人大二次会议《在程和鑫居进行社区养老试点》(2301号)办理情况的答复\n"
        + "高振明代表:\n您提出的《关于在程和鑫居进行社区养老试点的建议》收悉。现答复如下:" + end);
    assertThat(opening.reply().motion().orElseThrow().title())
        .contains("关于在程和鑫居进行社区养老试点的建议");
    // quoted otherwise inside (fp 3362): the title's still holds the opening's, quotation marks aside
    ReadResult quoted = read("政协本溪市第十三届委员会第四次会议 《关于在我市开展\"倡导文明祭祀\"的提案》(4083号)办理情况的答复\n"
        + "聂从容委员:\n您提出关于“在我市开展‘倡导文明祭祀’”的提案收悉。现答复如下:" + end);
    assertThat(quoted.reply().motion().orElseThrow().title())
        .contains("关于在我市开展\"倡导文明祭祀\"的提案");
    // two different titles: the opening's, as before
    ReadResult differ = read("本溪市第十六届人大二次会议《关于社区养老的建议》(2301号)办理情况的答复\n"
        + "高振明代表:\n您提出的《关于在程和鑫居试点的建议》收悉。现答复如下:" + end);
    assertThat(differ.reply().motion().orElseThrow().title()).contains("关于在程和鑫居试点的建议");
  }

  @Test
  void aLetterSetAsAFormNamesItsAddresseesWithTheirRoleWhereItPrintsNoSalutation() {
    String head = "杨陵区农业农村局\n关于区政协十届一次会议第48号委员提案办理情况的复函\n";
    String rest = "建议内容:关于建立杨凌旱区农业科技中心的建议\n办理结果:\n"
        + "您提出的关于建立杨凌旱区农业科技中心的提案收悉,现答复如下:\n已办。\n杨陵区农业农村局\n2022年5月6日\n";
    ReadResult r = read(head + "委员姓名:朱玉春、闻珊珊\n" + rest);
    Addressee a = r.reply().addressee().orElseThrow();
    assertThat(a.names()).containsExactly("朱玉春", "闻珊珊");
    assertThat(a.role()).contains(AddresseeRole.MEMBER);
    assertThat(a.count()).hasValue(2);
    assertThat(a.salutation()).isEmpty(); // none is printed
    assertThat(r.report().provenance()).containsEntry("addressee", Provenance.WEB_PAGE);
    ReadResult deputies = read(head + "代表姓名:陈树林、佟小刚、王进义\n" + rest);
    assertThat(deputies.reply().addressee().orElseThrow().role()).contains(AddresseeRole.DEPUTY);
    assertThat(deputies.reply().addressee().orElseThrow().count()).hasValue(3);
    // a salutation the letter prints is its addressee
    ReadResult saluted = read(head + "委员姓名:朱玉春、闻珊珊\n朱玉春委员:\n" + rest);
    assertThat(saluted.reply().addressee().orElseThrow().names()).containsExactly("朱玉春");
    // a label that does not name the role names no addressee
    ReadResult raised = read(head + "提案人:朱玉春\n" + rest);
    assertThat(raised.reply().addressee()).isEmpty();
  }

  /**
   * A person saluted by their office is the addressee only right above the opening addressed to
   * the member (corpus fo 3342, my 7182); an official's line above the member's salutation, or
   * above a forwarded letter, is not (review of 3b2f1443).
   */
  @Test
  void aPersonSalutedByTheirOfficeAboveTheOpening() {
    String opening = "您提出的《关于加强学校安全的建议》收悉,现答复如下:\n已办。\n";
    ReadResult r = read("尊敬的夏泽主席:\n" + opening);
    Addressee a = r.reply().addressee().orElseThrow();
    assertThat(a.names()).containsExactly("夏泽");
    assertThat(a.role()).isEmpty();
    assertThat(a.count()).hasValue(1);
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(read(once).reply())).isEqualTo(once);
    ReadResult member = read("张明局长：\n李华代表：\n" + opening);
    assertThat(member.reply().addressee().orElseThrow().names()).containsExactly("李华");
    assertThat(member.reply().addressee().orElseThrow().role()).contains(AddresseeRole.DEPUTY);
    ReadResult forwarded = read("张明局长：\n现将县交通局的答复转去，请阅。\n" + opening);
    assertThat(forwarded.reply().addressee()).isEmpty();
  }

  /**
   * A record's label of the item's number whose value cites the item as a title does gives the
   * number and the session (corpus sd 9862: 建议号 / 县十六届人大三次会议第67号建议); a value that is no
   * citation gives neither.
   */
  @Test
  void aRecordsNumberCitingTheSessionGivesBoth() {
    String letter = "承办单位\n叶县交通运输局\n答复内容\n杨文平代表:\n您提出的“关于修缮道路”的建议收悉,现答复如下:\n已办。\n";
    ReadResult r = read("建议号\n县十六届人大三次会议第67号建议\n建议人\n杨文平\n" + letter);
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("67");
    assertThat(r.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("县十六届人大三次会议");
    ReadResult none = read("建议号\n关于修缮道路的建议\n建议人\n杨文平\n" + letter);
    assertThat(none.reply().motion().flatMap(m -> m.number())).isEmpty();
    assertThat(none.reply().motion().flatMap(m -> m.session())).isEmpty();
  }

  /**
   * A record's number and session are of one item: its session is not the letter's where the
   * letter cites another number, nor its number where the letter cites another session (review
   * of 6afc7182).
   */
  @Test
  void aRecordOfAnotherItemGivesNothing() {
    String cell = "建议号\n县十六届人大二次会议第67号建议\n建议人\n杨文平\n承办单位\n叶县交通运输局\n答复内容\n"
        + "杨文平代表:\n";
    ReadResult number = read(cell + "您提出的第12号建议收悉,现答复如下:\n已办。\n");
    assertThat(number.reply().motion().flatMap(m -> m.number())).contains("12");
    assertThat(number.reply().motion().flatMap(m -> m.session())).isEmpty();
    ReadResult session = read(cell + "您在县十六届人大三次会议上提出的建议收悉,现答复如下:\n已办。\n");
    assertThat(session.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("县十六届人大三次会议");
    assertThat(session.reply().motion().flatMap(m -> m.number())).isEmpty();
  }

  /**
   * A record's page may print the item as filed (its citation, who raised it, its text), then 办理答复
   * alone, the record's label of the reply, then the reply with its salutation (corpus kz 6166):
   * the item's text above is the record's, not the reply's opening, and the salutation below the
   * label is the reply's.
   */
  @Test
  void theReplyBelowARecordsLabelOfTheReplyIsTheLetter() {
    ReadResult r = read(String.join("\n", "县第十四届人大第四次会议第3号议案",
        "曹洪等11位代表提出:关于改建小麻溪村通组桥梁的议案", "小麻溪村距离国道1公里,通组桥梁关系到群众出行。",
        "建议县人民政府尽快改建通组桥梁。", "办理答复", "曹洪等11位代表:",
        "你们在汶川县第十四届人民代表大会第四次会议提出的《关于改建小麻溪村通组桥梁的议案》已收悉,现答复如下:",
        "我局已将该桥纳入明年计划。", ""));
    Addressee a = r.reply().addressee().orElseThrow();
    assertThat(a.names()).containsExactly("曹洪");
    assertThat(a.count()).hasValue(11);
    assertThat(r.reply().body().opening()).hasValueSatisfying(o -> assertThat(o).startsWith("你们在"));
    assertThat(r.reply().body().toString()).doesNotContain("国道");
    assertThat(r.reply().motion().orElseThrow().kind()).contains(MotionKind.MOTION);
  }

  /**
   * A record of the item above the reply gives the item's title (提案标题, 题目) where the reply
   * cites none; a title the reply cites wins, and the record's line stays the page's.
   */
  @Test
  void aRecordGivesTheItemsTitleWhereTheReplyCitesNone() {
    String rest = "唐会生委员:\n您的提案收悉,现答复如下:\n已办。\n泸西县文化和旅游局\n2019年10月17日\n";
    ReadResult r = read("提案号:第66号\n提案标题:关于将何现龙故居确定为县级文物保护单位的提案\n" + rest);
    assertThat(r.reply().motion().orElseThrow().title())
        .contains("关于将何现龙故居确定为县级文物保护单位的提案");
    assertThat(r.report().provenance()).containsEntry("motion.title", Provenance.WEB_PAGE);
    assertThat(r.report().lines().get(1).targets()).doesNotContain("motion.title");
    ReadResult subject = read("题  目: 关于安装沿线路灯的建议\n" + rest);
    assertThat(subject.reply().motion().orElseThrow().title()).contains("关于安装沿线路灯的建议");
    // a handling form's 提案名称 / 建议名称, its reply below 办理回复 (corpus cr 1841)
    ReadResult form = read("提案名称:关于进一步提高公办幼儿园学位比例的建议\n办理回复:\n"
        + "今年9月将恒大小区配套幼儿园转为公办。\n");
    assertThat(form.reply().motion().orElseThrow().title())
        .contains("关于进一步提高公办幼儿园学位比例的建议");
    assertThat(form.reply().body().context()).isEmpty();
    assertThat(form.reply().body().opening()).contains("今年9月将恒大小区配套幼儿园转为公办。");
    ReadResult cited = read("提案标题:关于文物保护的提案\n唐会生委员:\n"
        + "您提出的《关于将何现龙故居确定为县级文物保护单位的提案》收悉,现答复如下:\n已办。\n"
        + "泸西县文化和旅游局\n2019年10月17日\n");
    assertThat(cited.reply().motion().orElseThrow().title())
        .contains("关于将何现龙故居确定为县级文物保护单位的提案");
    assertThat(cited.report().provenance()).containsEntry("motion.title", Provenance.DOCUMENT);
    // what the item says (建议内容), where it is the item's title, names its kind too (ay 944)
    ReadResult content = read("建议内容:\n关于统筹农村垃圾收集、转运、处理的建议\n答复内容:\n"
        + "根据市工作调整,此项工作现已移交住建局。\n");
    assertThat(content.reply().motion().orElseThrow().title())
        .contains("关于统筹农村垃圾收集、转运、处理的建议");
    assertThat(content.reply().motion().orElseThrow().kind()).contains(MotionKind.SUGGESTION);
    assertThat(content.report().provenance()).containsEntry("motion.kind", Provenance.WEB_PAGE);
    // the item's text is no title
    ReadResult text = read("建议内容:近年来农村垃圾收集难,建议统筹收集、转运、处理。\n答复内容:\n"
        + "根据市工作调整,此项工作现已移交住建局。\n");
    assertThat(text.reply().motion()).isEmpty();
  }

  /**
   * What a record's title label holds is the item's title only when it reads as one: not a
   * reply's title, a heading or link of the page, a sentence, or a word holding the label
   * (问题目前); the kind its label names wins over its last word (reviewed).
   */
  @Test
  void aRecordsTitleLabelGivesOnlyAnItemsTitle() {
    String rest = "秦振兴代表:\n您的建议收悉,现答复如下:\n已办。\n南宫市交通运输局\n2018年6月1日\n";
    for (String row : List.of("题目:南宫市交通运输局对市九届人大二次会议第46号建议的答复",
        "提案标题:关于对市九届人大二次会议第46号建议的答复", "题目:人大代表建议答复公开", "题目:点击查看详情",
        "建议内容:关于城区停车难问题,我有以下几点建议",
        "索引号 11111/2021-00001 信息名称 关于解决农村饮水问题目前进展情况的答复",
        "索引号 11111/2021-00001 信息名称 关于解决农村饮水问题目前进展的建议")) {
      ReadResult r = read(row + "\n" + rest);
      assertThat(r.reply().motion().flatMap(m -> m.title())).as(row).isEmpty();
    }
    // where the label's kind and the title's last word differ, neither is taken (second review)
    ReadResult differ = read("提案内容:\n关于加快推进城区停车场建设的建议\n秦振兴:\n"
        + "您的来信收悉,现答复如下:\n已办。\n南宫市交通运输局\n2018年6月1日\n");
    assertThat(differ.reply().motion().orElseThrow().kind()).isEmpty();
    ReadResult proposal = read("提案内容:\n关于加快推进城区停车场建设的提案\n秦振兴:\n"
        + "您的来信收悉,现答复如下:\n已办。\n南宫市交通运输局\n2018年6月1日\n");
    assertThat(proposal.reply().motion().orElseThrow().kind()).contains(MotionKind.PROPOSAL);
    // a title may hold 以下 as a word (second review); one holding what names a proposer or cites
    // a number is left out with the citations, proposers and categories it cannot be told from
    // (third review)
    String young = "关于加快发展3岁以下婴幼儿照护服务的建议";
    assertThat(read("题目:" + young + "\n" + rest).reply().motion().flatMap(m -> m.title()))
        .contains(young);
    for (String row : List.of("题目:第12号建议", "题目:市十七届人大三次会议第12号建议",
        "题目:张三代表提出的关于加强农村公路养护的建议", "题目:人大代表建议", "提案标题:政协委员提案",
        "题目:(2023年第12号)关于加强农村公路养护的建议", "建议内容:关于张三代表提出的建议")) {
      ReadResult r = read(row + "\n" + rest);
      assertThat(r.reply().motion().flatMap(m -> m.title())).as(row).isEmpty();
    }
    // a table row without colons: the label is its first cell, where it is no word of another
    // cell's text (third and fourth reviews)
    for (String row : List.of("索引号 123456 题目 关于加强农村公路养护的建议 发布日期 2023-06-01",
        "索引号 123 内容概述 关于解决 题目 繁多问题的建议", "索引号 123 内容概述 问题目前尚未解决的养护建议")) {
      ReadResult r = read(row + "\n" + rest);
      assertThat(r.reply().motion().flatMap(m -> m.title())).as(row).isEmpty();
    }
    for (String row : List.of("题目 关于加强农村公路养护的建议", "| 题目 | 关于加强农村公路养护的建议 |")) {
      ReadResult r = read(row + "\n" + rest);
      assertThat(r.reply().motion().flatMap(m -> m.title())).as(row)
          .contains("关于加强农村公路养护的建议");
    }
    // a label glued to the value ends it, and supplies its own (公开属性)
    ReadResult glued = read("建议内容:关于加快推进城区停车场建设的建议公开属性:主动公开\n" + rest);
    assertThat(glued.reply().disclosure()).contains(Disclosure.PUBLIC);
    assertThat(glued.reply().motion().orElseThrow().title())
        .contains("关于加快推进城区停车场建设的建议");
  }

  /**
   * An end whose date and contacts share a line (a table flattened, or a capture that ran the lines
   * together): the date is the reply's, the contacts are read after it.
   */
  @Test
  void theDateAndTheContactsOnOneLine() {
    ReadResult r = read("张三代表:\n您提出的建议收悉,现答复如下:\n已办。\n感谢您的关心。\n某某县水利局\n"
        + "2024年5月6日 承办单位联系人姓名及电话:王岩15804350857\n");
    assertThat(r.reply().date()).contains(LocalDate.of(2024, 5, 6));
    assertThat(r.reply().signature()).contains("某某县水利局");
    assertThat(r.reply().contacts()).singleElement().satisfies(c -> {
      assertThat(c.role()).isEqualTo(ContactRole.HANDLER);
      assertThat(c.name()).contains("王岩");
      assertThat(c.phone()).hasValueSatisfying(p -> assertThat(p).hasToString("15804350857"));
    });
    assertThat(r.reply().body().closing()).containsExactly("感谢您的关心。");
    // a sentence of the body that starts with a date and a label is no line of contacts
    ReadResult body = read("张三代表：\n您好，我局于：\n2024年5月6日 联系人：王岩（市住建局）到现场调研，情况如下。\n"
        + "某局\n2024年5月20日\n");
    assertThat(body.reply().date()).contains(LocalDate.of(2024, 5, 20));
    assertThat(body.reply().contacts()).isEmpty();
  }

  /**
   * A page may print the item answered (the member's suggestion) above the reply: the reply starts
   * at its title right above its salutation, with the marks above the title; the item's text is
   * the page's.
   */
  @Test
  void theItemsTextAboveTheRepliesTitleAndSalutationIsThePages() {
    ReadResult r = read(String.join("\n", "〔2018〕第53号", "赵奎平",
        "这段公路已全部硬化，出行变得非常便捷。", "针对以上问题，提出以下建议：", "一、加大这段公路的管理维护。",
        "( B)类", "广元市朝天区交通运输局", "关于2018年度第53号代表建议的回复", "赵奎平、王长保代表：",
        "您们在区七届人大三次会议所提《关于公路上档升级的建议》收悉，现答复如下：", "已列入计划。",
        "感谢您们对交通运输工作的关心和支持。", "广元市朝天区交通运输局", "2018年7月2日"));
    Reply reply = r.reply();
    assertThat(reply.title()).contains("关于2018年度第53号代表建议的回复");
    assertThat(reply.resultClass()).hasValueSatisfying(c -> assertThat(c).hasToString("B"));
    assertThat(reply.addressee().orElseThrow().names()).containsExactly("赵奎平", "王长保");
    assertThat(reply.body().opening()).hasValueSatisfying(o -> assertThat(o).startsWith("您们在"));
    assertThat(reply.unrecognized()).first().satisfies(b -> {
      assertThat(b.kind()).isEqualTo(BlockKind.PAGE_METADATA);
      assertThat(b.lines()).contains("一、加大这段公路的管理维护。");
    });
    // a reply without title: its body is its own
    ReadResult plain = read("这段公路已全部硬化。\n赵奎平代表：\n您的建议收悉。\n");
    assertThat(plain.reply().unrecognized()).isEmpty();
  }

  /**
   * The site's credits right above its footer (主办单位：… and the site's phone) are the page's; a
   * reply's own contact block right above the footer stays the reply's.
   */
  /**
   * A record's cell of the reply: the reply starts after its label, on the label's row (| 问题答复: |
   * 江伟洪代表: 您提出的…, corpus ac 650) or below it (答复内容:), and the short opening below the
   * label is the reply's, not the label's value.
   */
  @Test
  void aRecordsCellOfTheReplyStartsAfterItsLabel() {
    ReadResult row = read(String.join("\n", "| 标 题: | 关于解决富怡路排水问题的建议 |",
        "| 问题内容: | 建议尽快解决雨水扰民问题。", "|",
        "| 问题答复: | 江伟洪代表: 您提出的“关于解决富怡路排水问题的建议”已收悉,现答复如下: 已列入计划。 |"));
    assertThat(row.reply().addressee()).hasValueSatisfying(
        a -> assertThat(a.names()).containsExactly("江伟洪"));
    assertThat(row.report().lines().get(3).markup())
        .anySatisfy(m -> assertThat(m).startsWith("问题答复:"));
    ReadResult below = read(String.join("\n", "提案号:第66号", "答复内容:",
        "您提出的《关于加强管理的建议》收悉,现答复如下:", "已列入计划。", "某某县水利局", "2024年5月6日"));
    assertThat(below.reply().body().opening()).contains("您提出的《关于加强管理的建议》收悉,现答复如下:");
    // the record's 办理情况 (how the item was handled) holds the reply too (corpus qy 9242)
    ReadResult handled = read(String.join("\n", "案  由: 关于启动石湾镇养老服务项目的建议",
        "提 案 者: 杨飞宫", "承办单位: 民政局", "办理情况: 杨飞宫代表:",
        "您提出的《关于启动石湾镇养老服务项目的建议》(第19号)收悉。现答复如下:", "已列入计划。"));
    assertThat(handled.reply().addressee()).hasValueSatisfying(
        a -> assertThat(a.names()).containsExactly("杨飞宫"));
    assertThat(handled.report().lines().get(3).markup())
        .anySatisfy(m -> assertThat(m).startsWith("办理情况:"));
  }

  /**
   * A record's cell of what the member wrote, labelled (问题内容：) and longer than a line of page
   * metadata, above the record's cell of the reply is the page's: the reply starts in its cell
   * (corpus ip 4923).
   */
  @Test
  void aRecordsLongCellOfTheItemAboveItsCellOfTheReplyIsThePages() {
    String item = "目前，城区南区房地产业发展迅速，人口激增，教育的配套发展未能跟上。".repeat(8);
    for (String label : new String[] {"问题内容：", "建议内容："}) {
      ReadResult r = read(String.join("\n", "标 题:关于尽快增加优质学位的建议", label + item,
          "问题答复:陈衍华代表:您提出的关于“关于尽快增加优质学位的建议”收悉,现答复如下:一、我局将加快建设。",
          "番禺区教育局", "2005年6月1日"));
      assertThat(r.reply().addressee()).as(label).hasValueSatisfying(
          a -> assertThat(a.names()).containsExactly("陈衍华"));
      assertThat(r.reply().body().opening()).as(label).hasValueSatisfying(
          o -> assertThat(o).startsWith("您提出的关于"));
      assertThat(r.reply().unrecognized()).as(label)
          .anySatisfy(b -> assertThat(b.lines()).anySatisfy(t -> assertThat(t).startsWith(label)));
    }
  }
  /**
   * A letter's own first paragraph that starts with a word of a record's labels but no label and
   * colon (政协委员张三…, 内容丰富…) is the letter's, whatever reply-like line stands further down
   * (review of 397f71c8).
   */
  @Test
  void aLettersParagraphStartingWithARecordsWordIsNoRecord() {
    String tail = "    一、加快道路建设。\n    您提出的问题主要有如下三个方面，我们将逐项落实。\n"
        + "    感谢您对我们工作的关心和支持。\n某某县交通运输局\n2023年6月1日\n";
    for (String first : new String[] {"政协委员张三在市政协十三届二次会议上提出的《关于加强农村道路建设的提案》收悉。现答复如下：",
        "内容丰富、措施具体的《关于加强农村道路建设的提案》收悉。现答复如下："}) {
      ReadResult r = read("关于市政协十三届二次会议第45号提案的答复\n    " + first + "\n" + tail);
      assertThat(r.reply().body().opening()).as(first).contains(first);
      assertThat(r.reply().body().measures()).as(first).hasSize(1);
      assertThat(r.reply().signature()).as(first).contains("某某县交通运输局");
    }
  }


  /**
   * A date that a mirror of the page (an online encyclopedia's copy) followed with a reference
   * mark is the letter's date line, and the signature above it is read (corpus af 684); a text
   * after a date is no date line.
   */
  @Test
  void aMirrorsReferenceMarkAfterTheDateIsNoPartOfTheLetter() {
    ReadResult r = read(String.join("\n", "罗金山委员:", "您提出的关于《加强马铃薯种薯管理》的提案收悉,现答复如下:",
        "我局已将种薯管理列入计划。", "", "赤 水 市 农 业 局", "", "二OO七年六月三十日[1]", "",
        "免责声明:本文为网络用户发布,其观点仅代表作者个人观点,与本站无关。"));
    assertThat(r.reply().issuer()).contains("赤水市农业局");
    assertThat(r.reply().date()).contains(LocalDate.of(2007, 6, 30));
    ReadResult text = read(String.join("\n", "罗金山委员:", "您提出的提案收悉,现答复如下:",
        "我局已将种薯管理列入计划。", "", "赤水市农业局", "", "二OO七年六月三十日[1]说明"));
    assertThat(text.reply().date()).isEmpty();
  }

  /**
   * An item cited in the opening by a title that ends with 建议 was raised at the session the
   * reply's title names: at a CPPCC session it is a proposal, at a congress's a suggestion. A kind
   * word inside a title in 《》 that names no item (关于 lost: 《于…问题建议及解决》) is a word of the
   * cited title, not the kind (corpus al 745).
   */
  @Test
  void anOpeningsItemWasRaisedAtTheSessionTheTitleNames() {
    for (String[] c : new String[][] {{"县政协九届一次会议", "PROPOSAL"}, {"县九届人大一次会议", "SUGGESTION"}}) {
      Reply r = read(String.join("\n", c[0] + "《于农田秸秆焚烧带来的问题建议及解决》(82号)答复", "杨军代表:",
          "您提出的《关于农田秸秆焚烧问题及解决的建议》已收悉,现答复如下:", "我局已制定秸秆禁烧工作方案。")).reply();
      assertThat(r.motion().flatMap(m -> m.kind())).as(c[0]).contains(MotionKind.valueOf(c[1]));
      assertThat(r.motion().flatMap(m -> m.number())).as(c[0]).contains("82");
    }
  }

  /**
   * A record that prints the member's own text (理由, 建议) above its cell of the reply (答复：):
   * the reply starts in that cell, and the record's text above it is the page's (corpus af 687).
   */
  @Test
  void aRecordsOwnTextAboveItsCellOfTheReplyIsThePages() {
    ReadResult r = read(String.join("\n", "案由:关于加快县城南山开发建设的提案", "提案人:王定香 城关镇纸坊沟村",
        "理由:城关镇纸坊沟已建设为县城居民休闲去处。", "建议: 1、高规格做好规划。", "2、给予项目支持。",
        "主办单位:县文旅局", "答复: 您提出的关于加快县城南山开发建设的提案已收悉,现答复如下:", "2021年10月12日"));
    assertThat(r.reply().motion()).hasValueSatisfying(m -> {
      assertThat(m.kind()).contains(MotionKind.PROPOSAL);
      assertThat(m.title()).contains("关于加快县城南山开发建设的提案");
    });
    assertThat(r.reply().body().opening()).contains("您提出的关于加快县城南山开发建设的提案已收悉,现答复如下:");
    assertThat(r.reply().body().context()).isEmpty();
    assertThat(r.report().lines().get(3).targets())
        .singleElement().satisfies(t -> assertThat(t).startsWith("unrecognized"));
  }

  /**
   * A signature whose date was damaged in capture anchors the end when no issuer is known: the
   * contacts, the disclosure mark and the copy-to below it are read, and the unknown lines (the
   * damaged date, a page's link repeating the item's title) kept as unrecognized text (corpus d
   * 146).
   */
  @Test
  void aSignatureWhoseDateWasDamagedAnchorsTheEnd() {
    ReadResult r = read(String.join("\n", "吴学迅代表:", "您提的《关于优化公交布局的建议》收悉,现答复如下:",
        "今年我局优化了2条公交线路。", "再次感谢您对我区交通运输事业的关注和关心。", "", "周村区交通运输局", "2025 915",
        "(联系单位:周村区交通运输局,联系人:李东晖,联系电话:18753330696", "(依申请公开)",
        "抄送:区人大常委会代表工作委员会,区政府办公室。", "关于优化公交布局的建议"));
    Reply reply = r.reply();
    assertThat(reply.issuer()).contains("周村区交通运输局");
    assertThat(reply.disclosure()).contains(Disclosure.ON_REQUEST);
    assertThat(reply.copyTo()).containsExactly("区人大常委会代表工作委员会", "区政府办公室");
    assertThat(reply.date()).isEmpty();
    assertThat(reply.unrecognized()).flatExtracting(b -> b.lines()).contains("2025 915");
  }

  /**
   * A body's name in the body does not anchor the end when the end found so far has a signature
   * of its own, or a closing formula follows the name (reviewed).
   */
  @Test
  void aBodysNameInTheBodyAnchorsNoEnd() {
    ReadResult signed = read(String.join("\n", "张三代表：", "您提出的建议收悉，现答复如下：",
        "我县高度重视，此项工作牵头单位为：", "县交通运输局", "感谢您对交通工作的关心和支持。", "湘阴县交通运输局",
        "联系人：李四", "联系电话：0730-2222076"));
    assertThat(signed.reply().signature()).contains("湘阴县交通运输局");
    assertThat(signed.reply().body().closing()).containsExactly("感谢您对交通工作的关心和支持。");
    ReadResult units = read(String.join("\n", "张三代表：", "您提出的建议收悉，现答复如下：",
        "该项工作由以下单位共同负责：", "县交通运输局", "县财政局", "我们将加强协调，确保项目按期完工。",
        "感谢您对交通工作的关心和支持。"));
    assertThat(units.reply().signature()).isEmpty();
    assertThat(units.reply().unrecognized()).isEmpty();
  }

  /** A body's name followed by a paragraph is in the body: no end is anchored on it. */
  @Test
  void aBodysNameAboveAParagraphAnchorsNoEnd() {
    ReadResult r = read(String.join("\n", "吴学迅代表:", "您提的《关于优化公交布局的建议》收悉,现答复如下:",
        "周村区交通运输局", "今年我局优化了2条公交线路," + "增设公交站点一处,方便学生上下学。".repeat(14), "无法核实"));
    assertThat(r.reply().issuer()).isEmpty();
    assertThat(r.reply().signature()).isEmpty();
  }

  @Test
  void theSitesCreditsAboveItsFooterAreThePages() {
    String reply = "王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n2023年7月28日\n联系人及电话:胡可欣 8189213\n";
    ReadResult r = read(reply + "主办单位:唐山市丰南区委区政府\n联系电话:0315-8101890\n"
        + "ICP备案:冀ICP备13009492号-1 网站标识码:1302000057\n");
    assertThat(r.reply().contacts()).singleElement()
        .satisfies(c -> assertThat(c.name()).contains("胡可欣"));
    ReadResult own = read(reply + "网站标识码:1302000057\n");
    assertThat(own.reply().contacts()).singleElement()
        .satisfies(c -> assertThat(c.phone()).map(Object::toString).contains("8189213"));
  }

  /**
   * A disclosure mark alone right above the page's metadata is a link of the portal's navigation;
   * below the metadata, it is the document's.
   */
  @Test
  void aDisclosureLinkAboveThePagesMetadataIsThePages() {
    String doc = "关于县十八届人大三次会议第12号建议的答复\n王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n";
    ReadResult nav = read("政府信息公开制度\n依申请公开\n索引号: 0151216811-202509-102155\n" + doc);
    assertThat(nav.reply().disclosure()).isEmpty();
    ReadResult mark = read("索引号: 0151216811-202509-102155\n依申请公开\n" + doc);
    assertThat(mark.reply().disclosure()).contains(Disclosure.ON_REQUEST);
  }

  /**
   * A handler's label that lost its first characters in capture (联系人 printed as {@code   人:})
   * first on its line is still the handler's; 人 inside a line is no label.
   */
  @Test
  void aHandlersLabelThatLostItsFirstCharacters() {
    ReadResult r = read("王五代表：\n您提出的建议收悉，现答复如下：已办。\n某某县城市管理局\n2023年9月27日\n"
        + "  人:黎浩\n联系电话:60307029\n");
    assertThat(r.reply().contacts()).singleElement().satisfies(c -> {
      assertThat(c.role()).isEqualTo(ContactRole.HANDLER);
      assertThat(c.name()).contains("黎浩");
      assertThat(c.phone()).map(Object::toString).contains("60307029");
    });
  }

  /**
   * A body's name alone above the document that the site's credits below name as the body running
   * the site is the page's name, not the letterhead.
   */
  @Test
  void theSitesNameAboveTheDocumentIsNoLetterhead() {
    ReadResult r = read("莒南县人民政府\n王五代表：\n您提出的建议收悉，现答复如下：已办。\n2024年5月6日\n"
        + "主办:莒南县人民政府 承办:莒南县人民政府办公室\n");
    assertThat(r.reply().issuer()).isEmpty();
    ReadResult letterhead = read("莒南县人民政府\n王五代表：\n您提出的建议收悉，现答复如下：已办。\n2024年5月6日\n"
        + "主办:莒南县人民政府办公室\n");
    assertThat(letterhead.reply().issuer()).contains("莒南县人民政府");
  }

  /**
   * A name alone above the page's date line (its label, the date, its counter) is the page's: a
   * site that reposts a ministry's letter prints its own name there (corpus mm 6943).
   */
  @Test
  void aNameAboveThePagesLabelledDateIsNoLetterhead() {
    ReadResult r = read("深圳高科新农技术有限公司\n免费会员\n时间:2017-9-7阅读:340\n"
        + "关于政协十二届全国委员会第五次会议第0896号提案答复的函\n牛汝极委员:\n"
        + "您提出的关于发展植保无人机的提案收悉。现答复如下。\n已办。\n");
    assertThat(r.reply().issuer()).isEmpty();
  }

  /**
   * Two names of the salutation's list printed without their separator are read as two, and a
   * finding names them so a person can check (corpus jc 5186).
   */
  @Test
  void twoNamesRunTogetherAreReadAsTwoWithAFinding() {
    ReadResult r = read("姚文荣、柏永剑李俊杰、李开华代表：\n你们提出的建议收悉，现答复如下：已办。\n");
    assertThat(r.reply().addressee().get().names()).containsExactly("姚文荣", "柏永剑", "李俊杰", "李开华");
    assertThat(r.report().findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("GR-TXT-034");
      assertThat(f.span()).hasValueSatisfying(s -> assertThat(s.startColumn()).isEqualTo(5));
    });
    assertThat(rules(read("姚文荣、李开华代表：\n你们提出的建议收悉，现答复如下：已办。\n"))).doesNotContain("GR-TXT-034");
    // six characters with a body's words are no two names (a mutant of corpus ki 5821)
    assertThat(rules(read("沙堰 镇代表团王伟、乔符珀代表：\n你们提出的建议收悉，现答复如下：已办。\n")))
        .doesNotContain("GR-TXT-034");
  }

  /** A joint signature on the date's line: the first body it names is the issuer. */
  @Test
  void aJointSignatureOnTheDatesLine() {
    ReadResult r = read("刘利庆代表：\n您提出的建议收悉，现答复如下：已办。\n"
        + "凤县黄牛铺镇人民政府 凤县交通运输局 2023年9月15日\n");
    assertThat(r.reply().issuer()).contains("凤县黄牛铺镇人民政府");
    assertThat(r.reply().date()).contains(LocalDate.of(2023, 9, 15));
  }

  /** The body a reply is addressed to does not sign it: its name below the letter is no signature. */
  @Test
  void theAddresseesNameAtTheEndIsNoSignature() {
    ReadResult r = read("民革九江市委会:\n你们提出的提案收悉，现答复如下：已办。\n感谢你们对农业农村工作的关心和支持。\n"
        + "2025年6月30日\n提案者\n民革九江市委会\n");
    assertThat(r.reply().signature()).isEmpty();
    assertThat(r.reply().issuer()).isEmpty();
  }

  /** A web page's footer below its furniture (扫一扫…) is the page's: its phone is no contact's. */
  @Test
  void aPagesFooterBelowItsFurnitureIsNotTheContactBlock() {
    ReadResult r = read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n2017年7月24日\n(联系人:夏五洲)\n"
        + "扫一扫在手机打开当前页面\n主办单位:息烽县人民政府办公室 联系方式:0851-87721549\n");
    assertThat(r.reply().contacts()).singleElement().satisfies(c -> {
      assertThat(c.name()).contains("夏五洲");
      assertThat(c.phone()).isEmpty();
    });
    assertThat(r.reply().unrecognized()).anyMatch(b -> b.kind() == BlockKind.PAGE_METADATA
        && b.lines().get(b.lines().size() - 1).startsWith("主办单位"));
  }

  /**
   * A disclosure mark and a contact line in one pair of brackets, set apart by a full stop, are
   * both read (corpus bx 1442).
   */
  @Test
  void aMarkAndAContactLineInOneBracket() {
    ReadResult r = read("王五委员:\n您提出的提案收悉,现答复如下:\n已办。\n银川市城市管理局\n2018年10月16日\n"
        + "(此件公开发布。 联系人及电话:杨红  18152310975 )\n");
    assertThat(r.reply().disclosure()).contains(Disclosure.PUBLIC);
    assertThat(r.reply().contacts()).singleElement().satisfies(c -> {
      assertThat(c.name()).contains("杨红");
      assertThat(c.phone()).hasValueSatisfying(p -> assertThat(p).hasToString("18152310975"));
    });
  }

  /**
   * A capture cut inside its last line, a few characters of a line of the end left (联系电 of
   * 联系电话, 余姚 of the signature), still ends in the lines of the end above them (corpus ad 667,
   * ag 700, u 494); the cut line is kept as text. A short last line below the body is the body's.
   */
  @Test
  void aLabelCutOffAtTheEndOfTheCaptureLeavesTheContactsAboveIt() {
    ReadResult r = read("王五代表:\n您提出的建议收悉,现答复如下:\n一是推动文旅发展。\n领导署名:傅柒生\n联 系 人:许发银\n联系电");
    assertThat(r.reply().contacts()).extracting(c -> c.name().orElseThrow())
        .containsExactly("傅柒生", "许发银");
    assertThat(r.reply().unrecognized()).anyMatch(b -> b.lines().equals(List.of("联系电")));
    assertThat(read("王五代表:\n您提出的建议收悉,现答复如下:\n联系电\n一是推动文旅发展。\n").reply().body()
        .context()).as("only the capture's last line is cut off").isNotEmpty();
    ReadResult signed = read("王五代表:\n您提出的建议收悉,现答复如下:\n已办。\n领导签批:谢  高\n承 办 人:董雯雯\n"
        + "联系方式:62704842\n\n余姚");
    assertThat(signed.reply().contacts()).hasSize(2);
    assertThat(signed.reply().unrecognized()).anyMatch(b -> b.lines().equals(List.of("余姚")));
    ReadResult town = read("王五代表:\n您提出的建议收悉,现答复如下:\n已办。\n联系人:张祖鹏 联系电话:0871-67705493\n"
        + "西街口镇人民政");
    assertThat(town.reply().contacts()).singleElement().satisfies(c -> assertThat(c.name()).contains("张祖鹏"));
    // a fragment with a phone the reader cannot place is no line of the end: its phone would be
    // lost to the contact above it (corpus s 463)
    assertThat(read("王五代表:\n您提出的建议收悉,现答复如下:\n已办。\n人: 裴亮亮\n联:(03556015222").reply()
        .contacts()).isEmpty();
    ReadResult unsigned = read("王五代表:\n您提出的建议收悉,现答复如下:\n已办。\n\n此复");
    // (此复, this is the reply, is the body's closing formula)
    assertThat(unsigned.reply().body().closing()).as("a short last line below the body").contains("此复");
    assertThat(unsigned.reply().unrecognized()).isEmpty();
  }

  /**
   * The site's name below the page's furniture (the caption of its QR code) is the page's, not the
   * signature (corpus br 1324); and the end above the furniture is read (bq 1305).
   */
  @Test
  void theSitesNameBelowItsFurnitureIsNoSignature() {
    ReadResult r = read("夏文婷代表:\n您提出的建议收悉,现答复如下:\n已办。\n感谢您对我区教育工作的关心和支持。\n\n"
        + "扫码浏览\n红谷滩区人民政府\n");
    assertThat(r.reply().signature()).isEmpty();
    assertThat(r.reply().unrecognized()).anyMatch(b -> b.kind() == BlockKind.PAGE_METADATA
        && b.lines().contains("红谷滩区人民政府"));
    ReadResult ended = read("王五代表:\n您提出的建议收悉,现答复如下:\n已办。\n办复类别:B\n联系电话:0564-8671208\n"
        + "文件下载\n政策咨询\n如果您对该政策文件有疑问,可以拨打标题上方的电话咨询相关部门。\n标签:\n");
    assertThat(ended.reply().resultClass()).hasValueSatisfying(c -> assertThat(c).hasToString("B"));
    // a name with the reply's date below it, below a print or share widget, is the signature
    // (review F3)
    for (String widget : List.of("【打印】 【关闭】", "分享到：", "打印")) {
      ReadResult signed = read("王五代表:\n您提出的建议收悉,现答复如下:\n已办。\n" + widget
          + "\n莒南县交通运输局\n2023年5月6日\n");
      assertThat(signed.reply().signature()).as(widget).contains("莒南县交通运输局");
    }
    assertThat(ended.reply().contacts()).singleElement()
        .satisfies(c -> assertThat(c.phone()).hasValueSatisfying(p -> assertThat(p).hasToString("0564-8671208")));
  }

  /**
   * A site's footer (设为首页, 网站地图, 版权所有, ICP备…) and every line below it are the page's, however
   * unknown those lines are: the end of the reply is read above it.
   */
  @Test
  void theSitesFooterAndAllBelowItAreThePages() {
    ReadResult r = read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n承办人姓名:邹志鹏\n承办人电话:8399278\n"
        + "2021年6月15日\n设为首页 | 加入收藏 | 网站地图 | 联系我们\n主办单位:某某旗人民政府 联系电话:0482-8399165\n"
        + "中国互联网举报中心\n");
    assertThat(r.reply().date()).contains(java.time.LocalDate.of(2021, 6, 15));
    assertThat(r.reply().contacts()).singleElement().satisfies(c -> {
      assertThat(c.name()).contains("邹志鹏");
      assertThat(c.phone()).hasValueSatisfying(p -> assertThat(p).hasToString("8399278"));
    });
    assertThat(r.reply().unrecognized()).singleElement().satisfies(b -> {
      assertThat(b.kind()).isEqualTo(BlockKind.PAGE_METADATA);
      assertThat(b.lines()).hasSize(3).last().isEqualTo("中国互联网举报中心");
    });
    // the site's credits alone (主办：…) start its footer: the phone below them is the site's
    ReadResult credits = read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n2024年5月23日\n(联系人:海增录)\n"
        + "主办:宝鸡市体育局\n地址:宝鸡市渭滨区石鼓路1号 电话:0917-3365833\n");
    assertThat(credits.reply().contacts()).singleElement()
        .satisfies(c -> assertThat(c.phone()).isEmpty());
  }

  /**
   * A portal's record prints the item's session and number without labels, each alone on its
   * line: they cite the motion where the letter is silent; a session alone above other text does
   * not.
   */
  @Test
  void aRecordsSessionAndNumberWithoutLabels() {
    ReadResult r = read("关于加强道路整修建议的答复\n淄川区第十九届人民代表大会第二次会议\n24\n"
        + "王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().motion()).hasValueSatisfying(m -> {
      assertThat(m.session()).hasValueSatisfying(s -> assertThat(s)
          .hasToString("淄川区第十九届人民代表大会第二次会议"));
      assertThat(m.number()).contains("24");
    });
    assertThat(r.report().lines().get(2).targets()).containsExactly("unrecognized[0]");
    ReadResult alone = read("关于加强道路整修建议的答复\n淄川区第十九届人民代表大会第二次会议\n"
        + "王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(alone.reply().motion().flatMap(m -> m.session())).isEmpty();
  }

  /**
   * A body's name above a title that names another body as its writer is the site's: the title's
   * body is the issuer. The same body above, or named more fully, stays the letterhead's.
   */
  @Test
  void aTitleNamingAnotherBodyOverridesTheNameAbove() {
    ReadResult r = read("文山市人民政府\n\n文山市交通运输局对文山市第三届人民代表大会第四次会议第69号建议的答复\n\n"
        + "王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().issuer()).contains("文山市交通运输局");
    ReadResult same = read("平江县交通运输局\n\n交通运输局对县十届人大二次会议第9号建议的答复\n\n"
        + "王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(same.reply().issuer()).contains("平江县交通运输局");
  }

  /**
   * A portal's record of the item may print the member's own text (内容：…) above the reply: it is
   * the record's, and the reply starts at its salutation, below its title.
   */
  @Test
  void theMembersOwnTextInARecordIsNotTheBody() {
    ReadResult r = read("提出人:张明杰\n内容:\n我国自古以来就有观灯赏景的习俗,建议实施步行街亮化工程。\n2022年12月23日\n"
        + "关于对县十九届人大二次会议第29号代表建议的答复\n张明杰代表:\n您提出的建议收悉,现答复如下:\n已办。\n");
    assertThat(r.reply().addressee()).hasValueSatisfying(a -> assertThat(a.names())
        .containsExactly("张明杰"));
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("29");
    assertThat(r.reply().body().context()).containsExactly("已办。");
    assertThat(r.reply().date()).isEmpty(); // the record's date is the member's, not the reply's
    ReadResult noRecord = read("我国自古以来就有观灯赏景的习俗,建议实施步行街亮化工程。\n张明杰代表:\n已办。\n");
    assertThat(noRecord.reply().addressee()).isEmpty();
  }

  /**
   * A record's reply may print no salutation: it starts at its title when its opening follows
   * right below (…委员提案的回复 above 您们…所提《…》收悉); the member's own text above is the
   * record's (corpus bn 1249).
   */
  @Test
  void aRecordsReplyWithoutSalutationStartsAtItsTitle() {
    String record = "编 号:第〔85〕号 | 所属类别:委员提案 |\n提案人:姚盛兵 | 联名人:李长斌 |\n"
        + "目前,两乡之间只能绕行,为此建议:尽快建设通乡公路。 |\n审查结果:已立案 |\n主办单位:区交通局 |\n";
    String reply = "关于政协朝天区六届四次会议第85号委员提案的回复 |\n"
        + "您们所提《关于建设通乡公路的建议》收悉,现将有关情况函告如下: 已开工建设。 |\n"
        + "广元市朝天区交通运输局 2019年10月28日 |\n";
    ReadResult r = read(record + reply);
    assertThat(r.reply().title()).contains("关于政协朝天区六届四次会议第85号委员提案的回复");
    assertThat(r.reply().motion()).hasValueSatisfying(m -> {
      assertThat(m.kind()).contains(MotionKind.PROPOSAL);
      assertThat(m.number()).contains("85");
      assertThat(m.title()).contains("关于建设通乡公路的建议");
    });
    assertThat(r.reply().body().opening()).hasValueSatisfying(o -> assertThat(o).startsWith("您们所提"));
    assertThat(r.report().lines().get(2).targets()).containsExactly("unrecognized[0]");
    // the lines of marks right above the title are the reply's: its letterhead
    ReadResult headed = read(record + "广元市朝天区交通运输局\n" + reply);
    assertThat(headed.reply().issuer()).contains("广元市朝天区交通运输局");
    assertThat(headed.report().lines().get(5).targets()).containsExactly("issuer");
    // a title with other text below it is no start: the record's text stays the body's
    ReadResult noOpening = read(record + "关于政协朝天区六届四次会议第85号委员提案的回复 |\n已开工建设。 |\n");
    assertThat(noOpening.reply().title()).isEmpty();
  }

  /**
   * A record that prints summaries (corpus aa 628, bo 1266): the item's title in title marks, its
   * text and the reply labelled with their summary qualifier (建议内容(摘要):, 办理复文(摘要):), the
   * reply's cell starting with the reply's own number, and the record's result class.
   */
  @Test
  void aRecordOfSummariesGivesTheItemsTitleTheRepliesNumberAndClass() {
    ReadResult r = read("建议标题:《关于修复大沟隧道的建议》\n建议内容(摘要):大沟1970年建成,现已坍塌,建议立项修复。\n"
        + "承办单位: 泸西县水利局\n办理复文(摘要): 泸水函〔2024〕54号复文如下:\n收到建议后,我局高度重视,已纳入规划。\n"
        + "办结时间:2024年10月19日\n办理结果:B类\n人大代表对办理情况:满意\n");
    assertThat(r.reply().motion()).hasValueSatisfying(m -> {
      assertThat(m.title()).contains("关于修复大沟隧道的建议");
      assertThat(m.kind()).contains(MotionKind.SUGGESTION);
    });
    assertThat(r.reply().documentNumber()).hasValueSatisfying(n -> assertThat(n)
        .hasToString("泸水函〔2024〕54号"));
    assertThat(r.reply().resultClass()).hasValueSatisfying(c -> assertThat(c).hasToString("B"));
    assertThat(r.reply().body().opening()).contains("复文如下:");
    assertThat(r.reply().body().context()).containsExactly("收到建议后,我局高度重视,已纳入规划。");
    assertThat(r.report().lines().get(1).targets()).containsExactly("unrecognized[0]");
    assertThat(r.report().lines().get(3).markup()).containsExactly("办理复文(摘要):");
  }

  /**
   * A record whose reply is printed whole on one line below the record's fields (corpus bo
   * 1261): the reply starts at that line (its title, salutation and body flattened onto it), and
   * its end is split off the line though the letter is short.
   */
  @Test
  void aRecordsReplyFlattenedOntoOneLineIsReadWhole() {
    ReadResult r = read("标题\n关于安装兴泰南路路灯的建议\n建议人\n李国平\n内容\n"
        + "2015年12月,东城高架施工结束并已通车,但路灯并没有同期安装,建议在此路口安装路灯。\n主办部门答复意见\n"
        + "泰州市交通运输局关于市四届人大六次会议第jy2016042号建议的答复函 李国平代表: 您提出的"
        + "“关于安装兴泰南路路灯的建议”收悉,现答复如下: 2014年,我局公路部门负责实施快速通道建设,将原温泰大"
        + "转盘向南的路灯拆除至迎春路口。2016年春节前,我局同海陵区路灯管理处沟通,要求其安装"
        + "照明设施,目前已实施到位,方便了群众的安全出行。 泰州市交通运输局 2016年5月18日\n");
    assertThat(r.reply().addressee()).hasValueSatisfying(a -> assertThat(a.names())
        .containsExactly("李国平"));
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("jy2016042");
    assertThat(r.reply().date()).contains(LocalDate.of(2016, 5, 18));
    assertThat(r.reply().signature()).contains("泰州市交通运输局");
    assertThat(r.report().lines().get(5).targets()).containsExactly("unrecognized[0]");
  }

  /**
   * A number at the start of a record's reply cell is the reply's own only when the reply starts
   * right after it: a number cited in a sentence stays the reply's text (review of bo); after
   * the reply's number, its salutation and title are read as such.
   */
  @Test
  void aNumberCitedAtTheStartOfARecordsReplyCellIsNotTheRepliesNumber() {
    String record = "建议号:第42号\n建议标题:关于加强农村饮水安全的建议\n承办单位:泸西县水利局\n";
    ReadResult cited = read(record + "答复内容:泸政办发〔2023〕8号明确,农村供水由县统筹,我局已将该村纳入计划。\n");
    assertThat(cited.reply().documentNumber()).isEmpty();
    assertThat(cited.reply().body().opening()).contains("泸政办发〔2023〕8号明确,农村供水由县统筹,我局已将该村纳入计划。");
    ReadResult salutation = read(record + "办理复文(摘要):泸水函〔2024〕54号 李四代表:您提出的建议收悉,现答复如下:已办。\n");
    assertThat(salutation.reply().documentNumber()).isPresent();
    assertThat(salutation.reply().addressee()).hasValueSatisfying(a -> assertThat(a.names())
        .containsExactly("李四"));
    ReadResult titled = read(record + "办理复文:泸水函〔2024〕54号 关于对县人大十七届三次会议第42号建议的答复\n"
        + "李四代表:您提出的建议收悉,现答复如下:\n已办。\n");
    assertThat(titled.reply().title()).contains("关于对县人大十七届三次会议第42号建议的答复");
    assertThat(titled.reply().addressee()).isPresent();
  }

  /**
   * A joint letter's signers, one for each body, after one label and before its number: all are
   * the signer, the number is read, and the reply writes and reads back the same (corpus jb 5161).
   */
  @Test
  void theSignersOfAJointLetterAreAllRead() {
    ReadResult r = read("签发人:郭潇宇 邢炳林 凤红政函〔2024〕45号\n对县第十八届人大三次会议第55号建议的复函\n"
        + "郭和青代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(r.reply().signer()).contains("郭潇宇、邢炳林");
    assertThat(r.reply().documentNumber()).hasValueSatisfying(
        n -> assertThat(n).hasToString("凤红政函〔2024〕45号"));
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(read(once).reply())).isEqualTo(once);
    // at the end, a word after the signer is no other signer (review): 抄送 is no one's name
    ReadResult end = read("郭和青代表：\n您提出的建议收悉，现答复如下：\n已办。\n\n凤县红花铺镇人民政府\n"
        + "2024年6月1日\n签发人：郭潇宇 抄送\n");
    assertThat(end.reply().contacts()).extracting(c -> c.name().orElse(null))
        .doesNotContain("抄送", "郭潇宇 抄送");
  }

  /**
   * A register's page prints the item as filed, then the label of its cell of the reply alone
   * (主办部门答复意见), the letter's class and its salutation, no title: the class is the letter's
   * (corpus jm 5383, whose reply written and read again kept its class only so).
   */
  @Test
  void theMarksBelowARecordsCellOfTheReplyAreTheLetters() {
    String filed = "位于兴化最东北角的串场河近年来水质下降,沿岸垃圾堆放,群众反映强烈,建议加强综合治理。".repeat(6);
    ReadResult r = read("标题\n加强串场河水环境综合治理\n内容\n案由: " + filed + "\n主办部门答复意见\nB类\n"
        + "王元兴等10名代表：\n你们提出的“关于加强串场河水环境综合治理的议案”收悉,现答复如下:\n已办。\n");
    assertThat(r.reply().resultClass()).hasValueSatisfying(c -> assertThat(c).hasToString("B"));
    assertThat(r.report().lines().get(5).targets()).contains("resultClass");
  }

  /** The signer printed a second time with the same name is the same signer, not a note. */
  @Test
  void theSameSignerPrintedTwiceIsOneSigner() {
    ReadResult r = read("签发人：付建喜\n舞建议字〔20229号                 签发人:付建喜\n"
        + "对市十届人大次会议111号建议的答复\n尹晓哲代表：\n您提出的建议收悉,现答复如下:\n已办。\n");
    assertThat(r.reply().signer()).contains("付建喜");
    assertThat(r.reply().notes()).isEmpty();
    assertThat(r.report().lines().get(1).targets()).contains("signer");
    ReadResult other = read("签发人：付建喜\n签发人:王一川\n对市十届人大次会议111号建议的答复\n尹晓哲代表：\n已办。\n");
    assertThat(other.reply().signer()).contains("付建喜");
    assertThat(other.reply().notes()).containsExactly("签发人:王一川");
  }

  /**
   * A record's label of the item's text alone on its line (内 容:) holds no body's name: a name
   * alone below it, above the reply's title, is the reply's letterhead (corpus ax 922, written).
   */
  @Test
  void aNameBelowARecordsContentLabelIsTheLetterhead() {
    ReadResult r = read("题 目: 关于完善充电桩规划建设的提案\n审查意见: 立案—交承办部门办理\n内 容:\n"
        + "兴安盟交通运输局\n兴安盟交通运输局对盟政协第十届一次会议第0262号提案的答复\n"
        + "王五委员：\n您提出的提案收悉,现答复如下:\n已办。\n");
    assertThat(r.reply().issuer()).contains("兴安盟交通运输局");
    assertThat(r.report().lines().get(3).targets()).containsExactly("issuer");
  }

  /**
   * Below a record's text, the lines of marks right above the reply's title (its number, its
   * class) are the reply's; marks higher up, above other text of the record, are the record's.
   */
  @Test
  void theMarksAboveTheRepliesTitleInARecordAreTheReplys() {
    String record = "标题 对县十九届人大二次会议第29号建议的复函\n编号 29 办理部门 交通局 处理状态\n案由\n"
        + "关于建设村级道路护栏的建议\n新场村遭遇了洪灾,冲毁了道路。\n建议:请县政府制定方案。\n回复\n";
    String reply = "对县十九届人大二次会议第29号建议的复函\n张明杰代表:\n您提出的建议收悉,现答复如下:\n已办。\n";
    ReadResult r = read(record + "类别:B\n\n宁交函〔2024〕175号   签发人:方  敏\n\n" + reply);
    assertThat(r.reply().documentNumber()).hasValueSatisfying(n -> assertThat(n)
        .hasToString("宁交函〔2024〕175号"));
    assertThat(r.reply().resultClass()).hasValueSatisfying(c -> assertThat(c).hasToString("B"));
    ReadResult above = read(record + "宁交函〔2024〕175号\n2022年12月23日\n" + reply);
    assertThat(above.reply().documentNumber()).isEmpty();
  }

  /**
   * A reply's end flattened onto the body's last paragraph is split off it, also when the page's
   * footer follows; a paragraph that merely ends on a date keeps it.
   */
  @Test
  void anEndFlattenedOntoTheLastParagraphIsSplitOff() {
    String paragraph = "经认真研究，目前已综合考虑资金、生源、场地、设施等因素，妥善解决这个问题，".repeat(6)
        + "感谢您对教育工作的理解和支持！";
    ReadResult r = read("张晓哲委员：\n您提出的提案收悉，现答复如下：\n" + paragraph
        + " 联系电话:0539-3880033 沂南县教育和体育局 2024年9月24日 |\n"
        + "【下载Word】 【打印文章】 【关闭窗口】 |\n主办:沂南县人民政府 承办:沂南县人民政府办公室\n");
    assertThat(r.reply().date()).contains(LocalDate.of(2024, 9, 24));
    assertThat(r.reply().signature()).contains("沂南县教育和体育局");
    assertThat(r.reply().contacts()).singleElement().satisfies(c -> assertThat(c.phone())
        .hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("0539-3880033")));
    assertThat(r.reply().body().context()).last().satisfies(c -> assertThat(c)
        .endsWith("感谢您对教育工作的理解和支持！"));
    ReadResult sentence = read("张晓哲委员：\n您提出的提案收悉，现答复如下：\n" + paragraph
        + "该项目已于2024年9月24日\n");
    assertThat(sentence.reply().date()).isEmpty();
  }

  /**
   * A contact block run on after the closing's last sentence may open with the unit to contact
   * (corpus pm 8482): the block is split off, the unit kept as a note, the signature below.
   */
  @Test
  void aContactBlockRunOnAfterTheClosingMayOpenWithTheUnit() {
    ReadResult r = read("潘法根代表：\n你提出的建议收悉，现答复如下：\n已办。\n"
        + "感谢你对平田乡公共基础建设工作的关心和支持！ 联系单位:平田乡人民政府 联系人:王渊 联系电话:84972111\n"
        + "黄岩区平田乡人民政府 2023年6月14日\n");
    assertThat(r.reply().contacts()).singleElement().satisfies(c -> {
      assertThat(c.name()).contains("王渊");
      assertThat(c.phone()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("84972111"));
    });
    assertThat(r.reply().body().closing()).singleElement().satisfies(c -> assertThat(c)
        .endsWith("关心和支持！"));
    // the unit and a phone: the contact is the phone
    ReadResult phone = read("潘法根代表：\n你提出的建议收悉，现答复如下：\n已办。\n"
        + "感谢你的关心和支持！ 联系单位:平田乡人民政府 联系电话:84972111\n"
        + "黄岩区平田乡人民政府 2023年6月14日\n");
    assertThat(phone.reply().contacts()).singleElement().satisfies(c -> assertThat(c.phone())
        .hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("84972111")));
    // the unit before no person's or phone's label, or a sentence under the unit's label, is no
    // contact block: the paragraph keeps it (review)
    for (String after : List.of(" 联系单位:平田乡人民政府 邮编:318000",
        " 联系单位:我局将继续加强工作，欢迎监督 联系电话:84972111")) {
      ReadResult kept = read("潘法根代表：\n你提出的建议收悉，现答复如下：\n已办。\n"
          + "感谢你的关心和支持！" + after + "\n黄岩区平田乡人民政府 2023年6月14日\n");
      assertThat(kept.reply().contacts()).as(after).isEmpty();
      assertThat(kept.reply().body().closing()).as(after).singleElement()
          .satisfies(c -> assertThat(c).endsWith(Chars.strip(after)));
    }
  }

  /**
   * A reply not signed that names the unit handling the item in its closing (承办单位：, 承办部门：)
   * names the body that writes it: the issuer, with GR-TXT-024; a value that is no body's name
   * (cut in capture) leaves the issuer empty, and a signature still wins.
   */
  @Test
  void anUnsignedReplysHandlingUnitIsItsIssuer() {
    ReadResult r = read("王超委员：\n您提出的提案已收悉，现答复如下。\n已办。\n特此答复。\n\n"
        + "承办部门：石文镇人民政府\n承办负责人：王志秋\n二〇一八年六月七日\n");
    assertThat(r.reply().issuer()).contains("石文镇人民政府");
    assertThat(r.reply().body().closing()).containsExactly("特此答复。");
    assertThat(r.report().provenance()).containsEntry("issuer", Provenance.DOCUMENT);
    assertThat(rules(r)).contains("GR-TXT-024");
    ReadResult cut = read("王超委员：\n您提出的提案已收悉，现答复如下。\n已办。\n\n"
        + "承办单位：清原满族自治县住房和城乡建设\n二〇一八年六月七日\n");
    assertThat(cut.reply().issuer()).isEmpty();
    ReadResult signed = read("王超委员：\n您提出的提案已收悉，现答复如下。\n已办。\n\n"
        + "承办单位：县政府办\n石文镇人民政府\n2018年6月7日\n");
    assertThat(signed.reply().issuer()).contains("石文镇人民政府");
    assertThat(rules(signed)).doesNotContain("GR-TXT-024");
    ReadResult traditional = read("王超委員：\n您提出的提案已收悉，現答複如下。\n已辦。\n\n"
        + "承辦單位：石文鎮人民政府\n二〇一八年六月七日\n");
    assertThat(traditional.reply().issuer()).contains("石文鎮人民政府"); // as printed
  }

  /**
   * The item's title the reply's title ends with, unquoted (关于…的建议的答复), is the motion's title
   * only where nothing else cites it: a reply without an opening reads it (a review found such a
   * reply failing whole), and a record's labelled title (建议标题：) wins over it.
   */
  @Test
  void theTitlesUnquotedItemTitleIsTheLastSource() {
    ReadResult bare = read("关于加强宠物管理的建议的答复\n\n平江县交通运输局\n2024年5月6日\n");
    assertThat(rules(bare)).doesNotContain("GR-TXT-099", "GR-TXT-052");
    assertThat(bare.reply().motion().flatMap(m -> m.title())).contains("关于加强宠物管理的建议");
    assertThat(bare.reply().issuer()).contains("平江县交通运输局");
    ReadResult record = read("建议标题：关于规范犬类管理的建议\n关于加强宠物管理的建议的答复\n"
        + "张三代表：\n您的建议收悉，现答复如下：\n一、加强管理。\n");
    assertThat(record.reply().motion().flatMap(m -> m.title())).contains("关于规范犬类管理的建议");
    // a record whose reply is empty: a motion title from a record, no opening (a mutant of corpus
    // ay 944 made the reader fail when the review's fix asked a missing opening's citation)
    ReadResult empty = read("建议内容:\n关于统筹农村垃圾收集、转运、处理的建议\n答复内容:\n");
    assertThat(rules(empty)).doesNotContain("GR-TXT-099");
  }

  /**
   * An end flattened onto one line may print the date last, after contact labels whose values
   * are left empty (承办单位:… 单位负责人: 二〇二二年八月三十日): the date is the reply's. Digits alone
   * after a label are its value (电话:56155520 is a phone, not 5615-55-20).
   */
  @Test
  void aDateLastOnALineOfContactsIsTheReplys() {
    ReadResult r = read("张阳委员：\n您提出的建议收悉，现答复如下。\n已列入计划。\n"
        + "承办单位:清原满族自治县住房和城乡建设局 单位负责人: 二〇二二年八月三十日\n");
    assertThat(r.reply().date()).contains(LocalDate.of(2022, 8, 30));
    assertThat(r.report().lines().get(3).targets()).contains("date");
    ReadResult phone = read("张阳委员：\n您提出的建议收悉，现答复如下。\n已列入计划。\n"
        + "某某局\n2022年8月30日\n联系人:张雷 电话:56155520\n");
    assertThat(phone.reply().date()).contains(LocalDate.of(2022, 8, 30));
    assertThat(phone.reply().contacts()).singleElement()
        .satisfies(c -> assertThat(c.phone()).map(Object::toString).contains("56155520"));
  }

  /**
   * A line that ends announcing the answer below it (复文如下:) starts the body, below a record
   * and the letter's marks too: it is the opening, not the page's text (corpus bo 1266 and 1267,
   * whose written text read it as the page's and moved it above the marks, are fixed points now).
   */
  @Test
  void aLineAnnouncingTheAnswerOpensTheBody() {
    ReadResult r = read("建议标题:《关于修复阿保大沟隧道的建议》\n承办单位: 泸西县水利局\n"
        + "泸水函〔2024〕54号 B类\n复文如下:\n收到建议后，我局高度重视，组织人员现场踏勘。\n");
    assertThat(r.reply().body().opening()).contains("复文如下:");
    assertThat(r.reply().documentNumber()).map(Object::toString).contains("泸水函〔2024〕54号");
    assertThat(r.report().lines().get(3).targets()).containsExactly("body.opening");
  }

  /**
   * Where the document cites another item number than the one taken (the title's own first), a
   * finding names it: a number in brackets after the title is kept in the notes, not consumed (it
   * had been lost); the opening's is in the body. The same number zero-padded is no other.
   */
  @Test
  void anotherItemNumberThanTheTitlesIsNamed() {
    ReadResult r = read("平江县交通运输局关于县十七届人大三次会议第5号建议的答复(2015年第0583号)\n张三代表：\n"
        + "您提出的第7号建议收悉，现答复如下：\n一、已列入计划。\n");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("5");
    assertThat(r.reply().notes()).containsExactly("2015年第0583号");
    assertThat(rules(r)).containsSubsequence("GR-TXT-054", "GR-TXT-054");
    ReadResult same = read("关于县十七届人大三次会议第5号建议的答复(2015年第5号)\n张三代表：\n"
        + "您提出的第005号建议收悉，现答复如下：\n一、已列入计划。\n");
    assertThat(rules(same)).doesNotContain("GR-TXT-054");
    assertThat(same.reply().notes()).isEmpty();
    // its year or its place's code before it make no other number (second review: sample 08)
    for (String opening : new String[] {"您提出的第2019009号建议收悉。", "您提出的温9号建议收悉。"}) {
      ReadResult prefixed = read("关于县十七届人大三次会议第009号建议的答复\n张三代表：\n" + opening
          + "\n一、已列入计划。\n");
      assertThat(rules(prefixed)).as(opening).doesNotContain("GR-TXT-054");
    }
  }

  /**
   * A two-column end flattened onto the lines of its labels may print the signature last on a
   * line of contacts, after a person's label and its value (领导签名:张其标 闽侯县文化体育和旅游局,
   * the date on the next line): the body's name is the signature, the person the contact. A value
   * that is no one person's name, or a reply already signed, reads as before (corpus aw 906).
   */
  @Test
  void aSignatureLastOnALineOfContactsIsTheReplys() {
    String head = "张三代表：\n您提出的建议收悉，现答复如下：\n一、加强领导。\n专此答复\n";
    ReadResult r = read(head + "领导签名:张其标 闽侯县文化体育和旅游局\n联 系 人:陈 香 2022年6月29日\n"
        + "联系电话:15960757270\n");
    assertThat(r.reply().signature()).contains("闽侯县文化体育和旅游局");
    assertThat(r.reply().issuer()).contains("闽侯县文化体育和旅游局");
    assertThat(r.reply().contacts()).extracting(c -> c.role() + " " + c.name().orElse(""))
        .containsExactly("RESPONSIBLE 张其标", "HANDLER 陈香");
    assertThat(r.reply().date()).contains(LocalDate.of(2022, 6, 29));
    ReadResult signed = read(head + "平江县交通运输局\n2024年5月6日\n领导签名:张其标 闽侯县文化体育和旅游局\n");
    assertThat(signed.reply().signature()).contains("平江县交通运输局");
    ReadResult two = read(head + "领导签名:张其标 李四 闽侯县文化体育和旅游局\n联系人:陈香 2022年6月29日\n");
    assertThat(two.reply().signature()).isEmpty();
    // without the date last on the next line of contacts, the body is the person's unit (review)
    ReadResult units = read(head + "联系人：陈香 闽侯县财政局\n联系人：王强 闽侯县教育局\n"
        + "联系电话：15960757270\n\n闽侯县人民政府办公室\n2022年6月29日\n");
    assertThat(units.reply().signature()).contains("闽侯县人民政府办公室");
    ReadResult unsigned = read(head + "联系人：陈香 闽侯县文物保护中心\n联系电话：15960757270\n");
    assertThat(unsigned.reply().signature()).isEmpty();
    assertThat(unsigned.reply().issuer()).isEmpty();
  }

  /**
   * What a second review found the rules of labelled and flattened dates read wrong: a date after
   * another label is that label's (办结时限, 签收日期, a note's 至…), 日期： alone is any date (a
   * member's signature on a form below the letter, a meeting in the body), and a reply already
   * dated reads such a line as before.
   */
  @Test
  void aDateIsTheReplysOnlyWhereTheEndSaysSo() {
    String head = "张三代表：\n您提出的建议收悉，现答复如下：\n一、加强领导。\n";
    for (String end : new String[] {"联系人：李四 签收日期：2024年5月10日",
        "注：本答复有效期至2024年12月31日", "联系人：李四 电话：0730-6222076 办结时限：2024年6月30日"}) {
      assertThat(read(head + "平江县交通运输局\n" + end + "\n").reply().date()).as(end).isEmpty();
    }
    ReadResult form = read(head + "平江县交通运输局\n2024年5月6日\n\n代表签名：\n日期：2024年6月1日\n");
    assertThat(form.reply().date()).contains(LocalDate.of(2024, 5, 6));
    assertThat(form.reply().signature()).contains("平江县交通运输局");
    ReadResult body = read(head + "二、会议安排如下：\n日期：2023年3月1日\n地点：县会议中心\n"
        + "三、下一步工作。我们将继续努力。\n\n平江县交通运输局\n");
    assertThat(body.reply().date()).isEmpty();
    assertThat(body.reply().body().measures()).hasSize(3);
    ReadResult dated = read(head + "平江县交通运输局\n2024年5月6日\n"
        + "承办单位：平江县交通运输局 单位负责人： 二〇二二年八月三十日\n");
    assertThat(dated.reply().date()).contains(LocalDate.of(2024, 5, 6));
    assertThat(dated.reply().notes()).doesNotHaveDuplicates();
  }

  /**
   * What sets an extra apart after a colon is the colon alone: the last character of the extra is
   * its own (the 号 of 第3号, the 议 of an item's title), not a closing bracket to consume again.
   */
  @Test
  void anExtraAfterAColonConsumesTheColonAlone() {
    ReadResult r = read("盘山县十七届人大四次会议代表建议的答复:第3号\n张三代表：\n您的建议收悉。\n");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("3");
    assertThat(r.report().lines().get(0).markup()).containsExactly(":", "第号");
    // set off by a blank: its 第 and 号 consumed once, no bracket to consume (corpus ji 5301)
    ReadResult bare = read("政协天津市河东区第十六届二次会议委员提案答复 第35号\n闫艳委员：\n您的提案收悉。\n");
    assertThat(bare.reply().motion().flatMap(m -> m.number())).contains("35");
    assertThat(bare.report().lines().get(0).markup()).containsExactly("第号");
  }

  /**
   * A document number printed again alone (a page's copy above the letter's own line) is the same
   * mark: the line is the document number's, its text markup, and nothing is left unplaced, so
   * that the text written reads back to itself (corpus az 963 is now a fixed point).
   */
  @Test
  void aDocumentNumberPrintedAgainIsTheSameMark() {
    ReadResult r = read("平交函〔2024〕12号\n对县人大第12号建议的答复\n平交函〔2024〕12号\n"
        + "张亮代表：\n您提出的建议收悉。\n");
    assertThat(r.reply().documentNumber()).map(Object::toString).contains("平交函〔2024〕12号");
    assertThat(r.reply().unrecognized()).isEmpty();
    assertThat(r.report().lines().get(2).targets()).containsExactly("documentNumber");
    assertThat(r.report().lines().get(2).markup()).containsExactly("平交函〔2024〕12号");
    ReadResult other = read("平交函〔2024〕12号\n对县人大第12号建议的答复\n平交函〔2024〕13号\n"
        + "张亮代表：\n您提出的建议收悉。\n");
    assertThat(other.reply().notes()).containsExactly("平交函〔2024〕13号"); // another: a note
  }

  /**
   * A reply that ends as a form does names its date and the body that replies with labels
   * (答复单位：…, 答复日期：…): the date is the reply's, its label markup, and the replying unit of
   * a reply not signed is its issuer. A page's date (发布日期：) is no date of the reply.
   */
  @Test
  void aFormsLabelledDateAndReplyingUnitEndTheLetter() {
    ReadResult r = read("许峰代表:\n您提出的《关于加大保洁经费投入的建议》收悉,现答复如下:\n"
        + "一、基本情况\n我区农村保洁工作已实现环卫一体化。\n答复单位:昆区农牧局\n"
        + "答复日期:2023年3月20日\n");
    assertThat(r.reply().date()).contains(LocalDate.of(2023, 3, 20));
    assertThat(r.reply().issuer()).contains("昆区农牧局");
    assertThat(r.report().lines().get(5).markup()).contains("答复日期:");
    assertThat(r.reply().body().measures()).hasSize(1);
    ReadResult page = read("许峰代表:\n您提出的《关于加大保洁经费投入的建议》收悉,现答复如下:\n"
        + "一、基本情况\n我区农村保洁工作已实现环卫一体化。\n发布日期:2023年3月20日\n");
    assertThat(page.reply().date()).isEmpty();
  }

  /**
   * A page may print its source and date (来源：… 时间：…) between the headline and the salutation:
   * the reply still starts at its title, and the page's lines above it are the page's.
   */
  @Test
  void aPageLineBetweenTitleAndSalutationKeepsTheTitle() {
    ReadResult r = read("人人都是营商环境,个个都是开放形象\n县政协提案\n\n"
        + "县政协九届一次会议《关于绿化乡村道路的若干建议》(43号)答复\n"
        + "  来源:石文镇  浏览:8874次  时间:2018年7月31日\n\n王超委员:\n"
        + "您提出的《关于绿化乡村道路》的提案已收悉,现答复如下。\n已办。\n");
    assertThat(r.reply().title()).contains("县政协九届一次会议《关于绿化乡村道路的若干建议》(43号)答复");
    assertThat(r.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("县政协九届一次会议");
    assertThat(r.reply().addressee()).hasValueSatisfying(a -> assertThat(a.names())
        .containsExactly("王超"));
    assertThat(r.reply().unrecognized()).allMatch(b -> b.kind() == BlockKind.PAGE_METADATA);
    assertThat(r.reply().body().context()).containsExactly("已办。");
  }

  /**
   * A reply not signed: the unit its contact block names (联系单位：) may be its issuer or a
   * department of the body that writes it, so the issuer is left empty with GR-TXT-023 naming the
   * candidate; a signature still gives the issuer.
   */
  @Test
  void anUnsignedReplysContactUnitIsOnlyACandidateIssuer() {
    ReadResult r = read("王五委员：\n您提出的提案已收悉，现答复如下：\n已办。\n\n联系单位：新密市住房和城乡建设局\n"
        + "联 系 人：马丽\n");
    assertThat(r.reply().issuer()).isEmpty();
    assertThat(r.report().findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("GR-TXT-023");
      assertThat(f.suggestedFix()).contains("新密市住房和城乡建设局");
    });
    ReadResult signed = read("王五委员：\n您提出的提案已收悉，现答复如下：\n已办。\n\n联系单位：县政府办\n"
        + "新密市住房和城乡建设局\n2024年5月6日\n");
    assertThat(signed.reply().issuer()).contains("新密市住房和城乡建设局");
    assertThat(rules(signed)).doesNotContain("GR-TXT-023");
  }

  /**
   * A joint reply signed by several bodies on one line: the issuer is the lead, first-named, and
   * the signature keeps the bodies apart by a blank, so that the written reply reads back with the
   * same lead (corpus dw 2462, l 328); a letterhead above names the lead body, not all of them.
   */
  @Test
  void theIssuerOfAJointReplyIsItsLeadBody() {
    ReadResult r = read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n\n"
        + "市自然资源和规划局 市市场监督管理局 市房地产服务中心\n2024年5月6日\n");
    assertThat(r.reply().issuer()).contains("市自然资源和规划局");
    assertThat(r.reply().signature()).contains("市自然资源和规划局 市市场监督管理局 市房地产服务中心");
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(read(once).reply())).isEqualTo(once);
    ReadResult headed = read("凤县退役军人事务局\n张英刚代表：\n您提出的建议收悉，现答复如下：\n已办。\n"
        + "凤县退役军人事务局 凤县交通运输局\n2024年5月6日\n");
    assertThat(headed.reply().issuer()).contains("凤县退役军人事务局");
    ReadResult shortName = read("昌吉州发改委关于州十五届人大三次会议第9号建议的答复\n王五代表：\n"
        + "您提出的建议收悉，现答复如下：\n已办。\n昌吉州发展和改革委员会 昌吉州交通运输局\n2024年5月6日\n");
    assertThat(shortName.reply().issuer()).contains("昌吉州发展和改革委员会");
    // the body of the joint signature that names the title's issuer more fully, lead or not
    ReadResult second = read("县财政局关于县十七届人大二次会议第12号建议的答复\n张亮代表：\n您提出的建议收悉，现答复如下：\n"
        + "已办。\n某某县交通运输局 某某县财政局\n2024年5月31日\n");
    assertThat(second.reply().issuer()).contains("某某县财政局");
    // a body and its department, spaced apart, are one body (third review): no joint reply
    for (String signed : new String[] {"某某县人民政府 办公室", "中共某某县委 宣传部", "某某县交通运输局 规划建设科"}) {
      ReadResult department = read("张亮代表：\n您提出的建议收悉，现答复如下：\n已办。\n" + signed + "\n2024年5月31日\n");
      assertThat(department.reply().issuer()).as(signed).contains(signed.replace(" ", ""));
    }
    // the bodies of a joint letter before its title: the lead issues it, the title keeps both
    ReadResult titled = read("凤县红花铺镇人民政府 凤县交通运输局 对县第十八届人大三次会议第55号建议的复函\n"
        + "郭和青代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(titled.reply().issuer()).contains("凤县红花铺镇人民政府");
    assertThat(titled.reply().title()).hasValueSatisfying(t -> assertThat(t).contains("凤县交通运输局"));
    String titledOnce = ReplyTextWriter.standard().write(titled.reply());
    assertThat(ReplyTextWriter.standard().write(read(titledOnce).reply())).isEqualTo(titledOnce);
    ReadResult titledDepartment = read("某某县人民政府 办公室 关于县十七届人大二次会议第12号建议的答复\n"
        + "张亮代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(titledDepartment.reply().issuer()).contains("某某县人民政府办公室");
    // an office named by the body's short name is the body's, not a second body (review)
    for (String office : new String[] {"中共某某县委 县委办公室", "某某市人民政府 市政府办公室"}) {
      ReadResult o = read(office + " 关于县十七届人大二次会议第12号建议的答复\n张亮代表：\n您提出的建议收悉，现答复如下：\n已办。\n");
      assertThat(o.reply().issuer()).as(office).contains(office.replace(" ", ""));
    }
    assertThat(r.report().provenance()).containsEntry("issuer", Provenance.SIGNATURE);
    ReadResult spaced = read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n\n平 江 县 水 利 局\n2024年5月6日\n");
    assertThat(spaced.reply().issuer()).contains("平江县水利局");
  }

  @Test
  void headerLinesThatReadLikeBody() {
    for (String t : List.of("您提出的建议收悉", " 你 好", "贵单位", "近年来", "现答复如下。", "经研究，",
        "经研究,", "好！", "一、加强管理", "  二、", "1.加强", "12、加强", "（一）加强", "(1)加强",
        "（１）加强", "2019年,全县1,200户")) {
      assertThat(looksLikeBody(t, false)).as(t).isTrue();
      assertThat(looksLikeBody(t, true)).as(t).isTrue();
    }
    for (String t : List.of("", "平江县人民政府", "关于加强管理的答复", "近来", "年近", "张亮代表：",
        "平政字〔2024〕12号", "一加强", "123.加强", "http://www.gov.cn/a.html",
        "1,755", "浏览次数：12,345")) {
      assertThat(looksLikeBody(t, false)).as(t).isFalse();
      assertThat(looksLikeBody(t, true)).as(t).isFalse();
    }
    String long41 = "关于" + "加".repeat(36) + "的答复";
    String long40 = "关于" + "加".repeat(35) + "的答复";
    assertThat(looksLikeBody(long41, false)).isFalse();
    assertThat(looksLikeBody(long41, true)).isTrue();
    assertThat(looksLikeBody(long40 + "  \u3000", true)).isFalse();
    // a rule below the letterhead, printed as a line of dashes, is no paragraph (corpus gm 3823)
    assertThat(looksLikeBody("-".repeat(76), true)).isFalse();
    assertThat(looksLikeBody("━".repeat(41), true)).isFalse();
  }

  /**
   * The lead unit's opinion on an item (…建议的主办意见), sent to the deputy, is titled as a reply
   * is (corpus gt 3962).
   */
  @Test
  void aLeadUnitsOpinionIsTitledAsAReply() {
    ReadResult r = read("对自治区十三届人大三次会议第209号建议的主办意见\n\n张勇东代表:\n\n"
        + "您提出的关于将工业园区列入自治区级园区管理范围的建议收悉。经认真研究,现提出如下办理意见:\n已办。\n");
    assertThat(r.reply().title()).contains("对自治区十三届人大三次会议第209号建议的主办意见");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("209");
    assertThat(r.reply().motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("自治区十三届人大三次会议");
  }

  /** The letter's title and salutation below such a rule are read as such (corpus gm 3823). */
  @Test
  void aRuleBelowTheLetterheadEndsNoHeader() {
    ReadResult r = read("常 州 市 交 通 局\n\n常交复〔2010〕11号\n\n" + "-".repeat(76) + "\n\n"
        + "关于对常州市政协第十二届三次会议委员提案\n\n第0200号的答复意见\n\n黄承业委员:\n\n"
        + "    您提出的“杜绝火车站黑车拉客”的提案已收悉,现将有关情况答复如下:\n已办。\n");
    assertThat(r.reply().addressee().map(a -> a.names())).contains(List.of("黄承业"));
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("0200");
  }

  @Test
  void headerWithPaddedNumberInLenticularBracketsAndSigner() {
    ReadResult r = read("""
        某某市水利局文件
        某水函【2023】009号    签发人：李 明
        办理结果：C
        关于市十届人大二次会议第009号建议的答复函
        王五代表：
        您提出的《关于加强水库管理的建议》收悉，现答复如下：
        一、加强巡查。
        特此答复。
        某某市水利局
        2023年7月1日
        """);
    Reply reply = r.reply();
    assertThat(reply.issuer()).contains("某某市水利局");
    assertThat(reply.documentNumber().map(Object::toString)).contains("某水函〔2023〕9号");
    assertThat(reply.signer()).contains("李明");
    assertThat(reply.resultClass().map(Object::toString)).contains("C");
    assertThat(reply.motion().flatMap(m -> m.number())).contains("009");
    assertThat(reply.motion().flatMap(m -> m.session()).map(Object::toString))
        .contains("市十届人大二次会议");
    assertThat(reply.motion().flatMap(m -> m.title())).contains("关于加强水库管理的建议");
    assertThat(reply.date()).contains(LocalDate.of(2023, 7, 1));
    assertThat(rules(r)).contains("GR-TXT-001", "GR-TXT-002");
  }

  @Test
  void statedCountsAndLists() {
    assertThat(read("童勋海等10位代表：\n您提出的建议收悉。\n").reply().addressee().get().count())
        .hasValue(10);
    var a = read("李四9名代表:\n您提出的建议收悉。\n").reply().addressee().get();
    assertThat(a.names()).containsExactly("李四");
    assertThat(a.statedCount()).hasValue(9);
    var b = read("马青、周丽等委员：\n你们提出的提案收悉。\n").reply().addressee().get();
    assertThat(b.names()).containsExactly("马青", "周丽");
    assertThat(b.andOthers()).isTrue();
    assertThat(b.count()).isEmpty();
    assertThat(b.role()).contains(AddresseeRole.MEMBER);
  }

  @Test
  void collectiveAddresseeAndHonorific() {
    var c = read("民盟南华县委员会：\n你们提出的提案收悉。\n").reply().addressee().get();
    assertThat(c.collective()).isTrue();
    assertThat(c.role()).isEmpty();
    var h = read("尊敬的王爱珍代表：\n您好！您提出的建议收悉。\n").reply().addressee().get();
    assertThat(h.names()).containsExactly("王爱珍");
    assertThat(h.salutation()).contains("尊敬的王爱珍代表");
  }

  @Test
  void salutationAndBodyOnOneLineIsSplit() {
    ReadResult r = read("张三代表：您提出的关于“修路的建议”收悉，现答复如下：已修。\n2020年1月2日\n");
    assertThat(r.reply().addressee().get().names()).containsExactly("张三");
    assertThat(r.reply().body().isEmpty()).isFalse();
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("修路的建议");
    assertThat(rules(r)).contains("GR-TXT-031");
  }

  @Test
  void titleOverThreeLinesWithSpacedReplyWord() {
    ReadResult r = read("""
        平江县交通运输局
        关于对县十七届人大一次会议
        第82号建议的
        答   复
        陈根明代表:
        您提出的《关于修路的建议》收悉。
        """);
    assertThat(r.reply().title()).contains("关于对县十七届人大一次会议第82号建议的答复");
    assertThat(r.reply().issuer()).contains("平江县交通运输局");
    assertThat(r.reply().motion().flatMap(m -> m.number())).contains("82");
  }

  @Test
  void classAndDisclosureVariants() {
    assertThat(read("类别：A2类\n张三代表：\n您好。\n").reply().resultClass().map(Object::toString))
        .contains("A2");
    assertThat(read("甲类\n张三代表：\n您好。\n").reply().resultClass().map(Object::toString))
        .contains("A");
    assertThat(read("B\n张三代表：\n您好。\n").reply().resultClass().map(Object::toString))
        .contains("B");
    assertThat(read("同意对外公开\n张三代表：\n您好。\n").reply().disclosure())
        .contains(Disclosure.PUBLIC);
    assertThat(read("是否完成对外公开：是\n张三代表：\n您好。\n").reply().disclosure())
        .contains(Disclosure.PUBLIC);
    ReadResult r = read("张三代表：\n您好。\n某局\n（此回复件公开）\n");
    assertThat(r.reply().disclosure()).contains(Disclosure.PUBLIC);
    assertThat(r.reply().notes()).contains("此回复件公开");
    ReadResult cat = read("类别：提案\n关于某某的答复\n张三委员：\n您好。\n");
    assertThat(cat.reply().resultClass()).isEmpty();
    assertThat(cat.reply().motion().flatMap(m -> m.kind())).contains(MotionKind.PROPOSAL);
  }

  @Test
  void twoColumnContactBlockAndBracketedPhone() {
    ReadResult r = read("""
        张三代表：
        您好。
        某县交通运输局
        二〇二四年十月十八日
        领导署名：赵六    联系人：钱七（0731-84567890）
        联系人及电话：孙八 13812345678
        抄送：县人大常委会办公室，县政府办公室。
        """);
    var cs = r.reply().contacts();
    assertThat(cs).hasSize(3);
    assertThat(cs.get(0).role()).isEqualTo(ContactRole.RESPONSIBLE);
    assertThat(cs.get(0).name()).contains("赵六");
    assertThat(cs.get(1).name()).contains("钱七");
    assertThat(cs.get(1).phone().map(Object::toString)).contains("0731-84567890");
    assertThat(cs.get(2).phone().map(Object::toString)).contains("13812345678");
    assertThat(r.reply().date()).contains(LocalDate.of(2024, 10, 18));
    assertThat(r.reply().copyTo()).containsExactly("县人大常委会办公室", "县政府办公室");
    assertThat(rules(r)).contains("GR-TXT-062");
  }

  @Test
  void pageMetadataSuppliesDisclosureOnlyWhenTheDocumentIsSilent() {
    ReadResult r = read("索引号: 123 | 公开方式: 主动公开 |\n张三代表：\n您好。\n");
    assertThat(r.reply().disclosure()).contains(Disclosure.PUBLIC);
    assertThat(r.reply().unrecognized().get(0).kind()).isEqualTo(BlockKind.PAGE_METADATA);
    ReadResult s = read("索引号: 123 | 公开方式: 主动公开 |\n不予公开\n张三代表：\n您好。\n");
    assertThat(s.reply().disclosure()).contains(Disclosure.NOT_PUBLIC);
  }

  @Test
  void unknownHeaderTextIsKept() {
    ReadResult r = read("★★★\n张三代表：\n您好。\n");
    assertThat(r.reply().unrecognized()).hasSize(1);
    assertThat(r.reply().unrecognized().get(0).lines()).containsExactly("★★★");
  }

  @Test
  void anyTextGivesAResult() {
    Random rnd = new Random(42);
    String alphabet = "关于对第号建议提案的答复复函代表委员：:()（）〔〕[]【】类别AB同意公开承办人联系电话0123456789"
        + "年月日局厅 \n\r\t、，。《》“”签发人抄送尊敬的等位名\u00A0\u3000(wàn)";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(200);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      ReadResult r = LayoutReader.read(sb.toString(), StandardCharsets.UTF_8);
      assertThat(r.reply()).isNotNull();
    }
    assertThat(LayoutReader.read("", StandardCharsets.UTF_8).reply().unrecognized()).isEmpty();
  }

  @Test
  void rulesTableIsComplete() {
    assertThat(TextRules.all()).isNotEmpty();
    TextRules.all().forEach((id, rule) -> {
      assertThat(id).matches("GR-TXT-0\\d\\d");
      assertThat(rule.description()).isNotBlank();
    });
  }

  // ---- the end zone, found by its anchors ---------------------------------------------------

  @Test
  void bracketedContactLineAfterTheDateDoesNotStopTheEnd() {
    ReadResult r = read("""
        张三代表：
        您提出的建议收悉，现答复如下：
        已修。
        感谢您对交通工作的关心和支持！
        某县交通运输局
        2023年7月20日
        （联系人：周敏；联系电话：0731-57822316）
        抄送：县人大常委会选工委，县政府督查室
        """);
    Reply reply = r.reply();
    assertThat(reply.signature()).contains("某县交通运输局");
    assertThat(reply.date()).contains(LocalDate.of(2023, 7, 20));
    assertThat(reply.contacts()).hasSize(1);
    assertThat(reply.contacts().get(0).name()).contains("周敏");
    assertThat(reply.contacts().get(0).phone().map(Object::toString)).contains("0731-57822316");
    assertThat(reply.copyTo()).containsExactly("县人大常委会选工委", "县政府督查室");
    assertThat(reply.body().closing()).isNotEmpty();
  }

  @Test
  void unknownLinesBelowTheDateBecomeUnrecognizedText() {
    ReadResult r = read("""
        张三代表：
        您提出的建议收悉，现答复如下：
        已修。
        某县交通运输局
        2023年7月20日
        ★请于收到后十日内反馈意见★
        联系人：周敏    联系电话：0731-57822316
        """);
    Reply reply = r.reply();
    assertThat(reply.signature()).contains("某县交通运输局");
    assertThat(reply.date()).contains(LocalDate.of(2023, 7, 20));
    assertThat(reply.contacts()).hasSize(1);
    assertThat(reply.unrecognized()).hasSize(1);
    assertThat(reply.unrecognized().get(0).lines()).containsExactly("★请于收到后十日内反馈意见★");
    assertThat(reply.unrecognized().get(0).firstLine()).isEqualTo(6);
  }

  /**
   * An attachment below the letter's end (附：, 附件1：; the deputy's item as filed) is no part of
   * the body, however long its paragraphs: the date above it anchors the end, and the attachment
   * is kept as text not placed. Without its label a long paragraph below the date still says the
   * date was in the body.
   */
  @Test
  void anAttachmentBelowTheEndLeavesTheEndItsDate() {
    String item = "内容：" + "梅子集镇需迁建，防洪河堤未建，汛期威胁群众安全，建议有关部门尽快立项建设。".repeat(6);
    for (String label : new String[] {"附：64、标题：关于建设防洪河堤的建议", "附件1：代表建议原文"}) {
      Reply r = read(String.join("\n", "陈华代表：", "你提出的关于建设防洪河堤的建议已收悉，现答复如下：",
          "我局已将防洪河堤列入建设规划。", "感谢你对水利工作的关心和支持。", "", "宁陕县水利局", "2013年6月3日", "",
          label, item, "代表：陈华")).reply();
      assertThat(r.signature()).as(label).contains("宁陕县水利局");
      assertThat(r.date()).as(label).contains(LocalDate.of(2013, 6, 3));
      assertThat(r.body().closing()).as(label).containsExactly("感谢你对水利工作的关心和支持。");
      assertThat(r.unrecognized()).as(label).flatExtracting(b -> b.lines())
          .contains(label, item, "代表：陈华");
    }
    Reply unlabelled = read(String.join("\n", "陈华代表：", "你提出的建议已收悉，现答复如下：",
        "我局已将防洪河堤列入建设规划。", "宁陕县水利局", "2013年6月3日", item)).reply();
    assertThat(unlabelled.date()).isEmpty();
    Reply spaced = read(String.join("\n", "陈华代表：", "你提出的建议已收悉，现答复如下：",
        "我局已将防洪河堤列入建设规划。", "宁陕县水利局", "2013年6月3日", "附 件 一：代表建议原文", item)).reply();
    assertThat(spaced.date()).as("附 件 一：").contains(LocalDate.of(2013, 6, 3));
  }

  /**
   * The description of the attachments (附：…, 附件：…) printed above the date, where GB/T 9704 puts
   * the 附件说明, is a note, not the body's closing; the attachment appended below the end (a
   * feedback form whose heading 附件 the capture lost, corpus dc 2066) is kept as text not placed,
   * and nothing of it is read as the end's: not the member's unit as the signature, not the form's
   * phone as a contact.
   */
  @Test
  void anAttachmentDescribedAboveTheDateIsKeptApartFromTheEnd() {
    Reply r = read(String.join("\n", "万七顺委员:", "您提出的关于消除三贤湖水上安全隐患的提案收悉,现答复如下:",
        "我局已在湖边增设护栏和警示牌。", "感谢您对城市管理工作的关心与支持!", "附:委员提案办理情况征询意见表",
        "2022年6月24日", "抄送:县政协提案工作委员会、县政府办公室", "联系人及电话:桂利明 7110556",
        "县政协八届二次会议委员提案", "办理情况征询意见表", "委员姓名 |", "通讯地址 |", "浮梁县财政局 |",
        "承办单位 |", "浮梁县城管局 |", "电话 |", "7110556 |", "满意 |", "注:此表请委员填好后,及时反馈给承办单位。",
        "委员签名:", "年月日")).reply();
    assertThat(r.notes()).containsExactly("附:委员提案办理情况征询意见表");
    assertThat(r.body().closing()).containsExactly("感谢您对城市管理工作的关心与支持!");
    assertThat(r.date()).contains(LocalDate.of(2022, 6, 24));
    assertThat(r.copyTo()).containsExactly("县政协提案工作委员会", "县政府办公室");
    assertThat(r.contacts()).extracting(c -> c.name().orElse(null)).containsExactly("桂利明");
    assertThat(r.signature()).isEmpty();
    assertThat(r.issuer()).isEmpty();
    assertThat(r.unrecognized()).flatExtracting(b -> b.lines())
        .contains("县政协八届二次会议委员提案", "浮梁县财政局 |", "7110556 |", "注:此表请委员填好后,及时反馈给承办单位。");
  }

  /** The head of the review's letters: title, salutation, opening, body and closing. */
  private static final String REVIEW_HEAD = String.join("\n", "关于县政协八届二次会议第15号提案的答复", "张明委员：",
      "您提出的关于加强城区停车管理的提案收悉，现答复如下：", "我局已在城区新增停车泊位500个，并加强了巡查。",
      "感谢您对城市管理工作的关心与支持！") + "\n";

  /**
   * Found in review: the attachment's start is never a line the end knows. A description printed
   * below the date, then the contacts and the copy-to, then the form: the contacts and copy-to are
   * the letter's. A note below the date that names the described form (please return it) is no
   * start of the form either.
   */
  @Test
  void theEndBelowTheDateIsReadWhateverTheAttachmentsDescriptionSays() {
    String form = "\n提案办理情况征询意见表\n委员姓名 | 张明\n承办单位 | 浮梁县城市管理局\n联系电话 | 0798-7110556\n";
    Reply below = read(REVIEW_HEAD + String.join("\n", "浮梁县城市管理局", "2022年6月24日", "附件：提案办理情况征询意见表",
        "联系人及电话：桂利明 0798-7110556", "抄送：县政协提案工作委员会、县政府办公室") + form).reply();
    assertThat(below.contacts()).extracting(c -> c.name().orElse(null)).containsExactly("桂利明");
    assertThat(below.copyTo()).containsExactly("县政协提案工作委员会", "县政府办公室");
    assertThat(below.signature()).contains("浮梁县城市管理局");
    Reply returned = read(REVIEW_HEAD + String.join("\n", "附件：办理情况征询意见表", "浮梁县城市管理局", "2022年6月24日",
        "（办理情况征询意见表请于7月10日前寄回县城管局办公室）", "联系人及电话：桂利明 0798-7110556",
        "抄送：县政协提案工作委员会、县政府办公室") + form).reply();
    assertThat(returned.contacts()).extracting(c -> c.name().orElse(null)).containsExactly("桂利明");
    assertThat(returned.copyTo()).containsExactly("县政协提案工作委员会", "县政府办公室");
  }

  /**
   * Found in review: above the attachments' description, which GB/T 9704 puts right below the
   * body, the end holds only labelled lines: the units the body names above it are the body's, and
   * the body's name below the description is the signature.
   */
  @Test
  void theUnitsTheBodyListsAboveTheAttachmentsDescriptionAreNoSignature() {
    for (String label : new String[] {"附：", "附件：", "附件1："}) {
      Reply r = read(String.join("\n", "张明委员：", "您提出的提案收悉，现答复如下：", "我局已新增停车泊位500个。",
          "下一步，停车场建设由以下单位负责：", "县交通运输局", "县财政局", label + "停车场建设责任分工表", "浮梁县城市管理局",
          "2022年6月24日")).reply();
      assertThat(r.signature()).as(label).contains("浮梁县城市管理局");
      assertThat(r.notes()).as(label).containsExactly(label + "停车场建设责任分工表");
      assertThat(ReplyTextWriter.standard().write(Reply.builder().body(r.body()).build())).as(label)
          .contains("县交通运输局", "县财政局");
    }
    Reply contacts = read(String.join("\n", "张明委员：", "您提出的提案收悉，现答复如下：", "我局已新增停车泊位500个。",
        "感谢您的关心和支持。", "联系人：李佳卓", "联系电话：18981270217", "附件：市人大代表建议办理意见反馈表",
        "广元市利州区人民政府办公室", "2025年6月24日")).reply();
    assertThat(contacts.contacts()).extracting(c -> c.name().orElse(null)).containsExactly("李佳卓");
  }

  /**
   * Found in review (second round): a body's name alone above the attachments' description is the
   * body's only when the signature stands below it; other lines of the end above it (a contact in
   * brackets, a disclosure note) are read; a description printed below the date, a later date
   * below it, leaves the letter's signature and date theirs; a line below the date that ends with
   * the attachment's name in a sentence (请填写后寄回…表) is no attachment's title.
   */
  @Test
  void theEndAroundAnAttachmentsDescriptionIsReadWhereverItStands() {
    String head = "关于县卫生健康委员会对县政协八届二次会议第15号提案的答复\n王芳委员：\n您提出的提案收悉，现答复如下：\n"
        + "我委已加强巡查。\n感谢您的关心和支持。\n";
    String signed = "县卫生健康委员会\n2024年6月18日\n";
    Reply bracketed = read(head + "（联系人：李华，联系电话：0564-5123456）\n附件：提案办理情况征询意见表\n" + signed).reply();
    assertThat(bracketed.contacts()).extracting(c -> c.name().orElse(null)).containsExactly("李华");
    assertThat(bracketed.body().closing()).containsExactly("感谢您的关心和支持。");
    Reply published = read(head + "（此件公开发布）\n附件：提案办理情况征询意见表\n" + signed).reply();
    assertThat(published.disclosure()).contains(Disclosure.PUBLIC);
    Reply laterDate = read(head + signed + "附件：委员提案办理情况征询意见表\n联系人：李华  联系电话：0564-5123456\n"
        + "2024-06-20\n").reply();
    assertThat(laterDate.date()).contains(LocalDate.of(2024, 6, 18));
    assertThat(laterDate.signature()).contains("县卫生健康委员会");
    Reply returned = read(head + "附件：委员提案办理情况征询意见表\n" + signed + "请填写后寄回委员提案办理情况征询意见表\n"
        + "联系人：李华  联系电话：0564-5123456\n抄送：县政协提案委员会\n").reply();
    assertThat(returned.contacts()).extracting(c -> c.name().orElse(null)).containsExactly("李华");
    assertThat(returned.copyTo()).containsExactly("县政协提案委员会");
  }

  /**
   * Found in review: the name an attachment's description gives stops at the next attachment's
   * number and at a bracket (附件：1.委员提案办理情况征询意见表 2.现场照片; …表（1份）), so that the form's
   * title below is still found and none of the form is read as the end's.
   */
  @Test
  void anAttachmentsNameStopsAtTheNextNumberAndABracket() {
    for (String description : new String[] {"附件：1.委员提案办理情况征询意见表 2.现场照片",
        "附：《委员提案办理情况征询意见表》（1份）"}) {
      Reply r = read(String.join("\n", "万七顺委员:", "您提出的提案收悉,现答复如下:", "我局已在湖边增设护栏。",
          "感谢您的关心与支持!", description, "2022年6月24日", "联系人及电话:桂利明 7110556", "县政协八届二次会议委员提案",
          "办理情况征询意见表", "委员姓名 |", "浮梁县财政局 |", "电话 |", "7110556 |")).reply();
      assertThat(r.signature()).as(description).isEmpty();
      assertThat(r.contacts()).as(description).extracting(c -> c.name().orElse(null))
          .containsExactly("桂利明");
      assertThat(r.unrecognized()).as(description).flatExtracting(b -> b.lines())
          .contains("县政协八届二次会议委员提案", "浮梁县财政局 |");
    }
  }

  /**
   * An attachment's heading alone below the end (附件, 附件2: GB/T 9704 prints it first on the
   * attachment's first page) starts the attachment: a class printed in its table is no mark of the
   * letter (corpus u 505, whose list of answers prints A1类).
   */
  @Test
  void anAttachmentsHeadingBelowTheEndStartsTheAttachment() {
    for (String heading : new String[] {"附件", "附件2", "附 件 一"}) {
      Reply r = read(String.join("\n", "民革九江市委会：", "贵单位提出的提案收悉。现答复如下：", "我局已建立全市土特产数据库。",
          "感谢您对农业农村工作的关心和支持！", "附件:提案答复清单", "2025年7月7日", "联系人及电话:吴本慧13870200323",
          "抄送:市政协提案委。", heading, "提案答复清单", "提案号", "250341", "办理结果", "A1类", "已完成的事项")).reply();
      assertThat(r.resultClass()).as(heading).isEmpty();
      assertThat(r.date()).as(heading).contains(LocalDate.of(2025, 7, 7));
      assertThat(r.copyTo()).as(heading).containsExactly("市政协提案委");
      assertThat(r.unrecognized()).as(heading).flatExtracting(b -> b.lines()).contains(heading, "A1类");
    }
  }

  /**
   * A notice the body quotes, with its signature and date, then its annex (附：) and the reply going
   * on to its closing and signature: the label is the body's, and the quoted date anchors no end
   * (found in review).
   */
  @Test
  void anAnnexTheBodyQuotesAnchorsNoEnd() {
    String paragraph = "我局按照方案要求，组织各乡镇开展农村公路日常养护，对破损路段及时修补，确保群众出行安全。".repeat(4);
    Reply r = read(String.join("\n", "张三代表：", "您提出的建议收悉，现将县里的通知原文抄送如下：",
        "各乡镇：现将有关事项通知如下，请遵照执行。", "县交通运输局", "2023年3月1日", "附：农村公路养护实施方案",
        paragraph, paragraph, "感谢您对交通工作的关心和支持。", "", "县交通运输局")).reply();
    assertThat(r.date()).isEmpty();
    assertThat(r.body().closing()).containsExactly("感谢您对交通工作的关心和支持。");
    assertThat(r.signature()).contains("县交通运输局");
    assertThat(r.unrecognized()).isEmpty();
  }

  @Test
  void signatureRepeatingTheIssuerAnchorsAnEndWithoutDate() {
    ReadResult r = read("""
        某县交通运输局
        关于县十届人大一次会议第3号建议的答复
        张三代表：
        您提出的建议收悉，现答复如下：
        已修。
        某县交通运输局
        ★★★
        """);
    assertThat(r.reply().signature()).contains("某县交通运输局");
    assertThat(r.reply().unrecognized()).hasSize(1);
  }

  @Test
  void dateAndSignatureOnOneLineAndDateForms() {
    Reply a = read("张三代表：\n您好。\n某县水利局    2023年6月28日\n").reply();
    assertThat(a.signature()).contains("某县水利局");
    assertThat(a.date()).contains(LocalDate.of(2023, 6, 28));
    for (String d : new String[] {"2022年06月30日", "2022.6.30", "2022-06-30", "二〇二二年六月三十日",
        "2022 年 6 月 30 日"}) {
      Reply r = read("张三代表：\n您好。\n某县水利局\n" + d + "\n联系人：李四\n").reply();
      assertThat(r.date()).as(d).contains(LocalDate.of(2022, 6, 30));
      assertThat(r.contacts()).as(d).hasSize(1);
    }
  }

  @Test
  void severalLabelledPairsOnOneLine() {
    Reply r = read("""
        张三代表：
        您好。
        某局
        2021年7月6日
        承办负责人：王强    承办人：李娜    联系电话：0738-8312345
        联系人：孙磊，电话：0554-6671234
        联系人：周敏；联系电话：0731—57822316
        联系单位：市住建局城建科    联系人：黄敏    联系电话：0736-7255123
        """).reply();
    var cs = r.contacts();
    assertThat(cs).extracting(c -> c.name().orElseThrow())
        .containsExactly("王强", "李娜", "孙磊", "周敏", "黄敏");
    assertThat(cs.get(0).role()).isEqualTo(ContactRole.RESPONSIBLE);
    assertThat(cs.get(0).phone()).isEmpty();
    assertThat(cs.get(1).phone().map(Object::toString)).contains("0738-8312345");
    assertThat(cs.get(2).phone().map(Object::toString)).contains("0554-6671234");
    assertThat(cs.get(3).phone().map(Object::toString)).contains("0731-57822316");
    assertThat(cs.get(4).phone().map(Object::toString)).contains("0736-7255123");
    assertThat(r.notes()).anyMatch(n -> n.contains("市住建局城建科"));
  }

  @Test
  void labelsWithoutColonsOnOneLine() {
    Reply r = read("张三代表：\n您好。\n某局\n2023年7月20日\n联系人 李四  联系电话 0731-88886666\n")
        .reply();
    assertThat(r.contacts()).hasSize(1);
    assertThat(r.contacts().get(0).name()).contains("李四");
    assertThat(r.contacts().get(0).phone().map(Object::toString)).contains("0731-88886666");
  }

  @Test
  void twoHandlersEachWithItsPhoneAndBracketedMobile() {
    Reply r = read("""
        张三代表：
        您好。
        某局
        2023年6月28日
        承办人：陈志强  联系电话：0731—88668123（办）
        承办人：李娟（13873112345）
        """).reply();
    assertThat(r.contacts()).extracting(c -> c.name().orElseThrow()).containsExactly("陈志强", "李娟");
    assertThat(r.contacts().get(0).phone().map(Object::toString)).contains("0731-88668123");
    assertThat(r.contacts().get(1).phone().map(Object::toString)).contains("13873112345");
  }

  @Test
  void copyToLabelAloneWithRecipientsOnTheNextLines() {
    Reply r = read("""
        张三代表：
        您好。
        某局
        2021-11-08
        抄送：
        县人大常委会人代工委
        县政府督查室
        """).reply();
    assertThat(r.copyTo()).containsExactly("县人大常委会人代工委", "县政府督查室");
    assertThat(r.signature()).contains("某局");
    Reply bare = read("张三代表：\n您好。\n某局\n2021年11月8日\n抄 送\n市政府办公室、市人大办公室。\n")
        .reply();
    assertThat(bare.copyTo()).containsExactly("市政府办公室", "市人大办公室");
    // a list wrapped under its first recipient
    Reply wrapped = read("张三代表：\n您好。\n某局\n2021年11月8日\n抄送：县人大常委会选工委\n"
        + "      县政府督查室\n").reply();
    assertThat(wrapped.copyTo()).containsExactly("县人大常委会选工委", "县政府督查室");
    // copy-to above the signature does not take the signature as a recipient
    Reply above = read("张三代表：\n您好。\n抄送：县政府督查室\n某局\n2021年11月8日\n").reply();
    assertThat(above.copyTo()).containsExactly("县政府督查室");
    assertThat(above.signature()).contains("某局");
  }

  @Test
  void classAndDisclosureMarksAfterTheDate() {
    Reply r = read("张三代表：\n您好。\n某局\n2024年5月20日\n办理结果：A\n同意公开\n").reply();
    assertThat(r.resultClass().map(Object::toString)).contains("A");
    assertThat(r.disclosure()).contains(Disclosure.PUBLIC);
    assertThat(read("张三代表：\n您好。\n某局\n2024年5月20日\n公开属性：依申请公开\n").reply()
        .disclosure()).contains(Disclosure.ON_REQUEST);
    assertThat(read("张三代表：\n您好。\n某局\n2024年5月20日\n（此件依申请公开）\n").reply()
        .disclosure()).contains(Disclosure.ON_REQUEST);
    assertThat(read("张三代表：\n您好。\n某局\n2024年5月20日\n（此件公开发布）\n").reply()
        .disclosure()).contains(Disclosure.PUBLIC);
    assertThat(read("张三代表：\n您好。\n某局\n2024年5月20日\n本件不公开\n").reply()
        .disclosure()).contains(Disclosure.NOT_PUBLIC);
  }

  @Test
  void attachmentLineAndWebFooterAroundTheEnd() {
    ReadResult r = read("""
        张三代表：
        您提出的建议收悉，现答复如下：
        已修。
        附件：某市课后服务工作方案
        某市教育局
        2023年7月10日
        【打印本页】 【关闭窗口】
        上一篇：关于市十届人大一次会议第2号建议的答复
        """);
    Reply reply = r.reply();
    assertThat(reply.notes()).contains("附件：某市课后服务工作方案");
    assertThat(reply.signature()).contains("某市教育局");
    assertThat(reply.date()).contains(LocalDate.of(2023, 7, 10));
    assertThat(reply.unrecognized()).allMatch(b -> b.kind() == BlockKind.PAGE_METADATA);
  }

  @Test
  void previousAndNextLinksBelowTheContactsArePageNotBody() {
    ReadResult r = read("""
        李莉委员：
        您提出的提案收悉，现答复如下：
        已修。
        感谢你们对我县教育事业的关心与支持。
        (联系人及联系电话:余昭华,4126460)
        上一条:对政协某县九届四次会议第82号提案的答复
        下一条:对政协某县九届四次会议第68号提案的答复
        """);
    Reply reply = r.reply();
    assertThat(reply.contacts()).singleElement()
        .satisfies(c -> assertThat(c.name()).contains("余昭华"));
    assertThat(reply.body().closing()).isNotEmpty();
    assertThat(reply.unrecognized()).singleElement()
        .satisfies(b -> assertThat(b.kind()).isEqualTo(BlockKind.PAGE_METADATA));
  }

  @Test
  void memberOfABodyBeforeTheName() {
    var a = read("市政协王丽娟委员：\n您提出的提案收悉。\n").reply().addressee().get();
    assertThat(a.names()).containsExactly("王丽娟");
    assertThat(a.role()).contains(AddresseeRole.MEMBER);
    assertThat(a.salutation()).contains("市政协王丽娟委员");
    var b = read("岳阳市政协李明、张华委员：\n你们提出的提案收悉。\n").reply().addressee().get();
    assertThat(b.names()).containsExactly("李明", "张华");
    var c = read("李建国、王芳、赵明代表：\n你们提出的建议收悉。\n").reply().addressee().get();
    assertThat(c.names()).containsExactly("李建国", "王芳", "赵明");
    assertThat(c.count()).hasValue(3);
  }

  @Test
  void canonicalTextHasNoWarnings() {
    String text = ReplyTextWriter.standard().write(dev.govreply.examples.FoundingExample.reply());
    ReadResult r = ReplyTextReader.standard().read(text);
    assertThat(r.report().findings())
        .filteredOn(f -> f.severity() == dev.govreply.findings.Severity.WARNING
            || f.severity() == dev.govreply.findings.Severity.ERROR)
        .isEmpty();
    assertThat(rules(r)).doesNotContain("GR-TXT-074");
    // the 。 closing a copy-to list is canonical; an ASCII '.' is reported
    assertThat(rules(read("张三代表：\n您好。\n某局\n2021年7月6日\n抄送：市政府办公室.\n")))
        .contains("GR-TXT-074");
  }
}
