"""Small helper for translators working on translations/*.ts without Qt Linguist.

    python tools/ts_tool.py todo ja > todo.json     # unfinished messages as JSON
    python tools/ts_tool.py fill ja done.json       # write translations back
    python tools/ts_tool.py stats                   # finished / total per language

`done.json` is a list of {"context", "source", "translation"} objects; for a
plural (numerus) message "translation" is a list with one string per plural
form of the language (Japanese, Chinese, Korean, Vietnamese, Thai, Indonesian,
Burmese: one form; English, Spanish, Portuguese, Nepali, Filipino: two).
After `fill`, the file is re-run through lupdate so its layout stays canonical.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
sys.path.insert(0, str(ROOT))


def ts_path(code: str) -> Path:
    return TS_DIR / f"hwclient_{code}.ts"


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        out.extend((name, message) for message in context.iter("message"))
    return out


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}


def todo(code: str) -> list[dict[str, object]]:
    tree = ET.parse(ts_path(code))
    out: list[dict[str, object]] = []
    for context, message in messages(tree):
        if not is_unfinished(message):
            continue
        item: dict[str, object] = {"context": context, "source": message.findtext("source")}
        if message.findtext("comment"):
            item["comment"] = message.findtext("comment")
        if message.get("numerus") == "yes":
            item["numerus"] = True
        out.append(item)
    return out


def fill(code: str, done: list[dict[str, object]]) -> int:
    path = ts_path(code)
    tree = ET.parse(path)
    index = {(ctx, m.findtext("source")): m for ctx, m in messages(tree)}
    count = 0
    for item in done:
        message = index.get((str(item["context"]), str(item["source"])))
        if message is None:
            print(f"not in {path.name}: {item['context']} / {item['source']!r}", file=sys.stderr)
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        value = item["translation"]
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(value)
        count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    _canonicalise(code)
    return count


def _canonicalise(code: str) -> None:
    import subprocess

    from hwclient.i18n import BY_CODE
    from tools.update_translations import lupdate_command, sources

    cmd = lupdate_command(code, BY_CODE[code].qt_locale, sources(), ts_path(code))
    subprocess.run(cmd, cwd=ROOT, check=True)


def stats() -> None:
    for path in sorted(TS_DIR.glob("hwclient_*.ts")):
        tree = ET.parse(path)
        all_messages = messages(tree)
        left = sum(1 for _, m in all_messages if is_unfinished(m))
        print(
            f"{path.stem:20} {len(all_messages) - left:5}/{len(all_messages):<5} unfinished {left}"
        )


def main(argv: list[str]) -> int:
    if argv[:1] == ["todo"] and len(argv) == 2:
        json.dump(todo(argv[1]), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif argv[:1] == ["fill"] and len(argv) == 3:
        done = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{fill(argv[1], done)} messages written", file=sys.stderr)
    elif argv[:1] == ["stats"]:
        stats()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
