-- Nutrition: the food catalogue (rows loaded by V21 from nutrition/foods.csv, USDA SR28) and the
-- supplement presets patients pick from. Amounts are per 100 g (foods) or per serving (presets).
-- A null in foods means "SR28 has no value", never zero.

-- Trigram matching for typo-tolerant food search (a trusted extension since PostgreSQL 13).
create extension if not exists pg_trgm;

create table foods (
    -- the SR NDB number as an integer (01077 -> 1077): the same id in every database
    id                   bigint        primary key check (id between 1 and 99999),
    ndb_number           char(5)       not null unique,
    description          varchar(200)  not null,
    food_group           varchar(80)   not null,
    calcium_mg           numeric(9, 3) check (calcium_mg >= 0),
    vitamin_d_ug         numeric(9, 3) check (vitamin_d_ug >= 0),
    vitamin_k1_ug        numeric(9, 3) check (vitamin_k1_ug >= 0),
    menaquinone4_ug      numeric(9, 3) check (menaquinone4_ug >= 0),
    magnesium_mg         numeric(9, 3) check (magnesium_mg >= 0),
    epa_g                numeric(9, 3) check (epa_g >= 0),
    dha_g                numeric(9, 3) check (dha_g >= 0),
    protein_g            numeric(9, 3) check (protein_g >= 0),
    portion_description  varchar(60),
    portion_grams        numeric(7, 2) check (portion_grams > 0),
    -- K1 plus MK-4 where SR measured it; unknown when K1 is unknown
    vitamin_k_ug         numeric(10, 3) generated always as (vitamin_k1_ug + coalesce(menaquinone4_ug, 0)) stored,
    -- grams to milligrams; unknown unless both are known
    epa_dha_mg           numeric(12, 3) generated always as ((epa_g + dha_g) * 1000) stored,
    search_document      tsvector generated always as (
                             setweight(to_tsvector('english', description), 'A')
                             || setweight(to_tsvector('english', food_group), 'C')) stored,
    check ((portion_description is null) = (portion_grams is null))
);

create index foods_search_document_idx on foods using gin (search_document);
create index foods_description_trgm_idx on foods using gin (lower(description) gin_trgm_ops);

create table supplement_presets (
    id            bigint generated always as identity primary key,
    -- stable key for the demo data and scripts, e.g. calcium-carbonate-500
    code          varchar(40)   not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          varchar(100)  not null,
    serving       varchar(30)   not null,
    calcium_mg    numeric(8, 2) not null default 0 check (calcium_mg between 0 and 2000),
    vitamin_d_ug  numeric(8, 3) not null default 0 check (vitamin_d_ug between 0 and 2500),
    vitamin_k_ug  numeric(8, 2) not null default 0 check (vitamin_k_ug between 0 and 50000),
    magnesium_mg  numeric(8, 2) not null default 0 check (magnesium_mg between 0 and 1000),
    epa_mg        numeric(8, 2) not null default 0 check (epa_mg between 0 and 5000),
    dha_mg        numeric(8, 2) not null default 0 check (dha_mg between 0 and 5000),
    protein_g     numeric(6, 2) not null default 0 check (protein_g between 0 and 100),
    -- the warfarin safety flag needs to know which supplements carry vitamin K
    contains_vitamin_k boolean generated always as (vitamin_k_ug > 0) stored,
    -- retired presets stay for the entries that used them but are no longer offered
    active        boolean       not null default true,
    updated_at    timestamptz   not null default now(),
    version       bigint        not null default 0,
    check (calcium_mg + vitamin_d_ug + vitamin_k_ug + magnesium_mg + epa_mg + dha_mg + protein_g > 0)
);

create unique index supplement_presets_name_key on supplement_presets (lower(name));

insert into supplement_presets (code, name, serving, calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_mg, dha_mg, protein_g)
values ('calcium-carbonate-500', 'Calcium carbonate, 500 mg calcium', 'tablet', 500, 0, 0, 0, 0, 0, 0),
       ('calcium-citrate-315', 'Calcium citrate, 315 mg calcium', 'tablet', 315, 0, 0, 0, 0, 0, 0),
       ('vitamin-d3-1000-iu', 'Vitamin D3, 1000 IU (25 µg)', 'capsule', 0, 25, 0, 0, 0, 0, 0),
       ('vitamin-d3-2000-iu', 'Vitamin D3, 2000 IU (50 µg)', 'capsule', 0, 50, 0, 0, 0, 0, 0),
       ('vitamin-k2-mk7-100', 'Vitamin K2 (MK-7), 100 µg', 'capsule', 0, 0, 100, 0, 0, 0, 0),
       ('vitamin-k2-mk7-180', 'Vitamin K2 (MK-7), 180 µg', 'capsule', 0, 0, 180, 0, 0, 0, 0),
       ('magnesium-200', 'Magnesium, 200 mg', 'tablet', 0, 0, 0, 200, 0, 0, 0),
       ('fish-oil-epa-180-dha-120', 'Fish oil, EPA 180 mg + DHA 120 mg', 'capsule', 0, 0, 0, 0, 180, 120, 0),
       ('protein-powder-25', 'Protein powder, 25 g protein', 'scoop', 0, 0, 0, 0, 0, 0, 25);
