<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Briefer</source>
        <translation type="unfinished">حول Briefer</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} (portable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare, carry offline and print a delegation&apos;s briefing for a forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue version {version}</source>
        <translation type="unfinished">إصدار الدليل {version}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefer is free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt and PySide6: &lt;a href=&quot;{url}&quot;&gt;GNU LGPL version 3&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts Amiri and IBM Plex Sans Arabic: &lt;a href=&quot;{url}&quot;&gt;SIL OFL 1.1&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other components and their licences: THIRD-PARTY.md.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The end time is not announced; the event ends when the next session in the room starts, or after an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own item ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is 0 to {most} minutes before; not {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marked session or own meeting with a known day to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>{known} of {expected} selected projects</source>
        <translation>{known} من أصل {expected} مشروعًا مختارًا</translation>
    </message>
    <message>
        <source>{known} of {expected} sessions</source>
        <translation>{known} من أصل {expected} جلسة</translation>
    </message>
    <message>
        <source>{year}: {parts} are known offline; sync or import to complete it.</source>
        <translation>{year}: {parts} متاحة دون اتصال؛ زامن أو استورد لإكمالها.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
</context>
<context>
    <name>Certainty</name>
    <message>
        <source>stated by the source</source>
        <translation>مذكور في المصدر</translation>
    </message>
    <message>
        <source>partly stated</source>
        <translation>مذكور جزئيًا</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>مُستنتَج</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>توضيحي</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>محدد</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>متى (UTC)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the pack printed on {date}.</source>
        <translation>
            <numerusform>لا تغييرات منذ الملف المطبوع في {date}.</numerusform>
            <numerusform>تغيير واحد منذ الملف المطبوع في {date}.</numerusform>
            <numerusform>تغييران منذ الملف المطبوع في {date}.</numerusform>
            <numerusform>%n تغييرات منذ الملف المطبوع في {date}.</numerusform>
            <numerusform>%n تغييرًا منذ الملف المطبوع في {date}.</numerusform>
            <numerusform>%n تغيير منذ الملف المطبوع في {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack printed yet.</source>
        <translation>لم يُطبع أي ملف بعد.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>لا توجد تغييرات مسجلة.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue version {version} — {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILLUSTRATIVE DATA: this catalogue is not real forum data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline catalogue is partial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for {query}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (moderator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: {priority} ({status}) for {assigned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version, from an import: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[conflicting version]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note {id} ({modified})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day to be announced</source>
        <translation type="unfinished">اليوم سيعلن لاحقًا</translation>
    </message>
    <message>
        <source>Catalogue replaced by the bundled one (version {before} → {after}). Marks and notes are untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished">الوقت</translation>
    </message>
    <message>
        <source>your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (forum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the publisher&apos;s key with --key FILE, or --trust-unsigned to accept unsigned data from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --kind from the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another --out prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them as a contact first: briefer person add NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person by one of these ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --force to let it replace that programme anyway (after checking where it comes from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --force to accept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code, e.g. FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished">الوظيفة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">الملاحظات</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Briefer: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Briefer and what you asked for may not have been done:
{what}
The window goes on working. The details are in Briefer&apos;s log; send them to your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors since this window opened: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Your Briefer data at {path} is locked: it needs the passphrase to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is encrypted but its key file {key_file} is missing or damaged ({error}); without it the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong; nothing was opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is wrong; nothing was opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Briefer data is open in another Briefer window or command; the passphrase can be set or removed only when nothing else has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Briefer data is already protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Briefer data is not protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationView</name>
    <message>
        <source>My delegation</source>
        <translation>وفدي</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>New delegation…</source>
        <translation>وفد جديد…</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate&apos;s name</source>
        <translation>اسم المندوب</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>إضافة مندوب</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked items by delegate</source>
        <translation>البنود المحددة حسب المندوب</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Conflicts (double-click to decline the second)</source>
        <translation>التعارضات (انقر مرتين لرفض الثانية)</translation>
    </message>
    <message>
        <source>Create your delegation to mark sessions and projects.</source>
        <translation>أنشئ وفدك لتحديد الجلسات والمشاريع.</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>الوفد بأكمله</translation>
    </message>
    <message>
        <source>{delegate}: “{first}” overlaps “{second}”</source>
        <translation>{delegate}: «{first}» تتعارض مع «{second}»</translation>
    </message>
    <message>
        <source>our meeting, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>وفد جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Country code (ISO 3166, e.g. SN)</source>
        <translation>رمز البلد (ISO 3166، مثل SN)</translation>
    </message>
    <message>
        <source>Rename delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the delegation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>They will be unassigned from %n marked item(s); the marks stay:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove delegate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delegations</name>
    <message>
        <source>A delegation needs a name.</source>
        <translation>يجب أن يكون للوفد اسم.</translation>
    </message>
    <message>
        <source>Country &apos;{country}&apos; is not an ISO 3166 code such as FR or SEN.</source>
        <translation>البلد «⁨{country}⁩» ليس رمزًا من رموز ISO 3166 مثل FR أو SEN.</translation>
    </message>
    <message>
        <source>No delegation with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation named &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation yet: create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delegate needs a name.</source>
        <translation>يجب أن يكون للمندوب اسم.</translation>
    </message>
    <message>
        <source>{delegation} already has a delegate named &apos;{name}&apos;.</source>
        <translation>لدى ⁨{delegation}⁩ مندوب باسم «⁨{name}⁩» بالفعل.</translation>
    </message>
    <message>
        <source>No delegate with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished">لا شيء بعد</translation>
    </message>
    <message>
        <source>{delegation} has no delegate named &apos;{name}&apos; (delegates: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Show in:</source>
        <translation>العرض بلغة:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>المندوبون</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Why it matters to the delegation</source>
        <translation>لماذا يهم الوفد</translation>
    </message>
    <message>
        <source>Save mark</source>
        <translation>حفظ التحديد</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>ملاحظات…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window&apos;s language</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>Select a session or a project.</source>
        <translation>اختر جلسة أو مشروعًا.</translation>
    </message>
    <message>
        <source>Create a delegation (My delegation) to mark items.</source>
        <translation>أنشئ وفدًا (وفدي) لتحديد البنود.</translation>
    </message>
    <message>
        <source>Their version, from an imported selection: {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation type="unfinished">سيعلن لاحقًا</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Not in your catalogue: known from an imported selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>In other languages</source>
        <translation>بلغات أخرى</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark removed (priority, reason, delegates); notes are kept. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>On this computer&apos;s clock</source>
        <translation>بتوقيت هذا الحاسوب</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>درجة اليقين</translation>
    </message>
    <message>
        <source>Mark saved.</source>
        <translation>حُفظ التحديد.</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <source>Several editions answer to &apos;{text}&apos;: {candidates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edition {text} in the catalogue (editions: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Apply anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>تعذّرت قراءة ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB; refused.</source>
        <translation>حجم ⁨{path}⁩ يتجاوز {limit} ميغابايت؛ رُفض.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>تعذّرت الكتابة في ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell what kind of file this is; the kinds Briefer reads are briefer, frab-xml, frab-json, ics and csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}; refused. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {format} file is nested too deeply; refused. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {format} file has a value of an unexpected kind or shape; refused. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file declares a DTD or entities (a possible XXE or entity-expansion attack); refused. Nothing was changed.</source>
        <translation>يعلن ملف XML عن DTD أو كيانات (هجوم XXE أو توسيع كيانات محتمل)؛ رُفض. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: {error}. Nothing was changed.</source>
        <translation>الملف ليس XML سليم البنية: ⁨{error}⁩. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This XML is not a frab schedule (its root is &lt;{tag}&gt;).</source>
        <translation>ملف XML هذا ليس برنامج frab (جذره ⁦&lt;{tag}&gt;⁩).</translation>
    </message>
    <message>
        <source>This frab schedule has no &lt;conference&gt; element.</source>
        <translation>برنامج frab هذا لا يحتوي على العنصر ⁦&lt;conference&gt;⁩.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {error}. Nothing was changed.</source>
        <translation>الملف ليس JSON صالحًا: ⁨{error}⁩. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This JSON is not a frab/pretalx schedule (no schedule.conference.days).</source>
        <translation>ملف JSON هذا ليس برنامج frab/pretalx (لا يوجد ⁦schedule.conference.days⁩).</translation>
    </message>
    <message>
        <source>The file is not valid iCalendar: {error}. Nothing was changed.</source>
        <translation>الملف ليس iCalendar صالحًا: ⁨{error}⁩. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation>ملف CSV ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The CSV header lacks {missing} (documented columns: {columns}).</source>
        <translation>ينقص ترويسة CSV: ⁨{missing}⁩ (الأعمدة الموثّقة: ⁨{columns}⁩).</translation>
    </message>
    <message>
        <source>CSV line {line}: a field is longer than {limit} KB or badly quoted; refused. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: more fields than the header has columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: kind must be &apos;session&apos; or &apos;project&apos;, not {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name} ({sessions} sessions) as a new edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name} ({sessions} sessions), replacing the {now} sessions of the edition already in the catalogue; marks and notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no edition: nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {marks} marks, {notes} notes, {meetings} meetings and {contacts} contacts from {delegation} ({delegates} delegates). Nothing of yours is overwritten: where both sides changed an entry, both versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation is new here: it will be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase first (File › Security…): it is what unlocks Briefer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Briefer — briefing for the Paris Peace Forum</source>
        <translation>Briefer — الإحاطة لمنتدى باريس للسلام</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>My delegation</source>
        <translation>وفدي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">الأشخاص</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)…</source>
        <translation>ابحث في كل شيء (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Results appear as you type; Down reaches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Import programme file…</source>
        <translation>استيراد ملف برنامج…</translation>
    </message>
    <message>
        <source>Export marks and notes…</source>
        <translation>تصدير التحديدات والملاحظات…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s marks and notes…</source>
        <translation>استيراد تحديدات وملاحظات زميل…</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>إنشاء الملف</translation>
    </message>
    <message>
        <source>Print pack…</source>
        <translation>طباعة الملف…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Sync all sources</source>
        <translation>مزامنة كل المصادر</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>إضافة مصدر…</translation>
    </message>
    <message>
        <source>About Briefer</source>
        <translation>حول Briefer</translation>
    </message>
    <message>
        <source>Copy diagnostic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable: data beside the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a pack first: then it can be printed.</source>
        <translation>أنشئ ملفًا أولًا، ثم يمكن طباعته.</translation>
    </message>
    <message>
        <source>Catalogue version {version}</source>
        <translation>إصدار الدليل {version}</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE DATA</source>
        <translation>بيانات توضيحية</translation>
    </message>
    <message>
        <source>partial: see Help › About</source>
        <translation>جزئي: انظر مساعدة › حول</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>آخر مزامنة {when}</translation>
    </message>
    <message>
        <source>Never synced: bundled data</source>
        <translation>لم تتم المزامنة: البيانات المدمجة</translation>
    </message>
    <message>
        <source>Network status unknown</source>
        <translation>حالة الشبكة غير معروفة</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>{name} (unsigned: trusted by you)</source>
        <translation>{name} (غير موقّع: موثوق بقرارك)</translation>
    </message>
    <message>
        <source>No source yet</source>
        <translation>لا يوجد مصدر بعد</translation>
    </message>
    <message>
        <source>No source yet. Add the address of your ministry&apos;s feed (Sync › Add a source), or import a programme file.</source>
        <translation>لا يوجد مصدر بعد. أضف عنوان موجز وزارتك (مزامنة › إضافة مصدر) أو استورد ملف برنامج.</translation>
    </message>
    <message>
        <source>Data: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic information copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import programme file</source>
        <translation>استيراد ملف برنامج</translation>
    </message>
    <message>
        <source>Programmes (*.xml *.json *.ics *.csv *.gz)</source>
        <translation>البرامج (*.xml *.json *.ics *.csv *.gz)</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>Priority &apos;{priority}&apos; is not one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &apos;{status}&apos; is not one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{delegate} is not a delegate of {delegation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not assigned to {delegate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority {priority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a mark: mine or theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark on {item} has no conflict to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not marked by {delegation}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished">اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">الوقت</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates who attend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>&apos;{zone}&apos; is not a time zone such as Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{time}&apos; is not a time written HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time needs a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end time needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting ends ({end}) before or when it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a logistics field: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a meeting: current or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting {id} has no other version to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several meetings have ids starting with {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>لا يمكن أن تكون الملاحظة فارغة.</translation>
    </message>
    <message>
        <source>A note is limited to 5 MB.</source>
        <translation>حجم الملاحظة محدود بـ 5 ميغابايت.</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a note: this, both or merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note {id} has no conflicting version to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>New delegation note</source>
        <translation>ملاحظة وفد جديدة</translation>
    </message>
    <message>
        <source>Start from template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-to-left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Create a delegation and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was also edited elsewhere; an import kept both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>اكتب بصيغة Markdown: # عنوان، **عريض**، - قائمة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source> [conflicting version]</source>
        <translation> [نسخة متعارضة]</translation>
    </message>
    <message>
        <source>The other version of this note will be deleted; its text will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation note</source>
        <translation>ملاحظة الوفد</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>ملاحظة حول {title}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>قيد التحرير…</translation>
    </message>
    <message>
        <source>Not saved: notes belong to a delegation, and there is none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation type="unfinished">وفد جديد</translation>
    </message>
    <message>
        <source>Name of your delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note on {where} ({count} characters, beginning “{first}”)? Its text will be lost; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its other version, from an import, stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished">أُلغي؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>A pack is written as {formats}, not {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password protects PDF packs only; no Word pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is marked for {who}: mark sessions or projects first.</source>
        <translation>لا شيء محدد لـ ⁨{who}⁩: حدّد جلسات أو مشاريع أولًا.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a date such as 2021-11-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marked session for {who} on {day}.</source>
        <translation>لا توجد جلسة محددة لـ ⁨{who}⁩ يوم ⁨{day}⁩.</translation>
    </message>
</context>
<context>
    <name>PacksView</name>
    <message>
        <source>Briefing packs</source>
        <translation>ملفات الإحاطة</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>ملف الإحاطة</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>برنامج اليوم</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">الشكل</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Classification line</source>
        <translation>سطر التصنيف</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>العلامة المائية</translation>
    </message>
    <message>
        <source>Changes since the last pack</source>
        <translation>التغييرات منذ الملف السابق</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Our meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session briefs</source>
        <translation>بطاقات الجلسات</translation>
    </message>
    <message>
        <source>Project briefs</source>
        <translation>بطاقات المشاريع</translation>
    </message>
    <message>
        <source>Who&apos;s who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation notes</source>
        <translation>ملاحظات الوفد</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>مثل: محدود التداول</translation>
    </message>
    <message>
        <source>e.g. DRAFT</source>
        <translation>مثل: مسودة</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Word pack has no preview here: once built, open it with the system (Open document) to read, revise or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>إنشاء الملف</translation>
    </message>
    <message>
        <source>Build day sheet</source>
        <translation>إنشاء برنامج اليوم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>الوفد بأكمله</translation>
    </message>
    <message>
        <source>Build a pack to see its pages here.</source>
        <translation>أنشئ ملفًا لترى صفحاته هنا.</translation>
    </message>
    <message>
        <source>Create your delegation in My delegation and mark sessions or projects: the pack&apos;s pages will show here.</source>
        <translation>أنشئ وفدك في «وفدي» وحدّد جلسات أو مشاريع، وستظهر صفحات الملف هنا.</translation>
    </message>
    <message>
        <source>Building the day sheet…</source>
        <translation>جارٍ إنشاء برنامج اليوم…</translation>
    </message>
    <message>
        <source>Word pack ready: {name}. Open document shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages: save, print or open the folder for the whole pack.</source>
        <translation>
            <numerusform>تعرض المعاينة أول %1 صفحة من أصل %n: احفظ الملف أو اطبعه أو افتح مجلده لرؤيته كاملًا.</numerusform>
            <numerusform>تعرض المعاينة أول %1 صفحة من أصل %n: احفظ الملف أو اطبعه أو افتح مجلده لرؤيته كاملًا.</numerusform>
            <numerusform>تعرض المعاينة أول %1 صفحة من أصل %n: احفظ الملف أو اطبعه أو افتح مجلده لرؤيته كاملًا.</numerusform>
            <numerusform>تعرض المعاينة أول %1 صفحة من أصل %n: احفظ الملف أو اطبعه أو افتح مجلده لرؤيته كاملًا.</numerusform>
            <numerusform>تعرض المعاينة أول %1 صفحة من أصل %n: احفظ الملف أو اطبعه أو افتح مجلده لرؤيته كاملًا.</numerusform>
            <numerusform>تعرض المعاينة أول %1 صفحة من أصل %n: احفظ الملف أو اطبعه أو افتح مجلده لرؤيته كاملًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be saved to {path}: {reason}</source>
        <translation>تعذّر حفظ الملف في {path}: {reason}</translation>
    </message>
    <message>
        <source>A Word pack is printed from Word or LibreOffice: Open document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the pack to the printer…</source>
        <translation>جارٍ إرسال الملف إلى الطابعة…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>لم تُرسل أي صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the pack…</source>
        <translation>جارٍ إنشاء الملف…</translation>
    </message>
    <message>
        <source>page %v</source>
        <translation>الصفحة %v</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) ready.</source>
        <translation>
            <numerusform>لا صفحات.</numerusform>
            <numerusform>صفحة واحدة جاهزة.</numerusform>
            <numerusform>صفحتان جاهزتان.</numerusform>
            <numerusform>%n صفحات جاهزة.</numerusform>
            <numerusform>%n صفحة جاهزة.</numerusform>
            <numerusform>%n صفحة جاهزة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>حفظ الملف</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Country &apos;{country}&apos; is not an ISO 3166 code such as FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a counterpart of {count} meeting(s): {titles}. Take them off those meetings first; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people are named &apos;{name}&apos;: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person named &apos;{name}&apos; among the delegation&apos;s contacts or the speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished">الوظيفة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">الجلسات</translation>
    </message>
    <message>
        <source>A contact of the delegation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People</source>
        <translation type="unfinished">الأشخاص</translation>
    </message>
    <message>
        <source>Filter by name, function or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions they speak in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to see their sessions and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact of the delegation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>place to be announced</source>
        <translation>المكان سيعلن لاحقًا</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The print system did not answer: {reason}</source>
        <translation>لم يستجب نظام الطباعة: {reason}</translation>
    </message>
    <message>
        <source>The printer refused the pack: {reason}</source>
        <translation>رفضت الطابعة الملف: {reason}</translation>
    </message>
    <message>
        <source>The chosen pages are not in the pack.</source>
        <translation>الصفحات المختارة ليست في الملف.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages.</source>
        <translation>توقفت الطابعة عن استقبال الصفحات.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>must attend</source>
        <translation>حضور إلزامي</translation>
    </message>
    <message>
        <source>should attend</source>
        <translation>حضور مستحسن</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>المحددة فقط</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>كل الأيام</translation>
    </message>
    <message>
        <source>all formats</source>
        <translation>كل الأشكال</translation>
    </message>
    <message>
        <source>all themes</source>
        <translation>كل المواضيع</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>selected project</source>
        <translation>مشروع مختار</translation>
    </message>
    <message>
        <source>Scale-up</source>
        <translation>برنامج التوسيع</translation>
    </message>
    <message>
        <source>forum initiative</source>
        <translation>مبادرة المنتدى</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Filter by name, organisation, region, country</source>
        <translation>التصفية بالاسم أو الجهة أو المنطقة أو البلد</translation>
    </message>
    <message>
        <source>all editions</source>
        <translation>كل الدورات</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Note on {title}</source>
        <translation>ملاحظة حول {title}</translation>
    </message>
    <message>
        <source>Delegation note</source>
        <translation>ملاحظة الوفد</translation>
    </message>
    <message>
        <source>Our meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Themes and priorities</source>
        <translation>المواضيع والأولويات</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>ملاحظاتك</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Type in the search field (Ctrl+F): Arabic, French or English, any spelling.</source>
        <translation>اكتب في حقل البحث (Ctrl+F): بالعربية أو الفرنسية أو الإنجليزية، بأي إملاء.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{path} is not a Briefer selection file: {reason}. Nothing was imported.</source>
        <translation>⁨{path}⁩ ليس ملف تحديدات من Briefer: {reason}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>it is larger than 50 MB</source>
        <translation>حجمه يتجاوز 50 ميغابايت</translation>
    </message>
    <message>
        <source>its JSON is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}</source>
        <translation>JSON غير صالح في السطر {line}</translation>
    </message>
    <message>
        <source>it has no &apos;format&apos;: &apos;briefer-selection&apos; marker</source>
        <translation>لا يحمل العلامة ⁦&apos;format&apos;: &apos;briefer-selection&apos;⁩</translation>
    </message>
    <message>
        <source>format version &apos;{version}&apos; is not supported</source>
        <translation>إصدار الصيغة «⁨{version}⁩» غير مدعوم</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Day to be announced</source>
        <translation>اليوم سيعلن لاحقًا</translation>
    </message>
    <message numerus="yes">
        <source>{day} — %n session(s)</source>
        <translation>
            <numerusform>{day} — لا جلسات</numerusform>
            <numerusform>{day} — جلسة واحدة</numerusform>
            <numerusform>{day} — جلستان</numerusform>
            <numerusform>{day} — %n جلسات</numerusform>
            <numerusform>{day} — %n جلسة</numerusform>
            <numerusform>{day} — %n جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>سيعلن لاحقًا</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>our meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>معدلة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt with an underlined letter reaches a field or a menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: must, should, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current item&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the results back to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape, Up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The catalogue file {path} is damaged or not a catalogue: {error}</source>
        <translation>ملف الدليل ⁨{path}⁩ تالف أو ليس دليلًا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>The catalogue file {path} has format {version}; this Briefer reads format {known}.</source>
        <translation>ملف الدليل ⁨{path}⁩ بالصيغة {version}؛ وهذا الإصدار من Briefer يقرأ الصيغة {known}.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is busy with another long write (an import or a sync) that did not end in time; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {path} passed the largest file size this session allows (a limit set with ulimit -f); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {path} failed ({error}); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file would pass the size this system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}. Your data is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only (the folder, the file or the disk); Briefer needs to write in its data folder, even to read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder where Briefer keeps its catalogue file; move it away and Briefer puts the catalogue back. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from {path}; reinstall Briefer.</source>
        <translation>الدليل المدمج مفقود من ⁨{path}⁩؛ أعد تثبيت Briefer.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is damaged or is not a Briefer database ({error}). It has been left exactly as it is; restore a backup or choose another data folder.</source>
        <translation>بيانات Briefer في ⁨{path}⁩ تالفة أو ليست قاعدة بيانات Briefer (⁨{error}⁩). تُركت كما هي تمامًا؛ استعد نسخة احتياطية أو اختر مجلد بيانات آخر.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} was written by a newer version of Briefer (schema {version}, this version knows {known}). It has been left untouched; update Briefer to open it.</source>
        <translation>بيانات Briefer في ⁨{path}⁩ كتبها إصدار أحدث من Briefer (المخطط {version}، وهذا الإصدار يعرف {known}). لم تُمسّ؛ حدّث Briefer لفتحها.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not Briefer&apos;s; it was left untouched.</source>
        <translation>⁨{path}⁩ قاعدة بيانات SQLite لكنها ليست لـ Briefer؛ لم تُمسّ.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {error}</source>
        <translation>تعذّر إنشاء مجلد البيانات ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Cannot open your Briefer data at {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} answered with a web page, not a feed or a signature: a network&apos;s login page (a hotel&apos;s or an airport&apos;s Wi-Fi) may be in the way, or the address is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} redirected to {target}, which is not a safe address (only https, or http from http, is followed); refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from {url} was still running when the time allowed for a sync ran out ({size} received): the connection is too slow or the server is holding it open; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; your data is as it was.</source>
        <translation>لم يُغيَّر شيء؛ بياناتك كما كانت.</translation>
    </message>
    <message>
        <source>Cannot find the server &apos;{host}&apos; (DNS lookup failed): check the address or your connection.</source>
        <translation>تعذّر العثور على الخادم «⁨{host}⁩» (فشل استعلام DNS): تحقّق من العنوان أو من اتصالك.</translation>
    </message>
    <message>
        <source>The server refused the connection ({url}).</source>
        <translation>رفض الخادم الاتصال (⁨{url}⁩).</translation>
    </message>
    <message>
        <source>Connecting to {url} timed out: the network may be offline or the server down.</source>
        <translation>انتهت مهلة الاتصال بـ ⁨{url}⁩: قد تكون الشبكة غير متصلة أو الخادم متوقفًا.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified ({reason}); the connection was refused.</source>
        <translation>تعذّر التحقق من شهادة TLS للخادم (⁨{reason}⁩)؛ رُفض الاتصال.</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {reason}.</source>
        <translation>تعذّر الوصول إلى ⁨{url}⁩: ⁨{reason}⁩.</translation>
    </message>
    <message>
        <source>The source is not at {url} (HTTP 404 Not Found).</source>
        <translation>المصدر غير موجود في ⁨{url}⁩ (HTTP 404 Not Found).</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503).</source>
        <translation>الخادم غير متاح مؤقتًا (HTTP 503).</translation>
    </message>
    <message>
        <source>Try again in {after} seconds.</source>
        <translation>أعد المحاولة بعد {after} ثانية.</translation>
    </message>
    <message>
        <source>Try again after {after}.</source>
        <translation>أعد المحاولة بعد ⁨{after}⁩.</translation>
    </message>
    <message>
        <source>The server failed (HTTP {code}); try again later.</source>
        <translation>أخفق الخادم (HTTP {code})؛ أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server answered HTTP {code} for {url}.</source>
        <translation>أجاب الخادم بالرمز HTTP {code} على ⁨{url}⁩.</translation>
    </message>
    <message>
        <source>A timeout must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) address.</source>
        <translation>«⁨{url}⁩» ليس عنوان http(s).</translation>
    </message>
    <message>
        <source>{url} answered &apos;not modified&apos; (HTTP 304) to a request for the whole file, which a server may not do; nothing was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {url} failed: {error}.</source>
        <translation>فشل الاتصال بـ ⁨{url}⁩: ⁨{error}⁩.</translation>
    </message>
    <message>
        <source>The source is {size}, over the {limit} limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download passed the {limit} limit; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped sending in the middle of the download ({size} received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cut short ({total} of {expected} bytes).</source>
        <translation>انقطع التنزيل قبل اكتماله ({total} من {expected} بايت).</translation>
    </message>
    <message>
        <source>The connection broke during the download: {error}.</source>
        <translation>انقطع الاتصال أثناء التنزيل: ⁨{error}⁩.</translation>
    </message>
    <message>
        <source>{path} exists already; no key was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an Ed25519 public key (PEM or base64).</source>
        <translation>هذا ليس مفتاحًا عامًا من نوع Ed25519 (PEM أو base64).</translation>
    </message>
    <message>
        <source>That is not an Ed25519 public key.</source>
        <translation>هذا ليس مفتاحًا عامًا من نوع Ed25519.</translation>
    </message>
    <message>
        <source>The feed&apos;s signature file is malformed; nothing was changed.</source>
        <translation>ملف توقيع الموجز تالف؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Bad signature: the feed does not match its signature (altered in transit or on the server). Nothing was changed.</source>
        <translation>توقيع غير صالح: الموجز لا يطابق توقيعه (عُدِّل أثناء النقل أو على الخادم). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The feed is signed by key {key}, which this source does not trust. Nothing was changed; add the publisher&apos;s public key if you trust it.</source>
        <translation>الموجز موقّع بالمفتاح ⁨{key}⁩ الذي لا يثق به هذا المصدر. لم يُغيَّر شيء؛ أضف المفتاح العام للناشر إن كنت تثق به.</translation>
    </message>
    <message>
        <source>Kind &apos;{kind}&apos; is not one of {kinds}.</source>
        <translation>النوع «⁨{kind}⁩» ليس من بين: ⁨{kinds}⁩.</translation>
    </message>
    <message>
        <source>A source name uses letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>لا يحتوي اسم المصدر إلا على حروف وأرقام و«-» و«_».</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) or file address.</source>
        <translation>«⁨{url}⁩» ليس عنوان http(s) ولا ملفًا.</translation>
    </message>
    <message>
        <source>A Briefer feed needs the publisher&apos;s public key, or your acceptance of unsigned data from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a source named &apos;{name}&apos;.</source>
        <translation>يوجد مصدر باسم «⁨{name}⁩» بالفعل.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>No source named &apos;{name}&apos; (sources: {known}).</source>
        <translation>لا يوجد مصدر باسم «⁨{name}⁩» (المصادر: ⁨{known}⁩).</translation>
    </message>
    <message>
        <source>The feed has no signature at {url}; refused. Nothing was changed.</source>
        <translation>لا يوجد توقيع للموجز في ⁨{url}⁩؛ رُفض. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The feed is unsigned and this source is not marked trusted-unsigned; refused. Nothing was changed.</source>
        <translation>الموجز غير موقّع وهذا المصدر لا يقبل البيانات غير الموقّعة؛ رُفض. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The feed expands past {limit} MB when decompressed: refused as a compression bomb.</source>
        <translation>يتجاوز الموجز {limit} ميغابايت بعد فك الضغط: رُفض بوصفه قنبلة ضغط.</translation>
    </message>
    <message>
        <source>The feed is not valid gzip data: {error}</source>
        <translation>الموجز ليس بيانات gzip صالحة: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>The feed is invalid: {reason}. Nothing was changed.</source>
        <translation>الموجز غير صالح: ⁨{reason}⁩. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a value of an unexpected kind or shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is not valid JSON (line {line}, column {column}): {error}. Nothing was changed.</source>
        <translation>الموجز ليس JSON صالحًا (السطر {line}، العمود {column}): ⁨{error}⁩. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>No source yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{claimant}&apos; is not signed and claims the programme &apos;{namespace}&apos;, which belongs to &apos;{owner}&apos; (signed): refused, so that it cannot replace the signed data. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{claimant}&apos; is not signed and claims the programme &apos;{namespace}&apos;, which belongs to &apos;{owner}&apos;: refused. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new data for &apos;{namespace}&apos; holds no session and no project: an empty programme is almost always a publishing error. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is version {version}, older than the version {held} already held: refused as a rollback. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD) or an ISO time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>There is no template named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template name is one line of 1 to {limit} characters, not {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template is limited to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template is written in {languages}, not {lang}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {name} is built in and was not edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>to be announced</source>
        <translation>سيعلن لاحقًا</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>is not a duration such as 00:30 or PT30M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an iCalendar date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs HH:MM and a day, or a full ISO 8601 time with its offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}, field &apos;{field}&apos; {reason} (value: {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; {reason} (value: {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a year outside {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a real day written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries no UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a time of day HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends before the start ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>makes a session last more than {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a time zone of the tz database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of the statuses {statuses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a language tag such as &apos;en&apos; or &apos;pt-BR&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than {limit} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Briefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefer prepares your delegation for the forum and carries the briefing offline. First, who is going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Delegation of Senegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line, with their function:
Amina Diallo — Ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished">الوفد</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation type="unfinished">المندوبون</translation>
    </message>
    <message>
        <source>Create the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is ready. Next: mark the sessions and projects that matter in Programme and Projects (the detail pane on the right), assign them to delegates, write notes, then build each delegate&apos;s briefing pack in Packs. Sync or import a programme file to bring the latest programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Welcome to Briefer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
