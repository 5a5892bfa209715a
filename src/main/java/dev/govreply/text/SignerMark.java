package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.text.LineMarks.Item;
import dev.govreply.text.LineMarks.Kind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signer (签发人) among a line's marks ({@link LineMarks}): the official who signed the letter
 * for its body, or the officials who signed a joint letter, one for each body.
 */
final class SignerMark {
  private SignerMark() {}

  /** A signer's name among others: two to five Han characters. */
  private static final String NAME = "[" + Chars.HAN + "·]{2,5}(?![" + Chars.HAN + "·])";

  /**
   * The signer (签发人, or 签发 with its colon, not 领导签发 of a contact block): two to five Han
   * characters or a letter-spaced name (李 明, 方  敏) after the label.
   */
  private static final Pattern SIGNER = Pattern.compile(
      "(?:签\\s*发\\s*人\\s*:?|(?<![" + Chars.HAN + "])签\\s*发\\s*:)\\s*"
          + "(" + NAME
          + "|[" + Chars.HAN + "](?:\\s{1,3}[" + Chars.HAN + "]){1,3}(?![" + Chars.HAN + "]))");

  /**
   * The other signers of a joint letter, one for each body, right after the first, as its header
   * prints them: names of two to five Han characters listed with 、 or a comma, ending the line or
   * standing before the letter's number (签发人：张三、李四), or set off by blanks before the number
   * (签发人:郭潇宇 邢炳林 凤红政函〔2024〕45号), a mark read already. A word after a blank that ends
   * the line (签发人：李四 经办人, 签发人：张三 抄送) is no signer.
   */
  private static final Pattern OTHER_SIGNERS = Pattern.compile(
      "(?:\\s*[、，,]\\s*" + NAME + ")+(?=\\s*(?:\\u0000|$))"
          + "|(?:\\s+" + NAME + ")+(?=\\s*\\u0000)");

  /**
   * Reads the signer in what is left of the key {@code k} of {@code text}, if any, into {@code
   * items}, and takes it out of the key.
   */
  static void signer(String text, char[] k, List<Item> items) {
    Matcher m = SIGNER.matcher(new String(k));
    if (m.find()) {
      String name = Chars.removeBlanks(text.substring(m.start(1), m.end(1)));
      String label = Chars.removeBlanks(text.substring(m.start(), m.start(1))).replace(":", "")
          .replace("：", "");
      items.add(new Item(Kind.SIGNER, m.start(), m.end(), name, name, label));
      LineMarks.take(k, m.start(), m.end());
    }
  }

  /**
   * Reads the {@linkplain #OTHER_SIGNERS other signers} of a joint letter into the signer's item
   * of {@code items}, once every other mark of the line is read and taken out of the key {@code
   * k} (签发人：张三 主动公开 has one signer): the signers listed with 、 (郭潇宇、邢炳林), as the
   * reply writes them.
   */
  static void otherSigners(String text, char[] k, List<Item> items) {
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.kind() != Kind.SIGNER) {
        continue;
      }
      Matcher m = OTHER_SIGNERS.matcher(new String(k)).region(it.end(), k.length);
      if (m.lookingAt()) {
        String names = String.join("、", (it.value() + text.substring(m.start(), m.end()))
            .split("[\\s、，,]+"));
        items.set(i, new Item(Kind.SIGNER, it.start(), m.end(), names, names, it.label()));
        LineMarks.take(k, m.start(), m.end());
      }
      return;
    }
  }
}
