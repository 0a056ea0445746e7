package cn.xkqz.api.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One operation of the served document, as parsed JSON. */
record DocumentedOperation(String method, String path, Map<?, ?> operation) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    static List<DocumentedOperation> all(Map<?, ?> document) {
        List<DocumentedOperation> all = new ArrayList<>();
        ((Map<?, ?>) document.get("paths"))
                .forEach((path, item) -> ((Map<?, ?>) item).forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        all.add(new DocumentedOperation(
                                ((String) method).toUpperCase(), (String) path, (Map<?, ?>) operation));
                    }
                }));
        return all;
    }

    /** The roles the document lists, empty when it declares the operation public. */
    List<String> roles() {
        Object roles = operation.get("x-roles");
        return roles == null
                ? List.of()
                : ((List<?>) roles).stream().map(String::valueOf).toList();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    boolean secured() {
        return !((List<?>) operation.get("security")).isEmpty();
    }
}
