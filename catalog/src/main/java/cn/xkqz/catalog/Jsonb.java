package cn.xkqz.catalog;

import io.r2dbc.postgresql.codec.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a value becomes a jsonb column and back. Each value type (a record; a list is wrapped in a
 * record whose only component carries {@code @JsonValue}) is named once in {@code CatalogConfiguration},
 * which registers a writing and a reading converter for it, so a {@code @Table} record can hold it as a
 * field. Code that binds jsonb by hand (the outbox, the audit trail) uses {@link #MAPPER} too.
 */
public final class Jsonb {

    /**
     * Missing primitives read as their default, so that rows written before a field existed still read
     * (a recommended list's snapshot from before entries had a {@code withdrawn} flag).
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Jsonb() {}

    /** A writing and a reading converter for each of {@code valueTypes}. */
    public static List<GenericConverter> conversionsFor(List<Class<?>> valueTypes) {
        List<GenericConverter> converters = new ArrayList<>();
        for (Class<?> type : valueTypes) {
            converters.add(new Writing(type));
            converters.add(new Reading(type));
        }
        return converters;
    }

    public static Json write(Object value) {
        return Json.of(MAPPER.writeValueAsBytes(value));
    }

    public static <T> T read(Json json, Class<T> type) {
        return MAPPER.readValue(json.asArray(), type);
    }

    private record Writing(Class<?> type) implements GenericConverter {
        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(type, Json.class));
        }

        @Override
        public Object convert(@Nullable Object source, TypeDescriptor from, TypeDescriptor to) {
            return source == null ? Json.of("null") : write(source);
        }
    }

    private record Reading(Class<?> type) implements GenericConverter {
        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(Json.class, type));
        }

        @Override
        public @Nullable Object convert(@Nullable Object source, TypeDescriptor from, TypeDescriptor to) {
            return source == null ? null : read((Json) source, type);
        }
    }
}
