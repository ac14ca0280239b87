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
CREATE TABLE IF NOT EXISTS "directory_group" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "external_id" VARCHAR(255) NOT NULL,
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "role_id" CHAR(36) NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_directory_g_account_54a964" UNIQUE ("account_id", "role_id")
) /* A directory's own id (externalId) for one of the account's groups (roles). */;
CREATE TABLE IF NOT EXISTS "directory_settings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "media_sources_all" INT NOT NULL,
    "media_sources" JSON NOT NULL,
    "geos_all" INT NOT NULL,
    "geos" JSON NOT NULL,
    "directory_owns_attributes" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "updated_by_id" CHAR(36),
    "default_role_id" CHAR(36) REFERENCES "role" ("id") ON DELETE SET NULL,
    "account_id" CHAR(36) NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE CASCADE
) /* Per-account directory provisioning (SCIM) settings; absent = the defaults. */;
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
    "external_id" VARCHAR(255),
    "directory_managed" INT NOT NULL,
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "role_id" CHAR(36) NOT NULL REFERENCES "role" ("id") ON DELETE RESTRICT,
    "user_id" CHAR(36) NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_membership_account_a8d9d0" UNIQUE ("account_id", "user_id")
) /* A user in an account, with a role and three independent access dimensions (seed 003). */;
CREATE INDEX IF NOT EXISTS "idx_membership_externa_522c09" ON "membership" ("external_id");
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
    "eJztXetX4ziW/1d0+DJwlmIKCqgaembOoSFVnR4KaBK6e3cyxzixSNw4ksdySGVn+39fXf"
    "kRP2THdpzguPWhisTWlZ2fXvd9/7M3pQa22NHlaIQZ+xk7zKRk7wL9Z4/oU8w/yBscoj3d"
    "tpe34YKrDy1BoYum2muk7ZC5jj5y+d1n3WKYXzIwGzmm7XqP27sjGI3ojLjYQTb/505MMk"
    "Y6GumjCTaQ1yUy8MiEPvkHGxODIf5x/4nfBMqLv5rG358O0dOMYcf/Ag836Ig/nXe3wecM"
    "yNPYokPdejo4RMPZ1OZ9mYT3jhH/4YTx3w7d0WeEOSwLNJroZMzvTXSXP5og3YIX0sMHD8"
    "j+E+/91eSvczSiDj7yQfUIWfyr8XRwhK7gF6Bn07IYcrDOn+8Gr8D4UCLm6i6eYuIinQ0I"
    "XDZ0Vz9EjCL+Avw6fy2TIQIviFx9zLvlX+YCI95gDq/Ku5xQi+Oxb1PLHC3+HLyvJvA7sh"
    "cHRwD5jJj/nmHNpWPMH+Rw4P/5L37ZJAb+hlnw1X7Rnk1sGbHp9oIX0IO4obkLW1y8mujO"
    "Z9EUxnOojag1m5JIc3vhTvhbBO35eMPVMSbY4b/aiMw7MrMsf6IGl7y35RdcZ4bD1zSWFw"
    "z8rM8smL1A7b3C8tqept3e9bVep69pe6mZHVBEJqF/aUQJrAqTuEwgMNW/aRYmY3fCv56f"
    "/u49ZwmE1woe+PPlw9UPlw/756cH8EDKl5a38m79Oyfi1u+iCz7IXicC9yXQkeUZB/t7c9"
    "wlrhzuCFECcv4zqkAeXFhivtwgAoDfbwrxMbzBu7+cnHz48PHk/YfzT2enHz+efXr/ibcV"
    "r5u+9TFnWL7vfune9uMjAhd+/x1m+/NLZBjgwlAfvcx1x9BSd+gJzWqbvjU9mSav6EQfCy"
    "zhd8MLL/dw2MAytndxa9XGHjZauaNfIhcTnbhH6AfKXG9vBWqGbGrCLuTC3mQ6fEdh7nfo"
    "yX/rJ0T5lsvg3hS5VNxFUzwd8pl3lNrON/WQNTYw00gvqcfH7rV8QXmtE2tpNjONI6DZzC"
    "a299fnGfEOJPEk+O/073sbWmU5C0ZsYh/OxSZm8yEYO+KmgGvF7jXiRxzHRNPdNNrX/I5r"
    "TrEc8ThlAnnDJz0KPmxqT9vkQQKn/x2xFv7Y5wxAv/u10+tffr2Hx00Z+7cl8Lvsd+DOib"
    "i6SFzdP08cOmEn6Jdu/wcEX9H/3N12kqMatuv/zx68kz5zqUboXNONyDQNrgao8ZbLURd/"
    "S3AHQft62IO3HtcYg3Dy/n0BDoG3ymQRxL3fY/gCjzhjcoQ7ZDYVKHf5W+lkhFNoL6k3hX"
    "d6K7u86nd/7pTcu3yqC+T9HRDe7vFe695q9w93Xx46vd4FSl0akOuOaM/XwfUFinxJnkrF"
    "hq/Q6OUMXnLsLC4JzPjhVnX0ovTbWy97mJQdvM7tBRdXBuTzA+/QqQR+EeyzoU8iD32DLC"
    "hZOJmMdIymEivtr4XG7E4eM31yfPrx9NOH89OQhw6v5LHOHpscB9VjYtPiCaUW1kkWrCFV"
    "AtQhJ9vUJA6vbJd9+v7u7iZ2cH/fTUgft49fv+887B+LucwbmS6Woz2zjYrsVJxSsVNNYa"
    "cCjCL8lP/2y1EHsUcrJ69ESNYQWhq2d60joizRpHP+m0vCGaWpEc83VWRVRzOlJolP1TSw"
    "n6mDzTH5B16keJsEmmk1x05O0eXV5Ss6+jxUQ0TXJ//1/Ddjb8vnz0e3jzc3e79nq57iaM"
    "Oe7itTJIew38HnfzxgS3flKsG2Yh5b9Qad8lv1QHQt+trBM7IQUrptai59wWuDZZt96Kat"
    "OI0sE6+96K5EJ22FyDAdPHKps9DGDp3Za2J1HfT2BTprK2b4m00dV/uNDteEqyM6+pEO24"
    "qUSV5NV4CwJlLdsKOWHn6+yWRirrsEv4YdtXVScU6XzpwRXhOoB7+b1sJErbUh4l20dL0x"
    "Rjlzzw920zXXhanHaNfratHWyQRwWSZ50XTbduirbq0P2Q3v7tLvra2wzfFwQumLhokhrO"
    "hrovaL113H761NqKWdNRLqoDRydwT3Kf+voMLikeEitpcmKoBW6iqiyq+YsuKh0+s/dK/6"
    "CWVFFtIMj2YO38Y0zykte7YG2BcWyHt+z/dhxy08VJbCFMOuy7vLWe/FEQyFql6k0xaiB2"
    "cMb0HwKMBjXeT4KXMV67AlqFVzVruGXSHbJznW5LCA85q3zRT2S+5PMHo1mck7QZ5/Azjx"
    "gseu1x0KukP7lu6MMaIEM+TMeAOGdDSnzgt2EBe6D9LOazX2PSADcm9xtJFpsENEKHr2VO"
    "PoBS/YhfAC5uuROgaiM9cyX7FwfgufZMLD4IcPsXKAa4w95BApB7g/jsW2iANcsImVW2Nx"
    "qjrXWgEXrUZaGmWYlnUuTNIpJ8NiToYO5r9U2BeHi5ITWUKqvBB2y4VT4gL402Pn0feiLO"
    "EG6FFdIO/vgDw83t52b79cIP/DgPQer646nWtoFH4ckM+X3Ru45P1NMmVFVsVxkUVxnL0m"
    "jtNLgs4Z57VcT6dUPBwnTqcicopH5KTQNzhzXQH8gExhXw174QPrq34kR0Em+Cm61gxAbR"
    "602HGoRAHZx98yMA0JKu39u3Oa9ju/9mP8frA173+9/PUgxvPf3N1+CZpHtvKrm7vv0+eu"
    "U00ei1PWII/t0Eg0SPySOMym5a9nk5hsUmmYE6RqnJs2zs0K0vV9AXO0nqGzYAGd57Jtgb"
    "hdr3VUETmydHPKvkOv2DH5zzDQcIF0dH3bQ/1f+4FicT9IWPBnxuiffb/IMCVAImy39meA"
    "BvQpoPV/8JOfrUAkO/AeOJ+YFhapEdjySToxhHMsoqDrnJsMX/AmDHkrC4n1NOCr10uCMN"
    "VfMOhf/R5j78vvQigxZwrD38Wv6QhWNLw8b6xb4lm8B4c3siw6x8aAUIKG/Omo99ON6WLx"
    "RvfenOZXDg7999bJgk8XcJURmuIg1nmqL8QvBThnJHwhgWiWNvef0Whuf378S6l4lYp3N9"
    "RU7VXxLvfqoorIJcXW4m63p4E8+1BEA3n2IVsDCffivLq3Q46EHdZzSS8Dt5y6hdrfunLQ"
    "JIEPz+fyqMdIaxFTG5TzZ4NzvdIpkiBVEkvTJJZ4+D9ztdEEj14qjbWEXI13k8c7YPFK29"
    "BShMqCJrcHN9fGviOg5oTzRmTPrUX0NhTYlW6y8ZkVc5S9uuxdXV538oJ6t6CqSnjJZqus"
    "0u60q1VXEufe1Tqse+y8C/QvQQco8G5F+6CecehcJAD1m32HeK+QHPNvXsZMT82E/EFnEh"
    "3Whp5Rs+NdngFTulVJDGf+pFxPIbNJLnqLlstsbQ1YJLVl6KBmmc+CTYIZTIlRJjlQka5U"
    "zqC0xdOLnAY39pm9Dv4r+1HgS7wo8L9npsN3rjk/UXRw/ZfsRnm5m+QdqDROJdI4MczYmn"
    "tPXhdq2qch9y04Gp7qpqVlZgP5sXd3myE4ZHWQlL/NkYv+D1km2xizGzGaDGem5YJtDZ73"
    "FnYTACy2KlJOGkl/jIQQAh0knTRUmrPsdbGbFhWJriQVohWMXWlVSYpQqUqarSppQthrHY"
    "qSMuJ8AaVKyZjjNVQqTRiA+hUq6ylJgnRVMr1IJJVVjiokSJxVTPlxGfrUvGMj6lUicfHY"
    "EbIkEh0hqEdCxmhuuhOkI0i6gUYTyuCOi4SGmLeV+O3U2rWKMWzA3nOYo9JQDihtY5eKOK"
    "C8cEjT410sfiigbbI3xN7lffcC8f8g7/vDz50HrX+neZ8g7Xv8SnILLBY1VyhorkRud1X3"
    "IBJ8VSz6Ki/8KoWvOLm0ic4mZVCOU6kSVAmc0+4/toOfzW9lIF5StHEqnxeZycmTIDKRz9"
    "M1IJgLZQUqe4BEaJX7R3NUGulDGlDXLHNqupqNHW1qkpkrOSKygxez6JWOV6LjbZiao7nr"
    "qITuaEccmHZDg5RMoVk2r8KSRM1T5bm0TUVbcubWAGzBBLC7impksWZkTZRvszUgWzEbZS"
    "N21ZW4ps6V0gU0NuprNzNMt/OKM8q3Lu8e5qqSoZ2Gw4arlck2FMB+R4m1gErWpnWE8vLM"
    "iZ5ZkGPOi5d0J3gRZpeT6JQ38QTlRbejXnS7pXLe6vi0V+P8xvJVI4+rtS3zLnU0z5G0JK"
    "oJQgWsBFhP9VsF2SilcieRYZttf8rDdRcsTxX1xPXbk/SMZNW5IMuTVrcgxvxTEXw/ZeP7"
    "KW1PgnTNrodRCZATZG1IwxVH+rQI0qfZSJ9mIS3biVfiLN2E60K5TXY7LmyNaJYFerVTQI"
    "S8ybvz3uXNzd0vkBrU/zAgD50fO1ei3HvwCarA33a9AvDwNynOFjNhF7Jgl8kfinVWbj9f"
    "UrRvl6l/P/fKkhXF1mvdPlzr31gM7OqmrCpTdrhEhKQZARLw2J0OkFjL+7g+BadfsVSi3F"
    "zWMs1WbI6WbUo4yP6JodGMufxwco7Qk5f8+glSwxnYMV+xgZ4dOhXBuhCQxtAQW3R+iAjk"
    "cYNYX8j5NtGJkecpW+szViVyE0FEKo+bcqPdFUG3vUpNw2S2pS9Kl5VI0jWZZa6s0NhAWQ"
    "lbd1yoJ+cHb5eTCKXE7ePgNuI8+2w6rHz1lDhVCyf5RrAWTpploY4RKaSLIe1xUiVQDgla"
    "iPDJWRHRj7fKyUyYEv5GdGrrROKWko1xhKR9m/NGTkXOr3CWRiJhZ5eBiJC0AeQ8lnIThS"
    "Bsjhg+LsV8hBRtwHvTGn+B1klpfE8UvsXwJdSVlZbP3i9Cgjagu/XdAjtTU2TcKaUFTZA1"
    "QxPaqlQxTa+jl9aU3d/1O7f97uVNySFYEl6g8OOA9Lr9jnbZ63W/3IoKetGvA9K9/bkrDG"
    "P+hwG5vOp3f+5cIO8vVN/r3Xdu/ep7/sdK1rIirOdxNud5nGI8RWa9Svq4OKWKkGtyhJyn"
    "YLDo2CSVqjUlqdVoN3m02YyBG3m1AmwJWjXSTR5plcMt++DcTWuKZNhTOdxUCK4KbWxSsN"
    "h6SdkjmHMhbkymENOUxv17n/jzPx6wpWc44MacJB4wozNntIubVxby8c0fyv7WAVTBSMad"
    "BGmZOXxNqLphRzvL8qxAamrz+URJHWD1vMTJLUJq895e4XaV6fUV3dBWeX9pTrRxgUKnQX"
    "vk7cLYQC5FOvJ6O/RSGEIdUDonaKlxA6csWUnTNXuTunYt3drC36acu5Rz124cVjsqjhRx"
    "7lJq+4aq7XO8v3IyCuV4ff0xpcR4cIl38pTNKRQnU7DmC9/Lk35N2XvpLb+bsK7O0xJdrQ"
    "WSCkWYwjWhbaF0nQQ3sWqbVG0uIrhniguBWL9SVJgFDQuICcIKhOhzyMyjfYY5e//+/fuD"
    "CxG5wWF1eSfIZ+k8Xl/c8Jl/6iDOXPA7XIrEjkx62MxDVggVAgUlUCiBYjc2sRYLFE13N5"
    "GIEuDS0b39UnJ1BWQXyP+Q9hzp3gZXgk/J/bKYV3jdUdYm0/w9WKIpzKtsFydUFe1KVLRT"
    "1t627YZFrL1Kiq9diq+QCqyeJGBVfBkbiaYS3rcvvAdi2pqw1mftbWLi2sg6re6IoIzGb2"
    "UKvTYdDCnsFl8cOrP3JLqNRIvDPP2GEbTVxmHjAjqOkOxPnoHSNNA+/uZih+hW1ziAJLwI"
    "StrTZ6FyWOa2EE9haB+yUvsl7BOajbq6HpABX/K2C8bToNUhGmJmGlhQQrsLZDuYzwsT7K"
    "+CEOkORoyLUfzCcAH5g53FkpxRIB0Q/lIjnRDqIpFWGKrZ+T2CzRZbz4XSb4gE5mvpU1Sm"
    "Ybi3jUzDwRQsmSkgQdbKYN+zQsG+ZznBvmfpjJPKf1NV+mgenModVlX6aCyqWZU+3tgQF7"
    "KjPexCrV+Wy7OGjQqyrSzafiXneo+dd/7kWzKanAekrya42UAl4v3eVffrAQr6/Q7xXsG+"
    "9jfB4vmDy9Kca31dA+f65H/TYFBF/jdRukJfdsj5U5DkEOctOdN7yy94dr+vuvOCRU1lUa"
    "/N52sPPb6V6I5D55i5Ub6Xkx58J2hFlWaPBXahCLNnYCR4jqZ4OsQOm5g22tctC/GhYYf8"
    "qmHqA+LZgPn3MaYMzQhnoxn4N3JsRvACnPfFB0foaTlqnLFnmu7yBsOZi9kTmuov/MGCoQ"
    "+veq8swZL/Xpg+hxwyyMQ0FeZMSDn9yq8JJtydcGFgPEFCAmIHCHSfXs0Qk/CLuj356UZV"
    "/thlflxMPc2feRqfkiWNLFL6LdpaghHbWVNLDMA0+NlejSlC5dcYG5I6/BphI66wKKJkai"
    "0UXwuAW5klELRXM7/2mZ/JY5RcCrn9KJu8sskrm3yuTT4Yu9L1elOEquxRMgv+UjIsia2E"
    "VKHbbM3zm4p6G1GURifh9pR6zZysK3V6khVbQ53ZAlrrO4L7lP+3eZ11E2Z4/Qkc1lKZdr"
    "7Z1HF/pMM9iap0efMwT0WKRTPtN7/dKtVoNmI1q8hUCIAKAVAM9vohANl1L1cHAOxC9cu9"
    "x17noXeBxJ8Bubrpdm77/Lv/YUAuH6+7fa3zs3c5+i1pmynk/1973simx2ik98KfHjuPft"
    "bNEuPkUV0g7++APDze3oqIDf8D5Pa8uup0/Nye/scB+XzZvYFL3t9KY1Z7zMazabnSlEHZ"
    "urwISTPUeTtfYSw6IBC1qA3ptKT2LkqmlHUllHUOnTPNoEQimeXZNmNkq02cdeH9flNswx"
    "ZNnAnsXerqMrPNKvBDukroN0w6fhv8mfm/WBsu5LaCHPzjdAr/qvjzkxRrts6PdinPlHn8"
    "LonaUFIgzuKcFarycpZT5eVMUqzIcagkTia7ZkNI0AaA82TATdRs0F0XT21Zws7MHSVK0p"
    "rT9OT49OPppw/np+EmEl7J2zsk+7SrO9X0HXFKlbi7OfbDtH5jgvlYDbHuVhjnJK0a6SaP"
    "9LNJTDaptKATpGqcmzzO+JttOuBsWXqY45RqlJs8yk0zoDd3aEslVeQ/hlXyp5GQbtTnY+"
    "f9E1Qg1wYDuSKTsQaACyZqaOSkLZBbMbVwa3D9qM9JIZK5QeKlEM/rkO2mYMbbFcg9wDi4"
    "Fn43YxgxPHIwxOCTlyMEZl4RQdT74fLdydl5kCHApS+YQAQVc/n8MmQ5B+rocrWbxD8jRr"
    "0IR/Mv5T6h3CeaeQwo94nddp/QRD7Ey3737tZzpIhcCFwqoIPH+8CvwvsGSRav7h6XN2Nf"
    "B+T+stf75e7hWnvo8CsXKP49ucEW0XOfFCtmnlPLPKnkFnu0NtFZKXNCnKqeAX7baM0YzO"
    "dFvFzOs71cznfOy0XiM1FjJtKrzr0oaxt8GpDOr/fdB7jkfxiQh87Pd/+AK/6HKsujfk8X"
    "PNVNiZ05J5NNQNDkXa/isjg5K7IueKucHDapldEgdVfT0N8RPqKovgvb1fjHBKnSazZ5nB"
    "38ynmDKsMcp1Sj3ORRNjAk9IO8MmvxNZJutsjgeIPqOdyU4XACugsUfBqQpHevd9+710QP"
    "XkioU8UzYEmmFmiTF+hoxlw61aaYMX0s8VLNdmJKUypvpgreTG9r3tsd9EtY9940f32bEa"
    "2QxT5NqbBNYOtrvUtbolOEyg4dT5nxVjUX2gJmw4z6zVz9tdv0t1t0oZFzdf2aC+nDqwZI"
    "C5cH2dGZWrI6SKKWYy3g1jZrmwxwudkbnvJqU1iBbpIfKu3ekzDnrFmK5W7mDum3TmDnac"
    "eU3mgtlq9hVuQ9iQtU5O5hngvUNN6ugAuUSPxsEqSTZWkSUd9V99If68SAFMgYIxgNG/P/"
    "iAtNITGzYU4x8dMo+zVjP0grsWzoKauqoqgqs8pHaodsmS32kdpB345IAdgSho9dKSkLWf"
    "chP7M2mjmOsFgQzhHM3Jkjy9eQlyBjRU8q+XPxlBkcSs6/lcoZEyFpRs6YVqWANsnImhnY"
    "n84aTPWSqyOjB5VJpmp9AFWg4Y0HoMzupAo0bH6PUgUaVIGGP+bMV+UAModiR0VJid9Oqh"
    "zAG5ZPbZZyeAvFU5elSwLFZblDRkqveN8yIqHKgbCBHAiqfG0rvE0KwKncTVQOCTEAb+9v"
    "0szZWq/DiSqvXCgfR0YJlgfOGz90r/pvlYcjaraXWKETVv1sMzQVDbUwzrOAIZog/A6ae8"
    "WDsfNqjjCC+sKHaO6YrgtJMoiXMcPRCdM9udZPojGa6GQMpXp1F410PmEZMl2JHXoDD4EK"
    "y31+1wGbtYMN9Ko7JuDA0P58Yo4maKov0IRaBtKhPPI7EChFTpADURwZk5GzgMg9xLuFQs"
    "cVMoAQLttofqLP8mlAVKFhuLeNQsPK9J09QLupryhi+oZlafGRKKOsiNK0MEj+vIg5+zzb"
    "nH0uSdGhlU5DEKVpIcgbyURg8TNwJo2Wy8Y5SrNF/w1MNqXnTuBcBOVsjJMI2/rCorqhhY"
    "xBGurswEQpcSvm9raDE5vusJT2DawtF03T47JVFvyas+BbOnO10pUc4lQqALr8HpOU20oK"
    "BRJylXCgOYbLtCQwsnQ+BpXkvxilGuUmj7JKG9Lu8VVpK+q3IC5TN5eENUWokM21JsZzZK"
    "9ppYkn5t5JdFeaalITrFGJ0x/wMx/6SR9Sze5JLDax+4d5JhvHa6m5YdOVNps7AmYPQean"
    "MafPSEcMMwjWQ/tgNHnWp6a1ODhCjwwbiPLpdBHQ8NFBU915ATMKBAgaEAWYstls4iEDYj"
    "I2w0yYdYCL/g7ZvDE/gKG57rWj/MH6mM8M5CXdY77RyH+ugyHFu8HngTASZcYjquBDFXy4"
    "Ewq2NltgVP7uvS3k74Zts4ovNlOC7VuvooKCrTj7SnLocSrl7JfLnvtg1cCb95Y97SSuKx"
    "nz+LySe6a9FVPuBbzJGXL/3gpmPNJqJR/+C3gkLTNr/IkFiTOgqtCI2pyZdemFaGHbkRQa"
    "iDrASZsuDi+eSLJ31N/9qrQdQVEUgZ1K36E4aMVBqxJHmy1xdHkPpYnu7wek1+13LhD8n9"
    "wJi3DVRZjqbJ46xVKLvyVklqB9k7Gu6mbzvlhdp7zCTilXgplTymPMb94GW3cK3ILo5sKb"
    "dtVQ0WsqQKhBQkORAKFsoSGV/1PnIsiYTDGROSOVyZfoZQCNCgctGYCN5kwUUUIyIcuPHs"
    "oRsIIWBTIkQucGYtgFy8NIt/WhaZnuAln4FR6G7h3M4TQJbwTdMjTRXzEiNBCYZPkQa+lz"
    "lRilxCclPu3QFtJm8QlLMhhns5l+81rYzCZZHGqP+lDiUcTNupifdZ6jdQrf1ov99w+d68"
    "7n7i24uC8/D8jVY69/9/UCeX8HpN/5en/3cPnw3xco/FhFPXBcJFjkODta5DgVLhJEimkl"
    "95gkXftk2vq3m5BRM8tlwUvSNSMVGDxWpQJTqcAayldJTNKpVGDKFbeV2qVm4ro15ZJum5"
    "4b5ppKpUvbDB0/d2zPylQnyZPTjR06k2ZmLoHWddDbF+is/Zj5z68LtR52wXuWtWd5x3Bb"
    "FlZZE7B4JZc2TjHGKLQgnmP0mnD1GL0K+2rR3NqkWjxw/ZJoxiNeYdnK8YgTWhH9+BDrDn"
    "YCz/gj1J3afIJTIkY2uMxEsiPgRN9RzoqiVxPPGSi/wc3es6bI9OS19q288xvAah4q5fgf"
    "SIhT3vmN8c7fLV3u3mOv81By9xI0Fwj+H5Du1/vOQ+/u9rLfvbu9QLGvlTS3RQbkOHtAjl"
    "MDgr/ZnHlmFXa7OOV2druGuNY3aXMrFDQhsqRUjIxJ0qrwmCaPtBcmWmWc45RqlJs8yp7c"
    "XpRL8Vq30La2ieBBR+PyrEzVnOOQG6NqH84fCln1P+RY9T9InXK54KxV5z+kHahtq8nbVn"
    "DEcDGSyeILs5dYmrJ9y+y0yCo7zV5kp6k1ZoaKKg6d7y1cUomU2YOyWKryI1uz/6oSGXWX"
    "yJAs7BoAvgo72sktYHUepsztsLqhPZbzaE1DVTLT0o7pl9/GUBUz7snMVUnrX47RKmZ1LG"
    "i7iga139mYdK+R/zxkO/TVNLAD+aKQ6TLEOHwWRhDw807Ynjx7N9oHK5MNDb2uJBH0G3yO"
    "smk14Pg8VDYtZdOKn/GQX07CN+VoikKKJjvMV5SvzgqpMc5y1BhnaTVGjlSVDXOeINUGpD"
    "dSBdYHjWG+JbnVClPkdNGKUcjbuzaROn6KXR3OnPQYZIchRGlUCEL+kFQIQcAE4ClbITlC"
    "tcW6yAGrtbtlkeH0/Y2aElVmLtwxOlWIugTiDv73zHSwxgWtkpgnKBXqJVBXcU3ZjM9uig"
    "9F4pqCsRsuyuq1k4TKVhBfT/5raRUqwEtIFbrNTvf0pg6dGzHHRCdhDVaDgnW2mzlZV9oM"
    "JCu2huoNBWIj7wjuU/5f7ZGRjZzh9QdGrmtV6BpQy8Fd7MltCuHtw1UWBTPaskAsDBgCRX"
    "FvkRQX6Uv1PpsNfwN9//6TydgT+i/0xK88HaDhwqs0EdoHlkYMWUBMvQ+A4uU3vDMvgiZi"
    "XODjOA+TTTEYVCZqY4gSGBxP5Kkr0b6O2ESHsucji84MFOA1IMF7HSCsjybIwCP+jb8JdG"
    "E6iM4Jmk+o95KQSdgM7pTJcLVUmvq/fo/PjFgLYb5WObCUSaTgCCiZRplENjW2mzeJBLtg"
    "CZAjJC1EeSPmEO/45TJ2GZxjRG1Eulj+4JzswelS88zVLDo2SdXQmSixck9ujr4rfTg0TX"
    "HQ3KFtiV/sjsC5S46xjVTBlPKMVZnMt5VsasNenaBTuLRBBaBbe3IdTKzJ4So9DHBPmh5t"
    "XsS589KYmgQ0HhNqQk1Qd2Iy5GXy4VcDXQWa6gs0xBGtCmg5lvqSpYemCw6aaaXMhh40IF"
    "CaNOkPOjf5fJ/5fqNkLFxGbZ2xOXUMtA/TZgapxYcL3jnvB55VrOiS0pQoTckO7ZMt1pR4"
    "+1wV82+aUlkom22hbAWoStBoWwbWhgJbC1ecnLlKiFtbiHsbQUOgLpEugtHIFimCYV8tRd"
    "wRjMYWHepWyMYfoT5n2/G7qW5aYLkEJl5oGi+QN7AIv2JnMedMNu+QuRTMoxadY+fdSGfY"
    "SJt1N/UQFRzWgJ1d8feKv4/z9xgWdRnbUUjQujSHJ2dFEgnxVjn2OVU0Nc8qt4GiqQa2dc"
    "edlkzVFKdqXw6ZjUBNqGs+myORe0ArvW/IqVsI/SZ2kUCpWjozbYqwjYBvwK3Cpa69Voxp"
    "ZgdtGIBtB5gKMG1MDP5S649KXkdqdCqOjh86WkF6kJAr/5gm+8eIAXPwiILQzwfSKFeALo"
    "N8rSDw3RntjUR76yPXfK0ovCdp1dpr8toTjLPGVw7npSsNt7QDNeZNHvMd9D1tSGjjzg21"
    "yTQohPtMnalGbRgDKjEJ5SY4yOpCZTookenAxc6UwS4Z1J4qKm+nCNsgUGw6P7EHGiTytq"
    "vxMNIO1KHW5J3OdjjXOVpUWWMSUrXKVq+yALY11llGF2qlNXmlqaw92UtuN+26kmEP0yOn"
    "HF6KF3jWfDu+hOHcTKHnZi76/IKyfu5IIVGtmaXby5LeMnetuLbim00dV/uNDteEqiM6+p"
    "EOWzqrTPJqugIDpjGpLbsMWt2wt/bDpZBSpcJrKhXuF3BeD6dIUetWgrTMQ2TKzD4ly6lH"
    "kx+1Fa5YuOD6kCVjFdsCWynn7CXCdE5AQskKSwjADZKgFeBfC8cl7Mp5UNKT/Rc8nFD6co"
    "0tEyy0exKn9mSTwzz/9rnXGFz1l61X+rqDxzmduUP6DTl0fiHShuFXvlsgOvfiVcUVYtiU"
    "/9Qj9IDfBQ9AXEpiSEcEz4E27eJec9+rPdv/uRd0JhTPyyw3jDMfM+YlCvM/wxzD31wudL"
    "t4asNfLxC2sGf89+a4SzL8X6S+8WZ6tvtTu7mOu2N4hXd/OTn58OHjyfsP55/OTj9+PPv0"
    "/hNvK943fetjnumg+wWMAIdRYT2wCiiP+T+OZqVQRKyK2qw/alMlC0vo/48L5bA6zklidZ"
    "zOYrU8YtIgd8hsmoowjAMeUm8P7737zu119/bLXjnQA7IL5H8YkN7j1VWnc925vkDhxwH5"
    "fNm9gUve3ySnUGigCo1TzjClSyJ7J79knDLP9SjJ6tO9rsF5v9nT/eT49OPppw/np+GhHl"
    "7JO8vT1vwkP1XysJaQb+fEVl40FR2m6AjSG/LjVhaissJfKkGrbJuNHmnwbqu+siXkarwb"
    "P94eHyI8x0sckTLSSkdlw4a37sNS4IQdR+Z4mJNRNkbVPnecjWRIFqAZM8eLiZyWYfhkpG"
    "o2ywqFMZs/AWv42wg7dikBU0arZnahme2rSyvpxpK06kRu8okccE8WHacHOjsILEHWjAqg"
    "8LzWVADlC8i3WWj0WaqszDMUyKhbdL5sxXAQrcbqWX9K6owTZEppnIT1Navmdg6mr5klt/"
    "+YgOYk+xNYpcEtnZHONxd3gu52E9uVmemiU2t1tr+oRbgmfCM9thXi+I7YpASAyUHIdpuI"
    "jtNqt4noPCmUaHziuvY+O0CPDzdIJ5GU3iIxOEMOHnM+BxjsQ5HAW6TzE3OXIdOF0m3Q4x"
    "Az5FJJ1beaHwBV38AfA1KKQwpxLykHZBn08wiG6TnQPieezpgLacvBvAxIgbMGkB58J55i"
    "O/jVpDPmdzOApbNg6FW3TAM9Uyd8DBed4Y+OxhxPUW3OpAbSn13IeI4c6jmFqsSFTTmlDp"
    "Fyw1BuGLGwJqdU+jG/eQs9BU7eF032lpvtTaLDWb5cCaATZEphVkhh5h2PZTQoSwqlPKld"
    "eeKno5LoTPJSL0SotphtITjTdzbZwjoJ3WrL4da0PX7bSdwCznmt9Hq5nbThJHjzUflmm3"
    "zbqhS6n9eTsrE02cYSiCmlS/CkCFUFnkSxGJUboWWio2RBpaLylAe/KhTUJK32euUzU14X"
    "awfmSsL7WoJ8uSjTihYAYebKUf8HZrACuv+w6UrFf49OsTsBnbYotTnhnfMhM5BJIjr6Qz"
    "R3TNfFBC6Dvpx3SpjuSfL0WVwaTXQyxmnFf90PAMV/FywCRlBSqMc3AoOPAvKBgqqljHGs"
    "oc3+kw/KO9N4OjgUBIzji3jH2IvM9FxKlM6+KafDodLZ/4EYr3aETjYk5Ka0E4yAI4VpTh"
    "WnGFUrNGZxLf15ESX9ebaO/jwdPKlCVLcQomrrC4vqkv0h2xISIWmGKQQeu9OmkJRcp6SP"
    "CkO0XenjkkM/muxJ5A7/Tq7EoS/brBI1smGomev+o2QxWTPYJZvJrpBbed2cyk1bilsoFQ"
    "aLqgTCfvMWontcyDHiOMcx4jjtGMGf6Eq9kLP5gQjJ9vmBt5EX3uLkr/8w+/3/AT7M9zY="
)
