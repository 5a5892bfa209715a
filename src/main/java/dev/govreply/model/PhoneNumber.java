package dev.govreply.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A contact phone number (联系电话) in mainland China, as printed in the contact block of a reply:
 * a {@linkplain Kind#LANDLINE landline} such as {@code 0730-6222076} (area code 0730, subscriber
 * 6222076), a landline printed without its area code such as {@code 65318096}, or a
 * {@linkplain Kind#MOBILE mobile} number such as {@code 15115089731}. A landline may have an
 * extension (分机), as in {@code 0730-6222076转801}.
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
 * <p><b>Masked numbers.</b> A publisher that hides digits prints a mask for each ({@code
 * 1*******466}, {@code 189******6664}). Such a number is read as printed: a mobile when it begins
 * with 1, else a landline printed in one group or in two whose first is its area code, all
 * digits; masking does not keep the length, so only bounds of digits and masks are checked ({@link
 * #isMasked()}). A masked number whose parts cannot be told apart ({@code 5256****-7817}) is
 * refused.
 *
 * <p><b>As printed, and canonical.</b> {@link #toString()} writes the number as printed, in the
 * form of the published ledger (LEDGER.md: "the phone number as printed, digits and one
 * hyphen"): ASCII digits; a hyphen after the area code where the print set it off with a dash or
 * brackets, none where it ran the digits together or left a blank (unless the digits run together
 * would read another area code: {@code 073 2345678} is {@code 073-2345678}); the extension after the
 * marker printed ({@code 转801}, {@code 分机801}, or {@code -7817} for an extension printed as a
 * group); separators inside a subscriber number and a country code left out. {@link #canonical()}
 * writes every number the same way: {@code 0730-6222076}, {@code 0730-6222076转801}.
 *
 * <pre>{@code
 * PhoneNumber p = PhoneNumber.parse("（0730）6222076");
 * p.kind();        // LANDLINE
 * p.areaCode();    // Optional[0730]
 * p.subscriber();  // "6222076"
 * p.toString();    // "0730-6222076"
 * PhoneNumber.parse("087164871015").toString();       // "087164871015", as printed
 * PhoneNumber.parse("087164871015").canonical();      // "0871-64871015"
 * PhoneNumber.parse("+86 151 1508 9731").toString();  // "15115089731"
 * PhoneNumber.parse("0730—6222076 ext.801").canonical(); // "0730-6222076转801"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. {@link #equals(Object)} compares the number and how
 * it is printed, as {@link java.math.BigDecimal#equals} compares scale: {@code 087164871015} and
 * {@code 0871-64871015} are the same number ({@link #sameNumberAs}) but not equal values.
 * {@code parse(p.toString()).equals(p)} holds for every instance.
 */
public final class PhoneNumber {
  /** Whether a number is a fixed line or a mobile. */
  public enum Kind {
    /** A fixed line (座机, 固定电话): optional area code, 7–8 digit subscriber, optional extension. */
    LANDLINE,
    /** A mobile (手机) number: 11 digits starting 1[3-9]. */
    MOBILE
  }

  /** The marker {@link #canonical()} and {@link #withExtension} write before an extension. */
  private static final String EXTENSION_MARKER = "转";

  private final Kind kind;
  private final String areaCode; // null when absent
  private final String subscriber;
  private final String extension; // null when absent
  /** Whether the area code is written set off by a hyphen. */
  private final boolean areaSetOff;
  /** The marker printed before the extension (转, 分机, -); null when there is no extension. */
  private final String extensionMarker;

  PhoneNumber(Kind kind, String areaCode, String subscriber, String extension,
      boolean areaSetOff, String extensionMarker) {
    this.kind = kind;
    this.areaCode = areaCode;
    this.subscriber = subscriber;
    this.extension = extension;
    this.areaSetOff = areaCode != null && areaSetOff;
    this.extensionMarker = extension == null ? null : extensionMarker;
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
    PhoneNumberParser.checkMobile(digits, digits, 0);
    return new PhoneNumber(Kind.MOBILE, null, digits, null, false, null);
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
    PhoneNumberParser.checkAreaCode(areaCode, areaCode, 0);
    PhoneNumberParser.checkSubscriber(subscriber, subscriber, 0);
    return new PhoneNumber(Kind.LANDLINE, areaCode, subscriber, null, true, null);
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
    PhoneNumberParser.checkSubscriber(subscriber, subscriber, 0);
    return new PhoneNumber(Kind.LANDLINE, null, subscriber, null, false, null);
  }

  /**
   * This landline with an extension (分机) instead of its current one, written after 转.
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
      throw new MalformedValueException(PhoneNumberParser.FIELD, extension, -1,
          "a mobile number has no extension");
    }
    PhoneNumberParser.checkExtension(extension, extension, 0);
    return new PhoneNumber(kind, areaCode, subscriber, extension, areaSetOff, EXTENSION_MARKER);
  }

  /**
   * This number without its extension.
   *
   * @return the phone number without extension (this one when it has none)
   */
  public PhoneNumber withoutExtension() {
    return extension == null ? this
        : new PhoneNumber(kind, areaCode, subscriber, null, areaSetOff, null);
  }

  /**
   * Reads a phone number as printed, e.g. {@code 0730-6222076}, {@code 0571—87808443},
   * {@code (0730)6222076}, {@code 65318096}, {@code 151 1508 9731}, {@code +8615115089731},
   * {@code ０７３０－６２２２０７６}, {@code 0730-6222076转801}, {@code 1*******466}.
   *
   * @param text the printed number, without its label (联系电话:) or trailing punctuation
   * @return the phone number
   * @throws MalformedValueException (field {@code phone}) for a bad length, letters, a wrong prefix
   *     or misplaced brackets; the index refers to {@code text}
   * @throws NullPointerException when {@code text} is null
   */
  public static PhoneNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return PhoneNumberParser.parse(text);
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
   * The subscriber number: the 7–8 digits of a landline, or all 11 digits of a mobile number; for a
   * {@linkplain #isMasked() masked} number, its digits and masks ({@code *}) as printed.
   *
   * @return the ASCII digits, and {@code *} for each masked digit
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
   * Whether the publisher masked digits of this number ({@code 1*******466}): its subscriber holds
   * a {@code *} for each.
   *
   * @return true when masked
   */
  public boolean isMasked() {
    return subscriber.indexOf('*') >= 0;
  }

  /**
   * Whether {@code other} is the same number, however each is printed: the same kind, area code,
   * subscriber and extension ({@code 087164871015} and {@code 0871-64871015}).
   *
   * @param other a phone number
   * @return true when the numbers are the same
   * @throws NullPointerException when {@code other} is null
   */
  public boolean sameNumberAs(PhoneNumber other) {
    Objects.requireNonNull(other, "other");
    return kind == other.kind && Objects.equals(areaCode, other.areaCode)
        && subscriber.equals(other.subscriber) && Objects.equals(extension, other.extension);
  }

  /**
   * Whether {@code other} is the same number printed the same way: {@link #sameNumberAs} and an
   * equal {@link #toString()}.
   *
   * @param other any object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof PhoneNumber that && sameNumberAs(that)
        && areaSetOff == that.areaSetOff && Objects.equals(extensionMarker, that.extensionMarker);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, areaCode, subscriber, extension, areaSetOff, extensionMarker);
  }

  /**
   * The number as printed, in the published ledger's form: {@code 0730-6222076},
   * {@code 087164871015}, {@code 65318096}, {@code 15115089731}, {@code 52564588-7817},
   * {@code 0730-6222076分机801}, {@code 1*******466}.
   *
   * @return the printed form, which {@link #parse(CharSequence)} reads back to an equal value
   */
  @Override
  public String toString() {
    return write(areaSetOff, extensionMarker);
  }

  /**
   * The canonical form, the same for every printing of a number: the area code and a hyphen, the
   * subscriber, and an extension after 转: {@code 0730-6222076}, {@code 0871-64871015},
   * {@code 65318096}, {@code 15115089731}, {@code 0730-6222076转801}.
   *
   * @return the canonical form, which {@link #parse(CharSequence)} reads back to the same number
   */
  public String canonical() {
    return write(true, EXTENSION_MARKER);
  }

  private String write(boolean setOff, String marker) {
    StringBuilder sb = new StringBuilder(24);
    if (areaCode != null) {
      sb.append(areaCode);
      if (setOff) {
        sb.append('-');
      }
    }
    sb.append(subscriber);
    if (extension != null) {
      sb.append(marker).append(extension);
    }
    return sb.toString();
  }
}
