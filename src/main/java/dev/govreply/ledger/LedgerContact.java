package dev.govreply.ledger;

import java.util.Objects;
import java.util.Optional;

/**
 * One contact of a {@link LedgerRow}: role code ({@code RESPONSIBLE} or {@code HANDLER}), name with
 * whitespace removed, and the phone number in canonical form ({@code 0730-6222076},
 * {@code 15115089731}), or none.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
public final class LedgerContact {
  private final String role;
  private final String name;
  private final String phone;

  /**
   * Creates a contact entry.
   *
   * @param role the role code, {@code RESPONSIBLE} or {@code HANDLER}
   * @param name the name, whitespace removed, e.g. 何勇, or null when the block names no person
   * @param phone the phone in canonical form, e.g. 0730-6222076, or null when none is given
   * @throws NullPointerException when {@code role} is null
   * @throws IllegalArgumentException when both {@code name} and {@code phone} are null
   */
  public LedgerContact(String role, String name, String phone) {
    this.role = Objects.requireNonNull(role, "role");
    if (name == null && phone == null) {
      throw new IllegalArgumentException("a ledger contact has a name or a phone");
    }
    this.name = name;
    this.phone = phone;
  }

  /**
   * The contact's role as a code.
   *
   * @return {@code RESPONSIBLE} (承办负责人: 朱远 in the founding example) or {@code HANDLER}
   *     (承办人 / 联系人: 何勇)
   */
  public String role() {
    return role;
  }

  /**
   * The person's name.
   *
   * @return the name with whitespace removed, e.g. 冯华 for 冯  华; empty when the block gives a
   *     phone and names no person
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The phone number given for the person, in canonical form.
   *
   * @return digits and at most one hyphen (an extension after 转), e.g. 0730-6222076 or
   *     15115089731; empty when none is given
   */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /**
   * The contact as one CSV field.
   *
   * @return {@code ROLE:name:phone}, e.g. {@code HANDLER:何勇:0730-6222076},
   *     {@code RESPONSIBLE:朱远:} without a phone, {@code HANDLER::0915-4426580} without a name
   */
  public String toCsvField() {
    return role + ":" + (name == null ? "" : name) + ":" + (phone == null ? "" : phone);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerContact c && role.equals(c.role) && Objects.equals(name, c.name)
        && Objects.equals(phone, c.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, name, phone);
  }

  @Override
  public String toString() {
    return toCsvField();
  }
}
