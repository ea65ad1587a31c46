"""Small pieces shared by the views: safe HTML, bidi isolation, a section title, retranslation."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

from briefer.core.directions import FSI, LRI, PDI, RLI

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSpinBox  # its type (and enums) built only where one is made

WJ = "\u2060"  # WORD JOINER: no line break here


def esc(text: object) -> str:
    """Catalogue and note text is data: always escaped before it reaches a rich-text widget."""
    return html.escape("" if text is None else str(text))


_KEPT_NARROW_SPACE = "<span style='white-space:pre'>\u202f</span>"
_TAG_OR_NARROW_SPACE = re.compile(f"({re.escape(_KEPT_NARROW_SPACE)}|<[^>]*>)|\u202f")


def kept_narrow_spaces(markup: str) -> str:
    """`markup` (HTML) with its narrow no-break spaces kept: Qt's HTML reader takes U+202F for white
    space to collapse, so « Source : » lost the space French puts before its colon and could
    break there (found by review). Tags and their attributes stay as they are, and so does a
    space kept already: markup passed twice (a view, then its document) is kept once."""
    if "\u202f" not in markup:
        return markup
    return _TAG_OR_NARROW_SPACE.sub(lambda m: m.group(1) or _KEPT_NARROW_SPACE, markup)


def highlighted(
    snippet: str,
    spans: list[tuple[int, int]] | list[list[int]],
    colours: tuple[str, str] | None = None,
) -> str:
    """`snippet` escaped, its `spans` bold on the (background, text) `colours` of the palette."""
    style = f" style='background:{colours[0]};color:{colours[1]}'" if colours else ""
    out, last = [], 0
    for a, b in spans:
        out += [esc(snippet[last:a]), f"<b{style}>", esc(snippet[a:b]), "</b>"]
        last = b
    out.append(esc(snippet[last:]))
    return "".join(out)


def isolate(text: object) -> str:
    """Data inside a translated sentence or a composed row, ordered on its own in the direction
    the packs give it (`uax9.auto_direction`: RLI or LRI…PDI; FSI for text without a letter):
    "COP26: موقف الوفد" reads right to left, as in the window's cells and the packs. Its own
    embeddings and overrides are dropped (`uax9.without_overrides`)."""
    from briefer.core.packs.uax9 import auto_direction, without_overrides  # not at start-up

    text = without_overrides(str(text))
    opener = {"rtl": RLI, "ltr": LRI, None: FSI}[auto_direction(text)]
    return f"{opener}{text}{PDI}"


def file_text(path: object) -> str:
    """A file's name or path inside a sentence: left to right, whatever its words' script, and
    wrapped only between folders ("pack-وفد-المملكة-…docx" broke at its hyphens, its parts
    out of order in Arabic)."""
    return f"{LRI}{str(path).replace('-', '-' + WJ)}{PDI}"


def action_text(text: object) -> str:
    """Data as the text of a menu entry, button or tab: its "&" shown, not taken as Alt key."""
    return str(text).replace("&", "&&")


class Retranslatable:
    """Views mix this in: Qt's LanguageChange event calls their `retranslate_ui()`; the main
    window then names their fields and gives their Alt letters again, all panes together."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


class KeepsCurrent:
    """Lists mix this in: after a reload, `_keep_current` makes the row the user had chosen
    current again (`select_item`), the detail pane left on what the user chose last, perhaps
    in another view: a view's current-row handler tells nothing while `_restoring`."""

    _restoring = False

    def _keep_current(self, item_id: str | None) -> None:
        if item_id:
            self._restoring = True
            try:
                self.select_item(item_id)  # type: ignore[attr-defined]
            finally:
                self._restoring = False


class SectionTitle(QLabel):
    """A view's title; its buddy (the view's main list) takes the title as accessible name."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.setFont(font)


def info(label: QLabel, plain: bool = True) -> QLabel:
    """Mark `label` as one that reports (a status, a hint), not one that names a field; its
    text is plain (the data it quotes is no markup) unless it is set otherwise after. The
    main window's status labels, which say only the window's own words, pass `plain` False:
    before its first paint, Qt.TextFormat would build Qt's whole namespace (124 M
    instructions, 12 ms)."""
    if plain:
        from PySide6.QtCore import Qt  # the namespace's enums: not before the first paint

        label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("a11y_info", True)
    return label


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic_of(text: str) -> str | None:
    """The letter `text` marks with "&" as its Alt key, lower case, if any."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def with_mnemonic(text: str, used: set[str]) -> str:
    """`text` with an Alt mnemonic: its own (a translator's choice) when that letter is free,
    else its first letter not in `used` (any script)."""
    own = mnemonic_of(text)
    if own is not None and own not in used:
        used.add(own)
        return text
    plain = _plain(text)
    escaped = plain.replace("&", "&&")
    for position, char in enumerate(escaped):
        key = char.lower()
        if char.isalpha() and key not in used and (position == 0 or escaped[position - 1] != "&"):
            used.add(key)
            return escaped[:position] + "&" + escaped[position:]
    return escaped


def _first_widget(layout: QLayout) -> QWidget | None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            return item.widget()
        if item.layout() is not None and (found := _first_widget(item.layout())) is not None:
            return found
    return None


def _pair_form_labels(root: QWidget) -> None:
    """A form's row labels take the row's field (or its first widget) as buddy."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            target = field.widget() or (field.layout() and _first_widget(field.layout()))
            if target is not None and label.widget().buddy() is None:
                label.widget().setBuddy(target)


def used_mnemonics(root: QWidget) -> set[str]:
    """The Alt letters the buttons and check boxes inside `root` already take."""
    from PySide6.QtWidgets import QAbstractButton

    letters = {mnemonic_of(b.text()) for b in root.findChildren(QAbstractButton)}
    return {letter for letter in letters if letter}


def name_fields(root: QWidget, reserved: set[str] | None = None) -> None:
    """Each field takes its label's words as accessible name; field labels get a mnemonic.

    Views call this after their texts are set (Retranslatable does on a language change).
    The mnemonics avoid `reserved` (the main window's menu bar and the panes beside `root`,
    see `MainWindow.reserved_mnemonics`); buttons keep their own letter when it is free.
    Edits with no label take their placeholder as name unless one was given.
    """
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    _pair_form_labels(root)
    from PySide6.QtWidgets import QAbstractButton

    used: set[str] = set(reserved or ())
    for button in root.findChildren(QAbstractButton):
        if mnemonic_of(button.text()):  # keeps its own letter when free, else takes another
            button.setText(with_mnemonic(button.text(), used))
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        words = _plain(label.text()).strip().rstrip(":").strip()
        if words:
            buddy.setAccessibleName(words)
            buddy.setProperty("a11y_named_by_label", True)
        if not isinstance(label, SectionTitle):
            label.setText(with_mnemonic(label.text(), used))
    for edit in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        if edit.property("a11y_named_by_label") or edit.property("a11y_explicit"):
            continue
        if edit.placeholderText():
            edit.setAccessibleName(edit.placeholderText())


def a11y_name(widget: QWidget, text: str, description: str = "") -> None:
    """Give `widget` an accessible name (and description) of its own, kept over placeholders."""
    widget.setAccessibleName(text)
    widget.setProperty("a11y_explicit", True)
    if description:
        widget.setAccessibleDescription(description)


def counted_in_words(spin: QSpinBox, words: Callable[[int], str]) -> None:
    """Keep `spin`'s words around its number in the plural form the number takes: `words(n)`
    is the translated "%n min" for `n` (Arabic: "10 دقائق" but "11 دقيقة"; a fixed suffix
    said "10 دقيقة")."""

    def update(value: int) -> None:
        text, number = words(value), str(value)
        before, found, after = text.partition(number)
        spin.setPrefix(before if found else "")
        spin.setSuffix(after if found else " " + text)

    spin.valueChanged.connect(update)
    update(spin.value())
