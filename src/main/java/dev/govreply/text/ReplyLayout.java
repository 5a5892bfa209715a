package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.Addressee;
import dev.govreply.model.BlockKind;
import dev.govreply.model.BlockPlacement;
import dev.govreply.model.Body;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Measure;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.model.UnrecognizedBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The canonical layout of a reply as lines that know what they are: the order and the wording of
 * a reply document (GB/T 9704 order, one element a line), before any format gives it a look.
 * {@link ReplyTextWriter} writes these lines as text; renderers of printed and published forms
 * style each {@linkplain Role role} (the title centred, first-level headings in 黑体, the date
 * right-aligned), so every form of a reply has the same lines in the same order and reads back
 * through {@link ReplyTextReader} to the same reply.
 *
 * <pre>{@code
 * for (ReplyLayout.Line line : ReplyLayout.of(reply)) {
 *   System.out.println(line.role() + " " + line.lead() + "|" + line.text());
 * }
 * // LETTERHEAD |平江县人民政府
 * // MARKS |平政字〔2024〕12号 A2类 主动公开
 * // TITLE |平江县人民政府对岳阳市九届人大四次会议第241号建议的答复
 * // HEADING 一、打造“五张清单”，重构工作联动新机制。|
 * // ITEM 一是高点位开展部署调度。|县委书记……
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReplyLayout {

  /** What a line of the layout is. */
  public enum Role {
    /** A line of a web page's metadata block, verbatim. */
    PAGE_METADATA,
    /** The issuer (发文机关) above the document number. */
    LETTERHEAD,
    /** Document number, result class and disclosure: {@code 平政字〔2024〕12号 A2类 主动公开}. */
    MARKS,
    /** {@code 签发人：张坤宏}. */
    SIGNER,
    /** The title (标题). */
    TITLE,
    /** The salutation with its colon, flush left. */
    SALUTATION,
    /** The opening paragraph ({@code 您提出的《…》已收悉。现答复如下：}). */
    OPENING,
    /** A paragraph of context before the measures. */
    CONTEXT,
    /** A measure's first line: {@code 一、} and its heading (first level). */
    HEADING,
    /**
     * A point's first line: its {@linkplain Line#lead() lead} is the marker and heading, its
     * text what runs on after them. See {@link Line#level()}.
     */
    ITEM,
    /** A commitment's first line (下一步 undertakings, numbered): lead and text as for an item. */
    COMMITMENT,
    /** A further paragraph of a measure or item. */
    PARAGRAPH,
    /** A paragraph introducing the commitments. */
    COMMITMENTS_INTRO,
    /** A closing paragraph ({@code 感谢您对……的关注。}). */
    CLOSING,
    /** The signature (发文机关署名). */
    SIGNATURE,
    /** The date (成文日期) in Arabic numerals: {@code 2021年7月6日}. */
    DATE,
    /** A contact: {@code 承办人及联系电话：何勇 0730-6222076}. */
    CONTACT,
    /** {@code 抄送：…。}. */
    COPY_TO,
    /** A note such as {@code （此件主动公开）}. */
    NOTE,
    /** A line of text the reader did not recognise, verbatim. */
    UNKNOWN_TEXT
  }

  /**
   * One line of the layout.
   *
   * @param role what the line is
   * @param level the heading level of a {@link Role#HEADING} (1), an {@link Role#ITEM} or a
   *     {@link Role#COMMITMENT}: 1 for
   *     items numbered 一、, 2 for （一）, 3 for 1., 4 for （1）, 0 for a run-in point (一是) that
   *     sits inside its paragraph; 0 for every other role
   * @param lead the marker and heading of a heading or item line, which formats set apart
   *     ({@code 一、打造“五张清单”，重构工作联动新机制。}); empty for other lines
   * @param text the rest of the line: all of it for lines without a lead
   */
  public record Line(Role role, int level, String lead, String text) {
    /**
     * Checks the parts.
     *
     * @param role what the line is
     * @param level the heading level, 0 to 4
     * @param lead the marker and heading, or empty
     * @param text the rest of the line
     */
    public Line {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(text, "text");
      if (level < 0 || level > 4) {
        throw new IllegalArgumentException("level must be 0 to 4, got " + level);
      }
    }

    /**
     * The whole line, as text has it.
     *
     * @return lead and text
     */
    public String whole() {
      return lead + text;
    }
  }

  private ReplyLayout() {}

  /**
   * The layout of a reply.
   *
   * @param r the reply
   * @return its lines, in order (empty for an empty reply); a line break inside a value is a
   *     space, and a line may be longer than any page
   */
  public static List<Line> of(Reply r) {
    Objects.requireNonNull(r, "reply");
    List<Line> out = new ArrayList<>(64);
    // each unrecognized block where it stood, in the order it stood: above the letterhead the
    // blocks at the head down to the page's last one, right above the salutation the unknown text
    // below that, and below the letter all blocks from its start on
    List<UnrecognizedBlock> blocks = r.unrecognized();
    int pageEnd = 0; // the head's blocks [0, pageEnd) are written above the letterhead
    for (int i = 0; i < blocks.size(); i++) {
      UnrecognizedBlock b = blocks.get(i);
      if (b.placement() == BlockPlacement.HEAD && b.kind() == BlockKind.PAGE_METADATA) {
        pageEnd = i + 1;
      }
    }
    blocks(blocks.subList(0, pageEnd), BlockPlacement.HEAD, out);
    r.issuer().ifPresent(s -> add(Role.LETTERHEAD, s, out));
    List<String> header = new ArrayList<>(3);
    r.documentNumber().ifPresent(n -> header.add(n.toString()));
    r.resultClass().ifPresent(c -> header.add(c + "类"));
    r.disclosure().ifPresent(d -> header.add(d.label()));
    if (!header.isEmpty()) {
      add(Role.MARKS, String.join(" ", header), out);
    }
    r.signer().ifPresent(s -> add(Role.SIGNER, "签发人：" + s, out));
    r.title().ifPresent(s -> add(Role.TITLE, s + uncitedMotion(r, s), out));
    blocks(blocks.subList(pageEnd, blocks.size()), BlockPlacement.HEAD, out);
    r.addressee().map(ReplyLayout::salutation).filter(s -> !s.isEmpty())
        .ifPresent(s -> add(Role.SALUTATION, s + "：", out));
    body(r.body(), out);
    // GB/T 9704 puts the description of the attachments (附件说明) right below the body, above
    // the signature; the other notes (附注) below the date
    for (String note : r.notes()) {
      if (describesAttachments(note)) {
        add(Role.NOTE, note, out);
      }
    }
    r.signature().ifPresent(s -> add(Role.SIGNATURE, s, out));
    r.date().map(ReplyLayout::date).ifPresent(s -> add(Role.DATE, s, out));
    for (Contact c : r.contacts()) {
      add(Role.CONTACT, contact(c), out);
    }
    for (String note : r.notes()) {
      if (!describesAttachments(note)) {
        add(Role.NOTE, note, out);
      }
    }
    // the copy-to line is the foot of the document (版记), after everything else it states
    if (!r.copyTo().isEmpty()) {
      add(Role.COPY_TO, "抄送：" + String.join("、", r.copyTo()) + "。", out);
    }
    blocks(blocks, BlockPlacement.FOOT, out);
    return List.copyOf(out);
  }

  /**
   * What the title line adds after the reply's title {@code title} so that the motion's title and
   * number read back where neither the title nor the opening cites them ({@link
   * TitleReader#uncitedExtras}: …的答复《关于…的建议》（第3号）). Empty otherwise.
   */
  private static String uncitedMotion(Reply r, String title) {
    return r.motion().map(m -> TitleReader.uncitedExtras(title, r.body().opening().orElse(null),
        m.title().orElse(null), m.number().orElse(null))).orElse("");
  }

  /**
   * Whether {@code note} describes the letter's attachments (附件说明: 附件：1.…): it starts with an
   * attachment's label ({@link EndAnchors#startsAttachment}).
   */
  private static boolean describesAttachments(String note) {
    return EndAnchors.startsAttachment(Chars.removeBlanks(Chars.key(note)));
  }

  private static void add(Role role, String text, List<Line> out) {
    out.add(new Line(role, 0, "", TextLines.singleLine(text)));
  }

  /** The lines of those of {@code blocks} placed at {@code placement}. */
  private static void blocks(List<UnrecognizedBlock> blocks, BlockPlacement placement,
      List<Line> out) {
    for (UnrecognizedBlock b : blocks) {
      if (b.placement() == placement) {
        Role role = b.kind() == BlockKind.PAGE_METADATA ? Role.PAGE_METADATA : Role.UNKNOWN_TEXT;
        for (String line : b.lines()) {
          add(role, line, out);
        }
      }
    }
  }

  /** The salutation without its colon: as stored, else built from the parts. */
  static String salutation(Addressee a) {
    if (a.salutation().isPresent()) {
      return a.salutation().get();
    }
    StringBuilder sb = new StringBuilder(String.join("、", a.names()));
    if (a.andOthers()) {
      sb.append('等');
    }
    a.statedCount().ifPresent(n -> sb.append(n).append('位'));
    if (!a.collective()) {
      a.role().ifPresent(role -> sb.append(role.chinese()));
    }
    return sb.toString();
  }

  /** 2021年7月6日. */
  static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /**
   * 承办负责人：朱远 / 承办人及联系电话：何勇 0730-6222076 / with a unit: …：综合规划处，潘东 …; the phone
   * of a unit, no person named: 联系单位及电话：民航局发展计划司 010-64092782.
   */
  static String contact(Contact c) {
    if (c.name().isEmpty() && c.unit().isPresent() && c.phone().isPresent()
        && c.role() == ContactRole.HANDLER) {
      return "联系单位及电话：" + c.unit().get() + " " + c.phone().get();
    }
    String label;
    if (c.role() == ContactRole.RESPONSIBLE) {
      label = c.phone().isPresent() ? "承办负责人及联系电话" : "承办负责人";
    } else {
      label = c.phone().isPresent() ? "承办人及联系电话" : "承办人";
    }
    StringBuilder sb = new StringBuilder(label).append('：');
    c.unit().ifPresent(u -> sb.append(u).append('，'));
    c.name().ifPresent(sb::append);
    c.phone().ifPresent(p -> sb.append(c.name().isPresent() ? " " : "").append(p));
    return sb.toString();
  }

  // ---- body ------------------------------------------------------------------------------

  private static void body(Body b, List<Line> out) {
    b.opening().ifPresent(s -> add(Role.OPENING, s, out));
    for (String s : b.context()) {
      add(Role.CONTEXT, s, out);
    }
    for (Measure m : b.measures()) {
      item(Role.HEADING, 1, ChineseNumerals.format(clamp(m.ordinal())) + "、",
          m.heading().orElse(null), m.paragraphs(), false, out);
      for (Point p : m.points()) {
        point(p, out);
      }
    }
    b.commitments().ifPresent(c -> commitments(c, out));
    for (String s : b.closing()) {
      add(Role.CLOSING, s, out);
    }
  }

  private static void commitments(Commitments c, List<Line> out) {
    for (String s : c.intro()) {
      add(Role.COMMITMENTS_INTRO, s, out);
    }
    for (Commitment item : c.items()) {
      item(Role.COMMITMENT, level(item.style()), item.style().marker(clamp(item.ordinal())),
          item.heading().orElse(null), item.paragraphs(), item.style() == PointStyle.RUN_IN, out);
      for (Point p : item.points()) {
        point(p, out);
      }
    }
  }

  private static void point(Point p, List<Line> out) {
    item(Role.ITEM, level(p.style()), p.style().marker(clamp(p.ordinal())),
        p.heading().orElse(null), p.paragraphs(), p.style() == PointStyle.RUN_IN, out);
  }

  /** The heading level of an item style: 一、 1, （一） 2, 1. 3, （1） 4, 一是 0. */
  private static int level(PointStyle style) {
    return switch (style) {
      case ENUMERATED -> 1;
      case PARENTHESIZED -> 2;
      case ARABIC -> 3;
      case PARENTHESIZED_ARABIC -> 4;
      case RUN_IN -> 0;
    };
  }

  /**
   * An item: marker and heading on one line; for run-in items the first paragraph runs on on the
   * same line, as printed, unless it starts with a heading's number; an item without a heading
   * runs its first paragraph on after the marker; further paragraphs a line each.
   */
  private static void item(Role role, int level, String marker, String heading,
      List<String> paragraphs, boolean runIn, List<Line> out) {
    String lead = marker;
    String text = "";
    int next = 0;
    if (heading != null) {
      lead = marker + heading;
      // a first paragraph that starts with a heading's number ((一)…) was printed on its own line
      if (runIn && !paragraphs.isEmpty()
          && !Numbering.startsWithHeadingNumber(paragraphs.get(0))) {
        text = paragraphs.get(0);
        next = 1;
      }
    } else if (!paragraphs.isEmpty()) {
      text = paragraphs.get(0);
      next = 1;
    }
    out.add(new Line(role, level, TextLines.singleLine(lead), TextLines.singleLine(text)));
    for (String s : paragraphs.subList(next, paragraphs.size())) {
      add(Role.PARAGRAPH, s, out);
    }
  }

  /** Ordinals above 999 cannot be printed as Chinese numerals: written as 999 at most. */
  private static int clamp(int ordinal) {
    return Math.min(Math.max(ordinal, 1), 999);
  }
}
