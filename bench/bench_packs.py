"""Benchmark: a ~100-page briefing pack in Arabic, French and English, against plain ReportLab.

Not a test. Run with `make bench-packs` (or `python bench/bench_packs.py`). The catalogue is
synthetic (ILLUSTRATIVE text, not forum data): 40 sessions and 40 projects, trilingual, each
marked with a Markdown note. Each language renders in its own process, so the peak memory
(ru_maxrss) is that render's; it is timed beside its anchor, a plain build of the same
language's texts with ReportLab's Paragraph (no shaping, no bidi, the same font), both from a
fresh process with their fonts to read and the store open; each timer holds the same steps
(reading the texts, the fonts, the layout, writing the file), and the two take turns, three
fresh processes each. Throughput is in characters a reader extracts (PDFium, spaces left out)
per second, wall and CPU, since the two lay the texts out differently; the size is compared
per extracted character too. `--items N` makes N sessions and N projects (200: ~430 pages).
`--varied` shuffles the words of each sentence (abstracts, summaries, notes), so the size
comparison is not decided by how many repetitions of one sentence a page's stream holds.

`--own` adds the delegation's own data the briefing book brings: 2,000 contacts and 200 own
meetings (two counterparts and a delegate each, spread over the three days), so the packs also
carry the meetings' briefs, the who's who and the roster; it also times the conflicts, one
day's programme and a search over them.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from procmem import memory_mb  # noqa: E402 - beside this file, after the path

SENTENCES = {
    "en": "The forum brings together heads of state, international organisations and civil "
    "society to design solutions for global governance, health, climate and the digital world.",
    "fr": "Le forum réunit chefs d'État, organisations internationales et société civile pour "
    "concevoir des solutions de gouvernance mondiale, de santé, de climat et de numérique.",
    "ar": "يجمع المنتدى رؤساء الدول والمنظمات الدولية والمجتمع المدني لابتكار حلول للحوكمة "
    "العالمية والصحة والمناخ والمجال الرقمي في عام 2021 بعد جائحة كوفيد-19.",
}
NOTE = (
    "## Points\n- {s}\n- **{s}**\n\n> {s}\n\n1. {s}\n2. *{s}*\n\n"
    "| A | B |\n|---|---|\n| COVID-19 | كوفيد-19 |\n"
)


ITEMS = 40  # sessions and projects each; `--items N` for longer packs (200: about 430 pages)


def _text(lang: str, times: int, rng: random.Random | None) -> str:
    """`times` sentences of `lang`: the same one repeated, or with `rng` (--varied) each a
    shuffle of its words, so that compression does not reward a layout that puts more
    repetitions of one sentence in a page's stream (the plain build's pages are denser)."""
    sentence = SENTENCES[lang]
    if rng is None:
        return " ".join([sentence] * times)
    words = sentence.rstrip(".").split()
    out = []
    for _ in range(times):
        rng.shuffle(words)
        out.append(" ".join(words) + ".")
    return " ".join(out)


def make_catalogue(folder: Path, items: int = ITEMS, varied: bool = False) -> None:
    from briefer.core.catalogue.io import CatalogueData, write_catalogue

    rng = random.Random(3)
    words = random.Random(5) if varied else None
    data = CatalogueData()
    data.add("editions", {"id": "bench:e", "year": 2030, "name_en": "Synthetic forum"})
    for i in range(items):
        start = f"2030-11-{11 + i % 3}T{8 + i % 9:02d}:{rng.choice(['00', '30'])}:00Z"
        data.add(
            "sessions",
            {
                "id": f"bench:s{i}",
                "edition_id": "bench:e",
                "day": f"2030-11-{11 + i % 3}",
                "start": start,
                "timezone": "Europe/Paris",
                "status": "scheduled",
                **{f"title_{lang}": f"{s[:60]} {i}" for lang, s in SENTENCES.items()},
                **{f"abstract_{lang}": _text(lang, 8, words) for lang in SENTENCES},
            },
        )
        data.add(
            "projects",
            {
                "id": f"bench:p{i}",
                "edition_id": "bench:e",
                "catalogue": "space_for_solutions",
                "regions": "[]",
                "countries": '["Senegal", "France"]',
                "url": f"https://example.org/projects/{i}",
                **{f"name_{lang}": f"{s[:50]} {i}" for lang, s in SENTENCES.items()},
                **{f"summary_{lang}": _text(lang, 7, words) for lang in SENTENCES},
            },
        )
    data.meta = {"catalogue_version": 1, "source": "bench", "illustrative": True}
    write_catalogue(data, folder / "catalogue.db")


def add_own(store, delegation) -> None:
    """2,000 contacts and 200 own meetings, each with two counterparts and one delegate."""
    from briefer.core.delegations import add_delegate
    from briefer.core.meetings import KINDS, add_meeting
    from briefer.core.people import add_contact

    delegates = [add_delegate(store, delegation, f"Delegate {i}") for i in range(5)]
    people = [
        add_contact(
            store,
            delegation,
            f"Person {i} {('Ahmed', 'Claire', 'John')[i % 3]}",
            function="Minister" if i % 7 == 0 else "Adviser",
            organisation=f"Organisation {i % 50}",
            notes=SENTENCES[("en", "fr", "ar")[i % 3]],
        ).value
        for i in range(2000)
    ]
    for i in range(200):
        add_meeting(
            store,
            delegation,
            f"Meeting {i}: {SENTENCES['en'][:40]}",
            day=f"2030-11-{11 + i % 3}",
            start=f"{8 + i % 10:02d}:{('00', '30')[i % 2]}",
            end=f"{9 + i % 10:02d}:00",
            kind=KINDS[i % len(KINDS)],
            counterparts=[people[(i * 2) % 2000], people[(i * 2 + 1) % 2000]],
            delegates=[delegates[i % 5]],
            logistics={"transport": "Car", "interpretation": "AR-FR"},
        )


def time_own(folder: Path) -> None:
    from briefer.core.delegations import current_delegation
    from briefer.core.marks import conflicts
    from briefer.core.queries.programme import ProgrammeFilter, programme
    from briefer.core.search.engine import search
    from briefer.core.store import open_store

    with open_store(folder) as store:
        delegation = current_delegation(store)
        for name, work in (
            ("conflicts", lambda: conflicts(store, delegation)),
            (
                "programme, one day",
                lambda: list(
                    programme(store, ProgrammeFilter(day="2030-11-11", delegation_id=delegation.id))
                ),
            ),
            ("search 'minister'", lambda: search(store, "minister", delegation=delegation)),
        ):
            started = time.perf_counter()
            found = work()
            print(f"{name:>20}: {len(found)} rows in {time.perf_counter() - started:.3f} s")


def prepare(folder: Path, own: bool = False, items: int = ITEMS, varied: bool = False) -> None:
    from briefer.core.delegations import create_delegation
    from briefer.core.marks import set_mark
    from briefer.core.notes import add_note
    from briefer.core.store import open_store

    make_catalogue(folder, items, varied)
    words = random.Random(7) if varied else None
    with open_store(folder) as store:
        delegation = create_delegation(store, "Bench delegation")
        for kind in ("s", "p"):
            for i in range(items):
                item = f"bench:{kind}{i}"
                set_mark(store, delegation, item, "must")
                lang = ("en", "fr", "ar")[i % 3]
                sentences = [_text(lang, 1, words) for _ in range(NOTE.count("{s}"))]
                add_note(store, delegation, item, NOTE.replace("{s}", "{}").format(*sentences))
        if own:
            add_own(store, delegation)


def render_one(folder: Path, lang: str, out: Path) -> dict:
    from briefer.core.delegations import current_delegation
    from briefer.core.packs.service import make_pack
    from briefer.core.store import open_store

    with open_store(folder) as store:
        delegation = current_delegation(store)
        started, cpu = time.perf_counter(), time.process_time()
        result = make_pack(store, delegation, None, out, lang)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"pages": result["pages"], "seconds": seconds, "cpu": cpu}


def baseline(folder: Path, out: Path, lang: str) -> dict:
    """The same texts through ReportLab's Paragraph: no shaping, no bidi, same font."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from briefer.core.store import open_store

    with open_store(folder) as store:  # opened before the timer, as `render_one` does
        started, cpu = time.perf_counter(), time.process_time()
        font = TTFont("AmiriPlain", str(ROOT / "resources/fonts/Amiri-Regular.ttf"), shapable=False)
        pdfmetrics.registerFont(font)
        style = ParagraphStyle("b", fontName="AmiriPlain", fontSize=10.5, leading=16)
        texts = [
            r["t"]
            for r in store.query(
                f"SELECT coalesce(title_{lang}, '') || ' ' || coalesce(abstract_{lang}, '') AS t "
                f"FROM cat.sessions UNION ALL SELECT coalesce(name_{lang}, '') || ' ' || "
                f"coalesce(summary_{lang}, '') FROM cat.projects UNION ALL SELECT body FROM notes"
            )
        ]
        story = [Paragraph(escape(t), style) for t in texts]
        doc = SimpleDocTemplate(str(out))
        doc.build(story)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"pages": doc.page, "seconds": seconds, "cpu": cpu}


def drawn_characters(pdf: Path) -> int:
    """The characters a reader extracts from `pdf` (PDFium), spaces left out."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        text = "".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()
    return sum(1 for ch in text if not ch.isspace())


def child(argv: list[str]) -> None:
    folder, lang, out = Path(argv[0]), argv[1], Path(argv[2])
    if lang.startswith("plain-"):
        result = baseline(folder, out, lang.removeprefix("plain-"))
    else:
        result = render_one(folder, lang, out)
    result["peak_mb"] = memory_mb()
    result["chars"] = drawn_characters(out)
    result["bytes"] = out.stat().st_size
    print(json.dumps(result))


def _run(folder: Path, lang: str) -> dict:
    out = folder / f"{lang}.pdf"
    raw = subprocess.run(
        [sys.executable, __file__, "--child", str(folder), lang, str(out)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(raw.strip().splitlines()[-1])


def _median_runs(folder: Path, langs: tuple[str, ...], rounds: int = 3) -> list[dict]:
    """Each of `langs` in `rounds` fresh processes, taking turns (ours, its anchor, ours…) so
    that a busy spell of the shared host falls on both; the median run of each, by wall time."""
    runs: list[list[dict]] = [[] for _ in langs]
    for _ in range(rounds):
        for found, lang in zip(runs, langs, strict=True):
            found.append(_run(folder, lang))
    return [sorted(found, key=lambda r: r["seconds"])[rounds // 2] for found in runs]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    items = int(sys.argv[sys.argv.index("--items") + 1]) if "--items" in sys.argv else ITEMS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        own = "--own" in sys.argv
        prepare(folder, own, items, varied="--varied" in sys.argv)
        if own:
            time_own(folder)
        # Each language beside its anchor: the plain build of the same language's text.
        for lang in ("ar", "fr", "en"):
            ours, plain = _median_runs(folder, (lang, f"plain-{lang}"))
            for name, r in ((lang, ours), (f"plain-{lang}", plain)):
                print(
                    f"{name:>8}: {r['pages']} pages in {r['seconds']:.2f} s "
                    f"({100 * r['seconds'] / r['pages']:.2f} s per 100 pages), "
                    f"{r['chars'] / r['seconds'] / 1000:.0f} k chars/s, "
                    f"{r['bytes'] / 1024:.0f} KB, peak {r['peak_mb']:.0f} MB"
                )
            rate = (ours["chars"] / ours["seconds"]) / (plain["chars"] / plain["seconds"])
            cpu_rate = (ours["chars"] / ours["cpu"]) / (plain["chars"] / plain["cpu"])
            size = (ours["bytes"] / ours["chars"]) / (plain["bytes"] / plain["chars"])
            print(
                f"{'':>8}  chars/s {rate:.2f}x the plain build's (per CPU second {cpu_rate:.2f}x); "
                f"bytes per char {size:.2f}x; {ours['peak_mb'] / ours['pages']:.2f} MB per page"
            )


if __name__ == "__main__":
    main()
