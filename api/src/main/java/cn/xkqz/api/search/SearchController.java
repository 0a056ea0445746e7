package cn.xkqz.api.search;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.indexer.search.SearchQuery;
import cn.xkqz.indexer.search.SearchResult;
import cn.xkqz.indexer.search.SolutionSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Search")
@RestController
@RequestMapping("/api/v1/search")
class SearchController {

    private final SolutionSearch search;

    SearchController(SolutionSearch search) {
        this.search = search;
    }

    /** {@code industry}, {@code scene} and {@code deliveryMode} may repeat: any of the values matches. */
    @Operation(
            operationId = "searchSolutions",
            summary = "搜索方案 Search solutions",
            description = "已上架方案的中文全文检索，带分面与高亮；`industry`、`scene`、`deliveryMode` 可重复，任一值命中即可。"
                    + " Chinese full-text search of listed solutions with facets and highlights; `industry`, `scene` "
                    + "and `deliveryMode` may repeat (any value matches).")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "429", description = "请求过于频繁 Rate limited")
    @ApiResponse(responseCode = "503", description = "搜索服务暂不可用 Search unavailable")
    @Anyone
    @GetMapping("/solutions")
    Mono<SearchResult> solutions(
            @Parameter(description = "检索词 Search words", example = "温湿度 报警") @RequestParam(required = false) @Nullable
                    String q,
            @Parameter(description = "行业代码，可重复 Industry code, may repeat", example = "[\"NEW_CHEMICALS\"]")
                    @RequestParam(name = "industry", required = false)
                    @Nullable
                    List<String> industries,
            @Parameter(description = "需求场景代码，可重复 Demand-scene code, may repeat", example = "[\"SAFETY\"]")
                    @RequestParam(name = "scene", required = false)
                    @Nullable
                    List<String> scenes,
            @Parameter(description = "交付方式，可重复 Delivery mode, may repeat", example = "[\"SAAS\"]")
                    @RequestParam(name = "deliveryMode", required = false)
                    @Nullable
                    List<DeliveryMode> deliveryModes,
            @Parameter(description = "最低价不高于（元）Lowest price at most, in yuan", example = "50000")
                    @RequestParam(required = false)
                    @Nullable
                    Long priceMax,
            @Parameter(description = "是否提供开放接口 Whether it offers an open API", example = "true")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean openApi,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return search.search(new SearchQuery(
                q, orEmpty(industries), orEmpty(scenes), modes(deliveryModes), priceMax, openApi, page, size));
    }

    /** Completions for the search box, from solution names and keywords. */
    @Operation(
            operationId = "suggestSearchTerms",
            summary = "搜索联想 Search suggestions",
            description = "由方案名称与关键词给出的补全，最多 10 个。Completions for the search box, from names and keywords.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "429", description = "请求过于频繁 Rate limited")
    @ApiResponse(responseCode = "503", description = "搜索服务暂不可用 Search unavailable")
    @Anyone
    @GetMapping("/suggest")
    Mono<Suggestions> suggest(
            @Parameter(description = "已输入的开头 What has been typed so far", example = "危化")
                    @RequestParam(defaultValue = "")
                    String prefix) {
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
