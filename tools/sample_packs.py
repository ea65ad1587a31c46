"""Render a sample pack in each language and its first pages as PNG (make samples)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pypdfium2
from sample_user_data import make_sample

from briefer.core.delegations import current_delegation, find_delegate
from briefer.core.packs.options import PackOptions
from briefer.core.packs.service import make_pack
from briefer.core.store import open_store


def main(out: Path, pages: int = 3) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_sample(Path(tmp) / "data")
        with open_store(folder) as store:
            delegation = current_delegation(store)
            amina = find_delegate(store, delegation, "Amina Diallo")
            for lang in ("ar", "fr", "en"):
                pdf = Path(tmp) / f"pack-{lang}.pdf"
                make_pack(
                    store,
                    delegation,
                    amina,
                    pdf,
                    lang,
                    classification="SAMPLE",
                    options=PackOptions(watermark="SAMPLE"),
                )
                document = pypdfium2.PdfDocument(str(pdf))
                for index in range(pages):
                    image = document[index].render(scale=1.0).to_pil()
                    target = out / f"pack-{lang}-{index + 1}.png"
                    image.save(target)
                    print(target)
                document.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/samples"))
