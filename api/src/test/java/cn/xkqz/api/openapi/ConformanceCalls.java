package cn.xkqz.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests the pass sends to one operation: valid ones (a role the document lists, ids of records the
 * test made, parameters and the body from their examples) and invalid ones (a bad value for each parameter,
 * a body of the wrong type or without its required fields, a wrong Content-Type, no token where one is
 * needed).
 */
final class ConformanceCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, WebTestClient> callers;
    private final Function<String, String> idFor;
    private final BodyValues bodyValues;
    private final Function<String, String> exampleIds;

    /**
     * @param callers a client per role, and one for "anonymous"
     * @param idFor the id for a path variable, given the path up to it ("/api/v1/solutions/{id}")
     * @param bodyValues the values to put into example bodies in place of the example's
     * @param exampleIds a query parameter's example with our records' ids in place of the example's
     */
    ConformanceCalls(
            Map<String, WebTestClient> callers,
            Function<String, String> idFor,
            BodyValues bodyValues,
            Function<String, String> exampleIds) {
        this.callers = callers;
        this.idFor = idFor;
        this.bodyValues = bodyValues;
        this.exampleIds = exampleIds;
    }

    List<ConformanceCall> of(DocumentedOperation operation) {
        String role = operation.roles().contains("BUREAU")
                ? "BUREAU"
                : operation.roles().stream().findFirst().orElse("anonymous");
        List<Parameter> parameters = Parameter.of(operation);
        String body = body(operation, uri(operation, parameters, p -> false, null));
        List<ConformanceCall> calls = new ArrayList<>();
        calls.add(call("valid", role, operation, parameters, Parameter::required, null, body));
        if (parameters.stream().anyMatch(p -> !p.required())) {
            calls.add(call("valid, every parameter", role, operation, parameters, p -> true, null, body));
        }
        for (Parameter bad : parameters) {
            calls.add(call("bad " + bad.name(), role, operation, parameters, p -> p.required() || p == bad, bad, body));
        }
        if (body != null) {
            calls.add(call("body of the wrong type", role, operation, parameters, Parameter::required, null, "[]"));
            calls.add(call("body without its fields", role, operation, parameters, Parameter::required, null, "{}"));
            calls.add(new ConformanceCall(
                    "wrong Content-Type",
                    role,
                    callers.get(role),
                    HttpMethod.valueOf(operation.method()),
                    uri(operation, parameters, Parameter::required, null),
                    headers(parameters, Parameter::required, null),
                    MediaType.TEXT_PLAIN,
                    body));
        }
        if (operation.secured()) {
            calls.add(call("no token", "anonymous", operation, parameters, Parameter::required, null, body));
        }
        return calls;
    }

    private ConformanceCall call(
            String label,
            String caller,
            DocumentedOperation operation,
            List<Parameter> parameters,
            Predicate<Parameter> sent,
            @Nullable Parameter bad,
            @Nullable String body) {
        return new ConformanceCall(
                label,
                caller,
                callers.get(caller),
                HttpMethod.valueOf(operation.method()),
                uri(operation, parameters, sent, bad),
                headers(parameters, sent, bad),
                body == null ? null : MediaType.APPLICATION_JSON,
                body);
    }

    /** The path with ids for its variables, and the query of the {@code sent} parameters. */
    private String uri(
            DocumentedOperation operation,
            List<Parameter> parameters,
            Predicate<Parameter> sent,
            @Nullable Parameter bad) {
        StringBuilder uri = new StringBuilder();
        for (String segment : operation.path().substring(1).split("/")) {
            uri.append('/');
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                boolean isBad = bad != null && bad.name().equals(name);
                uri.append(isBad ? bad.badValue() : idFor.apply(uri + segment));
            } else {
                uri.append(segment);
            }
        }
        char separator = '?';
        for (Parameter parameter : parameters) {
            if (!"query".equals(parameter.in()) || !sent.test(parameter)) {
                continue;
            }
            List<String> values = parameter == bad
                    ? List.of(parameter.badValue())
                    : parameter.exampleValues().stream().map(exampleIds).toList();
            for (String value : values) {
                uri.append(separator).append(parameter.name()).append('=').append(value);
                separator = '&';
            }
        }
        return uri.toString();
    }

    /** The {@code sent} header parameters (If-Match): their example, or the bad value. */
    private static Map<String, String> headers(
            List<Parameter> parameters, Predicate<Parameter> sent, @Nullable Parameter bad) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            if ("header".equals(parameter.in()) && sent.test(parameter)) {
                headers.put(
                        parameter.name(),
                        parameter == bad ? parameter.badValue() : String.valueOf(parameter.example()));
            }
        }
        return headers;
    }

    /** The request body's example with our records' ids and versions in place of the example's. */
    private @Nullable String body(DocumentedOperation operation, String path) {
        Object requestBody = operation.operation().get("requestBody");
        if (requestBody == null) {
            return null;
        }
        Object json = ((Map<?, ?>) ((Map<?, ?>) requestBody).get("content")).get("application/json");
        if (json == null) {
            // A file upload (multipart): sent without its body, which the operation refuses (415).
            return null;
        }
        Object example = ((Map<?, ?>) json).get("example");
        if (example instanceof Map<?, ?> fields) {
            Map<Object, Object> ours = new LinkedHashMap<>(fields);
            ours.replaceAll((field, value) -> bodyValues.value(path, (String) field, value));
            example = ours;
        }
        return JSON.writeValueAsString(example);
    }

    /** A field's value in a request body to {@code path}, given the example's. */
    @FunctionalInterface
    interface BodyValues {
        Object value(String path, String field, Object example);
    }
}
