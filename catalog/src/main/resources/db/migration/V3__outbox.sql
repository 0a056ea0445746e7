-- Transactional outbox: every change to something the search index shows (a solution, or a provider
-- whose name and status its solutions carry) adds a row here in the same transaction. The indexer
-- claims rows, sends the current state to Elasticsearch, and deletes them; failures are retried
-- later (process_after) and, when Elasticsearch keeps refusing them, parked for an admin.
create table outbox_event (
    id             bigint generated always as identity primary key,
    aggregate_type varchar(20)   not null,
    aggregate_id   uuid          not null,
    created_at     timestamptz   not null default now(),
    attempts       int           not null default 0,
    process_after  timestamptz   not null default now(),
    last_error     varchar(2000),
    parked_at      timestamptz
);

create index outbox_event_ready on outbox_event (process_after, id) where parked_at is null;
