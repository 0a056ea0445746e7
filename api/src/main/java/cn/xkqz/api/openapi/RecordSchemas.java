package cn.xkqz.api.openapi;

import cn.xkqz.catalog.enterprise.EnterpriseUpdate;
import cn.xkqz.catalog.provider.ProviderUpdate;
import cn.xkqz.catalog.solution.NewSolution;
import cn.xkqz.catalog.solution.SolutionUpdate;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What springdoc does not read from our records: JSpecify {@code @Nullable} components are nullable
 * ({@code type: [x, "null"]}, OpenAPI 3.1), {@code @NotEmpty}/{@code @NotBlank} beside {@code @Size}
 * keep their minimum of 1, and the few fields the services require although Java lets them be null.
 */
@Component
class RecordSchemas implements ModelConverter {

    /** Checked by the services (400 when missing), so required in the document and never null. */
    private static final Map<Class<?>, Set<String>> REQUIRED_BY_SERVICES = Map.of(
            SolutionUpdate.class, Set.of("version"),
            ProviderUpdate.class, Set.of("version"),
            EnterpriseUpdate.class, Set.of("version"),
            NewSolution.class, Set.of("providerId"));

    private static final String NULL = "null";

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema != null && raw.isRecord()) {
            Schema<?> model = schema.get$ref() == null
                    ? schema
                    : context.getDefinedModels()
                            .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            if (model != null && model.getProperties() != null) {
                describe(raw, model);
                describeDerived(raw, model);
            }
        }
        return schema;
    }

    private static void describe(Class<?> record, Schema<?> model) {
        Set<String> required = REQUIRED_BY_SERVICES.getOrDefault(record, Set.of());
        for (RecordComponent component : record.getRecordComponents()) {
            Schema<?> property = model.getProperties().get(component.getName());
            if (property == null || component.isAnnotationPresent(JsonUnwrapped.class)) {
                continue;
            }
            if (required.contains(component.getName())) {
                List<String> names = new ArrayList<>(model.getRequired() == null ? List.of() : model.getRequired());
                names.add(component.getName());
                model.setRequired(names);
            } else if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                model.getProperties().put(component.getName(), nullable(property));
            }
            boolean notEmpty = component.getAccessor().isAnnotationPresent(NotEmpty.class)
                    || component.getAccessor().isAnnotationPresent(NotBlank.class);
            if (notEmpty && property.getMinItems() != null && property.getMinItems() == 0) {
                property.setMinItems(1);
            }
            if (notEmpty && property.getMinLength() != null && property.getMinLength() == 0) {
                property.setMinLength(1);
            }
        }
    }

    /** Derived properties ({@code @JsonProperty} methods, e.g. an enterprise's tier) that may be null. */
    private static void describeDerived(Class<?> record, Schema<?> model) {
        for (Method method : record.getDeclaredMethods()) {
            Schema<?> property = model.getProperties().get(method.getName());
            if (property != null
                    && method.isAnnotationPresent(JsonProperty.class)
                    && method.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)) {
                model.getProperties().put(method.getName(), nullable(property));
            }
        }
    }

    /** {@code type: [x, "null"]}; a referenced schema becomes {@code oneOf: [{$ref}, {type: "null"}]}. */
    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            return new JsonSchema()
                    .oneOf(List.of(property, new JsonSchema().types(Set.of(NULL))))
                    .description(property.getDescription());
        }
        if (property.getTypes() == null && property.getType() != null) {
            property.addType(property.getType());
        }
        property.addType(NULL);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.getEnum().add(null);
        }
        return property;
    }
}
