package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.model.Body;
import dev.govreply.model.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ReplyTextReader#readBody}: the body it finds is always the one {@link
 * ReplyTextReader#read(String)} finds; a text that is a body alone is read without the layout
 * recognition (a reply with nothing but the body, every line in the body); any other text is read
 * exactly as {@code read} reads it.
 */
class ReadBodyTest {
  private static final ReplyTextReader READER = ReplyTextReader.standard();

  static Stream<String> samples() {
    return TextRoundTripTest.samples();
  }

  /** Either exactly the whole read, or the body alone with every non-blank line in the body. */
  private static void assertConsistent(String text, String what) {
    ReadResult full = READER.read(text);
    ReadResult body = READER.readBody(text);
    assertThat(body.reply().body()).as(what).isEqualTo(full.reply().body());
    if (body.reply().equals(full.reply()) && body.report().equals(full.report())) {
      return;
    }
    assertThat(body.reply()).as(what)
        .isEqualTo(Reply.builder().body(full.reply().body()).build());
    for (LineRecord l : body.report().lines()) {
      assertThat(l.unaccounted()).as(what + " line " + l.number()).isFalse();
      assertThat(l.targets()).as(what + " line " + l.number())
          .allMatch(t -> t.startsWith("body"));
    }
    assertThat(body.report().findings()).as(what)
        .containsExactlyElementsOf(bodyFindings(full));
  }

  private static List<Finding> bodyFindings(ReadResult r) {
    return r.report().findings().stream()
        .filter(f -> f.path().map(p -> p.startsWith("body")).orElse(false)).toList();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aWholeDocumentIsReadAsAWhole(String name) {
    String text = TextRoundTripTest.sample(name);
    ReadResult full = READER.read(text);
    ReadResult body = READER.readBody(text);
    assertThat(body.reply()).isEqualTo(full.reply());
    assertThat(body.report()).isEqualTo(full.report());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theBodyOfASampleAloneSkipsTheLayout(String name) {
    String text = TextRoundTripTest.sample(name);
    String bodyText = bodyOf(text);
    assertConsistent(bodyText, name);
    ReadResult alone = READER.readBody(bodyText);
    if (alone.reply().title().isEmpty() && alone.reply().addressee().isEmpty()) {
      assertThat(alone.report().findings()).as(name)
          .allMatch(f -> f.path().map(p -> p.startsWith("body")).orElse(false));
    }
  }

  /** The body lines of a sample (as the whole read placed them), as a text of their own. */
  private static String bodyOf(String text) {
    ReadResult full = READER.read(text);
    int first = -1;
    int last = -1;
    for (LineRecord l : full.report().lines()) {
      if (l.targets().stream().anyMatch(t -> t.startsWith("body"))) {
        first = first < 0 ? l.number() : first;
        last = l.number();
      }
    }
    return String.join("\n", text.lines().toList().subList(first - 1, last));
  }

  @Test
  void mostSampleBodiesTakeTheFastPath() {
    List<String> slow = new ArrayList<>();
    List<String> names = samples().toList();
    for (String name : names) {
      String body = bodyOf(TextRoundTripTest.sample(name));
      ReadResult r = READER.readBody(body);
      if (!r.reply().equals(Reply.builder().body(r.reply().body()).build())) {
        slow.add(name);
      }
    }
    System.out.println("readBody read the whole layout for " + slow.size() + " of " + names.size()
        + " sample bodies: " + slow);
    assertThat(slow.size()).as("samples whose body alone was read as a whole: %s", slow)
        .isLessThanOrEqualTo(MAX_SLOW);
  }

  /**
   * Sample bodies that start or end with a line the layout reader takes for something else (01,
   * and 23, which is flattened to one line with its signature).
   */
  private static final int MAX_SLOW = 2;

  @Test
  void aLedgerCellIsABody() {
    String cell = "您提出的《关于加强农村公路提质改造的建议》收悉，现答复如下：\n"
        + "一、农村公路提质改造工作已列入年度重点任务，今年计划投入资金500万元。\n"
        + "二、建立健全长效机制，加强督促检查。\n"
        + "感谢您对我们工作的关心和支持。";
    ReadResult r = READER.readBody(cell);
    Body body = r.reply().body();
    assertThat(body.opening()).contains("您提出的《关于加强农村公路提质改造的建议》收悉，现答复如下：");
    assertThat(body.measures()).hasSize(2);
    assertThat(body.closing()).containsExactly("感谢您对我们工作的关心和支持。");
    // nothing but the body: no missing-title or missing-signature findings about a cell
    assertThat(r.reply()).isEqualTo(Reply.builder().body(body).build());
    assertThat(r.report().findings()).allMatch(f -> f.path().orElse("").startsWith("body"));
    assertThat(r.report().lines()).allMatch(l -> l.targets().stream()
        .allMatch(t -> t.startsWith("body")) && !l.unaccounted());
    assertConsistent(cell, "cell");
  }

  /**
   * A body naming the units that share its work, one a line, with no date and no signature: both
   * reads keep every line in the body (reviewed: the end's anchor on a body's name took them out
   * of {@code read} only).
   */
  @Test
  void aBodyListingUnitsIsABodyForBothReads() {
    String cell = "我县高度重视，该项工作由以下单位共同负责：\n县交通运输局\n县财政局\n我们将加强协调，确保项目按期完工。";
    assertConsistent(cell, "units");
    assertThat(READER.read(cell).reply().signature()).isEmpty();
    String closed = cell + "\n感谢您对交通工作的关心和支持。";
    assertConsistent(closed, "units and closing");
    assertThat(READER.read(closed).reply().signature()).isEmpty();
  }

  @Test
  void aCellWithASalutationOrASignatureIsReadWhole() {
    String cell = "张亮代表：\n您提出的建议收悉，现答复如下：\n一、已列入计划。\n感谢您的关心和支持。\n"
        + "平江县交通运输局\n2024年5月6日";
    ReadResult r = READER.readBody(cell);
    assertThat(r.reply()).isEqualTo(READER.read(cell).reply());
    assertThat(r.reply().addressee()).isPresent();
    assertThat(r.reply().date()).isPresent();
  }

  @Test
  void emptyAndBlankTextsAreReadLikeRead() {
    for (String t : List.of("", "\n", "  \n\u3000\n")) {
      assertThat(READER.readBody(t).reply()).isEqualTo(READER.read(t).reply());
    }
  }

  /** Random runs of lines of every sample: body-only and mixed texts alike stay consistent. */
  @ParameterizedTest
  @MethodSource("samples")
  void randomRunsOfLinesAreConsistent(String name) {
    List<String> lines = TextRoundTripTest.sample(name).lines().toList();
    Random rnd = new Random(name.hashCode());
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      int a = rnd.nextInt(lines.size());
      int b = a + 1 + rnd.nextInt(lines.size() - a);
      texts.add(String.join("\n", lines.subList(a, b)));
    }
    for (String t : texts) {
      assertConsistent(t, name + " [" + t.length() + " chars]");
    }
  }
}
