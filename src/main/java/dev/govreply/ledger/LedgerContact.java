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
   * @param role the role code
   * @param name the name
   * @param phone the phone, or null when none is given
   */
  public LedgerContact(String role, String name, String phone) {
    this.role = Objects.requireNonNull(role, "role");
    this.name = Objects.requireNonNull(name, "name");
    this.phone = phone;
  }

  /** The role code: {@code RESPONSIBLE} or {@code HANDLER}. */
  public String role() {
    return role;
  }

  /** The name, whitespace removed. */
  public String name() {
    return name;
  }

  /** The phone, digits and at most one hyphen (an extension after 转), if given. */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** The CSV form {@code ROLE:name:phone} (phone empty when absent). */
  public String toCsvField() {
    return role + ":" + name + ":" + (phone == null ? "" : phone);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerContact c && role.equals(c.role) && name.equals(c.name)
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
