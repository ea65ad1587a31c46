"""A QR code flowable for the link of a brief."""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

import zxingcpp
from reportlab.platypus import (
    Flowable,
)

_DARK = 0  # zxing-cpp's module images: 0 dark, 255 light
BORDER = 2  # modules of quiet zone on each side (the page's margin adds to it)
MIN_MODULE = 1.5  # points, about 0.5 mm: a phone camera reads it at a hand's distance
# What stays as it is in each part of an address (RFC 3986's reserved and unreserved
# characters, and % so that an address already escaped is not escaped twice).
_KEEP = "/?#[]@!$&'()*+,;=:%-._~"


def ascii_url(url: str) -> str:
    """`url` in ASCII, as a phone's browser opens it: the host in IDNA, the rest %-escaped UTF-8.

    An encoder given other characters picks a code page for them (ISO-8859-6 for Arabic), which
    many scanners read as garbage.
    """
    if url.isascii():
        return url
    parts = urlsplit(url)
    return urlunsplit(
        (
            parts.scheme,
            _ascii_netloc(parts.netloc),
            quote(parts.path, safe=_KEEP),
            quote(parts.query, safe=_KEEP),
            quote(parts.fragment, safe=_KEEP),
        )
    )


def _ascii_netloc(netloc: str) -> str:
    if netloc.isascii():
        return netloc
    userinfo, at, hostport = netloc.rpartition("@")
    host, port = hostport, ""
    if ":" in hostport and not hostport.endswith("]"):
        host, port = hostport.rsplit(":", 1)
        port = ":" + port
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        host = quote(host, safe="")
    return (quote(userinfo, safe=_KEEP) + at) + host + port


class QrCode(Flowable):
    """A QR code drawn as one filled path of whole-module rectangles (ReportLab's widget builds
    a shape per module).

    At least `size` wide, and wider for a long address, so that a module stays MIN_MODULE
    wide on paper; an address that is malformed or too long for any QR code gets none (its
    printed link remains).
    """

    _matrices: dict[str, list[list[bool]]] = {}  # noqa: RUF012 - shared cache by design

    def __init__(self, url: str, size: float = 72.0, align: str = "LEFT") -> None:
        super().__init__()
        self.url = url
        self.size = size
        self.hAlign = align

    def matrix(self) -> list[list[bool]]:
        """The code's modules, dark as True (none when the address does not fit): error
        correction level L, the mask chosen for the fewest scanning hazards (zxing-cpp's
        encoder, in C++, as the QR standard scores)."""
        found = self._matrices.get(self.url)
        if found is None:
            try:
                text = ascii_url(self.url)
                code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="L")
            except ValueError:  # not an address, or longer than a version 40 code holds
                found = []
            else:
                image = memoryview(code.to_image(scale=1, add_quiet_zones=False))
                found = [[module == _DARK for module in row] for row in image.tolist()]
            self._matrices[self.url] = found
        return found

    def side(self) -> float:
        """The drawn width and height, quiet zone included (0 without a code)."""
        rows = self.matrix()
        if not rows:
            return 0.0
        return max(self.size, (len(rows) + 2 * BORDER) * MIN_MODULE)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        side = self.side()
        return side, side

    def draw(self) -> None:
        if getattr(self.canv, "_briefer_dry", False):
            return
        rows = self.matrix()
        if not rows:
            return
        side = self.side()
        size = len(rows) + 2 * BORDER
        rects = [
            f"{c + BORDER} {size - BORDER - bottom} {width} {height} re"
            for c, bottom, width, height in _rectangles(rows)
        ]
        # In module units: whole numbers, a fifth of the bytes of points to six decimals.
        cell = side / size
        self.canv._code.append(f"q {cell:.6g} 0 0 {cell:.6g} 0 0 cm\n" + "\n".join(rects) + "\nf Q")


def _rectangles(rows: list[list[bool]]) -> list[tuple[int, int, int, int]]:
    """The dark modules of `rows` as rectangles (column, row below the last, width, height):
    each row's runs, a run going on down the rows below that have the same run."""
    done: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], int] = {}  # (column, width) -> first row
    for r, row in enumerate([*rows, []]):
        runs = set()
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            end = c
            while end < len(row) and row[end]:
                end += 1
            runs.add((c, end - c))
            c = end
        for key in [k for k in open_runs if k not in runs]:
            first = open_runs.pop(key)
            done.append((key[0], r, key[1], r - first))
        for key in runs:
            open_runs.setdefault(key, r)
    return sorted(done, key=lambda rect: (rect[1] - rect[3], rect[0]))
