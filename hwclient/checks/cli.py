"""`hwclient check`: run or re-evaluate the device check in a terminal.

Exit codes (also in `--help` and the README): 0 = nothing failed (warnings
and unknowns allowed), 1 = at least one check failed, 2 = the check itself
could not run (bad arguments, unreadable bundle, internal error).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from hwclient.checks.model import CHECK_IDS, Report, Status
from hwclient.i18n import translate

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
EXIT_HELP = (
    "exit codes: 0 = nothing failed (warnings allowed), 1 = at least one check failed, "
    "2 = the check could not run"
)


class CheckCommandError(Exception):
    """A problem to tell the person in plain words, then exit with code 2."""


def exit_code(report: Report) -> int:
    return EXIT_FAILED if any(r.status == Status.FAIL for r in report.results) else EXIT_OK


def parse_only(text: str | None) -> set[str] | None:
    if not text:
        return None
    ids = {part.strip() for part in text.split(",") if part.strip()}
    unknown = sorted(ids - set(CHECK_IDS))
    if unknown:
        raise CheckCommandError(
            translate("Checks", "Unknown check: %1. Known checks: %2.")
            .replace("%1", ", ".join(unknown))
            .replace("%2", ", ".join(CHECK_IDS))
        )
    return ids


def _qt_message_handler(mode: Any, context: Any, message: str) -> None:
    """Qt multimedia prints backend chatter on stderr; keep it in the debug log instead."""
    log.debug("qt: %s", message)


def _start_qt(lang: str | None) -> Any:
    """QtCore only: translations and QtMultimedia device lists work headless."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

    from hwclient.i18n import Translators, system_language

    qInstallMessageHandler(_qt_message_handler)
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translators = Translators()
    translators.switch(lang or system_language())
    return app, translators


def _run_async(coro: Any) -> Any:
    """Under qasync the camera probe can open the camera; plain asyncio otherwise."""
    try:
        import qasync

        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            return runner.run(coro)
    except ImportError:
        return asyncio.run(coro)


def run_check_command(args: argparse.Namespace) -> int:
    lang = getattr(args, "check_lang", None) or getattr(args, "lang", None)
    if not logging.getLogger().handlers:  # keep library warnings out of the printed report
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        _app, translators = _start_qt(lang)
        lang = translators.code
        only = parse_only(getattr(args, "only", None))
        if getattr(args, "from_bundle", None):
            report = _from_bundle(Path(args.from_bundle), only, lang)
        else:
            report = _run_async(_live(args, only, lang))
    except CheckCommandError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_ERROR
    except Exception:  # the person gets a sentence; the details go to the log
        log.exception("device check crashed")
        print(
            translate("Checks", "The device check could not run. Please try again."),
            file=sys.stderr,
        )
        return EXIT_ERROR
    _print(report, as_json=bool(getattr(args, "json", False)))
    return exit_code(report)


def _print(report: Report, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return
    from hwclient.checks.table import render

    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    columns = shutil.get_terminal_size((100, 24)).columns
    sys.stdout.write(render(report, colour=colour, columns=columns))


def _from_bundle(path: Path, only: set[str] | None, lang: str | None) -> Report:
    from hwclient.checks import bundle
    from hwclient.checks.engine import evaluate_bundle
    from hwclient.checks.policy import load_bundled

    try:
        raw, policy = bundle.load(path)
    except bundle.BundleError as exc:
        raise CheckCommandError(_bundle_message(exc.reason, path)) from exc
    return evaluate_bundle(raw, policy or load_bundled(), only=only, language=lang or "")


def _bundle_message(reason: str, path: Path) -> str:
    messages = {
        "not-found": translate("Checks", "The file %1 could not be opened."),
        "not-a-zip": translate("Checks", "%1 is not a diagnostics bundle (it is not a zip file)."),
        "not-a-bundle": translate("Checks", "%1 is not a diagnostics bundle from this app."),
        "too-new": translate(
            "Checks", "%1 was made by a newer version of this app. Update the app to read it."
        ),
    }
    default = translate("Checks", "%1 is damaged and cannot be read. Ask for a new bundle.")
    return messages.get(reason, default).replace("%1", str(path))


def _server_url(args: argparse.Namespace) -> str | None:
    explicit = getattr(args, "check_server", None) or getattr(args, "server", None)
    if explicit:
        return str(explicit)
    from hwclient.settings import Settings

    return Settings.load().server_url


async def _live(args: argparse.Namespace, only: set[str] | None, lang: str | None) -> Report:
    from hwclient.checks.engine import run_checks
    from hwclient.checks.policy import fetch_policy, httpx_getter

    needs_server = only is None or "connectivity" in only or "app" in only
    server = _server_url(args) if needs_server or getattr(args, "send", False) else None
    policy = asyncio.ensure_future(
        fetch_policy(httpx_getter(server, timeout=1.5) if server else None)
    )
    report, raw = await run_checks(policy, only=only, server_url=server, language=lang or "")
    target = getattr(args, "save_bundle", None) or getattr(args, "bundle", None)
    if target:
        _save_bundle(Path(target), raw, policy.result(), report)
    if getattr(args, "send", False):
        await _send(report, server, lang)
    return report


def _save_bundle(path: Path, raw: Any, policy: Any, report: Report) -> None:
    from hwclient.checks import bundle

    try:
        bundle.save(path, raw, policy, report)
    except OSError as exc:
        raise CheckCommandError(
            translate("Checks", "The diagnostics bundle could not be saved to %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc))
        ) from exc
    print(
        translate("Checks", "Diagnostics bundle saved: %1").replace("%1", str(path)),
        file=sys.stderr,
    )


async def _send(report: Report, server: str | None, lang: str | None) -> None:
    """Post the report as the signed-in user (the token the app keeps in the keyring)."""
    from hwclient.api.client import ApiClient
    from hwclient.session import Session
    from hwclient.settings import Settings

    if not server:
        raise CheckCommandError(
            translate("Checks", "No server is set, so the report was not sent.")
        )
    settings = Settings.load()
    async with ApiClient(server, language=lang) as api:
        session = Session(api, settings)
        try:
            if await session.restore() is None:
                raise CheckCommandError(
                    translate("Checks", "Sign in with the app first, then send the report again.")
                )
            report_id = await api.send_environment_report(
                report.to_json(), device_id=settings.device_id_hash(api.base_url)
            )
        except CheckCommandError:
            raise
        except Exception as exc:
            raise CheckCommandError(
                translate(
                    "Checks", "The report could not be sent. Check the connection and try again."
                )
            ) from exc
    print(translate("Checks", "Report sent (number %1).").replace("%1", report_id), file=sys.stderr)
