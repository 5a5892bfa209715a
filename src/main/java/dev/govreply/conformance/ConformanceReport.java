package dev.govreply.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govreply.findings.Finding;
import dev.govreply.findings.FindingText;
import dev.govreply.findings.Messages;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of checking one reply against a profile: the findings (after the profile's
 * overrides, sorted by location), the findings the profile suppressed, the overrides with their
 * rationales, the profile's id and version and the rule catalogue's version — and the
 * {@link #verdict()}, computed from the findings.
 *
 * <p>JSON ({@link #toJson()}) is deterministic and {@link #fromJson(String)} reads it back equal:
 *
 * <pre>{@code
 * {
 *   "format": "govreply-report/1",
 *   "profile": {"id": "gbt9704", "version": "1.0"},
 *   "catalogue": "govreply-rules 1.0",
 *   "verdict": "REJECT",
 *   "findings": [{"rule": "GR-NUM-001", "severity": "ERROR", "message": "…",
 *       "path": "documentNumber", "pointer": "/documentNumber",
 *       "span": {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 14},
 *       "fix": "平交复函〔2017〕19号", "arguments": ["平交复函〔2017〕19号"]}],
 *   "suppressed": [],
 *   "overrides": [{"rule": "GR-CON-004", "suppress": true, "rationale": "…", "matched": 1}]
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param profileId the profile's id
 * @param profileVersion the profile's version
 * @param catalogueVersion the rule catalogue's version
 * @param findings the effective findings, sorted by {@link #ORDER}
 * @param suppressed findings the profile suppressed, sorted by {@link #ORDER}; not in the verdict
 * @param overrides the profile's overrides, in profile order, with how often each applied
 */
public record ConformanceReport(String profileId, String profileVersion, String catalogueVersion,
    List<Finding> findings, List<Finding> suppressed, List<AppliedOverride> overrides) {

  /** The format name of the JSON form. */
  public static final String FORMAT = "govreply-report/1";

  /**
   * Location order: findings with a source span first, by span; then by model path (indexes as
   * numbers, {@code measures[2]} before {@code measures[10]}); findings without path last; then
   * rule ID, severity, message, fix and arguments, so the order is total and deterministic.
   */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.span().isEmpty())
      .thenComparing(f -> f.span().map(SourceSpan::startLine).orElse(0))
      .thenComparing(f -> f.span().map(SourceSpan::startColumn).orElse(0))
      .thenComparing(f -> f.span().map(SourceSpan::endLine).orElse(0))
      .thenComparing(f -> f.span().map(SourceSpan::endColumn).orElse(0))
      .thenComparing((Finding f) -> f.path().isEmpty())
      .thenComparing(f -> f.path().map(PathOrder::sortKey).orElse(""))
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::severity)
      .thenComparing((Finding f) -> f.message())
      .thenComparing(f -> f.suggestedFix().orElse(""))
      .thenComparing(f -> String.join("\u0000", f.arguments()))
      .thenComparing(f -> f.path().orElse(""));

  /**
   * The JSON mapper, built on first use: checking needs no JSON, and Jackson databind starts
   * slowly.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /**
   * Checks for nulls, copies and sorts the lists.
   *
   * @param profileId the profile's id, e.g. {@code gbt9704}
   * @param profileVersion the profile's version, e.g. {@code 1.0}
   * @param catalogueVersion the rule catalogue's version, e.g. {@code govreply-rules 1.0}
   * @param findings the effective findings, in any order; sorted by {@link #ORDER}
   * @param suppressed findings the profile suppressed, in any order; sorted by {@link #ORDER}
   * @param overrides the profile's overrides, in profile order, with how often each applied
   * @throws NullPointerException when an argument or an element is null
   */
  public ConformanceReport {
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(profileVersion, "profileVersion");
    Objects.requireNonNull(catalogueVersion, "catalogueVersion");
    findings = sorted(findings);
    suppressed = sorted(suppressed);
    overrides = List.copyOf(overrides);
  }

  private static List<Finding> sorted(List<Finding> list) {
    List<Finding> copy = new ArrayList<>(list);
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  /**
   * The verdict, computed from the effective findings.
   *
   * @return REJECT if any finding is an ERROR, ACCEPT_WITH_WARNINGS if any is a WARNING, else
   *     ACCEPT (INFO findings do not count)
   */
  public Verdict verdict() {
    return Verdict.of(findings);
  }

  /**
   * The findings of one rule.
   *
   * @param ruleId e.g. {@code GR-NUM-001}
   * @return the effective findings of that rule, in location order; empty when there is none
   */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * The findings of one severity.
   *
   * @param severity e.g. {@link Severity#ERROR}
   * @return the effective findings of that severity, in location order
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Whether the report has a finding of a rule.
   *
   * @param ruleId e.g. {@code GR-REQ-008} (date missing)
   * @return true when an effective (not suppressed) finding has that rule
   */
  public boolean has(String ruleId) {
    return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }

  /**
   * The report as text for people, in English or simplified Chinese: a header line with the
   * verdict, the profile, the catalogue and the count of each severity, then a line per finding
   * ({@link FindingText#line}), then the number of suppressed findings and the overrides with how
   * often each applied:
   *
   * <pre>
   * REJECT gbt9704 1.0 (govreply-rules 1.0): 1 error, 2 warnings, 0 infos
   *   3:1–3:14 documentNumber GR-NUM-001 ERROR: … (fix: 平交复函〔2017〕19号)
   *   suppressed: 1 finding
   *   override GR-NUM-002 at documentNumber → WARNING (rationale): 2 findings
   *
   * 不通过 gbt9704 1.0（govreply-rules 1.0）：错误 1 项，警告 2 项，提示 0 项
   *   3:1–3:14 documentNumber GR-NUM-001 错误：…（建议：平交复函〔2017〕19号）
   *   已抑制：1 项
   *   规则调整 GR-NUM-002 于 documentNumber → 警告（rationale）：2 项
   * </pre>
   *
   * @param locale the language, e.g. {@link Locale#SIMPLIFIED_CHINESE}; every locale but
   *     simplified Chinese gives English (see {@link FindingText})
   * @return the text, one line per item, each ending in a line break
   */
  public String toText(Locale locale) {
    boolean zh = Messages.chinese(locale);
    String colon = FindingText.colon(locale);
    StringBuilder sb = new StringBuilder();
    sb.append(verdictText(verdict(), zh)).append(' ').append(profileId).append(' ')
        .append(profileVersion).append(FindingText.parenthesised(catalogueVersion, locale))
        .append(colon).append(FindingText.counts(findings, locale)).append('\n');
    for (Finding f : findings) {
      sb.append("  ").append(FindingText.line(f, locale)).append('\n');
    }
    if (!suppressed.isEmpty()) {
      sb.append("  ").append(zh ? "已抑制" : "suppressed").append(colon)
          .append(FindingText.count(suppressed.size(), locale)).append('\n');
    }
    for (AppliedOverride a : overrides) {
      RuleOverride o = a.override();
      sb.append("  ").append(zh ? "规则调整 " : "override ").append(o.rule())
          .append(o.path().map(p -> (zh ? " 于 " : " at ") + p).orElse("")).append(" → ")
          .append(o.severity().map(s -> FindingText.severity(s, locale))
              .orElse(zh ? "抑制" : "suppressed"))
          .append(FindingText.parenthesised(o.rationale(), locale)).append(colon)
          .append(FindingText.count(a.matched(), locale)).append('\n');
    }
    return sb.toString();
  }

  /** {@code REJECT} / {@code 不通过}. */
  private static String verdictText(Verdict v, boolean zh) {
    if (!zh) {
      return v.name();
    }
    return switch (v) {
      case ACCEPT -> "通过";
      case ACCEPT_WITH_WARNINGS -> "通过（有警告）";
      case REJECT -> "不通过";
    };
  }

  // ---- JSON ----

  /**
   * The report as JSON in the format {@value #FORMAT} (see above), deterministic: equal reports
   * give equal text.
   *
   * @return the JSON text, indented
   */
  public String toJson() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode profile = root.putObject("profile");
    profile.put("id", profileId);
    profile.put("version", profileVersion);
    root.put("catalogue", catalogueVersion);
    root.put("verdict", verdict().name());
    writeFindings(root.putArray("findings"), findings);
    writeFindings(root.putArray("suppressed"), suppressed);
    ArrayNode ov = root.putArray("overrides");
    for (AppliedOverride a : overrides) {
      RuleOverride o = a.override();
      ObjectNode n = ov.addObject();
      n.put("rule", o.rule());
      o.path().ifPresent(p -> n.put("path", p));
      if (o.suppresses()) {
        n.put("suppress", true);
      } else {
        n.put("severity", o.severity().get().name());
      }
      n.put("rationale", o.rationale());
      n.put("matched", a.matched());
    }
    try {
      return Json.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeFindings(ArrayNode arr, List<Finding> list) {
    for (Finding f : list) {
      ObjectNode n = arr.addObject();
      n.put("rule", f.ruleId());
      n.put("severity", f.severity().name());
      n.put("message", f.message());
      f.path().ifPresent(p -> n.put("path", p));
      f.jsonPointer().ifPresent(p -> n.put("pointer", p));
      f.span().ifPresent(s -> {
        ObjectNode sn = n.putObject("span");
        sn.put("startLine", s.startLine());
        sn.put("startColumn", s.startColumn());
        sn.put("endLine", s.endLine());
        sn.put("endColumn", s.endColumn());
      });
      f.suggestedFix().ifPresent(x -> n.put("fix", x));
      ArrayNode args = n.putArray("arguments");
      f.arguments().forEach(args::add);
    }
  }

  /**
   * Reads a report written by {@link #toJson()}. Strict: unknown or missing properties, a verdict
   * or pointer that does not match the findings, and other formats are errors.
   *
   * @param json the JSON text
   * @return the report, equal to the one written
   * @throws IllegalArgumentException when the text is not a report; the message names the JSON
   *     Pointer of the problem
   */
  public static ConformanceReport fromJson(String json) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("report JSON is malformed: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw bad("", "expected an object");
    }
    keys(root, "", Set.of("format", "profile", "catalogue", "verdict", "findings", "suppressed",
        "overrides"));
    String format = text(root, "", "format");
    if (!FORMAT.equals(format)) {
      throw bad("/format", "expected " + FORMAT + ", got " + format);
    }
    JsonNode profile = object(root, "", "profile");
    keys(profile, "/profile", Set.of("id", "version"));
    List<Finding> findings = readFindings(root, "findings");
    List<Finding> suppressed = readFindings(root, "suppressed");
    List<AppliedOverride> overrides = new ArrayList<>();
    JsonNode ov = array(root, "", "overrides");
    for (int i = 0; i < ov.size(); i++) {
      String p = "/overrides/" + i;
      JsonNode n = ov.get(i);
      if (!n.isObject()) {
        throw bad(p, "expected an object");
      }
      keys(n, p, Set.of("rule", "path", "severity", "suppress", "rationale", "matched"));
      Optional<Severity> sev = n.has("severity")
          ? Optional.of(severity(text(n, p, "severity"), p + "/severity")) : Optional.empty();
      if (sev.isEmpty() && !(n.has("suppress") && n.get("suppress").asBoolean(false))) {
        throw bad(p, "needs severity or suppress");
      }
      Optional<String> path = n.has("path") ? Optional.of(text(n, p, "path")) : Optional.empty();
      try {
        overrides.add(new AppliedOverride(new RuleOverride(text(n, p, "rule"), path, sev,
            text(n, p, "rationale")), integer(n, p, "matched")));
      } catch (IllegalArgumentException e) {
        throw bad(p, e.getMessage());
      }
    }
    ConformanceReport r = new ConformanceReport(text(profile, "/profile", "id"),
        text(profile, "/profile", "version"), text(root, "", "catalogue"), findings, suppressed,
        overrides);
    String verdict = text(root, "", "verdict");
    if (!r.verdict().name().equals(verdict)) {
      throw bad("/verdict", "the findings give " + r.verdict() + ", not " + verdict);
    }
    return r;
  }

  private static List<Finding> readFindings(JsonNode root, String key) {
    JsonNode arr = array(root, "", key);
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      String p = "/" + key + "/" + i;
      JsonNode n = arr.get(i);
      if (!n.isObject()) {
        throw bad(p, "expected an object");
      }
      keys(n, p, Set.of("rule", "severity", "message", "path", "pointer", "span", "fix",
          "arguments"));
      Optional<String> path = n.has("path") ? Optional.of(text(n, p, "path")) : Optional.empty();
      Optional<SourceSpan> span = Optional.empty();
      if (n.has("span")) {
        JsonNode s = object(n, p, "span");
        String sp = p + "/span";
        keys(s, sp, Set.of("startLine", "startColumn", "endLine", "endColumn"));
        try {
          span = Optional.of(new SourceSpan(integer(s, sp, "startLine"),
              integer(s, sp, "startColumn"), integer(s, sp, "endLine"),
              integer(s, sp, "endColumn")));
        } catch (IllegalArgumentException e) {
          throw bad(sp, e.getMessage());
        }
      }
      List<String> args = new ArrayList<>();
      JsonNode a = array(n, p, "arguments");
      for (int j = 0; j < a.size(); j++) {
        if (!a.get(j).isTextual()) {
          throw bad(p + "/arguments/" + j, "expected a string");
        }
        args.add(a.get(j).textValue());
      }
      Finding f = new Finding(text(n, p, "rule"), severity(text(n, p, "severity"),
          p + "/severity"), text(n, p, "message"), path, span,
          n.has("fix") ? Optional.of(text(n, p, "fix")) : Optional.empty(), args);
      Optional<String> pointer =
          n.has("pointer") ? Optional.of(text(n, p, "pointer")) : Optional.empty();
      if (!pointer.equals(f.jsonPointer())) {
        throw bad(p + "/pointer", "does not match the path");
      }
      out.add(f);
    }
    return out;
  }

  private static IllegalArgumentException bad(String pointer, String problem) {
    return new IllegalArgumentException("report JSON at " + (pointer.isEmpty() ? "(document)"
        : pointer) + ": " + problem);
  }

  private static void keys(JsonNode node, String p, Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw bad(p + "/" + name, "unknown property");
      }
    }
  }

  private static String text(JsonNode node, String p, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual()) {
      throw bad(p + "/" + key, v == null ? "missing" : "expected a string");
    }
    return v.textValue();
  }

  private static int integer(JsonNode node, String p, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      throw bad(p + "/" + key, v == null ? "missing" : "expected an integer");
    }
    return v.intValue();
  }

  private static JsonNode object(JsonNode node, String p, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isObject()) {
      throw bad(p + "/" + key, v == null ? "missing" : "expected an object");
    }
    return v;
  }

  private static JsonNode array(JsonNode node, String p, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isArray()) {
      throw bad(p + "/" + key, v == null ? "missing" : "expected an array");
    }
    return v;
  }

  private static Severity severity(String s, String p) {
    try {
      return Severity.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw bad(p, "expected ERROR, WARNING or INFO");
    }
  }
}
