package dev.govreply.legacy;

import dev.govreply.internal.Chars;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A mapping template such as {@code {承办单位}对{届次}第{建议号}号建议的答复}: literal text with
 * {@code {column}} placeholders, each replaced by the text of its column's cell. Braces cannot be
 * escaped; a placeholder is not empty and holds no '{'.
 *
 * <p><b>Text the value repeats is written once.</b> A value is written without the text it shares
 * with the template's literal text right around its placeholder: the longest start of the value
 * that ends the literal text before the placeholder, and then the longest end of the rest that
 * begins the literal text after it (what is left is trimmed). So {@code 第{建议号}号建议的答复}
 * writes the cells {@code 0156}, {@code 第0156}, {@code 0156号} and {@code 第0156号} all as
 * {@code 第0156号建议的答复}, {@code 对《{标题}》的答复} writes {@code 《关于…的建议》} as
 * {@code 对《关于…的建议》的答复}, and {@code 致{姓名}代表} writes {@code 张亮代表} as {@code 致张亮代表}.
 * Each value shortened so is reported ({@link Repeat}, which the mapper turns into a
 * {@code GR-LEG-004} finding). A value that is nothing but such text ({@code 号}, {@code 第号})
 * counts as empty. Only literal text next to the placeholder counts (not the values of other
 * placeholders), compared character by character: the rule knows no meaning, so a value that
 * happens to end with the start of the text after it is shortened too ({@code {姓名}名下} writes
 * the name {@code 李名} as {@code 李名下}) — the finding shows it.
 *
 * <p>Immutable and thread-safe. Filling a template takes time linear in the length of the values
 * and the literal text.
 */
final class Template {

  /**
   * A value written without template text it repeated.
   *
   * @param placeholder the index of the placeholder, from 0
   * @param column the placeholder's column
   * @param value the value as read (trimmed)
   * @param before the text of the value that the literal text before the placeholder ends with,
   *     or empty
   * @param after the text of the value that the literal text after the placeholder starts with,
   *     or empty
   */
  record Repeat(int placeholder, String column, String value, String before, String after) {}

  private final String text;
  /** The literal text before each placeholder, and after the last one: one more than columns. */
  private final String[] literals;
  /** The column of each placeholder, in order (a column may occur more than once). */
  private final String[] placeholders;
  /** The distinct columns, in order of first occurrence. */
  private final List<String> columns;

  private Template(String text, List<String> literals, List<String> placeholders) {
    this.text = text;
    this.literals = literals.toArray(new String[0]);
    this.placeholders = placeholders.toArray(new String[0]);
    Set<String> distinct = new LinkedHashSet<>(placeholders);
    this.columns = List.copyOf(distinct);
  }

  /**
   * Reads a template.
   *
   * @param text the template, e.g. {@code {承办单位}对第{建议号}号建议的答复}
   * @return the template
   * @throws IllegalArgumentException naming the index of a stray '}', an unclosed '{', an
   *     empty or nested placeholder, or a template without placeholder
   */
  static Template parse(String text) {
    Objects.requireNonNull(text, "template");
    List<String> literals = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    int i = 0;
    while (true) {
      int open = text.indexOf('{', i);
      int close = text.indexOf('}', i);
      if (close >= 0 && (open < 0 || close < open)) {
        throw new IllegalArgumentException("'}' without '{' at index " + close);
      }
      if (open < 0) {
        literals.add(text.substring(i));
        break;
      }
      literals.add(text.substring(i, open));
      int end = text.indexOf('}', open);
      if (end < 0) {
        throw new IllegalArgumentException("'{' without '}' at index " + open);
      }
      String name = text.substring(open + 1, end);
      if (name.isEmpty() || name.indexOf('{') >= 0) {
        throw new IllegalArgumentException("empty or nested placeholder at index " + open);
      }
      placeholders.add(name);
      i = end + 1;
    }
    if (placeholders.isEmpty()) {
      throw new IllegalArgumentException("a template must name a column in {braces}");
    }
    return new Template(text, literals, placeholders);
  }

  /** The template as written. */
  String text() {
    return text;
  }

  /** The columns the template names, in order, each once. */
  List<String> columns() {
    return columns;
  }

  /** How many placeholders the template has (a column named twice counts twice). */
  int size() {
    return placeholders.length;
  }

  /** The column of placeholder {@code i} (from 0). */
  String column(int i) {
    return placeholders[i];
  }

  /**
   * The template filled with {@code values}, each written without the template text it repeats
   * (see the class description).
   *
   * @param values the trimmed, non-empty text of each placeholder, by index
   * @param repeats told of each value written shorter
   * @return the text (not trimmed), or null when a value is nothing but template text
   */
  String fill(String[] values, Consumer<Repeat> repeats) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < placeholders.length; i++) {
      String before = literals[i];
      String after = literals[i + 1];
      String v = values[i];
      int head = overlap(before, v, v.length());
      int tail = overlap(v.substring(head), after, v.length() - head);
      if (head > 0 || tail > 0) {
        repeats.accept(new Repeat(i, placeholders[i], v, v.substring(0, head),
            v.substring(v.length() - tail)));
        v = Chars.strip(v.substring(head, v.length() - tail));
        if (v.isEmpty()) {
          return null;
        }
      }
      sb.append(before).append(v);
    }
    return sb.append(literals[placeholders.length]).toString();
  }

  /**
   * The length of the longest end of {@code a} that {@code b} starts with, at most {@code max}:
   * the failure function of the start of {@code b} run over the end of {@code a} (Knuth, Morris
   * and Pratt), linear in {@code max}.
   */
  static int overlap(String a, String b, int max) {
    int m = Math.min(max, Math.min(a.length(), b.length()));
    if (m == 0) {
      return 0;
    }
    // fail[j]: the length of the longest proper border of b[0, j + 1)
    int[] fail = new int[m];
    for (int j = 1, k = 0; j < m; j++) {
      while (k > 0 && b.charAt(j) != b.charAt(k)) {
        k = fail[k - 1];
      }
      if (b.charAt(j) == b.charAt(k)) {
        k++;
      }
      fail[j] = k;
    }
    int k = 0;
    for (int i = a.length() - m; i < a.length(); i++) {
      while (k > 0 && (k == m || a.charAt(i) != b.charAt(k))) {
        k = fail[k - 1];
      }
      if (a.charAt(i) == b.charAt(k)) {
        k++;
      }
    }
    return k;
  }
}
