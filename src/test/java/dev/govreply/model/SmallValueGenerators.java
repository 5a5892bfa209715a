package dev.govreply.model;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the small values of the model ({@link DocumentNumber},
 * {@link ResultClass}, {@link PhoneNumber}, {@link Session}, the enums and Chinese numerals), for
 * property tests of these values and of the compound types built from them.
 *
 * <p>Every generated value is valid; the generators cover realistic values (issuer codes such as
 * 平政字, sessions such as 岳阳市九届人大四次会议) and the edges of each component's range.
 */
public final class SmallValueGenerators {
  /** Characters of issuer codes: letters of any script and digits (an issuer code's rule). */
  private static final String CODE_CHARS = "平政字交复函岳发改湘建议潼民高卫体宝市环浙办府省厅局委Aa1０第号";
  private static final String CODE_LETTERS = "平政字交复函岳湘A";

  private SmallValueGenerators() {}

  /** Issuer codes (机关代字): 1–8 characters, Chinese, Latin or digits (no whitespace, brackets). */
  public static Gen<String> issuerCodes() {
    Gen<String> realistic = pick(List.of("平政字", "平交复函", "岳发改字", "湘交建议复", "潼民发", "高卫体发",
        "宝市环函", "浙交建", "琼交运函", "X政办"));
    Gen<String> random = randomString(CODE_LETTERS, 1).zip(
        range(0, 7).flatMap(len -> randomString(CODE_CHARS, len)), String::concat);
    return oneOf(realistic, random);
  }

  private static Gen<String> randomString(String alphabet, int length) {
    Gen<String> g = constant("");
    for (int i = 0; i < length; i++) {
      g = g.zip(range(0, alphabet.length() - 1), (s, k) -> s + alphabet.charAt(k));
    }
    return g;
  }

  private static Gen<String> digits(int count) {
    long max = (long) Math.pow(10, count) - 1;
    return longRange(0, max).map(v -> String.format("%0" + count + "d", v));
  }

  /** Document numbers (发文字号) with years 1000–9999 and serials from 1 up to 999999999. */
  public static Gen<DocumentNumber> documentNumbers() {
    Gen<Integer> years = oneOf(range(1990, 2030), range(1000, 9999));
    Gen<Integer> serials = oneOf(range(1, 999), range(1, 999_999_999));
    return issuerCodes().zip(years, serials, DocumentNumber::of);
  }

  /** Result classes (办理结果类别): A–D with or without a sub-class digit. */
  public static Gen<ResultClass> resultClasses() {
    Gen<Character> letters = pick(List.of('A', 'B', 'C', 'D'));
    Gen<Optional<Integer>> subs = range(0, 9).toOptionals(50);
    return letters.zip(subs, (l, s) -> s.map(d -> ResultClass.of(l, d)).orElse(ResultClass.of(l)));
  }

  /** Mobile numbers: 1[3-9] and 9 digits. */
  public static Gen<PhoneNumber> mobileNumbers() {
    return range(3, 9).zip(digits(9), (d, rest) -> PhoneNumber.mobile("1" + d + rest));
  }

  /** Area codes: 0, a digit 1–9 and 1–2 more digits (010, 0730). */
  public static Gen<String> areaCodes() {
    return range(1, 9).zip(oneOf(digits(1), digits(2)), (d, rest) -> "0" + d + rest);
  }

  /** Landline subscriber numbers: 7–8 digits starting 2–9. */
  public static Gen<String> subscribers() {
    return range(2, 9).zip(oneOf(digits(6), digits(7)), (d, rest) -> d + rest);
  }

  /** Landlines, with or without area code and extension. */
  public static Gen<PhoneNumber> landlines() {
    Gen<Optional<String>> areas = areaCodes().toOptionals(80);
    Gen<Optional<String>> extensions = range(1, 6).flatMap(SmallValueGenerators::digits)
        .toOptionals(20);
    return areas.zip(subscribers(), extensions, (a, s, e) -> {
      PhoneNumber p = a.map(x -> PhoneNumber.landline(x, s)).orElseGet(() -> PhoneNumber.landline(s));
      return e.map(p::withExtension).orElse(p);
    });
  }

  /** Phone numbers (联系电话): mobiles and landlines. */
  public static Gen<PhoneNumber> phoneNumbers() {
    return oneOf(mobileNumbers(), landlines());
  }

  /**
   * Phone numbers as they are printed: a landline's area code set off by a dash, a dash of another
   * form, brackets, a blank or nothing; an extension after 转, 分机, ext., a dash or a blank;
   * mobiles spaced 3 4 4 or not; some digits of a mobile masked ({@code 131******5505}).
   */
  public static Gen<String> printedPhoneNumbers() {
    String[] areaSeparators = {"-", "—", "－", " ", "", " - "};
    String[] extensionMarkers = {"转", "分机", " ext. ", "-", " ", "轉"};
    return phoneNumbers().zip(range(0, 5), range(0, 5), range(0, 3), (p, a, e, m) -> {
      StringBuilder sb = new StringBuilder();
      if (p.kind() == PhoneNumber.Kind.MOBILE) {
        String d = p.subscriber();
        return m == 0 ? d.substring(0, 3) + " " + d.substring(3, 7) + " " + d.substring(7)
            : m == 1 ? d.substring(0, 3) + "*".repeat(m + 3) + d.substring(7) : d;
      }
      if (p.areaCode().isPresent()) {
        String area = p.areaCode().get();
        // run together only where the digits say where the area code ends (01x, 02x: 3 digits)
        boolean readable = area.length() == (area.charAt(1) <= '2' ? 3 : 4);
        sb.append(a == 5 ? "(" + area + ")" : area + (a == 4 && !readable ? "-" : areaSeparators[a]));
      }
      sb.append(p.subscriber());
      // an extension printed as a group needs its area code set off (07306222076-801 is no number)
      String marker = a == 4 && (e == 3 || e == 4) && p.areaCode().isPresent() ? "转"
          : extensionMarkers[e];
      p.extension().ifPresent(x -> sb.append(marker).append(x));
      return sb.toString();
    });
  }

  /** Chinese numerals for 1–99 in one of their forms (canonical, Arabic, full-width). */
  private static Gen<String> termNumerals() {
    return range(1, 30).zip(range(0, 2), (n, form) -> form == 0 ? ChineseNumerals.format(n)
        : form == 1 ? Integer.toString(n) : toFullWidth(Integer.toString(n)));
  }

  private static String toFullWidth(String ascii) {
    StringBuilder sb = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    return sb.toString();
  }

  /** Sessions (会议) of people's congresses and CPPCC committees, in the printed forms seen. */
  public static Gen<Session> sessions() {
    Gen<String> regions = pick(List.of("", "岳阳市", "南华县", "省", "市", "区", "县", "海南省", "平江县",
        "全国"));
    Gen<String> assemblies = pick(List.of("人大", "人民代表大会", "政协", "政協", "人民代表大會"));
    Gen<Boolean> di = booleans();
    return regions.zip(assemblies, termNumerals(), termNumerals(), (r, a, t, m) -> new String[] {r, a, t, m})
        .zip(di, (parts, withDi) -> {
          String d = withDi ? "第" : "";
          String r = parts[0];
          String a = parts[1];
          String text = a.startsWith("政")
              ? (withDi ? a + r + d + parts[2] + "届委员会" + d + parts[3] + "次会议"
                  : r + a + parts[2] + "届" + parts[3] + "次会议")
              : r + d + parts[2] + "届" + a + d + parts[3] + "次会议";
          return Session.parse(text);
        });
  }

  /** Disclosures (公开属性). */
  public static Gen<Disclosure> disclosures() {
    return enumValues(Disclosure.class);
  }

  /** Motion kinds (建议, 提案, 议案). */
  public static Gen<MotionKind> motionKinds() {
    return enumValues(MotionKind.class);
  }

  /** Addressee roles (代表, 委员). */
  public static Gen<AddresseeRole> addresseeRoles() {
    return enumValues(AddresseeRole.class);
  }

  /** Contact roles (承办负责人, 承办人). */
  public static Gen<ContactRole> contactRoles() {
    return enumValues(ContactRole.class);
  }

  /** Values 0 to {@link ChineseNumerals#MAX_FORMAT}, for numeral round trips. */
  public static Gen<Integer> numeralValues() {
    return range(0, ChineseNumerals.MAX_FORMAT);
  }
}
