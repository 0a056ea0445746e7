package cn.xkqz.pilot.event;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * The programme's events (供需对接、宣传推广、技术交流、专题轮训): bureau staff announce them, anyone
 * reads them, upcoming first. Who registers and what was signed: {@link EventParticipation}.
 */
@Service
public class Events {

    static final String ENTITY = "EVENT";

    private final EventRepository events;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final Lifecycle calendar;
    private final Clock clock;

    Events(
            EventRepository events,
            RecordWriter writer,
            CatalogValidator validator,
            AuditTrail audit,
            Lifecycle calendar,
            Clock clock) {
        this.events = events;
        this.writer = writer;
        this.validator = validator;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public Mono<EventView> create(EventDraft draft) {
        return Permissions.bureau("只有主管部门工作人员可以发布活动")
                .then(validator.validate(draft))
                .then(Mono.defer(() -> writer.insert(
                        new PilotEvent(
                                UUID.randomUUID(),
                                draft.title().strip(),
                                draft.type(),
                                draft.date(),
                                draft.county().strip(),
                                draft.capacity(),
                                clock.instant()),
                        null,
                        () -> new ConflictException("活动重复"))))
                .flatMap(saved -> audit.append("EVENT_CREATED", ENTITY, saved.id(), null, summary(saved))
                        .thenReturn(saved.id()))
                .flatMap(this::get);
    }

    /** A page of events, upcoming first, by type and county when given (public). */
    public Mono<Page<EventView>> list(@Nullable EventType type, @Nullable String county, PageQuery page) {
        String typeName = type == null ? null : type.name();
        String place = county == null || county.isBlank() ? null : county.strip();
        return events.find(null, typeName, place, calendar.today(), page.size(), (long) page.page() * page.size())
                .collectList()
                .zipWith(
                        events.count(null, typeName, place),
                        (items, total) -> new Page<>(items, page.page(), page.size(), total));
    }

    /** The event with its counts (public). */
    public Mono<EventView> get(UUID id) {
        return events.find(id, null, null, calendar.today(), 1, 0)
                .next()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("活动", id)));
    }

    private static Map<String, Object> summary(PilotEvent event) {
        Map<String, Object> summary = new HashMap<>();
        summary.put("title", event.title());
        summary.put("type", event.type().name());
        summary.put("date", event.date().toString());
        summary.put("county", event.county());
        if (event.capacity() != null) {
            summary.put("capacity", event.capacity());
        }
        return summary;
    }
}
