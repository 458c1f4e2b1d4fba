"""PyInstaller runtime hook: find the system's CA certificates on any Linux distribution.

The bundled OpenSSL looks for certificates where the build machine's
distribution keeps them (Debian: /usr/lib/ssl). On Fedora, openSUSE or Arch
that folder does not exist and every HTTPS request would fail. truststore
trusts what OpenSSL loads by default, so pointing SSL_CERT_FILE at this
machine's bundle keeps corporate and security-software CAs working too.
A value the user or IT already set is left alone.
"""

import os
import ssl
import sys

_CANDIDATES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Arch, Gentoo
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # RHEL family
    "/etc/ssl/cert.pem",  # Alpine, others
)


def _set_ca_bundle() -> None:
    if not sys.platform.startswith("linux") or os.environ.get("SSL_CERT_FILE"):
        return
    default = ssl.get_default_verify_paths()
    if default.cafile and os.path.exists(default.cafile):
        return
    for path in _CANDIDATES:
        if os.path.exists(path):
            os.environ["SSL_CERT_FILE"] = path
            return


_set_ca_bundle()
