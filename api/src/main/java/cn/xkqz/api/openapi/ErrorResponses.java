package cn.xkqz.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The error statuses every operation can answer, from what it takes: 400 for all (query text is checked
 * on every request), 401 and 403 when it needs a token, 404 with a path id, 413 and 415 with a body, 500
 * for all. Statuses only some operations answer (409, 429, 503, a 404 without a path id) are declared on
 * the controller method; each error is the shared {@code Problem} as {@code application/problem+json}.
 */
@Component
class ErrorResponses implements OpenApiCustomizer {

    /** Declared on a method, these take the shared response as it is: it carries {@code Retry-After}. */
    private static final Set<String> SHARED_AS_IS = Set.of("429", "503");

    private static final String NOT_MODIFIED = "304";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ErrorResponses::document));
        Set<String> used = new HashSet<>();
        openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations()
                        .forEach(operation -> operation.getResponses().values().stream()
                                .map(ApiResponse::get$ref)
                                .filter(Objects::nonNull)
                                .forEach(used::add)));
        openApi.getComponents()
                .getResponses()
                .keySet()
                .removeIf(name -> !used.contains(ProblemSchema.REF_PREFIX + name));
    }

    private static void document(Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.replaceAll((status, response) -> {
            if (SHARED_AS_IS.contains(status)) {
                return shared(status);
            }
            if (NOT_MODIFIED.equals(status)) {
                // springdoc gives it the method's body; a 304 never has one (RFC 9110 §15.4.5).
                response.setContent(null);
            }
            if (isError(status) && response.get$ref() == null) {
                response.setContent(problemContent());
            }
            return response;
        });
        List<String> statuses = new ArrayList<>(List.of("400"));
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            statuses.addAll(List.of("401", "403"));
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
            statuses.add("404");
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of("413", "415"));
        }
        statuses.add("500");
        for (String status : statuses) {
            responses.computeIfAbsent(
                    status, s -> new ApiResponse().$ref(ProblemSchema.REF_PREFIX + ProblemSchema.RESPONSES.get(s)));
        }
        sortByStatus(operation);
    }

    private static ApiResponse shared(String status) {
        return new ApiResponse().$ref(ProblemSchema.REF_PREFIX + ProblemSchema.RESPONSES.get(status));
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        ProblemSchema.PROBLEM_JSON,
                        new MediaType().schema(new JsonSchema().$ref("#/components/schemas/Problem")));
    }

    private static void sortByStatus(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        operation.getResponses().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
        operation.setResponses(sorted);
    }
}
