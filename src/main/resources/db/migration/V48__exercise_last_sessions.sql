-- Each patient's latest session date, kept by a trigger in the same transaction as every change to
-- her sessions (page, API, import, erasure alike). The care-team list read it with one index probe
-- per patient (about 3.5 ms of PostgreSQL for a list of 500, on every view of the list); it now
-- reads one small row per patient (issue 9, bench/README.md).

create table exercise_last_sessions (
    patient_id      bigint primary key references users (id) on delete cascade,
    last_session_on date not null
);

-- One patient's row from her sessions: used after a session moved or went away (it may have been
-- the latest) and to fill the table. Only updates or deletes an existing row, so it never writes a
-- row for a patient whose account is being deleted (the cascade removes the row itself).
create function exercise_last_sessions_recompute(patient bigint) returns void
    language plpgsql as $$
declare
    latest date := (select max(session_date) from exercise_sessions where patient_id = patient);
begin
    if latest is null then
        delete from exercise_last_sessions where patient_id = patient;
    else
        update exercise_last_sessions set last_session_on = latest where patient_id = patient;
    end if;
end $$;

create function exercise_last_sessions_follow() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform exercise_last_sessions_recompute(old.patient_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into exercise_last_sessions (patient_id, last_session_on)
        values (new.patient_id, new.session_date)
        on conflict (patient_id) do update
            set last_session_on = greatest(exercise_last_sessions.last_session_on, excluded.last_session_on);
    end if;
    return null;
end $$;

create trigger exercise_sessions_last_session
    after insert or update of patient_id, session_date or delete on exercise_sessions
    for each row execute function exercise_last_sessions_follow();

-- Every patient's row from scratch (this migration, and bulk loads that bypass triggers).
create function exercise_last_sessions_rebuild() returns void
    language sql as $$
    delete from exercise_last_sessions;
    insert into exercise_last_sessions (patient_id, last_session_on)
    select patient_id, max(session_date) from exercise_sessions group by patient_id;
$$;

select exercise_last_sessions_rebuild();
