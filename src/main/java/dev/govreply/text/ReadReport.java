package dev.govreply.text;

import dev.govreply.findings.Finding;
import dev.govreply.findings.SourceLocator;
import dev.govreply.findings.SourceSpan;
import dev.govreply.internal.Chars;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reader's account of one text: the charset it was decoded with, what became of every input
 * line (see {@link LineRecord}), and findings for each deviation from the canonical layout, each
 * with its source span and, where there is one, a suggested fix.
 *
 * <p>Where a value came from is kept here, beside the {@code Reply}, so that {@code equals} on the
 * reply means "the same document": the lines it was printed on ({@link #lines()}) and the kind of
 * place it was found in ({@link #provenance()}: the document's text, its title, the signature or
 * the web page around it). Immutable and thread-safe.
 */
public final class ReadReport {
  private final Charset charset;
  private final List<LineRecord> lines;
  private final List<Finding> findings;
  private final Map<String, Provenance> provenance;

  /**
   * The model paths {@link #provenance()} may name, in the order it lists them.
   */
  public static final List<String> PROVENANCE_PATHS = List.of("issuer", "documentNumber",
      "resultClass", "disclosure", "motion.kind", "motion.number", "motion.session",
      "motion.title", "addressee", "signature", "date", "contacts", "copyTo");

  /**
   * Creates a report without provenance.
   *
   * @param charset the charset the text was decoded with
   * @param lines one record per input line, in order
   * @param findings deviations found, in source order
   */
  public ReadReport(Charset charset, List<LineRecord> lines, List<Finding> findings) {
    this(charset, lines, findings, Map.of());
  }

  /**
   * Creates a report.
   *
   * @param charset the charset the text was decoded with
   * @param lines one record per input line, in order
   * @param findings deviations found, in source order
   * @param provenance where each value of the reply was found, by model path (one of {@link
   *     #PROVENANCE_PATHS})
   * @throws IllegalArgumentException when a path is not one of {@link #PROVENANCE_PATHS}
   */
  public ReadReport(Charset charset, List<LineRecord> lines, List<Finding> findings,
      Map<String, Provenance> provenance) {
    this(charset, List.copyOf(lines), findings, provenance, null);
  }

  private ReadReport(Charset charset, List<LineRecord> unmodifiableLines, List<Finding> findings,
      Map<String, Provenance> provenance, Void copied) {
    this.charset = Objects.requireNonNull(charset, "charset");
    this.lines = Objects.requireNonNull(unmodifiableLines, "lines");
    this.findings = List.copyOf(findings);
    this.provenance = ordered(provenance);
  }

  /** {@code provenance} in the order of {@link #PROVENANCE_PATHS}, unmodifiable. */
  private static Map<String, Provenance> ordered(Map<String, Provenance> provenance) {
    Objects.requireNonNull(provenance, "provenance");
    for (String path : provenance.keySet()) {
      if (!PROVENANCE_PATHS.contains(path)) {
        throw new IllegalArgumentException("provenance: " + path + " is not one of "
            + PROVENANCE_PATHS);
      }
    }
    Map<String, Provenance> out = new LinkedHashMap<>();
    for (String path : PROVENANCE_PATHS) {
      Provenance p = provenance.get(path);
      if (p != null) {
        out.put(path, p);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The reader's report, whose {@code lines} are an unmodifiable list already: the reader's makes
   * each record when it is asked for (see {@code ReadContext}), so it is not copied.
   */
  static ReadReport ofUnmodifiable(Charset charset, List<LineRecord> lines,
      List<Finding> findings, Map<String, Provenance> provenance) {
    return new ReadReport(charset, lines, findings, provenance, null);
  }

  /**
   * The charset the input was decoded with.
   *
   * @return the charset
   */
  public Charset charset() {
    return charset;
  }

  /**
   * One record per input line, in order; {@code lines().get(i).number() == i + 1}.
   *
   * @return the line records
   */
  public List<LineRecord> lines() {
    return lines;
  }

  /**
   * Deviations from the canonical layout, in source order.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Where each value of the reply was found, by model path, in the order of {@link
   * #PROVENANCE_PATHS}: {@code issuer → TITLE} when the title names it, {@code SIGNATURE} when only
   * the signature does, {@code WEB_PAGE} when only the web page's metadata does. A path the reply
   * has no value for is absent; a value whose provenance is not {@link Provenance#stated() stated}
   * deserves a person's look.
   *
   * @return the provenance of the reply's values, unmodifiable
   */
  public Map<String, Provenance> provenance() {
    return provenance;
  }

  /**
   * The report as text, for people: the charset, a line per input line
   * ({@code 12  body.measures[0] | 一、 | 一、打造……}), the provenance of the values
   * ({@code provenance: issuer=title documentNumber=document …}), then the findings.
   *
   * @return the report as text
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("charset: ").append(charset.name()).append('\n');
    for (LineRecord r : lines) {
      sb.append(String.format("%5d  ", r.number()));
      if (r.blank()) {
        sb.append("(blank)");
      } else if (r.unaccounted()) {
        sb.append("(UNACCOUNTED)");
      } else {
        sb.append(String.join(", ", r.targets()));
        if (!r.markup().isEmpty()) {
          sb.append(" | markup ").append(String.join(" ", r.markup()));
        }
      }
      if (!r.blank()) {
        String t = r.text().strip();
        sb.append(" | ").append(t.length() > 40 ? t.substring(0, 40) + "…" : t);
      }
      sb.append('\n');
    }
    sb.append("provenance:");
    provenance.forEach((path, p) -> sb.append(' ').append(path).append('=').append(p.english()));
    sb.append('\n');
    sb.append("findings: ").append(findings.size()).append('\n');
    for (Finding f : findings) {
      sb.append("  ").append(f).append('\n');
    }
    return sb.toString();
  }

  /** Equal when the charset, the line records, the findings and the provenance are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReadReport r && charset.equals(r.charset) && lines.equals(r.lines)
        && findings.equals(r.findings) && provenance.equals(r.provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(charset, lines, findings, provenance);
  }

  @Override
  public String toString() {
    return "ReadReport[" + charset.name() + ", " + lines.size() + " lines, " + findings.size()
        + " findings]";
  }

  /**
   * Where the parts of the reply came from, for conformance checking: the span from the first to
   * the last line whose targets hold the model path or a path below it ({@code body.measures[0]}
   * covers {@code body.measures[0].points[1]}), from the first to just after the last non-blank
   * character; empty when no line gave the path.
   *
   * @return the locator of model paths in this text
   */
  public SourceLocator locator() {
    return path -> {
      int first = -1;
      int last = -1;
      for (LineRecord r : lines) {
        for (String t : r.targets()) {
          if (t.equals(path) || t.startsWith(path + ".") || t.startsWith(path + "[")) {
            if (first < 0) {
              first = r.number();
            }
            last = r.number();
            break;
          }
        }
      }
      if (first < 0) {
        return java.util.Optional.empty();
      }
      String a = lines.get(first - 1).text();
      String b = lines.get(last - 1).text();
      int start = Chars.skipBlanks(a, 0);
      int end = b.length();
      while (end > 0 && Chars.isBlank(b.charAt(end - 1))) {
        end--;
      }
      if (start >= a.length()) {
        start = 0;
      }
      if (first == last && end <= start) {
        end = a.length();
      }
      return java.util.Optional.of(new SourceSpan(first, start + 1, last, end + 1));
    };
  }
}
