-- Exercise: the catalogue of exercises and impact activities, patients' sessions with their sets
-- and impacts, and the Strong/Hevy uploads waiting between preview and confirmation.

create table exercise_catalogue (
    key             varchar(40)  primary key check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind            varchar(12)  not null check (kind in ('RESISTANCE', 'IMPACT')),
    name            varchar(80)  not null unique,
    -- peak ground-reaction force in multiples of body weight, for impact activities only
    peak_force_bw   numeric(3, 1) check (peak_force_bw between 0.5 and 10),
    lower_body      boolean      not null,
    -- where the peak force comes from, shown to patients beside the number
    force_source    varchar(200),
    sort_order      integer      not null,
    check ((kind = 'IMPACT') = (peak_force_bw is not null)),
    check ((peak_force_bw is null) = (force_source is null))
);

-- Stable keys: the JSON API and the importers use them, so they never change once published.
insert into exercise_catalogue (key, kind, name, peak_force_bw, lower_body, force_source, sort_order) values
    ('squat',           'RESISTANCE', 'Squat',            null, true,  null, 10),
    ('deadlift',        'RESISTANCE', 'Deadlift',         null, true,  null, 20),
    ('overhead-press',  'RESISTANCE', 'Overhead press',   null, false, null, 30),
    ('bench-press',     'RESISTANCE', 'Bench press',      null, false, null, 40),
    ('row',             'RESISTANCE', 'Row',              null, false, null, 50),
    ('lunge',           'RESISTANCE', 'Lunge',            null, true,  null, 60),
    ('step-up',         'RESISTANCE', 'Step-up',          null, true,  null, 70),
    ('push-up',         'RESISTANCE', 'Push-up',          null, false, null, 80),
    ('jumping-chin-up', 'RESISTANCE', 'Jumping chin-up',  null, false, null, 90),
    ('leg-press',       'RESISTANCE', 'Leg press',        null, true,  null, 100),
    ('hip-thrust',      'RESISTANCE', 'Hip thrust',       null, true,  null, 110),
    ('calf-raise',      'RESISTANCE', 'Calf raise',       null, true,  null, 120),
    ('back-extension',  'RESISTANCE', 'Back extension',   null, false, null, 130),
    ('lat-pulldown',    'RESISTANCE', 'Lat pulldown',     null, false, null, 140),
    ('farmers-carry',   'RESISTANCE', 'Farmer''s carry',  null, true,  null, 150);

-- Peak ground-reaction forces (x body weight) from ../shared/docs/clinical-reference.md §2.2:
-- jump rope, running/jogging, high-impact aerobics, walking, dance, tennis, stair climbing from
-- Weeks & Beck 2008 (BPAQ, Table 6); counter-movement jumps ~4 from Bassey et al. 1998; stamps
-- 3.1-4.5 from Ryan et al. 2021; step aerobics 1.4 from Santos-Rocha et al.; hops/low jumps 3-4
-- and drop jumps 4-5+ are the reference's suggested defaults drawn from those values.
insert into exercise_catalogue (key, kind, name, peak_force_bw, lower_body, force_source, sort_order) values
    ('hops',                  'IMPACT', 'Hops and low jumps',     3.5, true, 'Suggested default for low jumps/hops (3-4 x BW), clinical reference §2.2', 210),
    ('counter-movement-jump', 'IMPACT', 'Counter-movement jumps', 4.0, true, 'Bassey et al. 1998 (~4 x BW)', 220),
    ('drop-jump',             'IMPACT', 'Drop jumps',             4.5, true, 'Suggested default for drop jumps (4-5+ x BW), clinical reference §2.2', 230),
    ('stamps',                'IMPACT', 'Stamps',                 3.5, true, 'Ryan, Clissold & Winwood 2021 (3.1-4.5 x BW by effort)', 240),
    ('skipping',              'IMPACT', 'Skipping / jump rope',   4.7, true, 'Weeks & Beck 2008, BPAQ Table 6 (jump rope)', 250),
    ('jogging',               'IMPACT', 'Jogging',                2.6, true, 'Weeks & Beck 2008, BPAQ Table 6 (running/jogging)', 260),
    ('high-impact-aerobics',  'IMPACT', 'High-impact aerobics',   5.5, true, 'Weeks & Beck 2008, BPAQ Table 6 (aerobics, high impact)', 270),
    ('brisk-walking',         'IMPACT', 'Brisk walking',          1.2, true, 'Weeks & Beck 2008, BPAQ Table 6 (walking/hiking)', 280),
    ('dancing',               'IMPACT', 'Dancing',                2.7, true, 'Weeks & Beck 2008, BPAQ Table 6 (dance)', 290),
    ('step-aerobics',         'IMPACT', 'Step aerobics',          1.4, true, 'Santos-Rocha et al. (step exercise, 1.4 x BW)', 300),
    ('stair-climbing',        'IMPACT', 'Stair climbing',         1.1, true, 'Weeks & Beck 2008, BPAQ Table 6 (stairmaster)', 310),
    ('tennis',                'IMPACT', 'Tennis',                 4.7, true, 'Weeks & Beck 2008, BPAQ Table 6 (tennis)', 320);

-- An upload kept between preview and confirmation. The bytes are dropped once confirmed: only
-- their hash stays, to tell the patient when the same file comes again.
create table exercise_imports (
    id              bigint generated always as identity primary key,
    patient_id      bigint       not null references users (id) on delete cascade,
    source          varchar(10)  not null check (source in ('STRONG', 'HEVY')),
    file_name       varchar(255) not null,
    sha256          char(64)     not null,
    content         bytea check (octet_length(content) <= 5242880),
    unit            varchar(2)   not null check (unit in ('KG', 'LB')),
    status          varchar(10)  not null check (status in ('PREVIEW', 'CONFIRMED')),
    created_at      timestamptz  not null,
    confirmed_at    timestamptz,
    sessions_added  integer check (sessions_added >= 0),
    check ((status = 'PREVIEW') = (content is not null)),
    check ((status = 'CONFIRMED') = (confirmed_at is not null and sessions_added is not null))
);

create index exercise_imports_patient_idx on exercise_imports (patient_id, created_at desc);

-- By default identity, so bulk writers (imports, demo data) can reserve ids and batch the inserts.
create table exercise_sessions (
    id                bigint generated by default as identity primary key,
    patient_id        bigint        not null references users (id) on delete cascade,
    session_date      date          not null,
    start_time        time,
    type              varchar(20)   not null
        check (type in ('RESISTANCE', 'IMPACT', 'WEIGHTED_VEST_WALK', 'WALK', 'SWIM', 'CYCLE', 'OTHER')),
    duration_minutes  integer check (duration_minutes between 1 and 600),
    rpe               integer  check (rpe between 1 and 10),
    notes             varchar(2000),
    vest_load_kg      numeric(6, 3) check (vest_load_kg >= 0.5 and vest_load_kg <= 40),
    distance_km       numeric(7, 3) check (distance_km > 0 and distance_km <= 500),
    steps             integer check (steps between 1 and 100000),
    source            varchar(10)   not null check (source in ('MANUAL', 'STRONG', 'HEVY')),
    source_key        varchar(200),
    import_id         bigint references exercise_imports (id) on delete set null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    check ((type = 'WEIGHTED_VEST_WALK') = (vest_load_kg is not null)),
    check (type in ('RESISTANCE', 'IMPACT') or duration_minutes is not null),
    check (type <> 'RESISTANCE' or (distance_km is null and steps is null)),
    check (type <> 'IMPACT' or steps is null),
    check ((source = 'MANUAL') = (source_key is null)),
    -- an imported workout is saved once, however often the same or a later export is imported
    unique (patient_id, source, source_key)
);

create index exercise_sessions_patient_date_idx on exercise_sessions (patient_id, session_date desc, id desc);
create index exercise_sessions_import_idx on exercise_sessions (import_id) where import_id is not null;

create table exercise_sets (
    session_id    bigint        not null references exercise_sessions (id) on delete cascade,
    ordinal       integer       not null check (ordinal >= 0),
    exercise_key  varchar(40) references exercise_catalogue (key),
    custom_name   varchar(80),
    reps          integer       not null check (reps between 1 and 100),
    load_kg       numeric(7, 3) not null check (load_kg between 0 and 500),
    warmup        boolean       not null,
    rir           integer  check (rir between 0 and 10),
    primary key (session_id, ordinal),
    check ((exercise_key is null) <> (custom_name is null))
);

create table exercise_impacts (
    session_id    bigint       not null references exercise_sessions (id) on delete cascade,
    ordinal       integer      not null check (ordinal >= 0),
    activity_key  varchar(40)  not null references exercise_catalogue (key),
    impact_count  integer      not null check (impact_count between 1 and 2000),
    primary key (session_id, ordinal)
);

-- How a patient mapped an exporter's exercise name the last time, offered again next time.
create table exercise_name_choices (
    patient_id   bigint       not null references users (id) on delete cascade,
    source       varchar(10)  not null check (source in ('STRONG', 'HEVY')),
    vendor_name  varchar(200) not null,
    choice       varchar(60)  not null,
    primary key (patient_id, source, vendor_name)
);
