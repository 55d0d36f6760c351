-- Audit: an append-only trail of sign-ins, account changes and reads or changes of patient data.

create table audit_events (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    actor_id     bigint,
    actor_email  varchar(254),
    action       varchar(64)  not null,
    patient_id   bigint,
    details      varchar(1000)
);

create index audit_events_occurred_idx on audit_events (occurred_at desc);
create index audit_events_actor_idx on audit_events (actor_id, occurred_at desc);
create index audit_events_patient_idx on audit_events (patient_id, occurred_at desc);
create index audit_events_action_idx on audit_events (action, occurred_at desc);

-- Rows are never changed or removed: the database refuses it, whatever the application does.
create function audit_events_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_events is append-only';
end;
$$;

create trigger audit_events_no_update_or_delete
    before update or delete on audit_events
    for each row execute function audit_events_refuse_change();

create trigger audit_events_no_truncate
    before truncate on audit_events
    for each statement execute function audit_events_refuse_change();
