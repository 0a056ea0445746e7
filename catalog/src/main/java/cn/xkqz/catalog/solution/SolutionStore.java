package cn.xkqz.catalog.solution;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Solution rows read and written for the services of this package: every write goes through
 * {@link RecordWriter}, so it is version-checked and records its outbox event in the same transaction.
 */
@Component
class SolutionStore {

    private final SolutionRepository solutions;
    private final ProviderService providers;
    private final R2dbcEntityTemplate template;
    private final RecordWriter writer;
    private final SolutionMapper mapper;
    private final Clock clock;

    SolutionStore(
            SolutionRepository solutions,
            ProviderService providers,
            R2dbcEntityTemplate template,
            RecordWriter writer,
            SolutionMapper mapper,
            Clock clock) {
        this.solutions = solutions;
        this.providers = providers;
        this.template = template;
        this.writer = writer;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The stored row; 404 when there is none. */
    Mono<SolutionRow> row(UUID id) {
        return solutions.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("方案", id)));
    }

    /** The stored rows of these (provider, name) keys, those that exist. */
    Flux<SolutionRow> withNames(List<UUID> providerIds, List<String> names) {
        return solutions.findByProviderAndName(providerIds.toArray(UUID[]::new), names.toArray(String[]::new));
    }

    /** A page of solutions, newest first, of one provider and/or in one status (null: any). */
    Mono<Page<Solution>> page(PageQuery page, @Nullable UUID providerId, @Nullable SolutionStatus status) {
        Criteria criteria = Criteria.empty();
        if (providerId != null) {
            criteria = criteria.and(where("providerId").is(providerId));
        }
        if (status != null) {
            criteria = criteria.and(where("status").is(status));
        }
        Mono<List<SolutionRow>> rows = template.select(SolutionRow.class)
                .matching(query(criteria).with(page.newestFirst()))
                .all()
                .collectList();
        Mono<Long> total = template.count(query(criteria), SolutionRow.class);
        return rows.flatMap(this::withProviderNames)
                .zipWith(total, (items, count) -> new Page<>(items, page.page(), page.size(), count));
    }

    Mono<SolutionRow> insert(UUID providerId, SolutionDraft draft, SolutionStatus status) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        return writer.insert(
                mapper.toRow(draft, id, providerId, status, 0, now, now, now),
                ChangedRecord.solution(id),
                () -> duplicateName(draft));
    }

    /** Stores {@code draft} in {@code status} over {@code current}, keeping its 12-month confirmation. */
    Mono<SolutionRow> replace(SolutionRow current, long expectedVersion, SolutionDraft draft, SolutionStatus status) {
        return replace(current, expectedVersion, draft, status, current.lastConfirmedAt());
    }

    Mono<SolutionRow> replace(
            SolutionRow current,
            long expectedVersion,
            SolutionDraft draft,
            SolutionStatus status,
            Instant lastConfirmedAt) {
        SolutionRow changed = mapper.toRow(
                draft,
                current.id(),
                current.providerId(),
                status,
                current.version(),
                current.createdAt(),
                clock.instant(),
                lastConfirmedAt);
        return writer.update(
                changed,
                current.version(),
                expectedVersion,
                "方案",
                current.id(),
                ChangedRecord.solution(current.id()),
                () -> duplicateName(draft));
    }

    /** The solution of {@code row}, whose provider is called {@code providerName}. */
    Solution named(SolutionRow row, String providerName) {
        return mapper.toSolution(row, providerName, clock.instant());
    }

    Mono<Solution> withProviderName(SolutionRow row) {
        return providers.get(row.providerId()).map(provider -> named(row, provider.name()));
    }

    private Mono<List<Solution>> withProviderNames(List<SolutionRow> rows) {
        List<UUID> ids = rows.stream().map(SolutionRow::providerId).distinct().toList();
        return providers
                .getAll(ids)
                .collectMap(Provider::id, Provider::name)
                .map(names -> rows.stream()
                        .map(row -> named(
                                row,
                                Objects.requireNonNull(names.get(row.providerId()), "provider_id is a foreign key")))
                        .toList());
    }

    private static ConflictException duplicateName(SolutionDraft draft) {
        return new ConflictException("该服务商已有名为“" + draft.name() + "”的方案");
    }
}
