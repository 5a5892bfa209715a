package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Reply;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reply captured from a web page that laid it out in a table keeps the table's cell borders:
 * rules of pipes alone, and a pipe set off by a blank before or after a cell's text. The reader
 * reads the text between them; the report records the borders as consumed markup of their line,
 * so every line stays accounted for.
 */
class CellBordersTest {

  private static final String BORDERED = String.join("\n",
      "政府信息公开",
      "| 天水市交通运输局关于对市人大七届四次会议第62号建议的答复 | ||||||||||||||",
      "| 2019-09-25 阅读: | ||||||||||||||",
      "|",
      "||||||||||||||",
      "李银成代表: 您提出的《关于贯通礼辛至榜罗段县级道路的建议》收悉,现答复如下: 该路线已列入规划。"
          + " 感谢您对我市交通运输事业的关心和支持。",
      "天水市交通运输局 2019年7月18日 |",
      "||||||||||||||",
      "| 【关闭窗口】 | ||||||||||||||");

  @Test
  void theTextBetweenBordersIsRead() {
    ReadResult r = ReplyTextReader.standard().read(BORDERED);
    Reply reply = r.reply();
    assertThat(reply.title()).contains("天水市交通运输局关于对市人大七届四次会议第62号建议的答复");
    assertThat(reply.issuer()).contains("天水市交通运输局");
    assertThat(reply.motion().orElseThrow().number()).contains("62");
    assertThat(reply.motion().orElseThrow().session().orElseThrow()).hasToString("市人大七届四次会议");
    assertThat(reply.date()).contains(LocalDate.of(2019, 7, 18));
    assertThat(reply.addressee().orElseThrow().names()).containsExactly("李银成");
  }

  @Test
  void bordersAreRecordedAsMarkupAndEveryLineIsAccountedFor() {
    List<LineRecord> lines = ReplyTextReader.standard().read(BORDERED).report().lines();
    assertThat(lines).noneMatch(LineRecord::unaccounted);
    assertThat(lines.get(1).targets()).contains("title");
    assertThat(lines.get(1).markup()).contains("|");
    assertThat(lines.get(3).markup()).containsExactly("|"); // a rule of a pipe alone
    assertThat(lines.get(4).markup()).containsExactly("||||||||||||||");
    assertThat(lines.get(6).targets()).contains("signature", "date");
  }

  @Test
  void aLineKeptAsPageTextKeepsItsBordersAsPrinted() {
    Reply reply = ReplyTextReader.standard().read(BORDERED).reply();
    assertThat(reply.unrecognized()).anySatisfy(
        b -> assertThat(b.lines()).contains("| 【关闭窗口】 | ||||||||||||||"));
  }

  @Test
  void aPipeTouchingTheTextIsTheTexts() {
    String text = String.join("\n",
        "关于县十八届人大三次会议第12号建议的答复",
        "张亮代表：",
        "您提出的《关于加强农村公路建设的建议》收悉，现答复如下：甲|乙两段道路已列入计划。",
        "感谢您对我们工作的关心和支持。",
        "某某县交通运输局",
        "2024年5月6日");
    Reply reply = ReplyTextReader.standard().read(text).reply();
    assertThat(ReplyTextWriter.standard().write(reply)).contains("甲|乙两段道路");
  }
}
