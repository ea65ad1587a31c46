"""Small illustrative catalogues for tests (not forum data, and labelled so)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefer.core.catalogue.io import CatalogueData, write_catalogue

EDITION = "test:edition-2030"


def session(
    local_id: str,
    title_en: str,
    day: str | None = "2030-11-11",
    start: str | None = None,
    end: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": f"test:{local_id}",
        "edition_id": EDITION,
        "title_en": title_en,
        "day": day,
        "start": start,
        "end": end,
        "timezone": "Europe/Paris",
        "status": "scheduled",
        "certainty": "illustrative",
        **extra,
    }


def project(local_id: str, name_en: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"test:{local_id}",
        "edition_id": EDITION,
        "catalogue": "space_for_solutions",
        "name_en": name_en,
        "regions": "[]",
        "countries": "[]",
        "certainty": "illustrative",
        **extra,
    }


def make_catalogue(
    path: Path, sessions: list[dict], projects: list[dict] | None = None, version: int = 1
) -> Path:
    data = CatalogueData()
    data.add(
        "editions",
        {
            "id": EDITION,
            "year": 2030,
            "name_en": "Illustrative forum 2030",
            "timezone": "Europe/Paris",
            "certainty": "illustrative",
        },
    )
    for row in sessions:
        data.add("sessions", row)
    for row in projects or []:
        data.add("projects", row)
    data.meta = {
        "catalogue_version": version,
        "source": "test",
        "source_name": "test data",
        "illustrative": True,
        "partial": False,
        "completeness": [],
    }
    write_catalogue(data, path)
    return path
