import builtins
import io
import re
from pathlib import Path

import pdfplumber
import pytest
import uharfbuzz as hb
from bidi import get_display
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.errors import InputError
from briefer.core.marks import set_mark
from briefer.core.notes import add_note
from briefer.core.packs.document import LATE_MARK
from briefer.core.packs.fonts import load_fonts, unregister
from briefer.core.packs.options import PackOptions
from briefer.core.packs.service import make_daysheet, make_pack
from briefer.core.packs.textlayout import BidiParagraph, ShapedParagraph, Span, TextStyle
from tests.core.pdf_readers import flat_texts, pdfium, poppler
from tests.core.pdf_readers import pypdf as pypdf_text

NOTE = "## النقاط الرئيسية\n- دعم **معاهدة** الجائحة في 2021\n- Rencontrer le *Dr* Tedros à 14:30"


@pytest.fixture
def marked(store):
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    amina = add_delegate(store, delegation, "Amina Diallo", "Ambassadrice")
    for item in (
        "ppf:ses-2021-104",
        "ppf:ses-2021-101",
        "ppf:ses-2021-102",
        "ppf:ses-2021-opening",
    ):
        set_mark(store, delegation, item, "must", [amina])
    set_mark(store, delegation, "ppf:proj-2021-001", "should", [amina], "Presse")
    add_note(store, delegation, "ppf:ses-2021-101", NOTE)
    add_note(store, delegation, None, "# ملاحظات الوفد\nيصل الوفد يوم 10 نوفمبر.")
    return delegation, amina


def render(store, marked, tmp_path: Path, lang: str, **options) -> Path:
    delegation, amina = marked
    out = tmp_path / f"pack-{lang}.pdf"
    make_pack(
        store,
        delegation,
        amina,
        out,
        lang,
        classification="RESTRICTED",
        options=PackOptions(**options),
    )
    return out


def test_pack_bookmarks_match_the_contents_page_numbers(store, marked, tmp_path):
    path = render(store, marked, tmp_path, "en")
    reader = PdfReader(path)
    marks = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                marks.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    titles = [t for t, _ in marks]
    assert titles[:2] == ["Agenda", "Session briefs"]
    assert "Project briefs" in titles and "Delegation notes" in titles
    with pdfplumber.open(path) as pdf:
        contents = pdf.pages[1].extract_text().splitlines()
    for title, page in marks:
        line = next(line for line in contents if line.startswith(title[:30]))
        assert line.endswith(f" {page}"), (title, page, line)


def test_agenda_in_time_order_with_conflicts_flagged(store, marked, tmp_path):
    path = render(store, marked, tmp_path, "en")
    with pdfplumber.open(path) as pdf:
        agenda = pdf.pages[2].extract_text()
    order = [agenda.index(t) for t in ("14:30", "15:00", "17:00", "17:30")]
    assert order == sorted(order)
    # 101 and 102 overlap; the opening (17:00, no end) lasts until 18:00 by the open-ended
    # rule, so it meets the 17:30 ceremony.
    assert agenda.count("CONFLICT") == 4
    assert "Thursday 11 November 2021" in agenda


def test_every_page_is_identified_and_metadata_set(store, marked, tmp_path):
    path = render(store, marked, tmp_path, "fr", watermark="PROJET")
    reader = PdfReader(path)
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Page {number} sur {total}" in text
        assert "RESTRICTED" in text
    meta = reader.metadata
    assert meta.author == "Délégation du Sénégal"
    assert meta.title.startswith("Dossier de préparation")
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"  # the bookmarks pane open
    assert meta.subject == "Dossier de préparation"
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].values()]
    embedded = {
        str(font["/BaseFont"]): "/FontFile2" in font["/FontDescriptor"]
        for font in (f["/DescendantFonts"][0].get_object() for f in fonts)
    }
    assert embedded and all(embedded.values())
    with pdfplumber.open(path) as pdf:
        chars = [c for p in pdf.pages for c in p.chars]
    used = {c["fontname"].split("+")[-1] for c in chars}
    assert used <= {"Amiri-Regular", "Amiri-Bold", "Amiri-Italic", "Amiri-BoldItalic", "DejaVuSans"}
    bullets = {c["fontname"].split("+")[-1] for c in chars if c["text"] == "•"}
    assert bullets == {"DejaVuSans"}  # a Latin bullet, not Amiri's Arabic diamond dot


def test_the_page_count_and_contents_numbers_are_drawn_in_the_pages_themselves(
    store, marked, tmp_path
):
    """Known only at the end of the layout, they take the place their page left for them."""
    path = render(store, marked, tmp_path, "fr")
    reader = PdfReader(path)
    total = len(reader.pages)
    for page in reader.pages:
        assert LATE_MARK.encode() not in page.get_contents().get_data()
        forms = page["/Resources"].get("/XObject", {})
        assert set(forms) == {"/FormXob.BrieferHead"}  # the header's; none per page number
    text = pdfium(path.read_bytes())
    assert all(f"Page {n} sur {total}" in text for n in range(1, total + 1)), text
    contents = pypdf_text(path.read_bytes())
    assert "Agenda" in contents and not re.search(r"Agenda\d", contents)


def test_every_page_shows_one_header_form_that_every_reader_reads(store, marked, tmp_path):
    """The header, its rules and the watermark are the same on every page: written once, as a
    form, in every pack (a right-to-left page drew its own while pypdf read its footer's first
    space after the form's text: "الطباعة6")."""
    delegation, amina = marked
    for lang in ("fr", "ar"):
        path = tmp_path / f"{lang}.pdf"
        options = PackOptions(watermark="DRAFT")
        make_pack(store, delegation, amina, path, lang, classification="SECRET", options=options)
        reader = PdfReader(path)
        heads = {
            p["/Resources"].get("/XObject", {}).raw_get("/FormXob.BrieferHead")
            if "/FormXob.BrieferHead" in p["/Resources"].get("/XObject", {})
            else None
            for p in reader.pages
        }
        assert len(heads) == 1 and len(reader.pages) > 2
        assert None not in heads
        data = path.read_bytes()
        for text in (pdfium(data), pypdf_text(data), poppler(data)):
            assert text.count("SECRET") >= len(reader.pages)  # and on the cover
            assert text.count(amina.name) >= len(reader.pages)
        for text in (pdfium(data), pypdf_text(data), poppler(data)):
            assert "DRAFT" not in text and "D RA F T" not in text  # outlines: `outlines`
    plain = tmp_path / "plain-ar.pdf"  # (with a Latin name in the header, pypdf glues it anyway)
    arabic = create_delegation(store, "وفد السنغال", "SN")
    set_mark(store, arabic, "ppf:ses-2021-101", "must")
    make_pack(store, arabic, None, plain, "ar")
    footers = pypdf_text(plain.read_bytes())
    assert not re.search(r"الطباعة\d", footers)
    assert len(re.findall(r"الطباعة \d", footers)) == len(PdfReader(plain).pages)


def test_an_arabic_packs_page_count_reads_apart_from_the_footers_other_words(
    store, marked, tmp_path
):
    """pypdf runs text objects on one line together when each goes on to the left ("من86بيانات"
    in an illustrative pack): a right-to-left page draws its number after its body, on a line
    of its own in the content stream, and in the page (forms, one per page, made the Arabic
    bench pack 18 % larger)."""
    path = render(store, marked, tmp_path, "ar")
    reader = PdfReader(path)
    total = len(reader.pages)
    names = {name for page in reader.pages for name in page["/Resources"]["/XObject"]}
    assert names == {"/FormXob.BrieferHead"}
    text = pypdf_text(path.read_bytes())
    ends = re.findall(rf"صفحة (\d+) من {total}(?:\n|$)", text)
    assert ends == [str(n) for n in range(1, total + 1)], text
    assert all(f"صفحة {n} من {total}" in pdfium(path.read_bytes()) for n in range(1, total + 1))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[1]
        footer = [c for c in page.chars if c["top"] > page.height - 60 and c["x0"] > 400]
    digits = "".join(
        c["text"] for c in sorted(footer, key=lambda c: c["x0"]) if c["text"].isdigit()
    )
    assert digits == f"{total}2"  # the count at the far end of the right-to-left footer


def test_pack_is_recorded_in_history(store, marked, tmp_path):
    render(store, marked, tmp_path, "en")
    row = store.query_one("SELECT * FROM packs")
    assert row["lang"] == "en" and row["catalogue_version"] == store.catalogue_version()
    assert "ppf:ses-2021-101" in row["contents"]


def test_password_protects_with_aes_256(store, marked, tmp_path):
    path = render(store, marked, tmp_path, "en", password="s3cret-pack")
    reader = PdfReader(path)
    assert reader.is_encrypted
    assert reader.decrypt("s3cret-pack")
    assert reader.trailer["/Encrypt"]["/V"] == 5
    assert path.read_bytes().startswith(b"%PDF-2.0")  # the version that defines AES-256
    assert "Amina Diallo" in reader.pages[0].extract_text()


def test_nothing_marked_is_a_clear_error(store, tmp_path):
    delegation = create_delegation(store, "Empty")
    with pytest.raises(InputError, match="Nothing is marked"):
        make_pack(store, delegation, None, tmp_path / "x.pdf")


def test_arabic_pack_is_mirrored(store, marked, tmp_path):
    path = render(store, marked, tmp_path, "ar")
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[2]
        words = page.extract_words()
        width = page.width
    chars = poppler(path.read_bytes())
    header_name = [w for w in words if w["top"] < 60 and "Sénégal" in w["text"]]
    assert header_name and header_name[0]["x0"] > width / 2
    assert "الوقت" in chars and "الجلسة" in chars
    x_time = _x_of(words, "الوقت")
    x_session = _x_of(words, "الجلسة")
    assert x_time > x_session


def _x_of(words: list[dict], text: str) -> float:
    """Left edge of the Arabic word `text` (pdfplumber gives its letters left to right)."""
    return next(w["x0"] for w in words if w["text"] == text[::-1])


# --- the text engine, read back from real PDFs ---------------------------------------------


def layout_pdf(paragraphs: list[tuple[list[Span], str]], width: float = 900) -> bytes:
    fonts = load_fonts("test")
    buffer = io.BytesIO()
    try:
        doc = SimpleDocTemplate(buffer, pagesize=(width + 40, 900), leftMargin=20, rightMargin=20)
        doc.build(
            [
                BidiParagraph(
                    ShapedParagraph(spans, TextStyle(size=14, leading=22, direction=d), fonts)
                )
                for spans, d in paragraphs
            ]
        )
    finally:
        unregister(fonts)
    return buffer.getvalue()


def visual_line(chars: list[dict]) -> str:
    """The line as seen, left to right; a multi-character glyph (lam-alef) reads reversed."""
    out = []
    for c in sorted(chars, key=lambda c: c["x0"]):
        text = c["text"]
        out.append(text[::-1] if any("\u0600" <= ch <= "\u06ff" for ch in text) else text)
    return "".join(out)


def lines_of(data: bytes) -> list[list[dict]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = pdf.pages[0].chars
    rows: dict[int, list[dict]] = {}
    for c in chars:
        rows.setdefault(round(c["top"]), []).append(c)
    return [rows[k] for k in sorted(rows)]


def unbracket(text: str) -> str:
    return text.replace("(", "|").replace(")", "|").strip()


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("مكافحة الأخبار الكاذبة (WAN-IFRA) في عام 2021 عند الساعة 14:30 بعد كوفيد-19", "rtl"),
        ("Le Forum de Paris sur la Paix (منتدى باريس للسلام) s'est tenu en 2021.", "ltr"),
        ("الدورة الرابعة (11-13 نوفمبر 2021) في باريس", "rtl"),
    ],
)
def test_single_line_follows_uax9_visual_order(text, direction):
    (line,) = lines_of(layout_pdf([([Span(text)], direction)]))
    expected = get_display(text, base_dir="R" if direction == "rtl" else "L")
    assert unbracket(visual_line(line)) == unbracket(expected)


def test_extraction_gives_logical_text_without_private_use_or_presentation_forms():
    text = "مكافحة الأخبار الكاذبة (WAN-IFRA) في عام 2021 بعد كوفيد-19 لا"
    data = layout_pdf([([Span(text)], "rtl")])
    (line,) = lines_of(data)
    logical = "".join(c["text"] for c in line)
    assert sorted(logical) == sorted(text)
    arabic = "مكافحة الأخبار الكاذبة بعد الحرب لا"
    assert poppler(layout_pdf([([Span(arabic)], "rtl")])).split() == arabic.split()
    for ch in logical:
        code = ord(ch)
        assert not (0xE000 <= code <= 0xF8FF or code >= 0xF0000), hex(code)
        assert not (0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF), hex(code)


def test_multi_line_arabic_paragraph_keeps_lines_top_to_bottom():
    text = " ".join(["الدورة الرابعة لمنتدى باريس للسلام"] * 12)
    data = layout_pdf([([Span(text)], "rtl")], width=300)
    lines = lines_of(data)
    assert len(lines) >= 4
    for read in (poppler, pypdf_text):
        assert read(data).split() == text.split()
    for line in lines:
        assert max(c["x1"] for c in line) == pytest.approx(max(c["x1"] for c in lines[0]), abs=1)


def test_bold_and_links_inside_arabic():
    spans = [
        Span("دعم "),
        Span("معاهدة", bold=True),
        Span(" الجائحة "),
        Span("الرابط", link="https://parispeaceforum.org/"),
    ]
    data = layout_pdf([(spans, "rtl")])
    (line,) = lines_of(data)
    bold = [c for c in line if "Bold" in c["fontname"]]
    assert "".join(c["text"] for c in sorted(bold, key=lambda c: -c["x0"])) == "معاهدة"
    reader = PdfReader(io.BytesIO(data))
    annots = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert annots[0]["/A"]["/URI"] == "https://parispeaceforum.org/"


def test_joined_forms_ligatures_and_mirrored_brackets():
    fonts = load_fonts("shape")
    try:
        font = fonts.get()
        shaped = ShapedParagraph([Span("كوفيد لا (نص)")], TextStyle(direction="rtl"), fonts)
        glyphs = shaped.glyphs[0]
        nominal = {ch: font.face.charToGlyph[ord(ch)] for ch in "كوفيد()"}
        by_cluster = {g.cluster: g for g in glyphs}
        gid = {g.cluster: font.face.charToGlyph[g.code] for g in glyphs}
        assert gid[0] != nominal["ك"]  # initial form of kaf
        assert gid[2] != nominal["ف"]  # medial form of feh
        lam_alef = font.face.charToGlyph[by_cluster[6].code]
        other = ShapedParagraph([Span("لم")], TextStyle(direction="rtl"), fonts).glyphs[0]
        lam_meem = font.face.charToGlyph[next(g.code for g in other if g.cluster == 0)]
        assert lam_alef not in (nominal_lam := font.face.charToGlyph[ord("ل")], lam_meem)
        assert nominal_lam != lam_meem  # lam takes its lam-alef form, not a plain initial form
        assert gid[9] == nominal[")"] and gid[12] == nominal["("]  # mirrored in RTL
        face = hb.Face(hb.Blob.from_file_path(str(font.path)))
        assert face.upem == font.upem
    finally:
        unregister(fonts)


def test_hostile_notes_render_literally_and_read_no_file(store, marked, tmp_path, monkeypatch):
    delegation, _amina = marked
    hostile = (
        '<img src="/etc/passwd"> [click](javascript:alert(1)) <b>unbalanced <i> '
        "&amp; &lt;tag&gt; \x07bell \u202eevil\u202c <unknown attr=1>"
    )
    add_note(store, delegation, "ppf:ses-2021-102", hostile)
    add_note(
        store, delegation, None, "![secret](/etc/passwd)\n\n<a href='file:///etc/passwd'>x</a>"
    )
    opened = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    path = render(store, marked, tmp_path, "en")
    monkeypatch.setattr(builtins, "open", real_open)
    assert not [f for f in opened if "passwd" in f]
    reader = PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    assert '<img src="/etc/passwd">' in text
    assert "&amp;" in text and "<unknown attr=1>" in text
    assert "[secret]" in text
    uris = [
        a.get_object().get("/A", {}).get("/URI")
        for p in reader.pages
        for a in (p.get("/Annots") or [])
    ]
    assert not [u for u in uris if u and not u.startswith("http")]


def test_changes_since_the_last_pack_come_first(store, marked, tmp_path):
    render(store, marked, tmp_path, "en")
    store.conn.execute(
        "INSERT INTO changes (at, item_id, kind, field, old, new) VALUES "
        "('2999-01-01T00:00:00Z', 'ppf:ses-2021-101', 'session', 'room', 'Stage B', 'Stage C')"
    )
    path = render(store, marked, tmp_path, "en")
    reader = PdfReader(path)
    assert reader.outline[0].title == "Changes since the last pack"
    text = reader.pages[2].extract_text()
    assert "Changes since the last pack" in text
    assert "Stage B" in text and "Stage C" in text and "Room" in text
    agenda = "".join(p.extract_text() for p in reader.pages[3:5])
    assert "CHANGED" in agenda


def test_each_languages_copy_lists_the_changes_its_reader_has_not_seen(store, marked, tmp_path):
    """The last pack was looked up whatever its language: the French copy printed after the
    Arabic one listed no change."""
    render(store, marked, tmp_path, "ar")
    render(store, marked, tmp_path, "fr")
    store.conn.execute("UPDATE packs SET created = '2020-01-01T00:00:00Z'")  # both, long ago
    store.conn.execute(
        "INSERT INTO changes (at, item_id, kind, field, old, new) VALUES "
        "('2020-01-02T00:00:00Z', 'ppf:ses-2021-101', 'session', 'room', 'Salle B', 'Salle C')"
    )
    for lang in ("ar", "fr"):
        for reader, text in flat_texts(render(store, marked, tmp_path, lang).read_bytes()).items():
            assert "Salle C" in text, (lang, reader)
    # a first copy in a new language: the changes since the delegate's last pack in any
    store.conn.execute("UPDATE packs SET created = '2020-01-01T00:00:00Z'")
    for reader, text in flat_texts(render(store, marked, tmp_path, "en").read_bytes()).items():
        assert "Salle C" in text, reader


def test_a_copy_of_the_same_state_lists_the_same_changes(store, marked, tmp_path):
    """Found by review: the cabinet's Word copy printed after the PDF, or a PDF printed again
    after a paper jam, listed no change and flagged nothing CHANGED: the copy before had
    "seen" them. A copy whose items did not change since the last one is the same edition."""
    from docx import Document

    render(store, marked, tmp_path, "fr")
    store.conn.execute("UPDATE packs SET created = '2020-01-01T00:00:00Z'")
    store.conn.execute(
        "INSERT INTO changes (at, item_id, kind, field, old, new) VALUES "
        "('2020-01-02T00:00:00Z', 'ppf:ses-2021-101', 'session', 'room', 'Salle B', 'Salle C')"
    )
    first = flat_texts(render(store, marked, tmp_path, "fr").read_bytes())
    again = flat_texts(render(store, marked, tmp_path, "fr").read_bytes())
    for reader in first:
        assert "Salle C" in first[reader] and "Salle C" in again[reader], reader
        assert "MODIFIÉE" in again[reader], reader
        # which pack they follow (found by review: a reader could not tell)
        assert "Depuis le dossier imprimé le 1er janvier 2020" in again[reader], reader
    word = tmp_path / "cabinet.docx"
    make_pack(store, *marked, word, "fr", format="docx")
    text = "\n".join(p.text for p in Document(word).paragraphs)
    text += "\n".join(c.text for t in Document(word).tables for r in t.rows for c in r.cells)
    assert "Salle C" in text and "Depuis le dossier imprimé le 1er janvier 2020" in text
    day = store.query_one("SELECT day FROM cat.sessions WHERE id = 'ppf:ses-2021-101'")["day"]
    sheet = tmp_path / "sheet.pdf"
    make_daysheet(store, *marked, day, sheet, "fr")
    for reader, text in flat_texts(sheet.read_bytes()).items():
        assert "MODIFIÉE" in text, reader
    # once the reader of the copy has it and nothing changes, a later change starts afresh
    store.conn.execute(
        "INSERT INTO changes (at, item_id, kind, field, old, new) VALUES "
        "('2999-01-01T00:00:00Z', 'ppf:ses-2021-101', 'session', 'room', 'Salle C', 'Salle D')"
    )
    later = flat_texts(render(store, marked, tmp_path, "fr").read_bytes())
    for reader, text in later.items():
        assert "Salle D" in text and "Salle B" not in text, reader


def test_a_changed_fields_name_is_in_the_packs_language(store, marked, tmp_path):
    render(store, marked, tmp_path, "fr")
    store.conn.execute(
        "INSERT INTO changes (at, item_id, kind, field, old, new) VALUES "
        "('2999-01-01T00:00:00Z', 'ppf:ses-2021-101', 'session', 'speakers', 'A', 'B')"
    )
    for reader, text in flat_texts(render(store, marked, tmp_path, "fr").read_bytes()).items():
        assert "Intervenants" in text and "speakers" not in text, reader


def test_a_changed_status_and_time_read_in_words_in_the_packs_language(store, marked, tmp_path):
    """They printed as stored: "scheduled → cancelled", "2021-11-11 14:30 → 2021-11-11 16:30"."""
    render(store, marked, tmp_path, "fr")
    store.conn.execute(
        "INSERT INTO changes (at, item_id, kind, field, old, new) VALUES "
        "('2999-01-01T00:00:00Z', 'ppf:ses-2021-101', 'session', 'status', 'scheduled', "
        "'cancelled'), ('2999-01-01T00:00:01Z', 'ppf:ses-2021-101', 'session', 'time', "
        "'2021-11-11 14:30', '2021-11-11 16:30')"
    )
    for reader, text in flat_texts(render(store, marked, tmp_path, "fr").read_bytes()).items():
        assert "programmée" in text and "annulée" in text and "cancelled" not in text, reader
        assert "jeudi 11 novembre 2021, 16:30" in text and "2021-11-11" not in text, reader


def test_the_cover_keeps_the_country_after_an_arabic_delegation_name(store, tmp_path):
    """The country is named, no longer coded (« (Maroc) »): it stays after the Arabic name."""
    delegation = create_delegation(store, "وفد المملكة", "MA")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    out = tmp_path / "cover.pdf"
    make_pack(store, delegation, None, out, "fr")
    with pdfplumber.open(out) as pdf:
        words = pdf.pages[0].extract_words()
    code = next(w for w in words if w["text"] == "(Maroc)")
    line = [w for w in words if abs(w["top"] - code["top"]) < 2 and w["text"]]
    name = [w for w in line if "\u0600" <= w["text"][0] <= "\u06ff"]
    assert name and all(w["x1"] <= code["x0"] + 1 for w in name)  # "وفد … (Maroc)"


def test_an_arabic_cover_parts_the_delegation_name_and_its_country_with_a_space(store, tmp_path):
    """Found by review: each value of a field is isolated, and the space before "(MA)" went
    with it, to the far side of the code: "وفد المملكة المغربية(MA)". It stays between them
    (the country now named: « وفد المملكة (المغرب) »)."""
    delegation = create_delegation(store, "وفد المملكة", "MA")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    out = tmp_path / "cover-ar.pdf"
    make_pack(store, delegation, None, out, "ar")
    with pdfplumber.open(out) as pdf:
        chars = pdf.pages[0].chars
    bracket = next(c for c in chars if c["text"] in ("(", ")"))
    line = sorted((c for c in chars if abs(c["top"] - bracket["top"]) < 2), key=lambda c: c["x0"])
    texts = [c["text"] for c in line]
    opening = min(i for i, t in enumerate(texts) if t in ("(", ")"))
    closing = max(i for i, t in enumerate(texts) if t in ("(", ")"))
    assert all(not t.strip() for t in texts[:opening])  # no space kept at the far left
    after = next(c for c in line[closing + 1 :] if c["text"].strip())
    assert "\u0600" <= after["text"][0] <= "\ufeff"  # the name, to the right of the country
    assert after["x0"] - line[closing]["x1"] > 1.5  # with a space between them


def test_hostile_catalogue_text_renders_literally(store, tmp_path):
    from factories import make_catalogue, session

    huge = "Ω" * (1024 * 1024)
    make_catalogue(
        tmp_path / "c.db",
        [
            session("huge", huge, start="2030-11-11T08:00:00Z"),
            session("empty", "", start="2030-11-11T09:00:00Z"),
            session(
                "tags",
                '<img src="/etc/passwd"> <a href="javascript:x()">x</a> &amp; <b>',
                start="2030-11-11T10:00:00Z",
                abstract_en="<font name='/etc/passwd'>&lt;",
            ),
            session("ctrl", "Bell\x07 and \u202eخطر\u202c override", start="2030-11-11T11:00:00Z"),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    delegation = create_delegation(store, "<b>Délégation</b> & co")
    for item in ("huge", "empty", "tags", "ctrl"):
        set_mark(store, delegation, f"test:{item}", "must")
    out = tmp_path / "hostile.pdf"
    make_pack(store, delegation, None, out, "en")
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert '<img src="/etc/passwd"> <a href="javascript:x()">x</a> &amp; <b>' in text
    assert "<font name='/etc/passwd'>&lt;" in text
    assert "<b>Délégation</b> & co" in text
    flat = text.replace("\n", "")
    assert "Ω" * 300 in flat and len(reader.pages) < 20  # clipped, in the contents and briefs
    assert "\u202e" not in text and "Bell  and" in text


def test_markdown_constructs_become_flowables(store, marked, tmp_path):
    delegation, _ = marked
    add_note(
        store,
        delegation,
        None,
        (
            "# Titre\n\nTexte avec **gras**, *italique* et [lien](https://example.org).\n\n"
            "1. premier\n    - imbriqué\n        - plus profond\n2. second\n\n"
            "> une citation\n\n```\ncode brut <b>\n```\n\n"
            "| Jour | Réunion |\n|---|---|\n| 11/11 | كوفيد-19 |\n"
        ),
    )
    path = render(store, marked, tmp_path, "fr")
    reader = PdfReader(path)
    text = reader.pages[-1].extract_text()
    for expected in (
        "Titre",
        "gras",
        "italique",
        "lien",
        "1. premier",
        "imbriqué",
        "plus profond",
        "2. second",
        "une citation",
        "code brut <b>",
        "Réunion",
    ):
        assert expected in text, expected
    uris = [a.get_object()["/A"].get("/URI") for a in reader.pages[-1].get("/Annots", [])]
    assert "https://example.org" in uris
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[-1]
        fonts = {c["fontname"].split("+")[-1] for c in page.chars if c["text"] in "gras"}
        assert "Amiri-Bold" in fonts
        assert page.rects or page.lines  # the table's grid


def test_latin_title_in_an_arabic_contents_keeps_its_brackets(store, marked, tmp_path):
    delegation, amina = marked
    title = "Standing up for children's rights in the digital environment – Call to action (launch)"
    set_mark(store, delegation, "ppf:ses-2021-children-call", "must", [amina])
    path = render(store, marked, tmp_path, "ar")
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[1]
        rows: dict[int, list[dict]] = {}
        for c in page.chars:
            rows.setdefault(round(c["top"]), []).append(c)
        lines = [visual_line(row) for row in rows.values()]
        width = page.width
    (line,) = [ln for ln in lines if "Call to action" in ln]
    # Ordered on its own (an isolate), the title reads left to right as written, the page
    # number at the line's left; ordered in the right-to-left line it read "(Standing…(launch".
    assert line.endswith(title)
    (row,) = [r for r in rows.values() if "Call to action" in visual_line(r)]
    assert max(c["x1"] for c in row) > width * 0.7
    text = pdfium(path.read_bytes())
    assert "،2021 " in text and "2021, " not in text, "Arabic dates and lists take the Arabic comma"
    latin = pypdf_text(path.read_bytes())
    assert ", Grande Halle de La Villette" in latin, "a list in Latin script keeps its comma"


def test_a_render_leaves_nothing_for_the_cycle_collector(store, marked, tmp_path):
    import gc

    gc.collect()
    gc.disable()
    try:
        render(store, marked, tmp_path, "ar")
        left = [o for o in gc.get_objects() if isinstance(o, ShapedParagraph)]
    finally:
        gc.enable()
    assert left == [], "shaped paragraphs of a finished render wait for the cycle collector"


def test_cover_names_every_edition_the_pack_draws_from(store, marked, tmp_path):
    delegation, amina = marked
    cover = PdfReader(render(store, marked, tmp_path, "en")).pages[0].extract_text()
    assert "Paris Peace Forum, 4th edition" in cover and "Forum 2023" not in cover
    set_mark(store, delegation, "ppf:ses-2023-polar", "must", [amina])
    cover = PdfReader(render(store, marked, tmp_path, "en")).pages[0].extract_text()
    assert "Paris Peace Forum, 4th edition · Paris Peace Forum 2023" in " ".join(cover.split())


def test_sections_with_nothing_to_print_are_left_out(store, marked, tmp_path):
    delegation, _amina = marked
    omar = add_delegate(store, delegation, "Omar Sy")
    set_mark(store, delegation, "ppf:ses-2021-102", "must", [omar])
    out = tmp_path / "omar.pdf"
    make_pack(store, delegation, omar, out, "en")
    reader = PdfReader(out)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    # The who's who lists the speakers of Omar's session; no meeting, so no meeting briefs.
    assert titles == ["Agenda", "Session briefs", "Who's who", "Delegation notes"]
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Project briefs" not in text and "Our meetings" not in text
    assert "Session briefs" in text


def test_an_abstracts_paragraphs_are_printed_as_paragraphs_without_a_missing_glyph(store, tmp_path):
    """FOSDEM's abstracts separate paragraphs with newlines, which were drawn as boxes."""
    from factories import make_catalogue, session

    abstract = "Lessons learned, sane suggestions.\n\nThe presenter has 10 years.\r\nThird line."
    make_catalogue(
        tmp_path / "c.db",
        [
            session(
                "lines", "Ten years of Puppet", start="2030-11-11T08:00:00Z", abstract_en=abstract
            )
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    delegation = create_delegation(store, "Délégation")
    set_mark(store, delegation, "test:lines", "must")
    out = tmp_path / "lines.pdf"
    make_pack(store, delegation, None, out, "ar")
    with pdfplumber.open(out) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
        words = {w["text"]: w["top"] for page in pdf.pages for w in page.extract_words()}
    drawn_breaks = [c for c in chars if c["text"] and not c["text"].strip() and c["text"] != " "]
    assert not drawn_breaks  # a newline was drawn as a missing glyph
    assert "\ufffd" not in "".join(c["text"] for c in chars)
    assert words["Lessons"] < words["presenter"] < words["Third"], words  # three lines
    text = poppler(out.read_bytes())
    assert "The presenter has 10 years." in text and "Third line." in text


def test_a_notes_table_runs_in_the_notes_direction_not_the_packs(store, tmp_path):
    """A French note's table was mirrored in an Arabic pack, an Arabic one not in a French pack;
    the same in the Word pack."""
    from docx import Document
    from docx.oxml.ns import qn

    delegation = create_delegation(store, "Délégation")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    add_note(store, delegation, None, "| Horaire | Fonction |\n|---|---|\n| 10:00 | Ministre |")
    add_note(store, delegation, None, "| الوقت | الوظيفة |\n|---|---|\n| 10:00 | وزير |")
    for lang in ("ar", "fr"):
        out = tmp_path / f"t-{lang}.pdf"
        make_pack(store, delegation, None, out, lang)
        with pdfplumber.open(out) as pdf:
            words = {w["text"]: w["x0"] for p in pdf.pages for w in p.extract_words()}
        assert words["Horaire"] < words["Fonction"], lang  # French columns left to right
        arabic = {t[::-1]: x for t, x in words.items()}  # pdfplumber: letters in visual order
        assert arabic["الوقت"] > arabic["الوظيفة"], lang  # Arabic columns right to left
        docx = tmp_path / f"t-{lang}.docx"
        make_pack(store, delegation, None, docx, lang, format="docx")
        tables = Document(str(docx)).tables
        mirrored = {
            t.rows[0].cells[0].text.strip("\u2066\u2067\u2068\u2069"): (
                t._tbl.tblPr.find(qn("w:bidiVisual")) is not None
            )
            for t in tables
        }
        assert mirrored["Horaire"] is False and mirrored["الوقت"] is True, (lang, mirrored)


def test_an_arabic_packs_header_reads_from_the_right_delegation_first(store, marked, tmp_path):
    """The band's direction was "auto" with only isolated spans: no letter outside them, so
    an Arabic header read left to right (the delegate first, for a reader from the right)."""
    path = render(store, marked, tmp_path, "ar")
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[2]
        head = [w for w in page.extract_words() if w["top"] < 60]
    x = {w["text"]: w["x0"] for w in head}
    assert x["Sénégal"] > x["Diallo"]  # "Délégation du Sénégal — Amina Diallo", from the right


def test_a_bookmark_goes_to_its_heading_not_to_its_page_whole(store, marked, tmp_path):
    """Bookmarks and the agenda's links showed the page whole (/Fit): now the heading's place,
    at the reader's zoom; the heading's words are just below that place."""
    path = render(store, marked, tmp_path, "en")
    reader = PdfReader(path)
    item = next(i for i in reader.outline if not isinstance(i, list) and i.title == "Agenda")
    assert item["/Type"] == "/XYZ" and item["/Zoom"] == 0
    page = reader.get_destination_page_number(item)
    with pdfplumber.open(path) as pdf:
        height = pdf.pages[page].height
        words = pdf.pages[page].extract_words()
    heading = next(w for w in words if w["text"] == "Agenda")
    assert 0 <= float(item["/Top"]) - (height - heading["top"]) < 30


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_a_marks_status_is_printed_beside_its_priority(store, marked, tmp_path, lang):
    """Found by review: a mark confirmed with `mark --status confirmed` printed its priority
    alone; an open mark still prints nothing more."""
    from briefer.core.packs.labels import label

    delegation, amina = marked
    set_mark(store, delegation, "ppf:ses-2021-102", "must", [amina], status="confirmed")
    text = pdfium(render(store, marked, tmp_path, lang).read_bytes())
    lines = [line for line in text.splitlines() if label("mark_status", lang) in line]
    assert len(lines) == 1 and label("mark_confirmed", lang) in lines[0]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_classification_is_marked_at_the_head_and_the_foot_of_each_page(
    store, marked, tmp_path, lang
):
    """Found by review: « DIFFUSION RESTREINTE » was printed in the header only; a protective
    marking is carried at the top and the bottom of every page."""
    delegation, amina = marked
    path = tmp_path / f"{lang}.pdf"
    make_pack(store, delegation, amina, path, lang, classification="DIFFUSION RESTREINTE")
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            ys = [w["top"] for w in words if w["text"] == "RESTREINTE"]
            assert min(ys) < page.height * 0.1 and max(ys) > page.height * 0.9, page.page_number


def test_a_pack_reports_only_what_its_sections_print(store, marked, tmp_path):
    """Found by review: `pack --sections agenda,meetings` reported "5 sessions, 3 projects"
    (the projects were not printed)."""
    delegation, amina = marked
    out = tmp_path / "agenda.pdf"
    result = make_pack(store, delegation, amina, out, "en", sections=("agenda", "meetings"))
    assert result["projects"] == [] and len(result["sessions"]) == 4
    result = make_pack(store, delegation, amina, out, "en", sections=("projects",))
    assert result["sessions"] == [] and result["projects"] == ["ppf:proj-2021-001"]


def test_every_field_a_change_records_has_a_label_in_the_three_languages():
    """Found by review: a withdrawn session's change printed "removed" in the French and Arabic
    packs (no label for it, nor for a new item, an own meeting's place or attendance)."""
    from briefer.core.meetings import HISTORY_FIELDS
    from briefer.core.packs.labels import LABELS, change_field

    fields = {"added", "removed", "title", "time", "duration", "room", "speakers", "language",
              "status", *HISTORY_FIELDS}  # fmt: skip
    for field in fields:
        assert f"change_{field}" in LABELS, field
        for lang in ("ar", "fr", "en"):
            assert change_field(field, lang) != field, (field, lang)


def test_a_delegates_pack_day_sheet_and_calendar_hold_the_whole_delegations_items(
    store, marked, tmp_path
):
    """Found by review: a session marked for no one in particular and a dinner for the whole
    delegation were in the roster under "Whole delegation" but missing from each delegate's
    pack, day sheet and calendar, the papers a delegate carries."""
    from briefer.core.calendar_export import export_calendar
    from briefer.core.catalogue.items import item_detail
    from briefer.core.meetings import add_meeting

    delegation, amina = marked
    paul = add_delegate(store, delegation, "Paul Mendy", "Conseiller")
    set_mark(store, delegation, "ppf:ses-2021-105", "should")  # the whole delegation's
    set_mark(store, delegation, "ppf:ses-2021-103", "should", [paul])  # Paul's alone
    day = store.query_one("SELECT day FROM cat.sessions WHERE id = 'ppf:ses-2021-105'")["day"]
    add_meeting(store, delegation, "Dîner de la délégation", day=day, start="21:00", end="22:30")
    title = " ".join(item_detail(store, "ppf:ses-2021-105", "fr")["title"].split())
    others = " ".join(item_detail(store, "ppf:ses-2021-103", "fr")["title"].split())
    for reader, flat in flat_texts(render(store, marked, tmp_path, "fr").read_bytes()).items():
        assert title in flat and "Dîner de la délégation" in flat, reader
        assert others not in flat, reader
    sheet = tmp_path / "sheet.pdf"
    make_daysheet(store, delegation, amina, day, sheet, "fr")
    for reader, text in flat_texts(sheet.read_bytes()).items():
        assert "Dîner de la délégation" in text, reader
    ics = tmp_path / "amina.ics"
    events = export_calendar(store, delegation, amina, ics, "fr")["events"]
    assert "ppf:ses-2021-105" in events and "ppf:ses-2021-103" not in events
    assert "Dîner de la délégation" in ics.read_text(encoding="utf-8")


def test_a_withdrawn_session_is_flagged_withdrawn_only_and_not_to_be_announced(
    store, marked, tmp_path
):
    """Found by review: « Gouvernance de l'espace — RETIRÉE MODIFIÉE — Lieu : à confirmer »:
    the change is the withdrawal, and « à confirmer » read as if it would still take place."""
    from factories import make_catalogue, session

    render(store, marked, tmp_path, "fr")
    store.conn.execute("UPDATE packs SET created = '2020-01-01T00:00:00Z'")
    store.conn.execute(
        "INSERT INTO changes (at, item_id, kind, field, old, new) VALUES "
        "('2020-01-02T00:00:00Z', 'ppf:ses-2021-101', 'session', 'removed', NULL, NULL)"
    )
    make_catalogue(tmp_path / "c.db", [session("s1", "Opening", start="2030-11-11T08:00:00Z")])
    store.replace_catalogue(tmp_path / "c.db")
    for reader, text in flat_texts(render(store, marked, tmp_path, "fr").read_bytes()).items():
        assert "RETIRÉE" in text and "RETIRÉE MODIFIÉE" not in text, reader
        assert "à confirmer" not in text, reader


def test_a_title_changed_in_another_language_only_says_which(store, marked, tmp_path):
    """Found by review: only the English title of a session changed, and the French pack's
    changes read « Titre | Opening ceremony | Official opening ceremony » beside an unchanged
    French title, as if the French one had changed."""
    from briefer.core.sync.titles import recorded

    render(store, marked, tmp_path, "fr")
    old = recorded({"fr": "Cérémonie d'ouverture", "en": "Opening ceremony"}, None)
    new = recorded({"fr": "Cérémonie d'ouverture", "en": "Official opening ceremony"}, None)
    store.conn.execute(
        "INSERT INTO changes (at, item_id, kind, field, old, new) VALUES "
        "('2999-01-01T00:00:00Z', 'ppf:ses-2021-101', 'session', 'title', ?, ?)",
        (old, new),
    )
    for reader, text in flat_texts(render(store, marked, tmp_path, "fr").read_bytes()).items():
        assert "Titre (anglais) Opening ceremony Official opening ceremony" in text, reader


def test_a_password_shorter_than_a_passphrase_is_refused_and_nothing_is_written(
    store, marked, tmp_path
):
    """Found by review: a one-character PDF password was taken without a word."""
    from briefer.core.storecrypt import MIN_PASSPHRASE

    with pytest.raises(InputError) as caught:
        render(store, marked, tmp_path, "en", password="a")
    assert caught.value.kind == "weak_pack_password"
    assert f"at least {MIN_PASSPHRASE} characters" in str(caught.value)
    assert not (tmp_path / "pack-en.pdf").exists()


def test_a_password_is_counted_and_locked_as_the_pdf_holds_it(
    store, marked, tmp_path, capfd, caplog
):
    """Found by review: 'e\u0301' four times passed the eight-character minimum (SASLprep
    makes it four «é»), and an emoji password printed pypdf's "SASLprep normalization failed,
    using plain UTF-8" on the terminal. Each pack opens with the password as typed."""
    with pytest.raises(InputError) as caught:
        render(store, marked, tmp_path, "en", password="e\u0301" * 4)
    assert caught.value.kind == "weak_pack_password"
    passwords = ("e\u0301" * 8, "🔒🗝️📁🔒🗝️📁🔒🗝️", "كلمة السر 2026")
    pdfs = []
    for number, password in enumerate(passwords):
        pdfs.append(tmp_path / f"{number}.pdf")
        render(store, marked, tmp_path, "en", password=password).rename(pdfs[-1])
    out, err = capfd.readouterr()
    assert "SASLprep" not in out + err + caplog.text  # writing the packs warned of nothing
    for pdf, password in zip(pdfs, passwords, strict=True):
        reader = PdfReader(pdf)
        assert reader.is_encrypted and reader.decrypt(password)
        assert "Amina Diallo" in reader.pages[0].extract_text()
        assert PdfReader(pdf).decrypt("wrong password") == 0


def test_a_day_sheet_says_where_a_session_moved_from_that_day_went(store, marked, tmp_path):
    """Found by review: the closing ceremony moved from Wednesday to Tuesday, and Wednesday's
    day sheet simply dropped it."""
    from briefer.core.catalogue.items import item_detail

    delegation, amina = marked
    render(store, marked, tmp_path, "fr")
    store.conn.execute("UPDATE packs SET created = '2020-01-01T00:00:00Z'")
    detail = item_detail(store, "ppf:ses-2021-101", "fr")
    store.conn.execute(
        "INSERT INTO changes (at, item_id, kind, field, old, new) VALUES "
        "('2020-01-02T00:00:00Z', 'ppf:ses-2021-101', 'session', 'time', "
        "'2021-11-14 09:00', ?)",
        (f"{detail['day']} {detail['start'][11:16]}",),
    )
    sheet = tmp_path / "sheet.pdf"
    make_daysheet(store, delegation, amina, "2021-11-14", sheet, "fr")
    for reader, text in flat_texts(sheet.read_bytes()).items():
        assert "Déplacés à un autre jour" in text, reader
        assert "déplacée au jeudi 11 novembre 2021" in text, reader
        assert "encore marqué" not in text, reader  # a day with moved items is not an empty one
        assert " ".join(detail["title"].split()) in text, reader


def test_a_day_sheet_compares_the_day_the_last_pack_showed_with_today(store, marked, tmp_path):
    """Found by review: an item moved away and back was listed as "moved to another day" on
    the day it had passed through, which the reader of the last pack never saw it on."""
    from briefer.core.catalogue.items import item_detail
    from briefer.core.packs.content import build_content

    delegation, amina = marked
    render(store, marked, tmp_path, "fr")
    store.conn.execute("UPDATE packs SET created = '2020-01-01T00:00:00Z'")
    detail = item_detail(store, "ppf:ses-2021-101", "fr")
    now = f"{detail['day']} {detail['start'][11:16]}"
    steps = [("2021-11-13 09:00", "2021-11-14 09:00"), ("2021-11-14 09:00", now)]
    for number, (old, new) in enumerate(steps, start=2):
        store.conn.execute(
            "INSERT INTO changes (at, item_id, kind, field, old, new) VALUES "
            "(?, 'ppf:ses-2021-101', 'session', 'time', ?, ?)",
            (f"2020-01-0{number}T00:00:00Z", old, new),
        )
    content = build_content(store, delegation, amina, "fr")
    assert content.moved_from("2021-11-14") == []  # never shown on the 14th
    assert [e.id for e in content.moved_from("2021-11-13")] == ["ppf:ses-2021-101"]
    # moved away and back since the last pack: where that pack showed it
    store.conn.execute("UPDATE changes SET old = ? WHERE at = '2020-01-02T00:00:00Z'", (now,))
    content = build_content(store, delegation, amina, "fr")
    assert content.moved_from("2021-11-14") == [] and content.moved_from(detail["day"]) == []
