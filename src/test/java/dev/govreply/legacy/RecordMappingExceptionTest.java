package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordMappingExceptionTest {
  @Test
  void messageStartsWithThePointer() {
    RecordMappingException e = new RecordMappingException("/fields/date", "expected a string");
    assertThat(e.getMessage()).isEqualTo("/fields/date: expected a string");
    assertThat(e.pointer()).isEqualTo("/fields/date");
    assertThat(e.reason()).isEqualTo("expected a string");
    assertThat(new RecordMappingException("", "empty document").getMessage())
        .isEqualTo("mapping: empty document");
  }
}
