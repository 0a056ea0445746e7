package cn.xkqz.pilot.expert;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface VettingReviewRepository extends R2dbcRepository<VettingReview, UUID> {

    Flux<VettingReview> findByProviderIdOrderByReviewedAt(UUID providerId);
}
