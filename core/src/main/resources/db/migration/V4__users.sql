-- The local user store (profile `local`): BCrypt password hashes; production authenticates
-- through an OIDC provider and only the role and unit claims matter there.
CREATE TABLE app_user (
    id            UUID PRIMARY KEY,
    username      TEXT        NOT NULL UNIQUE,
    display_name  TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('REPORTER', 'EDITOR', 'EDITOR_IN_CHIEF', 'PRODUCER',
                                                       'UNIT_ADMIN', 'ANALYST', 'SYSTEM_ADMIN')),
    unit_id       TEXT        NOT NULL REFERENCES unit (id),
    enabled       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
