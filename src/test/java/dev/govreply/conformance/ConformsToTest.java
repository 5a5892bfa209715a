package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Reply;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ConformsTo} on users' own beans. */
class ConformsToTest {

  @ConformsTo("gbt9704")
  record Submission(String ledgerId, Reply reply) {}

  @ConformsTo("gbt9704")
  static final class Batch {
    private final List<Reply> replies;

    Batch(List<Reply> replies) {
      this.replies = replies;
    }
  }

  @ConformsTo(value = "lenient", allowWarnings = false)
  static final class Strict {
    private final Optional<Reply> reply;

    Strict(Reply reply) {
      this.reply = Optional.ofNullable(reply);
    }
  }

  @ConformsTo("gbt9704")
  record NoReply(String name) {}

  static Reply noDate() {
    return Replies.founding().toBuilder().date(Optional.empty()).build();
  }

  @Test
  void aConformingReplyPasses() {
    assertThat(ReplyValidator.shared().check(new Submission("L-1", Replies.founding()))).isEmpty();
    assertThat(ReplyValidator.shared().check(new NoReply("x"))).isEmpty();
    assertThat(ReplyValidator.shared().check(new Submission("L-1", null))).isEmpty();
  }

  @Test
  void aRejectedReplyIsAViolationOnItsPropertyListingTheFindings() {
    List<Violation> v = ReplyValidator.shared().check(new Submission("L-17", noDate()));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("reply");
      assertThat(x.constraint()).isEqualTo("ConformsTo");
      assertThat(x.message()).startsWith("does not conform to gbt9704 1.0: REJECT; ")
          .contains("GR-REQ-008 ERROR date: The reply has no date");
    });
    assertThat(ReplyValidator.forLocale(Locale.SIMPLIFIED_CHINESE)
        .check(new Submission("L-17", noDate()))).singleElement()
        .satisfies(x -> assertThat(x.message()).startsWith("不符合 gbt9704"));
  }

  @Test
  void collectionsAreCheckedElementByElement() {
    List<Violation> v = ReplyValidator.shared()
        .check(new Batch(List.of(Replies.founding(), noDate())));
    assertThat(v).singleElement().extracting(Violation::path).isEqualTo("replies[1]");
  }

  @Test
  void warningsCanBeMadeViolations() {
    assertThat(ReplyValidator.shared().check(new Strict(noDate()))).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("ACCEPT_WITH_WARNINGS"));
    assertThat(ReplyValidator.shared().check(new Strict(Replies.founding()))).isEmpty();
  }
}
