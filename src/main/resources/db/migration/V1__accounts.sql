-- Accounts: users of all three roles, their invitations and personal access tokens.

create table users (
    id              bigint generated always as identity primary key,
    email           varchar(254) not null,
    display_name    varchar(100) not null,
    role            varchar(16)  not null check (role in ('PATIENT', 'CLINICIAN', 'ADMIN')),
    -- null until the invited person sets a password
    password_hash   varchar(255),
    enabled         boolean      not null default true,
    failed_logins   integer      not null default 0 check (failed_logins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);

-- e-mail addresses are compared case-insensitively
create unique index users_email_key on users (lower(email));
create index users_role_idx on users (role);

create table invitations (
    id          bigint generated always as identity primary key,
    user_id     bigint      not null references users (id) on delete cascade,
    -- SHA-256 of the random token; the token itself is only ever shown to the creator
    token_hash  varchar(64) not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_by  bigint      references users (id) on delete set null,
    created_at  timestamptz not null
);

create index invitations_user_idx on invitations (user_id);

create table personal_access_tokens (
    id            bigint generated always as identity primary key,
    user_id       bigint       not null references users (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    varchar(64)  not null unique,
    -- last characters of the token, so its owner can tell tokens apart
    token_hint    varchar(8)   not null,
    created_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

create index personal_access_tokens_user_idx on personal_access_tokens (user_id);
