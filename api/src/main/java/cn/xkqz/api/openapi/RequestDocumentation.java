package cn.xkqz.api.openapi;

import cn.xkqz.catalog.lifecycle.LifecycleAction;
import cn.xkqz.catalog.provider.ProviderAction;
import cn.xkqz.catalog.solution.SolutionAction;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies as a client writes them: an example for each (openapi/request-examples.json, by
 * operationId; the linters check them against the schemas), and the actions each lifecycle takes as an
 * enum, one request schema per lifecycle instead of the shared free-text {@code TransitionRequest}.
 */
@Component
class RequestDocumentation implements OpenApiCustomizer {

    private static final String TRANSITION = "TransitionRequest";

    private final Map<String, Object> examples;

    RequestDocumentation(JsonMapper json) {
        try (InputStream in = new ClassPathResource("openapi/request-examples.json").getInputStream()) {
            this.examples = json.readValue(in, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Schema<?> transition = schemas.remove(TRANSITION);
        openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    MediaType body = jsonBody(operation);
                    if (body == null) {
                        return;
                    }
                    Object example = examples.get(operation.getOperationId());
                    if (example != null) {
                        body.setExample(example);
                    }
                    if (transition != null
                            && body.getSchema() != null
                            && body.getSchema().get$ref() != null
                            && body.getSchema().get$ref().endsWith("/" + TRANSITION)) {
                        String name = switch (operation.getOperationId()) {
                            case "transitionSolution" ->
                                add(schemas, "SolutionTransitionRequest", transition, SolutionAction.values());
                            case "transitionProvider" ->
                                add(schemas, "ProviderTransitionRequest", transition, ProviderAction.values());
                            default ->
                                throw new IllegalStateException("no action enum for " + operation.getOperationId());
                        };
                        body.setSchema(new JsonSchema().$ref("#/components/schemas/" + name));
                    }
                }));
    }

    private static @Nullable MediaType jsonBody(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        return operation.getRequestBody().getContent().get("application/json");
    }

    /** A copy of {@code TransitionRequest} whose {@code action} is one of {@code actions}. */
    private static String add(Map<String, Schema> schemas, String name, Schema<?> base, LifecycleAction[] actions) {
        Map<String, Schema> properties = new LinkedHashMap<>(base.getProperties());
        Schema<String> action = new JsonSchema().types(Set.of("string"));
        action.setType("string");
        action.setDescription("生命周期操作 The lifecycle action.");
        action.setEnum(Arrays.stream(actions).map(LifecycleAction::name).toList());
        properties.put("action", action);
        Schema<?> copy = new JsonSchema().types(Set.of("object")).properties(properties);
        copy.setType("object");
        copy.setRequired(List.copyOf(base.getRequired()));
        copy.setDescription("生命周期操作请求 A lifecycle step: the action, why, and for some actions a date, "
                + "the version read or the revision reviewed.");
        schemas.put(name, copy);
        return name;
    }
}
