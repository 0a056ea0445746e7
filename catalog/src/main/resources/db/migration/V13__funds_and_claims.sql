-- Subsidy funds and claims (奖补资金, docs/pilot.md). A fund's budget and caps come from the city plan
-- (pilot-rules.json: 四、保障措施) where it gives them; budgets it does not give are configuration defaults
-- bureau staff change with PUT /api/v1/funds/{code}. What a fund has committed and paid is never
-- stored: it is summed from its claims under the fund's row lock, so it cannot drift from them.
create table fund (
    code                    varchar(30)  primary key,
    name                    varchar(100) not null,
    rule                    varchar(300) not null,
    budget_yuan             bigint       not null check (budget_yuan >= 0),
    per_enterprise_cap_yuan bigint       check (per_enterprise_cap_yuan >= 0),
    per_year                boolean      not null default false,
    version                 bigint       not null,
    updated_at              timestamptz  not null,
    constraint fund_code_known check (code in (
        'TRANSFORMATION', 'LOAN_INTEREST', 'DIAGNOSIS_FEE', 'ACCEPTANCE_FEE', 'SHOWCASE_AWARD', 'PROVIDER_AWARD',
        'SOLUTION_AWARD', 'CHAIN_CASE_AWARD', 'SPECIALIZED_AWARD', 'TRAINING', 'EVENTS'))
);

insert into fund (code, name, rule, budget_yuan, per_enterprise_cap_yuan, per_year, version, updated_at) values
    ('TRANSFORMATION', '改造投入补贴', '改造后二级: 实际软硬件投入×≤50%, 每家≤500000; 三级及以上: ×≤70%, 每家≤700000; 一级: 0',
        120000000, 700000, false, 0, now()),
    ('LOAN_INTEREST', '数转贷贴息', '数转贷全额贴息, 每家每年≤50000', 5000000, 50000, true, 0, now()),
    ('DIAGNOSIS_FEE', '服务商评估诊断补助', '服务商评估诊断补助, 每家企业≤2000, 总额≤1000000', 1000000, 2000, false, 0, now()),
    ('ACCEPTANCE_FEE', '第三方验收评价费用', '第三方验收评价费用, 每家企业≤6000, 总额≤3000000', 3000000, 6000, false, 0, now()),
    ('SHOWCASE_AWARD', '样板标杆企业奖励', '样板标杆企业(不少于20家), 每家≤150000', 3000000, 150000, false, 0, now()),
    ('PROVIDER_AWARD', '优秀服务商奖励', '优秀服务商(不少于4家), 每家≤100000', 400000, null, false, 0, now()),
    ('SOLUTION_AWARD', '优秀方案产品奖励', '优秀“小快轻准”方案产品(不少于20个), 每个≤100000', 2000000, null, false, 0, now()),
    ('CHAIN_CASE_AWARD', '链式转型典型案例奖励', '“链式”转型典型案例(不少于6个), 每个≤100000', 600000, null, false, 0, now()),
    ('SPECIALIZED_AWARD', '专精特新认定奖励', '首次认定国家级小巨人 500000, 省级专精特新 300000 (一次性)', 60300000, 500000, false, 0, now()),
    ('TRAINING', '专题轮训', '专题轮训(不少于5场), 每场≤200000', 1000000, null, false, 0, now()),
    ('EVENTS', '产业活动', '产业活动(不少于10场: 供需对接、宣传推广、技术交流), 每场≤100000', 1000000, null, false, 0, now());

-- ClaimStatus. A claim is money for an enterprise (and, for a diagnosis fee, paid to its provider) from
-- one fund; rules itemise how its amount was computed; cap_yuan is the per-enterprise cap that applies
-- to it when it differs from the fund's (a transformation subsidy at level 2: 500000, not 700000).
create table subsidy_claim (
    id                uuid primary key,
    fund              varchar(30)  not null references fund (code),
    project_id        uuid         references project (id),
    enterprise_id     uuid         not null references enterprise (id),
    provider_id       uuid         references provider (id),
    year              int          not null,
    amount_yuan       bigint       not null check (amount_yuan >= 0),
    cap_yuan          bigint       check (cap_yuan >= 0),
    rules             jsonb        not null,
    status            varchar(20)  not null,
    payment_reference varchar(100),
    paid_on           date,
    version           bigint       not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint subsidy_claim_status_known check (status in ('OPEN', 'APPROVED', 'PAID', 'REJECTED', 'RECOVERED')),
    constraint subsidy_claim_paid_with_reference check (
        status not in ('PAID', 'RECOVERED') or (payment_reference is not null and paid_on is not null))
);
create index subsidy_claim_fund on subsidy_claim (fund, status);
create index subsidy_claim_enterprise on subsidy_claim (enterprise_id, fund);
-- One automatic claim of each kind per project (acceptance) and per enterprise (diagnosis fee).
create unique index subsidy_claim_once_per_project on subsidy_claim (fund, project_id) where project_id is not null;

-- Claims log their steps in the shared transition log: ClaimAction, ClaimStatus.
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
        and to_status in ('PLANNED', 'IMPLEMENTING', 'ACCEPTANCE_REQUESTED', 'ACCEPTED', 'FAILED', 'CANCELLED'))
    or (entity_type = 'SUBSIDY_CLAIM'
        and action in ('APPROVE', 'REJECT', 'PAY', 'RECOVER')
        and from_status in ('OPEN', 'APPROVED', 'PAID', 'REJECTED', 'RECOVERED')
        and to_status in ('OPEN', 'APPROVED', 'PAID', 'REJECTED', 'RECOVERED')));
