package cn.xkqz.pilot.acceptance;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface ReviewRepository extends R2dbcRepository<AcceptanceReview, UUID> {

    Flux<AcceptanceReview> findByProjectIdOrderByReviewedAt(UUID projectId);
}
