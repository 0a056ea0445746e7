package cn.xkqz.catalog.provider;

import static org.springframework.data.relational.core.query.Query.query;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.catalog.validation.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Providers: created by applying, read, listed, edited with optimistic locking, upserted by import. */
@Service
public class ProviderService {

    private final ProviderRepository providers;
    private final R2dbcEntityTemplate template;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final ProviderMapper mapper;
    private final Clock clock;
    private final AuditTrail audit;
    private final ProviderRevisions revisions;

    ProviderService(
            ProviderRepository providers,
            R2dbcEntityTemplate template,
            RecordWriter writer,
            CatalogValidator validator,
            ProviderMapper mapper,
            Clock clock,
            AuditTrail audit,
            ProviderRevisions revisions) {
        this.audit = audit;
        this.revisions = revisions;
        this.providers = providers;
        this.template = template;
        this.writer = writer;
        this.validator = validator;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Mono<Provider> create(ProviderDraft draft) {
        return validator
                .validate(draft)
                .then(Mono.defer(() -> insert(draft, ProviderStatus.APPLIED)))
                .flatMap(created -> audit.append("PROVIDER_CREATED", "PROVIDER", created.id(), null, summary(created))
                        .thenReturn(created));
    }

    public Mono<Provider> get(UUID id) {
        return providers.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("服务商", id)));
    }

    public Flux<Provider> getAll(Collection<UUID> ids) {
        return providers.findAllById(ids);
    }

    /** A page of providers, all of them or those in {@code status}. */
    public Mono<Page<Provider>> list(PageQuery page, @Nullable ProviderStatus status) {
        Criteria criteria =
                status == null ? Criteria.empty() : Criteria.where("status").is(status);
        return template.select(Provider.class)
                .matching(query(criteria).with(page.newestFirst()))
                .all()
                .collectList()
                .zipWith(
                        template.count(query(criteria), Provider.class),
                        (items, total) -> new Page<>(items, page.page(), page.size(), total));
    }

    /**
     * A profile edit as the marketplace takes it: a vetted provider's change of name or credit code (and
     * any edit while a revision is pending) becomes the pending revision, which bureau staff approve or
     * reject ({@link ProviderAction#APPROVE_REVISION}); anything else is applied at once.
     */
    @Transactional
    public Mono<ProviderEdit> edit(UUID id, ProviderUpdate command) {
        Violations violations = Violations.ofUpdate(command.version());
        return Permissions.providerOrBureau(id)
                .then(validator.validate(command.provider(), violations))
                .then(Mono.defer(() -> get(id)))
                .zipWith(revisions.pending(id).hasElement())
                .flatMap(found -> {
                    Provider current = found.getT1();
                    if (current.version() != command.checkedVersion()) {
                        return Mono.error(ConflictException.staleVersion("服务商", id, command.checkedVersion()));
                    }
                    if (found.getT2() || needsReview(current, command.provider())) {
                        return revisions
                                .propose(current, command.provider())
                                .map(revision -> new ProviderEdit(null, revision));
                    }
                    return update(id, command).map(updated -> new ProviderEdit(updated, null));
                });
    }

    /** Name and credit code were vetted (from the papers check on): changing them needs review again. */
    private static boolean needsReview(Provider current, ProviderDraft draft) {
        boolean vetted = current.status() != ProviderStatus.APPLIED && current.status() != ProviderStatus.REJECTED;
        return vetted
                && (!current.name().equals(draft.name())
                        || !current.creditCode().equals(draft.creditCode()));
    }

    /** The pending revision of the provider's profile. */
    public Mono<ProviderRevision> pendingRevision(UUID id) {
        return Permissions.providerOrBureau(id)
                .then(Mono.defer(() -> revisions.pending(id)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("待审核的修订", id)));
    }

    Mono<Boolean> hasPendingRevision(UUID id) {
        return revisions.pending(id).hasElement();
    }

    /** Applies the pending revision of {@code current}, if it is the one reviewed. */
    Mono<Provider> approveRevision(Provider current, @Nullable UUID revisionId) {
        return revisions
                .pendingAsReviewed(current.id(), revisionId)
                .flatMap(revision -> replace(current, current.version(), revision.draft(), current.status()))
                .flatMap(approved -> revisions.discard(current.id()).thenReturn(approved));
    }

    /** Turns the pending revision of {@code current} down (if named, the one reviewed). */
    Mono<Provider> rejectRevision(Provider current, @Nullable UUID revisionId) {
        return revisions
                .pendingAsReviewed(current.id(), revisionId)
                .then(revisions.discard(current.id()))
                .thenReturn(current);
    }

    /**
     * Applies an edit at once, without review: for profiles not yet vetted ({@link #edit} decides), and
     * for callers that have decided themselves.
     */
    @Transactional
    public Mono<Provider> update(UUID id, ProviderUpdate command) {
        Violations violations = Violations.ofUpdate(command.version());
        return validator
                .validate(command.provider(), violations)
                .then(Mono.defer(() -> get(id)))
                .flatMap(current -> replace(current, command.checkedVersion(), command.provider(), current.status())
                        .flatMap(updated -> audit.append(
                                        "PROVIDER_UPDATED", "PROVIDER", id, summary(current), summary(updated))
                                .thenReturn(updated)));
    }

    /** What the audit trail keeps of a provider's state. */
    static Map<String, Object> summary(Provider provider) {
        return Map.of(
                "name", provider.name(),
                "creditCode", provider.creditCode(),
                "status", provider.status().name(),
                "version", provider.version());
    }

    /**
     * Makes each stored provider say what its draft says: inserts new ones in {@code status}, updates
     * changed ones, leaves identical ones alone. Providers are keyed by credit code.
     *
     * @return the providers, in the order of {@code drafts}
     */
    public Flux<Provider> upsertAll(List<ProviderDraft> drafts, ProviderStatus status) {
        List<String> creditCodes =
                drafts.stream().map(ProviderDraft::creditCode).toList();
        return providers
                .findByCreditCodeIn(creditCodes)
                .collectMap(Provider::creditCode)
                .flatMapMany(existing -> Flux.fromIterable(drafts)
                        .concatMap(draft -> upsert(draft, status, existing.get(draft.creditCode()))));
    }

    /** A provider already known keeps its standing: the import updates its profile, not its status. */
    private Mono<Provider> upsert(ProviderDraft draft, ProviderStatus status, @Nullable Provider existing) {
        if (existing == null) {
            return insert(draft, status);
        }
        if (mapper.toDraft(existing).equals(draft)) {
            return Mono.just(existing);
        }
        return replace(existing, existing.version(), draft, existing.status());
    }

    /** Moves {@code current} to {@code status} (the lifecycle decides whether it may). */
    Mono<Provider> changeStatus(Provider current, ProviderStatus status) {
        return replace(current, current.version(), mapper.toDraft(current), status);
    }

    private Mono<Provider> insert(ProviderDraft draft, ProviderStatus status) {
        Instant now = clock.instant();
        Provider provider = mapper.toProvider(draft, UUID.randomUUID(), status, 0, now, now);
        return writer.insert(provider, ChangedRecord.provider(provider.id()), () -> duplicateCreditCode(draft));
    }

    private Mono<Provider> replace(Provider current, long expectedVersion, ProviderDraft draft, ProviderStatus status) {
        Provider changed =
                mapper.toProvider(draft, current.id(), status, current.version(), current.createdAt(), clock.instant());
        return writer.update(
                changed,
                current.version(),
                expectedVersion,
                "服务商",
                current.id(),
                ChangedRecord.provider(current.id()),
                () -> duplicateCreditCode(draft));
    }

    private static ConflictException duplicateCreditCode(ProviderDraft draft) {
        return new ConflictException("统一社会信用代码 " + draft.creditCode() + " 已被另一家服务商使用");
    }
}
