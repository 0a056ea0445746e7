package cn.xkqz.catalog.comparison;

import cn.xkqz.catalog.curation.RecommendedLists;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.Quoted;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionViews;
import cn.xkqz.catalog.subsidy.SubsidyRules;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Puts 2–4 solutions side by side, each as the current reader may see it ({@link SolutionViews}). */
@Service
public class SolutionComparison {

    public static final int MIN = 2;
    public static final int MAX = 4;

    private final ProviderService providers;
    private final RecommendedLists recommended;
    private final SolutionViews views;
    private final ComparedSolutionMapper mapper;

    SolutionComparison(
            ProviderService providers,
            RecommendedLists recommended,
            SolutionViews views,
            ComparedSolutionMapper mapper) {
        this.providers = providers;
        this.recommended = recommended;
        this.views = views;
        this.mapper = mapper;
    }

    /**
     * The solutions {@code ids} names ("a,b,c"), with subsidy estimates for an enterprise expecting to
     * reach {@code expectedLevel}; one the reader may not see is 404, as when read alone.
     */
    public Mono<Comparison> compare(String ids, int expectedLevel) {
        return Mono.fromCallable(() -> parseIds(ids))
                .doOnNext(checked -> checkLevel(expectedLevel))
                .flatMapMany(Flux::fromIterable)
                .concatMap(views::read)
                .collectList()
                .flatMap(found -> compare(found, expectedLevel));
    }

    /** The distinct ids in {@code ids} ("a,b,c"), if there are 2 to 4 of them and all are UUIDs. */
    static List<UUID> parseIds(String ids) {
        Set<UUID> parsed = new LinkedHashSet<>();
        for (String id : ids.split(",", -1)) {
            try {
                parsed.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException notAnId) {
                throw invalid(Quoted.value(id) + "不是方案 id");
            }
        }
        if (parsed.size() < MIN || parsed.size() > MAX) {
            throw invalid("请给出 " + MIN + " 到 " + MAX + " 个不同的方案 id，用逗号分隔");
        }
        return List.copyOf(parsed);
    }

    /** The level must be 1–4, as in a diagnosis. */
    static int checkLevel(int expectedLevel) {
        if (expectedLevel < 1 || expectedLevel > 4) {
            throw new InvalidInputException("比较参数有误", List.of(new FieldError("expectedLevel", "必须在1到4之间")));
        }
        return expectedLevel;
    }

    private Mono<Comparison> compare(List<Solution> solutions, int expectedLevel) {
        List<UUID> providerIds =
                solutions.stream().map(Solution::providerId).distinct().toList();
        return Mono.zip(
                        providers.getAll(providerIds).collectMap(Provider::id, Function.identity()),
                        recommended.currentSolutionIds())
                .map(found -> new Comparison(
                        expectedLevel,
                        solutions.stream()
                                .map(s -> column(s, provider(found.getT1(), s), found.getT2(), expectedLevel))
                                .toList()));
    }

    /** A solution's provider row always exists (foreign key), so a miss is a bug, not a request error. */
    private static Provider provider(Map<UUID, Provider> providers, Solution s) {
        return Objects.requireNonNull(providers.get(s.providerId()), () -> "no provider " + s.providerId());
    }

    private ComparedSolution column(Solution s, Provider provider, Set<UUID> recommended, int level) {
        return mapper.column(
                s,
                provider.status(),
                recommended.contains(s.id()),
                SubsidyRules.apply(s.priceYuan().min(), level, 0),
                SubsidyRules.apply(s.priceYuan().max(), level, 0));
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("比较参数有误", List.of(new FieldError("ids", message)));
    }
}
