<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Catalogue</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>{known} of {expected} selected projects</source>
        <translation>{known} of {expected} selected projects</translation>
    </message>
    <message>
        <source>{known} of {expected} sessions</source>
        <translation>{known} of {expected} sessions</translation>
    </message>
    <message>
        <source>{year}: {parts} are known offline; sync or import to complete it.</source>
        <translation>{year}: {parts} are known offline; sync or import to complete it.</translation>
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
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
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
    <message numerus="yes">
        <source>%n change(s) since the pack printed on {date}.</source>
        <translation>
            <numerusform>%n change since the pack printed on {date}.</numerusform>
            <numerusform>%n changes since the pack printed on {date}.</numerusform>
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
        <source>Marked items by delegate</source>
        <translation>Marked items by delegate</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Conflicts (double-click to decline the second)</source>
        <translation>Conflicts (double-click to decline the second)</translation>
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
</context>
<context>
    <name>Delegations</name>
    <message>
        <source>A delegation needs a name.</source>
        <translation>A delegation needs a name.</translation>
    </message>
    <message>
        <source>Country &apos;{country}&apos; is not an ISO 3166 code such as FR or SEN.</source>
        <translation>Country &apos;{country}&apos; is not an ISO 3166 code such as FR or SEN.</translation>
    </message>
    <message>
        <source>A delegate needs a name.</source>
        <translation>A delegate needs a name.</translation>
    </message>
    <message>
        <source>{delegation} already has a delegate named &apos;{name}&apos;.</source>
        <translation>{delegation} already has a delegate named &apos;{name}&apos;.</translation>
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
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
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
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
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
    <message>
        <source>Mark removed; notes are kept.</source>
        <translation>Mark removed; notes are kept.</translation>
    </message>
</context>
<context>
    <name>Files</name>
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
        <source>Cannot tell what kind of file this is; give --kind briefer, frab-xml, frab-json, ics or csv.</source>
        <translation>Cannot tell what kind of file this is; give --kind briefer, frab-xml, frab-json, ics or csv.</translation>
    </message>
    <message>
        <source>The XML file declares a DTD or entities (a possible XXE or entity-expansion attack); refused. Nothing was changed.</source>
        <translation>The XML file declares a DTD or entities (a possible XXE or entity-expansion attack); refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: {error}. Nothing was changed.</source>
        <translation>The file is not well-formed XML: {error}. Nothing was changed.</translation>
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
        <source>The file is not valid JSON: {error}. Nothing was changed.</source>
        <translation>The file is not valid JSON: {error}. Nothing was changed.</translation>
    </message>
    <message>
        <source>This JSON is not a frab/pretalx schedule (no schedule.conference.days).</source>
        <translation>This JSON is not a frab/pretalx schedule (no schedule.conference.days).</translation>
    </message>
    <message>
        <source>The file is not valid iCalendar: {error}. Nothing was changed.</source>
        <translation>The file is not valid iCalendar: {error}. Nothing was changed.</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation>The CSV file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The CSV header lacks {missing} (documented columns: {columns}).</source>
        <translation>The CSV header lacks {missing} (documented columns: {columns}).</translation>
    </message>
    <message>
        <source>CSV line {line}: the id is empty.</source>
        <translation>CSV line {line}: the id is empty.</translation>
    </message>
    <message>
        <source>CSV line {line}: day &apos;{day}&apos; is not YYYY-MM-DD.</source>
        <translation>CSV line {line}: day &apos;{day}&apos; is not YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>CSV line {line}: kind must be &apos;session&apos; or &apos;project&apos;, not &apos;{kind}&apos;.</source>
        <translation>CSV line {line}: kind must be &apos;session&apos; or &apos;project&apos;, not &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>CSV line {line}: time &apos;{value}&apos; needs HH:MM and a day, or a full ISO 8601 time with its offset.</source>
        <translation>CSV line {line}: time &apos;{value}&apos; needs HH:MM and a day, or a full ISO 8601 time with its offset.</translation>
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
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)…</source>
        <translation>Search everything (Ctrl+F)…</translation>
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
        <source>Build a pack first: then it can be printed.</source>
        <translation>Build a pack first: then it can be printed.</translation>
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
        <source>No source yet. Add the address of your ministry&apos;s feed (Sync › Add a source), or import a programme file.</source>
        <translation>No source yet. Add the address of your ministry&apos;s feed (Sync › Add a source), or import a programme file.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>Already up to date.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n change applied.</numerusform>
            <numerusform>%n changes applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed; nothing was changed.</source>
        <translation>Sync failed; nothing was changed.</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Publisher&apos;s public key</source>
        <translation>Publisher&apos;s public key</translation>
    </message>
    <message>
        <source>Without a key, data from this address cannot be verified. Accept unsigned data from it?</source>
        <translation>Without a key, data from this address cannot be verified. Accept unsigned data from it?</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Import programme file</source>
        <translation>Import programme file</translation>
    </message>
    <message>
        <source>Programmes (*.xml *.json *.ics *.csv *.gz)</source>
        <translation>Programmes (*.xml *.json *.ics *.csv *.gz)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Export marks and notes</source>
        <translation>Export marks and notes</translation>
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
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{marks} marks and {notes} notes added; {conflicts} kept in two versions, flagged.</source>
        <translation>{marks} marks and {notes} notes added; {conflicts} kept in two versions, flagged.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Briefer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Data: {source}&lt;/p&gt;&lt;p&gt;{lines}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Briefer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Data: {source}&lt;/p&gt;&lt;p&gt;{lines}&lt;/p&gt;</translation>
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
        <source>Right-to-left</source>
        <translation>Right-to-left</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>Write in Markdown: # heading, **bold**, - list</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source> [conflicting version]</source>
        <translation> [conflicting version]</translation>
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
</context>
<context>
    <name>Packs</name>
    <message>
        <source>Nothing is marked for {who}: mark sessions or projects first.</source>
        <translation>Nothing is marked for {who}: mark sessions or projects first.</translation>
    </message>
    <message>
        <source>No marked session for {who} on {day}.</source>
        <translation>No marked session for {who} on {day}.</translation>
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
        <source>Changes since the last pack</source>
        <translation>Changes since the last pack</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
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
        <source>Building the day sheet…</source>
        <translation>Building the day sheet…</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages: save, print or open the folder for the whole pack.</source>
        <translation>
            <numerusform>The preview shows the first %1 of %n pages: save, print or open the folder for the whole pack.</numerusform>
            <numerusform>The preview shows the first %1 of %n pages: save, print or open the folder for the whole pack.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The pack could not be saved to {path}: {reason}</source>
        <translation>The pack could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <source>Sending the pack to the printer…</source>
        <translation>Sending the pack to the printer…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
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
            <numerusform>%n page ready.</numerusform>
            <numerusform>%n pages ready.</numerusform>
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
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Type in the search field (Ctrl+F): Arabic, French or English, any spelling.</source>
        <translation>Type in the search field (Ctrl+F): Arabic, French or English, any spelling.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{path} is not a Briefer selection file: {reason}. Nothing was imported.</source>
        <translation>{path} is not a Briefer selection file: {reason}. Nothing was imported.</translation>
    </message>
    <message>
        <source>it is larger than 50 MB</source>
        <translation>it is larger than 50 MB</translation>
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
    <message>
        <source>Day to be announced</source>
        <translation>Day to be announced</translation>
    </message>
    <message numerus="yes">
        <source>{day} — %n session(s)</source>
        <translation>
            <numerusform>{day} — %n session</numerusform>
            <numerusform>{day} — %n sessions</numerusform>
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
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The new data for &apos;{namespace}&apos; holds no session and no project: an empty programme is almost always a publishing error. Nothing was changed (use --force to accept).</source>
        <translation>The new data for &apos;{namespace}&apos; holds no session and no project: an empty programme is almost always a publishing error. Nothing was changed (use --force to accept).</translation>
    </message>
    <message>
        <source>The feed is version {version}, older than the version {held} already held: refused as a rollback. Nothing was changed (use --force to accept).</source>
        <translation>The feed is version {version}, older than the version {held} already held: refused as a rollback. Nothing was changed (use --force to accept).</translation>
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
    <message>
        <source>Try again in {after} seconds.</source>
        <translation>Try again in {after} seconds.</translation>
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
        <source>&apos;{url}&apos; is not an http(s) address.</source>
        <translation>&apos;{url}&apos; is not an http(s) address.</translation>
    </message>
    <message>
        <source>The connection to {url} failed: {error}.</source>
        <translation>The connection to {url} failed: {error}.</translation>
    </message>
    <message>
        <source>The source is {size} MB, over the {limit} MB limit.</source>
        <translation>The source is {size} MB, over the {limit} MB limit.</translation>
    </message>
    <message>
        <source>The download passed the {limit} MB limit; stopped.</source>
        <translation>The download passed the {limit} MB limit; stopped.</translation>
    </message>
    <message>
        <source>The server stopped sending in the middle of the download ({total} bytes received).</source>
        <translation>The server stopped sending in the middle of the download ({total} bytes received).</translation>
    </message>
    <message>
        <source>The download was cut short ({total} of {expected} bytes).</source>
        <translation>The download was cut short ({total} of {expected} bytes).</translation>
    </message>
    <message>
        <source>The connection broke during the download: {error}.</source>
        <translation>The connection broke during the download: {error}.</translation>
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
        <source>A Briefer feed needs the publisher&apos;s public key (--key FILE), or --trust-unsigned if you accept unsigned data from this address.</source>
        <translation>A Briefer feed needs the publisher&apos;s public key (--key FILE), or --trust-unsigned if you accept unsigned data from this address.</translation>
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
        <source>The feed has no signature at {url}; refused. Nothing was changed.</source>
        <translation>The feed has no signature at {url}; refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>The feed is unsigned and this source is not marked trusted-unsigned; refused. Nothing was changed.</source>
        <translation>The feed is unsigned and this source is not marked trusted-unsigned; refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>The feed expands past {limit} MB when decompressed: refused as a compression bomb.</source>
        <translation>The feed expands past {limit} MB when decompressed: refused as a compression bomb.</translation>
    </message>
    <message>
        <source>The feed is not valid gzip data: {error}</source>
        <translation>The feed is not valid gzip data: {error}</translation>
    </message>
    <message>
        <source>The feed is invalid: {reason}. Nothing was changed.</source>
        <translation>The feed is invalid: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <source>The feed is not valid JSON (line {line}, column {column}): {error}. Nothing was changed.</source>
        <translation>The feed is not valid JSON (line {line}, column {column}): {error}. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>to be announced</source>
        <translation>to be announced</translation>
    </message>
</context>
</TS>
