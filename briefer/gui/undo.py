"""The window's undo history: each undoable change keeps the core snapshot taken before it.

`perform(ctx, text, snapshot, action)` takes the snapshot, runs the action and, when it
succeeds, pushes a command whose undo restores the snapshot (`briefer.core.undo.restore`) and
whose redo restores what the undo replaced. The GUI runs no SQL: core does the restoring.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from briefer.core.changes import OpChanges
from briefer.core.store import Store
from briefer.core.undo import Snapshot, restore
from briefer.gui.context import AppContext

T = TypeVar("T")


Words = str | Callable[[], str]  # what the step undoes; a callable is said again in a new language


class SnapshotCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: Words, before: Snapshot) -> None:
        self.words: Callable[[], str] = text if callable(text) else (lambda: text)
        super().__init__(self.words())
        self.ctx = ctx
        self.before = before
        self.after: Snapshot | None = None
        self._done = True  # the action itself already ran: the first redo does nothing

    def undo(self) -> None:
        self.after = restore(self.ctx.store, self.before).value
        notify(self.ctx, self.before.changes)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if self.after is not None:
            self.before = restore(self.ctx.store, self.after).value
            notify(self.ctx, self.after.changes)


def notify(ctx: AppContext, changes: OpChanges) -> None:
    """Tell the views what changed (selectively where the context can)."""
    apply = getattr(ctx, "apply_changes", None)
    if callable(apply):
        apply(changes)
    else:
        ctx.changed()


def history(ctx: AppContext) -> QUndoStack:
    """The undo stack of the window on `ctx` (one per store)."""
    stack = getattr(ctx, "_undo_stack", None)
    if stack is None:
        stack = QUndoStack()
        stack.setUndoLimit(200)
        ctx._undo_stack = stack  # type: ignore[attr-defined]
    return stack


def retranslate(stack: QUndoStack) -> None:
    """Say each step's words again, in the language now chosen."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, SnapshotCommand):
            command.setText(command.words())


def perform(
    ctx: AppContext,
    text: Words,
    snapshot: Callable[[Store], Snapshot],
    action: Callable[[], T],
) -> T:
    """Run `action` (which may raise BrieferError: then nothing is recorded) as an undoable step."""
    before = snapshot(ctx.store)
    result = action()
    record(ctx, text, before)
    return result


def record(ctx: AppContext, text: Words, before: Snapshot) -> None:
    """Record a change already made, undone by restoring `before`."""
    history(ctx).push(SnapshotCommand(ctx, text, before))
