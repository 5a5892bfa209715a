package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.model.MalformedValueException;
import dev.govreply.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Memo}: the same results as the conversion, failures never kept, bounded, and
 * thread-safe.
 */
class MemoTest {

  @Test
  void keepsResultsAndConvertsEachTextOnce() {
    AtomicInteger calls = new AtomicInteger();
    Memo<Session> memo = Memo.of(t -> {
      calls.incrementAndGet();
      return Session.parse(t);
    });
    Session a = memo.apply("岳阳市九届人大四次会议");
    Session b = memo.apply("岳阳市九届人大四次会议");
    assertThat(a).isSameAs(b).isEqualTo(Session.parse("岳阳市九届人大四次会议"));
    assertThat(calls).hasValue(1);
    assertThat(memo.size()).isEqualTo(1);
  }

  @Test
  void failuresAreNotKeptAndThrowEveryTime() {
    AtomicInteger calls = new AtomicInteger();
    Memo<Session> memo = Memo.of(t -> {
      calls.incrementAndGet();
      return Session.parse(t);
    });
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> memo.apply("某某会议"))
          .isInstanceOfSatisfying(MalformedValueException.class,
              e -> assertThat(e.field()).isEqualTo("session"));
    }
    assertThat(calls).hasValue(3);
    assertThat(memo.size()).isZero();
  }

  @Test
  void isBoundedInEntriesAndKeyLength() {
    AtomicInteger calls = new AtomicInteger();
    Memo<String> memo = new Memo<>(t -> {
      calls.incrementAndGet();
      return t.toUpperCase(Locale.ROOT);
    }, 10, 5);
    // texts that repeat: each of 100 seen five times in a row
    for (int i = 0; i < 100; i++) {
      for (int k = 0; k < 5; k++) {
        assertThat(memo.apply("k" + i)).isEqualTo("K" + i);
      }
    }
    assertThat(memo.size()).isEqualTo(10);
    assertThat(memo.bypassed()).isFalse();
    // kept texts are not converted again; the others are, every time
    calls.set(0);
    memo.apply("k0");
    memo.apply("k50");
    memo.apply("k50");
    assertThat(calls).hasValue(2);
    calls.set(0);
    Memo<String> shortKeys = new Memo<>(t -> {
      calls.incrementAndGet();
      return t;
    }, 10, 5);
    shortKeys.apply("123456");
    shortKeys.apply("123456");
    assertThat(calls).hasValue(2);
    assertThat(shortKeys.size()).isZero();
  }

  @Test
  void aMemoOfTextsThatHardlyRepeatGivesUpKeepingThem() {
    AtomicInteger calls = new AtomicInteger();
    Memo<String> memo = new Memo<>(t -> {
      calls.incrementAndGet();
      return t.toUpperCase(Locale.ROOT);
    }, 10, 20);
    for (int i = 0; i < 100; i++) {
      assertThat(memo.apply("k" + i)).isEqualTo("K" + i);
    }
    assertThat(memo.bypassed()).isTrue();
    assertThat(memo.size()).isZero();
    calls.set(0);
    assertThat(memo.apply("k1")).isEqualTo("K1");
    assertThat(memo.apply("k1")).isEqualTo("K1");
    assertThat(calls).hasValue(2);
  }

  @Test
  void manyThreadsGetTheConversionsResults() throws Exception {
    Memo<Session> memo = new Memo<>(Session::parse, 50, 128);
    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      texts.add("岳阳市" + i + "届人大" + (i % 7 + 1) + "次会议");
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          for (int round = 0; round < 20; round++) {
            for (String text : texts) {
              // each text twice, so that the memo is worth keeping whatever the interleaving
              for (int k = 0; k < 2; k++) {
                Session s = memo.apply(text);
                if (!s.equals(Session.parse(text)) || s.term().getAsInt() != Session.parse(text)
                    .term().getAsInt()) {
                  return false;
                }
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    // a few more than the capacity at most, from threads that found room at once
    assertThat(memo.size()).isBetween(50, 50 + 8);
  }
}
