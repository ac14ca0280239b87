from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "access_version" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL
) /* One counter per thing a cached access decision depends on (`account:<id>`, `user:<id>`, */;
CREATE TABLE IF NOT EXISTS "account_deletion" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36) NOT NULL,
    "account_name" VARCHAR(200) NOT NULL,
    "requested_by_id" CHAR(36),
    "status" VARCHAR(10) NOT NULL /* QUEUED: QUEUED\nRUNNING: RUNNING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED */,
    "rows_total" BIGINT NOT NULL,
    "rows_done" BIGINT NOT NULL,
    "users_deleted" INT NOT NULL,
    "error" TEXT,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP
) /* The visible status of an account deletion (large ones run as a worker job). */;
CREATE INDEX IF NOT EXISTS "idx_account_del_account_4fb977" ON "account_deletion" ("account_id");
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36),
    "actor_user_id" CHAR(36),
    "actor_token_id" CHAR(36),
    "actor_kind" VARCHAR(20) NOT NULL,
    "action" VARCHAR(80) NOT NULL,
    "target_type" VARCHAR(40),
    "target_id" VARCHAR(64),
    "outcome" VARCHAR(10) NOT NULL /* ALLOWED: ALLOWED\nREJECTED: REJECTED\nDENIED: DENIED */,
    "reason" VARCHAR(80),
    "ip" VARCHAR(64),
    "details" JSON NOT NULL
) /* Append-only trail. Plain ids, no foreign keys: events outlive what they describe. */;
CREATE INDEX IF NOT EXISTS "idx_audit_event_created_a87696" ON "audit_event" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_account_cf1cfe" ON "audit_event" ("account_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_u_6c2dc0" ON "audit_event" ("actor_user_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_target__197bf7" ON "audit_event" ("target_id");
CREATE TABLE IF NOT EXISTS "user" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "department" VARCHAR(200),
    "notification_email" VARCHAR(254),
    "password_hash" VARCHAR(255),
    "totp_secret_encrypted" TEXT,
    "totp_pending_secret_encrypted" TEXT,
    "totp_enabled_at" TIMESTAMP,
    "totp_recovery_codes" JSON,
    "activated_at" TIMESTAMP,
    "email_verified_at" TIMESTAMP,
    "last_login_at" TIMESTAMP,
    "is_platform_operator" INT NOT NULL,
    "terms_version" VARCHAR(40),
    "terms_accepted_at" TIMESTAMP,
    "privacy_version" VARCHAR(40),
    "privacy_accepted_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL
) /* One global identity. The e-mail is the login: unique everywhere, stored lower-cased. */;
CREATE INDEX IF NOT EXISTS "idx_user_last_lo_4a74bb" ON "user" ("last_login_at");
CREATE TABLE IF NOT EXISTS "account" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* ACTIVE: ACTIVE\nSETUP_IN_PROGRESS: SETUP_IN_PROGRESS\nDEACTIVATED: DEACTIVATED */,
    "language" VARCHAR(2) NOT NULL /* EN: en\nFR: fr */,
    "max_users" INT,
    "managed" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "host_id" CHAR(36) REFERENCES "account" ("id") ON DELETE SET NULL,
    "owner_id" CHAR(36) UNIQUE REFERENCES "user" ("id") ON DELETE RESTRICT
) /* A tenant. Hosted accounts point at their host; `managed` opens them to host members. */;
CREATE INDEX IF NOT EXISTS "idx_account_status_d97dc0" ON "account" ("status");
CREATE TABLE IF NOT EXISTS "account_domain" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "domain" VARCHAR(253) NOT NULL,
    "verification_token" VARCHAR(64) NOT NULL,
    "verified_domain" VARCHAR(253) UNIQUE,
    "verified_at" TIMESTAMP,
    "last_checked_at" TIMESTAMP,
    "created_by_id" CHAR(36),
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_account_dom_account_157875" UNIQUE ("account_id", "domain")
) /* A domain an account claims; verified by a DNS TXT record (services\/sso\/domains.py). */;
CREATE INDEX IF NOT EXISTS "idx_account_dom_domain_f28654" ON "account_domain" ("domain");
CREATE TABLE IF NOT EXISTS "account_security_policy" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "user_invitation_lifetime_seconds" INT,
    "client_setup_lifetime_seconds" INT,
    "require_two_factor" INT NOT NULL,
    "session_lifetime_seconds" INT,
    "allowed_email_domains" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "updated_by_id" CHAR(36),
    "account_id" CHAR(36) NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE CASCADE
) /* Per-account security settings (one row per account; absent = the service defaults). */;
CREATE TABLE IF NOT EXISTS "client" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "display_name" VARCHAR(200) NOT NULL,
    "partner_client_id" VARCHAR(100),
    "first_name" VARCHAR(100) NOT NULL,
    "last_name" VARCHAR(100) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "company" VARCHAR(200),
    "address" TEXT,
    "phone1" VARCHAR(40),
    "phone2" VARCHAR(40),
    "notes" TEXT,
    "permissions" JSON NOT NULL,
    "status" VARCHAR(14) NOT NULL /* POTENTIAL: POTENTIAL\nSITE_ASSIGNED: SITE_ASSIGNED\nINVITED: INVITED\nACTIVE: ACTIVE\nSUSPENDED: SUSPENDED */,
    "invited_at" TIMESTAMP,
    "first_login_at" TIMESTAMP,
    "suspended_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_client_account_fe14e4" UNIQUE ("account_id", "email")
) /* An account's customer. `status` is derived from the facts below, never set by hand. */;
CREATE INDEX IF NOT EXISTS "idx_client_status_f85554" ON "client" ("status");
CREATE TABLE IF NOT EXISTS "client_user" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: PENDING\nACTIVE: ACTIVE\nINACTIVE: INACTIVE */,
    "is_contact" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "client_id" CHAR(36) NOT NULL REFERENCES "client" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_client_user_client__9adbec" UNIQUE ("client_id", "user_id")
) /* A login of a client (seed 000): the contact created with the client, or added later. */;
CREATE INDEX IF NOT EXISTS "idx_client_user_user_id_6e8ec2" ON "client_user" ("user_id");
CREATE TABLE IF NOT EXISTS "export_job" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(14) NOT NULL /* USERS: USERS\nCLIENTS: CLIENTS\nAUDIT_EVENTS: AUDIT_EVENTS */,
    "status" VARCHAR(10) NOT NULL /* QUEUED: QUEUED\nRUNNING: RUNNING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED */,
    "filters" JSON NOT NULL,
    "with_bom" INT NOT NULL,
    "rows_done" BIGINT NOT NULL,
    "rows_total" BIGINT,
    "size_bytes" BIGINT,
    "file_path" VARCHAR(500),
    "error" TEXT,
    "attempts" INT NOT NULL,
    "started_at" TIMESTAMP,
    "heartbeat_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "expires_at" TIMESTAMP,
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "requested_by_id" CHAR(36) REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_export_job_status_db67f6" ON "export_job" ("status");
CREATE INDEX IF NOT EXISTS "idx_export_job_request_ccd24e" ON "export_job" ("requested_by_id");
CREATE TABLE IF NOT EXISTS "invitation" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* USER_ACTIVATION: USER_ACTIVATION\nCLIENT_SETUP: CLIENT_SETUP\nACCOUNT_SETUP: ACCOUNT_SETUP\nPASSWORD_RESET: PASSWORD_RESET */,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "status" VARCHAR(10) NOT NULL /* PENDING: PENDING\nACCEPTED: ACCEPTED\nEXPIRED: EXPIRED\nREVOKED: REVOKED */,
    "email" VARCHAR(254) NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "accepted_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "delivery_status" VARCHAR(10) NOT NULL /* NOT_SENT: NOT_SENT\nQUEUED: QUEUED\nSENT: SENT\nFAILED: FAILED */,
    "sent_at" TIMESTAMP,
    "custom_message" TEXT,
    "account_id" CHAR(36) REFERENCES "account" ("id") ON DELETE CASCADE,
    "client_id" CHAR(36) REFERENCES "client" ("id") ON DELETE CASCADE,
    "client_user_id" CHAR(36) REFERENCES "client_user" ("id") ON DELETE CASCADE,
    "created_by_id" CHAR(36) REFERENCES "user" ("id") ON DELETE SET NULL,
    "user_id" CHAR(36) REFERENCES "user" ("id") ON DELETE CASCADE
) /* A single-use secret link. Only the SHA-256 of the token is stored. */;
CREATE INDEX IF NOT EXISTS "idx_invitation_created_37f1aa" ON "invitation" ("created_by_id");
CREATE INDEX IF NOT EXISTS "idx_invitation_user_id_3a88c8" ON "invitation" ("user_id");
CREATE INDEX IF NOT EXISTS "idx_invitation_status_10a34e" ON "invitation" ("status", "expires_at");
CREATE TABLE IF NOT EXISTS "outbox_email" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "template" VARCHAR(60) NOT NULL,
    "to_email" VARCHAR(254) NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "payload_encrypted" TEXT NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: PENDING\nSENT: SENT\nFAILED: FAILED */,
    "attempts" INT NOT NULL,
    "last_error" TEXT,
    "next_attempt_at" TIMESTAMP,
    "claimed_at" TIMESTAMP,
    "sent_at" TIMESTAMP,
    "account_id" CHAR(36),
    "invitation_id" CHAR(36) REFERENCES "invitation" ("id") ON DELETE SET NULL
) /* An e-mail the service owes, written in the transaction of the change that causes it. */;
CREATE INDEX IF NOT EXISTS "idx_outbox_emai_status_40e2f1" ON "outbox_email" ("status");
CREATE INDEX IF NOT EXISTS "idx_outbox_emai_status_97759f" ON "outbox_email" ("status", "next_attempt_at");
CREATE TABLE IF NOT EXISTS "resource" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(4) NOT NULL /* APP: APP\nSITE: SITE */,
    "name" VARCHAR(200) NOT NULL,
    "url" VARCHAR(2000),
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_resource_account_b2c6cc" UNIQUE ("account_id", "kind", "name")
) /* What an account's access is scoped to: an app (seed 003) or a site (seed 002). */;
CREATE TABLE IF NOT EXISTS "client_resource" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "permissions" JSON NOT NULL,
    "client_id" CHAR(36) NOT NULL REFERENCES "client" ("id") ON DELETE CASCADE,
    "resource_id" CHAR(36) NOT NULL REFERENCES "resource" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_client_reso_client__5dc1a0" UNIQUE ("client_id", "resource_id")
) /* A resource assigned to a client, with its own permission set. */;
CREATE TABLE IF NOT EXISTS "role" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "key" VARCHAR(60) UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(12) NOT NULL /* PREDEFINED: PREDEFINED\nCUSTOM: CUSTOM\nTEMPORARY: TEMPORARY */,
    "template_key" VARCHAR(60),
    "capabilities" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36) REFERENCES "account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_role_account_43fdf9" UNIQUE ("account_id", "name")
) /* A named set of capability levels. Predefined roles have no account. */;
CREATE TABLE IF NOT EXISTS "api_token" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* API: API\nSERVER_TO_SERVER: SERVER_TO_SERVER */,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "prefix" VARCHAR(16) NOT NULL,
    "last_used_at" TIMESTAMP,
    "rate_limit_per_minute" INT,
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "created_by_id" CHAR(36) REFERENCES "user" ("id") ON DELETE SET NULL,
    "role_id" CHAR(36) NOT NULL REFERENCES "role" ("id") ON DELETE RESTRICT
) /* An account-scoped integration token acting with a role chosen at creation. */;
CREATE INDEX IF NOT EXISTS "idx_api_token_created_ee6b59" ON "api_token" ("created_by_id");
CREATE TABLE IF NOT EXISTS "membership" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(10) NOT NULL /* ACTIVE: ACTIVE\nINACTIVE: INACTIVE */,
    "apps_all_current_and_future" INT NOT NULL,
    "app_ids" JSON NOT NULL,
    "include_future_apps" INT NOT NULL,
    "media_sources_all" INT NOT NULL,
    "media_sources" JSON NOT NULL,
    "geos_all" INT NOT NULL,
    "geos" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "role_id" CHAR(36) NOT NULL REFERENCES "role" ("id") ON DELETE RESTRICT,
    "user_id" CHAR(36) NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_membership_account_a8d9d0" UNIQUE ("account_id", "user_id")
) /* A user in an account, with a role and three independent access dimensions (seed 003). */;
CREATE INDEX IF NOT EXISTS "idx_membership_user_id_550878" ON "membership" ("user_id");
CREATE TABLE IF NOT EXISTS "session" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "kind" VARCHAR(14) NOT NULL /* USER: USER\nIMPERSONATION: IMPERSONATION */,
    "expires_at" TIMESTAMP NOT NULL,
    "last_used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(300),
    "access_expires_at" TIMESTAMP,
    "revoked_reason" VARCHAR(40),
    "impersonated_client_id" CHAR(36) REFERENCES "client" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* A bearer session. Impersonation sessions are read-only views of one client. */;
CREATE INDEX IF NOT EXISTS "idx_session_expires_823c67" ON "session" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_session_user_id_23ddbc" ON "session" ("user_id");
CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "used_at" TIMESTAMP,
    "session_id" CHAR(36) NOT NULL REFERENCES "session" ("id") ON DELETE CASCADE
) /* One refresh token of a session (the family). Used once: refreshing marks it used and */;
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_session_e0eedc" ON "refresh_token" ("session_id");
CREATE TABLE IF NOT EXISTS "sso_connection" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "client_id" VARCHAR(255) NOT NULL,
    "client_secret_encrypted" TEXT NOT NULL,
    "metadata" JSON NOT NULL,
    "enabled" INT NOT NULL,
    "auto_join" INT NOT NULL,
    "require_sso" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "updated_by_id" CHAR(36),
    "default_role_id" CHAR(36) REFERENCES "role" ("id") ON DELETE SET NULL,
    "account_id" CHAR(36) NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE CASCADE
) /* An account's OpenID Connect provider and its single sign-on settings (one per account). */;
CREATE TABLE IF NOT EXISTS "sso_identity" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "linked_by" VARCHAR(20) NOT NULL,
    "last_login_at" TIMESTAMP,
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sso_identit_account_cd0218" UNIQUE ("account_id", "issuer", "subject"),
    CONSTRAINT "uid_sso_identit_account_df5419" UNIQUE ("account_id", "user_id")
) /* A user linked to a provider subject (`iss` + `sub`) by one account's connection. */;
CREATE TABLE IF NOT EXISTS "sso_link_approval" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "approved_by_id" CHAR(36),
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sso_link_ap_account_b89606" UNIQUE ("account_id", "user_id")
) /* An Admin's choice: this member's identity may be linked to the account's provider at its */;
CREATE TABLE IF NOT EXISTS "webhook_endpoint" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "description" VARCHAR(500),
    "events" JSON NOT NULL,
    "enabled" INT NOT NULL,
    "secret_encrypted" TEXT NOT NULL,
    "previous_secret_encrypted" TEXT,
    "previous_secret_expires_at" TIMESTAMP,
    "created_by_id" CHAR(36),
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE
) /* An http(s) URL an account's Admins registered, with the events it subscribes to. */;
CREATE TABLE IF NOT EXISTS "webhook_event" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36) NOT NULL,
    "event_type" VARCHAR(60) NOT NULL,
    "subject" VARCHAR(120) NOT NULL,
    "payload" JSON NOT NULL
) /* Something that happened in an account, written in the transaction of the change. */;
CREATE INDEX IF NOT EXISTS "idx_webhook_eve_account_531e85" ON "webhook_event" ("account_id");
CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36) NOT NULL,
    "subject" VARCHAR(120) NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: PENDING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "locked_until" TIMESTAMP,
    "last_attempt_at" TIMESTAMP,
    "last_status_code" INT,
    "last_error" VARCHAR(500),
    "last_duration_ms" INT,
    "response_excerpt" VARCHAR(500),
    "delivered_at" TIMESTAMP,
    "attempt_log" JSON NOT NULL,
    "redelivery_of_id" BIGINT,
    "endpoint_id" CHAR(36) NOT NULL REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE,
    "event_id" CHAR(36) NOT NULL REFERENCES "webhook_event" ("id") ON DELETE CASCADE
) /* The outbox row: one event owed to one endpoint. Re-delivery adds a new row. */;
CREATE INDEX IF NOT EXISTS "idx_webhook_del_next_at_a5fece" ON "webhook_delivery" ("next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_4e5839" ON "webhook_delivery" ("endpoint_id", "subject", "status");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5b6f00" ON "webhook_delivery" ("status", "next_attempt_at");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXXtT4zi2/yoq/lmoC2xDA92b2btVaUj3ZIYGNoSeuTvZMk4sEg2O5LEcQu7e+e5Xkh"
    "/xQ3ZsxwmOW1UzTWLryM5Pr/M+/9mbEgOa9Lg9GkFKv0GbIoL3WuA/e1ifQvZB3uAQ7OmW"
    "tbzNLzj60BQUumiqvYTaDqlj6yOH3X3STQrZJQPSkY0sx33c3i2GYERm2IE2sNj/zgThMd"
    "DBSB9NoAHcLoEBR4j3yT5YEBsUsI/7j+wmp2z9HRn/eDwEjzMKbe8Lf7hBRuzprLsNPmeA"
    "H8cmGerm48EhGM6mFusLYdY7BOyHY8p+O++OPAHIYFmA0UTHY3Zvojvs0RjoJn8hPXjwAO"
    "8/st5fEHud4xGx4bEHqktIo1+Nx4NjcMl/AXhCpkmBDXX2fMd/BcqGElBHd+AUYgfodID5"
    "ZUN39ENACWAvwK6z10IUYP6CwNHHrFv2ZS4wYg3m/FVZlxNiMjz2LWKi0eKv/vtqAr9ja3"
    "FwzCGfYfTHDGoOGUP2IJsB/9u/2WWEDfgKqf/VetaeEDSNyHR7hgveg7ihOQtLXLyc6PZn"
    "0ZSP51AbEXM2xaHm1sKZsLfw27Px5lfHEEOb/WojNO/wzDS9iepfct+WXXDsGQxe01heMO"
    "CTPjP57OXU7issr+1p2s1tX7vv9DVtLzGzfYrQJPQujQjmqwJhhwoEpvqrZkI8dibs68XZ"
    "n+5zlkC4rfgDv7V7lz+2e/sXZwf8gYQtLXfl3Xh3TsWtP0UXbJDdTgTuS6BDyzMK9ic07m"
    "JHDneIKAY5+xllIPcvLDFfbhA+wO82hfiYv8HR305P37//cPru/cXH87MPH84/vvvI2orX"
    "Td76kDEsn7pfujf96IjwC3/+yWf703NoGPiFoT56nuu2oSXukFOS1jZ5a3o6jV/RsT4WWP"
    "LfzV94uYfzDSxlexe3Vm3sQaOVO3obOBDr2DkGPxLquHsrp6bAIojvQg7fm5DNdhTq/AAe"
    "vbd+BIRtuZTfmwKHiLtgCqdDNvOOE9v5ph6yxgaGjOSSenjoXskXlNs6tpZmM2Qcc5rNbG"
    "J7f3+aYfdAEk/i/5z9Y29DqyxjwYhN7P2F2MQsNgRjW9wUcK3YvUbsiGOYaLqTRPuK3XHQ"
    "FMoRj1LGkDc80mP/w6b2tE0eJPz0v8Xmwhv7jAHod7927vvtr3f8cVNK/zAFfu1+h985FV"
    "cXsav7F7FDJ+gE/NLt/wj4V/Cv25tOfFSDdv1/7fF30mcO0TCZa7oRmqb+VR811nI56uJv"
    "Ae7Ab18Ne/DW4xphEE7fvcvBIbBWqSyCuPdnBF/OI86oHOEOnk0Fyl32VjoewQTaS+pN4Z"
    "3cytqX/e63TsG9y6NqAffvALN2D3da90a7691+6XXu71sgcWmArzqiPVsHVy0Q+hI/lfIN"
    "X67Ryxi8+NiZTBKYscOt7OiF6be3XvYgLjp4nZsWE1cG+HOPdWiXAj8P9unQx5HnfXNZUL"
    "JwUhnpCE0pVtpbC7XZnVxm+vTk7MPZx/cXZwEPHVzJYp1dNjkKqsvEJsUTQkyo4zRYA6oY"
    "qENGtqlJHFzZLvv06fb2OnJwf+rGpI+bh6+fOr39EzGXWSPkQDnaM8soyU5FKRU7VRd2ys"
    "coxE95b78cdS72aMXklRDJGkJLzfaudUSUJZpkzn5zQTjDNBXi+aaKrPJoJtQk0amaBPYz"
    "sSEa45/hIsHbxNBMqjl2cooury5f0dbngRoivD7Zr2e/GbpbPns+uHm4vt77M131FEWb7+"
    "meMkVyCHsdfP65B03dkasEm4p5ZNUbZMpuVQPRlehrB8/IXEjpFtIc8gzXBstCfd5NU3Ea"
    "mQiuveguRSdNhQi+WsR2tN/JcE2YOqKjn8iwqUgh/IIcAcKaSHWDjhq6kXvq/wmy1kTqa9"
    "BRUycV49rIzB7BNYHqed00FiZirg0R66Kh641SwhhVdkghB60L0z0lXberRVMnE4fLRPhZ"
    "0y3LJi+6uT5k16y7ttdbU2Gbw+GEkGcNYkNYhNdE7Re3u47XW5NQSzoexFQbSeRuMewT9k"
    "9O4fuBwjx2hDoqM1bK3WFFTkTw7nXu+73uZT8meKchTeFoZrNtTHMdrNJnq499buHy3uv5"
    "Lui4oYcKa4HhyMdkXfTYPnkZ6bAhqJVzHbri8zrdQzTS5DCHK5G7UHJ7ifYnELwgilgnwL"
    "U2c5dK7j/pdgf87sC+qdtjCAiGFNgz1oACHcyJ/QxtwMTGg6QrUYV9D/AA35kMbYAMeggw"
    "AU+uohI8wwVtCZ9MG46IbQAyc0z0AoUrUvAkxB/Gf/gQKnek2minD4FyR/p+7Gd53JH8Ta"
    "zYGotSVbnWcjjM1NLuI8O0qKtXnE65fOVz+bIh+6XC2jNcFJzIElJlE94thzqJQ9Y/HzoP"
    "nk9bAacsl6oF3L8D3Hu4uenefGkB78MA3z9cXnY6V7xR8HGAP7e71/yS+zfOlOVZFSd5Fs"
    "VJ+po4SS4JMqeM13JcrUj+4IgonYqPyB8fkUDfYMx1CfB9MoV9OeyFR6KnvJAcBangJ+ga"
    "MwCV+TNC2yYSFVofvqZgGhCU2vt35zTtd37tR/h9f2ve/9r+9SDC81/f3nzxm4e28svr20"
    "/Jc9cuJ49FKSuQx3ZoJGokfkncF5Py1xPCiE5KDXOMVI1z3ca5XiGTnmdWhtYzcN3KofNc"
    "ts0RRem2DisiR6aOpvQH8AJtxH6GAYYLoIOrm3vQ/7XvKxb3/fDxv1JK/up5qQUB2rEgys"
    "qfwTWgjz6t94MfvdhxEXruPnA+QSYUgep0+SQdG8JVERCu65wjClusCQXuygJiPQ3Y6nVD"
    "0qf6M+T6V6/HyPuyuzywkzGFwe9i13TAVzR/edZYN8WzWA82a2SaZA6NASYYDNnTwf0/r5"
    "EDxRvduXOaXTk49N5bxws2Xbizh9AU+5GnU30hfimHc4aDFxKIpmlzfwvH1nrz499KxatU"
    "vLuhpmquine5V+dVRC4pthYFuT0N5Pn7PBrI8/fpGkh+L8qruzvkSNhhXQfhInDLqRuo/a"
    "0qI0gc+OB8Lo56hLQSMbVGGVg2ONdLnSIxUiWx1E1iiQZjU0cbTeDoudRYS8jVeNd5vH0W"
    "r7ANLUGoLGhye3B9bew7AmpGcGVI9txafGVNgV3p6BmdWRFXz8v2/WX7qpMVYrkFVVXMzz"
    "NdZZV0CF2tupK4p67WYd1B+8jXv/gdsA+Ow8aDgn2unrHJXKRj9Jr9AFivPFXhf7v5C101"
    "E/AGnUp0WBt6RsWOd1kGTOlWJTGceZNyPYXMJrnoLVou07U13CKpLYPfNBM9CTaJz2CCjS"
    "KpWvJ0pTK4JC2ebhwrQ8mZWevgv7IfBb7EiwL+MUM227nm7ERhu7PM9pyZSUfegUqqUyCp"
    "DoWUrrn3ZHWhpn0Scs+Co8GpjkwtNTfDT/e3NymCQ1oHcfkbjRzwf8BEdGPMbshoMpwh0+"
    "G2Nf68t7CbcMAiqyLhpBH3x4gJIbyDuJOGSjqVvi5206Ii0ZUkQrT8sSusKkkQKlVJvVUl"
    "dQjcrEJRUkScz6FUKRg1u4ZKpQ4DUL1CZT0liZ88SKYXCSUWylCF+GmM8ik/2oFPzREdEb"
    "cuhAPHtpAlgegI8OoQeAzmyJkAHfC0EWA0IZTfcYDQELO2Er+dSrtWMYY12HsOM1QaygGl"
    "aexSHgeUZwZpcrzzxQ/5tHX2hthr33VbgP3Ds3D3vnV6Wv9Wcz/xJNzRK/EtMF/UXK6guQ"
    "KZtlUW+lDwVb7oq6zwqwS+4uTSJjqdFEE5SqUKAsVwTrr/WDZ8Qq9FIF5SNHEqX+SZyfGT"
    "IDSRL5IZ+anDk7yX9gAJ0Sr3j/qoNJKHNEddM9EUOZoFbW2K8MyRHBHpwYtp9ErHK9Hx1k"
    "zNUd91VEB3tCMOTLuhQYongSyaV2FJouap8lzapqItPnMrADZnCtNdRTW0WFPy/sm32QqQ"
    "LZlPsRa76kpcE+dK4XIGG/W1mxnI6bzAlGKay7uHmapk3k6DQcPVymSLlyM+Ithc8LrCyD"
    "wGWXnmRM/UzzHnxks6E7gIsstJdMqbeILyottRL7rdUjlvdXyaq3F+Y/mqlsfV2pZ5h9ia"
    "60haENUYoQJWAqyr+i2DbJhSuZPIsE23P2XhuguWp5J64urtSXpKsupMkOVJqxsQY/4xD7"
    "4f0/H9mLQn8XTNjotRAZBjZE1IwxVF+iwP0mfpSJ+lIS3biVfiLN2Eq0K5SXY7JmyNSJoF"
    "erVTQIi8zrvzXvv6+vYXnhrU+zDAvc5PnUtRfNv/xGty33Tdctz8b1yczWfCzmXBLpI/FO"
    "q02H6+pGjeLlP9fu4W1sqLrdu6ebhWv7EY0NGRrK5QerhEiKQeARL8sTsdILGW93F1Ck6v"
    "fqREubmsLJmu2Bwt2xRwkP0LBaMZddjhZB+DRzf59SNPDWdAG71AAzzZZCqCdXlAGgVDaJ"
    "L5IcA8jxuP9eU53yY6NrI8ZSt9xqpEbiKISOVxU260uyLoNlepaSBqmfqicFmJOF2dWebS"
    "Co0NlJWwdNvhFdG84O1iEqGUuHkc3EacZ5+QTYtXT4lSNXCSbwRr4aRZFOoIkUI6H9IuJ1"
    "UA5YCggQifnucR/VirjMyECeFvRKaWjiVuKekYh0iatzlv5FRk/ApjaSQSdnoZiBBJE0DO"
    "Yik3UQjCYojBk0LMR0DRBLw3rfEXaJ0WxvdU4ZsPX0wcWXH09P0iIGgCulvfLaA9RSLjTi"
    "EtaIysHprQRqWKqXsdvaSm7O6237npd9vXBYdgSdgCwccBvu/2O1r7/r775UZU0At/HeDu"
    "zbeuMIx5Hwa4fdnvfuu0gPuXV9+7v+vceNX3vI+lrGV5WM+TdM7zJMF4isx6pfRxUUoVIV"
    "fnCDlXwWCSMcKlqjXFqdVo13m06YxyN/JyBdhitGqk6zzSKodb+sG5m9YUybAncripEFwV"
    "2linYLH1krKHMGdC3BhPeUxTEvdPHvHnn3vQ1FMccCNOEj1Iycwe7eLmlYZ8dPPnZX+rAC"
    "pnJONOgrTMHL4mVN2go51leVYgNbXYfCK4CrDu3cTJDUJq895ewXaV6vUV3tBWeX9pdrhx"
    "jkKnfnvg7sLQAA4BOnB7O3RTGPI6oGSOwVLjxp2yZCVN1+xN6tq1dGsLfpty7lLOXbtxWO"
    "2oOJLHuUup7Wuqts/w/srIKJTh9fV9SonR4BL35CmaUyhKpmDNFr6XJ/2asvfSW343YV2d"
    "pyW8WnMkFQoxhWtC20DpOg5ubNXWqdpcSHBPFRd8sX6lqDDzG+YQE4QVCJCngJkH+xQy9v"
    "7du3cHLRG5wWB1WCfAY+lcXl/c8Jh/YgPGXLA7TIqEtkx62MxDVggVAgUlUCiBYjc2sQYL"
    "FHV3N5GIEtylo3vzpeDq8slawPuQ9Bzp3vhX/E/x/TKfV3jVUdaIat4eLNEUZlW2ixKqin"
    "YFKtopa2/TdsM81l4lxVcuxZdIBVZNErAyvoy1RFMJ79sX3n0xbU1Yq7P21jFxbWidlndE"
    "UEbjtzKFdl4tYjs/keGeRK2xvHmYpdWAopn2u9dulVIjHRBVk60GJ82hUg98RwyxqsnGZ/"
    "59p3ffAuLPAF9edzs3ffbd+zDA7Yerbl/rfHMvh7+V0g1UHlNSd/1Nci/850PnwYvIKTBO"
    "LlULuH8HuPdwcyO0Od4HHvdzednpeHE/3scB/tzuXvNL7t966HOekOlI3QnTDfghknoY73"
    "c++1h4QLhFQxuSaUH1WphMKdcKKNdsMqeaQbDENppV8SBCVqpeWCm8322Kbdhi4YMY9g5x"
    "dEmSkZXgB3QNqta2Zfwp+l+oDRfSWPcs/KN0Cv+y+LOTFGqW7hSquBohakK6gSiLc54rA8"
    "x5RgaYc0kiI9smEh1aej6HgKAJAG87n4PuOHBqyYJ5UneUMEljTtPKam8y0cgup++IUqqg"
    "3vrY+5L6jQlkYzWEulNinOO0aqTrPNJPCCM6KbWgY6RqnOs8zvDVQqy7EsMcpVSjXOdRVm"
    "H5Gwm4YD+GlqqNLSFV9dtUzoM3KuccmowVANzo4sOShVur8sMhrw6Jl0LU5yPdTQFF2+WI"
    "vaAMXBMezSgEFI5s6AAT4edjcCvKBU8guP+xfXR6fsEjJ/hXUV6RV9egDptfssIclXS52k"
    "3it5BRL8TR/Fu5Tyj3iXoeA8p9YrfdJzQRK9Hud29vXEeK0AXfpYJ38HDn+1W433gAxuXt"
    "w/Jm5OsA37Xv73+57V1pvQ670gLR7/ENNo+eu/qCpm5V3YlOC5kTolTVDPDb1nDfcL22un"
    "u5bDZK6bJzJ1Le+p8GuPPrXbfHL3kfeMXIb7c/uwUjxYcyy6N6TxdVzGLTxSxqpO6qG/o7"
    "wkfk1XdBqxz/GCNVes06j7MNXxhvUGaYo5RqlOs8ygY00Qu0F9p6fI2kmy0yOO6gug43RT"
    "gcn64F/E8DHPfude+79+rowUt5LFkJz4AlmVqgdV6gbuFcbQop1ccSL9V0J6YkpfJmKuHN"
    "9Lbmvd1Bv4B1701j25uMaIkI9ySlwjaGraf1LmyJThAqO3Q98jE0BcyaGfXrufort+lvNy"
    "FDLefq+vkYkodXBZDmTh2yozO1YOaQWJ7HSsCtbNbWGeBiszc45dWmsALdOD9U2L0nZs5Z"
    "M03L7cwZkteOb+dpxpTeaJ6Wr3A6hDadIGtP4gIVunuY5QI1jbbL4QLFFyRAGOjsP/e09o"
    "pJ6MAmJmTXDeBMbAgBHw1RyQ47vCmkFBhoCrFIOB/kk31/IPOK2tBTpAloQ/yZykCrfKR2"
    "yJbZYB+pHfTtCCWHLWD42JV0s+wMoZpumtpoZtvCYoEZRzBzZrYsX0NWgowVPW0xZ4a/X+"
    "5sygwGJePfCuWMCZHUI2dMowq+IDwyZwb0prPGp3rB1ZHSg8okU2BZTKGBdM0tHSG2moJj"
    "IKVX+1LJASiyOyUI1R5V+R41hqTMogiTqbWQfy1w3IosAb+9mvmVz3yVvj91KHZUlJT47a"
    "hi7VuJCmcnRdFo8CWJgrMu9vcccCoDvIqqFwPw9hb4es7Wak3wfJusANGe101D52noMIlA"
    "2mPcQq972X+rzARhQ6bELhezc6Yb5ohoqAWRbzlMcxjAI95cpAlgM+4FjSAgc0gPwdxGjs"
    "PTBmA3h4CtY6q7nL6XVmA00fGY3ZnoDhjpbMJSgGR15TfwkAEe4D67a3Mrng0N8KLbiONA"
    "wf58gkYTMNUXYEJMA+iAYHjEWWyRJeEA6DYEEI/sBY9lAqxbdiikFrDPyImA4Sv3wRepD4"
    "snRsjK0Co9oSWZFL1Jvp69b5MCwhbzsipj4PcjweUxBvJlyavIJsc8I5o+RNPAsOGLPAa+"
    "i3QD34UkaYFWODA7TNNAkDcSm22yM3AmjR9KxzlMs0WLNsSb0vzFcM6DcjrGcYQtfWES3d"
    "ACxiAJdXqolpS4EXN72+FadXfhSHpLVZado+6RqioveMV5wU2dOlrh3PZRKhUSWnyPictt"
    "BYUCCbkKwa6PKScpCYxMnY1BKfkvQqlGuc6jrBIpNHt8VSB/9RbEZTLbgrAmCBWymdbEaN"
    "bgNa00TSxPfRgz1SQmWK1SSffgExv6SZ8n39yTWGwi9w+zTDa221JzgqYrbTa3mJs9BJmX"
    "2Jk8AR1QSHn4EtjnRpMnfYrMxcExeKDQAIRNp5ZPw0YHTHX7mZtReMiUweOiEjabTTxkgB"
    "GlM0iFWYdz0T8AizVmBzBvrrvtCHuwPmYzA7hpyKhnNPKea0Oe9Npg80AYiVIjtFQ4lgrH"
    "2gkFW5MtMCqj8d4WMhrzbbOMdypVgu1br6Kcgq04+wpy6FEq5eyXyZ57YFXAm98ve9pJXF"
    "cy5tF5JfdMeyum3A0BkjPk3r0VzHio1Uo+/BfukbTMNfAX6qcS4HVWRsRizKxDWqKFZYWS"
    "CgBic04aOTC4eCrJZ1B996sSGfhlIgR2KqGB4qAVB62Kvmy26Ev7jhdrubsb4Ptuv9MC/N"
    "/4TpiHq87DVKfz1AmWWvwtILP47euMdVk3m1wF3U8zCrqfJgu6z+xCHmNe8ybYuhPg5kQ3"
    "E96kq4aKXlMBQjUSGvIECOXJGufl99OZCDLGU4hlzkhFMsi5ORHDwkFDBmCjWeRElJBMyP"
    "KihzIELL9FjpxxvHMDUOhwy8NIt/QhMpGzACZ84Q8DdzZkcCLMGvFuKZjoLxBg4gtMsgxx"
    "lfS5SoxS4pMSn3ZoC2my+AQlOV3T2UyveSVsZp0sDpVHfSjxKORmnc/POsvROoFv48X+u1"
    "7nqvO5e8Nd3JefB/jy4b5/+7UF3L8D3O98vbvttXv/0wLBxzLqgZM8wSIn6dEiJ4lwET9S"
    "TCu4x8TpmifTVr/dBIwaKpYXLE5Xj+RI/LEqOZJKjlRTvkpikq5bcqSabX+N0S7VE9etKZ"
    "d0C7lumGsqldoWChw/d2zPSlUnRfN0+un/1wQqWm+giVBRSngL7DqrrgnXPSWXQV/NWc4b"
    "VVX67jgSbWXIUyddYRlyDMqjsxxC3Ya27618DLpTi01wgsXI+pepSEDDuYMjwtgD8ILgnH"
    "KFJHd9djXcMt1lpX0rj+kaHP+HSmH5HTHWymO6Nh7Tu6Vf23u47/QK7l6CpgX4vwPc/XrX"
    "6THhvd3v3t60QORrKW1angE5SR+Qk8SAwFcL2TxrfuHdLkq5nd2uJu7Oddrccjmyi8wVJa"
    "MV4rQqZKHOI+2G7pUZ5yilGuU6j7Irt+flUtzWDbR3bCKgy9aYPCtT/2U4SUaomofz+1yW"
    "1vcZltb3UkdJJjhr5fkPaQdq26rztuUfMUyMpLKYr/QllqRs3jI7y7PKztIX2VlijaFAUc"
    "Wgi5TAzq1ESu1BWZFUSYit2eRU2YKqyxZIFnYFAF8GHe3kFrA6N07qdlje+BnJQ7OmoSqe"
    "/WbH9MtvY6iKGPdk5qq49S/DaBWxOua0XYUDjW8tiLtXwHsesGzyggxoiwLqyKGAMvhMCH"
    "gQxpGwPTk8gw8F+9zKZPGGbleyKu2be46yadXg+DxUNi1l04qe8Tznl4RvytAUBRR1dmIu"
    "KV+d51JjnGeoMc6TaowMqSod5ixBqglIn56f54mtPT/PKMRwnoI0hWxLcsoVC8joohGjkL"
    "V3bSKd9xQ6Oj9zkmOQVTJ6SaPcwrOHpIRbOMQcHlnRq6xi0SEqVSs6f61ocfr+TpBElZkJ"
    "d4Rui4AHV3YWcRv+MUM21JigVRDzGKVCvQDqKtYknfHZTfEhT6yJP3bDRVG9dpxQ2Qqi68"
    "l7La1EVW4JqUK33il43tShcyPmmPAkrMBqkLP2cT0n60qbgWTFVpBRP0e82i2GfcL+qTxa"
    "rZYzvPpgtXWtCl2D59d3Fntym0Jw+3CVRQGFW+aIheGGQFFwWSQqBfpSvU9nw9+5vn//EV"
    "H6CP4LPLIrjwdguHCz/wf2gaURQxYQU+0DeEHpa9aZG0ETMi6wcZwHCYAoH1Qq6hWIsgQM"
    "T+CqK8G+DuhE56WoRyaZGcDHa4D99zoAUB9NgAFH7Bt7E94FsgGZYzCfEPcleXZX5N8pkn"
    "VoqTT1fv0emxmRFsJ8rfISKZNIzhFQMo0yiWxqbDdvEvF3wQIgh0gaiPJGzCHu8ctk7CI4"
    "R4iaiHS+nK4ZGV2T5b+po5lkjHDZ0JkwsXJPro++K3k41E1xUN+hbYhf7I7AuUuOsbVUwR"
    "TyjFXZpbeVAGjDXp1cp9C2uApAN/fkOphIk8NVehjOPWl6uHke5862MUWYazwmBPE6jc4E"
    "UeBm8mFXfV0FmOoLMIQhrQrXciz1JUsPTYc7aCaVMht60ADzcpFxf9A5YvN95vmN4rFwGb"
    "V0SufENsA+nzYznu55uGCds374s/IVwlGaEqUp2aF9ssGaEnefK2P+TVIqC2W9LZSNAFUJ"
    "Gk3LillTYCvhiuMzVwlxawtxbyNoCNQl0oU/GukihT/s+erOj00y1M2AjT8Gfca2w6Opjk"
    "xuueRMvNA0toA7sAC+QHsxZ0w265A6hJtHTTKH9tFIp9BImnU39RAVHFaDnV3x94q/j/L3"
    "kC/qIrajgKBxaQ5Pz/MkEmKtMuxzqpBlllVuA4UsDWjptjMtmKopStW8HDIbgRoTBz2hkc"
    "g9oBXeN+TUDYR+E7uIr1QtnJk2QdhEwDfgVuEQx1orxjS1gyYMwLYDTAWYFsQGe6n1RyWr"
    "IzU6JUfHCx0tIT1IyJV/TJ39Y8SA2XBEuNDPBtIoVhQshXytIPDdGe2NRHvrIwe9lBTe47"
    "Rq7dV57QnGWWMrh/HSpYZb2oEa8zqP+Q76ntYktHHnhhpRjRcnfSL2VCMWHwMiMQllJjhI"
    "60JlOiiQ6cCB9pTyXdKvPZVX3k4QNkGg2HR+Yhc0nsjbKsfDSDtQh1qddzrLZlznaFFmjU"
    "lI1Spbvcp82NZYZyldqJVW55WmsvakL7ndtOtKhj1Ij5xweMlfdFfz7PgShnMzxXfrueiz"
    "C8p6uSOFRLVmlm43S3rD3LWi2opXi9iO9jsZrglVR3T0Exk2dFYh/IIcgQHVqNSWXQStbt"
    "Bb8+FSSKlS4RWVCvcKOK+HU6iodSNBWuYhQjKzT8Fy6uHkR02FKxIuuD5k8VjFpsBWyDl7"
    "iTCZYy6hpIUl+OD6SdBy8K+54xJ25Two6Mn+CxxOCHm+gibiFto9iVN7vMlhln/73G3MXf"
    "WXrVf6unOPczJzhuQV2GTeEmnD4AvbLQCZu/Gq4go2LMJ+6jHowSP/AYBJSRToAMM5p026"
    "uFfc92rP9t/2/M6E4nmZ5YYy5mNG3URh3mc+x+Crw4RuB04t/tcNhM3tGf8Jjbs4xf9F6h"
    "uPkrPdm9r1ddwd81c4+tvp6fv3H07fvb/4eH724cP5x3cfWVvxvslbH7JMB90v3AhwGBbW"
    "fauA8pj/fjQruSJiVdRm9VGbKllYTP9/kiuH1UlGEquTZBar5RGTBLmDZ9NEhGEU8IB6e3"
    "jv3XVurro3X/aKge6TtYD3YYDvHy4vO52rzlULBB8H+HO7e80vuX/jnEKugco1ThnDlCyJ"
    "7J78knFKPdfDJKtP96oG591mT/fTk7MPZx/fX5wFh3pwJessT1rz4/xUwcNaQr6dE1t50Z"
    "R0mCIjnt6QHbeyEJUV/lIxWmXbrPVIc++28itbQq7Gu/bj7fIhwnO8wBEpIy11VNZseKs+"
    "LAVO0LZljocZGWUjVM1zx9lIhmQBmjGz3ZjIaRGGT0aqZrOsUBi12BOgBl9H0LYKCZgyWj"
    "Wzc81sT11aSjcWp1Uncp1PZJ97Msk4OdDpQWAxsnpUAOXPa0wFULaAPJuFRp6kysosQ4GM"
    "ukHny1YMB+FqrK71p6DOOEamlMZxWF/Sam5nYPqSWnL7+wQ0I9mfwCoJbuGMdJ65uON3t5"
    "vYrsxMF55aq7P9hS3CFeEb6rGpEEd3xDolAIwPQrrbRHicVrtNhOdJrkTjE8ex9ukBeOhd"
    "Ax2HUnqLxOAU2HDM+BzOYB+KBN4inZ+YuxQgh5du4z0OIQUOkVR9q/gBvOob98fgKcV5Cn"
    "E3KQfPMujlEQzSc4B9RjydUYenLefmZY4Ud9bgpAc/iKdYNnxBZEa9bgZ86SwoeNFNZIAn"
    "YgePYaIz/6ODMcNTVJtDxAD6k8MzngObuE6hKnFhXU6pQ6DcMJQbRiSsyS6Ufsxr3kBPgd"
    "N3eZO9ZWZ7k+hwli9XAOgYmVKY5VKYucdjEQ3KkkIpTypXnnjpqCQ6k6zUCyGqLWZb8M/0"
    "nU22sE5Ct8pyuNVtj992Ejefc14rvV5mJ004Cd58VF4txLatUqH7WT0pG0udbSy+mFK4BE"
    "+CUFXgiRWLUbkRGiY6ShZUIipPefCrQkF10mqvVz4z4XWxdmCuJLyvIcgXizItaQEQZq4M"
    "9b9vBsuh+w+arlT835MpdCZcpy1KbU5Y52zIDIBwSEd/COY2chyI+WWuL2edYqq7kjx5Ep"
    "dGEx2PYVLxX/UDuOK/yy0Chl9S6J5tBAYbBeABxauWUsqw5m32Hz1QjpDxeHAoCCjDF7CO"
    "oRuZ6bqUKJ19XU6HQ6Wz/44Yr2aETtYk5KawE4yAI4FpRhWnCFUjNGZRLf1FHiX9RbqO/i"
    "IZPKlCVLcQomrpC5Pokv0h3RISIqmHKYQ/dqdNIQm5TkkfJYZou9JHm0E/muxJ5A7vTqbE"
    "oS/brBI10mGomOv+XrKYrBnsks5kl8itvG5O5botxS2UCuOLqgDCXvMGonuSyzHiJMMx4i"
    "TpGMGe6Ei9kNP5gRDJ9vmBt5EX3uLkr/4w+/P/AaGT9s0="
)
