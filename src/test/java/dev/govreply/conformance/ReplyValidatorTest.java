package dev.govreply.conformance;

import static dev.govreply.conformance.Replies.founding;
import static dev.govreply.conformance.Replies.measure;
import static dev.govreply.conformance.Replies.point;
import static dev.govreply.conformance.Replies.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.Reply;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReplyValidatorTest {

  private static final String LONG_ISSUER = repeat('县', 101);

  @Test
  void foundingReplyHasNoViolations() {
    assertThat(ReplyValidator.shared().check(founding())).isEmpty();
    assertThat(ReplyValidator.shared().validate(founding())).isEmpty();
  }

  @Test
  void overLongIssuerIsReportedAtPathIssuer() {
    Reply reply = founding().toBuilder().issuer(LONG_ISSUER).build();

    assertThat(ReplyValidator.shared().check(reply)).containsExactly(
        new Violation("issuer", "size must be between 0 and 100", LONG_ISSUER, "Size"));
  }

  @Test
  void limitIsInclusive() {
    Reply reply = founding().toBuilder().issuer(repeat('县', 100)).build();
    assertThat(ReplyValidator.shared().check(reply)).isEmpty();
  }

  @Test
  void nestedViolationHasFullPath() {
    String heading = repeat('点', 501);
    Reply reply = founding().toBuilder()
        .body(Replies.body(measure(1, "打造“五张清单”。", point(1, "一。"), point(2, heading))))
        .build();

    List<Violation> violations = ReplyValidator.shared().check(reply);

    assertThat(violations).containsExactly(new Violation("body.measures[0].points[1].heading",
        "size must be between 0 and 500", heading, "Size"));
  }

  @Test
  void everyCascadeIsFollowed() {
    String longName = repeat('名', 51);
    Reply reply = founding().toBuilder()
        .motion(Motion.builder().number(repeat('9', 33)).build())
        .contacts(List.of(Contact.of(ContactRole.HANDLER, "何勇"),
            Contact.of(ContactRole.HANDLER, longName)))
        .copyTo(List.of("省人大常委会办公厅", repeat('厅', 101)))
        .body(Body.builder().from(Replies.foundingBody()).commitments(Commitments.builder()
            .addItem(Commitment.builder().ordinal(1).heading(repeat('诺', 501))
                .addPoint(point(1, repeat('点', 501))).build())
            .build()).build())
        .build();

    assertThat(ReplyValidator.shared().check(reply)).extracting(Violation::path).containsExactly(
        "body.commitments.items[0].heading",
        "body.commitments.items[0].points[0].heading",
        "contacts[1].name",
        "copyTo[1]",
        "motion.number");
  }

  @Test
  void violationsAreSortedWithNumericIndexes() {
    List<Measure> measures = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      boolean bad = i == 3 || i == 11;
      measures.add(measure(i, bad ? repeat('措', 501) : "措施" + i + "。"));
    }
    Reply reply = founding().toBuilder()
        .issuer(LONG_ISSUER)
        .body(Replies.body(measures.toArray(Measure[]::new)))
        .build();

    assertThat(ReplyValidator.shared().check(reply)).extracting(Violation::path)
        .containsExactly("body.measures[2].heading", "body.measures[10].heading", "issuer");
  }

  @Test
  void checkReturnsTheSameListEveryTime() {
    Reply reply = founding().toBuilder().issuer(LONG_ISSUER).signature(LONG_ISSUER)
        .title(repeat('题', 501)).build();
    List<Violation> first = ReplyValidator.shared().check(reply);
    assertThat(first).extracting(Violation::path).containsExactly("issuer", "signature", "title");
    for (int i = 0; i < 20; i++) {
      assertThat(ReplyValidator.shared().check(reply)).isEqualTo(first);
    }
  }

  @Test
  void chineseMessages() {
    Reply reply = founding().toBuilder().issuer(LONG_ISSUER).build();

    ReplyValidator zh = ReplyValidator.forLocale(Locale.SIMPLIFIED_CHINESE);

    assertThat(zh.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.check(reply)).extracting(Violation::message)
        .containsExactly("个数必须在0和100之间");
  }

  @Test
  void englishRegardlessOfJvmDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      ResourceBundleCaches.clear();
      try (ValidatorFactory factory = ReplyValidator.bootstrap()) {
        ReplyValidator fresh = new ReplyValidator(factory, Locale.ENGLISH);
        assertThat(fresh.check(founding().toBuilder().issuer(LONG_ISSUER).build()))
            .extracting(Violation::message).containsExactly("size must be between 0 and 100");
        assertThat(fresh.check(new DocumentNumberRow("12号")))
            .extracting(Violation::message)
            .containsExactly("must be a document number such as 平政字〔2024〕12号");
      }
      assertThat(ReplyValidator.shared().check(new DocumentNumberRow("12号")))
          .extracting(Violation::message)
          .containsExactly("must be a document number such as 平政字〔2024〕12号");
    } finally {
      Locale.setDefault(saved);
      ResourceBundleCaches.clear();
    }
  }

  @Test
  void otherLocalesFallBackToEnglishOrTheirOwnTranslation() {
    Reply reply = founding().toBuilder().issuer(LONG_ISSUER).build();
    assertThat(ReplyValidator.forLocale(Locale.GERMAN).check(reply)).extracting(Violation::message)
        .containsExactly("Größe muss zwischen 0 und 100 sein");
    assertThat(ReplyValidator.forLocale(Locale.GERMAN).check(new DocumentNumberRow("12号")))
        .extracting(Violation::message)
        .containsExactly("must be a document number such as 平政字〔2024〕12号");
    assertThat(ReplyValidator.forLocale(Locale.CHINA).check(new DocumentNumberRow("12号")))
        .extracting(Violation::message).containsExactly("应为发文字号，如 平政字〔2024〕12号");
  }

  @Test
  void sharedInstancesAndFactoryAreBootstrappedOnce() throws Exception {
    assertThat(ReplyValidator.shared()).isSameAs(ReplyValidator.shared());
    assertThat(ReplyValidator.forLocale(Locale.ENGLISH)).isSameAs(ReplyValidator.shared());
    assertThat(ReplyValidator.forLocale(Locale.SIMPLIFIED_CHINESE))
        .isSameAs(ReplyValidator.forLocale(Locale.SIMPLIFIED_CHINESE));
    assertThat(ReplyValidator.shared().locale()).isEqualTo(Locale.ENGLISH);
    assertThat(ReplyValidator.shared().validator()).isSameAs(ReplyValidator.shared().validator());

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ValidatorFactory>> seen = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        seen.add(pool.submit(ReplyValidator::factory));
      }
      ValidatorFactory factory = ReplyValidator.factory();
      for (Future<ValidatorFactory> f : seen) {
        assertThat(f.get(30, TimeUnit.SECONDS)).isSameAs(factory);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ReplyValidator.forLocale(Locale.GERMAN)).isNotSameAs(ReplyValidator.shared());
  }

  @Test
  void validatesFromSeveralThreads() throws Exception {
    Reply good = founding();
    Reply bad = founding().toBuilder().issuer(LONG_ISSUER).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        boolean chinese = t % 2 == 0;
        tasks.add(() -> {
          ReplyValidator v = chinese
              ? ReplyValidator.forLocale(Locale.SIMPLIFIED_CHINESE) : ReplyValidator.shared();
          String expected = chinese ? "个数必须在0和100之间" : "size must be between 0 and 100";
          for (int i = 0; i < 100; i++) {
            if (!v.check(good).isEmpty()) {
              return false;
            }
            List<Violation> found = v.check(bad);
            if (found.size() != 1 || !found.get(0).message().equals(expected)
                || !found.get(0).path().equals("issuer")) {
              return false;
            }
          }
          return true;
        });
      }
      for (Future<Boolean> f : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void validateReturnsRawViolations() {
    Reply reply = founding().toBuilder().issuer(LONG_ISSUER).build();
    Set<ConstraintViolation<Reply>> violations = ReplyValidator.shared().validate(reply);
    assertThat(violations).hasSize(1);
    ConstraintViolation<Reply> v = violations.iterator().next();
    assertThat(v.getRootBean()).isSameAs(reply);
    assertThat(v.getMessageTemplate()).isEqualTo("{jakarta.validation.constraints.Size.message}");
  }

  @Test
  void validatorServesUsersOwnObjects() {
    assertThat(ReplyValidator.shared().validator().validate(new DocumentNumberRow("平政字〔2024〕12号")))
        .isEmpty();
    assertThat(ReplyValidator.shared().validator().validate(new DocumentNumberRow("无号")))
        .hasSize(1);
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> ReplyValidator.shared().check(null));
    assertThatNullPointerException().isThrownBy(() -> ReplyValidator.shared().validate(null));
    assertThatNullPointerException().isThrownBy(() -> ReplyValidator.forLocale(null));
  }

  /** A user's DTO with one document-number field. */
  static final class DocumentNumberRow {
    @ValidDocumentNumber
    final String number;

    DocumentNumberRow(String number) {
      this.number = number;
    }
  }
}
