-- Guidance articles: every save is a new immutable version with its author; an article shows its
-- published version to readers, and admins may restore any older one.

create table guidance_articles (
    id                 bigint generated always as identity primary key,
    slug               varchar(80) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    latest_version     integer     not null check (latest_version >= 1),
    -- null until first published
    published_version  integer     check (published_version between 1 and latest_version),
    published_at       timestamptz,
    created_at         timestamptz not null,
    -- optimistic locking: two admins editing the same article
    version            bigint      not null default 0,
    check ((published_version is null) = (published_at is null))
);

create table guidance_article_versions (
    id              bigint generated always as identity primary key,
    article_id      bigint        not null references guidance_articles (id) on delete cascade,
    number          integer       not null check (number >= 1),
    title           varchar(150)  not null check (length(trim(title)) > 0),
    audience        varchar(16)   not null check (audience in ('PATIENT', 'CLINICIAN', 'BOTH')),
    body_markdown   text          not null check (length(body_markdown) <= 100000),
    author_id       bigint        references users (id) on delete set null,
    author_name     varchar(100)  not null,
    created_at      timestamptz   not null,
    -- set when this version was made by restoring an older one
    restored_from   integer,
    unique (article_id, number)
);

alter table guidance_articles
    add constraint guidance_articles_published_version_fk
        foreign key (id, published_version) references guidance_article_versions (article_id, number)
        deferrable initially deferred;

alter table guidance_articles
    add constraint guidance_articles_latest_version_fk
        foreign key (id, latest_version) references guidance_article_versions (article_id, number)
        deferrable initially deferred;
