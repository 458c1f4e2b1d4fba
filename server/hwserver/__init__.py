"""hwserver: the reference REST backend for hwclient (contract: shared/API.md)."""

__version__ = "0.1.0"
