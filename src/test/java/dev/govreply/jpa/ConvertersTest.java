package dev.govreply.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import dev.govreply.json.ReplyJsonException;
import dev.govreply.testing.ReplyGens;
import jakarta.persistence.AttributeConverter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each converter on its own: the column it writes, what it reads back, what it refuses. */
class ConvertersTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(new DocumentNumberConverter(), DocumentNumber.parse("平政字〔2024〕12号"),
            "平政字〔2024〕12号"),
        Arguments.of(new PhoneNumberConverter(), PhoneNumber.parse("0730—6222076 ext.801"),
            "0730-6222076ext.801"),
        Arguments.of(new ResultClassConverter(), ResultClass.parse("A2类"), "A2"),
        Arguments.of(new SessionConverter(), Session.parse("平江县第十八届人民代表大会第三次会议"),
            "平江县第十八届人民代表大会第三次会议"),
        Arguments.of(new DisclosureConverter(), Disclosure.ON_REQUEST, "ON_REQUEST"),
        Arguments.of(new MotionKindConverter(), MotionKind.PROPOSAL, "PROPOSAL"),
        Arguments.of(new AddresseeRoleConverter(), AddresseeRole.MEMBER, "MEMBER"),
        Arguments.of(new ContactRoleConverter(), ContactRole.HANDLER, "HANDLER"));
  }

  @ParameterizedTest
  @MethodSource("values")
  <T> void writesTheCanonicalStringAndReadsItBack(AttributeConverter<T, String> converter,
      T value, String column) {
    assertThat(converter.convertToDatabaseColumn(value)).isEqualTo(column);
    assertThat(converter.convertToEntityAttribute(column)).isEqualTo(value);
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }

  @Test
  void aResultClassWrittenByAnotherSystemIsReadAsTheParserReadsIt() {
    assertThat(new ResultClassConverter().convertToEntityAttribute("乙类"))
        .isEqualTo(ResultClass.B);
  }

  @Test
  void aMalformedValueNamesTheTypeTheValueAndThePosition() {
    assertThatThrownBy(() -> new DocumentNumberConverter().convertToEntityAttribute("平政字〔0〕12号"))
        .isInstanceOfSatisfying(StoredValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo("DocumentNumber");
          assertThat(e.columnValue()).isEqualTo("平政字〔0〕12号");
          assertThat(e).hasCauseInstanceOf(MalformedValueException.class)
              .hasMessage("column value \"平政字〔0〕12号\" is not a stored DocumentNumber: "
                  + e.getCause().getMessage());
          assertThat(e.getMessage()).contains("documentNumber.year").contains("at index");
        });
  }

  @Test
  void anUnknownCodeListsTheCodes() {
    assertThatThrownBy(() -> new DisclosureConverter().convertToEntityAttribute("public"))
        .isInstanceOf(StoredValueException.class)
        .hasMessage("column value \"public\" is not a stored Disclosure: unknown Disclosure code;"
            + " expected one of PUBLIC, ON_REQUEST, NOT_PUBLIC");
    assertThatThrownBy(() -> new MotionKindConverter().convertToEntityAttribute(""))
        .hasMessage("column value \"\" is not a stored MotionKind: unknown MotionKind code;"
            + " expected one of SUGGESTION, PROPOSAL, MOTION");
  }

  @Test
  void aReplyIsStoredAsItsCanonicalJsonAndReadBack() {
    Reply reply = ReplyGens.validReply(7);
    ReplyJsonConverter c = new ReplyJsonConverter();
    String column = c.convertToDatabaseColumn(reply);
    assertThat(column).startsWith("{\"format\":\"govreply/1\",");
    assertThat(c.convertToEntityAttribute(column)).isEqualTo(reply);
    assertThat(c.convertToDatabaseColumn(c.convertToEntityAttribute(column))).isEqualTo(column);
  }

  @Test
  void aLongMalformedColumnIsQuotedInPartWithItsLength() {
    String column = "{\"format\":\"govreply/1\",\"body\":{\"opening\":\"" + "答".repeat(200);
    assertThatThrownBy(() -> new ReplyJsonConverter().convertToEntityAttribute(column))
        .isInstanceOfSatisfying(StoredValueException.class, e -> {
          assertThat(e.columnValue()).isEqualTo(column);
          assertThat(e).hasCauseInstanceOf(ReplyJsonException.class);
          assertThat(e.getMessage()).startsWith("column value \"" + column.substring(0, 80)
              + "…\" (" + column.length() + " chars) is not a stored Reply: at ");
        });
  }

  @Test
  void aLongValueIsNeverCutInsideASurrogatePair() {
    String column = "x".repeat(StoredValueException.QUOTED_CHARS - 1) + "𠮷".repeat(10);
    assertThatThrownBy(() -> new SessionConverter().convertToEntityAttribute(column))
        .hasMessageStartingWith("column value \"" + "x".repeat(StoredValueException.QUOTED_CHARS - 1)
            + "…\" (" + column.length() + " chars)");
  }

  @Test
  void aNewerFormatIsNamed() {
    assertThatThrownBy(() -> new ReplyJsonConverter().convertToEntityAttribute(
        "{\"format\":\"govreply/2\",\"body\":{}}"))
        .isInstanceOf(StoredValueException.class)
        .cause().hasMessageContaining("document is govreply/2, this library reads govreply/1");
  }
}
