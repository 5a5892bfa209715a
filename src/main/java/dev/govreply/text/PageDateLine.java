package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a web page prints with a letter: when the page published it, not the letter's date,
 * which the letter prints at its end.
 *
 * <ul>
 *   <li>Anywhere on the page, a line that starts with a date, perhaps after the page's label of
 *       it and perhaps with its time, then one of the page's labels that supply no field of the
 *       reply ({@code 2021-08-17 来源:生态环境部}, {@code 2022-06-20 点击数:}, {@code
 *       时间:2017-9-7阅读:340}): {@link #is}.
 *   <li>Above the letter's salutation, a line that starts with a whole date after the page's label
 *       of it, or with a date in digits alone ({@code 日期:2024-06-07}, {@code 时间:2022-04-02 09:41:29 来源:…},
 *       {@code 2017-12-15 00:00:00 行政公署办公室 点击:[] 打印}, {@code 2023-07-19} below the
 *       title): {@link #aboveTheLetter}.
 * </ul>
 */
final class PageDateLine {
  private PageDateLine() {}

  /** A time of day as a page prints it after its date: 10:03, 11:05:47 (key form). */
  private static final Pattern TIME = Pattern.compile("\\s*\\d{1,2}:\\d{2}(?::\\d{2})?");

  /**
   * The labels of a page's date line, with their colon: the page's labels that supply no field and
   * label no mark of the letter (来源, 作者, 点击数; not 公开方式, 文号 or 分类, which a letter's own
   * date line may carry).
   */
  private static final Words DATE_LINE_LABELS = Words.of(MetadataLabel.ofThePage().stream()
      .filter(l -> !MetadataLabel.supplying().contains(l)
          && !MetadataLabel.labellingMarksToo().contains(l))
      .map(label -> label + ":").toList());

  /** The page's label of its date, with its colon (key form): 日期:, 时间:, 发布时间:, 发表日期:. */
  private static final Pattern DATE_LABEL =
      Pattern.compile("(?:发\\s*[布表]\\s*)?(?:日\\s*期|时\\s*间)\\s*:\\s*");

  /**
   * Whether {@code line} is the page's date line: a date first (2021-08-17, 2025年07月16日),
   * perhaps after the page's label of it ({@link #DATE_LABEL}: 时间:) and perhaps with its time
   * (10:03), then one of the {@link #DATE_LINE_LABELS} (2021-08-17 来源:生态环境部, 2022-06-20 点击数:,
   * 时间:2017-9-7阅读:340).
   */
  static boolean is(Line line) {
    String key = line.key();
    int labelAt = afterLabelledDate(key);
    return labelAt >= 0 && DATE_LINE_LABELS.startOf(Chars.removeBlanks(key.substring(labelAt)));
  }

  /**
   * Where what follows the date that starts the key {@code key} (after blanks), and its time if
   * printed (2024-05-31 10:03), begins; -1 when the key starts with no date.
   */
  static int afterDate(String key) {
    return afterDate(key, Chars.skipBlanks(key, 0));
  }

  /**
   * Where what follows the date that starts the key {@code key} (after blanks and perhaps the
   * page's label of its date, {@link #DATE_LABEL}: 发布日期:2024-05-31), and its time if printed,
   * begins; -1 when the key starts with no date.
   */
  static int afterLabelledDate(String key) {
    int at = Chars.skipBlanks(key, 0);
    Matcher label = DATE_LABEL.matcher(key).region(at, key.length());
    return afterDate(key, label.lookingAt() ? label.end() : at);
  }

  /**
   * Where what follows the date that starts at {@code from} in the key {@code key}, and its time
   * if printed, begins; -1 when no date starts there.
   */
  private static int afterDate(String key, int from) {
    DateText.Found date = DateText.inKey(key);
    if (date == null || date.start() != from) {
      return -1;
    }
    Matcher time = TIME.matcher(key).region(date.end(), key.length());
    return time.lookingAt() ? time.end() : date.end();
  }

  /**
   * Whether {@code line}, above the letter's salutation and not read as any part of the letter,
   * is the page's date: a short line that starts with a whole date after the page's label of it
   * ({@link #DATE_LABEL}), or with a date in digits alone (2023-07-19, as pages print theirs; a
   * letter writes 年 月 日), whatever the page prints after it (its time, its publisher, its
   * counters).
   */
  static boolean aboveTheLetter(Line line) {
    if (!Chars.weightAtMost(line.text(), 60)) {
      return false; // a paragraph, not a page's line
    }
    String key = line.key();
    int at = Chars.skipBlanks(key, 0);
    Matcher label = DATE_LABEL.matcher(key).region(at, key.length());
    boolean labelled = label.lookingAt();
    if (labelled) {
      at = label.end();
    }
    DateText.Found date = DateText.inKey(key);
    return date != null && date.date() != null && date.start() == at
        && (labelled || key.substring(date.start(), date.end()).indexOf('年') < 0);
  }
}
