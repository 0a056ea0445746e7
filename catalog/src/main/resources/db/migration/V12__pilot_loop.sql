-- The pilot programme's loop (docs/pilot.md): who diagnoses an enterprise, the expert pool, the
-- transformation projects with their milestones and progress, acceptance by expert panels, and the
-- enterprise's rating of the result. Lists of enum values are the Java enums named beside them
-- (StatusConstraintsTest keeps them in step).

-- A diagnosis written by an assigned provider says so, and carries its report (转型诊断报告).
alter table diagnosis add column diagnosed_by uuid references provider (id);
alter table diagnosis add column report text;

-- The bureau assigns a provider to diagnose an enterprise (评估诊断); the assignment lets that provider
-- read the enterprise and write its diagnosis.
create table diagnosis_assignment (
    id            uuid primary key,
    enterprise_id uuid         not null references enterprise (id),
    provider_id   uuid         not null references provider (id),
    assigned_by   varchar(200) not null,
    assigned_at   timestamptz  not null,
    constraint diagnosis_assignment_once unique (enterprise_id, provider_id)
);
create index diagnosis_assignment_provider on diagnosis_assignment (provider_id);

-- The expert pool (专家智库). An expert with a provider affiliation, or a declared conflict with an
-- organisation (provider or enterprise), may not judge that organisation's work.
create table expert (
    id           uuid primary key,
    name         varchar(100)  not null,
    fields       varchar(40)[] not null,
    organization varchar(200)  not null,
    provider_id  uuid          references provider (id),
    created_at   timestamptz   not null
);

create table expert_conflict (
    id          uuid primary key,
    expert_id   uuid         not null references expert (id),
    org_id      uuid         not null,
    reason      varchar(500) not null,
    declared_at timestamptz  not null,
    constraint expert_conflict_once unique (expert_id, org_id)
);

-- The expert step of provider vetting (专家评审): which experts reviewed the provider and their scores.
create table vetting_review (
    id          uuid primary key,
    provider_id uuid         not null references provider (id),
    expert_id   uuid         not null references expert (id),
    score       int          not null check (score between 0 and 100),
    pass        boolean      not null,
    comment     varchar(2000) not null,
    reviewed_at timestamptz  not null,
    constraint vetting_review_once unique (provider_id, expert_id)
);

-- ProjectStatus
create table project (
    id                 uuid primary key,
    enterprise_id      uuid         not null references enterprise (id),
    provider_id        uuid         not null references provider (id),
    solution_ids       uuid[]       not null,
    planned_spend_yuan bigint       not null check (planned_spend_yuan >= 0),
    target_level       int          not null check (target_level between 1 and 4),
    pre_level          int          check (pre_level between 1 and 4),
    start_date         date         not null,
    planned_end_date   date         not null,
    status             varchar(30)  not null,
    percent            int          not null default 0 check (percent between 0 and 100),
    post_level         int          check (post_level between 1 and 4),
    actual_spend_yuan  bigint       check (actual_spend_yuan >= 0),
    decided_at         timestamptz,
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    constraint project_status_known check (status in (
        'PLANNED', 'IMPLEMENTING', 'ACCEPTANCE_REQUESTED', 'ACCEPTED', 'FAILED', 'CANCELLED')),
    constraint project_dates_in_order check (planned_end_date >= start_date)
);
create index project_enterprise on project (enterprise_id);
create index project_provider on project (provider_id);
create index project_status on project (status);

create table project_milestone (
    id         uuid primary key,
    project_id uuid         not null references project (id),
    position   int          not null,
    name       varchar(200) not null,
    due_date   date         not null,
    done_on    date,
    constraint project_milestone_position unique (project_id, position)
);

-- Each progress report the provider files (跟踪改造进程).
create table project_progress (
    id           uuid primary key,
    project_id   uuid         not null references project (id),
    percent      int          not null check (percent between 0 and 100),
    note         varchar(500) not null,
    milestone_id uuid         references project_milestone (id),
    reported_by  varchar(200) not null,
    reported_at  timestamptz  not null
);
create index project_progress_project on project_progress (project_id);

-- The acceptance panel (验收专家组) and each member's one review.
create table acceptance_panelist (
    id         uuid primary key,
    project_id uuid        not null references project (id),
    expert_id  uuid        not null references expert (id),
    named_at   timestamptz not null,
    constraint acceptance_panelist_once unique (project_id, expert_id)
);

create table acceptance_review (
    id             uuid primary key,
    project_id     uuid          not null references project (id),
    expert_id      uuid          not null references expert (id),
    assessed_level int           not null check (assessed_level between 1 and 4),
    pass           boolean       not null,
    comment        varchar(2000) not null,
    reviewed_at    timestamptz   not null,
    constraint acceptance_review_once unique (project_id, expert_id)
);

-- The enterprise's satisfaction with a decided project (满意度评价), once.
create table project_rating (
    project_id uuid primary key references project (id),
    score      int          not null check (score between 1 and 5),
    comment    varchar(500) not null,
    rated_at   timestamptz  not null
);

-- Projects log their steps in the shared transition log: ProjectAction, AcceptanceOutcome, ProjectStatus.
alter table lifecycle_transition drop constraint lifecycle_transition_known;
alter table lifecycle_transition add constraint lifecycle_transition_known check (
    (entity_type = 'PROVIDER'
        and action in ('PASS_PRELIMINARY', 'PASS_EXPERT', 'PUBLICIZE', 'ACTIVATE', 'REJECT', 'WARN',
                       'CLEAR_WARNING', 'SUSPEND', 'REINSTATE', 'REMOVE', 'APPEAL', 'GRANT_APPEAL',
                       'DISMISS_APPEAL', 'APPROVE_REVISION', 'REJECT_REVISION')
        and from_status in ('APPLIED', 'PRELIMINARY_PASSED', 'EXPERT_PASSED', 'PUBLICIZING', 'ACTIVE',
                            'WARNED', 'SUSPENDED', 'REJECTED', 'APPEALING', 'REMOVED')
        and to_status in ('APPLIED', 'PRELIMINARY_PASSED', 'EXPERT_PASSED', 'PUBLICIZING', 'ACTIVE',
                          'WARNED', 'SUSPENDED', 'REJECTED', 'APPEALING', 'REMOVED'))
    or (entity_type = 'SOLUTION'
        and action in ('SUBMIT', 'WITHDRAW', 'APPROVE', 'REJECT', 'DELIST', 'CONFIRM', 'APPROVE_REVISION',
                       'REJECT_REVISION')
        and from_status in ('DRAFT', 'SUBMITTED', 'LISTED', 'REJECTED', 'DELISTED')
        and to_status in ('DRAFT', 'SUBMITTED', 'LISTED', 'REJECTED', 'DELISTED'))
    or (entity_type = 'PROJECT'
        and action in ('CONFIRM', 'REPORT_PROGRESS', 'REQUEST_ACCEPTANCE', 'CANCEL', 'ACCEPT', 'FAIL')
        and from_status in ('PLANNED', 'IMPLEMENTING', 'ACCEPTANCE_REQUESTED', 'ACCEPTED', 'FAILED', 'CANCELLED')
        and to_status in ('PLANNED', 'IMPLEMENTING', 'ACCEPTANCE_REQUESTED', 'ACCEPTED', 'FAILED', 'CANCELLED')));
