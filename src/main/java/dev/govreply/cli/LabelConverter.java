package dev.govreply.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * Converts an option's value to a constant of an enumeration by its label: the constant's name in
 * lower case, hyphens for underscores ({@code LEDGER_CSV} is {@code ledger-csv}), in any case;
 * another value is a usage error that lists the labels.
 *
 * @param <E> the enumeration
 */
abstract class LabelConverter<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
  private final Class<E> type;
  private final String what;

  LabelConverter(Class<E> type, String what) {
    this.type = type;
    this.what = what;
  }

  /** The label of a constant: {@code ledger-csv}. */
  static String label(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public E convert(String value) {
    E[] constants = type.getEnumConstants();
    for (E e : constants) {
      if (label(e).equals(value.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < constants.length; i++) {
      expected.append(i == 0 ? "" : i == constants.length - 1 ? " or " : ", ")
          .append(label(constants[i]));
    }
    throw new CommandLine.TypeConversionException("unknown " + what + " '" + value
        + "' (expected " + expected + ")");
  }
}
