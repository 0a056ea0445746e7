package cn.xkqz.api.workflow;

import cn.xkqz.api.Requests;
import cn.xkqz.api.catalog.ImportFiles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Lifecycle steps as a client takes them, and the records they start from. */
final class Steps {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private Steps() {}

    /** Takes {@code action} on {@code path} ("/api/v1/providers/{id}"), expecting {@code status}. */
    static Map<?, ?> take(
            WebTestClient client,
            String path,
            String action,
            @Nullable String comment,
            @Nullable LocalDate date,
            HttpStatus status) {
        Map<String, Object> request = new HashMap<>(Map.of("action", action));
        if (comment != null) {
            request.put("comment", comment);
        }
        if (date != null) {
            request.put("date", date.toString());
        }
        return Requests.post(client, path + "/transitions", request, status);
    }

    /** Takes {@code action} with a comment and {@code extra} fields (version, revisionId), expecting {@code status}. */
    static Map<?, ?> take(WebTestClient client, String path, String action, Map<String, ?> extra, HttpStatus status) {
        Map<String, Object> request = new HashMap<>(Map.of("action", action, "comment", "按程序办理：" + action));
        request.putAll(extra);
        return Requests.post(client, path + "/transitions", request, status);
    }

    /** Bureau staff approve the submission at {@code path} as it is now (naming its current version). */
    static Map<?, ?> approve(WebTestClient bureau, String path) {
        Object version = Requests.get(bureau, path, HttpStatus.OK).get("version");
        return take(bureau, path, "APPROVE", Map.of("version", version), HttpStatus.OK);
    }

    /** Bureau staff approve the pending revision at {@code path} as it is now (naming its id). */
    static Map<?, ?> approveRevision(WebTestClient bureau, String path) {
        Object revision =
                Requests.get(bureau, path + "/revision", HttpStatus.OK).get("id");
        return take(bureau, path, "APPROVE_REVISION", Map.of("revisionId", revision), HttpStatus.OK);
    }

    /** Takes {@code action} with a comment, expecting it to succeed; the record's new state. */
    static Map<?, ?> take(WebTestClient client, String path, String action) {
        return take(client, path, action, "按程序办理：" + action, null, HttpStatus.OK);
    }

    /** A provider that has just applied (APPLIED). */
    static UUID applied(WebTestClient bureau, String name) {
        Map<String, Object> provider = new HashMap<>(Map.of(
                "name", name,
                "creditCode", ImportFiles.creditCode(),
                "county", "长垣市",
                "description", "起重装备远程运维服务。",
                "industries", List.of("LIFTING_EQUIPMENT"),
                "contactName", "李工",
                "contactPhone", "0373-8881234"));
        return UUID.fromString((String) Requests.post(bureau, "/api/v1/providers", provider, HttpStatus.CREATED)
                .get("id"));
    }

    /** An imported (ACTIVE) provider with two LISTED solutions, S1 and S2, named after {@code tag}. */
    static Map<String, UUID> imported(WebTestClient bureau, String tag) {
        Map<?, ?> result =
                Requests.post(bureau, "/api/v1/admin/imports/catalog", ImportFiles.small(tag), HttpStatus.OK);
        Map<?, ?> providers = (Map<?, ?>) result.get("providers");
        Map<?, ?> solutions = (Map<?, ?>) result.get("solutions");
        return Map.of(
                "P1", UUID.fromString((String) providers.get("P1")),
                "S1", UUID.fromString((String) solutions.get("S1")),
                "S2", UUID.fromString((String) solutions.get("S2")));
    }

    /** A JSON array as a list. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object array) {
        return (List<Object>) array;
    }

    /** {@code key} of each object of a JSON array. */
    static List<Object> each(Object array, String key) {
        return list(array).stream()
                .<Object>map(item -> ((Map<?, ?>) item).get(key))
                .toList();
    }

    /** The hits of the first page of a search for {@code q}. */
    static List<Map<?, ?>> searchHits(WebTestClient client, String q) {
        // The client encodes the URI, so q goes in as written.
        Map<?, ?> page = Requests.get(client, "/api/v1/search/solutions?size=50&q=" + q, HttpStatus.OK);
        return list(page.get("items")).stream()
                .<Map<?, ?>>map(item -> (Map<?, ?>) item)
                .toList();
    }

    /** The ids of the first page of a search for {@code q}. */
    static List<String> searchIds(WebTestClient client, String q) {
        return searchHits(client, q).stream().map(hit -> (String) hit.get("id")).toList();
    }
}
