from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "access_version" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL
);
COMMENT ON TABLE "access_version" IS 'One counter per thing a cached access decision depends on (`account:<id>`, `user:<id>`,';
CREATE TABLE IF NOT EXISTS "account_deletion" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL,
    "account_name" VARCHAR(200) NOT NULL,
    "requested_by_id" UUID,
    "status" VARCHAR(10) NOT NULL,
    "rows_total" BIGINT NOT NULL,
    "rows_done" BIGINT NOT NULL,
    "users_deleted" INT NOT NULL,
    "error" TEXT,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_account_del_account_4fb977" ON "account_deletion" ("account_id");
COMMENT ON COLUMN "account_deletion"."status" IS 'QUEUED: QUEUED\nRUNNING: RUNNING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED';
COMMENT ON TABLE "account_deletion" IS 'The visible status of an account deletion (large ones run as a worker job).';
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID,
    "actor_user_id" UUID,
    "actor_token_id" UUID,
    "actor_kind" VARCHAR(20) NOT NULL,
    "action" VARCHAR(80) NOT NULL,
    "target_type" VARCHAR(40),
    "target_id" VARCHAR(64),
    "outcome" VARCHAR(10) NOT NULL,
    "reason" VARCHAR(80),
    "ip" VARCHAR(64),
    "details" JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_created_a87696" ON "audit_event" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_account_cf1cfe" ON "audit_event" ("account_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_u_6c2dc0" ON "audit_event" ("actor_user_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_target__197bf7" ON "audit_event" ("target_id");
COMMENT ON COLUMN "audit_event"."outcome" IS 'ALLOWED: ALLOWED\nREJECTED: REJECTED\nDENIED: DENIED';
COMMENT ON TABLE "audit_event" IS 'Append-only trail. Plain ids, no foreign keys: events outlive what they describe.';
CREATE TABLE IF NOT EXISTS "user" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "department" VARCHAR(200),
    "notification_email" VARCHAR(254),
    "password_hash" VARCHAR(255),
    "totp_secret_encrypted" TEXT,
    "totp_pending_secret_encrypted" TEXT,
    "totp_enabled_at" TIMESTAMPTZ,
    "activated_at" TIMESTAMPTZ,
    "email_verified_at" TIMESTAMPTZ,
    "last_login_at" TIMESTAMPTZ,
    "is_platform_operator" BOOL NOT NULL,
    "terms_version" VARCHAR(40),
    "terms_accepted_at" TIMESTAMPTZ,
    "privacy_version" VARCHAR(40),
    "privacy_accepted_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_user_last_lo_4a74bb" ON "user" ("last_login_at");
COMMENT ON TABLE "user" IS 'One global identity. The e-mail is the login: unique everywhere, stored lower-cased.';
CREATE TABLE IF NOT EXISTS "account" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "max_users" INT,
    "managed" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "host_id" UUID REFERENCES "account" ("id") ON DELETE SET NULL,
    "owner_id" UUID UNIQUE REFERENCES "user" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_account_status_d97dc0" ON "account" ("status");
COMMENT ON COLUMN "account"."status" IS 'ACTIVE: ACTIVE\nSETUP_IN_PROGRESS: SETUP_IN_PROGRESS\nDEACTIVATED: DEACTIVATED';
COMMENT ON COLUMN "account"."language" IS 'EN: en\nFR: fr';
COMMENT ON TABLE "account" IS 'A tenant. Hosted accounts point at their host; `managed` opens them to host members.';
CREATE TABLE IF NOT EXISTS "account_domain" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "domain" VARCHAR(253) NOT NULL,
    "verification_token" VARCHAR(64) NOT NULL,
    "verified_domain" VARCHAR(253) UNIQUE,
    "verified_at" TIMESTAMPTZ,
    "last_checked_at" TIMESTAMPTZ,
    "created_by_id" UUID,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_account_dom_account_157875" UNIQUE ("account_id", "domain")
);
CREATE INDEX IF NOT EXISTS "idx_account_dom_domain_f28654" ON "account_domain" ("domain");
COMMENT ON TABLE "account_domain" IS 'A domain an account claims; verified by a DNS TXT record (services/sso/domains.py).';
CREATE TABLE IF NOT EXISTS "account_security_policy" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_invitation_lifetime_seconds" INT,
    "client_setup_lifetime_seconds" INT,
    "require_two_factor" BOOL NOT NULL,
    "session_lifetime_seconds" INT,
    "allowed_email_domains" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by_id" UUID,
    "account_id" UUID NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "account_security_policy" IS 'Per-account security settings (one row per account; absent = the service defaults).';
CREATE TABLE IF NOT EXISTS "client" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
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
    "permissions" JSONB NOT NULL,
    "status" VARCHAR(14) NOT NULL,
    "invited_at" TIMESTAMPTZ,
    "first_login_at" TIMESTAMPTZ,
    "suspended_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_client_account_fe14e4" UNIQUE ("account_id", "email")
);
CREATE INDEX IF NOT EXISTS "idx_client_status_f85554" ON "client" ("status");
COMMENT ON COLUMN "client"."status" IS 'POTENTIAL: POTENTIAL\nSITE_ASSIGNED: SITE_ASSIGNED\nINVITED: INVITED\nACTIVE: ACTIVE\nSUSPENDED: SUSPENDED';
COMMENT ON TABLE "client" IS 'An account''s customer. `status` is derived from the facts below, never set by hand.';
CREATE TABLE IF NOT EXISTS "client_user" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "is_contact" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "client_id" UUID NOT NULL REFERENCES "client" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_client_user_client__9adbec" UNIQUE ("client_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_client_user_user_id_6e8ec2" ON "client_user" ("user_id");
COMMENT ON COLUMN "client_user"."status" IS 'PENDING: PENDING\nACTIVE: ACTIVE\nINACTIVE: INACTIVE';
COMMENT ON TABLE "client_user" IS 'A login of a client (seed 000): the contact created with the client, or added later.';
CREATE TABLE IF NOT EXISTS "export_job" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(14) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "filters" JSONB NOT NULL,
    "with_bom" BOOL NOT NULL,
    "rows_done" BIGINT NOT NULL,
    "rows_total" BIGINT,
    "size_bytes" BIGINT,
    "file_path" VARCHAR(500),
    "error" TEXT,
    "attempts" INT NOT NULL,
    "started_at" TIMESTAMPTZ,
    "heartbeat_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "expires_at" TIMESTAMPTZ,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "requested_by_id" UUID REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_export_job_status_db67f6" ON "export_job" ("status");
CREATE INDEX IF NOT EXISTS "idx_export_job_request_ccd24e" ON "export_job" ("requested_by_id");
COMMENT ON COLUMN "export_job"."kind" IS 'USERS: USERS\nCLIENTS: CLIENTS\nAUDIT_EVENTS: AUDIT_EVENTS';
COMMENT ON COLUMN "export_job"."status" IS 'QUEUED: QUEUED\nRUNNING: RUNNING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED';
CREATE TABLE IF NOT EXISTS "invitation" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "status" VARCHAR(10) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "accepted_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "delivery_status" VARCHAR(10) NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "custom_message" TEXT,
    "account_id" UUID REFERENCES "account" ("id") ON DELETE CASCADE,
    "client_id" UUID REFERENCES "client" ("id") ON DELETE CASCADE,
    "client_user_id" UUID REFERENCES "client_user" ("id") ON DELETE CASCADE,
    "created_by_id" UUID REFERENCES "user" ("id") ON DELETE SET NULL,
    "user_id" UUID REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_invitation_created_37f1aa" ON "invitation" ("created_by_id");
CREATE INDEX IF NOT EXISTS "idx_invitation_user_id_3a88c8" ON "invitation" ("user_id");
CREATE INDEX IF NOT EXISTS "idx_invitation_status_10a34e" ON "invitation" ("status", "expires_at");
COMMENT ON COLUMN "invitation"."kind" IS 'USER_ACTIVATION: USER_ACTIVATION\nCLIENT_SETUP: CLIENT_SETUP\nACCOUNT_SETUP: ACCOUNT_SETUP\nPASSWORD_RESET: PASSWORD_RESET';
COMMENT ON COLUMN "invitation"."status" IS 'PENDING: PENDING\nACCEPTED: ACCEPTED\nEXPIRED: EXPIRED\nREVOKED: REVOKED';
COMMENT ON COLUMN "invitation"."delivery_status" IS 'NOT_SENT: NOT_SENT\nQUEUED: QUEUED\nSENT: SENT\nFAILED: FAILED';
COMMENT ON TABLE "invitation" IS 'A single-use secret link. Only the SHA-256 of the token is stored.';
CREATE TABLE IF NOT EXISTS "outbox_email" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "template" VARCHAR(60) NOT NULL,
    "to_email" VARCHAR(254) NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "payload_encrypted" TEXT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "last_error" TEXT,
    "next_attempt_at" TIMESTAMPTZ,
    "claimed_at" TIMESTAMPTZ,
    "sent_at" TIMESTAMPTZ,
    "account_id" UUID,
    "invitation_id" UUID REFERENCES "invitation" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_outbox_emai_status_40e2f1" ON "outbox_email" ("status");
CREATE INDEX IF NOT EXISTS "idx_outbox_emai_status_97759f" ON "outbox_email" ("status", "next_attempt_at");
COMMENT ON COLUMN "outbox_email"."status" IS 'PENDING: PENDING\nSENT: SENT\nFAILED: FAILED';
COMMENT ON TABLE "outbox_email" IS 'An e-mail the service owes, written in the transaction of the change that causes it.';
CREATE TABLE IF NOT EXISTS "resource" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(4) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "url" VARCHAR(2000),
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_resource_account_b2c6cc" UNIQUE ("account_id", "kind", "name")
);
COMMENT ON COLUMN "resource"."kind" IS 'APP: APP\nSITE: SITE';
COMMENT ON TABLE "resource" IS 'What an account''s access is scoped to: an app (seed 003) or a site (seed 002).';
CREATE TABLE IF NOT EXISTS "client_resource" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "permissions" JSONB NOT NULL,
    "client_id" UUID NOT NULL REFERENCES "client" ("id") ON DELETE CASCADE,
    "resource_id" UUID NOT NULL REFERENCES "resource" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_client_reso_client__5dc1a0" UNIQUE ("client_id", "resource_id")
);
COMMENT ON TABLE "client_resource" IS 'A resource assigned to a client, with its own permission set.';
CREATE TABLE IF NOT EXISTS "role" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "key" VARCHAR(60) UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(12) NOT NULL,
    "template_key" VARCHAR(60),
    "capabilities" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID REFERENCES "account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_role_account_43fdf9" UNIQUE ("account_id", "name")
);
COMMENT ON COLUMN "role"."kind" IS 'PREDEFINED: PREDEFINED\nCUSTOM: CUSTOM\nTEMPORARY: TEMPORARY';
COMMENT ON TABLE "role" IS 'A named set of capability levels. Predefined roles have no account.';
CREATE TABLE IF NOT EXISTS "api_token" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "prefix" VARCHAR(16) NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "created_by_id" UUID REFERENCES "user" ("id") ON DELETE SET NULL,
    "role_id" UUID NOT NULL REFERENCES "role" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_api_token_created_ee6b59" ON "api_token" ("created_by_id");
COMMENT ON COLUMN "api_token"."kind" IS 'API: API\nSERVER_TO_SERVER: SERVER_TO_SERVER';
COMMENT ON TABLE "api_token" IS 'An account-scoped integration token acting with a role chosen at creation.';
CREATE TABLE IF NOT EXISTS "membership" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "apps_all_current_and_future" BOOL NOT NULL,
    "app_ids" JSONB NOT NULL,
    "include_future_apps" BOOL NOT NULL,
    "media_sources_all" BOOL NOT NULL,
    "media_sources" JSONB NOT NULL,
    "geos_all" BOOL NOT NULL,
    "geos" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "role_id" UUID NOT NULL REFERENCES "role" ("id") ON DELETE RESTRICT,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_membership_account_a8d9d0" UNIQUE ("account_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_membership_user_id_550878" ON "membership" ("user_id");
COMMENT ON COLUMN "membership"."status" IS 'ACTIVE: ACTIVE\nINACTIVE: INACTIVE';
COMMENT ON TABLE "membership" IS 'A user in an account, with a role and three independent access dimensions (seed 003).';
CREATE TABLE IF NOT EXISTS "session" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "kind" VARCHAR(14) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(300),
    "impersonated_client_id" UUID REFERENCES "client" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_session_expires_823c67" ON "session" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_session_user_id_23ddbc" ON "session" ("user_id");
COMMENT ON COLUMN "session"."kind" IS 'USER: USER\nIMPERSONATION: IMPERSONATION';
COMMENT ON TABLE "session" IS 'A bearer session. Impersonation sessions are read-only views of one client.';
CREATE TABLE IF NOT EXISTS "sso_connection" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "client_id" VARCHAR(255) NOT NULL,
    "client_secret_encrypted" TEXT NOT NULL,
    "metadata" JSONB NOT NULL,
    "enabled" BOOL NOT NULL,
    "auto_join" BOOL NOT NULL,
    "require_sso" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by_id" UUID,
    "default_role_id" UUID REFERENCES "role" ("id") ON DELETE SET NULL,
    "account_id" UUID NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "sso_connection" IS 'An account''s OpenID Connect provider and its single sign-on settings (one per account).';
CREATE TABLE IF NOT EXISTS "sso_identity" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "linked_by" VARCHAR(20) NOT NULL,
    "last_login_at" TIMESTAMPTZ,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sso_identit_account_cd0218" UNIQUE ("account_id", "issuer", "subject"),
    CONSTRAINT "uid_sso_identit_account_df5419" UNIQUE ("account_id", "user_id")
);
COMMENT ON TABLE "sso_identity" IS 'A user linked to a provider subject (`iss` + `sub`) by one account''s connection.';
CREATE TABLE IF NOT EXISTS "sso_link_approval" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "approved_by_id" UUID,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sso_link_ap_account_b89606" UNIQUE ("account_id", "user_id")
);
COMMENT ON TABLE "sso_link_approval" IS 'An Admin''s choice: this member''s identity may be linked to the account''s provider at its';
CREATE TABLE IF NOT EXISTS "webhook_endpoint" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "description" VARCHAR(500),
    "events" JSONB NOT NULL,
    "enabled" BOOL NOT NULL,
    "secret_encrypted" TEXT NOT NULL,
    "previous_secret_encrypted" TEXT,
    "previous_secret_expires_at" TIMESTAMPTZ,
    "created_by_id" UUID,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "webhook_endpoint" IS 'An http(s) URL an account''s Admins registered, with the events it subscribes to.';
CREATE TABLE IF NOT EXISTS "webhook_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL,
    "event_type" VARCHAR(60) NOT NULL,
    "subject" VARCHAR(120) NOT NULL,
    "payload" JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_webhook_eve_account_531e85" ON "webhook_event" ("account_id");
COMMENT ON TABLE "webhook_event" IS 'Something that happened in an account, written in the transaction of the change.';
CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL,
    "subject" VARCHAR(120) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "last_attempt_at" TIMESTAMPTZ,
    "last_status_code" INT,
    "last_error" VARCHAR(500),
    "last_duration_ms" INT,
    "response_excerpt" VARCHAR(500),
    "delivered_at" TIMESTAMPTZ,
    "attempt_log" JSONB NOT NULL,
    "redelivery_of_id" BIGINT,
    "endpoint_id" UUID NOT NULL REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE,
    "event_id" UUID NOT NULL REFERENCES "webhook_event" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_next_at_a5fece" ON "webhook_delivery" ("next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_4e5839" ON "webhook_delivery" ("endpoint_id", "subject", "status");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5b6f00" ON "webhook_delivery" ("status", "next_attempt_at");
COMMENT ON COLUMN "webhook_delivery"."status" IS 'PENDING: PENDING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED';
COMMENT ON TABLE "webhook_delivery" IS 'The outbox row: one event owed to one endpoint. Re-delivery adds a new row.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXXtz2za2/yoY/7P2XNuNn8m6e3dGsZVUrWO7spz2brVDUyJsoaEAlqCs6O7Nd78ASE"
    "p8gBRJUTLEYKaNJRIHpH4Hr/P+z86YWNCmh63hEFL6GboUEbxzAf6zg80xZB/kDfbBjuk4"
    "i9v8gmcObEFhiqbGS6TtgHquOfTY3SfTppBdsiAdusjx/Mft3GIIhmSCPegCh/3vjRB+Bi"
    "YYmsMRtIDfJbDgEPE+2QcHYosC9nH3kd3klBf/QNY/H/fB44RCN/jCH26RIXs6626Nz+nj"
    "x2ebDEz7cW8fDCZjh/WFMOsdAvbDMWW/nXdHngBksMzAcGTiZ3ZvZHrs0RiYNn8hc/7gPt"
    "59ZL2/IPY6h0PiwsMAVJ+Qxr9aj3uH4JL/AvCEbJsCF5rs+V74CpSxElDP9OAYYg+YtI/5"
    "Zcv0zH1ACWAvwK6z10IUYP6CwDOfWbfsy1RgxBpM+auyLkfEZnjsOsRGw9kP4fsaAr9DZ7"
    "Z3yCGfYPTXBBoeeYbsQS4D/o9/s8sIW/ArpOFX54vxhKBtxYbbFzjjPYgbhjdzxMXLkel+"
    "EE05PwfGkNiTMY40d2beiL1F2J7xm199hhi67FdbkXGHJ7YdDNTwkv+27ILnTuD8Na3FBQ"
    "s+mRObj15O7b/C4tqOYdzc9oz7ds8wdlIjO6SIDMLg0pBgPisQ9qhAYGx+NWyIn70R+3p+"
    "+s1/zgIIvxV/4OdW9/KnVnf3/HSPP5CwqeXPvJvgzrG49U10wZjsdyJwXwAdmZ5xsN+j5w"
    "725HBHiBKQs59RBfLwwgLzxQIRAvxmXYg/8zc4+Pvx8cnJ2+M3J+fvzk7fvj179+Ydayte"
    "N33rbQ5b3nc+dm56cY7wC9++8dH+9CXCBn5hYA6/TE3XMlJ3yDHJapu+NT4eJ6+Y2HwWWP"
    "LfzV94sYbzBSxjeRe3li3s80ZLV/QW8CA2sXcIfiLU89dWTk2BQxBfhTy+NiGXrSjU+xE8"
    "Bm/9CAhbcim/NwYeEXfBGI4HbOQdppbzdT1khQUMWekp9fDQuZJPKL91Yi5NJsg65DTrWc"
    "R2/vE0wf6GJJ7E/zn9586aZlnOhBGL2Mm5WMQcxoJnV9wUcC1ZvYZsi2OYGKaXRvuK3fHQ"
    "GMoRj1MmkLcC0sPww7rWtHVuJHz3v8X2LOB9DgN6nU/t+17r0x1/3JjSv2yBX6vX5neOxd"
    "VZ4urueWLTmXcCfuv0fgL8K/jX7U07ydV5u96/dvg7mROPGJhMDdOKDNPwaogaa7nguvhb"
    "4nQQtq/nePDafI0dEI7fvClwQmCtMo8I4t63GL78jDihcoTbeDIWKHfYW5l4CFNoL6jXhX"
    "d6KWtd9jqf2yXXroDqAvh/+5i1e7gzOjfGXff2Y7d9f38BUpf6+Kot2rN5cHUBIl+Su1Ix"
    "9hXiXg7zkryzmSQwYZtbVe5F6Tc3X3YgLsu89s0FE1f6+EOXdehWAr8I9tnQJ5HnfXNZUD"
    "JxMg/SMZpKR+lgLiizOvmH6eOj07en707OT+dn6PmVvKOzf0yOg+ofYtPiCSE2NHEWrHOq"
    "BKgDRrauQTy/stnj0/vb2+vYxv2+k5A+bh4+vW93d4/EWGaNkAflaE8cq+JxKk6pj1OqHK"
    "dCjCLnqeDtF1znYo9RTl6JkKwgtCi2dq0ioizQJFP2m0vCGaWpEc9XVWRVRzOlJokP1TSw"
    "H4gL0TP+Bc5SZ5sEmmk1x1YO0cXVxSu65nSuhojOT/br2W+G/pLPng9uHq6vd75lq57iaP"
    "M1PVCmSDbhoIMPv3ShbXpylWBTMY/NeouM2a16ILoSfW3hHlkIKdNBhke+wJXBclCPd9NU"
    "nIY2gitPukvRSVMhgl8d4nrGn2SwIkxt0dHPZNBUpBB+QZ4AYUWkOvOOGrqQB+r/EXJWRO"
    "rTvKOmDip2aiMTdwhXBKobdNNYmIi9MkSsi4bON0oJO6iyTQp5aFWY7inp+F3NmjqYOFw2"
    "wl8M03Fc8mLaq0N2zbprBb01FbYpHIwI+WJAbAmL8Iqo/eZ31w56axJqaceDhGojjdwthj"
    "3C/ikofD9QWMSOoKIyY6ncHVXkxATvbvu+1+1c9hKCdxbSFA4nLlvGDN/BKnu0htgXFi7v"
    "g57v5h03dFNhLTAchpisih5bJy9jHTYEtWquQ1d8XGd7iMaa7BdwJfInSmEv0d4IghdEEe"
    "sE+NZm7lLJ/Sf97kDYHdi1TfcZAoIhBe6ENaDABFPifoEuYGLjXtqVqMa++7iP72yGNkAW"
    "3QeYgCdfUQm+wBm9ED6ZLhwS1wJk4tnoBQpXpPmTEH8Y/+EDqN2RlNFO7wPtjvT92M+KuC"
    "OFi1i5ORanqnOuFXCYUdLuI8O0rKtXkk67fBVz+XIh+6XC2jOYlRzIElJtE94uhzqJQ9av"
    "D+2HwKethFOWT3UB/L993H24uencfLwAwYc+vn+4vGy3r3ij+cc+/tDqXPNL/t/koazIrD"
    "gqMimOsufEUXpKkCllZy3P14oUD46I0+n4iOLxESn0LXa4rgB+SKaxr4a98EgMlBeSrSAT"
    "/BRdYxhQmz8jdF0iUaH14NcMTOcEldb+7dlNe+3fe7Hzfrg0735q/b4XO/Nf3958DJtHlv"
    "LL69v36X3XrSaPxSlrkMe2iBMKiV8S98W0/PWEMKKjSmxOkGo+q8ZntUImA8+sHK3n3HWr"
    "gM5z0bZAFKXfOqqIHNomGtMfwQt0EfsZFhjMgAmubu5B7/deqFjcDcPHf6CU/BB4qc0DtB"
    "NBlLU/g2tAH0Pa4Ac/BrHjIvTcf+B0hGwoAtXp4kkmtoSrIiBc1zlFFF6wJhT4MwuI+dRn"
    "s9cPSR+bXyDXvwY9xt6X3eWBnexQOP9d7JoJ+IzmL88am7Z4FuvBZY1sm0yh1ccEgwF7Or"
    "j/9Rp5ULzRnT+m2ZW9/eC9TTxjw4U7ewhNcRh5OjZn4pdyOCd4/kIC0Sxt7h/R2NpgfPxb"
    "q3i1inc71FTNVfEu1uqiisgFxcaiIDengTw7KaKBPDvJ1kDye/Gzur9CDoUd1ncQLgO3nL"
    "qB2t+6MoIkgZ/vz+VRj5HWIqYqlIFljWO90i6SINUSi2oSSzwYm3rGcASHXyrxWkKu+a0y"
    "v8MjXmkbWopQW9Dk9mB1bexbAmpOcGVE9txYfKWiwC519IyPrJir52Xr/rJ11c4LsdyAqi"
    "rh55mtsko7hC5XXUncU5frsO6gexDqX8IO2AfPY/ygYJerZ1wyFekYg2Y/AtYrT1X4337+"
    "Ql/NBAKmU4kOa03PqNnxLs+AKV2qJIazYFCuppBZ5yl6g5bLbG0Nt0gai+A3w0ZP4pjERz"
    "DBVplULUW60hlc0hZPP46VoeRNnFXwX9qPBl/iRQH/miCXrVxTtqOw1Vlme87NpCPvQCfV"
    "KZFUh0JKV1x78rrQwz4NeWDBMeDYRLaRmZvh5/vbmwzBIauDpPyNhh74P2AjurbDbsRoMp"
    "gg2+O2Nf6817CbcMBisyLlpJH0x0gIIbyDpJOGTjqVPS+206Ii0ZWkQrRC3pVWlaQItapE"
    "bVWJCoGbdShKyojzBZQqJaNmV1CpqMCA+hUqqylJwuRBMr1IJLFQjiokTGNUTPnRmvvUHN"
    "Ah8etCePDZFbIkEB0BXh0CP4Mp8kbABDxtBBiOCOV3PCA0xKytxG+n1q51jKECa89+jkpD"
    "O6A07bhUxAHlC4M0ze9i8UMhrcreEDutu84FYP/wLNzdz+2u0bs1/E88CXf8SnIJLBY1Vy"
    "horkSmbZ2FPhJ8VSz6Ki/8KoWv2LmMkUlHZVCOU+mCQAmc0+4/jguf0NcyEC8omjiUz4uM"
    "5OROEBnI5+mM/NTjSd4re4BEaLX7hzoqjfQmrZrkrS5rS6gztsSnZjuUGsm8hGVD/Rckep"
    "xqZ5pN6n6SI7cGYAtm1dxWVCOTNSMVnXyZrQHZiin+lFhVl+Ka2ldKZ9hfq/vXxEJe+wVm"
    "1Hdc3N3P1W7ydgacN1yu33R4hdwDgu0ZL3WL7EOQl/pM9EzDtGd+CJ83grN5wjOJmnMdT9"
    "COXVvq2LVdWtCN8qe5StBXlq+U3K5WNhZ7xDV838aSqCYINbASYH1tZBVko5Taw0GGbbZJ"
    "JA/XbTCGVFRd1m/iMDPyJ+eCLM+j3ICw53dF8H2Xje+7tImDZxD2fIxKgJwga0JmqDjSp0"
    "WQPs1G+jQLadlKvBRn6SJcF8pNMiUxYWtIsoyiy+3UEXKVV+ed1vX17W88W2XwoY+77Z/b"
    "l6IedPiJl4m+6fgVovnfpDhbzKpayKhaJqUlNGm59XxB0bxVpv713K/1VBRbv3XzcK1/Yb"
    "GgZyJZqZtsD/4IiRo++/yxW+2zr0gqtqCkoUS5uSh2mK3YHC7alPDZ/BsFwwn12ObkHoJH"
    "Px/zI89WZkEXvUALPLlkLOJHeYwUBQNok+k+wDy1GA8/5WnIRia28pw3a33GstxiIq5Fpx"
    "bTnp3bIug2V6lpIerY5qx0pYMkncpH5soKjTVUOnBM1+NFuoJ44nISoZS4eSe4tfhzPiGX"
    "li/oEadq4CBfC9bCb7As1DEijXQxpP2TVAmU5wQNRPj4rIjox1rlJMtLCX9DMnZMLHFLyc"
    "Y4QtK8xXktuyI7r7AjjUTCzq5MECFpAsh5R8p11CZwGGLwqNThY07RBLzXrfEXaB2XxvdY"
    "41sMX0w8Wb3u7PViTtAEdDe+WkB3jEQSmFJa0ASZGprQRmUvUb20W1pTdnfba9/0Oq3rki"
    "xYEF6A+cc+vu/02kbr/r7z8UYUdYt+7ePOzeeOMIwFH/q4ddnrfG5fAP8vLwh3f9e+CQrC"
    "BR8rWcuKHD2Psk+eR6mDp0j2VkkfF6fUQVsqB235CgabPCNcqYBQklpzW2Vu0wnlbuTVao"
    "IlaDWnVea0TiuWvXFupzVFwvZUWjEdgqtDG1UKFlstT3gEcybEPeMxj2lK4/4+IP7wSxfa"
    "ZoYDbsxJogspmbjDbVy8spCPL/68Em0dQBWMZNxKkBbJrFeEqjPvaGuPPEuQGjtsPBFcB1"
    "j3fi7fBiG1fm+v+XKV6fUVXdCWeX8ZbrRxgdqbYXvgr8LQAh4BJvB72/ez6vHSlGSKwULj"
    "xp2yZFU2V+xN6tq1cGub/zbt3KWdu7Zjs9pScaSIc5dW2yuqts/x/srJKJTj9fV9Sonx4B"
    "J/5ymbUyhOpmHNF74XO/2KsvfCW347YV2epyU6WwskFYocCleEtoHSdRLcxKxVqQBaRHDP"
    "FBdCsX6pqDAJGxYQE4QVSNSADw7zvLg8O96/efNm70JEbjBYPdYJCI50/llf3AgO/8QF7H"
    "DB7jApEroy6WE9D1kiVAgUtEChBYrtWMQaLFCo7m4iESW4S0fn5mPJ2RWSXYDgQ9pzpHMT"
    "Xgk/JdfLYl7hdUdZI2oEa7BEU5hXbC1OqIuslSiypq29TVsNi1h7tRRfuxRfIRVYPUnAqv"
    "gyKommFt43L7yHYtqKsNZn7VUxcW1knlZ3RNBG49cyhba/OsT1fiaDHYlaY3FzP0+rAUUz"
    "48+g3TKlRjYgukyYAjvNvlYPfEcHYl0mjI/8+3b3/gKIP318ed1p3/TY9+BDH7cerjo9o/"
    "3Zvxz9Vkk3UHtMier6m/Ra+OtD+yGIyCnBJ5/qAvh/+7j7cHMjtDnBBx73c3nZbgdxP8HH"
    "Pv7Q6lzzS/5fNfQ5T8j2pO6E2Qb8CIkaxvutzz4WZQi3aBgDMi6pXouSaeVaCeWaS6bUsA"
    "iW2EbzKh7EyJYXPqgL7zfrOjZssPBBAnuPeKYkychS8Od0ldBXTOh6Hfwp+l9oDGbSWPc8"
    "/ON0Gv+q+LOdFBqO6ZUqAhojakK6gfgR56xQBpiznAwwZ5JERq5LJDq07HwOc4ImALzpfA"
    "6m58GxIwvmyVxRoiSN2U2Pj07fnr47OT+dLyLzK3lrh2Sd9ky3mr4jTqmDetWx96X1GyPI"
    "eDWApleBz0lazWmVOf2EMKKjShM6Qar5rDKf4VcHse4qsDlOqbmsMpd1WP5aAi7Yj6GVam"
    "NLSHX9Np3z4JXKOUcGYw0AN7r4sGTiKlV+OOLVIfFSiPt8ZLspoHi7ArEXlIFrw4MJhYDC"
    "oQs9YCP85RDcinLBIwjuf2odHJ+d88gJ/lWUV+TVNajHxpesMEctXS53k/gjYtSLnGj+rd"
    "0ntPuEmtuAdp/YbvcJQ8RKtHqd2xvfkSJyIXSp4B083IV+Ff43HoBxefuwuBn72sd3rfv7"
    "3267V0a3za5cgPj35AJbRM9df0FTv6ruyKSlzAlxqnoY/Lo13Ndcr011L5f1Rildtu9Eyt"
    "vwUx+3f7/rdPml4AOvGPn59he/YKT4UGV61O/pootZrLuYhULqLtXQ35JzRFF9F3SqnR8T"
    "pFqvqTKfXfjCzgZV2Byn1FxWmcsWtNELdGfGaucaSTcbPOD4TPUdbsqccEK6CxB+6uOkd6"
    "9/37+nogcv5bFkFTwDFmR6gqo8Qf3CucYYUmo+S7xUs52Y0pTam6mCN9Prmve2B/0S1r1X"
    "jW1vMqIVItzTlBrbBLaB1ru0JTpFqO3QauRjaAqYihn11Zz9tdv0N5uQQcmxuno+hvTmVQ"
    "OkhVOHbOlILZk5JJHnsRZwaxu1KgNcbvTOd3m9KCxBN3keKu3ekzDnrJim5XbiDcjXdmjn"
    "acaQXmuelk9wPIAuHSFnR+ICFbm7n+cCNY63K+ACxSckQBiY7D9/tw6KSZjAJTZk1y3gjV"
    "wIAeeGqGSHPd4UUgosNIZYJJyf55M92ZN5Ra3pKdIEtJHzmc5Aq32ktsiW2WAfqS307Ygk"
    "hy1h+NiWdLNsD6GGadvGcOK6wmKB2Ylg4k1cWb6GvAQZS3raYM6McL3c2pQZDEp2fiuVMy"
    "ZCokbOmEYVfEF4aE8sGAxngw/1krMjowedSabEtBhDC5mGXzpCLDUleSCl1+tSRQaUWZ1S"
    "hHqNqn2NeoakyqSIkum5UHwucNzKTIGwvR75tY98nb4/kxVbKkpK/HZ0sfaNRIWznaJsNP"
    "iCRMOpiv29AJzaAK+j6gUDXt8Cr+ZordcEz5fJGhDtBt00dJxGNpMYpF12Wuh2LnuvlZkg"
    "asiU2OUSds5swxwRDY155FsB0xwG8IA3F2kC2Ih7QUMIyBTSfTB1kefxtAHYzyHgmpia/k"
    "k/SCswHJn4md0ZmR4YmmzAUoBkdeXX8JA+7uMeu+tyK54LLfBiuojjQMHudISGIzA2Z2BE"
    "bAuYgGB4wI/YIkvCHjBdCCAeujMeywRYt2xTyCxgn5MTAcOv3AdfpD4snxghL0OrdIeWZF"
    "IMBvlq9r51CggbzMuqjYHfjwRXxBjIpyWvIpvmeU40fYSmgWHD50UMfOfZBr5zSdICo3Rg"
    "dpSmgSCvJTbbZnvgRBo/lI1zlGaDFm2I16X5S+BcBOVsjJMIO+bMJqZlzA8GaaizQ7WkxI"
    "0Y25sO11LdhSPtLVVbdg7VI1V1XvCa84LbJvWM0rnt41Q6JLT8GpOU20oKBRJyHYKtjikn"
    "LQkMbZPxoJL8F6PUXFaZyzqRQrP5qwP567cgLpLZloQ1RaiRzbUmxrMGr2ilaWJ56v2EqS"
    "Y1wJRKJd2FvrfhjsRaM7+3n2eqcaOtlpppfuPGj0VY099oGLXEUzoPiQMt4JEL0cJxIvFL"
    "gLjABBR5cH7xWBI6VX/3y2Kmwoy0AjsdO6Vjpwpy4LU1vc01lzQ+v3TrjueFvrvr4/tOr3"
    "0B+L9VFGtFtPvZuv2UZl/8leKeoX0I2quMdVWNfqHakcc5tSOP07UjJ24p41TQvAlqtRS4"
    "BdHNhTetFdaOstoXUSHBoYgvYpEEFUEqEZNSBvAYYpndo0yyCj/9SlQ4aAgD1pqwQjgkyo"
    "SswFExR8AKWxRIT8E7twCFHvc5G5qOOUA28mbAhi/8YeDOhQxOhFkj3i0FI/MFAkxCgUmW"
    "jKKWPpeJUVp80uLTFi0hTRafoCR9VPYxM2heyzFTpXIttTuYafEo4tFRzKUjz6cjhW/jxf"
    "67bvuq/aFzw71pFp/7+PLhvnf76QL4f/u41/50d9ttdf/nAsw/VlEPHBXxSzvKdkw7Snmm"
    "hU6pRsk1JknXPJm2/uVmflBD5VIQJOnUiMPmj9Vx2DoOW9FzlcTsr1octmLLX2O0S2riuj"
    "HlkukgQ1RuXFGp1HJQj3ezhWtWpjopnhIozDS6IlDx1KZNhIpSwltgKM4AK8J1T8nlvK/m"
    "TOe1qirvIaUZtcXDW/t5CksaaVRAZzmApgtdEFAdgs7YYQOcYMHZ8DIVsa78dHBAeGnwFw"
    "SnlCskCYbA13DLdJe19r08plYrLLXCUs2Vd0sP1oXCY3W56Z20QqH2ctPbpV8TRdhLrl6C"
    "xq/W3sedT3ftLhPegxLusa+VtGlFGHKUzZCjLa9yrEgaJZUWt0LBAiJIbkIr7WpJWh0Woj"
    "KndZnj74HLvtxe9JTit26gvaP244lIMsbkWZn6L8dJMkbVPJxPCllaT3IsrSdpSyuaC9Fs"
    "zalUQTW7B63h1pkxN2Yv0Nkb687eKJnYNQDc9GqK2cthWcPMWtXCMVW6TDmc1LXnqIhjOv"
    "6CmuJoWN+tA3HnCgTPA45LXpAFXVEZDXkUUMYXGwLu8nwgNL2ex65QsMt1ug5v6HclK7+2"
    "vudoDbICG8K+1iBrDXJ816J0IjsJ5MhlcwqVXQYrCg1nhYSGsxyh4SwtNOTICdkw54kGTU"
    "D6+OysSCTb2VlOhsWzDKQpZEuSVy0LYE4XjeDCpvN0jaFn8j0nzYO8WlALGu2Emc+SCk6Y"
    "EHN4ZNms86pARah0EagShRr57vsnQZKcMfm1MqN0ugZgCcRd+NcEudBgglZJzBOUGvUSqG"
    "vP7uyDz3aKD0U8u0PeDWZlNbVJQq39js+n4LWMCuW2JKQaXbUTXryq+9RaDAzRQViDHrxg"
    "USM1B+tSLbhkxtaQKq9AdMgthj3C/qk9NkTJEV5/aMiqVoWOBbGHvNmO3KYwv72/zKKAoi"
    "0LeJ5z05aopCTSAgJzod6nk8GfXN+/+4gofQT/BR7Zlcc9MJgJp/CFfWBhxJC5n9f7AF4p"
    "6pp15vurR4wLjI/TeboNyplKuRXCL1LF8AS+uhLsmoCOTF5jamiTiQVCvPo4fK89AM3hCF"
    "hwyL6xN+FdIBeQKQbTEfFfkudSROGdMjk+FkrT4NfvsJERayEMsjoLiDaJFOSAlmm0SWRd"
    "vF2/SSRcBUuAHCFpIMprMYf42y+TscvgHCNqItLFMijm5E9M1/WinmGTZ4SrOqpHibUPsz"
    "r6rvTmoJriQF3WNsTTc0vg3CZXTyVVMKV8PXUu102l21izVyfXKbQcrgIwpVW7k032l+lh"
    "+OnJMKPNizh3tqwxwlzjMSJoCBmOI0SBnzeDXQ11FaIa9gBGtCpcy7HQlyw8ND3uoJlWyq"
    "zpQX3Mq6kl/UGniI33SeA3ip+Fy6hjUjolrgV2+bCZ8OSqg5lfFVxU9S6kS9GaEq0p2aJ1"
    "ssGaEn+dq2L+TVNqC6XaFspGgKoFjabloFMU2FpOxcmRq4W4lYW41xE0BOoS6SLkRrZIEb"
    "J9uRRxiyF4tsnAtOfH+EPQY8d2eDA2kc0tl/wQLzSNF8BnLIAv0J1N2SGbdUg9ws2jNplC"
    "92BoUmilzbrreogODlNgZdfne32+j5/vIZ/UZWxHc4LGJRU7PiuStoO1yrHP6bJxeVa5NZ"
    "SNs6Bjut64ZGKUOFXzEqOsBWpMPPSEhn6x39Lrhpy6gdCvYxUJlaql80CmCJsI+BrcKjzi"
    "OSvFmGZ20AQGbDrAVIDpQGyxl1qdK3kdae5U5E4QOlpBepCQa/8Ytf1jPPRSUVRM0mpOq8"
    "xpcUwzXqDLTm6V2C3tQPNcZZ5voaejIoF0W8dqRA1eeO6JuGODOJwHRGKAyA2nz+pCx9WX"
    "iKv3oDumfJUM64oUle5ShE04vsalu9MiiozTbD3GaUqN4YNmDofQqXaGkXagNzWVVzrHZa"
    "fO4azKHJOQ6lm2fJaFsK0wzzK60DNN5Zmmc8RkT7nttCJK2D6v0ZZyryheUNEIrMaSA+d6"
    "CiuqOenziwUGmQqFRLViqUA/y3TDnIPi2oqvDnE9408yWBGqtujoZzJo6KhC+AV5AgNqUK"
    "nltAxanXlvzYdLI6XLwNZUBjYozrkaTpGCpY0EaZH1BsHVS+VGU+00Fa5YcNrqkCUj45oC"
    "WylX4AXCZIq5hJLlBB+CG6bcKnB+bVol9m8l/aZ/g4MRIV+uoI24D/GOxIU62WQ/z5t66j"
    "fmjuGL1ks9q7l/M5l4A/IVuGR6IZJUwRe2WgAy9aMjxRVsOYT91EPQhQfhAwCTkigwAYZT"
    "Tpt2qK657+V+1H/shJ0JxfMipwplh48J9dNSBZ/5GINfPSZ0e3Ds8L9+2GVhP+z36LmDM7"
    "wtpJ7YKD3ag6GtrpvoM3+Fg78fH5+cvD1+c3L+7uz07duzd2/esbbifdO33uaZDjofuRFg"
    "Pyqsh1YB7Z/9/WhWCsVf6hjB+mMEdWqqZPnmQhmTjnJSJh2lcyYttpg0yMuLai+oN1hW+6"
    "59c9W5+bhTDvSQ7AIEH/r4/uHyst2+al9dgPnHPv7Q6lzzS/7f5EmhEKMK8SmHTSkuBTu/"
    "hE+Z+3qUZPnuXhdz3qx3dz8+On17+u7k/HS+qc+v5O3laWt+8jxVcrOWkOsS5uqYPiQOU2"
    "TIk+mx7VYWELHEXypBq22bSnOae7dVn9kScs1v5fntn0MYGy1JHF/mFikjrbRVKsbeujdL"
    "gRN0XZnjYU7+0hhV89xx1pKPV4BmTVw/Am9c5sAnI9WjWVaWijrsCdCAX4fQdUoJmDJaPb"
    "ILjexAXVpJN5ak1TuyyjtyeHqyyXOa0dnFJhNkatSb5M9rTL1JNoECm4VBnqTKyjxDgYy6"
    "QfvLRgwH0dqfvvWnpM44QaaVxklYX7IqPOdg+pJZ4Pn7BDQntZzAKg1u6fxngbm4HXa3nd"
    "guzYMWHVrLc8tFLcI14RvpsakQx1dEldLNJZmQ7TYR5dNyt4noOCmU1nrkec4u3QMP3Wtg"
    "4kgCaZGGmgIXPrNzDj9g74t00SJ5nBi7FCCPFwrjPQ4gBR6R1Bir+QG8xhj3x+AJrHnCaj"
    "8FBM9pF2StmyeDALuMeDyhHk+Szc3LHCnurMFJ934UT3Fc+ILIhAbd9PnUmVHwYtrIAk/E"
    "nT+Gic78jwmeGZ6ithkiFjCfPJ5fG7jEdwrVafJU2aX2gXbD0G4YsbAmt1Syq6B5Az0Fjt"
    "8UTS2Wm1tMosNZvFwJoBNkWmFWSGHmb49lNCgLCq08qV15EiQ/kuhM8lIvRKg2mG0h3NO3"
    "NtnCKunDassYptoav+mUYeHJeaVkbrmdNGEneHWufHUQW7Yqhe7n9aRtLCrbWEIxpXTBlx"
    "ShrveSKE2icyM0THSUTKhUVJ724NdlaVTSaq9WrDHldbFyYK4kvK8hyJeLMq1oARBmrhz1"
    "f2gGK6D7nzddqvi/J2PojbhOWxR2HLHOGcssgHBER78Ppi7yPIj5Za4vZ51iavqSPHkSl4"
    "YjEz/DtOK/7gdwxX+HWwSssIDNPVsILMYFEADFa2RSyrDmbXYfA1AOkPW4ty8IKMMXsI6h"
    "H5npu5Ronb0qu8O+1tl/RwevZoROKhJyU9oJRsCRwjSnZlCMqhEas7iW/ryIkv48W0d/ng"
    "6e1CGqGwhRdcyZTUzJ+pBtCYmQqGEK4Y/dalNISq7T0kcFFm1W+mgx6IejHYncEdzJlTjM"
    "RZtlokY2DDWfur+XLCYrBrtkH7Ir5FZeNaeyalNxA4Wp+KQqgXDQvIHoHhVyjDjKcYw4Sj"
    "tGsCd6Ui/k7PNAhGTz54HXkRdeY+evfzP79v+Mr73k"
)
