"""Every translation call in the code is one pyside6-lupdate can read.

lupdate reads the source text, it does not run it: `translate(CTX, "...")`
with a module constant, or a private `_tr(text)` wrapper, hides the string
from the catalogues, so it stays English in every language although the
`.ts` files look complete. Only string literals are extracted.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.i18n.catalogue import ROOT

#: Functions that translate texts marked elsewhere with QT_TRANSLATE_NOOP (which
#: lupdate does read), so their own call cannot and need not be literal.
NOOP_LOOKUPS = {
    ("hwclient/i18n.py", "translate"),
    ("hwclient/api/errors.py", "user_message"),
}
#: name -> how many leading arguments must be literals (context and text, or text)
CALLS = {"translate": 2, "tr": 1}


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _needed(call: ast.Call) -> int:
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in CALLS:
        owner = ast.unparse(func.value)
        if func.attr == "translate" and owner != "QCoreApplication":
            return 0  # str.translate and friends
        return CALLS[func.attr]
    if isinstance(func, ast.Name) and func.id in CALLS:
        return CALLS[func.id] if func.id == "translate" else 2
    if isinstance(func, ast.Name) and func.id in {"_tr", "_", "tr_"}:
        return 1  # a private wrapper: lupdate never sees through it
    return 0


def unreadable_calls(path: Path) -> list[str]:
    rel = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = []
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef | ast.Module):
            continue
        name = getattr(func, "name", "")
        if (rel, name) in NOOP_LOOKUPS:
            continue
        for node in ast.iter_child_nodes(func) if isinstance(func, ast.Module) else ast.walk(func):
            if isinstance(node, ast.Call):
                needed = _needed(node)
                args = node.args[:needed]
                if needed and (len(args) < needed or not all(_literal(a) for a in args)):
                    bad.append(f"{rel}:{node.lineno}: {ast.unparse(node)[:90]}")
    return sorted(set(bad))


def test_every_translated_text_is_a_literal_lupdate_can_extract() -> None:
    bad = [
        line
        for path in sorted((ROOT / "hwclient").rglob("*.py"))
        for line in unreadable_calls(path)
    ]
    assert bad == [], (
        'lupdate cannot extract these (use string literals: translate("Context", "text"), '
        "or QT_TRANSLATE_NOOP where the text is chosen at run time):\n" + "\n".join(bad)
    )
