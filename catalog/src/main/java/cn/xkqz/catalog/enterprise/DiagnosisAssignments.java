package cn.xkqz.catalog.enterprise;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who diagnoses an enterprise (评估诊断): bureau staff assign an ACTIVE provider, which may then read the
 * enterprise and write its diagnosis with a report ({@link EnterpriseService#requireReader}).
 */
@Service
public class DiagnosisAssignments {

    private final DiagnosisAssignmentRepository assignments;
    private final EnterpriseService enterprises;
    private final ProviderService providers;
    private final RecordWriter writer;
    private final AuditTrail audit;
    private final CatalogValidator validator;
    private final Clock clock;

    DiagnosisAssignments(
            DiagnosisAssignmentRepository assignments,
            EnterpriseService enterprises,
            ProviderService providers,
            RecordWriter writer,
            AuditTrail audit,
            CatalogValidator validator,
            Clock clock) {
        this.assignments = assignments;
        this.enterprises = enterprises;
        this.providers = providers;
        this.writer = writer;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** Assigns {@code providerId} to diagnose the enterprise (bureau staff; the provider must be ACTIVE). */
    @Transactional
    public Mono<DiagnosisAssignment> assign(UUID enterpriseId, AssignmentRequest request) {
        UUID providerId = request.providerId();
        return Permissions.bureau("只有主管部门工作人员可以分派诊断服务商")
                .flatMap(actor -> validator
                        .validate(request)
                        .then(enterprises.get(enterpriseId))
                        .then(Mono.defer(() -> providers.get(providerId)))
                        .flatMap(DiagnosisAssignments::requireActive)
                        .then(Mono.defer(() -> writer.insert(
                                new DiagnosisAssignment(
                                        UUID.randomUUID(), enterpriseId, providerId, actor.subject(), clock.instant()),
                                null,
                                () -> new ConflictException("服务商 " + providerId + " 已分派诊断企业 " + enterpriseId)))))
                .flatMap(saved -> audit.append(
                                "DIAGNOSIS_ASSIGNED",
                                "ENTERPRISE",
                                enterpriseId,
                                null,
                                Map.of(
                                        "providerId",
                                        providerId.toString(),
                                        "assignmentId",
                                        saved.id().toString()))
                        .thenReturn(saved));
    }

    /** The providers assigned to the enterprise, newest first (the enterprise itself and bureau staff). */
    public Flux<DiagnosisAssignment> of(UUID enterpriseId) {
        return Permissions.enterpriseOrBureau(enterpriseId)
                .then(enterprises.get(enterpriseId))
                .thenMany(assignments.findByEnterpriseIdOrderByAssignedAtDesc(enterpriseId));
    }

    private static Mono<Provider> requireActive(Provider provider) {
        return provider.status().isPublic()
                ? Mono.just(provider)
                : Mono.error(new ConflictException(
                        "服务商 " + provider.id() + " 当前状态为 " + provider.status() + "，只有在库（ACTIVE）服务商可以承担诊断"));
    }
}
