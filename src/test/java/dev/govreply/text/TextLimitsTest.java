package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.govreply.json.ReplyJson;
import dev.govreply.model.Body;
import dev.govreply.model.Limits;
import dev.govreply.model.Measure;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The text reader reads within govreply's {@link Limits}: a text with a line longer than the
 * longest string a reply may hold, or with more lines than a text may have, is refused before it
 * is read, naming the line; what it reads the JSON writer writes and reads back.
 */
class TextLimitsTest {

  private static final String SALUTATION = "张三代表：\n您提出的建议收悉，现答复如下：\n";

  @Test
  void aLineLongerThanTheLongestStringIsRefusedNamingTheLineAndTheLimit() {
    String line = "我局高度重视此项工作，".repeat(Limits.MAX_STRING_LENGTH / 11 + 1);
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> ReplyTextReader.standard().read(SALUTATION + line + "\n特此答复。\n"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("line 3 is " + line.length() + " chars long")
        .contains(Integer.toString(Limits.MAX_STRING_LENGTH)).contains("Limits.MAX_STRING_LENGTH");
    // as bytes, as a body (the importer's cells) and behind \r\n alike
    assertThat(catchThrowableOfType(TextReadException.class, () -> ReplyTextReader.standard()
        .read((SALUTATION + line).getBytes(StandardCharsets.UTF_8))).line()).isEqualTo(3);
    assertThat(catchThrowableOfType(TextReadException.class,
        () -> ReplyTextReader.standard().readBody(line)).line()).isEqualTo(1);
    assertThat(catchThrowableOfType(TextReadException.class, () -> ReplyTextReader.standard()
        .read("a\r\nb\r\n" + line)).line()).isEqualTo(3);
  }

  @Test
  void anEightMebibyteLineIsRefused() {
    String text = "字".repeat((int) ReplyTextReader.DEFAULT_MAX_CHARS);
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> ReplyTextReader.standard().read(text));
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void aLineAsLongAsTheLimitIsReadAndItsJsonReadsBack() {
    String line = "字".repeat(Limits.MAX_STRING_LENGTH - 1) + "。";
    ReadResult r = ReplyTextReader.standard().read(SALUTATION + line + "\n");
    assertThat(r.reply().body().context()).contains(line);
    ReplyJson json = ReplyJson.standard();
    assertThat(json.read(json.write(r.reply()))).isEqualTo(r.reply());
  }

  @Test
  void linesThatWouldMakeALongerParagraphAreSeveralParagraphs() {
    // two lines without sentence ends would be one paragraph: it would be too long for a reply
    String half = "字".repeat(Limits.MAX_STRING_LENGTH / 2 + 10);
    ReadResult r = ReplyTextReader.standard().read(SALUTATION + half + "\n" + half + "\n");
    assertThat(r.reply().body().context()).containsExactly(half, half);
    assertThat(r.report().lines()).noneMatch(LineRecord::unaccounted);
    ReplyJson json = ReplyJson.standard();
    assertThat(json.read(json.write(r.reply()))).isEqualTo(r.reply());
  }

  @Test
  void moreLinesThanATextMayHaveAreRefusedNamingTheFirstLineOver() {
    String ok = "一、a\n".repeat(Limits.MAX_TEXT_LINES);
    assertThat(ReplyTextReader.standard().read(ok).report().lines())
        .hasSize(Limits.MAX_TEXT_LINES);
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> ReplyTextReader.standard().read(ok + "二、b"));
    assertThat(e.line()).isEqualTo(Limits.MAX_TEXT_LINES + 1);
    assertThat(e.getMessage()).contains("more than " + Limits.MAX_TEXT_LINES + " lines")
        .contains("Limits.MAX_TEXT_LINES");
    // blank lines count: a text of line breaks only is no exception to the rule
    assertThat(catchThrowableOfType(TextReadException.class, () -> ReplyTextReader.standard()
        .read("\n".repeat(Limits.MAX_TEXT_LINES + 1))).line())
        .isEqualTo(Limits.MAX_TEXT_LINES + 1);
  }

  @Test
  void theTextWriterRefusesTextTheReaderWouldRefuse() {
    String half = "字".repeat(Limits.MAX_STRING_LENGTH / 2 + 10);
    // a run-in point's heading and paragraph share a line: together too long for one
    Reply runIn = Reply.builder().body(Body.builder().addMeasures(Measure.builder().ordinal(1)
        .heading("加强管理").addPoints(Point.builder().ordinal(1).style(PointStyle.RUN_IN)
            .heading(half).addParagraphs(half).build()).build()).build()).build();
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> ReplyTextWriter.standard().write(runIn));
    assertThat(e).hasMessageContaining("line 2 of the reply's text")
        .hasMessageContaining("Limits.MAX_STRING_LENGTH");

    Body.Builder many = Body.builder();
    for (int i = 0; i <= Limits.MAX_TEXT_LINES; i++) {
      many.addContext("第" + i + "段。");
    }
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> ReplyTextWriter.standard().write(Reply.builder().body(many.build()).build())))
        .hasMessageContaining("Limits.MAX_TEXT_LINES");
  }
}
