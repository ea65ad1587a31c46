"""Languages of the window: Qt translators, layout direction, and core messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from briefer.core import i18n as core_i18n
from briefer.core import languages
from briefer.core.paths import package_data_dir

LANGUAGES = languages.NAMES

# Qt's own (non-native) file dialog shows these, but Qt 6's qtbase_ar.qm and qtbase_fr.qm lack
# them; listed here they enter Briefer's catalogues, whose translator Qt consults first.
QT_DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # The file list's Type column (Qt 6 moved these out of QFileDialog's context; Qt asks with a
    # disambiguation such as "All other platforms" and, not finding it, takes these).
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    # Dialog buttons: qtbase_ar.qm words them as orders ("ألغِ", "أغلق", "احفظ"), where every
    # other button of the window is a noun ("حفظ العلامة"): the catalogues word them alike.
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
)

# Numbers, dates and sizes Qt writes itself (spin boxes, the file dialog) in the window's
# language: the system's own locale when it speaks that language, else one with Western digits
# as Briefer writes them everywhere (ar_AE: "نوفمبر", 1.5, 5/12/2026).
WINDOW_LOCALES = {"ar": "ar_AE", "fr": "fr_FR", "en": "en_GB"}


def window_locale(lang: str) -> QLocale:
    system = QLocale.system()
    if languages.supported(system.name()) == lang:
        return system
    return QLocale(WINDOW_LOCALES.get(lang, lang))


def translations_dir() -> Path:
    """The compiled translations (`.qm`), from the package or the checkout."""
    return package_data_dir("translations")


def system_language() -> str:
    return languages.supported(QLocale.system().name()) or languages.DEFAULT


# The translators installed in the application, whichever window installed them: a second
# window (a screenshot, a test) replaces them instead of leaving its language underneath.
_installed: list[QTranslator] = []


class LanguageManager:
    """Installs the translators of one language at a time; Qt then sends LanguageChange."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.lang = "en"
        core_i18n.set_translator(_core_translate)

    def set_language(self, lang: str) -> None:
        lang = languages.supported(lang) or languages.DEFAULT
        for translator in _installed:
            self.app.removeTranslator(translator)
        _installed.clear()
        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
        ours = QTranslator(self.app)
        if ours.load(f"briefer_{lang}", str(translations_dir())):
            _installed.append(ours)
        for translator in _installed:
            self.app.installTranslator(translator)
        self.lang = lang
        QLocale.setDefault(window_locale(lang))
        rtl = languages.is_rtl(lang)
        if rtl != self.app.isRightToLeft():
            # Only on a change: the Qt namespace's enums cost start-up time to load.
            from PySide6.QtCore import Qt

            direction = Qt.LayoutDirection
            self.app.setLayoutDirection(direction.RightToLeft if rtl else direction.LeftToRight)


def _core_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    found = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and found == text.replace("%n", str(n)):
        return core_i18n.english_plural(text, n)  # not in the catalogue yet
    return found
