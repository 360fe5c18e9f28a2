#!/usr/bin/env python3
"""Lists and fills the unfinished entries of translations/veil_*.ts (see README.md here).

    tstool.py todo [LANG...] > todo.json   every unfinished entry, per language, with empty slots
    tstool.py apply todo.json              writes the filled slots back and marks them finished
    tstool.py check                        unfinished entries and placeholder mismatches; exit 1 if any
    tstool.py import DIR                   fills unfinished entries from DIR/veil_*.ts (same context and
                                           source), e.g. another branch's catalogues after a merge

todo.json maps language → context → source → translation. A numerus source (one with %n) takes
a list with one form per plural form of the language (the "forms" hint in the todo file says how
many: de/es/fr 2 — one, other; ru 3 — one, few, many; zh_CN and fa 1). A context "*" in the file
applies to that source in every context. Slots left empty stay unfinished. Comments (the
disambiguation) are shown as "comment" in the todo file; when one source has two comments in a
context, the key is "source\\u0000comment".

Only Python's standard library; lconvert (qt6-l10n-tools) rewrites the files in lupdate's layout.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def ts_files(langs):
    out = []
    for name in sorted(os.listdir(HERE)):
        m = re.fullmatch(r"veil_(.+)\.ts", name)
        if m and (not langs or m.group(1) in langs):
            out.append((m.group(1), os.path.join(HERE, name)))
    return out


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key_of(message):
    comment = message.findtext("comment")
    source = message.findtext("source") or ""
    return source + ("\0" + comment if comment else "")


def is_unfinished(message):
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        return any(not (f.text or "").strip() for f in tr.iter("numerusform"))
    return not (tr.text or "").strip()


def todo(langs):
    result = {}
    for lang, path in ts_files(langs):
        entries = {}
        for context, message in messages(ET.parse(path)):
            if not is_unfinished(message):
                continue
            slot = entries.setdefault(context, {})
            tr = message.find("translation")
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
                slot[key_of(message)] = forms
            else:
                slot[key_of(message)] = (tr.text or "") if tr is not None else ""
        if entries:
            result[lang] = entries
    hints = {"forms": {lang: forms_of(path) for lang, path in ts_files(langs)}}
    json.dump({"_hints": hints, **result}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def forms_of(path):
    """How many numerus forms lupdate gave this language (from any numerus entry)."""
    for _, message in messages(ET.parse(path)):
        if message.get("numerus") == "yes":
            return len(list(message.find("translation").iter("numerusform")))
    return None


def lookup(table, context, message):
    for ctx in (context, "*"):
        entries = table.get(ctx, {})
        for key in (key_of(message), message.findtext("source")):
            if key in entries:
                return entries[key]
    return None


def apply(path_json):
    with open(path_json, encoding="utf-8") as f:
        data = json.load(f)
    problems = 0
    for lang, path in ts_files([l for l in data if not l.startswith("_")]):
        table = data[lang]
        tree = ET.parse(path)
        filled = 0
        for context, message in messages(tree):
            value = lookup(table, context, message)
            if value is None or not is_unfinished(message):
                continue
            tr = message.find("translation")
            if message.get("numerus") == "yes":
                slots = list(tr.iter("numerusform"))
                if not isinstance(value, list) or len(value) != len(slots):
                    print(f"{lang}: {context}: {message.findtext('source')!r} needs {len(slots)} forms",
                          file=sys.stderr)
                    problems += 1
                    continue
                if not all(v.strip() for v in value):
                    continue
                for slot, text in zip(slots, value):
                    slot.text = text
            else:
                if isinstance(value, list) or not value.strip():
                    continue
                tr.text = value
            tr.attrib.pop("type", None)
            filled += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        normalise(path)
        print(f"{lang}: filled {filled}", file=sys.stderr)
    return 1 if problems else 0


def import_dir(directory):
    data = {}
    for lang, _ in ts_files([]):
        other = os.path.join(directory, f"veil_{lang}.ts")
        if not os.path.exists(other):
            continue
        table = data.setdefault(lang, {})
        for context, message in messages(ET.parse(other)):
            if is_unfinished(message):
                continue
            tr = message.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")]
            table.setdefault(context, {})[key_of(message)] = forms if message.get("numerus") == "yes" else tr.text
    path = os.path.join(HERE, ".import.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    try:
        return apply(path)
    finally:
        os.remove(path)


def normalise(path):
    lconvert = shutil.which("lconvert") or "/usr/lib/qt6/bin/lconvert"
    subprocess.run([lconvert, "-i", path, "-o", path], check=True)


def check(langs):
    bad = 0
    for lang, path in ts_files(langs):
        for context, message in messages(ET.parse(path)):
            source = message.findtext("source") or ""
            if is_unfinished(message):
                print(f"{lang}: unfinished: {context}: {source!r}")
                bad += 1
                continue
            tr = message.find("translation")
            texts = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            want = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            for text in texts:
                got = sorted(set(p.replace("%L", "%") for p in PLACEHOLDER.findall(text)) - {"%n"})
                if got != want:
                    print(f"{lang}: placeholders {got} instead of {want}: {context}: {source!r}")
                    bad += 1
    return 1 if bad else 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "todo":
        todo(argv[2:])
        return 0
    if len(argv) == 3 and argv[1] == "apply":
        return apply(argv[2])
    if len(argv) == 3 and argv[1] == "import":
        return import_dir(argv[2])
    if len(argv) >= 2 and argv[1] == "check":
        return check(argv[2:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
