package dev.govreply.text;

import dev.govreply.model.Addressee;
import dev.govreply.model.BlockKind;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Limits;
import dev.govreply.model.Measure;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.model.UnrecognizedBlock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Reply} as text in the canonical layout, in GB/T 9704 order, one element a line,
 * no blank lines, each line ended by {@code \n}:
 *
 * <pre>
 * (page metadata blocks, their lines verbatim)
 * 平江县人民政府                                  issuer (发文机关)
 * 平政字〔2024〕12号 A2类 主动公开                  number, class, disclosure (parts omitted when absent)
 * 签发人：张坤宏                                  signer
 * 平江县人民政府对岳阳市九届人大四次会议第241号建议的答复   title
 * 张亮代表：                                      addressee
 * 您提出的《…》已收悉。现答复如下：                  opening
 * 营商环境是……                                   context paragraphs
 * 一、打造“五张清单”，重构工作联动新机制。            measure heading; then its paragraphs, a line each
 * 一是高点位开展部署调度。县委书记……                  run-in point: heading and first paragraph on one line
 * （一）加强组织领导。                              heading-style point: heading alone; paragraphs follow
 * 2024年，平江将……                               commitments introduction, then items as points
 * 感谢您对……的关注。                              closing paragraphs
 * 平江县人民政府                                  signature
 * 2021年7月6日                                   date
 * 承办负责人：朱远                                 contacts
 * 承办人及联系电话：何勇 0730-6222076
 * 抄送：省人大常委会办公厅、省政府办公厅。              copy-to
 * （此件主动公开）                                 notes, a line each
 * (unknown-text blocks, their lines verbatim)
 * </pre>
 *
 * <p>The layout is the simplest case of what {@link ReplyTextReader} accepts (full-width colon
 * after labels, 〔〕 brackets, one item a line), so reading the output gives the reply back when
 * its text is in canonical shape. Unrecognized blocks are written too, so writing a read document
 * loses no character of it. The motion (建议 No. 241 and its title) is not written on its own: it
 * is cited by the title and the opening.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReplyTextWriter {
  private static final ReplyTextWriter STANDARD = new ReplyTextWriter();

  private ReplyTextWriter() {}

  /**
   * The writer of the canonical layout.
   *
   * @return the shared writer (stateless, thread-safe)
   */
  public static ReplyTextWriter standard() {
    return STANDARD;
  }

  /**
   * The reply as text.
   *
   * @param reply the reply
   * @return its canonical layout, ending with a newline (empty for an empty reply)
   * @throws IllegalArgumentException when the text would be one {@link ReplyTextReader} refuses:
   *     more than {@link Limits#MAX_TEXT_LINES} lines, a line longer than {@link
   *     Limits#MAX_STRING_LENGTH} (a run-in point's heading and paragraph share a line), or more
   *     than {@link Limits#MAX_TEXT_CHARS} chars in all; the message names the line
   */
  public String write(Reply reply) {
    Objects.requireNonNull(reply, "reply");
    List<String> lines = lines(reply);
    if (lines.size() > Limits.MAX_TEXT_LINES) {
      throw new IllegalArgumentException("the reply's text would have " + lines.size()
          + " lines, more than a text may have (" + Limits.MAX_TEXT_LINES
          + ", Limits.MAX_TEXT_LINES)");
    }
    long chars = 0;
    for (int i = 0; i < lines.size(); i++) {
      int n = lines.get(i).length();
      if (n > Limits.MAX_STRING_LENGTH) {
        throw new IllegalArgumentException("line " + (i + 1) + " of the reply's text would be "
            + n + " chars long, longer than a line may be (" + Limits.MAX_STRING_LENGTH
            + ", Limits.MAX_STRING_LENGTH)");
      }
      chars += n + 1;
    }
    if (chars > Limits.MAX_TEXT_CHARS) {
      throw new IllegalArgumentException("the reply's text would be " + chars
          + " chars long, longer than a text may be (" + Limits.MAX_TEXT_CHARS
          + ", Limits.MAX_TEXT_CHARS)");
    }
    StringBuilder sb = new StringBuilder((int) chars);
    for (String line : lines) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  /**
   * Writes the reply as text to {@code out} (not closed).
   *
   * @param reply the reply
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   */
  public void write(Reply reply, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(write(reply));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of the canonical layout, without terminators. */
  List<String> lines(Reply r) {
    List<String> out = new ArrayList<>(64);
    blocks(r, BlockKind.PAGE_METADATA, out);
    r.issuer().ifPresent(out::add);
    List<String> header = new ArrayList<>(3);
    r.documentNumber().ifPresent(n -> header.add(n.toString()));
    r.resultClass().ifPresent(c -> header.add(c + "类"));
    r.disclosure().ifPresent(d -> header.add(d.label()));
    if (!header.isEmpty()) {
      out.add(String.join(" ", header));
    }
    r.signer().ifPresent(s -> out.add("签发人：" + s));
    r.title().ifPresent(out::add);
    r.addressee().map(ReplyTextWriter::salutation).filter(s -> !s.isEmpty())
        .ifPresent(s -> out.add(s + "："));
    body(r.body(), out);
    r.signature().ifPresent(out::add);
    r.date().map(ReplyTextWriter::date).ifPresent(out::add);
    for (Contact c : r.contacts()) {
      out.add(contact(c));
    }
    if (!r.copyTo().isEmpty()) {
      out.add("抄送：" + String.join("、", r.copyTo()) + "。");
    }
    out.addAll(r.notes());
    blocks(r, BlockKind.UNKNOWN_TEXT, out);
    List<String> single = new ArrayList<>(out.size());
    for (String s : out) {
      single.add(TextLines.singleLine(s));
    }
    return single;
  }

  private static void blocks(Reply r, BlockKind kind, List<String> out) {
    for (UnrecognizedBlock b : r.unrecognized()) {
      if (b.kind() == kind) {
        out.addAll(b.lines());
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

  /** 承办负责人：朱远 / 承办人及联系电话：何勇 0730-6222076 / with a unit: …：综合规划处，潘东 …. */
  static String contact(Contact c) {
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

  private static void body(Body b, List<String> out) {
    b.opening().ifPresent(out::add);
    out.addAll(b.context());
    for (Measure m : b.measures()) {
      heading(ChineseMarker.measure(m.ordinal()), m.heading().orElse(null), m.paragraphs(), false,
          out);
      for (Point p : m.points()) {
        point(p, out);
      }
    }
    b.commitments().ifPresent(c -> commitments(c, out));
    out.addAll(b.closing());
  }

  private static void commitments(Commitments c, List<String> out) {
    out.addAll(c.intro());
    for (Commitment item : c.items()) {
      heading(marker(item.style(), item.ordinal()), item.heading().orElse(null),
          item.paragraphs(), item.style() == PointStyle.RUN_IN, out);
      for (Point p : item.points()) {
        point(p, out);
      }
    }
  }

  private static void point(Point p, List<String> out) {
    heading(marker(p.style(), p.ordinal()), p.heading().orElse(null), p.paragraphs(),
        p.style() == PointStyle.RUN_IN, out);
  }

  /**
   * An item: marker and heading on one line; for run-in items the first paragraph runs on on the
   * same line, as printed; further paragraphs a line each.
   */
  private static void heading(String marker, String heading, List<String> paragraphs,
      boolean runIn, List<String> out) {
    StringBuilder first = new StringBuilder(marker);
    int next = 0;
    if (heading != null) {
      first.append(heading);
      if (runIn && !paragraphs.isEmpty()) {
        first.append(paragraphs.get(0));
        next = 1;
      }
    } else if (!paragraphs.isEmpty()) {
      first.append(paragraphs.get(0));
      next = 1;
    }
    out.add(first.toString());
    out.addAll(paragraphs.subList(next, paragraphs.size()));
  }

  private static String marker(PointStyle style, int ordinal) {
    return style.marker(ChineseMarker.clamp(ordinal));
  }

  /** Measure markers 一、. */
  private static final class ChineseMarker {
    static String measure(int ordinal) {
      return dev.govreply.model.ChineseNumerals.format(clamp(ordinal)) + "、";
    }

    /** Ordinals above 999 cannot be printed as Chinese numerals: written as 999 at most. */
    static int clamp(int ordinal) {
      return Math.min(Math.max(ordinal, 1), 999);
    }
  }
}
