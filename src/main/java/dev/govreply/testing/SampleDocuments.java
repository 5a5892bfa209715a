package dev.govreply.testing;

import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The 33 real reply documents (答复) that govreply is tested on, published by government bodies
 * in 12 provinces and two national ministries and kept exactly as captured from public web pages
 * and a PDF (UTF-8 text with all their irregularities: ASCII punctuation, 【】 and [] brackets
 * around years, page metadata, truncated documents, traditional characters, a text flattened to
 * one line, a database record). Where each comes from is in
 * {@link #sources()}.
 *
 * <pre>{@code
 * for (String name : SampleDocuments.names()) {
 *   ReadResult read = SampleDocuments.read(name);
 *   assertThat(read).conformsTo("lenient");
 * }
 * }</pre>
 *
 * <p>The documents are resources of this library ({@code dev/govreply/testing/samples/}), read
 * from the class path or module path. Stateless and thread-safe.
 */
public final class SampleDocuments {
  private static final String DIR = "samples/";
  private static final List<String> NAMES = List.of(
      "00-pingjiang-xzf-jy241",
      "01-nangong-jtj-jy46",
      "02-maguan-jtj-jy64",
      "03-maguan-jtj-classC",
      "04-nanhua-jtj-ta55",
      "05-ahsc-jyj-ysyy41",
      "06-longling-jtj-trad",
      "07-tongguan-mzj-ta52",
      "08-dawa-wsj-jy009",
      "09-gaoping-wtj-jy71",
      "10-wuding-swj-ta-liulinbo",
      "11-zhenkang-swj-jy0076-TRUNC",
      "12-baqiao-gwh-jy129",
      "13-huaiyuan-jy-parking",
      "14-baoji-sthj-ta225-TRUNC",
      "15-panji-jj-ta54",
      "16-shangjie-gaj-ta138",
      "17-dandong-gaj-jy",
      "18-nanpiao-gafj-jy",
      "19-shizong-xzf-jy27",
      "20-zhejiang-jtt-wen36",
      "21-hunan-jtt-jy1418",
      "22-hainan-jtt-jy652042",
      "23-fujian-jtt-jy1172-repost",
      "24-guizhou-jtt-jy258-record",
      "25-ningshan-czj-jy141-TRUNC",
      "26-lixian-jtj-jy23",
      "27-pingjiang-jtj-jy82",
      "28-pingjiang-jtj-ya07",
      "29-yueyang-fgw-ta196",
      "30-moa-jy3134-TRUNC",
      "31-moa-ta04480-summary-TRUNC",
      "32-wanrong-xzfb-ta52224-trad");

  private SampleDocuments() {}

  /**
   * The names of the samples, sorted, e.g. {@code 00-pingjiang-xzf-jy241} (the founding document,
   * 平政字〔2024〕12号) and {@code 27-pingjiang-jtj-jy82} (numbered 平交复函[2017]19号).
   *
   * @return the 33 names, without the {@code .txt} extension
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The text of a sample, exactly as captured.
   *
   * @param name a name from {@link #names()}, with or without {@code .txt}, or its two-digit
   *     prefix such as {@code 27}
   * @return the text
   * @throws IllegalArgumentException for an unknown name; the message lists the names
   */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /**
   * A sample read with {@link ReplyTextReader#standard()}: the reply and the read report, whose
   * locator gives source spans.
   *
   * @param name a name as for {@link #text(String)}
   * @return what the reader read
   * @throws IllegalArgumentException for an unknown name
   */
  public static ReadResult read(String name) {
    return ReplyTextReader.standard().read(bytes(name));
  }

  /**
   * The SOURCES.md file of the samples: where each document was published and how its text
   * differs from a clean layout.
   *
   * @return the Markdown text
   */
  public static String sources() {
    return new String(resource("SOURCES.md"), StandardCharsets.UTF_8);
  }

  /**
   * The full name of a sample.
   *
   * @param name the number ({@code 27}), the file name ({@code 27-pingjiang-jtj-jy82.txt}) or the
   *     full name
   * @return the full name, e.g. {@code 27-pingjiang-jtj-jy82}
   * @throws IllegalArgumentException for an unknown name
   */
  public static String resolve(String name) {
    Objects.requireNonNull(name, "name");
    String n = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    if (NAMES.contains(n)) {
      return n;
    }
    if (n.length() == 2) {
      for (String candidate : NAMES) {
        if (candidate.startsWith(n + "-")) {
          return candidate;
        }
      }
    }
    throw new IllegalArgumentException("no sample document \"" + name + "\"; known: " + NAMES);
  }

  private static byte[] bytes(String name) {
    return resource(resolve(name) + ".txt");
  }

  private static byte[] resource(String file) {
    try (InputStream in = SampleDocuments.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DIR + file + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
