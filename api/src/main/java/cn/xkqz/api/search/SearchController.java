package cn.xkqz.api.search;

import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.indexer.search.SearchQuery;
import cn.xkqz.indexer.search.SearchResult;
import cn.xkqz.indexer.search.SolutionSearch;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/search")
class SearchController {

    private final SolutionSearch search;

    SearchController(SolutionSearch search) {
        this.search = search;
    }

    /** {@code industry}, {@code scene} and {@code deliveryMode} may repeat: any of the values matches. */
    @GetMapping("/solutions")
    Mono<SearchResult> solutions(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(name = "industry", required = false) @Nullable List<String> industries,
            @RequestParam(name = "scene", required = false) @Nullable List<String> scenes,
            @RequestParam(name = "deliveryMode", required = false) @Nullable List<DeliveryMode> deliveryModes,
            @RequestParam(required = false) @Nullable Long priceMax,
            @RequestParam(required = false) @Nullable Boolean openApi,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.search(new SearchQuery(
                q, orEmpty(industries), orEmpty(scenes), modes(deliveryModes), priceMax, openApi, page, size));
    }

    /** Completions for the search box, from solution names and keywords. */
    @GetMapping("/suggest")
    Mono<Suggestions> suggest(@RequestParam(defaultValue = "") String prefix) {
        return search.suggest(prefix, 10).map(Suggestions::new);
    }

    record Suggestions(List<String> suggestions) {}

    /** A blank {@code deliveryMode} converts to null: refused, as an unknown mode is. */
    private static List<DeliveryMode> modes(@Nullable List<DeliveryMode> values) {
        if (values != null && values.contains(null)) {
            throw new InvalidInputException(
                    "搜索参数有误", List.of(new FieldError("deliveryMode", "不能为空，可选：SAAS、ON_PREMISE、HYBRID")));
        }
        return orEmpty(values);
    }

    private static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
