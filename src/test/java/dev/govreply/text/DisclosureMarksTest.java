package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.conformance.CheckInput;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.findings.Finding;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import dev.govreply.model.Disclosure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Disclosure marks (公开属性) printed more than once: the same mark twice is one statement, marks
 * that differ leave the disclosure empty with a GR-TXT-044 finding naming both.
 */
class DisclosureMarksTest {

  private static final String DOCUMENT = """
      关于市十届人大二次会议第9号建议的答复
      某水函〔2023〕9号  B类  %s
      王五代表：
      您提出的建议收悉，现答复如下：
      已办。
      某某市水利局
      2023年7月1日
      %s
      """;

  private static List<Finding> conflicts(ReadResult r) {
    return r.report().findings().stream().filter(f -> f.ruleId().equals("GR-TXT-044")).toList();
  }

  @Test
  void conflictingMarksLeaveTheDisclosureEmptyWithAFindingNamingBoth() {
    ReadResult r = LayoutReaderTest.read(DOCUMENT.formatted("同意公开", "（此件不予公开）"));
    assertThat(r.reply().disclosure()).isEmpty();
    assertThat(conflicts(r)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).contains("disclosure");
      assertThat(f.span()).contains(SourceSpan.ofLine(8, 1, 9));
      assertThat(f.message()).contains("同意公开 (PUBLIC) at 2:18–2:22")
          .contains("（此件不予公开） (NOT_PUBLIC) at 8:1–8:9");
    });
    // nothing is lost: both marks are kept in the notes, and no line claims the empty field
    assertThat(r.reply().notes()).containsExactly("此件不予公开", "同意公开");
    assertThat(r.report().lines()).allSatisfy(l ->
        assertThat(l.targets()).doesNotContain("disclosure"));
  }

  /**
   * A bracketed mark whose closing bracket was lost in capture keeps all its words in the note; only
   * the opening bracket is markup (corpus hg 4224).
   */
  @Test
  void aMarkThatLostItsClosingBracketKeepsItsWords() {
    ReadResult r = LayoutReaderTest.read(DOCUMENT.formatted("", "（此件主动公开"));
    assertThat(r.reply().disclosure()).contains(Disclosure.PUBLIC);
    assertThat(r.reply().notes()).containsExactly("此件主动公开");
    assertThat(r.report().lines().get(7).markup()).containsExactly("（");
  }

  @Test
  void theSameMarkTwiceIsNoConflict() {
    ReadResult r = LayoutReaderTest.read(DOCUMENT.formatted("同意公开", "（此件主动公开）"));
    assertThat(r.reply().disclosure()).contains(Disclosure.PUBLIC);
    assertThat(conflicts(r)).isEmpty();
    assertThat(r.report().lines().get(1).targets()).contains("disclosure");
    assertThat(r.report().lines().get(1).markup()).contains("同意公开");
    assertThat(r.report().lines().get(7).targets()).contains("disclosure");
  }

  @Test
  void aMarkAfterTheTitleConflictsWithOneInTheHeader() {
    ReadResult r = LayoutReaderTest.read("""
        不予公开
        关于市十届人大二次会议第9号建议的答复（同意公开）
        王五代表：
        您提出的建议收悉，现答复如下：
        已办。
        """);
    assertThat(r.reply().disclosure()).isEmpty();
    assertThat(conflicts(r)).singleElement().satisfies(f -> assertThat(f.message())
        .contains("不予公开 (NOT_PUBLIC) at 1:1–1:5").contains("（同意公开） (PUBLIC) at 2:"));
  }

  @Test
  void pageMetadataDoesNotSettleAConflict() {
    ReadResult r = LayoutReaderTest.read("索引号: 123 | 公开方式: 主动公开 |\n"
        + DOCUMENT.formatted("依申请公开", "（此件主动公开）"));
    assertThat(r.reply().disclosure()).isEmpty();
    assertThat(conflicts(r)).hasSize(1);
    assertThat(LayoutReaderTest.rules(r)).doesNotContain("GR-TXT-043");
  }

  @Test
  void conformancePassesTheConflictThroughAsAWarning() {
    ReadResult r = LayoutReaderTest.read(DOCUMENT.formatted("同意公开", "（此件不予公开）"));
    ConformanceReport report = ReplyChecker.of(Profiles.find("lenient").orElseThrow()).check(
        CheckInput.of(r.reply()).withSource(r.report().locator(), r.report().findings()));
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("GR-TXT-044");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  /**
   * A disclosure statement printed as a sentence, with its full stop, on the line below the date
   * is the reply's disclosure (corpus cf 1604: 此件公开发布。 was left unplaced).
   */
  @Test
  void aStatementWithItsFullStopIsTheDisclosure() {
    ReadResult r = LayoutReaderTest.read(DOCUMENT.formatted("", "此件公开发布。"));
    assertThat(r.reply().disclosure()).contains(Disclosure.PUBLIC);
    assertThat(r.report().lines().get(7).targets()).contains("disclosure");
  }
}
