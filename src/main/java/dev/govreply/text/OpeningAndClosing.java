package dev.govreply.text;

import dev.govreply.model.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * The set paragraphs that frame a reply's body: its opening (您提出的《…》收悉…现答复如下), with a lone
 * greeting (您好！) before it joined to it and the text it ran on into on its line split off, and
 * its closing paragraphs (感谢…, 特此答复, 以上答复…, 是否满意). {@link BodyReader} reads the rest.
 */
final class OpeningAndClosing {
  private OpeningAndClosing() {}

  /**
   * The opening read from a body's paragraphs.
   *
   * @param text the opening, or null when the body has none (it starts with a numbered item)
   * @param rest the paragraphs after the opening, the text it ran on into first
   * @param ranOn the text the opening ran on into on its line (…现答复如下：一、…), or null: the rest
   *     of a reply whose lines a capture ran together, blanks or none between them
   */
  record Opening(String text, List<Para> rest, Para ranOn) {}

  /** Reads the opening from the paragraphs {@code ps}, recording it and its findings in ctx. */
  static Opening opening(List<Para> ps, ReadContext ctx) {
    List<Para> rest = new ArrayList<>(ps.size() + 1); // at most one paragraph split off
    Para first = ps.get(0);
    if (Numbering.at(ctx, first, 0) != null || ps.size() == 1 && isClosing(ctx, first)) {
      BodyRules.NO_OPENING.report(ctx, "body.opening", first, 0, first.length(), null);
      rest.addAll(ps);
      return new Opening(null, rest, null);
    }
    int next = 1;
    Para op = first;
    if (Formulas.isGreeting(ctx, first) && ps.size() > 1
        && !Paragraphs.startsStructuralItem(ctx, ps.get(1))
        && first.length() + ps.get(1).length() <= Limits.MAX_STRING_LENGTH) {
      op = first.concat(ps.get(1));
      next = 2;
    }
    Para ranOn = null;
    int answerEnd = Formulas.answerFollowsEnd(op);
    if (answerEnd >= 0 && answerEnd < op.length()) {
      Para after = op.strip(answerEnd, op.length());
      if (!after.isEmpty()) {
        op = op.strip(0, answerEnd);
        BodyRules.OPENING_RUN_IN.report(ctx, "body.opening", after, 0, 0, null);
        rest.add(after);
        ranOn = after;
      }
    }
    if (!Formulas.hasOpeningWords(op)) {
      BodyRules.NO_OPENING.report(ctx, "body.opening", op, 0, op.length(), null);
    }
    op.target(ctx, "body.opening");
    rest.addAll(ps.subList(next, ps.size()));
    return new Opening(op.text(), rest, ranOn);
  }

  /**
   * Whether {@code p} is a closing paragraph: it starts with a courtesy formula, is a letter
   * formula or asks in its first sentence whether the proposer is satisfied.
   */
  static boolean isClosing(ReadContext ctx, Para p) {
    return Formulas.startsWithClosingFormula(ctx, p) || Formulas.isLetterFormula(ctx, p)
        || Formulas.asksForFeedback(p.sub(0, Paragraphs.firstSentenceEnd(p, 0, p.length())));
  }
}
