package dev.govreply.legacy;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A small, bounded, thread-safe memo of one pure conversion of cell texts, for the values a ledger
 * repeats from row to row (a session such as 岳阳市九届人大四次会议, class and disclosure marks,
 * addressee salutations, name lists, a handler's phone). Only results are kept, never failures: a
 * text that cannot be converted throws on every call, exactly as the conversion does. At most
 * {@code capacity} texts of at most {@code maxKeyLength} characters are kept; once full, the memo
 * keeps what it has and converts the rest every time, so memory stays bounded whatever the input.
 * A memo that filled up while fewer than half of its lookups found a text (values that hardly
 * repeat, such as the phone numbers of a generated ledger) is not worth its lookups: it then drops
 * its entries and only converts.
 *
 * <p>The conversion must be a pure function of its text whose results are immutable, since one
 * result is shared by every record (and thread) that has the same text. Two threads that convert
 * the same text at once both convert it and one result is kept, which is harmless for a pure
 * function; the memo may hold a few more entries than {@code capacity} under such races.
 *
 * @param <V> the result of the conversion
 */
final class Memo<V> implements Function<String, V> {
  /** The default number of texts kept. */
  static final int CAPACITY = 4096;

  /** The default length of the longest text kept. */
  static final int MAX_KEY_LENGTH = 128;

  private final Function<String, V> conversion;
  private final int capacity;
  private final int maxKeyLength;
  private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();
  /** The lookups while the memo fills. */
  private final LongAdder lookups = new LongAdder();
  /** Set once the memo is full: it keeps what it has. */
  private volatile boolean full;
  /** Set once the memo filled with texts that hardly repeat: it only converts from then on. */
  private volatile boolean bypass;

  /**
   * A memo of {@code conversion}.
   *
   * @param conversion a pure function whose results are immutable and never null
   * @param capacity how many texts to keep at most
   * @param maxKeyLength the length of the longest text to keep
   */
  Memo(Function<String, V> conversion, int capacity, int maxKeyLength) {
    this.conversion = Objects.requireNonNull(conversion, "conversion");
    this.capacity = capacity;
    this.maxKeyLength = maxKeyLength;
  }

  /** A memo of {@code conversion} with the default bounds. */
  static <V> Memo<V> of(Function<String, V> conversion) {
    return new Memo<>(conversion, CAPACITY, MAX_KEY_LENGTH);
  }

  /**
   * The conversion of {@code text}, kept from an earlier call or computed (and then kept while
   * there is room).
   *
   * @throws RuntimeException whatever the conversion throws for {@code text}
   */
  @Override
  public V apply(String text) {
    if (bypass || text.length() > maxKeyLength) {
      return conversion.apply(text);
    }
    boolean filling = !full;
    if (filling) {
      lookups.increment();
    }
    V v = values.get(text);
    if (v != null) {
      return v;
    }
    v = conversion.apply(text);
    if (v != null && filling) {
      if (values.size() < capacity) {
        values.putIfAbsent(text, v);
      } else {
        full = true;
        if (lookups.sum() < 2L * capacity) {
          // filled with mostly misses: the texts hardly repeat
          bypass = true;
          values.clear();
        }
      }
    }
    return v;
  }

  /** How many texts are kept. */
  int size() {
    return values.size();
  }

  /** Whether the memo gave up keeping texts, as they hardly repeat. */
  boolean bypassed() {
    return bypass;
  }
}
