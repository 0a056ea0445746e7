package cn.xkqz.pilot.claim;

import cn.xkqz.catalog.diagnosis.Diagnosis;
import cn.xkqz.catalog.diagnosis.DiagnosisDraft;
import cn.xkqz.catalog.diagnosis.DiagnosisService;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * A diagnosis as the pilot records it: stored by the catalogue and, when an assigned provider wrote it,
 * the provider's diagnosis fee (评估诊断补助) opened in the same transaction.
 */
@Service
public class DiagnosisFees {

    private final DiagnosisService diagnoses;
    private final Claims claims;

    DiagnosisFees(DiagnosisService diagnoses, Claims claims) {
        this.diagnoses = diagnoses;
        this.claims = claims;
    }

    @Transactional
    public Mono<Diagnosis> submit(UUID enterpriseId, DiagnosisDraft draft) {
        return diagnoses.submit(enterpriseId, draft).flatMap(this::feeFor);
    }

    private Mono<Diagnosis> feeFor(Diagnosis diagnosis) {
        UUID provider = diagnosis.diagnosedBy();
        return provider == null
                ? Mono.just(diagnosis)
                : claims.openDiagnosisFee(diagnosis.enterpriseId(), provider).thenReturn(diagnosis);
    }
}
