-- The audit trail: one row per state change of consequence, appended in the same transaction as the
-- change. Each row carries the hash of the previous one (a hash chain), so editing or deleting a row
-- breaks the chain at that row; the trigger below refuses UPDATE and DELETE outright.
create table audit_entry (
    id             bigint primary key,
    occurred_at    timestamptz   not null,
    actor_subject  varchar(200)  not null,
    actor_role     varchar(20)   not null,
    actor_org      uuid,
    action         varchar(60)   not null,
    entity_type    varchar(40)   not null,
    entity_id      varchar(100)  not null,
    before_summary text,
    after_summary  text,
    previous_hash  char(64)      not null,
    hash           char(64)      not null
);

create sequence audit_entry_id_seq owned by audit_entry.id;
create index audit_entry_by_entity on audit_entry (entity_type, entity_id, id);

create function audit_entry_append_only() returns trigger as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end $$ language plpgsql;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
