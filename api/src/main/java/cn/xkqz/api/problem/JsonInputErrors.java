package cn.xkqz.api.problem;

import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.Quoted;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns Jackson's reading errors into field errors a person can act on, in the JSON's own paths. */
public final class JsonInputErrors {

    private JsonInputErrors() {}

    /** The Jackson error somewhere in {@code error}'s causes, if the input failed to read as JSON. */
    static Optional<JacksonException> find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return Optional.of(jackson);
            }
        }
        return Optional.empty();
    }

    /** The field error for {@code error}, its path prefixed by {@code prefix} (e.g. {@code solutions[S1].}). */
    public static FieldError toFieldError(JacksonException error, String prefix) {
        return new FieldError(prefix + path(error), message(error));
    }

    static String path(JacksonException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : error.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String message(JacksonException error) {
        if (error instanceof InvalidFormatException invalid
                && invalid.getTargetType().isEnum()) {
            return "取值" + Quoted.value(invalid.getValue()) + "无效，可选："
                    + Arrays.stream(invalid.getTargetType().getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining("、"));
        }
        if (error instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return invalid.getOriginalMessage();
        }
        if (error instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "类型不符：应为" + typeName(mismatch.getTargetType());
        }
        if (error instanceof StreamReadException && error.getLocation() != null) {
            return "不是合法的 JSON（第 " + error.getLocation().getLineNr() + " 行第 "
                    + error.getLocation().getColumnNr() + " 列附近）";
        }
        return "无法读取：" + error.getOriginalMessage();
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "整数";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true 或 false";
        }
        if (type == String.class) {
            return "字符串";
        }
        if (type == UUID.class) {
            return "UUID 字符串";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "数组";
        }
        return "对象";
    }
}
