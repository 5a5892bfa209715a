package dev.govreply;

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
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import dev.govreply.model.SmallValueGenerators;
import dev.govreply.model.UnrecognizedBlock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for whole {@link Reply} values, reusable by every package's tests.
 *
 * <p>{@link #replies()} varies everything: each optional part is sometimes present, lists have
 * 0 to several elements, text mixes Chinese with full-width punctuation, astral characters (𠀀),
 * quotes, backslashes, control characters and whitespace, and extensions hold {@link ExtensionValue}s:
 * nested objects and arrays, strings, booleans, null and numbers of every shape {@code ReplyJson}
 * writes (integers of every size, decimals with trailing zeros, values of doubles, numbers of
 * 20 and more digits, and exponents up to {@code E+999999999}). Every draw goes through the
 * {@link RandomnessSource}, so failures shrink towards small, plain replies.
 *
 * <pre>{@code
 * qt().withExamples(1000).forAll(ReplyGenerators.replies())
 *     .checkAssert(r -> assertThat(json.read(json.write(r))).isEqualTo(r));
 * }</pre>
 *
 * <p>Stateless and thread-safe. Small values come from the model's {@link SmallValueGenerators}.
 */
public final class ReplyGenerators {

  private ReplyGenerators() {}

  private static final String[] WORDS = {
    "营商环境", "优化", "平江县", "人民政府", "答复", "建议", "提案", "代表", "委员", "落实",
    "一网通办", "湘易办", "政务服务", "惠企政策", "免申即享", "监管", "信用", "贷款", "企业",
    "高质量发展", "2023年", "422亿元", "8%", "100%", "县纪委监委", "跨省通办", "交通运输",
    "𠀀", "𪚥", "😀", "龘", "鑫", "乾隆", "ABC", "abc", "x", "0730", "No.5", "e-mail",
  };

  private static final String[] MARKS = {
    "，", "。", "、", "；", "：", "“", "”", "‘", "’", "（", "）", "《", "》", "【", "】", "〔", "〕",
    "！", "？", "——", "……", "·", "\"", "\\", "\\\\", "/", "'", " ", "\u3000", "\t", "\n",
    "\r\n", "\u0001", "\u001f", "\u007f", "\u2028", "\u00a0", "<", ">", "&", "{", "}", "[", "]",
  };

  private static final String[] SESSIONS = {
    "岳阳市九届人大四次会议", "政协南华县第九届委员会第三次会议", "省十四届人大二次会议",
  };

  /** Whole replies, from empty to fully populated. */
  public static Gen<Reply> replies() {
    return in -> reply(new Draw(in));
  }

  /** Non-blank text as the model's string fields hold it. */
  public static Gen<String> texts() {
    return in -> text(new Draw(in));
  }

  /** Extension values: nested JSON values of every kind. */
  public static Gen<ExtensionValue> extensionValues() {
    return in -> node(new Draw(in), 0);
  }

  // ---- the reply ------------------------------------------------------------------------

  private static Reply reply(Draw d) {
    Reply.Builder b = Reply.builder();
    if (d.chance()) {
      b.issuer(text(d));
    }
    if (d.chance()) {
      b.documentNumber(documentNumber(d));
    }
    if (d.chance()) {
      b.resultClass(resultClass(d));
    }
    if (d.chance()) {
      b.disclosure(d.pick(Disclosure.values()));
    }
    if (d.chance()) {
      b.title(text(d));
    }
    if (d.chance()) {
      b.motion(motion(d));
    }
    if (d.chance()) {
      b.addressee(addressee(d));
    }
    if (d.chance()) {
      b.body(body(d));
    }
    if (d.chance()) {
      b.signature(text(d));
    }
    if (d.chance()) {
      b.signer(text(d));
    }
    if (d.chance()) {
      b.date(LocalDate.ofEpochDay(d.between(LocalDate.of(1949, 10, 1).toEpochDay(),
          LocalDate.of(2099, 12, 31).toEpochDay())));
    }
    for (int i = 0, n = d.count(3); i < n; i++) {
      b.addContact(contact(d));
    }
    b.copyTo(texts(d, 3));
    b.notes(texts(d, 2));
    for (int i = 0, n = d.count(2); i < n; i++) {
      b.addUnrecognized(block(d));
    }
    for (int i = 0, n = d.count(3); i < n; i++) {
      b.putExtension(d.chance() ? "legacyId" + i : text(d), node(d, 0));
    }
    return b.build();
  }

  private static Motion motion(Draw d) {
    Motion.Builder b = Motion.builder();
    if (d.chance()) {
      b.kind(d.pick(MotionKind.values()));
    }
    if (d.chance()) {
      b.session(session(d));
    }
    if (d.chance()) {
      b.number(d.chance() ? String.valueOf(d.between(1, 999_999)) : motionNumber(d));
    }
    if (d.chance()) {
      b.title(text(d));
    }
    return b.build();
  }

  private static Addressee addressee(Draw d) {
    Addressee.Builder b = Addressee.builder();
    if (d.chance()) {
      b.salutation(text(d));
    }
    for (int i = 0, n = d.count(3); i < n; i++) {
      b.addNames(name(d));
    }
    if (d.chance()) {
      b.role(d.pick(AddresseeRole.values()));
    }
    if (d.chance()) {
      b.statedCount((int) d.between(1, d.chance() ? 20 : Integer.MAX_VALUE));
    }
    b.andOthers(d.chance());
    b.collective(d.chance());
    return b.build();
  }

  private static Body body(Draw d) {
    Body.Builder b = Body.builder();
    if (d.chance()) {
      b.opening(text(d));
    }
    b.context(texts(d, 3));
    for (int i = 0, n = d.count(4); i < n; i++) {
      Measure.Builder m = Measure.builder().ordinal(ordinal(d, i));
      if (d.chance()) {
        m.heading(text(d));
      }
      m.paragraphs(texts(d, 2));
      m.points(points(d));
      b.addMeasure(m.build());
    }
    if (d.chance()) {
      Commitments.Builder c = Commitments.builder();
      List<String> intro = texts(d, 2);
      int items = d.count(3);
      if (intro.isEmpty() && items == 0) {
        intro.add(text(d)); // the model wants an introduction or items
      }
      c.intro(intro);
      for (int i = 0; i < items; i++) {
        Commitment.Builder item = Commitment.builder().ordinal(ordinal(d, i));
        if (d.chance()) {
          item.style(d.pick(PointStyle.values()));
        }
        if (d.chance()) {
          item.heading(text(d));
        }
        item.paragraphs(texts(d, 2));
        item.points(points(d));
        c.addItem(item.build());
      }
      b.commitments(c.build());
    }
    b.closing(texts(d, 3));
    return b.build();
  }

  private static List<Point> points(Draw d) {
    List<Point> points = new ArrayList<>();
    for (int i = 0, n = d.count(3); i < n; i++) {
      Point.Builder p = Point.builder().ordinal(ordinal(d, i));
      if (d.chance()) {
        p.style(d.pick(PointStyle.values()));
      }
      if (d.chance()) {
        p.heading(text(d));
      }
      p.paragraphs(texts(d, 2));
      points.add(p.build());
    }
    return points;
  }

  private static int ordinal(Draw d, int index) {
    return d.oneIn(8) ? (int) d.between(1, Integer.MAX_VALUE) : index + 1;
  }

  private static Contact contact(Draw d) {
    Contact.Builder b = Contact.builder().role(d.pick(ContactRole.values())).name(name(d));
    if (d.chance()) {
      b.phone(phone(d));
    }
    if (d.chance()) {
      b.unit(text(d));
    }
    return b.build();
  }

  private static UnrecognizedBlock block(Draw d) {
    List<String> lines = new ArrayList<>();
    for (int i = 0, n = 1 + d.count(3); i < n; i++) {
      lines.add(d.oneIn(5) ? (d.chance() ? "" : "  ") : text(d).replace('\n', ' ')
          .replace('\r', ' '));
    }
    return UnrecognizedBlock.builder().kind(d.pick(BlockKind.values()))
        .placement(d.pick(BlockPlacement.values())).firstLine((int) d.between(1, 100_000))
        .lines(lines).build();
  }

  // ---- small values: the model's generators ---------------------------------------------

  private static DocumentNumber documentNumber(Draw d) {
    return SmallValueGenerators.documentNumbers().generate(d.in());
  }

  private static ResultClass resultClass(Draw d) {
    return SmallValueGenerators.resultClasses().generate(d.in());
  }

  private static PhoneNumber phone(Draw d) {
    return SmallValueGenerators.phoneNumbers().generate(d.in());
  }

  private static Session session(Draw d) {
    return d.chance() ? Session.parse(d.pick(SESSIONS))
        : SmallValueGenerators.sessions().generate(d.in());
  }

  private static String digits(Draw d, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + d.between(0, 9)));
    }
    return sb.toString();
  }

  // ---- text -----------------------------------------------------------------------------

  private static List<String> texts(Draw d, int max) {
    List<String> list = new ArrayList<>();
    for (int i = 0, n = d.count(max); i < n; i++) {
      list.add(text(d));
    }
    return list;
  }

  /** A name under the model's rule: letters, sometimes a name dot, a mask or a Latin part. */
  private static String name(Draw d) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 1 + d.count(5); i < n; i++) {
      sb.append(d.pick(NAME_PARTS));
      if (d.oneIn(10)) {
        sb.append(d.pick(NAME_INNER));
      }
    }
    return sb.toString();
  }

  private static final String[] NAME_PARTS = {"张", "亮", "童", "勋", "海", "雨露乡", "委员小组", "楊",
      "崗", "𠀀", "龘", "Zhang", "*", "×", "阿不都"};
  private static final String[] NAME_INNER = {"·", " ", "（联名）", "3", "-"};
  private static final String[] NUMBER_PREFIXES = {"温", "A", "政协", "𠀀"};

  /** An item number: digits, zero-padded or not, sometimes after a letter prefix (温36). */
  private static String motionNumber(Draw d) {
    String prefix = d.oneIn(3) ? d.pick(NUMBER_PREFIXES) : "";
    return prefix + (d.chance() ? "0" : "") + d.between(0, 99_999);
  }

  /** Non-blank: starts with a word, then words and marks. */
  private static String text(Draw d) {
    StringBuilder sb = new StringBuilder(d.pick(WORDS));
    for (int i = 0, n = d.count(d.oneIn(10) ? 200 : 12); i < n; i++) {
      sb.append(d.oneIn(3) ? d.pick(MARKS) : d.pick(WORDS));
    }
    return sb.toString();
  }

  // ---- extension values -----------------------------------------------------------------

  private static ExtensionValue node(Draw d, int depth) {
    int kind = (int) d.between(0, depth >= 4 ? 6 : 8);
    switch (kind) {
      case 0:
        return ExtensionValue.of(d.oneIn(6) ? "" : text(d));
      case 1:
        return number(d);
      case 2:
        return ExtensionValue.of(d.chance());
      case 3:
        return ExtensionValue.nullValue();
      case 4:
        return ExtensionValue.of(d.between(-1000, 100_000));
      case 5:
      case 6:
        return number(d);
      case 7: {
        List<ExtensionValue> elements = new ArrayList<>();
        for (int i = 0, n = d.count(4); i < n; i++) {
          elements.add(node(d, depth + 1));
        }
        return ExtensionValue.array(elements);
      }
      default: {
        Map<String, ExtensionValue> members = new LinkedHashMap<>();
        for (int i = 0, n = d.count(4); i < n; i++) {
          String key = d.oneIn(8) ? "" : d.oneIn(3) ? "a/b~c" + i : text(d);
          members.put(key, node(d, depth + 1));
        }
        return ExtensionValue.object(members);
      }
    }
  }

  /**
   * Numbers of every shape: each is written as {@link BigDecimal#toString()} prints it and read
   * back with the same digits and scale.
   */
  private static ExtensionValue number(Draw d) {
    switch ((int) d.between(0, 8)) {
      case 0:
        return ExtensionValue.of(d.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
      case 1:
        return ExtensionValue.of(d.between(Long.MIN_VALUE, Long.MAX_VALUE));
      case 2:
        // beyond long
        return ExtensionValue.of(new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE)
            .add(BigInteger.valueOf(d.between(2, Long.MAX_VALUE)))
            .multiply(BigInteger.valueOf(d.chance() ? 1 : -1))));
      case 3: {
        // any finite double, as Double.toString prints it (0.1, 1.0E-5, 4.9E-324)
        double v = Double.longBitsToDouble(d.between(Long.MIN_VALUE, Long.MAX_VALUE));
        return ExtensionValue.of(Double.isFinite(v) ? v : d.between(-10_000, 10_000) / 8.0);
      }
      case 4:
        // cents, with their trailing zeros: 12.50, -0.05, 3.00
        return ExtensionValue.of(BigDecimal.valueOf(d.between(-1_000_000, 1_000_000), 2));
      case 5: {
        // an integer with an exponent: 1.25E+3, 4E+12, 7.0E+2
        BigInteger unscaled = BigInteger.valueOf(d.between(1, 99_999));
        return ExtensionValue.of(new BigDecimal(d.chance() ? unscaled : unscaled.negate(),
            (int) -d.between(1, 30)));
      }
      case 6: {
        // huge and tiny magnitudes: 1E+400, -3.5E-999999999
        BigInteger unscaled = BigInteger.valueOf(d.between(1, 999));
        long exponent = d.oneIn(3) ? d.between(300, 999_999_999) : d.between(300, 5000);
        return ExtensionValue.of(new BigDecimal(d.chance() ? unscaled : unscaled.negate(),
            (int) (d.chance() ? exponent : -exponent)));
      }
      default: {
        // 20+ significant digits ending in a non-zero digit: no double has this value exactly
        String unscaled = d.between(1, 9) + digits(d, (int) d.between(18, 30))
            + d.between(1, 9);
        // and any scale, so that the text has a fraction, an exponent or neither
        int scale = (int) d.between(-20, 40);
        BigInteger value = new BigInteger(unscaled);
        return ExtensionValue.of(new BigDecimal(d.chance() ? value : value.negate(), scale));
      }
    }
  }
}
