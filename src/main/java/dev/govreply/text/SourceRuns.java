package dev.govreply.text;

import java.util.Arrays;

/**
 * Where the characters of a paragraph were printed: a table of runs, each the index in the
 * paragraph where it starts and the source line and column of that character; the following
 * characters of the run were printed in the following columns of the same line.
 *
 * <p>Assembling a paragraph only ever removes characters from its lines (bold markers, blanks at
 * the ends, letter spacing, spaces between Han and ASCII), so a run ends where a line ends and
 * where characters were removed: a paragraph has about as many runs as lines plus removals, not
 * as characters. A table is filled once, in order, when its paragraph is made, and not changed
 * after.
 */
final class SourceRuns {
  /**
   * The runs, three numbers each: the index in the paragraph where the run starts (ascending),
   * its 1-based source line and the 1-based source column of its first character.
   */
  private int[] runs;
  private int count;

  /** An empty table with room for {@code capacity} runs (it grows when needed). */
  SourceRuns(int capacity) {
    runs = new int[3 * Math.max(capacity, 1)];
  }

  /** The table of a line's text as it is: one run, from column {@code column} of {@code line}. */
  static SourceRuns of(int line, int column) {
    SourceRuns table = new SourceRuns(1);
    table.add(0, line, column);
    return table;
  }

  /**
   * Adds the run starting at index {@code at} of the paragraph, from column {@code column} of
   * {@code line}; {@code at} is after the start of the last run. A run that only continues the
   * last one (same line, the next columns) adds nothing.
   */
  void add(int at, int line, int column) {
    if (count > 0) {
      int last = 3 * (count - 1);
      if (runs[last + 1] == line && runs[last + 2] + (at - runs[last]) == column) {
        return;
      }
    }
    int r = 3 * count;
    if (r == runs.length) {
      runs = Arrays.copyOf(runs, 2 * r);
    }
    runs[r] = at;
    runs[r + 1] = line;
    runs[r + 2] = column;
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
      if (runs[3 * mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Adds to {@code to} where characters {@code [start, end)} of the paragraph came from, each at
   * its index plus {@code shift}; {@code r} is a run at or before the one holding {@code start}.
   * Returns the run that holds {@code end - 1}, where a later copy of this paragraph may start.
   */
  int copy(int r, int start, int end, int shift, SourceRuns to) {
    int q = r;
    while (q + 1 < count && runs[3 * (q + 1)] <= start) {
      q++;
    }
    while (true) {
      int s = Math.max(runs[3 * q], start);
      to.add(s + shift, runs[3 * q + 1], runs[3 * q + 2] + (s - runs[3 * q]));
      if (q + 1 == count || runs[3 * (q + 1)] >= end) {
        return q;
      }
      q++;
    }
  }

  /** The index in the paragraph where run {@code r} starts. */
  int start(int r) {
    return runs[3 * r];
  }

  /** The source line of run {@code r}. */
  int line(int r) {
    return runs[3 * r + 1];
  }

  /** The source column of character {@code i} of the paragraph, which run {@code r} holds. */
  int column(int r, int i) {
    return runs[3 * r + 2] + (i - runs[3 * r]);
  }
}
