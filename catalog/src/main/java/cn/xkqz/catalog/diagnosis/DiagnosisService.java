package cn.xkqz.catalog.diagnosis;

import static cn.xkqz.catalog.Columns.required;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.validation.CatalogValidator;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Diagnoses: each submission is a new version of the enterprise's diagnosis; the latest counts. */
@Service
public class DiagnosisService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<PainPoint>> PAIN_POINTS = new TypeReference<>() {};
    private static final String COLUMNS =
            "id, enterprise_id, version_no, level, budget_yuan, pain_points, demand_scenes, created_at";

    private final DatabaseClient db;
    private final EnterpriseService enterprises;
    private final CatalogValidator validator;
    private final Clock clock;
    private final AuditTrail audit;

    DiagnosisService(
            DatabaseClient db,
            EnterpriseService enterprises,
            CatalogValidator validator,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.db = db;
        this.enterprises = enterprises;
        this.validator = validator;
        this.clock = clock;
    }

    /** Stores {@code draft} as the enterprise's next diagnosis version (itself or bureau staff). */
    @Transactional
    public Mono<Diagnosis> submit(UUID enterpriseId, DiagnosisDraft draft) {
        return Permissions.enterpriseOrBureau(enterpriseId)
                .then(validator.validate(draft))
                .then(Mono.defer(() -> lockEnterprise(enterpriseId)))
                .then(Mono.defer(() -> insert(enterpriseId, draft)))
                .flatMap(saved -> audit.append(
                                "DIAGNOSIS_SUBMITTED",
                                "ENTERPRISE",
                                enterpriseId,
                                null,
                                Map.of(
                                        "diagnosisVersion", saved.version(),
                                        "level", saved.level(),
                                        "painPoints", saved.painPoints().size(),
                                        "demandScenes", saved.demandScenes()))
                        .thenReturn(saved));
    }

    /** The diagnosis matching uses: the enterprise's latest (for itself and bureau staff). */
    public Mono<Diagnosis> latest(UUID enterpriseId) {
        return Permissions.enterpriseOrBureau(enterpriseId)
                .then(enterprises.get(enterpriseId))
                .then(db.sql("select " + COLUMNS + " from diagnosis where enterprise_id = :id"
                                + " order by version_no desc limit 1")
                        .bind("id", enterpriseId)
                        .map(DiagnosisService::diagnosis)
                        .one())
                .switchIfEmpty(Mono.error(() -> new NotFoundException("企业 " + enterpriseId + " 尚无诊断：请先提交诊断")));
    }

    /** Every version, newest first (for the enterprise itself and bureau staff). */
    public Flux<Diagnosis> history(UUID enterpriseId) {
        return Permissions.enterpriseOrBureau(enterpriseId)
                .then(enterprises.get(enterpriseId))
                .thenMany(db.sql("select " + COLUMNS
                                + " from diagnosis where enterprise_id = :id order by version_no desc")
                        .bind("id", enterpriseId)
                        .map(DiagnosisService::diagnosis)
                        .all());
    }

    /** Serialises concurrent submissions for one enterprise, so version numbers never collide. */
    private Mono<Void> lockEnterprise(UUID enterpriseId) {
        return db.sql("select id from enterprise where id = :id for update")
                .bind("id", enterpriseId)
                .map(row -> required(row, "id", UUID.class))
                .one()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("企业", enterpriseId)))
                .then();
    }

    private Mono<Diagnosis> insert(UUID enterpriseId, DiagnosisDraft draft) {
        Instant now = clock.instant();
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into diagnosis (id, enterprise_id, version_no, level, budget_yuan, pain_points,
                                               demand_scenes, created_at)
                        select :id, :enterprise, coalesce(max(version_no), 0) + 1, :level, :budget, :painPoints,
                               :scenes, :now
                        from diagnosis where enterprise_id = :enterprise
                        returning\s""" + COLUMNS)
                .bind("id", UUID.randomUUID())
                .bind("enterprise", enterpriseId)
                .bind("level", draft.level())
                .bind("painPoints", Json.of(JSON.writeValueAsBytes(draft.painPoints())))
                .bind("scenes", draft.demandScenes().toArray(String[]::new))
                .bind("now", now);
        insert = draft.budgetYuan() == null
                ? insert.bindNull("budget", Long.class)
                : insert.bind("budget", draft.budgetYuan());
        return insert.map(DiagnosisService::diagnosis).one();
    }

    private static Diagnosis diagnosis(Readable row) {
        return new Diagnosis(
                required(row, "id", UUID.class),
                required(row, "enterprise_id", UUID.class),
                required(row, "version_no", Integer.class),
                required(row, "level", Integer.class),
                row.get("budget_yuan", Long.class),
                JSON.readValue(required(row, "pain_points", Json.class).asArray(), PAIN_POINTS),
                Arrays.asList(row.get("demand_scenes", String[].class)),
                required(row, "created_at", Instant.class));
    }
}
