package dev.govreply.text;

import dev.govreply.conformance.Finding;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * The reader's account of one text: the charset it was decoded with, what became of every input
 * line (see {@link LineRecord}), and findings for each deviation from the canonical layout, each
 * with its source span and, where there is one, a suggested fix.
 *
 * <p>Where a value came from is kept here, beside the {@code Reply}, so that {@code equals} on the
 * reply means "the same document". Immutable and thread-safe.
 */
public final class ReadReport {
  private final Charset charset;
  private final List<LineRecord> lines;
  private final List<Finding> findings;

  /**
   * Creates a report.
   *
   * @param charset the charset the text was decoded with
   * @param lines one record per input line, in order
   * @param findings deviations found, in source order
   */
  public ReadReport(Charset charset, List<LineRecord> lines, List<Finding> findings) {
    this.charset = Objects.requireNonNull(charset, "charset");
    this.lines = List.copyOf(lines);
    this.findings = List.copyOf(findings);
  }

  /** The charset the input was decoded with. */
  public Charset charset() {
    return charset;
  }

  /** One record per input line, in order; {@code lines().get(i).number() == i + 1}. */
  public List<LineRecord> lines() {
    return lines;
  }

  /** Deviations from the canonical layout, in source order. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The report as text, for people: the charset, a line per input line
   * ({@code 12  body.measures[0] | 一、 | 一、打造……}), then the findings.
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
    sb.append("findings: ").append(findings.size()).append('\n');
    for (Finding f : findings) {
      sb.append("  ").append(f).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "ReadReport[" + charset.name() + ", " + lines.size() + " lines, " + findings.size()
        + " findings]";
  }
}
