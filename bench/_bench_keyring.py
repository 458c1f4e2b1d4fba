"""A file keyring that stands in for the OS keyring in benchmark child processes.

The app refuses keyrings.alt's backends as the system store (their file is not
an OS secret store), so a benchmark that needs a token to survive between
processes uses this subclass, loaded by name through PYTHON_KEYRING_BACKEND.
Only ever used for benchmarks on a throw-away profile.
"""

from keyrings.alt.file import PlaintextKeyring


class BenchKeyring(PlaintextKeyring):
    """Same storage as PlaintextKeyring, under a module name the app accepts."""
