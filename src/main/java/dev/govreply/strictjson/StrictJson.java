package dev.govreply.strictjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The one mapper configuration of govreply's JSON files on Jackson 2 (replies, profiles,
 * reports, ledger rows): reading is strict where databind's defaults are lenient. Duplicate
 * properties and properties the shapes do not define are refused, and so are a number or boolean
 * where a string is expected, a string where a number or boolean is, and a fraction where an
 * integer is. Each reader adds what its own format needs (indentation, limits, modules).
 */
public final class StrictJson {
  private StrictJson() {}

  /**
   * A mapper builder with the strict configuration over {@code factory}.
   *
   * @param factory the factory, with its stream limits and features
   * @return a new builder
   */
  public static JsonMapper.Builder builder(JsonFactory factory) {
    return JsonMapper.builder(factory)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /**
   * A mapper builder with the strict configuration over a default factory.
   *
   * @return a new builder
   */
  public static JsonMapper.Builder builder() {
    return builder(new JsonFactory());
  }
}
