package dev.govreply.text;

import dev.govreply.Draw;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.model.Session;
import dev.govreply.model.SmallValueGenerators;
import dev.govreply.testing.QtChoices;
import dev.govreply.testing.ReplyGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for replies in <em>canonical shape</em>: replies that the canonical
 * text layout ({@link ReplyTextWriter}) represents unambiguously, so that reading the written text
 * gives the same reply back.
 *
 * <p>Canonical shape means what a reply read from a well-formed document has:
 *
 * <ul>
 *   <li>Chinese sentences ending in 。; headings are one sentence; no paragraph starts with a
 *       marker (一、 一是 （一） 1.), a commitments opener (下一步) or a closing formula, and no text
 *       contains 是 after a numeral (a run-in marker);
 *   <li>a body with any text has an opening (您提出的《…》收悉，现答复如下：); the commitments section
 *       has an introduction starting 下一步，; closing paragraphs are courtesy formulas; a run-in
 *       commitment item is one paragraph when it is the last one (text after the last run-in item
 *       is the closing);
 *   <li>the motion is the one the title and the opening cite; the addressee's salutation is the
 *       one the writer builds from its parts; a reply with a signature has an issuer (the reader
 *       takes it from the signature when the header has none); every reply has a body;
 *   <li>contacts have names of 2–3 characters and valid phones; no unrecognized blocks (their
 *       line numbers belong to a source text) and no extensions (not part of the text layout).
 * </ul>
 *
 * <p>Stateless and thread-safe; every draw goes through the {@link RandomnessSource}.
 */
public final class CanonicalReplyGenerators {
  private CanonicalReplyGenerators() {}

  private static final String[] ISSUERS = {"平江县人民政府", "南华县交通运输局", "海南省交通运输厅",
      "岳阳市发展和改革委员会", "高平市卫生健康和体育局", "浙江省交通运输厅"};
  private static final String[] CODES = {"平政字", "平交复函", "岳发改字", "湘交建议复", "潼民发", "高卫体发",
      "宝市环函", "浙交建"};
  private static final String[] SESSIONS = {"岳阳市九届人大四次会议", "省十四届人大二次会议",
      "市政协十二届三次会议", "区十八届人大二次会议", "县政协九届三次会议", "平江县十七届人大一次会议"};
  private static final String[] SUBJECTS = {"我县", "我局", "县委县政府", "全县", "各乡镇", "相关部门",
      "县纪委监委", "平江高新区", "项目单位", "市场主体"};
  private static final String[] WORDS = {"营商环境", "优化", "政务服务", "惠企政策", "监管", "信用信息",
      "贷款余额", "企业", "高质量发展", "2023年", "422亿元", "8%", "交通运输", "农村公路", "养护",
      "资金", "项目", "推进", "落实", "完善", "机制", "深入", "持续", "工作合力", "一网通办", "湘易办",
      "G98", "12345热线", "100%", "“五张清单”", "《条例》", "（试行）", "𠀀"};
  private static final String[] TOPICS = {"优化营商环境", "村级公路列入乡镇循环路", "加强农村生活污水处理",
      "改善卫生院就医环境", "解决城中村停车难问题"};
  private static final String[] CLOSINGS = {"感谢您对我们工作的关心和支持。", "特此答复。", "此致", "敬礼",
      "以上答复您是否满意，如有意见，敬请反馈。", "感谢您对交通运输工作的关心和支持！"};
  private static final String[] COPIES = {"省人大常委会办公厅", "省政府办公厅", "县人大常委会人代工委"};
  /** Points of a measure: any style but 一、, which would start the next measure. */
  private static final PointStyle[] MEASURE_POINTS = {PointStyle.RUN_IN, PointStyle.PARENTHESIZED,
      PointStyle.ARABIC, PointStyle.PARENTHESIZED_ARABIC};
  private static final PointStyle[] ITEM_STYLES = {PointStyle.RUN_IN, PointStyle.PARENTHESIZED,
      PointStyle.ARABIC, PointStyle.ENUMERATED};
  private static final Gen<String> NAMES = in -> ReplyGens.chineseName(QtChoices.of(in));
  private static final Gen<String> SENTENCES = in ->
      ReplyGens.chineseSentence(QtChoices.of(in), List.of(SUBJECTS), List.of(WORDS));
  private static final Gen<String> PARAGRAPHS = in ->
      ReplyGens.chineseParagraph(QtChoices.of(in), List.of(SUBJECTS), List.of(WORDS));

  /** Whole replies in canonical shape. */
  public static Gen<Reply> replies() {
    return in -> reply(new Draw(in));
  }

  /** Bodies in canonical shape (with an opening). */
  static Gen<Body> bodies() {
    return in -> body(new Draw(in), null);
  }

  private static Reply reply(Draw d) {
    Reply.Builder b = Reply.builder();
    String issuer = d.chance() ? d.pick(ISSUERS) : null;
    if (issuer != null) {
      b.issuer(issuer);
    }
    if (d.chance()) {
      b.documentNumber(DocumentNumber.of(d.pick(CODES), (int) d.between(2000, 2030),
          (int) d.between(1, 999)));
    }
    if (d.chance()) {
      b.resultClass(SmallValueGenerators.resultClasses().generate(d.in()));
    }
    if (d.chance()) {
      b.disclosure(d.pick(Disclosure.values()));
    }
    if (d.oneIn(4)) {
      b.signer(name(d));
    }
    // the motion is what the title and the opening cite
    Motion.Builder motion = null;
    MotionKind kind = d.pick(new MotionKind[] {MotionKind.SUGGESTION, MotionKind.PROPOSAL});
    if (d.chance()) {
      String session = d.pick(SESSIONS);
      String number = String.valueOf(d.between(1, 999));
      b.title("关于对" + session + "第" + number + "号" + kind.chinese() + "的答复");
      motion = Motion.builder().kind(kind).session(Session.parse(session)).number(number);
    }
    if (d.chance()) {
      b.addressee(addressee(d));
    }
    {
      // a reply always has a body; its opening cites the motion
      String motionTitle = "关于" + d.pick(TOPICS) + "的" + kind.chinese();
      b.body(body(d, motionTitle));
      if (motion == null) {
        motion = Motion.builder().kind(kind);
      }
      motion.title(motionTitle);
    }
    if (motion != null) {
      b.motion(motion.build());
    }
    if (d.chance()) {
      String signature = issuer != null && d.chance() ? issuer : d.pick(ISSUERS);
      b.signature(signature);
      if (issuer == null) {
        b.issuer(signature); // the reader takes the issuer from the signature when the header has none
      }
    }
    if (d.chance()) {
      b.date(LocalDate.ofEpochDay(d.between(LocalDate.of(2000, 1, 1).toEpochDay(),
          LocalDate.of(2030, 12, 31).toEpochDay())));
    }
    if (d.chance()) {
      b.addContact(Contact.of(ContactRole.RESPONSIBLE, name(d)));
    }
    for (int i = 0, n = d.count(2); i < n; i++) {
      b.addContact(Contact.of(ContactRole.HANDLER, name(d), phone(d)));
    }
    for (int i = 0, n = d.count(2); i < n; i++) {
      b.addCopyTo(COPIES[i]);
    }
    return b.build();
  }

  private static PhoneNumber phone(Draw d) {
    return SmallValueGenerators.phoneNumbers().generate(d.in());
  }

  static String name(Draw d) {
    return NAMES.generate(d.in());
  }

  private static Addressee addressee(Draw d) {
    Addressee.Builder b = Addressee.builder();
    int n = 1 + d.count(2);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = name(d);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    b.names(names);
    AddresseeRole role = d.pick(AddresseeRole.values());
    b.role(role);
    if (d.oneIn(4)) {
      b.andOthers(true);
      if (d.chance()) {
        b.statedCount((int) d.between(names.size() + 1, 20));
      }
    }
    Addressee parts = b.build();
    return Addressee.builder().from(parts).salutation(ReplyLayout.salutation(parts)).build();
  }

  // ---- body ------------------------------------------------------------------------------

  private static Body body(Draw d, String motionTitle) {
    Body.Builder b = Body.builder();
    String title = motionTitle != null ? motionTitle : "关于" + d.pick(TOPICS) + "的建议";
    b.opening("您提出的《" + title + "》收悉，现答复如下：");
    for (int i = 0, n = d.count(2); i < n; i++) {
      b.addContext(paragraph(d));
    }
    for (int i = 0, n = d.count(3); i < n; i++) {
      Measure.Builder m = Measure.builder().ordinal(i + 1).heading(sentence(d));
      for (int k = 0, np = d.count(2); k < np; k++) {
        m.addParagraph(paragraph(d));
      }
      PointStyle style = d.pick(MEASURE_POINTS);
      for (int k = 0, np = d.count(3); k < np; k++) {
        Point.Builder p = Point.builder().ordinal(k + 1).style(style).heading(sentence(d));
        for (int q = 0, nq = d.count(2); q < nq; q++) {
          p.addParagraph(paragraph(d));
        }
        m.addPoint(p.build());
      }
      b.addMeasure(m.build());
    }
    if (d.chance()) {
      Commitments.Builder c = Commitments.builder();
      c.addIntro("下一步，" + paragraph(d));
      for (int i = 0, n = d.count(1); i < n; i++) {
        c.addIntro(paragraph(d));
      }
      PointStyle style = d.pick(ITEM_STYLES);
      int items = d.count(3);
      for (int i = 0; i < items; i++) {
        Commitment.Builder item = Commitment.builder().ordinal(i + 1).style(style)
            .heading(sentence(d));
        boolean last = i == items - 1;
        int np = style == PointStyle.RUN_IN && last ? d.count(1) : d.count(2);
        for (int k = 0; k < np; k++) {
          item.addParagraph(paragraph(d));
        }
        if (style != PointStyle.RUN_IN) {
          PointStyle sub = style == PointStyle.PARENTHESIZED || style == PointStyle.ENUMERATED
              ? PointStyle.ARABIC : PointStyle.PARENTHESIZED_ARABIC;
          for (int k = 0, nk = d.count(2); k < nk; k++) {
            Point.Builder p = Point.builder().ordinal(k + 1).style(sub).heading(sentence(d));
            for (int q = 0, nq = d.count(1); q < nq; q++) {
              p.addParagraph(paragraph(d));
            }
            item.addPoint(p.build());
          }
        }
        c.addItem(item.build());
      }
      b.commitments(c.build());
    }
    for (int i = 0, n = d.count(3); i < n; i++) {
      b.addClosing(d.pick(CLOSINGS));
    }
    return b.build();
  }

  /** One sentence: a subject, words with commas, and 。. */
  static String sentence(Draw d) {
    return SENTENCES.generate(d.in());
  }

  /** 1 to 3 sentences. */
  static String paragraph(Draw d) {
    return PARAGRAPHS.generate(d.in());
  }
}
