"""Exchanging a selection from the window: File › Export protects the file with a passphrase
when asked; File › Import reads, asks for that passphrase, confirms and merges off the GUI
thread, like a file opened from the desktop."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog

from briefer.core import crypto
from briefer.core.delegations import list_delegations
from briefer.core.marks import list_marks, set_mark
from briefer.core.notes import add_note, list_notes
from briefer.gui.dialogs.file_passphrase import ProtectDialog
from briefer.gui.operations.files import FileActions

from .conftest import wait_idle


def _protect_with(monkeypatch, passphrase: str | None) -> list[bool]:
    """Answer the export's protection dialog; returns whether it offered protection at first."""
    offered: list[bool] = []

    def answer(dialog: ProtectDialog) -> int:
        offered.append(dialog.protect.isChecked())
        dialog.protect.setChecked(passphrase is not None)
        if passphrase is not None:
            dialog.passphrase.setText(passphrase)
            dialog.again.setText(passphrase)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProtectDialog, "exec", answer)
    return offered


def test_a_protected_export_holds_no_plain_text_and_imports_with_its_passphrase(
    window, delegation, qtbot, tmp_path, monkeypatch, asked
):
    store = window.ctx.store
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    add_note(store, delegation, "ppf:ses-2021-101", "Ne pas évoquer le dossier Zanzibar")
    target = tmp_path / "for-geneva.briefer-selection"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    offered = _protect_with(monkeypatch, "correct horse battery")
    window.act_export_sel.trigger()
    assert offered == [False], "plain data: protection offered, not imposed"
    raw = target.read_bytes()
    assert crypto.is_sealed(raw)
    assert b"Zanzibar" not in raw and "Sénégal".encode() not in raw

    tries: list[bool] = []
    answers = iter(["wrong guess", "correct horse battery"])

    def ask(_self, name: str, wrong: bool) -> str:
        tries.append(wrong)
        assert name == target.name
        return next(answers)

    monkeypatch.setattr(FileActions, "ask_passphrase", ask)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    store.conn.execute("DELETE FROM notes")  # as if on another laptop: the note comes back
    store.conn.execute("DELETE FROM marks")
    window.act_import_sel.trigger()
    assert tries == [False, True], "asked once, then told the first passphrase was wrong"
    assert len(asked) == 1 and asked[0].startswith("Merge 1 marks, 1 notes")
    wait_idle(window, qtbot)
    (mine,) = list_delegations(store)
    assert [m.item_id for m in list_marks(store, mine)] == ["ppf:ses-2021-101"]
    assert [n.body for n in list_notes(store, mine, "ppf:ses-2021-101")] == [
        "Ne pas évoquer le dossier Zanzibar"
    ]


def test_giving_up_on_the_passphrase_imports_nothing(
    window, delegation, tmp_path, monkeypatch, asked
):
    store = window.ctx.store
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    target = tmp_path / "sealed.briefer-selection"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _protect_with(monkeypatch, "s3cret")
    window.act_export_sel.trigger()
    store.conn.execute("DELETE FROM marks")
    monkeypatch.setattr(FileActions, "ask_passphrase", lambda *_: None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.act_import_sel.trigger()
    assert asked == [] and not window.runner.busy
    assert list_marks(store, delegation) == []
    assert "Not imported; nothing was changed." in window.statusBar().currentMessage()


def test_an_unprotected_export_is_plain_json(window, delegation, tmp_path, monkeypatch):
    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    target = tmp_path / "plain.briefer-selection"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _protect_with(monkeypatch, None)
    window.act_export_sel.trigger()
    assert b'"ppf:ses-2021-101"' in target.read_bytes()


def test_the_protection_dialog_wants_the_passphrase_twice_alike(qtbot):
    dialog = ProtectDialog(None, protect=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.passphrase.setText("alpha")
    dialog.again.setText("alphx")
    assert not ok.isEnabled() and dialog.problem.text() == "The two passphrases differ."
    dialog.again.setText("alpha")
    assert ok.isEnabled() and dialog.chosen() == "alpha"
    dialog.protect.setChecked(False)
    assert ok.isEnabled() and dialog.chosen() is None and not dialog.passphrase.isEnabled()
