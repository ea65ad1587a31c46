"""An own meeting's kind, status and logistics as the window's language writes them.

The words are those of the packs' labels (core/packs/labels.py), through Qt's translations.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_word(kind: str) -> str:
    words = {
        "bilateral": QCoreApplication.translate("MeetingWords", "bilateral"),
        "side": QCoreApplication.translate("MeetingWords", "side meeting"),
        "reception": QCoreApplication.translate("MeetingWords", "reception"),
        "press": QCoreApplication.translate("MeetingWords", "press"),
        "travel": QCoreApplication.translate("MeetingWords", "travel"),
        "other": QCoreApplication.translate("MeetingWords", "other"),
    }
    return words.get(kind, kind)


def status_word(status: str) -> str:
    words = {
        "requested": QCoreApplication.translate("MeetingWords", "requested"),
        "confirmed": QCoreApplication.translate("MeetingWords", "confirmed"),
        "declined": QCoreApplication.translate("MeetingWords", "declined"),
        "held": QCoreApplication.translate("MeetingWords", "held"),
        "cancelled": QCoreApplication.translate("MeetingWords", "cancelled"),
    }
    return words.get(status, status)


def logistics_word(key: str) -> str:
    words = {
        "interpretation": QCoreApplication.translate("MeetingWords", "Interpretation"),
        "transport": QCoreApplication.translate("MeetingWords", "Transport"),
        "badge": QCoreApplication.translate("MeetingWords", "Access badge"),
        "press": QCoreApplication.translate("MeetingWords", "Press"),
        "contact": QCoreApplication.translate("MeetingWords", "Contact on the ground"),
    }
    return words.get(key, key)
