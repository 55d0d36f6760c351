-- Each patient's latest body weight, kept by a trigger in the same transaction as every change to
-- her weights. Reading profiles with their latest weight took one index descent per patient (about
-- 1.7 ms of PostgreSQL for the 500 of a care-team list); it is now a join on one row per patient
-- (issue 9, bench/README.md).

create table latest_body_weights (
    patient_id  bigint       primary key references users (id) on delete cascade,
    measured_on date         not null,
    weight_kg   numeric(5,2) not null
);

-- One patient's row from her weights. may_insert is false after a delete: a patient whose account
-- is being deleted must not get a row again (the cascade removes it).
create function latest_body_weights_recompute(patient bigint, may_insert boolean) returns void
    language plpgsql as $$
declare
    latest record;
begin
    select measured_on, weight_kg into latest from body_weights
     where patient_id = patient order by measured_on desc limit 1;
    if not found then
        delete from latest_body_weights where patient_id = patient;
    elsif may_insert then
        insert into latest_body_weights (patient_id, measured_on, weight_kg)
        values (patient, latest.measured_on, latest.weight_kg)
        on conflict (patient_id) do update set measured_on = excluded.measured_on, weight_kg = excluded.weight_kg;
    else
        update latest_body_weights set measured_on = latest.measured_on, weight_kg = latest.weight_kg
         where patient_id = patient;
    end if;
end $$;

create function latest_body_weights_follow() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.patient_id <> new.patient_id) then
        perform latest_body_weights_recompute(old.patient_id, false);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform latest_body_weights_recompute(new.patient_id, true);
    end if;
    return null;
end $$;

create trigger body_weights_latest
    after insert or update or delete on body_weights
    for each row execute function latest_body_weights_follow();

-- Every patient's row from scratch (this migration, and bulk loads that bypass triggers).
create function latest_body_weights_rebuild() returns void
    language sql as $$
    delete from latest_body_weights;
    insert into latest_body_weights (patient_id, measured_on, weight_kg)
    select distinct on (patient_id) patient_id, measured_on, weight_kg
    from body_weights order by patient_id, measured_on desc;
$$;

select latest_body_weights_rebuild();
