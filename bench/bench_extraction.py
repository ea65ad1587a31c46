"""Benchmark: how many Arabic texts three PDF readers copy back exactly from a pack's layout.

Not a test. Run with `python bench/bench_extraction.py [--show READER]`. The texts are the
bundled catalogue's Arabic fields (one paragraph each), the pack's Arabic labels and the Arabic
message catalogue's translations (markup and placeholders taken out). Each is laid out alone,
right to left, 420 pt wide, as a pack sets a paragraph (`textlayout.BidiParagraph`, Amiri 14
pt), and read back by poppler (pdftotext), PDFium (pypdfium2, as Chrome and Edge) and pypdf.
A text counts as read when the reader's words are the source's words, in order. `--show`
prints the texts a reader gets wrong, with what it gives. A second count compares the words in
compatibility form (NFKC): PDFium writes "…" as "...", whatever the PDF says.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ARABIC = re.compile("[\u0621-\u064a]")
WIDTH = 420


def corpus() -> list[str]:
    from briefer.core.packs.labels import LABELS

    texts: list[str] = []
    with sqlite3.connect(f"file:{ROOT / 'resources' / 'catalogue.db'}?mode=ro", uri=True) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f"PRAGMA table_info('{table}')")]
            for column in (c for c in columns if c.endswith("_ar")):
                for (value,) in db.execute(f"SELECT {column} FROM '{table}'"):
                    texts.extend((value or "").split("\n"))
    texts.extend(entry["ar"] for entry in LABELS.values() if "ar" in entry)
    ts = (ROOT / "translations" / "briefer_ar.ts").read_text(encoding="utf-8")
    for text in re.findall(r"<translation[^>]*>(.*?)</translation>", ts, re.S):
        text = re.sub(r"<[^>]+>|&[a-z]+;|%\w+|\{\w*\}", " ", text)
        texts.append(re.sub("[\u2066-\u2069]", "", text))
    cleaned = {" ".join(text.split()) for text in texts}
    return sorted(text for text in cleaned if len(text) > 3 and ARABIC.search(text))


def layout(text: str) -> bytes:
    from briefer.core.packs.textlayout import Span
    from tests.core.test_packs import layout_pdf  # the layout the extraction tests read

    return layout_pdf([([Span(text)], "rtl")], width=WIDTH)


def main() -> None:
    from tests.core.pdf_readers import READERS  # the readers as the tests read them

    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    texts = corpus()
    read = dict.fromkeys(READERS, 0)
    compatible = dict.fromkeys(READERS, 0)
    for text in texts:
        data = layout(text)
        for name, reader in READERS.items():
            got = reader(data).split()
            if got == text.split():
                read[name] += 1
            elif name == show:
                print(f"  {text}\n→ {' '.join(got)}")
            if _nfkc(got) == _nfkc(text.split()):
                compatible[name] += 1
    counts = ", ".join(f"{name} {n}" for name, n in read.items())
    print(f"{len(texts)} Arabic texts read back exactly: {counts}")
    counts = ", ".join(f"{name} {n}" for name, n in compatible.items())
    print(f"the same in compatibility form (NFKC): {counts}")


def _nfkc(words: list[str]) -> list[str]:
    return [unicodedata.normalize("NFKC", word) for word in words]


if __name__ == "__main__":
    main()
