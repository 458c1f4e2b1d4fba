"""The job-seeker number (求職番号): read it the way people type it.

The card shows a 5-digit office code, a hyphen, then up to 8 digits
("12345-1234567"). People type it with a Japanese IME (full-width digits,
the long-vowel mark ー instead of a hyphen), paste it with spaces, or leave
the hyphen out. We accept all of that, store one normal form, and when it
really is wrong, say what shape we expect with an example instead of
"invalid input".
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from hwclient.i18n import translate

EXAMPLE = "12345-1234567"
OFFICE_DIGITS = 5
MAX_SERIAL_DIGITS = 8

# Dash look-alikes an IME or a word processor produces. NFKC already folds
# full-width ones (－, ｰ); these survive it.
_DASHES = "ー‐‑‒–—―−﹣⁃"
_DASH_TABLE = str.maketrans(dict.fromkeys(_DASHES, "-"))


class Problem(StrEnum):
    EMPTY = "empty"
    BAD_CHARACTERS = "bad-characters"
    TOO_MANY_HYPHENS = "too-many-hyphens"
    OFFICE_PART = "office-part"
    NUMBER_PART = "number-part"


class JobSeekerNumberError(ValueError):
    """A specific, translatable reason; `problem` lets a form point at the mistake."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem

    def user_message(self) -> str:
        texts = {
            Problem.EMPTY: translate(
                "JobSeekerNumber",
                "Please enter your job-seeker number. It is on your Hello Work card.",
            ),
            Problem.BAD_CHARACTERS: translate(
                "JobSeekerNumber", "Please use only numbers and one hyphen, like {example}."
            ),
            Problem.TOO_MANY_HYPHENS: translate(
                "JobSeekerNumber",
                "Please use only one hyphen, after the first 5 numbers, like {example}.",
            ),
            Problem.OFFICE_PART: translate(
                "JobSeekerNumber", "The part before the hyphen has 5 numbers, like {example}."
            ),
            Problem.NUMBER_PART: translate(
                "JobSeekerNumber", "The part after the hyphen has 1 to 8 numbers, like {example}."
            ),
        }
        return texts[self.problem].format(example=EXAMPLE)


def _fold(text: str) -> str:
    """Full-width to ASCII, every dash to '-', and all spaces removed."""
    folded = unicodedata.normalize("NFKC", text).translate(_DASH_TABLE)
    return "".join(ch for ch in folded if not ch.isspace())


def normalize_job_seeker_number(text: str) -> str:
    """Return the number as `12345-1234567` or raise `JobSeekerNumberError`.

    Thirteen or fewer digits with no hyphen get one after the office code,
    since the office code always has exactly 5 digits.
    """
    folded = _fold(text)
    if not folded:
        raise JobSeekerNumberError(Problem.EMPTY)
    if not all(ch.isascii() and (ch.isdigit() or ch == "-") for ch in folded):
        raise JobSeekerNumberError(Problem.BAD_CHARACTERS)
    hyphens = folded.count("-")
    if hyphens > 1:
        raise JobSeekerNumberError(Problem.TOO_MANY_HYPHENS)
    if hyphens == 0:
        if len(folded) <= OFFICE_DIGITS:
            raise JobSeekerNumberError(Problem.NUMBER_PART)
        folded = f"{folded[:OFFICE_DIGITS]}-{folded[OFFICE_DIGITS:]}"
    office, serial = folded.split("-")
    if len(office) != OFFICE_DIGITS:
        raise JobSeekerNumberError(Problem.OFFICE_PART)
    if not 1 <= len(serial) <= MAX_SERIAL_DIGITS:
        raise JobSeekerNumberError(Problem.NUMBER_PART)
    return folded


def optional_job_seeker_number(text: str | None) -> str | None:
    """For forms where the number may be left empty (registration): empty → None."""
    if text is None or not _fold(text):
        return None
    return normalize_job_seeker_number(text)


def is_valid_job_seeker_number(text: str) -> bool:
    try:
        normalize_job_seeker_number(text)
    except JobSeekerNumberError:
        return False
    return True
