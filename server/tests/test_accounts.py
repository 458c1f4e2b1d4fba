"""Accounts and sessions through the API: registration, verification, sign-in, lockout, Me."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlsplit

from hwserver_testkit import PASSWORD, Server, problem_code

NEW_PASSWORD = "a much better passphrase"


def register(server: Server, email: str = "hanako@example.jp", **extra: object) -> object:
    body = {
        "email": email,
        "password": "sakura-michi-2026",
        "name": "山田 花子",
        "preferred_language": "ja",
        **extra,
    }
    return server.client.post("/v1/accounts", json=body)


def verification_url(server: Server) -> str:
    body = server.mails()[-1].get_content()
    match = re.search(r"https://hw\.example\.jp/verify\?token=\S+", body)
    assert match, body
    return match.group(0)


def test_registration_mails_a_link_that_completes_it_in_the_users_language(server: Server) -> None:
    response = register(server, preferred_language="en", job_seeker_number="１３０１０－１２３４")
    assert response.status_code == 202
    assert response.json() == {"status": "verification-sent"}
    mail = server.mails()[-1]
    assert mail["To"] == "hanako@example.jp"
    assert "confirm your e-mail" in mail["Subject"]
    assert mail.get_content_type() == "text/plain"
    url = urlsplit(verification_url(server))
    before = server.client.post(
        "/v1/sessions", json={"email": "hanako@example.jp", "password": "sakura-michi-2026"}
    )
    assert problem_code(before) == "email-not-verified"
    page = server.client.get(f"{url.path}?{url.query}")
    assert page.status_code == 200
    assert 'lang="en"' in page.text
    assert "registration is complete" in page.text
    login = server.client.post(
        "/v1/sessions", json={"email": "Hanako@Example.jp", "password": "sakura-michi-2026"}
    )
    assert login.status_code == 201
    assert login.headers["cache-control"] == "no-store"  # carries a token
    assert page.headers["referrer-policy"] == "no-referrer"
    me = login.json()["user"]
    assert me["job_seeker_number"] == "13010-1234"  # full-width input normalised
    assert me["terms_consent_required"] is True


def test_verify_link_works_once_and_only_for_24_hours(server: Server) -> None:
    register(server)
    token = verification_url(server).split("token=")[1]
    server.clock.advance(timedelta(hours=24, seconds=1))
    late = server.client.post("/v1/accounts/verify", json={"token": token})
    assert late.status_code == 400
    assert problem_code(late) == "invalid-token"
    register(server)  # registering again replaces the unverified account and sends a new link
    token = verification_url(server).split("token=")[1]
    assert server.client.post("/v1/accounts/verify", json={"token": token}).json() == {
        "status": "active"
    }
    again = server.client.post("/v1/accounts/verify", json={"token": token})
    assert problem_code(again) == "invalid-token"
    page = server.client.get(f"/verify?token={token}")
    assert page.status_code == 400
    assert "このリンクは使えません" in page.text


def test_registering_a_taken_address_answers_the_same_and_mails_the_owner(server: Server) -> None:
    server.add_user("taken@example.jp")
    fresh = register(server, "fresh@example.jp")
    taken = register(server, "taken@example.jp")
    assert (taken.status_code, taken.json()) == (fresh.status_code, fresh.json())
    mail = server.mails()[-1]
    assert mail["To"] == "taken@example.jp"
    assert "登録済み" in mail["Subject"]
    assert "token=" not in mail.get_content()


def test_weak_passwords_are_refused_with_a_reason(server: Server) -> None:
    for password in ("short-one", "password1234", "hanako@example.jp", "aaaaaaaaaaaa"):
        response = register(server, password=password)
        assert response.status_code == 422, password
        assert problem_code(response) == "weak-password"
        assert response.json()["detail"]
    assert server.mails() == []


def test_invalid_fields_are_listed_by_name(server: Server) -> None:
    response = server.client.post(
        "/v1/accounts",
        json={
            "email": "not-an-address",
            "password": "sakura-michi-2026",
            "name": "",
            "job_seeker_number": "12-34",
            "preferred_language": "xx",
        },
    )
    assert problem_code(response) == "validation-error"
    fields = {e["field"] for e in response.json()["errors"]}
    assert fields == {"email", "name", "job_seeker_number", "preferred_language"}


def test_wrong_password_and_unknown_address_get_identical_answers(server: Server) -> None:
    server.add_user("known@example.jp")
    known = server.client.post(
        "/v1/sessions", json={"email": "known@example.jp", "password": "wrong password!"}
    )
    unknown = server.client.post(
        "/v1/sessions", json={"email": "nobody@example.jp", "password": "wrong password!"}
    )
    assert known.status_code == unknown.status_code == 401
    assert known.json() == unknown.json()
    assert problem_code(known) == "invalid-credentials"


def test_five_failures_lock_the_address_for_15_minutes(server: Server) -> None:
    server.add_user("target@example.jp")
    for attempt in range(4):
        response = server.client.post(
            "/v1/sessions", json={"email": "target@example.jp", "password": f"bad-{attempt}"}
        )
        assert response.status_code == 401
    fifth = server.client.post(
        "/v1/sessions", json={"email": "target@example.jp", "password": "bad-5"}
    )
    assert fifth.status_code == 423
    assert problem_code(fifth) == "account-locked"
    assert fifth.json()["retry_after"] == 900
    server.clock.advance(timedelta(minutes=10))
    still = server.client.post(
        "/v1/sessions", json={"email": "target@example.jp", "password": PASSWORD}
    )
    assert still.status_code == 423
    assert still.json()["retry_after"] == 300
    server.clock.advance(timedelta(minutes=5))
    ok = server.client.post(
        "/v1/sessions", json={"email": "target@example.jp", "password": PASSWORD}
    )
    assert ok.status_code == 201


def test_unknown_addresses_lock_exactly_like_known_ones(server: Server) -> None:
    answers = []
    for email in ("exists@example.jp", "ghost@example.jp"):
        if email.startswith("exists"):
            server.add_user(email)
        for _ in range(5):
            last = server.client.post(
                "/v1/sessions", json={"email": email, "password": "nope nope"}
            )
        answers.append((last.status_code, last.json()))
    assert answers[0] == answers[1]


def test_sign_out_revokes_the_token(server: Server) -> None:
    user = server.add_user()
    assert server.client.get("/v1/me", headers=user.headers).status_code == 200
    assert server.client.delete("/v1/sessions/current", headers=user.headers).status_code == 204
    after = server.client.get("/v1/me", headers=user.headers)
    assert after.status_code == 401
    assert problem_code(after) == "unauthenticated"
    assert problem_code(server.client.delete("/v1/sessions/current")) == "unauthenticated"


def test_sessions_expire_after_30_days_unused_and_slide_when_used(server: Server) -> None:
    server.add_user("slide@example.jp")
    token = server.client.post(
        "/v1/sessions", json={"email": "slide@example.jp", "password": PASSWORD}
    ).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    server.clock.advance(timedelta(days=29))
    assert server.client.get("/v1/me", headers=headers).status_code == 200
    server.clock.advance(timedelta(days=29))
    assert server.client.get("/v1/me", headers=headers).status_code == 200
    server.clock.advance(timedelta(days=30, seconds=1))
    assert server.client.get("/v1/me", headers=headers).status_code == 401


def test_password_change_revokes_other_sessions_and_checks_rules(server: Server) -> None:
    server.add_user("pw@example.jp")
    login = {"email": "pw@example.jp", "password": PASSWORD}
    here = {
        "Authorization": "Bearer " + server.client.post("/v1/sessions", json=login).json()["token"]
    }
    other = {
        "Authorization": "Bearer " + server.client.post("/v1/sessions", json=login).json()["token"]
    }
    wrong = server.client.post(
        "/v1/me/password",
        headers=here,
        json={"current_password": "not it at all", "new_password": NEW_PASSWORD},
    )
    assert problem_code(wrong) == "invalid-credentials"
    weak = server.client.post(
        "/v1/me/password",
        headers=here,
        json={"current_password": PASSWORD, "new_password": "qwerty123"},
    )
    assert problem_code(weak) == "weak-password"
    done = server.client.post(
        "/v1/me/password",
        headers=here,
        json={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
    )
    assert done.status_code == 204
    assert server.client.get("/v1/me", headers=here).status_code == 200
    assert server.client.get("/v1/me", headers=other).status_code == 401
    old = server.client.post("/v1/sessions", json=login)
    assert problem_code(old) == "invalid-credentials"


def test_me_can_be_updated_and_refuses_bad_values(server: Server) -> None:
    user = server.add_user()
    response = server.client.patch(
        "/v1/me",
        headers=user.headers,
        json={
            "preferred_language": "pt-BR",
            "home_office_id": "osaka-sakurabashi",
            "phone": "090-0000-0000",
        },
    )
    assert response.status_code == 200
    me = response.json()
    assert (me["preferred_language"], me["home_office_id"]) == ("pt_BR", "osaka-sakurabashi")
    bad = server.client.patch("/v1/me", headers=user.headers, json={"home_office_id": "nowhere"})
    assert problem_code(bad) == "validation-error"
    assert bad.json()["errors"][0]["field"] == "home_office_id"
    assert problem_code(server.client.patch("/v1/me", json={"name": "x"})) == "unauthenticated"


def test_password_change_due_after_180_days(server: Server) -> None:
    user = server.add_user()
    assert server.client.get("/v1/me", headers=user.headers).json()["password_change_due"] is False
    server.clock.advance(timedelta(days=181))
    login = server.client.post("/v1/sessions", json={"email": user.email, "password": PASSWORD})
    assert login.json()["user"]["password_change_due"] is True


def test_deleting_the_account_needs_the_password_and_removes_the_data(server: Server) -> None:
    user = server.add_user("leaving@example.jp")
    wrong = server.client.request(
        "DELETE", "/v1/me", headers=user.headers, json={"password": "not my password"}
    )
    assert problem_code(wrong) == "invalid-credentials"
    gone = server.client.request(
        "DELETE", "/v1/me", headers=user.headers, json={"password": PASSWORD}
    )
    assert gone.status_code == 204
    assert server.client.get("/v1/me", headers=user.headers).status_code == 401
    login = server.client.post(
        "/v1/sessions", json={"email": "leaving@example.jp", "password": PASSWORD}
    )
    assert problem_code(login) == "invalid-credentials"


def test_repeated_registrations_mail_an_address_at_most_three_times_an_hour(
    server: Server,
) -> None:
    server.add_user("owner@example.jp")
    for target in ("owner@example.jp", "newcomer@example.jp"):
        answers = {register(server, target).status_code for _ in range(5)}
        assert answers == {202}
        assert sum(m["To"] == target for m in server.mails()) == 3
    server.clock.advance(timedelta(hours=1))
    register(server, "newcomer@example.jp")
    assert sum(m["To"] == "newcomer@example.jp" for m in server.mails()) == 4


def test_mail_files_keep_the_link_readable_and_say_their_language(server: Server) -> None:
    register(server, preferred_language="en")
    url = verification_url(server)
    [raw] = [p.read_bytes() for p in server.outbox.glob("*.eml")]
    assert url.encode() in raw  # not quoted-printable: people copy it from the file
    assert server.mails()[-1]["Content-Language"] == "en"
