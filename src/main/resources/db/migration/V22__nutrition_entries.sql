-- Nutrition: what patients ate or took, day by day, and their uploaded Cronometer exports.
-- A day's totals are never stored: they are summed from the entries (view below).

create table nutrition_imports (
    id            bigint generated always as identity primary key,
    patient_id    bigint       not null references users (id) on delete cascade,
    format        varchar(24)  not null check (format in ('CRONOMETER_DAILY_SUMMARY', 'CRONOMETER_SERVINGS')),
    file_name     varchar(255) not null,
    -- the upload, kept server-side between preview and confirmation, then dropped
    content       bytea,
    sha256        varchar(64)  not null,
    status        varchar(10)  not null check (status in ('PREVIEW', 'CONFIRMED', 'DISCARDED')),
    uploaded_at   timestamptz  not null,
    finished_at   timestamptz,
    days_saved    integer      check (days_saved >= 0),
    entries_saved integer      check (entries_saved >= 0),
    check ((status = 'PREVIEW') = (content is not null)),
    check ((status = 'PREVIEW') = (finished_at is null))
);

create index nutrition_imports_patient_idx on nutrition_imports (patient_id, uploaded_at desc);

create table nutrition_entries (
    id             bigint generated always as identity primary key,
    patient_id     bigint        not null references users (id) on delete cascade,
    eaten_on       date          not null,
    kind           varchar(10)   not null check (kind in ('FOOD', 'SUPPLEMENT', 'MANUAL', 'IMPORTED')),
    -- FOOD: the food and the grams eaten; portions when entered as household portions
    food_id        bigint        references foods (id),
    grams          numeric(9, 3) check (grams > 0 and grams <= 10000),
    portions       numeric(7, 3) check (portions > 0 and portions <= 100),
    -- SUPPLEMENT: the preset and how many servings; its per-serving amounts are copied below,
    -- so a later edit of the preset does not rewrite what the patient took
    supplement_id  bigint        references supplement_presets (id),
    servings       numeric(6, 2) check (servings > 0 and servings <= 100),
    label          varchar(200),
    -- counts towards the supplemental-magnesium limit and the vitamin K supplement flag
    supplemental   boolean       not null default false,
    -- SUPPLEMENT: per serving; MANUAL and IMPORTED: the entry's amounts (null: none entered,
    -- or for IMPORTED not in the export); FOOD: always null (computed from the catalogue)
    calcium_mg     numeric(12, 4) check (calcium_mg between 0 and 10000),
    vitamin_d_ug   numeric(12, 4) check (vitamin_d_ug between 0 and 2500),
    vitamin_k_ug   numeric(12, 4) check (vitamin_k_ug between 0 and 50000),
    magnesium_mg   numeric(12, 4) check (magnesium_mg between 0 and 5000),
    epa_dha_mg     numeric(12, 4) check (epa_dha_mg between 0 and 20000),
    protein_g      numeric(12, 4) check (protein_g between 0 and 500),
    -- IMPORTED: where from, a key unique per patient, and a digest of the imported day's content
    source         varchar(16)   check (source in ('CRONOMETER')),
    source_key     varchar(120),
    source_digest  varchar(64),
    import_id      bigint        references nutrition_imports (id) on delete set null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    unique (patient_id, source_key),
    check (case kind
        when 'FOOD' then food_id is not null and grams is not null and supplement_id is null and servings is null
            and not supplemental and source is null
            and num_nonnulls(calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_dha_mg, protein_g) = 0
        when 'SUPPLEMENT' then supplement_id is not null and servings is not null and food_id is null
            and grams is null and portions is null and supplemental and source is null
            and num_nulls(calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_dha_mg, protein_g) = 0
        when 'MANUAL' then food_id is null and supplement_id is null and grams is null and servings is null
            and source is null
            and num_nonnulls(calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_dha_mg, protein_g) > 0
        when 'IMPORTED' then food_id is null and supplement_id is null and grams is null and servings is null
            and not supplemental and source is not null and source_key is not null and source_digest is not null
        end),
    check ((kind = 'IMPORTED') = (source_key is not null))
);

create index nutrition_entries_patient_day_idx on nutrition_entries (patient_id, eaten_on);

-- Each entry's amount of every nutrient; null means unknown. A food's blank in the catalogue is
-- unknown; so is a nutrient an import did not carry. A manual entry's empty field adds nothing.
create view nutrition_entry_amounts as
select e.id,
       e.patient_id,
       e.eaten_on,
       e.kind,
       e.supplemental,
       case e.kind when 'FOOD' then f.calcium_mg * e.grams * 0.01
                   when 'SUPPLEMENT' then e.calcium_mg * e.servings
                   when 'MANUAL' then coalesce(e.calcium_mg, 0)
                   else e.calcium_mg end as calcium_mg,
       case e.kind when 'FOOD' then f.vitamin_d_ug * e.grams * 0.01
                   when 'SUPPLEMENT' then e.vitamin_d_ug * e.servings
                   when 'MANUAL' then coalesce(e.vitamin_d_ug, 0)
                   else e.vitamin_d_ug end as vitamin_d_ug,
       case e.kind when 'FOOD' then f.vitamin_k_ug * e.grams * 0.01
                   when 'SUPPLEMENT' then e.vitamin_k_ug * e.servings
                   when 'MANUAL' then coalesce(e.vitamin_k_ug, 0)
                   else e.vitamin_k_ug end as vitamin_k_ug,
       case e.kind when 'FOOD' then f.magnesium_mg * e.grams * 0.01
                   when 'SUPPLEMENT' then e.magnesium_mg * e.servings
                   when 'MANUAL' then coalesce(e.magnesium_mg, 0)
                   else e.magnesium_mg end as magnesium_mg,
       case e.kind when 'FOOD' then f.epa_dha_mg * e.grams * 0.01
                   when 'SUPPLEMENT' then e.epa_dha_mg * e.servings
                   when 'MANUAL' then coalesce(e.epa_dha_mg, 0)
                   else e.epa_dha_mg end as epa_dha_mg,
       case e.kind when 'FOOD' then f.protein_g * e.grams * 0.01
                   when 'SUPPLEMENT' then e.protein_g * e.servings
                   when 'MANUAL' then coalesce(e.protein_g, 0)
                   else e.protein_g end as protein_g
from nutrition_entries e
left join foods f on f.id = e.food_id;
