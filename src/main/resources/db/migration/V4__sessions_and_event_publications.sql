-- Infrastructure tables owned by libraries, created here so Flyway stays the only schema owner.

-- Spring Session JDBC: HTTP sessions in PostgreSQL, shared by all app instances.
create table spring_session (
    primary_id             char(36)     not null primary key,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  integer      not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100)
);

create unique index spring_session_session_id_key on spring_session (session_id);
create index spring_session_expiry_idx on spring_session (expiry_time);
create index spring_session_principal_idx on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    primary key (session_primary_id, attribute_name)
);

-- Spring Modulith event publication registry: a listener's work survives a crash or restart.
create table event_publication (
    id                      uuid        not null primary key,
    listener_id             text        not null,
    event_type              text        not null,
    serialized_event        text        not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     integer,
    last_resubmission_date  timestamptz
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_completion_date_idx on event_publication (completion_date);
