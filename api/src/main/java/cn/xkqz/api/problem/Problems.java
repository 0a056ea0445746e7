package cn.xkqz.api.problem;

import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.error.Quoted;
import cn.xkqz.indexer.SearchUnavailableException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * The one mapping from an error to its RFC 9457 problem: status, a stable {@code type}, a Chinese
 * title and detail, and for bad input the {@code errors} list of fields. Nothing internal (stack
 * traces, SQL, class names) is ever put into a problem.
 */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(Throwable error) {
        return switch (error) {
            case InvalidInputException e -> invalid(e.getMessage(), e.errors());
            case NotFoundException e -> problem(HttpStatus.NOT_FOUND, "not-found", "未找到", e.getMessage());
            case ConflictException e -> conflict(e);
            case ForbiddenException e -> forbidden(e.getMessage());
            case AccessDeniedException e -> forbidden(Objects.requireNonNullElse(e.getMessage(), "无权执行此操作"));
            case SearchUnavailableException e ->
                problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "search-unavailable",
                        "搜索服务暂不可用",
                        "搜索引擎暂时无法访问，请稍后重试；方案目录的浏览和维护不受影响");
            case ServerWebInputException e -> badInput(e);
            // Spring's own 413 (PayloadTooLargeException) for a body over a limit while it is read.
            case ErrorResponse e when e.getStatusCode().value() == 413 -> payloadTooLarge();
            case ErrorResponse e -> fromFramework(e);
            default -> tooLarge(error) ? payloadTooLarge() : internalError();
        };
    }

    public static ProblemDetail unauthorized() {
        return unauthorized("请携带有效的访问令牌（Authorization: Bearer …）");
    }

    public static ProblemDetail unauthorized(String detail) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthorized", "需要登录", detail);
    }

    public static ProblemDetail forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作", detail);
    }

    public static ProblemDetail tooManyRequests() {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "请求过于频繁", "请求过于频繁，请稍后再试");
    }

    public static ProblemDetail payloadTooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "请求体过大", "请求体超过上限，请分批提交");
    }

    /** A conflict; a refused lifecycle action also names the current status and the allowed actions. */
    private static ProblemDetail conflict(ConflictException error) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", "与当前状态冲突", error.getMessage());
        if (error.currentStatus() != null) {
            problem.setProperty("currentStatus", error.currentStatus());
            problem.setProperty("allowedActions", error.allowedActions());
        }
        return problem;
    }

    static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "输入有误", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail badInput(ServerWebInputException error) {
        if (tooLarge(error)) {
            return payloadTooLarge();
        }
        if (error.getCause() instanceof TypeMismatchException mismatch && error.getMethodParameter() != null) {
            RequestParam param = error.getMethodParameter().getParameterAnnotation(RequestParam.class);
            String name = param != null && !param.name().isEmpty()
                    ? param.name()
                    // Compiled with -parameters, so the name is there; "" only if a build ever drops it.
                    : Objects.requireNonNullElse(error.getMethodParameter().getParameterName(), "");
            return invalid("请求参数有误", List.of(new FieldError(name, "取值" + Quoted.value(mismatch.getValue()) + "类型不符")));
        }
        return JsonInputErrors.find(error)
                .map(json -> invalid("请求体无法读取", List.of(JsonInputErrors.toFieldError(json, ""))))
                .orElseGet(() -> invalid(error.getReason() == null ? "请求参数有误" : error.getReason(), List.of()));
    }

    /** Spring's own errors, in Chinese like ours; the title by status when there is no better one. */
    private static ProblemDetail fromFramework(ErrorResponse error) {
        HttpStatusCode status = error.getStatusCode();
        return switch (error) {
            case MethodNotAllowedException e ->
                problem(
                        status,
                        "method-not-allowed",
                        "不支持该请求方法",
                        "此地址不支持 " + e.getHttpMethod() + "，可用：" + HttpMethods.allowed(e.getSupportedMethods()));
            case NotAcceptableStatusException e ->
                problem(
                        status,
                        "not-acceptable",
                        "无法提供所要求的格式",
                        "无法按 Accept 所要求的格式作答，可提供：" + join(e.getSupportedMediaTypes()));
            case UnsupportedMediaTypeStatusException e ->
                problem(
                        status,
                        "unsupported-media-type",
                        "不支持的请求体格式",
                        "不支持 Content-Type " + Objects.requireNonNullElse(e.getContentType(), "（未给出）") + "，请使用："
                                + join(e.getSupportedMediaTypes()));
            default -> byStatus(status, error.getBody().getDetail());
        };
    }

    private static ProblemDetail byStatus(HttpStatusCode status, @Nullable String detail) {
        return switch (status.value()) {
            case 404 -> problem(status, "not-found", "未找到", "没有这个地址");
            case 412 ->
                problem(status, "precondition-failed", "前提条件不成立", Objects.requireNonNullElse(detail, "前提条件不成立"));
            default -> {
                String title = status.is4xxClientError() ? "请求无法处理" : "服务器内部错误";
                yield problem(status, "http-" + status.value(), title, detail == null ? title : detail);
            }
        };
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    private static boolean tooLarge(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataBufferLimitException) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail internalError() {
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "服务器内部错误", "请求未能完成，请稍后重试；如持续出现请联系管理员");
    }

    static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:xkqz:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
