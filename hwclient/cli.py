"""Command-line entry point.

Kept import-light on purpose: `hwclient --version` and `hwclient check` must
not pay for loading Qt widgets, and the GUI start-up time is measured in
bench/. Each sub-command imports its own module only when chosen.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from hwclient import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hwclient",
        description="Hello Work online counselling: device check, booking and joining.",
    )
    parser.add_argument("--version", action="version", version=f"hwclient {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start an embedded demo server on 127.0.0.1 with sample offices and a demo account",
    )
    parser.add_argument("--server", metavar="URL", help="backend base URL (overrides settings)")
    parser.add_argument("--lang", metavar="CODE", help="interface language, e.g. ja, en")
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check", help="check this PC against the service's device rules")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.add_argument("--lang", dest="check_lang", metavar="CODE", help="language of the report")
    check.add_argument("--server", dest="check_server", metavar="URL", help="backend base URL")
    check.add_argument(
        "--save-bundle",
        "--bundle",
        dest="save_bundle",
        metavar="FILE",
        help="also write a diagnostics bundle (raw outputs, redacted) to FILE",
    )
    check.add_argument(
        "--send", action="store_true", help="send the report to the service (needs sign-in)"
    )
    check.add_argument(
        "--from-bundle", metavar="FILE", help="evaluate a saved diagnostics bundle, no probing"
    )
    check.add_argument("--only", metavar="IDS", help="comma-separated check ids to run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        from hwclient.checks.cli import run_check_command

        return run_check_command(args)
    from hwclient.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
