-- Alerts for saved needs (docs/pilot.md): the outbox also carries NEED (an enterprise's latest diagnosis
-- changed) and LISTING (a solution was listed or its listed content changed) events, which the alert
-- worker follows; the search sync follows SOLUTION and PROVIDER as before.
alter table outbox_event drop constraint outbox_event_aggregate_type_known;
alter table outbox_event add constraint outbox_event_aggregate_type_known check (aggregate_type in (
    'SOLUTION', 'PROVIDER', 'NEED', 'LISTING'));
create index outbox_event_due_by_type on outbox_event (aggregate_type, process_after) where parked_at is null;

-- A solution that fits an enterprise's saved need, with the explanation a match would give; one per
-- enterprise and solution (a later change of the solution refreshes it unless it was dismissed).
create table alert (
    id            uuid primary key,
    enterprise_id uuid          not null references enterprise (id),
    solution_id   uuid          not null references solution (id),
    score         double precision not null,
    explanation   jsonb         not null,
    created_at    timestamptz   not null,
    dismissed_at  timestamptz,
    constraint alert_once unique (enterprise_id, solution_id)
);
create index alert_enterprise on alert (enterprise_id, created_at desc) where dismissed_at is null;
