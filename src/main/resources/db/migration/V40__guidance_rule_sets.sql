-- Guidance: rule sets, the versioned parameters of the weekly score and the clinical flags.
-- At most one draft exists at a time; published versions are never changed.

create table rule_sets (
    id              bigint generated always as identity primary key,
    version_number  integer      not null unique check (version_number >= 1),
    status          varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at      timestamptz  not null,
    updated_by      bigint       references users (id) on delete set null,
    updated_by_name varchar(100) not null,
    updated_at      timestamptz  not null,
    published_at    timestamptz,
    -- optimistic locking: two admins editing the same draft
    version         bigint       not null default 0,
    check ((status = 'PUBLISHED') = (published_at is not null))
);

create unique index rule_sets_single_draft on rule_sets (status) where status = 'DRAFT';

create table rule_set_parameters (
    rule_set_id  bigint        not null references rule_sets (id) on delete cascade,
    parameter    varchar(64)   not null,
    value        numeric(12, 4) not null,
    primary key (rule_set_id, parameter)
);

-- Rule set v1: the defaults of DESIGN.md §3 (sources in clinical-reference.md).
with v1 as (
    insert into rule_sets (version_number, status, created_at, updated_by_name, updated_at, published_at)
    values (1, 'PUBLISHED', now(), 'BoneTrack (DESIGN.md defaults)', now(), now())
    returning id
)
insert into rule_set_parameters (rule_set_id, parameter, value) values
    ((select id from v1), 'resistanceTargetDays', 2),
    ((select id from v1), 'resistanceMinWorkingSets', 6),
    ((select id from v1), 'resistanceMinRpe', 7),
    ((select id from v1), 'resistanceMaxRir', 3),
    ((select id from v1), 'resistanceMaxRepsWithoutEffort', 12),
    ((select id from v1), 'impactTargetDays', 4),
    ((select id from v1), 'impactMinImpacts', 50),
    ((select id from v1), 'impactMinPeakForceBw', 2.0),
    ((select id from v1), 'vestWalkMinMinutes', 20),
    ((select id from v1), 'vestWalkDayCreditPercent', 50),
    ((select id from v1), 'osteogenicMergeHours', 8),
    ((select id from v1), 'lowImpactTargetDays', 4),
    ((select id from v1), 'lowImpactMinMinutes', 20),
    ((select id from v1), 'resistanceWeightPercent', 50),
    ((select id from v1), 'impactWeightPercent', 50),
    ((select id from v1), 'loadingWeightPercent', 50),
    ((select id from v1), 'nutritionWeightPercent', 50),
    ((select id from v1), 'calciumTargetMg', 1200),
    ((select id from v1), 'vitaminDTargetUg', 20),
    ((select id from v1), 'vitaminKTargetUg', 90),
    ((select id from v1), 'magnesiumTargetMg', 320),
    ((select id from v1), 'epaDhaTargetMg', 250),
    ((select id from v1), 'proteinTargetGPerKg', 1.0),
    ((select id from v1), 'proteinFallbackTargetG', 60),
    ((select id from v1), 'calciumUpperLimitMg', 2000),
    ((select id from v1), 'vitaminDUpperLimitUg', 100),
    ((select id from v1), 'supplementalMagnesiumUpperLimitMg', 350),
    ((select id from v1), 'lscLumbarSpinePercent', 5.3),
    ((select id from v1), 'lscTotalHipPercent', 5.0),
    ((select id from v1), 'lscFemoralNeckPercent', 6.9),
    ((select id from v1), 'dexaIntervalMonths', 24),
    ((select id from v1), 'dexaIntervalAfterConcernMonths', 12),
    ((select id from v1), 'aiblTScoreBelow', -2.0),
    ((select id from v1), 'aiblRiskTScoreBelow', -1.5),
    ((select id from v1), 'aiblMinRiskFactors', 2),
    ((select id from v1), 'aiblRiskAgeOver', 65),
    ((select id from v1), 'aiblRiskBmiUnder', 20),
    ((select id from v1), 'lowAdherenceScoreBelow', 40),
    ((select id from v1), 'lowAdherenceWeeks', 4),
    ((select id from v1), 'lowAdherenceSilentDays', 14),
    ((select id from v1), 'safetyWarningWeeks', 2);
