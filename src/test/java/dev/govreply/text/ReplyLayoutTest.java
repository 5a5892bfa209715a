package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Measure;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.testing.SampleDocuments;
import dev.govreply.text.ReplyLayout.Line;
import dev.govreply.text.ReplyLayout.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical layout's lines: their roles, heading levels and the lead set apart. */
class ReplyLayoutTest {

  @Test
  void theFoundingExamplesLinesInOrder() {
    List<Line> lines = ReplyLayout.of(SampleDocuments.read("00").reply());
    assertThat(lines).extracting(Line::role).startsWith(Role.LETTERHEAD, Role.MARKS,
        Role.TITLE, Role.SALUTATION, Role.OPENING).endsWith(Role.CONTACT, Role.CONTACT);
    Line heading = lines.stream().filter(l -> l.role() == Role.HEADING).findFirst().orElseThrow();
    assertThat(heading.level()).isEqualTo(1);
    assertThat(heading.lead()).isEqualTo("一、打造“五张清单”，重构工作联动新机制。");
    assertThat(heading.text()).isEmpty();
    Line runIn = lines.get(lines.indexOf(heading) + 1);
    assertThat(runIn.role()).isEqualTo(Role.ITEM);
    assertThat(runIn.level()).isZero();
    assertThat(runIn.lead()).isEqualTo("一是高点位开展部署调度。");
    assertThat(runIn.text()).startsWith("县委书记4次大会讲评");
  }

  @Test
  void itemsHaveTheLevelsOfTheirMarkers() {
    Measure m = Measure.builder().ordinal(1).heading("加强保障。")
        .addPoints(point(PointStyle.PARENTHESIZED), point(PointStyle.ARABIC),
            point(PointStyle.PARENTHESIZED_ARABIC))
        .build();
    Commitments c = Commitments.builder().addIntro("下一步，我们将：")
        .addItems(Commitment.builder().ordinal(1).style(PointStyle.ENUMERATED)
            .addParagraphs("继续推进。").build())
        .build();
    List<Line> lines = ReplyLayout.of(Reply.builder()
        .body(Body.builder().opening("您提出的建议收悉。").addMeasures(m).commitments(c).build())
        .build());
    assertThat(lines).extracting(Line::role, Line::level, Line::lead, Line::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Role.OPENING, 0, "", "您提出的建议收悉。"),
        org.assertj.core.groups.Tuple.tuple(Role.HEADING, 1, "一、加强保障。", ""),
        org.assertj.core.groups.Tuple.tuple(Role.ITEM, 2, "（一）", "段落。"),
        org.assertj.core.groups.Tuple.tuple(Role.ITEM, 3, "1.", "段落。"),
        org.assertj.core.groups.Tuple.tuple(Role.ITEM, 4, "（1）", "段落。"),
        org.assertj.core.groups.Tuple.tuple(Role.COMMITMENTS_INTRO, 0, "", "下一步，我们将："),
        org.assertj.core.groups.Tuple.tuple(Role.COMMITMENT, 1, "一、", "继续推进。"));
  }

  private static Point point(PointStyle style) {
    return Point.builder().ordinal(1).style(style).addParagraphs("段落。").build();
  }

  @Test
  void aLineBreakInsideAValueIsASpace() {
    Reply reply = Reply.builder().body(Body.builder().opening("第一行\n第二行").build()).build();
    assertThat(ReplyLayout.of(reply).get(0).text()).isEqualTo("第一行 第二行");
  }

  @Test
  void aLineChecksItsLevel() {
    assertThatThrownBy(() -> new Line(Role.ITEM, 5, "", "x"))
        .hasMessage("level must be 0 to 4, got 5");
  }
}
