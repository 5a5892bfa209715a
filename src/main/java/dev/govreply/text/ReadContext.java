package dev.govreply.text;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import dev.govreply.internal.Chars;
import java.nio.charset.Charset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutable state of one read (not shared between reads): the input lines, what each became,
 * and the findings. Recognisers record every placement here so that the report accounts for every
 * line.
 */
final class ReadContext {
  private final List<String> lines;
  /** {@link #lines} as {@link Line}s, made on first use. */
  private List<Line> allLines;
  /**
   * The paths recorded for each line: null (none yet), a {@code String} (one path, the common
   * case) or an {@code ArrayList<String>} (several, in order).
   */
  private final Object[] targets;
  /** The markup recorded for each line, held like {@link #targets}. */
  private final Object[] markup;
  private final List<Finding> findings = new ArrayList<>();
  /** Where each value of the reply was found, by model path ({@link #source}). */
  private final Map<String, Provenance> sources = new HashMap<>();
  /** The paths of {@link #targets} as sets, for lines with many paths; made when needed. */
  private Map<Integer, Set<String>> targetSets;

  /**
   * The matchers of this read, one for each pattern a recogniser asks for: a matcher is made once
   * per read and reset to each text it is asked about ({@link #matcher}).
   */
  private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

  ReadContext(List<String> lines) {
    this.lines = List.copyOf(lines);
    this.targets = new Object[lines.size()];
    this.markup = new Object[lines.size()];
  }

  /** The input lines (without terminators), in order; line {@code n} is at index {@code n - 1}. */
  List<String> lines() {
    return lines;
  }

  /**
   * Whether the line at index {@code i} is the last whose text is not blank (a line of a table's
   * cell borders alone has none).
   */
  boolean isLastText(int i) {
    List<Line> all = allLines();
    for (int j = i + 1; j < all.size(); j++) {
      if (!all.get(j).blank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * All input lines as {@link Line}s, made on first use: the same list (and line objects, with
   * what they know of themselves) for every recogniser of the read.
   */
  List<Line> allLines() {
    if (allLines == null) {
      Line[] out = new Line[lines.size()];
      for (int i = 0; i < out.length; i++) {
        String t = lines.get(i);
        int start = CellBorders.textStart(t);
        int end = CellBorders.textEnd(t, start);
        out[i] = new Line(i + 1, 1, t);
        if (start > 0 || t.indexOf('|', end) >= 0) { // borders read past
          out[i] = Line.betweenBorders(i + 1, start + 1, t.substring(start, end));
          if (bordered == null) {
            bordered = new boolean[out.length];
          }
          bordered[i] = true;
        }
      }
      lineArray = out;
      allLines = Collections.unmodifiableList(Arrays.asList(out));
    }
    return allLines;
  }

  /** The array {@link #allLines} is a view of. */
  private Line[] lineArray;

  /**
   * Makes {@code part}, a part of the line at index {@code i}, that line for every recogniser from
   * now on: the reader found the rest of the line to be something else (a title flattened onto
   * the line of the salutation, {@link FlatStart}).
   */
  void narrow(int i, Line part) {
    allLines();
    if (part.number() != i + 1) {
      throw new IllegalArgumentException("line " + part.number() + " is not at index " + i);
    }
    lineArray[i] = part;
  }

  /**
   * The lines whose text was read between a table's cell borders ({@link CellBorders}), by index;
   * null when no line has them.
   */
  private boolean[] bordered;

  /**
   * Records the cell borders of the lines read between them as consumed markup: of a line whose
   * text went into the reply (not one kept whole as unrecognized text, borders and all), and of a
   * line of borders alone.
   */
  private void borders() {
    if (bordered == null) {
      return;
    }
    for (int i = 0; i < bordered.length; i++) {
      if (!bordered[i]) {
        continue;
      }
      boolean placed = false;
      for (String path : list(targets[i])) {
        placed |= !path.startsWith("unrecognized");
      }
      String t = lines.get(i);
      int start = CellBorders.textStart(t);
      int end = CellBorders.textEnd(t, start);
      if (placed || Chars.isBlank(t.substring(start, end))) {
        // the borders of the line as read, whatever part of it a recogniser narrowed it to
        markup(i + 1, t.substring(0, start), t.substring(end));
      }
    }
  }

  /**
   * This read's matcher of {@code pattern}, reset to {@code text} (the whole text its region). A
   * recogniser is done with it before it asks for the matcher of the same pattern again.
   */
  Matcher matcher(Pattern pattern, CharSequence text) {
    Matcher m = matchers.get(pattern);
    if (m == null) {
      m = pattern.matcher(text);
      matchers.put(pattern, m);
      return m;
    }
    return m.reset(text);
  }

  /** Records that text of {@code line} went to the model path {@code path}. */
  @SuppressWarnings("unchecked")
  void target(int line, String path) {
    Object recorded = targets[line - 1];
    if (recorded == null) {
      targets[line - 1] = path;
      return;
    }
    if (recorded instanceof String one) {
      if (!one.equals(path)) {
        List<String> t = new ArrayList<>(4);
        t.add(one);
        t.add(path);
        targets[line - 1] = t;
      }
      return;
    }
    List<String> t = (List<String>) recorded;
    int n = t.size();
    if (t.get(n - 1).equals(path)) {
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

  /**
   * Records characters {@code [start, end)} of paragraph {@code p} as consumed markup, each part on
   * the line it was printed on: a number split over lines (一 / 、) is markup of both lines.
   */
  void markup(Para p, int start, int end) {
    int s = start;
    while (s < end) {
      int line = p.lineAt(s);
      int e = s + 1;
      while (e < end && p.lineAt(e) == line) {
        e++;
      }
      markup(line, p.sub(s, e).text());
      s = e;
    }
  }

  /**
   * Records as markup of line {@code line} what writing a value as {@code written} consumed of
   * its {@code printed} form: the Han characters of {@code printed} that {@code written} does not
   * hold (as many times as printed beyond those it holds), in their order, as one token (號 of
   * a document number written with 号, the 年第号 of 2015年第0583号 read as the number 0583).
   */
  void markupConsumed(int line, String printed, String written) {
    StringBuilder left = new StringBuilder(written);
    StringBuilder consumed = new StringBuilder();
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      int at = left.indexOf(String.valueOf(c));
      if (at >= 0) {
        left.setCharAt(at, '\0');
      } else if (Chars.isHan(c)) {
        consumed.append(c);
      }
    }
    markup(line, consumed.toString());
  }

  /** Records labels or markers of {@code line} that were consumed (their meaning is in a field). */
  @SuppressWarnings("unchecked")
  void markup(int line, String... tokens) {
    for (String token : tokens) {
      if (!token.isBlank()) {
        String stripped = shared(token.strip());
        Object m = markup[line - 1];
        if (m == null) {
          markup[line - 1] = stripped;
        } else if (m instanceof String one) {
          List<String> list = new ArrayList<>(4);
          list.add(one);
          list.add(stripped);
          markup[line - 1] = list;
        } else {
          ((List<String>) m).add(stripped);
        }
      }
    }
  }

  /**
   * Markup tokens are few and repeated on many lines (一、, 联系人, 年 月 日): the first string of
   * each short token is recorded for every line that has it, so that a text of a million numbered
   * lines does not hold a million strings 一、.
   */
  private String shared(String token) {
    if (token.length() > 8) {
      return token;
    }
    if (tokens == null) {
      tokens = new HashMap<>();
    }
    String first = tokens.putIfAbsent(token, token);
    return first != null ? first : token;
  }

  /** The short markup tokens recorded so far; see {@link #shared}. */
  private Map<String, String> tokens;

  /** What {@link #targets} or {@link #markup} hold for one line, as a list. */
  @SuppressWarnings("unchecked")
  private static List<String> list(Object recorded) {
    if (recorded == null) {
      return List.of();
    }
    return recorded instanceof String one ? List.of(one) : (List<String>) recorded;
  }

  /**
   * Records where the value at model path {@code path} ({@link ReadReport#provenance()}) was found;
   * a later record for the same path replaces an earlier one.
   */
  void source(String path, Provenance provenance) {
    sources.put(path, provenance);
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

  /**
   * The report; findings sorted by position. This read is over: the report's line records are
   * made from what this context recorded, when they are asked for ({@link Records}).
   */
  ReadReport report(Charset charset) {
    borders();
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing((Finding f) -> f.span().map(SourceSpan::startLine).orElse(0))
        .thenComparing(f -> f.span().map(SourceSpan::startColumn).orElse(0)));
    return ReadReport.ofUnmodifiable(charset, new Records(lines, targets, markup), sorted,
        sources);
  }

  /**
   * The line records of a read, made when asked for: an unmodifiable list that holds the lines
   * and what was recorded for each (one reference each) instead of a record and two lists per
   * line, so that a text of a million short lines is not held three times over.
   */
  private static final class Records extends AbstractList<LineRecord> implements RandomAccess {
    private final List<String> lines;
    private final Object[] targets;
    private final Object[] markup;

    Records(List<String> lines, Object[] targets, Object[] markup) {
      this.lines = lines;
      this.targets = freeze(targets);
      this.markup = freeze(markup);
    }

    /** The recorded paths or tokens with every list made unmodifiable. */
    @SuppressWarnings("unchecked")
    private static Object[] freeze(Object[] recorded) {
      Object[] out = recorded.clone();
      for (int i = 0; i < out.length; i++) {
        if (out[i] instanceof List<?> l) {
          out[i] = List.copyOf((List<String>) l);
        }
      }
      return out;
    }

    @Override
    public LineRecord get(int i) {
      return new LineRecord(i + 1, lines.get(i), list(targets[i]), list(markup[i]));
    }

    @Override
    public int size() {
      return lines.size();
    }
  }
}
