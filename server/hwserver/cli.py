"""`hwserver serve | sweep | create-staff | --version` (settings also from HWSERVER_* variables)."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from hwserver import __version__
from hwserver.settings import Settings, settings_from_env


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hwserver", description=__doc__)
    parser.add_argument("--version", action="version", version=f"hwserver {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the HTTP API")
    _database_flag(serve)
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default 8000)")
    serve.add_argument("--public-url", help="base URL people reach, used in mailed links")
    mail = serve.add_mutually_exclusive_group()
    mail.add_argument("--mail-outbox", type=Path, metavar="DIR", help="write mails as .eml here")
    mail.add_argument("--smtp-url", metavar="URL", help="smtp://user:pass@host:587 or smtps://…")
    serve.add_argument(
        "--demo",
        action="store_true",
        default=None,
        help="seed demo offices, terms and accounts into an empty database",
    )

    sweep = commands.add_parser("sweep", help="mark no-shows, suspend, delete stale data")
    _database_flag(sweep)

    staff = commands.add_parser("create-staff", help="create or reset a staff account")
    _database_flag(staff)
    staff.add_argument("--email", required=True)
    staff.add_argument("--name", default="")
    staff.add_argument("--password", help="omit to be asked (keeps it out of shell history)")
    return parser


def _database_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database-url", help="sqlite:///file or postgresql://user@host/db")


def settings_for(args: argparse.Namespace) -> Settings:
    return settings_from_env().with_overrides(
        database_url=getattr(args, "database_url", None),
        host=getattr(args, "host", None),
        port=getattr(args, "port", None),
        public_url=getattr(args, "public_url", None),
        mail_outbox=getattr(args, "mail_outbox", None),
        smtp_url=getattr(args, "smtp_url", None),
        demo=getattr(args, "demo", None),
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    settings = settings_for(args)
    if args.command == "serve":
        return serve(settings)
    if args.command == "sweep":
        return sweep(settings)
    return create_staff_command(settings, args)


def serve(settings: Settings) -> int:
    import uvicorn

    from hwserver.app import create_app
    from hwserver.demo import DEMO_EMAIL, DEMO_PASSWORD, STAFF_EMAIL, STAFF_PASSWORD

    if settings.port and settings.public_url == Settings().public_url:
        host = "127.0.0.1" if settings.host in {"0.0.0.0", "::"} else settings.host  # noqa: S104
        settings = settings.with_overrides(public_url=f"http://{host}:{settings.port}")
    app = create_app(settings)
    if settings.demo:
        print(f"Demo account: {DEMO_EMAIL} / {DEMO_PASSWORD}")
        print(f"Demo staff:   {STAFF_EMAIL} / {STAFF_PASSWORD}")
    if not settings.smtp_url:
        print(f"Mail is written to {settings.mail_outbox or Path('hwserver-outbox')}/")
    print(f"hwserver {__version__} on http://{settings.host}:{settings.port}", flush=True)
    uvicorn.run(
        app, host=settings.host, port=settings.port, log_level=settings.log_level, access_log=False
    )
    return 0


def sweep(settings: Settings) -> int:
    from hwserver.app import build_context
    from hwserver.sweep import run_sweep

    ctx = build_context(settings)
    result = run_sweep(ctx)
    print(
        f"no-shows: {result.no_shows}, suspended: {result.suspended}, "
        f"deleted accounts: {result.deleted_accounts}, expired tokens: {result.expired_tokens}"
    )
    return 0


def create_staff_command(settings: Settings, args: argparse.Namespace) -> int:
    from hwserver.app import build_context
    from hwserver.staff_accounts import create_staff

    password = args.password
    if password is None:
        password = getpass.getpass("Password: ") if sys.stdin.isatty() else sys.stdin.readline()
        password = password.rstrip("\n")
    try:
        user_id = create_staff(build_context(settings), args.email, password, args.name)
    except ValueError as exc:
        print(f"Password refused: {exc}", file=sys.stderr)
        return 2
    print(f"Staff account ready (id {user_id}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
