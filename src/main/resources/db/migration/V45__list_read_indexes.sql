-- Indexes for the care-team list, found with EXPLAIN (ANALYZE, BUFFERS) on the 1,000-patient bench
-- database (issue 9).

-- "Took a vitamin K supplement in the last weeks" probed each patient's entries of those weeks and
-- filtered them (about 150 rows per patient, 10 ms for a list of 500). Supplement entries with
-- vitamin K are few: a partial index finds them directly (about 1 ms for 500).
create index nutrition_entries_vitamin_k_supplement_idx
    on nutrition_entries (patient_id, eaten_on)
    where supplemental and vitamin_k_ug > 0;

-- The list's recent totals and upper-limit weeks read three small columns of about eight weeks per
-- patient; the rows also hold each week's findings, so every week cost a heap visit. With the
-- columns in the index the read is index-only where the table is vacuumed.
create index weekly_scores_recent_idx
    on weekly_scores (patient_id, week_start)
    include (total, in_progress, upper_limit_warning);
