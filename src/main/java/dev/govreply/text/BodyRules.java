package dev.govreply.text;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;

/**
 * The findings of the body reader (GR-TXT-100 to GR-TXT-199): what it changed while reading the
 * body, and where the body deviates from the canonical layout.
 *
 * <table>
 *   <caption>Body findings</caption>
 *   <tr><th>id</th><th>severity</th><th>meaning</th></tr>
 *   <tr><td>GR-TXT-101</td><td>INFO</td><td>spaces between Chinese and digits/Latin removed</td></tr>
 *   <tr><td>GR-TXT-102</td><td>INFO</td><td>bold markers ** removed</td></tr>
 *   <tr><td>GR-TXT-103</td><td>INFO</td><td>letter-spaced text closed up (此 致)</td></tr>
 *   <tr><td>GR-TXT-104</td><td>WARNING</td><td>measure numbering not contiguous</td></tr>
 *   <tr><td>GR-TXT-105</td><td>WARNING</td><td>point or item numbering not contiguous</td></tr>
 *   <tr><td>GR-TXT-106</td><td>INFO</td><td>opening run together with the text after it</td></tr>
 *   <tr><td>GR-TXT-107</td><td>WARNING</td><td>no opening formula (…收悉…现答复如下)</td></tr>
 *   <tr><td>GR-TXT-109</td><td>INFO</td><td>numbered items outside a measure kept as text</td></tr>
 *   <tr><td>GR-TXT-110</td><td>INFO</td><td>body has no closing formula</td></tr>
 *   <tr><td>GR-TXT-111</td><td>INFO</td><td>a measure run together with the one before it</td></tr>
 * </table>
 */
enum BodyRules {
  SPACES_REMOVED("GR-TXT-101", Severity.INFO,
      "spaces between Chinese and digits or Latin letters removed (PDF artifact)"),
  BOLD_MARKERS("GR-TXT-102", Severity.INFO, "bold markers ** removed"),
  LETTER_SPACING("GR-TXT-103", Severity.INFO, "letter-spaced text closed up"),
  MEASURE_NUMBERING("GR-TXT-104", Severity.WARNING, "measure numbering is not contiguous"),
  POINT_NUMBERING("GR-TXT-105", Severity.WARNING, "point numbering is not contiguous"),
  OPENING_RUN_IN("GR-TXT-106", Severity.INFO,
      "the opening runs on into the following text on one line; split after 如下"),
  NO_OPENING("GR-TXT-107", Severity.WARNING,
      "the body does not begin with an opening formula (您提出的《…》收悉，现答复如下)"),
  ITEMS_OUTSIDE_MEASURE("GR-TXT-109", Severity.INFO,
      "numbered items outside a measure are kept as text of the paragraph"),
  NO_CLOSING("GR-TXT-110", Severity.INFO,
      "the body has no closing formula (感谢您…关心和支持 / 特此答复)"),
  MEASURE_RUN_IN("GR-TXT-111", Severity.INFO,
      "a measure runs on after the end of the one before on one line; split before its number");

  private final String id;
  private final Severity severity;
  private final String message;

  BodyRules(String id, Severity severity, String message) {
    this.id = id;
    this.severity = severity;
    this.message = message;
  }

  String id() {
    return id;
  }

  Severity severity() {
    return severity;
  }

  String message() {
    return message;
  }

  /**
   * Records this rule's finding on {@code [start, end)} of {@code p} at {@code path} (the body
   * when null), with the fix {@code fix} if any; nothing for an empty paragraph.
   */
  void report(ReadContext ctx, String path, Para p, int start, int end, String fix) {
    if (p.length() == 0) {
      return;
    }
    Finding f = Finding.of(id(), severity(), message(), path == null ? "body" : path,
        p.span(start, end));
    ctx.finding(fix == null ? f : f.withFix(fix));
  }
}
