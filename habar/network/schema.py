"""The network file read into specs, with every problem named by its key (and line)."""

import re
import tomllib
import zoneinfo
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from habar.accounts.roles import Role
from habar.news.models import RESERVED_SLUGS

from .parts import registered_parts

KEY = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?$")
HOSTNAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?$")
CONTACTS = {"address": 10000, "phone": 64, "email": 254, "description": 10000}
SITE_KEYS = {
    "hostname",
    "port",
    "default",
    "languages",
    "default_language",
    "time_zone",
    "name",
    "sections",
    "accounts",
    "review",
    *CONTACTS,
}


class NetworkFileError(Exception):
    """The file cannot be applied; `problems` says why, one line each."""

    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class AccountSpec:
    username: str
    email: str
    role: str


@dataclass
class SiteSpec:
    key: str
    hostname: str
    port: int = 80
    default: bool = False
    languages: list = field(default_factory=list)
    default_language: str = ""
    time_zone: str = ""
    names: dict = field(default_factory=dict)
    address: str = ""
    phone: str = ""
    email: str = ""
    description: str = ""
    review: bool = True
    # Section slug -> {language: title}; a section exists in the languages it has titles in.
    sections: dict = field(default_factory=dict)
    accounts: list = field(default_factory=list)
    parts: dict = field(default_factory=dict)

    @property
    def display_name(self):
        return self.names.get("en") or self.names[self.default_language]


def load(text):
    """The sites of a network file's text, in the file's order; NetworkFileError if bad."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise NetworkFileError([f"not valid TOML: {exc}"]) from exc
    reader = Reader(text)
    sites = reader.read(data)
    if reader.problems:
        raise NetworkFileError(reader.problems)
    return sites


class Reader:
    def __init__(self, text):
        self.lines = text.splitlines()
        self.problems = []

    def problem(self, path, message):
        line = self.line_of(path)
        where = f"{'.'.join(path)} (line {line})" if line else ".".join(path)
        self.problems.append(f"{where}: {message}")

    def line_of(self, path):
        """The line a key is written on, as near as the file says (0 if not found)."""
        best = 0
        for depth in range(len(path), 0, -1):
            header = re.compile(r"^\s*\[\[?\s*" + r"\s*\.\s*".join(map(quoted, path[:depth])))
            for number, line in enumerate(self.lines, 1):
                if header.match(line):
                    best = number
                    break
            if best:
                break
        if best and len(path) > 1:
            key = re.compile(r"^\s*" + quoted(path[-1]) + r"\s*=")
            for number in range(best, len(self.lines)):
                if self.lines[number].lstrip().startswith("["):
                    break
                if key.match(self.lines[number]):
                    return number + 1
        return best

    def read(self, data):
        unknown = sorted(set(data) - {"sites"})
        for key in unknown:
            self.problem([key], "unknown key (the file holds only [sites.KEY] tables)")
        sites = data.get("sites")
        if not isinstance(sites, dict) or not sites:
            self.problem(["sites"], "the file names no site ([sites.KEY] tables)")
            return []
        specs = [self.site(key, value) for key, value in sites.items()]
        specs = [spec for spec in specs if spec is not None]
        self.check_network(specs)
        return specs

    def check_network(self, specs):
        defaults = [spec.key for spec in specs if spec.default]
        for key in defaults[1:]:
            self.problem(
                ["sites", key, "default"], f"only one site may be the default ({defaults[0]} is)"
            )
        seen = {}
        for spec in specs:
            address = (spec.hostname, spec.port)
            if address in seen:
                self.problem(
                    ["sites", spec.key, "hostname"],
                    f"{spec.hostname}:{spec.port} is also the address of {seen[address]}",
                )
            seen[address] = spec.key
        emails = {}
        for spec in specs:
            for account in spec.accounts:
                other = emails.setdefault(account.username, (spec.key, account.email))
                if other[1] != account.email:
                    self.problem(
                        ["sites", spec.key, "accounts", account.username, "email"],
                        f"differs from the e-mail given under sites.{other[0]}",
                    )

    def site(self, key, data):
        path = ["sites", key]
        if not KEY.match(key):
            self.problem(path, "a site's key is lower-case letters, digits and hyphens")
        if not isinstance(data, dict):
            self.problem(path, "must be a table")
            return None
        parts = registered_parts()
        for name in sorted(set(data) - SITE_KEYS - set(parts)):
            self.problem([*path, name], "unknown key")
        spec = SiteSpec(key=key, hostname=self.hostname(path, data.get("hostname")))
        spec.port = self.typed(path, data, "port", int, 80)
        if not 0 < spec.port < 65536:
            self.problem([*path, "port"], "must be between 1 and 65535")
        spec.default = self.typed(path, data, "default", bool, False)
        spec.review = self.typed(path, data, "review", bool, True)
        spec.languages = self.languages(path, data.get("languages"))
        spec.default_language = self.typed(
            path, data, "default_language", str, spec.languages[0] if spec.languages else ""
        )
        if spec.languages and spec.default_language not in spec.languages:
            self.problem([*path, "default_language"], "must be one of the site's languages")
        spec.time_zone = self.typed(path, data, "time_zone", str, settings.TIME_ZONE)
        try:
            zoneinfo.ZoneInfo(spec.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            self.problem([*path, "time_zone"], f"unknown time zone {spec.time_zone!r}")
        for name, length in CONTACTS.items():
            value = self.typed(path, data, name, str, "")
            if len(value) > length:
                self.problem([*path, name], f"longer than {length} characters")
            setattr(spec, name, value)
        if spec.email and not valid_email(spec.email):
            self.problem([*path, "email"], f"{spec.email!r} is not an e-mail address")
        spec.names = self.titles([*path, "name"], data.get("name"), spec.languages, every=True)
        spec.sections = self.sections([*path, "sections"], data.get("sections", {}), spec)
        spec.accounts = self.accounts([*path, "accounts"], data.get("accounts", {}))
        for name, part in parts.items():
            if name in data:
                spec.parts[name] = data[name]
                for problem in part.validate(data[name]):
                    self.problems.append(f"{'.'.join([*path, name])}.{problem}")
        return spec

    def typed(self, path, data, name, kind, default):
        value = data.get(name, default)
        # TOML's booleans are not numbers, whatever Python says.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem([*path, name], f"must be {KINDS[kind]}")
            return default
        return value

    def hostname(self, path, value):
        if not isinstance(value, str) or not HOSTNAME.match(value):
            self.problem([*path, "hostname"], "must be a host name such as berlin.example.org")
            return str(value)
        return value.lower()  # host names know no case

    def languages(self, path, value):
        known = dict(settings.LANGUAGES)
        if not isinstance(value, list) or not value:
            self.problem([*path, "languages"], 'must be a list of language codes, e.g. ["en"]')
            return []
        good = []
        for code in value:
            if code not in known:
                self.problem([*path, "languages"], f"unknown language {code!r}")
            elif code in good:
                self.problem([*path, "languages"], f"{code!r} is listed twice")
            else:
                good.append(code)
        return good

    def titles(self, path, value, languages, every=False):
        if value is None:
            self.problem(path, 'missing: a table of titles by language, e.g. en = "..."')
            return {}
        if not isinstance(value, dict) or not value:
            self.problem(path, 'must be a table of titles by language, e.g. en = "..."')
            return {}
        titles = {}
        for code, title in value.items():
            if code not in languages:
                self.problem([*path, code], "not one of the site's languages")
            elif not isinstance(title, str) or not title.strip() or len(title) > 255:
                self.problem([*path, code], "must be a text of 1 to 255 characters")
            else:
                titles[code] = title.strip()
        missing = [code for code in languages if code not in value] if every else []
        if missing:
            self.problem(path, f"no title in {', '.join(missing)}")
        return titles

    def sections(self, path, value, spec):
        if not isinstance(value, dict):
            self.problem(path, "must be a table of sections by slug")
            return {}
        sections = {}
        for slug, titles in value.items():
            if not KEY.match(slug):
                self.problem([*path, slug], "a slug is lower-case letters, digits and hyphens")
            elif slug in RESERVED_SLUGS:
                self.problem([*path, slug], "this address is the home page's own")
            sections[slug] = self.titles([*path, slug], titles, spec.languages)
        return sections

    def accounts(self, path, value):
        if not isinstance(value, dict):
            self.problem(path, "must be a table of accounts by username")
            return []
        username_field = get_user_model()._meta.get_field("username")
        accounts = []
        for username, data in value.items():
            where = [*path, username]
            try:
                username_field.run_validators(username)
            except ValidationError as exc:
                self.problem(where, "bad username: " + " ".join(exc.messages))
            if not isinstance(data, dict):
                self.problem(where, 'must be a table: email = "...", role = "editor"')
                continue
            for name in sorted(set(data) - {"email", "role"}):
                self.problem([*where, name], "unknown key (passwords never go in this file)")
            email = self.typed(where, data, "email", str, "")
            if email and not valid_email(email):
                self.problem([*where, "email"], f"{email!r} is not an e-mail address")
            role = self.typed(where, data, "role", str, "")
            if role not in Role.values:
                self.problem([*where, "role"], f"must be one of {', '.join(Role.values)}")
            accounts.append(AccountSpec(username, email, role))
        return accounts


KINDS = {int: "a whole number", bool: "true or false", str: "a text"}


def quoted(key):
    """A pattern matching a TOML key written bare or quoted."""
    return "(?:" + re.escape(key) + '|"' + re.escape(key) + '"' + ")"


def valid_email(value):
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True
