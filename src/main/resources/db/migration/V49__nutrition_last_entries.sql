-- Each patient's latest logged day and latest day with a vitamin K supplement, kept by a trigger in
-- the same transaction as every change to her entries (page, import, erasure alike). The care-team
-- list probed every patient's entries for both (about 4.5 ms of PostgreSQL for a list of 500, on
-- every view of the list); it now reads one small row per patient (issue 9, bench/README.md).

create table nutrition_last_entries (
    patient_id                   bigint primary key references users (id) on delete cascade,
    last_eaten_on                date not null,
    -- a supplement entry with vitamin K (a warfarin interaction the safety flag looks for)
    last_vitamin_k_supplement_on date
);

-- One patient's row from her entries, after an entry moved, changed or went away. Only updates or
-- deletes an existing row, so it never writes a row for a patient whose account is being deleted.
create function nutrition_last_entries_recompute(patient bigint) returns void
    language plpgsql as $$
declare
    latest date := (select max(eaten_on) from nutrition_entries where patient_id = patient);
begin
    if latest is null then
        delete from nutrition_last_entries where patient_id = patient;
    else
        update nutrition_last_entries
           set last_eaten_on = latest,
               last_vitamin_k_supplement_on = (select max(eaten_on) from nutrition_entries
                                               where patient_id = patient and supplemental and vitamin_k_ug > 0)
         where patient_id = patient;
    end if;
end $$;

create function nutrition_last_entries_follow() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform nutrition_last_entries_recompute(old.patient_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into nutrition_last_entries (patient_id, last_eaten_on, last_vitamin_k_supplement_on)
        values (new.patient_id, new.eaten_on,
                case when new.supplemental and new.vitamin_k_ug > 0 then new.eaten_on end)
        on conflict (patient_id) do update
            set last_eaten_on = greatest(nutrition_last_entries.last_eaten_on, excluded.last_eaten_on),
                last_vitamin_k_supplement_on = greatest(nutrition_last_entries.last_vitamin_k_supplement_on,
                                                        excluded.last_vitamin_k_supplement_on);
    end if;
    return null;
end $$;

create trigger nutrition_entries_last_entry
    after insert or update or delete on nutrition_entries
    for each row execute function nutrition_last_entries_follow();

-- Every patient's row from scratch (this migration, and bulk loads that bypass triggers).
create function nutrition_last_entries_rebuild() returns void
    language sql as $$
    delete from nutrition_last_entries;
    insert into nutrition_last_entries (patient_id, last_eaten_on, last_vitamin_k_supplement_on)
    select patient_id, max(eaten_on), max(eaten_on) filter (where supplemental and vitamin_k_ug > 0)
    from nutrition_entries group by patient_id;
$$;

select nutrition_last_entries_rebuild();
