package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.govreply.json.ReplyJson;
import dev.govreply.ledger.LedgerRow;
import dev.govreply.model.Body;
import dev.govreply.model.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text round trips: every document of the test resources keeps each Han character it prints, and
 * is a fixed point of {@code write(read(t))} unless committed as not yet one; a sample's written
 * text alone holds every Han character; for generated replies in canonical shape, {@code
 * read(write(r))} is {@code r}.
 */
class TextRoundTripTest {

  static final ReplyTextWriter WRITER = ReplyTextWriter.standard();

  static ReadResult read(String text) {
    return LayoutReader.read(text, StandardCharsets.UTF_8);
  }

  static Stream<String> samples() {
    try {
      Path dir = Path.of(TextRoundTripTest.class.getResource("/samples").toURI());
      try (Stream<Path> files = Files.list(dir)) {
        return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
            .sorted().toList().stream();
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sample(String name) {
    try (InputStream in = TextRoundTripTest.class.getResourceAsStream("/samples/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- samples ---------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("samples")
  void readingAndWritingASampleLosesNoHanCharacter(String name) {
    String input = sample(name);
    ReadResult r = read(input);
    String written = WRITER.write(r.reply());
    List<String> unaccounted = new ArrayList<>();
    for (LineRecord l : r.report().lines()) {
      if (l.unaccounted()) {
        unaccounted.add(l.number() + ": " + l.text());
      }
    }
    assertThat(unaccounted).as(name + ": unaccounted lines").isEmpty();
    List<String> missing = missingHan(r.report(), written);
    assertThat(missing).as(name + ": Han characters of the input missing from the written text "
        + "and the markup\n" + written).isEmpty();
  }

  /**
   * The Han characters of the input (each with its line number) that are neither in one of the
   * forms of the reply ({@code reply}: its written text, its JSON; a character is kept as often
   * as the form holding it most often holds it) nor in the markup tokens of the report, counted
   * as multisets.
   */
  static List<String> missingHan(ReadReport report, String... reply) {
    Map<Integer, Integer> available = new HashMap<>();
    for (String form : reply) {
      Map<Integer, Integer> counts = new HashMap<>();
      addHan(form, counts);
      counts.forEach((cp, n) -> available.merge(cp, n, Math::max));
    }
    for (LineRecord l : report.lines()) {
      for (String token : l.markup()) {
        addHan(token, available);
      }
    }
    List<String> missing = new ArrayList<>();
    for (LineRecord l : report.lines()) {
      String t = l.text();
      for (int i = 0; i < t.length(); ) {
        int cp = t.codePointAt(i);
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
          int n = available.getOrDefault(cp, 0);
          if (n == 0) {
            missing.add("line " + l.number() + ": " + new String(Character.toChars(cp)));
          } else {
            available.put(cp, n - 1);
          }
        }
        i += Character.charCount(cp);
      }
    }
    return missing;
  }

  // ---- every real document --------------------------------------------------------------

  static Stream<Path> realDocuments() {
    return Stream.of(DocumentSets.values()).flatMap(set -> set.documents().stream());
  }

  /**
   * What a document's round trip gives: the Han characters it lost ({@link #missingHan}), its
   * text written once ({@code write(read(t))}) and twice ({@code write(read(once))}), and its
   * ledger row before and after the write ({@code read(once)}).
   */
  record Trip(String name, List<String> missingHan, String once, String twice, LedgerRow row,
      LedgerRow rowBack) {

    static Trip of(String name, Path doc) {
      ReadResult first;
      try {
        first = read(Files.readString(doc, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String once = WRITER.write(first.reply());
      List<String> missing = TextRoundTripTest.missingHan(first.report(), once,
          ReplyJson.standard().writeString(first.reply()));
      Reply back = read(once).reply();
      return new Trip(name, missing, once, WRITER.write(back), LedgerRow.of(first.reply()),
          LedgerRow.of(back));
    }
  }

  /**
   * The round trip of every document, in the order of {@link DocumentSets}: made once for the
   * tests below, on all cores (the reader is thread-safe, and the determinism test shows that
   * threads read as one does).
   */
  private static Map<Path, Trip> trips;

  private static synchronized Map<Path, Trip> trips() {
    if (trips == null) {
      List<Map.Entry<String, Path>> docs = Stream.of(DocumentSets.values())
          .flatMap(set -> set.documents().stream()
              .map(doc -> Map.entry(set.name + "/" + DocumentSets.name(doc), doc)))
          .toList();
      List<Trip> made = docs.parallelStream().map(d -> Trip.of(d.getKey(), d.getValue()))
          .toList();
      Map<Path, Trip> byDocument = new LinkedHashMap<>();
      for (int i = 0; i < docs.size(); i++) {
        byDocument.put(docs.get(i).getValue(), made.get(i));
      }
      trips = byDocument;
    }
    return trips;
  }

  /**
   * Every document of the test resources (samples, gathered corpus, variants) keeps each Han
   * character it prints: in the reply (its written text or its JSON: the title's bracketed item
   * title is in the reply's motion, a class 乙 is written B) or as consumed markup of its line.
   */
  @ParameterizedTest
  @MethodSource("realDocuments")
  void noDocumentLosesAHanCharacter(Path doc) {
    assertThat(trips().get(doc).missingHan())
        .as(doc + ": Han characters in neither the reply nor the markup").isEmpty();
  }

  /**
   * Each way a reader consumes what it writes in another form keeps the printed characters: a
   * date in Chinese numerals, 號 and a serial's 第 in a document number, an item number in brackets
   * after the title, a class 乙, a greeting in the salutation, a site's name above a title naming
   * another body, a document number printed again (a signature printed again: corpus r 442).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "张亮代表：\n您提出的建议收悉。\n平江县交通运输局\n二〇二四年五月三十一日",
      "平交函〔2024〕第12號\n张亮代表：\n您提出的建议收悉。\n平江县交通运输局\n2024年5月31日",
      "“关于支持民权黄河故道的生态走廊建设的提案”复文(2015年第0583号)\n张亮委员：\n您提出的提案收悉。",
      "乙类\n张亮代表：\n您提出的建议收悉。\n平江县交通运输局\n2024年5月31日",
      "郝爱军代表,您好:\n您提出的建议收悉。\n平江县交通运输局\n2024年5月31日",
      "文山市人民政府\n文山市交通运输局对文山市第三届人民代表大会第四次会议第69号建议的答复\n张亮代表：\n"
          + "您提出的建议收悉。\n文山市交通运输局\n2024年5月31日",
      "平交函〔2024〕12号\n对县人大第12号建议的答复\n平交函〔2024〕12号\n张亮代表：\n您提出的建议收悉。"})
  void whatIsWrittenInAnotherFormIsRecordedAsConsumed(String text) {
    ReadResult r = read(text);
    assertThat(missingHan(r.report(), WRITER.write(r.reply()),
        ReplyJson.standard().writeString(r.reply()))).as(text).isEmpty();
  }

  /** The documents whose written text does not yet read back to itself, one a line. */
  static final Path NOT_FIXED_POINTS = GoldenOutputTest.GOLDEN.resolve("not-fixed-points.txt");

  /**
   * Which documents of the test resources are not yet fixed points of {@code write(read(t))} is
   * committed ({@code golden/not-fixed-points.txt}): the list may only shrink, as a reviewable
   * diff ({@code -Dgolden.update=true}).
   */
  @Test
  void theDocumentsNotYetFixedPointsAreTheListedOnes() throws IOException {
    List<String> notFixed = new ArrayList<>();
    for (Trip trip : trips().values()) {
      if (!trip.twice().equals(trip.once())) {
        notFixed.add(trip.name());
      }
    }
    String actual = notFixed.isEmpty() ? "" : String.join("\n", notFixed) + "\n";
    if (GoldenOutputTest.UPDATE) {
      Files.writeString(NOT_FIXED_POINTS, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).isEqualTo(Files.readString(NOT_FIXED_POINTS, StandardCharsets.UTF_8));
  }

  /**
   * Every document of the test resources that is a fixed point keeps its ledger row through a
   * write: what the reader took from it, read back from the written text, is the same row (a
   * value read from where the writer prints nothing, such as an item's number after the title,
   * would be lost by the fixed point of a shorter text).
   */
  @Test
  void everyFixedPointKeepsItsLedgerRowThroughAWrite() throws IOException {
    List<String> notFixed = Files.readAllLines(NOT_FIXED_POINTS, StandardCharsets.UTF_8);
    List<String> changed = new ArrayList<>();
    for (Trip trip : trips().values()) {
      if (!notFixed.contains(trip.name()) && !trip.rowBack().equals(trip.row())) {
        changed.add(trip.name() + ": " + trip.row() + " became " + trip.rowBack());
      }
    }
    assertThat(changed).isEmpty();
  }

  private static void addHan(String s, Map<Integer, Integer> counts) {
    s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
        .forEach(cp -> counts.merge(cp, 1, Integer::sum));
  }

  // ---- generated replies -----------------------------------------------------------------

  @Test
  void readingTheWrittenBodyGivesItBack() {
    qt().withExamples(1000).forAll(CanonicalReplyGenerators.bodies()).checkAssert(body -> {
      String text = WRITER.write(Reply.builder().body(body).build());
      List<String> lines = TextLines.split(text);
      ReadContext ctx = new ReadContext(lines);
      Body back = BodyReader.read(ctx.allLines(), ctx);
      assertThat(back).as(text).isEqualTo(body);
      for (LineRecord l : ctx.report(StandardCharsets.UTF_8).lines()) {
        assertThat(l.unaccounted()).as(l.toString()).isFalse();
      }
    });
  }

  @Test
  void readingTheWrittenTextGivesTheReplyBack() {
    qt().withExamples(1000).forAll(CanonicalReplyGenerators.replies()).checkAssert(reply -> {
      String text = WRITER.write(reply);
      assertThat(read(text).reply()).as(text).isEqualTo(reply);
    });
  }

  @Test
  void readingGeneratedTextLosesNoHanCharacter() {
    qt().withExamples(1000).forAll(CanonicalReplyGenerators.replies()).checkAssert(reply -> {
      String text = WRITER.write(reply);
      ReadResult r = read(text);
      assertThat(missingHan(r.report(), WRITER.write(r.reply()))).as(text).isEmpty();
      assertThat(r.report().lines()).noneMatch(LineRecord::unaccounted);
    });
  }
}
