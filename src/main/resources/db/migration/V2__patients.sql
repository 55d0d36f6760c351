-- Patients: profile, body-weight history, clinical context and care teams.

create table patient_profiles (
    patient_id                  bigint primary key references users (id) on delete cascade,
    birth_date                  date,
    sex                         varchar(8) check (sex in ('FEMALE', 'MALE', 'OTHER')),
    height_cm                   numeric(4, 1) check (height_cm between 100 and 250),
    anastrozole_start           date,
    time_zone                   varchar(64) not null default 'UTC',
    mass_unit                   varchar(2)  not null default 'KG' check (mass_unit in ('KG', 'LB')),
    vitamin_d_unit              varchar(2)  not null default 'IU' check (vitamin_d_unit in ('IU', 'UG')),
    -- clinical context, kept by the care team
    low_impact_plan             boolean     not null default false,
    takes_warfarin              boolean     not null default false,
    fragility_fracture          boolean     not null default false,
    vertebral_fracture          boolean     not null default false,
    parental_hip_fracture       boolean     not null default false,
    oral_corticosteroids        boolean     not null default false,
    smoker                      boolean     not null default false,
    bone_protective_medication  varchar(200),
    updated_at                  timestamptz not null,
    version                     bigint      not null default 0,
    check (anastrozole_start is null or birth_date is null or anastrozole_start > birth_date)
);

create table body_weights (
    id           bigint generated always as identity primary key,
    patient_id   bigint       not null references users (id) on delete cascade,
    measured_on  date         not null,
    weight_kg    numeric(5, 2) not null check (weight_kg between 25 and 300),
    created_at   timestamptz  not null,
    unique (patient_id, measured_on)
);

create table care_team (
    clinician_id  bigint      not null references users (id) on delete cascade,
    patient_id    bigint      not null references users (id) on delete cascade,
    assigned_at   timestamptz not null,
    primary key (clinician_id, patient_id)
);

create index care_team_patient_idx on care_team (patient_id);
