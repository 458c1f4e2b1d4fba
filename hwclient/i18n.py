"""Languages, Qt translators and the `.ts` → `.qm` build step.

The `.ts` files in `translations/` are the sources; `.qm` files are build
output and never committed. Packaged builds ship compiled `.qm` files inside
`hwclient/translations/` (`python -m hwclient.i18n build`); a source checkout
compiles them on first use into the user cache directory, so a fresh clone
shows every language without a manual step.

Only QtCore is used here, so the headless `hwclient check` can translate too.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hwclient.paths import PACKAGE_DIR, data_dir

log = logging.getLogger(__name__)

BUILT_QM_DIR = PACKAGE_DIR / "translations"
CATALOG = "hwclient"


@dataclass(frozen=True)
class Language:
    code: str  # file suffix and settings value
    native_name: str  # shown in its own script on the language page
    qt_locale: str  # QLocale name for dates, times, numbers
    bcp47: str  # Accept-Language / server language tag


LANGUAGES: tuple[Language, ...] = (
    Language("ja", "日本語", "ja_JP", "ja"),
    Language("ja_easy", "やさしい にほんご", "ja_JP", "ja-x-easy"),
    Language("en", "English", "en_US", "en"),
    Language("zh_CN", "简体中文", "zh_CN", "zh-CN"),
    Language("zh_TW", "繁體中文", "zh_TW", "zh-TW"),
    Language("ko", "한국어", "ko_KR", "ko"),
    Language("vi", "Tiếng Việt", "vi_VN", "vi"),
    Language("fil", "Filipino", "fil_PH", "fil"),
    Language("pt_BR", "Português (Brasil)", "pt_BR", "pt-BR"),
    Language("es", "Español", "es_ES", "es"),
    Language("ne", "नेपाली", "ne_NP", "ne"),
    Language("id", "Bahasa Indonesia", "id_ID", "id"),
    Language("th", "ไทย", "th_TH", "th"),
    Language("my", "မြန်မာ", "my_MM", "my"),
)
BY_CODE = {lang.code: lang for lang in LANGUAGES}
DEFAULT_LANGUAGE = "ja"
SOURCE_LANGUAGE = "en"  # source strings are English; its catalogue holds plural forms only


def language(code: str | None) -> Language:
    """Return the language for a code, falling back to Japanese for unknown codes."""
    return BY_CODE.get(code or "", BY_CODE[DEFAULT_LANGUAGE])


def match_language(ui_languages: list[str]) -> str:
    """Pick our language code from OS preferences such as ['pt-BR', 'en-US'].

    Exact region matches win (zh-TW must not become zh_CN); then the base
    language; else Japanese, the service's own language.
    """
    for tag in ui_languages:
        norm = tag.replace("-", "_")
        if norm in BY_CODE:
            return norm
        base = norm.split("_")[0].lower()
        if base == "zh":
            region = norm.split("_")[-1].upper()
            return "zh_TW" if region in {"TW", "HK", "MO", "HANT"} else "zh_CN"
        if base == "pt":
            return "pt_BR"
        if base == "tl":
            return "fil"
        if base in BY_CODE:
            return base
    return DEFAULT_LANGUAGE


def system_language() -> str:
    return match_language(list(QLocale.system().uiLanguages()))


def qlocale(code: str) -> QLocale:
    return QLocale(language(code).qt_locale)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside QObject subclasses (services, check engine).

    Named `translate` on purpose: pyside6-lupdate extracts bare
    `translate("Context", "text")` calls with their context, but reads a
    two-argument `tr("Context", "text")` as text + comment.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


tr = translate  # deprecated alias: lupdate cannot extract `tr(context, text)`; use `translate`


def _lrelease() -> str | None:
    exe_dir = Path(sys.executable).parent
    for candidate in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(candidate) or shutil.which(candidate, path=str(exe_dir))
        if found:
            return found
    return None


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("hwclient", "hwclient")) / "qm"


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one `.ts` file; a failure only means that language falls back to English."""
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; translations unavailable")
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    # A private temporary name: two app instances (or test processes) may compile
    # the same catalogue at once, and Qt memory-maps .qm files, so a file written
    # by two lrelease runs at once would crash whoever loads it.
    fd, tmp_name = tempfile.mkstemp(prefix=qm.name + ".", suffix=".tmp", dir=qm.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        result = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(tmp)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0 or tmp.stat().st_size == 0:
            log.warning("lrelease failed for %s: %s", ts.name, result.stderr.strip()[:500])
            return False
        os.replace(tmp, qm)
        return True
    finally:
        tmp.unlink(missing_ok=True)


def qm_file(code: str) -> Path | None:
    """Find or build the compiled catalogue for a language.

    In a source checkout the `.ts` file wins (compiled into the cache, keyed by
    its hash), so a packaging build's `.qm` left in the tree never shadows
    newer translations; a frozen or wheel install uses its shipped `.qm`.
    """
    built = BUILT_QM_DIR / f"{CATALOG}_{code}.qm"
    ts = data_dir("translations") / f"{CATALOG}_{code}.ts"
    if ts.exists() and not getattr(sys, "frozen", False):
        digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
        cached = _cache_dir() / f"{CATALOG}_{code}.{digest}.qm"
        if cached.exists() or compile_ts(ts, cached):
            return cached
    return built if built.exists() else None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = _cache_dir() / f"{CATALOG}_{code}.{digest}.qm"
    if cached.exists() or compile_ts(ts, cached):
        return cached
    return None


class Translators:
    """Owns the installed translators so a live switch can replace them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.code = SOURCE_LANGUAGE

    def switch(self, code: str) -> bool:
        """Install the catalogues for `code`; returns False if ours was missing."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a QCoreApplication must exist before translators are installed")
        for old in self._installed:
            app.removeTranslator(old)
        self._installed.clear()
        self.code = code
        QLocale.setDefault(qlocale(code))
        ok = self._load(app, qm_file(code))
        if code == SOURCE_LANGUAGE:
            return True  # without the plural catalogue English still reads, as "minute(s)"
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = language(code).qt_locale
        qt_tr = QTranslator()
        short = base.split("_")[0]
        if qt_tr.load(f"qtbase_{base}", qt_dir) or qt_tr.load(f"qtbase_{short}", qt_dir):
            app.installTranslator(qt_tr)
            self._installed.append(qt_tr)
        return ok

    def _load(self, app: QCoreApplication, path: Path | None) -> bool:
        if path is None:
            log.warning("no catalogue for %s", self.code)
            return False
        translator = QTranslator()
        if not translator.load(str(path)):
            log.warning("could not load %s", path)
            return False
        app.installTranslator(translator)
        self._installed.append(translator)
        return True


def build_all(dest: Path = BUILT_QM_DIR) -> list[Path]:
    """Packaging step: compile every `.ts` into the package directory."""
    out = []
    for ts in sorted(data_dir("translations").glob(f"{CATALOG}_*.ts")):
        qm = dest / ts.with_suffix(".qm").name
        if not compile_ts(ts, qm):
            raise SystemExit(f"lrelease failed for {ts}")
        out.append(qm)
    return out


if __name__ == "__main__":
    if sys.argv[1:] != ["build"]:
        raise SystemExit("usage: python -m hwclient.i18n build")
    for path in build_all():
        print(path)
