-- The catalogue: providers (服务商), their solutions (小快轻准 products) and the enterprises they serve.
-- Lengths are in characters (PostgreSQL varchar), so they hold for Chinese text.
create table provider (
    id            uuid primary key,
    credit_code   char(18)      not null unique,
    name          varchar(100)  not null,
    county        varchar(50)   not null,
    description   varchar(2000) not null default '',
    industries    varchar(40)[] not null,
    contact_name  varchar(50),
    contact_phone varchar(30),
    status        varchar(30)   not null,
    version       bigint        not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);

create table solution (
    id            uuid primary key,
    provider_id   uuid          not null references provider (id),
    name          varchar(100)  not null,
    summary       varchar(200)  not null,
    description   varchar(5000) not null,
    industries    varchar(40)[] not null,
    scenes        varchar(40)[] not null,
    keywords      varchar(30)[] not null,
    delivery_mode varchar(20)   not null,
    price_min     bigint        not null check (price_min >= 0),
    price_max     bigint        not null,
    delivery_days int           not null check (delivery_days > 0),
    open_api      boolean       not null,
    cases         jsonb         not null,
    status        varchar(20)   not null,
    version       bigint        not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    constraint solution_price_range check (price_min <= price_max),
    constraint solution_name_per_provider unique (provider_id, name)
);

create index solution_by_status on solution (status);

create table enterprise (
    id             uuid primary key,
    credit_code    char(18)     not null unique,
    name           varchar(100) not null,
    industry       varchar(40)  not null references industry (code),
    county         varchar(50)  not null,
    scale          varchar(10)  not null,
    specialization varchar(20)  not null,
    batch          int          not null check (batch > 0),
    contact_name   varchar(50),
    contact_phone  varchar(30),
    version        bigint       not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
