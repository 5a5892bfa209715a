package dev.govreply.text;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The findings of the layout reader (rule IDs GR-TXT-001 to GR-TXT-099): WARNING for deviations
 * from the canonical layout, INFO for harmless capture artifacts. Every rule has a title and a
 * message in English (its description) and Chinese in the rules bundles of {@code
 * dev.govreply.findings} ({@code ReaderRuleMessagesTest}).
 */
final class TextRules {
  private TextRules() {}

  /** A rule: its ID, severity and one-line description. */
  record Rule(String id, Severity severity, String description) {}

  static final Rule DOCNO_BRACKET = rule("GR-TXT-001", Severity.WARNING,
      "document number year not in hexagonal brackets 〔〕 ([2017], 【2024】, ﹝2019﹞, (2020))");
  static final Rule DOCNO_PADDED = rule("GR-TXT-002", Severity.WARNING,
      "document number serial zero-padded (05号) or preceded by 第");
  static final Rule DOCNO_CLASS_GLUED = rule("GR-TXT-003", Severity.WARNING,
      "result class glued to the document number (19号B类)");
  static final Rule DOCNO_FROM_PAGE = rule("GR-TXT-004", Severity.INFO,
      "document number taken from web-page context (brackets after a web title, 文号 metadata)");
  static final Rule DOCNO_MALFORMED = rule("GR-TXT-005", Severity.WARNING,
      "text shaped like a document number could not be read; kept as unrecognized text");
  static final Rule DOCNO_CONFLICT = rule("GR-TXT-006", Severity.WARNING,
      "the heading of the page prints another document number than the letter; "
          + "the letter keeps its own");
  static final Rule TITLE_SPLIT = rule("GR-TXT-010", Severity.INFO,
      "title broken over several lines; joined");
  static final Rule TITLE_SPACED = rule("GR-TXT-011", Severity.INFO,
      "layout spaces inside the title (答 复); removed");
  static final Rule TITLE_WEB_COPY = rule("GR-TXT-012", Severity.INFO,
      "web title repeated above the official title; kept as page metadata");
  static final Rule TITLE_CLASS = rule("GR-TXT-013", Severity.WARNING,
      "result class appended to the title ((B)); belongs beside the document number");
  static final Rule TITLE_MISSING = rule("GR-TXT-014", Severity.WARNING,
      "no title (…的答复) found");
  static final Rule TITLE_PAGE_DATE = rule("GR-TXT-015", Severity.INFO,
      "the page's date printed after the title on its line; kept as consumed markup");
  static final Rule ISSUER_FROM_SIGNATURE = rule("GR-TXT-020", Severity.WARNING,
      "issuer not printed in the header or title; taken from the signature");
  static final Rule ISSUER_CONFLICT = rule("GR-TXT-021", Severity.WARNING,
      "a second, different issuer line in the header; kept as unrecognized text");
  static final Rule ISSUER_FULLER_IN_SIGNATURE = rule("GR-TXT-022", Severity.INFO,
      "the signature names the issuer more fully than the header or title; taken from the"
          + " signature");
  static final Rule ISSUER_ONLY_CONTACT_UNIT = rule("GR-TXT-023", Severity.INFO,
      "no issuer printed; the unit to contact (联系单位) names a body, left for a person to confirm");
  static final Rule ISSUER_FROM_HANDLING_UNIT = rule("GR-TXT-024", Severity.INFO,
      "issuer not printed in the header, title or signature; taken from the handling unit"
          + " (承办单位, 答复单位) the closing names");
  static final Rule ADDRESSEE_NO_COLON = rule("GR-TXT-030", Severity.WARNING,
      "salutation without colon");
  static final Rule ADDRESSEE_RUN_ON = rule("GR-TXT-031", Severity.WARNING,
      "salutation and body on one line; split");
  static final Rule ADDRESSEE_MISSING = rule("GR-TXT-032", Severity.WARNING,
      "no salutation (X代表：) found");
  static final Rule ASCII_COLON = rule("GR-TXT-033", Severity.INFO,
      "ASCII colon ':' where the layout has the full-width '：'");
  static final Rule ADDRESSEE_NAMES_RUN_TOGETHER = rule("GR-TXT-034", Severity.WARNING,
      "two names of the salutation's list printed without their separator (张汉修宋元俊, 刘燕并陈红莲);"
          + " read as two, to be checked");
  static final Rule CLASS_CATEGORY = rule("GR-TXT-040", Severity.INFO,
      "类别 gives a category (提案/建议), not a result class");
  static final Rule CLASS_MALFORMED = rule("GR-TXT-041", Severity.WARNING,
      "result class value not recognised");
  static final Rule CLASS_CONFLICT = rule("GR-TXT-042", Severity.WARNING,
      "result class stated twice with different values; the first is kept");
  static final Rule DISCLOSURE_FROM_PAGE = rule("GR-TXT-043", Severity.INFO,
      "disclosure taken from web-page metadata (公开方式), the document does not state it");
  static final Rule DISCLOSURE_CONFLICT = rule("GR-TXT-044", Severity.WARNING,
      "disclosure stated twice with different values (同意公开 and （此件不予公开））; left empty, "
          + "the marks kept in notes");
  static final Rule SESSION_MALFORMED = rule("GR-TXT-050", Severity.WARNING,
      "session text could not be read");
  static final Rule SESSION_FULLER = rule("GR-TXT-051", Severity.INFO,
      "session printed differently in title and opening; the fuller form is kept");
  static final Rule MOTION_TITLE_UNQUOTED = rule("GR-TXT-052", Severity.INFO,
      "motion title cited without 《》 in the opening");
  static final Rule MOTION_FROM_WEB_TITLE = rule("GR-TXT-053", Severity.INFO,
      "motion number or session taken from the web title; the document itself does not cite them");
  static final Rule MOTION_NUMBER_CONFLICT = rule("GR-TXT-054", Severity.WARNING,
      "the document cites another item number than the one read (the number the title itself"
          + " cites comes first)");
  static final Rule MOTION_TITLE_CONFLICT = rule("GR-TXT-055", Severity.WARNING,
      "the title's brackets name the item in other words than the wording taken");
  static final Rule MOTION_KIND_CONFLICT = rule("GR-TXT-056", Severity.WARNING,
      "the opening names the item by another kind than its own title ends in, the one the"
          + " addressee raises; the kind is left empty");
  // a missing signature or date is a gap in the content, not a layout deviation: the text states
  // what the reply has; whether the reply must have it is graded by GR-REQ-007 / GR-REQ-008
  static final Rule SIGNATURE_MISSING = rule("GR-TXT-060", Severity.INFO,
      "no signature (发文机关署名) found (graded as GR-REQ-007 by conformance)");
  static final Rule DATE_MISSING = rule("GR-TXT-061", Severity.INFO,
      "no date (成文日期) found (graded as GR-REQ-008 by conformance)");
  static final Rule DATE_FORM = rule("GR-TXT-062", Severity.WARNING,
      "date not written as yyyy年M月d日 in Arabic digits (20241018, 二〇二四年…, zero-padded)");
  static final Rule DATE_INVALID = rule("GR-TXT-063", Severity.WARNING,
      "date-shaped text is not a valid date; kept as unrecognized text");
  static final Rule CONTACT_BEFORE_SIGNATURE = rule("GR-TXT-070", Severity.INFO,
      "contact block printed before the signature (canonical: after the date)");
  static final Rule PHONE_MALFORMED = rule("GR-TXT-071", Severity.WARNING,
      "phone number could not be read; kept in notes");
  static final Rule PHONE_BEFORE_NAME = rule("GR-TXT-072", Severity.INFO,
      "phone printed before the contact it belongs to");
  static final Rule LABEL_SPACED = rule("GR-TXT-073", Severity.INFO,
      "layout spaces inside a label (负 责 人, 抄 送)");
  static final Rule COPY_TO_PERIOD = rule("GR-TXT-074", Severity.INFO,
      "copy-to list closed with an ASCII '.' instead of 。 (the 。 itself is canonical)");
  static final Rule PAGE_METADATA = rule("GR-TXT-080", Severity.INFO,
      "web-page metadata (索引号, 发布机构, 公开方式…); kept as a page-metadata block");
  static final Rule UNKNOWN_TEXT = rule("GR-TXT-081", Severity.WARNING,
      "text outside the body that could not be placed; kept as unrecognized text");
  static final Rule GLOSSES = rule("GR-TXT-082", Severity.INFO,
      "inserted pinyin glosses (萬(wàn)); kept verbatim, ignored for matching");
  static final Rule CHARSET_GUESSED = rule("GR-TXT-090", Severity.INFO,
      "charset not given and no byte order mark, and the bytes are not UTF-8: decoded as GB18030 "
          + "or Big5, whichever the bytes are valid in and gives more common hanzi of its own "
          + "script; give the charset if the text reads wrong");
  static final Rule BODY_FAILED = rule("GR-TXT-098", Severity.WARNING,
      "the body recogniser failed; the body's lines are kept as unrecognized text");
  static final Rule READER_FAILED = rule("GR-TXT-099", Severity.WARNING,
      "the layout reader failed on this text; all lines are kept as unrecognized text");

  private static Map<String, Rule> all;

  private static Rule rule(String id, Severity severity, String description) {
    Rule r = new Rule(id, severity, description);
    if (all == null) {
      all = new LinkedHashMap<>();
    }
    all.put(id, r);
    return r;
  }

  /** The longest text found that a finding keeps as its argument; longer is cut, with …. */
  static final int MAX_ARGUMENT = 40;

  /**
   * Adds a finding of rule {@code r} about {@code [start, end)} of {@code line}'s text, with the
   * English {@code message}; the text found there (at most {@value #MAX_ARGUMENT} characters) is
   * the finding's argument, which the rule's Chinese message may name ({@code Rules_zh_CN}).
   */
  static void report(ReadContext ctx, Rule r, String message, String path, Line line, int start,
      int end, String fix) {
    int s = Math.max(0, Math.min(start, line.text().length()));
    int e = Math.max(s, Math.min(end, line.text().length()));
    Finding f = Finding.of(r.id(), r.severity(), message, path,
        SourceSpan.ofLine(line.number(), line.column() + s, line.column() + e));
    String found = line.text().substring(s, e).strip();
    if (found.codePointCount(0, found.length()) > MAX_ARGUMENT) {
      found = found.substring(0, found.offsetByCodePoints(0, MAX_ARGUMENT - 1)) + "…";
    }
    f = found.isEmpty() ? f : f.withArguments(found);
    ctx.finding(fix == null ? f : f.withFix(fix));
  }

  /** All rules by ID, in ID order. */
  static Map<String, Rule> all() {
    return java.util.Collections.unmodifiableMap(all);
  }
}
