"""A form's error is set in the warning colour in the passphrase, unlock and recovery forms,
as in the meeting dialog (found by review: plain black there)."""

from PySide6.QtGui import QPalette

from briefer.core.datafolder import DataFolder
from briefer.gui.colours import warning
from briefer.gui.dialogs.recovery import RecoverDialog
from briefer.gui.dialogs.security import PassphraseForm
from briefer.gui.lock import UnlockDialog


def test_the_passphrase_forms_errors_are_in_the_warning_colour(qtbot, tmp_path):
    data = DataFolder(tmp_path)
    forms = [
        PassphraseForm(None, "Set", current=False, new=True),
        UnlockDialog(None, data, "The passphrase is wrong."),
        RecoverDialog(None, data),
    ]
    for form in forms:
        qtbot.addWidget(form)
        palette = form.error.palette()
        expected = warning(palette, QPalette.ColorRole.Window)
        shown = palette.color(QPalette.ColorRole.WindowText)
        assert shown == expected, type(form).__name__
