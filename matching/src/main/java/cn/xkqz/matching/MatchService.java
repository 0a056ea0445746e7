package cn.xkqz.matching;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.curation.RecommendedLists;
import cn.xkqz.catalog.diagnosis.Diagnosis;
import cn.xkqz.catalog.diagnosis.DiagnosisService;
import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.enterprise.Enterprise;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.catalog.validation.Violations;
import cn.xkqz.matching.ranking.Ranker;
import cn.xkqz.matching.ranking.Reasons;
import cn.xkqz.matching.retrieval.KnownSolutions;
import cn.xkqz.matching.retrieval.PainPointRetrieval;
import cn.xkqz.matching.retrieval.Retrieved;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Matching (供需适配): ranks the searchable solutions for a need, either described ad hoc or an
 * enterprise's latest diagnosis, and explains every proposal. Stores nothing.
 */
@Service
public class MatchService {

    private final CatalogValidator validator;
    private final Taxonomy taxonomy;
    private final EnterpriseService enterprises;
    private final DiagnosisService diagnoses;
    private final PainPointRetrieval retrieval;
    private final Ranker ranker;
    private final KnownSolutions known;
    private final RecommendedLists recommended;
    private final Clock clock;

    MatchService(
            CatalogValidator validator,
            Taxonomy taxonomy,
            EnterpriseService enterprises,
            DiagnosisService diagnoses,
            PainPointRetrieval retrieval,
            Ranker ranker,
            KnownSolutions known,
            RecommendedLists recommended,
            Clock clock) {
        this.known = known;
        this.recommended = recommended;
        this.clock = clock;
        this.validator = validator;
        this.taxonomy = taxonomy;
        this.enterprises = enterprises;
        this.diagnoses = diagnoses;
        this.retrieval = retrieval;
        this.ranker = ranker;
    }

    public Mono<MatchResult> match(MatchRequest request) {
        return validator.validate(request).then(Mono.defer(() -> rank(request)));
    }

    /**
     * Matches for an enterprise's latest diagnosis: its industry, pain points, demand scenes, budget.
     * For the enterprise itself and bureau staff.
     */
    public Mono<MatchResult> matchEnterprise(UUID enterpriseId, int size) {
        return Permissions.enterpriseOrBureau(enterpriseId).then(Mono.defer(() -> matchDiagnosed(enterpriseId, size)));
    }

    private Mono<MatchResult> matchDiagnosed(UUID enterpriseId, int size) {
        Violations violations = new Violations();
        if (size < 1 || size > 100) {
            violations.add("size", "必须在1到100之间");
        }
        violations.throwIfAny("参数有误");
        return enterprises
                .get(enterpriseId)
                .zipWith(diagnoses.latest(enterpriseId))
                .map(t -> request(t.getT1(), t.getT2(), size))
                .flatMap(this::rank);
    }

    private static MatchRequest request(Enterprise enterprise, Diagnosis diagnosis, int size) {
        return new MatchRequest(
                enterprise.industry(), diagnosis.painPoints(), diagnosis.demandScenes(), diagnosis.budgetYuan(), size);
    }

    /**
     * What reverse matching keeps of an enterprise's saved need (its latest diagnosis): the request it
     * makes, the best text score per pain point among its current matches, and the score of its last
     * shown match, which a new solution has to reach to be news for it. Empty without a diagnosis.
     */
    public Mono<SavedNeed> savedNeed(UUID enterpriseId) {
        return enterprises
                .get(enterpriseId)
                .zipWith(diagnoses.latest(enterpriseId))
                .flatMap(t -> {
                    MatchRequest request = request(t.getT1(), t.getT2(), MatchRequest.DEFAULT_SIZE);
                    return ranking(request)
                            .map(r -> SavedNeed.of(enterpriseId, t.getT2().version(), request, r));
                })
                .onErrorResume(NotFoundException.class, e -> Mono.empty());
    }

    private Mono<MatchResult> rank(MatchRequest request) {
        Mono<Reasons> reasons = Mono.zip(taxonomy.industries(), taxonomy.scenes(), Reasons::new);
        return ranking(request).zipWith(reasons, (r, why) -> result(request, r.top(), r.retrieved(), why));
    }

    private Mono<Ranking> ranking(MatchRequest request) {
        Map<String, Double> wanted = wantedScenes(request);
        Mono<Ranker.Standing> standing =
                recommended.currentSolutionIds().map(ids -> new Ranker.Standing(ids, clock.instant()));
        return retrieval
                .retrieve(request.industry(), request.painPoints(), wanted.keySet())
                .flatMap(retrieved -> Mono.zip(known.of(retrieved.candidates()), standing)
                        .map(state -> new Ranking(
                                ranker
                                        .rank(request, retrieved.candidates(), state.getT1(), wanted, state.getT2())
                                        .stream()
                                        .limit(request.size())
                                        .toList(),
                                retrieved)));
    }

    /** The top of a ranking, and what retrieval found for it. */
    record Ranking(List<Ranker.Ranked> top, Retrieved retrieved) {}

    /**
     * The scenes the enterprise wants, each weighted 0–1: a demand scene fully, a pain point's scene by
     * the pain point's severity (3 counts fully).
     */
    public static Map<String, Double> wantedScenes(MatchRequest request) {
        Map<String, Double> wanted = new LinkedHashMap<>();
        request.demandScenes().forEach(scene -> wanted.put(scene, 1.0));
        for (PainPoint painPoint : request.painPoints()) {
            if (painPoint.scene() != null) {
                wanted.merge(painPoint.scene(), painPoint.severity() / 3.0, (a, b) -> Math.min(1, a + b));
            }
        }
        return wanted;
    }

    private MatchResult result(MatchRequest request, List<Ranker.Ranked> top, Retrieved retrieved, Reasons reasons) {
        List<MatchResult.Item> items = new ArrayList<>();
        for (Ranker.Ranked r : top) {
            MatchResult.Explanation explanation =
                    ranker.explain(r, request.painPoints(), retrieved.tokens(), known.words(r.found(), r.solution()));
            items.add(new MatchResult.Item(
                    items.size() + 1,
                    r.found().id(),
                    r.solution().name(),
                    r.solution().providerName(),
                    r.solution().industries(),
                    r.solution().scenes(),
                    r.solution().priceYuan(),
                    r.score(),
                    explanation,
                    reasons.of(explanation, r.solution(), request.industry(), request.painPoints()),
                    r.recommended(),
                    r.stale()));
        }
        return new MatchResult(items);
    }
}
