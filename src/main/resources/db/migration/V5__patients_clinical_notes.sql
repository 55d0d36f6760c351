-- Notes a care-team clinician writes about a patient; some are shared with the patient.

create table clinical_notes (
    id                   bigint generated always as identity primary key,
    patient_id           bigint        not null references users (id) on delete cascade,
    clinician_id         bigint        references users (id) on delete set null,
    body                 varchar(4000) not null check (length(trim(body)) > 0),
    shared_with_patient  boolean       not null default false,
    created_at           timestamptz   not null
);

create index clinical_notes_patient_idx on clinical_notes (patient_id, created_at desc);
