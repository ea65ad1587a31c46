<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Briefer</source>
        <translation>حول Briefer</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>حول Qt</translation>
    </message>
    <message>
        <source>{folder} (portable)</source>
        <translation>⁨{folder}⁩ (نسخة محمولة)</translation>
    </message>
    <message>
        <source>{qt}, {pyside}</source>
        <translation>{qt}، {pyside}</translation>
    </message>
    <message>
        <source>Prepare, carry offline and print a delegation&apos;s briefing for a forum.</source>
        <translation>إعداد إحاطة الوفد لمنتدى ما، وحملها دون اتصال بالإنترنت، وطباعتها.</translation>
    </message>
    <message>
        <source>Catalogue version {version}</source>
        <translation>إصدار الكتالوج ⁨{version}⁩</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>مجلد البيانات: ⁨{folder}⁩</translation>
    </message>
    <message>
        <source>Briefer is free software under the MIT licence.</source>
        <translation>‏Briefer برنامج حر مرخَّص بموجب رخصة MIT.</translation>
    </message>
    <message>
        <source>Qt and PySide6: &lt;a href=&quot;{url}&quot;&gt;GNU LGPL version 3&lt;/a&gt;.</source>
        <translation>‏Qt وPySide6: &lt;a href=&quot;{url}&quot;&gt;رخصة GNU LGPL، الإصدار 3&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Fonts Amiri and IBM Plex Sans Arabic: &lt;a href=&quot;{url}&quot;&gt;SIL OFL 1.1&lt;/a&gt;.</source>
        <translation>الخطّان Amiri وIBM Plex Sans Arabic: &lt;a href=&quot;{url}&quot;&gt;رخصة SIL OFL 1.1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Other components and their licences: THIRD-PARTY.md.</source>
        <translation>المكوّنات الأخرى ورخصها: ⁦THIRD-PARTY.md⁩.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Priority: {priority}</source>
        <translation>الأولوية: {priority}</translation>
    </message>
    <message>
        <source>The end time is not announced; the event ends when the next session in the room starts, or after an hour.</source>
        <translation>لم يُعلَن وقت الانتهاء؛ تنتهي الفعالية عند بدء الجلسة التالية في القاعة، أو بعد ساعة.</translation>
    </message>
    <message>
        <source>Source: {url}</source>
        <translation>المصدر: {url}</translation>
    </message>
    <message>
        <source>Our own item ({kind})</source>
        <translation>لقاء الوفد (⁨{kind}⁩)</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>مع: ⁨{names}⁩</translation>
    </message>
    <message>
        <source>Attending: {names}</source>
        <translation>الحضور: ⁨{names}⁩</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: ⁨{value}⁩</translation>
    </message>
    <message numerus="yes">
        <source>A reminder is 0 to %n minute(s) before; not {given}.</source>
        <translation>
            <numerusform>يكون التذكير قبل الموعد بما لا يزيد على %Ln دقيقة، لا ⁨{given}⁩.</numerusform>
            <numerusform>يكون التذكير قبل الموعد بما لا يزيد على دقيقة واحدة، لا ⁨{given}⁩.</numerusform>
            <numerusform>يكون التذكير قبل الموعد بما لا يزيد على دقيقتين، لا ⁨{given}⁩.</numerusform>
            <numerusform>يكون التذكير قبل الموعد بما لا يزيد على %Ln دقائق، لا ⁨{given}⁩.</numerusform>
            <numerusform>يكون التذكير قبل الموعد بما لا يزيد على %Ln دقيقةً، لا ⁨{given}⁩.</numerusform>
            <numerusform>يكون التذكير قبل الموعد بما لا يزيد على %Ln دقيقة، لا ⁨{given}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <source>No marked session or own meeting with a known day to export.</source>
        <translation>لا توجد جلسة مُعلَّمة ولا لقاء للوفد بيوم معروف لتصديره.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>الوفد بأكمله</translation>
    </message>
    <message>
        <source>&amp;Remind before each item</source>
        <translation>&amp;تذكير قبل كل بند</translation>
    </message>
    <message numerus="yes">
        <source>%n min before</source>
        <translation>
            <numerusform>%Ln دقيقة قبل البند</numerusform>
            <numerusform>%Ln دقيقة قبل البند</numerusform>
            <numerusform>%Ln دقيقة قبل البند</numerusform>
            <numerusform>%Ln دقائق قبل البند</numerusform>
            <numerusform>%Ln دقيقةً قبل البند</numerusform>
            <numerusform>%Ln دقيقة قبل البند</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes before each item</source>
        <translation>الدقائق قبل كل بند</translation>
    </message>
    <message>
        <source>&amp;Calendar of</source>
        <translation>&amp;تقويم</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>تقويم (*.ics)</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>No item “{item}” in the catalogue. Ids look like ppf:ses-2021-101; find them with: briefer search WORDS</source>
        <translation>لا يوجد بند «⁨{item}⁩» في الكتالوج. تبدو المعرّفات هكذا: ⁦ppf:ses-2021-101⁩؛ ابحث عنها بالأمر: ⁦briefer search⁩ كلمات</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>{known} of %n selected project(s)</source>
        <translation>
            <numerusform>⁨{known}⁩ من أصل %Ln مشروع مختار</numerusform>
            <numerusform>⁨{known}⁩ من أصل مشروع مختار واحد</numerusform>
            <numerusform>⁨{known}⁩ من أصل مشروعين مختارين</numerusform>
            <numerusform>⁨{known}⁩ من أصل %Ln مشاريع مختارة</numerusform>
            <numerusform>⁨{known}⁩ من أصل %Ln مشروعًا مختارًا</numerusform>
            <numerusform>⁨{known}⁩ من أصل %Ln مشروع مختار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{known} of %n session(s)</source>
        <translation>
            <numerusform>⁨{known}⁩ من أصل %Ln جلسة</numerusform>
            <numerusform>⁨{known}⁩ من أصل جلسة واحدة</numerusform>
            <numerusform>⁨{known}⁩ من أصل جلستين</numerusform>
            <numerusform>⁨{known}⁩ من أصل %Ln جلسات</numerusform>
            <numerusform>⁨{known}⁩ من أصل %Ln جلسةً</numerusform>
            <numerusform>⁨{known}⁩ من أصل %Ln جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>{year}: {parts} are known offline; sync or import to complete it.</source>
        <translation>⁨{year}⁩: المتاح دون اتصال ⁨{parts}⁩؛ زامِن أو استورد لإكماله.</translation>
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
        <translation>مسحوب</translation>
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
        <translation>المكان</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>المحاورون</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a session</comment>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a project</comment>
        <translation>جديد</translation>
    </message>
    <message>
        <source>new</source>
        <comment>our meeting</comment>
        <translation>جديد</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a session</comment>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a project</comment>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>our meeting</comment>
        <translation>محذوف</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>لا جلسات جديدة</numerusform>
            <numerusform>جلسة جديدة واحدة</numerusform>
            <numerusform>جلستان جديدتان</numerusform>
            <numerusform>%Ln جلسات جديدة</numerusform>
            <numerusform>%Ln جلسةً جديدة</numerusform>
            <numerusform>%Ln جلسة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new project(s)</source>
        <translation>
            <numerusform>لا مشاريع جديدة</numerusform>
            <numerusform>مشروع جديد واحد</numerusform>
            <numerusform>مشروعان جديدان</numerusform>
            <numerusform>%Ln مشاريع جديدة</numerusform>
            <numerusform>%Ln مشروعًا جديدًا</numerusform>
            <numerusform>%Ln مشروع جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>لم تُسحب أي جلسة</numerusform>
            <numerusform>سُحبت جلسة واحدة</numerusform>
            <numerusform>سُحبت جلستان</numerusform>
            <numerusform>سُحبت %Ln جلسات</numerusform>
            <numerusform>سُحبت %Ln جلسةً</numerusform>
            <numerusform>سُحبت %Ln جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) removed</source>
        <translation>
            <numerusform>لم يُسحب أي مشروع</numerusform>
            <numerusform>سُحب مشروع واحد</numerusform>
            <numerusform>سُحب مشروعان</numerusform>
            <numerusform>سُحبت %Ln مشاريع</numerusform>
            <numerusform>سُحب %Ln مشروعًا</numerusform>
            <numerusform>سُحب %Ln مشروع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقةً</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>⁨{day}⁩، ⁨{time}⁩</translation>
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
        <translation>مُعلَّم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>What</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>No change since the pack printed on {date}.</source>
        <translation>لا تغيير منذ ملف الإحاطة المطبوع في ⁨{date}⁩.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the pack printed on {date}.</source>
        <translation>
            <numerusform>لا تغييرات منذ طباعة ملف الإحاطة في ⁨{date}⁩.</numerusform>
            <numerusform>تغيير واحد منذ طباعة ملف الإحاطة في ⁨{date}⁩.</numerusform>
            <numerusform>تغييران منذ طباعة ملف الإحاطة في ⁨{date}⁩.</numerusform>
            <numerusform>%Ln تغييرات منذ طباعة ملف الإحاطة في ⁨{date}⁩.</numerusform>
            <numerusform>%Ln تغييرًا منذ طباعة ملف الإحاطة في ⁨{date}⁩.</numerusform>
            <numerusform>%Ln تغيير منذ طباعة ملف الإحاطة في ⁨{date}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack printed yet.</source>
        <translation>لم يُطبع أي ملف إحاطة بعد.</translation>
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
        <translation>قُطع التنفيذ</translation>
    </message>
    <message>
        <source>Catalogue version {version} — {source}</source>
        <translation>إصدار الكتالوج ⁨{version}⁩ — ⁨{source}⁩</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>مجلد البيانات: ⁨{path}⁩</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE DATA: this catalogue is not real forum data.</source>
        <translation>بيانات توضيحية: ليس في هذا الكتالوج بيانات حقيقية للمنتدى.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>موقَّع</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <source>The offline catalogue is partial:</source>
        <translation>الكتالوج المتاح دون اتصال جزئي:</translation>
    </message>
    <message>
        <source>--marked and --delegate need a delegation: {command}</source>
        <translation>يلزم إنشاء وفد لاستخدام ⁦--marked⁩ و⁦--delegate⁩: ⁨{command}⁩</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>يجب ألا تقل قيمة ⁦--limit⁩ عن 1.</translation>
    </message>
    <message>
        <source>Nothing to search for: type a word.</source>
        <translation>لا شيء للبحث عنه: اكتب كلمة.</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>لا نتائج للبحث عن «⁨{query}⁩».</translation>
    </message>
    <message>
        <source>No region Briefer knows is named “{region}”.</source>
        <translation>لا توجد منطقة يعرفها Briefer باسم «⁨{region}⁩».</translation>
    </message>
    <message>
        <source> (moderator)</source>
        <translation> (مدير الجلسة)</translation>
    </message>
    <message>
        <source>whole delegation</source>
        <translation>الوفد بأكمله</translation>
    </message>
    <message>
        <source>Marked: {priority} ({status}) for {assigned}</source>
        <translation>مُعلَّم: ⁨{priority}⁩ (⁨{status}⁩)، لـ ⁨{assigned}⁩</translation>
    </message>
    <message>
        <source>Their version, from an import: {version}</source>
        <translation>النسخة الأخرى، من ملف مستورد: ⁨{version}⁩</translation>
    </message>
    <message>
        <source>[conflicting version]</source>
        <translation>[نسخة متعارضة]</translation>
    </message>
    <message>
        <source>Note {id} ({modified})</source>
        <translation>الملاحظة ⁨{id}⁩ (⁨{modified}⁩)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a moment with its time zone, such as 2021-11-11T14:45+01:00.</source>
        <translation>‏«⁨{text}⁩» ليس لحظة مع منطقتها الزمنية، مثل ‎2021-11-11T14:45+01:00‎.</translation>
    </message>
    <message>
        <source>Nothing more on {day} after {time} (the forum&apos;s time).</source>
        <translation>لا شيء آخر يوم ⁨{day}⁩ بعد الساعة ⁨{time}⁩ (بتوقيت المنتدى).</translation>
    </message>
    <message>
        <source> [in progress]</source>
        <translation> [جارٍ الآن]</translation>
    </message>
    <message>
        <source>--at goes with --now.</source>
        <translation>يُستخدم ‎--at‎ مع ‎--now‎.</translation>
    </message>
    <message>
        <source>No session on {day} matches.</source>
        <translation>لا توجد جلسة مطابقة يوم ⁨{day}⁩.</translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation>لا توجد جلسة مطابقة.</translation>
    </message>
    <message>
        <source>Day to be announced</source>
        <translation>اليوم يُعلَن لاحقًا</translation>
    </message>
    <message>
        <source>Catalogue replaced by the bundled one (version {before} → {after}). Marks and notes are untouched.</source>
        <translation>حلّ الكتالوج المدمج محلّ الكتالوج الحالي (الإصدار ⁦{before} → {after}⁩). لم تُمسّ العلامات والملاحظات.</translation>
    </message>
    <message>
        <source>Removed: {programmes} — import or sync them again to get them back.</source>
        <translation>أُزيلت: ⁨{programmes}⁩ — استوردها أو زامِنها من جديد لاستعادتها.</translation>
    </message>
    <message>
        <source>Back to the bundled data: {programmes}.</source>
        <translation>عادت إلى بيانات الكتالوج المدمج: ⁨{programmes}⁩.</translation>
    </message>
    <message numerus="yes">
        <source>%n marked item(s) now refer to programmes no longer in the catalogue.</source>
        <translation>
            <numerusform>لا توجد عناصر عليها علامة تشير إلى برامج لم تعد في الكتالوج.</numerusform>
            <numerusform>عنصر واحد عليه علامة يشير الآن إلى برنامج لم يعد في الكتالوج.</numerusform>
            <numerusform>عنصران عليهما علامة يشيران الآن إلى برامج لم تعد في الكتالوج.</numerusform>
            <numerusform>%Ln عناصر عليها علامة تشير الآن إلى برامج لم تعد في الكتالوج.</numerusform>
            <numerusform>%Ln عنصرًا عليها علامة تشير الآن إلى برامج لم تعد في الكتالوج.</numerusform>
            <numerusform>%Ln عنصر عليها علامة تشير الآن إلى برامج لم تعد في الكتالوج.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (imported from {origin})</source>
        <translation>⁨{name}⁩ (مستورد من ⁨{origin}⁩)</translation>
    </message>
    <message>
        <source>{name} (synced from {origin})</source>
        <translation>⁨{name}⁩ (تمت مزامنته من ⁨{origin}⁩)</translation>
    </message>
    <message>
        <source>No forum facts at {path}; pass --facts PATH to facts.json.</source>
        <translation>لا توجد بيانات المنتدى الأصلية في ⁨{path}⁩؛ حدِّد مسار ملف ⁦facts.json⁩ بالخيار ⁦--facts المسار⁩.</translation>
    </message>
    <message>
        <source>Wrote {path} (rows per table: {counts}).</source>
        <translation>كُتب ⁨{path}⁩ (عدد الصفوف في كل جدول: ⁨{counts}⁩).</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>known sessions</source>
        <translation>الجلسات المعروفة</translation>
    </message>
    <message>
        <source>carrying organisation</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <source>of</source>
        <translation>من أصل</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>مختارة</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>كل المشاريع</translation>
    </message>
    <message>
        <source>published by</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>snippet</source>
        <translation>مقتطف</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>in the catalogue</source>
        <translation>في الكتالوج</translation>
    </message>
    <message>
        <source>day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>your time</source>
        <translation>بتوقيتك</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>city</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <source>track</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>certainty</source>
        <translation>درجة اليقين</translation>
    </message>
    <message>
        <source>source notes</source>
        <translation>ملاحظات المصدر</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>delegates</source>
        <translation>أعضاء الوفد</translation>
    </message>
    <message>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>function</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>عضو الوفد</translation>
    </message>
    <message>
        <source>session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation>يتعارض مع</translation>
    </message>
    <message>
        <source>time (forum)</source>
        <translation>الوقت (بتوقيت المنتدى)</translation>
    </message>
    <message>
        <source>given in</source>
        <translation>أُدخل بتوقيت</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>المحاورون</translation>
    </message>
    <message>
        <source>other version</source>
        <translation>النسخة الأخرى</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>when</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>طُبع في</translation>
    </message>
    <message>
        <source>field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>url</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>for</source>
        <translation>الموجَّه إليه</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>briefer: {message}</source>
        <translation>⁦briefer⁩: {message}</translation>
    </message>
    <message>
        <source>Give the publisher&apos;s key with --key FILE, or --trust-unsigned to accept unsigned data from this address.</source>
        <translation>قدّم مفتاح الناشر بالخيار ⁦--key الملف⁩، أو استخدم ⁦--trust-unsigned⁩ لقبول البيانات غير الموقَّعة من هذا العنوان.</translation>
    </message>
    <message>
        <source>Give one of those kinds with --kind.</source>
        <translation>حدّد أحد هذه الأنواع بالخيار ⁦--kind⁩.</translation>
    </message>
    <message>
        <source>Choose another --out prefix.</source>
        <translation>اختر بادئة أخرى للخيار ⁦--out⁩.</translation>
    </message>
    <message>
        <source>Add them as a contact first: briefer person add NAME</source>
        <translation>أضف هذا الشخص إلى جهات الاتصال أولًا: ⁦briefer person add الاسم⁩</translation>
    </message>
    <message>
        <source>Name the person by one of these ids.</source>
        <translation>سمِّ الشخص بأحد هذه المعرّفات.</translation>
    </message>
    <message>
        <source>Check the first line of the file named by BRIEFER_PASSPHRASE_FILE if you use it. Forgotten: set a new passphrase with the recovery key, briefer passphrase recover</source>
        <translation>تحقق من السطر الأول في الملف الذي يسمّيه BRIEFER_PASSPHRASE_FILE إن كنت تستخدمه. إن نسيت عبارة المرور فعيّن عبارة جديدة بمفتاح الاسترداد: briefer passphrase recover</translation>
    </message>
    <message>
        <source>Type the recovery key as it was shown when the passphrase was set (dashes optional).</source>
        <translation>اكتب مفتاح الاسترداد كما عُرض عند تعيين عبارة المرور (الشرطات اختيارية).</translation>
    </message>
    <message>
        <source>To choose another passphrase: briefer passphrase change</source>
        <translation>لاختيار عبارة مرور أخرى: ‎briefer passphrase change‎</translation>
    </message>
    <message>
        <source>To protect it: briefer passphrase set</source>
        <translation>لحمايتها: ‎briefer passphrase set‎</translation>
    </message>
    <message>
        <source>Close Briefer&apos;s window on this data folder, then run the command again.</source>
        <translation>أغلق نافذة Briefer المفتوحة على مجلد البيانات هذا، ثم أعد تشغيل الأمر.</translation>
    </message>
    <message>
        <source>Ask the sender for the file&apos;s passphrase; it is not your data&apos;s passphrase.</source>
        <translation>اطلب عبارة مرور الملف من مرسله؛ فهي ليست عبارة مرور بياناتك.</translation>
    </message>
    <message>
        <source>To stop syncing this source: {command}</source>
        <translation>لإيقاف مزامنة هذا المصدر: ⁦{command}⁩</translation>
    </message>
    <message>
        <source>Use --force to let it replace that programme anyway (after checking where it comes from).</source>
        <translation>استخدم ⁦--force⁩ للسماح له باستبدال ذلك البرنامج رغم ذلك (بعد التحقق من مصدره).</translation>
    </message>
    <message>
        <source>Use --force to accept.</source>
        <translation>استخدم ⁦--force⁩ للقبول.</translation>
    </message>
    <message>
        <source>Created delegation {name} (id {id}), now current.</source>
        <translation>أُنشئ وفد جديد: ⁨{name}⁩ (المعرّف ⁨{id}⁩)، وهو الآن الوفد الحالي.</translation>
    </message>
    <message>
        <source>Created delegation {name} (id {id}).</source>
        <translation>أُنشئ وفد جديد: ⁨{name}⁩ (المعرّف ⁨{id}⁩).</translation>
    </message>
    <message>
        <source>Current delegation: {name}.</source>
        <translation>الوفد الحالي: ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>Added {name} to the delegation.</source>
        <translation>تمت إضافة ⁨{name}⁩ إلى الوفد.</translation>
    </message>
    <message>
        <source>Removed {name} from the delegation.</source>
        <translation>أُزيل ⁨{name}⁩ من الوفد.</translation>
    </message>
    <message numerus="yes">
        <source>Unassigned from %n mark(s) (the marks stay):</source>
        <translation>
            <numerusform>أُلغي الإسناد في %Ln علامة (تبقى العلامات):</numerusform>
            <numerusform>أُلغي الإسناد في علامة واحدة (تبقى العلامات):</numerusform>
            <numerusform>أُلغي الإسناد في علامتين (تبقى العلامات):</numerusform>
            <numerusform>أُلغي الإسناد في %Ln علامات (تبقى العلامات):</numerusform>
            <numerusform>أُلغي الإسناد في %Ln علامةً (تبقى العلامات):</numerusform>
            <numerusform>أُلغي الإسناد في %Ln علامة (تبقى العلامات):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed {old} to {new}; %n assigned mark(s) follow.</source>
        <translation>
            <numerusform>أُعيدت تسمية ⁨{old}⁩ إلى ⁨{new}⁩؛ ولا علامات مُسندة إليه.</numerusform>
            <numerusform>أُعيدت تسمية ⁨{old}⁩ إلى ⁨{new}⁩؛ وتتبعه علامة مُسندة واحدة.</numerusform>
            <numerusform>أُعيدت تسمية ⁨{old}⁩ إلى ⁨{new}⁩؛ وتتبعه علامتان مُسندتان.</numerusform>
            <numerusform>أُعيدت تسمية ⁨{old}⁩ إلى ⁨{new}⁩؛ وتتبعه %Ln علامات مُسندة.</numerusform>
            <numerusform>أُعيدت تسمية ⁨{old}⁩ إلى ⁨{new}⁩؛ ويتبعه %Ln علامةً مُسندة.</numerusform>
            <numerusform>أُعيدت تسمية ⁨{old}⁩ إلى ⁨{new}⁩؛ ويتبعه %Ln علامة مُسندة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked {id}: {priority}, {who}.</source>
        <translation>وُضعت علامة على ⁨{id}⁩: ⁨{priority}⁩، ⁨{who}⁩.</translation>
    </message>
    <message>
        <source>Conflict for {delegate}: overlaps {other}.</source>
        <translation>تعارض لدى ⁨{delegate}⁩: يتعارض مع ⁨{other}⁩.</translation>
    </message>
    <message>
        <source>Unmarked {id}. Its notes are kept.</source>
        <translation>أُزيلت العلامة عن ⁨{id}⁩. بقيت ملاحظاته.</translation>
    </message>
    <message>
        <source>{id} assigned to {who}.</source>
        <translation>أُسند ⁨{id}⁩ إلى ⁨{who}⁩.</translation>
    </message>
    <message>
        <source>the whole delegation</source>
        <translation>الوفد بأكمله</translation>
    </message>
    <message>
        <source>{id} is now assigned to {who}.</source>
        <translation>أصبح ⁨{id}⁩ مُسندًا إلى ⁨{who}⁩.</translation>
    </message>
    <message>
        <source>(delegation)</source>
        <translation>(الوفد)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>لا توجد تعارضات.</translation>
    </message>
    <message>
        <source>Rebuilding the catalogue&apos;s search index for this version of Briefer (once)…</source>
        <translation>يُعاد بناء فهرس البحث في الكتالوج لهذا الإصدار من Briefer (مرة واحدة)…</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {error}</source>
        <translation>تعذّرت قراءة ملف عبارة المرور ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase file {path} needs %n line(s): {lines}</source>
        <translation>
            <numerusform>يحتاج ملف عبارة المرور ⁨{path}⁩ إلى %Ln سطر: ⁨{lines}⁩</numerusform>
            <numerusform>يحتاج ملف عبارة المرور ⁨{path}⁩ إلى سطر واحد: ⁨{lines}⁩</numerusform>
            <numerusform>يحتاج ملف عبارة المرور ⁨{path}⁩ إلى سطرين: ⁨{lines}⁩</numerusform>
            <numerusform>يحتاج ملف عبارة المرور ⁨{path}⁩ إلى %Ln أسطر: ⁨{lines}⁩</numerusform>
            <numerusform>يحتاج ملف عبارة المرور ⁨{path}⁩ إلى %Ln سطرًا: ⁨{lines}⁩</numerusform>
            <numerusform>يحتاج ملف عبارة المرور ⁨{path}⁩ إلى %Ln سطر: ⁨{lines}⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>File passphrase: </source>
        <translation>عبارة مرور الملف: </translation>
    </message>
    <message>
        <source>File passphrase again: </source>
        <translation>عبارة مرور الملف مرة أخرى: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>عبارتا المرور مختلفتان؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>«⁨{text}⁩» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>“{text}” is too large a number (at most {largest}).</source>
        <translation>«⁨{text}⁩» عدد أكبر من اللازم (الحد الأقصى ⁨{largest}⁩).</translation>
    </message>
    <message>
        <source>{path} is larger than the 5 MB a note may hold.</source>
        <translation>حجم ⁨{path}⁩ يتجاوز 5 ميغابايت، وهو الحد الأقصى للملاحظة.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>⁨{path}⁩ ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>تعذّرت قراءة ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Note {id} saved on {item}.</source>
        <translation>حُفظت الملاحظة ⁨{id}⁩ على ⁨{item}⁩.</translation>
    </message>
    <message>
        <source>Note {id} saved for the delegation.</source>
        <translation>حُفظت الملاحظة ⁨{id}⁩ للوفد.</translation>
    </message>
    <message>
        <source>Deleted note {id} on {where}.</source>
        <translation>حُذفت الملاحظة ⁨{id}⁩ حول ⁨{where}⁩.</translation>
    </message>
    <message>
        <source>Deleted note {id} of the delegation.</source>
        <translation>حُذفت ملاحظة الوفد ⁨{id}⁩.</translation>
    </message>
    <message>
        <source>— {id} on {where} ({modified})</source>
        <translation>— ⁨{id}⁩ حول ⁨{where}⁩ (⁨{modified}⁩)</translation>
    </message>
    <message>
        <source>— {id}, note of the delegation ({modified})</source>
        <translation>— ⁨{id}⁩، ملاحظة الوفد (⁨{modified}⁩)</translation>
    </message>
    <message>
        <source>Give the file to write once: PATH or --out FILE.</source>
        <translation>حدِّد الملف المراد كتابته مرة واحدة: إما ⁦المسار⁩ وإما ⁦--out الملف⁩.</translation>
    </message>
    <message>
        <source>Exported {marks}, {notes}, {meetings}, {contacts} and {delegates} to {path}.</source>
        <translation>تم التصدير إلى ⁨{path}⁩: {marks}، و{notes}، و{meetings}، و{contacts}، و{delegates}.</translation>
    </message>
    <message>
        <source>Your data is encrypted, but this file holds your marks and notes unprotected: anyone who has it can read them. Export again with --encrypt to protect it with a passphrase (--plain says you mean it unprotected, without this warning).</source>
        <translation>بياناتك مشفّرة، لكن هذا الملف يضم علامات وفدك وملاحظاته دون حماية: يستطيع قراءتها كل من يحصل عليه. صدّره من جديد مع ⁦--encrypt⁩ لحمايته بعبارة مرور (ويعني ⁦--plain⁩ أنك تريده دون حماية، فلا يظهر هذا التنبيه).</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>لا علامات</numerusform>
            <numerusform>علامة واحدة</numerusform>
            <numerusform>علامتان</numerusform>
            <numerusform>%Ln علامات</numerusform>
            <numerusform>%Ln علامةً</numerusform>
            <numerusform>%Ln علامة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظةً</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>لا لقاءات</numerusform>
            <numerusform>لقاء واحد</numerusform>
            <numerusform>لقاءان</numerusform>
            <numerusform>%Ln لقاءات</numerusform>
            <numerusform>%Ln لقاءً</numerusform>
            <numerusform>%Ln لقاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>لا جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهةَ اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>لا أعضاء</numerusform>
            <numerusform>عضو واحد</numerusform>
            <numerusform>عضوان</numerusform>
            <numerusform>%Ln أعضاء</numerusform>
            <numerusform>%Ln عضوًا</numerusform>
            <numerusform>%Ln عضو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new mark(s)</source>
        <translation>
            <numerusform>لا علامات جديدة</numerusform>
            <numerusform>علامة جديدة واحدة</numerusform>
            <numerusform>علامتان جديدتان</numerusform>
            <numerusform>%Ln علامات جديدة</numerusform>
            <numerusform>%Ln علامةً جديدة</numerusform>
            <numerusform>%Ln علامة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>لا ملاحظات جديدة</numerusform>
            <numerusform>ملاحظة جديدة واحدة</numerusform>
            <numerusform>ملاحظتان جديدتان</numerusform>
            <numerusform>%Ln ملاحظات جديدة</numerusform>
            <numerusform>%Ln ملاحظةً جديدة</numerusform>
            <numerusform>%Ln ملاحظة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new delegate(s)</source>
        <translation>
            <numerusform>لا أعضاء جدد</numerusform>
            <numerusform>عضو جديد واحد</numerusform>
            <numerusform>عضوان جديدان</numerusform>
            <numerusform>%Ln أعضاء جدد</numerusform>
            <numerusform>%Ln عضوًا جديدًا</numerusform>
            <numerusform>%Ln عضو جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new meeting(s)</source>
        <translation>
            <numerusform>لا لقاءات جديدة</numerusform>
            <numerusform>لقاء جديد واحد</numerusform>
            <numerusform>لقاءان جديدان</numerusform>
            <numerusform>%Ln لقاءات جديدة</numerusform>
            <numerusform>%Ln لقاءً جديدًا</numerusform>
            <numerusform>%Ln لقاء جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) merged</source>
        <translation>
            <numerusform>لا علامات مدموجة</numerusform>
            <numerusform>علامة مدموجة واحدة</numerusform>
            <numerusform>علامتان مدموجتان</numerusform>
            <numerusform>%Ln علامات مدموجة</numerusform>
            <numerusform>%Ln علامةً مدموجة</numerusform>
            <numerusform>%Ln علامة مدموجة</numerusform>
        </translation>
    </message>
    <message>
        <source>{id} was not marked: marked {priority} and assigned to {who}.</source>
        <translation>لم تكن على ⁨{id}⁩ علامة: وُضعت عليه علامة «{priority}» وأُسند إلى ⁨{who}⁩.</translation>
    </message>
    <message>
        <source>The editor “{editor}” failed; no note was added.</source>
        <translation>أخفق المحرر «⁨{editor}⁩»؛ لم تُضف أي ملاحظة.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>لا توجد ملاحظات بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already present</source>
        <translation>
            <numerusform>لا ملاحظات موجودة من قبل</numerusform>
            <numerusform>ملاحظة واحدة موجودة من قبل</numerusform>
            <numerusform>ملاحظتان موجودتان من قبل</numerusform>
            <numerusform>%Ln ملاحظات موجودة من قبل</numerusform>
            <numerusform>%Ln ملاحظةً موجودة من قبل</numerusform>
            <numerusform>%Ln ملاحظة موجودة من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) updated</source>
        <translation>
            <numerusform>لا لقاءات محدَّثة</numerusform>
            <numerusform>لقاء واحد محدَّث</numerusform>
            <numerusform>لقاءان محدَّثان</numerusform>
            <numerusform>%Ln لقاءات محدَّثة</numerusform>
            <numerusform>%Ln لقاءً محدَّثًا</numerusform>
            <numerusform>%Ln لقاء محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>لا جهات اتصال جديدة</numerusform>
            <numerusform>جهة اتصال جديدة واحدة</numerusform>
            <numerusform>جهتا اتصال جديدتان</numerusform>
            <numerusform>%Ln جهات اتصال جديدة</numerusform>
            <numerusform>%Ln جهةَ اتصال جديدة</numerusform>
            <numerusform>%Ln جهة اتصال جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported into {delegation}: {counts}.</source>
        <translation>تم الاستيراد إلى ⁨{delegation}⁩: {counts}.</translation>
    </message>
    <message>
        <source>Meeting {id} differs on both sides: the later edit kept, the other version recorded (briefer meeting show {id}).</source>
        <translation>يختلف اللقاء ⁨{id}⁩ بين الطرفين: أُبقي على التعديل الأحدث، وسُجّلت النسخة الأخرى (⁦briefer meeting show {id}⁩).</translation>
    </message>
    <message>
        <source>The mark on {id} differs from yours: yours kept, theirs recorded.</source>
        <translation>تختلف العلامة الواردة على ⁨{id}⁩ عن علامتك: أُبقي على نسختك، وسُجّلت نسخة الزميل.</translation>
    </message>
    <message>
        <source>Note {id} was edited on both sides: both versions kept and flagged.</source>
        <translation>عُدِّلت الملاحظة ⁨{id}⁩ لدى الطرفين: حُفظت النسختان مع التنبيه إليهما.</translation>
    </message>
    <message>
        <source>See them with: {command}</source>
        <translation>لعرضها: ⁨{command}⁩</translation>
    </message>
    <message>
        <source>No conflicts left by an import.</source>
        <translation>لا تعارضات خلّفها استيراد.</translation>
    </message>
    <message>
        <source>Meeting {id} ({title}), modified {modified}</source>
        <translation>اللقاء ⁨{id}⁩ (⁨{title}⁩)، عُدِّل في ⁨{modified}⁩</translation>
    </message>
    <message>
        <source>  other version: {title}, modified {modified}</source>
        <translation>  النسخة الأخرى: ⁨{title}⁩، عُدِّلت في ⁨{modified}⁩</translation>
    </message>
    <message>
        <source>Mark on {id} ({title})</source>
        <translation>العلامة على ⁨{id}⁩ (⁨{title}⁩)</translation>
    </message>
    <message>
        <source>  yours: {mark}</source>
        <translation>  نسختك: ⁨{mark}⁩</translation>
    </message>
    <message>
        <source>  theirs: {mark}</source>
        <translation>  نسخة الزميل: ⁨{mark}⁩</translation>
    </message>
    <message>
        <source>Note {id} on {item} ({title}), other version {other}</source>
        <translation>الملاحظة ⁨{id}⁩ حول ⁨{item}⁩ (⁨{title}⁩)، النسخة الأخرى ⁨{other}⁩</translation>
    </message>
    <message>
        <source>Note {id} for the delegation, other version {other}</source>
        <translation>ملاحظة الوفد ⁨{id}⁩، النسخة الأخرى ⁨{other}⁩</translation>
    </message>
    <message>
        <source>settle: {command}</source>
        <translation>للحسم: ⁨{command}⁩</translation>
    </message>
    <message>
        <source>Settled the mark on {id}: {mark}.</source>
        <translation>حُسم تعارض العلامة على ⁨{id}⁩: {mark}.</translation>
    </message>
    <message>
        <source>Settled note {id}: this version kept.</source>
        <translation>حُسم تعارض الملاحظة ⁨{id}⁩: أُبقي على هذه النسخة.</translation>
    </message>
    <message>
        <source>Settled note {id}: both versions kept.</source>
        <translation>حُسم تعارض الملاحظة ⁨{id}⁩: أُبقي على النسختين.</translation>
    </message>
    <message>
        <source>Settled note {id}: the versions merged.</source>
        <translation>حُسم تعارض الملاحظة ⁨{id}⁩: دُمجت النسختان.</translation>
    </message>
    <message>
        <source>--password: give the password on standard input, a terminal, or the BRIEFER_PACK_PASSWORD environment variable; no pack was written.</source>
        <translation>⁦--password⁩: أعطِ كلمة المرور عبر الإدخال القياسي أو في طرفية أو في متغير البيئة BRIEFER_PACK_PASSWORD؛ لم يُكتب أي ملف إحاطة.</translation>
    </message>
    <message>
        <source>Pack password: </source>
        <translation>كلمة مرور ملف الإحاطة: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>مرة أخرى: </translation>
    </message>
    <message>
        <source>The passwords were empty or did not match; no pack was written.</source>
        <translation>كلمتا المرور فارغتان أو غير متطابقتين؛ لم يُكتب أي ملف إحاطة.</translation>
    </message>
    <message>
        <source>Rendering… page {page}</source>
        <translation>جارٍ الإخراج… الصفحة ⁨{page}⁩</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا جلسات</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%Ln جلسات</numerusform>
            <numerusform>%Ln جلسةً</numerusform>
            <numerusform>%Ln جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>لا مشاريع</numerusform>
            <numerusform>مشروع واحد</numerusform>
            <numerusform>مشروعان</numerusform>
            <numerusform>%Ln مشاريع</numerusform>
            <numerusform>%Ln مشروعًا</numerusform>
            <numerusform>%Ln مشروع</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: pack {id}, {sessions}, {projects}.</source>
        <translation>كُتب ⁨{path}⁩: ملف الإحاطة {id}، {sessions}، {projects}.</translation>
    </message>
    <message>
        <source>Wrote {path}: pack {id}, {pages}, {sessions}, {projects}.</source>
        <translation>كُتب ⁨{path}⁩: ملف الإحاطة {id}، {pages}، {sessions}، {projects}.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحةً</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: {pages}, {sessions} and {meetings} on {day}.</source>
        <translation>كُتب ⁨{path}⁩: {pages}، و{sessions}، و{meetings} يوم ⁨{day}⁩.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>لا مواعيد</numerusform>
            <numerusform>موعد واحد</numerusform>
            <numerusform>موعدان</numerusform>
            <numerusform>%Ln مواعيد</numerusform>
            <numerusform>%Ln موعدًا</numerusform>
            <numerusform>%Ln موعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: {events}.</source>
        <translation>كُتب ⁨{path}⁩: {events}.</translation>
    </message>
    <message>
        <source>Not exported (day not announced yet): {ids}</source>
        <translation>لم يُصدَّر (لم يُعلَن اليوم بعد): ⁨{ids}⁩</translation>
    </message>
    <message>
        <source>End not announced, so taken as the next session in the room or one hour: {ids}</source>
        <translation>لم يُعلَن وقت الانتهاء، فاعتُبر بدء الجلسة التالية في القاعة أو بعد ساعة: ⁨{ids}⁩</translation>
    </message>
    <message>
        <source>{source}: not modified since the last sync.</source>
        <translation>⁨{source}⁩: لم يتغير منذ آخر مزامنة.</translation>
    </message>
    <message>
        <source>{source}: already up to date.</source>
        <translation>⁨{source}⁩: محدَّث بالفعل.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>لا تغيير</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n item(s) in “{namespace}”, catalogue version {before} → {after} ({summary}).</source>
        <translation>
            <numerusform>⁨{source}⁩: لا بنود في «⁨{namespace}⁩»، إصدار الكتالوج ⁦{before} → {after}⁩ (⁨{summary}⁩).</numerusform>
            <numerusform>⁨{source}⁩: بند واحد في «⁨{namespace}⁩»، إصدار الكتالوج ⁦{before} → {after}⁩ (⁨{summary}⁩).</numerusform>
            <numerusform>⁨{source}⁩: بندان في «⁨{namespace}⁩»، إصدار الكتالوج ⁦{before} → {after}⁩ (⁨{summary}⁩).</numerusform>
            <numerusform>⁨{source}⁩: %Ln بنود في «⁨{namespace}⁩»، إصدار الكتالوج ⁦{before} → {after}⁩ (⁨{summary}⁩).</numerusform>
            <numerusform>⁨{source}⁩: %Ln بندًا في «⁨{namespace}⁩»، إصدار الكتالوج ⁦{before} → {after}⁩ (⁨{summary}⁩).</numerusform>
            <numerusform>⁨{source}⁩: %Ln بند في «⁨{namespace}⁩»، إصدار الكتالوج ⁦{before} → {after}⁩ (⁨{summary}⁩).</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {warning}</source>
        <translation>ملاحظة: ⁨{warning}⁩</translation>
    </message>
    <message>
        <source>Cannot read the public key {path}: {error}</source>
        <translation>تعذّرت قراءة المفتاح العام ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>“{text}” is not a positive number of seconds.</source>
        <translation>«⁨{text}⁩» ليس عددًا موجبًا من الثواني.</translation>
    </message>
    <message>
        <source>{field}: {count}</source>
        <translation>⁨{field}⁩: ⁨{count}⁩</translation>
    </message>
    <message>
        <source>{path} is not a public key: it is not ASCII text.</source>
        <translation>⁨{path}⁩ ليس مفتاحًا عامًا: ليس نصًا بترميز ⁦ASCII⁩.</translation>
    </message>
    <message>
        <source>signed, key checked</source>
        <translation>موقَّع، وتُحقِّق من المفتاح</translation>
    </message>
    <message>
        <source>unsigned, trusted by you</source>
        <translation>غير موقَّع، موثوق بقرارك</translation>
    </message>
    <message>
        <source>no signature needed</source>
        <translation>لا يلزم توقيع</translation>
    </message>
    <message>
        <source>Added source {name}: {url} ({kind}, {trust}).</source>
        <translation>أُضيف المصدر ⁨{name}⁩: ⁨{url}⁩ (⁨{kind}⁩، ⁨{trust}⁩).</translation>
    </message>
    <message>
        <source>No sources yet. Add one: {command}</source>
        <translation>لا توجد مصادر بعد. لإضافة مصدر: ⁦{command}⁩</translation>
    </message>
    <message>
        <source>key</source>
        <translation>مفتاح عام</translation>
    </message>
    <message>
        <source>UNSIGNED</source>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <source>Removed source {name}; the data it brought stays until replaced.</source>
        <translation>أُزيل المصدر ⁨{name}⁩؛ تبقى البيانات التي جلبها إلى أن تُستبدل.</translation>
    </message>
    <message>
        <source>Add one: {command}</source>
        <translation>لإضافة مصدر: ⁦{command}⁩</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>⁨{source}⁩: {message}</translation>
    </message>
    <message>
        <source>No recorded change to what your delegation marked.</source>
        <translation>لا توجد تغييرات مسجلة على ما وضع عليه وفدك علامة.</translation>
    </message>
    <message>
        <source>No change since {since}.</source>
        <translation>لا تغيير منذ ⁨{since}⁩.</translation>
    </message>
    <message>
        <source>No change since pack {id} was printed.</source>
        <translation>لا تغيير منذ طباعة ملف الإحاطة ⁨{id}⁩.</translation>
    </message>
    <message numerus="yes">
        <source>Your delegation: %n marked item(s) changed; see: briefer changes</source>
        <translation>
            <numerusform>وفدكم: لم يتغيّر أي بند مُعلَّم؛ انظر: briefer changes</numerusform>
            <numerusform>وفدكم: تغيّر بند مُعلَّم واحد؛ انظر: briefer changes</numerusform>
            <numerusform>وفدكم: تغيّر بندان مُعلَّمان؛ انظر: briefer changes</numerusform>
            <numerusform>وفدكم: تغيّرت %Ln بنود مُعلَّمة؛ انظر: briefer changes</numerusform>
            <numerusform>وفدكم: تغيّر %Ln بندًا مُعلَّمًا؛ انظر: briefer changes</numerusform>
            <numerusform>وفدكم: تغيّر %Ln بند مُعلَّم؛ انظر: briefer changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) for {delegate}; see: briefer conflicts</source>
        <translation>
            <numerusform>لا تعارض جديد لـ ⁨{delegate}⁩؛ انظر: briefer conflicts</numerusform>
            <numerusform>تعارض جديد واحد لـ ⁨{delegate}⁩؛ انظر: briefer conflicts</numerusform>
            <numerusform>تعارضان جديدان لـ ⁨{delegate}⁩؛ انظر: briefer conflicts</numerusform>
            <numerusform>%Ln تعارضات جديدة لـ ⁨{delegate}⁩؛ انظر: briefer conflicts</numerusform>
            <numerusform>%Ln تعارضًا جديدًا لـ ⁨{delegate}⁩؛ انظر: briefer conflicts</numerusform>
            <numerusform>%Ln تعارض جديد لـ ⁨{delegate}⁩؛ انظر: briefer conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack printed yet.</source>
        <translation>لم يُطبع أي ملف إحاطة بعد.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>لا توجد تغييرات مسجَّلة.</translation>
    </message>
    <message>
        <source>But testing the address failed: {reason} Sync will fail until it answers: check the address and --kind, or remove the source with briefer sources remove {name}.</source>
        <translation>لكن اختبار العنوان أخفق: ⁨{reason}⁩ وستفشل المزامنة إلى أن يُجيب: تحقّق من العنوان ومن ⁦--kind⁩، أو احذف المصدر بالأمر ⁦briefer sources remove {name}⁩.</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>⁨{name}⁩ (عضو سابق في الوفد)</translation>
    </message>
    <message>
        <source>a removed delegate</source>
        <translation>عضو سابق في الوفد</translation>
    </message>
    <message>
        <source>marked by your delegation</source>
        <translation>عليه علامة من وفدك</translation>
    </message>
    <message>
        <source>More changes are not shown: raise --limit to see them.</source>
        <translation>توجد تغييرات أخرى لم تُعرض: ارفع قيمة ⁦--limit⁩ لرؤيتها.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n item(s) of &apos;{namespace}&apos; as version {version}: {feed} and {signature}.</source>
        <translation>
            <numerusform>نُشر %Ln بند من «⁨{namespace}⁩» بالإصدار ⁨{version}⁩: ⁨{feed}⁩ و⁨{signature}⁩.</numerusform>
            <numerusform>نُشر بند واحد من «⁨{namespace}⁩» بالإصدار ⁨{version}⁩: ⁨{feed}⁩ و⁨{signature}⁩.</numerusform>
            <numerusform>نُشر بندان من «⁨{namespace}⁩» بالإصدار ⁨{version}⁩: ⁨{feed}⁩ و⁨{signature}⁩.</numerusform>
            <numerusform>نُشر %Ln بنود من «⁨{namespace}⁩» بالإصدار ⁨{version}⁩: ⁨{feed}⁩ و⁨{signature}⁩.</numerusform>
            <numerusform>نُشر %Ln بندًا من «⁨{namespace}⁩» بالإصدار ⁨{version}⁩: ⁨{feed}⁩ و⁨{signature}⁩.</numerusform>
            <numerusform>نُشر %Ln بند من «⁨{namespace}⁩» بالإصدار ⁨{version}⁩: ⁨{feed}⁩ و⁨{signature}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {private} (private: keep it safe, readable by you only) and {public} (give it to the delegations that sync from you).</source>
        <translation>كُتب ⁨{private}⁩ (خاص: احفظه في مكان آمن، لا يقرؤه غيرك) و⁨{public}⁩ (أعطه للوفود التي تزامن منك).</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>لغة ملف الإحاطة</translation>
    </message>
    <message>
        <source>display language</source>
        <translation>لغة العرض</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>مقاس ⁦A4⁩</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>مقاس ⁦Letter⁩ الأمريكي</translation>
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
        <source>none</source>
        <comment>no classification line</comment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>العلامة المائية</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no watermark</comment>
        <translation>لا توجد</translation>
    </message>
    <message>
        <source>No passphrase was given: the input ended. Type it at the terminal, or name a file holding it in BRIEFER_PASSPHRASE_FILE.</source>
        <translation>لم تُدخَل عبارة المرور: انتهى الإدخال. اكتبها في الطرفية، أو سمِّ ملفًا يحتويها في ⁦BRIEFER_PASSPHRASE_FILE⁩.</translation>
    </message>
    <message>
        <source>{title} — {status} — {modified} (settle: {command})</source>
        <translation>⁨{title}⁩ — ⁨{status}⁩ — ⁨{modified}⁩ (للحسم: ⁦{command}⁩)</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>يُعلَن لاحقًا</translation>
    </message>
    <message>
        <source>Added {name} ({id}).</source>
        <translation>تمت إضافة ⁨{name}⁩ (⁦{id}⁩).</translation>
    </message>
    <message>
        <source>Changed {name} ({id}).</source>
        <translation>تم تعديل ⁨{name}⁩ (⁦{id}⁩).</translation>
    </message>
    <message>
        <source>Cancelled {name}.</source>
        <translation>تم إلغاء ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>تم حذف ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>Settled {title}: one version kept.</source>
        <translation>حُسم تعارض «⁨{title}⁩»: أُبقي على نسخة واحدة.</translation>
    </message>
    <message>
        <source>No longer in the delegation, so not kept as attending: {names}.</source>
        <translation>لم يُبقَ على حضور من لم يعد من أعضاء الوفد: ⁨{names}⁩.</translation>
    </message>
    <message>
        <source>{name} is a speaker of the catalogue, not a contact of the delegation: add them as a contact with {command}.</source>
        <translation>⁨{name}⁩ من متحدثي الكتالوج، لا من جهات اتصال الوفد: أضف هذا الشخص إلى جهات الاتصال بالأمر ⁨{command}⁩.</translation>
    </message>
    <message>
        <source>{day}: {title} ({id})</source>
        <translation>⁨{day}⁩: ⁨{title}⁩ (⁨{id}⁩)</translation>
    </message>
    <message>
        <source>[two versions]</source>
        <translation>[نسختان]</translation>
    </message>
    <message>
        <source>--size “{size}” is not WxH, such as 1400x900.</source>
        <translation>قيمة ⁦--size⁩ «⁨{size}⁩» ليست على الشكل ⁦WxH⁩، مثل ⁦1400x900⁩.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>تعذّرت الكتابة في ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>كُتب ⁨{path}⁩</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>New passphrase again: </source>
        <translation>عبارة المرور الجديدة مرة أخرى: </translation>
    </message>
    <message>
        <source>The two new passphrases differ; nothing was changed.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>عبارة المرور الحالية: </translation>
    </message>
    <message>
        <source>Your data in {path} is now encrypted with your passphrase.
A forgotten passphrase cannot be recovered. Keep this recovery key on paper, away from this computer; it is shown only now:</source>
        <translation>أصبحت بياناتك في ⁨{path}⁩ مشفَّرة بعبارة المرور.
لا يمكن استعادة عبارة مرور منسية. احفظ مفتاح الاسترداد هذا على الورق، بعيدًا عن هذا الحاسوب؛ فهو لا يُعرض إلا الآن:</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) kept in the data folder were removed; build them again when you need them.</source>
        <translation>
            <numerusform>لم يُحذف أي ملف إحاطة من مجلد البيانات.</numerusform>
            <numerusform>حُذف ملف إحاطة واحد كان محفوظًا في مجلد البيانات؛ أعِد إعداده عند الحاجة.</numerusform>
            <numerusform>حُذف ملفا إحاطة كانا محفوظين في مجلد البيانات؛ أعِد إعدادهما عند الحاجة.</numerusform>
            <numerusform>حُذفت %Ln ملفات إحاطة كانت محفوظة في مجلد البيانات؛ أعِد إعدادها عند الحاجة.</numerusform>
            <numerusform>حُذف %Ln ملف إحاطة كانت محفوظة في مجلد البيانات؛ أعِد إعدادها عند الحاجة.</numerusform>
            <numerusform>حُذف %Ln ملف إحاطة كانت محفوظة في مجلد البيانات؛ أعِد إعدادها عند الحاجة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed; the recovery key stays the same.</source>
        <translation>تغيّرت عبارة المرور؛ ويبقى مفتاح الاسترداد كما هو.</translation>
    </message>
    <message>
        <source>Your data in {path} is no longer encrypted.</source>
        <translation>لم تعد بياناتك في ⁨{path}⁩ مشفَّرة.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>مفتاح الاسترداد: </translation>
    </message>
    <message>
        <source>The new passphrase is set; the recovery key stays the same.</source>
        <translation>عُيِّنت عبارة المرور الجديدة؛ ويبقى مفتاح الاسترداد كما هو.</translation>
    </message>
    <message>
        <source>{path}: encrypted (SQLCipher 4, key from a passphrase with scrypt)</source>
        <translation>⁨{path}⁩: البيانات مشفَّرة (⁦SQLCipher 4⁩، بمفتاح مشتق من عبارة المرور بخوارزمية ⁦scrypt⁩)</translation>
    </message>
    <message>
        <source>{path}: not encrypted</source>
        <translation>⁨{path}⁩: البيانات غير مشفَّرة</translation>
    </message>
    <message>
        <source>The editor “{editor}” failed; no template was saved.</source>
        <translation>أخفق المحرر «⁨{editor}⁩»؛ لم يُحفظ أي قالب.</translation>
    </message>
    <message>
        <source>Template {name} ({lang}) saved.</source>
        <translation>حُفظ القالب ⁨{name}⁩ (⁨{lang}⁩).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n version(s) of the template {name}.</source>
        <translation>
            <numerusform>لم تُحذف أي نسخة من القالب ⁨{name}⁩.</numerusform>
            <numerusform>حُذفت نسخة واحدة من القالب ⁨{name}⁩.</numerusform>
            <numerusform>حُذفت نسختان من القالب ⁨{name}⁩.</numerusform>
            <numerusform>حُذفت %Ln نسخ من القالب ⁨{name}⁩.</numerusform>
            <numerusform>حُذفت %Ln نسخةً من القالب ⁨{name}⁩.</numerusform>
            <numerusform>حُذفت %Ln نسخة من القالب ⁨{name}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>مُعدَّل</translation>
    </message>
    <message>
        <source>own</source>
        <translation>من إنشائك</translation>
    </message>
    <message>
        <source>Give the note with --text, --file or --edit, or start it with --template NAME.</source>
        <translation>أدخل الملاحظة بالخيار ⁦--text⁩ أو ⁦--file⁩ أو ⁦--edit⁩، أو ابدأها من قالب بالخيار ⁦--template الاسم⁩.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>data folder (default: the folder named by the {variable} environment variable, else a briefer-data folder beside the program, else your own: ~/.local/share/Briefer on Linux, ~/Library/Application Support/Briefer on macOS, C:\Users\NAME\AppData\Local\Briefer on Windows)</source>
        <translation>مجلد البيانات (الافتراضي: المجلد الذي يسمّيه متغير البيئة ⁨{variable}⁩، وإلا فمجلد briefer-data بجوار البرنامج، وإلا فمجلدك الخاص: ⁦~/.local/share/Briefer⁩ على لينكس، و⁦~/Library/Application Support/Briefer⁩ على macOS، و⁦C:\Users\NAME\AppData\Local\Briefer⁩ على ويندوز)</translation>
    </message>
    <message>
        <source>language of messages and catalogue texts (default: the language chosen in Briefer, else LC_ALL, LC_MESSAGES or LANG, else en)</source>
        <translation>لغة الرسائل ونصوص الكتالوج (الافتراضي: اللغة المختارة في Briefer، وإلا ⁦LC_ALL⁩ أو ⁦LC_MESSAGES⁩ أو ⁦LANG⁩، وإلا ⁦en⁩)</translation>
    </message>
    <message>
        <source>Prepare, carry offline and print a delegation&apos;s briefing for a forum.</source>
        <translation>إعداد إحاطة الوفد لمنتدى ما، وحملها دون اتصال بالإنترنت، وطباعتها.</translation>
    </message>
    <message>
        <source>The data folder may also be set with the {variable} environment variable.</source>
        <translation>يمكن أيضًا تعيين مجلد البيانات بمتغير البيئة ⁨{variable}⁩.</translation>
    </message>
    <message>
        <source>show the version of Briefer and exit</source>
        <translation>عرض إصدار Briefer والخروج</translation>
    </message>
    <message>
        <source>only this edition (its id, such as ppf:edition-2021, its name, or its year when only one edition has it)</source>
        <translation>هذه الدورة فقط (بمعرّفها، مثل ⁦ppf:edition-2021⁩، أو باسمها، أو بسنتها إن لم تشاركها فيها دورة أخرى)</translation>
    </message>
    <message>
        <source>its id (such as ppf:edition-2021), its name, or its year when only one edition has it; default: the edition under way or next, else the one with most sessions</source>
        <translation>معرّف الدورة (مثل ⁦ppf:edition-2021⁩) أو اسمها أو سنتها إن لم تشاركها فيها دورة أخرى؛ الافتراضي: الدورة الجارية أو المقبلة، وإلا الدورة الأكثر جلسات</translation>
    </message>
    <message>
        <source>overview of the catalogue: editions, counts, completeness</source>
        <translation>نظرة عامة على الكتالوج: الدورات والأعداد ومدى الاكتمال</translation>
    </message>
    <message>
        <source>search the catalogue and your notes</source>
        <translation>البحث في الكتالوج وفي ملاحظاتك</translation>
    </message>
    <message>
        <source>only sessions on this day</source>
        <translation>جلسات هذا اليوم فقط</translation>
    </message>
    <message>
        <source>only projects in this region</source>
        <translation>مشاريع هذه المنطقة فقط</translation>
    </message>
    <message>
        <source>only sessions of this format (panel, workshop…)</source>
        <translation>الجلسات ذات هذا الشكل فقط (⁦panel⁩، ⁦workshop⁩…)</translation>
    </message>
    <message>
        <source>only items your delegation marked</source>
        <translation>البنود التي عليها علامة من وفدك فقط</translation>
    </message>
    <message>
        <source>only items assigned to this delegate</source>
        <translation>البنود المُسندة إلى عضو الوفد هذا فقط</translation>
    </message>
    <message>
        <source>one item in full, with your mark and notes</source>
        <translation>بند واحد كاملًا، مع علامتك وملاحظاتك</translation>
    </message>
    <message>
        <source>sessions day by day, in time order</source>
        <translation>الجلسات يومًا بيوم، بحسب الترتيب الزمني</translation>
    </message>
    <message>
        <source>only this day</source>
        <translation>هذا اليوم فقط</translation>
    </message>
    <message>
        <source>only sessions of exactly this format (panel, workshop…)</source>
        <translation>الجلسات ذات هذا الشكل بعينه فقط (⁦panel⁩، ⁦workshop⁩…)</translation>
    </message>
    <message>
        <source>only items of this theme or forum priority</source>
        <translation>البنود المتعلقة بهذا الموضوع أو بهذه الأولوية من أولويات المنتدى فقط</translation>
    </message>
    <message>
        <source>words, in Arabic, French or English; &quot;a phrase&quot;, -excluded, a OR b (a query that starts with - goes after --: briefer search -- -call)</source>
        <translation>كلمات بالعربية أو الفرنسية أو الإنجليزية؛ &quot;عبارة&quot;، ‎-كلمة مستبعدة، أ OR ب (استعلام يبدأ بـ - يأتي بعد --: ‎briefer search -- -call‎)</translation>
    </message>
    <message>
        <source>only these kinds; meeting and contact: your delegation&apos;s own meetings and contacts</source>
        <translation>هذه الأنواع فقط؛ meeting و contact: لقاءات وفدك وجهات اتصاله</translation>
    </message>
    <message>
        <source>at most this many hits of each kind: catalogue items, notes, own meetings and people (default 20)</source>
        <translation>هذا العدد من النتائج على الأكثر من كل نوع: بنود الكتالوج والملاحظات ولقاءات الوفد وأشخاصه (20 افتراضيًا)</translation>
    </message>
    <message>
        <source>only sessions of this theme or forum priority</source>
        <translation>الجلسات المتعلقة بهذا الموضوع أو بهذه الأولوية من أولويات المنتدى فقط</translation>
    </message>
    <message>
        <source>only sessions your delegation marked</source>
        <translation>الجلسات التي عليها علامة من وفدك فقط</translation>
    </message>
    <message>
        <source>only sessions assigned to this delegate</source>
        <translation>الجلسات المُسندة إلى عضو الوفد هذا فقط</translation>
    </message>
    <message>
        <source>now and next: today&apos;s items from the current time, your own meetings first</source>
        <translation>الآن وما يلي: بنود اليوم ابتداءً من الوقت الحالي، ولقاءات وفدك أولًا</translation>
    </message>
    <message>
        <source>with --now, as at this moment (ISO 8601 with its zone, e.g. 2021-11-11T14:45+01:00)</source>
        <translation>مع ⁦--now⁩: كأن الوقت الحالي هو هذه اللحظة (بصيغة ISO 8601 مع المنطقة الزمنية، مثل ⁦2021-11-11T14:45+01:00⁩)</translation>
    </message>
    <message>
        <source>the project catalogue of an edition</source>
        <translation>كتالوج المشاريع لدورة ما</translation>
    </message>
    <message>
        <source>reset or rebuild the catalogue</source>
        <translation>إعادة تعيين الكتالوج أو إعادة بنائه</translation>
    </message>
    <message>
        <source>replace the working catalogue with the bundled one</source>
        <translation>إحلال الكتالوج المدمج محلّ الكتالوج الحالي</translation>
    </message>
    <message>
        <source>regenerate the bundled catalogue from the forum facts</source>
        <translation>إعادة توليد الكتالوج المدمج من بيانات المنتدى الأصلية</translation>
    </message>
    <message>
        <source>facts.json (default: ../shared/corpus/ppf)</source>
        <translation>ملف ⁦facts.json⁩ (الافتراضي: ⁦../shared/corpus/ppf⁩)</translation>
    </message>
    <message>
        <source>output file (default: resources/catalogue.db)</source>
        <translation>ملف الإخراج (الافتراضي: ⁦resources/catalogue.db⁩)</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>إخراج JSON للبرامج النصية</translation>
    </message>
    <message>
        <source>create, list and choose delegations</source>
        <translation>إنشاء الوفود وسردها واختيارها</translation>
    </message>
    <message>
        <source>create a delegation (the first one becomes current)</source>
        <translation>إنشاء وفد (يصبح أول وفد يُنشأ هو الوفد الحالي)</translation>
    </message>
    <message>
        <source>list delegations</source>
        <translation>سرد الوفود</translation>
    </message>
    <message>
        <source>make a delegation current</source>
        <translation>جعل وفد ما الوفد الحالي</translation>
    </message>
    <message>
        <source>add a delegate</source>
        <translation>إضافة عضو إلى الوفد</translation>
    </message>
    <message>
        <source>list delegates</source>
        <translation>سرد أعضاء الوفد</translation>
    </message>
    <message>
        <source>remove a delegate (their marks stay, unassigned from them)</source>
        <translation>إزالة عضو من الوفد (تبقى العلامات المُسندة إليه، ويُلغى إسنادها إليه)</translation>
    </message>
    <message>
        <source>rename a delegate (their marks follow)</source>
        <translation>إعادة تسمية عضو الوفد (تتبعه علاماته)</translation>
    </message>
    <message>
        <source>a new function too</source>
        <translation>صفة جديدة أيضًا</translation>
    </message>
    <message>
        <source>mark an item, or change its mark</source>
        <translation>وضع علامة على بند، أو تعديل علامته</translation>
    </message>
    <message>
        <source>must, should or optional attendance</source>
        <translation>الأولوية: ⁦must⁩ (أساسي) أو ⁦should⁩ (مستحسن) أو ⁦optional⁩ (اختياري)</translation>
    </message>
    <message>
        <source>assign (repeatable)</source>
        <translation>الإسناد إلى عضو الوفد (يمكن تكراره)</translation>
    </message>
    <message>
        <source>why it matters to the delegation</source>
        <translation>سبب أهمية البند للوفد</translation>
    </message>
    <message>
        <source>where the delegation stands on it</source>
        <translation>موقف الوفد منه</translation>
    </message>
    <message>
        <source>remove the mark on an item (its notes stay)</source>
        <translation>إزالة العلامة عن بند (تبقى ملاحظاته)</translation>
    </message>
    <message>
        <source>take delegates off a marked item (the mark stays)</source>
        <translation>إلغاء إسناد بند مُعلَّم إلى أعضاء من الوفد (تبقى العلامة)</translation>
    </message>
    <message>
        <source>list the current delegation&apos;s marks</source>
        <translation>سرد علامات الوفد الحالي</translation>
    </message>
    <message>
        <source>only those assigned to this delegate</source>
        <translation>المُسندة إلى عضو الوفد هذا فقط</translation>
    </message>
    <message>
        <source>overlapping marked sessions and own meetings for the same delegate</source>
        <translation>الجلسات المُعلَّمة ولقاءات الوفد المتداخلة في الوقت لدى عضو الوفد نفسه</translation>
    </message>
    <message>
        <source>add a Markdown note to an item or to the delegation</source>
        <translation>إضافة ملاحظة بصيغة Markdown إلى بند أو إلى الوفد</translation>
    </message>
    <message>
        <source>write it in your text editor (the VISUAL or EDITOR environment variable; else Notepad on Windows, vi elsewhere)</source>
        <translation>كتابتها في محرر النصوص لديك (متغير البيئة VISUAL أو EDITOR؛ وإلا فالمفكرة على ويندوز و vi في غيره)</translation>
    </message>
    <message>
        <source>write the current delegation&apos;s marks, notes, meetings and contacts (default: in the current folder, the delegation&apos;s name made safe for file names, such as republique-de-testland.briefer-selection; a PATH without extension gets .briefer-selection)</source>
        <translation>كتابة علامات الوفد الحالي وملاحظاته ولقاءاته وجهات اتصاله (الافتراضي: في المجلد الحالي، اسم الوفد بصيغة صالحة لأسماء الملفات، مثل ⁦republique-de-testland.briefer-selection⁩؛ ويُضاف ⁦.briefer-selection⁩ إلى PATH بلا امتداد)</translation>
    </message>
    <message>
        <source>the file to write (default: in the current folder, the delegation&apos;s name made safe for file names, such as republique-de-testland.briefer-selection)</source>
        <translation>الملف المراد كتابته (الافتراضي: في المجلد الحالي، اسم الوفد بصيغة صالحة لأسماء الملفات، مثل ⁦republique-de-testland.briefer-selection⁩)</translation>
    </message>
    <message>
        <source>protect the file with a passphrase of its own (typed, or the next line of the file named by the BRIEFER_PASSPHRASE_FILE environment variable)</source>
        <translation>حماية الملف بعبارة مرور خاصة به (تُكتب، أو السطر التالي في الملف الذي يسمّيه متغير البيئة BRIEFER_PASSPHRASE_FILE)</translation>
    </message>
    <message>
        <source>function, such as “Deputy Minister”</source>
        <translation>الصفة، مثل «نائب الوزير»</translation>
    </message>
    <message>
        <source>the country: its ISO 3166 code (FR) or its name (France)</source>
        <translation>البلد: رمزه في ⁦ISO 3166⁩ (⁦FR⁩) أو اسمه (فرنسا)</translation>
    </message>
    <message>
        <source>add, list, remove and rename the current delegation&apos;s delegates</source>
        <translation>إضافة أعضاء الوفد الحالي وعرضهم وإزالتهم وإعادة تسميتهم</translation>
    </message>
    <message>
        <source>assign an item to delegates (an item not marked is marked)</source>
        <translation>إسناد بند إلى أعضاء في الوفد (يُوضع على البند علامة إن لم تكن عليه)</translation>
    </message>
    <message>
        <source>a note of the delegation, on no item</source>
        <translation>ملاحظة للوفد غير مرتبطة بأي بند</translation>
    </message>
    <message>
        <source>the note, in Markdown</source>
        <translation>نص الملاحظة بصيغة ⁦Markdown⁩</translation>
    </message>
    <message>
        <source>read the note from a file</source>
        <translation>قراءة الملاحظة من ملف</translation>
    </message>
    <message>
        <source>start from a template&apos;s headings</source>
        <translation>البدء من عناوين قالب</translation>
    </message>
    <message>
        <source>list notes, on an item or all; or delete one</source>
        <translation>سرد الملاحظات، على بند واحد أو كلها؛ أو حذف ملاحظة</translation>
    </message>
    <message>
        <source>delete this note (by its id)</source>
        <translation>حذف هذه الملاحظة (بمعرّفها)</translation>
    </message>
    <message>
        <source>export or import a delegation&apos;s marks and notes</source>
        <translation>تصدير علامات الوفد وملاحظاته أو استيرادها</translation>
    </message>
    <message>
        <source>the file to write (or PATH)</source>
        <translation>الملف المراد كتابته (أو ⁦المسار⁩)</translation>
    </message>
    <message>
        <source>write the file unprotected even though your data is encrypted, without the warning an export of encrypted data otherwise prints</source>
        <translation>اكتب الملف دون حماية رغم أن بياناتك مشفّرة، ودون التنبيه الذي يظهر عند تصدير بيانات مشفّرة</translation>
    </message>
    <message>
        <source>merge a colleague&apos;s export (nothing is overwritten)</source>
        <translation>دمج ملف صدّره زميل (لا يُكتب شيء فوق بياناتك)</translation>
    </message>
    <message>
        <source>marks and notes an import left in two versions</source>
        <translation>العلامات والملاحظات التي خلّف الاستيراد منها نسختين</translation>
    </message>
    <message>
        <source>settle a conflict left by an import</source>
        <translation>حسم تعارض خلّفه استيراد</translation>
    </message>
    <message>
        <source>a mark: keep mine, or take theirs</source>
        <translation>علامة: الإبقاء على نسختي، أو اعتماد نسخة الزميل</translation>
    </message>
    <message>
        <source>which version to keep</source>
        <translation>النسخة التي تُعتمد</translation>
    </message>
    <message>
        <source>a note: keep this version, both, or merge them</source>
        <translation>ملاحظة: الإبقاء على هذه النسخة، أو على النسختين، أو دمجهما</translation>
    </message>
    <message>
        <source>open the desktop window (with FILEs: import them, after a confirmation; a window already open on the data folder takes them)</source>
        <translation>فتح نافذة البرنامج (مع ⁦الملف⁩: استيراد الملفات بعد التأكيد؛ وإن كانت نافذة مفتوحة على مجلد البيانات تسلّمتها)</translation>
    </message>
    <message>
        <source>a programme file in a supported format, or a .briefer-selection file</source>
        <translation>ملف برنامج بصيغة مدعومة، أو ملف ⁦.briefer-selection⁩</translation>
    </message>
    <message>
        <source>render the main window offscreen to a PNG</source>
        <translation>إخراج النافذة الرئيسية إلى صورة PNG دون عرضها على الشاشة</translation>
    </message>
    <message>
        <source>the window&apos;s language (default: the global --lang, else the language chosen in Briefer, else the system&apos;s, as for messages)</source>
        <translation>لغة النافذة (الافتراضي: قيمة ⁦--lang⁩ العامة، وإلا اللغة المختارة في Briefer، وإلا لغة النظام، كما في الرسائل)</translation>
    </message>
    <message>
        <source>the view to show</source>
        <translation>العرض المطلوب إظهاره</translation>
    </message>
    <message>
        <source>window size in pixels</source>
        <translation>حجم النافذة بالبكسل</translation>
    </message>
    <message>
        <source>interpretation (languages, booth)</source>
        <translation>الترجمة (اللغات، المقصورة)</translation>
    </message>
    <message>
        <source>transport (car, pick-up)</source>
        <translation>النقل (السيارة، الاصطحاب)</translation>
    </message>
    <message>
        <source>access badge</source>
        <translation>شارة الدخول</translation>
    </message>
    <message>
        <source>press arrangements</source>
        <translation>الترتيبات الصحفية</translation>
    </message>
    <message>
        <source>contact on the ground</source>
        <translation>جهة الاتصال في الموقع</translation>
    </message>
    <message>
        <source>the day (in --tz)</source>
        <translation>اليوم (بتوقيت ⁦--tz⁩)</translation>
    </message>
    <message>
        <source>start time (in --tz); without it: to be announced</source>
        <translation>وقت البدء (بتوقيت ⁦--tz⁩)؛ إن لم يُذكر: يُعلَن لاحقًا</translation>
    </message>
    <message>
        <source>end time (in --tz)</source>
        <translation>وقت الانتهاء (بتوقيت ⁦--tz⁩)</translation>
    </message>
    <message>
        <source>time zone of --day/--start/--end (default Europe/Paris)</source>
        <translation>المنطقة الزمنية لـ ⁦--day/--start/--end⁩ (الافتراضي ⁦Europe/Paris⁩)</translation>
    </message>
    <message>
        <source>the kind of meeting (bilateral, side, reception…)</source>
        <translation>نوع اللقاء (⁦bilateral⁩، ⁦side⁩، ⁦reception⁩…)</translation>
    </message>
    <message>
        <source>a room id of the venue, or free text</source>
        <translation>معرّف قاعة في مكان الانعقاد، أو نص حر</translation>
    </message>
    <message>
        <source>a person met (a contact or a speaker, by name or id); repeat for several</source>
        <translation>محاور (جهة اتصال أو متحدث، بالاسم أو المعرّف)؛ كرّر الخيار لأكثر من محاور</translation>
    </message>
    <message>
        <source>a delegate who attends; repeat for several</source>
        <translation>عضو وفد يحضر؛ كرّر الخيار لأكثر من عضو</translation>
    </message>
    <message>
        <source>where the meeting stands (default when adding: requested)</source>
        <translation>حالة اللقاء (الافتراضي عند الإضافة: ⁦requested⁩)</translation>
    </message>
    <message>
        <source>the delegation&apos;s own items: bilaterals, side meetings, receptions…</source>
        <translation>لقاءات الوفد: لقاءات ثنائية، اجتماعات جانبية، حفلات استقبال…</translation>
    </message>
    <message>
        <source>add a meeting</source>
        <translation>إضافة لقاء</translation>
    </message>
    <message>
        <source>change a meeting (what is not given stays)</source>
        <translation>تعديل لقاء (يبقى ما لم يُذكر كما هو)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>عنوان جديد</translation>
    </message>
    <message>
        <source>take every counterpart off</source>
        <translation>إزالة جميع المحاورين</translation>
    </message>
    <message>
        <source>take every delegate off</source>
        <translation>إزالة جميع أعضاء الوفد</translation>
    </message>
    <message>
        <source>mark a meeting cancelled (it stays, and no longer conflicts)</source>
        <translation>اعتبار اللقاء ملغى (يبقى، ولا يتعارض مع غيره بعد ذلك)</translation>
    </message>
    <message>
        <source>delete a meeting</source>
        <translation>حذف لقاء</translation>
    </message>
    <message>
        <source>one meeting in full</source>
        <translation>لقاء واحد كاملًا</translation>
    </message>
    <message>
        <source>the delegation&apos;s meetings in time order</source>
        <translation>لقاءات الوفد بحسب الترتيب الزمني</translation>
    </message>
    <message>
        <source>only those this delegate attends</source>
        <translation>اللقاءات التي يحضرها عضو الوفد هذا فقط</translation>
    </message>
    <message>
        <source>settle a meeting a selection import kept in two versions</source>
        <translation>حسم لقاء احتفظ استيراد ملف العلامات بنسختين منه</translation>
    </message>
    <message>
        <source>the delegation&apos;s contacts and the catalogue&apos;s speakers</source>
        <translation>جهات اتصال الوفد ومتحدثو الكتالوج</translation>
    </message>
    <message>
        <source>add a contact (a counterpart the delegation will meet)</source>
        <translation>إضافة جهة اتصال (محاور سيلتقيه الوفد)</translation>
    </message>
    <message>
        <source>change a contact (by id or name)</source>
        <translation>تعديل جهة اتصال (بالمعرّف أو الاسم)</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>اسم جديد</translation>
    </message>
    <message>
        <source>the delegation&apos;s contacts (with --speakers, the speakers)</source>
        <translation>جهات اتصال الوفد (ومع ⁦--speakers⁩: المتحدثون)</translation>
    </message>
    <message>
        <source>the catalogue&apos;s speakers instead</source>
        <translation>متحدثو الكتالوج بدلًا منها</translation>
    </message>
    <message>
        <source>a contact or speaker, their sessions and meetings</source>
        <translation>جهة اتصال أو متحدث، مع جلساته ولقاءاته</translation>
    </message>
    <message>
        <source>delete a contact no meeting names</source>
        <translation>حذف جهة اتصال لا يذكرها أي لقاء</translation>
    </message>
    <message>
        <source>their function</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>their organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>a country (France, فرنسا) or its ISO 3166 code (FR)</source>
        <translation>بلد (فرنسا، France) أو رمزه وفق ISO 3166 ‏(FR)</translation>
    </message>
    <message>
        <source>languages spoken, e.g. &apos;fr, en&apos;</source>
        <translation>اللغات التي يتحدثها، مثل ⁦&apos;fr, en&apos;⁩</translation>
    </message>
    <message>
        <source>the delegation&apos;s notes on this person</source>
        <translation>ملاحظات الوفد عن هذا الشخص</translation>
    </message>
    <message>
        <source>classification line on every page, e.g. &apos;RESTRICTED&apos; (default: briefer settings)</source>
        <translation>سطر التصنيف في كل صفحة، مثل «محدود التداول» (الافتراضي: ⁦briefer settings⁩)</translation>
    </message>
    <message>
        <source>diagonal watermark, such as DRAFT (default: briefer settings)</source>
        <translation>علامة مائية مائلة، مثل «مسودة» (الافتراضي: ⁦briefer settings⁩)</translation>
    </message>
    <message>
        <source>print a briefing pack (PDF or Word) for a delegate</source>
        <translation>إعداد ملف إحاطة (PDF أو Word) لعضو في الوفد</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>paper size, in any case (default: briefer settings)</source>
        <translation>مقاس الورق، بأحرف كبيرة أو صغيرة (الافتراضي: briefer settings)</translation>
    </message>
    <message>
        <source>protect the PDF with a password (AES-256), asked for on the terminal or read from the BRIEFER_PACK_PASSWORD environment variable</source>
        <translation>حماية ملف PDF بكلمة مرور (AES-256) تُطلب في الطرفية أو تُقرأ من متغير البيئة BRIEFER_PACK_PASSWORD</translation>
    </message>
    <message>
        <source>paper size, in any case (default A5)</source>
        <translation>مقاس الورق، بأحرف كبيرة أو صغيرة (الافتراضي A5)</translation>
    </message>
    <message>
        <source>the delegate (default: whole delegation)</source>
        <translation>عضو الوفد (الافتراضي: الوفد بأكمله)</translation>
    </message>
    <message>
        <source>pdf or docx, a Word document to edit (default: from the extension of --out, else pdf)</source>
        <translation>‏pdf أو docx، وهو مستند Word قابل للتحرير (الافتراضي: حسب امتداد ⁦--out⁩، وإلا فـ pdf)</translation>
    </message>
    <message>
        <source>pack language</source>
        <translation>لغة ملف الإحاطة</translation>
    </message>
    <message>
        <source>comma-separated, from {sections} (default: all)</source>
        <translation>مفصولة بفواصل، من بين ⁨{sections}⁩ (الافتراضي: الكل)</translation>
    </message>
    <message>
        <source>print one day&apos;s sessions for the jacket pocket</source>
        <translation>إعداد جدول اليوم: جلسات يوم واحد في ورقة للجيب</translation>
    </message>
    <message>
        <source>the day of the sheet</source>
        <translation>يوم الجدول</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>sheet language</source>
        <translation>لغة جدول اليوم</translation>
    </message>
    <message>
        <source>export the marked sessions and own meetings as an iCalendar file</source>
        <translation>تصدير الجلسات المُعلَّمة ولقاءات الوفد في ملف iCalendar</translation>
    </message>
    <message>
        <source>the .ics to write</source>
        <translation>ملف ⁦.ics⁩ المراد كتابته</translation>
    </message>
    <message>
        <source>a reminder this many minutes before each</source>
        <translation>تذكير قبل كل موعد بهذا العدد من الدقائق</translation>
    </message>
    <message>
        <source>encrypt your data with a passphrase, change or remove it</source>
        <translation>تشفير بياناتك بعبارة مرور، أو تغييرها أو إزالتها</translation>
    </message>
    <message>
        <source>Passphrases are typed on the terminal (twice for a new one), or read from the lines of the file named by the BRIEFER_PASSPHRASE_FILE environment variable: set: the new passphrase; change: the current one, then the new; remove: the current one; recover: the recovery key, then the new passphrase. Never from an argument. A wrong passphrase exits with status 4 and changes nothing.</source>
        <translation>تُكتب عبارات المرور في الطرفية (مرتين للعبارة الجديدة)، أو تُقرأ من أسطر الملف الذي يسمّيه متغير البيئة BRIEFER_PASSPHRASE_FILE: ‏set: العبارة الجديدة؛ ‏change: الحالية ثم الجديدة؛ ‏remove: الحالية؛ ‏recover: مفتاح الاسترداد ثم العبارة الجديدة. لا تُؤخذ أبدًا من وسيط. العبارة الخاطئة تُنهي الأمر بالرمز 4 ولا تغيّر شيئًا.</translation>
    </message>
    <message>
        <source>encrypt your data with a new passphrase</source>
        <translation>تشفير بياناتك بعبارة مرور جديدة</translation>
    </message>
    <message>
        <source>replace the passphrase (needs the current one)</source>
        <translation>استبدال عبارة المرور (يتطلب العبارة الحالية)</translation>
    </message>
    <message>
        <source>decrypt your data back to a plain file</source>
        <translation>فك تشفير بياناتك وإعادتها ملفًا عاديًا</translation>
    </message>
    <message>
        <source>set a new passphrase with the recovery key</source>
        <translation>تعيين عبارة مرور جديدة بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>say whether your data is encrypted</source>
        <translation>بيان ما إذا كانت بياناتك مشفَّرة</translation>
    </message>
    <message>
        <source>default pack options: show, or change with flags</source>
        <translation>الخيارات الافتراضية لملفات الإحاطة: عرضها، أو تغييرها بالخيارات</translation>
    </message>
    <message>
        <source>language of packs (“display”: the display language)</source>
        <translation>لغة ملفات الإحاطة (⁦display⁩: لغة العرض)</translation>
    </message>
    <message>
        <source>paper of packs</source>
        <translation>مقاس ورق ملفات الإحاطة</translation>
    </message>
    <message>
        <source>classification line (&apos;&apos; for none)</source>
        <translation>سطر التصنيف (⁦&apos;&apos;⁩ لعدم إضافته)</translation>
    </message>
    <message>
        <source>watermark (&apos;&apos; for none)</source>
        <translation>العلامة المائية (⁦&apos;&apos;⁩ لعدم إضافتها)</translation>
    </message>
    <message>
        <source>the addresses Briefer syncs from</source>
        <translation>العناوين التي يزامن منها Briefer</translation>
    </message>
    <message>
        <source>add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>the format the source serves</source>
        <translation>الصيغة التي يقدّم بها المصدر بياناته</translation>
    </message>
    <message>
        <source>the publisher&apos;s Ed25519 public key (for --kind briefer)</source>
        <translation>المفتاح العام للناشر من نوع Ed25519 (مع ⁦--kind briefer⁩)</translation>
    </message>
    <message>
        <source>accept unsigned data from this address (shown as such)</source>
        <translation>قبول البيانات غير الموقَّعة من هذا العنوان (وتُعرض على أنها غير موقَّعة)</translation>
    </message>
    <message>
        <source>do not test the address (to add a source while offline); otherwise the address is tested and the command warns when it does not serve such a source</source>
        <translation>لا تختبر العنوان (لإضافة مصدر دون اتصال)؛ وإلا اختُبر العنوان ونبّه الأمر إن لم يقدّم مصدرًا من هذا النوع</translation>
    </message>
    <message>
        <source>list sources</source>
        <translation>سرد المصادر</translation>
    </message>
    <message>
        <source>remove a source (the data it brought stays)</source>
        <translation>إزالة مصدر (تبقى البيانات التي جلبها)</translation>
    </message>
    <message>
        <source>fetch fresh data from a source (or all)</source>
        <translation>جلب أحدث البيانات من مصدر (أو من كل المصادر)</translation>
    </message>
    <message>
        <source>accept a rollback, an empty programme, or unsigned data for a programme another source owns; fetch the whole file even if unchanged</source>
        <translation>قبول الرجوع إلى إصدار سابق، أو برنامج فارغ، أو بيانات غير موقَّعة لبرنامج يعود إلى مصدر آخر؛ وجلب الملف كاملًا ولو لم يتغير</translation>
    </message>
    <message>
        <source>network timeout per read, in seconds</source>
        <translation>مهلة الشبكة لكل عملية قراءة، بالثواني</translation>
    </message>
    <message>
        <source>import a programme file (frab XML/JSON, iCalendar, CSV or a Briefer feed)</source>
        <translation>استيراد ملف برنامج (frab XML/JSON، أو iCalendar، أو CSV، أو بيانات منشورة بصيغة Briefer)</translation>
    </message>
    <message>
        <source>the file&apos;s format (default: detected)</source>
        <translation>صيغة الملف (الافتراضي: تُكتشف تلقائيًا)</translation>
    </message>
    <message>
        <source>id namespace (default: from the file)</source>
        <translation>نطاق أسماء المعرّفات (الافتراضي: من الملف)</translation>
    </message>
    <message>
        <source>accept a rollback, an empty file, or a file for a programme another source owns</source>
        <translation>قبول الرجوع إلى إصدار سابق، أو ملف فارغ، أو ملف لبرنامج يعود إلى مصدر آخر</translation>
    </message>
    <message>
        <source>what syncs and imports changed</source>
        <translation>ما غيّرته عمليات المزامنة والاستيراد</translation>
    </message>
    <message>
        <source>only changes from this date or time</source>
        <translation>التغييرات منذ هذا التاريخ أو الوقت فقط</translation>
    </message>
    <message>
        <source>only changes after the pack with this id was printed</source>
        <translation>التغييرات منذ طباعة ملف الإحاطة ذي هذا المعرّف فقط</translation>
    </message>
    <message>
        <source>list the packs printed, with the ids --since-pack takes</source>
        <translation>عرض ملفات الإحاطة المطبوعة مع معرّفاتها التي يقبلها الخيار ⁦--since-pack⁩</translation>
    </message>
    <message>
        <source>only changes to items your delegation marked and to its own meetings</source>
        <translation>التغييرات على ما وضع عليه وفدك علامة وعلى لقاءاته فقط</translation>
    </message>
    <message>
        <source>at most N changes, the marked ones first (default: all)</source>
        <translation>عدد أقصاه N من التغييرات، وما عليه علامة أولًا (الافتراضي: كلها)</translation>
    </message>
    <message>
        <source>write a signed Briefer feed to serve from any static web host</source>
        <translation>كتابة بيانات موقَّعة بصيغة Briefer لنشرها من أي خادم ويب ثابت</translation>
    </message>
    <message>
        <source>the folder to write the feed to</source>
        <translation>المجلد الذي تُكتب فيه بيانات المصدر</translation>
    </message>
    <message>
        <source>the private key that signs it (from briefer keygen)</source>
        <translation>المفتاح الخاص الذي يوقّعه (من ⁦briefer keygen⁩)</translation>
    </message>
    <message>
        <source>the bundled catalogue (default), the working one, or a schedule file</source>
        <translation>الكتالوج المدمج (الافتراضي)، أو الكتالوج الحالي، أو ملف برنامج</translation>
    </message>
    <message>
        <source>publish this namespace (default: the largest)</source>
        <translation>نشر نطاق الأسماء هذا (الافتراضي: الأكبر)</translation>
    </message>
    <message>
        <source>make an Ed25519 key pair for publishing feeds</source>
        <translation>إنشاء زوج مفاتيح Ed25519 لنشر البيانات</translation>
    </message>
    <message>
        <source>writes PREFIX.key (private, owner-only) and PREFIX.pub</source>
        <translation>يكتب ⁦البادئة.key⁩ (خاص، لا يقرؤه إلا مالكه) و⁦البادئة.pub⁩</translation>
    </message>
    <message>
        <source>briefing-note templates: list, show, edit, delete</source>
        <translation>قوالب ملاحظات الإحاطة: سردها وعرضها وتعديلها وحذفها</translation>
    </message>
    <message>
        <source>every template and the languages it is written in</source>
        <translation>كل القوالب واللغات المكتوبة بها</translation>
    </message>
    <message>
        <source>print a template&apos;s Markdown</source>
        <translation>عرض نص Markdown للقالب</translation>
    </message>
    <message>
        <source>change a template, or add your own; without --text or --file, in your text editor (the VISUAL or EDITOR environment variable)</source>
        <translation>تعديل قالب أو إضافة قالبك؛ دون ⁦--text⁩ أو ⁦--file⁩ يكون ذلك في محرر النصوص لديك (متغير البيئة VISUAL أو EDITOR)</translation>
    </message>
    <message>
        <source>the title shown beside its name</source>
        <translation>العنوان المعروض بجانب اسمه</translation>
    </message>
    <message>
        <source>the template, in Markdown</source>
        <translation>نص القالب بصيغة ⁦Markdown⁩</translation>
    </message>
    <message>
        <source>read the Markdown from a file</source>
        <translation>قراءة نص Markdown من ملف</translation>
    </message>
    <message>
        <source>delete your template; a built-in one goes back to Briefer&apos;s wording</source>
        <translation>حذف قالبك؛ ويعود القالب المدمج إلى صيغة Briefer الأصلية</translation>
    </message>
    <message>
        <source>only this language</source>
        <translation>هذه اللغة فقط</translation>
    </message>
    <message>
        <source>the template&apos;s language (default: the display language)</source>
        <translation>لغة القالب (الافتراضي: لغة العرض)</translation>
    </message>
</context>
<context>
    <name>CliMetavar</name>
    <message>
        <source>ACTION</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>FACTS</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>ID_OR_NAME</source>
        <translation>المعرّف_أو_الاسم</translation>
    </message>
    <message>
        <source>ITEM_ID</source>
        <translation>معرّف_البند</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>مجال_الأسماء</translation>
    </message>
    <message>
        <source>NAME_OR_ID</source>
        <translation>الاسم_أو_المعرّف</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>الجديد</translation>
    </message>
    <message>
        <source>NOTE_ID</source>
        <translation>معرّف_الملاحظة</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>القديم</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>الناتج.png</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>البادئة</translation>
    </message>
    <message>
        <source>PRIVATE_KEY_FILE</source>
        <translation>ملف_المفتاح_الخاص</translation>
    </message>
    <message>
        <source>PUBLIC_KEY_FILE</source>
        <translation>ملف_المفتاح_العام</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>THEME_ID</source>
        <translation>معرّف_الموضوع</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>TIMEOUT</source>
        <translation>المهلة</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>العرضxالارتفاع</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>السنة-الشهر-اليوم</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>المنطقة_الزمنية</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <source>a country, or its ISO code (FR)</source>
        <translation>بلد، أو رمزه وفق ISO ‏(FR)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Briefer: unexpected error</source>
        <translation>‏Briefer: خطأ غير متوقَّع</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>فتح مجلد السجل</translation>
    </message>
    <message>
        <source>Something went wrong inside Briefer and what you asked for may not have been done:
{what}
The window goes on working. The details are in Briefer&apos;s log; send them to your IT support.</source>
        <translation>حدث خلل داخل Briefer، وربما لم يُنفَّذ ما طلبته:
⁨{what}⁩
تواصل النافذة عملها. التفاصيل في سجل Briefer؛ أرسلها إلى فريق الدعم التقني لديك.</translation>
    </message>
    <message>
        <source>Errors since this window opened: {count}</source>
        <translation>الأخطاء منذ فتح هذه النافذة: ⁨{count}⁩</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Your Briefer data at {path} is locked: it needs the passphrase to open.</source>
        <translation>بيانات Briefer في ⁨{path}⁩ مقفلة: لا تُفتح إلا بعبارة المرور.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is encrypted but its key file {key_file} is missing or damaged ({error}); without it the data cannot be opened.</source>
        <translation>بيانات Briefer في ⁨{path}⁩ مشفَّرة، لكن ملف مفتاحها ⁨{key_file}⁩ مفقود أو تالف (⁨{error}⁩)؛ ولا يمكن فتح البيانات من دونه.</translation>
    </message>
    <message>
        <source>The passphrase is wrong; nothing was opened or changed.</source>
        <translation>عبارة المرور غير صحيحة؛ لم يُفتح شيء ولم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The recovery key is wrong; nothing was opened or changed.</source>
        <translation>مفتاح الاسترداد غير صحيح؛ لم يُفتح شيء ولم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The file&apos;s passphrase is wrong; nothing was read.</source>
        <translation>عبارة المرور الخاصة بالملف غير صحيحة؛ لم يُقرأ شيء.</translation>
    </message>
    <message>
        <source>Your Briefer data is open in another Briefer window or command; the passphrase can be set or removed only when nothing else has it open.</source>
        <translation>بيانات Briefer مفتوحة في نافذة أخرى من Briefer أو في أمر آخر؛ ولا يمكن تعيين عبارة المرور أو إزالتها إلا حين لا يفتحها أي شيء آخر.</translation>
    </message>
    <message>
        <source>Your Briefer data is already protected by a passphrase.</source>
        <translation>بيانات Briefer محمية بعبارة مرور بالفعل.</translation>
    </message>
    <message>
        <source>Your Briefer data is not protected by a passphrase.</source>
        <translation>بيانات Briefer غير محمية بعبارة مرور.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>يجب ألا تقل عبارة المرور عن 8 أحرف.</translation>
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
        <translation>لقاء جديد…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>تعديل اللقاء…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>إلغاء اللقاء</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>حذف اللقاء…</translation>
    </message>
    <message>
        <source>Delegate&apos;s name</source>
        <translation>اسم عضو الوفد</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>إضافة عضو إلى الوفد</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Marked items by delegate</source>
        <translation>البنود المُعلَّمة حسب عضو الوفد</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Conflicts (double-click one to decline the item that starts later)</source>
        <translation>التعارضات (انقر نقرًا مزدوجًا على أحدها للاعتذار عن البند الذي يبدأ لاحقًا)</translation>
    </message>
    <message>
        <source>Create your delegation to mark sessions and projects.</source>
        <translation>أنشئ وفدك لتضع علامات على الجلسات والمشاريع.</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>الوفد بأكمله</translation>
    </message>
    <message>
        <source>{delegate}: “{first}” overlaps “{second}”</source>
        <translation>⁨{delegate}⁩: «⁨{first}⁩» يتعارض مع «⁨{second}⁩»</translation>
    </message>
    <message>
        <source>Double-click to decline “{second}”</source>
        <translation>انقر نقرًا مزدوجًا للاعتذار عن «⁨{second}⁩»</translation>
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
        <translation>إعادة تسمية عضو الوفد</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>الاسم الجديد</translation>
    </message>
    <message>
        <source>Remove {name} from the delegation?</source>
        <translation>هل تريد إزالة ⁨{name}⁩ من الوفد؟</translation>
    </message>
    <message numerus="yes">
        <source>They will be unassigned from %n marked item(s); the marks stay:</source>
        <translation>
            <numerusform>لا بنود مُعلَّمة مُسندة إلى هذا العضو؛ تبقى العلامات:</numerusform>
            <numerusform>سيُلغى إسناد بند مُعلَّم واحد إلى هذا العضو؛ تبقى العلامات:</numerusform>
            <numerusform>سيُلغى إسناد بندين مُعلَّمين إلى هذا العضو؛ تبقى العلامات:</numerusform>
            <numerusform>سيُلغى إسناد %Ln بنود مُعلَّمة إلى هذا العضو؛ تبقى العلامات:</numerusform>
            <numerusform>سيُلغى إسناد %Ln بندًا مُعلَّمًا إلى هذا العضو؛ تبقى العلامات:</numerusform>
            <numerusform>سيُلغى إسناد %Ln بند مُعلَّم إلى هذا العضو؛ تبقى العلامات:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove delegate</source>
        <translation>إزالة عضو الوفد</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
</context>
<context>
    <name>Delegations</name>
    <message>
        <source>A delegation needs a name.</source>
        <translation>يجب أن يكون للوفد اسم.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is neither a country&apos;s name nor an ISO 3166 code such as FR or SEN.</source>
        <translation>«⁨{country}⁩» ليس اسم بلد ولا رمزًا من رموز ISO 3166 مثل FR أو SEN.</translation>
    </message>
    <message>
        <source>A delegation named &apos;{name}&apos; already exists.</source>
        <translation>يوجد بالفعل وفد باسم «⁨{name}⁩».</translation>
    </message>
    <message>
        <source>No delegation with id {id}.</source>
        <translation>لا يوجد وفد بالمعرّف ⁨{id}⁩.</translation>
    </message>
    <message>
        <source>No delegation named &apos;{name}&apos;.</source>
        <translation>لا يوجد وفد باسم «⁨{name}⁩».</translation>
    </message>
    <message>
        <source>Several delegations are named &apos;{name}&apos;: give one of their ids ({ids}).</source>
        <translation>تحمل عدة وفود الاسم «⁨{name}⁩»: اذكر معرّف أحدها (⁦{ids}⁩).</translation>
    </message>
    <message>
        <source>No delegation yet: create one first.</source>
        <translation>لا يوجد وفد بعد: أنشئ وفدًا أولًا.</translation>
    </message>
    <message>
        <source>A delegate needs a name.</source>
        <translation>يجب أن يكون لعضو الوفد اسم.</translation>
    </message>
    <message>
        <source>{delegation} already has a delegate named &apos;{name}&apos;.</source>
        <translation>يضم ⁨{delegation}⁩ عضوًا باسم «⁨{name}⁩» بالفعل.</translation>
    </message>
    <message>
        <source>No delegate with id {id}.</source>
        <translation>لا يوجد عضو وفد بالمعرّف ⁨{id}⁩.</translation>
    </message>
    <message>
        <source>Several delegates of {delegation} match &apos;{name}&apos;: {names}.</source>
        <translation>يطابق «⁨{name}⁩» أكثر من عضو في ⁨{delegation}⁩: ⁨{names}⁩.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>{delegation} has no delegate named &apos;{name}&apos; (delegates: {known}).</source>
        <translation>لا يضم ⁨{delegation}⁩ عضوًا باسم «⁨{name}⁩» (أعضاء الوفد: ⁨{known}⁩).</translation>
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
        <translation>أعضاء الوفد</translation>
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
        <translation>حفظ العلامة</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>إزالة العلامة</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>ملاحظات…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>إلغاء اللقاء</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>تفاصيل البند</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>اعتماد نسخة الزميل</translation>
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
        <translation>أنشئ وفدًا (وفدي) لتضع علامات على البنود.</translation>
    </message>
    <message>
        <source>Their version, from an imported selection: {theirs}</source>
        <translation>نسخة الزميل، من ملف علامات مستورد: ⁨{theirs}⁩</translation>
    </message>
    <message>
        <source>Our meeting</source>
        <translation>لقاء الوفد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>يُعلَن لاحقًا</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>التوقيت المحلي</translation>
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
        <translation>ليس في الكتالوج لديك: معروف من ملف علامات مستورد.</translation>
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
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the source, as the catalogue&apos;s authors wrote it</source>
        <translation>ملاحظة عن المصدر، كما كتبها معدّو الكتالوج</translation>
    </message>
    <message>
        <source>Save mark</source>
        <comment>what Edit › Undo undoes, after its word</comment>
        <translation>حفظ العلامة</translation>
    </message>
    <message>
        <source>Unmark</source>
        <comment>what Edit › Undo undoes, after its word</comment>
        <translation>إزالة العلامة</translation>
    </message>
    <message>
        <source>Mark removed (priority, reason, delegates); notes are kept. Ctrl+Z undoes.</source>
        <translation>أُزيلت العلامة (الأولوية والسبب وأعضاء الوفد)؛ وبقيت الملاحظات. للتراجع: Ctrl+Z.</translation>
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
    <message numerus="yes">
        <source>Counterpart(s)</source>
        <translation>
            <numerusform>المحاورون</numerusform>
            <numerusform>المحاور</numerusform>
            <numerusform>المحاوران</numerusform>
            <numerusform>المحاورون</numerusform>
            <numerusform>المحاورون</numerusform>
            <numerusform>المحاورون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delegate(s)</source>
        <translation>
            <numerusform>أعضاء الوفد</numerusform>
            <numerusform>عضو الوفد</numerusform>
            <numerusform>عضوا الوفد</numerusform>
            <numerusform>أعضاء الوفد</numerusform>
            <numerusform>أعضاء الوفد</numerusform>
            <numerusform>أعضاء الوفد</numerusform>
        </translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
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
        <translation>حُفظت العلامة.</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <source>Several editions answer to &apos;{text}&apos;: {candidates}.</source>
        <translation>تطابق عدةُ دورات «⁨{text}⁩»: ⁨{candidates}⁩.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>No edition {text} in the catalogue (editions: {known}).</source>
        <translation>لا توجد الدورة ⁨{text}⁩ في الكتالوج (الدورات: ⁨{known}⁩).</translation>
    </message>
    <message>
        <source>Bundled with Briefer (the offline copy shipped with the program)</source>
        <translation>مدمج في Briefer (النسخة غير المتصلة المرفقة بالبرنامج)</translation>
    </message>
    <message>
        <source>Published by {publisher}; signature checked</source>
        <translation>نشره ⁨{publisher}⁩؛ تم التحقق من التوقيع</translation>
    </message>
    <message>
        <source>Published by {publisher}; not signed</source>
        <translation>نشره ⁨{publisher}⁩؛ غير موقَّع</translation>
    </message>
    <message>
        <source>bundled with Briefer</source>
        <translation>مدمج في Briefer</translation>
    </message>
    <message>
        <source>the file {name}</source>
        <translation>الملف ⁨{name}⁩</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Apply anyway</source>
        <translation>التطبيق رغم ذلك</translation>
    </message>
</context>
<context>
    <name>FilePassphrase</name>
    <message>
        <source>Protect the file</source>
        <translation>حماية الملف</translation>
    </message>
    <message>
        <source>The file holds your delegation&apos;s marks, notes, meetings and contacts. Protected with a passphrase, it can be opened only by someone who knows it: give it to your colleague another way than the file (by telephone, not in the same e-mail).</source>
        <translation>يضم الملف علامات وفدك وملاحظاته ولقاءاته وجهات اتصاله. إذا حُمي بعبارة مرور فلا يفتحه إلا من يعرفها: أبلغ زميلك بها بوسيلة غير الملف (بالهاتف، لا في الرسالة الإلكترونية نفسها).</translation>
    </message>
    <message>
        <source>&amp;Protect the file with a passphrase</source>
        <translation>&amp;حماية الملف بعبارة مرور</translation>
    </message>
    <message>
        <source>Passphrase for the file</source>
        <translation>عبارة المرور الخاصة بالملف</translation>
    </message>
    <message>
        <source>Passphrase for the file, again</source>
        <translation>عبارة المرور الخاصة بالملف مرة أخرى</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;مرة أخرى</translation>
    </message>
    <message>
        <source>Type the passphrase twice.</source>
        <translation>اكتب عبارة المرور مرتين.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase. Type it to open the file:</source>
        <translation>الملف ⁨{name}⁩ محمي بعبارة مرور. اكتبها لفتح الملف:</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}. Try again:</source>
        <translation>عبارة المرور هذه لا تفتح ⁨{name}⁩. حاول مرة أخرى:</translation>
    </message>
    <message>
        <source>Protected file</source>
        <translation>ملف محمي</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} exists and is not a PDF file; choose another name or remove it.</source>
        <translation>⁨{path}⁩ موجود وليس ملف PDF؛ اختر اسمًا آخر أو احذفه.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Word document; choose another name or remove it.</source>
        <translation>⁨{path}⁩ موجود وليس مستند Word؛ اختر اسمًا آخر أو احذفه.</translation>
    </message>
    <message>
        <source>{path} exists and is not a calendar file; choose another name or remove it.</source>
        <translation>⁨{path}⁩ موجود وليس ملف تقويم؛ اختر اسمًا آخر أو احذفه.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Briefer selection file; choose another name or remove it.</source>
        <translation>⁨{path}⁩ موجود وليس ملف علامات من Briefer؛ اختر اسمًا آخر أو احذفه.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Briefer feed; choose another folder or remove it.</source>
        <translation>⁨{path}⁩ موجود وليس ملف بيانات منشورة بصيغة Briefer؛ اختر مجلدًا آخر أو احذفه.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Briefer feed&apos;s signature; choose another folder or remove it.</source>
        <translation>⁨{path}⁩ موجود وليس ملف توقيع لبيانات منشورة بصيغة Briefer؛ اختر مجلدًا آخر أو احذفه.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>تعذّرت قراءة ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB; refused.</source>
        <translation>حجم ⁨{path}⁩ يتجاوز ⁨{limit}⁩ ميغابايت؛ رُفض.</translation>
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
        <translation>الملف فارغ. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{error}; refused. Nothing was changed.</source>
        <translation>⁨{error}⁩؛ رُفض. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The {format} file is nested too deeply; refused. Nothing was changed.</source>
        <translation>بنية ملف ⁨{format}⁩ متداخلة بعمق مفرط؛ رُفض. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The {format} file has a value of an unexpected kind or shape; refused. Nothing was changed.</source>
        <translation>في ملف ⁨{format}⁩ قيمة من نوع أو بنية غير متوقَّعة؛ رُفض. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The file names no time zone; its times carry UTC{offset}.</source>
        <translation>لا يسمّي الملف أي منطقة زمنية؛ أوقاته بفارق ⁦UTC{offset}⁩.</translation>
    </message>
    <message>
        <source>The file gives no time zone at all; its times are read as {zone} (the forum&apos;s).</source>
        <translation>لا يذكر الملف أي منطقة زمنية؛ تُقرأ أوقاته بتوقيت ⁨{zone}⁩ (توقيت المنتدى).</translation>
    </message>
    <message>
        <source>The XML file declares a DTD or entities (a possible XXE or entity-expansion attack); refused. Nothing was changed.</source>
        <translation>يعلن ملف XML عن DTD أو كيانات (هجوم XXE أو توسيع كيانات محتمل)؛ رُفض. لم يُغيَّر شيء.</translation>
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
        <source>Cannot tell what kind of file this is. Briefer reads its own feeds, frab schedules (XML or JSON, as pretalx and FOSDEM publish them), iCalendar files (.ics) and CSV files whose first line names an id column. Nothing was changed.</source>
        <translation>تعذّر تحديد نوع هذا الملف. يقرأ Briefer مصادره الخاصة، وبرامج frab ‏(XML أو JSON، كما تنشرها pretalx وFOSDEM)، وملفات التقويم iCalendar ‏(.ics)، وملفات CSV التي يسمّي سطرها الأول عمودًا باسم id. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line {line}, column {column}). Nothing was changed.</source>
        <translation>الملف ليس XML سليم البنية (السطر ⁨{line}⁩، العمود ⁨{column}⁩). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>اليوم ⁨{number}⁩</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Nothing was changed.</source>
        <translation>الملف ليس نصًّا بترميز UTF-8. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}). Nothing was changed.</source>
        <translation>الملف ليس JSON صالحًا (السطر ⁨{line}⁩، العمود ⁨{column}⁩). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This JSON is not a frab/pretalx schedule (no schedule.conference.days).</source>
        <translation>ملف JSON هذا ليس برنامج frab/pretalx (لا يوجد ⁦schedule.conference.days⁩).</translation>
    </message>
    <message>
        <source>{day}, room “{room}”</source>
        <translation>{day}، القاعة «⁨{room}⁩»</translation>
    </message>
    <message>
        <source>an event of room “{room}”</source>
        <translation>فعالية في القاعة «⁨{room}⁩»</translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation>الفعالية ⁨{id}⁩</translation>
    </message>
    <message>
        <source>a BEGIN: line has no END: (the file is cut short or damaged)</source>
        <translation>في الملف سطر ⁦BEGIN:⁩ بلا ⁦END:⁩ (الملف مبتور أو تالف)</translation>
    </message>
    <message>
        <source>it holds several calendars (BEGIN:VCALENDAR more than once)</source>
        <translation>يحتوي الملف على عدة تقاويم (⁦BEGIN:VCALENDAR⁩ أكثر من مرة)</translation>
    </message>
    <message>
        <source>the line “{line}” is not an iCalendar line (NAME:value)</source>
        <translation>السطر «⁨{line}⁩» ليس سطر ⁦iCalendar⁩ صحيحًا (⁦NAME:value⁩)</translation>
    </message>
    <message>
        <source>The iCalendar file is not UTF-8 text.</source>
        <translation>ملف iCalendar ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid iCalendar: {error}. Nothing was changed.</source>
        <translation>الملف ليس iCalendar صالحًا: ⁨{error}⁩. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Imported calendar</source>
        <translation>تقويم مستورد</translation>
    </message>
    <message>
        <source>The calendar has no VTIMEZONE; TZID names are read as IANA zones.</source>
        <translation>لا يتضمن التقويم ⁦VTIMEZONE⁩؛ تُقرأ أسماء ⁦TZID⁩ على أنها مناطق زمنية من قاعدة ⁦IANA⁩.</translation>
    </message>
    <message>
        <source>The CSV header lacks {missing} (documented columns: {columns}).</source>
        <translation>ينقص ترويسة CSV: ⁨{missing}⁩ (الأعمدة الموثّقة: ⁨{columns}⁩).</translation>
    </message>
    <message>
        <source>CSV line {number}</source>
        <translation>السطر ⁨{number}⁩ من ملف ⁦CSV⁩</translation>
    </message>
    <message>
        <source>CSV line {line}: a field is longer than {limit} KB or badly quoted; refused. Nothing was changed.</source>
        <translation>سطر CSV رقم ⁨{line}⁩: حقل يتجاوز ⁨{limit}⁩ كيلوبايت أو علامات اقتباسه غير سليمة؛ رُفض. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The CSV file is neither UTF-8 nor Windows-1252 text. In Excel, save it with File › Save As › “CSV UTF-8 (Comma delimited)”.</source>
        <translation>ملف CSV ليس نصًا بترميز UTF-8 ولا Windows-1252. احفظه في Excel عبر «ملف ← حفظ باسم ← CSV UTF-8 (محدد بفواصل)».</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text: it was read as Windows-1252 (Western European), as Excel saves “CSV” on Windows. Check its accented letters; a file in Arabic must be saved with Excel&apos;s “CSV UTF-8 (Comma delimited)”.</source>
        <translation>ملف CSV ليس نصًا بترميز UTF-8: قُرئ بترميز Windows-1252 (أوروبا الغربية) كما يحفظ Excel صيغة «CSV» على ويندوز. تحقق من الحروف المشكولة فيه؛ ويجب حفظ الملف العربي بصيغة «CSV UTF-8 (محدد بفواصل)» في Excel.</translation>
    </message>
    <message>
        <source>{where}: more fields than the header has columns.</source>
        <translation>⁨{where}⁩: عدد الحقول أكبر من عدد أعمدة الترويسة.</translation>
    </message>
    <message>
        <source>{where}: the id is empty.</source>
        <translation>⁨{where}⁩: المعرّف فارغ.</translation>
    </message>
    <message>
        <source>{where}: kind must be &apos;session&apos; or &apos;project&apos;, not {kind}.</source>
        <translation>⁨{where}⁩: يجب أن يكون النوع ⁦&apos;session&apos;⁩ أو ⁦&apos;project&apos;⁩، لا ⁨{kind}⁩.</translation>
    </message>
    <message numerus="yes">
        <source>Import {name} (%n session(s)) as a new edition.</source>
        <translation>
            <numerusform>استيراد ⁨{name}⁩ (%Ln جلسة) بوصفه دورة جديدة.</numerusform>
            <numerusform>استيراد ⁨{name}⁩ (جلسة واحدة) بوصفه دورة جديدة.</numerusform>
            <numerusform>استيراد ⁨{name}⁩ (جلستان) بوصفه دورة جديدة.</numerusform>
            <numerusform>استيراد ⁨{name}⁩ (%Ln جلسات) بوصفه دورة جديدة.</numerusform>
            <numerusform>استيراد ⁨{name}⁩ (%Ln جلسةً) بوصفه دورة جديدة.</numerusform>
            <numerusform>استيراد ⁨{name}⁩ (%Ln جلسة) بوصفه دورة جديدة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {name} (%n session(s)), replacing the {now} sessions of the edition already in the catalogue; marks and notes are kept.</source>
        <translation>
            <numerusform>استيراد ⁨{name}⁩ (%Ln جلسة) ليحلّ محلّ جلسات الدورة الموجودة في الكتالوج (عددها ⁨{now}⁩)؛ تبقى العلامات والملاحظات.</numerusform>
            <numerusform>استيراد ⁨{name}⁩ (جلسة واحدة) ليحلّ محلّ جلسات الدورة الموجودة في الكتالوج (عددها ⁨{now}⁩)؛ تبقى العلامات والملاحظات.</numerusform>
            <numerusform>استيراد ⁨{name}⁩ (جلستان) ليحلّ محلّ جلسات الدورة الموجودة في الكتالوج (عددها ⁨{now}⁩)؛ تبقى العلامات والملاحظات.</numerusform>
            <numerusform>استيراد ⁨{name}⁩ (%Ln جلسات) ليحلّ محلّ جلسات الدورة الموجودة في الكتالوج (عددها ⁨{now}⁩)؛ تبقى العلامات والملاحظات.</numerusform>
            <numerusform>استيراد ⁨{name}⁩ (%Ln جلسةً) ليحلّ محلّ جلسات الدورة الموجودة في الكتالوج (عددها ⁨{now}⁩)؛ تبقى العلامات والملاحظات.</numerusform>
            <numerusform>استيراد ⁨{name}⁩ (%Ln جلسة) ليحلّ محلّ جلسات الدورة الموجودة في الكتالوج (عددها ⁨{now}⁩)؛ تبقى العلامات والملاحظات.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no edition: nothing would change.</source>
        <translation>لا يتضمن الملف أي دورة: لن يتغير شيء.</translation>
    </message>
    <message>
        <source>Merge {marks} marks, {notes} notes, {meetings} meetings and {contacts} contacts from {delegation} ({delegates} delegates). Nothing of yours is overwritten: where both sides changed an entry, both versions are kept.</source>
        <translation>دمج ما ورد من ⁨{delegation}⁩ (عدد أعضاء الوفد: {delegates}): العلامات: {marks}، الملاحظات: {notes}، اللقاءات: {meetings}، جهات الاتصال: {contacts}. لن يُكتب شيء فوق بياناتك: حيث عدّل الطرفان المُدخل نفسه تُحفظ النسختان.</translation>
    </message>
    <message>
        <source>The delegation is new here: it will be created.</source>
        <translation>هذا الوفد جديد هنا: سيُنشأ.</translation>
    </message>
    <message>
        <source>The source repeats the id {id}; the copy is {copy}.</source>
        <translation>يتكرر المعرّف ⁨{id}⁩ في المصدر؛ النسخة المكررة هي ⁨{copy}⁩.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were not usable http(s) URLs and were left out.</source>
        <translation>
            <numerusform>لا روابط غير صالحة.</numerusform>
            <numerusform>رابط واحد ليس عنوان ⁦http(s)⁩ صالحًا فاستُبعد.</numerusform>
            <numerusform>رابطان ليسا عنوانَي ⁦http(s)⁩ صالحين فاستُبعدا.</numerusform>
            <numerusform>%Ln روابط ليست عناوين ⁦http(s)⁩ صالحة فاستُبعدت.</numerusform>
            <numerusform>%Ln رابطًا ليست عناوين ⁦http(s)⁩ صالحة فاستُبعدت.</numerusform>
            <numerusform>%Ln رابط ليست عناوين ⁦http(s)⁩ صالحة فاستُبعدت.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>⁨{file}⁩: {message}</translation>
    </message>
    <message>
        <source>&apos;{namespace}&apos; holds the programme imported from {owner}, and this file names no programme of its own: its items are imported beside it, as &apos;{beside}&apos;.</source>
        <translation>يضم «{namespace}» البرنامج المستورد من {owner}، وهذا الملف لا يسمي برنامجًا خاصًا به: لذا تُستورد بنوده إلى جانبه باسم «{beside}».</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <source>session</source>
        <translation>جلسة</translation>
    </message>
    <message>
        <source>project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>our meeting</source>
        <translation>لقاء الوفد</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>our contact</source>
        <translation>جهة اتصال الوفد</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>جهة</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>دورة</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>cancelled</source>
        <comment>a project</comment>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>a project</comment>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <comment>a project</comment>
        <translation>لم يعد في الكتالوج</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a session</comment>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>a session</comment>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <comment>a session</comment>
        <translation>لم تعد في الكتالوج</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a session</comment>
        <translation>مجدولة</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <comment>the code of the language of this catalogue</comment>
        <translation>ar</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Briefer is locked</source>
        <translation>‏Briefer مقفل</translation>
    </message>
    <message>
        <source>Your data in {path} is encrypted.</source>
        <translation>بياناتك في ⁨{path}⁩ مشفَّرة.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Passphrase forgotten…</source>
        <translation>نسيت عبارة المرور؟…</translation>
    </message>
    <message>
        <source>Choose a new passphrase with the recovery key given when it was set.</source>
        <translation>اختيار عبارة مرور جديدة بمفتاح الاسترداد الذي أُعطي عند تعيينها.</translation>
    </message>
    <message>
        <source>Briefer is locked. Type your passphrase to go on.</source>
        <translation>‏Briefer مقفل. اكتب عبارة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>Passphrase forgotten? The recovery key given when it was set lets you choose a new one.</source>
        <translation>نسيت عبارة المرور؟ يتيح لك مفتاح الاسترداد الذي أُعطي عند تعيينها اختيار عبارة جديدة.</translation>
    </message>
    <message>
        <source>Use the recovery key…</source>
        <translation>استخدام مفتاح الاسترداد…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>استخدام مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Type the recovery key you were given when the passphrase was set (the dashes are optional), then choose a new passphrase. The recovery key stays the same.</source>
        <translation>اكتب مفتاح الاسترداد الذي أُعطي لك عند تعيين عبارة المرور (الشرطات اختيارية)، ثم اختر عبارة مرور جديدة. ويبقى مفتاح الاسترداد كما هو.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>تعيين عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <source>Lock now</source>
        <translation>قفل الآن</translation>
    </message>
    <message>
        <source>Security…</source>
        <translation>الأمان…</translation>
    </message>
    <message>
        <source>Set a passphrase first (File › Security…): it is what unlocks Briefer.</source>
        <translation>عيّن عبارة مرور أولًا (ملف ← الأمان…): بها يُفتح قفل Briefer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Briefer — briefing for the Paris Peace Forum</source>
        <translation>‏Briefer — الإحاطة لمنتدى باريس للسلام</translation>
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
        <translation>ملفات الإحاطة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
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
        <translation>تظهر النتائج أثناء الكتابة؛ وتنتقل إليها بمفتاح السهم للأسفل.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
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
        <translation>تصدير العلامات والملاحظات…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s marks and notes…</source>
        <translation>استيراد علامات زميل وملاحظاته…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>تصدير التقويم…</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>إعداد ملف الإحاطة</translation>
    </message>
    <message>
        <source>Print pack…</source>
        <translation>طباعة ملف الإحاطة…</translation>
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
        <translation>نسخ معلومات التشخيص</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>حول Qt</translation>
    </message>
    <message>
        <source>Portable: data beside the program</source>
        <translation>نسخة محمولة: البيانات بجانب البرنامج</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Build a pack first: then it can be printed.</source>
        <translation>أعِدّ ملف الإحاطة أولًا، ثم تمكن طباعته.</translation>
    </message>
    <message>
        <source>Last updated {when} from an imported file</source>
        <translation>آخر تحديث ⁨{when}⁩ من ملف مستورد</translation>
    </message>
    <message>
        <source>Catalogue version {version}</source>
        <translation>إصدار الكتالوج ⁨{version}⁩</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE DATA</source>
        <translation>بيانات توضيحية</translation>
    </message>
    <message>
        <source>partial: see Help › About</source>
        <translation>جزئي: انظر مساعدة ← حول</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>آخر مزامنة ⁨{when}⁩</translation>
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
        <translation>⁨{name}⁩ (غير موقَّع: موثوق بقرارك)</translation>
    </message>
    <message>
        <source>No source yet</source>
        <translation>لا يوجد مصدر بعد</translation>
    </message>
    <message>
        <source>Remove a source</source>
        <translation>إزالة مصدر</translation>
    </message>
    <message>
        <source>Remove the source {name}? Briefer stops syncing from it; the programme it brought stays in the catalogue, and your marks and notes are kept.</source>
        <translation>أتريد إزالة المصدر ⁨{name}⁩؟ يتوقف Briefer عن المزامنة منه، ويبقى البرنامج الذي جلبه في الكتالوج، وتُحفظ علاماتك وملاحظاتك.</translation>
    </message>
    <message>
        <source>No source yet. Add the address of your ministry&apos;s feed (Sync › Add a source), or import a programme file.</source>
        <translation>لا يوجد مصدر بعد. أضف عنوان البيانات التي تنشرها وزارتك (مزامنة ← إضافة مصدر)، أو استورد ملف برنامج.</translation>
    </message>
    <message>
        <source>Data: {source}</source>
        <translation>البيانات: ⁨{source}⁩</translation>
    </message>
    <message>
        <source>Diagnostic information copied.</source>
        <translation>نُسخت معلومات التشخيص.</translation>
    </message>
    <message>
        <source>Import programme file</source>
        <translation>استيراد ملف برنامج</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>تراجع عن ⁨{what}⁩</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>إعادة ⁨{what}⁩</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Programmes (*.xml *.json *.ics *.csv *.gz)</source>
        <translation>البرامج (*.xml *.json *.ics *.csv *.gz)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Publisher&apos;s public key</source>
        <translation>المفتاح العام للناشر</translation>
    </message>
    <message>
        <source>Export marks and notes</source>
        <translation>تصدير العلامات والملاحظات</translation>
    </message>
    <message>
        <source>Briefer selection (*{ext});;JSON (*.json)</source>
        <translation>ملف علامات Briefer ‏(*{ext});;JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Import marks and notes</source>
        <translation>استيراد العلامات والملاحظات</translation>
    </message>
    <message>
        <source>Briefer selection (*{ext} *.json)</source>
        <translation>ملف علامات Briefer ‏(*{ext} *.json)</translation>
    </message>
    <message>
        <source>{marks} and {notes} added; {conflicts} kept in two versions, flagged.</source>
        <translation>الإضافات: {marks} و{notes}؛ وحُفظ بنسختين مع التنبيه إليه: ⁨{conflicts}⁩.</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>لا علامات</numerusform>
            <numerusform>علامة واحدة</numerusform>
            <numerusform>علامتان</numerusform>
            <numerusform>%Ln علامات</numerusform>
            <numerusform>%Ln علامةً</numerusform>
            <numerusform>%Ln علامة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظةً</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>فتح ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Not imported; nothing was changed.</source>
        <translation>لم يُستورد شيء؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sync failed; nothing was changed.</source>
        <translation>فشلت المزامنة؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>البيانات محدَّثة أصلًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>لم يُطبَّق أي تغيير.</numerusform>
            <numerusform>طُبِّق تغيير واحد.</numerusform>
            <numerusform>طُبِّق تغييران.</numerusform>
            <numerusform>طُبِّقت %Ln تغييرات.</numerusform>
            <numerusform>طُبِّق %Ln تغييرًا.</numerusform>
            <numerusform>طُبِّق %Ln تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>⁨{source}⁩: {error}</translation>
    </message>
    <message>
        <source>To stop syncing from a source that no longer answers: Sync › Remove a source.</source>
        <translation>لإيقاف المزامنة من مصدر لم يعد يُجيب: مزامنة ← إزالة مصدر.</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>فهرس البحث</translation>
    </message>
    <message>
        <source>Rebuilding the catalogue&apos;s search index for this version of Briefer (once)…</source>
        <translation>يُعاد بناء فهرس البحث في الكتالوج لهذا الإصدار من Briefer (مرة واحدة)…</translation>
    </message>
    <message>
        <source>The catalogue&apos;s search index is ready.</source>
        <translation>فهرس البحث في الكتالوج جاهز.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied from {applied}; not synced: {failed}.</source>
        <translation>
            <numerusform>لم يُطبَّق أي تغيير من ⁨{applied}⁩؛ أخفقت المزامنة من ⁨{failed}⁩.</numerusform>
            <numerusform>طُبِّق تغيير واحد من ⁨{applied}⁩؛ أخفقت المزامنة من ⁨{failed}⁩.</numerusform>
            <numerusform>طُبِّق تغييران من ⁨{applied}⁩؛ أخفقت المزامنة من ⁨{failed}⁩.</numerusform>
            <numerusform>طُبِّقت %Ln تغييرات من ⁨{applied}⁩؛ أخفقت المزامنة من ⁨{failed}⁩.</numerusform>
            <numerusform>طُبِّق %Ln تغييرًا من ⁨{applied}⁩؛ أخفقت المزامنة من ⁨{failed}⁩.</numerusform>
            <numerusform>طُبِّق %Ln تغيير من ⁨{applied}⁩؛ أخفقت المزامنة من ⁨{failed}⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your marked item(s) changed.</source>
        <translation>
            <numerusform>لم يتغيّر أي من بنودكم المُعلَّمة.</numerusform>
            <numerusform>تغيّر بند واحد من بنودكم المُعلَّمة.</numerusform>
            <numerusform>تغيّر بندان من بنودكم المُعلَّمة.</numerusform>
            <numerusform>تغيّرت %Ln بنود من بنودكم المُعلَّمة.</numerusform>
            <numerusform>تغيّر %Ln بندًا من بنودكم المُعلَّمة.</numerusform>
            <numerusform>تغيّر %Ln بند من بنودكم المُعلَّمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s).</source>
        <translation>
            <numerusform>لا تعارض جديد.</numerusform>
            <numerusform>تعارض جديد واحد.</numerusform>
            <numerusform>تعارضان جديدان.</numerusform>
            <numerusform>%Ln تعارضات جديدة.</numerusform>
            <numerusform>%Ln تعارضًا جديدًا.</numerusform>
            <numerusform>%Ln تعارض جديد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkStatus</name>
    <message>
        <source>open</source>
        <translation>قيد النظر</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّدة</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>مُعتذَر عنها</translation>
    </message>
    <message>
        <source>done</source>
        <translation>مُنجَزة</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Create a delegation (My delegation) to mark items.</source>
        <translation>أنشئ وفدًا (وفدي) لتضع علامات على البنود.</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>إزالة العلامة</translation>
    </message>
    <message>
        <source>Mark as {priority}</source>
        <translation>وضع علامة «⁨{priority}⁩»</translation>
    </message>
    <message>
        <source>Take {name} off</source>
        <translation>سحب الإسناد من ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Assign to {name}</source>
        <translation>الإسناد إلى ⁨{name}⁩</translation>
    </message>
    <message>
        <source>M marks or unmarks; 1, 2, 3 set the priority; the Menu key opens more.</source>
        <translation>‏M تضع العلامة أو تزيلها؛ 1 و2 و3 تحدد الأولوية؛ ومفتاح القائمة يفتح المزيد.</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>إ&amp;زالة العلامة</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>وضع &amp;علامة</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>الأ&amp;ولوية</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>إ&amp;سناد إلى</translation>
    </message>
    <message>
        <source>Open &amp;note</source>
        <translation>فتح الم&amp;لاحظة</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>Priority &apos;{priority}&apos; is not one of {choices}.</source>
        <translation>الأولوية «⁨{priority}⁩» ليست من بين: ⁨{choices}⁩.</translation>
    </message>
    <message>
        <source>Status &apos;{status}&apos; is not one of {choices}.</source>
        <translation>الحالة «⁨{status}⁩» ليست من بين: ⁨{choices}⁩.</translation>
    </message>
    <message>
        <source>{delegate} is not a delegate of {delegation}.</source>
        <translation>لا يوجد ⁨{delegate}⁩ بين أعضاء ⁨{delegation}⁩.</translation>
    </message>
    <message>
        <source>{item} is not assigned to {delegate}.</source>
        <translation>البند ⁨{item}⁩ غير مُسند إلى ⁨{delegate}⁩.</translation>
    </message>
    <message>
        <source>priority: {priority}</source>
        <translation>الأولوية: ⁨{priority}⁩</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>الحالة: ⁨{status}⁩</translation>
    </message>
    <message>
        <source>assigned to {names}</source>
        <translation>مُسند إلى ⁨{names}⁩</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>السبب: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a mark: mine or theirs.</source>
        <translation>«⁨{keep}⁩» ليست طريقة لحسم تعارض علامة: ⁦mine⁩ أو ⁦theirs⁩.</translation>
    </message>
    <message>
        <source>The mark on {item} has no conflict to settle.</source>
        <translation>لا تعارض يحتاج إلى حسم في العلامة على ⁨{item}⁩.</translation>
    </message>
    <message>
        <source>{item} is not marked by {delegation}.</source>
        <translation>لم يضع ⁨{delegation}⁩ علامة على ⁨{item}⁩.</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>Edit meeting</source>
        <translation>تعديل اللقاء</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>إلغاء اللقاء</translation>
    </message>
    <message>
        <source>Mark “{title}” as cancelled? It stays in the list, struck through, and no longer conflicts; its status can be set back by editing it.</source>
        <translation>هل تريد اعتبار «⁨{title}⁩» ملغى؟ يبقى في القائمة مشطوبًا ولا يتعارض مع غيره بعد ذلك؛ ويمكن إرجاع حالته بتعديله.</translation>
    </message>
    <message numerus="yes">
        <source>%n counterpart(s)</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>محاور واحد</numerusform>
            <numerusform>محاوران</numerusform>
            <numerusform>%Ln محاورين</numerusform>
            <numerusform>%Ln محاورًا</numerusform>
            <numerusform>%Ln محاور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending delegate(s)</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>عضو واحد</numerusform>
            <numerusform>عضوان</numerusform>
            <numerusform>%Ln أعضاء</numerusform>
            <numerusform>%Ln عضوًا</numerusform>
            <numerusform>%Ln عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}” ({day} {time})? Its time, place, status, logistics, its {counterparts} and {delegates} go with it; Edit › Undo (Ctrl+Z) brings them back while Briefer stays open. The contacts themselves stay.</source>
        <translation>هل تريد حذف «⁨{title}⁩» (⁨{day} {time}⁩)؟ ستُحذف معه بيانات وقته ومكانه وحالته وترتيباته اللوجستية، وقائمة محاوريه (⁨{counterparts}⁩) وأعضاء الوفد الحاضرين ({delegates})؛ ويعيدها «تحرير ← تراجع» (Ctrl+Z) ما دام Briefer مفتوحًا. أما جهات الاتصال نفسها فتبقى.</translation>
    </message>
    <message>
        <source>day to be announced</source>
        <translation>اليوم يُعلَن لاحقًا</translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) stay, in Notes.</source>
        <translation>
            <numerusform>لا ملاحظات عليه.</numerusform>
            <numerusform>تبقى ملاحظته الوحيدة في «الملاحظات».</numerusform>
            <numerusform>تبقى ملاحظتاه في «الملاحظات».</numerusform>
            <numerusform>تبقى ملاحظاته (%Ln) في «الملاحظات».</numerusform>
            <numerusform>تبقى ملاحظاته (%Ln) في «الملاحظات».</numerusform>
            <numerusform>تبقى ملاحظاته (%Ln) في «الملاحظات».</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>حذف اللقاء</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>لقاء جديد</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>تعديل اللقاء</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>يُعلَن لاحقًا</translation>
    </message>
    <message>
        <source>Name of a new contact</source>
        <translation>اسم جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
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
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>المحاورون</translation>
    </message>
    <message>
        <source>Delegates who attend</source>
        <translation>أعضاء الوفد الحاضرون</translation>
    </message>
    <message>
        <source>“{typed}” is not a day: the field shows the last day read again. Type a day as {example} (day/month/year), or pick one from the calendar (F4).</source>
        <translation>«⁨{typed}⁩» ليس يومًا: يعرض الحقل من جديد آخر يوم قُرئ. اكتب يومًا بالصيغة ⁨{example}⁩ (اليوم/الشهر/السنة)، أو اختره من التقويم (⁦F4⁩).</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <source>bilateral</source>
        <translation>لقاء ثنائي</translation>
    </message>
    <message>
        <source>side meeting</source>
        <translation>اجتماع جانبي</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>حفل استقبال</translation>
    </message>
    <message>
        <source>press</source>
        <translation>صحافة</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>تنقل</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>مُعتذَر عنه</translation>
    </message>
    <message>
        <source>held</source>
        <translation>انعقد</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Access badge</source>
        <translation>شارة الدخول</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>الصحافة</translation>
    </message>
    <message>
        <source>Contact on the ground</source>
        <translation>جهة الاتصال في الموقع</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>&apos;{zone}&apos; is not a time zone such as Europe/Paris.</source>
        <translation>«⁨{zone}⁩» ليست منطقة زمنية مثل ⁦Europe/⁠Paris⁩.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a day written YYYY-MM-DD.</source>
        <translation>«⁨{day}⁩» ليس يومًا مكتوبًا بالصيغة ⁦YYYY-MM-DD⁩.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a day between {first} and {last}.</source>
        <translation>«⁨{day}⁩» ليس يومًا بين عامَي ⁨{first}⁩ و⁨{last}⁩.</translation>
    </message>
    <message>
        <source>&apos;{time}&apos; is not a time written HH:MM.</source>
        <translation>«⁨{time}⁩» ليس وقتًا مكتوبًا بالصيغة ⁦HH:MM⁩.</translation>
    </message>
    <message>
        <source>A time needs a day.</source>
        <translation>لا بد للوقت من يوم.</translation>
    </message>
    <message>
        <source>An end time needs a start time.</source>
        <translation>لا بد لوقت الانتهاء من وقت بدء.</translation>
    </message>
    <message>
        <source>The meeting ends ({end}) before or when it starts ({start}).</source>
        <translation>ينتهي اللقاء (⁨{end}⁩) قبل بدئه (⁨{start}⁩) أو عند بدئه.</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not one of {choices}.</source>
        <translation>⁨{what}⁩ «⁨{value}⁩» ليس من بين: ⁨{choices}⁩.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a logistics field: {choices}.</source>
        <translation>«⁨{key}⁩» ليس من حقول الترتيبات اللوجستية: ⁨{choices}⁩.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>يجب أن يكون للقاء عنوان.</translation>
    </message>
    <message>
        <source>No meeting with id {id}.</source>
        <translation>لا يوجد لقاء بالمعرّف ⁨{id}⁩.</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a meeting: current or other.</source>
        <translation>«⁨{keep}⁩» ليست طريقة لحسم تعارض لقاء: ⁦current⁩ أو ⁦other⁩.</translation>
    </message>
    <message>
        <source>The meeting {id} has no other version to settle.</source>
        <translation>ليس للقاء ⁨{id}⁩ نسخة أخرى تحتاج إلى حسم.</translation>
    </message>
    <message>
        <source>Several meetings have ids starting with {id}.</source>
        <translation>تبدأ معرّفات عدة لقاءات بـ ⁨{id}⁩.</translation>
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
        <source>A note&apos;s direction is rtl or ltr, not {direction}.</source>
        <translation>اتجاه الملاحظة هو rtl أو ltr، وليس ⁨{direction}⁩.</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a note: this, both or merge.</source>
        <translation>«⁨{keep}⁩» ليست طريقة لحسم تعارض ملاحظة: ⁦this⁩ أو ⁦both⁩ أو ⁦merge⁩.</translation>
    </message>
    <message>
        <source>Note {id} has no conflicting version to settle.</source>
        <translation>ليس للملاحظة ⁨{id}⁩ نسخة متعارضة تحتاج إلى حسم.</translation>
    </message>
    <message>
        <source>No note with id {id}.</source>
        <translation>لا توجد ملاحظة بالمعرّف ⁨{id}⁩.</translation>
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
        <translation>البدء من قالب:</translation>
    </message>
    <message>
        <source>Right-to-left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Create a delegation and save…</source>
        <translation>إنشاء وفد وحفظ…</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>حذف الملاحظة…</translation>
    </message>
    <message>
        <source>This note was also edited elsewhere; an import kept both versions.</source>
        <translation>عُدِّلت هذه الملاحظة في مكان آخر أيضًا؛ وقد احتفظ الاستيراد بالنسختين.</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>الإبقاء على هذه النسخة</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>الإبقاء على النسختين</translation>
    </message>
    <message>
        <source>Merge into this one</source>
        <translation>الدمج في هذه النسخة</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>اكتب بصيغة Markdown: # عنوان، **عريض**، - قائمة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>The other version of this note will be deleted; its text will be lost.</source>
        <translation>ستُحذف النسخة الأخرى من هذه الملاحظة، ويضيع نصها.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>Delegation note</source>
        <translation>ملاحظة الوفد</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>ملاحظة حول ⁨{title}⁩</translation>
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
        <translation>لم تُحفظ: الملاحظات تتبع وفدًا، ولا يوجد وفد بعد.</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>وفد جديد</translation>
    </message>
    <message>
        <source>Name of your delegation</source>
        <translation>اسم وفدك</translation>
    </message>
    <message>
        <source>the delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>The preview shows the beginning of this long note; packs print all of it.</source>
        <translation>تعرض المعاينة بداية هذه الملاحظة الطويلة، أما ملفات الإحاطة فتطبعها كاملة.</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} Trying again; your text is kept.</source>
        <translation>لم تُحفظ بعد: ⁨{reason}⁩ تجري المحاولة مجددًا؛ نصك محفوظ.</translation>
    </message>
    <message>
        <source>Its other version, from an import, stays.</source>
        <translation>تبقى نسختها الأخرى الواردة من الاستيراد.</translation>
    </message>
    <message>
        <source> [conflicting version, from {file}]</source>
        <translation> [نسخة متعارضة، من ⁨{file}⁩]</translation>
    </message>
    <message>
        <source> [conflicting version, this folder&apos;s]</source>
        <translation> [نسخة متعارضة، نسختك]</translation>
    </message>
    <message numerus="yes">
        <source>Delete the note on {where} (%n character(s), beginning “{first}”)? Edit › Undo (Ctrl+Z) brings it back while Briefer stays open.</source>
        <translation>
            <numerusform>هل تريد حذف الملاحظة حول ⁨{where}⁩ (لا أحرف فيها، تبدأ بـ «⁨{first}⁩»)؟ يعيدها «تحرير ← تراجع» (Ctrl+Z) ما دام Briefer مفتوحًا.</numerusform>
            <numerusform>هل تريد حذف الملاحظة حول ⁨{where}⁩ (حرف واحد، تبدأ بـ «⁨{first}⁩»)؟ يعيدها «تحرير ← تراجع» (Ctrl+Z) ما دام Briefer مفتوحًا.</numerusform>
            <numerusform>هل تريد حذف الملاحظة حول ⁨{where}⁩ (حرفان، تبدأ بـ «⁨{first}⁩»)؟ يعيدها «تحرير ← تراجع» (Ctrl+Z) ما دام Briefer مفتوحًا.</numerusform>
            <numerusform>هل تريد حذف الملاحظة حول ⁨{where}⁩ (%Ln أحرف، تبدأ بـ «⁨{first}⁩»)؟ يعيدها «تحرير ← تراجع» (Ctrl+Z) ما دام Briefer مفتوحًا.</numerusform>
            <numerusform>هل تريد حذف الملاحظة حول ⁨{where}⁩ (%Ln حرفًا، تبدأ بـ «⁨{first}⁩»)؟ يعيدها «تحرير ← تراجع» (Ctrl+Z) ما دام Briefer مفتوحًا.</numerusform>
            <numerusform>هل تريد حذف الملاحظة حول ⁨{where}⁩ (%Ln حرف، تبدأ بـ «⁨{first}⁩»)؟ يعيدها «تحرير ← تراجع» (Ctrl+Z) ما دام Briefer مفتوحًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>حُذفت الملاحظة</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>أُلغي؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Failed; nothing was changed.</source>
        <translation>أخفقت العملية؛ لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message numerus="yes">
        <source>Unknown section(s) {unknown}; choose from {sections}.</source>
        <translation>
            <numerusform>أقسام غير معروفة: ⁦{unknown}⁩؛ اختر من بين: ⁦{sections}⁩.</numerusform>
            <numerusform>قسم غير معروف: ⁦{unknown}⁩؛ اختر من بين: ⁦{sections}⁩.</numerusform>
            <numerusform>قسمان غير معروفين: ⁦{unknown}⁩؛ اختر من بين: ⁦{sections}⁩.</numerusform>
            <numerusform>أقسام غير معروفة: ⁦{unknown}⁩؛ اختر من بين: ⁦{sections}⁩.</numerusform>
            <numerusform>قسمًا غير معروف: ⁦{unknown}⁩؛ اختر من بين: ⁦{sections}⁩.</numerusform>
            <numerusform>قسم غير معروف: ⁦{unknown}⁩؛ اختر من بين: ⁦{sections}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} ends in .{extension} but the format asked for is {format}; give the file a .{format} name, or ask for {extension}.</source>
        <translation>ينتهي ⁨{path}⁩ بالامتداد ⁦.{extension}⁩ لكن الصيغة المطلوبة ⁨{format}⁩؛ أعطِ الملف اسمًا بالامتداد ⁦.{format}⁩ أو اطلب ⁨{extension}⁩.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {example}.</source>
        <translation>⁦{out}⁩ مجلد؛ أعطِ اسم ملف مثل ⁦{example}⁩.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد ⁦{folder}⁩ غير موجود.</translation>
    </message>
    <message>
        <source>{out} cannot be overwritten (read-only).</source>
        <translation>لا يمكن الكتابة فوق ⁦{out}⁩ (للقراءة فقط).</translation>
    </message>
    <message>
        <source>A pack is written as {formats}, not {format}.</source>
        <translation>يُكتب ملف الإحاطة بصيغة ⁨{formats}⁩، لا ⁨{format}⁩.</translation>
    </message>
    <message>
        <source>A password protects PDF packs only; no Word pack was written.</source>
        <translation>كلمة المرور لا تحمي إلا ملفات الإحاطة بصيغة PDF؛ لم يُكتب ملف إحاطة بصيغة Word.</translation>
    </message>
    <message>
        <source>Nothing is marked for {who}: mark sessions or projects first.</source>
        <translation>لا علامة على أي بند لـ ⁨{who}⁩: ضع علامات على جلسات أو مشاريع أولًا.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a date such as 2021-11-11.</source>
        <translation>«⁨{day}⁩» ليس تاريخًا مثل 2021-11-11.</translation>
    </message>
    <message>
        <source>No marked session for {who} on {day}.</source>
        <translation>لا توجد جلسة مُعلَّمة لـ ⁨{who}⁩ يوم ⁨{day}⁩.</translation>
    </message>
    <message>
        <source>&apos;{lang}&apos; is not a pack language (ar, fr, en).</source>
        <translation>«⁨{lang}⁩» ليست لغة لملفات الإحاطة (ar، fr، en).</translation>
    </message>
    <message>
        <source>&apos;{paper}&apos; is not a paper Briefer prints on (A4, letter).</source>
        <translation>«⁨{paper}⁩» ليس ورقًا يطبع عليه Briefer ‏(A4، letter).</translation>
    </message>
    <message>
        <source>A classification line or watermark is one line of at most {n} characters.</source>
        <translation>سطر التصنيف أو العلامة المائية سطر واحد لا يتجاوز ⁨{n}⁩ حرفًا.</translation>
    </message>
    <message>
        <source>A PDF password needs at least {count} characters; no pack was written.</source>
        <translation>يجب ألا تقل كلمة مرور ملف PDF عن {count} أحرف؛ لم يُكتب أي ملف إحاطة.</translation>
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
        <translation>جدول اليوم</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>عضو الوفد</translation>
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
        <source>Pass&amp;word to open</source>
        <translation>&amp;كلمة مرور الفتح</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>كلمة المرور &amp;مرة أخرى</translation>
    </message>
    <message>
        <source>Changes since the last pack</source>
        <translation>التغييرات منذ ملف الإحاطة السابق</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Our meetings</source>
        <translation>لقاءاتنا</translation>
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
        <translation>دليل الشخصيات</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>توزيع أعضاء الوفد</translation>
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
        <source>none: anyone can open the PDF</source>
        <translation>بلا كلمة مرور: يفتحه أي شخص</translation>
    </message>
    <message>
        <source>The PDF asks for this password before it opens (AES-256). Give it to the reader another way than the file.</source>
        <translation>يطلب ملف PDF كلمة المرور هذه قبل أن يُفتح (AES-256). أبلغ القارئ بها بوسيلة غير الملف.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>فتح المستند</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>مستند Word ‏(.docx)</translation>
    </message>
    <message>
        <source>A Word pack has no preview here: once built, open it with the system (Open document) to read, revise or print it.</source>
        <translation>لا معاينة هنا لملف الإحاطة بصيغة Word: بعد إعداده، افتحه ببرنامج النظام («فتح المستند») لقراءته أو تنقيحه أو طباعته.</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>إعداد ملف الإحاطة</translation>
    </message>
    <message>
        <source>Build day sheet</source>
        <translation>إعداد جدول اليوم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>مقاس ⁦Letter⁩ الأمريكي</translation>
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
        <translation>أعِدّ ملف الإحاطة لترى صفحاته هنا.</translation>
    </message>
    <message>
        <source>Create your delegation in My delegation and mark sessions or projects: the pack&apos;s pages will show here.</source>
        <translation>أنشئ وفدك في «وفدي» وضع علامات على جلسات أو مشاريع، وستظهر هنا صفحات ملف الإحاطة.</translation>
    </message>
    <message>
        <source>The two passwords differ; no pack was built.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يُنشأ أي ملف إحاطة.</translation>
    </message>
    <message>
        <source>Building the day sheet…</source>
        <translation>جارٍ إعداد جدول اليوم…</translation>
    </message>
    <message>
        <source>Word pack ready: {name}. Open document shows it.</source>
        <translation>ملف الإحاطة بصيغة Word جاهز: ⁨{name}⁩. يعرضه «فتح المستند».</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages: save, print or open the folder for the whole pack.</source>
        <translation>
            <numerusform>تعرض المعاينة أول %1 من أصل %Ln صفحة: احفظ ملف الإحاطة أو اطبعه أو افتح مجلده لتراه كاملًا.</numerusform>
            <numerusform>تعرض المعاينة أول %1 من أصل صفحة واحدة: احفظ ملف الإحاطة أو اطبعه أو افتح مجلده لتراه كاملًا.</numerusform>
            <numerusform>تعرض المعاينة أول %1 من أصل صفحتين: احفظ ملف الإحاطة أو اطبعه أو افتح مجلده لتراه كاملًا.</numerusform>
            <numerusform>تعرض المعاينة أول %1 من أصل %Ln صفحات: احفظ ملف الإحاطة أو اطبعه أو افتح مجلده لتراه كاملًا.</numerusform>
            <numerusform>تعرض المعاينة أول %1 من أصل %Ln صفحةً: احفظ ملف الإحاطة أو اطبعه أو افتح مجلده لتراه كاملًا.</numerusform>
            <numerusform>تعرض المعاينة أول %1 من أصل %Ln صفحة: احفظ ملف الإحاطة أو اطبعه أو افتح مجلده لتراه كاملًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>مستند Word ‏(*.docx)</translation>
    </message>
    <message>
        <source>The pack could not be saved to {path}: {reason}</source>
        <translation>تعذّر حفظ ملف الإحاطة في ⁨{path}⁩: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>A Word pack is printed from Word or LibreOffice: Open document.</source>
        <translation>يُطبع ملف الإحاطة بصيغة Word من Word أو LibreOffice: «فتح المستند».</translation>
    </message>
    <message>
        <source>Sending the pack to the printer…</source>
        <translation>جارٍ إرسال ملف الإحاطة إلى الطابعة…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>لم تُرسَل أي صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحةً إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the pack…</source>
        <translation>جارٍ إعداد ملف الإحاطة…</translation>
    </message>
    <message>
        <source>page %v</source>
        <translation>الصفحة %v</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) ready.</source>
        <translation>
            <numerusform>لا صفحات جاهزة.</numerusform>
            <numerusform>صفحة واحدة جاهزة.</numerusform>
            <numerusform>صفحتان جاهزتان.</numerusform>
            <numerusform>%Ln صفحات جاهزة.</numerusform>
            <numerusform>%Ln صفحةً جاهزة.</numerusform>
            <numerusform>%Ln صفحة جاهزة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>حفظ ملف الإحاطة</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>حُفظ في ⁨{path}⁩</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>“{country}” is not a country Briefer knows: give its name in Arabic, French or English, or its ISO 3166 code such as FR.</source>
        <translation>«⁨{country}⁩» ليس بلدًا يعرفه Briefer: اكتب اسمه بالعربية أو الفرنسية أو الإنجليزية، أو رمزه وفق ISO 3166 مثل FR.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>يجب أن يكون للشخص اسم.</translation>
    </message>
    <message numerus="yes">
        <source>{name} is a counterpart of %n meeting(s): {titles}. Take them off those meetings first; nothing was deleted.</source>
        <translation>
            <numerusform>⁨{name}⁩ محاور في %Ln لقاء: ⁨{titles}⁩. أزِل هذا الشخص من تلك اللقاءات أولًا؛ لم يُحذف شيء.</numerusform>
            <numerusform>⁨{name}⁩ محاور في لقاء واحد: ⁨{titles}⁩. أزِل هذا الشخص من ذلك اللقاء أولًا؛ لم يُحذف شيء.</numerusform>
            <numerusform>⁨{name}⁩ محاور في لقاءين: ⁨{titles}⁩. أزِل هذا الشخص من هذين اللقاءين أولًا؛ لم يُحذف شيء.</numerusform>
            <numerusform>⁨{name}⁩ محاور في %Ln لقاءات: ⁨{titles}⁩. أزِل هذا الشخص من تلك اللقاءات أولًا؛ لم يُحذف شيء.</numerusform>
            <numerusform>⁨{name}⁩ محاور في %Ln لقاءً: ⁨{titles}⁩. أزِل هذا الشخص من تلك اللقاءات أولًا؛ لم يُحذف شيء.</numerusform>
            <numerusform>⁨{name}⁩ محاور في %Ln لقاء: ⁨{titles}⁩. أزِل هذا الشخص من تلك اللقاءات أولًا؛ لم يُحذف شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>لا توجد جهة اتصال بالمعرّف ⁨{id}⁩.</translation>
    </message>
    <message>
        <source>Several people are named &apos;{name}&apos;: {ids}.</source>
        <translation>يحمل عدة أشخاص الاسم «⁨{name}⁩»: ⁨{ids}⁩.</translation>
    </message>
    <message>
        <source>No person named &apos;{name}&apos; among the delegation&apos;s contacts or the speakers.</source>
        <translation>لا يوجد شخص باسم «⁨{name}⁩» بين جهات اتصال الوفد أو المتحدثين.</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>لا يوجد شخص بالمعرّف ⁨{id}⁩.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>A contact of the delegation</source>
        <translation>من جهات اتصال الوفد</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Filter by name, function or organisation</source>
        <translation>التصفية بالاسم أو الصفة أو الجهة</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>إضافة جهة اتصال…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>تعديل جهة الاتصال…</translation>
    </message>
    <message>
        <source>Sessions they speak in, and our meetings with them</source>
        <translation>الجلسات التي يتحدث فيها، ولقاءاتنا معه</translation>
    </message>
    <message>
        <source>Our meeting: {title}</source>
        <translation>لقاؤنا: ⁨{title}⁩</translation>
    </message>
    <message>
        <source>Choose a person to see their sessions and notes.</source>
        <translation>اختر شخصًا لعرض جلساته وملاحظاته.</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>اللغات: ⁨{languages}⁩</translation>
    </message>
    <message>
        <source>A contact of the delegation.</source>
        <translation>من جهات اتصال الوفد.</translation>
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
        <translation>المكان يُعلَن لاحقًا</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The print system did not answer: {reason}</source>
        <translation>لم يستجب نظام الطباعة: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>The printer refused the pack: {reason}</source>
        <translation>رفضت الطابعة ملف الإحاطة: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>The chosen pages are not in the pack.</source>
        <translation>الصفحات المختارة ليست في ملف الإحاطة.</translation>
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
        <translation>أساسي</translation>
    </message>
    <message>
        <source>should attend</source>
        <translation>مستحسن</translation>
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
        <translation>عضو الوفد</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>المُعلَّمة فقط</translation>
    </message>
    <message>
        <source>&amp;Now and next</source>
        <translation>&amp;الآن وما يلي</translation>
    </message>
    <message>
        <source>Today&apos;s items from the current time, the delegation&apos;s own first; refreshed every minute</source>
        <translation>بنود اليوم ابتداءً من الوقت الحالي، وبنود الوفد أولًا؛ تُحدَّث كل دقيقة</translation>
    </message>
    <message>
        <source>Nothing more today. During the forum, Now and next lists its items of the day from the current time: your own meetings first, then what you marked.</source>
        <translation>لا شيء آخر اليوم. خلال المنتدى، يعرض «الآن وما يلي» بنود اليوم ابتداءً من الوقت الحالي: لقاءاتك أولًا، ثم ما وضعت عليه علامة.</translation>
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
        <translation>الكتالوج</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>مجلّد ملفات</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>اختصار</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>اسم مستعار</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفات من ال&amp;نوع:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Note on {title}</source>
        <translation>ملاحظة حول ⁨{title}⁩</translation>
    </message>
    <message>
        <source>Delegation note</source>
        <translation>ملاحظة الوفد</translation>
    </message>
    <message>
        <source>Our meetings</source>
        <translation>لقاءاتنا</translation>
    </message>
    <message>
        <source>Our contacts</source>
        <translation>جهات اتصالنا</translation>
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
        <source>everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>all editions</source>
        <translation>كل الدورات</translation>
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
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>Editi&amp;on</source>
        <translation>ال&amp;دورة</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>Dele&amp;gate</source>
        <translation>&amp;عضو الوفد</translation>
    </message>
    <message>
        <source>&amp;Marked only</source>
        <translation>المُعلَّمة &amp;فقط</translation>
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
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>A forgotten passphrase cannot be recovered: nobody, not even Briefer&apos;s makers, can open your data without it. You will be shown a recovery key once, to print or write down and keep away from this computer.</source>
        <translation>لا يمكن استعادة عبارة مرور منسية: لا أحد، ولا حتى صانعو Briefer، يستطيع فتح بياناتك من دونها. سيُعرض عليك مفتاح استرداد مرة واحدة، لتطبعه أو تدوّنه وتحفظه بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>يجب ألا تقل عبارة المرور عن 8 أحرف.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>Your data is now encrypted. If you forget your passphrase, this recovery key is the only way to set a new one. Print it or write it down now and keep it away from this computer: it will not be shown again.</source>
        <translation>أصبحت بياناتك مشفَّرة. إذا نسيت عبارة المرور، فمفتاح الاسترداد هذا هو السبيل الوحيد لتعيين عبارة جديدة. اطبعه أو دوّنه الآن واحفظه بعيدًا عن هذا الحاسوب: لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>احتفظت به</translation>
    </message>
    <message>
        <source>Briefer recovery key</source>
        <translation>مفتاح استرداد Briefer</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Your data in this folder is encrypted with a passphrase. Briefer asks for it at start and after locking.</source>
        <translation>بياناتك في هذا المجلد مشفَّرة بعبارة مرور. يطلبها Briefer عند البدء وبعد القفل.</translation>
    </message>
    <message>
        <source>Your data in this folder is not encrypted: anyone who has this computer can read your marks and notes.</source>
        <translation>بياناتك في هذا المجلد غير مشفَّرة: يستطيع كل من يصل إلى هذا الحاسوب قراءة علاماتك وملاحظاتك.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقةً</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>القفل بعد هذا العدد من الدقائق دون استخدام</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>إزالة عبارة المرور…</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>تعيين عبارة مرور…</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>تعيين عبارة مرور</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>تغيّرت عبارة المرور.</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation>إزالة عبارة المرور</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{path} is not a Briefer selection file: {reason}. Nothing was imported.</source>
        <translation>⁨{path}⁩ ليس ملف علامات من Briefer: ⁨{reason}⁩. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{path} is protected with a passphrase; nothing was imported.</source>
        <translation>⁨{path}⁩ محمي بعبارة مرور؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>its protected contents are damaged</source>
        <translation>محتواه المحمي تالف</translation>
    </message>
    <message>
        <source>it is larger than 50 MB</source>
        <translation>حجمه يتجاوز 50 ميغابايت</translation>
    </message>
    <message>
        <source>its JSON is nested too deeply</source>
        <translation>بنية JSON فيه متداخلة بعمق مفرط</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}</source>
        <translation>‏JSON غير صالح في السطر ⁨{line}⁩</translation>
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
        <translation>فيه قيمة من نوع خاطئ</translation>
    </message>
    <message>
        <source>&apos;delegation&apos; is missing</source>
        <translation>الوفد غير موجود</translation>
    </message>
    <message>
        <source>the delegation has no uid</source>
        <translation>ليس للوفد معرّف</translation>
    </message>
    <message>
        <source>the delegation has no name</source>
        <translation>ليس للوفد اسم</translation>
    </message>
    <message>
        <source>the delegation&apos;s country is not text</source>
        <translation>بلد الوفد ليس نصًا</translation>
    </message>
    <message>
        <source>&apos;delegates&apos; is not a list</source>
        <translation>أعضاء الوفد ليسوا قائمة</translation>
    </message>
    <message>
        <source>a delegate is malformed</source>
        <translation>أحد أعضاء الوفد غير سليم البنية</translation>
    </message>
    <message>
        <source>&apos;marks&apos; is not a list</source>
        <translation>العلامات ليست قائمة</translation>
    </message>
    <message>
        <source>a mark is not an object</source>
        <translation>إحدى العلامات ليست كائنًا</translation>
    </message>
    <message>
        <source>the mark on {item} has a field of the wrong type</source>
        <translation>للعلامة على {item} حقل من نوع غير صحيح</translation>
    </message>
    <message>
        <source>a mark has priority {priority}, not one Briefer knows</source>
        <translation>لإحدى العلامات الأولوية {priority}، وهي أولوية لا يعرفها Briefer</translation>
    </message>
    <message>
        <source>a mark has status {status}, not one Briefer knows</source>
        <translation>لإحدى العلامات الحالة {status}، وهي حالة لا يعرفها Briefer</translation>
    </message>
    <message>
        <source>a mark names a delegate the file does not define</source>
        <translation>تذكر إحدى العلامات عضوًا في الوفد لا يعرّفه الملف</translation>
    </message>
    <message>
        <source>a mark has item id {item}, not one Briefer writes</source>
        <translation>لإحدى العلامات معرّف البند {item}، وهو ليس من المعرّفات التي يكتبها Briefer</translation>
    </message>
    <message>
        <source>&apos;notes&apos; is not a list</source>
        <translation>الملاحظات ليست قائمة</translation>
    </message>
    <message>
        <source>a note is malformed</source>
        <translation>إحدى الملاحظات غير سليمة البنية</translation>
    </message>
    <message>
        <source>the note {note} has an item id or a date of the wrong type</source>
        <translation>للملاحظة {note} معرّف بند أو تاريخ من نوع غير صحيح</translation>
    </message>
    <message>
        <source>the note {note} has a direction other than rtl or ltr</source>
        <translation>للملاحظة ⁨{note}⁩ اتجاه غير rtl أو ltr</translation>
    </message>
    <message>
        <source>the note {note} is longer than a note may be ({limit} MB)</source>
        <translation>الملاحظة {note} أطول من الحد المسموح به للملاحظة ({limit} ميغابايت)</translation>
    </message>
    <message>
        <source>&apos;items&apos; is not a list</source>
        <translation>البنود ليست قائمة</translation>
    </message>
    <message>
        <source>an item is malformed</source>
        <translation>أحد البنود غير سليم البنية</translation>
    </message>
    <message>
        <source>&apos;meetings&apos; is not a list</source>
        <translation>اللقاءات ليست قائمة</translation>
    </message>
    <message>
        <source>a meeting is malformed</source>
        <translation>أحد اللقاءات غير سليم البنية</translation>
    </message>
    <message>
        <source>a meeting names a delegate the file does not define</source>
        <translation>يذكر أحد اللقاءات عضوًا في الوفد لا يعرّفه الملف</translation>
    </message>
    <message>
        <source>&apos;contacts&apos; is not a list</source>
        <translation>جهات الاتصال ليست قائمة</translation>
    </message>
    <message>
        <source>a contact is malformed</source>
        <translation>إحدى جهات الاتصال غير سليمة البنية</translation>
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
        <translation>العلامة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message numerus="yes">
        <source>Now and next, {day} — %n item(s)</source>
        <translation>
            <numerusform>الآن وما يلي، ⁨{day}⁩ — لا بنود</numerusform>
            <numerusform>الآن وما يلي، ⁨{day}⁩ — بند واحد</numerusform>
            <numerusform>الآن وما يلي، ⁨{day}⁩ — بندان</numerusform>
            <numerusform>الآن وما يلي، ⁨{day}⁩ — %Ln بنود</numerusform>
            <numerusform>الآن وما يلي، ⁨{day}⁩ — %Ln بندًا</numerusform>
            <numerusform>الآن وما يلي، ⁨{day}⁩ — %Ln بند</numerusform>
        </translation>
    </message>
    <message>
        <source>Day to be announced</source>
        <translation>اليوم يُعلَن لاحقًا</translation>
    </message>
    <message numerus="yes">
        <source>{day} — %n session(s)</source>
        <translation>
            <numerusform>⁨{day}⁩ — لا جلسات</numerusform>
            <numerusform>⁨{day}⁩ — جلسة واحدة</numerusform>
            <numerusform>⁨{day}⁩ — جلستان</numerusform>
            <numerusform>⁨{day}⁩ — %Ln جلسات</numerusform>
            <numerusform>⁨{day}⁩ — %Ln جلسةً</numerusform>
            <numerusform>⁨{day}⁩ — %Ln جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>يُعلَن لاحقًا</translation>
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
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>our meeting</source>
        <translation>لقاء الوفد</translation>
    </message>
    <message numerus="yes">
        <source> and %n delegation meeting(s)</source>
        <translation>
            <numerusform> ولا لقاءات للوفد</numerusform>
            <numerusform> ولقاء واحد للوفد</numerusform>
            <numerusform> ولقاءان للوفد</numerusform>
            <numerusform> و%Ln لقاءات للوفد</numerusform>
            <numerusform> و%Ln لقاءً للوفد</numerusform>
            <numerusform> و%Ln لقاء للوفد</numerusform>
        </translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>جارٍ الآن</translation>
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
        <translation>مُعدَّلة</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>the display language</source>
        <translation>لغة العرض</translation>
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
        <source>Display &amp;language</source>
        <translation>&amp;لغة العرض</translation>
    </message>
    <message>
        <source>Pack l&amp;anguage</source>
        <translation>ل&amp;غة ملف الإحاطة</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <source>&amp;Classification line</source>
        <translation>سطر ال&amp;تصنيف</translation>
    </message>
    <message>
        <source>&amp;Watermark</source>
        <translation>العلامة الما&amp;ئية</translation>
    </message>
    <message>
        <source>New packs and day sheets</source>
        <translation>ملفات الإحاطة وجداول اليوم الجديدة</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>الأ&amp;مان…</translation>
    </message>
    <message>
        <source>The passphrase that protects your data, and the idle lock</source>
        <translation>عبارة المرور التي تحمي بياناتك، والقفل عند الخمول</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>US Letter</source>
        <translation>مقاس ⁦Letter⁩ الأمريكي</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Alt with an underlined letter reaches a field or a menu.</source>
        <translation>مفتاح Alt مع الحرف الذي تحته خط ينقلك إلى الحقل أو القائمة.</translation>
    </message>
    <message>
        <source>Mark or unmark the current item</source>
        <translation>وضع علامة على البند الحالي أو إزالتها</translation>
    </message>
    <message>
        <source>Priority: must, should, optional</source>
        <translation>الأولوية: أساسي، مستحسن، اختياري</translation>
    </message>
    <message>
        <source>The current item&apos;s menu</source>
        <translation>قائمة البند الحالي</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>مفتاح القائمة، Shift+F10</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>من حقل البحث إلى النتائج</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>السهم للأسفل، Enter</translation>
    </message>
    <message>
        <source>From the results back to the search field</source>
        <translation>من النتائج عودةً إلى حقل البحث</translation>
    </message>
    <message>
        <source>Escape, Up</source>
        <translation>‏Escape، السهم للأعلى</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>{editions}: {sessions}, {projects}.</source>
        <translation>⁨{editions}⁩: {sessions}، {projects}.</translation>
    </message>
    <message>
        <source>no edition</source>
        <translation>لا دورة</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا جلسات</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%Ln جلسات</numerusform>
            <numerusform>%Ln جلسةً</numerusform>
            <numerusform>%Ln جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>لا مشاريع</numerusform>
            <numerusform>مشروع واحد</numerusform>
            <numerusform>مشروعان</numerusform>
            <numerusform>%Ln مشاريع</numerusform>
            <numerusform>%Ln مشروعًا</numerusform>
            <numerusform>%Ln مشروع</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by the publisher&apos;s key.</source>
        <translation>موقَّع بمفتاح الناشر.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>غير موقَّع.</translation>
    </message>
    <message>
        <source>Briefer feed, signed by its publisher</source>
        <translation>بيانات مصدر Briefer، موقَّعة من ناشرها</translation>
    </message>
    <message>
        <source>Conference schedule (frab, Pentabarf XML)</source>
        <translation>برنامج مؤتمر (frab أو Pentabarf بصيغة XML)</translation>
    </message>
    <message>
        <source>Conference schedule (frab JSON)</source>
        <translation>برنامج مؤتمر (frab بصيغة JSON)</translation>
    </message>
    <message>
        <source>Calendar (iCalendar, .ics)</source>
        <translation>تقويم (iCalendar، ‎.ics‎)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>جدول بيانات (CSV)</translation>
    </message>
    <message>
        <source>e.g. ppf</source>
        <translation>مثلًا ppf</translation>
    </message>
    <message>
        <source>no key chosen</source>
        <translation>لم يُختر مفتاح</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>اختيا&amp;ر…</translation>
    </message>
    <message>
        <source>Accept &amp;unsigned data from this address (it cannot be verified)</source>
        <translation>قبول البيانات &amp;غير الموقَّعة من هذا العنوان (لا يمكن التحقق منها)</translation>
    </message>
    <message>
        <source>&amp;Test the address</source>
        <translation>ا&amp;ختبار العنوان</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;key</source>
        <translation>&amp;مفتاح الناشر</translation>
    </message>
    <message>
        <source>Testing {url}…</source>
        <translation>جارٍ اختبار ‎⁨{url}⁩‎…</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>downloading</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>فهرسة</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <source>resetting</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>إخراج</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The catalogue file {path} is damaged or not a catalogue: {error}</source>
        <translation>ملف الكتالوج ⁨{path}⁩ تالف أو ليس كتالوجًا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>The catalogue file {path} has format {version}; this Briefer reads format {known}.</source>
        <translation>ملف الكتالوج ⁨{path}⁩ بالصيغة ⁨{version}⁩؛ وهذا الإصدار من Briefer يقرأ الصيغة ⁨{known}⁩.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is busy with another long write (an import or a sync) that did not end in time; nothing was written.</source>
        <translation>بيانات Briefer في ⁨{path}⁩ مشغولة بعملية كتابة طويلة أخرى (استيراد أو مزامنة) لم تنتهِ في الوقت المحدد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Writing {path} passed the largest file size this session allows (a limit set with ulimit -f); nothing was written.</source>
        <translation>تجاوزت الكتابة في ⁨{path}⁩ أكبر حجم ملف تسمح به جلسة النظام هذه (حدّ مضبوط بالأمر ⁦ulimit -f⁩)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was written.</source>
        <translation>القرص الذي يحوي ⁨{path}⁩ ممتلئ؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only); nothing was written.</source>
        <translation>تتعذّر الكتابة في ⁨{path}⁩ (للقراءة فقط)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Writing {path} failed ({error}); nothing was written.</source>
        <translation>أخفقت الكتابة في ⁨{path}⁩ (⁨{error}⁩)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>جزء من المسار ليس مجلدًا</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the file would pass the size this system allows</source>
        <translation>سيتجاوز الملف الحجم الذي يسمح به هذا النظام</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>موجود من قبل</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>الاسم طويل جدًا</translation>
    </message>
    <message>
        <source>a file in the data folder</source>
        <translation>ملف في مجلد البيانات</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}. Your data is as it was.</source>
        <translation>يتعذّر استخدام ⁨{path}⁩: ⁨{reason}⁩. بياناتك كما كانت.</translation>
    </message>
    <message>
        <source>{path} is read-only (the folder, the file or the disk); Briefer needs to write in its data folder, even to read. Nothing was changed.</source>
        <translation>⁨{path}⁩ للقراءة فقط (المجلد أو الملف أو القرص)؛ ويحتاج Briefer إلى الكتابة في مجلد بياناته حتى للقراءة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{path} is a folder where Briefer keeps its catalogue file; move it away and Briefer puts the catalogue back. Nothing was changed.</source>
        <translation>⁨{path}⁩ مجلد في الموضع الذي يحفظ فيه Briefer ملف الكتالوج؛ انقله إلى مكان آخر فيعيد Briefer الكتالوج إلى موضعه. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from {path}; reinstall Briefer.</source>
        <translation>الكتالوج المدمج مفقود من ⁨{path}⁩؛ أعد تثبيت Briefer.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is damaged or is not a Briefer database ({error}). It has been left exactly as it is; restore a backup or choose another data folder.</source>
        <translation>بيانات Briefer في ⁨{path}⁩ تالفة أو ليست قاعدة بيانات Briefer (⁨{error}⁩). تُركت كما هي تمامًا؛ استعد نسخة احتياطية أو اختر مجلد بيانات آخر.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} was written by a newer version of Briefer (schema {version}, this version knows {known}). It has been left untouched; update Briefer to open it.</source>
        <translation>بيانات Briefer في ⁨{path}⁩ كتبها إصدار أحدث من Briefer (المخطط ⁨{version}⁩، وهذا الإصدار يعرف ⁨{known}⁩). لم تُمسّ؛ حدّث Briefer لفتحها.</translation>
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
        <translation>يتعذّر فتح بيانات Briefer في ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Briefer cannot make its folder for packs, {path}: {error}</source>
        <translation>تعذّر على Briefer إنشاء مجلد ملفات الإحاطة ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايتات</numerusform>
            <numerusform>%Ln بايتًا</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>⁨{count}⁩ كيلوبايت</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>⁨{count}⁩ ميغابايت</translation>
    </message>
    <message>
        <source>{url} answered with a web page, not a feed or a signature: a network&apos;s login page (a hotel&apos;s or an airport&apos;s Wi-Fi) may be in the way, or the address is wrong.</source>
        <translation>أجاب ⁨{url}⁩ بصفحة ويب، لا ببيانات مصدر ولا بتوقيع: ربما تعترض الطريقَ صفحةُ تسجيل دخول إلى شبكة (شبكة Wi-Fi في فندق أو مطار)، أو أن العنوان خاطئ.</translation>
    </message>
    <message>
        <source>{url} redirected to {target}, which is not a safe address (only https, or http from http, is followed); refused.</source>
        <translation>أعاد ⁨{url}⁩ التوجيه إلى ⁨{target}⁩، وهو عنوان غير آمن (لا يُتَّبع إلا https، أو http انطلاقًا من http)؛ رُفض.</translation>
    </message>
    <message>
        <source>The download from {url} was still running when the time allowed for a sync ran out ({size} received): the connection is too slow or the server is holding it open; stopped.</source>
        <translation>كان التنزيل من ⁨{url}⁩ لا يزال جاريًا حين انقضى الوقت المسموح به للمزامنة (وصل ⁨{size}⁩): الاتصال بطيء جدًا أو أن الخادم يُبقيه مفتوحًا؛ أُوقف.</translation>
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
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>أعد المحاولة الآن.</numerusform>
            <numerusform>أعد المحاولة بعد ثانية واحدة.</numerusform>
            <numerusform>أعد المحاولة بعد ثانيتين.</numerusform>
            <numerusform>أعد المحاولة بعد %Ln ثوانٍ.</numerusform>
            <numerusform>أعد المحاولة بعد %Ln ثانيةً.</numerusform>
            <numerusform>أعد المحاولة بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download was cut short ({total} of {expected}).</source>
        <translation>انقطع التنزيل قبل اكتماله (⁨{total}⁩ من أصل ⁨{expected}⁩).</translation>
    </message>
    <message>
        <source>Try again after {after}.</source>
        <translation>أعد المحاولة بعد ⁨{after}⁩.</translation>
    </message>
    <message>
        <source>The server failed (HTTP {code}); try again later.</source>
        <translation>أخفق الخادم (HTTP ⁨{code}⁩)؛ أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server answered HTTP {code} for {url}.</source>
        <translation>أجاب الخادم بالرمز HTTP ⁨{code}⁩ على ⁨{url}⁩.</translation>
    </message>
    <message>
        <source>A timeout must be a positive number of seconds.</source>
        <translation>يجب أن تكون المهلة عددًا موجبًا من الثواني.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) address.</source>
        <translation>«⁨{url}⁩» ليس عنوان http(s).</translation>
    </message>
    <message>
        <source>{url} answered &apos;not modified&apos; (HTTP 304) to a request for the whole file, which a server may not do; nothing was fetched.</source>
        <translation>أجاب ⁨{url}⁩ بأن الملف «لم يُعدَّل» (HTTP 304) على طلب الملف كاملًا، وهذا ما لا يجوز للخادم فعله؛ لم يُجلب شيء.</translation>
    </message>
    <message>
        <source>The connection to {url} failed: {error}.</source>
        <translation>فشل الاتصال بـ ⁨{url}⁩: ⁨{error}⁩.</translation>
    </message>
    <message>
        <source>The source is {size}, over the {limit} limit.</source>
        <translation>حجم المصدر ⁨{size}⁩، وهو يتجاوز الحد ⁨{limit}⁩.</translation>
    </message>
    <message>
        <source>The download passed the {limit} limit; stopped.</source>
        <translation>تجاوز التنزيل الحد ⁨{limit}⁩؛ أُوقف.</translation>
    </message>
    <message>
        <source>The server stopped sending in the middle of the download ({size} received).</source>
        <translation>توقّف الخادم عن الإرسال في منتصف التنزيل (وصل ⁨{size}⁩).</translation>
    </message>
    <message>
        <source>The connection broke during the download: {error}.</source>
        <translation>انقطع الاتصال أثناء التنزيل: ⁨{error}⁩.</translation>
    </message>
    <message>
        <source>{path} exists already; no key was written.</source>
        <translation>⁨{path}⁩ موجود بالفعل؛ لم يُكتب أي مفتاح.</translation>
    </message>
    <message>
        <source>Cannot write the keys: {error}</source>
        <translation>تعذّرت كتابة المفاتيح: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Cannot read the private key {path}: {error}</source>
        <translation>تعذّرت قراءة المفتاح الخاص ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>{path} is not a PEM private key.</source>
        <translation>⁨{path}⁩ ليس مفتاحًا خاصًا بصيغة ⁦PEM⁩.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 private key.</source>
        <translation>⁨{path}⁩ ليس مفتاحًا خاصًا من نوع ⁦Ed25519⁩.</translation>
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
        <translation>ملف توقيع بيانات المصدر تالف؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Bad signature: the feed does not match its signature (altered in transit or on the server). Nothing was changed.</source>
        <translation>توقيع غير صالح: بيانات المصدر لا تطابق توقيعها (عُدِّلت أثناء النقل أو على الخادم). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The feed is signed by key {key}, which this source does not trust. Nothing was changed; add the publisher&apos;s public key if you trust it.</source>
        <translation>بيانات المصدر موقَّعة بالمفتاح ⁨{key}⁩ الذي لا يثق به هذا المصدر. لم يُغيَّر شيء؛ أضف المفتاح العام للناشر إن كنت تثق به.</translation>
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
        <translation>تحتاج البيانات المنشورة بصيغة Briefer إلى المفتاح العام للناشر، أو إلى قبولك البيانات غير الموقَّعة من هذا العنوان.</translation>
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
        <source>The feed is unsigned; accepted because you trust this source.</source>
        <translation>بيانات المصدر غير موقَّعة؛ قُبلت لأنك تثق بهذا المصدر.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>لم تتم مزامنته قط</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>لم يتغير</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>applied catalogue version {version}</source>
        <translation>طُبِّق إصدار الكتالوج ⁨{version}⁩</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>أخفقت المزامنة: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>The feed has no signature at {url}; refused. Nothing was changed.</source>
        <translation>لا يوجد توقيع لبيانات المصدر في ⁨{url}⁩؛ رُفضت. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The feed is unsigned and this source is not marked trusted-unsigned; refused. Nothing was changed.</source>
        <translation>بيانات المصدر غير موقَّعة، وهذا المصدر لا يقبل البيانات غير الموقَّعة؛ رُفضت. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Signature checked: {name}.</source>
        <translation>تم التحقق من التوقيع: ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>The feed file has no .sig beside it: imported without a signature check.</source>
        <translation>لا يوجد ملف ‎.sig‎ بجانب ملف بيانات المصدر: استُورد دون التحقق من التوقيع.</translation>
    </message>
    <message>
        <source>The feed expands past {limit} MB when decompressed: refused as a compression bomb.</source>
        <translation>تتجاوز بيانات المصدر ⁨{limit}⁩ ميغابايت بعد فك الضغط: رُفضت بوصفها قنبلة ضغط.</translation>
    </message>
    <message>
        <source>The feed is not valid gzip data: it is cut short or damaged. Nothing was changed.</source>
        <translation>بيانات المصدر ليست بيانات gzip صالحة: فهي مبتورة أو تالفة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The feed is invalid: {reason}. Nothing was changed.</source>
        <translation>بيانات المصدر غير صالحة: ⁨{reason}⁩. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>بنيتها متداخلة بعمق مفرط</translation>
    </message>
    <message>
        <source>it has a value of an unexpected kind or shape</source>
        <translation>فيها قيمة من نوع أو بنية غير متوقَّعة</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>فارغة</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ليست نصًّا بترميز UTF-8</translation>
    </message>
    <message>
        <source>The feed is not valid JSON (line {line}, column {column}). Nothing was changed.</source>
        <translation>بيانات المصدر ليست JSON صالحًا (السطر ⁨{line}⁩، العمود ⁨{column}⁩). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>unknown table {table}</source>
        <translation>جدول غير معروف: ⁨{table}⁩</translation>
    </message>
    <message>
        <source>table {table} is not a list</source>
        <translation>الجدول ⁨{table}⁩ ليس قائمة</translation>
    </message>
    <message>
        <source>{where} id {item} is outside namespace {namespace}</source>
        <translation>المعرّف ⁨{item}⁩ في ⁨{where}⁩ خارج نطاق الأسماء ⁨{namespace}⁩</translation>
    </message>
    <message>
        <source>duplicate id {item} in {table}</source>
        <translation>المعرّف ⁨{item}⁩ مكرر في ⁨{table}⁩</translation>
    </message>
    <message>
        <source>it has no &apos;format&apos;: &apos;briefer-feed&apos; marker</source>
        <translation>لا تحمل العلامة ⁨&apos;format&apos;: &apos;briefer-feed&apos;⁩</translation>
    </message>
    <message>
        <source>format version {version} is not supported</source>
        <translation>إصدار الصيغة ⁨{version}⁩ غير مدعوم</translation>
    </message>
    <message>
        <source>&apos;namespace&apos; must be a short lowercase name such as &apos;ppf&apos;</source>
        <translation>يجب أن يكون ⁨&apos;namespace&apos;⁩ اسمًا قصيرًا بأحرف لاتينية صغيرة مثل ⁨&apos;ppf&apos;⁩</translation>
    </message>
    <message>
        <source>&apos;catalogue_version&apos; must be a positive integer</source>
        <translation>يجب أن يكون ⁨&apos;catalogue_version&apos;⁩ عددًا صحيحًا موجبًا</translation>
    </message>
    <message>
        <source>&apos;generated_at&apos; must be an ISO 8601 time with its offset</source>
        <translation>يجب أن يكون ⁨&apos;generated_at&apos;⁩ وقتًا بصيغة ISO 8601 مع فارقه عن التوقيت العالمي</translation>
    </message>
    <message>
        <source>&apos;generated_at&apos; must carry its time zone</source>
        <translation>يجب أن يحمل ⁨&apos;generated_at&apos;⁩ منطقته الزمنية</translation>
    </message>
    <message>
        <source>&apos;tables&apos; is missing</source>
        <translation>الحقل ⁨&apos;tables&apos;⁩ مفقود</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>الصف ⁨{where}⁩ ليس كائنًا</translation>
    </message>
    <message>
        <source>{where} has no string &apos;id&apos;</source>
        <translation>الصف ⁨{where}⁩ ليس له معرّف ⁨&apos;id&apos;⁩ نصي</translation>
    </message>
    <message>
        <source>{where} has an unknown field {field}</source>
        <translation>في ⁨{where}⁩ حقل غير معروف: ⁨{field}⁩</translation>
    </message>
    <message>
        <source>{where} must be an int</source>
        <translation>يجب أن يكون ⁨{where}⁩ عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{where} must be a str</source>
        <translation>يجب أن يكون ⁨{where}⁩ نصًا</translation>
    </message>
    <message>
        <source>a link has no string &apos;item_id&apos;</source>
        <translation>أحد الروابط ليس له حقل ⁨&apos;item_id&apos;⁩ نصي</translation>
    </message>
    <message>
        <source>{where} refers to unknown item {item}</source>
        <translation>يشير ⁨{where}⁩ إلى بند غير معروف: ⁨{item}⁩</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>the closing sentence of a refusal</comment>
        <translation>لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>No source yet.</source>
        <translation>لا يوجد مصدر بعد.</translation>
    </message>
    <message>
        <source>&apos;{claimant}&apos; is not signed and claims the programme &apos;{namespace}&apos;, which belongs to &apos;{owner}&apos; (signed): refused, so that it cannot replace the signed data. Nothing was changed.</source>
        <translation>المصدر «⁨{claimant}⁩» غير موقَّع ويدّعي البرنامج «⁨{namespace}⁩» الذي يعود إلى «⁨{owner}⁩» (موقَّع): رُفض، كي لا يحلّ محلّ البيانات الموقَّعة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>&apos;{claimant}&apos; is not signed and claims the programme &apos;{namespace}&apos;, which belongs to &apos;{owner}&apos;: refused. Nothing was changed.</source>
        <translation>المصدر «⁨{claimant}⁩» غير موقَّع ويدّعي البرنامج «⁨{namespace}⁩» الذي يعود إلى «⁨{owner}⁩»: رُفض. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The new data from {source} holds no session and no project: an empty programme is almost always a publishing error. Nothing was changed.</source>
        <translation>لا تتضمن البيانات الجديدة الواردة من «⁨{source}⁩» أي جلسة أو مشروع: البرنامج الفارغ يكاد يكون دائمًا خطأً في النشر. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The feed is version {version}, older than the version {held} already held: refused as a rollback. Nothing was changed.</source>
        <translation>إصدار بيانات المصدر ⁨{version}⁩، وهو أقدم من الإصدار ⁨{held}⁩ الموجود لديك: رُفضت بوصفها رجوعًا إلى إصدار سابق. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD) or an ISO time.</source>
        <translation>«⁨{value}⁩» ليس تاريخًا (⁦YYYY-MM-DD⁩) ولا وقتًا بصيغة ISO.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too far in the past or the future.</source>
        <translation>«⁨{value}⁩» تاريخ بعيد جدًا في الماضي أو في المستقبل.</translation>
    </message>
    <message>
        <source>No pack with id {id} in the history.</source>
        <translation>لا يوجد ملف إحاطة بالمعرّف ⁦{id}⁩ في السجل.</translation>
    </message>
    <message>
        <source>The catalogue was changed by another window or command while this ran. Nothing was changed: try again.</source>
        <translation>غيّرت نافذة أو أمر آخر الكتالوج أثناء هذه العملية. لم يُغيَّر شيء: أعد المحاولة.</translation>
    </message>
    <message>
        <source>Another window or command is writing the catalogue (a sync or an import). Nothing was changed: try again when it has finished.</source>
        <translation>نافذة أو أمر آخر يكتب الكتالوج الآن (مزامنة أو استيراد). لم يُغيَّر شيء: أعد المحاولة حين ينتهي.</translation>
    </message>
    <message>
        <source>The catalogue holds no session or project to publish.</source>
        <translation>لا يتضمن الكتالوج أي جلسة أو مشروع للنشر.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}</source>
        <translation>تعذّر إنشاء ⁨{path}⁩: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>There is no template named {name}.</source>
        <translation>لا يوجد قالب باسم ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>A template cannot be empty.</source>
        <translation>لا يمكن أن يكون القالب فارغًا.</translation>
    </message>
    <message numerus="yes">
        <source>A template name is one line of 1 to %n character(s), not {name!r}.</source>
        <translation>
            <numerusform>اسم القالب سطر واحد طوله من حرف واحد إلى %Ln حرف، لا ⁨{name!r}⁩.</numerusform>
            <numerusform>اسم القالب سطر واحد طوله من حرف واحد إلى حرف واحد، لا ⁨{name!r}⁩.</numerusform>
            <numerusform>اسم القالب سطر واحد طوله من حرف واحد إلى حرفين، لا ⁨{name!r}⁩.</numerusform>
            <numerusform>اسم القالب سطر واحد طوله من حرف واحد إلى %Ln أحرف، لا ⁨{name!r}⁩.</numerusform>
            <numerusform>اسم القالب سطر واحد طوله من حرف واحد إلى %Ln حرفًا، لا ⁨{name!r}⁩.</numerusform>
            <numerusform>اسم القالب سطر واحد طوله من حرف واحد إلى %Ln حرف، لا ⁨{name!r}⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A template is limited to %n character(s).</source>
        <translation>
            <numerusform>لا يتجاوز القالب %Ln حرف.</numerusform>
            <numerusform>لا يتجاوز القالب حرفًا واحدًا.</numerusform>
            <numerusform>لا يتجاوز القالب حرفين.</numerusform>
            <numerusform>لا يتجاوز القالب %Ln أحرف.</numerusform>
            <numerusform>لا يتجاوز القالب %Ln حرفًا.</numerusform>
            <numerusform>لا يتجاوز القالب %Ln حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template is written in {languages}, not {lang}.</source>
        <translation>يُكتب القالب بإحدى اللغات ⁨{languages}⁩، لا ⁨{lang}⁩.</translation>
    </message>
    <message>
        <source>The template {name} is built in and was not edited.</source>
        <translation>القالب ⁨{name}⁩ مدمج في البرنامج ولم يُعدَّل.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>to be announced</source>
        <translation>يُعلَن لاحقًا</translation>
    </message>
    <message>
        <source>day to be announced</source>
        <translation>اليوم يُعلَن لاحقًا</translation>
    </message>
    <message>
        <source>time to be announced</source>
        <translation>الوقت يُعلَن لاحقًا</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>is not a duration such as 00:30 or PT30M</source>
        <translation>ليس مدة مثل 00:30 أو ⁦PT30M⁩</translation>
    </message>
    <message>
        <source>is not an iCalendar date or time</source>
        <translation>ليس تاريخًا أو وقتًا بصيغة iCalendar</translation>
    </message>
    <message>
        <source>needs HH:MM and a day, or a full ISO 8601 time with its offset</source>
        <translation>يحتاج إلى ⁦HH:MM⁩ ويوم، أو إلى وقت كامل بصيغة ISO 8601 مع فرق التوقيت</translation>
    </message>
    <message>
        <source>{item}, field &apos;{field}&apos; {reason} (value: {value})</source>
        <translation>⁨{item}⁩، الحقل «⁨{field}⁩»: ⁨{reason}⁩ (القيمة: ⁨{value}⁩)</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; {reason} (value: {value})</source>
        <translation>الحقل «⁨{field}⁩»: ⁨{reason}⁩ (القيمة: ⁨{value}⁩)</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ليس نصًا</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>يتجاوز طوله %Ln حرف</numerusform>
            <numerusform>يتجاوز طوله حرفًا واحدًا</numerusform>
            <numerusform>يتجاوز طوله حرفين</numerusform>
            <numerusform>يتجاوز طوله %Ln أحرف</numerusform>
            <numerusform>يتجاوز طوله %Ln حرفًا</numerusform>
            <numerusform>يتجاوز طوله %Ln حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>holds control characters</source>
        <translation>يحتوي على محارف تحكّم</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ليس كائنًا</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ليس قائمة</translation>
    </message>
    <message>
        <source>has a year outside {low}–{high}</source>
        <translation>فيه سنة ليست بين ⁨{low}⁩ و⁨{high}⁩</translation>
    </message>
    <message>
        <source>is not a real day written YYYY-MM-DD</source>
        <translation>ليس يومًا حقيقيًا مكتوبًا بالصيغة ⁦YYYY-MM-DD⁩</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>ليس وقتًا بصيغة ISO 8601</translation>
    </message>
    <message>
        <source>carries no UTC offset</source>
        <translation>لا يحمل فرق التوقيت عن UTC</translation>
    </message>
    <message>
        <source>is not a time of day HH:MM</source>
        <translation>ليس وقتًا من اليوم بالصيغة ⁦HH:MM⁩</translation>
    </message>
    <message>
        <source>ends before the start ({start})</source>
        <translation>ينتهي قبل البدء (⁨{start}⁩)</translation>
    </message>
    <message numerus="yes">
        <source>makes a session last more than %n day(s)</source>
        <translation>
            <numerusform>يجعل الجلسة تمتد أكثر من %Ln يوم</numerusform>
            <numerusform>يجعل الجلسة تمتد أكثر من يوم واحد</numerusform>
            <numerusform>يجعل الجلسة تمتد أكثر من يومين</numerusform>
            <numerusform>يجعل الجلسة تمتد أكثر من %Ln أيام</numerusform>
            <numerusform>يجعل الجلسة تمتد أكثر من %Ln يومًا</numerusform>
            <numerusform>يجعل الجلسة تمتد أكثر من %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has more than %n value(s)</source>
        <translation>
            <numerusform>يضم أكثر من %Ln قيمة</numerusform>
            <numerusform>يضم أكثر من قيمة واحدة</numerusform>
            <numerusform>يضم أكثر من قيمتين</numerusform>
            <numerusform>يضم أكثر من %Ln قيم</numerusform>
            <numerusform>يضم أكثر من %Ln قيمةً</numerusform>
            <numerusform>يضم أكثر من %Ln قيمة</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a time zone of the tz database</source>
        <translation>ليس منطقة زمنية من قاعدة بيانات tz</translation>
    </message>
    <message>
        <source>is not one of the statuses {statuses}</source>
        <translation>ليس من بين الحالات ⁨{statuses}⁩</translation>
    </message>
    <message>
        <source>is not a language tag such as &apos;en&apos; or &apos;pt-BR&apos;</source>
        <translation>ليس رمز لغة مثل ⁦&apos;en&apos;⁩ أو ⁦&apos;pt-BR&apos;⁩</translation>
    </message>
    <message>
        <source>is not an http or https address</source>
        <translation>ليس عنوان http أو https</translation>
    </message>
    <message>
        <source>is not a JSON list</source>
        <translation>ليس قائمة JSON</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Briefer</source>
        <translation>مرحبًا بك في Briefer</translation>
    </message>
    <message>
        <source>Briefer prepares your delegation for the forum and carries the briefing offline. First, who is going?</source>
        <translation>يُعِدّ Briefer وفدك للمنتدى ويحمل الإحاطة معك دون اتصال. أولًا: من يشارك في الوفد؟</translation>
    </message>
    <message>
        <source>e.g. Delegation of Senegal</source>
        <translation>مثل: وفد السنغال</translation>
    </message>
    <message>
        <source>e.g. SN</source>
        <translation>مثل: SN</translation>
    </message>
    <message>
        <source>One a line, with their function:
Amina Diallo — Ambassador</source>
        <translation>عضو في كل سطر، مع صفته:
أمينة ديالو — سفيرة</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>رمز البلد</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>أعضاء الوفد</translation>
    </message>
    <message>
        <source>Create the delegation</source>
        <translation>إنشاء الوفد</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>{name} is ready. Next: mark the sessions and projects that matter in Programme and Projects (the detail pane on the right), assign them to delegates, write notes, then build each delegate&apos;s briefing pack in Packs. Sync or import a programme file to bring the latest programme.</source>
        <translation>أُنشئ الوفد «⁨{name}⁩». الخطوة التالية: ضع علامات على الجلسات والمشاريع المهمة في «البرنامج» و«المشاريع» (لوحة التفاصيل على اليسار)، وأسندها إلى أعضاء الوفد، واكتب الملاحظات، ثم أعِدّ ملف الإحاطة لكل عضو في «ملفات الإحاطة». زامِن أو استورد ملف برنامج للحصول على أحدث برنامج.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>⁨%(prog)s⁩: خطأ: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط ⁨%(argument_name)s⁩: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: ⁨%s⁩</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح به مع الوسيط ⁨%s⁩</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>تُجوهلت القيمة الصريحة ⁨%r⁩</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: ⁨%s⁩</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>يلزم أحد الوسائط ⁨%s⁩</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يلزم وسيط واحد</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>لا يُقبل أكثر من وسيط واحد</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يلزم وسيط واحد على الأقل</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>عدد الوسائط المطلوب: ⁨%s⁩</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>عدد الوسائط المطلوب: ⁨%s⁩</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: ⁨%(option)s⁩ قد يطابق ⁨%(matches)s⁩</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة ⁨%(type)s⁩ غير صالحة: ⁨%(value)r⁩</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: ⁨%(value)r⁩ (اختر من بين: ⁨%(choices)s⁩)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>تعذّر فتح «⁨%(filename)s⁩»: ⁨%(error)s⁩</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Welcome to Briefer</source>
        <translation>مرحبًا بك في Briefer</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Open link</source>
        <translation>فتح الرابط</translation>
    </message>
    <message>
        <source>Open this address in your browser or mail program?

{url}</source>
        <translation>هل تريد فتح هذا العنوان في المتصفح أو في برنامج البريد؟

⁨{url}⁩</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>لم يُفتح الرابط</translation>
    </message>
    <message>
        <source>Briefer opens only web (http, https) and mail addresses, not:

{url}</source>
        <translation>لا يفتح Briefer إلا عناوين الويب (http، https) والبريد، لا:

⁨{url}⁩</translation>
    </message>
</context>
</TS>
