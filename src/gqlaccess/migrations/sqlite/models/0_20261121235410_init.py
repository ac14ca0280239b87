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
    "sent_at" TIMESTAMP,
    "account_id" CHAR(36),
    "invitation_id" CHAR(36) REFERENCES "invitation" ("id") ON DELETE SET NULL
) /* An e-mail the service owes, written in the transaction of the change that causes it. */;
CREATE INDEX IF NOT EXISTS "idx_outbox_emai_status_40e2f1" ON "outbox_email" ("status");
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
    "eJztXXuT2ji2/yoq/tlMVacr/UyWe+tWkQ6ZYaYDfYHOzN1hymOwutHGSF5LdIc7m+++km"
    "yDH7KxjaGNo6pU2tg6MvyOHuetv1oLYkGbnnZmM7LErNUGf7WwuYD8Iv7oBLRMx9k8EDeY"
    "ObVlWzPUaEqZa85EXw+mTSG/ZUE6c5HDEMGicQcwiE3MTsFPhDJoAZ+aAocgzIDJAJtD5I"
    "I5f/xf4M+Fic1HaP0JiAMxFc8WgBH5FCzgYgpdeirebJEZfzXCj/t8yRKjfy2hwcgj5G1c"
    "/qrf/+C3EbbgV0iDj84X4wFB24oAiizRgbxvsJUj793f9z58lC3FD5gaM2IvF3jT2lmxOc"
    "Hr5sslsk4FjXj2CDF0Tf7bQlDjpW37TAlued+Y32DuEq6/qrW5YcEHc2kLhrX++2GJZ4JP"
    "QL5J/Hf5P/5XCzUzjP5gbIy6Y8NoJfgrvkKMG/6tGcFibHD4BVB/ffP63QAi77bEC25+6g"
    "xfXVz/ICHgLHh05UMJV+ubJDSZ6ZFK0Dcoz1woMDFMlkT7A3/C0AKqEY9SxpC3fNLT4KIM"
    "B4IbGxZspkgAbgDfHgBv8R9oDbC98nmfwYBx71N3NO58uhOvW1D6L1vi1xl3xZNzeXcVu/"
    "vK4xfhs99bFdadgF9745+A+Aj+Meh341xdtxv/oyW+k7lkxMDk2TCt0DAN7gao8ZYbrsu/"
    "CX7fzE1XzeugfYzLHK1j5OvC/GrYED+yOf94/uZNBmM/d4ZycvFWMW71/Ufn3rNvEXwpM9"
    "mSqhHu4uVCotzj38rEM5hAe0O9L7yTS1nnZtz73C24dvlUbeD9nWDe7v7O6PWNu+Hgx2F3"
    "NGqDxK0J/tCV7fk8+NAGoQ/xXSkf+3JxL4N5cd7ZJn5c8s2tLPfC9IebLy2IizKv228DiC"
    "f445B36JYCPw/26dDHkRd9LykXHZLQ9zBTr0wRmhjcyBOxtsDtz4XarE6P4ku8Pj+7fHv5"
    "7uL68h1vIr/n+s7bDNR7/XECVCmpJSF9T4gNTZwG65oqBuqUk+1rEK/vHFZ8ej8Y3EY27v"
    "e9cWzQ3n963x2+OpNjmTdCDKrRXjpWSXEqSqnFqbqIUwFGIXnK//Ybrgu1xyimr4RIdlBa"
    "arZ27aKibNAkz/w3F4QzTFMhntt1wFqiKXTqhy9KfU+MuySwH4kL0SP+Ba4Ssk0MzaSZ4y"
    "iH6Obu5iu65vPaDBGen/zX898MvSWfvx/0729vWxLkqTn78my6lpGBtljTfWOKYhP2O/j4"
    "yxDapvwx3w/mkVlvOshg5AvEu6LkoLHo5gh3yFw4zWwEdx5KN7KTpkIEvzrEZcY/yXRHmL"
    "qyo5/JtKlIIfyEmARhR6R6644aujz5Ru05cnZE6tO6o6YOKi6LkKU7gzsCNfS7aSxMXP3e"
    "FSLeRYPmm5CoyDlRSlJSwE+iNcBwTPh/OcXWewrzWODqqAZslVjDKlBEZB1y9XbYuxnHRN"
    "Yo0uLR4nwRv+ObgbzvJr5JXMpSuUBDEliGDzSQ93J6QXHgknxNZ8SBFuBIwEdXzhAgO+IN"
    "GAcSPCM2ByYQ8wvMuAQunjAg3VW8rcL3WWnX2uNZAwX4RHs8vyMTXR6P5xcOaVmPTkBbZ+"
    "9nq3PXawP+n3DCDT93h8Z4YHhXwgcXvVMPR5t2Qq/BPcvlhD7LcEKfJZ3Qcucy5iadF0E5"
    "SlUN1i8qP0WRvr7MAfT1ZSrO4lEUZseFD+hrEYg3FE0cytd5RnJ8JwgN5OukQ54y4eMts2"
    "XHaSvYtOupTdV9j1a40ZKbtC+GF/T9RKmqFIjry9oC7rRAap2uCuKaINSOym8JC05BTEMk"
    "eqBmeypDQdIHc1bWFNittp/oEhix/tx0RjedD91WYuRWAGxO++OxohqarCkGNfU6WwGyJQ"
    "2VRwJsYmcp7GJPmoortG0uLcS6TzAlwWPz9CTTvinaGXDdcLuF03Egtl4TbK+AQM8+BXc2"
    "BxEgi54ATMCDN4jAF7iibSB7poAsmY2eIHieeykaK+B1O4UKQ+c+3lCxvfM9ekyN9VTum4"
    "ogT3/I1Vcj9UI8/35+fnHx9vzNxfW7q8u3b6/evVnHeiYfZQV9vu/9KCIRI2J7EJrYFDvo"
    "QfnTXDPoC2tY2/er4wiwi0LKiCtj0AujGiPUwCqA9eyRZZANU2rVVYVtulMkC9djcIeUNF"
    "5W7+QwZ0EIRwGQ1UEf+8v+Ohi+7/Lg+y4d33dJJ4fpcsHTw6gAyDGyUkjXbGGIIn2ZB+nL"
    "dKQv05BWrcRbcVYuwlWh3CRnEle2ZiTNLbrdUx0ir/Pq3Orc3g5+Fdmf/sUED7s/d29kQm"
    "hwJfJE+z0vRVT8jauz+fyqudyqGV7VOIO4akCLrecbiuatMtWv515YbF5svdbNw7X6hcWC"
    "zES2It7059GgrwY3RBLX8dGMgX8DG9G9GdVDkWbTJbIZwvRUvPYlgs0ERBH9PgD61afOb3"
    "Ee3NwO3scFcNHBe5W342UMnH72h8K4uckLSTdszjZtCkRt/o2C2ZIyvjm5p+BPr8LBnwBR"
    "YEEXPUELPLhkIcyLvKsZo2AKbfJ8AjB8gi6gkIHpCsxNbGWFb1b6DoVd8/ewTwou+ORo/a"
    "FjO3Vs53Eous01alqIOra5MooGFMbp6iwylzZo7KG6jWO6TOQaeDtBQY1QSdw8CW4vEZ0P"
    "yKWs8DCPUjVwkO8Faxk5WBTqCJFGOh/SniRVAOU1QQMRPr/Ko/rxVukL9lVC+ZuRhWNiRV"
    "xKOsYhkuYtznvZFbm8wkUahYY9hl9TAhpCJE0AOUuk7P42zlah1xLl7aD/Y9A8rlfH5BCO"
    "GDwrJHysKZqA974t/hKt88L4nmt88+GLCVNlgKevF2uCJqB78NUCugtEqbrWRboVNEZWD0"
    "uoeN9RW0KPu1jq3WDc7Y97nduCLNgQtsH6coJHvXHX6IxGvR/7wt0V+TjBvf7nnnSM+RcT"
    "nKi6ej+66/Y/SNrgspS3LI/oeZYueZ4lBE9ZX6aUPS5KqdO26py25RkYbPKIcAlOJ6k1t+"
    "vMbbqkIoy81KyO02pO15nTupht+sZ5nN4UBduThRh1Eq7ObaxRslie3Mb0OIoQ5lyJe8SL"
    "qopnNr08XUoh/uJA5UxlPEqQdP3M3EgtHD6eCK4CrBGU9pgGIbX/aK/1cpUa9RVe0LZFfx"
    "luuHGOI8yC9sBbhaElTgszgdfbiVdXD4lk02cMNhY3EZSlOqtsx96UoV2bsLb1b9PBXTq4"
    "6zg2qyNVR/IEd2mzfU3N9hnRXxk1hTKivr5PLVFVObtoUaEomYY1W/ne7PQ76t6NO0XhJF"
    "6nJTxbc1QVCgmFO0LbQO06Dm5s1hY1bOxfZZCKe6q6EKj1W1WFZdAwh5ogvUCAPKyFefCK"
    "Qi7ev3nz5oe2zNzgsDLeCfBFOk/Wlw984Z+4gAsX/AnXIqGr0h7285ItSoVEQSsUWqE4jk"
    "WswQpF3cNNFKqECOno9X8sOLsCsjbwL5KRI71+cCe4iq+X+aLCq86yRtTw12CFpTDr3NIo"
    "oT66VB9d+h2vhnm8vVqLr1yLL1EKrJoiYM2BU2vvh9feAz1tR1gb5u6NgxqaqeVDEbTb+K"
    "WcoZsTPRWGjchxn+l2jc3xornMGumA6KPCarDVnGgDwXckEuujwsTIH3WHozaQfyb45rbX"
    "7Y/5Z/9igjv3H3pjo/vZux3+VMo6UHlWSd0tOMm18H/vu/d+Tk4BPnlUbeD9neDhfb8v7T"
    "n+hcj8ubnpdv3MH/9ygj92erfilve3HhadB2QzZUBhugs/RFIP9/3R1x8LM0T4NIwpWRQ0"
    "sIXJtHmtgHnNJc/UsAhWeEezzjyIkG0/+qAqvN/sS2w44NEHMewZYaaizMhW8Nd0pdCvmd"
    "L1MvhT9P/QmK6U2e5Z+EfpNP5l8ec7KTQckxU6CDRC1ISCA1ER5ypXDZirjBowV4pSRq5L"
    "FEa09IoOa4ImAHzoig4mY3DhqNJ5UleUMEljdtPzs8u3l+8uri/Xi8j6TtbaoVinmemWs3"
    "dEKXVab308fkn7xhxyXk2hyUrwOU6rOV1nTj8gjOi81ISOkWo+15nP8KuDeHcl2Byl1Fyu"
    "M5d1Yv5eUi74j6GlzsdWkOpjxnTZgwOWPUgbyBUA3OwDiBVTt1ZHEIfiOhRxCtGoj/RABR"
    "RtlyP/gnJwbfh6SSGgcOZCBmyEv5yCgTwyeA7B6KfO6/Ora5E9IT7KIxbFCRuU8QGmOpyj"
    "ki63B0r8HnLrhWSaP3QAhQ6gqOc+oAMojjuAwpD5Ep1xb9D3QilCN4KgCtHB/V0QWeF9Ek"
    "kYN4P7zcPIxwm+64xGvw6GH4xhl99pg+jn+AKbx9Jd/aGm3sm6c5MWcihEqaph8Mue477n"
    "M9vqHuey30ylm+6dLHsbXE1w97e73lDc8i/EqZGfB794h0bKizLTo/pYF32gxb4PtKiRwa"
    "tu6B+JHJHX4gWdcvJjjFRbNuvMZxc+cdmgDJujlJrLdeayBW30BN2VsZtco+jmgAKOx1Qv"
    "5KaIhBPQtUFwNcHx+F7vufesjjG8VKSTlYgN2JDpCVrnCeodnmssIKXmoyJONT2MKUmp45"
    "lKxDO9rIPveNAv4N970fz2JiNaIss9SamxjWHrW70L+6IThBrZmhRlaAyaNfPr1xPXyt36"
    "h63KcKSgbi3KkNy/KsA0dwGRI0W1YP2QWLnHSsBt9rBNykM5UF5v9HpV2AZvXCYqHOITc+"
    "nsWKxlsGRT8rUb+HqaAfpeq7V8gospdOkcOS1FGFTo6UlWGNQi2i5HGJSYkQBhYPJ/3n7t"
    "HyphApfYkN+3AJu7EALBDXmiHWaiKaQUWGgBsSw8v64re/GDKjJqT29RFqINSWi6Eq2Okz"
    "oif2aD46SOML4jVCS2gPPjWMrO8j2EGqZtG7Ol60qvBeYSwZItXVXVhqwyGVt6OmDljGC9"
    "PNrCGRxKLr8VqhwTIqlH5ZhGHfyC8MxeWtAfzoYY6gVnR0oPup5MgWmxgBYyDe8ICbnUFO"
    "SBkl6vSyUZUGR1ShDqNaryNeoRkjKTIkym50L+uSBwKzIFgvZ65Fc+8nUZ/1RWHKkqqYjd"
    "0Ye2HyQ3nO8URXPCNyQazrq44JsDZ8188DUF9sid8MeKaiE/plgoK4B06HfTUEhD20kE0i"
    "GXF4a9m/FL1ScIuzIVnrmYpzPdNUdkQ2Od/5bDOYcBfC2ay2IBfMQ9oRkE5BnSE/DsIsZE"
    "8QDsVRJwTUxNT9b3iwvM5iZ+5E/mJgMzkw9YCpDqhPk9vGSCJ3jMn7rCj+dCCzyZLhI4UP"
    "DqeY5mc7AwV2BObAuYgGD4WgjZslbCD8B0IYB45q5ERhPg3fJdIfUo+108e1nFWJXbsKJo"
    "oj+Od3Pq7VMLOGAJVu3x+37UtDweP1F8VBwZm+R5Rtp8iKaB+cHXebx41+levGtFdQKjcA"
    "Z2mKaBIO8lCdvm29xSmSiUjnOY5oBua4j3Zd6L4ZwH5XSM4wg75sompmWs9/4k1Ok5WUri"
    "RoztQ+dl1T1OIxkSVVkZjrqnpOoS4BWXALdNyozCZeyjVDr3s/gagzm2hj80SygFCnKda1"
    "0ff40i9k/n0jeavzqXu3oH0qaeaUFYE4Qa2UxfUrRw7I4m+iaeUXwSs9MnBlitqgkPoRds"
    "1lKY6tfPTrLs9G641VYb/a/C8r3JavkbDZJWRFXfGXGgBRhpyxaOE0pfAcQFJqCIwfXNc0"
    "XmTPXdb0uZCYqSSux06oxOncnJgZe2ATbXkN74EsOdO1Ea+O5ugke9cbcNxP9lTC557L7p"
    "Vt+EzVf+VeKeopf67euMdVlbb64DBM8zDhA8Tx4guHQLuS385k0wuCTAzYluJrxJe6GOk9"
    "SRaDVSHPJEouWpT+CXkjAp5QAvIFZZxIvUKvDKb4SVg4YwYK/1CmQ0mkrJ8qPUMhSsoEWO"
    "6gSicwtQyETA0cx0zCmyEVsBGz6Jl4E7F3I4EeaNRLcUzM0nCDAJFCZVLYJK+tymRmn1Sa"
    "tPR7SENFl9goryQelipt+8EjGzTid2VB56pNWjkK8/n7M/y9ufwLfxav/dsPuh+7HXF3EW"
    "m+sJvrkfjQef2sD7O8Hj7qe7wbAz/L82WF+WMQ+c5YlYOksPWTpLxCwF4YpGwTUmTtc8nb"
    "b65WYtqKFiGehxunqk4YrX6jRcnYZbU7lK4favWxpuzZa/xliX6onrwYxLpoMMeXjfjkal"
    "joPGopsjXLNSzUnRijBBockdgYpWtmwKVPu0vI0gpSmnJQePTrLsbzTUKIcJbgpNF7rApz"
    "oFvYXD+UWw5Gtwm8q8PbHZvSbisOMnBJ+psK8RDIFnsFWZ4irtu+L8QG1/0/Y3LSdWkAeo"
    "D9BtJfXjyg/QPS5zkTxWuuDqJWm886cnuPfprjvkuqh/KHXkYynjUB6GnKUz5OzIz2095F"
    "Q4ksUtV+y7zAZa0lK7WpxWZznUmdP64NbvgcueGppXSvFaN9B8X7l4IgsmcX1WZc3KiPmL"
    "UDUP54tcjsOLDMfhRdJxiNZKNF9zSp0Jmd6DNtjqOn+Hs3/rWnR5TN+FatEppnYFCDf9eL"
    "j0BbGop2GfhmE5zhVW4WD8p5uEg4m23R48wBA82mRq2gCJM5oQW50CUevNLyKHqKwLZ5NH"
    "hNvA4zOA4gz75zl0eYeUEVERzibP0H09M7n2kzQM7+sl2kJcg/X+RFuItYU4aikrWsGs4v"
    "JlNbIL76V4mY7U3G8imwUd02WLgrptlKp5uu1eoMaEoQc088oPFF431NQNhH4fq4hjUvpM"
    "uIxa1JWXIGwi4Fe5AL/KAPwqWduTOQaFXLJh5aoipnbQBAYcumiZBFMcTMu/1O5cyepIc6"
    "ckdyAWYJTRHhTk2k1TZzeNqEL/VFJVjNNqTteZ09JJLi09ZT3sYeKD8FrHUpT0vVJDpEU9"
    "EHdhEEfwQFWZNfu01ZQu9HGrBU44ZNBdUOMJukGYcP68thhhE0SZWI2hPErtZbpOe5ks4S"
    "9BE2XdnHL7mbIDvanVeaVzXC6BzFZl5piCVM+y7bMsgG2HeZbShZ5pdZ5pOjc1fcodp0dJ"
    "wfZ1ylXC1Z4/3c/wPYgKgXM/aX/1nPTZWX9+6IPUqCqputWw0Jx4AgBxmfFPMt0Rqq7s6G"
    "cybeio2lSUpgZVetGKoNXEGtxpcGmkdJJyNVAFuba74RTKP24KSIUC9jZ4kmcsZMe0Ag4B"
    "qAMMx4T/l0OyaFoFh28Foxs70EWzeUsR3+g/OcmKcDQ3bbbFOKb/sorjB7+X42d3PLArPV"
    "ywhPlkV7NJ3datA8QhiElVAGG/eQPR3UuZP/5GppR5M0qabUgOX83sZexOldUtK2AlqD5U"
    "/9t/AFL9dy4="
)
