package cn.xkqz.api.matching;

import cn.xkqz.matching.MatchRequest;
import cn.xkqz.matching.MatchResult;
import cn.xkqz.matching.MatchService;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
class MatchController {

    private final MatchService matches;

    MatchController(MatchService matches) {
        this.matches = matches;
    }

    /** Ranks LISTED solutions for a described need; stores nothing. */
    @PostMapping("/matches")
    Mono<MatchResult> match(@RequestBody MatchRequest request) {
        return matches.match(request);
    }

    /** The same, for an enterprise's latest diagnosis. */
    @GetMapping("/enterprises/{id}/matches")
    Mono<MatchResult> enterpriseMatches(@PathVariable UUID id, @RequestParam(defaultValue = "10") int size) {
        return matches.matchEnterprise(id, size);
    }
}
