package dev.govreply;

import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Draws from a QuickTheories randomness source, so that QuickTheories can shrink the result; shared
 * by the test generators ({@link ReplyGenerators}, {@code text.CanonicalReplyGenerators}).
 */
public final class Draw {
  private final RandomnessSource in;

  public Draw(RandomnessSource in) {
    this.in = in;
  }

  /** The source, for a {@code Gen} that draws from it too. */
  public RandomnessSource in() {
    return in;
  }

  public long between(long lo, long hi) {
    return in.next(Constraint.between(lo, hi));
  }

  public boolean chance() {
    return between(0, 1) == 1;
  }

  public boolean oneIn(int n) {
    return between(0, n - 1) == n - 1;
  }

  public int count(int max) {
    return (int) between(0, max);
  }

  public <T> T pick(T[] values) {
    return values[(int) between(0, values.length - 1)];
  }
}
