package cn.xkqz.catalog.enterprise;

import static cn.xkqz.catalog.Columns.required;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.convert.R2dbcConverter;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The bureau's roster of enterprises, filtered and counted in the database: pages for bureau staff (all
 * enterprises) and providers (those they are assigned to diagnose), and the whole roster for export.
 */
@Service
public class EnterpriseRoster {

    private final DatabaseClient db;
    private final R2dbcConverter converter;
    private final Taxonomy taxonomy;

    EnterpriseRoster(R2dbcEntityTemplate template, Taxonomy taxonomy) {
        this.db = template.getDatabaseClient();
        this.converter = template.getConverter();
        this.taxonomy = taxonomy;
    }

    /** A page of the enterprises the current reader may see that match {@code filter}. */
    public Mono<Page<RosterEntry>> page(RosterFilter filter, PageQuery page) {
        return checked(filter).then(AuditTrail.actor()).flatMap(actor -> {
            if (Viewers.seesEverything(actor)) {
                return page(RosterQuery.of(filter, null), page);
            }
            UUID org = actor.orgId();
            if (Viewers.PROVIDER.equals(actor.role()) && org != null) {
                return page(RosterQuery.of(filter, org), page);
            }
            return Mono.error(new ForbiddenException("只有主管部门和服务商可以查看企业列表"));
        });
    }

    /**
     * Every enterprise matching {@code filter}, newest first, for bureau staff (the roster export). The
     * caller and the filter are checked first, so that a refusal comes before any of the export is sent.
     */
    public Mono<Flux<RosterEntry>> export(RosterFilter filter) {
        return Permissions.bureau("只有主管部门工作人员可以导出企业名录")
                .then(checked(filter))
                .then(Mono.fromSupplier(() -> rows(RosterQuery.of(filter, null), null, 0)));
    }

    private Mono<Void> checked(RosterFilter filter) {
        return taxonomy.codes().doOnNext(filter::check).then();
    }

    private Mono<Page<RosterEntry>> page(RosterQuery query, PageQuery page) {
        return rows(query, page.size(), (long) page.page() * page.size())
                .collectList()
                .zipWith(
                        bind(db.sql(query.count()), query)
                                .map(row -> required(row, 0, Long.class))
                                .one(),
                        (items, total) -> new Page<>(items, page.page(), page.size(), total));
    }

    private Flux<RosterEntry> rows(RosterQuery query, @Nullable Integer limit, long offset) {
        return bind(db.sql(query.select(limit, offset)), query).map(this::entry).all();
    }

    private RosterEntry entry(Row row, RowMetadata metadata) {
        return new RosterEntry(converter.read(Enterprise.class, row, metadata), row.get("level", Integer.class));
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, RosterQuery query) {
        return spec.bindValues(query.binds());
    }
}
