"""Every message the window translates is written where it is asked for, so that lupdate finds
it: a helper taking the text as a variable (`_tr(text)`) left the marking menu and the sync
messages out of the catalogues, English in the French and Arabic windows."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "briefer"
# The few places that translate a text chosen elsewhere, each from a list lupdate reads
# (QT_TRANSLATE_NOOP) or checked by its own test.
ALLOWED = {
    ("gui/i18n.py", "translate"),
    ("cli/output.py", "translate"),
    ("cli/argparse_words.py", "translate"),
    ("cli/remedies.py", "translate"),
    ("core/qm.py", "translate"),
    ("core/selection.py", "translate"),  # _require: every reason given as QT_TRANSLATE_NOOP
    ("core/neutral.py", "translate"),  # Words.text: each made by Words.translate("…"), checked
}


def _calls() -> list[tuple[str, int, str]]:
    found = []
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = getattr(node, "func", None)
            if not isinstance(node, ast.Call) or not isinstance(func, ast.Attribute | ast.Name):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            text = (
                node.args[1] if name == "translate" and len(node.args) >= 2
                else node.args[0] if name == "tr" and node.args
                else None
            )  # fmt: skip
            if text is not None and not isinstance(text, ast.Constant):
                if relative.startswith("core/packs/decoration.py"):
                    continue  # canvas.translate(x, y): a move, not a message
                found.append((relative, node.lineno, name))
    return found


def test_translated_texts_are_literals_lupdate_can_read():
    left = [(path, line) for path, line, name in _calls() if (path, name) not in ALLOWED]
    assert not left, left


def test_every_reason_a_selection_file_is_refused_for_is_in_the_catalogues():
    """`selection._require` translates its reason only on refusal: each is given marked."""
    tree = ast.parse((ROOT / "core/selection.py").read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_require"
    ]
    assert len(calls) > 20
    # And ALLOWED's entry for the file covers `_require`'s own call only.
    loose = [c for c in _calls() if c[0] == "core/selection.py"]
    assert len(loose) == 1, loose
    for call in calls:
        why = call.args[2]
        assert isinstance(why, ast.Call) and why.func.id == "QT_TRANSLATE_NOOP", call.lineno
        assert why.args[0].value == "Selection" and isinstance(why.args[1], ast.Constant)
