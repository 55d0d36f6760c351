-- Each patient's latest 16 stored weeks in one row, kept by a trigger in the same transaction as
-- every change to her weekly scores. The care-team list read the recent totals and upper-limit
-- weeks of 500 patients with one index descent each (about 5 ms of PostgreSQL per view of the
-- list); it now reads one row per patient, and only windows reaching further back than 16 weeks
-- (the rule parameters allow up to 52) still read the weeks themselves (issue 9, bench/README.md).
--
-- Position i of each array is the week i weeks before latest_week (0: latest_week itself); a week
-- not stored is null in all three arrays.

create table weekly_score_recents (
    patient_id           bigint     primary key references users (id) on delete cascade,
    latest_week          date       not null check (extract(isodow from latest_week) = 1),
    totals               smallint[] not null check (cardinality(totals) = 16),
    in_progress          boolean[]  not null check (cardinality(in_progress) = 16),
    upper_limit_warnings boolean[]  not null check (cardinality(upper_limit_warnings) = 16)
);

-- One patient's row from her stored weeks. may_insert is false after a delete: a patient whose
-- account is being deleted must not get a row again (the cascade removes it).
create function weekly_score_recents_recompute(patient bigint, may_insert boolean) returns void
    language plpgsql as $$
declare
    latest date := (select max(week_start) from weekly_scores where patient_id = patient);
    t smallint[];
    p boolean[];
    u boolean[];
begin
    if latest is null then
        delete from weekly_score_recents where patient_id = patient;
        return;
    end if;
    select array_agg(s.total order by g.i), array_agg(s.in_progress order by g.i),
           array_agg(s.upper_limit_warning order by g.i)
      into t, p, u
      from generate_series(0, 15) as g(i)
      left join weekly_scores s on s.patient_id = patient and s.week_start = latest - 7 * g.i;
    if may_insert then
        insert into weekly_score_recents (patient_id, latest_week, totals, in_progress, upper_limit_warnings)
        values (patient, latest, t, p, u)
        on conflict (patient_id) do update
            set latest_week = excluded.latest_week, totals = excluded.totals, in_progress = excluded.in_progress,
                upper_limit_warnings = excluded.upper_limit_warnings;
    else
        update weekly_score_recents
           set latest_week = latest, totals = t, in_progress = p, upper_limit_warnings = u
         where patient_id = patient;
    end if;
end $$;

create function weekly_score_recents_follow() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.patient_id = new.patient_id and old.week_start = new.week_start
       and old.total = new.total and old.in_progress = new.in_progress
       and old.upper_limit_warning = new.upper_limit_warning then
        return null; -- rescored with the same figures: findings or times only
    end if;
    if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.patient_id <> new.patient_id) then
        perform weekly_score_recents_recompute(old.patient_id, false);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform weekly_score_recents_recompute(new.patient_id, true);
    end if;
    return null;
end $$;

create trigger weekly_scores_recents
    after insert or update or delete on weekly_scores
    for each row execute function weekly_score_recents_follow();

-- Every patient's row from scratch (this migration, and bulk loads that bypass triggers).
create function weekly_score_recents_rebuild() returns void
    language plpgsql as $$
declare
    patient bigint;
begin
    delete from weekly_score_recents;
    for patient in select distinct patient_id from weekly_scores loop
        perform weekly_score_recents_recompute(patient, true);
    end loop;
end $$;

select weekly_score_recents_rebuild();
