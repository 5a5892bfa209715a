package dev.govreply.jpa;

import java.util.Objects;

/**
 * Thrown when a database column holds a value that cannot be read back as the attribute's type:
 * the column was written by hand, by another system or damaged, not by the converter. The message
 * names the type, quotes the column value (long values abbreviated, with their length) and gives
 * the reason from the model's parser, with its position; the parser's exception is the cause.
 *
 * <pre>{@code
 * new DocumentNumberConverter().convertToEntityAttribute("平政字〔0〕12号");
 * // StoredValueException: column value "平政字〔0〕12号" is not a stored DocumentNumber:
 * //   documentNumber.year: year must have four digits, got "0" in "平政字〔0〕12号" at index 4
 * }</pre>
 *
 * <p>JPA providers wrap exceptions of converters in their own {@code PersistenceException}; look
 * for this one among its causes.
 */
public final class StoredValueException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Characters of a column value quoted in the message. */
  static final int QUOTED_CHARS = 80;

  /** The simple name of the type the value was read as. */
  private final String valueType;
  /** The column value, whole. */
  private final String columnValue;

  /**
   * Creates the exception.
   *
   * @param valueType the type the column was read as ({@code DocumentNumber})
   * @param columnValue the column value, whole
   * @param cause what the model's parser said
   */
  public StoredValueException(String valueType, String columnValue, RuntimeException cause) {
    super("column value " + quote(columnValue) + " is not a stored " + valueType + ": "
        + Objects.requireNonNull(cause, "cause").getMessage(), cause);
    this.valueType = valueType;
    this.columnValue = Objects.requireNonNull(columnValue, "columnValue");
  }

  private static String quote(String value) {
    if (value.length() <= QUOTED_CHARS) {
      return '"' + value + '"';
    }
    // never half of a surrogate pair
    int end = Character.isHighSurrogate(value.charAt(QUOTED_CHARS - 1)) ? QUOTED_CHARS - 1
        : QUOTED_CHARS;
    return '"' + value.substring(0, end) + "…\" (" + value.length() + " chars)";
  }

  /**
   * The simple name of the type the column was read as.
   *
   * @return e.g. {@code DocumentNumber}, {@code Reply}
   */
  public String valueType() {
    return valueType;
  }

  /**
   * The column value that could not be read, whole.
   *
   * @return the column value
   */
  public String columnValue() {
    return columnValue;
  }
}
