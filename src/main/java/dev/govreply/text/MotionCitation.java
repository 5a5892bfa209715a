package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.MotionKind;
import dev.govreply.model.Session;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how a title or an opening sentence cites the item answered: its kind (建议/提案/议案), number
 * (第241号, 温36号, 第652042号, as printed without 第 and 号), session (岳阳市九届人大四次会议, as printed)
 * and, in an opening, its title (《…》, “…”, or unquoted 提出的关于…的建议).
 */
final class MotionCitation {
  private MotionCitation() {}

  /**
   * What a text says about the motion; each part may be null.
   *
   * @param kind the kind named
   * @param number the number as printed
   * @param session the session read
   * @param title the motion title as printed, without brackets or quotes
   * @param titleFrom key index of the title start in the compact text, or -1
   * @param titleTo key index after the title, or -1
   * @param titleQuoted whether the title was in 《》 or quotes
   * @param badSession session-shaped text that could not be read, or null
   */
  record Cited(MotionKind kind, String number, Session session, String title, int titleFrom,
      int titleTo, boolean titleQuoted, String badSession) {}

  /** The kind words; matched by {@link #kindAt} (the words in the pattern's order). */
  static final Pattern KIND = Pattern.compile("议事原案|建议|提案|议案");
  static final String[] KIND_WORDS = {"议事原案", "建议", "提案", "议案"};
  /** {@code MotionKind.fromChinese(w).orElse(null)} of each of {@link #KIND_WORDS}. */
  private static final MotionKind[] KIND_VALUES = new MotionKind[KIND_WORDS.length];

  static {
    for (int w = 0; w < KIND_WORDS.length; w++) {
      KIND_VALUES[w] = MotionKind.fromChinese(KIND_WORDS[w]).orElse(null);
    }
  }

  /** A cited number: digits before 号; matched by {@link #nextNumber}. */
  static final Pattern NUMBER = Pattern.compile("(\\d{1,9})号");
  private static final String NUMBER_STOP = "第议的会案届次年于对关在号是";
  private static final Pattern UNQUOTED = Pattern.compile(
      "(?:提出|所提|提交|领衔提出|联名提出)的?(关于[^《》。:;!?]{2,200}?(?:建议|提案|议案|意见))"
          + "(?=[,。;!:(]|收悉|已收悉|现|经|已|$)");
  private static final String[] SESSION_MARKERS = {"关于对", "关於", "关于", "对", "在"};

  /** Reads a title's compact text up to key index {@code end}, from key index {@code from}. */
  static Cited fromTitle(Compact c, int from, int end) {
    String k = c.key.substring(0, end);
    MotionKind kind = null;
    // every KIND match, as find() gives them one after the other
    for (int i = 0, n = k.length(); i < n; ) {
      int w = kindAt(k, i, n);
      if (w < 0) {
        i++;
        continue;
      }
      if (i >= from) {
        kind = KIND_VALUES[w];
      }
      i += KIND_WORDS[w].length();
    }
    Sess session = session(c, k, from, false);
    return new Cited(kind, number(c, k, from), session.parsed(), null, -1, -1, false,
        session.bad());
  }

  /** Reads an opening sentence (the compact text of the body's first lines). */
  static Cited fromOpening(Compact c) {
    String k = c.key;
    int cut = k.indexOf("如下");
    int segEnd = cut >= 0 ? Math.min(k.length(), cut + 2) : Math.min(k.length(), 300);
    String seg = k.substring(0, segEnd);
    int[] t = bracketed(seg, '《', '》');
    if (t == null) {
      t = bracketed(seg, '“', '”');
    }
    if (t == null) {
      t = bracketed(seg, '"', '"');
    }
    if (t == null) {
      t = bracketed(seg, '「', '」');
    }
    boolean quoted = t != null;
    if (t == null) {
      Matcher u = UNQUOTED.matcher(seg);
      if (u.find()) {
        t = new int[] {u.start(1), u.end(1)};
      }
    }
    String title = null;
    MotionKind kind = null;
    if (t != null) {
      title = TextNorm.removeLayoutSpaces(c.original(t[0], t[1]));
      // the KIND matches of the title (seg from t[0] to t[1]) one after the other: the last one
      // if it ends the title
      for (int i = t[0]; i < t[1]; ) {
        int w = kindAt(seg, i, t[1]);
        if (w < 0) {
          i++;
          continue;
        }
        i += KIND_WORDS[w].length();
        if (i == t[1]) {
          kind = KIND_VALUES[w];
        }
      }
    }
    if (kind == null) {
      for (int i = 0, n = seg.length(); i < n; i++) {
        int w = kindAt(seg, i, n);
        if (w >= 0) {
          kind = KIND_VALUES[w]; // the first KIND match
          break;
        }
      }
    }
    Sess session = session(c, seg, 0, true);
    Session s = null;
    if (session.parsed() != null) {
      s = session.parsed();
    }
    return new Cited(kind, number(c, seg, 0), s, title, t == null ? -1 : t[0],
        t == null ? -1 : t[1], quoted, null);
  }

  /** The first qualifying bracketed or quoted span as {content start, content end}, or null. */
  private static int[] bracketed(String seg, char open, char close) {
    int from = 0;
    while (true) {
      int a = seg.indexOf(open, from);
      if (a < 0) {
        return null;
      }
      int b = seg.indexOf(close, a + 1);
      if (b < 0) {
        return null;
      }
      if (open == close) {
        // ASCII quotes: pairs in order
      }
      String content = seg.substring(a + 1, b);
      if (qualifies(content)) {
        return new int[] {a + 1, b};
      }
      if (open == '《') {
        // nested 《》 inside a title: skip to the matching close
      }
      from = b + 1;
    }
  }

  private static boolean qualifies(String content) {
    if (content.length() < 2) {
      return false;
    }
    return content.startsWith("关于") || content.endsWith("建议") || content.endsWith("提案")
        || content.endsWith("议案") || content.endsWith("意见");
  }

  /**
   * The index in {@link #KIND_WORDS} of the word that a {@link #KIND} match at {@code i} of
   * {@code k} (with input ending at {@code to}) takes (the alternatives in order), or -1.
   */
  static int kindAt(String k, int i, int to) {
    char c = k.charAt(i);
    if (c != '议' && c != '建' && c != '提') {
      return -1;
    }
    for (int w = 0; w < KIND_WORDS.length; w++) {
      String word = KIND_WORDS[w];
      if (i + word.length() <= to && k.startsWith(word, i)) {
        return w;
      }
    }
    return -1;
  }

  /**
   * The start of the next {@link #NUMBER} match in {@code k} at or after {@code p} (not inside a
   * run of digits), or -1; its group 1 is the digits from there up to the 号. Written out: a run
   * of digits followed by 号 holds a match when no more than nine digits are left, so
   * {@code find} matches at the run's start or nine digits before its end; other runs hold none.
   */
  static int nextNumber(String k, int p) {
    int n = k.length();
    int i = p;
    while (i < n) {
      if (!isAsciiDigit(k.charAt(i))) {
        i++;
        continue;
      }
      int e = digitsEnd(k, i);
      if (e < n && k.charAt(e) == '号') {
        return Math.max(i, e - 9);
      }
      i = e;
    }
    return -1;
  }

  static int digitsEnd(String k, int i) {
    while (i < k.length() && isAsciiDigit(k.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Regex {@code \\d}. */
  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String number(Compact c, String k, int from) {
    for (int s = nextNumber(k, 0); s >= 0; s = nextNumber(k, digitsEnd(k, s) + 1)) {
      if (s < from) {
        continue;
      }
      if (s > 0 && ")]〕】﹞".indexOf(k.charAt(s - 1)) >= 0) {
        continue; // the serial of a document number
      }
      int j = s;
      while (j > from && s - j < 3 && Chars.isHan(k.charAt(j - 1))
          && NUMBER_STOP.indexOf(k.charAt(j - 1)) < 0) {
        j--;
      }
      return c.value(j, digitsEnd(k, s));
    }
    return null;
  }

  /**
   * The session cited: its parse, or the text that names a meeting but is no session (bad);
   * both null when none is cited.
   */
  private record Sess(String bad, Session parsed) {}

  private static final Sess NO_SESSION = new Sess(null, null);

  /** The session cited in {@code k} from {@code from}. */
  private static Sess session(Compact c, String k, int from, boolean needMarker) {
    int meeting = k.indexOf("会议", from);
    if (meeting < 0) {
      return NO_SESSION;
    }
    int start = -1;
    for (String marker : SESSION_MARKERS) {
      int at = k.lastIndexOf(marker, meeting);
      if (at >= from && at + marker.length() <= meeting && at + marker.length() > start) {
        start = at + marker.length();
      }
    }
    if (start < 0) {
      if (needMarker) {
        return NO_SESSION;
      }
      start = from;
    }
    int end = meeting + 2;
    if (end - start < 4 || end - start > 40) {
      return NO_SESSION;
    }
    String text = c.value(start, end);
    try {
      return new Sess(null, Session.parse(text));
    } catch (MalformedValueException e) {
      return needMarker ? NO_SESSION : new Sess(text, null);
    }
  }
}
