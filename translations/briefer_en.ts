<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Briefer</source>
        <translation>About Briefer</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>{folder} (portable)</source>
        <translation>{folder} (portable)</translation>
    </message>
    <message>
        <source>{qt}, {pyside}</source>
        <translation>{qt}, {pyside}</translation>
    </message>
    <message>
        <source>Prepare, carry offline and print a delegation&apos;s briefing for a forum.</source>
        <translation>Prepare, carry offline and print a delegation&apos;s briefing for a forum.</translation>
    </message>
    <message>
        <source>Catalogue version {version}</source>
        <translation>Catalogue version {version}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>Briefer is free software under the MIT licence.</source>
        <translation>Briefer is free software under the MIT licence.</translation>
    </message>
    <message>
        <source>Qt and PySide6: &lt;a href=&quot;{url}&quot;&gt;GNU LGPL version 3&lt;/a&gt;.</source>
        <translation>Qt and PySide6: &lt;a href=&quot;{url}&quot;&gt;GNU LGPL version 3&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Fonts Amiri and IBM Plex Sans Arabic: &lt;a href=&quot;{url}&quot;&gt;SIL OFL 1.1&lt;/a&gt;.</source>
        <translation>Fonts Amiri and IBM Plex Sans Arabic: &lt;a href=&quot;{url}&quot;&gt;SIL OFL 1.1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Other components and their licences: THIRD-PARTY.md.</source>
        <translation>Other components and their licences: THIRD-PARTY.md.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Priority: {priority}</source>
        <translation>Priority: {priority}</translation>
    </message>
    <message>
        <source>The end time is not announced; the event ends when the next session in the room starts, or after an hour.</source>
        <translation>The end time is not announced; the event ends when the next session in the room starts, or after an hour.</translation>
    </message>
    <message>
        <source>Source: {url}</source>
        <translation>Source: {url}</translation>
    </message>
    <message>
        <source>Our own item ({kind})</source>
        <translation>Our own item ({kind})</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>With: {names}</translation>
    </message>
    <message>
        <source>Attending: {names}</source>
        <translation>Attending: {names}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message numerus="yes">
        <source>A reminder is 0 to %n minute(s) before; not {given}.</source>
        <translation>
            <numerusform>A reminder is 0 to %Ln minute before; not {given}.</numerusform>
            <numerusform>A reminder is 0 to %Ln minutes before; not {given}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No marked session or own meeting with a known day to export.</source>
        <translation>No marked session or own meeting with a known day to export.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Whole delegation</translation>
    </message>
    <message>
        <source>&amp;Remind before each item</source>
        <translation>&amp;Remind before each item</translation>
    </message>
    <message numerus="yes">
        <source>%n min before</source>
        <translation>
            <numerusform>%Ln min before</numerusform>
            <numerusform>%Ln min before</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes before each item</source>
        <translation>Minutes before each item</translation>
    </message>
    <message>
        <source>&amp;Calendar of</source>
        <translation>&amp;Calendar of</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>No item “{item}” in the catalogue. Ids look like ppf:ses-2021-101; find them with: briefer search WORDS</source>
        <translation>No item “{item}” in the catalogue. Ids look like ppf:ses-2021-101; find them with: briefer search WORDS</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message numerus="yes">
        <source>{known} of %n selected project(s)</source>
        <translation>
            <numerusform>{known} of %Ln selected project</numerusform>
            <numerusform>{known} of %Ln selected projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{known} of %n session(s)</source>
        <translation>
            <numerusform>{known} of %Ln session</numerusform>
            <numerusform>{known} of %Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>{year}: {parts} are known offline; sync or import to complete it.</source>
        <translation>{year}: known offline, {parts}; sync or import to complete it.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>Certainty</name>
    <message>
        <source>stated by the source</source>
        <translation>stated by the source</translation>
    </message>
    <message>
        <source>partly stated</source>
        <translation>partly stated</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>inferred</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustrative</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>speakers</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>counterparts</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a session</comment>
        <translation>new</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a project</comment>
        <translation>new</translation>
    </message>
    <message>
        <source>new</source>
        <comment>our meeting</comment>
        <translation>new</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a session</comment>
        <translation>removed</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a project</comment>
        <translation>removed</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>our meeting</comment>
        <translation>removed</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%Ln new session</numerusform>
            <numerusform>%Ln new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new project(s)</source>
        <translation>
            <numerusform>%Ln new project</numerusform>
            <numerusform>%Ln new projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>%Ln session removed</numerusform>
            <numerusform>%Ln sessions removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) removed</source>
        <translation>
            <numerusform>%Ln project removed</numerusform>
            <numerusform>%Ln projects removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marked</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>No change since the pack printed on {date}.</source>
        <translation>No change since the pack printed on {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the pack printed on {date}.</source>
        <translation>
            <numerusform>%Ln change since the pack printed on {date}.</numerusform>
            <numerusform>%Ln changes since the pack printed on {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack printed yet.</source>
        <translation>No pack printed yet.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>No recorded changes.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>Catalogue version {version} — {source}</source>
        <translation>Catalogue version {version} — {source}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE DATA: this catalogue is not real forum data.</source>
        <translation>ILLUSTRATIVE DATA: this catalogue is not real forum data.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>The offline catalogue is partial:</source>
        <translation>The offline catalogue is partial:</translation>
    </message>
    <message>
        <source>--marked and --delegate need a delegation: {command}</source>
        <translation>--marked and --delegate need a delegation: {command}</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit must be at least 1.</translation>
    </message>
    <message>
        <source>Nothing to search for: type a word.</source>
        <translation>Nothing to search for: type a word.</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>No results for “{query}”.</translation>
    </message>
    <message>
        <source>No region Briefer knows is named “{region}”.</source>
        <translation>No region Briefer knows is named “{region}”.</translation>
    </message>
    <message>
        <source> (moderator)</source>
        <translation> (moderator)</translation>
    </message>
    <message>
        <source>whole delegation</source>
        <translation>whole delegation</translation>
    </message>
    <message>
        <source>Marked: {priority} ({status}) for {assigned}</source>
        <translation>Marked: {priority} ({status}) for {assigned}</translation>
    </message>
    <message>
        <source>Their version, from an import: {version}</source>
        <translation>Their version, from an import: {version}</translation>
    </message>
    <message>
        <source>[conflicting version]</source>
        <translation>[conflicting version]</translation>
    </message>
    <message>
        <source>Note {id} ({modified})</source>
        <translation>Note {id} ({modified})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a moment with its time zone, such as 2021-11-11T14:45+01:00.</source>
        <translation>&apos;{text}&apos; is not a moment with its time zone, such as 2021-11-11T14:45+01:00.</translation>
    </message>
    <message>
        <source>Nothing more on {day} after {time} (the forum&apos;s time).</source>
        <translation>Nothing more on {day} after {time} (the forum&apos;s time).</translation>
    </message>
    <message>
        <source> [in progress]</source>
        <translation> [in progress]</translation>
    </message>
    <message>
        <source>--at goes with --now.</source>
        <translation>--at goes with --now.</translation>
    </message>
    <message>
        <source>No session on {day} matches.</source>
        <translation>No session on {day} matches.</translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation>No session matches.</translation>
    </message>
    <message>
        <source>Day to be announced</source>
        <translation>Day to be announced</translation>
    </message>
    <message>
        <source>Catalogue replaced by the bundled one (version {before} → {after}). Marks and notes are untouched.</source>
        <translation>Catalogue replaced by the bundled one (version {before} → {after}). Marks and notes are untouched.</translation>
    </message>
    <message>
        <source>Removed: {programmes} — import or sync them again to get them back.</source>
        <translation>Removed: {programmes} — import or sync them again to get them back.</translation>
    </message>
    <message>
        <source>Back to the bundled data: {programmes}.</source>
        <translation>Back to the bundled data: {programmes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n marked item(s) now refer to programmes no longer in the catalogue.</source>
        <translation>
            <numerusform>%Ln marked item now refers to a programme no longer in the catalogue.</numerusform>
            <numerusform>%Ln marked items now refer to programmes no longer in the catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (imported from {origin})</source>
        <translation>{name} (imported from {origin})</translation>
    </message>
    <message>
        <source>{name} (synced from {origin})</source>
        <translation>{name} (synced from {origin})</translation>
    </message>
    <message>
        <source>No forum facts at {path}; pass --facts PATH to facts.json.</source>
        <translation>No forum facts at {path}; pass --facts PATH to facts.json.</translation>
    </message>
    <message>
        <source>Wrote {path} (rows per table: {counts}).</source>
        <translation>Wrote {path} (rows per table: {counts}).</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>edition</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>known sessions</source>
        <translation>known sessions</translation>
    </message>
    <message>
        <source>carrying organisation</source>
        <translation>carrying organisation</translation>
    </message>
    <message>
        <source>of</source>
        <translation>of</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>all projects</translation>
    </message>
    <message>
        <source>published by</source>
        <translation>published by</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>snippet</source>
        <translation>snippet</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>in the catalogue</source>
        <translation>in the catalogue</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>your time</source>
        <translation>your time</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>file format</translation>
    </message>
    <message>
        <source>track</source>
        <translation>track</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regions</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>countries</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>links</source>
        <translation>links</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>themes</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>abstract</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>certainty</source>
        <translation>certainty</translation>
    </message>
    <message>
        <source>source notes</source>
        <translation>source notes</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>delegates</source>
        <translation>delegates</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>function</source>
        <translation>function</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>delegate</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation>overlaps</translation>
    </message>
    <message>
        <source>time (forum)</source>
        <translation>time (forum)</translation>
    </message>
    <message>
        <source>given in</source>
        <translation>given in</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>counterparts</translation>
    </message>
    <message>
        <source>other version</source>
        <translation>other version</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>languages</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>trust</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>last sync</source>
        <translation>last sync</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>briefer: {message}</source>
        <translation>briefer: {message}</translation>
    </message>
    <message>
        <source>Give the publisher&apos;s key with --key FILE, or --trust-unsigned to accept unsigned data from this address.</source>
        <translation>Give the publisher&apos;s key with --key FILE, or --trust-unsigned to accept unsigned data from this address.</translation>
    </message>
    <message>
        <source>Give one of those kinds with --kind.</source>
        <translation>Give one of those kinds with --kind.</translation>
    </message>
    <message>
        <source>Choose another --out prefix.</source>
        <translation>Choose another --out prefix.</translation>
    </message>
    <message>
        <source>Add them as a contact first: briefer person add NAME</source>
        <translation>Add them as a contact first: briefer person add NAME</translation>
    </message>
    <message>
        <source>Name the person by one of these ids.</source>
        <translation>Name the person by one of these ids.</translation>
    </message>
    <message>
        <source>Check the first line of the file named by BRIEFER_PASSPHRASE_FILE if you use it. Forgotten: set a new passphrase with the recovery key, briefer passphrase recover</source>
        <translation>Check the first line of the file named by BRIEFER_PASSPHRASE_FILE if you use it. Forgotten: set a new passphrase with the recovery key, briefer passphrase recover</translation>
    </message>
    <message>
        <source>Type the recovery key as it was shown when the passphrase was set (dashes optional).</source>
        <translation>Type the recovery key as it was shown when the passphrase was set (dashes optional).</translation>
    </message>
    <message>
        <source>To choose another passphrase: briefer passphrase change</source>
        <translation>To choose another passphrase: briefer passphrase change</translation>
    </message>
    <message>
        <source>To protect it: briefer passphrase set</source>
        <translation>To protect it: briefer passphrase set</translation>
    </message>
    <message>
        <source>Close Briefer&apos;s window on this data folder, then run the command again.</source>
        <translation>Close Briefer&apos;s window on this data folder, then run the command again.</translation>
    </message>
    <message>
        <source>Ask the sender for the file&apos;s passphrase; it is not your data&apos;s passphrase.</source>
        <translation>Ask the sender for the file&apos;s passphrase; it is not your data&apos;s passphrase.</translation>
    </message>
    <message>
        <source>To stop syncing this source: {command}</source>
        <translation>To stop syncing this source: {command}</translation>
    </message>
    <message>
        <source>Use --force to let it replace that programme anyway (after checking where it comes from).</source>
        <translation>Use --force to let it replace that programme anyway (after checking where it comes from).</translation>
    </message>
    <message>
        <source>Use --force to accept.</source>
        <translation>Use --force to accept.</translation>
    </message>
    <message>
        <source>Created delegation {name} (id {id}), now current.</source>
        <translation>Created delegation {name} (id {id}), now current.</translation>
    </message>
    <message>
        <source>Created delegation {name} (id {id}).</source>
        <translation>Created delegation {name} (id {id}).</translation>
    </message>
    <message>
        <source>Current delegation: {name}.</source>
        <translation>Current delegation: {name}.</translation>
    </message>
    <message>
        <source>Added {name} to the delegation.</source>
        <translation>Added {name} to the delegation.</translation>
    </message>
    <message>
        <source>Removed {name} from the delegation.</source>
        <translation>Removed {name} from the delegation.</translation>
    </message>
    <message numerus="yes">
        <source>Unassigned from %n mark(s) (the marks stay):</source>
        <translation>
            <numerusform>Unassigned from %Ln mark (the marks stay):</numerusform>
            <numerusform>Unassigned from %Ln marks (the marks stay):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed {old} to {new}; %n assigned mark(s) follow.</source>
        <translation>
            <numerusform>Renamed {old} to {new}; %Ln assigned mark follow.</numerusform>
            <numerusform>Renamed {old} to {new}; %Ln assigned marks follow.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked {id}: {priority}, {who}.</source>
        <translation>Marked {id}: {priority}, {who}.</translation>
    </message>
    <message>
        <source>Conflict for {delegate}: overlaps {other}.</source>
        <translation>Conflict for {delegate}: overlaps {other}.</translation>
    </message>
    <message>
        <source>Unmarked {id}. Its notes are kept.</source>
        <translation>Unmarked {id}. Its notes are kept.</translation>
    </message>
    <message>
        <source>{id} assigned to {who}.</source>
        <translation>{id} assigned to {who}.</translation>
    </message>
    <message>
        <source>the whole delegation</source>
        <translation>the whole delegation</translation>
    </message>
    <message>
        <source>{id} is now assigned to {who}.</source>
        <translation>{id} is now assigned to {who}.</translation>
    </message>
    <message>
        <source>(delegation)</source>
        <translation>(delegation)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Rebuilding the catalogue&apos;s search index for this version of Briefer (once)…</source>
        <translation>Rebuilding the catalogue&apos;s search index for this version of Briefer (once)…</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {error}</source>
        <translation>Cannot read the passphrase file {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase file {path} needs %n line(s): {lines}</source>
        <translation>
            <numerusform>The passphrase file {path} needs %Ln line: {lines}</numerusform>
            <numerusform>The passphrase file {path} needs %Ln lines: {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>File passphrase: </source>
        <translation>File passphrase: </translation>
    </message>
    <message>
        <source>File passphrase again: </source>
        <translation>File passphrase again: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>The two passphrases differ; nothing was written.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>“{text}” is not a whole number.</translation>
    </message>
    <message>
        <source>“{text}” is too large a number (at most {largest}).</source>
        <translation>“{text}” is too large a number (at most {largest}).</translation>
    </message>
    <message>
        <source>{path} is larger than the 5 MB a note may hold.</source>
        <translation>{path} is larger than the 5 MB a note may hold.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <source>Note {id} saved on {item}.</source>
        <translation>Note {id} saved on {item}.</translation>
    </message>
    <message>
        <source>Note {id} saved for the delegation.</source>
        <translation>Note {id} saved for the delegation.</translation>
    </message>
    <message>
        <source>Deleted note {id} on {where}.</source>
        <translation>Deleted note {id} on {where}.</translation>
    </message>
    <message>
        <source>Deleted note {id} of the delegation.</source>
        <translation>Deleted note {id} of the delegation.</translation>
    </message>
    <message>
        <source>— {id} on {where} ({modified})</source>
        <translation>— {id} on {where} ({modified})</translation>
    </message>
    <message>
        <source>— {id}, note of the delegation ({modified})</source>
        <translation>— {id}, note of the delegation ({modified})</translation>
    </message>
    <message>
        <source>Give the file to write once: PATH or --out FILE.</source>
        <translation>Give the file to write once: PATH or --out FILE.</translation>
    </message>
    <message>
        <source>Exported {marks}, {notes}, {meetings}, {contacts} and {delegates} to {path}.</source>
        <translation>Exported {marks}, {notes}, {meetings}, {contacts} and {delegates} to {path}.</translation>
    </message>
    <message>
        <source>Your data is encrypted, but this file holds your marks and notes unprotected: anyone who has it can read them. Export again with --encrypt to protect it with a passphrase (--plain says you mean it unprotected, without this warning).</source>
        <translation>Your data is encrypted, but this file holds your marks and notes unprotected: anyone who has it can read them. Export again with --encrypt to protect it with a passphrase (--plain says you mean it unprotected, without this warning).</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%Ln mark</numerusform>
            <numerusform>%Ln marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%Ln delegate</numerusform>
            <numerusform>%Ln delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new mark(s)</source>
        <translation>
            <numerusform>%Ln new mark</numerusform>
            <numerusform>%Ln new marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%Ln new note</numerusform>
            <numerusform>%Ln new notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new delegate(s)</source>
        <translation>
            <numerusform>%Ln new delegate</numerusform>
            <numerusform>%Ln new delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new meeting(s)</source>
        <translation>
            <numerusform>%Ln new meeting</numerusform>
            <numerusform>%Ln new meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) merged</source>
        <translation>
            <numerusform>%Ln mark merged</numerusform>
            <numerusform>%Ln marks merged</numerusform>
        </translation>
    </message>
    <message>
        <source>{id} was not marked: marked {priority} and assigned to {who}.</source>
        <translation>{id} was not marked: marked {priority} and assigned to {who}.</translation>
    </message>
    <message>
        <source>The editor “{editor}” failed; no note was added.</source>
        <translation>The editor “{editor}” failed; no note was added.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already present</source>
        <translation>
            <numerusform>%Ln note already present</numerusform>
            <numerusform>%Ln notes already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) updated</source>
        <translation>
            <numerusform>%Ln meeting updated</numerusform>
            <numerusform>%Ln meetings updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%Ln new contact</numerusform>
            <numerusform>%Ln new contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported into {delegation}: {counts}.</source>
        <translation>Imported into {delegation}: {counts}.</translation>
    </message>
    <message>
        <source>Meeting {id} differs on both sides: the later edit kept, the other version recorded (briefer meeting show {id}).</source>
        <translation>Meeting {id} differs on both sides: the later edit kept, the other version recorded (briefer meeting show {id}).</translation>
    </message>
    <message>
        <source>The mark on {id} differs from yours: yours kept, theirs recorded.</source>
        <translation>The mark on {id} differs from yours: yours kept, theirs recorded.</translation>
    </message>
    <message>
        <source>Note {id} was edited on both sides: both versions kept and flagged.</source>
        <translation>Note {id} was edited on both sides: both versions kept and flagged.</translation>
    </message>
    <message>
        <source>See them with: {command}</source>
        <translation>See them with: {command}</translation>
    </message>
    <message>
        <source>No conflicts left by an import.</source>
        <translation>No conflicts left by an import.</translation>
    </message>
    <message>
        <source>Meeting {id} ({title}), modified {modified}</source>
        <translation>Meeting {id} ({title}), modified {modified}</translation>
    </message>
    <message>
        <source>  other version: {title}, modified {modified}</source>
        <translation>  other version: {title}, modified {modified}</translation>
    </message>
    <message>
        <source>Mark on {id} ({title})</source>
        <translation>Mark on {id} ({title})</translation>
    </message>
    <message>
        <source>  yours: {mark}</source>
        <translation>  yours: {mark}</translation>
    </message>
    <message>
        <source>  theirs: {mark}</source>
        <translation>  theirs: {mark}</translation>
    </message>
    <message>
        <source>Note {id} on {item} ({title}), other version {other}</source>
        <translation>Note {id} on {item} ({title}), other version {other}</translation>
    </message>
    <message>
        <source>Note {id} for the delegation, other version {other}</source>
        <translation>Note {id} for the delegation, other version {other}</translation>
    </message>
    <message>
        <source>settle: {command}</source>
        <translation>settle: {command}</translation>
    </message>
    <message>
        <source>Settled the mark on {id}: {mark}.</source>
        <translation>Settled the mark on {id}: {mark}.</translation>
    </message>
    <message>
        <source>Settled note {id}: this version kept.</source>
        <translation>Settled note {id}: this version kept.</translation>
    </message>
    <message>
        <source>Settled note {id}: both versions kept.</source>
        <translation>Settled note {id}: both versions kept.</translation>
    </message>
    <message>
        <source>Settled note {id}: the versions merged.</source>
        <translation>Settled note {id}: the versions merged.</translation>
    </message>
    <message>
        <source>--password: give the password on standard input, a terminal, or the BRIEFER_PACK_PASSWORD environment variable; no pack was written.</source>
        <translation>--password: give the password on standard input, a terminal, or the BRIEFER_PACK_PASSWORD environment variable; no pack was written.</translation>
    </message>
    <message>
        <source>Pack password: </source>
        <translation>Pack password: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Again: </translation>
    </message>
    <message>
        <source>The passwords were empty or did not match; no pack was written.</source>
        <translation>The passwords were empty or did not match; no pack was written.</translation>
    </message>
    <message>
        <source>Rendering… page {page}</source>
        <translation>Rendering… page {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: pack {id}, {sessions}, {projects}.</source>
        <translation>Wrote {path}: pack {id}, {sessions}, {projects}.</translation>
    </message>
    <message>
        <source>Wrote {path}: pack {id}, {pages}, {sessions}, {projects}.</source>
        <translation>Wrote {path}: pack {id}, {pages}, {sessions}, {projects}.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: {pages}, {sessions} and {meetings} on {day}.</source>
        <translation>Wrote {path}: {pages}, {sessions} and {meetings} on {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: {events}.</source>
        <translation>Wrote {path}: {events}.</translation>
    </message>
    <message>
        <source>Not exported (day not announced yet): {ids}</source>
        <translation>Not exported (day not announced yet): {ids}</translation>
    </message>
    <message>
        <source>End not announced, so taken as the next session in the room or one hour: {ids}</source>
        <translation>End not announced, so taken as the next session in the room or one hour: {ids}</translation>
    </message>
    <message>
        <source>{source}: not modified since the last sync.</source>
        <translation>{source}: not modified since the last sync.</translation>
    </message>
    <message>
        <source>{source}: already up to date.</source>
        <translation>{source}: already up to date.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n item(s) in “{namespace}”, catalogue version {before} → {after} ({summary}).</source>
        <translation>
            <numerusform>{source}: %Ln item in “{namespace}”, catalogue version {before} → {after} ({summary}).</numerusform>
            <numerusform>{source}: %Ln items in “{namespace}”, catalogue version {before} → {after} ({summary}).</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {warning}</source>
        <translation>note: {warning}</translation>
    </message>
    <message>
        <source>Cannot read the public key {path}: {error}</source>
        <translation>Cannot read the public key {path}: {error}</translation>
    </message>
    <message>
        <source>“{text}” is not a positive number of seconds.</source>
        <translation>“{text}” is not a positive number of seconds.</translation>
    </message>
    <message>
        <source>{field}: {count}</source>
        <translation>{field}: {count}</translation>
    </message>
    <message>
        <source>{path} is not a public key: it is not ASCII text.</source>
        <translation>{path} is not a public key: it is not ASCII text.</translation>
    </message>
    <message>
        <source>signed, key checked</source>
        <translation>signed, key checked</translation>
    </message>
    <message>
        <source>unsigned, trusted by you</source>
        <translation>unsigned, trusted by you</translation>
    </message>
    <message>
        <source>no signature needed</source>
        <translation>no signature needed</translation>
    </message>
    <message>
        <source>Added source {name}: {url} ({kind}, {trust}).</source>
        <translation>Added source {name}: {url} ({kind}, {trust}).</translation>
    </message>
    <message>
        <source>No sources yet. Add one: {command}</source>
        <translation>No sources yet. Add one: {command}</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>UNSIGNED</source>
        <translation>UNSIGNED</translation>
    </message>
    <message>
        <source>Removed source {name}; the data it brought stays until replaced.</source>
        <translation>Removed source {name}; the data it brought stays until replaced.</translation>
    </message>
    <message>
        <source>Add one: {command}</source>
        <translation>Add one: {command}</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <source>No recorded change to what your delegation marked.</source>
        <translation>No recorded change to what your delegation marked.</translation>
    </message>
    <message>
        <source>No change since {since}.</source>
        <translation>No change since {since}.</translation>
    </message>
    <message>
        <source>No change since pack {id} was printed.</source>
        <translation>No change since pack {id} was printed.</translation>
    </message>
    <message numerus="yes">
        <source>Your delegation: %n marked item(s) changed; see: briefer changes</source>
        <translation>
            <numerusform>Your delegation: %Ln marked item changed; see: briefer changes</numerusform>
            <numerusform>Your delegation: %Ln marked items changed; see: briefer changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) for {delegate}; see: briefer conflicts</source>
        <translation>
            <numerusform>%Ln new conflict for {delegate}; see: briefer conflicts</numerusform>
            <numerusform>%Ln new conflicts for {delegate}; see: briefer conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack printed yet.</source>
        <translation>No pack printed yet.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>No recorded changes.</translation>
    </message>
    <message>
        <source>But testing the address failed: {reason} Sync will fail until it answers: check the address and --kind, or remove the source with briefer sources remove {name}.</source>
        <translation>But testing the address failed: {reason} Sync will fail until it answers: check the address and --kind, or remove the source with briefer sources remove {name}.</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (removed)</translation>
    </message>
    <message>
        <source>a removed delegate</source>
        <translation>a removed delegate</translation>
    </message>
    <message>
        <source>marked by your delegation</source>
        <translation>marked by your delegation</translation>
    </message>
    <message>
        <source>More changes are not shown: raise --limit to see them.</source>
        <translation>More changes are not shown: raise --limit to see them.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n item(s) of &apos;{namespace}&apos; as version {version}: {feed} and {signature}.</source>
        <translation>
            <numerusform>Published %Ln item of &apos;{namespace}&apos; as version {version}: {feed} and {signature}.</numerusform>
            <numerusform>Published %Ln items of &apos;{namespace}&apos; as version {version}: {feed} and {signature}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {private} (private: keep it safe, readable by you only) and {public} (give it to the delegations that sync from you).</source>
        <translation>Wrote {private} (private: keep it safe, readable by you only) and {public} (give it to the delegations that sync from you).</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Pack language</translation>
    </message>
    <message>
        <source>display language</source>
        <translation>display language</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Classification line</source>
        <translation>Classification line</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no classification line</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Watermark</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no watermark</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>No passphrase was given: the input ended. Type it at the terminal, or name a file holding it in BRIEFER_PASSPHRASE_FILE.</source>
        <translation>No passphrase was given: the input ended. Type it at the terminal, or name a file holding it in BRIEFER_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>{title} — {status} — {modified} (settle: {command})</source>
        <translation>{title} — {status} — {modified} (settle: {command})</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>to be announced</translation>
    </message>
    <message>
        <source>Added {name} ({id}).</source>
        <translation>Added {name} ({id}).</translation>
    </message>
    <message>
        <source>Changed {name} ({id}).</source>
        <translation>Changed {name} ({id}).</translation>
    </message>
    <message>
        <source>Cancelled {name}.</source>
        <translation>Cancelled {name}.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Deleted {name}.</translation>
    </message>
    <message>
        <source>Settled {title}: one version kept.</source>
        <translation>Settled {title}: one version kept.</translation>
    </message>
    <message>
        <source>No longer in the delegation, so not kept as attending: {names}.</source>
        <translation>No longer in the delegation, so not kept as attending: {names}.</translation>
    </message>
    <message>
        <source>{name} is a speaker of the catalogue, not a contact of the delegation: add them as a contact with {command}.</source>
        <translation>{name} is a speaker of the catalogue, not a contact of the delegation: add them as a contact with {command}.</translation>
    </message>
    <message>
        <source>{day}: {title} ({id})</source>
        <translation>{day}: {title} ({id})</translation>
    </message>
    <message>
        <source>[two versions]</source>
        <translation>[two versions]</translation>
    </message>
    <message>
        <source>--size “{size}” is not WxH, such as 1400x900.</source>
        <translation>--size “{size}” is not WxH, such as 1400x900.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>New passphrase again: </source>
        <translation>New passphrase again: </translation>
    </message>
    <message>
        <source>The two new passphrases differ; nothing was changed.</source>
        <translation>The two new passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <source>Your data in {path} is now encrypted with your passphrase.
A forgotten passphrase cannot be recovered. Keep this recovery key on paper, away from this computer; it is shown only now:</source>
        <translation>Your data in {path} is now encrypted with your passphrase.
A forgotten passphrase cannot be recovered. Keep this recovery key on paper, away from this computer; it is shown only now:</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) kept in the data folder were removed; build them again when you need them.</source>
        <translation>
            <numerusform>%Ln pack kept in the data folder was removed; build it again when you need it.</numerusform>
            <numerusform>%Ln packs kept in the data folder were removed; build them again when you need them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed; the recovery key stays the same.</source>
        <translation>The passphrase was changed; the recovery key stays the same.</translation>
    </message>
    <message>
        <source>Your data in {path} is no longer encrypted.</source>
        <translation>Your data in {path} is no longer encrypted.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <source>The new passphrase is set; the recovery key stays the same.</source>
        <translation>The new passphrase is set; the recovery key stays the same.</translation>
    </message>
    <message>
        <source>{path}: encrypted (SQLCipher 4, key from a passphrase with scrypt)</source>
        <translation>{path}: encrypted (SQLCipher 4, key from a passphrase with scrypt)</translation>
    </message>
    <message>
        <source>{path}: not encrypted</source>
        <translation>{path}: not encrypted</translation>
    </message>
    <message>
        <source>The editor “{editor}” failed; no template was saved.</source>
        <translation>The editor “{editor}” failed; no template was saved.</translation>
    </message>
    <message>
        <source>Template {name} ({lang}) saved.</source>
        <translation>Template {name} ({lang}) saved.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n version(s) of the template {name}.</source>
        <translation>
            <numerusform>Deleted %Ln version of the template {name}.</numerusform>
            <numerusform>Deleted %Ln versions of the template {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>own</source>
        <translation>own</translation>
    </message>
    <message>
        <source>Give the note with --text, --file or --edit, or start it with --template NAME.</source>
        <translation>Give the note with --text, --file or --edit, or start it with --template NAME.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>data folder (default: the folder named by the {variable} environment variable, else a briefer-data folder beside the program, else your own: ~/.local/share/Briefer on Linux, ~/Library/Application Support/Briefer on macOS, C:\Users\NAME\AppData\Local\Briefer on Windows)</source>
        <translation>data folder (default: the folder named by the {variable} environment variable, else a briefer-data folder beside the program, else your own: ~/.local/share/Briefer on Linux, ~/Library/Application Support/Briefer on macOS, C:\Users\NAME\AppData\Local\Briefer on Windows)</translation>
    </message>
    <message>
        <source>language of messages and catalogue texts (default: the language chosen in Briefer, else LC_ALL, LC_MESSAGES or LANG, else en)</source>
        <translation>language of messages and catalogue texts (default: the language chosen in Briefer, else LC_ALL, LC_MESSAGES or LANG, else en)</translation>
    </message>
    <message>
        <source>Prepare, carry offline and print a delegation&apos;s briefing for a forum.</source>
        <translation>Prepare, carry offline and print a delegation&apos;s briefing for a forum.</translation>
    </message>
    <message>
        <source>The data folder may also be set with the {variable} environment variable.</source>
        <translation>The data folder may also be set with the {variable} environment variable.</translation>
    </message>
    <message>
        <source>show the version of Briefer and exit</source>
        <translation>show the version of Briefer and exit</translation>
    </message>
    <message>
        <source>only this edition (its id, such as ppf:edition-2021, its name, or its year when only one edition has it)</source>
        <translation>only this edition (its id, such as ppf:edition-2021, its name, or its year when only one edition has it)</translation>
    </message>
    <message>
        <source>its id (such as ppf:edition-2021), its name, or its year when only one edition has it; default: the edition under way or next, else the one with most sessions</source>
        <translation>its id (such as ppf:edition-2021), its name, or its year when only one edition has it; default: the edition under way or next, else the one with most sessions</translation>
    </message>
    <message>
        <source>overview of the catalogue: editions, counts, completeness</source>
        <translation>overview of the catalogue: editions, counts, completeness</translation>
    </message>
    <message>
        <source>search the catalogue and your notes</source>
        <translation>search the catalogue and your notes</translation>
    </message>
    <message>
        <source>only sessions on this day</source>
        <translation>only sessions on this day</translation>
    </message>
    <message>
        <source>only projects in this region</source>
        <translation>only projects in this region</translation>
    </message>
    <message>
        <source>only sessions of this format (panel, workshop…)</source>
        <translation>only sessions of this format (panel, workshop…)</translation>
    </message>
    <message>
        <source>only items your delegation marked</source>
        <translation>only items your delegation marked</translation>
    </message>
    <message>
        <source>only items assigned to this delegate</source>
        <translation>only items assigned to this delegate</translation>
    </message>
    <message>
        <source>one item in full, with your mark and notes</source>
        <translation>one item in full, with your mark and notes</translation>
    </message>
    <message>
        <source>sessions day by day, in time order</source>
        <translation>sessions day by day, in time order</translation>
    </message>
    <message>
        <source>only this day</source>
        <translation>only this day</translation>
    </message>
    <message>
        <source>only sessions of exactly this format (panel, workshop…)</source>
        <translation>only sessions of exactly this format (panel, workshop…)</translation>
    </message>
    <message>
        <source>only items of this theme or forum priority</source>
        <translation>only items of this theme or forum priority</translation>
    </message>
    <message>
        <source>words, in Arabic, French or English; &quot;a phrase&quot;, -excluded, a OR b (a query that starts with - goes after --: briefer search -- -call)</source>
        <translation>words, in Arabic, French or English; &quot;a phrase&quot;, -excluded, a OR b (a query that starts with - goes after --: briefer search -- -call)</translation>
    </message>
    <message>
        <source>only these kinds; meeting and contact: your delegation&apos;s own meetings and contacts</source>
        <translation>only these kinds; meeting and contact: your delegation's own meetings and contacts</translation>
    </message>
    <message>
        <source>at most this many hits of each kind: catalogue items, notes, own meetings and people (default 20)</source>
        <translation>at most this many hits of each kind: catalogue items, notes, own meetings and people (default 20)</translation>
    </message>
    <message>
        <source>only sessions of this theme or forum priority</source>
        <translation>only sessions of this theme or forum priority</translation>
    </message>
    <message>
        <source>only sessions your delegation marked</source>
        <translation>only sessions your delegation marked</translation>
    </message>
    <message>
        <source>only sessions assigned to this delegate</source>
        <translation>only sessions assigned to this delegate</translation>
    </message>
    <message>
        <source>now and next: today&apos;s items from the current time, your own meetings first</source>
        <translation>now and next: today&apos;s items from the current time, your own meetings first</translation>
    </message>
    <message>
        <source>with --now, as at this moment (ISO 8601 with its zone, e.g. 2021-11-11T14:45+01:00)</source>
        <translation>with --now, as at this moment (ISO 8601 with its zone, e.g. 2021-11-11T14:45+01:00)</translation>
    </message>
    <message>
        <source>the project catalogue of an edition</source>
        <translation>the project catalogue of an edition</translation>
    </message>
    <message>
        <source>reset or rebuild the catalogue</source>
        <translation>reset or rebuild the catalogue</translation>
    </message>
    <message>
        <source>replace the working catalogue with the bundled one</source>
        <translation>replace the working catalogue with the bundled one</translation>
    </message>
    <message>
        <source>regenerate the bundled catalogue from the forum facts</source>
        <translation>regenerate the bundled catalogue from the forum facts</translation>
    </message>
    <message>
        <source>facts.json (default: ../shared/corpus/ppf)</source>
        <translation>facts.json (default: ../shared/corpus/ppf)</translation>
    </message>
    <message>
        <source>output file (default: resources/catalogue.db)</source>
        <translation>output file (default: resources/catalogue.db)</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>print JSON for scripts</translation>
    </message>
    <message>
        <source>create, list and choose delegations</source>
        <translation>create, list and choose delegations</translation>
    </message>
    <message>
        <source>create a delegation (the first one becomes current)</source>
        <translation>create a delegation (the first one becomes current)</translation>
    </message>
    <message>
        <source>list delegations</source>
        <translation>list delegations</translation>
    </message>
    <message>
        <source>make a delegation current</source>
        <translation>make a delegation current</translation>
    </message>
    <message>
        <source>add a delegate</source>
        <translation>add a delegate</translation>
    </message>
    <message>
        <source>list delegates</source>
        <translation>list delegates</translation>
    </message>
    <message>
        <source>remove a delegate (their marks stay, unassigned from them)</source>
        <translation>remove a delegate (their marks stay, unassigned from them)</translation>
    </message>
    <message>
        <source>rename a delegate (their marks follow)</source>
        <translation>rename a delegate (their marks follow)</translation>
    </message>
    <message>
        <source>a new function too</source>
        <translation>a new function too</translation>
    </message>
    <message>
        <source>mark an item, or change its mark</source>
        <translation>mark an item, or change its mark</translation>
    </message>
    <message>
        <source>must, should or optional attendance</source>
        <translation>must, should or optional attendance</translation>
    </message>
    <message>
        <source>assign (repeatable)</source>
        <translation>assign (repeatable)</translation>
    </message>
    <message>
        <source>why it matters to the delegation</source>
        <translation>why it matters to the delegation</translation>
    </message>
    <message>
        <source>where the delegation stands on it</source>
        <translation>where the delegation stands on it</translation>
    </message>
    <message>
        <source>remove the mark on an item (its notes stay)</source>
        <translation>remove the mark on an item (its notes stay)</translation>
    </message>
    <message>
        <source>take delegates off a marked item (the mark stays)</source>
        <translation>take delegates off a marked item (the mark stays)</translation>
    </message>
    <message>
        <source>list the current delegation&apos;s marks</source>
        <translation>list the current delegation&apos;s marks</translation>
    </message>
    <message>
        <source>only those assigned to this delegate</source>
        <translation>only those assigned to this delegate</translation>
    </message>
    <message>
        <source>overlapping marked sessions and own meetings for the same delegate</source>
        <translation>overlapping marked sessions and own meetings for the same delegate</translation>
    </message>
    <message>
        <source>add a Markdown note to an item or to the delegation</source>
        <translation>add a Markdown note to an item or to the delegation</translation>
    </message>
    <message>
        <source>write it in your text editor (the VISUAL or EDITOR environment variable; else Notepad on Windows, vi elsewhere)</source>
        <translation>write it in your text editor (the VISUAL or EDITOR environment variable; else Notepad on Windows, vi elsewhere)</translation>
    </message>
    <message>
        <source>write the current delegation&apos;s marks, notes, meetings and contacts (default: in the current folder, the delegation&apos;s name made safe for file names, such as republique-de-testland.briefer-selection; a PATH without extension gets .briefer-selection)</source>
        <translation>write the current delegation&apos;s marks, notes, meetings and contacts (default: in the current folder, the delegation&apos;s name made safe for file names, such as republique-de-testland.briefer-selection; a PATH without extension gets .briefer-selection)</translation>
    </message>
    <message>
        <source>the file to write (default: in the current folder, the delegation&apos;s name made safe for file names, such as republique-de-testland.briefer-selection)</source>
        <translation>the file to write (default: in the current folder, the delegation&apos;s name made safe for file names, such as republique-de-testland.briefer-selection)</translation>
    </message>
    <message>
        <source>protect the file with a passphrase of its own (typed, or the next line of the file named by the BRIEFER_PASSPHRASE_FILE environment variable)</source>
        <translation>protect the file with a passphrase of its own (typed, or the next line of the file named by the BRIEFER_PASSPHRASE_FILE environment variable)</translation>
    </message>
    <message>
        <source>function, such as “Deputy Minister”</source>
        <translation>function, such as “Deputy Minister”</translation>
    </message>
    <message>
        <source>the country: its ISO 3166 code (FR) or its name (France)</source>
        <translation>the country: its ISO 3166 code (FR) or its name (France)</translation>
    </message>
    <message>
        <source>add, list, remove and rename the current delegation&apos;s delegates</source>
        <translation>add, list, remove and rename the current delegation&apos;s delegates</translation>
    </message>
    <message>
        <source>assign an item to delegates (an item not marked is marked)</source>
        <translation>assign an item to delegates (an item not marked is marked)</translation>
    </message>
    <message>
        <source>a note of the delegation, on no item</source>
        <translation>a note of the delegation, on no item</translation>
    </message>
    <message>
        <source>the note, in Markdown</source>
        <translation>the note, in Markdown</translation>
    </message>
    <message>
        <source>read the note from a file</source>
        <translation>read the note from a file</translation>
    </message>
    <message>
        <source>start from a template&apos;s headings</source>
        <translation>start from a template&apos;s headings</translation>
    </message>
    <message>
        <source>list notes, on an item or all; or delete one</source>
        <translation>list notes, on an item or all; or delete one</translation>
    </message>
    <message>
        <source>delete this note (by its id)</source>
        <translation>delete this note (by its id)</translation>
    </message>
    <message>
        <source>export or import a delegation&apos;s marks and notes</source>
        <translation>export or import a delegation&apos;s marks and notes</translation>
    </message>
    <message>
        <source>the file to write (or PATH)</source>
        <translation>the file to write (or PATH)</translation>
    </message>
    <message>
        <source>write the file unprotected even though your data is encrypted, without the warning an export of encrypted data otherwise prints</source>
        <translation>write the file unprotected even though your data is encrypted, without the warning an export of encrypted data otherwise prints</translation>
    </message>
    <message>
        <source>merge a colleague&apos;s export (nothing is overwritten)</source>
        <translation>merge a colleague&apos;s export (nothing is overwritten)</translation>
    </message>
    <message>
        <source>marks and notes an import left in two versions</source>
        <translation>marks and notes an import left in two versions</translation>
    </message>
    <message>
        <source>settle a conflict left by an import</source>
        <translation>settle a conflict left by an import</translation>
    </message>
    <message>
        <source>a mark: keep mine, or take theirs</source>
        <translation>a mark: keep mine, or take theirs</translation>
    </message>
    <message>
        <source>which version to keep</source>
        <translation>which version to keep</translation>
    </message>
    <message>
        <source>a note: keep this version, both, or merge them</source>
        <translation>a note: keep this version, both, or merge them</translation>
    </message>
    <message>
        <source>open the desktop window (with FILEs: import them, after a confirmation; a window already open on the data folder takes them)</source>
        <translation>open the desktop window (with FILEs: import them, after a confirmation; a window already open on the data folder takes them)</translation>
    </message>
    <message>
        <source>a programme file in a supported format, or a .briefer-selection file</source>
        <translation>a programme file in a supported format, or a .briefer-selection file</translation>
    </message>
    <message>
        <source>render the main window offscreen to a PNG</source>
        <translation>render the main window offscreen to a PNG</translation>
    </message>
    <message>
        <source>the window&apos;s language (default: the global --lang, else the language chosen in Briefer, else the system&apos;s, as for messages)</source>
        <translation>the window&apos;s language (default: the global --lang, else the language chosen in Briefer, else the system&apos;s, as for messages)</translation>
    </message>
    <message>
        <source>the view to show</source>
        <translation>the view to show</translation>
    </message>
    <message>
        <source>window size in pixels</source>
        <translation>window size in pixels</translation>
    </message>
    <message>
        <source>interpretation (languages, booth)</source>
        <translation>interpretation (languages, booth)</translation>
    </message>
    <message>
        <source>transport (car, pick-up)</source>
        <translation>transport (car, pick-up)</translation>
    </message>
    <message>
        <source>access badge</source>
        <translation>access badge</translation>
    </message>
    <message>
        <source>press arrangements</source>
        <translation>press arrangements</translation>
    </message>
    <message>
        <source>contact on the ground</source>
        <translation>contact on the ground</translation>
    </message>
    <message>
        <source>the day (in --tz)</source>
        <translation>the day (in --tz)</translation>
    </message>
    <message>
        <source>start time (in --tz); without it: to be announced</source>
        <translation>start time (in --tz); without it: to be announced</translation>
    </message>
    <message>
        <source>end time (in --tz)</source>
        <translation>end time (in --tz)</translation>
    </message>
    <message>
        <source>time zone of --day/--start/--end (default Europe/Paris)</source>
        <translation>time zone of --day/--start/--end (default Europe/Paris)</translation>
    </message>
    <message>
        <source>the kind of meeting (bilateral, side, reception…)</source>
        <translation>the kind of meeting (bilateral, side, reception…)</translation>
    </message>
    <message>
        <source>a room id of the venue, or free text</source>
        <translation>a room id of the venue, or free text</translation>
    </message>
    <message>
        <source>a person met (a contact or a speaker, by name or id); repeat for several</source>
        <translation>a person met (a contact or a speaker, by name or id); repeat for several</translation>
    </message>
    <message>
        <source>a delegate who attends; repeat for several</source>
        <translation>a delegate who attends; repeat for several</translation>
    </message>
    <message>
        <source>where the meeting stands (default when adding: requested)</source>
        <translation>where the meeting stands (default when adding: requested)</translation>
    </message>
    <message>
        <source>the delegation&apos;s own items: bilaterals, side meetings, receptions…</source>
        <translation>the delegation&apos;s own items: bilaterals, side meetings, receptions…</translation>
    </message>
    <message>
        <source>add a meeting</source>
        <translation>add a meeting</translation>
    </message>
    <message>
        <source>change a meeting (what is not given stays)</source>
        <translation>change a meeting (what is not given stays)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>a new title</translation>
    </message>
    <message>
        <source>take every counterpart off</source>
        <translation>take every counterpart off</translation>
    </message>
    <message>
        <source>take every delegate off</source>
        <translation>take every delegate off</translation>
    </message>
    <message>
        <source>mark a meeting cancelled (it stays, and no longer conflicts)</source>
        <translation>mark a meeting cancelled (it stays, and no longer conflicts)</translation>
    </message>
    <message>
        <source>delete a meeting</source>
        <translation>delete a meeting</translation>
    </message>
    <message>
        <source>one meeting in full</source>
        <translation>one meeting in full</translation>
    </message>
    <message>
        <source>the delegation&apos;s meetings in time order</source>
        <translation>the delegation&apos;s meetings in time order</translation>
    </message>
    <message>
        <source>only those this delegate attends</source>
        <translation>only those this delegate attends</translation>
    </message>
    <message>
        <source>settle a meeting a selection import kept in two versions</source>
        <translation>settle a meeting a selection import kept in two versions</translation>
    </message>
    <message>
        <source>the delegation&apos;s contacts and the catalogue&apos;s speakers</source>
        <translation>the delegation&apos;s contacts and the catalogue&apos;s speakers</translation>
    </message>
    <message>
        <source>add a contact (a counterpart the delegation will meet)</source>
        <translation>add a contact (a counterpart the delegation will meet)</translation>
    </message>
    <message>
        <source>change a contact (by id or name)</source>
        <translation>change a contact (by id or name)</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>a new name</translation>
    </message>
    <message>
        <source>the delegation&apos;s contacts (with --speakers, the speakers)</source>
        <translation>the delegation&apos;s contacts (with --speakers, the speakers)</translation>
    </message>
    <message>
        <source>the catalogue&apos;s speakers instead</source>
        <translation>the catalogue&apos;s speakers instead</translation>
    </message>
    <message>
        <source>a contact or speaker, their sessions and meetings</source>
        <translation>a contact or speaker, their sessions and meetings</translation>
    </message>
    <message>
        <source>delete a contact no meeting names</source>
        <translation>delete a contact no meeting names</translation>
    </message>
    <message>
        <source>their function</source>
        <translation>their function</translation>
    </message>
    <message>
        <source>their organisation</source>
        <translation>their organisation</translation>
    </message>
    <message>
        <source>a country (France, فرنسا) or its ISO 3166 code (FR)</source>
        <translation>a country (France, فرنسا) or its ISO 3166 code (FR)</translation>
    </message>
    <message>
        <source>languages spoken, e.g. &apos;fr, en&apos;</source>
        <translation>languages spoken, e.g. &apos;fr, en&apos;</translation>
    </message>
    <message>
        <source>the delegation&apos;s notes on this person</source>
        <translation>the delegation&apos;s notes on this person</translation>
    </message>
    <message>
        <source>classification line on every page, e.g. &apos;RESTRICTED&apos; (default: briefer settings)</source>
        <translation>classification line on every page, e.g. &apos;RESTRICTED&apos; (default: briefer settings)</translation>
    </message>
    <message>
        <source>diagonal watermark, such as DRAFT (default: briefer settings)</source>
        <translation>diagonal watermark, such as DRAFT (default: briefer settings)</translation>
    </message>
    <message>
        <source>print a briefing pack (PDF or Word) for a delegate</source>
        <translation>print a briefing pack (PDF or Word) for a delegate</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>paper size, in any case (default: briefer settings)</source>
        <translation>paper size, in any case (default: briefer settings)</translation>
    </message>
    <message>
        <source>protect the PDF with a password (AES-256), asked for on the terminal or read from the BRIEFER_PACK_PASSWORD environment variable</source>
        <translation>protect the PDF with a password (AES-256), asked for on the terminal or read from the BRIEFER_PACK_PASSWORD environment variable</translation>
    </message>
    <message>
        <source>paper size, in any case (default A5)</source>
        <translation>paper size, in any case (default A5)</translation>
    </message>
    <message>
        <source>the delegate (default: whole delegation)</source>
        <translation>the delegate (default: whole delegation)</translation>
    </message>
    <message>
        <source>pdf or docx, a Word document to edit (default: from the extension of --out, else pdf)</source>
        <translation>pdf or docx, a Word document to edit (default: from the extension of --out, else pdf)</translation>
    </message>
    <message>
        <source>pack language</source>
        <translation>pack language</translation>
    </message>
    <message>
        <source>comma-separated, from {sections} (default: all)</source>
        <translation>comma-separated, from {sections} (default: all)</translation>
    </message>
    <message>
        <source>print one day&apos;s sessions for the jacket pocket</source>
        <translation>print one day&apos;s sessions for the jacket pocket</translation>
    </message>
    <message>
        <source>the day of the sheet</source>
        <translation>the day of the sheet</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>the PDF to write</translation>
    </message>
    <message>
        <source>sheet language</source>
        <translation>sheet language</translation>
    </message>
    <message>
        <source>export the marked sessions and own meetings as an iCalendar file</source>
        <translation>export the marked sessions and own meetings as an iCalendar file</translation>
    </message>
    <message>
        <source>the .ics to write</source>
        <translation>the .ics to write</translation>
    </message>
    <message>
        <source>a reminder this many minutes before each</source>
        <translation>a reminder this many minutes before each</translation>
    </message>
    <message>
        <source>encrypt your data with a passphrase, change or remove it</source>
        <translation>encrypt your data with a passphrase, change or remove it</translation>
    </message>
    <message>
        <source>Passphrases are typed on the terminal (twice for a new one), or read from the lines of the file named by the BRIEFER_PASSPHRASE_FILE environment variable: set: the new passphrase; change: the current one, then the new; remove: the current one; recover: the recovery key, then the new passphrase. Never from an argument. A wrong passphrase exits with status 4 and changes nothing.</source>
        <translation>Passphrases are typed on the terminal (twice for a new one), or read from the lines of the file named by the BRIEFER_PASSPHRASE_FILE environment variable: set: the new passphrase; change: the current one, then the new; remove: the current one; recover: the recovery key, then the new passphrase. Never from an argument. A wrong passphrase exits with status 4 and changes nothing.</translation>
    </message>
    <message>
        <source>encrypt your data with a new passphrase</source>
        <translation>encrypt your data with a new passphrase</translation>
    </message>
    <message>
        <source>replace the passphrase (needs the current one)</source>
        <translation>replace the passphrase (needs the current one)</translation>
    </message>
    <message>
        <source>decrypt your data back to a plain file</source>
        <translation>decrypt your data back to a plain file</translation>
    </message>
    <message>
        <source>set a new passphrase with the recovery key</source>
        <translation>set a new passphrase with the recovery key</translation>
    </message>
    <message>
        <source>say whether your data is encrypted</source>
        <translation>say whether your data is encrypted</translation>
    </message>
    <message>
        <source>default pack options: show, or change with flags</source>
        <translation>default pack options: show, or change with flags</translation>
    </message>
    <message>
        <source>language of packs (“display”: the display language)</source>
        <translation>language of packs (“display”: the display language)</translation>
    </message>
    <message>
        <source>paper of packs</source>
        <translation>paper of packs</translation>
    </message>
    <message>
        <source>classification line (&apos;&apos; for none)</source>
        <translation>classification line (&apos;&apos; for none)</translation>
    </message>
    <message>
        <source>watermark (&apos;&apos; for none)</source>
        <translation>watermark (&apos;&apos; for none)</translation>
    </message>
    <message>
        <source>the addresses Briefer syncs from</source>
        <translation>the addresses Briefer syncs from</translation>
    </message>
    <message>
        <source>add a source</source>
        <translation>add a source</translation>
    </message>
    <message>
        <source>the format the source serves</source>
        <translation>the format the source serves</translation>
    </message>
    <message>
        <source>the publisher&apos;s Ed25519 public key (for --kind briefer)</source>
        <translation>the publisher&apos;s Ed25519 public key (for --kind briefer)</translation>
    </message>
    <message>
        <source>accept unsigned data from this address (shown as such)</source>
        <translation>accept unsigned data from this address (shown as such)</translation>
    </message>
    <message>
        <source>do not test the address (to add a source while offline); otherwise the address is tested and the command warns when it does not serve such a source</source>
        <translation>do not test the address (to add a source while offline); otherwise the address is tested and the command warns when it does not serve such a source</translation>
    </message>
    <message>
        <source>list sources</source>
        <translation>list sources</translation>
    </message>
    <message>
        <source>remove a source (the data it brought stays)</source>
        <translation>remove a source (the data it brought stays)</translation>
    </message>
    <message>
        <source>fetch fresh data from a source (or all)</source>
        <translation>fetch fresh data from a source (or all)</translation>
    </message>
    <message>
        <source>accept a rollback, an empty programme, or unsigned data for a programme another source owns; fetch the whole file even if unchanged</source>
        <translation>accept a rollback, an empty programme, or unsigned data for a programme another source owns; fetch the whole file even if unchanged</translation>
    </message>
    <message>
        <source>network timeout per read, in seconds</source>
        <translation>network timeout per read, in seconds</translation>
    </message>
    <message>
        <source>import a programme file (frab XML/JSON, iCalendar, CSV or a Briefer feed)</source>
        <translation>import a programme file (frab XML/JSON, iCalendar, CSV or a Briefer feed)</translation>
    </message>
    <message>
        <source>the file&apos;s format (default: detected)</source>
        <translation>the file&apos;s format (default: detected)</translation>
    </message>
    <message>
        <source>id namespace (default: from the file)</source>
        <translation>id namespace (default: from the file)</translation>
    </message>
    <message>
        <source>accept a rollback, an empty file, or a file for a programme another source owns</source>
        <translation>accept a rollback, an empty file, or a file for a programme another source owns</translation>
    </message>
    <message>
        <source>what syncs and imports changed</source>
        <translation>what syncs and imports changed</translation>
    </message>
    <message>
        <source>only changes from this date or time</source>
        <translation>only changes from this date or time</translation>
    </message>
    <message>
        <source>only changes after the pack with this id was printed</source>
        <translation>only changes after the pack with this id was printed</translation>
    </message>
    <message>
        <source>list the packs printed, with the ids --since-pack takes</source>
        <translation>list the packs printed, with the ids --since-pack takes</translation>
    </message>
    <message>
        <source>only changes to items your delegation marked and to its own meetings</source>
        <translation>only changes to items your delegation marked and to its own meetings</translation>
    </message>
    <message>
        <source>at most N changes, the marked ones first (default: all)</source>
        <translation>at most N changes, the marked ones first (default: all)</translation>
    </message>
    <message>
        <source>write a signed Briefer feed to serve from any static web host</source>
        <translation>write a signed Briefer feed to serve from any static web host</translation>
    </message>
    <message>
        <source>the folder to write the feed to</source>
        <translation>the folder to write the feed to</translation>
    </message>
    <message>
        <source>the private key that signs it (from briefer keygen)</source>
        <translation>the private key that signs it (from briefer keygen)</translation>
    </message>
    <message>
        <source>the bundled catalogue (default), the working one, or a schedule file</source>
        <translation>the bundled catalogue (default), the working one, or a schedule file</translation>
    </message>
    <message>
        <source>publish this namespace (default: the largest)</source>
        <translation>publish this namespace (default: the largest)</translation>
    </message>
    <message>
        <source>make an Ed25519 key pair for publishing feeds</source>
        <translation>make an Ed25519 key pair for publishing feeds</translation>
    </message>
    <message>
        <source>writes PREFIX.key (private, owner-only) and PREFIX.pub</source>
        <translation>writes PREFIX.key (private, owner-only) and PREFIX.pub</translation>
    </message>
    <message>
        <source>briefing-note templates: list, show, edit, delete</source>
        <translation>briefing-note templates: list, show, edit, delete</translation>
    </message>
    <message>
        <source>every template and the languages it is written in</source>
        <translation>every template and the languages it is written in</translation>
    </message>
    <message>
        <source>print a template&apos;s Markdown</source>
        <translation>print a template&apos;s Markdown</translation>
    </message>
    <message>
        <source>change a template, or add your own; without --text or --file, in your text editor (the VISUAL or EDITOR environment variable)</source>
        <translation>change a template, or add your own; without --text or --file, in your text editor (the VISUAL or EDITOR environment variable)</translation>
    </message>
    <message>
        <source>the title shown beside its name</source>
        <translation>the title shown beside its name</translation>
    </message>
    <message>
        <source>the template, in Markdown</source>
        <translation>the template, in Markdown</translation>
    </message>
    <message>
        <source>read the Markdown from a file</source>
        <translation>read the Markdown from a file</translation>
    </message>
    <message>
        <source>delete your template; a built-in one goes back to Briefer&apos;s wording</source>
        <translation>delete your template; a built-in one goes back to Briefer&apos;s wording</translation>
    </message>
    <message>
        <source>only this language</source>
        <translation>only this language</translation>
    </message>
    <message>
        <source>the template&apos;s language (default: the display language)</source>
        <translation>the template&apos;s language (default: the display language)</translation>
    </message>
</context>
<context>
    <name>CliMetavar</name>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>COUNTRY</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>EDITION</translation>
    </message>
    <message>
        <source>FACTS</source>
        <translation>FACTS</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ID_OR_NAME</source>
        <translation>ID_OR_NAME</translation>
    </message>
    <message>
        <source>ITEM_ID</source>
        <translation>ITEM_ID</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>LIMIT</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>NAME_OR_ID</source>
        <translation>NAME_OR_ID</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>NOTE_ID</source>
        <translation>NOTE_ID</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>OLD</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>OUT.png</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>PRIVATE_KEY_FILE</source>
        <translation>PRIVATE_KEY_FILE</translation>
    </message>
    <message>
        <source>PUBLIC_KEY_FILE</source>
        <translation>PUBLIC_KEY_FILE</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>THEME_ID</source>
        <translation>THEME_ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>TIMEOUT</source>
        <translation>TIMEOUT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>a country, or its ISO code (FR)</source>
        <translation>a country, or its ISO code (FR)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Briefer: unexpected error</source>
        <translation>Briefer: unexpected error</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Something went wrong inside Briefer and what you asked for may not have been done:
{what}
The window goes on working. The details are in Briefer&apos;s log; send them to your IT support.</source>
        <translation>Something went wrong inside Briefer and what you asked for may not have been done:
{what}
The window goes on working. The details are in Briefer&apos;s log; send them to your IT support.</translation>
    </message>
    <message>
        <source>Errors since this window opened: {count}</source>
        <translation>Errors since this window opened: {count}</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Your Briefer data at {path} is locked: it needs the passphrase to open.</source>
        <translation>Your Briefer data at {path} is locked: it needs the passphrase to open.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is encrypted but its key file {key_file} is missing or damaged ({error}); without it the data cannot be opened.</source>
        <translation>Your Briefer data at {path} is encrypted but its key file {key_file} is missing or damaged ({error}); without it the data cannot be opened.</translation>
    </message>
    <message>
        <source>The passphrase is wrong; nothing was opened or changed.</source>
        <translation>The passphrase is wrong; nothing was opened or changed.</translation>
    </message>
    <message>
        <source>The recovery key is wrong; nothing was opened or changed.</source>
        <translation>The recovery key is wrong; nothing was opened or changed.</translation>
    </message>
    <message>
        <source>The file&apos;s passphrase is wrong; nothing was read.</source>
        <translation>The file&apos;s passphrase is wrong; nothing was read.</translation>
    </message>
    <message>
        <source>Your Briefer data is open in another Briefer window or command; the passphrase can be set or removed only when nothing else has it open.</source>
        <translation>Your Briefer data is open in another Briefer window or command; the passphrase can be set or removed only when nothing else has it open.</translation>
    </message>
    <message>
        <source>Your Briefer data is already protected by a passphrase.</source>
        <translation>Your Briefer data is already protected by a passphrase.</translation>
    </message>
    <message>
        <source>Your Briefer data is not protected by a passphrase.</source>
        <translation>Your Briefer data is not protected by a passphrase.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>A passphrase needs at least 8 characters.</translation>
    </message>
</context>
<context>
    <name>DelegationView</name>
    <message>
        <source>My delegation</source>
        <translation>My delegation</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>New delegation…</source>
        <translation>New delegation…</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Edit meeting…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>Delete meeting…</translation>
    </message>
    <message>
        <source>Delegate&apos;s name</source>
        <translation>Delegate&apos;s name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>Add delegate</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Marked items by delegate</source>
        <translation>Marked items by delegate</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conflicts (double-click one to decline the item that starts later)</source>
        <translation>Conflicts (double-click one to decline the item that starts later)</translation>
    </message>
    <message>
        <source>Create your delegation to mark sessions and projects.</source>
        <translation>Create your delegation to mark sessions and projects.</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Whole delegation</translation>
    </message>
    <message>
        <source>{delegate}: “{first}” overlaps “{second}”</source>
        <translation>{delegate}: “{first}” overlaps “{second}”</translation>
    </message>
    <message>
        <source>Double-click to decline “{second}”</source>
        <translation>Double-click to decline “{second}”</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>New delegation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country code (ISO 3166, e.g. SN)</source>
        <translation>Country code (ISO 3166, e.g. SN)</translation>
    </message>
    <message>
        <source>Rename delegate</source>
        <translation>Rename delegate</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>New name</translation>
    </message>
    <message>
        <source>Remove {name} from the delegation?</source>
        <translation>Remove {name} from the delegation?</translation>
    </message>
    <message numerus="yes">
        <source>They will be unassigned from %n marked item(s); the marks stay:</source>
        <translation>
            <numerusform>They will be unassigned from %Ln marked item; the marks stay:</numerusform>
            <numerusform>They will be unassigned from %Ln marked items; the marks stay:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove delegate</source>
        <translation>Remove delegate</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
</context>
<context>
    <name>Delegations</name>
    <message>
        <source>A delegation needs a name.</source>
        <translation>A delegation needs a name.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is neither a country&apos;s name nor an ISO 3166 code such as FR or SEN.</source>
        <translation>&apos;{country}&apos; is neither a country&apos;s name nor an ISO 3166 code such as FR or SEN.</translation>
    </message>
    <message>
        <source>A delegation named &apos;{name}&apos; already exists.</source>
        <translation>A delegation named &apos;{name}&apos; already exists.</translation>
    </message>
    <message>
        <source>No delegation with id {id}.</source>
        <translation>No delegation with id {id}.</translation>
    </message>
    <message>
        <source>No delegation named &apos;{name}&apos;.</source>
        <translation>No delegation named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Several delegations are named &apos;{name}&apos;: give one of their ids ({ids}).</source>
        <translation>Several delegations are named &apos;{name}&apos;: give one of their ids ({ids}).</translation>
    </message>
    <message>
        <source>No delegation yet: create one first.</source>
        <translation>No delegation yet: create one first.</translation>
    </message>
    <message>
        <source>A delegate needs a name.</source>
        <translation>A delegate needs a name.</translation>
    </message>
    <message>
        <source>{delegation} already has a delegate named &apos;{name}&apos;.</source>
        <translation>{delegation} already has a delegate named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>No delegate with id {id}.</source>
        <translation>No delegate with id {id}.</translation>
    </message>
    <message>
        <source>Several delegates of {delegation} match &apos;{name}&apos;: {names}.</source>
        <translation>Several delegates of {delegation} match &apos;{name}&apos;: {names}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>{delegation} has no delegate named &apos;{name}&apos; (delegates: {known}).</source>
        <translation>{delegation} has no delegate named &apos;{name}&apos; (delegates: {known}).</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Show in:</source>
        <translation>Show in:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why it matters to the delegation</source>
        <translation>Why it matters to the delegation</translation>
    </message>
    <message>
        <source>Save mark</source>
        <translation>Save mark</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notes…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Item details</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>the window&apos;s language</source>
        <translation>the window&apos;s language</translation>
    </message>
    <message>
        <source>Select a session or a project.</source>
        <translation>Select a session or a project.</translation>
    </message>
    <message>
        <source>Create a delegation (My delegation) to mark items.</source>
        <translation>Create a delegation (My delegation) to mark items.</translation>
    </message>
    <message>
        <source>Their version, from an imported selection: {theirs}</source>
        <translation>Their version, from an imported selection: {theirs}</translation>
    </message>
    <message>
        <source>Our meeting</source>
        <translation>Our meeting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>to be announced</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Local time</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Not in your catalogue: known from an imported selection.</source>
        <translation>Not in your catalogue: known from an imported selection.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>In other languages</source>
        <translation>In other languages</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the source, as the catalogue&apos;s authors wrote it</source>
        <translation>Note on the source, as the catalogue&apos;s authors wrote it</translation>
    </message>
    <message>
        <source>Save mark</source>
        <comment>what Edit › Undo undoes, after its word</comment>
        <translation>Save mark</translation>
    </message>
    <message>
        <source>Unmark</source>
        <comment>what Edit › Undo undoes, after its word</comment>
        <translation>Unmark</translation>
    </message>
    <message>
        <source>Mark removed (priority, reason, delegates); notes are kept. Ctrl+Z undoes.</source>
        <translation>Mark removed (priority, reason, delegates); notes are kept. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>On this computer&apos;s clock</source>
        <translation>On this computer&apos;s clock</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message numerus="yes">
        <source>Counterpart(s)</source>
        <translation>
            <numerusform>Counterpart</numerusform>
            <numerusform>Counterparts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delegate(s)</source>
        <translation>
            <numerusform>Delegate</numerusform>
            <numerusform>Delegates</numerusform>
        </translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <source>Mark saved.</source>
        <translation>Mark saved.</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <source>Several editions answer to &apos;{text}&apos;: {candidates}.</source>
        <translation>Several editions answer to &apos;{text}&apos;: {candidates}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No edition {text} in the catalogue (editions: {known}).</source>
        <translation>No edition {text} in the catalogue (editions: {known}).</translation>
    </message>
    <message>
        <source>Bundled with Briefer (the offline copy shipped with the program)</source>
        <translation>Bundled with Briefer (the offline copy shipped with the program)</translation>
    </message>
    <message>
        <source>Published by {publisher}; signature checked</source>
        <translation>Published by {publisher}; signature checked</translation>
    </message>
    <message>
        <source>Published by {publisher}; not signed</source>
        <translation>Published by {publisher}; not signed</translation>
    </message>
    <message>
        <source>bundled with Briefer</source>
        <translation>bundled with Briefer</translation>
    </message>
    <message>
        <source>the file {name}</source>
        <translation>the file {name}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Apply anyway</source>
        <translation>Apply anyway</translation>
    </message>
</context>
<context>
    <name>FilePassphrase</name>
    <message>
        <source>Protect the file</source>
        <translation>Protect the file</translation>
    </message>
    <message>
        <source>The file holds your delegation&apos;s marks, notes, meetings and contacts. Protected with a passphrase, it can be opened only by someone who knows it: give it to your colleague another way than the file (by telephone, not in the same e-mail).</source>
        <translation>The file holds your delegation&apos;s marks, notes, meetings and contacts. Protected with a passphrase, it can be opened only by someone who knows it: give it to your colleague another way than the file (by telephone, not in the same e-mail).</translation>
    </message>
    <message>
        <source>&amp;Protect the file with a passphrase</source>
        <translation>&amp;Protect the file with a passphrase</translation>
    </message>
    <message>
        <source>Passphrase for the file</source>
        <translation>Passphrase for the file</translation>
    </message>
    <message>
        <source>Passphrase for the file, again</source>
        <translation>Passphrase for the file, again</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>Pa&amp;ssphrase</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>Type the passphrase twice.</source>
        <translation>Type the passphrase twice.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase. Type it to open the file:</source>
        <translation>{name} is protected with a passphrase. Type it to open the file:</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}. Try again:</source>
        <translation>That passphrase does not open {name}. Try again:</translation>
    </message>
    <message>
        <source>Protected file</source>
        <translation>Protected file</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} exists and is not a PDF file; choose another name or remove it.</source>
        <translation>{path} exists and is not a PDF file; choose another name or remove it.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Word document; choose another name or remove it.</source>
        <translation>{path} exists and is not a Word document; choose another name or remove it.</translation>
    </message>
    <message>
        <source>{path} exists and is not a calendar file; choose another name or remove it.</source>
        <translation>{path} exists and is not a calendar file; choose another name or remove it.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Briefer selection file; choose another name or remove it.</source>
        <translation>{path} exists and is not a Briefer selection file; choose another name or remove it.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Briefer feed; choose another folder or remove it.</source>
        <translation>{path} exists and is not a Briefer feed; choose another folder or remove it.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Briefer feed&apos;s signature; choose another folder or remove it.</source>
        <translation>{path} exists and is not a Briefer feed&apos;s signature; choose another folder or remove it.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB; refused.</source>
        <translation>{path} is larger than {limit} MB; refused.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty. Nothing was changed.</source>
        <translation>The file is empty. Nothing was changed.</translation>
    </message>
    <message>
        <source>{error}; refused. Nothing was changed.</source>
        <translation>{error}; refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>The {format} file is nested too deeply; refused. Nothing was changed.</source>
        <translation>The {format} file is nested too deeply; refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>The {format} file has a value of an unexpected kind or shape; refused. Nothing was changed.</source>
        <translation>The {format} file has a value of an unexpected kind or shape; refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file names no time zone; its times carry UTC{offset}.</source>
        <translation>The file names no time zone; its times carry UTC{offset}.</translation>
    </message>
    <message>
        <source>The file gives no time zone at all; its times are read as {zone} (the forum&apos;s).</source>
        <translation>The file gives no time zone at all; its times are read as {zone} (the forum&apos;s).</translation>
    </message>
    <message>
        <source>The XML file declares a DTD or entities (a possible XXE or entity-expansion attack); refused. Nothing was changed.</source>
        <translation>The XML file declares a DTD or entities (a possible XXE or entity-expansion attack); refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>This XML is not a frab schedule (its root is &lt;{tag}&gt;).</source>
        <translation>This XML is not a frab schedule (its root is &lt;{tag}&gt;).</translation>
    </message>
    <message>
        <source>This frab schedule has no &lt;conference&gt; element.</source>
        <translation>This frab schedule has no &lt;conference&gt; element.</translation>
    </message>
    <message>
        <source>Cannot tell what kind of file this is. Briefer reads its own feeds, frab schedules (XML or JSON, as pretalx and FOSDEM publish them), iCalendar files (.ics) and CSV files whose first line names an id column. Nothing was changed.</source>
        <translation>Cannot tell what kind of file this is. Briefer reads its own feeds, frab schedules (XML or JSON, as pretalx and FOSDEM publish them), iCalendar files (.ics) and CSV files whose first line names an id column. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line {line}, column {column}). Nothing was changed.</source>
        <translation>The file is not well-formed XML (line {line}, column {column}). Nothing was changed.</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>day {number}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Nothing was changed.</source>
        <translation>The file is not UTF-8 text. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}). Nothing was changed.</source>
        <translation>The file is not valid JSON (line {line}, column {column}). Nothing was changed.</translation>
    </message>
    <message>
        <source>This JSON is not a frab/pretalx schedule (no schedule.conference.days).</source>
        <translation>This JSON is not a frab/pretalx schedule (no schedule.conference.days).</translation>
    </message>
    <message>
        <source>{day}, room “{room}”</source>
        <translation>{day}, room “{room}”</translation>
    </message>
    <message>
        <source>an event of room “{room}”</source>
        <translation>an event of room “{room}”</translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation>event {id}</translation>
    </message>
    <message>
        <source>a BEGIN: line has no END: (the file is cut short or damaged)</source>
        <translation>a BEGIN: line has no END: (the file is cut short or damaged)</translation>
    </message>
    <message>
        <source>it holds several calendars (BEGIN:VCALENDAR more than once)</source>
        <translation>it holds several calendars (BEGIN:VCALENDAR more than once)</translation>
    </message>
    <message>
        <source>the line “{line}” is not an iCalendar line (NAME:value)</source>
        <translation>the line “{line}” is not an iCalendar line (NAME:value)</translation>
    </message>
    <message>
        <source>The iCalendar file is not UTF-8 text.</source>
        <translation>The iCalendar file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The file is not valid iCalendar: {error}. Nothing was changed.</source>
        <translation>The file is not valid iCalendar: {error}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Imported calendar</source>
        <translation>Imported calendar</translation>
    </message>
    <message>
        <source>The calendar has no VTIMEZONE; TZID names are read as IANA zones.</source>
        <translation>The calendar has no VTIMEZONE; TZID names are read as IANA zones.</translation>
    </message>
    <message>
        <source>The CSV header lacks {missing} (documented columns: {columns}).</source>
        <translation>The CSV header lacks {missing} (documented columns: {columns}).</translation>
    </message>
    <message>
        <source>CSV line {number}</source>
        <translation>CSV line {number}</translation>
    </message>
    <message>
        <source>CSV line {line}: a field is longer than {limit} KB or badly quoted; refused. Nothing was changed.</source>
        <translation>CSV line {line}: a field is longer than {limit} KB or badly quoted; refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>The CSV file is neither UTF-8 nor Windows-1252 text. In Excel, save it with File › Save As › “CSV UTF-8 (Comma delimited)”.</source>
        <translation>The CSV file is neither UTF-8 nor Windows-1252 text. In Excel, save it with File › Save As › “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text: it was read as Windows-1252 (Western European), as Excel saves “CSV” on Windows. Check its accented letters; a file in Arabic must be saved with Excel&apos;s “CSV UTF-8 (Comma delimited)”.</source>
        <translation>The CSV file is not UTF-8 text: it was read as Windows-1252 (Western European), as Excel saves “CSV” on Windows. Check its accented letters; a file in Arabic must be saved with Excel&apos;s “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>{where}: more fields than the header has columns.</source>
        <translation>{where}: more fields than the header has columns.</translation>
    </message>
    <message>
        <source>{where}: the id is empty.</source>
        <translation>{where}: the id is empty.</translation>
    </message>
    <message>
        <source>{where}: kind must be &apos;session&apos; or &apos;project&apos;, not {kind}.</source>
        <translation>{where}: kind must be &apos;session&apos; or &apos;project&apos;, not {kind}.</translation>
    </message>
    <message numerus="yes">
        <source>Import {name} (%n session(s)) as a new edition.</source>
        <translation>
            <numerusform>Import {name} (%Ln session) as a new edition.</numerusform>
            <numerusform>Import {name} (%Ln sessions) as a new edition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {name} (%n session(s)), replacing the {now} sessions of the edition already in the catalogue; marks and notes are kept.</source>
        <translation>
            <numerusform>Import {name} (%Ln session), replacing the {now} sessions of the edition already in the catalogue; marks and notes are kept.</numerusform>
            <numerusform>Import {name} (%Ln sessions), replacing the {now} sessions of the edition already in the catalogue; marks and notes are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no edition: nothing would change.</source>
        <translation>The file holds no edition: nothing would change.</translation>
    </message>
    <message>
        <source>Merge {marks} marks, {notes} notes, {meetings} meetings and {contacts} contacts from {delegation} ({delegates} delegates). Nothing of yours is overwritten: where both sides changed an entry, both versions are kept.</source>
        <translation>Merge {marks} marks, {notes} notes, {meetings} meetings and {contacts} contacts from {delegation} ({delegates} delegates). Nothing of yours is overwritten: where both sides changed an entry, both versions are kept.</translation>
    </message>
    <message>
        <source>The delegation is new here: it will be created.</source>
        <translation>The delegation is new here: it will be created.</translation>
    </message>
    <message>
        <source>The source repeats the id {id}; the copy is {copy}.</source>
        <translation>The source repeats the id {id}; the copy is {copy}.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were not usable http(s) URLs and were left out.</source>
        <translation>
            <numerusform>%Ln link were not usable http URLs and were left out.</numerusform>
            <numerusform>%Ln links were not usable https URLs and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>&apos;{namespace}&apos; holds the programme imported from {owner}, and this file names no programme of its own: its items are imported beside it, as &apos;{beside}&apos;.</source>
        <translation>&apos;{namespace}&apos; holds the programme imported from {owner}, and this file names no programme of its own: its items are imported beside it, as &apos;{beside}&apos;.</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>our meeting</source>
        <translation>our meeting</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>our contact</source>
        <translation>our contact</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>edition</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>cancelled</source>
        <comment>a project</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>a project</comment>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <comment>a project</comment>
        <translation>no longer in the catalogue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a session</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>a session</comment>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <comment>a session</comment>
        <translation>no longer in the catalogue</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a session</comment>
        <translation>scheduled</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <comment>the code of the language of this catalogue</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Briefer is locked</source>
        <translation>Briefer is locked</translation>
    </message>
    <message>
        <source>Your data in {path} is encrypted.</source>
        <translation>Your data in {path} is encrypted.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Passphrase forgotten…</source>
        <translation>Passphrase forgotten…</translation>
    </message>
    <message>
        <source>Choose a new passphrase with the recovery key given when it was set.</source>
        <translation>Choose a new passphrase with the recovery key given when it was set.</translation>
    </message>
    <message>
        <source>Briefer is locked. Type your passphrase to go on.</source>
        <translation>Briefer is locked. Type your passphrase to go on.</translation>
    </message>
    <message>
        <source>Passphrase forgotten? The recovery key given when it was set lets you choose a new one.</source>
        <translation>Passphrase forgotten? The recovery key given when it was set lets you choose a new one.</translation>
    </message>
    <message>
        <source>Use the recovery key…</source>
        <translation>Use the recovery key…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <source>Type the recovery key you were given when the passphrase was set (the dashes are optional), then choose a new passphrase. The recovery key stays the same.</source>
        <translation>Type the recovery key you were given when the passphrase was set (the dashes are optional), then choose a new passphrase. The recovery key stays the same.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Set the new passphrase</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Security…</source>
        <translation>Security…</translation>
    </message>
    <message>
        <source>Set a passphrase first (File › Security…): it is what unlocks Briefer.</source>
        <translation>Set a passphrase first (File › Security…): it is what unlocks Briefer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Briefer — briefing for the Paris Peace Forum</source>
        <translation>Briefer — briefing for the Paris Peace Forum</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>My delegation</source>
        <translation>My delegation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)…</source>
        <translation>Search everything (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Results appear as you type; Down reaches them.</source>
        <translation>Results appear as you type; Down reaches them.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Import programme file…</source>
        <translation>Import programme file…</translation>
    </message>
    <message>
        <source>Export marks and notes…</source>
        <translation>Export marks and notes…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s marks and notes…</source>
        <translation>Import a colleague&apos;s marks and notes…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Export calendar…</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Build pack</translation>
    </message>
    <message>
        <source>Print pack…</source>
        <translation>Print pack…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Sync all sources</source>
        <translation>Sync all sources</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Add a source…</translation>
    </message>
    <message>
        <source>About Briefer</source>
        <translation>About Briefer</translation>
    </message>
    <message>
        <source>Copy diagnostic information</source>
        <translation>Copy diagnostic information</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>Portable: data beside the program</source>
        <translation>Portable: data beside the program</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Build a pack first: then it can be printed.</source>
        <translation>Build a pack first: then it can be printed.</translation>
    </message>
    <message>
        <source>Last updated {when} from an imported file</source>
        <translation>Last updated {when} from an imported file</translation>
    </message>
    <message>
        <source>Catalogue version {version}</source>
        <translation>Catalogue version {version}</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE DATA</source>
        <translation>ILLUSTRATIVE DATA</translation>
    </message>
    <message>
        <source>partial: see Help › About</source>
        <translation>partial: see Help › About</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Last synced {when}</translation>
    </message>
    <message>
        <source>Never synced: bundled data</source>
        <translation>Never synced: bundled data</translation>
    </message>
    <message>
        <source>Network status unknown</source>
        <translation>Network status unknown</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>{name} (unsigned: trusted by you)</source>
        <translation>{name} (unsigned: trusted by you)</translation>
    </message>
    <message>
        <source>No source yet</source>
        <translation>No source yet</translation>
    </message>
    <message>
        <source>Remove a source</source>
        <translation>Remove a source</translation>
    </message>
    <message>
        <source>Remove the source {name}? Briefer stops syncing from it; the programme it brought stays in the catalogue, and your marks and notes are kept.</source>
        <translation>Remove the source {name}? Briefer stops syncing from it; the programme it brought stays in the catalogue, and your marks and notes are kept.</translation>
    </message>
    <message>
        <source>No source yet. Add the address of your ministry&apos;s feed (Sync › Add a source), or import a programme file.</source>
        <translation>No source yet. Add the address of your ministry&apos;s feed (Sync › Add a source), or import a programme file.</translation>
    </message>
    <message>
        <source>Data: {source}</source>
        <translation>Data: {source}</translation>
    </message>
    <message>
        <source>Diagnostic information copied.</source>
        <translation>Diagnostic information copied.</translation>
    </message>
    <message>
        <source>Import programme file</source>
        <translation>Import programme file</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Programmes (*.xml *.json *.ics *.csv *.gz)</source>
        <translation>Programmes (*.xml *.json *.ics *.csv *.gz)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <source>Publisher&apos;s public key</source>
        <translation>Publisher&apos;s public key</translation>
    </message>
    <message>
        <source>Export marks and notes</source>
        <translation>Export marks and notes</translation>
    </message>
    <message>
        <source>Briefer selection (*{ext});;JSON (*.json)</source>
        <translation>Briefer selection (*{ext});;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import marks and notes</source>
        <translation>Import marks and notes</translation>
    </message>
    <message>
        <source>Briefer selection (*{ext} *.json)</source>
        <translation>Briefer selection (*{ext} *.json)</translation>
    </message>
    <message>
        <source>{marks} and {notes} added; {conflicts} kept in two versions, flagged.</source>
        <translation>{marks} and {notes} added; {conflicts} kept in two versions, flagged.</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%Ln mark</numerusform>
            <numerusform>%Ln marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Open {name}</translation>
    </message>
    <message>
        <source>Not imported; nothing was changed.</source>
        <translation>Not imported; nothing was changed.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync failed; nothing was changed.</source>
        <translation>Sync failed; nothing was changed.</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>Already up to date.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%Ln change applied.</numerusform>
            <numerusform>%Ln changes applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source}: {error}</translation>
    </message>
    <message>
        <source>To stop syncing from a source that no longer answers: Sync › Remove a source.</source>
        <translation>To stop syncing from a source that no longer answers: Sync › Remove a source.</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Search index</translation>
    </message>
    <message>
        <source>Rebuilding the catalogue&apos;s search index for this version of Briefer (once)…</source>
        <translation>Rebuilding the catalogue&apos;s search index for this version of Briefer (once)…</translation>
    </message>
    <message>
        <source>The catalogue&apos;s search index is ready.</source>
        <translation>The catalogue&apos;s search index is ready.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied from {applied}; not synced: {failed}.</source>
        <translation>
            <numerusform>%Ln change applied from {applied}; not synced: {failed}.</numerusform>
            <numerusform>%Ln changes applied from {applied}; not synced: {failed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your marked item(s) changed.</source>
        <translation>
            <numerusform>%Ln of your marked items changed.</numerusform>
            <numerusform>%Ln of your marked items changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s).</source>
        <translation>
            <numerusform>%Ln new conflict.</numerusform>
            <numerusform>%Ln new conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkStatus</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Create a delegation (My delegation) to mark items.</source>
        <translation>Create a delegation (My delegation) to mark items.</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <source>Mark as {priority}</source>
        <translation>Mark as {priority}</translation>
    </message>
    <message>
        <source>Take {name} off</source>
        <translation>Take {name} off</translation>
    </message>
    <message>
        <source>Assign to {name}</source>
        <translation>Assign to {name}</translation>
    </message>
    <message>
        <source>M marks or unmarks; 1, 2, 3 set the priority; the Menu key opens more.</source>
        <translation>M marks or unmarks; 1, 2, 3 set the priority; the Menu key opens more.</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>&amp;Unmark</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Mark</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Assign to</translation>
    </message>
    <message>
        <source>Open &amp;note</source>
        <translation>Open &amp;note</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>Priority &apos;{priority}&apos; is not one of {choices}.</source>
        <translation>Priority &apos;{priority}&apos; is not one of {choices}.</translation>
    </message>
    <message>
        <source>Status &apos;{status}&apos; is not one of {choices}.</source>
        <translation>Status &apos;{status}&apos; is not one of {choices}.</translation>
    </message>
    <message>
        <source>{delegate} is not a delegate of {delegation}.</source>
        <translation>{delegate} is not a delegate of {delegation}.</translation>
    </message>
    <message>
        <source>{item} is not assigned to {delegate}.</source>
        <translation>{item} is not assigned to {delegate}.</translation>
    </message>
    <message>
        <source>priority: {priority}</source>
        <translation>priority: {priority}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>assigned to {names}</source>
        <translation>assigned to {names}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a mark: mine or theirs.</source>
        <translation>&apos;{keep}&apos; is not a way to settle a mark: mine or theirs.</translation>
    </message>
    <message>
        <source>The mark on {item} has no conflict to settle.</source>
        <translation>The mark on {item} has no conflict to settle.</translation>
    </message>
    <message>
        <source>{item} is not marked by {delegation}.</source>
        <translation>{item} is not marked by {delegation}.</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Mark “{title}” as cancelled? It stays in the list, struck through, and no longer conflicts; its status can be set back by editing it.</source>
        <translation>Mark “{title}” as cancelled? It stays in the list, struck through, and no longer conflicts; its status can be set back by editing it.</translation>
    </message>
    <message numerus="yes">
        <source>%n counterpart(s)</source>
        <translation>
            <numerusform>%Ln counterpart</numerusform>
            <numerusform>%Ln counterparts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending delegate(s)</source>
        <translation>
            <numerusform>%Ln attending delegate</numerusform>
            <numerusform>%Ln attending delegates</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}” ({day} {time})? Its time, place, status, logistics, its {counterparts} and {delegates} go with it; Edit › Undo (Ctrl+Z) brings them back while Briefer stays open. The contacts themselves stay.</source>
        <translation>Delete “{title}” ({day} {time})? Its time, place, status, logistics, its {counterparts} and {delegates} go with it; Edit › Undo (Ctrl+Z) brings them back while Briefer stays open. The contacts themselves stay.</translation>
    </message>
    <message>
        <source>day to be announced</source>
        <translation>day to be announced</translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) stay, in Notes.</source>
        <translation>
            <numerusform>Its %Ln note stay, in Notes.</numerusform>
            <numerusform>Its %Ln notes stay, in Notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>to be announced</translation>
    </message>
    <message>
        <source>Name of a new contact</source>
        <translation>Name of a new contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Counterparts</translation>
    </message>
    <message>
        <source>Delegates who attend</source>
        <translation>Delegates who attend</translation>
    </message>
    <message>
        <source>“{typed}” is not a day: the field shows the last day read again. Type a day as {example} (day/month/year), or pick one from the calendar (F4).</source>
        <translation>“{typed}” is not a day: the field shows the last day read again. Type a day as {example} (day/month/year), or pick one from the calendar (F4).</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <source>bilateral</source>
        <translation>bilateral</translation>
    </message>
    <message>
        <source>side meeting</source>
        <translation>side meeting</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>reception</translation>
    </message>
    <message>
        <source>press</source>
        <translation>press</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>travel</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Access badge</source>
        <translation>Access badge</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Contact on the ground</source>
        <translation>Contact on the ground</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>&apos;{zone}&apos; is not a time zone such as Europe/Paris.</source>
        <translation>&apos;{zone}&apos; is not a time zone such as Europe/Paris.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a day written YYYY-MM-DD.</source>
        <translation>&apos;{day}&apos; is not a day written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a day between {first} and {last}.</source>
        <translation>&apos;{day}&apos; is not a day between {first} and {last}.</translation>
    </message>
    <message>
        <source>&apos;{time}&apos; is not a time written HH:MM.</source>
        <translation>&apos;{time}&apos; is not a time written HH:MM.</translation>
    </message>
    <message>
        <source>A time needs a day.</source>
        <translation>A time needs a day.</translation>
    </message>
    <message>
        <source>An end time needs a start time.</source>
        <translation>An end time needs a start time.</translation>
    </message>
    <message>
        <source>The meeting ends ({end}) before or when it starts ({start}).</source>
        <translation>The meeting ends ({end}) before or when it starts ({start}).</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not one of {choices}.</source>
        <translation>{what} &apos;{value}&apos; is not one of {choices}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a logistics field: {choices}.</source>
        <translation>&apos;{key}&apos; is not a logistics field: {choices}.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>A meeting needs a title.</translation>
    </message>
    <message>
        <source>No meeting with id {id}.</source>
        <translation>No meeting with id {id}.</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a meeting: current or other.</source>
        <translation>&apos;{keep}&apos; is not a way to settle a meeting: current or other.</translation>
    </message>
    <message>
        <source>The meeting {id} has no other version to settle.</source>
        <translation>The meeting {id} has no other version to settle.</translation>
    </message>
    <message>
        <source>Several meetings have ids starting with {id}.</source>
        <translation>Several meetings have ids starting with {id}.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>A note cannot be empty.</translation>
    </message>
    <message>
        <source>A note is limited to 5 MB.</source>
        <translation>A note is limited to 5 MB.</translation>
    </message>
    <message>
        <source>A note&apos;s direction is rtl or ltr, not {direction}.</source>
        <translation>A note&apos;s direction is rtl or ltr, not {direction}.</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a note: this, both or merge.</source>
        <translation>&apos;{keep}&apos; is not a way to settle a note: this, both or merge.</translation>
    </message>
    <message>
        <source>Note {id} has no conflicting version to settle.</source>
        <translation>Note {id} has no conflicting version to settle.</translation>
    </message>
    <message>
        <source>No note with id {id}.</source>
        <translation>No note with id {id}.</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New delegation note</source>
        <translation>New delegation note</translation>
    </message>
    <message>
        <source>Start from template:</source>
        <translation>Start from template:</translation>
    </message>
    <message>
        <source>Right-to-left</source>
        <translation>Right-to-left</translation>
    </message>
    <message>
        <source>Create a delegation and save…</source>
        <translation>Create a delegation and save…</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Delete note…</translation>
    </message>
    <message>
        <source>This note was also edited elsewhere; an import kept both versions.</source>
        <translation>This note was also edited elsewhere; an import kept both versions.</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Merge into this one</source>
        <translation>Merge into this one</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>Write in Markdown: # heading, **bold**, - list</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>The other version of this note will be deleted; its text will be lost.</source>
        <translation>The other version of this note will be deleted; its text will be lost.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Delegation note</source>
        <translation>Delegation note</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>Note on {title}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Not saved: notes belong to a delegation, and there is none yet.</source>
        <translation>Not saved: notes belong to a delegation, and there is none yet.</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>New delegation</translation>
    </message>
    <message>
        <source>Name of your delegation</source>
        <translation>Name of your delegation</translation>
    </message>
    <message>
        <source>the delegation</source>
        <translation>the delegation</translation>
    </message>
    <message>
        <source>The preview shows the beginning of this long note; packs print all of it.</source>
        <translation>The preview shows the beginning of this long note; packs print all of it.</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} Trying again; your text is kept.</source>
        <translation>Not saved yet: {reason} Trying again; your text is kept.</translation>
    </message>
    <message>
        <source>Its other version, from an import, stays.</source>
        <translation>Its other version, from an import, stays.</translation>
    </message>
    <message>
        <source> [conflicting version, from {file}]</source>
        <translation> [conflicting version, from {file}]</translation>
    </message>
    <message>
        <source> [conflicting version, this folder&apos;s]</source>
        <translation> [conflicting version, this folder&apos;s]</translation>
    </message>
    <message numerus="yes">
        <source>Delete the note on {where} (%n character(s), beginning “{first}”)? Edit › Undo (Ctrl+Z) brings it back while Briefer stays open.</source>
        <translation>
            <numerusform>Delete the note on {where} (%Ln character, beginning “{first}”)? Edit › Undo (Ctrl+Z) brings it back while Briefer stays open.</numerusform>
            <numerusform>Delete the note on {where} (%Ln characters, beginning “{first}”)? Edit › Undo (Ctrl+Z) brings it back while Briefer stays open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Note deleted</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Failed; nothing was changed.</source>
        <translation>Failed; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message numerus="yes">
        <source>Unknown section(s) {unknown}; choose from {sections}.</source>
        <translation>
            <numerusform>Unknown section {unknown}; choose from {sections}.</numerusform>
            <numerusform>Unknown sections {unknown}; choose from {sections}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} ends in .{extension} but the format asked for is {format}; give the file a .{format} name, or ask for {extension}.</source>
        <translation>{path} ends in .{extension} but the format asked for is {format}; give the file a .{format} name, or ask for {extension}.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {example}.</source>
        <translation>{out} is a folder; give a file name such as {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>{out} cannot be overwritten (read-only).</source>
        <translation>{out} cannot be overwritten (read-only).</translation>
    </message>
    <message>
        <source>A pack is written as {formats}, not {format}.</source>
        <translation>A pack is written as {formats}, not {format}.</translation>
    </message>
    <message>
        <source>A password protects PDF packs only; no Word pack was written.</source>
        <translation>A password protects PDF packs only; no Word pack was written.</translation>
    </message>
    <message>
        <source>Nothing is marked for {who}: mark sessions or projects first.</source>
        <translation>Nothing is marked for {who}: mark sessions or projects first.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a date such as 2021-11-11.</source>
        <translation>&apos;{day}&apos; is not a date such as 2021-11-11.</translation>
    </message>
    <message>
        <source>No marked session for {who} on {day}.</source>
        <translation>No marked session for {who} on {day}.</translation>
    </message>
    <message>
        <source>&apos;{lang}&apos; is not a pack language (ar, fr, en).</source>
        <translation>&apos;{lang}&apos; is not a pack language (ar, fr, en).</translation>
    </message>
    <message>
        <source>&apos;{paper}&apos; is not a paper Briefer prints on (A4, letter).</source>
        <translation>&apos;{paper}&apos; is not a paper Briefer prints on (A4, letter).</translation>
    </message>
    <message>
        <source>A classification line or watermark is one line of at most {n} characters.</source>
        <translation>A classification line or watermark is one line of at most {n} characters.</translation>
    </message>
    <message>
        <source>A PDF password needs at least {count} characters; no pack was written.</source>
        <translation>A PDF password needs at least {count} characters; no pack was written.</translation>
    </message>
</context>
<context>
    <name>PacksView</name>
    <message>
        <source>Briefing packs</source>
        <translation>Briefing packs</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Briefing pack</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Day sheet</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Classification line</source>
        <translation>Classification line</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Watermark</translation>
    </message>
    <message>
        <source>Pass&amp;word to open</source>
        <translation>Pass&amp;word to open</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <source>Changes since the last pack</source>
        <translation>Changes since the last pack</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Our meetings</source>
        <translation>Our meetings</translation>
    </message>
    <message>
        <source>Session briefs</source>
        <translation>Session briefs</translation>
    </message>
    <message>
        <source>Project briefs</source>
        <translation>Project briefs</translation>
    </message>
    <message>
        <source>Who&apos;s who</source>
        <translation>Who&apos;s who</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Delegation notes</source>
        <translation>Delegation notes</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>e.g. RESTRICTED</translation>
    </message>
    <message>
        <source>e.g. DRAFT</source>
        <translation>e.g. DRAFT</translation>
    </message>
    <message>
        <source>none: anyone can open the PDF</source>
        <translation>none: anyone can open the PDF</translation>
    </message>
    <message>
        <source>The PDF asks for this password before it opens (AES-256). Give it to the reader another way than the file.</source>
        <translation>The PDF asks for this password before it opens (AES-256). Give it to the reader another way than the file.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Open document</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>A Word pack has no preview here: once built, open it with the system (Open document) to read, revise or print it.</source>
        <translation>A Word pack has no preview here: once built, open it with the system (Open document) to read, revise or print it.</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Build pack</translation>
    </message>
    <message>
        <source>Build day sheet</source>
        <translation>Build day sheet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Whole delegation</translation>
    </message>
    <message>
        <source>Build a pack to see its pages here.</source>
        <translation>Build a pack to see its pages here.</translation>
    </message>
    <message>
        <source>Create your delegation in My delegation and mark sessions or projects: the pack&apos;s pages will show here.</source>
        <translation>Create your delegation in My delegation and mark sessions or projects: the pack&apos;s pages will show here.</translation>
    </message>
    <message>
        <source>The two passwords differ; no pack was built.</source>
        <translation>The two passwords differ; no pack was built.</translation>
    </message>
    <message>
        <source>Building the day sheet…</source>
        <translation>Building the day sheet…</translation>
    </message>
    <message>
        <source>Word pack ready: {name}. Open document shows it.</source>
        <translation>Word pack ready: {name}. Open document shows it.</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages: save, print or open the folder for the whole pack.</source>
        <translation>
            <numerusform>The preview shows the first %1 of %Ln pages: save, print or open the folder for the whole pack.</numerusform>
            <numerusform>The preview shows the first %1 of %Ln pages: save, print or open the folder for the whole pack.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>The pack could not be saved to {path}: {reason}</source>
        <translation>The pack could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <source>A Word pack is printed from Word or LibreOffice: Open document.</source>
        <translation>A Word pack is printed from Word or LibreOffice: Open document.</translation>
    </message>
    <message>
        <source>Sending the pack to the printer…</source>
        <translation>Sending the pack to the printer…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln page sent to the printer.</numerusform>
            <numerusform>%Ln pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the pack…</source>
        <translation>Building the pack…</translation>
    </message>
    <message>
        <source>page %v</source>
        <translation>page %v</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) ready.</source>
        <translation>
            <numerusform>%Ln page ready.</numerusform>
            <numerusform>%Ln pages ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>Save pack</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>“{country}” is not a country Briefer knows: give its name in Arabic, French or English, or its ISO 3166 code such as FR.</source>
        <translation>“{country}” is not a country Briefer knows: give its name in Arabic, French or English, or its ISO 3166 code such as FR.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message numerus="yes">
        <source>{name} is a counterpart of %n meeting(s): {titles}. Take them off those meetings first; nothing was deleted.</source>
        <translation>
            <numerusform>{name} is a counterpart of %Ln meeting: {titles}. Take them off those meetings first; nothing was deleted.</numerusform>
            <numerusform>{name} is a counterpart of %Ln meetings: {titles}. Take them off those meetings first; nothing was deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>No contact with id {id}.</translation>
    </message>
    <message>
        <source>Several people are named &apos;{name}&apos;: {ids}.</source>
        <translation>Several people are named &apos;{name}&apos;: {ids}.</translation>
    </message>
    <message>
        <source>No person named &apos;{name}&apos; among the delegation&apos;s contacts or the speakers.</source>
        <translation>No person named &apos;{name}&apos; among the delegation&apos;s contacts or the speakers.</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>No person with id {id}.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>A contact of the delegation</source>
        <translation>A contact of the delegation</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Filter by name, function or organisation</source>
        <translation>Filter by name, function or organisation</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Edit contact…</translation>
    </message>
    <message>
        <source>Sessions they speak in, and our meetings with them</source>
        <translation>Sessions they speak in, and our meetings with them</translation>
    </message>
    <message>
        <source>Our meeting: {title}</source>
        <translation>Our meeting: {title}</translation>
    </message>
    <message>
        <source>Choose a person to see their sessions and notes.</source>
        <translation>Choose a person to see their sessions and notes.</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Languages: {languages}</translation>
    </message>
    <message>
        <source>A contact of the delegation.</source>
        <translation>A contact of the delegation.</translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>place to be announced</source>
        <translation>place to be announced</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The print system did not answer: {reason}</source>
        <translation>The print system did not answer: {reason}</translation>
    </message>
    <message>
        <source>The printer refused the pack: {reason}</source>
        <translation>The printer refused the pack: {reason}</translation>
    </message>
    <message>
        <source>The chosen pages are not in the pack.</source>
        <translation>The chosen pages are not in the pack.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages.</source>
        <translation>The printer stopped taking pages.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>must attend</source>
        <translation>must attend</translation>
    </message>
    <message>
        <source>should attend</source>
        <translation>should attend</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Marked only</translation>
    </message>
    <message>
        <source>&amp;Now and next</source>
        <translation>&amp;Now and next</translation>
    </message>
    <message>
        <source>Today&apos;s items from the current time, the delegation&apos;s own first; refreshed every minute</source>
        <translation>Today&apos;s items from the current time, the delegation&apos;s own first; refreshed every minute</translation>
    </message>
    <message>
        <source>Nothing more today. During the forum, Now and next lists its items of the day from the current time: your own meetings first, then what you marked.</source>
        <translation>Nothing more today. During the forum, Now and next lists its items of the day from the current time: your own meetings first, then what you marked.</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>all days</translation>
    </message>
    <message>
        <source>all formats</source>
        <translation>all formats</translation>
    </message>
    <message>
        <source>all themes</source>
        <translation>all themes</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>selected project</source>
        <translation>selected project</translation>
    </message>
    <message>
        <source>Scale-up</source>
        <translation>Scale-up</translation>
    </message>
    <message>
        <source>forum initiative</source>
        <translation>forum initiative</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Filter by name, organisation, region, country</source>
        <translation>Filter by name, organisation, region, country</translation>
    </message>
    <message>
        <source>all editions</source>
        <translation>all editions</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Note on {title}</source>
        <translation>Note on {title}</translation>
    </message>
    <message>
        <source>Delegation note</source>
        <translation>Delegation note</translation>
    </message>
    <message>
        <source>Our meetings</source>
        <translation>Our meetings</translation>
    </message>
    <message>
        <source>Our contacts</source>
        <translation>Our contacts</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Themes and priorities</source>
        <translation>Themes and priorities</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>Editions</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Venues</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Your notes</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>all editions</source>
        <translation>all editions</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>all days</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Editi&amp;on</source>
        <translation>Editi&amp;on</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <source>Dele&amp;gate</source>
        <translation>Dele&amp;gate</translation>
    </message>
    <message>
        <source>&amp;Marked only</source>
        <translation>&amp;Marked only</translation>
    </message>
    <message>
        <source>Type in the search field (Ctrl+F): Arabic, French or English, any spelling.</source>
        <translation>Type in the search field (Ctrl+F): Arabic, French or English, any spelling.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>A forgotten passphrase cannot be recovered: nobody, not even Briefer&apos;s makers, can open your data without it. You will be shown a recovery key once, to print or write down and keep away from this computer.</source>
        <translation>A forgotten passphrase cannot be recovered: nobody, not even Briefer&apos;s makers, can open your data without it. You will be shown a recovery key once, to print or write down and keep away from this computer.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>A passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Your data is now encrypted. If you forget your passphrase, this recovery key is the only way to set a new one. Print it or write it down now and keep it away from this computer: it will not be shown again.</source>
        <translation>Your data is now encrypted. If you forget your passphrase, this recovery key is the only way to set a new one. Print it or write it down now and keep it away from this computer: it will not be shown again.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>I have kept it</translation>
    </message>
    <message>
        <source>Briefer recovery key</source>
        <translation>Briefer recovery key</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Your data in this folder is encrypted with a passphrase. Briefer asks for it at start and after locking.</source>
        <translation>Your data in this folder is encrypted with a passphrase. Briefer asks for it at start and after locking.</translation>
    </message>
    <message>
        <source>Your data in this folder is not encrypted: anyone who has this computer can read your marks and notes.</source>
        <translation>Your data in this folder is not encrypted: anyone who has this computer can read your marks and notes.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Lock after this many minutes without use</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Remove passphrase…</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Set a passphrase…</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Set a passphrase</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation>Remove passphrase</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{path} is not a Briefer selection file: {reason}. Nothing was imported.</source>
        <translation>{path} is not a Briefer selection file: {reason}. Nothing was imported.</translation>
    </message>
    <message>
        <source>{path} is protected with a passphrase; nothing was imported.</source>
        <translation>{path} is protected with a passphrase; nothing was imported.</translation>
    </message>
    <message>
        <source>its protected contents are damaged</source>
        <translation>its protected contents are damaged</translation>
    </message>
    <message>
        <source>it is larger than 50 MB</source>
        <translation>it is larger than 50 MB</translation>
    </message>
    <message>
        <source>its JSON is nested too deeply</source>
        <translation>its JSON is nested too deeply</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}</source>
        <translation>invalid JSON at line {line}</translation>
    </message>
    <message>
        <source>it has no &apos;format&apos;: &apos;briefer-selection&apos; marker</source>
        <translation>it has no &apos;format&apos;: &apos;briefer-selection&apos; marker</translation>
    </message>
    <message>
        <source>format version &apos;{version}&apos; is not supported</source>
        <translation>format version &apos;{version}&apos; is not supported</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>a value has the wrong type</translation>
    </message>
    <message>
        <source>&apos;delegation&apos; is missing</source>
        <translation>&apos;delegation&apos; is missing</translation>
    </message>
    <message>
        <source>the delegation has no uid</source>
        <translation>the delegation has no uid</translation>
    </message>
    <message>
        <source>the delegation has no name</source>
        <translation>the delegation has no name</translation>
    </message>
    <message>
        <source>the delegation&apos;s country is not text</source>
        <translation>the delegation&apos;s country is not text</translation>
    </message>
    <message>
        <source>&apos;delegates&apos; is not a list</source>
        <translation>&apos;delegates&apos; is not a list</translation>
    </message>
    <message>
        <source>a delegate is malformed</source>
        <translation>a delegate is malformed</translation>
    </message>
    <message>
        <source>&apos;marks&apos; is not a list</source>
        <translation>&apos;marks&apos; is not a list</translation>
    </message>
    <message>
        <source>a mark is not an object</source>
        <translation>a mark is not an object</translation>
    </message>
    <message>
        <source>the mark on {item} has a field of the wrong type</source>
        <translation>the mark on {item} has a field of the wrong type</translation>
    </message>
    <message>
        <source>a mark has priority {priority}, not one Briefer knows</source>
        <translation>a mark has priority {priority}, not one Briefer knows</translation>
    </message>
    <message>
        <source>a mark has status {status}, not one Briefer knows</source>
        <translation>a mark has status {status}, not one Briefer knows</translation>
    </message>
    <message>
        <source>a mark names a delegate the file does not define</source>
        <translation>a mark names a delegate the file does not define</translation>
    </message>
    <message>
        <source>a mark has item id {item}, not one Briefer writes</source>
        <translation>a mark has item id {item}, not one Briefer writes</translation>
    </message>
    <message>
        <source>&apos;notes&apos; is not a list</source>
        <translation>&apos;notes&apos; is not a list</translation>
    </message>
    <message>
        <source>a note is malformed</source>
        <translation>a note is malformed</translation>
    </message>
    <message>
        <source>the note {note} has an item id or a date of the wrong type</source>
        <translation>the note {note} has an item id or a date of the wrong type</translation>
    </message>
    <message>
        <source>the note {note} has a direction other than rtl or ltr</source>
        <translation>the note {note} has a direction other than rtl or ltr</translation>
    </message>
    <message>
        <source>the note {note} is longer than a note may be ({limit} MB)</source>
        <translation>the note {note} is longer than a note may be ({limit} MB)</translation>
    </message>
    <message>
        <source>&apos;items&apos; is not a list</source>
        <translation>&apos;items&apos; is not a list</translation>
    </message>
    <message>
        <source>an item is malformed</source>
        <translation>an item is malformed</translation>
    </message>
    <message>
        <source>&apos;meetings&apos; is not a list</source>
        <translation>&apos;meetings&apos; is not a list</translation>
    </message>
    <message>
        <source>a meeting is malformed</source>
        <translation>a meeting is malformed</translation>
    </message>
    <message>
        <source>a meeting names a delegate the file does not define</source>
        <translation>a meeting names a delegate the file does not define</translation>
    </message>
    <message>
        <source>&apos;contacts&apos; is not a list</source>
        <translation>&apos;contacts&apos; is not a list</translation>
    </message>
    <message>
        <source>a contact is malformed</source>
        <translation>a contact is malformed</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Now and next, {day} — %n item(s)</source>
        <translation>
            <numerusform>Now and next, {day} — %Ln item</numerusform>
            <numerusform>Now and next, {day} — %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Day to be announced</source>
        <translation>Day to be announced</translation>
    </message>
    <message numerus="yes">
        <source>{day} — %n session(s)</source>
        <translation>
            <numerusform>{day} — %Ln session</numerusform>
            <numerusform>{day} — %Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>to be announced</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>our meeting</source>
        <translation>our meeting</translation>
    </message>
    <message numerus="yes">
        <source> and %n delegation meeting(s)</source>
        <translation>
            <numerusform> and %Ln delegation meeting</numerusform>
            <numerusform> and %Ln delegation meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>the display language</source>
        <translation>the display language</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>e.g. RESTRICTED</translation>
    </message>
    <message>
        <source>e.g. DRAFT</source>
        <translation>e.g. DRAFT</translation>
    </message>
    <message>
        <source>Display &amp;language</source>
        <translation>Display &amp;language</translation>
    </message>
    <message>
        <source>Pack l&amp;anguage</source>
        <translation>Pack l&amp;anguage</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>&amp;Classification line</source>
        <translation>&amp;Classification line</translation>
    </message>
    <message>
        <source>&amp;Watermark</source>
        <translation>&amp;Watermark</translation>
    </message>
    <message>
        <source>New packs and day sheets</source>
        <translation>New packs and day sheets</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>&amp;Security…</translation>
    </message>
    <message>
        <source>The passphrase that protects your data, and the idle lock</source>
        <translation>The passphrase that protects your data, and the idle lock</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Alt with an underlined letter reaches a field or a menu.</source>
        <translation>Alt with an underlined letter reaches a field or a menu.</translation>
    </message>
    <message>
        <source>Mark or unmark the current item</source>
        <translation>Mark or unmark the current item</translation>
    </message>
    <message>
        <source>Priority: must, should, optional</source>
        <translation>Priority: must, should, optional</translation>
    </message>
    <message>
        <source>The current item&apos;s menu</source>
        <translation>The current item&apos;s menu</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menu key, Shift+F10</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>From the search field to the results</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Down, Enter</translation>
    </message>
    <message>
        <source>From the results back to the search field</source>
        <translation>From the results back to the search field</translation>
    </message>
    <message>
        <source>Escape, Up</source>
        <translation>Escape, Up</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>{editions}: {sessions}, {projects}.</source>
        <translation>{editions}: {sessions}, {projects}.</translation>
    </message>
    <message>
        <source>no edition</source>
        <translation>no edition</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by the publisher&apos;s key.</source>
        <translation>Signed by the publisher&apos;s key.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Not signed.</translation>
    </message>
    <message>
        <source>Briefer feed, signed by its publisher</source>
        <translation>Briefer feed, signed by its publisher</translation>
    </message>
    <message>
        <source>Conference schedule (frab, Pentabarf XML)</source>
        <translation>Conference schedule (frab, Pentabarf XML)</translation>
    </message>
    <message>
        <source>Conference schedule (frab JSON)</source>
        <translation>Conference schedule (frab JSON)</translation>
    </message>
    <message>
        <source>Calendar (iCalendar, .ics)</source>
        <translation>Calendar (iCalendar, .ics)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>e.g. ppf</source>
        <translation>e.g. ppf</translation>
    </message>
    <message>
        <source>no key chosen</source>
        <translation>no key chosen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Accept &amp;unsigned data from this address (it cannot be verified)</source>
        <translation>Accept &amp;unsigned data from this address (it cannot be verified)</translation>
    </message>
    <message>
        <source>&amp;Test the address</source>
        <translation>&amp;Test the address</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;key</source>
        <translation>Publisher&apos;s &amp;key</translation>
    </message>
    <message>
        <source>Testing {url}…</source>
        <translation>Testing {url}…</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>downloading</source>
        <translation>downloading</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>writing</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>indexing</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>resetting</source>
        <translation>resetting</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importing</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>rendering</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The catalogue file {path} is damaged or not a catalogue: {error}</source>
        <translation>The catalogue file {path} is damaged or not a catalogue: {error}</translation>
    </message>
    <message>
        <source>The catalogue file {path} has format {version}; this Briefer reads format {known}.</source>
        <translation>The catalogue file {path} has format {version}; this Briefer reads format {known}.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is busy with another long write (an import or a sync) that did not end in time; nothing was written.</source>
        <translation>Your Briefer data at {path} is busy with another long write (an import or a sync) that did not end in time; nothing was written.</translation>
    </message>
    <message>
        <source>Writing {path} passed the largest file size this session allows (a limit set with ulimit -f); nothing was written.</source>
        <translation>Writing {path} passed the largest file size this session allows (a limit set with ulimit -f); nothing was written.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was written.</source>
        <translation>The disk holding {path} is full; nothing was written.</translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only); nothing was written.</source>
        <translation>{path} cannot be written (read-only); nothing was written.</translation>
    </message>
    <message>
        <source>Writing {path} failed ({error}); nothing was written.</source>
        <translation>Writing {path} failed ({error}); nothing was written.</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the file would pass the size this system allows</source>
        <translation>the file would pass the size this system allows</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>it exists already</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>a file in the data folder</source>
        <translation>a file in the data folder</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}. Your data is as it was.</source>
        <translation>Cannot use {path}: {reason}. Your data is as it was.</translation>
    </message>
    <message>
        <source>{path} is read-only (the folder, the file or the disk); Briefer needs to write in its data folder, even to read. Nothing was changed.</source>
        <translation>{path} is read-only (the folder, the file or the disk); Briefer needs to write in its data folder, even to read. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is a folder where Briefer keeps its catalogue file; move it away and Briefer puts the catalogue back. Nothing was changed.</source>
        <translation>{path} is a folder where Briefer keeps its catalogue file; move it away and Briefer puts the catalogue back. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from {path}; reinstall Briefer.</source>
        <translation>The bundled catalogue is missing from {path}; reinstall Briefer.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is damaged or is not a Briefer database ({error}). It has been left exactly as it is; restore a backup or choose another data folder.</source>
        <translation>Your Briefer data at {path} is damaged or is not a Briefer database ({error}). It has been left exactly as it is; restore a backup or choose another data folder.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} was written by a newer version of Briefer (schema {version}, this version knows {known}). It has been left untouched; update Briefer to open it.</source>
        <translation>Your Briefer data at {path} was written by a newer version of Briefer (schema {version}, this version knows {known}). It has been left untouched; update Briefer to open it.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not Briefer&apos;s; it was left untouched.</source>
        <translation>{path} is an SQLite database but not Briefer&apos;s; it was left untouched.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {error}</source>
        <translation>Cannot create the data folder {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot open your Briefer data at {path}: {error}</source>
        <translation>Cannot open your Briefer data at {path}: {error}</translation>
    </message>
    <message>
        <source>Briefer cannot make its folder for packs, {path}: {error}</source>
        <translation>Briefer cannot make its folder for packs, {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} KB</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>{url} answered with a web page, not a feed or a signature: a network&apos;s login page (a hotel&apos;s or an airport&apos;s Wi-Fi) may be in the way, or the address is wrong.</source>
        <translation>{url} answered with a web page, not a feed or a signature: a network&apos;s login page (a hotel&apos;s or an airport&apos;s Wi-Fi) may be in the way, or the address is wrong.</translation>
    </message>
    <message>
        <source>{url} redirected to {target}, which is not a safe address (only https, or http from http, is followed); refused.</source>
        <translation>{url} redirected to {target}, which is not a safe address (only https, or http from http, is followed); refused.</translation>
    </message>
    <message>
        <source>The download from {url} was still running when the time allowed for a sync ran out ({size} received): the connection is too slow or the server is holding it open; stopped.</source>
        <translation>The download from {url} was still running when the time allowed for a sync ran out ({size} received): the connection is too slow or the server is holding it open; stopped.</translation>
    </message>
    <message>
        <source>Nothing was changed; your data is as it was.</source>
        <translation>Nothing was changed; your data is as it was.</translation>
    </message>
    <message>
        <source>Cannot find the server &apos;{host}&apos; (DNS lookup failed): check the address or your connection.</source>
        <translation>Cannot find the server &apos;{host}&apos; (DNS lookup failed): check the address or your connection.</translation>
    </message>
    <message>
        <source>The server refused the connection ({url}).</source>
        <translation>The server refused the connection ({url}).</translation>
    </message>
    <message>
        <source>Connecting to {url} timed out: the network may be offline or the server down.</source>
        <translation>Connecting to {url} timed out: the network may be offline or the server down.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified ({reason}); the connection was refused.</source>
        <translation>The server&apos;s TLS certificate could not be verified ({reason}); the connection was refused.</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {reason}.</source>
        <translation>Cannot reach {url}: {reason}.</translation>
    </message>
    <message>
        <source>The source is not at {url} (HTTP 404 Not Found).</source>
        <translation>The source is not at {url} (HTTP 404 Not Found).</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503).</source>
        <translation>The server is temporarily unavailable (HTTP 503).</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %Ln second.</numerusform>
            <numerusform>Try again in %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download was cut short ({total} of {expected}).</source>
        <translation>The download was cut short ({total} of {expected}).</translation>
    </message>
    <message>
        <source>Try again after {after}.</source>
        <translation>Try again after {after}.</translation>
    </message>
    <message>
        <source>The server failed (HTTP {code}); try again later.</source>
        <translation>The server failed (HTTP {code}); try again later.</translation>
    </message>
    <message>
        <source>The server answered HTTP {code} for {url}.</source>
        <translation>The server answered HTTP {code} for {url}.</translation>
    </message>
    <message>
        <source>A timeout must be a positive number of seconds.</source>
        <translation>A timeout must be a positive number of seconds.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) address.</source>
        <translation>&apos;{url}&apos; is not an http(s) address.</translation>
    </message>
    <message>
        <source>{url} answered &apos;not modified&apos; (HTTP 304) to a request for the whole file, which a server may not do; nothing was fetched.</source>
        <translation>{url} answered &apos;not modified&apos; (HTTP 304) to a request for the whole file, which a server may not do; nothing was fetched.</translation>
    </message>
    <message>
        <source>The connection to {url} failed: {error}.</source>
        <translation>The connection to {url} failed: {error}.</translation>
    </message>
    <message>
        <source>The source is {size}, over the {limit} limit.</source>
        <translation>The source is {size}, over the {limit} limit.</translation>
    </message>
    <message>
        <source>The download passed the {limit} limit; stopped.</source>
        <translation>The download passed the {limit} limit; stopped.</translation>
    </message>
    <message>
        <source>The server stopped sending in the middle of the download ({size} received).</source>
        <translation>The server stopped sending in the middle of the download ({size} received).</translation>
    </message>
    <message>
        <source>The connection broke during the download: {error}.</source>
        <translation>The connection broke during the download: {error}.</translation>
    </message>
    <message>
        <source>{path} exists already; no key was written.</source>
        <translation>{path} exists already; no key was written.</translation>
    </message>
    <message>
        <source>Cannot write the keys: {error}</source>
        <translation>Cannot write the keys: {error}</translation>
    </message>
    <message>
        <source>Cannot read the private key {path}: {error}</source>
        <translation>Cannot read the private key {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a PEM private key.</source>
        <translation>{path} is not a PEM private key.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 private key.</source>
        <translation>{path} is not an Ed25519 private key.</translation>
    </message>
    <message>
        <source>That is not an Ed25519 public key (PEM or base64).</source>
        <translation>That is not an Ed25519 public key (PEM or base64).</translation>
    </message>
    <message>
        <source>That is not an Ed25519 public key.</source>
        <translation>That is not an Ed25519 public key.</translation>
    </message>
    <message>
        <source>The feed&apos;s signature file is malformed; nothing was changed.</source>
        <translation>The feed&apos;s signature file is malformed; nothing was changed.</translation>
    </message>
    <message>
        <source>Bad signature: the feed does not match its signature (altered in transit or on the server). Nothing was changed.</source>
        <translation>Bad signature: the feed does not match its signature (altered in transit or on the server). Nothing was changed.</translation>
    </message>
    <message>
        <source>The feed is signed by key {key}, which this source does not trust. Nothing was changed; add the publisher&apos;s public key if you trust it.</source>
        <translation>The feed is signed by key {key}, which this source does not trust. Nothing was changed; add the publisher&apos;s public key if you trust it.</translation>
    </message>
    <message>
        <source>Kind &apos;{kind}&apos; is not one of {kinds}.</source>
        <translation>Kind &apos;{kind}&apos; is not one of {kinds}.</translation>
    </message>
    <message>
        <source>A source name uses letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>A source name uses letters, digits, &apos;-&apos; and &apos;_&apos; only.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) or file address.</source>
        <translation>&apos;{url}&apos; is not an http(s) or file address.</translation>
    </message>
    <message>
        <source>A Briefer feed needs the publisher&apos;s public key, or your acceptance of unsigned data from this address.</source>
        <translation>A Briefer feed needs the publisher&apos;s public key, or your acceptance of unsigned data from this address.</translation>
    </message>
    <message>
        <source>There is already a source named &apos;{name}&apos;.</source>
        <translation>There is already a source named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>No source named &apos;{name}&apos; (sources: {known}).</source>
        <translation>No source named &apos;{name}&apos; (sources: {known}).</translation>
    </message>
    <message>
        <source>The feed is unsigned; accepted because you trust this source.</source>
        <translation>The feed is unsigned; accepted because you trust this source.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>not modified</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <source>applied catalogue version {version}</source>
        <translation>applied catalogue version {version}</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>failed: {reason}</translation>
    </message>
    <message>
        <source>The feed has no signature at {url}; refused. Nothing was changed.</source>
        <translation>The feed has no signature at {url}; refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>The feed is unsigned and this source is not marked trusted-unsigned; refused. Nothing was changed.</source>
        <translation>The feed is unsigned and this source is not marked trusted-unsigned; refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>Signature checked: {name}.</source>
        <translation>Signature checked: {name}.</translation>
    </message>
    <message>
        <source>The feed file has no .sig beside it: imported without a signature check.</source>
        <translation>The feed file has no .sig beside it: imported without a signature check.</translation>
    </message>
    <message>
        <source>The feed expands past {limit} MB when decompressed: refused as a compression bomb.</source>
        <translation>The feed expands past {limit} MB when decompressed: refused as a compression bomb.</translation>
    </message>
    <message>
        <source>The feed is not valid gzip data: it is cut short or damaged. Nothing was changed.</source>
        <translation>The feed is not valid gzip data: it is cut short or damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>The feed is invalid: {reason}. Nothing was changed.</source>
        <translation>The feed is invalid: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>it is nested too deeply</translation>
    </message>
    <message>
        <source>it has a value of an unexpected kind or shape</source>
        <translation>it has a value of an unexpected kind or shape</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <source>The feed is not valid JSON (line {line}, column {column}). Nothing was changed.</source>
        <translation>The feed is not valid JSON (line {line}, column {column}). Nothing was changed.</translation>
    </message>
    <message>
        <source>unknown table {table}</source>
        <translation>unknown table {table}</translation>
    </message>
    <message>
        <source>table {table} is not a list</source>
        <translation>table {table} is not a list</translation>
    </message>
    <message>
        <source>{where} id {item} is outside namespace {namespace}</source>
        <translation>{where} id {item} is outside namespace {namespace}</translation>
    </message>
    <message>
        <source>duplicate id {item} in {table}</source>
        <translation>duplicate id {item} in {table}</translation>
    </message>
    <message>
        <source>it has no &apos;format&apos;: &apos;briefer-feed&apos; marker</source>
        <translation>it has no &apos;format&apos;: &apos;briefer-feed&apos; marker</translation>
    </message>
    <message>
        <source>format version {version} is not supported</source>
        <translation>format version {version} is not supported</translation>
    </message>
    <message>
        <source>&apos;namespace&apos; must be a short lowercase name such as &apos;ppf&apos;</source>
        <translation>&apos;namespace&apos; must be a short lowercase name such as &apos;ppf&apos;</translation>
    </message>
    <message>
        <source>&apos;catalogue_version&apos; must be a positive integer</source>
        <translation>&apos;catalogue_version&apos; must be a positive integer</translation>
    </message>
    <message>
        <source>&apos;generated_at&apos; must be an ISO 8601 time with its offset</source>
        <translation>&apos;generated_at&apos; must be an ISO 8601 time with its offset</translation>
    </message>
    <message>
        <source>&apos;generated_at&apos; must carry its time zone</source>
        <translation>&apos;generated_at&apos; must carry its time zone</translation>
    </message>
    <message>
        <source>&apos;tables&apos; is missing</source>
        <translation>&apos;tables&apos; is missing</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} is not an object</translation>
    </message>
    <message>
        <source>{where} has no string &apos;id&apos;</source>
        <translation>{where} has no string &apos;id&apos;</translation>
    </message>
    <message>
        <source>{where} has an unknown field {field}</source>
        <translation>{where} has an unknown field {field}</translation>
    </message>
    <message>
        <source>{where} must be an int</source>
        <translation>{where} must be an int</translation>
    </message>
    <message>
        <source>{where} must be a str</source>
        <translation>{where} must be a str</translation>
    </message>
    <message>
        <source>a link has no string &apos;item_id&apos;</source>
        <translation>a link has no string &apos;item_id&apos;</translation>
    </message>
    <message>
        <source>{where} refers to unknown item {item}</source>
        <translation>{where} refers to unknown item {item}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>the closing sentence of a refusal</comment>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>No source yet.</source>
        <translation>No source yet.</translation>
    </message>
    <message>
        <source>&apos;{claimant}&apos; is not signed and claims the programme &apos;{namespace}&apos;, which belongs to &apos;{owner}&apos; (signed): refused, so that it cannot replace the signed data. Nothing was changed.</source>
        <translation>&apos;{claimant}&apos; is not signed and claims the programme &apos;{namespace}&apos;, which belongs to &apos;{owner}&apos; (signed): refused, so that it cannot replace the signed data. Nothing was changed.</translation>
    </message>
    <message>
        <source>&apos;{claimant}&apos; is not signed and claims the programme &apos;{namespace}&apos;, which belongs to &apos;{owner}&apos;: refused. Nothing was changed.</source>
        <translation>&apos;{claimant}&apos; is not signed and claims the programme &apos;{namespace}&apos;, which belongs to &apos;{owner}&apos;: refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>The new data from {source} holds no session and no project: an empty programme is almost always a publishing error. Nothing was changed.</source>
        <translation>The new data from {source} holds no session and no project: an empty programme is almost always a publishing error. Nothing was changed.</translation>
    </message>
    <message>
        <source>The feed is version {version}, older than the version {held} already held: refused as a rollback. Nothing was changed.</source>
        <translation>The feed is version {version}, older than the version {held} already held: refused as a rollback. Nothing was changed.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD) or an ISO time.</source>
        <translation>&apos;{value}&apos; is not a date (YYYY-MM-DD) or an ISO time.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too far in the past or the future.</source>
        <translation>&apos;{value}&apos; is too far in the past or the future.</translation>
    </message>
    <message>
        <source>No pack with id {id} in the history.</source>
        <translation>No pack with id {id} in the history.</translation>
    </message>
    <message>
        <source>The catalogue was changed by another window or command while this ran. Nothing was changed: try again.</source>
        <translation>The catalogue was changed by another window or command while this ran. Nothing was changed: try again.</translation>
    </message>
    <message>
        <source>Another window or command is writing the catalogue (a sync or an import). Nothing was changed: try again when it has finished.</source>
        <translation>Another window or command is writing the catalogue (a sync or an import). Nothing was changed: try again when it has finished.</translation>
    </message>
    <message>
        <source>The catalogue holds no session or project to publish.</source>
        <translation>The catalogue holds no session or project to publish.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}</source>
        <translation>Cannot create {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>There is no template named {name}.</source>
        <translation>There is no template named {name}.</translation>
    </message>
    <message>
        <source>A template cannot be empty.</source>
        <translation>A template cannot be empty.</translation>
    </message>
    <message numerus="yes">
        <source>A template name is one line of 1 to %n character(s), not {name!r}.</source>
        <translation>
            <numerusform>A template name is one line of 1 to %Ln character, not {name!r}.</numerusform>
            <numerusform>A template name is one line of 1 to %Ln characters, not {name!r}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A template is limited to %n character(s).</source>
        <translation>
            <numerusform>A template is limited to %Ln character.</numerusform>
            <numerusform>A template is limited to %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template is written in {languages}, not {lang}.</source>
        <translation>A template is written in {languages}, not {lang}.</translation>
    </message>
    <message>
        <source>The template {name} is built in and was not edited.</source>
        <translation>The template {name} is built in and was not edited.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>to be announced</source>
        <translation>to be announced</translation>
    </message>
    <message>
        <source>day to be announced</source>
        <translation>day to be announced</translation>
    </message>
    <message>
        <source>time to be announced</source>
        <translation>time to be announced</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>is not a duration such as 00:30 or PT30M</source>
        <translation>is not a duration such as 00:30 or PT30M</translation>
    </message>
    <message>
        <source>is not an iCalendar date or time</source>
        <translation>is not an iCalendar date or time</translation>
    </message>
    <message>
        <source>needs HH:MM and a day, or a full ISO 8601 time with its offset</source>
        <translation>needs HH:MM and a day, or a full ISO 8601 time with its offset</translation>
    </message>
    <message>
        <source>{item}, field &apos;{field}&apos; {reason} (value: {value})</source>
        <translation>{item}, field &apos;{field}&apos; {reason} (value: {value})</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; {reason} (value: {value})</source>
        <translation>Field &apos;{field}&apos; {reason} (value: {value})</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>is not text</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>is longer than %Ln character</numerusform>
            <numerusform>is longer than %Ln characters</numerusform>
        </translation>
    </message>
    <message>
        <source>holds control characters</source>
        <translation>holds control characters</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>is not an object</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>is not a list</translation>
    </message>
    <message>
        <source>has a year outside {low}–{high}</source>
        <translation>has a year outside {low}–{high}</translation>
    </message>
    <message>
        <source>is not a real day written YYYY-MM-DD</source>
        <translation>is not a real day written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>is not an ISO 8601 time</translation>
    </message>
    <message>
        <source>carries no UTC offset</source>
        <translation>carries no UTC offset</translation>
    </message>
    <message>
        <source>is not a time of day HH:MM</source>
        <translation>is not a time of day HH:MM</translation>
    </message>
    <message>
        <source>ends before the start ({start})</source>
        <translation>ends before the start ({start})</translation>
    </message>
    <message numerus="yes">
        <source>makes a session last more than %n day(s)</source>
        <translation>
            <numerusform>makes a session last more than %Ln day</numerusform>
            <numerusform>makes a session last more than %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has more than %n value(s)</source>
        <translation>
            <numerusform>has more than %Ln value</numerusform>
            <numerusform>has more than %Ln values</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a time zone of the tz database</source>
        <translation>is not a time zone of the tz database</translation>
    </message>
    <message>
        <source>is not one of the statuses {statuses}</source>
        <translation>is not one of the statuses {statuses}</translation>
    </message>
    <message>
        <source>is not a language tag such as &apos;en&apos; or &apos;pt-BR&apos;</source>
        <translation>is not a language tag such as &apos;en&apos; or &apos;pt-BR&apos;</translation>
    </message>
    <message>
        <source>is not an http or https address</source>
        <translation>is not an http or https address</translation>
    </message>
    <message>
        <source>is not a JSON list</source>
        <translation>is not a JSON list</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Briefer</source>
        <translation>Welcome to Briefer</translation>
    </message>
    <message>
        <source>Briefer prepares your delegation for the forum and carries the briefing offline. First, who is going?</source>
        <translation>Briefer prepares your delegation for the forum and carries the briefing offline. First, who is going?</translation>
    </message>
    <message>
        <source>e.g. Delegation of Senegal</source>
        <translation>e.g. Delegation of Senegal</translation>
    </message>
    <message>
        <source>e.g. SN</source>
        <translation>e.g. SN</translation>
    </message>
    <message>
        <source>One a line, with their function:
Amina Diallo — Ambassador</source>
        <translation>One a line, with their function:
Amina Diallo — Ambassador</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <source>Create the delegation</source>
        <translation>Create the delegation</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>{name} is ready. Next: mark the sessions and projects that matter in Programme and Projects (the detail pane on the right), assign them to delegates, write notes, then build each delegate&apos;s briefing pack in Packs. Sync or import a programme file to bring the latest programme.</source>
        <translation>{name} is ready. Next: mark the sessions and projects that matter in Programme and Projects (the detail pane on the right), assign them to delegates, write notes, then build each delegate&apos;s briefing pack in Packs. Sync or import a programme file to bring the latest programme.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Welcome to Briefer</source>
        <translation>Welcome to Briefer</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <source>Open this address in your browser or mail program?

{url}</source>
        <translation>Open this address in your browser or mail program?

{url}</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Link not opened</translation>
    </message>
    <message>
        <source>Briefer opens only web (http, https) and mail addresses, not:

{url}</source>
        <translation>Briefer opens only web (http, https) and mail addresses, not:

{url}</translation>
    </message>
</context>
</TS>
