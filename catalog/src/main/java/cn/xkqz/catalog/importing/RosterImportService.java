package cn.xkqz.catalog.importing;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.enterprise.EnterpriseDraft;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.enterprise.RosterUpsert;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Loads the bureau's list of enterprises in one transaction: all or nothing (every row is checked
 * before anything is written), and idempotent by credit code (a known enterprise is updated or left
 * alone, a new one created CONFIRMED).
 */
@Service
public class RosterImportService {

    private final EnterpriseService enterprises;
    private final CatalogValidator validator;
    private final Taxonomy taxonomy;
    private final AuditTrail audit;

    RosterImportService(
            EnterpriseService enterprises, CatalogValidator validator, Taxonomy taxonomy, AuditTrail audit) {
        this.enterprises = enterprises;
        this.validator = validator;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    @Transactional
    public Mono<RosterImportResult> importRoster(RosterFile file) {
        return Permissions.bureau("只有主管部门工作人员可以导入企业名录")
                .then(Mono.zip(taxonomy.codes(), taxonomy.industries()))
                .map(taxonomyNow ->
                        new RosterImportCheck(validator, taxonomyNow.getT1(), taxonomyNow.getT2()).run(file))
                .flatMap(this::write)
                .flatMap(result -> audit.append(
                                "ENTERPRISES_IMPORTED",
                                "ENTERPRISE",
                                "import",
                                null,
                                Map.of(
                                        "created", result.created(),
                                        "updated", result.updated(),
                                        "unchanged", result.unchanged()))
                        .thenReturn(result));
    }

    private Mono<RosterImportResult> write(List<EnterpriseDraft> drafts) {
        return enterprises.upsertAll(drafts).collectList().map(RosterImportService::result);
    }

    private static RosterImportResult result(List<RosterUpsert> upserts) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        int[] counts = new int[RosterUpsert.Outcome.values().length];
        for (RosterUpsert upsert : upserts) {
            ids.put(upsert.enterprise().creditCode(), upsert.enterprise().id());
            counts[upsert.outcome().ordinal()]++;
        }
        return new RosterImportResult(
                counts[RosterUpsert.Outcome.CREATED.ordinal()],
                counts[RosterUpsert.Outcome.UPDATED.ordinal()],
                counts[RosterUpsert.Outcome.UNCHANGED.ordinal()],
                ids);
    }
}
