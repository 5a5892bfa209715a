package dev.govreply.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The role in which the addressees (主送) of a reply are addressed, as the salutation says:
 * {@link #DEPUTY} for a deputy (代表) of a people's congress ({@code 张亮代表：}), {@link #MEMBER} for a
 * member (委员) of a CPPCC committee ({@code 李明委员：}).
 *
 * <pre>{@code
 * AddresseeRole.fromChinese("委员"); // Optional[MEMBER]
 * AddresseeRole.DEPUTY.chinese();   // "代表"
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AddresseeRole {
  /** A deputy (代表) of a people's congress. */
  DEPUTY("代表"),
  /** A member (委员) of a CPPCC committee. */
  MEMBER("委员");

  private final String chinese;

  AddresseeRole(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term: 代表 or 委员.
   *
   * @return the term
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The role named by a Chinese term, compared whole after trimming surrounding whitespace: 代表 is
   * {@link #DEPUTY}; 委员 and the traditional 委員 are {@link #MEMBER}.
   *
   * @param text the term
   * @return the role, or empty for any other text
   * @throws NullPointerException when {@code text} is null
   */
  public static Optional<AddresseeRole> fromChinese(CharSequence text) {
    Objects.requireNonNull(text, "text");
    switch (text.toString().strip()) {
      case "代表":
        return Optional.of(DEPUTY);
      case "委员":
      case "委員":
        return Optional.of(MEMBER);
      default:
        return Optional.empty();
    }
  }
}
