<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
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
        <source>A delegate needs a name.</source>
        <translation>يجب أن يكون للمندوب اسم.</translation>
    </message>
    <message>
        <source>{delegation} already has a delegate named &apos;{name}&apos;.</source>
        <translation>لدى ⁨{delegation}⁩ مندوب باسم «⁨{name}⁩» بالفعل.</translation>
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
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
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
    <message>
        <source>Mark removed; notes are kept.</source>
        <translation>أُلغي التحديد؛ الملاحظات محفوظة.</translation>
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
        <source>Cannot tell what kind of file this is; give --kind briefer, frab-xml, frab-json, ics or csv.</source>
        <translation>تعذّر التعرّف على نوع هذا الملف؛ حدّد ⁦--kind⁩ بإحدى القيم: ⁦briefer, frab-xml, frab-json, ics, csv⁩.</translation>
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
        <source>CSV line {line}: the id is empty.</source>
        <translation>CSV، السطر {line}: المعرّف فارغ.</translation>
    </message>
    <message>
        <source>CSV line {line}: day &apos;{day}&apos; is not YYYY-MM-DD.</source>
        <translation>CSV، السطر {line}: اليوم «⁨{day}⁩» ليس بالصيغة ⁦YYYY-MM-DD⁩.</translation>
    </message>
    <message>
        <source>CSV line {line}: kind must be &apos;session&apos; or &apos;project&apos;, not &apos;{kind}&apos;.</source>
        <translation>CSV، السطر {line}: يجب أن يكون النوع «session» أو «project» لا «⁨{kind}⁩».</translation>
    </message>
    <message>
        <source>CSV line {line}: time &apos;{value}&apos; needs HH:MM and a day, or a full ISO 8601 time with its offset.</source>
        <translation>CSV، السطر {line}: الوقت «⁨{value}⁩» يحتاج إلى ⁦HH:MM⁩ ويوم، أو إلى وقت ISO 8601 كامل مع فرق التوقيت.</translation>
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
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)…</source>
        <translation>ابحث في كل شيء (Ctrl+F)…</translation>
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
        <source>Syncing…</source>
        <translation>جارٍ التزامن…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>أُلغي؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>محدّث بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>لم يُطبَّق أي تغيير.</numerusform>
            <numerusform>طُبِّق تغيير واحد.</numerusform>
            <numerusform>طُبِّق تغييران.</numerusform>
            <numerusform>طُبِّقت %n تغييرات.</numerusform>
            <numerusform>طُبِّق %n تغييرًا.</numerusform>
            <numerusform>طُبِّق %n تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed; nothing was changed.</source>
        <translation>فشلت المزامنة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>العنوان (URL)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Publisher&apos;s public key</source>
        <translation>المفتاح العام للناشر</translation>
    </message>
    <message>
        <source>Without a key, data from this address cannot be verified. Accept unsigned data from it?</source>
        <translation>بدون مفتاح لا يمكن التحقق من بيانات هذا العنوان. هل تقبل بيانات غير موقعة منه؟</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>اسم مختصر</translation>
    </message>
    <message>
        <source>Import programme file</source>
        <translation>استيراد ملف برنامج</translation>
    </message>
    <message>
        <source>Programmes (*.xml *.json *.ics *.csv *.gz)</source>
        <translation>البرامج (*.xml *.json *.ics *.csv *.gz)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Export marks and notes</source>
        <translation>تصدير التحديدات والملاحظات</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Import marks and notes</source>
        <translation>استيراد التحديدات والملاحظات</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>{marks} marks and {notes} notes added; {conflicts} kept in two versions, flagged.</source>
        <translation>أضيف {marks} تحديدًا و{notes} ملاحظة؛ {conflicts} محفوظة بنسختين ومُعلَّمة.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Briefer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Data: {source}&lt;/p&gt;&lt;p&gt;{lines}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Briefer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;البيانات: {source}&lt;/p&gt;&lt;p&gt;{lines}&lt;/p&gt;</translation>
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
        <source>Right-to-left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>اكتب بصيغة Markdown: # عنوان، **عريض**، - قائمة</translation>
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
</context>
<context>
    <name>Packs</name>
    <message>
        <source>Nothing is marked for {who}: mark sessions or projects first.</source>
        <translation>لا شيء محدد لـ ⁨{who}⁩: حدّد جلسات أو مشاريع أولًا.</translation>
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
        <source>Session briefs</source>
        <translation>بطاقات الجلسات</translation>
    </message>
    <message>
        <source>Project briefs</source>
        <translation>بطاقات المشاريع</translation>
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
        <source>The pack could not be saved to {path}: {reason}</source>
        <translation>تعذّر حفظ الملف في {path}: {reason}</translation>
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
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The new data for &apos;{namespace}&apos; holds no session and no project: an empty programme is almost always a publishing error. Nothing was changed (use --force to accept).</source>
        <translation>البيانات الجديدة لـ «⁨{namespace}⁩» لا تتضمن أي جلسة ولا أي مشروع: البرنامج الفارغ يكون في الغالب خطأً في النشر. لم يُغيَّر شيء (استخدم ⁦--force⁩ للقبول).</translation>
    </message>
    <message>
        <source>The feed is version {version}, older than the version {held} already held: refused as a rollback. Nothing was changed (use --force to accept).</source>
        <translation>الموجز بالإصدار {version}، وهو أقدم من الإصدار {held} الموجود لديك: رُفض لأنه رجوع إلى الوراء. لم يُغيَّر شيء (استخدم ⁦--force⁩ للقبول).</translation>
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
        <source>&apos;{url}&apos; is not an http(s) address.</source>
        <translation>«⁨{url}⁩» ليس عنوان http(s).</translation>
    </message>
    <message>
        <source>The connection to {url} failed: {error}.</source>
        <translation>فشل الاتصال بـ ⁨{url}⁩: ⁨{error}⁩.</translation>
    </message>
    <message>
        <source>The source is {size} MB, over the {limit} MB limit.</source>
        <translation>حجم المصدر {size} ميغابايت، وهو يتجاوز الحد البالغ {limit} ميغابايت.</translation>
    </message>
    <message>
        <source>The download passed the {limit} MB limit; stopped.</source>
        <translation>تجاوز التنزيل الحد البالغ {limit} ميغابايت؛ فأُوقف.</translation>
    </message>
    <message>
        <source>The server stopped sending in the middle of the download ({total} bytes received).</source>
        <translation>توقف الخادم عن الإرسال في منتصف التنزيل (استُلم {total} بايت).</translation>
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
        <source>A Briefer feed needs the publisher&apos;s public key (--key FILE), or --trust-unsigned if you accept unsigned data from this address.</source>
        <translation>يحتاج موجز Briefer إلى المفتاح العام للناشر (⁦--key FILE⁩)، أو إلى ⁦--trust-unsigned⁩ إن كنت تقبل بيانات غير موقّعة من هذا العنوان.</translation>
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
        <source>The feed is not valid JSON (line {line}, column {column}): {error}. Nothing was changed.</source>
        <translation>الموجز ليس JSON صالحًا (السطر {line}، العمود {column}): ⁨{error}⁩. لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>to be announced</source>
        <translation>سيعلن لاحقًا</translation>
    </message>
</context>
</TS>
