-- RoleCompare schema. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.
-- Every text a reader sees lives in a row keyed by locale ('zh-CN', 'en', ...):
-- a third language is new rows plus a message bundle, never a schema change.

create table source (
    id             bigint       primary key,
    source_key     varchar(60)  not null unique,
    title          varchar(300) not null,
    publisher      varchar(200) not null,
    url            varchar(500) not null,
    published_year integer,
    accessed_on    date         not null
);

-- Families group the catalog on the home page and /roles (customer service, projects, ...).
create table role_family (
    id         bigint      primary key,
    family_key varchar(40) not null unique,
    position   integer     not null unique
);

create table role_family_text (
    family_id   bigint       not null references role_family (id),
    locale      varchar(10)  not null,
    name        varchar(80)  not null,
    description varchar(300) not null,
    primary key (family_id, locale)
);

-- O*NET 29.3 occupations the catalog uses (its own and stand-ins), with the figures shown on pages.
-- Figures are facts carried over from the O*NET database (CC BY 4.0); see the onet-29.3 source row.
create table onet_occupation (
    code            varchar(10)  primary key,
    title           varchar(150) not null,
    job_zone        integer,
    education_level integer,
    education_share numeric(5, 2),
    rated           boolean      not null,
    constraint onet_job_zone check (job_zone between 1 and 5),
    constraint onet_education_level check (education_level between 1 and 12)
);

-- The 35 O*NET skills; mean_importance is the mean over every rated occupation (for centred similarity).
create table skill (
    id              bigint        primary key,
    element_id      varchar(20)   not null unique,
    position        integer       not null unique,
    mean_importance numeric(8, 6) not null
);

create table skill_text (
    skill_id bigint      not null references skill (id),
    locale   varchar(10) not null,
    name     varchar(80) not null,
    primary key (skill_id, locale)
);

-- Importance (1-5) and level (0-7) of each skill for a rated occupation.
create table onet_skill_rating (
    code        varchar(10)  not null references onet_occupation (code),
    skill_id    bigint       not null references skill (id),
    importance  numeric(3, 2) not null,
    skill_level numeric(3, 2) not null,
    primary key (code, skill_id)
);

-- onet_code: the occupation whose figures describe the role, exactly or as the nearest one (onet_match);
-- ratings_code: the rated occupation whose skill ratings are shown: its own, a labelled stand-in, or none.
create table role (
    id           bigint      primary key,
    slug         varchar(60) not null unique,
    position     integer     not null,
    family_id    bigint      not null references role_family (id),
    onet_code    varchar(10) references onet_occupation (code),
    onet_match   varchar(10),
    ratings_code varchar(10) references onet_occupation (code),
    constraint role_onet_match check ((onet_code is null and onet_match is null)
        or (onet_code is not null and onet_match in ('exact', 'nearest')))
);

create table role_text (
    role_id     bigint        not null references role (id),
    locale      varchar(10)   not null,
    name        varchar(120)  not null,
    description varchar(2000) not null,
    primary key (role_id, locale)
);

-- Where a role's points come from (credited on every page that shows them).
create table role_source (
    role_id   bigint  not null references role (id),
    source_id bigint  not null references source (id),
    position  integer not null,
    primary key (role_id, source_id)
);

-- Titles people also use for the role, per language, each from a source (O*NET reported titles, job pages).
create table role_title (
    role_id   bigint       not null references role (id),
    locale    varchar(10)  not null,
    position  integer      not null,
    title     varchar(120) not null,
    source_id bigint       not null references source (id),
    primary key (role_id, locale, position)
);

-- Official occupation codes besides O*NET's (which is role.onet_code); the title stays in the classification's language.
create table occupation_code (
    id        bigint       primary key,
    role_id   bigint       not null references role (id),
    position  integer      not null,
    scheme    varchar(20)  not null,
    code      varchar(20)  not null,
    title     varchar(200) not null,
    source_id bigint       not null references source (id),
    constraint occupation_code_scheme check (scheme in ('isco-08', 'cn-ocd'))
);

-- Facts about a role beyond the seed article; each names its source.
create table role_fact (
    id        bigint  primary key,
    role_id   bigint  not null references role (id),
    position  integer not null,
    source_id bigint  not null references source (id)
);

create table role_fact_text (
    fact_id bigint        not null references role_fact (id),
    locale  varchar(10)   not null,
    body    varchar(2000) not null,
    primary key (fact_id, locale)
);

create table dimension (
    id       bigint      primary key,
    dim_key  varchar(40) not null unique,
    position integer     not null unique
);

create table dimension_text (
    dimension_id bigint       not null references dimension (id),
    locale       varchar(10)  not null,
    name         varchar(80)  not null,
    explanation  varchar(300) not null,
    primary key (dimension_id, locale)
);

-- A role's content for one dimension: an ordered list of points per language.
create table role_point (
    id           bigint        primary key,
    role_id      bigint        not null references role (id),
    dimension_id bigint        not null references dimension (id),
    locale       varchar(10)   not null,
    position     integer       not null,
    headline     varchar(200)  not null,
    detail       varchar(1000),
    source_id    bigint        not null references source (id),
    constraint role_point_order unique (role_id, dimension_id, locale, position)
);

-- How roles lead to each other: a sourced next step up a career ladder, or an occupation O*NET relates to it.
create table role_link (
    role_id       bigint      not null references role (id),
    other_role_id bigint      not null references role (id),
    kind          varchar(20) not null,
    position      integer     not null,
    source_id     bigint      not null references source (id),
    primary key (role_id, other_role_id, kind),
    constraint role_link_kind check (kind in ('next_step', 'onet_related')),
    constraint role_link_distinct check (role_id <> other_role_id)
);

-- Editorial comparison of a pair; role_a is the role whose slug sorts first.
create table comparison (
    id               bigint  primary key,
    role_a_id        bigint  not null references role (id),
    role_b_id        bigint  not null references role (id),
    key_dimension_id bigint  not null references dimension (id),
    reviewed_on      date    not null,
    constraint comparison_pair unique (role_a_id, role_b_id),
    constraint comparison_distinct check (role_a_id <> role_b_id)
);

create table comparison_text (
    comparison_id  bigint        not null references comparison (id),
    locale         varchar(10)   not null,
    summary        varchar(2000) not null,
    key_difference varchar(2000) not null,
    primary key (comparison_id, locale)
);

-- Ordered points of the editorial parts: why the key dimension differs most, and the staffing conclusion.
create table comparison_point (
    id            bigint       primary key,
    comparison_id bigint       not null references comparison (id),
    section       varchar(20)  not null,
    locale        varchar(10)  not null,
    position      integer      not null,
    headline      varchar(200) not null,
    detail        varchar(1000),
    source_id     bigint       not null references source (id),
    constraint comparison_point_section check (section in ('KEY_DIFFERENCE', 'CONCLUSION')),
    constraint comparison_point_order unique (comparison_id, section, locale, position)
);

create table comparison_source (
    comparison_id bigint  not null references comparison (id),
    source_id     bigint  not null references source (id),
    position      integer not null,
    primary key (comparison_id, source_id)
);

-- FAQ: attached to a comparison, or site-wide when comparison_id is null.
create table faq_entry (
    id            bigint      primary key,
    comparison_id bigint      references comparison (id),
    anchor        varchar(60) not null unique,
    position      integer     not null
);

create table faq_text (
    faq_id   bigint        not null references faq_entry (id),
    locale   varchar(10)   not null,
    question varchar(300)  not null,
    answer   varchar(3000) not null,
    primary key (faq_id, locale)
);

-- What each answer rests on (at least one source per entry).
create table faq_source (
    faq_id    bigint  not null references faq_entry (id),
    source_id bigint  not null references source (id),
    position  integer not null,
    primary key (faq_id, source_id)
);

-- The glossary of performance metrics. calc_kind says which calculator the page offers (or none):
--   share      inputs (part, whole)               -> part / whole x 100, in percent
--   difference inputs (a, b)                      -> a - b
--   ratio      inputs (a, b)                      -> a / b
--   per        inputs (x1, ..., xn-1, count)      -> (x1 + ... + xn-1) / count
-- example_inputs: the worked example's numbers, comma-separated in input order (the page offers them in the calculator).
create table metric (
    id             bigint      primary key,
    metric_key     varchar(60) not null unique,
    family_key     varchar(40) not null,
    position       integer     not null,
    calc_kind      varchar(20),
    example_inputs varchar(200),
    source_id      bigint      not null references source (id),
    constraint metric_calc_kind check (calc_kind in ('share', 'difference', 'ratio', 'per'))
);

create table metric_text (
    metric_id    bigint        not null references metric (id),
    locale       varchar(10)   not null,
    name         varchar(120)  not null,
    abbreviation varchar(20),
    definition   varchar(1000) not null,
    formula      varchar(400)  not null,
    example      varchar(1000) not null,
    watch_for    varchar(1000) not null,
    result_unit  varchar(40),
    primary key (metric_id, locale)
);

-- The labels of a calculator's inputs, in order.
create table metric_input (
    metric_id bigint       not null references metric (id),
    locale    varchar(10)  not null,
    position  integer      not null,
    label     varchar(120) not null,
    primary key (metric_id, locale, position)
);

-- Names a metric goes by in points' text, per language: where a point names one, it links to its entry.
create table metric_alias (
    metric_id bigint       not null references metric (id),
    locale    varchar(10)  not null,
    alias     varchar(120) not null,
    primary key (metric_id, locale, alias)
);

-- One row. Whoever changes content bumps the revision in the same transaction;
-- every instance compares it cheaply and drops its in-process caches when it moves.
create table content_revision (
    id         integer   primary key,
    revision   bigint    not null,
    changed_at timestamp not null,
    constraint content_revision_single check (id = 1)
);

insert into content_revision (id, revision, changed_at) values (1, 1, current_timestamp);

create index role_point_dimension on role_point (dimension_id, locale);
create index role_point_role on role_point (role_id);
create index role_link_other on role_link (other_role_id);
create index faq_entry_comparison on faq_entry (comparison_id);
