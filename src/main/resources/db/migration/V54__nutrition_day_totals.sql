-- Each patient's day totals, kept by a trigger in the same transaction as every change to her
-- entries. Scoring summed the entries of every week it scored through nutrition_entry_amounts
-- (about sixty entries and their foods a week: the largest read of the pending-weeks worker, about
-- a third of a millisecond of PostgreSQL per logged session in the bench); it now reads seven rows.
-- The view stays the one place that says how an entry turns into nutrients: a day's row is always
-- recomputed from it, never adjusted by hand. Foods change only by migration; one that changes
-- them calls nutrition_day_totals_rebuild() (issue 9, bench/README.md).

create table nutrition_day_totals (
    patient_id                bigint  not null references users (id) on delete cascade,
    eaten_on                  date    not null,
    entry_count               integer not null check (entry_count > 0),
    -- a sum over the day's known amounts; null when no entry of the day knows the nutrient
    calcium_mg                numeric,
    vitamin_d_ug              numeric,
    vitamin_k_ug              numeric,
    magnesium_mg              numeric,
    supplemental_magnesium_mg numeric not null,
    epa_dha_mg                numeric,
    protein_g                 numeric,
    -- some entry of the day does not know the nutrient
    calcium_unknown           boolean not null,
    vitamin_d_unknown         boolean not null,
    vitamin_k_unknown         boolean not null,
    magnesium_unknown         boolean not null,
    epa_dha_unknown           boolean not null,
    protein_unknown           boolean not null,
    vitamin_k_supplement      boolean not null,
    primary key (patient_id, eaten_on)
);

-- The day sums of the entries, one row per patient-day: the trigger reads one day of it, the
-- rebuild all of it (a condition on patient and day reaches the entries' index through the grouping).
create view nutrition_day_sums as
select a.patient_id, a.eaten_on,
       cast(count(*) as integer) as entry_count,
       sum(a.calcium_mg) as calcium_mg,
       sum(a.vitamin_d_ug) as vitamin_d_ug,
       sum(a.vitamin_k_ug) as vitamin_k_ug,
       sum(a.magnesium_mg) as magnesium_mg,
       coalesce(sum(a.magnesium_mg) filter (where a.supplemental), 0) as supplemental_magnesium_mg,
       sum(a.epa_dha_mg) as epa_dha_mg,
       sum(a.protein_g) as protein_g,
       bool_or(a.calcium_mg is null) as calcium_unknown,
       bool_or(a.vitamin_d_ug is null) as vitamin_d_unknown,
       bool_or(a.vitamin_k_ug is null) as vitamin_k_unknown,
       bool_or(a.magnesium_mg is null) as magnesium_unknown,
       bool_or(a.epa_dha_mg is null) as epa_dha_unknown,
       bool_or(a.protein_g is null) as protein_unknown,
       coalesce(bool_or(a.supplemental and a.vitamin_k_ug > 0), false) as vitamin_k_supplement
from nutrition_entry_amounts a
group by a.patient_id, a.eaten_on;

-- One day's row from its entries. The row is locked before the entries are read: under read
-- committed the read then sees what a concurrent change to the same day committed, so two
-- transactions logging meals on one day never leave a total without the other's entry.
-- may_insert is false after a delete: a patient whose account is being deleted must not get a row
-- again (the cascade removes it).
create function nutrition_day_totals_recompute(patient bigint, day date, may_insert boolean) returns void
    language plpgsql as $$
declare
    t record;
begin
    if may_insert then
        insert into nutrition_day_totals (patient_id, eaten_on, entry_count, supplemental_magnesium_mg,
                                          calcium_unknown, vitamin_d_unknown, vitamin_k_unknown, magnesium_unknown,
                                          epa_dha_unknown, protein_unknown, vitamin_k_supplement)
        values (patient, day, 1, 0, false, false, false, false, false, false, false)
        on conflict (patient_id, eaten_on) do nothing;
    end if;
    perform 1 from nutrition_day_totals where patient_id = patient and eaten_on = day for update;
    if not found then
        return;
    end if;
    select * into t from nutrition_day_sums where patient_id = patient and eaten_on = day;
    if not found then
        delete from nutrition_day_totals where patient_id = patient and eaten_on = day;
    else
        update nutrition_day_totals
           set entry_count = t.entry_count, calcium_mg = t.calcium_mg, vitamin_d_ug = t.vitamin_d_ug,
               vitamin_k_ug = t.vitamin_k_ug, magnesium_mg = t.magnesium_mg,
               supplemental_magnesium_mg = t.supplemental_magnesium_mg, epa_dha_mg = t.epa_dha_mg,
               protein_g = t.protein_g, calcium_unknown = t.calcium_unknown,
               vitamin_d_unknown = t.vitamin_d_unknown, vitamin_k_unknown = t.vitamin_k_unknown,
               magnesium_unknown = t.magnesium_unknown, epa_dha_unknown = t.epa_dha_unknown,
               protein_unknown = t.protein_unknown, vitamin_k_supplement = t.vitamin_k_supplement
         where patient_id = patient and eaten_on = day;
    end if;
end $$;

create function nutrition_day_totals_follow() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE'
       or (tg_op = 'UPDATE' and (old.patient_id <> new.patient_id or old.eaten_on <> new.eaten_on)) then
        perform nutrition_day_totals_recompute(old.patient_id, old.eaten_on, false);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform nutrition_day_totals_recompute(new.patient_id, new.eaten_on, true);
    end if;
    return null;
end $$;

create trigger nutrition_entries_day_totals
    after insert or update or delete on nutrition_entries
    for each row execute function nutrition_day_totals_follow();

-- Every day's row from scratch (this migration, a migration that changes foods, and bulk loads
-- that bypass triggers).
create function nutrition_day_totals_rebuild() returns void
    language sql as $$
    delete from nutrition_day_totals;
    insert into nutrition_day_totals (patient_id, eaten_on, entry_count, calcium_mg, vitamin_d_ug, vitamin_k_ug,
                                      magnesium_mg, supplemental_magnesium_mg, epa_dha_mg, protein_g,
                                      calcium_unknown, vitamin_d_unknown, vitamin_k_unknown, magnesium_unknown,
                                      epa_dha_unknown, protein_unknown, vitamin_k_supplement)
    select patient_id, eaten_on, entry_count, calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg,
           supplemental_magnesium_mg, epa_dha_mg, protein_g, calcium_unknown, vitamin_d_unknown, vitamin_k_unknown,
           magnesium_unknown, epa_dha_unknown, protein_unknown, vitamin_k_supplement
      from nutrition_day_sums;
$$;

select nutrition_day_totals_rebuild();
