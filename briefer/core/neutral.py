"""Messages kept in no language: a catalogue entry and its values, worded when shown.

Found by review: a source's failure was stored in the language of the sync that failed, and
shown so whatever the reader's (English in a French `sources list`, French in `--json`). A
`Words` is stored as `data()` (JSON) and worded by `text()` in the language messages are
written in then, or in English, as `--json` writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from briefer.core.i18n import english_plural, language, translate


def decimal_text(value: float, lang: str) -> str:
    """A number with one decimal at most, as `lang` writes it: "20,1" in French; "20.1" in
    English and in Arabic, which Briefer writes in Western digits (as ar_AE does)."""
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "fr" else text


@dataclass(frozen=True)
class Number:
    """A decimal value, written as the reader's language writes numbers."""

    value: float

    def text(self, english: bool = False) -> str:
        return decimal_text(self.value, "en" if english else language())

    def data(self) -> dict[str, Any]:
        return {"number": self.value}


@dataclass(frozen=True)
class Words:
    """One message: `source` of `context` (with `n` for a plural), its values filled in.

    Made as a message is worded at once, `Words.translate(context, source).format(**values)`,
    which lupdate extracts as it does `translate` (positional arguments only)."""

    context: str
    source: str
    disambiguation: str | None = None
    n: int = -1
    values: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def translate(
        cls, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> Words:
        return cls(context, source, disambiguation, n)

    def format(self, **values: Any) -> Words:
        merged = {**self.values, **values}
        return Words(self.context, self.source, self.disambiguation, self.n, merged)

    def text(self, english: bool = False) -> str:
        """The message in the language messages are written in now, or in English."""
        if english:
            template = english_plural(self.source, self.n) if self.n >= 0 else self.source
        else:
            template = translate(self.context, self.source, self.disambiguation, self.n)
        return template.format(**{k: _text(v, english) for k, v in self.values.items()})

    def data(self) -> dict[str, Any]:
        values = {k: v.data() if hasattr(v, "data") else v for k, v in self.values.items()}
        data = {"context": self.context, "source": self.source, "n": self.n, "values": values}
        return {**data, "disambiguation": self.disambiguation} if self.disambiguation else data


@dataclass(frozen=True)
class Sentences:
    """Messages one after the other ("The server is unavailable. Try again in 60 seconds.")."""

    parts: tuple[Words, ...]

    def text(self, english: bool = False) -> str:
        return " ".join(p.text(english) for p in self.parts)

    def data(self) -> list[dict[str, Any]]:
        return [p.data() for p in self.parts]


@dataclass(frozen=True)
class Pattern:
    """Values set in a pattern no language changes: "{where} ({id})", each value worded."""

    pattern: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def text(self, english: bool = False) -> str:
        return self.pattern.format(**{k: _text(v, english) for k, v in self.values.items()})

    def data(self) -> dict[str, Any]:
        values = {k: v.data() if hasattr(v, "data") else v for k, v in self.values.items()}
        return {"pattern": self.pattern, "values": values}


Message = Words | Sentences | Pattern


def _text(value: Any, english: bool) -> str:
    return value.text(english) if hasattr(value, "text") else value


def text_of(value: Any) -> Any:
    """`value` worded in the language messages are written in now, if it is a message."""
    return _text(value, False)


def from_data(data: Any) -> Any:
    """A `Words`, `Sentences`, `Pattern` or `Number` from what its `data()` gave; plain values
    as they are.

    Raises:
        ValueError: `data` is not such a message.
    """
    if isinstance(data, list):
        return Sentences(tuple(from_data(d) for d in data))
    if isinstance(data, dict) and set(data) == {"number"}:
        return Number(float(data["number"]))
    if isinstance(data, dict) and set(data) == {"pattern", "values"}:
        values = data["values"] if isinstance(data["values"], dict) else {}
        return Pattern(str(data["pattern"]), {str(k): from_data(v) for k, v in values.items()})
    if isinstance(data, dict):
        try:
            values = {str(k): from_data(v) for k, v in data.get("values", {}).items()}
            words = Words(str(data["context"]), str(data["source"]), data.get("disambiguation"))
            return replace(words, n=int(data["n"]), values=values)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError("not a stored message") from exc
    return data
