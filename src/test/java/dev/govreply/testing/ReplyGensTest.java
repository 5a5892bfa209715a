package dev.govreply.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.Verdict;
import dev.govreply.json.ReplyJson;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReplyGensTest {
  static final ReplyChecker GBT = ReplyChecker.builder().profile(Profiles.GBT9704)
      .clock(Fixtures.CLOCK).build();

  @Test
  void everyGeneratedReplyIsAcceptedByGbt9704() {
    qt().withExamples(1000).forAll(QtChoices.validReplies()).checkAssert(reply -> {
      var report = GBT.check(reply);
      assertThat(report.verdict()).as(report.toText(Locale.ENGLISH)).isEqualTo(Verdict.ACCEPT);
    });
  }

  @Test
  void generatedRepliesAreDatedInThePastAndRoundTripThroughJson() {
    ReplyJson json = ReplyJson.standard();
    qt().withExamples(200).forAll(QtChoices.validReplies()).checkAssert(reply -> {
      assertThat(reply.date().get()).isBetween(ReplyGens.EARLIEST_DATE, ReplyGens.LATEST_DATE);
      assertThat(json.read(json.write(reply))).isEqualTo(reply);
    });
  }

  @Test
  void aLatestDateBoundsTheDates() {
    LocalDate latest = LocalDate.of(2001, 6, 30);
    qt().withExamples(200).forAll(QtChoices.validReplies(latest)).checkAssert(reply -> {
      assertThat(reply.date().get()).isBeforeOrEqualTo(latest);
      ReplyAssertions.assertThat(reply)
          .usingClock(java.time.Clock.fixed(java.time.Instant.parse("2001-07-01T00:00:00Z"),
              java.time.ZoneOffset.UTC))
          .hasVerdict(Verdict.ACCEPT);
    });
    assertThatThrownBy(() -> ReplyGens.validReply(ReplyGens.Choices.seeded(1),
        LocalDate.of(1999, 12, 31))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSeedGivesTheSameReplyEveryTime() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(ReplyGens.validReply(seed)).isEqualTo(ReplyGens.validReply(seed));
      ReplyAssertions.assertThat(ReplyGens.validReply(seed)).usingClock(Fixtures.CLOCK)
          .hasVerdict(Verdict.ACCEPT);
    }
    assertThat(ReplyGens.validReply(1)).isNotEqualTo(ReplyGens.validReply(2));
  }

  @Test
  void choicesOutsideTheirRangeAreAnError() {
    assertThatThrownBy(() -> ReplyGens.validReply((lo, hi) -> hi + 1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("choices gave");
  }
}
