package cn.xkqz.catalog.error;

/** One rejected input field: a JSON path such as {@code solutions[S003].priceYuan.min} and why. */
public record FieldError(String field, String message) {}
