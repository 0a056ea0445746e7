package cn.xkqz.api.openapi;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the served document declares an operation answers, held against a real answer: the status must be
 * declared, the Content-Type one of the declared media types, and a JSON body valid against the declared
 * schema. Schemas are JSON Schema 2020-12 (OpenAPI 3.1), loaded at their place in the document so that
 * {@code #/components/schemas/…} references resolve as written.
 */
final class DeclaredResponses {

    private static final String BASE = "https://xkqz.test/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    DeclaredResponses(byte[] served) {
        String text = new String(served, StandardCharsets.UTF_8);
        this.document = JSON.readTree(text);
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(BASE, text)));
    }

    /** What is wrong with this answer to {@code operation}; empty when it is as declared. */
    List<String> check(DocumentedOperation operation, int status, @Nullable MediaType type, byte[] body) {
        String at =
                "/paths/" + escape(operation.path()) + "/" + operation.method().toLowerCase() + "/responses";
        String code = String.valueOf(status);
        JsonNode responses = document.at(at);
        if (!responses.has(code)) {
            return List.of("undeclared status " + status);
        }
        String pointer = resolve(at + "/" + code);
        JsonNode content = document.at(pointer + "/content");
        List<String> findings = new ArrayList<>();
        if (content.isMissingNode() || content.isEmpty()) {
            if (body.length > 0) {
                findings.add(status + " has a body (" + type + ") but declares none");
            }
            return findings;
        }
        if (type == null) {
            return List.of(status + " has no Content-Type, declared " + content.propertyNames());
        }
        String mediaType = type.getType() + "/" + type.getSubtype();
        if (!content.has(mediaType)) {
            return List.of(status + " answered " + mediaType + ", declared " + content.propertyNames());
        }
        String schemaPointer = pointer + "/content/" + escape(mediaType) + "/schema";
        if (mediaType.endsWith("json") && !document.at(schemaPointer).isMissingNode()) {
            for (Error error :
                    schema(schemaPointer).validate(new String(body, StandardCharsets.UTF_8), InputFormat.JSON)) {
                findings.add(status + " " + mediaType + " does not match the schema: " + error);
            }
        }
        return findings;
    }

    /** A response that is a reference to a shared one ({@code components/responses}) resolved to its pointer. */
    private String resolve(String pointer) {
        JsonNode ref = document.at(pointer + "/$ref");
        return ref.isMissingNode() ? pointer : ref.asString().substring(1);
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
    }

    /** A JSON pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
