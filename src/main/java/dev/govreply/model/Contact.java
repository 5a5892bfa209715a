package dev.govreply.model;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person in the contact block of a reply (承办负责人 / 承办人及联系电话 / 联系人): the responsible
 * official or the handler, with an optional phone number; or a phone given to contact the
 * replying body without naming a person (联系单位：紫阳县文广旅游局 / 联系电话：0915-4426580), a
 * contact without a name.
 *
 * <p>Examples from the founding reply: {@code 承办负责人：朱远} is role {@link ContactRole#RESPONSIBLE},
 * name 朱远; {@code 承办人及联系电话：何勇 0730-6222076} is role {@link ContactRole#HANDLER}, name 何勇,
 * phone 0730-6222076.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}. The {@code with} methods return a
 * changed copy and check it as {@link Builder#build()} does.
 */
@Value.Immutable
public abstract class Contact {

  Contact() {}

  /**
   * A new, empty builder: {@code Contact.builder().role(ContactRole.HANDLER).name("何勇").build()}.
   *
   * @return a builder with nothing set; the role, and a name or a phone, must be set before
   *     {@code build()}
   */
  public static Builder builder() {
    return ImmutableContact.builder();
  }

  /**
   * A contact without phone or unit: {@code Contact.of(ContactRole.RESPONSIBLE, "朱远")}.
   *
   * @param role responsible official or handler
   * @param name the person's name, e.g. 朱远
   * @return the contact
   * @throws MalformedValueException when {@code name} is not a name (see {@link #name()})
   */
  public static Contact of(ContactRole role, String name) {
    return builder().role(role).name(name).build();
  }

  /**
   * A contact with a phone number:
   * {@code Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076"))}.
   *
   * @param role responsible official or handler
   * @param name the person's name, e.g. 何勇
   * @param phone the number given for the person
   * @return the contact
   * @throws MalformedValueException when {@code name} is not a name (see {@link #name()})
   */
  public static Contact of(ContactRole role, String name, PhoneNumber phone) {
    return builder().role(role).name(name).phone(phone).build();
  }

  /**
   * Responsible official (承办负责人) or handler (承办人 / 联系人).
   *
   * @return the role, e.g. {@link ContactRole#HANDLER} for 承办人及联系电话：何勇
   */
  public abstract ContactRole role();

  /**
   * A contact for the replying body with a phone and no person named: {@code
   * Contact.ofPhone(ContactRole.HANDLER, PhoneNumber.parse("0915-4426580"))}.
   *
   * @param role responsible official or handler
   * @param phone the number given to contact the body
   * @return the contact, without a name
   */
  public static Contact ofPhone(ContactRole role, PhoneNumber phone) {
    return builder().role(role).phone(phone).build();
  }

  /**
   * The person's name, whitespace removed: 冯华 for 冯  华. It starts with a letter or a mask (李*),
   * and holds letters, digits, masks, name dots and brackets only: formula text such as
   * {@code @SUM(1+1)} or a control character is malformed.
   *
   * @return the name, e.g. 何勇; empty when the block gives a phone and names no person
   *     (联系电话：0878-6034678 alone), in which case {@link #phone()} is present
   */
  public abstract Optional<@Size(max = 50) String> name();

  /**
   * The phone number given for the person.
   *
   * @return the number, e.g. 0730-6222076; empty when none is given (承办负责人：朱远)
   */
  public abstract Optional<PhoneNumber> phone();

  /**
   * The unit (联系单位 / 处室) given for the person.
   *
   * @return the unit, e.g. 海南省交通运输厅综合规划处; empty when none is given (as in the founding
   *     example)
   */
  public abstract Optional<@Size(max = 100) String> unit();

  // ---- copies with one part changed ----

  /**
   * A copy with another role.
   *
   * @param role responsible official or handler
   * @return a contact like this one with {@code role}; this contact when it already has it
   */
  public abstract Contact withRole(ContactRole role);

  /**
   * A copy with another name.
   *
   * @param name the person's name, e.g. 朱远
   * @return a contact like this one with {@code name}; this contact when it already has it
   * @throws MalformedValueException when {@code name} is not a name (see {@link #name()})
   */
  public abstract Contact withName(String name);

  /**
   * A copy with another name, or without one.
   *
   * @param name the name, or empty to remove it (the contact must then have a phone)
   * @return a contact like this one with {@code name}; this contact when it already has it
   * @throws MalformedValueException when {@code name} is not a name, or is removed from a contact
   *     without a phone
   */
  public abstract Contact withName(Optional<String> name);

  /**
   * A copy with another phone number.
   *
   * @param phone the number, e.g. {@code PhoneNumber.parse("0730-6222076")}
   * @return a contact like this one with {@code phone}; this contact when it already has it
   */
  public abstract Contact withPhone(PhoneNumber phone);

  /**
   * A copy with another phone number, or without one.
   *
   * @param phone the number, or empty to remove it
   * @return a contact like this one with {@code phone}; this contact when it already has it
   */
  public abstract Contact withPhone(Optional<? extends PhoneNumber> phone);

  /**
   * A copy with another unit.
   *
   * @param unit the unit, e.g. 海南省交通运输厅综合规划处
   * @return a contact like this one with {@code unit}; this contact when it already has it
   * @throws MalformedValueException when {@code unit} is blank
   */
  public abstract Contact withUnit(String unit);

  /**
   * A copy with another unit, or without one.
   *
   * @param unit the unit, or empty to remove it
   * @return a contact like this one with {@code unit}; this contact when it already has it
   * @throws MalformedValueException when {@code unit} is blank
   */
  public abstract Contact withUnit(Optional<String> unit);

  @Value.Check
  void check() {
    name().ifPresent(n -> Checks.name("contact.name", n));
    if (name().isEmpty() && phone().isEmpty()) {
      throw new MalformedValueException("contact.name", "", -1,
          "a contact names a person or gives a phone; it has neither");
    }
    unit().ifPresent(u -> Checks.notBlank("contact.unit", u));
  }

  /**
   * Builds {@link Contact} values: get one from {@link Contact#builder()}, set the role
   * (required), the name or the phone (one of them required) and what else is given, then call {@link #build()}. For the common cases
   * {@link Contact#of(ContactRole, String)} is shorter.
   *
   * <p>No method accepts {@code null}: it throws a {@link NullPointerException} naming the part.
   * Not thread-safe. The library implements this class; applications cannot extend it.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the parts of {@code contact} into this builder, replacing this builder's (an absent
     * phone or unit leaves this builder's as it is).
     *
     * @param contact the contact to copy
     * @return this builder
     */
    public abstract Builder from(Contact contact);

    /**
     * Sets the role. Required.
     *
     * @param role {@link ContactRole#RESPONSIBLE} for 承办负责人 (朱远), {@link ContactRole#HANDLER}
     *     for 承办人 / 联系人 (何勇)
     * @return this builder
     */
    public abstract Builder role(ContactRole role);

    /**
     * Sets the person's name. Required unless a phone is set.
     *
     * @param name the name without spaces, e.g. 何勇; a letter or a mask (李*) first, then letters,
     *     digits, masks, name dots and brackets; the validator's limit is 50 characters
     * @return this builder
     */
    public abstract Builder name(String name);

    /**
     * Sets or clears the person's name.
     *
     * @param name the name, or empty when the block names no person (a phone must then be set)
     * @return this builder
     */
    public abstract Builder name(Optional<String> name);

    /**
     * Sets the phone number.
     *
     * @param phone the number, e.g. {@code PhoneNumber.parse("0730-6222076")}
     * @return this builder
     */
    public abstract Builder phone(PhoneNumber phone);

    /**
     * Sets or clears the phone number.
     *
     * @param phone the number, or empty when none is given
     * @return this builder
     */
    public abstract Builder phone(Optional<? extends PhoneNumber> phone);

    /**
     * Sets the unit (联系单位 / 处室).
     *
     * @param unit the unit, e.g. 海南省交通运输厅综合规划处; must not be blank; the validator's limit
     *     is 100 characters
     * @return this builder
     */
    public abstract Builder unit(String unit);

    /**
     * Sets or clears the unit.
     *
     * @param unit the unit, or empty when none is given
     * @return this builder
     */
    public abstract Builder unit(Optional<String> unit);

    /**
     * Builds the contact, checking each part.
     *
     * @return the contact
     * @throws IllegalStateException when the role was not set
     * @throws MalformedValueException when the name is not a name ({@code contact.name}: "a name
     *     starts with a letter, not '='"), when neither a name nor a phone was set, or when the
     *     unit is blank
     */
    public abstract Contact build();
  }
}
