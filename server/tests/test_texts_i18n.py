"""The server's own words (mails, the /verify page, problem titles, demo terms) in all 14
languages, chosen by Accept-Language or the user's saved language, else Japanese."""

from __future__ import annotations

import json
import re
import string
from datetime import datetime, timedelta
from email.message import EmailMessage
from importlib import resources

import pytest
from hwserver.demo_terms import versions
from hwserver.languages import SUPPORTED, bcp47, from_accept_language, negotiate
from hwserver.problems import CATALOGUE
from hwserver.texts import available_languages, text
from hwserver.timeutil import JST
from hwserver_testkit import PASSWORD, Server, slot_id

ELEVEN = datetime(2026, 12, 7, 11, 0, tzinfo=JST)
OFFICE = "tokyo-kawabata"
# A word of each language's mail signature ("cannot receive replies"), written here by hand
# so the test does not just compare the catalogue with itself.
SIGNATURE_WORD = {
    "ja": "返信",
    "ja_easy": "返事",
    "en": "replies",
    "zh_CN": "回复",
    "zh_TW": "回覆",
    "ko": "회신",
    "vi": "trả lời",
    "fil": "sagot",
    "pt_BR": "respostas",
    "es": "respuestas",
    "ne": "जवाफ",
    "id": "balasan",
    "th": "ตอบกลับ",
    "my": "ပြန်စာ",
}
SESSION_TIME_FIELDS = {"year", "month", "month_name", "day", "weekday", "start", "end"}


def _catalogue(language: str) -> dict[str, str]:
    path = resources.files("hwserver.texts").joinpath(f"{language}.json")
    return json.loads(path.read_text("utf-8"))


def _placeholders(template: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_there_is_a_catalogue_for_every_supported_language() -> None:
    assert set(available_languages()) == set(SUPPORTED) == set(SIGNATURE_WORD)


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_key_is_there_with_the_placeholders_of_japanese(language: str) -> None:
    japanese, texts = _catalogue("ja"), _catalogue(language)
    assert set(texts) == set(japanese)
    for key, template in texts.items():
        assert template.strip(), key
        if key == "session_time":  # word order differs: any of the date parts, but all times
            assert {"start", "end", "day"} <= _placeholders(template) <= SESSION_TIME_FIELDS
        else:
            assert _placeholders(template) == _placeholders(japanese[key]), key
    assert len(texts["weekdays"].split(",")) == 7
    assert len(texts["months"].split(",")) == 12
    assert {f"problem.{code}" for code in CATALOGUE} <= set(texts)


@pytest.mark.parametrize("language", [code for code in SUPPORTED if not code.startswith("ja")])
def test_translations_are_not_japanese_left_in_place(language: str) -> None:
    japanese, texts = _catalogue("ja"), _catalogue(language)
    same = [k for k in texts if texts[k] == japanese[k] and k not in {"weekdays", "months"}]
    assert same == [], same


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("", None),
        ("ja-x-easy", "ja_easy"),
        ("ja_easy", "ja_easy"),
        ("zh-Hans", "zh_CN"),
        ("zh-Hant", "zh_TW"),
        ("zh-HK", "zh_TW"),
        ("zh-Hant-HK", "zh_TW"),
        ("zh-TW,zh;q=0.8", "zh_TW"),
        ("pt", "pt_BR"),
        ("pt-PT", "pt_BR"),
        ("tl", "fil"),
        ("fil-PH", "fil"),
        ("es-MX,es;q=0.9", "es"),
        ("fr-FR,fr;q=0.9", None),
        ("fr;q=1, ne;q=0.5, en;q=0.7", "en"),
        ("en;q=0, vi", "vi"),
        ("my, th;q=0.9", "my"),
        ("*;q=0.5, id;q=0.2", "id"),
        ("ko;q=bad, ja", "ja"),
    ],
)
def test_accept_language_picks_the_best_supported_language(
    header: str | None, expected: str | None
) -> None:
    assert from_accept_language(header) == expected
    assert negotiate(header) == (expected or "ja")


def _register(server: Server, email: str, language: str) -> int:
    body = {"email": email, "password": PASSWORD, "name": "Aoi", "preferred_language": language}
    return server.client.post("/v1/accounts", json=body).status_code


def _mail(server: Server, kind: str) -> EmailMessage:
    return next(m for m in reversed(server.mails()) if m["X-Hwserver-Kind"] == kind)


def _in_language(message: EmailMessage, language: str) -> str:
    body = message.get_content()
    assert message["Content-Language"] == bcp47(language)
    assert SIGNATURE_WORD[language] in body, body
    assert "{" not in body
    assert "{" not in message["Subject"]
    return body


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_mail_is_sent_in_the_users_language(server: Server, language: str) -> None:
    email = f"{language.lower()}@example.jp"
    assert _register(server, email, language) == 202
    verify = _in_language(_mail(server, "verify"), language)
    assert "https://hw.example.jp/verify?token=" in verify
    page = server.client.get(re.search(r"https://hw\.example\.jp(/verify\S+)", verify)[1])
    assert page.status_code == 200
    assert page.headers["content-language"] == bcp47(language)
    assert text(language, "page.verified.heading") in page.text
    assert _register(server, email, "en") == 202  # the mail keeps the saved language
    _in_language(_mail(server, "already_registered"), language)

    user, staff = server.add_user(language=language), server.add_user(role="staff")
    for day in (0, 1):
        body = {"slot_id": slot_id(OFFICE, ELEVEN + timedelta(days=day))}
        body["companions"] = [{"role": "interpreter"}]
        assert server.client.post("/v1/bookings", json=body, headers=user.headers).is_success
    confirmed = _in_language(_mail(server, "booking_confirmed"), language)
    assert text(language, "companions.interpreter") in confirmed
    assert ":00" in confirmed  # the session time, in that language's order
    booked = server.client.get("/v1/bookings", headers=user.headers).json()
    server.client.post(f"/v1/bookings/{booked[0]['id']}/cancel", headers=user.headers)
    _in_language(_mail(server, "booking_cancelled"), language)
    server.client.post(
        f"/v1/staff/bookings/{booked[1]['id']}/cancel",
        json={"reason": "Counsellor is ill"},
        headers=staff.headers,
    )
    assert "Counsellor is ill" in _in_language(
        _mail(server, "booking_cancelled_by_office"), language
    )


@pytest.mark.parametrize("language", SUPPORTED)
def test_verify_page_errors_follow_accept_language(server: Server, language: str) -> None:
    headers = {"Accept-Language": bcp47(language)}
    used = server.client.get("/verify?token=not-a-real-token", headers=headers)
    assert used.status_code == 400
    assert f'lang="{bcp47(language)}"' in used.text
    assert text(language, "page.invalid.heading") in used.text
    cut = server.client.get("/verify?token=", headers=headers)
    assert cut.status_code == 400
    assert text(language, "page.missing.heading") in cut.text
    assert text(language, "page.missing.heading") != text(language, "page.invalid.heading")


@pytest.mark.parametrize(
    ("header", "language"),
    [(None, "ja"), ("fr", "ja"), ("ko-KR,ko;q=0.9", "ko"), ("ja-x-easy", "ja_easy"), ("th", "th")],
)
def test_problem_titles_follow_accept_language(
    server: Server, header: str | None, language: str
) -> None:
    headers = {"Accept-Language": header} if header else {}
    answer = server.client.get("/v1/me", headers=headers)
    problem = answer.json()
    assert (answer.status_code, problem["status"]) == (401, 401)
    assert problem["type"].endswith("/problems/unauthenticated")  # the code never changes
    assert problem["title"] == _catalogue(language)["problem.unauthenticated"]
    assert answer.headers["content-language"] == bcp47(language)


def test_validation_problems_are_translated_too(server: Server) -> None:
    answer = server.client.post("/v1/accounts", json={}, headers={"Accept-Language": "vi"})
    assert answer.status_code == 422
    assert answer.json()["title"] == _catalogue("vi")["problem.validation-error"]


@pytest.mark.parametrize("language", SUPPORTED)
def test_demo_terms_exist_in_every_language(server: Server, language: str) -> None:
    terms = server.client.get(f"/v1/terms/current?lang={bcp47(language)}").json()
    assert terms["language"] == language
    assert terms["version"] == "1.1"
    assert terms["changes_summary"]
    assert terms["body"].count("## ") == 7  # the same seven sections in every language
    if language != "ja":
        japanese = server.client.get("/v1/terms/current?lang=ja").json()
        assert terms["title"] != japanese["title"]
        assert terms["body"] != japanese["body"]


def test_unknown_terms_language_falls_back_to_japanese(server: Server) -> None:
    terms = server.client.get("/v1/terms/current?lang=fr").json()
    assert terms["language"] == "ja"
    by_header = server.client.get("/v1/terms/current", headers={"Accept-Language": "ja-x-easy"})
    assert by_header.json()["language"] == "ja_easy"


def test_the_older_terms_version_lacks_only_the_no_show_sentence() -> None:
    old, new = versions()
    assert set(old["texts"]) == set(new["texts"]) == set(SUPPORTED)
    for language in SUPPORTED:
        old_body, new_body = old["texts"][language][1], new["texts"][language][1]
        assert len(old_body) < len(new_body), language
        assert old["texts"][language][2] is None
        assert new["texts"][language][2]
