package cn.xkqz.api.matching;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.ENTERPRISE;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.api.openapi.Roles;
import cn.xkqz.matching.MatchRequest;
import cn.xkqz.matching.MatchResult;
import cn.xkqz.matching.MatchService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Matching")
@RestController
@RequestMapping("/api/v1")
class MatchController {

    private final MatchService matches;

    MatchController(MatchService matches) {
        this.matches = matches;
    }

    /** Ranks LISTED solutions for a described need; stores nothing. */
    @Operation(
            operationId = "matchSolutions",
            summary = "供需匹配 Match solutions to a need",
            description = "按行业、痛点、需求场景与预算为已上架方案排序并解释原因，不保存任何内容。"
                    + "痛点按字词和语义两方面匹配：explanation.painPoints[].terms 是痛点原文中与方案相同（或同义）的词；"
                    + "只靠语义就答得上的痛点带 meaning（0–1，否则为 null），reason 以“语义相近：”引用痛点原文。"
                    + " Ranks listed solutions for a described need, with explanations; stores nothing. Pain points"
                    + " match by words and by meaning: terms are words of the pain point found in the solution;"
                    + " a pain point that meaning alone answers carries meaning (0–1, else null) and is quoted"
                    + " in the reason after 语义相近.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "429", description = "请求过于频繁 Rate limited")
    @ApiResponse(responseCode = "503", description = "搜索服务暂不可用 Search unavailable")
    @Anyone
    @PostMapping("/matches")
    Mono<MatchResult> match(@RequestBody MatchRequest request) {
        return matches.match(request);
    }

    /** The same, for an enterprise's latest diagnosis. */
    @Operation(
            operationId = "matchEnterprise",
            summary = "为企业匹配 Match solutions to an enterprise",
            description = "同上，依据企业最新的诊断；还没有诊断则 404。The same, for the enterprise's latest diagnosis.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "429", description = "请求过于频繁 Rate limited")
    @ApiResponse(responseCode = "503", description = "搜索服务暂不可用 Search unavailable")
    @Roles({ENTERPRISE, BUREAU})
    @GetMapping("/enterprises/{id}/matches")
    Mono<MatchResult> enterpriseMatches(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(description = "最多返回几个 1–100 How many at most", example = "10") @RequestParam(defaultValue = "10")
                    int size) {
        return matches.matchEnterprise(id, size);
    }
}
