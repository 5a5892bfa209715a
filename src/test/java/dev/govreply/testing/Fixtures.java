package dev.govreply.testing;

import dev.govreply.examples.FoundingExample;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Replies and a clock shared by the tests of the testing kit. */
final class Fixtures {
  private Fixtures() {}

  /** 2025-06-01, after every sample and generated date. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  /**
   * The founding example, 平政字〔2024〕12号, with the signature and date of the original document
   * (the example leaves them out), which gbt9704 accepts.
   */
  static Reply valid() {
    return Reply.builder().from(FoundingExample.reply()).signature("平江县人民政府")
        .date(java.time.LocalDate.of(2024, 3, 1)).build();
  }

  /** The founding example numbered 平政字〔1900〕12号 and without contacts. */
  static Reply broken() {
    return Reply.builder().from(valid())
        .documentNumber(DocumentNumber.of("平政字", 1900, 12))
        .contacts(java.util.List.of())
        .build();
  }
}
