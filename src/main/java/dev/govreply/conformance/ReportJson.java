package dev.govreply.conformance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import dev.govreply.strictjson.StrictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Report files ({@value ConformanceReport#FORMAT}): a {@link ConformanceReport} bound by databind
 * to the shapes below, written deterministically and read strictly (unknown or missing
 * properties, wrong types, a verdict or pointer that does not match the findings are an
 * {@code IllegalArgumentException} naming the JSON Pointer). Loaded only when a report is read or
 * written as JSON, so that checking needs no Jackson databind, which starts slowly. Stateless and
 * thread-safe.
 */
final class ReportJson {
  private ReportJson() {}

  private static final ObjectMapper MAPPER = StrictJson.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** Refuses a property of {@code shape} that the format does not define. */
  private static void known(FileShape shape, String p) {
    shape.unknownName().ifPresent(name -> {
      throw bad(p + "/" + name, "unknown property");
    });
  }

  /** A report. */
  @JsonPropertyOrder({"format", "profile", "catalogue", "verdict", "findings", "suppressed",
      "overrides"})
  static final class ReportShape extends FileShape {
    @JsonProperty("format") @JsonSetter(nulls = Nulls.FAIL) String format;
    @JsonProperty("profile") @JsonSetter(nulls = Nulls.FAIL) ProfileRef profile;
    @JsonProperty("catalogue") @JsonSetter(nulls = Nulls.FAIL) String catalogue;
    @JsonProperty("verdict") @JsonSetter(nulls = Nulls.FAIL) String verdict;
    @JsonProperty("findings") @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
    List<FindingShape> findings;
    @JsonProperty("suppressed") @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
    List<FindingShape> suppressed;
    @JsonProperty("overrides") @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
    List<AppliedShape> overrides;
  }

  /** The profile a report was checked against. */
  @JsonPropertyOrder({"id", "version"})
  static final class ProfileRef extends FileShape {
    @JsonProperty("id") @JsonSetter(nulls = Nulls.FAIL) String id;
    @JsonProperty("version") @JsonSetter(nulls = Nulls.FAIL) String version;
  }

  /** A finding. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"rule", "severity", "message", "path", "pointer", "span", "fix",
      "arguments"})
  static final class FindingShape extends FileShape {
    @JsonProperty("rule") @JsonSetter(nulls = Nulls.FAIL) String rule;
    @JsonProperty("severity") @JsonSetter(nulls = Nulls.FAIL) String severity;
    @JsonProperty("message") @JsonSetter(nulls = Nulls.FAIL) String message;
    @JsonProperty("path") @JsonSetter(nulls = Nulls.FAIL) String path;
    @JsonProperty("pointer") @JsonSetter(nulls = Nulls.FAIL) String pointer;
    @JsonProperty("span") @JsonSetter(nulls = Nulls.FAIL) SpanShape span;
    @JsonProperty("fix") @JsonSetter(nulls = Nulls.FAIL) String fix;
    @JsonProperty("arguments") @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
    List<String> arguments;
  }

  /** Where in a source text a finding is. */
  @JsonPropertyOrder({"startLine", "startColumn", "endLine", "endColumn"})
  static final class SpanShape extends FileShape {
    @JsonProperty("startLine") @JsonSetter(nulls = Nulls.FAIL) Integer startLine;
    @JsonProperty("startColumn") @JsonSetter(nulls = Nulls.FAIL) Integer startColumn;
    @JsonProperty("endLine") @JsonSetter(nulls = Nulls.FAIL) Integer endLine;
    @JsonProperty("endColumn") @JsonSetter(nulls = Nulls.FAIL) Integer endColumn;
  }

  /** An override of the profile and how often it applied. */
  @JsonPropertyOrder({"rule", "path", "suppress", "severity", "rationale", "matched"})
  static final class AppliedShape extends FileShape.OverrideShape {
    @JsonProperty("matched") @JsonSetter(nulls = Nulls.FAIL) Integer matched;
  }

  /** The report as indented JSON and a final newline; deterministic. */
  static String write(ConformanceReport r) {
    ReportShape root = new ReportShape();
    root.format = ConformanceReport.FORMAT;
    root.profile = new ProfileRef();
    root.profile.id = r.profileId();
    root.profile.version = r.profileVersion();
    root.catalogue = r.catalogueVersion();
    root.verdict = r.verdict().name();
    root.findings = r.findings().stream().map(ReportJson::shape).toList();
    root.suppressed = r.suppressed().stream().map(ReportJson::shape).toList();
    root.overrides = new ArrayList<>();
    for (AppliedOverride a : r.overrides()) {
      AppliedShape n = new AppliedShape();
      n.set(a.override());
      n.matched = a.matched();
      root.overrides.add(n);
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FindingShape shape(Finding f) {
    FindingShape n = new FindingShape();
    n.rule = f.ruleId();
    n.severity = f.severity().name();
    n.message = f.message();
    n.path = f.path().orElse(null);
    n.pointer = f.jsonPointer().orElse(null);
    f.span().ifPresent(s -> {
      n.span = new SpanShape();
      n.span.startLine = s.startLine();
      n.span.startColumn = s.startColumn();
      n.span.endLine = s.endLine();
      n.span.endColumn = s.endColumn();
    });
    n.fix = f.suggestedFix().orElse(null);
    n.arguments = f.arguments();
    return n;
  }

  /** Reads a report written by {@link #write}. */
  static ConformanceReport read(String json) {
    ReportShape root;
    try (JsonParser p = MAPPER.createParser(json)) {
      root = MAPPER.readValue(p, ReportShape.class);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("report JSON is malformed: content after the report "
            + "(line " + p.currentTokenLocation().getLineNr() + ", column "
            + p.currentTokenLocation().getColumnNr() + ")");
      }
    } catch (MismatchedInputException e) {
      throw bad(pointer(e), "expected " + kind(e.getTargetType()));
    } catch (JsonMappingException e) {
      throw bad(pointer(e), String.valueOf(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("report JSON is malformed: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String is read: not expected
    }
    if (root == null) {
      throw bad("", "expected an object");
    }
    known(root, "");
    if (!ConformanceReport.FORMAT.equals(required(root.format, "", "format"))) {
      throw bad("/format", "expected " + ConformanceReport.FORMAT + ", got " + root.format);
    }
    ProfileRef profile = required(root.profile, "", "profile");
    known(profile, "/profile");
    List<Finding> findings = findings(required(root.findings, "", "findings"), "findings");
    List<Finding> suppressed = findings(required(root.suppressed, "", "suppressed"),
        "suppressed");
    List<AppliedOverride> overrides = new ArrayList<>();
    List<AppliedShape> ov = required(root.overrides, "", "overrides");
    for (int i = 0; i < ov.size(); i++) {
      String p = "/overrides/" + i;
      AppliedShape n = ov.get(i);
      known(n, p);
      Optional<Severity> sev = n.severity == null ? Optional.empty()
          : Optional.of(severity(n.severity, p + "/severity"));
      if (sev.isEmpty() && !Boolean.TRUE.equals(n.suppress)) {
        throw bad(p, "needs severity or suppress");
      }
      try {
        overrides.add(new AppliedOverride(new RuleOverride(required(n.rule, p, "rule"),
            Optional.ofNullable(n.path), sev, required(n.rationale, p, "rationale")),
            required(n.matched, p, "matched")));
      } catch (IllegalArgumentException e) {
        throw bad(p, e.getMessage());
      }
    }
    ConformanceReport r = new ConformanceReport(required(profile.id, "/profile", "id"),
        required(profile.version, "/profile", "version"),
        required(root.catalogue, "", "catalogue"), findings, suppressed, overrides);
    String verdict = required(root.verdict, "", "verdict");
    if (!r.verdict().name().equals(verdict)) {
      throw bad("/verdict", "the findings give " + r.verdict() + ", not " + verdict);
    }
    return r;
  }

  private static List<Finding> findings(List<FindingShape> shapes, String key) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      String p = "/" + key + "/" + i;
      FindingShape n = shapes.get(i);
      known(n, p);
      Optional<SourceSpan> span = Optional.empty();
      if (n.span != null) {
        String sp = p + "/span";
        known(n.span, sp);
        try {
          span = Optional.of(new SourceSpan(required(n.span.startLine, sp, "startLine"),
              required(n.span.startColumn, sp, "startColumn"),
              required(n.span.endLine, sp, "endLine"),
              required(n.span.endColumn, sp, "endColumn")));
        } catch (IllegalArgumentException e) {
          if (e.getMessage() != null && e.getMessage().startsWith("report JSON at")) {
            throw e;
          }
          throw bad(sp, e.getMessage());
        }
      }
      Finding f = new Finding(required(n.rule, p, "rule"),
          severity(required(n.severity, p, "severity"), p + "/severity"),
          required(n.message, p, "message"), Optional.ofNullable(n.path), span,
          Optional.ofNullable(n.fix), required(n.arguments, p, "arguments"));
      if (!Optional.ofNullable(n.pointer).equals(f.jsonPointer())) {
        throw bad(p + "/pointer", "does not match the path");
      }
      out.add(f);
    }
    return out;
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
    }
    return sb.toString();
  }

  private static String kind(Class<?> type) {
    if (type == String.class) {
      return "a string";
    } else if (type == Integer.class) {
      return "an integer";
    } else if (type == Boolean.class) {
      return "true or false";
    } else if (type != null && List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static <T> T required(T value, String p, String key) {
    if (value == null) {
      throw bad(p + "/" + key, "missing");
    }
    return value;
  }

  private static Severity severity(String s, String p) {
    try {
      return Severity.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw bad(p, "expected ERROR, WARNING or INFO");
    }
  }

  private static IllegalArgumentException bad(String pointer, String problem) {
    return new IllegalArgumentException("report JSON at " + (pointer.isEmpty() ? "(document)"
        : pointer) + ": " + problem);
  }
}
