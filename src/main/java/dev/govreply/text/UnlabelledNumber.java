package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MalformedValueException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The document number a web page prints whole as a value that no label of the page names as
 * one: the document's number where no label (文号, 发文字号) names one. Two places hold it:
 *
 * <ul>
 *   <li>the value of the label of the text's source (来源:个住建函〔2019〕55号), or of a label of the
 *       number that the capture cut to its end (号: 楚市水复〔2020〕38号, 文 lost), that ends its line
 *       or cell or runs up to the next label; not the value of any other label, which may name
 *       another document (下一篇: 某水复〔2023〕56号 关于…, 相关链接: …);
 *   <li>a portal's list of the page's values printed without their labels (• 富民复〔2021〕17号),
 *       known by the page's index number among them (• 015158708/2022-07268): not a list of
 *       related documents, which has none.
 * </ul>
 *
 * <p>Either place gives a number only when all the numbers it holds are the same one.
 */
final class UnlabelledNumber {
  /** The labels of where the page's text comes from, whose value may be the document's number. */
  private static final Set<String> SOURCE_LABELS = Set.of("来源", "信息来源", "文章来源", "来源于");

  /**
   * The ends of the labels that name a document number, as a capture that lost the label's first
   * characters prints them (号 of 文号, 字号 of 发文字号), where they name no other label.
   */
  private static final Set<String> CUT_LABELS = cutLabels();

  private static Set<String> cutLabels() {
    Set<String> ends = new HashSet<>();
    for (String label : MetadataLabel.supplying()) {
      if (MetadataLabel.named(label).supplies() == MetadataLabel.Supplies.DOCUMENT_NUMBER) {
        for (int i = 1; i < label.length(); i++) {
          if (MetadataLabel.named(label.substring(i)) == null) {
            ends.add(label.substring(i));
          }
        }
      }
    }
    return Set.copyOf(ends);
  }

  /**
   * The value of a page's index number (索引号) as portals print it: the code of the publishing
   * body, a slash, the year and a serial (11500224745325555K/2024-00106, 015158708/2022-07268).
   */
  private static final Pattern INDEX_NUMBER = Pattern.compile("[0-9A-Za-z-]{6,}/\\d{4}-\\d{3,}");

  private final Found afterLabel = new Found();
  private final Found listed = new Found();
  /** Whether a portal's list of values without labels printed the page's index number. */
  private boolean listHasIndex;

  /** Reads the compact key {@code k} of a line of the page's metadata. */
  void read(String k) {
    int at = Chars.skipBlanks(k, 0);
    if (at < k.length() && PageFurniture.BULLETS.indexOf(k.charAt(at)) >= 0
        && k.indexOf(':') < 0) {
      String item = k.substring(at + 1).strip();
      listHasIndex |= INDEX_NUMBER.matcher(item).matches();
      listed.offer(item);
      return;
    }
    for (int colon = k.indexOf(':'); colon >= 0; colon = k.indexOf(':', colon + 1)) {
      String label = Chars.removeBlanks(wordBefore(k, colon));
      if (!SOURCE_LABELS.contains(label) && !CUT_LABELS.contains(label)) {
        continue;
      }
      int start = Chars.skipBlanks(k, colon + 1);
      int end = wordEnd(k, start);
      int next = Chars.skipBlanks(k, end);
      int colonAfter = k.indexOf(':', next); // the next word a label's: 发布日期:2019-12-06
      if (next == k.length() || k.charAt(next) == '|'
          || colonAfter >= 0 && colonAfter < wordEnd(k, next)) {
        afterLabel.offer(k.substring(start, end));
      }
    }
  }

  /** The document's number this page prints without its label, or null. */
  DocumentNumber number() {
    DocumentNumber n = afterLabel.number();
    return n != null ? n : listHasIndex ? listed.number() : null;
  }

  /** The word of {@code k} that ends at {@code end}: back to a blank, a colon or a cell border. */
  private static String wordBefore(String k, int end) {
    int start = end;
    while (start > 0 && !boundary(k.charAt(start - 1))) {
      start--;
    }
    return k.substring(start, end);
  }

  /** Where the word of {@code k} that starts at {@code from} ends: at a blank or a cell border. */
  private static int wordEnd(String k, int from) {
    int i = from;
    while (i < k.length() && !Chars.isBlank(k.charAt(i)) && k.charAt(i) != '|') {
      i++;
    }
    return i;
  }

  private static boolean boundary(char c) {
    return Chars.isBlank(c) || c == ':' || c == '|';
  }

  /** The numbers one place holds: one number, or none when they differ. */
  private static final class Found {
    private DocumentNumber number;
    private boolean differ;

    /**
     * Notes {@code value} when it is a document number whole ({@link LineMarks#DOCUMENT_NUMBER}:
     * nothing before or after it), not one that starts with a page's label glued to it
     * (来源个住建函〔2019〕55号).
     */
    void offer(String value) {
      if (!LineMarks.DOCUMENT_NUMBER.matcher(value).matches()
          || PageMetadata.LABELS_AT.startOf(value)) {
        return;
      }
      try {
        DocumentNumber n = DocumentNumber.parse(value);
        differ |= number != null && !number.equals(n);
        number = n;
      } catch (MalformedValueException e) {
        // metadata only supplies values it states well
      }
    }

    DocumentNumber number() {
      return differ ? null : number;
    }
  }
}
