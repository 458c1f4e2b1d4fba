"""Passwords (argon2id), random tokens stored only as hashes, and the password rules."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from functools import lru_cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


_dummy: tuple[PasswordHasher, str] | None = None


def _dummy_hash() -> str:
    """A hash made with the current hasher, so an unknown e-mail costs as much as a real one.

    Keyed by the hasher object: argon2 verification runs at the parameters stored
    in the hash, so a dummy made under other parameters (tests swap `_hasher` for
    a cheap one) would make unknown addresses measurably faster.
    """
    global _dummy
    if _dummy is None or _dummy[0] is not _hasher:
        _dummy = (_hasher, _hasher.hash(secrets.token_urlsafe(16)))
    return _dummy[1]


MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def warm_up_timing_equaliser() -> None:
    """Make the dummy hash at start-up, so even the first unknown-address sign-in is not faster."""
    _dummy_hash()


def burn_password_check(password: str) -> None:
    """Spend the time of a real verification without an account (timing equaliser)."""
    verify_password(_dummy_hash(), password)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_id() -> str:
    """Opaque identifiers for users, bookings and reports (not guessable, not ordered)."""
    return secrets.token_hex(8)


def email_key(email: str) -> str:
    return hashlib.sha256(normalise_email(email).encode("utf-8")).hexdigest()


def normalise_email(email: str) -> str:
    return email.strip().lower()


def keyed_hash(secret: str, value: str) -> str:
    return hmac.new(secret.encode(), value.encode("utf-8"), hashlib.sha256).hexdigest()


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    text = resources.files("hwserver").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def password_problem(password: str, email: str | None) -> str | None:
    """Why a password is refused (an English sentence for `detail`), or None when it is fine."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Use at least {MIN_PASSWORD_LENGTH} characters."
    lowered = password.strip().lower()
    if email:
        address = normalise_email(email)
        if lowered in {address, address.split("@", 1)[0]}:
            return "Do not use your e-mail address as the password."
    if lowered in common_passwords() or len(set(lowered)) <= 2:
        return "This password is too common. Try a few unrelated words together."
    return None
