-- Every request moves its session's last access and expiry times (Spring Session JDBC). With
-- expiry_time indexed, each of those updates wrote a new row version and new entries in all three
-- indexes: on the bench, 465,000 dead versions of a few hundred sessions, which every session
-- lookup then had to step over until a vacuum ran (issue 9, bench/README.md). Without that index,
-- and with room left on each page, the update is a heap-only (HOT) update that the next visit to
-- the page cleans up. The expired-session cleanup (once a minute per instance) reads the whole
-- table instead, which is a few pages per thousand sessions.
drop index spring_session_expiry_idx;
alter table spring_session set (fillfactor = 50);
