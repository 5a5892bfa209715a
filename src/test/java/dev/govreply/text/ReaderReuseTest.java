package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The reader keeps one assembly buffer per thread between reads: reads of texts of any size, in
 * any order and on many threads at once, give exactly what a first read gives.
 */
class ReaderReuseTest {
  private static final ReplyTextReader READER = ReplyTextReader.standard();

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    TextRoundTripTest.samples().forEach(n -> texts.add(TextRoundTripTest.sample(n)));
    // a body far larger than the buffer kept between reads, and a tiny one
    texts.add(texts.get(0).repeat(5));
    texts.add("您提出的建议收悉，现答复如下：\n一、已办理。\n感谢您的关心和支持。");
    return texts;
  }

  @Test
  void readsInAnyOrderGiveTheFirstResults() {
    List<String> texts = texts();
    List<ReadResult> first = new ArrayList<>();
    for (String t : texts) {
      first.add(READER.read(t));
    }
    for (int round = 0; round < 3; round++) {
      for (int i = texts.size() - 1; i >= 0; i--) {
        ReadResult again = READER.read(texts.get(i));
        assertThat(again.reply()).isEqualTo(first.get(i).reply());
        assertThat(again.report()).isEqualTo(first.get(i).report());
      }
    }
  }

  @Test
  void concurrentReadsGiveTheSequentialResults() throws Exception {
    List<String> texts = texts();
    List<ReadResult> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(READER.read(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int k = 0; k < 40; k++) {
        int i = k % texts.size();
        futures.add(pool.submit(() -> {
          ReadResult r = READER.read(texts.get(i));
          return r.reply().equals(expected.get(i).reply())
              && r.report().equals(expected.get(i).report());
        }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
