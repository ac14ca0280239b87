from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
    "activated_at" TIMESTAMP,
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
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "created_by_id" CHAR(36) REFERENCES "user" ("id") ON DELETE SET NULL,
    "role_id" CHAR(36) NOT NULL REFERENCES "role" ("id") ON DELETE RESTRICT
) /* An account-scoped integration token acting with a role chosen at creation. */;
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
    "impersonated_client_id" CHAR(36) REFERENCES "client" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* A bearer session. Impersonation sessions are read-only views of one client. */;
CREATE INDEX IF NOT EXISTS "idx_session_expires_823c67" ON "session" ("expires_at");
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
    "eJztXW1z27aW/isYf2kyI3tix3Zy3d2dURylVetYXklOurfqMJQIW2wogCUgK9pu//sCIC"
    "nxBaRIipIhBjOZWCZxQPk5IHDez99HM2xBh5y0JxM8R/ToCvx9hMwZZB+St1rgyHTd9Q1+"
    "gZpjR4w1I4PGhHrmhM/1YDoEsksWJBPPdqmNER/cBhQiE9ET8DMmFFogoCbAxTaiwKSATq"
    "HtgSm7/SP4MjOR+QitLwC7EBF+bwYoFnfBDM7G0CMn/MkWnrBH2+hxlw+ZI/uvOTQofoRs"
    "jMce9fsf7LKNLPgNkvBX96vxYEPHigFqW3wCcd2gS1dcu7/vvv8gRvI/YGxMsDOfofVod0"
    "mnGK2Gz+e2dcJp+L1HiKBnsr8tAjWaO07AlPCS/43ZBerN4eqrWusLFnww5w5n2NF/PMzR"
    "hPMJiCfx/87/K/hqkWGGcdsbGoPO0DCOUvzlXyHBjeDSBCO+Nhj8HKi///HnXQMirh7xB1"
    "z/3O6/eH35UkDAWPDoiZsCrqN/BKFJTZ9UgL5GeeJBjolh0jTa79kdas+gHPE4ZQJ5KyA9"
    "CT9U4UB4Yc2C9SsSghvCtwPAj9gfaPWQswx4n8OAYfdjZzBsf7zjj5sR8pcj8GsPO/zOmb"
    "i6TFx94fMLs7ff3xVWk4DP3eHPgP8K/t277SS5uho3/PcR/07mnGID4YVhWpFlGl4NUWMj"
    "11wXP1P8vp6anpzX4fgElxlah8jXmfnNcCB6pFP269mrVzmM/dTui5eLjUpw6za4debf+y"
    "eGL6EmnRM5wh00nwmUu+xbmWgCU2ivqXeFd3ora18Pu586JfeugOoK+D9HiI27vzO6t8Zd"
    "v/dTvzMYXIHUpRF63xHj2Xvw/gpEfkmeSsXYV4h7OcxL8s4x0eOcHW5VuRel39/7cgRRWe"
    "Z1bq8ARCP0oc8m9CqBXwT7bOiTyPO554SJDmnou4jKd6YYTQJu2xexNsAdvAvK7E6P/Esc"
    "n52evzl/+/ry/C0bIr7n6sqbHNS7t8MUqEJSS0P6DmMHmigL1hVVAtQxI9vVIl5d2a/49K"
    "7Xu4kd3O+6w8Sivf/4rtN/cSrWMhtkUyhHe+5aFcWpOKUWp1QRp0KMIvJU8O3XXOdqj1FO"
    "X4mQbKG0KLZ3baOirNHEC/Y3l4QzSlMjnpt1QCXR5Dr1w1epvsfXXRrYD9iD9iP6FS5Tsk"
    "0CzbSZ4yCX6Prq+it65mJlhoi+n+yvZ38z9Ld89nxwe39zcyRAHpuTrwvTs4wctPmeHhhT"
    "JIdwMMGHX/vQMcUf8/1gHnvrTdc2KP4K0bYoufaQT3OAJ2QhnCaODbdeStdikqZCBL+52K"
    "PGn3i8JUwdMdEveNxUpGz0ZFMBwpZIdVcTNXR7CozaU9vdEqmPq4mauqiYLILn3gRuCVQ/"
    "mKaxMDH1e1uI2BQNfd8WcDzF+KsBkSU8UFsi9dmfrhPM1qQ1xeVQfIal8qdQi9LI9RAcYv"
    "ZfQWH/nsAidksVlaeNcn5UcYwJ+v3OYNjvXg8Tgn4W0gRO5p5Nl4aLHXuyzF6tIfaF5f1B"
    "MPPdauKGvO4c19nZLAKnuBJYHv3pOHEuHNku+DRuGx3yhoSLmx30d9A7DiYA4QTsA6UMFQ"
    "JeYASBhxfAhV7oVf8RsFmZAA7+k3vO2VjvyZ5AEEBPXqb98zt6Rs3u+Xf2Y6ahXmqbkWzF"
    "werdzjO/e/v8v87OXr9+c/bq9eXbi/M3by7evloZ6tO38iz277o/cTNyK2q6DO3K2W577v"
    "Iw1tK74dgPwi7MVzBGVhkPSpGptGMlber3FXGGEp272+C/cR4Nfhp8D/41tz22cy3Yccx2"
    "ZyyRcnIdXPIJtK+rhK+LQEK23HvyptDLPg256Th4AS0DzkzbMSzMfsgsN78MerdywDMnSD"
    "oc7QkF/wccm+xMV4pEz43ntsMkGXLCn/ccAXQcsNhbEUYpvPjY/i0ZwHB903uXdLzwCd5p"
    "X7D2Ba94N16WdGGmCLVfOLH5BUpaOVjjVPsNEFYS0pRzONuRmWdaisSwb2VcKu7VVJIBGw"
    "1M8fUXMzFdtwfX7fedXAtTWSNJ6P2U2UUintEcU0johy1m/Gij0OBwTCbYhRZgUMBHT+iS"
    "QEzEBnAzBVjYdApMwO3eYDLFhN+hQISRs7GSnIRap9aZCArsPa0ck4bORGiauFQkE+Ergz"
    "TN72KR1iGtylkJR+277hVg//Hg+P6nTt8Y9gz/E4+Nj19JboHPEwCvk0NW4J4WSg45zUkO"
    "OU0nh4iTy5iaZFoG5ThVPVg/ryE9hvTleQGgL88zcea34jC7Hnywv5WBeE3RxKV8WWQlJ0"
    "+CyEK+TCfKEMpzL6oc2UnaGg7tw9F5VTqjJSaN9CGtmuatLmtLmDNCqbW0oShFqA1FCecQ"
    "UwNLYhoh0Qs1P4Mg0/CzwyQCRYGtxfiTXLk1AFswLvBQUY28rBkhW/J9tgZkK4bCHQiwqZ"
    "OldOpL2mJco21zbtm08wQzCq+s77Zy7Zt8nAFXAzdbOF0XIusYI2cJOHrOCbhzGIjAtkgL"
    "IAwe/EUEvsIluQJiZgLwnDr2EwSLqV86ZQn8acdQYujcxRN0aNeBhnYdlh10r/xprhn0mT"
    "WszefVYfg245BS7Bl+dGNJVBOEGlgJsL49sgqyUUqtusqwzXaK5OF6CO6QisbL+p0c5iRM"
    "vigBsjxdY3dVmfaG79si+L7Nxvdt2slhekzw9DEqAXKCrBLSim0McaTPiyB9no30eRbSsp"
    "14I87STbgulJvkTGLK1gRnuUU3e6oj5Crvzkftm5veZ16VLfgwQv3OL51rUagt/MTrt912"
    "/dJt/GdSnS3mVy3kVs3xqiYZxFQDUm4/X1M0b5epfz/309WLYuuPbh6u9W8sFqSm7ZSK4Y"
    "+QqBG1zx970FH7W4XE1mfgDKqySIyb63ot2YbNyXpMiajNHwiYzAllh5N3Ar74lUe/AJsA"
    "C3r2E7TAg4dnIoOUZ0kRMIYOXrQAgk/Q4wmoYLwEUxNZeeGbtT5DYtf8PeqTEpktR3/o2E"
    "4d23kYim5zjZqWTVzHXBplAwqTdCqLzJUNGjuoOu2aHuXVLIKM4nIaoZS4eRLcTiI6H2yP"
    "0NLLPE7VwEW+E6xF5GBZqGNEGuliSPuSVAmUVwQNRPjsoojqx0Zlb9gXKeVvgmeuiSRxKd"
    "kYR0iatznv5FRk8goTaSQa9hB+ywhoiJA0AeQ8kbLz2zBfhV5JlDe925/C4Um9OiGHMMTg"
    "aSnhY0XRBLx3bfEXaJ2VxvdM41sMX4SprDJj9n6xImgCunvfLaA3s0UZmFJW0ASZGpbQRt"
    "UvObwmRne9Yed22G3flGTBmvAKrD6O0KA77BjtwaD70y13d8V+HaHu7aeucIwFH0Yo1Q3p"
    "fnDXuX0vaMOPlbxlRUTP02zJ8zQleIpyb5XscXFKnbalctqWb2Bw8KONKnA6Ta25rTK3yZ"
    "zwMPJKb3WSVnNaZU7rwmLZB+dhelMkbE83SNFJuDq3UaFksdKFrbIwZ0rcI5rV1dSm6W0j"
    "MhpklgeqYCrjQYKk+9oURmrmsvWEUR1gDfxqvg1CavfRXqvtKjPqK7qhbYr+Mrzo4M1hYC"
    "AcD/xdGFqAYmACf7aWX1fP5smmCwTWFjcelCUJ+Np2Nmlo1zqsbfW36eAuHdx1GIfVgaoj"
    "RYK7tNleUbN9TvRXTk2hnKiv71NLlHW0K1tUKE6mYc1Xvtcn/Za6d+O6m7aSdVqib2uBqk"
    "IRoXBLaBuoXSfBTby1ZQ0bu1cZhOKeqS6Eav1GVWEeDiygJggvEMAPK2EevCCQifevXr16"
    "eSUyNxislE0CApHOl/XFjUD4xx5gwgW7w7RI6Mm0h908ZINSIVDQCoVWKA5jE2uwQqF6uI"
    "lEleAhHd3bn0q+XSHZFQg+pCNHurfhlfBTcr8sFhVed5a1TYxgD5ZYCvParcUJdZu1Em3W"
    "tLe3abthEW+v1uJr1+IrlAKrpwhYc+DU2vv+tfdQT9sS1oa5e5OgRt7U6qEI2m38XM7Qzj"
    "cXe/QXPD6SGDbWN1t5dg0ohhl/BuM2mTWyAdGtwhQ4alraQPAdicS6VRhf+YNOf3AFxI8R"
    "ur7pdm6H7Pfgwwi17993h0bnk385+lsl60DtWSWqW3DSe+F/33fug5ycEnzyqa6A/3OE+v"
    "e3t8KeE3zgmT/X151OkPkTfByhD+3uDb/k/1TDovNgO1QaUJjtwo+QqOG+P/j6Y1GGcJ+G"
    "Mcazkga2KJk2r5Uwr3l4QQwLI4l3NK/nQYxsc+uDuvB+tSuxYY+tDxLYU0xNSZmRjeCv6C"
    "qhr5jS9Tz4E/t/oTFeSrPd8/CP02n8q+LPTlJouCYt1Qg0RtSEggNxEeeiUA2Yi5waMBeS"
    "UkaehyVGtOyKDiuCJgC874oOJqVw5srSeTJ3lChJY07Ts9PzN+dvX1+erzaR1ZW8vUOyT1"
    "PTq2bviFPqtF51PH5p+8YUMl6NoUkr8DlJqzmtMqcfbGSTaaUXOkGq+awyn+E312bTVWBz"
    "nFJzWWUu68T8naRcsD+GVOqPLSHVbcZ02YM9lj3IWsg1ANzsBsSSV1epFsSRuA5JnEI86i"
    "M7UMGOjyuQf0EYuA48nhMICJx4kALHRl9PQE+0DJ5CMPi5fXx2ccmzJ/ivosUi77BBKFtg"
    "suYctUy5OVDi94hbLyLT/KEDKHQAhZrngA6gOOwACkPkS7SH3d6tH0oRuRAGVfAJ7u/CyA"
    "r/N56Ecd27X9+M/TpCd+3B4HOv/97od9iVKxD/PbnBFrF019/U1O+sOzVJKYdCnKoeBj9v"
    "H/cd92xTPc5lt5lK1507UfY2/DRCnd/uun1+KfjAu0Z+6v3qN40UH6q8HvXHuuiGFrtuaK"
    "GQwUs19A9Ejihq8YJuNfkxQaotmyrz2YNPTDaowuY4peayyly2oGM/QW9pbCfXSKbZo4Dj"
    "M9UPuSkj4YR0VyD8NELJ+F7/vn9PxRhewtPJKsQGrMn0C6ryC+o3zzVmkBDzURKnmh3GlK"
    "bU8UwV4pme18F3OOiX8O89a357kxGtkOWeptTYJrANrN6lfdEpQo2sIkUZGoOmYn59NXGt"
    "3a2/36oMBwrqxqIM6fOrBkwLFxA5UFRL1g9JlHusBdxmL9u0PFQA5dVBr3eFTfAmZaLSIT"
    "4Jl86WxVp6czrG3zqhr6cZoO+0WstHOBtDj0xt90gSBhW528oLg5rFxxUIg+JvJLARMNk/"
    "/7wOmkqYwMMOZNctQKcehIBzQ3S0Q5QPhYQAy55BJArPr+rKvn4pi4za0VOkhWgjEpquRK"
    "vjpA7In9ngOKkDjO+IFIkt4fw4lLKz7Awhhuk4xmTuecJrgZhEMKdzT1a1Ia9MxoaZ9lg5"
    "I9wvD7ZwBoOSyW+lKsdESNSoHNOoxi82mjhzCwbL2eBLveTbkTGDridT4rWYQcs2Db+FhN"
    "hqSvJASq/3pYoMKLM7pQj1HlX7HvUIcZWXIkqm34Xi7wLHrcwrEI7XK7/2la/L+Gey4kBV"
    "SUnsjm7avpfccHZSlM0JX5NoOFVxwTcHTsV88IoCe+BO+ENFtZQfk2+UNUDaD6ZpKKSR4y"
    "QGaZ/JC/3u9fC56hNEXZkSz1zC05ntmsNioLHKfyvgnEMAHvPholgAW3FP9gQCvICkBRae"
    "TSkvHoD8SgKeiYjpy/pBcYHJ1ESP7M7UpGBisgVLgC3rML+Dh4zQCA3ZXY/78TxogSfTsz"
    "kOBLxYTO3JFMzMJZhixwImwAgecyFb1Ep4CUwPAogm3pJnNAE2LTsVMlvZ51RGQPAbj8QX"
    "JRDLl0fIq9QqPaMlFRWDRb6dx2+XKsIe67Nqd+D3o8MVcQfy15L3k03zPCenPkLTwOThyy"
    "IuvstsF9+lpHSBUTo9O0rTQJB3kqHtsDNwLs0iysY5SrNHnzZEu7L9JXAugnI2xkmEXXPp"
    "YNMyVoJBGurshC0pcSPW9r6TtlQP4kjHS9VWo0P1fFVdH7zm+uCOSahRusZ9nEonhpbfY5"
    "J6W0mlQEKuE7HVceakNYGJYzIeVNL/YpSayypzWZdTaDZ/dTp//T7EdUnbkrCmCDWyue7E"
    "eO3gLb00TWxT3Uq4alILTKmC0n3oxxseSbw1q3utPFeNFx210U3zmTs/1olNP5Awb4kXdp"
    "5gF1qA4isxwnUjGUwAe8AExKZwdfFMkjxV//SbsqbCurQCO509pbOnCnLguS29zXWXNL7K"
    "dPuOV4e+uxuhQXfYuQL8/yqGtSLW/WzbfsqyL35Kcc+wPgTjVca6qkW/UA/Js5wekmfpHp"
    "Jzr5RzKhjeBLNaCtyC6ObCm7YK61BZHYyokOJQJBixSImKoJqISQgDeAaRzO9RplyFX4El"
    "qhw0hAE7LVkhAhJlSlYQqJijYIUjChSo4JNbgEDKY84mpmuObcemS+DAJ/4wcOdBBqeN2C"
    "A+LQFT8wkChEOFSVaOopY5N6lRWn3S6tMBbSFNVp+gpIJUtpgZDK9FzFSpaUvtAWZaPYpE"
    "dBQL6ciL6Ujh23i1/67fed/50L3l0TTrzyN0fT8Y9j5eAf/nCA07H+96/Xb/f67A6mMV88"
    "Bpkbi00+zAtNNUZFoYlGqU3GOSdM3TaevfblaCml2uCEGSTo1MbP5YnYmtM7EVlaskbn/V"
    "MrEV2/4aY11SE9e9GZdM1zZE/8YtjUpt1x7yaQ5wz8o0J8WLAoW1RrcEKl7ctClQ7dLyNo"
    "CEZDTMDm+18uxvJDKogAluDE0PeiCgOgHdmcv4hZHga3iZiNRNftgdY97v+smGC8LtaxhB"
    "4BtsZaa4WufenCKq7W/a/qbmRnKgcmKhbE/dQ/korR/X3kP5sMxForN4yd1L0PgtyEeo+/"
    "Gu02e6aNCXPPZrJeNQEYacZjPk9MBb9+7zVTiQza1Q7LvI+ZqTSqdaklZnOajMad2793vg"
    "sq+GFpVS/NENNN/XLp6ImllMn5VZs3Ji/mJUzcP5dSHH4escx+HrtOPQXinRbM+p1BY0ew"
    "ZtsNWlHvdn/9blCIuYvkuVI5S82jUg3PQOgdkbYllPwy4Nw2KdS6zC4frPNgmHL9pme3AP"
    "QfDo4LHpAJu36bLp8gTwcn9BHUGbiNKADn600RXw+QzgE/SWiyn02ISEYl4U0MEL6B1PTK"
    "b9pA3Du3qIthArsN+3tIVYW4jjlrKydepqLlKnkF14JyXqdKTmbhPZLOiaHp2V1G3jVM3T"
    "bXcCNcLUfrAnfvmB0vuGnLqB0O9iF3FNQhaYyahlXXkpwiYCflEI8IscwC/SFVypaxDIJB"
    "tarfZl5gRNYECe/LOL0nQCTN6bmH2p7bmSN5HmTkXuQMTBqKI9SMi1m0ZlNw1vRPBUUVVM"
    "0mpOq8xp4SQXlp6qHvYo8V54rWMpKvpeicHToh6wNzOwy3kgq7+b33A3YwrdcbdEk0sKvR"
    "kxnqAXhgkXz2tLEDZBlEnUGCqi1J5n67Tn6UYNAjRe1s2tdp5JJ9CHmso7nesxCWSyrPKO"
    "SUj1W7b5LQth2+I9y5hCv2kqv2k6NzX7lTtMj5KE7auUq5SrvXi6nxF4ECUC527S/tR86f"
    "Oz/oLQB6FR1VJ1q2GhOckEAOxR40883hKqjpjoFzxu6KpaV5QmBpF60cqg1cQa3FlwaaR0"
    "knI9UIW5ttvhFMk/bgpIpQL21njiBeKyY1YBhxDUHoJDzP4rIFk0rYLDPyWjGz/D8RTjr+"
    "+hY/NIvyNJoGNySCsv5nHhD+bhm+vRG+MfeRSi38wZeHhxJXLQ4RM7tHjXZF6M37+CLBez"
    "P/UE9OFx+ADA5FcCTIDggtOmwx5rnrtIy+RwMmESnI//hBP/o9+tjw3XXZXLrHXdVVnxbf"
    "5Add4iUZS63PcO8nsie2JRA22EpIEBlKdnhUpdnuWUujxLGWdVby2bxrvG3rL319edznte"
    "BHP1UXeZ/S66zCrZ7bQA4jq+oWIoC57wMgDsuJWFLW+IZEnQaq+T0pzmcUfV32wJuea38v"
    "z25RDGRkuSbZN5RMpIKx2VirF3ny3Zs4Xx5rVkj0t5F4WSbC5ykmwu0kk2AjRr7vl5MrMy"
    "Ap+MVK/m9Gpme4/LngAN+G0CPbeUgimj1Su70MoOzKWVbGNJWn0iq3wih9KTgx/TjM7uFp"
    "AgU6NZAH9eY5oF8OZavs/CwA9SY2Weo0BG3aDzZS+Og0iESuD9KWkzTpBpo3ES1qfyJbei"
    "NBrQ/LJQAqs0uKWrFgXu4s5TsdpFimK7sXhRdGltLhAV9QjXhG9kxqZCHN8RVSoKlWRCdt"
    "hElE+bwyai66RAGwEEppS6L8hLcN+/ASYKm2n+QEDbmjEpB3jwkck5XMBugYVNp6LEk1i7"
    "BNgUkPmYzziGBFAs6SVQ8wNGaIR4PAbvMcseAfxEbV55KqgttUrZBi8Y8WxOKBj7XQo4Uj"
    "xYg5O+/FE8xfXgk43nJJhmxF+dJQFPpmNb4AF7q8cw1Zn/MMEjw5PRQc/GFjAf2NdmFz3s"
    "h+vpYlaqnFItoMMwdBjGM3W1V46re2lrH/1yJYBOkGmDWSGDmX88lrGgrCm08aR240lQok"
    "RiM8lLio9Q7TEPPjzTDzYNfpsiP7XV9VFtj993YZ9Qct6q5FLuJE04CZ6dK5V73eTPpH0s"
    "KvtYQjVlvCxp7EwR6rYCuqNys1VHyQulWkdl1Ti9E9/Bc7RUVhTYvfVUDly2Ntwyu1SS3t"
    "cQ5HfaLzjm5sox/4dusAK2/9XQjYb/AZ5BOuU2bTo1KZiyyRnLLGCjiI2+BRaeTSlE/DK3"
    "l7NJETF9TR4/iEuTqYkeYdrwX/cDuOG/yz0CVthmYsA2AotxAQRAETCDhDCs+ZgXXwJQjm"
    "3ry8uWICAMX8Amhn5mph9Som32qpwOLW2z/44Er2akTiqSclM6CEbAkcI0p7NHjKoRFrNE"
    "Z8UiRvrLbBv9ZTp5Uqeo7iFF1TWXDjYl+0O2JyRCooYrhD/2oF0hlUq8ae3jWbWPNoN+Mj"
    "2S6B3BnVyNw1yP2aRqZMNQs9T9vVQx2TLZJVvIrlD1dttqt6q9intoH8NfqhIIB8MbiO5p"
    "ocCI05zAiNN0YAR7IpVGIWfLAxGS/csDz6MvPMfJX/9h9s//AxH5A/g="
)
