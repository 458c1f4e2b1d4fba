"""The job-seeker number is typed many ways; every sensible one must be accepted."""

from __future__ import annotations

import pytest

from hwclient.jobseeker import (
    JobSeekerNumberError,
    Problem,
    is_valid_job_seeker_number,
    normalize_job_seeker_number,
    optional_job_seeker_number,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12345-1234567", "12345-1234567"),
        ("１２３４５－１２３４５６７", "12345-1234567"),  # full-width digits and hyphen
        ("12345ー1234567", "12345-1234567"),  # katakana long-vowel mark from the IME
        ("12345ｰ1", "12345-1"),  # half-width katakana mark
        ("12345‐12345678", "12345-12345678"),  # U+2010 hyphen
        ("12345−12", "12345-12"),  # minus sign
        ("12345–12", "12345-12"),  # en dash
        ("12345—12", "12345-12"),  # em dash
        (" 12345 - 1234567 ", "12345-1234567"),
        ("12345　-　1234567", "12345-1234567"),  # ideographic spaces
        ("123451234567", "12345-1234567"),  # no hyphen: office code is always 5 digits
        ("00001-00000001", "00001-00000001"),  # leading zeros are kept
    ],
)
def test_accepted_forms_normalise(typed: str, expected: str) -> None:
    assert normalize_job_seeker_number(typed) == expected
    assert is_valid_job_seeker_number(typed)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", Problem.EMPTY),
        ("   ", Problem.EMPTY),
        ("1234-1234567", Problem.OFFICE_PART),
        ("123456-1234567", Problem.OFFICE_PART),
        ("12345-", Problem.NUMBER_PART),
        ("12345-123456789", Problem.NUMBER_PART),
        ("12345", Problem.NUMBER_PART),
        ("12345-12-34", Problem.TOO_MANY_HYPHENS),
        ("12345/1234567", Problem.BAD_CHARACTERS),
        ("abcde-1234567", Problem.BAD_CHARACTERS),
        ("١٢٣٤٥-١٢٣", Problem.BAD_CHARACTERS),  # Arabic-Indic digits are not on the card
    ],
)
def test_wrong_forms_say_what_is_wrong(typed: str, problem: Problem) -> None:
    with pytest.raises(JobSeekerNumberError) as caught:
        normalize_job_seeker_number(typed)
    assert caught.value.problem is problem
    message = caught.value.user_message()
    assert message
    assert "{" not in message
    if problem is not Problem.EMPTY:
        assert "12345-1234567" in message  # every shape error shows an example


def test_optional_number_may_be_left_empty() -> None:
    assert optional_job_seeker_number(None) is None
    assert optional_job_seeker_number(" 　") is None
    assert optional_job_seeker_number("１２３４５ー６") == "12345-6"
    with pytest.raises(JobSeekerNumberError):
        optional_job_seeker_number("12-3")
