-- Scoring: a batch claims its marks in a short transaction and scores them in another, so that a
-- patient's write, which marks its week, never waits for a batch being scored (issue 9: the marks
-- were locked for the whole batch, and an API post waited hundreds of milliseconds for it).

alter table scoring_pending_weeks
    -- bumped each time the week is marked again: a batch deletes a mark only if no change came
    -- after it claimed it, otherwise it leaves the mark for the next run
    add column version       bigint      not null default 0,
    -- while in the future, a batch is scoring the week and no other takes it; a batch that died
    -- leaves its marks to be taken again once this has passed (null: not claimed)
    add column claimed_until timestamptz;
