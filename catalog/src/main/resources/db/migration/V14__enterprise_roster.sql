-- The bureau's enterprise roster (一企一档, docs/workflows.md "The roster"): an enterprise that registered
-- itself with an ENTERPRISE token is REGISTERED until bureau staff confirm it into the pilot; one created
-- by bureau staff or imported from the bureau's list is CONFIRMED. Enterprises registered before this
-- migration were all let in, so they are CONFIRMED.
alter table enterprise add column status varchar(20) not null default 'CONFIRMED';
alter table enterprise alter column status drop default;

-- RosterStatus (StatusConstraintsTest keeps the list in step with the enum).
alter table enterprise add constraint enterprise_status_known check (status in ('REGISTERED', 'CONFIRMED'));

-- The roster's filters: batch and county narrow most; the newest-first order of every page.
create index enterprise_batch_county on enterprise (batch, county);
create index enterprise_created_at on enterprise (created_at desc, id);
