package dev.govreply.legacy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N synthetic ledger rows in the shape of {@code examples/legacy/ledger-2021.csv} (same
 * header, multi-line quoted bodies, the date forms offices use), about 2% of them defective (a bad
 * phone, an empty date, an impossible date), for scale tests and the import benchmark.
 * Deterministic for a seed; streams, so any N fits in memory.
 *
 * <pre>
 * java -cp … dev.govreply.legacy.LedgerRowsGenerator 1000000 /tmp/ledger-1m.csv [seed]
 * </pre>
 */
public final class LedgerRowsGenerator {
  private LedgerRowsGenerator() {}

  static final String HEADER = "序号,文号,类别,公开属性,代表姓名,建议号,届次,建议标题,答复内容,承办单位,承办负责人,"
      + "承办人,联系电话,答复日期,录入人,备注";

  private static final String[] UNITS = {"平江县交通运输局", "平江县教育局", "平江县卫生健康局", "平江县水利局"};
  private static final String[] CODES = {"平交复函", "平教函", "平卫健函", "平水函"};
  private static final String[] NAMES = {"张亮", "李明", "王爱珍", "陈刚", "刘芳", "周丽", "马青、周丽",
      "童勋海等10位代表", "黄强", "何平"};
  private static final String[] TOPICS = {"农村公路提质改造", "城区停车秩序", "城乡公交线路", "乡村学校建设",
      "基层医疗服务", "山塘水库除险加固", "农村饮水安全", "校车安全管理"};
  private static final String[] CLASSES = {"A", "B", "C", "A2", "乙类"};
  private static final String[] DISCLOSURES = {"同意公开", "依申请公开", "主动公开", "不予公开"};

  /** Writes {@code n} rows (and the header) to {@code file} as UTF-8 with CRLF line ends. */
  public static void write(Path file, long n, long seed) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(w, n, seed);
    }
  }

  /** Writes {@code n} rows (and the header). */
  public static void write(Writer w, long n, long seed) throws IOException {
    Random rnd = new Random(seed);
    w.write(HEADER);
    w.write("\r\n");
    StringBuilder sb = new StringBuilder(512);
    for (long i = 1; i <= n; i++) {
      int u = rnd.nextInt(UNITS.length);
      String topic = TOPICS[rnd.nextInt(TOPICS.length)];
      String title = "关于加强" + topic + "的建议";
      int year = 2018 + rnd.nextInt(6);
      int serial = 1 + rnd.nextInt(400);
      int month = 1 + rnd.nextInt(12);
      int day = 1 + rnd.nextInt(28);
      int defect = rnd.nextInt(100);
      String number = defect == 3 ? CODES[u] + "[" + year + "]" + serial + "号"
          : defect == 4 ? CODES[u] + "〔" + year + "〕0" + serial + "号"
          : CODES[u] + "〔" + year + "〕" + serial + "号";
      String date;
      switch (rnd.nextInt(5)) {
        case 0: date = year + "-" + pad(month) + "-" + pad(day); break;
        case 1: date = year + "/" + month + "/" + day; break;
        case 2: date = year + "" + pad(month) + pad(day); break;
        case 3: date = Long.toString(java.time.LocalDate.of(year, month, day).toEpochDay()
            - LedgerDate.SERIAL_EPOCH.toEpochDay()); break;
        default: date = year + "年" + month + "月" + day + "日";
      }
      String phone = "0730-62" + (10000 + rnd.nextInt(89999));
      if (defect == 0) {
        phone = "0730-622";
      } else if (defect == 1) {
        date = "";
      } else if (defect == 2) {
        date = year + "-13-01";
      }
      sb.setLength(0);
      sb.append(i).append(',').append(number).append(',')
          .append(CLASSES[rnd.nextInt(CLASSES.length)]).append(',')
          .append(DISCLOSURES[rnd.nextInt(DISCLOSURES.length)]).append(',')
          .append(NAMES[rnd.nextInt(NAMES.length)]).append(',')
          .append(100 + rnd.nextInt(300)).append(",岳阳市九届人大四次会议,").append(title).append(",\"")
          .append("您提出的《").append(title).append("》收悉，现答复如下：\n一、").append(topic)
          .append("工作已列入年度重点任务，今年计划投入资金").append(100 + rnd.nextInt(900))
          .append("万元。\n二、建立健全长效机制，加强督促检查。\n感谢您对我们工作的关心和支持。\",")
          .append(UNITS[u]).append(",朱远,何勇,").append(phone).append(',').append(date)
          .append(",李娟,").append(defect == 5 ? "\"备注,含逗号\"" : "").append("\r\n");
      w.append(sb);
    }
  }

  private static String pad(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  /**
   * Writes a CSV of N rows.
   *
   * @param args N, the output file, and optionally the seed (default 1)
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: LedgerRowsGenerator N FILE [SEED]");
      System.exit(2);
    }
    long n = Long.parseLong(args[0]);
    write(Path.of(args[1]), n, args.length > 2 ? Long.parseLong(args[2]) : 1);
  }
}
