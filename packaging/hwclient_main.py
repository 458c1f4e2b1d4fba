"""Entry point of the frozen app (PyInstaller runs this as the executable's script).

It only prepares the process the way a frozen, possibly console-less program
needs, then hands over to the same `hwclient.cli.main` that `pip install` uses.
"""

from __future__ import annotations

import multiprocessing
import os
import sys


def _give_windowed_builds_a_stdout() -> None:
    """A Windows GUI exe has no console: sys.stdout is None and print() would crash.

    `hwclient.exe --version` then prints nowhere instead of failing; the
    console twin `hwclient-cli.exe` shows the output.
    """
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def main() -> int:
    multiprocessing.freeze_support()  # a spawned child must not start a second app
    _give_windowed_builds_a_stdout()
    from hwclient.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
