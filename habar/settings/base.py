"""Settings shared by every Habar deployment.

Production-safe by default: DEBUG is off and nothing secret lives here. Services are
chosen by environment variables (DATABASE_URL, REDIS_URL, ...), never by code changes.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.conf import global_settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy, to_locale
from wagtail.admin.localization import WAGTAILADMIN_PROVIDED_LANGUAGES

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
# Local state of the embedded default (SQLite file, uploaded media, collected static).
VAR_DIR = Path(os.environ.get("HABAR_VAR_DIR", BASE_DIR / "var"))

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "habar.core",
    "habar.sites",
    "habar.notices",
    "habar.news",
    "habar.stats",
    "habar.worker",
    "habar.consular",
    "habar.search",
    "habar.accounts",
    "habar.translations",
    "habar.subscriptions",
    "habar.telegram",
    "habar.missions",
    "habar.api",
    "habar.importer",
    "habar.ops",
    "habar.network",
    "habar.demo",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    # Wagtail's users app, with the user admin scoped to a site administrator's sites.
    "habar.accounts.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "corsheaders",
    "ninja",
]

MIDDLEWARE = [
    "habar.core.logging.RequestLogMiddleware",
    # Before anything asks for the request's host: the Wagtail Sites' hosts are allowed too.
    "habar.sites.middleware.SiteHostsMiddleware",
    # Outside the page cache and sessions, whose database errors it also turns into a 503;
    # that page goes through the security middleware below on its own (the same headers).
    "habar.sites.middleware.DatabaseUnavailableMiddleware",
    # Before everything a cached page does not need; it stores the headers the middleware
    # below adds, so a hit (here or in habar.wsgi's front) carries them too.
    "habar.core.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "habar.core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "habar.core.middleware.LocaleMiddleware",
    "habar.sites.middleware.SiteLanguageMiddleware",
    # A reader's article or section found in one query, after the language is checked.
    "habar.news.routing.ReaderRouteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Two-factor: who has entered a code this session; the admin waits for one.
    "django_otp.middleware.OTPMiddleware",
    "habar.accounts.middleware.TwoFactorMiddleware",
    # An editor's explorer and page chooser open at their own sites' pages only.
    "habar.accounts.middleware.SitePagesMiddleware",
    # Old addresses with a query string, before routing (Wagtail's own only act on a 404).
    "habar.importer.middleware.QueryRedirectMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into a 429 answer.
    "axes.middleware.AxesMiddleware",
]

# Login throttling: five failures for one username from one address lock that pair out for
# 15 minutes (429). Keyed on the pair, so nobody can lock an editor out from elsewhere.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Passwords of private pages and document collections (habar.accounts.view_passwords): five
# wrong ones for a restriction from one address make that address wait out 15 minutes (429).
HABAR_VIEW_PASSWORD_FAILURES = 5
HABAR_VIEW_PASSWORD_PERIOD = 15 * 60  # seconds

ROOT_URLCONF = "habar.urls"
WSGI_APPLICATION = "habar.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite in WAL mode with IMMEDIATE transactions lets many request threads write view
# counts without "database is locked" errors; PostgreSQL comes in through DATABASE_URL.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
    ),
}


def database_from_env(default_path):
    url = os.environ.get("DATABASE_URL")
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": default_path,
            "OPTIONS": SQLITE_OPTIONS,
        }
    config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = SQLITE_OPTIONS
        config["CONN_MAX_AGE"] = 0
    return config


DATABASES = {"default": database_from_env(VAR_DIR / "habar.sqlite3")}
# Read replicas (PostgreSQL streaming replicas): reads outside transactions go to them,
# writes and whatever follows a write in the same request to the primary (habar.core.routers).
DATABASE_REPLICAS = []
for _number, _url in enumerate(
    (u.strip() for u in os.environ.get("DATABASE_REPLICA_URLS", "").split(",") if u.strip()), 1
):
    DATABASE_REPLICAS.append(f"replica{_number}")
    DATABASES[f"replica{_number}"] = dj_database_url.parse(
        _url, conn_max_age=60, conn_health_checks=True
    )
if DATABASE_REPLICAS:
    DATABASE_ROUTERS = ["habar.core.routers.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
# The cache may live in a Redis of its own (or another database of it) that evicts keys
# under memory pressure; REDIS_URL keeps what must not be evicted (the unflushed view
# counts, locks): habar.stats.checks refuses an allkeys-* eviction policy there.
REDIS_CACHE_URL = os.environ.get("REDIS_CACHE_URL", REDIS_URL)
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis backend, answering as an empty cache while Redis is down.
            "BACKEND": "habar.core.cache.FailSoftRedisCache",
            "LOCATION": REDIS_CACHE_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "habar"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
else:
    # The embedded default: one process, its cache in memory, room for the cached pages.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }
# The parts pages are built from (habar.news.chrome, {% fragment %}, the routing), whose keys
# name their version: each process keeps those it uses in memory, in front of "default".
HABAR_PARTS_MEMORY_MB = int(os.environ.get("HABAR_PARTS_MEMORY_MB", 32))
CACHES["parts"] = {
    "BACKEND": "habar.core.cache.VersionedPartsCache",
    "LOCATION": "parts",
    "TIMEOUT": 24 * 60 * 60,
    "OPTIONS": {"SHARED": "default", "MEMORY_BYTES": HABAR_PARTS_MEMORY_MB * 2**20},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. The platform knows these; each site publishes a subset of them
# (habar.sites.SiteSettings). URLs always carry the language prefix: /tk/, /ru/, /en/.
# Turkmen, Russian and English first; every other language Django knows can be enabled
# by an administrator (a Wagtail Locale) and given to an embassy site.
LANGUAGE_CODE = "tk"
PRIMARY_LANGUAGES = ["tk", "ru", "en"]
LANGUAGES = [(code, name) for code, name in global_settings.LANGUAGES if code in PRIMARY_LANGUAGES]
LANGUAGES.sort(key=lambda language: PRIMARY_LANGUAGES.index(language[0]))
LANGUAGES += [
    (code, name) for code, name in global_settings.LANGUAGES if code not in PRIMARY_LANGUAGES
]
# Django's names are marked for translation, not translated: translated when shown, the
# admin's language filters and choices read them in the editor's language.
LANGUAGES = [(code, gettext_lazy(name)) for code, name in LANGUAGES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Habar's own catalogues take precedence over every other: Django merges LOCALE_PATHS over the
# installed apps' catalogues, the first path last. Then Habar's Turkmen catalogues of the back
# office's packages, which ship none (admin-locale/<package>/tk/, one folder per package,
# checked by scripts/check_admin_catalogues.py): a package before the one it is nested in
# (wagtail.admin before wagtail), Django's own (django.conf) last, as Django ranks them.
ADMIN_LOCALE_DIR = BASE_DIR / "admin-locale"
LOCALE_PATHS = [
    BASE_DIR / "locale",
    *sorted(
        (path for path in ADMIN_LOCALE_DIR.glob("*") if path.is_dir()),
        key=lambda path: (path.name != "django.conf", path.name),
        reverse=True,
    ),
]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Ashgabat")
# Django's own Turkmen formats carry the Russian "г." suffix; ours read DD.MM.YYYY.
FORMAT_MODULE_PATH = ["habar.formats"]

STATIC_URL = "/static/"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploaded media on S3-compatible storage (AWS, MinIO, Ceph, ...) when a bucket is named;
# credentials come from the usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or an instance
# role. URLs are unsigned by default: cached pages outlive any signature.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", "media"),
            "querystring_auth": os.environ.get("AWS_QUERYSTRING_AUTH", "0") == "1",
            "file_overwrite": False,
            "default_acl": os.environ.get("AWS_DEFAULT_ACL") or None,
        },
    }

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Habar"
# Avatars are the profile's own upload or Wagtail's default image, never Gravatar's (the
# admin's Content-Security-Policy and the embassies' networks do not reach it).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The back office's languages (Account -> Preferences): Turkmen, whose catalogues Habar ships
# (admin-locale/), and every other language of Habar's own catalogues that Wagtail translates
# in full (not Kazakh and Uzbek, which it translates in part).
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, name)
    for code, name in LANGUAGES
    if code == "tk"
    or (
        code in dict(WAGTAILADMIN_PROVIDED_LANGUAGES)
        and (BASE_DIR / "locale" / to_locale(code)).is_dir()
    )
]
WAGTAILADMIN_USER_LOGIN_FORM = "habar.accounts.forms.LoginForm"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# SQLite FTS5 with words stemmed by Snowball (habar/search/stemming.py), or PostgreSQL with
# each language's own text search configuration: its stemmer where it has one, else folded
# (Turkmen: habar_turkmen, the others SEARCH_CONFIG, habar_folded: `simple` + unaccent, made
# by habar/search/migrations; German, French, Italian and Spanish stemmed after unaccent);
# see habar.search.backends.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "habar.search.backends",
        "SEARCH_CONFIG": "habar_folded",
        "SEARCH_CONFIGS": {
            "tk": "habar_turkmen",
            "ru": "russian",
            "en": "english",
            "de": "habar_german",
            "fr": "habar_french",
            "it": "habar_italian",
            "es": "habar_spanish",
        },
    }
}
# Documents: no HTML, SVG or other formats a browser would run. Each is served through
# Wagtail's view (collection privacy is checked) as a download of its declared type, with
# nosniff and a Content-Security-Policy of `default-src 'none'`.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_CONTENT_TYPES = {
    "csv": "text/csv",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "rtf": "application/rtf",
    "txt": "text/plain",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Images: raster formats only (an SVG can carry script); an upload over either limit is
# refused with its size in the message (habar.news.uploads.ImageForm).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "habar.news.uploads.ImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Frontend caches (nginx/Varnish with a PURGE endpoint, Cloudflare, CloudFront) purged on
# publish and unpublish through Wagtail's frontend_cache backends (habar.news.purges).
WAGTAILFRONTENDCACHE = {}
for _number, _url in enumerate(
    (u.strip() for u in os.environ.get("FRONTEND_CACHE_PURGE_URLS", "").split(",") if u.strip()), 1
):
    WAGTAILFRONTENDCACHE[f"http{_number}"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": _url,
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN") or None,
        "EMAIL": os.environ.get("CLOUDFLARE_EMAIL") or None,
        "API_KEY": os.environ.get("CLOUDFLARE_API_KEY") or None,
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
if os.environ.get("FRONTEND_CACHE_HOSTNAMES"):
    for _backend in WAGTAILFRONTENDCACHE.values():
        _backend["HOSTNAMES"] = os.environ["FRONTEND_CACHE_HOSTNAMES"].split(",")
# Habar purges each translation's own URL: Wagtail's default would rewrite every URL into
# every content language (slugs differ per language here, and there are ~100 languages).
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Full-page cache for anonymous readers (habar.core.pagecache).
# Uploaded media served by Habar itself (the embedded default; production: nginx or S3).
HABAR_SERVE_MEDIA = False
HABAR_PAGE_CACHE = os.environ.get("HABAR_PAGE_CACHE", "1") == "1"
HABAR_PAGE_CACHE_MAX_AGE = int(os.environ.get("HABAR_PAGE_CACHE_MAX_AGE", 60))
HABAR_PAGE_CACHE_STALE_SECONDS = 30
# Hours, not a day: an entry nobody asks for again leaves room for those readers do.
HABAR_PAGE_CACHE_TIMEOUT = int(os.environ.get("HABAR_PAGE_CACHE_TIMEOUT", 3 * 3600))
# The query parameters pages read, with the values they answer differently for: others are
# left out of the cache key, an unexpected value is not stored (habar.core.pagecache.entries).
HABAR_PAGE_CACHE_QUERY = {
    "page": r"[1-9][0-9]{0,5}",
    "period": r"today|week|month",
    # The directory of missions (habar.missions): a host country, a kind of mission.
    "country": r"[A-Z]{2}",
    "kind": r"embassy|consulate|permanent-mission",
}
# With Redis, each web process also keeps its most read pages in memory, up to this size.
HABAR_PAGE_CACHE_MEMORY_MB = int(os.environ.get("HABAR_PAGE_CACHE_MEMORY_MB", 64))

# Security headers on every response. The public pages run no inline script or style, so
# the policy is strict; Wagtail's admin needs inline code and keeps its own protections.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        # Video embeds from the providers editors use.
        "frame-src": [
            SELF,
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Wagtail's preview shows the page in a frame of the admin: same origin only.
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
# An admin session lasts a working day at most, and ends with the browser unless the
# editor ticks "Remember me" at sign-in.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Two-factor authentication (habar.accounts): required for publishers and administrators.
OTP_TOTP_ISSUER = "Habar"

# The public read-only JSON API (habar.api) under /api/. Browsers may call it from any
# origin unless HABAR_API_CORS_ORIGINS lists some (comma-separated, with scheme); each
# client address gets HABAR_API_RATE_LIMIT requests ("120/min", "10/s"; "" for none).
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOWED_ORIGINS = [o for o in os.environ.get("HABAR_API_CORS_ORIGINS", "").split(",") if o]
CORS_ALLOW_ALL_ORIGINS = not CORS_ALLOWED_ORIGINS
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "if-none-match"]
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]
CORS_PREFLIGHT_MAX_AGE = 24 * 60 * 60
HABAR_API_RATE_LIMIT = os.environ.get("HABAR_API_RATE_LIMIT", "120/min")
HABAR_API_MAX_AGE = int(os.environ.get("HABAR_API_MAX_AGE", 60))
HABAR_API_MAX_PAGE_SIZE = int(os.environ.get("HABAR_API_MAX_PAGE_SIZE", 100))

# Reports → Services to review lists the consular services last reviewed longer ago than this.
HABAR_SERVICE_REVIEW_MONTHS = int(os.environ.get("HABAR_SERVICE_REVIEW_MONTHS", 12))

# `habar restore` unpacks at most this many bytes (an archive adding up to more is refused
# before anything is written); unset: the free space where it unpacks (the temporary folder).
HABAR_RESTORE_MAX_SIZE = (
    int(os.environ["HABAR_RESTORE_MAX_SIZE"]) if os.environ.get("HABAR_RESTORE_MAX_SIZE") else None
)

# Repeat views by one visitor within this window count once (see habar.stats).
HABAR_VIEW_DEDUP_SECONDS = 30 * 60
# Views of one article counted from one address a day, whatever user agents it sends (an
# office behind one address still counts this many readers).
HABAR_VIEWS_PER_ADDRESS = int(os.environ.get("HABAR_VIEWS_PER_ADDRESS", 10))
# With Redis, beacons count in Redis and the worker writes them to the database in batches
# (habar.stats.buffer); HABAR_VIEW_BUFFER=0 writes each view to the database at once.
HABAR_VIEW_BUFFER = bool(REDIS_URL) and os.environ.get("HABAR_VIEW_BUFFER", "1") == "1"
HABAR_VIEW_FLUSH_SECONDS = float(os.environ.get("HABAR_VIEW_FLUSH_SECONDS", 5))

# The worker (habar worker, or beside habar serve): go-live and expiry every
# HABAR_SCHEDULER_SECONDS; one that fires later than HABAR_SCHEDULE_LATE_SECONDS after its
# time shows in the admin's "Missed schedules" report.
HABAR_SCHEDULER_SECONDS = float(os.environ.get("HABAR_SCHEDULER_SECONDS", 30))
HABAR_SCHEDULE_LATE_SECONDS = int(os.environ.get("HABAR_SCHEDULE_LATE_SECONDS", 120))
# The worker's CPU priority (nice value, 0 to 19): its rounds and tasks (search indexing after
# a publish, e-mail alerts) give way to the web processes' readers on a shared core.
HABAR_WORKER_NICENESS = int(os.environ.get("HABAR_WORKER_NICENESS", 10))

# Django tasks (Wagtail queues search indexing, the reference index, cache purges as tasks).
# "immediate" runs them in the request that queues them: the embedded default. "database"
# queues them for the worker (django-tasks-db), which keeps publishing requests short; the
# default with Redis, that is when Habar runs as several processes.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
HABAR_TASKS_BACKEND = os.environ.get(
    "HABAR_TASKS_BACKEND", "database" if REDIS_URL else "immediate"
)
if HABAR_TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured("HABAR_TASKS_BACKEND must be one of: " + ", ".join(TASK_BACKENDS))
TASKS = {"default": {"BACKEND": TASK_BACKENDS[HABAR_TASKS_BACKEND]}}

# Behind nginx every request comes from the proxy's address: the reader's is the first in
# X-Forwarded-For, which the shipped nginx configuration sets (overwriting any the client
# sent). Only turn this on behind such a proxy: otherwise a client chooses its address.
HABAR_TRUST_X_FORWARDED_FOR = os.environ.get("HABAR_TRUST_X_FORWARDED_FOR", "0") == "1"
if HABAR_TRUST_X_FORWARDED_FOR:
    AXES_CLIENT_IP_CALLABLE = "habar.core.clients.client_address"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # A request that met a database outage is logged in one line (habar.core.logging).
    "filters": {
        "database_outage": {"()": "habar.core.logging.DatabaseOutageFilter"},
        # Refused requests (bad Host, suspicious path) in one warning line, no traceback.
        "refused_request": {"()": "habar.core.logging.RefusedRequestFilter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["refused_request"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"django.request": {"filters": ["database_outage"]}},
}

# E-mail alerts to subscribers (habar.subscriptions), sent by the worker: at most this many
# messages a second, in rounds every HABAR_EMAIL_ROUND_SECONDS; a temporary SMTP failure is
# retried HABAR_EMAIL_ATTEMPTS times in all, waiting longer each time.
HABAR_EMAIL_RATE = float(os.environ.get("HABAR_EMAIL_RATE", 10))
HABAR_EMAIL_ROUND_SECONDS = float(os.environ.get("HABAR_EMAIL_ROUND_SECONDS", 5))
HABAR_EMAIL_ATTEMPTS = 5
# The subscribe form: this many submissions an hour from one client address.
HABAR_SUBSCRIBE_PER_HOUR = 10
# ... and this many an hour for one e-mail address, on all sites and languages together.
HABAR_SUBSCRIBE_PER_EMAIL_HOUR = 5
# Seconds a person takes at least to fill in the subscribe form; quicker is a robot.
HABAR_SUBSCRIBE_MIN_SECONDS = float(os.environ.get("HABAR_SUBSCRIBE_MIN_SECONDS", 3))
# Seconds before the first retry of a temporary SMTP failure; doubled at each next one.
HABAR_EMAIL_RETRY_SECONDS = 60
# The hour (0-23, in each site's own time zone) at which the daily digests are sent.
HABAR_DIGEST_HOUR = int(os.environ.get("HABAR_DIGEST_HOUR", 8))
EMAIL_FILE_PATH = VAR_DIR / "mail"

# Telegram channels (habar.telegram): each site's channels are in its settings; the bot that
# posts is the platform's, its token only from the environment (nothing is posted without
# one). HABAR_TELEGRAM_API_URL may name a Bot API server of one's own, or a stand-in.
HABAR_TELEGRAM_BOT_TOKEN = os.environ.get("HABAR_TELEGRAM_BOT_TOKEN", "")
HABAR_TELEGRAM_API_URL = os.environ.get("HABAR_TELEGRAM_API_URL", "https://api.telegram.org")
# The worker posts at most this many a second, in rounds every HABAR_TELEGRAM_ROUND_SECONDS;
# a temporary failure is retried after HABAR_TELEGRAM_RETRY_SECONDS (or Telegram's
# retry_after), doubling, HABAR_TELEGRAM_ATTEMPTS times in all.
HABAR_TELEGRAM_RATE = float(os.environ.get("HABAR_TELEGRAM_RATE", 1))
HABAR_TELEGRAM_ROUND_SECONDS = float(os.environ.get("HABAR_TELEGRAM_ROUND_SECONDS", 5))
HABAR_TELEGRAM_RETRY_SECONDS = 30
HABAR_TELEGRAM_ATTEMPTS = 8

# django-anymail, from the environment: ANYMAIL_WEBHOOK_SECRET ("user:password") opens the
# provider's bounce and complaint webhook (habar.subscriptions.provider_events); other
# ANYMAIL_* variables are the provider's keys (ANYMAIL_MAILGUN_WEBHOOK_SIGNING_KEY, ...).
ANYMAIL = {
    name.removeprefix("ANYMAIL_"): value
    for name, value in os.environ.items()
    if name.startswith("ANYMAIL_") and value
}
