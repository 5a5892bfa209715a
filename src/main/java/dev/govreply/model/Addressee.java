package dev.govreply.model;

import dev.govreply.internal.Chars;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The addressee (主送) of a reply: the deputies (代表) or members (委员) who raised the item, as the
 * salutation names them.
 *
 * <p>Examples: {@code 张亮代表：} (names [张亮], role 代表, count 1, the founding example);
 * {@code 童勋海等10位代表：} (names [童勋海], role 代表, stated count 10); {@code 马青、周丽等委员:} (names
 * [马青, 周丽], role 委员, no stated count); {@code 雨露乡委员小组:} (a collective: names [雨露乡委员小组],
 * {@link #collective()} true).
 *
 * <p>Immutable and thread-safe; compare with {@code equals}. The {@code with} methods return a
 * changed copy and check it as {@link Builder#build()} does.
 */
@Value.Immutable
public abstract class Addressee {

  Addressee() {}

  /**
   * A new, empty builder: {@code Addressee.builder().addName("张亮").role(AddresseeRole.DEPUTY)
   * .build()}.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return ImmutableAddressee.builder();
  }

  /**
   * The salutation as printed, without the final colon. Kept so that writing the reply back loses
   * nothing.
   *
   * @return the salutation, e.g. 张亮代表 or 尊敬的王爱珍代表; empty when the addressee was built
   *     from parts
   */
  public abstract Optional<@Size(max = 200) String> salutation();

  /**
   * The persons (or the collective) addressed, names only, without 代表/委员/尊敬的. Each starts
   * with a letter or a mask (李*), and holds letters, digits, masks, name dots and brackets only:
   * formula text such as {@code @SUM(1+1)} or a control character is malformed.
   *
   * @return the names in printed order, e.g. [张亮]; unmodifiable
   */
  public abstract List<@Size(max = 50) String> names();

  /**
   * 代表 or 委员, as the salutation says.
   *
   * @return the role, e.g. {@link AddresseeRole#DEPUTY} for 张亮代表; empty when it says neither
   */
  public abstract Optional<AddresseeRole> role();

  /**
   * How many persons the salutation says it addresses, when it states a figure.
   *
   * @return the figure: 童勋海等10位代表 → 10, 王某9名代表 → 9; empty when none is printed (张亮代表);
   *     then {@link #names()} is the best count
   */
  public abstract OptionalInt statedCount();

  /**
   * Whether the salutation says the names are not all of the addressees (等).
   *
   * @return true for 马青、周丽等委员 and 童勋海等10位代表; false (the default) for 张亮代表
   */
  @Value.Default
  public boolean andOthers() {
    return false;
  }

  /**
   * Whether the addressee is a collective rather than persons.
   *
   * @return true for 雨露乡委员小组 or 民盟界别; false (the default) for 张亮代表
   */
  @Value.Default
  public boolean collective() {
    return false;
  }

  /**
   * The number of persons addressed, when the salutation tells it: the stated figure when there is
   * one, else the number of names.
   *
   * @return 10 for 童勋海等10位代表, 1 for 张亮代表; empty when it cannot be told: names followed by 等
   *     without a figure (马青、周丽等委员), a collective (雨露乡委员小组), no names, or one name alone
   *     masked whole on a published page (***代表), which may hide several; in a list each name
   *     masked so is one person's (XX、XX、XXX代表: 3)
   */
  public final OptionalInt count() {
    if (statedCount().isPresent()) {
      return statedCount();
    }
    if (andOthers() || collective() || names().isEmpty()
        || names().size() == 1 && Chars.isMaskedWhole(names().get(0))) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(names().size());
  }

  // ---- copies with one part changed ----

  /**
   * A copy with another salutation.
   *
   * @param salutation the salutation as printed, without the colon, e.g. 张亮代表
   * @return an addressee like this one with {@code salutation}; this one when it already has it
   * @throws MalformedValueException when {@code salutation} is blank
   */
  public abstract Addressee withSalutation(String salutation);

  /**
   * A copy with another salutation, or without one.
   *
   * @param salutation the salutation, or empty to remove it
   * @return an addressee like this one with {@code salutation}; this one when it already has it
   * @throws MalformedValueException when {@code salutation} is blank
   */
  public abstract Addressee withSalutation(Optional<String> salutation);

  /**
   * A copy with these names instead of this addressee's.
   *
   * @param names the names, e.g. 马青, 周丽
   * @return an addressee like this one with {@code names}
   * @throws MalformedValueException when a name is blank or is not a name (see {@link #names()})
   */
  public abstract Addressee withNames(String... names);

  /**
   * A copy with these names instead of this addressee's.
   *
   * @param names the names in printed order
   * @return an addressee like this one with {@code names}
   * @throws MalformedValueException when a name is blank or is not a name (see {@link #names()})
   */
  public abstract Addressee withNames(Iterable<String> names);

  /**
   * A copy with another role.
   *
   * @param role the role, e.g. {@link AddresseeRole#MEMBER} for 委员
   * @return an addressee like this one with {@code role}; this one when it already has it
   */
  public abstract Addressee withRole(AddresseeRole role);

  /**
   * A copy with another role, or without one.
   *
   * @param role the role, or empty to remove it
   * @return an addressee like this one with {@code role}; this one when it already has it
   */
  public abstract Addressee withRole(Optional<? extends AddresseeRole> role);

  /**
   * A copy with another stated count.
   *
   * @param statedCount the printed figure, e.g. 10 for 童勋海等10位代表
   * @return an addressee like this one with {@code statedCount}; this one when it already has it
   * @throws MalformedValueException when {@code statedCount} is less than 1
   */
  public abstract Addressee withStatedCount(int statedCount);

  /**
   * A copy with another stated count, or without one.
   *
   * @param statedCount the printed figure, or empty to remove it
   * @return an addressee like this one with {@code statedCount}; this one when it already has it
   * @throws MalformedValueException when {@code statedCount} is less than 1
   */
  public abstract Addressee withStatedCount(OptionalInt statedCount);

  /**
   * A copy that does or does not say 等 (and others).
   *
   * @param andOthers true when the names are not all of the addressees
   * @return an addressee like this one with {@code andOthers}; this one when it already has it
   */
  public abstract Addressee withAndOthers(boolean andOthers);

  /**
   * A copy that is or is not a collective.
   *
   * @param collective true for a collective such as 雨露乡委员小组
   * @return an addressee like this one with {@code collective}; this one when it already has it
   */
  public abstract Addressee withCollective(boolean collective);

  @Value.Check
  void check() {
    for (int i = 0; i < names().size(); i++) {
      Checks.name("addressee.names[" + i + "]", names().get(i));
    }
    salutation().ifPresent(s -> Checks.notBlank("addressee.salutation", s));
    if (statedCount().isPresent()) {
      Checks.positive("addressee.statedCount", statedCount().getAsInt());
    }
  }

  /**
   * Builds {@link Addressee} values: get one from {@link Addressee#builder()}, set what the
   * salutation says, then call {@link #build()}. Every part may be left out.
   *
   * <p>No method accepts {@code null}: it throws a {@link NullPointerException} naming the part.
   * Not thread-safe. The library implements this class; applications cannot extend it.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the parts of {@code addressee} into this builder: its present optional parts and its
     * flags replace this builder's, its names are added after this builder's.
     *
     * @param addressee the addressee to copy
     * @return this builder
     */
    public abstract Builder from(Addressee addressee);

    /**
     * Sets the salutation as printed, without the final colon.
     *
     * @param salutation the salutation, e.g. 张亮代表; must not be blank; the validator's limit is
     *     200 characters
     * @return this builder
     */
    public abstract Builder salutation(String salutation);

    /**
     * Sets or clears the salutation.
     *
     * @param salutation the salutation, or empty when the addressee is built from parts
     * @return this builder
     */
    public abstract Builder salutation(Optional<String> salutation);

    /**
     * Adds a name after those already added.
     *
     * @param name the name without 代表/委员/尊敬的, e.g. 张亮; a letter or a mask (李*) first,
     *     then letters, digits, masks, name dots and brackets
     * @return this builder
     */
    public abstract Builder addName(String name);

    /**
     * Adds names after those already added.
     *
     * @param names the names in printed order, e.g. 马青, 周丽
     * @return this builder
     */
    public abstract Builder addNames(String... names);

    /**
     * Replaces the names added so far.
     *
     * @param names the names in printed order
     * @return this builder
     */
    public abstract Builder names(Iterable<String> names);

    /**
     * Adds names after those already added.
     *
     * @param names the names in printed order
     * @return this builder
     */
    public abstract Builder addAllNames(Iterable<String> names);

    /**
     * Sets the role the salutation gives.
     *
     * @param role {@link AddresseeRole#DEPUTY} for 代表 (张亮代表), {@link AddresseeRole#MEMBER} for 委员
     * @return this builder
     */
    public abstract Builder role(AddresseeRole role);

    /**
     * Sets or clears the role.
     *
     * @param role the role, or empty when the salutation says neither 代表 nor 委员
     * @return this builder
     */
    public abstract Builder role(Optional<? extends AddresseeRole> role);

    /**
     * Sets the number of persons the salutation states.
     *
     * @param statedCount the figure, e.g. 10 for 童勋海等10位代表; 1 or more
     * @return this builder
     */
    public abstract Builder statedCount(int statedCount);

    /**
     * Sets or clears the stated number of persons.
     *
     * @param statedCount the figure, or empty when none is printed
     * @return this builder
     */
    public abstract Builder statedCount(OptionalInt statedCount);

    /**
     * Sets whether the salutation says 等 (and others); false unless set.
     *
     * @param andOthers true for 马青、周丽等委员
     * @return this builder
     */
    public abstract Builder andOthers(boolean andOthers);

    /**
     * Sets whether the addressee is a collective; false unless set.
     *
     * @param collective true for 雨露乡委员小组 or 民盟界别
     * @return this builder
     */
    public abstract Builder collective(boolean collective);

    /**
     * Builds the addressee, checking each part that was set.
     *
     * @return the addressee
     * @throws MalformedValueException when a name is blank or is not a name
     *     ({@code addressee.names[0]}: "a name starts with a letter, not '@'"), the salutation is
     *     blank, or the stated count is less than 1
     */
    public abstract Addressee build();
  }
}
