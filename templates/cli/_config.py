"""Profiles in an INI file of the user's config directory, mode 0600.

A setting comes from its flag, else its environment variable, else the
profile (`--profile`, `FLASHDUTY_PROFILE`, else `default`)."""

from __future__ import annotations

import configparser
import os
import sys
import tempfile
from pathlib import Path

KEYS = ("app_key", "access_token", "integration_key", "base_url", "output")
SECRETS = frozenset({"app_key", "access_token", "integration_key"})
ENV = {
    "app_key": "FLASHDUTY_APP_KEY",
    "access_token": "FLASHDUTY_ACCESS_TOKEN",
    "integration_key": "FLASHDUTY_INTEGRATION_KEY",
    "base_url": "FLASHDUTY_BASE_URL",
    "output": "FLASHDUTY_OUTPUT",
}
DEFAULT_PROFILE = "default"
# The client's credentials: one of them, from the first place holding either.
CREDENTIALS = ("app_key", "access_token")


def path() -> Path:
    if os.environ.get("FLASHDUTY_CONFIG"):
        return Path(os.environ["FLASHDUTY_CONFIG"])
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        base = Path(os.environ["APPDATA"])
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "flashduty" / "config.ini"


def profile_name(flag: str | None) -> str:
    return flag or os.environ.get("FLASHDUTY_PROFILE") or DEFAULT_PROFILE


def load() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, default_section="\0none")
    file = path()
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return parser
    except OSError as exc:
        raise ValueError(f"cannot read the config file {file}: {exc.strerror}") from None
    if os.name == "posix" and file.stat().st_mode & 0o077:
        print(
            f"warning: {file} can be read by others (chmod 600 it, or run flashduty configure)",
            file=sys.stderr,
        )
    try:
        parser.read_string(text, source=str(file))
    except configparser.Error as exc:
        raise ValueError(f"the config file {file} is not valid: {exc}") from None
    return parser


def resolve(
    flags: dict[str, str | None], profile: str | None, secrets: tuple[str, ...] | list[str] = ()
) -> dict[str, str]:
    """Every setting known, by flag, environment, then profile; `secrets`
    (an operation's own, e.g. trigger_token) by FLASHDUTY_<NAME> or the profile."""
    name = profile_name(profile)
    parser = load()
    if profile and not parser.has_section(name):
        raise ValueError(
            f"no profile {name!r} in {path()} (run: flashduty configure --profile {name})"
        )
    section = parser[name] if parser.has_section(name) else {}
    out: dict[str, str] = {}
    for key in KEYS:
        if key in CREDENTIALS:
            continue
        value = flags.get(key) or os.environ.get(ENV[key]) or section.get(key)
        if value:
            out[key] = value
    for key in secrets:
        value = os.environ.get("FLASHDUTY_" + key.upper()) or section.get(key)
        if value:
            out[key] = value
    env = {k: os.environ.get(ENV[k]) for k in CREDENTIALS}
    places = (
        (flags, "--app-key and --access-token are both given"),
        (env, "FLASHDUTY_APP_KEY and FLASHDUTY_ACCESS_TOKEN are both set"),
        (section, f"profile {name!r} holds both app_key and access_token"),
    )
    # A token given by flag is meant over a key of the profile: the first
    # place holding a credential decides, as a flag beats the environment.
    for place, both in places:
        found = {k: str(place.get(k)) for k in CREDENTIALS if place.get(k)}
        if len(found) > 1:
            raise ValueError(f"{both}: keep one")
        if found:
            out.update(found)
            break
    return out


def save(profile: str, values: dict[str, str]) -> Path:
    """Merge `values` into a profile; the file is written whole, 0600, in one move."""
    parser = load()
    if not parser.has_section(profile):
        parser.add_section(profile)
    if any(k in values for k in CREDENTIALS):  # a new credential replaces the other kind
        for key in CREDENTIALS:
            parser.remove_option(profile, key)
    for key, value in values.items():
        parser.set(profile, key, value)
    file = path()
    file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # mkstemp creates the file 0600 before a byte of it is written.
    fd, staging = tempfile.mkstemp(prefix=".config-", dir=file.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            parser.write(handle)
        os.replace(staging, file)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise
    return file


def mask(key: str, value: str) -> str:
    if key not in SECRETS:
        return value
    return "****" + value[-4:] if len(value) >= 16 else "****"
