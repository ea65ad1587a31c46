"""Delegations and their delegates; one delegation is current."""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

from briefer.core.changes import OpChanges, Outcome
from briefer.core.collation import stored_key
from briefer.core.errors import InputError, NotFoundError
from briefer.core.i18n import translate
from briefer.core.localize import listed
from briefer.core.names import composed, name_key, written_as
from briefer.core.store import Store, new_id, now_iso


@dataclass(frozen=True)
class Delegation:
    id: int
    uid: str
    name: str
    country: str | None


@dataclass(frozen=True)
class Delegate:
    id: int
    uid: str
    delegation_id: int
    name: str
    function: str | None


def _clean_name(name: str, missing: str) -> str:
    """`name` with its spaces tidied, composed (NFC); `missing` is the message when nothing
    is left."""
    name = composed(name)
    if not name:
        raise InputError(missing)
    return name


def _named(store: Store, name: str) -> list[dict]:
    """The delegations named `name`, case aside in every script ("ÉTAT" is "état")."""
    wanted = name_key(name)
    rows = store.query("SELECT id, uid, name, country FROM delegations ORDER BY id")
    return [r for r in rows if name_key(r["name"]) == wanted]


def _delegates_named(store: Store, delegation_id: int, name: str) -> list[dict]:
    """The delegates of a delegation named `name` (`name_key`)."""
    return store.query(
        "SELECT id, uid, delegation_id, name, function FROM delegates"
        " WHERE delegation_id = ? AND name_key = ? ORDER BY id",
        (delegation_id, name_key(name)),
    )


def _refuse_taken(
    store: Store, delegation: Delegation, name: str, renamed: int | None = None
) -> None:
    """Refuse `name` for a delegate (other than `renamed`) when another bears it (`name_key`),
    the other named as written ("يوسف الإدريسي" for "يوسف الادريسى")."""
    taken = [r for r in _delegates_named(store, delegation.id, name) if r["id"] != renamed]
    if taken:
        message = translate("Delegations", "{delegation} already has a delegate named '{name}'.")
        raise InputError(
            message.format(delegation=delegation.name, name=taken[0]["name"]),
            kind="duplicate_delegate",
            facts={"name": name, "taken": taken[0]["name"]},
        )


def _write_keys(store: Store, delegate_id: int, name: str) -> None:
    """Keep the delegate's name as it sorts and as it is matched beside it (migration 14)."""
    store.conn.execute(
        "UPDATE delegates SET sort_key = ?, name_key = ? WHERE id = ?",
        (stored_key(name), name_key(name), delegate_id),
    )


def _country(text: str, strict: bool) -> str | None:
    """The ISO 3166 code for `text`, a code or a country's name in any of the three languages
    ("فلسطين" -> PS). Strict (one typed here): a two-letter code must name a country ("ZZ" and
    "XX" were taken). Not strict (a delegation from a colleague's file): its code as written."""
    from briefer.core.countries import country_code, known_code

    code = country_code(text)
    if not strict:  # a colleague's file: refusing its country would refuse all its marks
        return code or " ".join(text.split())[:60] or None
    if (
        code is None
        or not (len(code) in (2, 3) and code.isalpha() and code.isascii())
        or (len(code) == 2 and not known_code(code))
    ):
        message = translate(
            "Delegations",
            "'{country}' is neither a country's name nor an ISO 3166 code such as FR or SEN.",
        )
        raise InputError(message.format(country=text.strip()))
    return code


def create_delegation(
    store: Store, name: str, country: str | None = None, uid: str | None = None
) -> Delegation:
    """Create a delegation; the first one created becomes current."""
    name = _clean_name(name, translate("Delegations", "A delegation needs a name."))
    if uid is None and _named(store, name):
        message = translate("Delegations", "A delegation named '{name}' already exists.")
        raise InputError(message.format(name=name), kind="duplicate_delegation")
    if country is not None:
        country = _country(country, strict=uid is None)
    with store.transaction():
        cursor = store.conn.execute(
            "INSERT INTO delegations (uid, name, country, created) VALUES (?, ?, ?, ?)",
            (uid or new_id(), name, country, now_iso()),
        )
        delegation_id = int(cursor.lastrowid or 0)
        if store.setting("current_delegation") is None:
            store.set_setting("current_delegation", str(delegation_id))
    return get_delegation(store, delegation_id)


def get_delegation(store: Store, delegation_id: int) -> Delegation:
    row = store.query_one(
        "SELECT id, uid, name, country FROM delegations WHERE id = ?", (delegation_id,)
    )
    if row is None:
        message = translate("Delegations", "No delegation with id {id}.")
        raise NotFoundError(
            message.format(id=delegation_id), kind="unknown_delegation", facts={"id": delegation_id}
        )
    return Delegation(**row)


def list_delegations(store: Store) -> list[Delegation]:
    return [
        Delegation(**row)
        for row in store.query("SELECT id, uid, name, country FROM delegations ORDER BY id")
    ]


def find_delegation(store: Store, ref: str) -> Delegation:
    """A delegation by id or by name (case-insensitive); a name two delegations bear (one may
    come from a colleague's file) is refused, with their ids, rather than one of them taken."""
    row = store.query_one(
        "SELECT id, uid, name, country FROM delegations WHERE CAST(id AS TEXT) = ?", (ref,)
    )
    if row is not None:
        return Delegation(**row)
    rows = _named(store, ref)
    if not rows:
        message = translate("Delegations", "No delegation named '{name}'.")
        raise NotFoundError(
            message.format(name=ref), kind="unknown_delegation", facts={"name": ref}
        )
    if len(rows) > 1:
        ids = [r["id"] for r in rows]
        message = translate(
            "Delegations", "Several delegations are named '{name}': give one of their ids ({ids})."
        )
        raise InputError(
            message.format(name=ref, ids=", ".join(map(str, ids))),
            kind="ambiguous_delegation",
            facts={"name": ref, "ids": ids},
        )
    return Delegation(**rows[0])


def current_delegation(store: Store) -> Delegation:
    """The current delegation.

    Raises:
        NotFoundError: no delegation exists yet.
    """
    value = store.setting("current_delegation")
    if value is None:
        raise NotFoundError(
            translate("Delegations", "No delegation yet: create one first."), kind="no_delegation"
        )
    return get_delegation(store, int(value))


def use_delegation(store: Store, ref: str) -> Delegation:
    delegation = find_delegation(store, ref)
    store.set_setting("current_delegation", str(delegation.id))
    return delegation


def add_delegate(
    store: Store,
    delegation: Delegation,
    name: str,
    function: str | None = None,
    uid: str | None = None,
) -> Delegate:
    name = _clean_name(name, translate("Delegations", "A delegate needs a name."))
    _refuse_taken(store, delegation, name)
    with store.transaction():
        cursor = store.conn.execute(
            "INSERT INTO delegates (uid, delegation_id, name, function, created) "
            "VALUES (?, ?, ?, ?, ?)",
            (uid or new_id(), delegation.id, name, function, now_iso()),
        )
        _write_keys(store, int(cursor.lastrowid or 0), name)
    return get_delegate(store, int(cursor.lastrowid or 0))


def get_delegate(store: Store, delegate_id: int) -> Delegate:
    row = store.query_one(
        "SELECT id, uid, delegation_id, name, function FROM delegates WHERE id = ?", (delegate_id,)
    )
    if row is None:
        message = translate("Delegations", "No delegate with id {id}.")
        raise NotFoundError(
            message.format(id=delegate_id), kind="no_delegate", facts={"id": delegate_id}
        )
    return Delegate(**row)


def list_delegates(store: Store, delegation: Delegation) -> list[Delegate]:
    rows = store.query(
        "SELECT id, uid, delegation_id, name, function FROM delegates "
        "WHERE delegation_id = ? ORDER BY sort_key",
        (delegation.id,),
    )
    return [Delegate(**row) for row in rows]


def find_delegate(store: Store, delegation: Delegation, name: str) -> Delegate:
    """A delegate of `delegation` by name (`name_key`; of near-duplicates, the one written as
    `name` is), from one query of the delegation's delegates."""
    rows = store.query(
        "SELECT id, uid, delegation_id, name, function, name_key, sort_key FROM delegates"
        " WHERE delegation_id = ? ORDER BY id",
        (delegation.id,),
    )
    key = name_key(name)
    found = [r for r in rows if r["name_key"] == key]
    if len(found) > 1:  # near-duplicates made before names were folded: the one as typed
        written = written_as(found, name, itemgetter("name"))
        if len(written) != 1:
            names = [r["name"] for r in found]
            message = translate(
                "Delegations", "Several delegates of {delegation} match '{name}': {names}."
            )
            raise InputError(
                message.format(delegation=delegation.name, name=name, names=listed(names)),
                kind="ambiguous_delegate",
                facts={"name": name, "names": names},
            )
        found = written
    if not found:
        names = [r["name"] for r in sorted(rows, key=itemgetter("sort_key"))]
        known = listed(names) or translate("Delegations", "none yet")
        message = translate(
            "Delegations", "{delegation} has no delegate named '{name}' (delegates: {known})."
        )
        raise NotFoundError(
            message.format(delegation=delegation.name, name=name, known=known),
            kind="no_delegate",
            facts={"name": name, "delegation": delegation.name},
        )
    row = found[0]
    return Delegate(row["id"], row["uid"], row["delegation_id"], row["name"], row["function"])


@dataclass(frozen=True)
class RemovedDelegate:
    delegate: Delegate
    unassigned: tuple[str, ...]  # the items whose marks no longer name this delegate


def assigned_items(store: Store, delegate: Delegate) -> list[str]:
    """The items whose marks are assigned to `delegate`."""
    rows = store.query(
        "SELECT item_id FROM mark_delegates WHERE delegate_id = ? ORDER BY item_id",
        (delegate.id,),
    )
    return [row["item_id"] for row in rows]


def remove_delegate(store: Store, delegate: Delegate) -> Outcome[RemovedDelegate]:
    """Remove a delegate; the marks assigned to them stay, assigned to the others (if any).

    Pack history that names the delegate keeps its rows, with no delegate.
    """
    get_delegate(store, delegate.id)
    items = assigned_items(store, delegate)
    with store.transaction():
        store.conn.execute("DELETE FROM mark_delegates WHERE delegate_id = ?", (delegate.id,))
        store.conn.execute("DELETE FROM delegates WHERE id = ?", (delegate.id,))
    return Outcome(
        RemovedDelegate(delegate, tuple(items)), OpChanges(delegations=True, marks=bool(items))
    )


def rename_delegate(
    store: Store, delegate: Delegate, name: str, function: str | None = None
) -> Outcome[Delegate]:
    """Give a delegate a new name (and a new function, when given); their marks follow them."""
    name = _clean_name(name, translate("Delegations", "A delegate needs a name."))
    _refuse_taken(store, get_delegation(store, delegate.delegation_id), name, delegate.id)
    with store.transaction():
        store.conn.execute(
            "UPDATE delegates SET name = ?, function = COALESCE(?, function) WHERE id = ?",
            (name, function, delegate.id),
        )
        _write_keys(store, delegate.id, name)
    return Outcome(get_delegate(store, delegate.id), OpChanges(delegations=True, marks=True))
