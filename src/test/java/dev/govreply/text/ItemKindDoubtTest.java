package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.model.MotionKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The kind of the item answered where the opening names it by one word and the item's own title
 * ends in another (《关于…的建议》的提案): offices write both, and corpus sets annotated by hand split
 * on which is the slip (m 333 and du 2425 took 提案, ca 1502 and fv 3481 建议). Where the salutation
 * sides with the title's word, the kind is left empty with a finding; where it sides with the
 * opening's, or names no role, the opening's word stands; where the session the item was raised
 * at is cited by the reply's title and sides with the title's word, it decides (reviews P1, Q1).
 */
class ItemKindDoubtTest {
  private static Optional<MotionKind> kind(ReadResult r) {
    return r.reply().motion().flatMap(m -> m.kind());
  }

  @Test
  void aDeputyAskedOfAProposalTitledSuggestionIsLeftForAPerson() {
    ReadResult r = LayoutReaderTest.read("王书玲代表:\n"
        + "您提出的《关于整治农村陈规陋习和铺张浪费的建议》的提案收悉,现将办理结果答复如下:\n已办。\n");
    assertThat(kind(r)).isEmpty();
    assertThat(r.reply().motion().flatMap(m -> m.title())).contains("关于整治农村陈规陋习和铺张浪费的建议");
    Finding f = r.report().findings().stream().filter(x -> x.ruleId().equals("GR-TXT-056"))
        .findFirst().orElseThrow();
    assertThat(f.message()).contains("提案", "建议", "代表");
    assertThat(f.span()).hasValueSatisfying(span -> assertThat(span.startLine()).isEqualTo(2));
    assertThat(f.path()).contains("motion.kind");
    assertThat(r.report().provenance()).doesNotContainKey("motion.kind");
  }

  @Test
  void aMemberAskedOfASuggestionTitledProposalIsLeftForAPerson() {
    ReadResult r = LayoutReaderTest.read("李盛姣委员:\n"
        + "您提出的《关于加快中心城区充电桩建设的提案》的建议收悉,现答复如下:\n已办。\n");
    assertThat(kind(r)).isEmpty();
    assertThat(r.report().findings()).extracting(Finding::ruleId).contains("GR-TXT-056");
  }

  /** The salutation sides with the opening's word: no doubt, the opening's word is the kind. */
  @Test
  void aMemberAskedOfAProposalTitledSuggestionKeepsTheProposal() {
    ReadResult r = LayoutReaderTest.read("赖辰昀委员:\n"
        + "您提出的《关于重视母婴室建设的建议》的提案收悉,现答复如下:\n已办。\n");
    assertThat(kind(r)).contains(MotionKind.PROPOSAL);
    assertThat(r.report().findings()).extracting(Finding::ruleId).doesNotContain("GR-TXT-056");
  }

  /** A title that names the kind decides it; the opening's words are not weighed. */
  @Test
  void aTitleNamingTheKindDecides() {
    ReadResult r = LayoutReaderTest.read("关于县十七届人大二次会议第44号建议的答复\n\n王书玲代表:\n"
        + "您提出的《关于整治农村陈规陋习和铺张浪费的建议》的提案收悉,现答复如下:\n已办。\n");
    assertThat(kind(r)).contains(MotionKind.SUGGESTION);
    assertThat(r.report().findings()).extracting(Finding::ruleId).doesNotContain("GR-TXT-056");
  }

  /** No salutation, no role to weigh: the opening's word stands. */
  @Test
  void withoutARoleTheOpeningsWordStands() {
    ReadResult r = LayoutReaderTest.read(
        "您提出的《关于整治农村陈规陋习和铺张浪费的建议》的提案收悉,现将办理结果答复如下:\n已办。\n");
    assertThat(kind(r)).contains(MotionKind.PROPOSAL);
  }

  /** The title cites a CPPCC session: a 委员's item titled …的提案 is a proposal (review P1). */
  @Test
  void aSessionInTheTitleDecides() {
    ReadResult r = LayoutReaderTest.read("关于区政协九届四次会议第67号的答复\n\n李盛姣委员:\n"
        + "您提出的《关于加快充电桩建设的提案》的建议收悉,现答复如下:\n已办。\n");
    assertThat(kind(r)).contains(MotionKind.PROPOSAL);
    assertThat(r.report().findings()).extracting(Finding::ruleId).doesNotContain("GR-TXT-056");
  }

  /**
   * A session only the opening cites decides nothing: it may be another meeting's, or read inside
   * the item's own title (review Q1).
   */
  @Test
  void aSessionInTheOpeningAloneDecidesNothing() {
    ReadResult r = LayoutReaderTest.read("王书玲代表:\n您在县第十七届人大二次会议上提出的"
        + "《关于整治农村陈规陋习和铺张浪费的建议》的提案收悉,现答复如下:\n已办。\n");
    assertThat(kind(r)).isEmpty();
    assertThat(r.report().findings()).extracting(Finding::ruleId).contains("GR-TXT-056");
    ReadResult inTitle = LayoutReaderTest.read("李盛姣委员:\n您提出的《关于贯彻落实市十七届人大二次会议"
        + "精神加快充电桩建设的提案》的建议收悉,现答复如下:\n已办。\n");
    assertThat(kind(inTitle)).isEmpty();
  }

  /** A title's session against the salutation leaves the kind to a person too (review Q1). */
  @Test
  void aTitlesSessionAgainstTheSalutationDecidesNothing() {
    ReadResult r = LayoutReaderTest.read("关于区政协九届四次会议第67号的答复\n\n王书玲代表:\n"
        + "您提出的《关于整治农村陈规陋习和铺张浪费的建议》的提案收悉,现答复如下:\n已办。\n");
    assertThat(kind(r)).isEmpty();
    assertThat(r.report().findings()).extracting(Finding::ruleId).contains("GR-TXT-056");
  }

  /**
   * A title that names the kind only by the word the item's own title ends with (…的建议办理答复, as
   * the opening quotes 《关于…的建议》) leaves the kind to the opening that names it after the title
   * (的提案: corpus ii 4782); not where the title names it outside the item's title, nor where the
   * session the title cites cannot raise the opening's kind, nor where the opening's kind word is
   * joined to an unquoted title (关于…的建议提案, corpus a 42).
   */
  @Test
  void anOpeningNamingTheKindAfterTheQuotedTitleDecidesOverTheTitlesOwnEnding() {
    String opening = "\n\n崔文姝委员:\n您提出的《关于在溺水多发地区建立防溺水应急屋的建议》的提案收悉,现答复如下:\n已办。\n";
    assertThat(kind(LayoutReaderTest.read("关于在溺水多发地区建立防溺水应急屋的建议办理答复" + opening)))
        .contains(MotionKind.PROPOSAL);
    assertThat(kind(LayoutReaderTest.read("《关于在溺水多发地区建立防溺水应急屋的建议》的答复" + opening)))
        .contains(MotionKind.PROPOSAL);
    assertThat(kind(LayoutReaderTest.read("关于第12号建议的答复" + opening)))
        .contains(MotionKind.SUGGESTION);
    // the title quotes another item's title, or names the kind besides the item's title (review)
    assertThat(kind(LayoutReaderTest.read("《关于加强垃圾分类的建议》的答复" + opening)))
        .contains(MotionKind.SUGGESTION);
    assertThat(kind(LayoutReaderTest.read(
        "关于在溺水多发地区建立防溺水应急屋的建议的建议办理答复" + opening))).contains(MotionKind.SUGGESTION);
    assertThat(kind(LayoutReaderTest.read(
        "区十九届人大四次会议《关于在溺水多发地区建立防溺水应急屋的建议》(第104号)答复意见" + opening)))
        .contains(MotionKind.SUGGESTION);
    assertThat(kind(LayoutReaderTest.read("关于加强垃圾分类工作的建议的答复\n\n臧青杰委员:\n"
        + "您提出的关于加强垃圾分类工作的建议提案收悉,现回复如下:\n已办。\n")))
        .contains(MotionKind.SUGGESTION);
  }
}
