package dev.govreply.conformance;

/**
 * Where something is in a source text: from {@code startLine:startColumn} to
 * {@code endLine:endColumn}, 1-based, columns counted in UTF-16 code units, the end exclusive.
 * Printed as {@code 3:1–3:12}.
 *
 * @param startLine 1-based first line
 * @param startColumn 1-based column of the first character
 * @param endLine 1-based last line
 * @param endColumn 1-based column just after the last character
 */
public record SourceSpan(int startLine, int startColumn, int endLine, int endColumn) {

  /** Checks the span: lines and columns 1 or more, the end not before the start. */
  public SourceSpan {
    if (startLine < 1 || startColumn < 1 || endLine < startLine
        || (endLine == startLine && endColumn < startColumn)) {
      throw new IllegalArgumentException("bad span " + startLine + ":" + startColumn + "–"
          + endLine + ":" + endColumn);
    }
  }

  /** A span within one line. */
  public static SourceSpan ofLine(int line, int startColumn, int endColumn) {
    return new SourceSpan(line, startColumn, line, endColumn);
  }

  /** A span covering whole lines {@code first} to {@code last}; {@code lastLength} is the last line's length. */
  public static SourceSpan ofLines(int first, int last, int lastLength) {
    return new SourceSpan(first, 1, last, lastLength + 1);
  }

  @Override
  public String toString() {
    return startLine + ":" + startColumn + "–" + endLine + ":" + endColumn;
  }
}
