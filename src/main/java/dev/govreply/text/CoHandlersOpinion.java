package dev.govreply.text;

import dev.govreply.internal.CharSet;
import dev.govreply.internal.Words;
import java.util.List;

/**
 * A co-handler's opinion (会办意见, 协办意见): the letter a body that helps handle an item sends to
 * the body that leads the handling (主送机关), not to the member. It may name that body without a
 * colon, alone on the line above its opening ({@code 市教育局} / {@code 现将…建议的办理情况函告如下,
 * 请综合后一并答复代表}), where a letter's letterhead would stand: the layout tells them apart.
 */
final class CoHandlersOpinion {
  private CoHandlersOpinion() {}

  /** The words of the second person that speak to the reader of a letter: 您, 你(们), 贵(单位). */
  private static final CharSet SECOND_PERSON = CharSet.of("您你贵");

  /**
   * What a co-handler asks of the lead handler in its opening: to answer the member with the
   * opinion in (请一并答复代表, 请综合后一并答复, 汇总答复).
   */
  private static final Words ASKS_TO_ANSWER = Words.of("一并答复", "一并回复", "综合答复",
      "汇总答复");

  /**
   * The index of the opening right below a body's name alone on line {@code i} of {@code all},
   * when that name is the body a co-handler's opinion is sent to, printed without its colon; else
   * -1. The letter is a co-handler's opinion by its title (the last of {@code titles}: …的会办意见,
   * …的协办意见) or by its opening, which asks the body addressed to answer the member ({@link
   * #ASKS_TO_ANSWER}). The opening is the first line below that is not blank: it reads as one
   * (收悉, 如下 …) and speaks to no one in the second person (您, 你们, 贵单位: the name above would
   * then be a byline, not who is spoken to); and the name is not printed again on a line of its
   * own below, as the body that signs the opinion (a body does not address itself).
   */
  static int openingBelowAddressee(List<Line> all, int i, List<TitleReader.Found> titles) {
    int j = Line.nextText(all, i);
    if (j < 0) {
      return -1;
    }
    Line l = all.get(j);
    String t = l.compactKey();
    if (l.salutation() != null || !BodyStart.looksLikeBody(l, true)
        || !Formulas.hasOpeningWords(t) || SECOND_PERSON.firstIn(t, 0, t.length()) < t.length()
        || !titled(titles) && !ASKS_TO_ANSWER.in(t)) {
      return -1;
    }
    String name = all.get(i).compactKey();
    for (int k = j + 1; k < all.size(); k++) {
      if (all.get(k).compactKey().equals(name)) {
        return -1;
      }
    }
    return j;
  }

  /** Whether the reply's title (the last of {@code titles}) is a co-handler's opinion's. */
  private static boolean titled(List<TitleReader.Found> titles) {
    if (titles.isEmpty()) {
      return false;
    }
    String k = titles.get(titles.size() - 1).compact().key;
    return k.contains("会办") || k.contains("协办");
  }
}
