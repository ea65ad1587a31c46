"""Benchmark: the store with and without a passphrase (SQLCipher), in the same run.

Not a test. Run with `python bench/bench_crypto.py [--items N] [--notes N] [--rounds N]`. Two data
folders hold the same synthetic catalogue (bench_search's, ILLUSTRATIVE words) and the same user
data (a delegation, N notes); the second is then encrypted with `storecrypt.set_passphrase`. For
each: the time to open the store (the window's full opening and a job's light one), a mark, a
note save, and bench_search's query forms. Also the time to unlock (scrypt) and to turn
encryption on. Targets: search p95 within 1.2x of plain, opening under 0.5 s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import percentile, query_forms, synthetic, timed

from briefer.core import crypto, storecrypt
from briefer.core.catalogue.io import write_catalogue
from briefer.core.datafolder import DataFolder
from briefer.core.delegations import create_delegation, current_delegation
from briefer.core.marks import set_mark
from briefer.core.notes import add_note, update_note
from briefer.core.search.engine import search
from briefer.core.store import open_store

PASSPHRASE = "bench passphrase, illustrative"


def ms(call, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def prepare(folder: Path, items: int, notes: int) -> None:
    folder.mkdir()
    write_catalogue(synthetic(items), folder / "catalogue.db")
    with open_store(folder) as store:
        delegation = create_delegation(store, "Bench")
        for n in range(notes):
            add_note(store, delegation, None, f"# Note {n}\n\n" + "illustrative text " * 40)


def measure(data: DataFolder, items: int, rounds: int) -> dict[str, list[float]]:
    def open_full() -> None:
        with open_store(data) as store:
            store.query("SELECT count(*) FROM cat.sessions")

    def open_light() -> None:
        with open_store(data, housekeeping=False) as store:
            store.query("SELECT count(*) FROM cat.sessions")

    figures = {"open (window)": ms(open_full, rounds * 4), "open (job)": ms(open_light, rounds * 4)}
    with open_store(data) as store:
        delegation = current_delegation(store)
        ids = [f"bench:s{i}" for i in range(rounds * 10)]
        marks = iter(ids)
        figures["mark"] = ms(
            lambda: set_mark(store, delegation, next(marks), "must", reason="why"), len(ids)
        )
        note = add_note(store, delegation, None, "draft")
        count = iter(range(10**6))
        figures["note save"] = ms(
            lambda: update_note(store, note.id, f"draft {next(count)} " + "word " * 300),
            rounds * 10,
        )
        for name, queries in query_forms(rounds).items():
            figures[f"search: {name}"] = timed(
                lambda lang, q: search(store, q, lang, limit=20), queries
            )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--notes", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain"
        started = time.perf_counter()
        prepare(plain, args.items, args.notes)
        took = time.perf_counter() - started
        print(f"built {args.items} items, {args.notes} notes in {took:.1f} s")
        shutil.copytree(plain, Path(tmp) / "encrypted")
        encrypted = DataFolder(Path(tmp) / "encrypted")
        started = time.perf_counter()
        storecrypt.set_passphrase(encrypted, PASSPHRASE)
        print(f"turning encryption on: {time.perf_counter() - started:.2f} s")
        crypto.lock(encrypted)
        started = time.perf_counter()
        crypto.unlock(encrypted, PASSPHRASE)
        print(f"unlock (scrypt N=2^17, r=8): {(time.perf_counter() - started) * 1000:.0f} ms")
        base = measure(DataFolder(plain), args.items, args.rounds)
        ciphered = measure(encrypted, args.items, args.rounds)
    print(f"\n{'operation':<46} {'plain p50/p95 ms':>18} {'encrypted p50/p95 ms':>22} {'p95 x':>6}")
    for name, values in base.items():
        other = ciphered[name]
        p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
        e50, e95 = percentile(other, 0.5), percentile(other, 0.95)
        print(f"{name:<46} {p50:8.2f} / {p95:7.2f} {e50:10.2f} / {e95:8.2f} {e95 / p95:6.2f}")
    searches = [k for k in base if k.startswith("search")]
    total_plain = statistics.fmean(percentile(base[k], 0.95) for k in searches)
    total_enc = statistics.fmean(percentile(ciphered[k], 0.95) for k in searches)
    print(f"\nsearch, mean p95 over the forms: encrypted / plain = {total_enc / total_plain:.2f}x")


if __name__ == "__main__":
    main()
