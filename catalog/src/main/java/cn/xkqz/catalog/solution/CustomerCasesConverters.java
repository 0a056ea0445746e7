package cn.xkqz.catalog.solution;

import io.r2dbc.postgresql.codec.Json;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** jsonb ⇄ {@link CustomerCases}, registered with the R2DBC mapping in {@code CatalogConfiguration}. */
public final class CustomerCasesConverters {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<CustomerCase>> LIST = new TypeReference<>() {};

    private CustomerCasesConverters() {}

    public static List<Converter<?, ?>> all() {
        return List.of(new ToJson(), new FromJson());
    }

    @WritingConverter
    static final class ToJson implements Converter<CustomerCases, Json> {
        @Override
        public Json convert(CustomerCases cases) {
            return Json.of(JSON.writeValueAsBytes(cases.items()));
        }
    }

    @ReadingConverter
    static final class FromJson implements Converter<Json, CustomerCases> {
        @Override
        public CustomerCases convert(Json json) {
            return new CustomerCases(JSON.readValue(json.asArray(), LIST));
        }
    }
}
