package dev.govreply.model;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The addressee (主送) of a reply: the deputies (代表) or members (委员) who raised the item, as the
 * salutation names them.
 *
 * <p>Examples: {@code 张亮代表：} (names [张亮], role 代表, count 1); {@code 童勋海等10位代表：} (names
 * [童勋海], role 代表, stated count 10); {@code 马青、周丽等委员:} (names [马青, 周丽], role 委员, no
 * stated count); {@code 雨露乡委员小组:} (a collective: names [雨露乡委员小组], {@link #collective()}
 * true).
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
public abstract class Addressee {

  Addressee() {}

  /** A builder: {@code Addressee.builder().addName("张亮").role(AddresseeRole.DEPUTY).build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The salutation as printed, e.g. {@code 尊敬的王爱珍代表} (without the final colon). Kept so that
   * writing the reply back loses nothing; absent when the reply was built from parts.
   */
  public abstract Optional<@Size(max = 200) String> salutation();

  /**
   * The persons (or the collective) addressed, names only, without 代表/委员/尊敬的. Each starts
   * with a letter or a mask (李*), and holds letters, digits, masks, name dots and brackets only:
   * formula text such as {@code @SUM(1+1)} or a control character is malformed.
   */
  public abstract List<@Size(max = 50) String> names();

  /** 代表 or 委员, as the salutation says; absent when it says neither. */
  public abstract Optional<AddresseeRole> role();

  /**
   * How many persons the salutation says it addresses, when it states a figure: 童勋海等10位代表 → 10,
   * 王某9名代表 → 9. Absent when no figure is printed; then {@link #names()} is the best count.
   */
  public abstract OptionalInt statedCount();

  /**
   * True when the salutation says the names are not all of the addressees (等: 马青、周丽等委员,
   * 童勋海等10位代表).
   */
  @Value.Default
  public boolean andOthers() {
    return false;
  }

  /** True when the addressee is a collective, such as 雨露乡委员小组 or 民盟界别. */
  @Value.Default
  public boolean collective() {
    return false;
  }

  /**
   * The number of persons addressed, when the salutation tells it: the stated figure when there is
   * one (童勋海等10位代表 → 10), else the number of names (张亮代表 → 1). Empty when it cannot be told:
   * names followed by 等 without a figure (马青、周丽等委员), a collective (雨露乡委员小组), or no names.
   */
  public final OptionalInt count() {
    if (statedCount().isPresent()) {
      return statedCount();
    }
    if (andOthers() || collective() || names().isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(names().size());
  }

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

  /** Builds {@link Addressee} values; not thread-safe. */
  public static final class Builder extends ImmutableAddressee.Builder {
    Builder() {}
  }
}
