package cn.xkqz.catalog.taxonomy;

import static org.springframework.data.relational.core.query.Query.query;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The industry and scene code lists, seeded by migration. Read once an hour at most; a failed read is
 * not remembered, so a database outage does not outlive itself here.
 */
@Service
public class Taxonomy {

    private static final Duration REFRESH = Duration.ofHours(1);

    private final Mono<List<Industry>> industries;
    private final Mono<List<Scene>> scenes;

    public Taxonomy(R2dbcEntityTemplate template) {
        this.industries = cached(template.select(Industry.class)
                .matching(query(Criteria.empty()).sort(Sort.by("position")))
                .all()
                .collectList());
        this.scenes = cached(template.select(Scene.class)
                .matching(query(Criteria.empty()).sort(Sort.by("position")))
                .all()
                .collectList());
    }

    private static <T> Mono<T> cached(Mono<T> source) {
        return source.cache(value -> REFRESH, error -> Duration.ZERO, () -> Duration.ZERO);
    }

    public Mono<List<Industry>> industries() {
        return industries;
    }

    public Mono<List<Scene>> scenes() {
        return scenes;
    }

    public Mono<Codes> codes() {
        return Mono.zip(industries, scenes, Codes::of);
    }

    /** The valid codes, for checking input against. */
    public record Codes(Set<String> industries, Set<String> scenes) {

        static Codes of(List<Industry> industries, List<Scene> scenes) {
            return new Codes(
                    industries.stream().map(Industry::code).collect(Collectors.toUnmodifiableSet()),
                    scenes.stream().map(Scene::code).collect(Collectors.toUnmodifiableSet()));
        }
    }
}
