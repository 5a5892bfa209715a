package dev.govreply.testing;

import dev.govreply.model.Reply;
import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators over {@link ReplyGens}, as a user writes them: every choice is drawn
 * from QuickTheories' randomness source, so failing replies shrink.
 */
public final class QtChoices {
  private QtChoices() {}

  /** The choices of a QuickTheories randomness source. */
  public static ReplyGens.Choices of(RandomnessSource in) {
    return (lo, hi) -> in.next(Constraint.between(lo, hi));
  }

  /** Valid replies dated up to {@link ReplyGens#LATEST_DATE}. */
  public static Gen<Reply> validReplies() {
    return in -> ReplyGens.validReply(of(in));
  }

  /** Valid replies dated up to {@code latest}. */
  public static Gen<Reply> validReplies(LocalDate latest) {
    return in -> ReplyGens.validReply(of(in), latest);
  }
}
