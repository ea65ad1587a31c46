"""A sample delegation with marks and notes, for screenshots and sample packs.

The catalogue is the real bundled one; the delegation, its delegates, marks and notes are
examples written for the documentation (the delegation's name says so).
"""

from __future__ import annotations

from pathlib import Path

from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import set_mark
from briefer.core.notes import add_note
from briefer.core.store import open_store

NOTE_SESSION = """## نقاط للنقاش
- دعم **معاهدة** الجائحة مع منظمة الصحة العالمية (WHO)
- متابعة التزامات عام 2021 بشأن كوفيد-19

Rencontrer le *Dr* Tedros après la séance.
"""
NOTE_DELEGATION = """# Logistique
Arrivée le 10 novembre, départ le 14.

| Jour | Réunion |
|---|---|
| 11/11 | Santé mondiale |
| 12/11 | Médias |
"""


def make_sample(folder: Path) -> Path:
    with open_store(folder) as store:
        delegation = create_delegation(store, "Délégation exemple (sample)", "SN")
        amina = add_delegate(store, delegation, "Amina Diallo", "Ambassadrice")
        paul = add_delegate(store, delegation, "Paul Ndiaye", "Conseiller")
        for item in (
            "ppf:ses-2021-101",
            "ppf:ses-2021-102",
            "ppf:ses-2021-104",
            "ppf:ses-2021-107",
            "ppf:ses-2021-109",
            "ppf:ses-2021-105",
        ):
            set_mark(store, delegation, item, "must", [amina])
        set_mark(store, delegation, "ppf:ses-2021-103", "should", [paul], "Contenus haineux")
        set_mark(store, delegation, "ppf:proj-2021-001", "should", [amina], "Médias africains")
        set_mark(store, delegation, "ppf:proj-2021-002", "optional", [paul])
        add_note(store, delegation, "ppf:ses-2021-101", NOTE_SESSION)
        add_note(store, delegation, None, NOTE_DELEGATION)
    return folder
