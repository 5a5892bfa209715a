package dev.govreply.legacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded ledger rows whose cells vary over every form the mapper reads and many it must refuse:
 * dates in each form, with times, full-width digits, Chinese numerals, blanks and generated
 * near-dates; salutations and name lists with every separator, counts and role word; item
 * numbers, titles in quotes, document numbers in other brackets or padded, class and disclosure
 * marks, phones, and cells that hold the template's own text. For {@link ImportDigestTest}: the
 * same seed gives the same rows, as CSV text, JSON Lines or maps with typed values.
 */
final class VariedLedger {
  private VariedLedger() {}

  /** The columns, in order. */
  static final List<String> COLUMNS = List.of("序号", "文号", "类别", "公开属性", "代表姓名", "类型",
      "建议号", "届次", "建议标题", "答复内容", "承办单位", "签发人", "承办负责人", "承办人", "科室", "联系电话",
      "答复日期", "抄送", "备注", "附注", "录入人", "其他");

  private static final String[] DOCUMENT_NUMBERS = {"平交复函〔2021〕19号", "平交复函[2017]8号",
      "平交复函【2017】8号", "平交复函〔2021〕019号", "平交复函〔2021〕第19号", "平交复函 〔２０２１〕 １９ 号",
      "平交复函（2021）19号", "平交复函2021", "〔2021〕19号", "平交复函﹝2021﹞7号", "平交复函〔2021〕0号", "x"};
  private static final String[] CLASSES = {"A", "B", "C", "A2", "乙类", "甲", "A类", "a", "E类", "丙类",
      " B "};
  private static final String[] DISCLOSURES = {"主动公开", "公开", "同意公开", "依申请公开", "不予公开",
      "是否公开:是", "是否公开：否", "此件依申请公开", "公开属性：主动公开", "（主动公开）", "PUBLIC", "ON_REQUEST",
      "NOT_PUBLIC", "不知道", "", "同意對外公開"};
  private static final String[] NAMES = {"张亮", "李 明", "王爱珍", "童勋海", "马青", "周丽", "欧阳·娜",
      "李*", "A某", "王五", "", " "};
  private static final String[] SEPARATORS = {"、", "，", ",", ";", "；", "、 ", " ", "、、"};
  private static final String[] COUNTS = {"10", "３", "9", "1234", "12345", "三", "十", "两",
      "二十", "一百", "0", "〇"};
  private static final String[] KINDS = {"建议", "提案", "议案", "SUGGESTION", "PROPOSAL", "MOTION",
      "意见", ""};
  private static final String[] MOTION_NUMBERS = {"241", "第241号", "第 0156 号", "温36", "0156號",
      "第号", "abc-1", "２４１", "第 温 36 号", "号", "第0156", "0156号", "A1B2"};
  private static final String[] SESSIONS = {"岳阳市九届人大四次会议", "政协十届三次会议",
      "岳阳市政协九届四次会议", "某某会议", "九届人大四次", ""};
  private static final String[] TITLES = {"关于加快农村公路提质改造的建议", "《关于城区停车秩序的建议》",
      "“关于乡村学校建设的提案”", "\"关于城乡公交线路的建议\"", "「关于农村饮水安全的建议」", "‘关于校车安全的建议’",
      "《“关于山塘水库的建议”》", "《》", "《 》", "《关于", "关于基层医疗服务的建议》"};
  private static final String[] BODIES = {"",
      "您提出的《关于加快农村公路提质改造的建议》收悉，现答复如下：\n一、加快建设。\n感谢您对交通运输工作的关心和支持。",
      "您提出的建议收悉，现答复如下：今年计划完成农村公路提质改造120公里。",
      "张亮代表：\n您提出的建议收悉，现答复如下：\n一、已列入计划。\n平江县交通运输局\n2021年7月6日",
      "一、加强督促检查。\n二、建立健全长效机制。"};
  private static final String[] UNITS = {"平江县交通运输局", "平江县教育局", " 平江县水利局 ", ""};
  private static final String[] PERSONS = {"朱远", "朱 远", "何勇", "", "李*", "=SUM(A1)"};
  private static final String[] DEPARTMENTS = {"公路科", "", "办公室"};
  private static final String[] PHONES = {"0730-6222076", "13912345678", "0730-622", "(0730)6222076",
      "０７３０－６２２２０７６", "6222076", "0730-6222076转801", "139 1234 5678", "", "电话", "07306222076"};
  private static final String[] NOTES = {"", "已办结", "备注,含逗号", "已办结；待回访", "已 办 结"};

  /** The piece of text a near-date is made of (see {@link #dateText}). */
  private static final String[] DATE_PIECES = {"0", "1", "2", "3", "7", "9", "12", "2021",
      "20210706", "44383", "０", "２", "年", "月", "日", "号", "〇", "零", "一", "二", "十", "九", "O", "Ｏ",
      "○", "-", ".", "/", ":", "T", "Z", "+", " ", "\t", "\n", "\r", "\u3000", "\u00A0", "\u0085",
      "\u2028", "\u000B", "x", "10:00", "09:30:00", ".123", "+08:00", "-0800", "二〇二一", "\uFEFF",
      "日日", "00", "99999"};
  /** Dates in the forms ledgers keep, from which near-dates are mutated. */
  private static final String[] DATE_SEEDS = {"2021年7月6日", "2021-07-06", "2021/7/6", "2021.7.6",
      "20210706", "44383", "44383.5", "2021/7/6 0:00", "2021-07-06T09:30:00Z",
      "2021-07-06 09:30:00.123456789+08:00", "二〇二一年七月六日", "二○二一年十二月三十一日", "2021年十月二十日"};
  /** Edge cases of each part of the date forms, each accepted or refused. */
  static final String[] DATE_CASES = {"2021年7月6日", "2021年07月06号", "二〇二一年七月六日",
      "二○二一年十二月三十一日", "OOOO年一月一日", "ＯＯＯＯ年一月一日", "二零二一年一月一日", "2021年七月6日",
      "二〇二一年7月六日", "2021年十三月1日", "2021年一十月1日", "2021年三十一月1日", "2021年1月三十二日",
      "2021年7月6日日", "2021年7月", "7月6日", "2021年月6日", "2021年7月日", "202年7月6日", "20211年7月6日",
      "2021年123月6日", "2021年1月1234日", "二〇二1年7月6日", "2021年7月6", "２０２１年７月１６日",
      "2021 年 7 月 6 日", "2021年〇七月六日", "2021年7月6日 10:00", "2021年7月6日T10:00", "2021-07-06",
      "2021/7/6", "2021.7.6", "2021-7/6", "2021/07-06", "2021-007-06", "2021-07-006", "2021-07-",
      "2021--07", "2021-07-06-", "202-07-06", "2021-13-01", "2021-02-30", "2021-02-29", "2020-02-29",
      "2021 - 07 - 06", "2021 07 06", "２０２１－０７－０６", "2021.07.06", "2021-1-1", "20210706",
      "20211301", "202107060", "2021070", "1900-01-01", "44383", "44383.5", "44383.", ".5", "0",
      "00000", "000001", "1", "61", "60", "99999", "99999.99", "100000", "1.5", " 44383 ", "4438 3",
      "44383.5.5", "44383,5", "١٢٣", "", " ", "\u3000", "abc", "昨天", "2021/7/6 0:00",
      "2021/7/6 0:00:00.123", "2021-07-06T09:30:00", "2021-07-06T09:30:00Z",
      "2021-07-06T09:30:00+0800", "2021-07-06T09:30:00+08:00", "2021-07-06 09:30:00+08:00",
      "2021-07-06 09:30-0800", "2021-07-06\t09:30", "2021-07-06\u300009:30", "2021-07-06\n09:30",
      "2021\n-07-06 09:30", "2021-07-06 T 09:30", "2021-07-06 T09:30", "2021-07-06T",
      "2021-07-06T9:30", "2021-07-06T123:30", "2021-07-06T09:3", "2021-07-06T09:30:3",
      "2021-07-06T09:30:30.", "2021-07-06T09:30:30.1234567890", "2021-07-06T09:30:30.123456789",
      "2021-07-06T09:30+08:0", "2021-07-06T09:30+08:", "2021-07-06T09:30+8:00", "2021-07-06T09:30ZZ",
      "2021-07-06T09:30Z+08:00", "2021/07/06 24:99", "44383 10:00", "2021-07-06  \t 10:00",
      "2021-07-06\u008510:00", "2\u2028021-07-06 10:00", "2021-07-06 1 10:00", "10:00", " 10:00",
      "1 10:00", "x1 10:00", "2021-07-06 10:00 11:00", "2021-07-06T10:00T11:00",
      "2021-07-06T\u000B10:00", "2021-07-06\u000B10:00", "2021-07-06\r\n10:00", "2021/2/29",
      "2020/2/29", "2021-00-10", "2021-1-0", "0000-01-01", "2021/7/32", "2021年2月30日", "7/6/2021",
      "2021-07"};

  /** One of {@code a}. */
  private static String pick(SplittableRandom r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  /**
   * A text near the date forms: a date of {@link #DATE_SEEDS} with a few pieces inserted, deleted
   * or replaced, or a few pieces of {@link #DATE_PIECES} in a row.
   */
  static String dateText(SplittableRandom r) {
    StringBuilder sb;
    if (r.nextInt(3) == 0) {
      sb = new StringBuilder(pick(r, DATE_SEEDS));
      for (int k = r.nextInt(4); k > 0; k--) {
        int at = r.nextInt(sb.length() + 1);
        String piece = pick(r, DATE_PIECES);
        switch (r.nextInt(3)) {
          case 0 -> sb.insert(at, piece);
          case 1 -> {
            if (at < sb.length()) {
              sb.deleteCharAt(at);
            }
          }
          default -> {
            if (at < sb.length()) {
              sb.setCharAt(at, piece.charAt(0));
            }
          }
        }
      }
    } else {
      sb = new StringBuilder();
      for (int k = r.nextInt(9); k > 0; k--) {
        sb.append(pick(r, DATE_PIECES));
      }
    }
    return sb.toString();
  }

  /** A date cell: an edge case, a near-date, or a date in one of the forms. */
  private static String date(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return pick(r, DATE_CASES);
      case 1:
        return dateText(r);
      default:
        int y = 1990 + r.nextInt(40);
        int m = 1 + r.nextInt(12);
        int d = 1 + r.nextInt(31);
        return switch (r.nextInt(6)) {
          case 0 -> y + "年" + m + "月" + d + "日";
          case 1 -> y + "-" + (m < 10 ? "0" : "") + m + "-" + (d < 10 ? "0" : "") + d;
          case 2 -> y + "/" + m + "/" + d + (r.nextBoolean() ? " 0:00" : "");
          case 3 -> y + "." + m + "." + d;
          case 4 -> String.format("%04d%02d%02d", y, m, d);
          default -> Integer.toString(1 + r.nextInt(99_999)) + (r.nextBoolean() ? ".25" : "");
        };
    }
  }

  /** Names joined by separators, as a cell of names holds them. */
  private static String names(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    for (int k = 1 + r.nextInt(3); k > 0; k--) {
      sb.append(pick(r, NAMES));
      if (k > 1) {
        sb.append(pick(r, SEPARATORS));
      }
    }
    return sb.toString();
  }

  /** An addressee cell: a salutation in its parts, or names with 等 and a count. */
  private static String addressee(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(4) == 0) {
      sb.append("尊敬的");
    }
    sb.append(names(r));
    switch (r.nextInt(5)) {
      case 0 -> sb.append("等");
      case 1 -> sb.append("等").append(pick(r, COUNTS)).append(r.nextBoolean() ? "位" : "名");
      case 2 -> sb.append(pick(r, COUNTS)).append(r.nextBoolean() ? "位" : "名");
      case 3 -> sb.append("等").append(pick(r, COUNTS)).append(r.nextBoolean() ? "人" : "");
      default -> { }
    }
    if (r.nextInt(3) > 0) {
      sb.append(r.nextInt(5) == 0 ? "委員" : r.nextBoolean() ? "代表" : "委员");
      if (r.nextInt(4) == 0) {
        sb.append(r.nextBoolean() ? "们" : "們");
      }
      if (r.nextInt(4) == 0) {
        sb.append("同志");
      }
    }
    if (r.nextInt(3) == 0) {
      sb.append(r.nextBoolean() ? "：" : ":");
    }
    return sb.toString();
  }

  /** The rows, each by column in {@link #COLUMNS} order; every value a string. */
  static List<Map<String, String>> rows(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Map<String, String>> rows = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("序号", Integer.toString(i));
      row.put("文号", pick(r, DOCUMENT_NUMBERS));
      row.put("类别", pick(r, CLASSES));
      row.put("公开属性", pick(r, DISCLOSURES));
      row.put("代表姓名", addressee(r));
      row.put("类型", pick(r, KINDS));
      row.put("建议号", pick(r, MOTION_NUMBERS));
      row.put("届次", pick(r, SESSIONS));
      row.put("建议标题", pick(r, TITLES));
      row.put("答复内容", r.nextInt(8) == 0 ? pick(r, BODIES) : "");
      row.put("承办单位", pick(r, UNITS));
      row.put("签发人", pick(r, PERSONS));
      row.put("承办负责人", pick(r, PERSONS));
      row.put("承办人", pick(r, PERSONS));
      row.put("科室", pick(r, DEPARTMENTS));
      row.put("联系电话", pick(r, PHONES));
      row.put("答复日期", date(r));
      row.put("抄送", r.nextBoolean() ? "" : names(r));
      row.put("备注", pick(r, NOTES));
      row.put("附注", pick(r, NOTES));
      row.put("录入人", pick(r, PERSONS));
      row.put("其他", r.nextInt(3) == 0 ? "" : Integer.toString(r.nextInt(1000)));
      rows.add(row);
    }
    return rows;
  }

  /** The rows as CSV text with a header, every value quoted, CR LF line ends. */
  static String csv(List<Map<String, String>> rows) {
    StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (Map<String, String> row : rows) {
      boolean first = true;
      for (String c : COLUMNS) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        sb.append('"').append(row.get(c).replace("\"", "\"\"")).append('"');
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  /**
   * The rows with typed values, as maps from code or JDBC hold them: some item numbers as numbers,
   * some dates as dates, date-times, instants or serial numbers, some cells null or booleans.
   */
  static List<Map<String, Object>> typed(List<Map<String, String>> rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Map<String, String> row : rows) {
      Map<String, Object> m = new LinkedHashMap<>(row);
      switch (r.nextInt(8)) {
        case 0 -> m.put("答复日期", LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12),
            1 + r.nextInt(28)));
        case 1 -> m.put("答复日期", LocalDateTime.of(2021, 7, 6, r.nextInt(24), 0));
        case 2 -> m.put("答复日期", Instant.ofEpochSecond(1_625_500_000L));
        case 3 -> m.put("答复日期", 44383 + r.nextInt(100));
        case 4 -> m.put("答复日期", 44383.5 + r.nextInt(100));
        case 5 -> m.put("答复日期", new BigDecimal("44383.000"));
        case 6 -> m.put("答复日期", null);
        default -> { }
      }
      switch (r.nextInt(6)) {
        case 0 -> m.put("建议号", 100 + r.nextInt(300));
        case 1 -> m.put("建议号", 241.0);
        case 2 -> m.put("建议号", 241.5);
        default -> { }
      }
      switch (r.nextInt(6)) {
        case 0 -> m.put("其他", r.nextBoolean());
        case 1 -> m.put("其他", r.nextLong());
        case 2 -> m.put("其他", Double.NaN);
        case 3 -> m.put("其他", null);
        case 4 -> m.put("其他", new BigDecimal("1.50"));
        default -> { }
      }
      if (r.nextInt(10) == 0) {
        m.put("类别", null);
      }
      out.add(m);
    }
    return out;
  }

  /** The typed rows as JSON Lines (dates and instants as their text). */
  static String jsonLines(List<Map<String, Object>> rows) {
    ObjectMapper json = new ObjectMapper();
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> row : rows) {
      ObjectNode o = json.createObjectNode();
      row.forEach((k, v) -> {
        if (v == null) {
          o.putNull(k);
        } else if (v instanceof Boolean b) {
          o.put(k, b);
        } else if (v instanceof Integer x) {
          o.put(k, x);
        } else if (v instanceof Long x) {
          o.put(k, x);
        } else if (v instanceof Double x) {
          if (x.isNaN()) {
            o.put(k, "NaN");
          } else {
            o.put(k, x);
          }
        } else if (v instanceof BigDecimal x) {
          o.put(k, x);
        } else {
          o.put(k, v.toString());
        }
      });
      sb.append(o).append('\n');
    }
    return sb.toString();
  }
}
