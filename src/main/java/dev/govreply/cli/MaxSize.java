package dev.govreply.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --max-size} option of {@code read}, {@code json} and {@code check}: the largest
 * FILE read, 8 MiB unless raised; and the one message for a file over it, {@code too large: N
 * bytes (the limit is M bytes; raise it with --max-size)}.
 */
final class MaxSize {

  /** The default limit: 8 MiB, the library readers' default. */
  static final long DEFAULT_BYTES = 8L * 1024 * 1024;

  /**
   * The largest limit: the largest array the JVM reliably allocates, which is also the largest
   * limit of the text and JSON readers.
   */
  static final long LARGEST_BYTES = Integer.MAX_VALUE - 8L;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "8M",
      converter = Converter.class,
      description = "The largest FILE read, in bytes or with a suffix K, M or G (1024, 1024²,"
          + " 1024³), e.g. 32M; at most 2047M; default: ${DEFAULT-VALUE}. A larger file is"
          + " reported and skipped.")
  long bytes = DEFAULT_BYTES;

  /**
   * The message for a file of {@code size} bytes over the limit.
   *
   * @param size the file's size
   * @return {@code too large: N bytes (the limit is M bytes; raise it with --max-size)}
   */
  String tooLarge(long size) {
    return tooLarge(size + " bytes");
  }

  /**
   * The message for a file that grew over the limit while it was read.
   *
   * @return {@code too large: more than M bytes (…)}
   */
  String tooLarge() {
    return tooLarge("more than " + bytes + " bytes");
  }

  private String tooLarge(String size) {
    return "too large: " + size + " (the limit is " + bytes + " bytes; raise it with --max-size)";
  }

  /**
   * Reads a size: digits, optionally followed by K, M or G (any case; 1024, 1024², 1024³ bytes).
   *
   * @param value the option's value
   * @return the size in bytes, 1 to {@link #LARGEST_BYTES}
   * @throws CommandLine.TypeConversionException for anything else: a usage error
   */
  static long parse(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (!v.isEmpty()) {
      switch (v.charAt(v.length() - 1)) {
        case 'K' -> unit = 1024L;
        case 'M' -> unit = 1024L * 1024;
        case 'G' -> unit = 1024L * 1024 * 1024;
        default -> unit = 1;
      }
    }
    String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a size; give bytes"
          + " or a number with K, M or G, e.g. 32M");
    }
    long bytes;
    try {
      bytes = Math.multiplyExact(Long.parseLong(digits), unit);
    } catch (ArithmeticException | NumberFormatException tooMany) {
      bytes = Long.MAX_VALUE;
    }
    if (bytes < 1 || bytes > LARGEST_BYTES) {
      throw new CommandLine.TypeConversionException("'" + value + "' is out of range; the size"
          + " must be from 1 byte to " + LARGEST_BYTES + " bytes (2047M)");
    }
    return bytes;
  }

  /** Converts {@code --max-size} values with {@link #parse}. */
  static final class Converter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return parse(value);
    }
  }
}
