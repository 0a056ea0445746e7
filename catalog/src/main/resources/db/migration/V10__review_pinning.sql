-- A pending revision gets a new id with every edit, so a reviewer's APPROVE_REVISION names the
-- revision they read and an edit made after that is not approved unseen.
alter table solution_revision add column id uuid;
update solution_revision set id = gen_random_uuid();
alter table solution_revision alter column id set not null;

-- A vetted provider's change of its profile (name, credit code, …) waits here for bureau review; the
-- stored profile stays as it is meanwhile. One pending revision per provider: a newer edit replaces it.
create table provider_revision (
    provider_id  uuid         primary key references provider (id),
    id           uuid         not null,
    draft        jsonb        not null,
    base_version bigint       not null,
    submitted_by varchar(100) not null,
    submitted_at timestamptz  not null
);
