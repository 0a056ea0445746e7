package cn.xkqz.pilot.event;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.enterprise.Enterprise;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Taking part in an event: an enterprise or a provider registers itself (not twice, not past capacity,
 * not once the day has passed); bureau staff read the registrations, mark who attended and record the
 * intentions signed there.
 */
@Service
public class EventParticipation {

    private final EventRepository events;
    private final Events reader;
    private final EnterpriseService enterprises;
    private final ProviderService providers;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final Lifecycle calendar;
    private final Clock clock;

    EventParticipation(
            EventRepository events,
            Events reader,
            EnterpriseService enterprises,
            ProviderService providers,
            RecordWriter writer,
            CatalogValidator validator,
            AuditTrail audit,
            Lifecycle calendar,
            Clock clock) {
        this.events = events;
        this.reader = reader;
        this.enterprises = enterprises;
        this.providers = providers;
        this.writer = writer;
        this.validator = validator;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The acting enterprise or provider registers itself, under the event's lock. */
    @Transactional
    public Mono<RegistrationView> register(UUID eventId) {
        return Permissions.require(EventParticipation::isOrganisation, "只有企业和服务商可以报名活动")
                .flatMap(actor -> events.lock(eventId)
                        .switchIfEmpty(Mono.error(() -> new NotFoundException("活动", eventId)))
                        .then(Mono.defer(() -> events.findById(eventId)))
                        .flatMap(this::requireOpen)
                        .then(Mono.defer(() -> insert(eventId, actor))));
    }

    /** The event's registrations, in the order they came (bureau staff). */
    public Mono<Page<RegistrationView>> registrations(UUID eventId, PageQuery page) {
        return Permissions.bureau("只有主管部门工作人员可以查看报名名单")
                .then(Mono.defer(() -> reader.get(eventId)))
                .flatMap(event -> events.registrations(eventId, page.size(), (long) page.page() * page.size())
                        .collectList()
                        .map(items -> new Page<>(items, page.page(), page.size(), event.registrations())));
    }

    /** Bureau staff mark who attended; each must have registered (else 400, nothing marked). */
    @Transactional
    public Mono<EventView> attend(UUID eventId, AttendanceRequest request) {
        Instant now = clock.instant();
        return Permissions.bureau("只有主管部门工作人员可以登记签到")
                .then(validator.validate(request))
                .then(Mono.defer(() -> reader.get(eventId)))
                .thenMany(Flux.range(0, request.orgIds().size()))
                .concatMap(i -> events.attend(eventId, request.orgIds().get(i), now)
                        .filter(rows -> rows > 0)
                        .switchIfEmpty(Mono.error(() -> invalid(
                                "orgIds[" + i + "]",
                                "未报名本次活动：" + request.orgIds().get(i)))))
                .then(Mono.defer(() -> audit.append(
                        "EVENT_ATTENDANCE_MARKED",
                        Events.ENTITY,
                        eventId,
                        null,
                        Map.of(
                                "orgIds",
                                request.orgIds().stream().map(UUID::toString).toList()))))
                .then(Mono.defer(() -> reader.get(eventId)));
    }

    /** Records an intention signed at the event between a registered enterprise and a registered provider. */
    @Transactional
    public Mono<IntentionView> sign(UUID eventId, IntentionDraft draft) {
        return Permissions.bureau("只有主管部门工作人员可以登记签约意向")
                .then(validator.validate(draft))
                .then(Mono.defer(() -> reader.get(eventId)))
                .then(Mono.defer(() -> requireRegistered(eventId, draft.enterpriseId(), "企业")))
                .then(Mono.defer(() -> requireRegistered(eventId, draft.providerId(), "服务商")))
                .then(Mono.defer(() -> writer.insert(
                        new Intention(
                                UUID.randomUUID(),
                                eventId,
                                draft.enterpriseId(),
                                draft.providerId(),
                                draft.summary().strip(),
                                clock.instant()),
                        null,
                        () -> new ConflictException("签约意向重复"))))
                .flatMap(saved -> audit.append(
                                "EVENT_INTENTION_SIGNED",
                                Events.ENTITY,
                                eventId,
                                null,
                                Map.of(
                                        "intentionId", saved.id().toString(),
                                        "enterpriseId", saved.enterpriseId().toString(),
                                        "providerId", saved.providerId().toString()))
                        .thenReturn(saved))
                .flatMap(saved -> events.intentions(eventId, saved.id()).single());
    }

    /** The intentions signed at the event, each with the project it led to (bureau staff). */
    public Mono<List<IntentionView>> intentions(UUID eventId) {
        return Permissions.bureau("只有主管部门工作人员可以查看签约意向")
                .then(Mono.defer(() -> reader.get(eventId)))
                .then(Mono.defer(() -> events.intentions(eventId, null).collectList()));
    }

    private static boolean isOrganisation(Actor actor) {
        return actor.orgId() != null
                && (Viewers.ENTERPRISE.equals(actor.role()) || Viewers.PROVIDER.equals(actor.role()));
    }

    private Mono<PilotEvent> requireOpen(PilotEvent event) {
        if (event.date().isBefore(calendar.today())) {
            return Mono.error(new ConflictException("活动“" + event.title() + "”已于 " + event.date() + " 举行，不能再报名"));
        }
        Integer capacity = event.capacity();
        if (capacity == null) {
            return Mono.just(event);
        }
        return events.registered(event.id())
                .flatMap(count -> count >= capacity
                        ? Mono.error(new ConflictException("活动“" + event.title() + "”名额已满（" + capacity + " 个）"))
                        : Mono.just(event));
    }

    private Mono<RegistrationView> insert(UUID eventId, Actor actor) {
        UUID org = Objects.requireNonNull(actor.orgId());
        boolean enterprise = Viewers.ENTERPRISE.equals(actor.role());
        Mono<String> name = enterprise
                ? enterprises.get(org).map(Enterprise::name)
                : providers.get(org).map(Provider::name);
        Registration registration = new Registration(
                UUID.randomUUID(), eventId, enterprise ? org : null, enterprise ? null : org, clock.instant(), null);
        return name.flatMap(orgName -> writer.insert(registration, null, () -> new ConflictException("已报名本次活动，不能重复报名"))
                .flatMap(saved -> audit.append(
                                "EVENT_REGISTERED",
                                Events.ENTITY,
                                eventId,
                                null,
                                Map.of("role", actor.role(), "orgId", org.toString()))
                        .thenReturn(new RegistrationView(
                                saved.id(), eventId, actor.role(), org, orgName, saved.registeredAt(), null))));
    }

    private Mono<Void> requireRegistered(UUID eventId, UUID orgId, String what) {
        return events.isRegistered(eventId, orgId)
                .flatMap(yes -> yes
                        ? Mono.<Void>empty()
                        : Mono.error(new ConflictException(what + " " + orgId + " 未报名本次活动，不能登记其签约意向")));
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("签到名单有误", List.of(new FieldError(field, message)));
    }
}
