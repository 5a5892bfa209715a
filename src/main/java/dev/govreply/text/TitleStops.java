package dev.govreply.text;

import java.util.regex.Pattern;

/**
 * The stops a title holds: no full stop (。) and no colon, save one colon that sets off the item's
 * number the title cites ({@link #holdsStopOrOtherColon}). A line that holds one is a sentence or a
 * label's line, no title ({@link TitleReader}) and no item's own title ({@link ItemsOwnTitle}).
 */
final class TitleStops {
  private TitleStops() {}

  /**
   * Whether a compact key holds a full stop or a colon (。 :), which no title and no part of one
   * holds.
   */
  static boolean holdsStopOrColon(String k) {
    return k.indexOf('。') >= 0 || k.indexOf(':') >= 0;
  }

  /**
   * {@link #holdsStopOrColon}, save one colon that sets the item's number the title cites off:
   * between a kind word and the number (区十八届人大二次会议建议:第009号--关于…的建议的答复), or
   * between the number and the item's title (十八届人大二次会议第1802038号:关于“…”的建议答复).
   */
  static boolean holdsStopOrOtherColon(String k) {
    int colon = k.indexOf(':');
    return holdsStopOrColon(k) && !(k.indexOf('。') < 0 && colon >= 2
        && colon == k.lastIndexOf(':')
        && (KIND_COLON_NUMBER.matcher(k).region(colon - 2, k.length()).lookingAt()
            || NUMBER_COLON_TITLE.matcher(k).region(0, colon + 1).find()
            && TitleReader.titleStart(k.substring(colon + 1)) == 0));
  }

  /** A kind word (two characters), a colon and the item's number: 建议:第009号. */
  private static final Pattern KIND_COLON_NUMBER = Pattern.compile("(?:建议|提案|议案):第?\\d{1,9}号");

  /**
   * The item's number, cited after its session (perhaps without 会议) or kind, and a colon at the
   * end of a key's part: …会议第1802038号:, 十一届一次第111021号:, 建议第12号: (not a document
   * number's 湘交函〔2024〕第40号:).
   */
  private static final Pattern NUMBER_COLON_TITLE =
      Pattern.compile("(?:会议|次|建议|提案|议案)第\\d{1,9}号:$");
}
