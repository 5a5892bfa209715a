package dev.govreply.legacy;

import dev.govreply.model.Disclosure;
import dev.govreply.model.MalformedValueException;
import java.util.Optional;

/**
 * A disclosure cell (公开属性): the value of the attribute as the model reads it
 * ({@link Disclosure#fromAttribute}: 公开, 同意公开, 此件依申请公开 …) or a code (PUBLIC). Stateless.
 */
final class DisclosureCell {
  private DisclosureCell() {}

  /**
   * Why a disclosure cell was not read, listing what is accepted: the marks of
   * {@link Disclosure#marks()} and the codes.
   */
  static final String EXPECTED = expected();

  private static String expected() {
    StringBuilder sb = new StringBuilder("not a disclosure mark; accepted: ");
    for (Disclosure d : Disclosure.values()) {
      sb.append(String.join(", ", d.marks())).append(" (").append(d.name()).append("); ");
    }
    sb.append("also after 此件 or 公开属性: and in brackets; or the codes");
    for (Disclosure d : Disclosure.values()) {
      sb.append(d.ordinal() == 0 ? " " : ", ").append(d.name());
    }
    return sb.toString();
  }

  /**
   * The disclosure of a cell's text.
   *
   * @throws MalformedValueException (field {@code disclosure}) with {@link #EXPECTED} when the
   *     text is neither a mark nor a code
   */
  static Disclosure read(String text) {
    Optional<Disclosure> d = Disclosure.fromAttribute(text);
    if (d.isPresent()) {
      return d.get();
    }
    try {
      return Disclosure.parseCode(text);
    } catch (MalformedValueException e) {
      throw new MalformedValueException("disclosure", text, -1, EXPECTED);
    }
  }
}
