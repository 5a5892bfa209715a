package dev.govreply.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.govreply.json.ReplyJson;
import dev.govreply.model.Body;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.Point;
import dev.govreply.model.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the programs in {@code examples/} so that they never rot, and proves that the founding
 * example and its JSON document are the complete seed text
 * {@code src/test/resources/samples/00-pingjiang-xzf-jy241.txt}.
 */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("examples/src/dev/govreply/examples");
  private static final Path SEED = Path.of("src/test/resources/samples/00-pingjiang-xzf-jy241.txt");
  private static final Path DOCUMENT = Path.of("examples/documents/00-pingjiang-xzf-jy241.json");

  // ---------------------------------------------------------------------------------------------
  // The example programs

  /** Every class in examples/ is a program: a static main that runs without failing and prints. */
  @TestFactory
  Stream<DynamicTest> everyExampleRuns() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java"))
          .map(n -> n.substring(0, n.length() - ".java".length()))
          .sorted()
          .collect(Collectors.toList());
    }
    assertThat(names).contains("FoundingExample", "BuildAndValidate", "JsonRoundTrip");
    return names.stream().map(name -> dynamicTest(name, () -> {
      Class<?> type = Class.forName("dev.govreply.examples." + name);
      Method main = type.getMethod("main", String[].class);
      assertThat(Modifier.isStatic(main.getModifiers())).as("static main").isTrue();
      assertThat(run(name)).as("output of " + name).isNotBlank();
    }));
  }

  @Test
  void foundingExamplePrintsASummary() {
    String out = run("FoundingExample");
    assertThat(out)
        .contains("平江县人民政府")
        .contains("平政字〔2024〕12号")
        .contains("A2")
        .contains("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复")
        .contains("关于优化营商环境，政府部门先行的建议")
        .contains("张亮代表")
        .contains("4 measures")
        .contains("打造“五张清单”，重构工作联动新机制。")
        .contains("聚焦“纾困增效”，重塑要素保障新体系。")
        .contains("4 items")
        .contains("进一步推动构建亲清新型政商关系。")
        .contains("朱远")
        .contains("何勇")
        .contains("0730-6222076");
  }

  @Test
  void buildAndValidatePrintsWhatItDoes() {
    String out = run("BuildAndValidate");
    assertThat(out)
        .contains("Built 平交复函〔2017〕19号, violations: []")
        .contains("Violation: issuer ")
        .contains("Rejected: documentNumber.serial 平交复函〔2017〕0号");
  }

  @Test
  void jsonRoundTripPrintsWhatItDoes() {
    String out = run("JsonRoundTrip");
    assertThat(out)
        .contains("Read back an equal reply: true")
        .contains("Same bytes when written again: true")
        .contains("starting \"format\": \"govreply/1\"")
        .contains("Read from a file, equal: true");
  }

  // ---------------------------------------------------------------------------------------------
  // The JSON document cannot go stale

  /** Set this system property to rewrite the document: {@code -Dexamples.regenerate=true}. */
  private static final String REGENERATE = "examples.regenerate";

  private static final String STALE = DOCUMENT + " is stale; regenerate it with"
      + " mvn test -Dtest=ExamplesTest -D" + REGENERATE + "=true";

  @Test
  void documentReadsBackAsTheFoundingExample() throws IOException {
    Reply read = ReplyJson.standard().read(DOCUMENT);
    // not assertEquals: two 15 KB toString()s would bury the message; the next test shows the
    // first line that differs
    assertTrue(read.equals(FoundingExample.reply()), STALE);
  }

  /**
   * The document is byte for byte what {@code writePretty} gives for the founding example. The
   * file ends as {@code writePretty} ends, without a final line break: nothing is added.
   */
  @Test
  void documentIsThePrettyJsonOfTheFoundingExample() throws IOException {
    String pretty = ReplyJson.standard().writePretty(FoundingExample.reply());
    byte[] expected = pretty.getBytes(StandardCharsets.UTF_8);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.write(DOCUMENT, expected);
    }
    byte[] actual = Files.readAllBytes(DOCUMENT);
    if (!Arrays.equals(expected, actual)) {
      String[] want = pretty.split("\n", -1);
      String[] have = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
      int line = 0;
      while (line < want.length && line < have.length && want[line].equals(have[line])) {
        line++;
      }
      fail(STALE + "\nfirst difference at line " + (line + 1)
          + ":\n  writePretty: " + (line < want.length ? want[line] : "(end)")
          + "\n  document:    " + (line < have.length ? have[line] : "(end)"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The document is the complete seed

  /**
   * Labels of the seed that the model holds as values, not as text: the JSON names them by code
   * ({@code "A2"}, {@code PUBLIC}, {@code RESPONSIBLE}, {@code HANDLER}), so their characters are
   * not in the document. {@link #headerAndContactLinesAreTheSeedLines()} checks that each denotes
   * the value the reply holds.
   */
  private static final List<String> LABELS_HELD_AS_CODES =
      List.of("类", "同意公开", "承办负责人", "承办人及联系电话");

  /**
   * Every Han character of the seed occurs in the JSON document at least as often as in the seed,
   * except the characters that the model holds as structure rather than text: the labels above
   * (each once) and the numbering markers 一、二、三、四、 of the measures and 一是…四是 of the points and
   * commitments, which the model keeps as ordinals. The title's layout spacing (答 复) needs no
   * exception: the spaces are not Han characters, and the title keeps 答 and 复 once each, as the
   * seed prints them once each in the title.
   *
   * <p>The count is then made exact, so the exceptions cannot hide anything: the document's Han
   * characters are precisely the seed's, less the labels and markers, plus the values the model
   * keeps twice by design (the motion's title, also cited in the opening; its session, also in
   * the title; the addressee's name, also in the salutation).
   */
  @Test
  void everyHanCharacterOfTheSeedIsInTheDocument() throws IOException {
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    Reply reply = ReplyJson.standard().read(DOCUMENT);
    List<String> markers = markers(reply.body());
    assertThat(markers).as("numbering markers of the body").hasSize(4 + 4 * 3 + 4);
    for (String printed : concat(LABELS_HELD_AS_CODES, markers)) {
      assertThat(seed).as("printed in the seed").contains(printed);
    }

    Map<Integer, Long> expected = hanCounts(seed);
    concat(LABELS_HELD_AS_CODES, markers).forEach(s -> subtract(expected, hanCounts(s)));
    Map<Integer, Long> actual = hanCounts(document);

    List<String> missing = new ArrayList<>();
    expected.forEach((c, n) -> {
      long have = actual.getOrDefault(c, 0L);
      if (have < n) {
        missing.add(new String(Character.toChars(c)) + " (seed " + n + ", document " + have + ")");
      }
    });
    assertThat(missing).as("Han characters of the seed missing from the document").isEmpty();

    Motion motion = reply.motion().orElseThrow();
    Map<Integer, Long> exact = new TreeMap<>(expected);
    add(exact, hanCounts(motion.title().orElseThrow()));
    add(exact, hanCounts(motion.session().orElseThrow().toString()));
    reply.addressee().orElseThrow().names().forEach(n -> add(exact, hanCounts(n)));
    assertEquals(exact, actual, "Han characters of the document, as a multiset");
  }

  /**
   * The body, written out with the markers the seed prints (一、 for measures, 一是 for points), is
   * the seed's body from the opening line to the closing line, character for character, once
   * whitespace (the PDF's line breaks and its spaces between Chinese and digits) and the bold
   * markers {@code **} are removed from both. So every sentence is there, in its place and order,
   * and nothing is added.
   */
  @Test
  void bodyIsTheSeedBodyInOrder() throws IOException {
    List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    int first = indexOfOnlyLineStartingWith(lines, "您提出的");
    int last = indexOfOnlyLineStartingWith(lines, "感谢您");
    String seedBody = strip(String.join("\n", lines.subList(first, last + 1)));

    Body body = ReplyJson.standard().read(DOCUMENT).body();
    String written = strip(bodyText(body));
    if (!written.equals(seedBody)) {
      int i = 0;
      while (i < written.length() && i < seedBody.length()
          && written.charAt(i) == seedBody.charAt(i)) {
        i++;
      }
      throw new AssertionError("the body departs from the seed at character " + i
          + ":\n  seed:     …" + around(seedBody, i)
          + "\n  document: …" + around(written, i));
    }

    // the shape the brief asks for: 2 context paragraphs, measures 一、…四、 with 一是…三是,
    // commitments 一是…四是, 3 closing paragraphs
    assertThat(body.context()).hasSize(2);
    assertThat(body.measures()).extracting(Measure::ordinal).containsExactly(1, 2, 3, 4);
    for (Measure m : body.measures()) {
      assertThat(m.heading()).isPresent();
      assertThat(m.paragraphs()).isEmpty();
      assertThat(m.points()).extracting(Point::ordinal).containsExactly(1, 2, 3);
      for (Point p : m.points()) {
        assertThat(p.heading()).isPresent();
        assertThat(p.paragraphs()).hasSize(1);
      }
    }
    Commitments commitments = body.commitments().orElseThrow();
    assertThat(commitments.intro()).singleElement().asString().startsWith("2024年，平江将持续深化");
    assertThat(commitments.items()).extracting(Commitment::ordinal).containsExactly(1, 2, 3, 4);
    assertThat(body.closing()).hasSize(3);
    // the page-break join keeps the characters as printed
    assertThat(body.measures().get(2).points().get(1).paragraphs().get(0))
        .contains("推进“双随机、“一公开”监管常态化");
  }

  /**
   * The lines of the seed outside the body are exactly the header (issuer; number, class and
   * disclosure; title; salutation) and the contact block, and each says what the reply holds.
   */
  @Test
  void headerAndContactLinesAreTheSeedLines() throws IOException {
    List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    int first = indexOfOnlyLineStartingWith(lines, "您提出的");
    int last = indexOfOnlyLineStartingWith(lines, "感谢您");
    List<String> header = nonBlank(lines.subList(0, first));
    List<String> footer = nonBlank(lines.subList(last + 1, lines.size()));
    Reply reply = ReplyJson.standard().read(DOCUMENT);
    Motion motion = reply.motion().orElseThrow();

    assertThat(header).hasSize(4);
    assertEquals(reply.issuer().orElseThrow(), header.get(0));
    assertEquals(List.of(reply.documentNumber().orElseThrow().toString(),
            reply.resultClass().orElseThrow() + "类", "同意公开"),
        List.of(header.get(1).trim().split("\\s+")));
    assertEquals(Disclosure.fromMark("同意公开"), reply.disclosure());
    assertEquals(strip(header.get(2)), reply.title().orElseThrow());
    assertThat(reply.title().orElseThrow()).contains(motion.session().orElseThrow() + "第"
        + motion.number().orElseThrow() + "号" + motion.kind().orElseThrow().chinese());
    assertEquals(reply.addressee().orElseThrow().salutation().orElseThrow() + "：",
        header.get(3));
    assertEquals(reply.addressee().orElseThrow().names().get(0)
            + reply.addressee().orElseThrow().role().orElseThrow().chinese(),
        reply.addressee().orElseThrow().salutation().orElseThrow());
    assertThat(reply.body().opening().orElseThrow())
        .contains("《" + motion.title().orElseThrow() + "》");

    assertThat(footer).hasSize(2);
    List<Contact> contacts = reply.contacts();
    assertThat(contacts).hasSize(2);
    assertEquals(ContactRole.fromLabel("承办负责人"), java.util.Optional.of(contacts.get(0).role()));
    assertEquals("承办负责人：" + contacts.get(0).name().orElseThrow(), footer.get(0));
    assertEquals(ContactRole.HANDLER, contacts.get(1).role());
    assertEquals("承办人及联系电话：" + contacts.get(1).name().orElseThrow() + " "
        + contacts.get(1).phone().orElseThrow(), footer.get(1));
    assertThat(reply.date()).as("the seed has no date").isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** The numbering markers the seed prints for the body: 一、 of measures, 一是 of points. */
  private static List<String> markers(Body body) {
    List<String> markers = new ArrayList<>();
    for (Measure m : body.measures()) {
      markers.add(ChineseNumerals.format(m.ordinal()) + "、");
      m.points().forEach(p -> markers.add(p.style().marker(p.ordinal())));
    }
    body.commitments().ifPresent(c -> c.items().forEach(item -> {
      markers.add(item.style().marker(item.ordinal()));
      item.points().forEach(p -> markers.add(p.style().marker(p.ordinal())));
    }));
    return markers;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The body as printed: markers 一、 and 一是 in front of headings, paragraphs in order. */
  private static String bodyText(Body body) {
    StringBuilder b = new StringBuilder();
    body.opening().ifPresent(b::append);
    body.context().forEach(b::append);
    for (Measure m : body.measures()) {
      b.append(ChineseNumerals.format(m.ordinal())).append('、');
      m.heading().ifPresent(b::append);
      m.paragraphs().forEach(b::append);
      m.points().forEach(p -> appendPoint(b, p));
    }
    body.commitments().ifPresent(c -> {
      c.intro().forEach(b::append);
      for (Commitment item : c.items()) {
        b.append(item.style().marker(item.ordinal()));
        item.heading().ifPresent(b::append);
        item.paragraphs().forEach(b::append);
        item.points().forEach(p -> appendPoint(b, p));
      }
    });
    body.closing().forEach(b::append);
    return b.toString();
  }

  private static void appendPoint(StringBuilder b, Point p) {
    b.append(p.style().marker(p.ordinal()));
    p.heading().ifPresent(b::append);
    p.paragraphs().forEach(b::append);
  }

  /** Removes whitespace (ASCII and Unicode, including the ideographic space) and {@code **}. */
  private static String strip(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.replace("**", "").codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static Map<Integer, Long> hanCounts(String s) {
    return s.codePoints()
        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        .boxed()
        .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
  }

  private static void subtract(Map<Integer, Long> from, Map<Integer, Long> counts) {
    counts.forEach((c, n) -> {
      long left = from.getOrDefault(c, 0L) - n;
      assertThat(left).as("count of " + new String(Character.toChars(c))).isNotNegative();
      if (left == 0) {
        from.remove(c);
      } else {
        from.put(c, left);
      }
    });
  }

  private static void add(Map<Integer, Long> to, Map<Integer, Long> counts) {
    counts.forEach((c, n) -> to.merge(c, n, Long::sum));
  }

  private static int indexOfOnlyLineStartingWith(List<String> lines, String prefix) {
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        assertThat(found).as("one line starting with " + prefix).isEqualTo(-1);
        found = i;
      }
    }
    assertThat(found).as("a line starting with " + prefix).isNotNegative();
    return found;
  }

  private static List<String> nonBlank(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).collect(Collectors.toList());
  }

  private static String around(String s, int i) {
    return s.substring(Math.max(0, i - 20), Math.min(s.length(), i + 20));
  }

  /** Runs an example's main and returns what it printed. */
  private static synchronized String run(String example) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      Class.forName("dev.govreply.examples." + example)
          .getMethod("main", String[].class)
          .invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw new AssertionError(example + ".main failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(example + " has no public static main(String[])", e);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
