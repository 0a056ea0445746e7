package cn.xkqz.api.openapi;

import java.util.List;
import java.util.Map;

/** A documented parameter: where it goes, its example, and a value its schema refuses. */
record Parameter(String name, String in, boolean required, Object example, Map<?, ?> schema) {

    static List<Parameter> of(DocumentedOperation operation) {
        Object parameters = operation.operation().get("parameters");
        return parameters == null
                ? List.of()
                : ((List<?>) parameters)
                        .stream()
                                .map(p -> (Map<?, ?>) p)
                                .map(p -> new Parameter(
                                        (String) p.get("name"),
                                        (String) p.get("in"),
                                        Boolean.TRUE.equals(p.get("required")),
                                        p.get("example"),
                                        p.get("schema") == null ? Map.of() : (Map<?, ?>) p.get("schema")))
                                .toList();
    }

    /** The example as query values: one per item of an array example (a repeated parameter). */
    List<String> exampleValues() {
        return example instanceof List<?> items
                ? items.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(example));
    }

    /** A value the schema does not allow: of the wrong type, outside the enum, or too long. */
    String badValue() {
        Map<?, ?> schema = this.schema.get("items") instanceof Map<?, ?> items ? items : this.schema;
        Object type = schema.get("type");
        if (schema.get("enum") != null) {
            return "NO_SUCH_VALUE";
        }
        if ("uuid".equals(schema.get("format"))) {
            return "not-a-uuid";
        }
        if (type instanceof String t && !"string".equals(t)) {
            return "not-a-" + t;
        }
        if (schema.get("maxLength") instanceof Number max) {
            return "长".repeat(max.intValue() + 1);
        }
        if (schema.get("pattern") != null || schema.get("format") != null) {
            return "\u202e!";
        }
        return "x".repeat(1_000);
    }
}
