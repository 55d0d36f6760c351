-- Each patient's latest DEXA scan in brief (DexaSummary), stored when her scans change so that
-- lists of hundreds of patients need not read and analyse every scan. A row is used only when it
-- was computed with the caller's anastrozole start and LSC defaults; otherwise (or with no row)
-- the reader analyses the scans as before. So a row can be stale but is never taken when it is.
create table dexa_latest_summaries (
    patient_id         bigint primary key references users (id) on delete cascade,
    -- the inputs the summary was computed with: the start that picks the baseline scan, and the
    -- LSC defaults' percentages as 'spine/hip/neck/radius' (each exactly as given, scale included)
    anastrozole_start  date,
    lsc_key            varchar(100) not null,
    -- null: the patient has no scans (valid whatever the inputs)
    summary            jsonb,
    -- the figures a care-team list needs, as columns: parsing 500 JSON summaries cost more than
    -- analysing the scans did; the JSON is read for one patient's page only
    scan_date          date,
    who_category       varchar(20),
    lowest_t_score     numeric,
    significant_loss   boolean,
    computed_at        timestamptz  not null,
    check ((summary is null) = (scan_date is null)),
    check ((scan_date is null) = (significant_loss is null))
);
