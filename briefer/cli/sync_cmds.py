"""Commands that bring fresh data: sources, sync, import, changes, publish, keygen."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.cli.common import display_lang, json_flag, store_for, whole_number
from briefer.cli.output import (
    WHOLE_COLUMNS,
    apart,
    clip,
    pad,
    print_json,
    print_table,
    said,
)
from briefer.cli.remedies import remedy_of
from briefer.core.delegations import current_delegation
from briefer.core.errors import InputError, NotFoundError, os_reason
from briefer.core.i18n import translate
from briefer.core.progress import Progress, Reporter
from briefer.core.store import open_store
from briefer.core.sync.kinds import KINDS
from briefer.core.timefmt import stamp_text
from briefer.core.words import (
    change_field_word,
    change_summary,
    change_value_word,
    stage_word,
)

if TYPE_CHECKING:
    from briefer.core.operations import DelegationImpact
    from briefer.core.sync.apply import ApplyResult


def seconds(text: str) -> float:
    """An argparse type: a positive number of seconds."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        message = translate("Cli", "“{text}” is not a positive number of seconds.")
        raise argparse.ArgumentTypeError(message.format(text=text))
    return value


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "sources", help=translate("CliHelp", "the addresses Briefer syncs from")
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    c = sub.add_parser("add", help=translate("CliHelp", "add a source"))
    c.add_argument("name", metavar="NAME")
    c.add_argument("url", metavar="URL")
    c.add_argument(
        "--kind",
        required=True,
        choices=KINDS,
        help=translate("CliHelp", "the format the source serves"),
    )
    trust = c.add_mutually_exclusive_group()
    trust.add_argument(
        "--key",
        type=Path,
        metavar="PUBLIC_KEY_FILE",
        help=translate("CliHelp", "the publisher's Ed25519 public key (for --kind briefer)"),
    )
    trust.add_argument(
        "--trust-unsigned",
        action="store_true",
        help=translate("CliHelp", "accept unsigned data from this address (shown as such)"),
    )
    c.add_argument(
        "--no-check",
        action="store_true",
        help=translate(
            "CliHelp",
            "do not test the address (to add a source while offline); otherwise the address "
            "is tested and the command warns when it does not serve such a source",
        ),
    )
    c.set_defaults(handler=cmd_sources_add)
    c = sub.add_parser("list", help=translate("CliHelp", "list sources"))
    json_flag(c)
    c.set_defaults(handler=cmd_sources_list)
    c = sub.add_parser(
        "remove", help=translate("CliHelp", "remove a source (the data it brought stays)")
    )
    c.add_argument("name", metavar="NAME")
    c.set_defaults(handler=cmd_sources_remove)

    p = commands.add_parser(
        "sync", help=translate("CliHelp", "fetch fresh data from a source (or all)")
    )
    p.add_argument("name", metavar="NAME", nargs="?")
    p.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "CliHelp",
            "accept a rollback, an empty programme, or unsigned data for a programme another "
            "source owns; fetch the whole file even if unchanged",
        ),
    )
    p.add_argument(
        "--timeout",
        type=seconds,
        default=20.0,
        help=translate("CliHelp", "network timeout per read, in seconds"),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_sync)

    p = commands.add_parser(
        "import",
        help=translate(
            "CliHelp", "import a programme file (frab XML/JSON, iCalendar, CSV or a Briefer feed)"
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--kind", choices=KINDS, help=translate("CliHelp", "the file's format (default: detected)")
    )
    p.add_argument(
        "--namespace", help=translate("CliHelp", "id namespace (default: from the file)")
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "CliHelp",
            "accept a rollback, an empty file, or a file for a programme another source owns",
        ),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("changes", help=translate("CliHelp", "what syncs and imports changed"))
    since = p.add_mutually_exclusive_group()
    since.add_argument(
        "--since", metavar="DATE", help=translate("CliHelp", "only changes from this date or time")
    )
    since.add_argument(
        "--since-pack",
        type=whole_number,
        metavar="ID",
        help=translate("CliHelp", "only changes after the pack with this id was printed"),
    )
    since.add_argument(
        "--packs",
        action="store_true",
        help=translate("CliHelp", "list the packs printed, with the ids --since-pack takes"),
    )
    p.add_argument(
        "--marked",
        action="store_true",
        help=translate(
            "CliHelp", "only changes to items your delegation marked and to its own meetings"
        ),
    )
    p.add_argument(
        "--limit",
        type=whole_number,
        metavar="N",
        help=translate("CliHelp", "at most N changes, the marked ones first (default: all)"),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_changes)

    p = commands.add_parser(
        "publish",
        help=translate("CliHelp", "write a signed Briefer feed to serve from any static web host"),
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help=translate("CliHelp", "the folder to write the feed to"),
    )
    p.add_argument(
        "--key",
        type=Path,
        required=True,
        metavar="PRIVATE_KEY_FILE",
        help=translate("CliHelp", "the private key that signs it (from briefer keygen)"),
    )
    p.add_argument(
        "--from",
        dest="origin",
        default="bundled",
        metavar="bundled|current|FILE",
        help=translate(
            "CliHelp", "the bundled catalogue (default), the working one, or a schedule file"
        ),
    )
    p.add_argument(
        "--namespace", help=translate("CliHelp", "publish this namespace (default: the largest)")
    )
    json_flag(p)
    p.set_defaults(handler=cmd_publish)

    p = commands.add_parser(
        "keygen", help=translate("CliHelp", "make an Ed25519 key pair for publishing feeds")
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PREFIX",
        help=translate("CliHelp", "writes PREFIX.key (private, owner-only) and PREFIX.pub"),
    )
    p.set_defaults(handler=cmd_keygen)


class _Bar:
    """A progress bar on stderr, when stderr is a terminal."""

    def __init__(self) -> None:
        self.active = sys.stderr.isatty()

    def __call__(self, progress: Progress) -> None:
        if not self.active:
            return
        if progress.total:
            share = min(1.0, progress.done / progress.total)
            bar = "#" * int(share * 30)
            print(
                f"\r{pad(stage_word(progress.stage), 12)} [{bar:<30}] {share:4.0%}",
                end="",
                file=sys.stderr,
                flush=True,
            )
        else:
            line = f"\r{pad(stage_word(progress.stage), 12)} {progress.done}"
            print(line, end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.active:
            print(file=sys.stderr)


def _report(
    result: ApplyResult | None,
    label: str,
    as_json: bool,
    lang: str,
    impact: DelegationImpact | None = None,
) -> None:
    """One source's or file's result; in JSON with what the whole sync or import did to the
    current delegation (`impact`)."""
    if as_json:
        print_json(
            {
                "source": label,
                "status": "not_modified" if result is None else result.status,
                **(
                    {}
                    if result is None
                    else {
                        "namespace": result.namespace,
                        "version_before": result.version_before,
                        "version_after": result.version_after,
                        "items": result.items,
                        "changes": result.changes,
                        "warnings": result.warnings,
                    }
                ),
                **(
                    {}
                    if impact is None
                    else {
                        "marked_changed": impact.marked_changed,
                        "new_conflicts": impact.new_conflicts,
                    }
                ),
            }
        )
        return
    if result is None:
        print(translate("Cli", "{source}: not modified since the last sync.").format(source=label))
        return
    if result.status == "unchanged":
        print(translate("Cli", "{source}: already up to date.").format(source=label))
        return
    summary = change_summary(result.changes) or translate("Cli", "no change")
    text = translate(
        "Cli",
        "{source}: %n item(s) in “{namespace}”, catalogue version {before} → {after} ({summary}).",
        None,
        result.items,
    )
    print(
        text.format(
            source=label,
            namespace=result.namespace,
            before=result.version_before,
            after=result.version_after,
            summary=summary,
        )
    )
    for warning in result.warnings:
        print("  " + translate("Cli", "note: {warning}").format(warning=warning))


def cmd_sources_add(args: argparse.Namespace) -> int:
    from briefer.core.localize import after_colon
    from briefer.core.sync.sources import add_source, address_problem

    key = None
    if args.key:
        try:
            key = args.key.read_text(encoding="ascii")
        except OSError as exc:
            message = translate("Cli", "Cannot read the public key {path}: {error}")
            raise InputError(message.format(path=args.key, error=os_reason(exc))) from exc
        except UnicodeDecodeError as exc:
            message = translate("Cli", "{path} is not a public key: it is not ASCII text.")
            raise InputError(message.format(path=args.key)) from exc
    with store_for(args) as store:
        source = add_source(store, args.name, args.url, args.kind, key, args.trust_unsigned)
    problem = None
    if not args.no_check:  # the source is kept: adding it offline, ahead of the forum, is fine
        problem = address_problem(
            source.url, source.kind, key, source.trust_unsigned, display_lang(args)
        )
    trust = (
        translate("Cli", "signed, key checked")
        if key
        else translate("Cli", "unsigned, trusted by you")
        if source.trust_unsigned
        else translate("Cli", "no signature needed")
    )
    text = translate("Cli", "Added source {name}: {url} ({kind}, {trust}).")
    print(text.format(name=source.name, url=source.url, kind=source.kind, trust=trust))
    if problem:
        warning = translate(
            "Cli",
            "But testing the address failed: {reason} Sync will fail until it answers: check "
            "the address and --kind, or remove the source with briefer sources remove {name}.",
        )
        reason = after_colon(problem, display_lang(args))
        print(said(warning.format(reason=reason, name=source.name)), file=sys.stderr)
    return 0


def cmd_sources_list(args: argparse.Namespace) -> int:
    from briefer.core.sync.sources import (
        list_sources,
        neutral_status,
        status_text,
        stored_failure,
    )

    with store_for(args) as store:
        sources = list_sources(store)
    rows = [
        {
            "name": s.name,
            "url": s.url,
            "kind": s.kind,
            "signed": bool(s.public_key),
            "trust_unsigned": s.trust_unsigned,
            "last_checked": s.last_checked,
            "last_status": s.last_status,
        }
        for s in sources
    ]
    if args.json:  # in English words whatever the language the sync failed in
        print_json(
            [
                {
                    **r,
                    "last_status": neutral_status(r["last_status"]),
                    "failure_kind": (stored_failure(r["last_status"]) or {}).get("kind"),
                }
                for r in rows
            ]
        )
    elif not rows:
        print(translate("Cli", "No sources yet. Add one: {command}").format(command=_ADD_SOURCE))
    else:
        print_table(
            [
                [
                    r["name"],
                    r["kind"],
                    _trust(r["signed"], r["trust_unsigned"]),
                    r["url"],
                    status_text(r["last_status"]),
                ]
                for r in rows
            ],
            ["name", "kind", "trust", "url", "last sync"],
        )
    return 0


_ADD_SOURCE = "briefer sources add NAME URL --kind KIND"


def _trust(signed: bool, trust_unsigned: bool) -> str:
    if signed:
        return translate("Cli", "key")
    return translate("Cli", "UNSIGNED") if trust_unsigned else ""


def cmd_sources_remove(args: argparse.Namespace) -> int:
    from briefer.core.sync.sources import remove_source

    with store_for(args) as store:
        remove_source(store, args.name)
    text = translate("Cli", "Removed source {name}; the data it brought stays until replaced.")
    print(text.format(name=args.name))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from briefer.core.operations import NoSourceError, sync_all

    bar = _Bar()
    with store_for(args) as store:
        try:
            outcome = sync_all(
                store,
                names=[args.name] if args.name else None,
                force=args.force,
                timeout=args.timeout,
                progress=Reporter(bar),
            )
        except NoSourceError as exc:
            remedy = translate("Cli", "Add one: {command}").format(command=_ADD_SOURCE)
            raise NotFoundError(f"{exc} {remedy}", kind=exc.kind) from exc
        finally:
            bar.done()
    report = outcome.value
    if len(report.sources) == 1 and report.failures:
        raise report.failures[0].error  # type: ignore[misc]
    for part in report.sources:
        if part.error is None:
            _report(part.result, part.name, args.json, display_lang(args), report)
        else:
            text = translate("Cli", "{source}: {message}").format(
                source=part.name, message=part.failure(report.partly)
            )
            print(said(text), file=sys.stderr)
            remedy = remedy_of(part.error)
            if remedy:
                print(f"  {remedy}", file=sys.stderr)
    if not args.json:
        _print_impact(report)
    return 1 if report.failures else 0


def _no_changes(args: argparse.Namespace) -> str:
    """That nothing changed, since when the user asked (found by review: « Aucun changement
    enregistré » after --since read as if nothing had ever changed)."""
    if getattr(args, "marked", False):
        return translate("Cli", "No recorded change to what your delegation marked.")
    if args.since:
        return translate("Cli", "No change since {since}.").format(since=args.since)
    if args.since_pack is not None:
        text = translate("Cli", "No change since pack {id} was printed.")
        return text.format(id=args.since_pack)
    return translate("Cli", "No recorded changes.")


def _print_impact(report: DelegationImpact) -> None:
    """What the sync or import did to the delegation: its marked items changed, its new
    conflicts."""
    if report.marked_changed:
        text = translate(
            "Cli", "Your delegation: %n marked item(s) changed; see: briefer changes", None,
            len(report.marked_changed),
        )  # fmt: skip
        print(text)
    by_delegate: dict[str, int] = {}
    for conflict in report.new_conflicts:
        by_delegate[conflict.delegate] = by_delegate.get(conflict.delegate, 0) + 1
    for name, count in by_delegate.items():
        text = translate(
            "Cli", "%n new conflict(s) for {delegate}; see: briefer conflicts", None, count
        )
        print(text.format(delegate=name))


def cmd_import(args: argparse.Namespace) -> int:
    from briefer.core.operations import import_file
    from briefer.core.sync.validate import naming_file

    bar = _Bar()
    with store_for(args) as store:
        try:
            report = import_file(
                store,
                path=args.file,
                kind=args.kind,
                namespace=args.namespace,
                force=args.force,
                progress=Reporter(bar),
            ).value
        except InputError as exc:
            raise naming_file(exc, str(args.file)) from None
        finally:
            bar.done()
    _report(report.result, str(args.file), args.json, display_lang(args), report)
    if not args.json:
        _print_impact(report)
    return 0


CHANGES_COLUMN = 40  # characters of a changed value in the table


def _print_packs(args: argparse.Namespace) -> int:
    """The packs printed, newest first, with their ids (`changes --since-pack ID`)."""
    from briefer.core.queries.changes import printed_packs

    with store_for(args) as store:
        packs = printed_packs(store)
    if args.json:
        print_json(packs)
        return 0
    if not packs:
        print(translate("Cli", "No pack printed yet."))
        return 0
    rows = [
        [
            p.id,
            stamp_text(p.created),
            _pack_for(p),
            p.lang or "",
            p.format,
            "—" if p.pages is None else p.pages,
            p.path or "",
        ]
        for p in packs
    ]
    headers = ["id", "printed", "for", "language", "file format", "pages", "file"]
    print_table(rows, headers, whole={*WHOLE_COLUMNS, "printed", "file"})
    return 0


def _pack_for(pack) -> str:
    """Whom a printed pack was for: its delegate (named as when it was printed, once removed),
    or the whole delegation."""
    if pack.delegate_removed:
        label = translate("Cli", "{name} (removed)") if pack.delegate else None
        return label.format(name=pack.delegate) if label else translate("Cli", "a removed delegate")
    return pack.delegate or pack.delegation


def _change_values(row: dict) -> list[str]:
    """A change's before and after values for the table: a time whole, with its day (cut, it
    lost its minutes or its day's name); other values from near where they differ, clipped."""
    before = change_value_word(row["field"], row["old"], row["kind"]) or "—"
    now = change_value_word(row["field"], row["new"], row["kind"]) or "—"
    if row["field"] == "time":
        return [before, now]
    return [clip(value, CHANGES_COLUMN) for value in apart(before, now, CHANGES_COLUMN)]


def cmd_changes(args: argparse.Namespace) -> int:
    from briefer.core.sync.history import list_changes

    if args.packs:
        return _print_packs(args)
    with store_for(args) as store:
        try:
            delegation = current_delegation(store)
        except NotFoundError:
            delegation = None
        rows = list_changes(
            store,
            delegation,
            args.since,
            args.since_pack,
            display_lang(args),
            marked_only=args.marked,
            limit=None if args.limit is None else args.limit + 1,  # one more: were there more?
        )
    more = args.limit is not None and len(rows) > args.limit
    if more:
        rows = rows[: args.limit]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(_no_changes(args))
        return 0
    table = []
    for r in rows:
        marked = "*" if r["marked"] else ""
        at = stamp_text(r["at"])
        field = change_field_word(r["field"], r["kind"], r.get("shown_in"))
        title = clip(r["title"] or "", CHANGES_COLUMN)
        table.append([marked, at, r["id"], field, *_change_values(r), title])
    print_table(
        table,
        ["", "when", "id", "field", "before", "now", "title"],
        max_width=CHANGES_COLUMN,
        whole={*WHOLE_COLUMNS, "when", "before", "now", "title"},
    )
    if any(r["marked"] for r in rows):
        print("* " + translate("Cli", "marked by your delegation"))
    if more:
        print(translate("Cli", "More changes are not shown: raise --limit to see them."))
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from briefer.core.sync.publish import publish_feed
    from briefer.core.sync.sources import import_file

    if args.origin == "current":
        with store_for(args) as store:
            result = publish_feed(store, args.out, args.key, args.namespace)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp))
            try:
                if args.origin != "bundled":
                    import_file(store, Path(args.origin))
                result = publish_feed(store, args.out, args.key, args.namespace)
            finally:
                store.close()
    if args.json:
        print_json(result)
    else:
        text = translate(
            "Cli",
            "Published %n item(s) of '{namespace}' as version {version}: {feed} and {signature}.",
            None,
            result["items"],
        )
        print(
            text.format(
                namespace=result["namespace"],
                version=result["catalogue_version"],
                feed=result["feed"],
                signature=result["signature"],
            )
        )
    return 0


def cmd_keygen(args: argparse.Namespace) -> int:
    from briefer.core.sync.signing import generate_keys

    private, public = generate_keys(args.out)
    text = translate(
        "Cli",
        "Wrote {private} (private: keep it safe, readable by you only) and {public} "
        "(give it to the delegations that sync from you).",
    )
    print(text.format(private=private, public=public))
    return 0
