package cn.xkqz.catalog;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with the total across all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The page {@code query} asks for, cut from {@code all}: for lists short enough to read whole. */
    public static <T> Page<T> of(List<T> all, PageQuery query) {
        int from = (int) Math.min(all.size(), (long) query.page() * query.size());
        int to = Math.min(all.size(), from + query.size());
        return new Page<>(List.copyOf(all.subList(from, to)), query.page(), query.size(), all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
