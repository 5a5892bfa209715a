package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.RecordMapping.OnError;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.ExtensionValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a date cell (成文日期, column 答复日期) is read as through the mapper: the date, a
 * spreadsheet serial date (with its {@code GR-LEG-001} finding), no date for an empty cell, or the
 * rejection and why — for the forms ledgers keep and edge cases of each part of them (Chinese
 * numerals, separators, times after the date, serials, blanks and line breaks).
 */
class DateCellTest {

  static final String NOT_A_DATE = "rejected: not a date (expected e.g. 2021年7月6日, 2021-07-06,"
      + " 2021/7/6, 20210706 or a spreadsheet serial date such as 44383)";

  static final String OUT_OF_RANGE = "rejected: spreadsheet serial date out of range 61 to"
      + " 99999 (before 61, 1900-03-01, spreadsheets disagree on the day)";

  static final String YEAR = "rejected: a year or a year and month, not a date (four digits are"
      + " not read as a spreadsheet serial date)";

  static final RecordMapper MAPPER = RecordMapper.of(RecordMapping.builder()
      .field(Target.DATE, FieldSource.column("答复日期")).build());

  /**
   * The outcome of mapping a record whose date cell is {@code cell}: {@code 2021-07-06},
   * {@code 2021-07-06 serial}, {@code no date} or {@code rejected: reason}.
   */
  static String outcome(Object cell) {
    Map<String, Object> row = new HashMap<>();
    row.put("答复日期", cell);
    MappingResult r = MAPPER.map(row, 1);
    if (!r.isAccepted()) {
      FieldError e = r.rejection().get(0);
      assertThat(e.field()).isEqualTo("date");
      assertThat(e.column()).contains("答复日期");
      return "rejected: " + e.reason();
    }
    boolean serial = r.findings().stream()
        .anyMatch(f -> f.ruleId().equals(RecordMapper.SERIAL_DATE));
    return r.reply().orElseThrow().date().map(d -> d + (serial ? " serial" : "")).orElse("no date");
  }

  static Object[][] cells() {
    return new Object[][] {
        {"2021年7月6日", "2021-07-06"},
        {"2021年07月06号", "2021-07-06"},
        {"二〇二一年七月六日", "2021-07-06"},
        {"二○二一年十二月三十一日", "2021-12-31"},
        {"OOOO年一月一日", "0000-01-01"},
        {"ＯＯＯＯ年一月一日", "0000-01-01"},
        {"二零二一年一月一日", "2021-01-01"},
        {"2021年七月6日", "2021-07-06"},
        {"二〇二一年7月六日", "2021-07-06"},
        {"2021年十三月1日", "rejected: no such date: 2021-十三-1"},
        {"2021年一十月1日", "2021-10-01"},
        {"2021年三十一月1日", "rejected: no such date: 2021-三十一-1"},
        {"2021年1月三十二日", "rejected: no such date: 2021-1-三十二"},
        {"2021年7月6日日", NOT_A_DATE},
        {"2021年7月", NOT_A_DATE},
        {"7月6日", NOT_A_DATE},
        {"2021年月6日", NOT_A_DATE},
        {"2021年7月日", NOT_A_DATE},
        {"202年7月6日", NOT_A_DATE},
        {"20211年7月6日", NOT_A_DATE},
        {"2021年123月6日", NOT_A_DATE},
        {"2021年1月1234日", NOT_A_DATE},
        {"二〇二1年7月6日", NOT_A_DATE},
        {"2021年7月6", NOT_A_DATE},
        {"２０２１年７月１６日", "2021-07-16"},
        {"2021 年 7 月 6 日", "2021-07-06"},
        {"2021年〇七月六日", "2021-07-06"},
        {"2021年7月6日 10:00", NOT_A_DATE},
        {"2021年7月6日T10:00", NOT_A_DATE},
        {"2021-07-06", "2021-07-06"},
        {"2021/7/6", "2021-07-06"},
        {"2021.7.6", "2021-07-06"},
        {"2021-7/6", NOT_A_DATE},
        {"2021/07-06", NOT_A_DATE},
        {"2021-007-06", NOT_A_DATE},
        {"2021-07-006", NOT_A_DATE},
        {"2021-07-", NOT_A_DATE},
        {"2021--07", NOT_A_DATE},
        {"2021-07-06-", NOT_A_DATE},
        {"202-07-06", NOT_A_DATE},
        {"2021-13-01", "rejected: no such date: 2021-13-01"},
        {"2021-02-30", "rejected: no such date: 2021-02-30"},
        {"2021-02-29", "rejected: no such date: 2021-02-29"},
        {"2020-02-29", "2020-02-29"},
        {"2021 - 07 - 06", "2021-07-06"},
        {"2021 07 06", "2021-07-06"},
        {"２０２１－０７－０６", NOT_A_DATE},
        {"2021.07.06", "2021-07-06"},
        {"2021-1-1", "2021-01-01"},
        {"20210706", "2021-07-06"},
        {"20211301", "rejected: no such date: 2021-13-01"},
        {"202107060", NOT_A_DATE},
        {"2021070", NOT_A_DATE},
        {"1900-01-01", "1900-01-01"},
        {"44383", "2021-07-06 serial"},
        {"44383.5", "2021-07-06 serial"},
        {"44383.", NOT_A_DATE},
        {".5", NOT_A_DATE},
        {"0", OUT_OF_RANGE},
        {"00000", OUT_OF_RANGE},
        {"000001", NOT_A_DATE},
        {"1", OUT_OF_RANGE},
        {"61", "1900-03-01 serial"},
        {"60", OUT_OF_RANGE},
        {"59", OUT_OF_RANGE},
        {"60.5", OUT_OF_RANGE},
        {"999", "1902-09-25 serial"},
        {"2021", YEAR},
        {"2021.7", YEAR},
        {"2021.07", YEAR},
        {"1000", YEAR},
        {"9999.99", YEAR},
        {"２０２１", YEAR},
        {"10000", "1927-05-18 serial"},
        {"99999", "2173-10-13 serial"},
        {"99999.99", "2173-10-13 serial"},
        {"100000", NOT_A_DATE},
        {"1.5", OUT_OF_RANGE},
        {" 44383 ", "2021-07-06 serial"},
        {"4438 3", "2021-07-06 serial"},
        {"44383.5.5", NOT_A_DATE},
        {"44383,5", NOT_A_DATE},
        {"١٢٣", NOT_A_DATE},
        {"", "no date"},
        {" ", "no date"},
        {"\u3000", "no date"},
        {"abc", NOT_A_DATE},
        {"昨天", NOT_A_DATE},
        {"2021/7/6 0:00", "2021-07-06"},
        {"2021/7/6 0:00:00.123", "2021-07-06"},
        {"2021-07-06T09:30:00", "2021-07-06"},
        {"2021-07-06T09:30:00Z", "2021-07-06"},
        {"2021-07-06T09:30:00+0800", "2021-07-06"},
        {"2021-07-06T09:30:00+08:00", "2021-07-06"},
        {"2021-07-06 09:30:00+08:00", "2021-07-06"},
        {"2021-07-06 09:30-0800", "2021-07-06"},
        {"2021-07-06\t09:30", "2021-07-06"},
        {"2021-07-06\u300009:30", NOT_A_DATE},
        {"2021-07-06\n09:30", "2021-07-06"},
        {"2021\n-07-06 09:30", NOT_A_DATE},
        {"2021-07-06 T 09:30", NOT_A_DATE},
        {"2021-07-06 T09:30", NOT_A_DATE},
        {"2021-07-06T", NOT_A_DATE},
        {"2021-07-06T9:30", "2021-07-06"},
        {"2021-07-06T123:30", NOT_A_DATE},
        {"2021-07-06T09:3", NOT_A_DATE},
        {"2021-07-06T09:30:3", NOT_A_DATE},
        {"2021-07-06T09:30:30.", NOT_A_DATE},
        {"2021-07-06T09:30:30.1234567890", NOT_A_DATE},
        {"2021-07-06T09:30:30.123456789", "2021-07-06"},
        {"2021-07-06T09:30+08:0", NOT_A_DATE},
        {"2021-07-06T09:30+08:", NOT_A_DATE},
        {"2021-07-06T09:30+8:00", NOT_A_DATE},
        {"2021-07-06T09:30ZZ", NOT_A_DATE},
        {"2021-07-06T09:30Z+08:00", NOT_A_DATE},
        {"2021/07/06 24:99", "rejected: no such time of day: 24:99"},
        {"2021-7-6 25:99", "rejected: no such time of day: 25:99"},
        {"2021-07-06 23:60", "rejected: no such time of day: 23:60"},
        {"2021-07-06 23:59:60", "rejected: no such time of day: 23:59:60"},
        {"2021-07-06T09:30+19:00", "rejected: no such time of day: 09:30+19:00"},
        {"2021-07-06T09:30+0860", "rejected: no such time of day: 09:30+0860"},
        {"2021-07-06 23:59:59", "2021-07-06"},
        {"2021-07-06T09:30-1800", "2021-07-06"},
        {"44383 10:00", "2021-07-06 serial"},
        {"2021-07-06  \t 10:00", "2021-07-06"},
        {"2021-07-06\u008510:00", NOT_A_DATE},
        {"2\u2028021-07-06 10:00", NOT_A_DATE},
        {"2021-07-06 1 10:00", NOT_A_DATE},
        {"10:00", NOT_A_DATE},
        {" 10:00", NOT_A_DATE},
        {"1 10:00", OUT_OF_RANGE},
        {"61 10:00", "1900-03-01 serial"},
        {"x1 10:00", NOT_A_DATE},
        {"2021-07-06 10:00 11:00", NOT_A_DATE},
        {"2021-07-06T10:00T11:00", NOT_A_DATE},
        {"2021-07-06T\u000B10:00", NOT_A_DATE},
        {"2021-07-06\u000B10:00", "2021-07-06"},
        {"2021-07-06\r\n10:00", "2021-07-06"},
        {"-", NOT_A_DATE},
        {"年月日", NOT_A_DATE},
        {" 2021-07-06", "2021-07-06"},
        {"2021-07-06 ", "2021-07-06"},
        {"２０２１-7-6", "2021-07-06"},
        {"2021年7月6日\u3000", "2021-07-06"},
        {"2021-07-06T08:30", "2021-07-06"},
        {"2021 年7月6日", "2021-07-06"},
        {"2021/2/29", "rejected: no such date: 2021-2-29"},
        {"2020/2/29", "2020-02-29"},
        {"2021-00-10", "rejected: no such date: 2021-00-10"},
        {"2021-1-0", "rejected: no such date: 2021-1-0"},
        {"0000-01-01", "0000-01-01"},
        {"2021/7/32", "rejected: no such date: 2021-7-32"},
        {"２０２１年７月６日", "2021-07-06"}
    };
  }

  @ParameterizedTest
  @MethodSource("cells")
  void aDateCellIsReadAs(String cell, String expected) {
    assertThat(outcome(cell)).as("date cell \"%s\"", cell).isEqualTo(expected);
  }

  @Test
  void datesOfMapsAndJdbcRowsAreTakenAsTheyAre() {
    assertThat(outcome(LocalDate.of(2021, 7, 6))).isEqualTo("2021-07-06");
    assertThat(outcome(LocalDateTime.of(2021, 7, 6, 23, 59))).isEqualTo("2021-07-06");
    assertThat(outcome(null)).isEqualTo("no date");
    // numbers are read as their text: whole days since 1899-12-30
    assertThat(outcome(44383)).isEqualTo("2021-07-06 serial");
    assertThat(outcome(44383.75)).isEqualTo("2021-07-06 serial");
    assertThat(outcome(new BigDecimal("44383.000"))).isEqualTo("2021-07-06 serial");
    assertThat(outcome(20210706L)).isEqualTo("2021-07-06");
    assertThat(outcome(2021)).isEqualTo(YEAR); // a year column's number is no serial
    assertThat(outcome(new BigDecimal("2021.07"))).isEqualTo(YEAR);
    assertThat(outcome(60)).isEqualTo(OUT_OF_RANGE);
    // a value with no day in it
    assertThat(outcome(YearMonth.of(2021, 7))).startsWith("rejected: not a date: ");
    assertThat(outcome(Instant.ofEpochSecond(0))).startsWith("rejected: not a date: ");
  }

  @Test
  void aDateOfADefaultATemplateOrSeveralColumnsIsReadFromItsText() {
    RecordMapper withDefault = RecordMapper.of(RecordMapping.builder()
        .field(Target.DATE, FieldSource.column("答复日期").withDefault("2021年7月6日")).build());
    Map<String, Object> blank = new HashMap<>();
    blank.put("答复日期", " ");
    assertThat(withDefault.map(blank, 1).reply().orElseThrow().date()).contains(
        LocalDate.of(2021, 7, 6));
    assertThat(withDefault.map(Map.of("答复日期", LocalDate.of(2020, 1, 2)), 1).reply()
        .orElseThrow().date()).contains(LocalDate.of(2020, 1, 2));
    RecordMapper joined = RecordMapper.of(RecordMapping.builder()
        .field(Target.DATE, FieldSource.columns("", "年份", "月日")).build());
    assertThat(joined.map(Map.of("年份", "2021年", "月日", "7月6日"), 1).reply().orElseThrow()
        .date()).contains(LocalDate.of(2021, 7, 6));
    RecordMapper template = RecordMapper.of(RecordMapping.builder()
        .field(Target.DATE, FieldSource.template("{年份}-07-06")).build());
    assertThat(template.map(Map.of("年份", 2021), 1).reply().orElseThrow().date())
        .contains(LocalDate.of(2021, 7, 6));
  }

  @Test
  void aSerialDateIsReportedWithTheColumnTheTextAndTheDate() {
    MappingResult r = MAPPER.map(Map.of("答复日期", "44383"), 1);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("GR-LEG-001");
      assertThat(f.path()).contains("date");
      assertThat(f.arguments()).containsExactly("答复日期", "44383", "2021-07-06");
    });
  }

  @Test
  void aDateKeptByOnErrorKeepGoesToExtensionsWithTheReason() {
    RecordMapper keeping = RecordMapper.of(RecordMapping.builder()
        .field(Target.DATE, FieldSource.column("答复日期").onError(OnError.KEEP)).build());
    MappingResult r = keeping.map(Map.of("答复日期", "2021年2月30日"), 1);
    assertThat(r.isAccepted()).isTrue();
    assertThat(r.reply().orElseThrow().date()).isEmpty();
    assertThat(r.reply().orElseThrow().extensions().get("答复日期"))
        .isEqualTo(ExtensionValue.of("2021年2月30日"));
    assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.arguments())
        .containsExactly("答复日期", "2021年2月30日", "no such date: 2021-2-30"));
    assertThat(r.rejection()).isEmpty();
  }
}
