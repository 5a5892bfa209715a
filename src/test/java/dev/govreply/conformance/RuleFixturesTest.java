package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceLocator;
import dev.govreply.findings.SourceSpan;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.BlockKind;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.UnrecognizedBlock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule of the catalogue: a valid and an invalid fixture; the rule fires on the invalid
 * one and not on the valid one. Fails when a catalogue rule has no fixtures (and when a fixture
 * names a rule that is not in the catalogue).
 */
class RuleFixturesTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  /** A valid and an invalid input, checked under {@code profile}. */
  record Fixture(Profile profile, CheckInput valid, CheckInput invalid) {}

  static final Map<String, Fixture> FIXTURES = new LinkedHashMap<>();

  static CheckInput base() {
    return CheckInput.of(Replies.founding());
  }

  static CheckInput edit(UnaryOperator<Reply.Builder> change) {
    return CheckInput.of(change.apply(Replies.founding().toBuilder()).build());
  }

  static CheckInput reader(String ruleId, String message, String path, String fix) {
    Finding f = Finding.of(ruleId, Severity.WARNING, message, path, SourceSpan.ofLine(3, 1, 14));
    return base().withSource(SourceLocator.NONE, List.of(fix == null ? f : f.withFix(fix)));
  }

  static void fixture(String rule, CheckInput invalid) {
    fixture(rule, Profiles.GBT9704, base(), invalid);
  }

  static void fixture(String rule, Profile profile, CheckInput valid, CheckInput invalid) {
    if (FIXTURES.put(rule, new Fixture(profile, valid, invalid)) != null) {
      throw new IllegalStateException("two fixtures for " + rule);
    }
  }

  static Body.Builder body() {
    return Body.builder().from(Replies.foundingBody());
  }

  static {
    fixture("GR-NUM-001", reader("GR-TXT-001", "document number 平政字[2024]12号 has the year in "
        + "other brackets than 〔〕", "documentNumber", "平政字〔2024〕12号"));
    fixture("GR-NUM-002", reader("GR-TXT-002", "document number serial 第012 is padded or has 第",
        "documentNumber", "平政字〔2024〕12号"));
    fixture("GR-NUM-003", edit(b -> b.documentNumber(DocumentNumber.of("平政字", 1900, 12))));
    fixture("GR-NUM-004", edit(b -> b.date(LocalDate.of(2023, 12, 30))));
    fixture("GR-NUM-005", reader("GR-TXT-003", "result class A2 glued to the document number",
        "resultClass", "平政字〔2024〕12号 A2类"));
    fixture("GR-REQ-001", edit(b -> b.issuer(Optional.empty())));
    fixture("GR-REQ-002", edit(b -> b.documentNumber(Optional.empty())));
    fixture("GR-REQ-003", edit(b -> b.title(Optional.empty())));
    fixture("GR-REQ-004", edit(b -> b.motion(Motion.builder().kind(MotionKind.SUGGESTION).build())));
    fixture("GR-REQ-005", edit(b -> b.addressee(Optional.empty())));
    fixture("GR-REQ-006", edit(b -> b.body(Body.builder().build())));
    fixture("GR-REQ-007", edit(b -> b.signature(Optional.empty())));
    fixture("GR-REQ-008", edit(b -> b.date(Optional.empty())));
    fixture("GR-REQ-009", edit(b -> b.contacts(List.of())));
    fixture("GR-REQ-010", edit(b -> b.resultClass(Optional.empty())));
    fixture("GR-REQ-011", edit(b -> b.disclosure(Optional.empty())));
    fixture("GR-CLS-001",
        Profiles.GBT9704.withClassScheme(new ClassScheme(ClassScheme.Letters.A_TO_C, true)),
        edit(b -> b.resultClass(ResultClass.C)), edit(b -> b.resultClass(ResultClass.D)));
    fixture("GR-CLS-002",
        Profiles.GBT9704.withClassScheme(new ClassScheme(ClassScheme.Letters.A_TO_D, false)),
        edit(b -> b.resultClass(ResultClass.A)), edit(b -> b.resultClass(ResultClass.of('A', 2))));
    fixture("GR-ADR-001", edit(b -> b.addressee(
        Addressee.builder().addName("张亮").role(AddresseeRole.MEMBER).build())));
    fixture("GR-BOD-001", edit(b -> b.body(body().measures(List.of(
        Replies.measure(1, "一。"), Replies.measure(3, "三。"))).build())));
    fixture("GR-BOD-002", edit(b -> b.body(body().measures(List.of(Replies.measure(1, "一。",
        Replies.point(1, "甲。"), Replies.point(3, "丙。")))).build())));
    fixture("GR-BOD-003", edit(b -> b.body(body().commitments(Commitments.builder()
        .addItem(Commitment.builder().ordinal(1).heading("甲。").build())
        .addItem(Commitment.builder().ordinal(3).heading("丙。").build()).build()).build())));
    fixture("GR-BOD-004", edit(b -> b.body(body().opening("您的建议收悉，现答复如下：").build())));
    fixture("GR-BOD-005", edit(b -> b.body(body().opening(Optional.empty()).build())));
    fixture("GR-BOD-006", edit(b -> b.body(body().closing(List.of()).build())));
    fixture("GR-DAT-001", edit(b -> b.date(LocalDate.of(2025, 7, 1))));
    fixture("GR-DAT-002", Profiles.GBT9704, base().withAssignedOn(LocalDate.of(2024, 3, 1)),
        base().withAssignedOn(LocalDate.of(2024, 1, 10)));
    fixture("GR-DAT-003", Profiles.GBT9704, base().withAssignedOn(LocalDate.of(2024, 2, 20)),
        base().withAssignedOn(LocalDate.of(2023, 10, 1)));
    fixture("GR-DAT-004", Profiles.GBT9704, base().withAssignedOn(LocalDate.of(2024, 5, 20)),
        base().withAssignedOn(LocalDate.of(2024, 6, 1)));
    fixture("GR-DAT-005", reader("GR-TXT-062", "date printed as 20240520", "date",
        "2024年5月20日"));
    fixture("GR-CON-001", reader("GR-TXT-071", "phone 0730-62 could not be read", "notes", null));
    fixture("GR-CON-002", edit(b -> b.contacts(List.of(
        Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076"))))));
    fixture("GR-CON-003", edit(b -> b.contacts(List.of(
        Contact.of(ContactRole.RESPONSIBLE, "朱远", PhoneNumber.parse("0730-6222076"))))));
    fixture("GR-CON-004", edit(b -> b.contacts(List.of(Contact.of(ContactRole.RESPONSIBLE, "朱远"),
        Contact.of(ContactRole.HANDLER, "何勇")))));
    fixture("GR-SRC-001", edit(b -> b.addUnrecognized(
        UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 3, List.of("某某文字")))));
    fixture("GR-SRC-002", edit(b -> b.addUnrecognized(
        UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1, List.of("索引号：123")))));
    fixture("GR-VAL-001", edit(b -> b.issuer("县".repeat(101))));
  }

  static Stream<Rule> rules() {
    return RuleCatalogue.standard().rules().stream();
  }

  static ConformanceReport check(Profile p, CheckInput in) {
    return ReplyChecker.builder().profile(p).clock(CLOCK).build().check(in);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void ruleFiresOnItsInvalidFixtureOnly(Rule rule) {
    String id = rule.id().toString();
    assertThat(FIXTURES).as("fixtures for " + id).containsKey(id);
    Fixture f = FIXTURES.get(id);
    ConformanceReport invalid = check(f.profile(), f.invalid());
    assertThat(invalid.findings(id)).as(id + " on its invalid fixture:\n"
        + invalid.toText(java.util.Locale.ENGLISH)).isNotEmpty();
    assertThat(invalid.findings(id)).allSatisfy(x -> {
      assertThat(x.severity()).isEqualTo(rule.defaultSeverity());
      assertThat(x.message()).isEqualTo(rule.message(java.util.Locale.ENGLISH, x.arguments()));
      assertThat(x.path()).isPresent();
    });
    ConformanceReport valid = check(f.profile(), f.valid());
    assertThat(valid.findings(id)).as(id + " on its valid fixture").isEmpty();
  }

  @Test
  void everyFixtureNamesACatalogueRule() {
    assertThat(FIXTURES.keySet()).allSatisfy(
        id -> assertThat(RuleCatalogue.standard().rule(id)).as(id).isPresent());
    assertThat(FIXTURES).hasSameSizeAs(RuleCatalogue.standard().rules());
  }

  @Test
  void theFoundingReplyIsAccepted() {
    ConformanceReport r = check(Profiles.GBT9704, base());
    assertThat(r.findings()).isEmpty();
    assertThat(r.verdict()).isEqualTo(Verdict.ACCEPT);
  }
}
