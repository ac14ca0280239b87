"""Settings, read from the environment only (12-factor).

Nothing set → the embedded default: SQLite and an embedded Redis in the data directory,
the worker inside the API process, no SMTP (links are returned instead of mailed).
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

PREFIX = "GQLACCESS_"
# Browser origins on the loopback interface, any port (development's default CORS allowance).
LOOPBACK_ORIGIN_REGEX = r"https?://(localhost|127\.0\.0\.1|\[::1\])(:[0-9]{1,5})?"
_ORIGIN = re.compile(r"https?://[^/?#\s*]+")
ENVIRONMENTS = ("development", "test", "production")


class ConfigError(RuntimeError):
    """The environment does not describe a runnable service."""


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(PREFIX + name)
    return value if value not in (None, "") else default


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{PREFIX}{name} must be an integer, got {raw!r}") from exc


def _env_bool(name: str, default: bool) -> bool:
    raw = _env(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _env_optional_bool(name: str) -> bool | None:
    return None if _env(name) is None else _env_bool(name, False)


@dataclass(frozen=True)
class Lifetimes:
    user_activation: timedelta = timedelta(hours=48)
    client_setup: timedelta = timedelta(days=30)
    account_setup: timedelta = timedelta(hours=48)
    password_reset: timedelta = timedelta(hours=1)
    session: timedelta = timedelta(days=7)
    impersonation: timedelta = timedelta(minutes=30)
    export_download: timedelta = timedelta(days=7)


@dataclass(frozen=True)
class Argon2Params:
    # OWASP minimum for argon2id (m=19 MiB, t=2, p=1): ~24 ms a hash on this machine kind.
    time_cost: int = 2
    memory_cost_kib: int = 19 * 1024
    parallelism: int = 1


@dataclass(frozen=True)
class Settings:
    environment: str = "development"
    data_dir: Path = Path("data")
    database_url: str | None = None
    redis_url: str | None = None
    smtp_url: str | None = None
    mail_from: str = "gqlaccess <no-reply@gqlaccess.localhost>"
    public_url: str = "http://127.0.0.1:8000"
    # Export files: None = the data directory; "s3://bucket/prefix" = object storage (issue 21).
    export_storage: str | None = None
    s3_endpoint_url: str | None = None
    # Metrics (issue 21): /metrics answers only with this bearer secret; workers on metrics_port.
    metrics_token: str | None = None
    metrics_port: int | None = None
    secret_key: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    run_worker_in_process: bool = True
    queue_name: str = "gqlaccess:queue"
    redis_prefix: str = "gqlaccess"
    db_pool_size: int = 10
    lifetimes: Lifetimes = field(default_factory=Lifetimes)
    argon2: Argon2Params = field(default_factory=Argon2Params)
    max_body_bytes: int = 1_000_000
    max_query_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 5_000
    login_attempts_per_email: int = 10
    login_attempts_per_ip: int = 100
    throttle_window_seconds: int = 900
    terms_version: str = "2026-01"
    privacy_version: str = "2026-01"
    allow_private_webhook_targets: bool = False
    # integrator area: webhook delivery (exponential back-off for at least 24 h) and HTTP protocol
    webhook_timeout_seconds: float = 10.0
    webhook_retry_base_seconds: float = 30.0
    webhook_retry_max_delay_seconds: float = 6 * 3600.0
    webhook_retry_window_seconds: float = 26 * 3600.0
    idempotency_ttl_seconds: int = 24 * 3600
    persisted_query_ttl_seconds: int = 30 * 86400
    # Compiled execution of hot query documents (graphql/fastpath); off gives the "vanilla" figure.
    fastpath: bool = True
    # The in-process cache of resolved access and bearer sessions (policy/decision_cache.py).
    decision_cache: bool = True
    decision_cache_ttl_seconds: float = 60.0
    # Hardening (issue 9). None means "on outside production, off in production".
    introspection: bool | None = None
    graphiql: bool | None = None
    field_suggestions: bool | None = None
    # Seconds a client may take to send its whole body (slow-loris); 408 after that.
    body_timeout_seconds: float = 10.0
    # Guessing limits per throttle window (graphql/throttling.py).
    token_failures_per_ip: int = 50
    token_failures_per_token: int = 10
    reset_requests_per_ip: int = 50
    reset_requests_per_email: int = 5
    totp_failures_per_user: int = 10
    # arq re-runs a crashed worker's job only after the longest job timeout + 10 s.
    worker_job_timeout_seconds: int = 600
    # Mail delivery (issue 4): transient SMTP failures retry with exponential back-off up to
    # mail_max_tries job runs, then the row waits in the outbox for the periodic re-enqueue.
    smtp_timeout_seconds: float = 30.0
    mail_retry_base_seconds: float = 5.0
    mail_max_tries: int = 8
    # A claim older than this belongs to a crashed worker and is taken over.
    mail_claim_timeout_seconds: int = 300
    # Rows still PENDING this long after creation (or their next attempt) are re-enqueued.
    mail_requeue_after_seconds: int = 60
    # Expired or revoked sessions are kept this long (audit, "why was I logged out"), then purged.
    session_purge_grace: timedelta = timedelta(days=7)
    sweep_batch_size: int = 20_000
    # Single sign-on (issue 19). DNS server for domain verification as "host:port" (None: the
    # system resolver); how long a started sign-in and a one-time completion code live; the clock
    # skew accepted on ID tokens; where the browser lands after the callback (None: /sso/complete).
    dns_resolver: str | None = None
    sso_state_ttl_seconds: int = 600
    sso_code_ttl_seconds: int = 60
    sso_clock_skew_seconds: int = 60
    sso_complete_url: str | None = None
    sso_http_timeout_seconds: float = 10.0
    # startSso calls per IP and throttle window (home-realm discovery is not an oracle to farm).
    sso_starts_per_ip: int = 120
    # --- clients area (issue 14): browsers on other origins, the link pages, the app ---
    # Exact origins allowed to call /graphql from a browser (CORS); loopback origins on any port
    # too when cors_allow_loopback (None: outside production only).
    cors_origins: tuple[str, ...] = ()
    cors_allow_loopback: bool | None = None
    terms_url: str | None = None
    privacy_url: str | None = None
    # The application people sign in to (the link pages' "sign in" link after success).
    app_url: str | None = None

    @property
    def mail_claim_stale_seconds(self) -> int:
        """A sending claim older than this belongs to a dead attempt: arq cancels every job at
        the worker's job timeout, so past it (plus a margin) nobody is still sending."""
        return min(self.mail_claim_timeout_seconds, self.worker_job_timeout_seconds + 5)

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    @property
    def introspection_enabled(self) -> bool:
        return self.introspection if self.introspection is not None else not self.is_production

    @property
    def graphiql_enabled(self) -> bool:
        return self.graphiql if self.graphiql is not None else not self.is_production

    @property
    def field_suggestions_enabled(self) -> bool:
        return self.field_suggestions if self.field_suggestions is not None else not self.is_production

    @property
    def cors_origin_regex(self) -> str | None:
        loopback = self.cors_allow_loopback if self.cors_allow_loopback is not None else not self.is_production
        return LOOPBACK_ORIGIN_REGEX if loopback else None

    @property
    def smtp_enabled(self) -> bool:
        return self.smtp_url is not None

    @property
    def embedded_redis(self) -> bool:
        return self.redis_url is None

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite://{(self.data_dir / 'gqlaccess.sqlite3').resolve()}?busy_timeout=10000&synchronous=NORMAL"

    @property
    def dialect(self) -> str:
        return "postgres" if self.resolved_database_url.startswith(("postgres", "asyncpg")) else "sqlite"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    def with_overrides(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def _secret_key(environment: str, data_dir: Path) -> str:
    configured = _env("SECRET_KEY")
    if configured:
        if len(configured) < 32:
            raise ConfigError(f"{PREFIX}SECRET_KEY must be at least 32 characters")
        return configured
    if environment == "production":
        raise ConfigError(f"{PREFIX}SECRET_KEY is required outside development")
    # Development: a key kept beside the data so links and sessions survive restarts.
    key_file = data_dir / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


def _export_storage(raw: str | None) -> str | None:
    if raw is None or raw in ("file:", "local"):
        return None
    parsed = urlparse(raw)
    if parsed.scheme != "s3" or not parsed.netloc:
        raise ConfigError(f"{PREFIX}EXPORT_STORAGE must be s3://bucket[/prefix] (or unset for the data directory)")
    return raw
SERVED_URL_FILE = "served_url"  # in the data dir: the address `serve` last announced


def listening_url(host: str, port: int) -> str:
    """The URL a browser on this machine uses for a server bound to host:port."""
    if host in ("0.0.0.0", "::", ""):  # every interface: the loopback one works locally
        host = "127.0.0.1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def _public_url(data_dir: Path) -> str:
    """GQLACCESS_PUBLIC_URL, else where `serve` listens: GQLACCESS_HOST/PORT when set, else the
    address the last `serve` on this data directory announced (the CLI beside a running server),
    else the default 127.0.0.1:8000."""
    configured = _env("PUBLIC_URL")
    if configured:
        return configured.rstrip("/")
    if _env("HOST") is None and _env("PORT") is None:
        try:
            served = (data_dir / SERVED_URL_FILE).read_text().strip()
        except OSError:
            served = ""
        if served.startswith(("http://", "https://")):
            return served.rstrip("/")
    return listening_url(_env("HOST", "127.0.0.1") or "127.0.0.1", _env_int("PORT", 8000))


def _link(name: str) -> str | None:
    """A URL the pages link to: absolute http(s) only (never `javascript:`)."""
    value = _env(name)
    if value is not None and not re.fullmatch(r"https?://\S+", value):
        raise ConfigError(f"{PREFIX}{name} must be an absolute http(s) URL, got {value!r}")
    return value


def _origins(raw: str | None) -> tuple[str, ...]:
    """`GQLACCESS_CORS_ORIGINS`: comma-separated exact origins (scheme://host[:port], no path)."""
    origins: list[str] = []
    for item in (raw or "").split(","):
        origin = item.strip()
        if not origin:
            continue
        if not _ORIGIN.fullmatch(origin):
            raise ConfigError(
                f"{PREFIX}CORS_ORIGINS takes exact origins such as https://app.example.com "
                f"(no path, no trailing slash, no wildcard), got {origin!r}"
            )
        origins.append(origin)
    return tuple(origins)


def load_settings() -> Settings:
    environment = _env("ENV", "development") or "development"
    if environment not in ENVIRONMENTS:
        raise ConfigError(f"{PREFIX}ENV must be one of {ENVIRONMENTS}, got {environment!r}")
    data_dir = Path(_env("DATA_DIR", "data") or "data")
    redis_url = _env("REDIS_URL")
    lifetimes = Lifetimes(
        user_activation=timedelta(seconds=_env_int("USER_INVITATION_TTL", 48 * 3600)),
        client_setup=timedelta(seconds=_env_int("CLIENT_SETUP_TTL", 30 * 86400)),
        account_setup=timedelta(seconds=_env_int("ACCOUNT_SETUP_TTL", 48 * 3600)),
        password_reset=timedelta(seconds=_env_int("PASSWORD_RESET_TTL", 3600)),
        session=timedelta(seconds=_env_int("SESSION_TTL", 7 * 86400)),
        impersonation=timedelta(seconds=_env_int("IMPERSONATION_TTL", 1800)),
        export_download=timedelta(seconds=_env_int("EXPORT_TTL", 7 * 86400)),
    )
    return Settings(
        environment=environment,
        data_dir=data_dir,
        database_url=_env("DATABASE_URL"),
        redis_url=redis_url,
        smtp_url=_env("SMTP_URL"),
        mail_from=_env("MAIL_FROM", Settings.mail_from) or Settings.mail_from,
        export_storage=_export_storage(_env("EXPORT_STORAGE")),
        s3_endpoint_url=_env("S3_ENDPOINT_URL"),
        metrics_token=_env("METRICS_TOKEN"),
        metrics_port=_env_int("METRICS_PORT", 0) or None,
        public_url=_public_url(data_dir),
        secret_key=_secret_key(environment, data_dir),
        host=_env("HOST", "127.0.0.1") or "127.0.0.1",
        port=_env_int("PORT", 8000),
        # With an external Redis, workers run as separate `gqlaccess worker` processes by default.
        run_worker_in_process=_env_bool("RUN_WORKER_IN_PROCESS", redis_url is None),
        queue_name=_env("QUEUE_NAME", Settings.queue_name) or Settings.queue_name,
        redis_prefix=_env("REDIS_PREFIX", Settings.redis_prefix) or Settings.redis_prefix,
        db_pool_size=_env_int("DB_POOL_SIZE", 10),
        lifetimes=lifetimes,
        argon2=Argon2Params(
            time_cost=_env_int("ARGON2_TIME_COST", 2),
            memory_cost_kib=_env_int("ARGON2_MEMORY_KIB", 19 * 1024),
            parallelism=_env_int("ARGON2_PARALLELISM", 1),
        ),
        max_body_bytes=_env_int("MAX_BODY_BYTES", 1_000_000),
        introspection=_env_optional_bool("INTROSPECTION"),
        graphiql=_env_optional_bool("GRAPHIQL"),
        field_suggestions=_env_optional_bool("FIELD_SUGGESTIONS"),
        body_timeout_seconds=float(_env("BODY_TIMEOUT_SECONDS", "10") or "10"),
        token_failures_per_ip=_env_int("TOKEN_FAILURES_PER_IP", 50),
        reset_requests_per_ip=_env_int("RESET_REQUESTS_PER_IP", 50),
        worker_job_timeout_seconds=_env_int("WORKER_JOB_TIMEOUT", 600),
        login_attempts_per_ip=_env_int("LOGIN_ATTEMPTS_PER_IP", 100),
        allow_private_webhook_targets=_env_bool("ALLOW_PRIVATE_WEBHOOK_TARGETS", environment != "production"),
        webhook_timeout_seconds=float(_env_int("WEBHOOK_TIMEOUT", 10)),
        webhook_retry_base_seconds=float(_env_int("WEBHOOK_RETRY_BASE", 30)),
        webhook_retry_window_seconds=float(_env_int("WEBHOOK_RETRY_WINDOW", 26 * 3600)),
        idempotency_ttl_seconds=_env_int("IDEMPOTENCY_TTL", 24 * 3600),
        smtp_timeout_seconds=float(_env_int("SMTP_TIMEOUT", 30)),
        mail_max_tries=_env_int("MAIL_MAX_TRIES", 8),
        mail_claim_timeout_seconds=_env_int("MAIL_CLAIM_TIMEOUT", 300),
        mail_requeue_after_seconds=_env_int("MAIL_REQUEUE_AFTER", 60),
        session_purge_grace=timedelta(seconds=_env_int("SESSION_PURGE_GRACE", 7 * 86400)),
        sweep_batch_size=_env_int("SWEEP_BATCH_SIZE", 20_000),
        fastpath=_env_bool("FASTPATH", True),
        decision_cache=_env_bool("DECISION_CACHE", True),
        decision_cache_ttl_seconds=float(_env("DECISION_CACHE_TTL_SECONDS", "60") or "60"),
        dns_resolver=_env("DNS_RESOLVER"),
        sso_state_ttl_seconds=_env_int("SSO_STATE_TTL", 600),
        sso_clock_skew_seconds=_env_int("SSO_CLOCK_SKEW", 60),
        sso_complete_url=_env("SSO_COMPLETE_URL"),
        sso_starts_per_ip=_env_int("SSO_STARTS_PER_IP", 120),
        cors_origins=_origins(_env("CORS_ORIGINS")),
        cors_allow_loopback=_env_optional_bool("CORS_ALLOW_LOOPBACK"),
        terms_url=_link("TERMS_URL"),
        privacy_url=_link("PRIVACY_URL"),
        app_url=_link("APP_URL"),
        terms_version=_env("TERMS_VERSION", Settings.terms_version) or Settings.terms_version,
        privacy_version=_env("PRIVACY_VERSION", Settings.privacy_version) or Settings.privacy_version,
    )
