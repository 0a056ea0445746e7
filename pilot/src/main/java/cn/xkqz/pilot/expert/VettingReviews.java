package cn.xkqz.pilot.expert;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.provider.ProviderStatus;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The expert step of provider vetting: while a provider awaits it (PRELIMINARY_PASSED), each expert of
 * the pool not tied to the provider scores it once; bureau staff read the scores before PASS_EXPERT.
 */
@Service
public class VettingReviews {

    private final VettingReviewRepository reviews;
    private final Experts experts;
    private final ProviderService providers;
    private final CatalogValidator validator;
    private final RecordWriter writer;
    private final AuditTrail audit;
    private final Clock clock;

    VettingReviews(
            VettingReviewRepository reviews,
            Experts experts,
            ProviderService providers,
            CatalogValidator validator,
            RecordWriter writer,
            AuditTrail audit,
            Clock clock) {
        this.reviews = reviews;
        this.experts = experts;
        this.providers = providers;
        this.validator = validator;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The acting expert's review of the provider. */
    @Transactional
    public Mono<VettingReview> review(UUID providerId, VettingReviewDraft draft) {
        return Experts.actingExpert("只有专家可以评审服务商")
                .flatMap(expertId -> validator
                        .validate(draft)
                        .then(Mono.defer(() -> providers.get(providerId)))
                        .flatMap(VettingReviews::requireAtExpertStep)
                        .then(Mono.defer(() -> experts.independentOf(List.of(expertId), List.of(providerId))
                                .single()))
                        .flatMap(expert -> writer.insert(
                                new VettingReview(
                                        UUID.randomUUID(),
                                        providerId,
                                        expert.id(),
                                        draft.score(),
                                        draft.pass(),
                                        draft.comment().strip(),
                                        clock.instant()),
                                null,
                                () -> new ConflictException(
                                        "专家 " + expert.id() + " 已评审过服务商 " + providerId + "，每位专家只评审一次"))))
                .flatMap(saved -> audit.append(
                                "PROVIDER_EXPERT_REVIEWED",
                                "PROVIDER",
                                providerId,
                                null,
                                Map.of(
                                        "expertId",
                                        saved.expertId().toString(),
                                        "score",
                                        saved.score(),
                                        "pass",
                                        saved.pass()))
                        .thenReturn(saved));
    }

    /** Every expert review of the provider, oldest first (bureau staff, and the provider itself). */
    public Flux<VettingReview> of(UUID providerId) {
        return Permissions.require(actor -> Viewers.ownerOrBureau(actor, Viewers.PROVIDER, providerId), "只能查看本服务商的专家评审")
                .then(providers.get(providerId))
                .thenMany(reviews.findByProviderIdOrderByReviewedAt(providerId));
    }

    private static Mono<Provider> requireAtExpertStep(Provider provider) {
        return provider.status() == ProviderStatus.PRELIMINARY_PASSED
                ? Mono.just(provider)
                : Mono.error(new ConflictException(
                        "服务商当前状态为 " + provider.status() + "，专家评审只在初审通过（PRELIMINARY_PASSED）后、专家评审通过前进行"));
    }
}
