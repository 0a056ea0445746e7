-- Spreading transformation (docs/pilot.md "Showcases, chain cases, events, recognitions"): showcases of
-- accepted projects (样板企业), chain cases (链式转型), events with registrations and signed intentions,
-- and the enterprises' recognitions (梯度培育). Lists of enum values are the Java enums named beside them
-- (PilotConstraintsTest keeps them in step).

-- ShowcaseCategory. One showcase per accepted project; its provider and solutions are the project's.
create table showcase (
    id            uuid primary key,
    project_id    uuid         not null references project (id),
    enterprise_id uuid         not null references enterprise (id),
    provider_id   uuid         not null references provider (id),
    solution_ids  uuid[]       not null,
    category      varchar(30)  not null,
    title         varchar(200) not null,
    created_at    timestamptz  not null,
    constraint showcase_once_per_project unique (project_id),
    constraint showcase_category_known check (category in (
        'SMART_FACTORY', 'SMART_WORKSHOP', 'GREEN_FACTORY', 'SCENE_APPLICATION', 'CLOUD_PLATFORM'))
);
create index showcase_provider on showcase (provider_id);
create index showcase_solutions on showcase using gin (solution_ids);

-- Each result of a showcase, before and after, in the order given.
create table showcase_result (
    id           uuid primary key,
    showcase_id  uuid         not null references showcase (id),
    position     int          not null,
    metric       varchar(100) not null,
    before_value varchar(200) not null,
    after_value  varchar(200) not null,
    constraint showcase_result_position unique (showcase_id, position)
);

-- ChainModel. Led by exactly one enterprise or one provider, with the enterprises it brought along.
create table chain_case (
    id                    uuid primary key,
    title                 varchar(200)  not null,
    lead_enterprise_id    uuid          references enterprise (id),
    lead_provider_id      uuid          references provider (id),
    member_enterprise_ids uuid[]        not null check (cardinality(member_enterprise_ids) > 0),
    model                 varchar(20)   not null,
    summary               varchar(2000) not null,
    created_at            timestamptz   not null,
    constraint chain_case_one_lead check (num_nonnulls(lead_enterprise_id, lead_provider_id) = 1),
    constraint chain_case_model_known check (model in ('TECHNOLOGY', 'SUPPLY_CHAIN', 'PLATFORM', 'ECOSYSTEM'))
);

-- EventType. capacity null: no limit.
create table pilot_event (
    id         uuid primary key,
    title      varchar(200) not null,
    type       varchar(20)  not null,
    event_date date         not null,
    county     varchar(40)  not null,
    capacity   int          check (capacity > 0),
    created_at timestamptz  not null,
    constraint pilot_event_type_known check (type in ('MATCHMAKING', 'PROMOTION', 'TECH_EXCHANGE', 'TRAINING'))
);
create index pilot_event_date on pilot_event (event_date);

-- An enterprise or a provider registered for an event, once; attended_at once bureau staff mark it.
create table event_registration (
    id            uuid primary key,
    event_id      uuid        not null references pilot_event (id),
    enterprise_id uuid        references enterprise (id),
    provider_id   uuid        references provider (id),
    registered_at timestamptz not null,
    attended_at   timestamptz,
    constraint event_registration_one_party check (num_nonnulls(enterprise_id, provider_id) = 1),
    constraint event_registration_enterprise_once unique (event_id, enterprise_id),
    constraint event_registration_provider_once unique (event_id, provider_id)
);

-- An intention signed at an event between a registered enterprise and a registered provider. The project
-- it led to is not stored: it is the first project of that pair opened on or after the event's date.
create table event_intention (
    id            uuid primary key,
    event_id      uuid          not null references pilot_event (id),
    enterprise_id uuid          not null references enterprise (id),
    provider_id   uuid          not null references provider (id),
    summary       varchar(500)  not null,
    created_at    timestamptz   not null
);
create index event_intention_event on event_intention (event_id);

-- RecognitionKind. Each kind once per enterprise, never dated in the future.
create table enterprise_recognition (
    id            uuid primary key,
    enterprise_id uuid         not null references enterprise (id),
    kind          varchar(30)  not null,
    recognised_on date         not null,
    created_at    timestamptz  not null,
    constraint enterprise_recognition_once unique (enterprise_id, kind),
    constraint enterprise_recognition_kind_known check (kind in (
        'ABOVE_SCALE', 'PROVINCIAL_SPECIALIZED', 'LITTLE_GIANT', 'SMART_WORKSHOP'))
);
