package dev.govreply.text;

import java.util.Arrays;

/**
 * Where the characters of a paragraph were printed: a table of runs, each the index in the
 * paragraph where it starts and the source line and column of that character; the following
 * characters of the run were printed in the following columns of the same line.
 *
 * <p>Assembling a paragraph only ever removes characters from its lines (bold markers, blanks at
 * the ends, letter spacing, spaces between Han and ASCII), so a run ends where a line ends and
 * where characters were removed: a paragraph has about as many runs as lines, not as characters.
 * A table is filled once, in order, when its paragraph is made, and not changed after.
 */
final class SourceRuns {
  /** The index in the paragraph where each run starts, ascending. */
  private int[] start;
  /** The 1-based source line of each run. */
  private int[] line;
  /** The 1-based source column of the first character of each run. */
  private int[] col;
  private int count;

  /** An empty table with room for {@code capacity} runs (it grows when needed). */
  SourceRuns(int capacity) {
    int n = Math.max(capacity, 1);
    start = new int[n];
    line = new int[n];
    col = new int[n];
  }

  /** The table of a line's text as it is: one run, from column {@code column} of {@code line}. */
  static SourceRuns of(int line, int column) {
    SourceRuns runs = new SourceRuns(1);
    runs.add(0, line, column);
    return runs;
  }

  /**
   * Adds the run starting at index {@code at} of the paragraph, from column {@code column} of
   * {@code line}; {@code at} is not before the start of the last run. A run that only continues
   * the last one (same line, the next columns) adds nothing, and a run that starts where the last
   * one starts replaces it (the last one was empty).
   */
  void add(int at, int line, int column) {
    if (count > 0) {
      int last = count - 1;
      if (this.line[last] == line && col[last] + (at - start[last]) == column) {
        return;
      }
      if (start[last] == at) {
        count--;
      }
    }
    if (count == start.length) {
      start = Arrays.copyOf(start, 2 * count);
      this.line = Arrays.copyOf(this.line, 2 * count);
      col = Arrays.copyOf(col, 2 * count);
    }
    start[count] = at;
    this.line[count] = line;
    col[count] = column;
    count++;
  }

  /** The number of runs. */
  int count() {
    return count;
  }

  /** The run that holds character {@code i} of the paragraph: the last one starting at or before it. */
  int runOf(int i) {
    int lo = 0;
    int hi = count - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (start[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The index in the paragraph where run {@code r} starts. */
  int start(int r) {
    return start[r];
  }

  /** The source line of run {@code r}. */
  int line(int r) {
    return line[r];
  }

  /** The source column of character {@code i} of the paragraph, which run {@code r} holds. */
  int column(int r, int i) {
    return col[r] + (i - start[r]);
  }
}
