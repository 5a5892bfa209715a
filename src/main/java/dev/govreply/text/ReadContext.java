package dev.govreply.text;

import dev.govreply.conformance.Finding;
import dev.govreply.conformance.Severity;
import dev.govreply.conformance.SourceSpan;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mutable state of one read (not shared between reads): the input lines, what each became,
 * and the findings. Recognisers record every placement here so that the report accounts for every
 * line.
 */
final class ReadContext {
  private final List<String> lines;
  private final List<List<String>> targets;
  private final List<List<String>> markup;
  private final List<Finding> findings = new ArrayList<>();
  /** The paths of {@link #targets} as sets, for lines with many paths; made when needed. */
  private Map<Integer, Set<String>> targetSets;

  ReadContext(List<String> lines) {
    this.lines = List.copyOf(lines);
    // a line's list is made when the first path or token is recorded: null until then
    List<List<String>> none = Collections.nCopies(lines.size(), null);
    this.targets = new ArrayList<>(none);
    this.markup = new ArrayList<>(none);
  }

  /** The input lines (without terminators), in order; line {@code n} is at index {@code n - 1}. */
  List<String> lines() {
    return lines;
  }

  /** All input lines as {@link Line}s. */
  List<Line> allLines() {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      out.add(new Line(i + 1, 1, lines.get(i)));
    }
    return out;
  }

  /** Records that text of {@code line} went to the model path {@code path}. */
  void target(int line, String path) {
    List<String> recorded = targets.get(line - 1);
    if (recorded == null) {
      recorded = new ArrayList<>(4);
      targets.set(line - 1, recorded);
    }
    List<String> t = recorded;
    int n = t.size();
    if (n > 0 && t.get(n - 1).equals(path)) {
      return; // the common repeat: the path just recorded
    }
    if (n < 8) {
      if (!t.contains(path)) {
        t.add(path);
      }
      return;
    }
    // a line with many paths (run-in points): a set, so the check is not linear
    if (targetSets == null) {
      targetSets = new HashMap<>();
    }
    Set<String> seen = targetSets.computeIfAbsent(line, k -> new HashSet<>(t));
    if (seen.add(path)) {
      t.add(path);
    }
  }

  /** Records labels or markers of {@code line} that were consumed (their meaning is in a field). */
  void markup(int line, String... tokens) {
    for (String token : tokens) {
      if (!token.isBlank()) {
        List<String> m = markup.get(line - 1);
        if (m == null) {
          m = new ArrayList<>(2);
          markup.set(line - 1, m);
        }
        m.add(token.strip());
      }
    }
  }

  /** Adds a finding. */
  void finding(Finding f) {
    findings.add(f);
  }

  /** Adds a finding about part of one line. */
  void finding(String ruleId, Severity severity, String message, String path, Line line,
      int start, int end, String fix) {
    Finding f = Finding.of(ruleId, severity, message, path,
        SourceSpan.ofLine(line.number(), line.column() + start, line.column() + end));
    findings.add(fix == null ? f : f.withFix(fix));
  }

  /** The report; findings sorted by position. */
  ReadReport report(Charset charset) {
    List<LineRecord> records = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      List<String> t = targets.get(i);
      List<String> m = markup.get(i);
      records.add(new LineRecord(i + 1, lines.get(i), t == null ? List.of() : t,
          m == null ? List.of() : m));
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing((Finding f) -> f.span().map(SourceSpan::startLine).orElse(0))
        .thenComparing(f -> f.span().map(SourceSpan::startColumn).orElse(0)));
    return new ReadReport(charset, records, sorted);
  }
}
