"""The unknown-address sign-in burns a hash made with the hasher in use.

argon2 verifies at the parameters stored in the hash, so a dummy made earlier
under other parameters would make unknown e-mails answer faster (a leak).
"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, extract_parameters
from hwserver import security


def test_dummy_hash_follows_the_current_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    other = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    monkeypatch.setattr(security, "_hasher", cheap)
    security.burn_password_check("anything")
    assert extract_parameters(security._dummy_hash()).memory_cost == 1024

    monkeypatch.setattr(security, "_hasher", other)
    params = extract_parameters(security._dummy_hash())
    assert (params.time_cost, params.memory_cost) == (2, 2048)
