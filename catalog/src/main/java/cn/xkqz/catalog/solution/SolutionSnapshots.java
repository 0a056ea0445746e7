package cn.xkqz.catalog.solution;

import static cn.xkqz.catalog.Columns.required;

import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.provider.ProviderStatus;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.convert.R2dbcConverter;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads solutions with their providers' state, in the shapes the indexer needs, one query each. */
@Component
public class SolutionSnapshots {

    private static final String SELECT = """
            select s.*, p.name as provider_name, p.status as provider_status, p.version as provider_version
            from solution s join provider p on p.id = s.provider_id
            """;
    private static final String SEARCHABLE = Visibility.PUBLIC_SQL;

    private final DatabaseClient db;
    private final R2dbcConverter converter;
    private final SolutionMapper mapper;
    private final Clock clock;

    SolutionSnapshots(R2dbcEntityTemplate template, SolutionMapper mapper, Clock clock) {
        this.clock = clock;
        this.db = template.getDatabaseClient();
        this.converter = template.getConverter();
        this.mapper = mapper;
    }

    /** The current state of these solutions (ids that do not exist are left out). */
    public Flux<SolutionSnapshot> of(Collection<UUID> solutionIds) {
        return db.sql(SELECT + "where s.id = any(:ids)")
                .bind("ids", solutionIds.toArray(UUID[]::new))
                .map(this::snapshot)
                .all();
    }

    /** Every solution of these providers, searchable or not. */
    public Flux<UUID> idsOfProviders(Collection<UUID> providerIds) {
        return db.sql("select id from solution where provider_id = any(:ids)")
                .bind("ids", providerIds.toArray(UUID[]::new))
                .map(row -> required(row, "id", UUID.class))
                .all();
    }

    /** Up to {@code limit} searchable solutions with ids after {@code after}, in id order (keyset paging). */
    public Flux<SolutionSnapshot> searchable(@Nullable UUID after, int limit) {
        DatabaseClient.GenericExecuteSpec query = after == null
                ? db.sql(SELECT + "where " + SEARCHABLE + " order by s.id limit :limit")
                : db.sql(SELECT + "where " + SEARCHABLE + " and s.id > :after order by s.id limit :limit")
                        .bind("after", after);
        return query.bind("limit", limit).map(this::snapshot).all();
    }

    /** A page of what the public sees, newest first, all of it or one provider's. */
    Flux<SolutionSnapshot> publicPage(PageQuery page, @Nullable UUID providerId) {
        String where = "where " + SEARCHABLE + (providerId == null ? "" : " and s.provider_id = :provider");
        DatabaseClient.GenericExecuteSpec query =
                db.sql(SELECT + where + " order by s.created_at desc, s.id limit :limit offset :offset");
        if (providerId != null) {
            query = query.bind("provider", providerId);
        }
        return query.bind("limit", page.size())
                .bind("offset", (long) page.page() * page.size())
                .map(this::snapshot)
                .all();
    }

    Mono<Long> countPublic(@Nullable UUID providerId) {
        String sql = "select count(*) from solution s join provider p on p.id = s.provider_id where " + SEARCHABLE;
        DatabaseClient.GenericExecuteSpec query = providerId == null
                ? db.sql(sql)
                : db.sql(sql + " and s.provider_id = :provider").bind("provider", providerId);
        return query.map(row -> required(row, 0, Long.class)).one();
    }

    public Mono<Long> countSearchable() {
        return db.sql("select count(*) from solution s join provider p on p.id = s.provider_id where " + SEARCHABLE)
                .map(row -> required(row, 0, Long.class))
                .one();
    }

    private SolutionSnapshot snapshot(Row row, RowMetadata metadata) {
        SolutionRow solution = converter.read(SolutionRow.class, row, metadata);
        return new SolutionSnapshot(
                mapper.toSolution(solution, required(row, "provider_name", String.class), clock.instant()),
                ProviderStatus.valueOf(required(row, "provider_status", String.class)),
                required(row, "provider_version", Long.class));
    }
}
