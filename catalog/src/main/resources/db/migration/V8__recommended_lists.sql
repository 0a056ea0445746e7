-- The bureau's recommended lists (优质方案产品): a draft is curated entry by entry; publishing freezes
-- the entries, with the solutions' fields as they were, into snapshot, which never changes afterwards.
create table recommended_list (
    id           uuid         primary key,
    title        varchar(100) not null,
    period       varchar(40)  not null,
    status       varchar(20)  not null,
    snapshot     jsonb,
    published_at timestamptz,
    created_at   timestamptz  not null,
    constraint recommended_list_published check ((status = 'PUBLISHED') = (snapshot is not null and published_at is not null))
);

create index recommended_list_by_publication on recommended_list (published_at desc) where status = 'PUBLISHED';

create table recommended_entry (
    list_id     uuid          not null references recommended_list (id),
    solution_id uuid          not null references solution (id),
    rank        int           not null check (rank between 1 and 20),
    rationale   varchar(1000) not null,
    primary key (list_id, solution_id),
    constraint recommended_entry_rank unique (list_id, rank) deferrable initially deferred
);
