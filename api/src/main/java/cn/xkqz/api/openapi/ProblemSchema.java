package cn.xkqz.api.openapi;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one error schema (RFC 9457 plus our extensions, as {@code cn.xkqz.api.problem.Problems} writes them)
 * and a shared response per error status, so every operation refers to the same definitions.
 */
final class ProblemSchema {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String REF_PREFIX = "#/components/responses/";

    /** Status → the name of its shared response. */
    static final Map<String, String> RESPONSES = Map.ofEntries(
            Map.entry("400", "BadRequest"),
            Map.entry("401", "Unauthorized"),
            Map.entry("403", "Forbidden"),
            Map.entry("404", "NotFound"),
            Map.entry("409", "Conflict"),
            Map.entry("412", "PreconditionFailed"),
            Map.entry("413", "ContentTooLarge"),
            Map.entry("415", "UnsupportedMediaType"),
            Map.entry("429", "TooManyRequests"),
            Map.entry("500", "InternalError"),
            Map.entry("503", "ServiceUnavailable"));

    private ProblemSchema() {}

    static Map<String, Schema> schemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(
                "FieldError",
                object("字段错误 One refused field.")
                        .addProperty(
                                "field",
                                string("字段路径，如 `painPoints[0].text`；无具体字段时为空。Field path.")
                                        .example("painPoints"))
                        .addProperty(
                                "message",
                                string("说明 What is wrong, in Chinese.").example("至少需要一项"))
                        .required(List.of("field", "message")));
        schemas.put(
                "Problem",
                object("RFC 9457 问题详情 Problem details (RFC 9457) with our extensions.")
                        .addProperty(
                                "type",
                                string("稳定的问题类型 Stable problem type URI.")
                                        .format("uri-reference")
                                        .example("urn:xkqz:problem:invalid-input"))
                        .addProperty("title", string("简短标题（中文）Short title.").example("输入有误"))
                        .addProperty(
                                "status",
                                typed("integer", "HTTP 状态码 HTTP status.")
                                        .format("int32")
                                        .example(400))
                        .addProperty("detail", string("具体说明（中文）What happened.").example("方案信息有误"))
                        .addProperty(
                                "instance",
                                string("出错请求的路径 The request path.")
                                        .format("uri-reference")
                                        .example("/api/v1/solutions"))
                        .addProperty(
                                "errors",
                                typed("array", "校验失败的字段（400）Refused fields (400 only).")
                                        .items(new JsonSchema().$ref("#/components/schemas/FieldError")))
                        .addProperty(
                                "currentStatus",
                                string("记录当前状态（生命周期 409）Current status (lifecycle 409).")
                                        .example("LISTED"))
                        .addProperty(
                                "allowedActions",
                                typed("array", "当前允许的操作（生命周期 409）Allowed actions (lifecycle 409).")
                                        .items(string("操作 Action.").example("DELIST")))
                        .addProperty(
                                "requestId",
                                string("请求标识，供排查（500）Request id for support (500 only).")
                                        .example("3f2c9a1e-12"))
                        .required(List.of("type", "title", "status")));
        return schemas;
    }

    static Map<String, ApiResponse> responses() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        responses.put(
                "BadRequest",
                problem(
                        "请求参数或请求体有误 Invalid parameters or body.",
                        example(
                                400,
                                "invalid-input",
                                "输入有误",
                                "方案信息有误",
                                Map.of("errors", List.of(Map.of("field", "name", "message", "不能为空"))))));
        responses.put(
                "Unauthorized",
                problem(
                        "缺少或无效的访问令牌 Missing or invalid bearer token.",
                        example(401, "unauthorized", "需要登录", "请携带有效的访问令牌（Authorization: Bearer …）", Map.of())));
        responses.put(
                "Forbidden",
                problem(
                        "当前身份无权执行 The caller's role or organisation may not do this.",
                        example(403, "forbidden", "无权操作", "当前身份无权执行此操作", Map.of())));
        responses.put(
                "NotFound",
                problem(
                        "不存在或对调用者不可见 Not found, or not visible to the caller.",
                        example(404, "not-found", "未找到", "方案 3fa85f64-5717-4562-b3fc-2c963f66afa6 不存在", Map.of())));
        responses.put(
                "Conflict",
                problem(
                        "与当前状态冲突：版本过期、不允许的操作等 Conflicts with the current state (stale version, action not allowed).",
                        example(
                                409,
                                "conflict",
                                "与当前状态冲突",
                                "当前状态 LISTED 不能执行 SUBMIT",
                                Map.of("currentStatus", "LISTED", "allowedActions", List.of("DELIST", "CONFIRM")))));
        responses.put(
                "PreconditionFailed",
                problem(
                        "If-Match 与记录当前的 ETag 不符 If-Match does not match the record's current ETag.",
                        example(412, "precondition-failed", "前提条件不成立", "记录已被修改，请重新读取后再提交", Map.of())));
        responses.put(
                "ContentTooLarge",
                problem(
                        "请求体超过上限 Request body over the limit.",
                        example(413, "payload-too-large", "请求体过大", "请求体超过上限，请分批提交", Map.of())));
        responses.put(
                "UnsupportedMediaType",
                problem(
                        "请求体须为 application/json Body must be JSON.",
                        example(
                                415,
                                "unsupported-media-type",
                                "不支持的请求体格式",
                                "不支持 Content-Type text/plain，请使用：application/json",
                                Map.of())));
        responses.put(
                "TooManyRequests",
                problem(
                                "请求过于频繁 Rate limit exceeded; retry after Retry-After.",
                                example(429, "rate-limited", "请求过于频繁", "请求过于频繁，请稍后再试", Map.of()))
                        .addHeaderObject("Retry-After", retryAfter()));
        responses.put(
                "InternalError",
                problem(
                        "服务器内部错误 Unexpected error.",
                        example(
                                500,
                                "internal-error",
                                "服务器内部错误",
                                "请求未能完成，请稍后重试；如持续出现请联系管理员",
                                Map.of("requestId", "3f2c9a1e-12"))));
        responses.put(
                "ServiceUnavailable",
                problem(
                                "搜索服务暂不可用 Search is unavailable; retry after Retry-After.",
                                example(
                                        503,
                                        "search-unavailable",
                                        "搜索服务暂不可用",
                                        "搜索引擎暂时无法访问，请稍后重试；方案目录的浏览和维护不受影响",
                                        Map.of()))
                        .addHeaderObject("Retry-After", retryAfter()));
        return responses;
    }

    static Schema<?> typed(String type, String description) {
        Schema<?> schema = new JsonSchema().types(Set.of(type)).description(description);
        schema.setType(type);
        return schema;
    }

    private static Schema<?> string(String description) {
        return typed("string", description);
    }

    private static Schema<?> object(String description) {
        return typed("object", description);
    }

    private static Header retryAfter() {
        return new Header()
                .description("多少秒后可重试 Seconds to wait before retrying.")
                .schema(typed("integer", "秒 Seconds.").example(10));
    }

    private static ApiResponse problem(String description, Map<String, Object> example) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType()
                                        .schema(new JsonSchema().$ref("#/components/schemas/Problem"))
                                        .example(example)));
    }

    private static Map<String, Object> example(
            int status, String type, String title, String detail, Map<String, Object> extensions) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:xkqz:problem:" + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "/api/v1/solutions/3fa85f64-5717-4562-b3fc-2c963f66afa6");
        example.putAll(extensions);
        return example;
    }
}
