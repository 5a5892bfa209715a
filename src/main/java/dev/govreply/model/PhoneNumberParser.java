package dev.govreply.model;

import dev.govreply.internal.Chars;
import dev.govreply.internal.PatternStarts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a phone number as printed ({@link PhoneNumber#parse}), and states once the rules its parts
 * obey, which {@link PhoneNumber}'s factories check as well.
 *
 * <p>What the print says beyond the number's parts is kept, so that the number can be written
 * back as printed: whether a dash or brackets set the area code off, and the extension's marker.
 */
final class PhoneNumberParser {
  private PhoneNumberParser() {}

  static final String FIELD = "phone";
  private static final String SEPARATORS = "-—－‐–‑‒―─";
  /** The characters a publisher prints for a digit it hides: {@code 1*******466}. */
  private static final String MASKS = "*＊";
  /** What introduces an extension: 转, 轉, 分机, 分機, or ext (any case) with its . or colons. */
  private static final Pattern EXTENSION_MARKER = Pattern.compile("[转轉]|分[机機]|(?i:ext)[.:：]*");
  /**
   * The characters an extension marker begins with (转, 轉, 分, e, E), asked of
   * {@link #EXTENSION_MARKER} itself: a number is searched for a marker only when it holds one.
   */
  private static final String EXTENSION_MARKER_STARTS =
      PatternStarts.of(EXTENSION_MARKER, true);
  /** The marker of an extension printed as a group after a dash or a blank: 52564588-7817. */
  static final String DASH = "-";
  /**
   * The fewest and the most digits and masks of a masked number's subscriber (a mobile's all):
   * masking does not keep a number's length (131******5505 has 13), so only the bounds of a
   * plausible number are checked.
   */
  private static final int MASKED_MIN = 5;
  /** The fewest digits and masks of a masked mobile number. */
  private static final int MASKED_MOBILE_MIN = 7;
  private static final int MASKED_MAX = 13;

  static PhoneNumber parse(CharSequence text) {
    int n = text.length();
    Matcher marker = Chars.hasAny(text.toString(), EXTENSION_MARKER_STARTS)
        ? EXTENSION_MARKER.matcher(text) : null;
    boolean marked = marker != null && marker.find();
    int mainEnd = marked ? marker.start() : n;
    int extStart = marked ? marker.end() : -1;
    String extension = null;
    String extensionMarker = null;
    if (extStart >= 0) {
      extension = readExtension(text, extStart);
      extensionMarker = Chars.removeBlanks(text.subSequence(marker.start(), marker.end()));
    }

    PhoneDigitGroups groups = new PhoneDigitGroups();
    boolean plus = false;
    boolean bracketed = false;
    boolean masked = false;
    boolean areaDash = false; // a dash or a closing bracket after the first group
    int firstDigit = -1;
    int openBracket = -1;
    for (int i = 0; i < mainEnd; i++) {
      char c = text.charAt(i);
      int d = ChineseNumerals.arabicDigit(c);
      boolean mask = MASKS.indexOf(c) >= 0;
      if (d >= 0 || mask) {
        if (firstDigit < 0) {
          firstDigit = i;
        }
        if (mask) {
          masked = true;
          groups.addMask(i);
        } else {
          groups.add(d, i);
        }
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
        areaDash |= !blank && groups.size() == 1;
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
        areaDash = true;
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
    // without its plus, 86 is the country code when a mobile number follows it (86139 1234 5678),
    // unless the digits are grouped as a subscriber and its extension (8613800-138000)
    boolean mobileAfter86 = all.length() == 13 && all.startsWith("861") && all.charAt(3) >= '3';
    boolean subscriberAndExtension = groups.size() == 2 && groups.length(0) >= 7
        && groups.length(0) <= 8;
    if (plus || mobileAfter86 && !subscriberAndExtension) {
      if (!all.startsWith("86")) {
        throw new MalformedValueException(FIELD, text, firstDigit,
            "only the country code +86 is accepted");
      }
      int at = groups.textIndex(2);
      String mobile = all.substring(2);
      if (masked) {
        return maskedMobile(mobile, text, at, extension, mainEnd);
      }
      checkMobile(mobile, text, at);
      return mobile(mobile, extension, text, mainEnd);
    }
    if (masked) {
      return masked(all, groups, areaDash, bracketed, extension, extensionMarker, text,
          firstDigit, mainEnd);
    }
    if (all.charAt(0) == '1') {
      checkMobile(all, text, firstDigit);
      if (bracketed) {
        throw new MalformedValueException(FIELD, text, firstDigit,
            "a mobile number has no area code");
      }
      return mobile(all, extension, text, mainEnd);
    }
    if (all.charAt(0) != '0') {
      if (bracketed) {
        throw new MalformedValueException(FIELD, text, firstDigit, "area code must start with 0");
      }
      if (groups.size() == 2 && extension == null && groups.length(0) >= 7
          && groups.length(0) <= 8) { // 52564588-7817: the extension as a second group
        checkExtension(groups.group(1), text, groups.start(1));
        checkSubscriber(groups.group(0), text, firstDigit);
        return new PhoneNumber(PhoneNumber.Kind.LANDLINE, null, groups.group(0), groups.group(1),
            false, DASH);
      }
      checkSubscriber(all, text, firstDigit);
      return new PhoneNumber(PhoneNumber.Kind.LANDLINE, null, all, extension, false,
          extensionMarker);
    }
    // landline with area code
    String area;
    String subscriber;
    int subscriberStart;
    if (groups.size() == 1) {
      if (bracketed) {
        throw new MalformedValueException(FIELD, text, n, "subscriber number is missing");
      }
      int len = areaCodeLength(all);
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
        extensionMarker = DASH;
        areaDash = true; // 0730 6222076 801: set off, else the subscriber runs into the area code
        checkExtension(extension, text, groups.start(2));
      } else {
        subscriber = rest;
      }
    }
    checkAreaCode(area, text, firstDigit);
    checkSubscriber(subscriber, text, subscriberStart);
    return new PhoneNumber(PhoneNumber.Kind.LANDLINE, area, subscriber, extension,
        setOff(areaDash, area, all), extensionMarker);
  }

  /**
   * The length of the area code that a number printed without a separator starts with: area
   * codes starting 01 or 02 have 3 digits, the others 4.
   */
  private static int areaCodeLength(String digits) {
    return digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
  }

  /**
   * Whether the area code {@code area} of the number {@code all} is written set off by a dash: when
   * the print set it off with a dash or brackets, and also when it is not the area code that
   * {@link #areaCodeLength} would read from the digits run together, so that the number reads
   * back the same.
   */
  private static boolean setOff(boolean printedSetOff, String area, String all) {
    return printedSetOff || area.length() != areaCodeLength(all);
  }

  private static PhoneNumber mobile(String digits, String extension, CharSequence text,
      int markerIndex) {
    if (extension != null) {
      throw new MalformedValueException(FIELD, text, markerIndex,
          "a mobile number has no extension");
    }
    return new PhoneNumber(PhoneNumber.Kind.MOBILE, null, digits, null, false, null);
  }

  /**
   * A number with masked digits ({@code 1*******466}, {@code 189******6664}, {@code
   * 0871-****1015}), kept as printed: a mobile when its first digit is 1, else a landline. It is
   * printed in one group, or in two whose first is the area code, all digits (set off by a dash,
   * brackets or a blank); otherwise where its parts end cannot be told, and it is refused. A
   * landline in one group starting with 0 has the area code its digits say (01x, 02x: 3 digits,
   * else 4) when those are all printed. The subscriber has 5 to 13 digits and masks.
   */
  private static PhoneNumber masked(String all, PhoneDigitGroups groups, boolean areaDash,
      boolean bracketed, String extension, String extensionMarker, CharSequence text,
      int firstDigit, int mainEnd) {
    if (all.charAt(0) == '1' && !bracketed) {
      return maskedMobile(all, text, firstDigit, extension, mainEnd);
    }
    if (bracketed && all.charAt(0) != '0') { // (1)*722210: brackets enclose an area code
      throw new MalformedValueException(FIELD, text, firstDigit, "area code must start with 0");
    }
    String area = null;
    if (groups.size() == 2) {
      area = groups.group(0);
      if (!validAreaCode(area)) {
        throw new MalformedValueException(FIELD, text, firstDigit,
            "a masked number in two groups must start with its area code, got \"" + area + "\"");
      }
    } else if (groups.size() > 2) {
      throw new MalformedValueException(FIELD, text, groups.start(2),
          "a masked number must be printed in one group, or two with its area code");
    } else if (all.charAt(0) == '0' && areaCodeLength(all) < all.length()
        && validAreaCode(all.substring(0, areaCodeLength(all)))) {
      area = all.substring(0, areaCodeLength(all));
    }
    String subscriber = area == null ? all : all.substring(area.length());
    checkMaskedLength(subscriber, MASKED_MIN, text,
        area == null ? firstDigit : groups.textIndex(area.length()));
    return new PhoneNumber(PhoneNumber.Kind.LANDLINE, area, subscriber, extension,
        area != null && setOff(areaDash, area, all), extensionMarker);
  }

  private static PhoneNumber maskedMobile(String symbols, CharSequence text, int at,
      String extension, int markerIndex) {
    if (symbols.charAt(0) != '1') { // +86 786150*14371
      throw new MalformedValueException(FIELD, text, at, "mobile number must start with 1");
    }
    checkMaskedLength(symbols, MASKED_MOBILE_MIN, text, at);
    return mobile(symbols, extension, text, markerIndex);
  }

  private static void checkMaskedLength(String symbols, int min, CharSequence text, int at) {
    if (symbols.length() < min || symbols.length() > MASKED_MAX) {
      throw new MalformedValueException(FIELD, text, at, "a masked number must have " + min
          + " to " + MASKED_MAX + " digits and masks, got " + symbols.length());
    }
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

  static void checkMobile(String digits, CharSequence text, int at) {
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

  private static boolean validAreaCode(String area) {
    return allAsciiDigits(area) && area.length() >= 3 && area.length() <= 4
        && area.charAt(0) == '0' && area.charAt(1) != '0';
  }

  static void checkAreaCode(String area, CharSequence text, int at) {
    if (!validAreaCode(area)) {
      throw new MalformedValueException(FIELD, text, at,
          "area code must be 0 and 2 to 3 digits, not starting 00, got \"" + area + "\"");
    }
  }

  static void checkSubscriber(String subscriber, CharSequence text, int at) {
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

  static void checkExtension(String extension, CharSequence text, int at) {
    if (!allAsciiDigits(extension) || extension.isEmpty() || extension.length() > 6) {
      throw new MalformedValueException(FIELD, text, at, "extension must have 1 to 6 digits");
    }
  }
}
