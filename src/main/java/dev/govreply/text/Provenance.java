package dev.govreply.text;

/**
 * Where the text reader found a value of the reply ({@link ReadReport#provenance()}): in the
 * document where the genre puts it, or in a place that stands in for it when the document does not
 * state it there. Integrators route replies with values of the latter kind to a person.
 *
 * <pre>{@code
 * ReadResult r = ReplyTextReader.standard().read(text);
 * boolean doubtful = r.report().provenance().values().stream().anyMatch(p -> !p.stated());
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Provenance {
  /**
   * The document's own text, where the value belongs: header marks, salutation, opening sentence,
   * signature block, date line, contact block.
   */
  DOCUMENT("document", "正文"),
  /** The reply's title (平江县人民政府关于…第241号建议的答复; (B) after it). */
  TITLE("title", "标题"),
  /** The signature (落款), standing in for an issuer the header and title do not name. */
  SIGNATURE("signature", "落款"),
  /**
   * The web page around the document: its metadata table (文号, 公开方式), a record of the item (会议届次,
   * 建议提案编号) or its copy of the title, used only where the document itself is silent.
   */
  WEB_PAGE("web page", "网页");

  private final String english;
  private final String chinese;

  Provenance(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Whether the document states the value itself (its text or its title), rather than a place that
   * stands in for it (the signature for the issuer, the web page).
   *
   * @return true for {@link #DOCUMENT} and {@link #TITLE}
   */
  public boolean stated() {
    return this == DOCUMENT || this == TITLE;
  }

  /**
   * The name of the source in English, for reports: {@code document}, {@code title}, {@code
   * signature}, {@code web page}.
   *
   * @return the English name
   */
  public String english() {
    return english;
  }

  /**
   * The name of the source in Chinese, for reports: 正文, 标题, 落款, 网页.
   *
   * @return the Chinese name
   */
  public String chinese() {
    return chinese;
  }
}
