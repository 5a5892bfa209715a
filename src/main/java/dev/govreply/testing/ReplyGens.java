package dev.govreply.testing;

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
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generators of <em>valid</em> replies for property tests: every reply they give is accepted by
 * the {@code gbt9704} profile with the verdict ACCEPT (no error, no warning), on any day after
 * {@link #LATEST_DATE} — every block present (issuer, 发文字号 in the canonical form with the year
 * of the date, class A–D with or without sub-class, disclosure, title, motion, addressee with the
 * role its motion kind needs, body, signature, date, contacts with a responsible official and a
 * handler with a phone), contiguous numbering of measures, points and commitments, an opening that
 * cites the motion's title, a closing, no unrecognized text, every text within the model's size
 * limits.
 *
 * <p>Every random decision is one call of a {@link Choices} — "a number from {@code lo} to
 * {@code hi}" — so the generators work with any property-testing library, and with none, without
 * govreply depending on one:
 *
 * <pre>{@code
 * // plain JUnit: a reply per seed, the same reply for the same seed
 * Reply r = ReplyGens.validReply(42L);
 *
 * // QuickTheories: every choice is drawn from its randomness source, so failures shrink
 * Gen<Reply> replies = in -> ReplyGens.validReply((lo, hi) -> in.next(Constraint.between(lo, hi)));
 * qt().forAll(replies).checkAssert(reply ->
 *     ReplyAssertions.assertThat(reply).hasVerdict(Verdict.ACCEPT));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReplyGens {
  /** The latest date {@link #validReply(Choices)} gives a reply; all dates are from 2000 to it. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2024, 12, 31);

  /** The earliest date of a generated reply. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

  private static final String[][] ISSUERS = {
      {"平江县人民政府", "平政字"}, {"南华县交通运输局", "南交复"}, {"海南省交通运输厅", "琼交运"},
      {"岳阳市发展和改革委员会", "岳发改字"}, {"高平市卫生健康和体育局", "高卫体发"},
      {"浙江省交通运输厅", "浙交建"}, {"潼关县民政局", "潼民发"}, {"宝鸡市生态环境局", "宝市环函"}};
  private static final String[] CONGRESS_SESSIONS = {"岳阳市九届人大四次会议", "省十四届人大二次会议",
      "区十八届人大二次会议", "平江县十七届人大一次会议"};
  private static final String[] CPPCC_SESSIONS = {"市政协十二届三次会议", "县政协九届三次会议",
      "省政协十三届二次会议"};
  private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴",
      "欧阳"};
  private static final String[] GIVEN = {"亮", "勇", "远", "华", "明", "新明", "湘平", "永怀", "国胜", "立超",
      "德云", "丽", "青"};
  private static final String[] SUBJECTS = {"我县", "我局", "县委县政府", "全县", "各乡镇", "相关部门",
      "项目单位", "市场主体"};
  private static final String[] WORDS = {"营商环境", "优化", "政务服务", "惠企政策", "监管", "信用信息",
      "贷款余额", "企业", "高质量发展", "2023年", "422亿元", "8%", "交通运输", "农村公路", "养护",
      "资金", "项目", "推进", "落实", "完善", "机制", "深入", "持续", "工作合力", "一网通办",
      "12345热线", "100%", "“五张清单”", "《条例》"};
  private static final String[] TOPICS = {"优化营商环境", "村级公路列入乡镇循环路", "加强农村生活污水处理",
      "改善卫生院就医环境", "解决城中村停车难问题"};
  private static final String[] CLOSINGS = {"感谢您对我们工作的关心和支持。", "特此答复。",
      "以上答复您是否满意，如有意见，敬请反馈。", "感谢您对交通运输工作的关心和支持！"};
  private static final String[] COPIES = {"省人大常委会办公厅", "省政府办公厅", "县人大常委会人代工委"};
  private static final PointStyle[] MEASURE_POINTS = {PointStyle.RUN_IN, PointStyle.PARENTHESIZED,
      PointStyle.ARABIC, PointStyle.PARENTHESIZED_ARABIC};
  private static final PointStyle[] ITEM_STYLES = {PointStyle.RUN_IN, PointStyle.PARENTHESIZED,
      PointStyle.ARABIC, PointStyle.ENUMERATED};

  private ReplyGens() {}

  /**
   * A source of random choices: each call answers "a number from {@code lo} to {@code hi}". Give
   * it from whatever drives your tests — {@code java.util.random.RandomGenerator}, or a property
   * testing library's randomness source (QuickTheories: {@code (lo, hi) ->
   * in.next(Constraint.between(lo, hi))}), so that the library can shrink what it generated.
   */
  @FunctionalInterface
  public interface Choices {
    /**
     * A number from {@code lo} to {@code hi}, both included.
     *
     * @param lo the smallest allowed answer
     * @param hi the largest allowed answer, at least {@code lo}
     * @return the choice
     */
    long between(long lo, long hi);

    /**
     * Choices drawn from a seeded {@link SplittableRandom}: the same seed gives the same choices.
     *
     * @param seed the seed
     * @return the choices (not thread-safe: one per thread)
     */
    static Choices seeded(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      return (lo, hi) -> lo + random.nextLong(hi - lo + 1);
    }
  }

  /**
   * A reply that {@code gbt9704} accepts (verdict ACCEPT), dated from 2000-01-01 to
   * {@link #LATEST_DATE}; the same seed gives the same reply.
   *
   * @param seed the seed of the {@linkplain Choices#seeded(long) choices}
   * @return the reply
   */
  public static Reply validReply(long seed) {
    return validReply(Choices.seeded(seed));
  }

  /**
   * A reply that {@code gbt9704} accepts (verdict ACCEPT), dated from 2000-01-01 to
   * {@link #LATEST_DATE}.
   *
   * @param choices the random choices
   * @return the reply
   */
  public static Reply validReply(Choices choices) {
    return validReply(choices, LATEST_DATE);
  }

  /**
   * A reply that {@code gbt9704} accepts on any day from {@code latest} on, dated from 2000-01-01
   * to {@code latest}.
   *
   * @param choices the random choices
   * @param latest the latest date a reply may have (the checker's "today" or earlier)
   * @return the reply
   * @throws IllegalArgumentException when {@code latest} is before 2000-01-01
   */
  public static Reply validReply(Choices choices, LocalDate latest) {
    Objects.requireNonNull(choices, "choices");
    Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(EARLIEST_DATE)) {
      throw new IllegalArgumentException("latest must be " + EARLIEST_DATE + " or later, got "
          + latest);
    }
    return reply(new Draw(choices), latest);
  }

  /**
   * A Chinese sentence as the bodies of {@link #validReply(Choices)} have them: a subject, then 1
   * to 7 words with now and then a ， between two words, ending in 。 — for example
   * {@code 我县优化，营商环境推进。} from the subjects {@code 我县} and the words {@code 优化},
   * {@code 营商环境}, {@code 推进}.
   *
   * @param choices the random choices
   * @param subjects the words a sentence starts with; not empty
   * @param words the words that follow; not empty
   * @return the sentence
   * @throws IllegalArgumentException when {@code subjects} or {@code words} is empty
   */
  public static String chineseSentence(Choices choices, List<String> subjects,
      List<String> words) {
    return sentence(new Draw(choices), nonEmpty(subjects, "subjects"), nonEmpty(words, "words"));
  }

  /**
   * A Chinese paragraph: 1 to 3 {@link #chineseSentence(Choices, List, List) sentences}.
   *
   * @param choices the random choices
   * @param subjects the words a sentence starts with; not empty
   * @param words the words that follow; not empty
   * @return the paragraph
   * @throws IllegalArgumentException when {@code subjects} or {@code words} is empty
   */
  public static String chineseParagraph(Choices choices, List<String> subjects,
      List<String> words) {
    return paragraph(new Draw(choices), nonEmpty(subjects, "subjects"),
        nonEmpty(words, "words"));
  }

  /**
   * A Chinese personal name as the addressees and contacts of {@link #validReply(Choices)} have
   * them: a surname (one or two characters) and a given name (one or two characters).
   *
   * @param choices the random choices
   * @return the name
   */
  public static String chineseName(Choices choices) {
    return name(new Draw(Objects.requireNonNull(choices, "choices")));
  }

  private static Reply reply(Draw d, LocalDate latest) {
    String[] issuer = d.pick(ISSUERS);
    LocalDate date = LocalDate.ofEpochDay(d.between(EARLIEST_DATE.toEpochDay(),
        latest.toEpochDay()));
    MotionKind kind = d.pick(MotionKind.values());
    String session = kind == MotionKind.PROPOSAL ? d.pick(CPPCC_SESSIONS) : d.pick(CONGRESS_SESSIONS);
    String number = String.valueOf(d.between(1, 999));
    String motionTitle = "关于" + d.pick(TOPICS) + "的" + kind.chinese();
    AddresseeRole role = kind == MotionKind.PROPOSAL ? AddresseeRole.MEMBER : AddresseeRole.DEPUTY;

    Reply.Builder b = Reply.builder()
        .issuer(issuer[0])
        .documentNumber(DocumentNumber.of(issuer[1], date.getYear(), (int) d.between(1, 999)))
        .resultClass(resultClass(d))
        .disclosure(d.pick(Disclosure.values()))
        .title(issuer[0] + "对" + session + "第" + number + "号" + kind.chinese() + "的答复")
        .motion(Motion.builder().kind(kind).session(Session.parse(session)).number(number)
            .title(motionTitle).build())
        .addressee(addressee(d, role))
        .body(body(d, motionTitle))
        .signature(issuer[0])
        .date(date);
    boolean signer = d.chance();
    if (signer) {
      b.signer(name(d));
    }
    if (!signer || d.chance()) {
      b.addContact(Contact.of(ContactRole.RESPONSIBLE, name(d)));
    }
    for (int i = 0, n = 1 + d.count(1); i < n; i++) {
      b.addContact(Contact.of(ContactRole.HANDLER, name(d), phone(d)));
    }
    for (int i = 0, n = d.count(2); i < n; i++) {
      b.addCopyTo(COPIES[i]);
    }
    return b.build();
  }

  private static ResultClass resultClass(Draw d) {
    char letter = (char) ('A' + d.between(0, 3));
    return d.oneIn(3) ? ResultClass.of(letter, (int) d.between(1, 3)) : ResultClass.of(letter);
  }

  private static PhoneNumber phone(Draw d) {
    if (d.chance()) {
      StringBuilder digits = new StringBuilder("1").append(d.between(3, 9));
      for (int i = 0; i < 9; i++) {
        digits.append(d.between(0, 9));
      }
      return PhoneNumber.mobile(digits.toString());
    }
    StringBuilder subscriber = new StringBuilder().append(d.between(2, 9));
    for (int i = 0; i < 6; i++) {
      subscriber.append(d.between(0, 9));
    }
    return PhoneNumber.landline(d.pick(new String[] {"0730", "0731", "010", "0898"}),
        subscriber.toString());
  }

  private static String name(Draw d) {
    return d.pick(SURNAMES) + d.pick(GIVEN);
  }

  private static Addressee addressee(Draw d, AddresseeRole role) {
    List<String> names = new ArrayList<>();
    for (int i = 0, n = 1 + d.count(2); i < n; i++) {
      String name = name(d);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    boolean others = d.oneIn(4);
    return Addressee.builder().names(names).role(role).andOthers(others)
        .salutation(String.join("、", names) + (others ? "等" : "") + role.chinese()).build();
  }

  private static Body body(Draw d, String motionTitle) {
    Body.Builder b = Body.builder();
    b.opening("您提出的《" + motionTitle + "》收悉，现答复如下：");
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
      Commitments.Builder c = Commitments.builder().addIntro("下一步，" + paragraph(d));
      PointStyle style = d.pick(ITEM_STYLES);
      for (int i = 0, n = d.count(3); i < n; i++) {
        Commitment.Builder item = Commitment.builder().ordinal(i + 1).style(style)
            .heading(sentence(d));
        for (int k = 0, np = d.count(2); k < np; k++) {
          item.addParagraph(paragraph(d));
        }
        if (style != PointStyle.RUN_IN) {
          PointStyle sub = style == PointStyle.PARENTHESIZED || style == PointStyle.ENUMERATED
              ? PointStyle.ARABIC : PointStyle.PARENTHESIZED_ARABIC;
          for (int k = 0, nk = d.count(2); k < nk; k++) {
            item.addPoint(Point.builder().ordinal(k + 1).style(sub).heading(sentence(d)).build());
          }
        }
        c.addItem(item.build());
      }
      b.commitments(c.build());
    }
    for (int i = 0, n = 1 + d.count(2); i < n; i++) {
      b.addClosing(d.pick(CLOSINGS));
    }
    return b.build();
  }

  private static String sentence(Draw d) {
    return sentence(d, SUBJECTS, WORDS);
  }

  private static String paragraph(Draw d) {
    return paragraph(d, SUBJECTS, WORDS);
  }

  /** A subject, then 1 to 7 words, a ， before a word now and then, and 。. */
  private static String sentence(Draw d, String[] subjects, String[] words) {
    StringBuilder sb = new StringBuilder(d.pick(subjects));
    for (int i = 0, n = 1 + d.count(6); i < n; i++) {
      if (i > 0 && d.oneIn(4)) {
        sb.append('，');
      }
      sb.append(d.pick(words));
    }
    return sb.append('。').toString();
  }

  /** 1 to 3 sentences. */
  private static String paragraph(Draw d, String[] subjects, String[] words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 1 + d.count(2); i < n; i++) {
      sb.append(sentence(d, subjects, words));
    }
    return sb.toString();
  }

  private static String[] nonEmpty(List<String> values, String what) {
    String[] array = values.toArray(new String[0]); // throws NullPointerException for null
    if (array.length == 0) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    for (String value : array) {
      Objects.requireNonNull(value, what);
    }
    return array;
  }

  /** Draws from the caller's choices. */
  private static final class Draw {
    final Choices in;

    Draw(Choices in) {
      this.in = in;
    }

    long between(long lo, long hi) {
      long v = in.between(lo, hi);
      if (v < lo || v > hi) {
        throw new IllegalStateException("choices gave " + v + " for a number from " + lo + " to "
            + hi);
      }
      return v;
    }

    boolean chance() {
      return between(0, 1) == 1;
    }

    boolean oneIn(int n) {
      return between(0, n - 1) == n - 1;
    }

    int count(int max) {
      return (int) between(0, max);
    }

    <T> T pick(T[] values) {
      return values[(int) between(0, values.length - 1)];
    }
  }
}
