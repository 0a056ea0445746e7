package cn.xkqz.catalog.diagnosis;

import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.outbox.Outbox;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Diagnoses: each submission is a new version of the enterprise's diagnosis; the latest counts. */
@Service
public class DiagnosisService {

    private final DiagnosisRepository diagnoses;
    private final R2dbcEntityTemplate template;
    private final EnterpriseService enterprises;
    private final CatalogValidator validator;
    private final Clock clock;
    private final AuditTrail audit;
    private final Outbox outbox;

    DiagnosisService(
            DiagnosisRepository diagnoses,
            R2dbcEntityTemplate template,
            EnterpriseService enterprises,
            CatalogValidator validator,
            Clock clock,
            AuditTrail audit,
            Outbox outbox) {
        this.outbox = outbox;
        this.audit = audit;
        this.diagnoses = diagnoses;
        this.template = template;
        this.enterprises = enterprises;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Stores {@code draft} as the enterprise's next diagnosis version: by itself, bureau staff, or an
     * assigned provider, whose diagnosis then records that it diagnosed.
     */
    @Transactional
    public Mono<Diagnosis> submit(UUID enterpriseId, DiagnosisDraft draft) {
        return enterprises
                .requireReader(enterpriseId)
                .flatMap(actor -> validator
                        .validate(draft)
                        .then(Mono.defer(() -> lockEnterprise(enterpriseId)))
                        .then(Mono.defer(() -> insert(enterpriseId, draft, diagnostician(actor)))))
                .flatMap(saved -> audit.append(
                                "DIAGNOSIS_SUBMITTED",
                                "ENTERPRISE",
                                enterpriseId,
                                null,
                                Map.of(
                                        "diagnosisVersion", saved.version(),
                                        "level", saved.level(),
                                        "painPoints", saved.painPoints().size(),
                                        "demandScenes", saved.demandScenes(),
                                        "diagnosedBy", String.valueOf(saved.diagnosedBy())))
                        .then(outbox.record(ChangedRecord.need(enterpriseId)))
                        .thenReturn(saved));
    }

    /** The diagnosis matching uses: the enterprise's latest (for itself, bureau staff, assigned providers). */
    public Mono<Diagnosis> latest(UUID enterpriseId) {
        return enterprises
                .read(enterpriseId)
                .then(diagnoses.findFirstByEnterpriseIdOrderByVersionNoDesc(enterpriseId))
                .map(DiagnosisRow::toDiagnosis)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("企业 " + enterpriseId + " 尚无诊断：请先提交诊断")));
    }

    /** Every version, newest first (for the enterprise itself, bureau staff and assigned providers). */
    public Flux<Diagnosis> history(UUID enterpriseId) {
        return enterprises
                .read(enterpriseId)
                .thenMany(diagnoses.findByEnterpriseIdOrderByVersionNoDesc(enterpriseId))
                .map(DiagnosisRow::toDiagnosis);
    }

    /** Serialises concurrent submissions for one enterprise, so version numbers never collide. */
    private Mono<Void> lockEnterprise(UUID enterpriseId) {
        return diagnoses
                .lockEnterprise(enterpriseId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("企业", enterpriseId)))
                .then();
    }

    /** The provider a diagnosis is by: the acting provider, or null for the enterprise and bureau staff. */
    private static @Nullable UUID diagnostician(Actor actor) {
        return Viewers.PROVIDER.equals(actor.role()) ? actor.orgId() : null;
    }

    private Mono<Diagnosis> insert(UUID enterpriseId, DiagnosisDraft draft, @Nullable UUID diagnosedBy) {
        return diagnoses
                .latestVersionNo(enterpriseId)
                .map(latest -> new DiagnosisRow(
                        UUID.randomUUID(),
                        enterpriseId,
                        latest + 1,
                        draft.level(),
                        draft.budgetYuan(),
                        new PainPointList(draft.painPoints()),
                        draft.demandScenes(),
                        diagnosedBy,
                        draft.report(),
                        clock.instant()))
                // The id is assigned here, so an insert (a repository's save would update).
                .flatMap(template::insert)
                .map(DiagnosisRow::toDiagnosis);
    }
}
