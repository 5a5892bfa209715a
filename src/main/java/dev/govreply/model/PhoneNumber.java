package dev.govreply.model;

import dev.govreply.internal.Chars;
import dev.govreply.internal.PatternStarts;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact phone number (联系电话) in mainland China, as printed in the contact block of a reply:
 * a {@linkplain Kind#LANDLINE landline} such as {@code 0730-6222076} (area code 0730, subscriber
 * 6222076), a landline printed without its area code such as {@code 65318096}, or a
 * {@linkplain Kind#MOBILE mobile} number such as {@code 15115089731}. A landline may have an
 * extension (分机), written {@code 0730-6222076转801}.
 *
 * <p>Rules: an area code is 0 followed by 2 or 3 digits, the first of them not 0 (010, 0730); a
 * landline subscriber number has 7 or 8 digits, the first 2 to 9; a mobile number has 11 digits
 * 1[3-9]xxxxxxxxx; an extension has 1 to 6 digits.
 *
 * <p>{@link #parse(CharSequence)} accepts the separators {@code - — － ‐ – ‑ ‒ ―}, the box-drawing
 * line {@code ─} that captures print for a dash, and spaces, the
 * area code in brackets ({@code (0730)6222076}, {@code （0730）6222076}), full-width digits, a
 * leading {@code +86} or {@code 86} before a mobile number, an unseparated landline
 * ({@code 07306222076}: area codes starting 01 or 02 have 3 digits, others 4), and an extension
 * after 转, 轉, 分机, {@code ext} / {@code ext.}, or as a third group after a full landline
 * ({@code 0730-6222076-801}) or a second after a subscriber number alone ({@code 52564588-7817}).
 *
 * <pre>{@code
 * PhoneNumber p = PhoneNumber.parse("（0730）6222076");
 * p.kind();        // LANDLINE
 * p.areaCode();    // Optional[0730]
 * p.subscriber();  // "6222076"
 * p.toString();    // "0730-6222076"
 * PhoneNumber.parse("+86 151 1508 9731").toString(); // "15115089731"
 * PhoneNumber.parse("0730—6222076 ext.801").toString(); // "0730-6222076转801"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; compare them with {@link #equals(Object)}, which
 * compares kind, area code, subscriber and extension. {@code parse(p.toString()).equals(p)} holds
 * for every instance.
 */
public final class PhoneNumber {
  /** Whether a number is a fixed line or a mobile. */
  public enum Kind {
    /** A fixed line (座机, 固定电话): optional area code, 7–8 digit subscriber, optional extension. */
    LANDLINE,
    /** A mobile (手机) number: 11 digits starting 1[3-9]. */
    MOBILE
  }

  private static final String FIELD = "phone";
  private static final String SEPARATORS = "-—－‐–‑‒―─";
  /** What introduces an extension: 转, 轉, 分机, 分機, or ext (any case) with its . or colons. */
  private static final Pattern EXTENSION_MARKER = Pattern.compile("[转轉]|分[机機]|(?i:ext)[.:：]*");
  /**
   * The characters an extension marker begins with (转, 轉, 分, e, E), asked of
   * {@link #EXTENSION_MARKER} itself: a number is searched for a marker only when it holds one.
   */
  private static final String EXTENSION_MARKER_STARTS =
      PatternStarts.of(EXTENSION_MARKER, true);

  private final Kind kind;
  private final String areaCode; // null when absent
  private final String subscriber;
  private final String extension; // null when absent

  private PhoneNumber(Kind kind, String areaCode, String subscriber, String extension) {
    this.kind = kind;
    this.areaCode = areaCode;
    this.subscriber = subscriber;
    this.extension = extension;
  }

  /**
   * A mobile number.
   *
   * @param digits the 11 ASCII digits, 1[3-9]xxxxxxxxx, e.g. {@code 15115089731}
   * @return the phone number
   * @throws MalformedValueException (field {@code phone}) when the digits are not a mobile number
   * @throws NullPointerException when {@code digits} is null
   */
  public static PhoneNumber mobile(String digits) {
    Objects.requireNonNull(digits, "digits");
    checkMobile(digits, digits, 0);
    return new PhoneNumber(Kind.MOBILE, null, digits, null);
  }

  /**
   * A landline with its area code.
   *
   * @param areaCode 0 and 2–3 ASCII digits, the first not 0, e.g. {@code 0730}, {@code 010}
   * @param subscriber 7–8 ASCII digits, the first 2 to 9, e.g. {@code 6222076}
   * @return the phone number
   * @throws MalformedValueException (field {@code phone}) for an invalid area code or subscriber
   * @throws NullPointerException when an argument is null
   */
  public static PhoneNumber landline(String areaCode, String subscriber) {
    Objects.requireNonNull(areaCode, "areaCode");
    Objects.requireNonNull(subscriber, "subscriber");
    checkAreaCode(areaCode, areaCode, 0);
    checkSubscriber(subscriber, subscriber, 0);
    return new PhoneNumber(Kind.LANDLINE, areaCode, subscriber, null);
  }

  /**
   * A landline printed without its area code, e.g. {@code 65318096}.
   *
   * @param subscriber 7–8 ASCII digits, the first 2 to 9
   * @return the phone number
   * @throws MalformedValueException (field {@code phone}) for an invalid subscriber number
   * @throws NullPointerException when {@code subscriber} is null
   */
  public static PhoneNumber landline(String subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    checkSubscriber(subscriber, subscriber, 0);
    return new PhoneNumber(Kind.LANDLINE, null, subscriber, null);
  }

  /**
   * This landline with an extension (分机) instead of its current one.
   *
   * @param extension 1–6 ASCII digits, e.g. {@code 801}
   * @return the phone number with the extension
   * @throws MalformedValueException (field {@code phone}) for an invalid extension, or when this
   *     is a mobile number
   * @throws NullPointerException when {@code extension} is null
   */
  public PhoneNumber withExtension(String extension) {
    Objects.requireNonNull(extension, "extension");
    if (kind == Kind.MOBILE) {
      throw new MalformedValueException(FIELD, extension, -1, "a mobile number has no extension");
    }
    checkExtension(extension, extension, 0);
    return new PhoneNumber(kind, areaCode, subscriber, extension);
  }

  /**
   * This number without its extension.
   *
   * @return the phone number without extension (this one when it has none)
   */
  public PhoneNumber withoutExtension() {
    return extension == null ? this : new PhoneNumber(kind, areaCode, subscriber, null);
  }

  /**
   * Reads a phone number as printed, e.g. {@code 0730-6222076}, {@code 0571—87808443},
   * {@code (0730)6222076}, {@code 65318096}, {@code 151 1508 9731}, {@code +8615115089731},
   * {@code ０７３０－６２２２０７６}, {@code 0730-6222076转801}.
   *
   * @param text the printed number, without its label (联系电话:) or trailing punctuation
   * @return the phone number
   * @throws MalformedValueException (field {@code phone}) for a bad length, letters, a wrong prefix
   *     or misplaced brackets; the index refers to {@code text}
   * @throws NullPointerException when {@code text} is null
   */
  public static PhoneNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    Matcher marker = Chars.hasAny(text.toString(), EXTENSION_MARKER_STARTS)
        ? EXTENSION_MARKER.matcher(text) : null;
    boolean marked = marker != null && marker.find();
    int mainEnd = marked ? marker.start() : n;
    int extStart = marked ? marker.end() : -1;
    String extension = null;
    if (extStart >= 0) {
      extension = readExtension(text, extStart);
    }

    PhoneDigitGroups groups = new PhoneDigitGroups();
    boolean plus = false;
    boolean bracketed = false;
    int firstDigit = -1;
    int openBracket = -1;
    for (int i = 0; i < mainEnd; i++) {
      char c = text.charAt(i);
      int d = ChineseNumerals.arabicDigit(c);
      if (d >= 0) {
        if (firstDigit < 0) {
          firstDigit = i;
        }
        groups.add(d, i);
        continue;
      }
      boolean blank = Chars.isBlank(c);
      if (blank && openBracket >= 0) {
        continue;
      }
      if (blank || SEPARATORS.indexOf(c) >= 0) {
        if (openBracket >= 0) {
          throw new MalformedValueException(FIELD, text, i, "separator inside the brackets");
        }
        groups.end();
        continue;
      }
      if (c == '+' || c == '＋') {
        if (firstDigit >= 0 || plus || openBracket >= 0) {
          throw new MalformedValueException(FIELD, text, i, "misplaced '+'");
        }
        plus = true;
        continue;
      }
      if (c == '(' || c == '（') {
        if (firstDigit >= 0 || plus || openBracket >= 0) {
          throw new MalformedValueException(FIELD, text, i,
              "brackets may only enclose the area code at the start");
        }
        openBracket = i;
        continue;
      }
      if (c == ')' || c == '）') {
        if (openBracket < 0 || !groups.reading() || groups.size() > 0) {
          throw new MalformedValueException(FIELD, text, i, "unmatched closing bracket");
        }
        openBracket = -1;
        bracketed = true;
        groups.end();
        continue;
      }
      throw new MalformedValueException(FIELD, text, i, "unexpected '" + c + "' in a phone number");
    }
    if (openBracket >= 0) {
      throw new MalformedValueException(FIELD, text, openBracket, "unclosed bracket");
    }
    groups.end();
    if (groups.size() == 0) {
      throw new MalformedValueException(FIELD, text, extStart >= 0 ? mainEnd : -1,
          "no digits in phone number");
    }

    String all = groups.from(0);
    if (plus || (all.length() == 13 && all.startsWith("861"))) {
      if (!all.startsWith("86")) {
        throw new MalformedValueException(FIELD, text, firstDigit,
            "only the country code +86 is accepted");
      }
      int at = groups.textIndex(2);
      String mobile = all.substring(2);
      checkMobile(mobile, text, at);
      return withExtensionFromText(new PhoneNumber(Kind.MOBILE, null, mobile, null), extension,
          text, mainEnd);
    }
    if (all.charAt(0) == '1') {
      checkMobile(all, text, firstDigit);
      if (bracketed) {
        throw new MalformedValueException(FIELD, text, firstDigit,
            "a mobile number has no area code");
      }
      return withExtensionFromText(new PhoneNumber(Kind.MOBILE, null, all, null), extension,
          text, mainEnd);
    }
    if (all.charAt(0) != '0') {
      if (bracketed) {
        throw new MalformedValueException(FIELD, text, firstDigit, "area code must start with 0");
      }
      if (groups.size() == 2 && extension == null && groups.length(0) >= 7
          && groups.length(0) <= 8) { // 52564588-7817: the extension as a second group
        checkExtension(groups.group(1), text, groups.start(1));
        checkSubscriber(groups.group(0), text, firstDigit);
        return new PhoneNumber(Kind.LANDLINE, null, groups.group(0), groups.group(1));
      }
      checkSubscriber(all, text, firstDigit);
      return new PhoneNumber(Kind.LANDLINE, null, all, extension);
    }
    // landline with area code
    String area;
    String subscriber;
    int subscriberStart;
    if (groups.size() == 1) {
      if (bracketed) {
        throw new MalformedValueException(FIELD, text, n, "subscriber number is missing");
      }
      int len = all.startsWith("01") || all.startsWith("02") ? 3 : 4;
      if (all.length() <= len) {
        throw new MalformedValueException(FIELD, text, firstDigit,
            "subscriber number is missing after the area code");
      }
      area = all.substring(0, len);
      subscriber = all.substring(len);
      subscriberStart = groups.textIndex(len);
    } else {
      area = groups.group(0);
      String rest = groups.from(1);
      subscriberStart = groups.start(1);
      if (rest.length() >= 7 && rest.length() <= 8) {
        subscriber = rest;
      } else if (groups.size() == 3 && extension == null && groups.length(1) >= 7
          && groups.length(1) <= 8) {
        subscriber = groups.group(1);
        extension = groups.group(2);
        checkExtension(extension, text, groups.start(2));
      } else {
        subscriber = rest;
      }
    }
    checkAreaCode(area, text, firstDigit);
    checkSubscriber(subscriber, text, subscriberStart);
    return new PhoneNumber(Kind.LANDLINE, area, subscriber, extension);
  }

  private static PhoneNumber withExtensionFromText(
      PhoneNumber mobile, String extension, CharSequence text, int markerIndex) {
    if (extension != null) {
      throw new MalformedValueException(FIELD, text, markerIndex,
          "a mobile number has no extension");
    }
    return mobile;
  }

  private static String readExtension(CharSequence text, int from) {
    StringBuilder sb = new StringBuilder();
    int first = -1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = ChineseNumerals.arabicDigit(c);
      if (d >= 0) {
        if (first < 0) {
          first = i;
        }
        sb.append((char) ('0' + d));
      } else if (!Chars.isBlank(c)) {
        throw new MalformedValueException(FIELD, text, i, "unexpected '" + c + "' in extension");
      }
    }
    if (sb.length() == 0) {
      throw new MalformedValueException(FIELD, text, from, "extension digits are missing");
    }
    checkExtension(sb.toString(), text, first);
    return sb.toString();
  }

  private static boolean allAsciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static void checkMobile(String digits, CharSequence text, int at) {
    if (!allAsciiDigits(digits)) {
      throw new MalformedValueException(FIELD, text, at, "mobile number must be ASCII digits");
    }
    if (digits.length() != 11) {
      throw new MalformedValueException(FIELD, text, at,
          "mobile number must have 11 digits, got " + digits.length());
    }
    if (digits.charAt(0) != '1' || digits.charAt(1) < '3') {
      throw new MalformedValueException(FIELD, text, at, "mobile number must start 13 to 19");
    }
  }

  private static void checkAreaCode(String area, CharSequence text, int at) {
    if (!allAsciiDigits(area) || area.length() < 3 || area.length() > 4 || area.charAt(0) != '0'
        || area.charAt(1) == '0') {
      throw new MalformedValueException(FIELD, text, at,
          "area code must be 0 and 2 to 3 digits, not starting 00, got \"" + area + "\"");
    }
  }

  private static void checkSubscriber(String subscriber, CharSequence text, int at) {
    if (!allAsciiDigits(subscriber)) {
      throw new MalformedValueException(FIELD, text, at, "subscriber number must be ASCII digits");
    }
    if (subscriber.length() < 7 || subscriber.length() > 8) {
      throw new MalformedValueException(FIELD, text, at,
          "landline subscriber number must have 7 or 8 digits, got " + subscriber.length());
    }
    if (subscriber.charAt(0) < '2') {
      throw new MalformedValueException(FIELD, text, at,
          "landline subscriber number must start with 2 to 9");
    }
  }

  private static void checkExtension(String extension, CharSequence text, int at) {
    if (!allAsciiDigits(extension) || extension.isEmpty() || extension.length() > 6) {
      throw new MalformedValueException(FIELD, text, at, "extension must have 1 to 6 digits");
    }
  }

  /**
   * Whether this is a landline or a mobile number.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The area code (区号) of a landline, e.g. {@code 0730}; empty for a landline printed without it
   * and for mobile numbers.
   *
   * @return the area code, 0 and 2–3 digits
   */
  public Optional<String> areaCode() {
    return Optional.ofNullable(areaCode);
  }

  /**
   * The subscriber number: the 7–8 digits of a landline, or all 11 digits of a mobile number.
   *
   * @return the ASCII digits
   */
  public String subscriber() {
    return subscriber;
  }

  /**
   * The extension (分机) of a landline, e.g. {@code 801}.
   *
   * @return 1–6 ASCII digits, or empty
   */
  public Optional<String> extension() {
    return Optional.ofNullable(extension);
  }

  /**
   * Whether {@code other} is a phone number with the same kind, area code, subscriber and
   * extension.
   *
   * @param other any object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PhoneNumber)) {
      return false;
    }
    PhoneNumber that = (PhoneNumber) other;
    return kind == that.kind && Objects.equals(areaCode, that.areaCode)
        && subscriber.equals(that.subscriber) && Objects.equals(extension, that.extension);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, areaCode, subscriber, extension);
  }

  /**
   * The canonical form: {@code 0730-6222076}, {@code 65318096}, {@code 15115089731},
   * {@code 0730-6222076转801}.
   *
   * @return the canonical form, which {@link #parse(CharSequence)} reads back to an equal value
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(24);
    if (areaCode != null) {
      sb.append(areaCode).append('-');
    }
    sb.append(subscriber);
    if (extension != null) {
      sb.append('转').append(extension);
    }
    return sb.toString();
  }
}
