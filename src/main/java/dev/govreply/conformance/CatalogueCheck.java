package dev.govreply.conformance;

import dev.govreply.findings.Finding;
import dev.govreply.findings.SourceSpan;
import dev.govreply.internal.Chars;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.BlockKind;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.ContactRole;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Measure;
import dev.govreply.model.MotionKind;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.UnrecognizedBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One check of one reply against the {@link RuleCatalogue}, for {@link ReplyChecker}: the raw
 * findings, each graded by the profile's ceiling, before the profile's overrides. The rule groups,
 * in the order their findings come: the text reader's findings (mapped to catalogue rules or
 * passed through), the document number, the required blocks and contacts the profile chooses, the
 * result class scheme, the addressee role, the body's numbering, opening and closing, the dates
 * and deadline, unrecognized text, and the Bean Validation constraints of the model.
 *
 * <p>Used once, by one thread.
 */
final class CatalogueCheck {
  private static final Pattern PHONE_MESSAGE = Pattern.compile("phone (.+) could not be read");

  private final Profile profile;
  private final RuleCatalogue catalogue;
  private final LocalDate today;
  private final CheckInput in;
  private final Reply r;
  private final List<Finding> out = new ArrayList<>();

  /**
   * A check of {@code in} under {@code profile}, against {@code catalogue}, on the day
   * {@code today} (for the rules on future dates, deadlines and the year range).
   */
  CatalogueCheck(Profile profile, RuleCatalogue catalogue, LocalDate today, CheckInput in) {
    this.profile = profile;
    this.catalogue = catalogue;
    this.today = today;
    this.in = in;
    this.r = in.reply();
  }

  /** Runs every rule once; returns the raw findings in rule-group order. */
  List<Finding> all() {
    readerFindings();
    documentNumber();
    required();
    resultClass();
    addressee();
    body();
    dates();
    unrecognized();
    beanValidation();
    return out;
  }

  /** Adds a finding of a catalogue rule about a part that exists (so it has a span). */
  private void at(String ruleId, String path, String fix, String... args) {
    add(ruleId, path, true, fix, args);
  }

  /** Adds a finding of a catalogue rule about a part that is missing (no span). */
  private void missing(String ruleId, String path, String... args) {
    add(ruleId, path, false, null, args);
  }

  private void add(String ruleId, String path, boolean present, String fix, String... args) {
    Rule rule = catalogue.require(ruleId);
    List<String> arguments = List.of(args);
    Finding f = new Finding(ruleId, profile.cap(rule.defaultSeverity()),
        rule.message(Locale.ENGLISH, arguments), Optional.ofNullable(path),
        present && path != null ? locate(path) : Optional.empty(), Optional.ofNullable(fix),
        arguments);
    out.add(f);
  }

  /** The span of {@code path}, else of its nearest located parent. */
  private Optional<SourceSpan> locate(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Optional<SourceSpan> s = in.locator().locate(p);
      if (s.isPresent()) {
        return s;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return Optional.empty();
  }

  private void readerFindings() {
    for (Finding f : in.sourceFindings()) {
      Optional<Rule> mapped = catalogue.forReaderRule(f.ruleId());
      if (mapped.isPresent()) {
        Rule rule = mapped.get();
        List<String> args = List.of(readerArgument(rule, f));
        out.add(new Finding(rule.id().toString(), profile.cap(rule.defaultSeverity()),
            rule.message(Locale.ENGLISH, args), f.path(), f.span(), f.suggestedFix(), args));
      } else if (!catalogue.supersededReaderRules().contains(f.ruleId())) {
        out.add(f.withSeverity(profile.cap(f.severity())));
      }
    }
  }

  private String readerArgument(Rule rule, Finding f) {
    if (rule.id().area().equals("CON")) {
      Matcher m = PHONE_MESSAGE.matcher(f.message());
      return m.find() ? m.group(1) : f.message();
    }
    if (f.suggestedFix().isPresent()) {
      return f.suggestedFix().get();
    }
    if (rule.id().area().equals("NUM")) {
      return r.documentNumber().map(DocumentNumber::toString).orElse("?");
    }
    if (rule.id().area().equals("DAT")) {
      return r.date().map(CatalogueCheck::chineseDate).orElse("?");
    }
    return f.message();
  }

  private void documentNumber() {
    if (r.documentNumber().isEmpty()) {
      return;
    }
    DocumentNumber n = r.documentNumber().get();
    if (n.year() < ReplyChecker.EARLIEST_YEAR || n.year() > today.getYear()) {
      at("GR-NUM-003", "documentNumber", null, String.valueOf(n.year()),
          String.valueOf(ReplyChecker.EARLIEST_YEAR), String.valueOf(today.getYear()));
    }
    if (r.date().isPresent() && r.date().get().getYear() != n.year()) {
      at("GR-NUM-004", "documentNumber", null, String.valueOf(n.year()),
          String.valueOf(r.date().get().getYear()));
    }
  }

  private void required() {
    if (profile.requires(Block.ISSUER) && r.issuer().isEmpty()) {
      missing("GR-REQ-001", "issuer");
    }
    if (profile.requires(Block.DOCUMENT_NUMBER) && r.documentNumber().isEmpty()) {
      missing("GR-REQ-002", "documentNumber");
    }
    if (profile.requires(Block.TITLE) && r.title().isEmpty()) {
      missing("GR-REQ-003", "title");
    }
    if (profile.requires(Block.MOTION) && r.motion()
        .map(m -> m.number().isEmpty() && m.title().isEmpty()).orElse(true)) {
      missing("GR-REQ-004", "motion");
    }
    if (profile.requires(Block.ADDRESSEE) && r.addressee().isEmpty()) {
      missing("GR-REQ-005", "addressee");
    }
    if (profile.requires(Block.BODY) && r.body().isEmpty()) {
      missing("GR-REQ-006", "body");
    }
    if (profile.requires(Block.SIGNATURE) && r.signature().isEmpty()) {
      missing("GR-REQ-007", "signature");
    }
    if (profile.requires(Block.DATE) && r.date().isEmpty()) {
      missing("GR-REQ-008", "date");
    }
    if (profile.requires(Block.CONTACT) && r.contacts().isEmpty()) {
      missing("GR-REQ-009", "contacts");
    }
    if (profile.requires(Block.RESULT_CLASS) && r.resultClass().isEmpty()) {
      missing("GR-REQ-010", "resultClass");
    }
    if (profile.requires(Block.DISCLOSURE) && r.disclosure().isEmpty()) {
      missing("GR-REQ-011", "disclosure");
    }
    if (!r.contacts().isEmpty()) {
      if (profile.requires(Block.RESPONSIBLE_OFFICIAL) && r.signer().isEmpty()
          && r.contacts().stream().noneMatch(c -> c.role() == ContactRole.RESPONSIBLE)) {
        at("GR-CON-002", "contacts", null);
      }
      if (profile.requires(Block.HANDLER)
          && r.contacts().stream().noneMatch(c -> c.role() == ContactRole.HANDLER)) {
        at("GR-CON-003", "contacts", null);
      }
      if (profile.requires(Block.CONTACT_PHONE)
          && r.contacts().stream().allMatch(c -> c.phone().isEmpty())) {
        at("GR-CON-004", "contacts", null);
      }
    }
  }

  private void resultClass() {
    if (r.resultClass().isEmpty()) {
      return;
    }
    ResultClass c = r.resultClass().get();
    ClassScheme scheme = profile.classScheme();
    if (!scheme.allowsLetter(c)) {
      at("GR-CLS-001", "resultClass", null, c.toString(), scheme.letters().code());
    } else if (!scheme.allows(c)) {
      at("GR-CLS-002", "resultClass", c.withoutSubClass().toString(), c.toString(),
          c.withoutSubClass().toString());
    }
  }

  private void addressee() {
    Optional<AddresseeRole> role = r.addressee().flatMap(a -> a.role());
    Optional<MotionKind> kind = r.motion().flatMap(m -> m.kind());
    if (role.isPresent() && kind.isPresent()) {
      AddresseeRole expected =
          kind.get() == MotionKind.PROPOSAL ? AddresseeRole.MEMBER : AddresseeRole.DEPUTY;
      if (role.get() != expected) {
        at("GR-ADR-001", "addressee.role", expected.chinese(), role.get().chinese(),
            kind.get().chinese(), expected.chinese());
      }
    }
  }

  private void body() {
    Body b = r.body();
    int expected = 1;
    for (int i = 0; i < b.measures().size(); i++) {
      Measure m = b.measures().get(i);
      if (m.ordinal() != expected) {
        at("GR-BOD-001", "body.measures[" + i + "]", null,
            PointStyle.ENUMERATED.marker(clamp(m.ordinal())),
            PointStyle.ENUMERATED.marker(clamp(expected)));
      }
      expected = m.ordinal() + 1;
      points(m.points(), "body.measures[" + i + "]");
    }
    if (b.commitments().isPresent()) {
      List<Commitment> items = b.commitments().get().items();
      expected = 1;
      for (int i = 0; i < items.size(); i++) {
        Commitment c = items.get(i);
        if (c.ordinal() != expected) {
          at("GR-BOD-003", "body.commitments.items[" + i + "]", null,
              c.style().marker(clamp(c.ordinal())), c.style().marker(clamp(expected)));
        }
        expected = c.ordinal() + 1;
        points(c.points(), "body.commitments.items[" + i + "]");
      }
    }
    if (b.isEmpty()) {
      return;
    }
    if (b.opening().isEmpty()) {
      missing("GR-BOD-005", "body.opening");
    } else {
      String opening = normalise(b.opening().get());
      Optional<String> title = r.motion().flatMap(m -> m.title());
      if (title.isPresent() ? !opening.contains(normalise(title.get()))
          : opening.indexOf('《') < 0 && opening.indexOf('“') < 0) {
        at("GR-BOD-004", "body.opening", null, title.orElse("…"));
      }
    }
    if (b.closing().isEmpty()) {
      missing("GR-BOD-006", "body.closing");
    }
  }

  private void points(List<Point> points, String parent) {
    int expected = 1;
    for (int j = 0; j < points.size(); j++) {
      Point p = points.get(j);
      if (p.ordinal() != expected) {
        at("GR-BOD-002", parent + ".points[" + j + "]", null,
            p.style().marker(clamp(p.ordinal())), p.style().marker(clamp(expected)));
      }
      expected = p.ordinal() + 1;
    }
  }

  private void dates() {
    if (r.date().isEmpty()) {
      return;
    }
    LocalDate date = r.date().get();
    if (date.isAfter(today)) {
      at("GR-DAT-001", "date", null, date.toString(), today.toString());
    }
    Optional<LocalDate> assigned = in.effectiveAssignedOn();
    if (assigned.isPresent()) {
      LocalDate a = assigned.get();
      if (date.isBefore(a)) {
        at("GR-DAT-004", "date", null, date.toString(), a.toString());
      } else if (date.isAfter(a.plusMonths(6))) {
        at("GR-DAT-003", "date", null, date.toString(), a.toString(),
            a.plusMonths(6).toString());
      } else if (date.isAfter(a.plusMonths(3))) {
        at("GR-DAT-002", "date", null, date.toString(), a.toString(),
            a.plusMonths(3).toString());
      }
    }
  }

  private void unrecognized() {
    List<UnrecognizedBlock> blocks = r.unrecognized();
    for (int i = 0; i < blocks.size(); i++) {
      UnrecognizedBlock u = blocks.get(i);
      at(u.kind() == BlockKind.PAGE_METADATA ? "GR-SRC-002" : "GR-SRC-001",
          "unrecognized[" + i + "]", null, String.valueOf(u.firstLine()),
          String.valueOf(u.lastLine()));
    }
  }

  private void beanValidation() {
    for (Violation v : ReplyValidator.shared().check(r)) {
      at("GR-VAL-001", v.path().isEmpty() ? null : v.path(), null, v.constraint(),
          v.path().isEmpty() ? "(reply)" : v.path(), v.message());
    }
  }

  private static int clamp(int ordinal) {
    return Math.max(1, Math.min(999, ordinal));
  }

  /** The text without whitespace, quotes and 《》, for comparing a title with the opening. */
  private static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Chars.isBlank(c) || "《》“”\"'‘’〈〉".indexOf(c) >= 0) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
