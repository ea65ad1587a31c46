"""Accessibility: every interactive element has a name, each field label a buddy, in 3 languages."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

from briefer.gui.mainwindow import VIEWS

INTERACTIVE = {
    QAccessible.Role.PushButton: "button",
    QAccessible.Role.ButtonMenu: "button",
    QAccessible.Role.ButtonDropDown: "button",
    QAccessible.Role.ComboBox: "combo",
    QAccessible.Role.EditableText: "edit",
    QAccessible.Role.CheckBox: "check box",
    QAccessible.Role.RadioButton: "radio button",
    QAccessible.Role.SpinBox: "spin box",
    QAccessible.Role.List: "list",
    QAccessible.Role.Tree: "tree",
    QAccessible.Role.Table: "table",
}


def walk(iface, depth: int = 0):
    """Every accessible interface under `iface` (items of views excluded past depth 40)."""
    if iface is None or not iface.isValid() or depth > 40 or iface.state().invisible:
        return
    yield iface
    if iface.role() in (QAccessible.Role.List, QAccessible.Role.Tree, QAccessible.Role.Table):
        return
    for i in range(iface.childCount()):
        yield from walk(iface.child(i), depth + 1)


def spoken_name(iface) -> str:
    """The name a screen reader says: the own name, else a label's (Linux reads a combo's
    Name as its value and names it by the label relation)."""
    labels = [r[0].text(QAccessible.Text.Name) for r in iface.relations(QAccessible.Relation.Label)]
    if iface.role() == QAccessible.Role.ComboBox:
        own = iface.object().accessibleName()
        return (own or " ".join(labels)).strip()
    return (iface.text(QAccessible.Text.Name) or " ".join(labels)).strip()


def unnamed(window) -> list[str]:
    missing = []
    for iface in walk(QAccessible.queryAccessibleInterface(window)):
        kind = INTERACTIVE.get(iface.role())
        if kind and not spoken_name(iface):
            obj = iface.object()
            parent = obj.parent() if obj else None
            missing.append(f"{kind} {type(obj).__name__} in {type(parent).__name__}")
    return missing


def test_the_walk_sees_the_detail_pane_and_fails_on_an_unnamed_field(window, delegation):
    window.finish_startup()
    assert not unnamed(window)
    window.detail.reason_label.setBuddy(None)
    window.detail.reason.setAccessibleName("")
    window.detail.reason.setPlaceholderText("")
    assert unnamed(window) == ["edit QLineEdit in DetailPane"]
    assert labels_without_buddy(window) == [f"label {window.detail.reason_label.text()!r}"]


def labels_without_buddy(window) -> list[str]:
    return [
        f"label {label.text()!r}"
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.buddy() is None and not label.property("a11y_info")
    ]


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_every_view_names_its_controls(window, delegation, lang):
    window.languages.set_language(lang)
    QApplication.processEvents()
    window.finish_startup()
    problems = {}
    for view in VIEWS:
        window.show_view(view)
        QApplication.processEvents()
        found = unnamed(window) + labels_without_buddy(window)
        if found:
            problems[view] = found
    report = "\n".join(f"{view}: {', '.join(found)}" for view, found in problems.items())
    assert not problems, report


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_alt_letter_serves_twice_in_what_the_window_shows(window, delegation, qtbot, lang):
    """The menu bar, the detail pane and each view beside it: every Alt letter is one key."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from briefer.gui.mainwindow import VIEWS
    from briefer.gui.widgets import mnemonic_of

    window.set_language(lang)
    window.finish_startup()
    qtbot.wait(20)  # the letters are given again once the menus have their new words
    menus = [mnemonic_of(a.text()) for a in window.menuBar().actions()]
    detail = window.detail

    def letters(root) -> list[str]:
        found = [mnemonic_of(w.text()) for w in root.findChildren(QLabel) if w.buddy()]
        found += [mnemonic_of(b.text()) for b in root.findChildren(QAbstractButton)]
        return [f for f in found if f]

    for name in VIEWS:
        window.show_view(name)
        shown = [m for m in menus if m] + letters(detail) + letters(window.views[name])
        twice = {letter for letter in shown if shown.count(letter) > 1}
        assert not twice, f"{lang} {name}: {twice}"
