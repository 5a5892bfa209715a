package dev.govreply.jpa;

import dev.govreply.model.Reply;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link ReplyJsonConverter}, counting how often the provider converts a reply each way. */
@Converter
public class CountingReplyConverter implements AttributeConverter<Reply, String> {
  static final AtomicInteger WRITES = new AtomicInteger();
  static final AtomicInteger READS = new AtomicInteger();
  private final ReplyJsonConverter json = new ReplyJsonConverter();

  @Override
  public String convertToDatabaseColumn(Reply reply) {
    WRITES.incrementAndGet();
    return json.convertToDatabaseColumn(reply);
  }

  @Override
  public Reply convertToEntityAttribute(String column) {
    READS.incrementAndGet();
    return json.convertToEntityAttribute(column);
  }
}
