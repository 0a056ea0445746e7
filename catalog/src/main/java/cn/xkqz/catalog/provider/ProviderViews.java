package cn.xkqz.catalog.provider;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.NotFoundException;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Providers as the current reader may see them: the provider itself and bureau staff whole, in any
 * status; everyone else only ACTIVE providers ({@link ProviderStatus#isPublic()}, else 404), with the
 * contact person and phone masked.
 */
@Service
public class ProviderViews {

    private final ProviderService providers;

    ProviderViews(ProviderService providers) {
        this.providers = providers;
    }

    public Mono<Provider> read(UUID id) {
        return providers
                .get(id)
                .zipWith(AuditTrail.actor())
                .mapNotNull(found -> seenBy(found.getT1(), found.getT2()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("服务商", id)));
    }

    /** Bureau staff list any status ({@code status} optional); everyone else ACTIVE providers. */
    public Mono<Page<Provider>> list(PageQuery page, @Nullable ProviderStatus status) {
        return AuditTrail.actor()
                .flatMap(actor -> providers
                        .list(page, Viewers.seesEverything(actor) ? status : ProviderStatus.ACTIVE)
                        .map(found -> found.map(provider -> Objects.requireNonNull(seenBy(provider, actor)))));
    }

    /** What {@code actor} sees of {@code provider}: all of it, its public face, or nothing (null). */
    private static @Nullable Provider seenBy(Provider provider, Actor actor) {
        if (Viewers.ownerOrBureau(actor, Viewers.PROVIDER, provider.id())) {
            return provider;
        }
        return provider.status().isPublic() ? provider.masked() : null;
    }
}
