package cn.xkqz.pilot.recognition;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.enterprise.Tier;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.catalog.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * An enterprise's recognitions (梯度培育): bureau staff record them, the enterprise and bureau staff read
 * them. A tier recognition raises the enterprise's scale or specialization in the same transaction, so
 * its {@code tier} and every figure built on the roster (dashboard, filters, exports) follow.
 */
@Service
public class Recognitions {

    static final String ENTITY = "ENTERPRISE_RECOGNITION";

    private final RecognitionRepository recognitions;
    private final EnterpriseService enterprises;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final Clock clock;
    private final Lifecycle calendar;

    Recognitions(
            RecognitionRepository recognitions,
            EnterpriseService enterprises,
            RecordWriter writer,
            CatalogValidator validator,
            AuditTrail audit,
            Clock clock,
            Lifecycle calendar) {
        this.recognitions = recognitions;
        this.enterprises = enterprises;
        this.writer = writer;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Records a recognition (bureau staff); the same kind twice is a conflict. */
    @Transactional
    public Mono<Recognition> record(UUID enterpriseId, RecognitionDraft draft) {
        return Permissions.bureau("只有主管部门工作人员可以登记企业认定")
                .then(Mono.defer(() -> validator.validate(draft, notInTheFuture(draft))))
                .then(Mono.defer(() -> enterprises.get(enterpriseId)))
                .flatMap(enterprise -> writer.insert(
                        new Recognition(UUID.randomUUID(), enterpriseId, draft.kind(), draft.date(), clock.instant()),
                        null,
                        () -> new ConflictException("企业“" + enterprise.name() + "”已登记过“"
                                + draft.kind().label() + "”认定")))
                .flatMap(saved -> raise(saved).thenReturn(saved))
                .flatMap(saved -> audit.append(
                                "RECOGNITION_RECORDED",
                                ENTITY,
                                saved.id(),
                                null,
                                Map.of(
                                        "enterpriseId", enterpriseId.toString(),
                                        "kind", saved.kind().name(),
                                        "date", saved.recognisedOn().toString()))
                        .thenReturn(saved));
    }

    /** The enterprise's recognitions, oldest first: the enterprise itself and bureau staff. */
    public Mono<List<Recognition>> list(UUID enterpriseId) {
        return Permissions.enterpriseOrBureau(enterpriseId)
                .then(Mono.defer(() -> enterprises.get(enterpriseId)))
                .then(Mono.defer(() -> recognitions
                        .findByEnterpriseIdOrderByRecognisedOn(enterpriseId)
                        .collectList()));
    }

    /** The city's today decides (Xinxiang's date, not the server's). */
    private Violations notInTheFuture(RecognitionDraft draft) {
        Violations violations = new Violations();
        LocalDate today = calendar.today();
        if (draft.date() != null && draft.date().isAfter(today)) {
            violations.add("date", "认定日期不能晚于今天（" + today + "）");
        }
        return violations;
    }

    private Mono<Void> raise(Recognition recognition) {
        Tier tier = recognition.kind().tier();
        return tier == null
                ? Mono.empty()
                : enterprises.raise(recognition.enterpriseId(), tier).then();
    }
}
