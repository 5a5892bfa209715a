package dev.govreply.text;

import dev.govreply.model.Limits;
import dev.govreply.model.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Reply} as text in the canonical layout, in GB/T 9704 order, one element a line,
 * no blank lines, each line ended by {@code \n}:
 *
 * <pre>
 * (blocks of the head down to the page's last one, verbatim)
 * 平江县人民政府                                  issuer (发文机关)
 * 平政字〔2024〕12号 A2类 主动公开                  number, class, disclosure (parts omitted when absent)
 * 签发人：张坤宏                                  signer
 * 平江县人民政府对岳阳市九届人大四次会议第241号建议的答复   title
 * (unknown text of the head below those, verbatim)
 * 张亮代表：                                      addressee
 * 您提出的《…》已收悉。现答复如下：                  opening
 * 营商环境是……                                   context paragraphs
 * 一、打造“五张清单”，重构工作联动新机制。            measure heading; then its paragraphs, a line each
 * 一是高点位开展部署调度。县委书记……                  run-in point: heading and first paragraph on one line
 * （一）加强组织领导。                              heading-style point: heading alone; paragraphs follow
 * 2024年，平江将……                               commitments introduction, then items as points
 * 感谢您对……的关注。                              closing paragraphs
 * 附件：1.……                                    notes describing the attachments (附件说明)
 * 平江县人民政府                                  signature
 * 2021年7月6日                                   date
 * 承办负责人：朱远                                 contacts
 * 承办人及联系电话：何勇 0730-6222076
 * 抄送：省人大常委会办公厅、省政府办公厅。              copy-to
 * （此件主动公开）                                 the other notes (附注), a line each
 * (blocks placed at the foot, of either kind, verbatim)
 * </pre>
 *
 * <p>The layout is the simplest case of what {@link ReplyTextReader} accepts (full-width colon
 * after labels, 〔〕 brackets, one item a line), so reading the output gives the reply back when
 * its text is in canonical shape. Unrecognized blocks are written too, each on the side of the
 * letter where it stood ({@link dev.govreply.model.BlockPlacement}), in the order given, so writing
 * a read document loses no character of it. The motion (建议 No. 241 and its title) is not written on its own: it
 * is cited by the title and the opening; an item's title or number that neither prints is written
 * after the title (…的答复《关于…的建议》（第3号）), where documents print them as the title's extras.
 *
 * <p>The lines, and what each is, come from {@link ReplyLayout}; renderers of other formats use
 * the same lines.
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

  /** The lines of the canonical layout ({@link ReplyLayout}), without terminators. */
  List<String> lines(Reply r) {
    List<String> single = new ArrayList<>();
    for (ReplyLayout.Line line : ReplyLayout.of(r)) {
      single.add(line.whole());
    }
    return single;
  }
}
