-- DEXA: scans and their per-site results (DESIGN.md §3 "DEXA", clinical-reference.md §5).

create table dexa_scans (
    id            bigint generated always as identity primary key,
    patient_id    bigint       not null references users (id) on delete cascade,
    scan_date     date         not null check (scan_date >= date '1987-01-01'),
    facility      varchar(120) not null check (length(btrim(facility)) > 0),
    manufacturer  varchar(16)  not null check (manufacturer in ('HOLOGIC', 'GE_LUNAR', 'NORLAND', 'OTHER')),
    model         varchar(80),
    recorded_by   bigint       references users (id) on delete set null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);

create index dexa_scans_patient_idx on dexa_scans (patient_id, scan_date, id);

create table dexa_site_results (
    id          bigint generated always as identity primary key,
    scan_id     bigint        not null references dexa_scans (id) on delete cascade,
    site        varchar(16)   not null check (site in ('LUMBAR_SPINE', 'TOTAL_HIP', 'FEMORAL_NECK', 'RADIUS_33')),
    side        varchar(5)    check (side in ('LEFT', 'RIGHT')),
    -- the lumbar vertebrae used, e.g. L1-L4 or L1-L2,L4 (spine only)
    vertebrae   varchar(16)   check (vertebrae ~ '^L[1-4](-L[1-4])?(,L[1-4](-L[1-4])?)*$'),
    bmd         numeric(4, 3) not null check (bmd between 0.2 and 2.0),
    t_score     numeric(4, 2) check (t_score between -6 and 6),
    z_score     numeric(4, 2) check (z_score between -6 and 6),
    -- the facility's least significant change for the site, g/cm²
    lsc_gcm2    numeric(4, 3) check (lsc_gcm2 > 0 and lsc_gcm2 <= 0.2),
    check ((site = 'LUMBAR_SPINE') = (vertebrae is not null)),
    check (site <> 'LUMBAR_SPINE' or side is null),
    check (site not in ('TOTAL_HIP', 'FEMORAL_NECK') or side is not null),
    unique nulls not distinct (scan_id, site, side)
);
