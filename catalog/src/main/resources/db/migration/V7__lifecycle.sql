-- Every step of a provider's vetting and management and of a solution's review, with who and why.
-- The audit trail records the same steps tamper-evidently; this table answers "where does it stand".
create table lifecycle_transition (
    id             bigserial    primary key,
    entity_type    varchar(20)  not null,
    entity_id      uuid         not null,
    action         varchar(30)  not null,
    from_status    varchar(30)  not null,
    to_status      varchar(30)  not null,
    comment        varchar(500) not null,
    effective_date date,
    actor          varchar(100) not null,
    actor_role     varchar(20)  not null,
    at             timestamptz  not null
);

create index lifecycle_transition_by_entity on lifecycle_transition (entity_type, entity_id, id);

-- When the provider last confirmed a listing is still offered as described (listings not confirmed
-- for 12 months are flagged as stale). Existing listings count as confirmed when last changed.
alter table solution add column last_confirmed_at timestamptz;
update solution set last_confirmed_at = updated_at;
alter table solution alter column last_confirmed_at set not null;

-- An edit of a LISTED solution waits here for review; the listed version stays live meanwhile.
-- One pending revision per solution: a newer edit replaces the pending one.
create table solution_revision (
    solution_id  uuid        primary key references solution (id),
    draft        jsonb       not null,
    base_version bigint      not null,
    submitted_by varchar(100) not null,
    submitted_at timestamptz not null
);

-- Every approved version of a solution, as it was approved.
create table solution_version (
    solution_id uuid         not null references solution (id),
    version     bigint       not null,
    content     jsonb        not null,
    approved_by varchar(100) not null,
    approved_at timestamptz  not null,
    primary key (solution_id, version)
);
