package dev.govreply.conformance;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a conformance rule: {@code GR-<AREA>-<NNN>}, e.g. {@code GR-NUM-002}
 * (document number serial padded), {@code GR-REQ-008} (no date), {@code GR-TXT-081} (a text
 * reader finding). The area is 2 to 5 upper-case ASCII letters, the number three digits.
 *
 * <p>IDs are never reused for another meaning: a rule that is withdrawn keeps its ID retired, as in
 * the EN 16931 validation artefacts. Areas in use: {@code NUM} document number, {@code REQ}
 * required elements, {@code CLS} result class, {@code ADR} addressee, {@code BOD} body,
 * {@code DAT} date and deadline, {@code CON} contact block, {@code SRC} source text, {@code VAL}
 * Bean Validation; {@code TXT} is the text reader's own findings.
 *
 * <pre>{@code
 * RuleId id = RuleId.parse("GR-NUM-002");
 * id.area();   // "NUM"
 * id.number(); // 2
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}; ordered by area, then number.
 */
public final class RuleId implements Comparable<RuleId> {
  private static final Pattern FORM = Pattern.compile("GR-([A-Z]{2,5})-([0-9]{3})");

  private final String area;
  private final int number;

  private RuleId(String area, int number) {
    this.area = area;
    this.number = number;
  }

  /**
   * Reads an ID such as {@code GR-NUM-002}; exact form, no whitespace, upper case.
   *
   * @param text the ID
   * @return the rule ID
   * @throws IllegalArgumentException when {@code text} is not of the form {@code GR-AREA-NNN}
   * @throws NullPointerException when {@code text} is null
   */
  public static RuleId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    var m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("rule ID must look like GR-NUM-001 (GR-, 2 to 5 "
          + "upper-case letters, -, three digits), got \"" + text + "\"");
    }
    return new RuleId(m.group(1), Integer.parseInt(m.group(2)));
  }

  /**
   * Whether {@code text} is a well-formed rule ID.
   *
   * @param text any text
   * @return true when {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    return text != null && FORM.matcher(text).matches();
  }

  /**
   * A rule ID from its parts.
   *
   * @param area 2 to 5 upper-case ASCII letters
   * @param number 0 to 999
   * @return the rule ID
   * @throws IllegalArgumentException for an invalid area or number
   */
  public static RuleId of(String area, int number) {
    if (number < 0 || number > 999) {
      throw new IllegalArgumentException("rule number must be 0 to 999, got " + number);
    }
    return parse(String.format("GR-%s-%03d", area, number));
  }

  /**
   * The area of the rule: the part of the reply it is about.
   *
   * @return e.g. {@code NUM} (document number) for {@code GR-NUM-002}
   */
  public String area() {
    return area;
  }

  /**
   * The number of the rule within its area.
   *
   * @return e.g. 2 for {@code GR-NUM-002}
   */
  public int number() {
    return number;
  }

  @Override
  public int compareTo(RuleId o) {
    int c = area.compareTo(o.area);
    return c != 0 ? c : Integer.compare(number, o.number);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleId && ((RuleId) o).area.equals(area) && ((RuleId) o).number == number;
  }

  @Override
  public int hashCode() {
    return area.hashCode() * 1000 + number;
  }

  /** The canonical form {@code GR-NUM-002}; {@code parse(id.toString()).equals(id)}. */
  @Override
  public String toString() {
    return String.format("GR-%s-%03d", area, number);
  }
}
