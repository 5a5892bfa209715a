package dev.govreply.jpa;

import dev.govreply.json.ReplyJsonException;
import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one rule of every converter of this package: a value is stored as its canonical string (the
 * text {@code govreply/1} JSON holds), null as SQL NULL, and a column value the value's parser
 * refuses is a {@link StoredValueException}. An enumeration is stored by its code, the constant's
 * name. The subclasses are the converters of this package; no other can be made. Each also
 * names {@code AttributeConverter<T, String>} itself, so that a JPA provider finds its types
 * without resolving this superclass's type parameter.
 *
 * @param <T> the attribute's type
 */
public abstract sealed class CanonicalStringConverter<T> implements AttributeConverter<T, String>
    permits AddresseeRoleConverter, ContactRoleConverter, DisclosureConverter,
    DocumentNumberConverter, MotionKindConverter, PhoneNumberConverter, ReplyJsonConverter,
    ResultClassConverter, SessionConverter {
  private final Class<T> type;
  private final Function<T, String> write;
  private final Function<String, T> read;

  CanonicalStringConverter(Class<T> type, Function<T, String> write, Function<String, T> read) {
    this.type = Objects.requireNonNull(type);
    this.write = Objects.requireNonNull(write);
    this.read = Objects.requireNonNull(read);
  }

  /**
   * The value's canonical string.
   *
   * @param value the attribute's value, or null
   * @return the canonical string, or null for null
   */
  @Override
  public final String convertToDatabaseColumn(T value) {
    return value == null ? null : write.apply(value);
  }

  /**
   * The value that the column holds.
   *
   * @param column the column value, or null
   * @return the value, or null for null
   * @throws StoredValueException if the column value is not a value of the type
   */
  @Override
  public final T convertToEntityAttribute(String column) {
    if (column == null) {
      return null;
    }
    try {
      return read.apply(column);
    } catch (IllegalArgumentException | ReplyJsonException e) {
      throw new StoredValueException(type.getSimpleName(), column, e);
    }
  }

  /**
   * The reading of an enumeration's code: exactly a constant's name.
   *
   * @param type the enumeration
   * @param <E> its type
   * @return the reading, which throws {@link IllegalArgumentException} naming the codes
   */
  static <E extends Enum<E>> Function<String, E> code(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return column -> {
      for (E e : constants) {
        if (e.name().equals(column)) {
          return e;
        }
      }
      throw new IllegalArgumentException("unknown " + type.getSimpleName() + " code; expected one of "
          + String.join(", ", Arrays.stream(constants).map(Enum::name).toList()));
    };
  }
}
