from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
    "eJztXX1z2ji3/yqa/LPtTJJp0iTtzd57Z2hCu3RTkgdIu/dZdlyDlaCtkbyWCeXu3e9+Jd"
    "kGv8jGNoYIVzOdxtg6MvyOXo7O698HU2JBmx63xmMyw97BJfj7AJtTyC6Sjw7Bgek4qwf8"
    "hmeObNHWjDQaUc81x7yvB9OmkN2yIB27yPEQwbxxC3gQm9g7Br8Q6kELBNQUOARhD5ge8C"
    "YQuWDCHv8Mvk5NbD5C6ysgDsSUP5sCj4inYAqnI+jSY/5mi4zZqxF+3OZLZhj9NYOGRx4h"
    "a+OyV/3+B7uNsAW/Qxp+dL4ZDwjaVgxQZPEOxH3DWzji3v195/q9aMl/wMgYE3s2xavWzs"
    "KbELxsPpsh65jT8GePEEPXZL8tAjWe2XbAlPCW/43ZDc+dweVXtVY3LPhgzmzOsIP/fJjh"
    "MecTEG/i/539d/DVIs0Mo3s7MPrtgWEcpPjLv0KCG8GtMcF8bDD4OVB//+P3uwJE3D3gL7"
    "j6pdV78fripYCAseDRFQ8FXAf/CELTM31SAfoK5bELOSaG6aXRvmZPPDSFcsTjlAnkrYD0"
    "OLyowoHwxooFqykSghvCtwXAD9gPtG6xvQh4n8OAQedTuz9ofbrjr5tS+pct8GsN2vzJqb"
    "i7SNx94fOLsNnvrwrLTsCXzuAXwD+Cf99220muLtsN/n3Av5M584iBydwwrcgwDe+GqLGW"
    "K66Lvyl+X01MV87rsH2CywytfeTr1Pxu2BA/ehP28fTVqxzGfm71xORirRLc6gaPTv1n/8"
    "TwpZ7pzagc4TaeTQXKHfatTDyGKbRX1NvCO72Uta4Gnc/tkmtXQHUJ/L9DzNrd3xmdrnHX"
    "u/3Qa/f7lyB1a4iv26I9mwfXlyDyIbkrFWNfIe7lMC/JO9vEjzO2uVXlXpR+d/PlAOKyzG"
    "t3LwHEQ/y+xzp0K4FfBPts6JPI875nlIkOaeg72JOvTDGaBNzIF7HWwB3MBWVWp0f+JY5O"
    "T87enL19fXH2ljUR33N5500O6p3uIAWqkNTSkL4jxIYmzoJ1SZUAdcTItjWIl3d2Kz69u7"
    "29iW3c7zqDxKC9//Su3XtxIsYya4Q8KEd75lgVxak4pRanVBGnQowi8lTw7Vdc58ceo9x5"
    "JUKywaFFsbVrkyPKCk0yZ7+5JJxRmhrxXH8GVBJNfqZ++CY97/Fxlwb2PXEhesS/wkVKtk"
    "mgmVZz7OUQXd1dfUXXnC/VENH5yX49+83QX/LZ+0H3/ubmQIA8Msff5qZrGTlo8zU9UKZI"
    "NuGgg/e/9qBtih/z42Aem/WmgwyPfIN4U5QcNODd7OEOWQinsY3gxkPpSnTSVIjgd4e4nv"
    "EnGW0IU1t09JGMmooUwk/IEyBsiFRn2VFDl6dAqT1BzoZIfVp21NRBxWQRMnPHcEOgekE3"
    "jYWJHb83hYh10dD5NoejCSHfDIgtYYHaEKkvfnftoLcmjSkuh5JTIpU/xbEojdwthgPC/i"
    "so7N9TWERvqeLhaa2cHz04xgT9Xrs/6HWuBglBPwtpCsczF3kLwyE2Gi+yR2uIfWF5vx/0"
    "fLfsuCHTneM6PZ1G4BR3As2j3x0njsNxzTnkf4Us4/uyyWEBI7zP8rD1Wmv8YALBE6KIdQ"
    "J8Ow0gD8DEocEchN2BF7bpPkJAMKTAnbEGFJhgTtxv0AVMNH2ZNsLX2PcQD/GdzdAGyKKH"
    "ABPw4B/xwTe4oJfcYA9cOCauBcjMs9ETFEb85ZsQfxn/4SOoDfnK6HUOtSH/B9I8FzHkh4"
    "tYuTkWp6pzrhUwNSupMZVhWtZJIkmnnSWKOUu4kP1SoScdLUoOZAmptqbslyuKxJXhX/ft"
    "+8AbpIQ7g091Cfy/Q9y773Y73Q+XILgY4v791VW7fc0bLS+H+H2rc8Nv+X+TQlmRWXFSZF"
    "KcZM+Jk/SUIHPKZC3PtCUHCfSY6Q0Rp6vkDlGJZa+2tfr4zhD/cXr6+vWb01evL96en715"
    "c/721dIrIv0ozz3iXecDt9nH+JA24gsULSZcVwA/JNPYV8Ne+PIEx3DJVpAJfoquMQyozR"
    "MIui6RKIMG8HsGpkuCSmv//uymg/Zvg5i8Hy7NLz61fnsZk/lvbrsfwuaRpfzq5vZdet91"
    "q53H4pQ1nMf2iBMKHb8kjj/p89cDwohOKrE5Qar5rBqfU1402R4faR18jtK4mt4zoQbO1n"
    "6m9cXrdaAS7fV6VegddI9CfWHYAbvwPDYoKHjBBCHARCLgQDdUK/4MWK+QNf8voWxkW/YT"
    "GkMQjDwqUYlu6R01azPzpELpqVQijQSTdzNF5vb9knciDmZrObmYZ6y8FgwbPYjVkY9ggq"
    "0ynuNFutIO5Wkx0ndAYih5M2cT/Nf2o8GXHE3hXzPkspVrznYUtjrLBPpcx355B9rHv4SP"
    "P4WUbrj25HWhh30actO2yZyJynBqItuwCPsj81j72L/tZujmszpIit1o7IH/AzaiW1MXRI"
    "yNoxmymSRDj/n7nsPeyAHLP/kmD7kJ2Zp3kDz56hiY7Hmxn5bIIjEwIe9K23BShNqCI7dH"
    "qmLjVcGvq46gmDLH+RQ30qwo6VRXPJpDSQasdayLj7+Ya91Vq3/Vum7netaVVZKEUR8yvU"
    "gkIiRHFRLGnxRTfrSWXllHdEwcaAEGBXx0xVkSiI5YA66mAHPkTYAJuL8vGE8I5U88ILxu"
    "WFtJLpZau9aOWwqsPYc5Kg3tuNU0camI49Y3Bmma38WcMkJalR2MDlp3nUvA/uNJQXqf2z"
    "1jcGv4VzwnSPxOcgks5opUd+IPnRQn4tFSzKUlz6clha/YuYyJSSdlUI5T1YP18yrSY0hf"
    "nBUA+uIsE2f+KA6z48IH9L0MxCuKJg7liyIjObkTRAbyRTpBEPV4zpkqW3aSVlt91VFp7K"
    "N3tSqsLaHOCKXW0oqiFOFWFUX7odRIBpSW9Z9ekehxmp84JVPvs8XcKYoCW4vuJzlyawC2"
    "YDj0vqIamawZkaryZbYGZCtGACuxqq7FNbWvlE74s1X3r5mFvPYTzEg3vXp6mKvd5O0MuG"
    "y4Xr/pOBBbRwTbC8DRs49BXjyp6JmGsaRgPvETRi+WUaQSNec23qAdu/bUsWu/tKA75U9z"
    "laDPfL5Scrva2FjsEdfwfRtLopog1MBKgPW1kVWQjVJqDwcZttkmkTxc98EYUlF1Wb+Jwx"
    "yHmU5KgCxPUlMbwM+ne39bBN+32fi+TZs4eFoWz8eoBMgJsiaE28WRPiuC9Fk20mdZSMtW"
    "4rU4SxfhulBukimJHbbGJMsout5OHSFXeXU+aN3c3H7hKQCCiyHutT+2r0R5ivCKV63odv"
    "yCFfxv8jhbzKpae54AaNJy6/mKonmrTP3ruZ+ksyi2fuvm4Vr/wmJBz0R2KQ/+CIkaPvv8"
    "tXvts69IfGuQi1qi3Fxlqc5WbI5XbUr4bP5EwXhGPbY5ucfgq5/k5itAFFjQRU/QAg8umY"
    "r4UR4jRcEI2mR+CDB8gi4PPwWjBZiY2Mpz3qz1HRK95u9Rk5SIazn4Q3t2as/O/TjoNlep"
    "aSHq2OaidPq4JJ3KInNlhcYW0sc5puvxHL5BPHG5E6GUuHkS3Fb8OR+QS8tnSYxTNXCQbw"
    "Vr4TdYFuoYkUa6GNK+JFUC5SVBAxE+PS9y9GOtshfs89Thb0ymjoklbinZGEdImrc4b2VX"
    "ZPIKE2kkJ+zsdG8RkiaAnCdSbiPhm8MQgyelhI8lRRPw3rbGX6B1WhrfU41vMXwx8WT1aL"
    "LXiyVBE9Dd+WoB3SkSSWBKaUETZGpoQhuVvUT1fNlpTdnd7aDdHXRaNyVZsCK8BMvLIe53"
    "Bm2j1e93PnRFpuzoxyHudD93hGEsuBjiVA34+/5duxtk2Q4uK1nLioieJ9mS50lK8BTJ3i"
    "rp4+KUOmhL5aAtX8Fgk0eEK2VlTVJrbqvMbTqj3I28WqLlBK3mtMqc1mnFsjfO/bSmSNie"
    "LgutQ3B1aKNCwWKl01plYc4OcY94Wlcp76YXyxXlPeoAqmAk416CpKt5F0Zq6rDxRHAdYP"
    "X9XL4NQmr73l7L5SrT6yu6oK3z/jLcaOP1bmAgbA/8VRhawCPABH5vh35WPcSDTecYrDRu"
    "3ClL4vC1aW9S166VW9vyt2nnLu3ctR+b1Z4eR4o4d2m1vaJq+xzvr5yMQjleXz/mKTEeXO"
    "LvPKVrssbINKz5h+/VTr/h2XvlLb+fsK7P0xKdrQWSCkWEwg2hbeDpOgluYtaWVWxs/8gg"
    "Du6Zx4XwWL/2qDALGxY4JggrECAPS2EevKCQifevXr16eSkiNxisHusEBCKdL+uLB4HwT1"
    "zAhAv2hJ0ioSs7PWznJWsOFQIFfaDQB4r9WMQafKBQ3d1EcpTgLh2d7oeSsyskuwTBRdpz"
    "pNMN74RXyfWymFd43VHWiBrBGizRFOYVW4sT6iJrJYqsaWtv01bDItZefYqv/RRfIRVYPU"
    "nAqvgyKommPrzv/vAeHtM2hLU+a6+KiWsj87S6I4I2Gj+XKbT93SGu95GMDiRqjdXDwzyt"
    "BhTNjD+DduuUGtmA6DJhCuw0h1o98AMJxLpMGB/5/XavfwnEnyG+uum0uwP2ObgY4tb9dW"
    "dgtD/7t6OfKukGao8pUV1/k14L/3Xfvg8ickrwyae6BP7fIe7dd7tCmxNc8Lifq6t2O4j7"
    "CS6H+H2rc8Nv+X/V0Oc8INuTuhNmG/AjJGoY7/c++1iUIdyiYYzItKR6LUqmlWsllGsumV"
    "PDIlhiG82reBAjW1/4oC68X21LbNhh4YME9h7xTEmSkbXgL+kqoa/Yoet58Kfof6ExWkhj"
    "3fPwj9Np/Kviz3ZSaDimV6oIaIyoCekG4iLOeaEMMOc5GWDOJYmMXJdIdGjZ+RyWBE0AeN"
    "f5HEzPg1NHFsyTuaJESRqzm56enL05e/v64my5iCzv5K0dknXaM91q+o44pQ7qVcfel9Zv"
    "TCDj1QiaXgU+J2k1p1Xm9APCiE4qTegEqeazynyG3x3EuqvA5jil5rLKXNZh+VsJuGA/hl"
    "aqjS0h1fXbdM6DZyrnHBmMNQDc6OLDkomrVPnhiFeHxEsh7vOR7aaA4u0KxF5QBq4Nj2YU"
    "AgrHLvSAjfC3Y3ArygVPIOj/0jo6Pb/gkRP8oyivyKtrUI+NL1lhjlq6XO8m8XvEqBeRaP"
    "7Q7hPafULNbUC7T+y3+4QhYiVag85t13ekiNwIXSp4B/d3oV+F/4kHYFzd3q8exj4O8V2r"
    "3/9y27s2em125xLEPycX2CJ67voLmvpVdScmLWVOiFPVw+DnreG+5Xptqnu5bDdK6ap9J1"
    "LehldD3P7trtPjt4ILXjHy8+2vfsFIcVFletTv6aKLWWy7mIVC6i7V0N8TOaKovgs61eTH"
    "BKnWa6rMZxc+MdmgCpvjlJrLKnPZgjZ6gu7C2EyukXSzQwHHZ6rvcFNGwgnpLkF4NcRJ71"
    "7/uf9MRQ9eymPJKngGrMj0BFV5gvqFc40ppNR8lHipZjsxpSm1N1MFb6bnNe/tD/olrHvP"
    "GtveZEQrRLinKTW2CWwDrXdpS3SKUNuh1cjH0BQwFTPqqzn7a7fp7zYhg5JjdfN8DOnNqw"
    "ZIC6cO2dORWjJzSCLPYy3g1jZqVQa43Ohd7vJ6UViDblIeKu3ekzDnbJim5Xbmjcj3dmjn"
    "acaQ3mqelk9wOoIunSDnQOICFXl6mOcCNY23K+ACxSckQBiY7J+/WwfFJEzgEhuy+xbwJi"
    "6EgHNDVLLDHm8KKQUWmkIsEs4v88m+finzitrSW6QJaCPymc5Aq32k9siW2WAfqT307Ygk"
    "hy1h+NiXdLNsD6GGadvGeOa6wmKBmUQw82auLF9DXoKMNT3tMGdGuF7ubcoMBiWT30rljI"
    "mQqJEzplEFXxAe2zMLBsPZ4EO95OzI6EFnkikxLabQQqbhl44QS01JHkjp9bpUkQFlVqcU"
    "oV6jal+jHiGpMimiZHouFJ8LHLcyUyBsr0d+7SNfp+/PZMWeHiUlfju6WPtOosLZTlE2Gn"
    "xFouFUxf5eAE5tgNdR9YIBz2+BV3O01muC58tkDYj2gm4aOk4jm0kM0h6TFnqdq8FzZSaI"
    "GjIldrmEnTPbMEdEQ2MZ+VbANIcBPOLNRZoANuKe0BgCMof0EMxd5Hk8bQD2cwi4JqamL+"
    "kHaQXGExM/sicT0wNjkw1YCpCsrvwWXjLEQzxgT11uxXOhBZ5MF3EcKHgxn6DxBEzNBZgQ"
    "2wImIBgecRFbZEl4CUwXAojH7oLHMgHWLdsUMgvY5+REwPA798EXqQ/LJ0bIy9Aq3aElmR"
    "SDQb6ZvW+bB4Qd5mXVxsAf5wRXxBjIpyWvIpvmeU40fYSmgWHDF0UMfBfZBr4LSdICo3Rg"
    "dpSmgSBvJTbbZnvgTBo/lI1zlGaHFm2It6X5S+BcBOVsjJMIO+bCJqZlLAWDNNTZoVpS4k"
    "aM7V2Ha6nuwpH2lqotO4fqkao6L3jNecFtk3pG6dz2cSodElp+jUme20oeCiTkOgRbHVNO"
    "+iQwtk3Gg0rnvxil5rLKXNaJFJrNXx3IX78FcZXMtiSsKUKNbK41MZ41eEMrTRPLUx8mTD"
    "WpAaZUKuke9L0NDyTWmuWzwzxTjRtttdZM84UbP1ZhTT/RMGqJp3QeEwdawCOXooXjROKX"
    "AHGBCSjy4PLmqSR0qv7u18VMhRlpBXY6dkrHThXkwHNreptrLml8funWHc8LfXc3xP3OoH"
    "0J+P9VFGtFtPvZuv2UZl/8leKeoX0I2quMdVWNfqHakac5tSNP07UjZ24p41TQvAlqtRS4"
    "BdHNhTetFdaOstoXUaGDQxFfxCIJKoJUIialDOApxDK7R5lkFX76lejhoCEM2GrCCuGQKD"
    "tkBY6KOQessEWB9BS8cwtQ6HGfs7HpmCNkI28BbPjEXwbuXMjgRJg14t1SMDGfIMAkPDDJ"
    "klHU0ue6Y5Q+Punj0x4tIU0+PkFJ+qhsMTNoXouYqVK5ltodzPTxKOLRUcylI8+nI4Vv44"
    "/9d732dft9p8u9aVbXQ3x13x/cfroE/t8hHrQ/3d32Wr3/uQTLyyrqgZMifmkn2Y5pJynP"
    "tNAp1Si5xiTpmnemrX+5WQpqqFwKgiSdGnHY/LU6DlvHYSsqV0nM/qrFYSu2/DVGu6Qmrj"
    "tTLpkOMkTlxg2VSi0HDXg3e7hmZaqT4imBwkyjGwIVT23aFKi2qXnrQ0ozSmWHjw7z9G80"
    "0qiACm4ETRe6IKA6Bp2pw/hFsOBreJuK0E2+2R0RXun6CcE55fo1giHwFbYyVVytfa8PEd"
    "X6N61/U3Mh2VM5sVC0p66efJA+H9dePXm/1EWipnjJ1UvQ+MXHh7jz6a7dY2fRoCJ57GMl"
    "5VARhpxkM+Rkz4v2KpIVSKXFrZDvu4j5mtFKu1qSVkc5qMxpXbX3R+CyfwwtKqX4rRuovq"
    "9dPBE5s9h5VqbNyvH5i1E1D+fXhQyHr3MMh6/ThkO0PESzNadSQdDsHrTCVid63Jn6Wycj"
    "rDsZoWRi1wBw04sDZi+HZe0M21QLi2Eu0QmHwz9bIRzOs/Xa4FsMwaNNRqYNEC/RhbzFMe"
    "DJ/oIsgoiKxIA2eUT4Evh8BvAJuov5BLqsQ+oRnhLQJnPoHo1NdvZJq4W39RKtH1ZguT/U"
    "+mGtH47rycpmqas5RZ1CWuGtJKjTfprbDWOzoGO63rTkyTZO1byT7VagxsRDD2jsJx8ovW"
    "7IqRsI/TZWEcekdE6YjFrWkJcibCLg54UAP88B/Dydv9VzDAqZZONVy3yZ2UETGJAn/2wj"
    "MZ0Ak9clZl9qc67kdaS5U5E7EHMwqpweJOTaSKOykYaXIXiqeFRM0mpOq8xpIaYZT9Blkl"
    "sldks70DxXmefCLUJo96r6VESJd8JrRUwte8dqRA0eCPdA3KlBHM4DWcbl/ALLGV3oCssl"
    "ipp60J1SvkqGjuHFIxkThE0QXxNZpYooMs6y9Rhn6dIcAjSeyM+pJsNIO9CbmsorneMyqX"
    "O8qDLHJKR6lq2fZSFsG8yzjC70TFN5pulo5Owpt59WRAnbl0F2KfeK4gGeRmA1lgic2wn0"
    "VHPS58d5Bu4u4kRVS561+ryx1AMLfneI6xl/ktGGULVFRx/JqKGjapVDnBpUajktg1YTs6"
    "5nwaWR0mHp9UAVRldvhlMk4rwpIJVy0lzhSeaYy45ZKTtCUG8xHBD2XwHJomk5O/4p6dH6"
    "BY4mhHy7hjbi3p0HEufWZJPDPD/Xud+Yu+yuWq/1eeWep375buCS+aXIOgCf2KbF62Tz8g"
    "v+HWw5hP3UY9CDR+ELAJNfKTABhnNOm3Z1rbnvIkWyw86ESnA2+hOO/Uu/PiNrrutolxnr"
    "uo624sv8np55i3jO6gTvW4joiqyJRRW0EZIGOs2enBZKbnqak9z0NKWcVb2YcBrvGqsJ31"
    "9dtdvXPO3p8lLXFf4h6gorWd+2AOLav6GiKwsZ88QPbLuVuaqv8WRJ0Gqrk9Kc5n5H1We2"
    "hFzzW3l++3IIY6MlibDK3CJlpJW2SsXYW/dmKXCCritzCcsWxuNUzXOUOC8UWHWeE1h1ng"
    "6sEqBZM9ePjZqWEfhkpHo0p0czW3sc9gZowO9j6DqlDpgyWj2yC43sQF1aSTeWpNU7sso7"
    "cig92eQxzejs+hAJMjXKQ/D3NaY8BC+n5tssDPIgVVbmGQpk1A3aX3ZiOIh4qATWn5I64w"
    "SZVhonYX0qn2QtSqMBzc8EJrBKg1s6U1VgLm4/FctXpSi2axNWRYfW+qRgUYtwTfhGemwq"
    "xPEVUaVEYEkmZLtNRPm03m0iOk4KFI7AYOJ5zgv6Etz3boCJw/KpP1HQsqZMygEufGRyDh"
    "ewD8EceROR1kuMXQqQB+hsxHscQQo8IqkeUfMLhniIuT8GryrMXgH84HyebSzIJ7YM0wcv"
    "GPF0Rj0w8utScKS4swYnffmzeIvjwidEZjToZsinzoKCJ9NGFngg7vI17OjM/5jgkeHJ6K"
    "CLiAXMB/a12U2X+O56OoGZKrvUIdBuGNoNIxZw4pZKQxQ0b6CnwOmrokmfcrM+SXQ4qy9X"
    "AugEmVaYFVKY+dtjGQ3KikIrT2pXngRpaSQ6k7yg+AjVDuPgwz19b8PgN0nsVFsuJ9XW+F"
    "0ncwol543SbOV20oSd4Nm5Urm6UX5P2saiso0lPKaMFiWVnSlCXUhC19Bu9tFRMqFUq6Gt"
    "Gqe3Yjt4jiLaigK7syragckWwQ2jSyXhfQ1BfqsVomNmrhz1f2gGK6D7XzZdq/jvkyn0Jl"
    "yn7U1MD0xY54xlFkA4oqM/BHMXeR7E/DbXl7NOMTX9kzx5ELfGExM/wrTiv+4XcMV/h1sE"
    "rLC0SJ8tBBbjAgiAomAKKWVY8zYvvgagHCHr68tDQUAZvoB1DP3ITN+lROvsVdkdDrXO/g"
    "cSvJoROqlIyE1pJxgBRwrTnGouMapGaMwStTSLKOkvsnX0F+ngSR2iuoMQVcdc2MSUrA/Z"
    "lpAIiRqmEP7avTaFVErxpk8fz3r6aDHox5MDybkjeJJ74jBXbdYdNbJhqFnq/lGymGwY7J"
    "ItZFfIertptlvVpuIOSgbxSVUC4aB5A9E9KeQYcZLjGHGSdoxgb/SkXsjZ8kCEZPfywPOc"
    "F55j569/M/vn/wGdnVDU"
)
