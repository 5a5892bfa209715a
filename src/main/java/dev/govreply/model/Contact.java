package dev.govreply.model;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person in the contact block of a reply (承办负责人 / 承办人及联系电话 / 联系人): the responsible
 * official or the handler, with an optional phone number.
 *
 * <p>Example: {@code 承办人及联系电话：何勇 0730-6222076} is role {@link ContactRole#HANDLER}, name 何勇,
 * phone 0730-6222076.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
public abstract class Contact {

  Contact() {}

  /** A builder: {@code Contact.builder().role(ContactRole.HANDLER).name("何勇").build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shortcut for a contact without phone or unit. */
  public static Contact of(ContactRole role, String name) {
    return builder().role(role).name(name).build();
  }

  /** Shortcut for a contact with a phone number. */
  public static Contact of(ContactRole role, String name, PhoneNumber phone) {
    return builder().role(role).name(name).phone(phone).build();
  }

  /** Responsible official (承办负责人) or handler (承办人 / 联系人). */
  public abstract ContactRole role();

  /**
   * The person's name, whitespace removed: 冯华 for 冯  华. It starts with a letter or a mask (李*),
   * and holds letters, digits, masks, name dots and brackets only: formula text such as
   * {@code @SUM(1+1)} or a control character is malformed.
   */
  @Size(max = 50)
  public abstract String name();

  /** The phone number given for the person. */
  public abstract Optional<PhoneNumber> phone();

  /** The unit (联系单位 / 处室) given for the person, e.g. 海南省交通运输厅综合规划处. */
  public abstract Optional<@Size(max = 100) String> unit();

  @Value.Check
  void check() {
    Checks.name("contact.name", name());
    unit().ifPresent(u -> Checks.notBlank("contact.unit", u));
  }

  /** Builds {@link Contact} values; not thread-safe. */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
