-- The summary row of V51 was rebuilt from sixteen index probes of weekly_scores for every week
-- scored whose figures changed: each pending week the worker scores paid it, about as much
-- PostgreSQL time as storing the week itself (issue 9, bench/README.md). A stored or rescored week
-- now changes its own position of the row in place, or moves the row on to a newer latest week;
-- only deletes and moved keys (erasure, rare) still rebuild the row from the weeks.
--
-- The row is read FOR UPDATE first: two transactions scoring weeks of one patient change it one
-- after the other, each from the other's committed row.

create or replace function weekly_score_recents_follow() returns trigger
    language plpgsql as $$
declare
    recent weekly_score_recents%rowtype;
    gap int;
    pos int;
begin
    if tg_op = 'UPDATE' and old.patient_id = new.patient_id and old.week_start = new.week_start
       and old.total = new.total and old.in_progress = new.in_progress
       and old.upper_limit_warning = new.upper_limit_warning then
        return null; -- rescored with the same figures: findings or times only
    end if;
    if tg_op = 'DELETE'
       or (tg_op = 'UPDATE' and (old.patient_id <> new.patient_id or old.week_start <> new.week_start)) then
        perform weekly_score_recents_recompute(old.patient_id, false);
        if tg_op = 'UPDATE' then
            perform weekly_score_recents_recompute(new.patient_id, true);
        end if;
        return null;
    end if;

    select * into recent from weekly_score_recents where patient_id = new.patient_id for update;
    if not found then
        perform weekly_score_recents_recompute(new.patient_id, true);
        return null;
    end if;
    if new.week_start > recent.latest_week then
        -- a newer latest week: it takes position 0, the weeks between are not stored (null), and
        -- the older positions move back by the gap (those past 16 weeks drop off)
        gap := (new.week_start - recent.latest_week) / 7;
        update weekly_score_recents
           set latest_week = new.week_start,
               totals = (array[new.total] || array_fill(null::smallint, array[gap - 1]) || recent.totals)[1:16],
               in_progress = (array[new.in_progress] || array_fill(null::boolean, array[gap - 1])
                   || recent.in_progress)[1:16],
               upper_limit_warnings = (array[new.upper_limit_warning] || array_fill(null::boolean, array[gap - 1])
                   || recent.upper_limit_warnings)[1:16]
         where patient_id = new.patient_id;
    else
        pos := (recent.latest_week - new.week_start) / 7 + 1; -- arrays count from 1
        if pos <= 16 then
            update weekly_score_recents
               set totals[pos] = new.total, in_progress[pos] = new.in_progress,
                   upper_limit_warnings[pos] = new.upper_limit_warning
             where patient_id = new.patient_id;
        end if;
    end if;
    return null;
end $$;
