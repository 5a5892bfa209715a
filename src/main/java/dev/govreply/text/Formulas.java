package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.PatternStarts;
import dev.govreply.internal.Words;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The set phrases of a reply's body, each stated once as a pattern: the greeting and the opening
 * formula that begin it, the openers of its commitments, and the courtesy formulas that close it.
 *
 * <p>Formulas are matched against the {@linkplain Chars#simplified(String) simplified} text, so
 * that 感謝您對工作的關心 closes a body as 感谢您对工作的关心 does (normalising keeps every
 * position); the greeting, 如下 and the headings of a measure are matched as printed.
 */
final class Formulas {
  private Formulas() {}

  /** A greeting standing alone before the opening: 您好！ 你好， 你们好 (as printed). */
  private static final Formula GREETING = Formula.of("(您好|你好|你们好)[!！,，.。]?");

  /**
   * The words of an opening formula (您提出的《…》收悉，现答复如下): an opening has one of them.
   */
  private static final Words OPENING_WORDS =
      Words.of("收悉", "收到", "如下", "答复", "回复", "函复", "办理", "来函", "来信", "提出的", "所提");

  /** 如下: the word after which the answer follows, where an opening ends. */
  private static final String ANSWER_FOLLOWS = "如下";

  /** The punctuation that may follow 如下 and belongs to the opening. */
  private static final String ANSWER_FOLLOWS_PUNCTUATION = ":：。，,";

  /**
   * What starts a commitments section: 下一步, 下步, 今后, 后段, 后期, 下阶段, 下一阶段, 接下来
   * (下一步工作 and 下步工作 start with one of them).
   */
  private static final String COMMITMENTS_WORD = "下一步|下步|今后|后段|后期|下阶段|下一阶段|接下来";

  private static final Formula COMMITMENTS = Formula.of(COMMITMENTS_WORD);

  /**
   * A commitments opener on a line of its own: the word, then a comma or colon within the next
   * six characters and before any end of sentence (下一步，/ 下步工作中，/ 今后：). The word is the
   * first alternative that matches ({@code (?>…)}): 下一步工作 counts from after 下一步.
   */
  private static final Formula COMMITMENTS_OPENER = Formula.of(
      "(?>" + COMMITMENTS_WORD + ")[^，,：:。！？!?；;]{0,5}[，,：:]");

  /** A year's plan: 2024年，…将 within the first sentence. */
  private static final Pattern COMMITMENTS_YEAR = Pattern.compile("[0-9]{4}年[，,][^。！？!?]*?将");

  /** An office's undertaking: 我们将, 我局还, 我委也, 我单位会 …. */
  private static final Formula COMMITMENTS_WE = Formula.of(
      "(我们|我局|我委|我厅|我办|我院|我部|我单位|我市|我县|我区|我省|我处|我中心)(还|也|会|将)");

  /**
   * The heading of a measure about the future (三、下一步工作打算): its paragraphs are its own,
   * even those that start like commitments.
   */
  private static final Words FUTURE_HEADING =
      Words.of("下一步", "下步", "今后", "打算", "计划", "后段", "下阶段");

  /**
   * A courtesy formula at the start of a closing paragraph: 感谢…, 再次感谢…, 谢谢…, 特此答复, 此致, 敬礼,
   * 以上答复…, 如有意见…, 欢迎您继续…, 希望您继续…, 恳请…, 诚挚…; the thanks perhaps after 最后, which
   * says the letter closes (最后，再次感谢您对…工作的关心和支持).
   */
  private static final Formula CLOSING = Formula.of(
      "(最后\\s*[,，]?\\s*)?(再次|衷心|非常|十分|真诚)?(感谢|谢谢)|特此(答复|函复|回复|说明|函告)?|此致|敬礼"
          + "|以上(答复|回复|办理|意见|情况|是)|如有(意见|疑问|问题|不妥|不满意)"
          + "|欢迎(您|你们)?(继续|今后|再)|希望(您|你们)继续|恳请|诚挚");

  /** A question to the proposer in the first sentence of a closing paragraph. */
  private static final Words CLOSING_QUERY = Words.of("是否满意", "敬请反馈", "征询意见表", "满意度测评");

  /** The letter formula 此致 / 敬礼 / 此致敬礼, or 此复 (this is the reply), alone on its paragraph. */
  private static final Formula LETTER_FORMULA = Formula.of("(此致|敬礼|此致敬礼|此复)[!！。]?");

  /**
   * A set phrase of the body as a pattern that begins with literal words (not with a character
   * class, an escape or a dot), and the characters it can begin with: its first words' first
   * characters, found by asking the pattern itself of each character of its text ({@link
   * Matcher#hitEnd}). A text is matched against the pattern only when it begins with one of them.
   *
   * @param pattern the pattern
   * @param first the characters a match begins with
   */
  private record Formula(Pattern pattern, String first) {
    static Formula of(String regex) {
      Pattern p = Pattern.compile(regex);
      return new Formula(p, PatternStarts.of(p, false));
    }

    /** This read's matcher of the pattern, reset to {@code t}, or null when no match can begin it. */
    Matcher matcher(ReadContext ctx, CharSequence t) {
      return !t.isEmpty() && first.indexOf(t.charAt(0)) >= 0 ? ctx.matcher(pattern, t) : null;
    }

    /** Whether {@code t} begins with the phrase. */
    boolean begins(ReadContext ctx, CharSequence t) {
      Matcher m = matcher(ctx, t);
      return m != null && m.lookingAt();
    }

    /** Whether {@code t} is the phrase alone. */
    boolean isWhole(ReadContext ctx, CharSequence t) {
      Matcher m = matcher(ctx, t);
      return m != null && m.matches();
    }
  }

  /** Whether {@code t} is a greeting alone (您好！). */
  static boolean isGreeting(ReadContext ctx, CharSequence t) {
    return GREETING.isWhole(ctx, t);
  }

  /** Whether {@code t} has a word of the opening formula (收悉, 答复, 提出的 …). */
  static boolean hasOpeningWords(CharSequence t) {
    return OPENING_WORDS.in(Chars.simplified(t.toString()));
  }

  /** Where the first 如下 in {@code t} starts, or -1. */
  static int answerFollowsAt(CharSequence t) {
    return t.toString().indexOf(ANSWER_FOLLOWS);
  }

  /**
   * The end of the first 如下 in {@code t} and the punctuation after it, perhaps after layout
   * blanks (现答复如下 :), or -1.
   */
  static int answerFollowsEnd(CharSequence t) {
    int at = answerFollowsAt(t);
    if (at < 0) {
      return -1;
    }
    int end = at + ANSWER_FOLLOWS.length();
    int p = end;
    while (p < t.length() && Chars.isBlank(t.charAt(p))) {
      p++;
    }
    return p < t.length() && ANSWER_FOLLOWS_PUNCTUATION.indexOf(t.charAt(p)) >= 0 ? p + 1 : end;
  }

  /** Whether {@code t} starts with the word of a commitments section (下一步, 今后 …). */
  static boolean startsWithCommitmentsWord(ReadContext ctx, CharSequence t) {
    return COMMITMENTS.begins(ctx, simplified(t));
  }

  /** Whether {@code t} starts with a commitments opener: 下一步，/ 今后： …. */
  static boolean startsWithCommitmentsOpener(ReadContext ctx, CharSequence t) {
    return COMMITMENTS_OPENER.begins(ctx, simplified(t));
  }

  /** Whether {@code t} starts with a year's plan: 2024年，…将. */
  static boolean startsWithYearPlan(ReadContext ctx, CharSequence t) {
    return ctx.matcher(COMMITMENTS_YEAR, simplified(t)).lookingAt();
  }

  /** Whether {@code t} starts with an office's undertaking: 我们将, 我局还 …. */
  static boolean startsWithUndertaking(ReadContext ctx, CharSequence t) {
    return COMMITMENTS_WE.begins(ctx, simplified(t));
  }

  /** Whether {@code heading}, the heading of a measure, is about the future (下一步工作打算). */
  static boolean isFutureHeading(String heading) {
    return FUTURE_HEADING.in(heading);
  }

  /** Whether {@code t} starts with a courtesy formula of the closing (感谢…, 特此答复 …). */
  static boolean startsWithClosingFormula(ReadContext ctx, CharSequence t) {
    return CLOSING.begins(ctx, simplified(t));
  }

  /** Whether {@code t} is a letter formula alone (此致, 敬礼, 此致敬礼！, 此复。). */
  static boolean isLetterFormula(ReadContext ctx, CharSequence t) {
    return LETTER_FORMULA.isWhole(ctx, simplified(t));
  }

  /** Whether {@code sentence} asks the proposer whether they are satisfied (是否满意 …). */
  static boolean asksForFeedback(CharSequence sentence) {
    return CLOSING_QUERY.in(Chars.simplified(sentence.toString()));
  }

  /**
   * {@code t} read in simplified form: a paragraph of the body as a view that simplifies each
   * character as a pattern reads it ({@link Para#simplified()}), any other text as a String.
   */
  private static CharSequence simplified(CharSequence t) {
    return t instanceof Para p ? p.simplified() : Chars.simplified(t.toString());
  }
}
