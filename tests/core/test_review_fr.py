"""Found by a French reviewer: what a French reader of the packs, the CLI and the window saw."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import remove_mark, set_mark
from briefer.core.packs.service import make_pack
from briefer.core.sync.sources import import_file
from tests.core.pdf_readers import READERS

SIDE_CSV = (
    "kind,id,title_fr,day,start,end,room,format,speakers,status\n"
    "session,s1,Table ronde sur l’Afrique,2021-11-12,14:00,15:30,Salle Molière,table ronde,,\n"
    "session,s3,Dîner officiel,2021-11-11,20:00,22:00,Hôtel de la Marine,réception,,\n"
)


def _cover_texts(store, delegation, who, tmp_path: Path, lang: str = "fr") -> dict[str, str]:
    pdf = tmp_path / f"pack-{lang}.pdf"
    make_pack(store, delegation, who, pdf, lang)
    data = pdf.read_bytes()
    # The cover is the first page: up to the contents' title.
    texts = {
        name: " ".join(read(data).split()).split("Sommaire")[0] for name, read in READERS.items()
    }
    docx = tmp_path / f"pack-{lang}.docx"
    make_pack(store, delegation, who, docx, lang, format="docx")
    paragraphs = [p.text for p in Document(str(docx)).paragraphs[:12]]
    texts["docx"] = " ".join(" ".join(paragraphs).split())
    return texts


def test_an_imported_csv_adds_no_made_up_edition_name_to_the_cover(store, tmp_path):
    """Found by review: after a CSV import, the cover read « csv (CSV) · Forum de Paris sur la
    Paix 2021 »: the name the import gave an edition the file does not name."""
    path = tmp_path / "side.csv"
    path.write_text(SIDE_CSV, encoding="utf-8")
    result = import_file(store, path)
    delegation = create_delegation(store, "République française", "FR")
    claire = add_delegate(store, delegation, "Claire Dubois-Martin", "cheffe de délégation")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [claire])
    set_mark(store, delegation, f"{result.namespace}:s1", "must", [claire])
    for name, text in _cover_texts(store, delegation, claire, tmp_path).items():
        assert "Dossier de préparation Forum de Paris sur la Paix 2021 Délégation" in text, (
            name,
            text,
        )
        assert "CSV" not in text, name
    # A pack of the CSV's items alone is named after the forum, not after the import.
    remove_mark(store, delegation, "ppf:ses-2021-101")
    for name, text in _cover_texts(store, delegation, claire, tmp_path).items():
        assert "CSV" not in text and "csv" not in text, (name, text)
