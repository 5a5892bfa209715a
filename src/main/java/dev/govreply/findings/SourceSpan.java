package dev.govreply.findings;

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

  /**
   * Checks the span: lines and columns 1 or more, the end not before the start.
   *
   * @param startLine 1-based first line, e.g. 5 for the founding example's document number
   * @param startColumn 1-based column of the first character, e.g. 1
   * @param endLine 1-based last line, e.g. 5
   * @param endColumn 1-based column just after the last character, e.g. 14 after the 13
   *     characters of 平政字〔2024〕12号
   * @throws IllegalArgumentException for a line or column below 1, or an end before the start
   */
  public SourceSpan {
    if (startLine < 1 || startColumn < 1 || endLine < startLine
        || (endLine == startLine && endColumn < startColumn)) {
      throw new IllegalArgumentException("bad span " + startLine + ":" + startColumn + "–"
          + endLine + ":" + endColumn);
    }
  }

  /**
   * A span within one line.
   *
   * @param line the 1-based line
   * @param startColumn 1-based column of the first character
   * @param endColumn 1-based column just after the last character
   * @return the span, e.g. {@code 5:1–5:14} for {@code ofLine(5, 1, 14)}
   * @throws IllegalArgumentException for a line or column below 1, or an end before the start
   */
  public static SourceSpan ofLine(int line, int startColumn, int endColumn) {
    return new SourceSpan(line, startColumn, line, endColumn);
  }

  /**
   * A span covering whole lines.
   *
   * @param first the 1-based first line
   * @param last the 1-based last line
   * @param lastLength the length of the last line in UTF-16 code units
   * @return the span from column 1 of {@code first} to just after the end of {@code last}
   * @throws IllegalArgumentException for a line below 1, or {@code last} before {@code first}
   */
  public static SourceSpan ofLines(int first, int last, int lastLength) {
    return new SourceSpan(first, 1, last, lastLength + 1);
  }

  @Override
  public String toString() {
    return startLine + ":" + startColumn + "–" + endLine + ":" + endColumn;
  }
}
