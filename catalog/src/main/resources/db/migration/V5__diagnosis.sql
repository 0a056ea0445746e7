-- Diagnoses of an enterprise (数字化诊断): every submission is a new version, the history is kept and
-- the latest is what matching uses. Pain points are the managers' own words (问题清单); demand scenes
-- are MIIT scene codes (需求场景清单).
create table diagnosis (
    id             uuid primary key,
    enterprise_id  uuid          not null references enterprise (id),
    version_no     int           not null,
    level          int           not null check (level between 1 and 4),
    budget_yuan    bigint        check (budget_yuan >= 0),
    pain_points    jsonb         not null,
    demand_scenes  varchar(40)[] not null,
    created_at     timestamptz   not null,
    constraint diagnosis_version_per_enterprise unique (enterprise_id, version_no)
);
