-- Full rebuilds of the search index (owned by the indexer module). At most one runs at a time, across
-- all app instances; its target index also receives the outbox worker's writes while it runs.
create table search_rebuild (
    id           uuid primary key,
    target_index varchar(200)  not null,
    status       varchar(20)   not null,
    total        bigint        not null default 0,
    done         bigint        not null default 0,
    started_at   timestamptz   not null,
    heartbeat_at timestamptz   not null,
    finished_at  timestamptz,
    error        varchar(2000)
);

create unique index search_rebuild_one_running on search_rebuild (status) where status = 'RUNNING';
