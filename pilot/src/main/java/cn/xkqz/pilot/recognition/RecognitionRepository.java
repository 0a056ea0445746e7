package cn.xkqz.pilot.recognition;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface RecognitionRepository extends R2dbcRepository<Recognition, UUID> {

    Flux<Recognition> findByEnterpriseIdOrderByRecognisedOn(UUID enterpriseId);
}
