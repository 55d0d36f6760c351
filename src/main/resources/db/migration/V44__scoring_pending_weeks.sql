-- Scoring: weeks whose data changed and that wait to be scored again. Listeners only mark a
-- (patient, week) here; a worker scores the marks in batches and removes them in the same
-- transaction. An import of three years publishes hundreds of events, but each week is marked
-- once however many events touch it, so it is scored once per batch, not once per event.

create table scoring_pending_weeks (
    patient_id  bigint      not null references users (id) on delete cascade,
    -- the Monday of the ISO week, in the patient's calendar
    week_start  date        not null check (extract(isodow from week_start) = 1),
    marked_at   timestamptz not null,
    primary key (patient_id, week_start)
);
