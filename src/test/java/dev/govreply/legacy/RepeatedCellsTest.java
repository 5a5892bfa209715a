package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.model.MalformedValueException;
import dev.govreply.model.Session;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepeatedCellsTest {

  @Test
  void aRepeatedTextIsReadOnceAndGivesTheSameReading() {
    AtomicInteger reads = new AtomicInteger();
    RepeatedCells<Session> sessions = new RepeatedCells<>(t -> {
      reads.incrementAndGet();
      return Session.parse(t);
    });
    Session first = sessions.read("岳阳市九届人大四次会议");
    Session again = sessions.read("岳阳市九届人大四次会议");
    assertThat(again).isSameAs(first).isEqualTo(Session.parse("岳阳市九届人大四次会议"));
    assertThat(reads).hasValue(1);
  }

  @Test
  void aTextThatCannotBeReadFailsEveryTimeAndIsNotKept() {
    RepeatedCells<Session> sessions = new RepeatedCells<>(Session::parse);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> sessions.read("不是会议")).isInstanceOf(MalformedValueException.class);
    }
    assertThat(sessions.size()).isZero();
  }

  @Test
  void atMostCapacityTextsAreKeptAndTheOthersAreStillRead() {
    AtomicInteger reads = new AtomicInteger();
    RepeatedCells<String> cells = new RepeatedCells<>(t -> {
      reads.incrementAndGet();
      return t + "!";
    });
    for (int i = 0; i < RepeatedCells.CAPACITY + 100; i++) {
      assertThat(cells.read("名" + i)).isEqualTo("名" + i + "!");
    }
    assertThat(cells.size()).isEqualTo(RepeatedCells.CAPACITY);
    String late = "名" + (RepeatedCells.CAPACITY + 50);
    int before = reads.get();
    assertThat(cells.read(late)).isEqualTo(late + "!");
    assertThat(reads.get()).isEqualTo(before + 1);
  }

  @Test
  void aLongTextIsReadEveryTime() {
    AtomicInteger reads = new AtomicInteger();
    RepeatedCells<Integer> cells = new RepeatedCells<>(t -> {
      reads.incrementAndGet();
      return t.length();
    });
    String longText = "张".repeat(RepeatedCells.LONGEST + 1);
    cells.read(longText);
    cells.read(longText);
    assertThat(reads).hasValue(2);
    assertThat(cells.size()).isZero();
  }

  @Test
  void aMapperGivesTheSameResultForARepeatedRecordAndStillRejectsABadRepeatedSession() {
    RecordMapping mapping = RecordMapping.fromJson("{\"format\":\"govreply-mapping/1\","
        + "\"fields\":{\"session\":\"届次\",\"addressee\":{\"column\":\"代表\",\"role\":\"代表\"},"
        + "\"motionKind\":{\"constant\":\"建议\"},\"motionNumber\":\"号\"}}");
    RecordMapper mapper = RecordMapper.of(mapping);
    Map<String, Object> good = Map.of("届次", "岳阳市九届人大四次会议", "代表", "童勋海等10位代表", "号", "7");
    MappingResult first = mapper.map(good, 1);
    MappingResult again = mapper.map(good, 1);
    assertThat(first.isAccepted()).isTrue();
    assertThat(again).isEqualTo(first);
    Map<String, Object> bad = Map.of("届次", "不是会议", "代表", "张亮", "号", "8");
    for (int i = 0; i < 2; i++) {
      assertThat(mapper.map(bad, 2).isAccepted()).isFalse();
    }
  }
}
