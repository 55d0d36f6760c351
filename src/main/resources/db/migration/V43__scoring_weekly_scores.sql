-- Scoring: one snapshot of the weekly score per patient and ISO week, and the recomputation of
-- every snapshot after a rule set is published (progress kept so a restart carries on).

create table weekly_scores (
    patient_id           bigint      not null references users (id) on delete cascade,
    -- the Monday of the ISO week, in the patient's calendar
    week_start           date        not null check (extract(isodow from week_start) = 1),
    total                smallint    not null check (total between 0 and 100),
    loading              smallint    not null check (loading between 0 and 100),
    nutrition            smallint    not null check (nutrition between 0 and 100),
    -- [{criterion, status, value, target, messageKey, messageArgs, guidance}]
    findings             jsonb       not null check (jsonb_typeof(findings) = 'array'),
    rule_set_version     integer     not null check (rule_set_version >= 1),
    in_progress          boolean     not null,
    -- the plan in force when the week was scored, so rescoring a past week keeps it
    low_impact_plan      boolean     not null,
    upper_limit_warning  boolean     not null,
    computed_at          timestamptz not null,
    primary key (patient_id, week_start)
);

create index weekly_scores_week_idx on weekly_scores (week_start);

create table scoring_rescoring_jobs (
    rule_set_version   integer     primary key,
    state              varchar(16) not null check (state in ('RUNNING', 'DONE', 'SUPERSEDED')),
    total              bigint      not null check (total >= 0),
    done               bigint      not null default 0 check (done >= 0),
    -- every patient up to this id has been recomputed
    cursor_patient_id  bigint      not null default 0,
    started_at         timestamptz not null,
    updated_at         timestamptz not null,
    finished_at        timestamptz
);
