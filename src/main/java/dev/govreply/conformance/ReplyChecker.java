package dev.govreply.conformance;

import dev.govreply.findings.Finding;
import dev.govreply.findings.SourceLocator;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks replies against a {@link Profile} and the {@link RuleCatalogue}, and reports every
 * finding with its rule ID, severity, model path, JSON Pointer, source span (when the reply was
 * read from text) and suggested fix, and a {@link Verdict}.
 *
 * <pre>{@code
 * ReplyChecker checker = ReplyChecker.of(Profiles.builtIn("gbt9704"));  // build once, share
 * ConformanceReport report = checker.check(reply);
 * report.verdict();   // ACCEPT, ACCEPT_WITH_WARNINGS or REJECT
 *
 * ReadResult read = ReplyTextReader.standard().read(text);              // from text:
 * checker.check(read.reply(), read.report().locator(), read.report().findings());
 * }</pre>
 *
 * <p>What is checked: the rules of the catalogue on the model (required blocks as the profile
 * chooses, class scheme, addressee role, numbering, opening and closing, dates and deadline,
 * contacts, unrecognized text), the Bean Validation constraints of the model (each violation is a
 * {@code GR-VAL-001} finding with the constraint's name, path and message as arguments), and the
 * text reader's findings, graded under the profile (see {@link RuleCatalogue}). The printed form of
 * the document number and date is known only from the reader's findings: a reply built in code or
 * read from JSON is canonical by construction.
 *
 * <p>Immutable and thread-safe: build one per profile and share it. "Today", for the future-date
 * rule and the year range, comes from the {@link Clock} (the system clock unless one is given).
 */
public final class ReplyChecker {
  /** The earliest year accepted in a document number (GR-NUM-003). */
  public static final int EARLIEST_YEAR = 1949;

  private static final Pattern PHONE_MESSAGE = Pattern.compile("phone (.+) could not be read");

  private final Profile profile;
  private final Clock clock;
  private final RuleCatalogue catalogue;

  private ReplyChecker(Profile profile, Clock clock) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.catalogue = RuleCatalogue.standard();
  }

  /**
   * A checker for a profile, with the system clock.
   *
   * @param profile e.g. {@code Profiles.builtIn("gbt9704")} or one read with
   *     {@link Profile#fromJson(java.nio.file.Path)}
   * @return the checker
   */
  public static ReplyChecker of(Profile profile) {
    return new ReplyChecker(profile, Clock.systemDefaultZone());
  }

  /**
   * A builder, to choose the clock as well as the profile.
   *
   * @return a builder with profile {@code gbt9704} and the system clock
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The profile replies are checked against.
   *
   * @return the profile, {@code gbt9704} unless chosen
   */
  public Profile profile() {
    return profile;
  }

  /**
   * The clock that says what day it is, for the rules on future dates and deadlines.
   *
   * @return the clock, the system clock unless chosen
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The rule catalogue checked against.
   *
   * @return {@link RuleCatalogue#standard()}, {@code govreply-rules 1.0}
   */
  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Checks a reply that has no source text: built in code or read from JSON. Findings carry model
   * paths but no source spans.
   *
   * @param reply the reply
   * @return the report, with the verdict under this checker's profile
   */
  public ConformanceReport check(Reply reply) {
    return check(CheckInput.of(reply));
  }

  /**
   * Checks a reply read from text.
   *
   * @param reply the reply the reader made
   * @param locator where the reader found each part, so that findings get source spans
   *     ({@code 5:1–5:14} for the founding example's document number)
   * @param readerFindings the reader's findings ({@code GR-TXT-*}), graded under the profile
   * @return the report, with the verdict under this checker's profile
   */
  public ConformanceReport check(Reply reply, SourceLocator locator,
      List<Finding> readerFindings) {
    return check(CheckInput.of(reply).withSource(locator, readerFindings));
  }

  /**
   * Checks a reply with all inputs: source, reader findings and assignment date.
   *
   * @param input what to check
   * @return the report, with the verdict under this checker's profile
   */
  public ConformanceReport check(CheckInput input) {
    Objects.requireNonNull(input, "input");
    Run run = new Run(input);
    run.all();
    List<Finding> effective = new ArrayList<>();
    List<Finding> suppressed = new ArrayList<>();
    int[] matched = new int[profile.overrides().size()];
    for (Finding f : run.out) {
      int k = -1;
      for (int i = 0; i < profile.overrides().size(); i++) {
        if (profile.overrides().get(i).matches(f)) {
          k = i;
          break;
        }
      }
      if (k < 0) {
        effective.add(f);
        continue;
      }
      matched[k]++;
      RuleOverride o = profile.overrides().get(k);
      if (o.suppresses()) {
        suppressed.add(f);
      } else {
        effective.add(f.withSeverity(o.severity().get()));
      }
    }
    List<AppliedOverride> applied = new ArrayList<>();
    for (int i = 0; i < matched.length; i++) {
      applied.add(new AppliedOverride(profile.overrides().get(i), matched[i]));
    }
    return new ConformanceReport(profile.id(), profile.version(), catalogue.version(), effective,
        suppressed, applied);
  }

  /** One check: the raw findings, graded by the profile's ceiling, before overrides. */
  private final class Run {
    final CheckInput in;
    final Reply r;
    final LocalDate today;
    final List<Finding> out = new ArrayList<>();

    Run(CheckInput in) {
      this.in = in;
      this.r = in.reply();
      this.today = LocalDate.now(clock);
    }

    void all() {
      readerFindings();
      documentNumber();
      required();
      resultClass();
      addressee();
      body();
      dates();
      unrecognized();
      beanValidation();
    }

    /** Adds a finding of a catalogue rule about a part that exists (so it has a span). */
    void at(String ruleId, String path, String fix, String... args) {
      add(ruleId, path, true, fix, args);
    }

    /** Adds a finding of a catalogue rule about a part that is missing (no span). */
    void missing(String ruleId, String path, String... args) {
      add(ruleId, path, false, null, args);
    }

    void add(String ruleId, String path, boolean present, String fix, String... args) {
      Rule rule = catalogue.require(ruleId);
      List<String> arguments = List.of(args);
      Finding f = new Finding(ruleId, profile.cap(rule.defaultSeverity()),
          rule.message(Locale.ENGLISH, arguments), Optional.ofNullable(path),
          present && path != null ? locate(path) : Optional.empty(), Optional.ofNullable(fix),
          arguments);
      out.add(f);
    }

    /** The span of {@code path}, else of its nearest located parent. */
    Optional<SourceSpan> locate(String path) {
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

    void readerFindings() {
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

    String readerArgument(Rule rule, Finding f) {
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
        return r.date().map(ReplyChecker::chineseDate).orElse("?");
      }
      return f.message();
    }

    void documentNumber() {
      if (r.documentNumber().isEmpty()) {
        return;
      }
      DocumentNumber n = r.documentNumber().get();
      if (n.year() < EARLIEST_YEAR || n.year() > today.getYear()) {
        at("GR-NUM-003", "documentNumber", null, String.valueOf(n.year()),
            String.valueOf(EARLIEST_YEAR), String.valueOf(today.getYear()));
      }
      if (r.date().isPresent() && r.date().get().getYear() != n.year()) {
        at("GR-NUM-004", "documentNumber", null, String.valueOf(n.year()),
            String.valueOf(r.date().get().getYear()));
      }
    }

    void required() {
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

    void resultClass() {
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

    void addressee() {
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

    void body() {
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

    void points(List<Point> points, String parent) {
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

    void dates() {
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

    void unrecognized() {
      List<UnrecognizedBlock> blocks = r.unrecognized();
      for (int i = 0; i < blocks.size(); i++) {
        UnrecognizedBlock u = blocks.get(i);
        at(u.kind() == BlockKind.PAGE_METADATA ? "GR-SRC-002" : "GR-SRC-001",
            "unrecognized[" + i + "]", null, String.valueOf(u.firstLine()),
            String.valueOf(u.lastLine()));
      }
    }

    void beanValidation() {
      for (Violation v : ReplyValidator.shared().check(r)) {
        at("GR-VAL-001", v.path().isEmpty() ? null : v.path(), null, v.constraint(),
            v.path().isEmpty() ? "(reply)" : v.path(), v.message());
      }
    }
  }

  private static int clamp(int ordinal) {
    return Math.max(1, Math.min(999, ordinal));
  }

  /** The text without whitespace, quotes and 《》, for comparing a title with the opening. */
  static String normalise(String s) {
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

  static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** Builds {@link ReplyChecker}s; not thread-safe. */
  public static final class Builder {
    private Profile profile = Profiles.GBT9704;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * Sets the profile.
     *
     * @param p the profile; {@code gbt9704} unless set
     * @return this builder
     */
    public Builder profile(Profile p) {
      this.profile = Objects.requireNonNull(p, "profile");
      return this;
    }

    /**
     * Sets the clock that says what day it is; a fixed clock makes checks repeatable.
     *
     * @param c e.g. {@code Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)};
     *     the system clock unless set
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return a checker with the profile and clock set
     */
    public ReplyChecker build() {
      return new ReplyChecker(profile, clock);
    }
  }
}
