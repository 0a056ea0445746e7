package cn.xkqz.pilot.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Events, their counts, registrations and intentions. */
interface EventRepository extends R2dbcRepository<PilotEvent, UUID> {

    String FILTER = """
            where (cast(:id as uuid) is null or ev.id = :id)
              and (cast(:type as varchar) is null or ev.type = :type)
              and (cast(:county as varchar) is null or ev.county = :county)
            """;

    /** Upcoming events first (soonest first), then past ones (latest first). */
    @Query("""
            select ev.id, ev.title, ev.type, ev.event_date, ev.county, ev.capacity, ev.created_at,
                   (select count(*) from event_registration r where r.event_id = ev.id) as registrations,
                   (select count(*) from event_registration r where r.event_id = ev.id and r.attended_at is not null)
                       as attended,
                   (select count(*) from event_intention i where i.event_id = ev.id) as intentions
            from pilot_event ev
            """ + FILTER + """
            order by ev.event_date < :today, case when ev.event_date >= :today then ev.event_date end,
                     ev.event_date desc, ev.id
            limit :limit offset :offset""")
    Flux<EventView> find(
            @Nullable UUID id, @Nullable String type, @Nullable String county, LocalDate today, int limit, long offset);

    @Query("select count(*) from pilot_event ev " + FILTER)
    Mono<Long> count(@Nullable UUID id, @Nullable String type, @Nullable String county);

    /** Locks the event's row: registrations for one event take turns, so none passes a full capacity. */
    @Query("select id from pilot_event where id = :id for update")
    Mono<UUID> lock(UUID id);

    @Query("select count(*) from event_registration where event_id = :eventId")
    Mono<Long> registered(UUID eventId);

    @Query("""
            select r.id, r.event_id, case when r.enterprise_id is null then 'PROVIDER' else 'ENTERPRISE' end as role,
                   coalesce(r.enterprise_id, r.provider_id) as org_id, coalesce(e.name, p.name) as org_name,
                   r.registered_at, r.attended_at
            from event_registration r
            left join enterprise e on e.id = r.enterprise_id
            left join provider p on p.id = r.provider_id
            where r.event_id = :eventId
            order by r.registered_at, r.id
            limit :limit offset :offset""")
    Flux<RegistrationView> registrations(UUID eventId, int limit, long offset);

    /** Marks the registration of {@code orgId} attended (once); the number of rows it found. */
    @Modifying
    @Query("""
            update event_registration set attended_at = coalesce(attended_at, :now)
            where event_id = :eventId and (enterprise_id = :orgId or provider_id = :orgId)""")
    Mono<Long> attend(UUID eventId, UUID orgId, Instant now);

    @Query("""
            select exists (select 1 from event_registration
                           where event_id = :eventId and (enterprise_id = :orgId or provider_id = :orgId))""")
    Mono<Boolean> isRegistered(UUID eventId, UUID orgId);

    @Query("""
            select i.id, i.event_id, i.enterprise_id, i.provider_id, i.summary, i.created_at,
                   (select p.id from project p
                    where p.enterprise_id = i.enterprise_id and p.provider_id = i.provider_id
                      and p.status <> 'CANCELLED'
                      and (p.created_at at time zone 'Asia/Shanghai')::date >= ev.event_date
                    order by p.created_at, p.id limit 1) as project_id
            from event_intention i join pilot_event ev on ev.id = i.event_id
            where i.event_id = :eventId and (cast(:id as uuid) is null or i.id = :id)
            order by i.created_at, i.id""")
    Flux<IntentionView> intentions(UUID eventId, @Nullable UUID id);
}
