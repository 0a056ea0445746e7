-- Tamper evidence against whoever owns the database (docs/security.md): entries are now hashed with an
-- unambiguous encoding (hash_version 2: length-prefixed fields, NULL distinct from the text 'null') and
-- signed with the app's Ed25519 key, which lives in configuration, never here. Rows written before this
-- migration keep hash_version 1 and no signature; signed checkpoints cover them from the first one on.
alter table audit_entry add column hash_version smallint not null default 1;
alter table audit_entry alter column hash_version drop default;
alter table audit_entry add column signature text;

-- Signed checkpoints of the chain head. Each signs the previous one's signature, so they form a chain of
-- their own; rows are never updated or deleted by the app.
create table audit_checkpoint (
    sequence           bigint primary key,
    last_entry_id      bigint       not null,
    entry_count        bigint       not null,
    head_hash          char(64)     not null,
    created_at         timestamptz  not null,
    previous_signature text         not null,
    key_id             varchar(64)  not null,
    signature          text         not null
);

create function audit_checkpoint_append_only() returns trigger as $$
begin
    raise exception 'audit_checkpoint is append-only: % refused', tg_op;
end $$ language plpgsql;

create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_checkpoint_append_only();
