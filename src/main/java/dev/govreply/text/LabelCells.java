package dev.govreply.text;

import dev.govreply.internal.CharSet;
import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row of the page's labels standing as table cells, without their colons ({@code 索引号
 * 000014349/2021-3225216 信息分类 人大代表建议答复}, {@code 文号 是否有效}), perhaps with later labels that
 * keep theirs ({@code 文号 安文旅广函〔2023〕148号 成文日期: 2023年08月30日}): whether a line is one
 * ({@link #starts}) and the values it prints ({@link #values}), for {@link PageMetadata}.
 */
final class LabelCells {
  private LabelCells() {}

  /**
   * A label as a table cell without its colon, first on its line: its chars perhaps spaced (文  号),
   * then a blank (key form).
   */
  private static final Pattern LABEL_CELL = Pattern.compile(
      "^ *(?:" + MetadataLabel.alternatives(PageMetadata.LABELS, MetadataLabel::spaced) + ") ");
  /** The characters a {@link #LABEL_CELL} may start with, after the blanks. */
  private static final CharSet LABEL_CELL_STARTS = CharSet.of(
      PageMetadata.LABELS.stream().map(label -> label.substring(0, 1)).distinct()
          .reduce("", String::concat));

  /**
   * A label as a table cell without its colon and its value, in a line's compact key
   * (索引号luozhuang…公开方式主动公开): the value runs to the next label of {@link PageMetadata#LABELS}.
   */
  private static final Pattern PAIR_CELL = Pattern.compile(
      "(" + MetadataLabel.alternatives(MetadataLabel.supplying(), label -> label) + ")");

  /**
   * True when the key {@code key} starts, blanks aside, with a label standing as a table cell:
   * followed by a blank ({@code 索引号 000014349/2021-3225216 信息分类 人大代表建议答复}, {@code 文号 是否有效}).
   */
  static boolean starts(String key) {
    int i = Chars.skipBlanks(key, 0);
    return i < key.length() && LABEL_CELL_STARTS.contains(key.charAt(i))
        && LABEL_CELL.matcher(key).lookingAt() || count(key) >= 2;
  }

  /**
   * How many of the page's labels stand in the line's key {@code key} as cells of a row, a blank
   * before and after each (签发人 李杨 签发日期 2021-07-20 发布日期 2021-07-22 类别 A: three): a row
   * of two or more is the page's wherever its first cell starts.
   */
  private static int count(String key) {
    return cells(key, PageMetadata.LABELS_AT);
  }

  /**
   * How many of {@code labels} stand in the key {@code key} as cells of a row, a blank before and
   * after each (编号 28 办理部门 紫阳县民政局 处理状态 已办结: two of a record's labels).
   */
  static int cells(String key, Words labels) {
    int count = 0;
    for (int i = labels.indexIn(key, 0); i >= 0; ) {
      int end = i + labels.startingAt(key, i).length();
      if ((i == 0 || key.charAt(i - 1) == ' ') && end < key.length() && key.charAt(end) == ' ') {
        count++;
      }
      i = labels.indexIn(key, end);
    }
    return count;
  }

  /** A label of the row and the value printed after it, as printed in the compact key. */
  record Value(String label, String value) {}

  /**
   * The values of a table row whose labels stand as cells, without colons but perhaps the later
   * ones', from its compact key {@code k}: each value runs from its label (and colon) to the next
   * label (a disclosure's keeping its {@link #DISCLOSED}); an item's title label only in the row's
   * first cell ({@link #firstCell}).
   */
  static List<Value> values(String k) {
    List<Value> out = new ArrayList<>();
    Matcher m = PAIR_CELL.matcher(k);
    while (m.find()) {
      String label = m.group(1);
      MetadataLabel.Supplies supplies = MetadataLabel.named(label).supplies();
      int end = k.length();
      for (int i = m.end(); i < k.length(); i++) {
        String next = PageMetadata.LABELS_AT.startingAt(k, i);
        if (next != null) {
          boolean runsIn = supplies == MetadataLabel.Supplies.DISCLOSURE
              && next.startsWith(DISCLOSED) && i > 0 && Chars.isHan(k.charAt(i - 1))
              && !k.startsWith(DISCLOSED, i - DISCLOSED.length());
          end = runsIn ? i + DISCLOSED.length() : i; // 主动公开 before 公开责任部门: its own 公开
          break;
        }
      }
      int from = m.end() < end && k.charAt(m.end()) == ':' ? m.end() + 1 : m.end(); // 成文日期:
      if (!supplies.itemsTitle() || firstCell(k, m.start())) {
        out.add(new Value(label, CellBorders.cell(k.substring(from, end))));
      }
    }
    return out;
  }

  /**
   * The word a disclosure's value ends with (主动公开, 依申请公开), which runs into a next label that
   * starts with it in the compact key: 主动公开 责任部门 reads 主动公开责任部门, which holds the label
   * 公开责任部门. Such a value keeps it, unless it ends in it already (主动公开 公开责任部门) or a cell's
   * border stands between (主动公开 | 公开时限).
   */
  private static final String DISCLOSED = "公开";

  /**
   * Whether index {@code at} of the compact key {@code k} starts the row's first cell (only borders
   * before it). The item's title labels are words a cell's text may hold (问题目前, 关于解决 题目
   * 繁多的建议), which they cannot be there.
   */
  private static boolean firstCell(String k, int at) {
    for (int i = 0; i < at; i++) {
      if (k.charAt(i) != '|') {
        return false;
      }
    }
    return true;
  }
}
