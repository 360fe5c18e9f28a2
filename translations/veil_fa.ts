<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Veil is already running; its window was brought to the front.</source>
        <translation>‏Veil از قبل در حال اجراست؛ پنجره‌اش به جلو آورده شد.</translation>
    </message>
    <message>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <source>Try &apos;veil --help&apos;.</source>
        <translation>‏&apos;veil --help&apos; را امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>Veil::Blocklist</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 rules (%3 host, %4 URL, %5 regex), %6 skipped (%7)</source>
        <translation>‏%1: %2 قانون (%3 میزبان، %4 URL، %5 عبارت باقاعده)، %6 مورد رد شد (%7)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>‏%1 بزرگ‌تر از %2 مبی‌بایت است</translation>
    </message>
    <message>
        <source>more than %1 lists; this one is not used</source>
        <translation>بیش از %1 فهرست؛ این یکی استفاده نمی‌شود</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistDialog</name>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Block what this list names</source>
        <translation>آنچه این فهرست نام می‌برد مسدود شود</translation>
    </message>
    <message>
        <source>Treat requests of unknown origin as third-party</source>
        <translation>درخواست‌های با منشأ نامعلوم، شخص ثالث به شمار آیند</translation>
    </message>
    <message>
        <source>Use this list</source>
        <translation>استفاده از این فهرست</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>فهرست مسدودسازی</translation>
    </message>
    <message>
        <source>easylist</source>
        <translation>easylist</translation>
    </message>
    <message>
        <source>Off: the list only serves rules of the type &quot;Blocklist&quot; (for example, send the sites of a streaming list through an exit).</source>
        <translation>خاموش: این فهرست فقط به کار قوانینی از نوع «فهرست مسدودسازی» می‌آید (برای نمونه، فرستادن سایت‌های یک فهرست پخش آنلاین از طریق یک خروجی).</translation>
    </message>
    <message>
        <source>&quot;$third-party&quot; filters need to know which page a request comes from. Inside HTTPS tunnels and without a Referer Veil cannot tell.</source>
        <translation>پالایه‌های «‎$third-party» باید بدانند درخواست از کدام صفحه می‌آید. درون تونل‌های HTTPS و بدون Referer، Veil نمی‌تواند این را تشخیص دهد.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Choose a blocklist</source>
        <translation>انتخاب فهرست مسدودسازی</translation>
    </message>
    <message>
        <source>Lists (*.txt *.list *.hosts);;All files (*)</source>
        <translation>فهرست‌ها (*.txt *.list *.hosts);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>‏%1 فایل نیست.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>خواندن %1 ممکن نیست.</translation>
    </message>
    <message>
        <source>Name the list: 1 to 64 characters without &apos;,&apos; or line breaks.</source>
        <translation>برای فهرست نامی بگذارید: ۱ تا ۶۴ نویسه بدون &apos;,&apos; یا شکست خط.</translation>
    </message>
    <message>
        <source>A list named &quot;%1&quot; already exists.</source>
        <translation>فهرستی با نام «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>a file, or the https:// address of a list to subscribe to</source>
        <translation>یک فایل، یا نشانی https:// فهرستی برای اشتراک</translation>
    </message>
    <message>
        <source>Hosts files, domain lists and Adblock Plus / uBlock Origin filters. A subscription is downloaded through Veil (so it takes your exit), kept up to date, and its last good copy stays in use when an update fails.</source>
        <translation>فایل‌های hosts، فهرست‌های دامنه و پالایه‌های Adblock Plus / uBlock Origin. اشتراک از طریق Veil بارگیری می‌شود (پس از خروجی شما می‌گذرد)، به‌روز نگه داشته می‌شود و اگر به‌روزرسانی شکست بخورد، آخرین نسخهٔ سالم آن همچنان استفاده می‌شود.</translation>
    </message>
    <message>
        <source>only on &quot;Update now&quot;</source>
        <translation>فقط با «به‌روزرسانی اکنون»</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ساعت</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Check for updates every</source>
        <translation>بررسی به‌روزرسانی هر</translation>
    </message>
    <message>
        <source>%1 is not a usable address: give http:// or https://, a host, and no user name.</source>
        <translation>‏%1 نشانی قابل‌استفاده‌ای نیست: http:// یا https:// و یک میزبان بدهید، بدون نام کاربری.</translation>
    </message>
    <message>
        <source>Choose the list&apos;s file, or give the address of a subscription.</source>
        <translation>فایل فهرست را انتخاب کنید یا نشانی یک اشتراک را بدهید.</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>چیزی رد نشد.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>خوانده شد: %1</translation>
    </message>
    <message>
        <source>File changed %1</source>
        <translation>تغییر فایل: %1</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>مسدود می‌کند</translation>
    </message>
    <message>
        <source>For rules only</source>
        <translation>فقط برای قوانین</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>فایل: %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>On</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>کاربرد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>آخرین به‌روزرسانی</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>قوانین</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>سطرهای ردشده</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>تطابق</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>نسخهٔ محلی: %1</translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>آخرین بررسی شکست خورد: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>بررسی شد: %1</translation>
    </message>
    <message>
        <source>New version downloaded %1</source>
        <translation>نسخهٔ تازه بارگیری شد: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked every %n hour(s)</source>
        <translation>
            <numerusform>هر %n ساعت بررسی می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only on &quot;Update now&quot;</source>
        <translation>فقط با «به‌روزرسانی اکنون» بررسی می‌شود</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>‏URL: %1</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <source>update failed</source>
        <translation>به‌روزرسانی ناموفق</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistUpdater</name>
    <message>
        <source>the list is larger than %1 MiB</source>
        <translation>فهرست بزرگ‌تر از %1 MiB است</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>پاسخ سرور: %1 %2</translation>
    </message>
    <message>
        <source>the download holds no rules (%1 bytes); the previous copy stays in use</source>
        <translation>فایل بارگیری‌شده هیچ قانونی ندارد (%1 بایت)؛ نسخهٔ قبلی همچنان استفاده می‌شود</translation>
    </message>
    <message>
        <source>the download holds only %1 rules where the copy in use has %2; the previous copy stays in use</source>
        <translation>فایل بارگیری‌شده فقط %1 قانون دارد، درحالی‌که نسخهٔ در حال استفاده %2 قانون دارد؛ نسخهٔ قبلی همچنان استفاده می‌شود</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
</context>
<context>
    <name>Veil::Cache</name>
    <message>
        <source>the response may be stored</source>
        <translation>پاسخ را می‌توان ذخیره کرد</translation>
    </message>
    <message>
        <source>only GET responses are stored and only GET and HEAD are answered</source>
        <translation>فقط پاسخ‌های GET ذخیره می‌شوند و فقط به GET و HEAD پاسخ داده می‌شود</translation>
    </message>
    <message>
        <source>the status is not final</source>
        <translation>وضعیت نهایی نیست</translation>
    </message>
    <message>
        <source>the cache does not implement the caching rules of this status</source>
        <translation>حافظهٔ نهان قواعد ذخیره‌سازی این وضعیت را پیاده نمی‌کند</translation>
    </message>
    <message>
        <source>the request says no-store</source>
        <translation>درخواست no-store را مشخص کرده است</translation>
    </message>
    <message>
        <source>the response says no-store</source>
        <translation>پاسخ no-store را مشخص کرده است</translation>
    </message>
    <message>
        <source>the response is private to one user and Veil is a shared cache</source>
        <translation>پاسخ خصوصیِ یک کاربر است و Veil حافظهٔ نهان مشترک است</translation>
    </message>
    <message>
        <source>the request carried credentials and the response does not allow shared caching</source>
        <translation>درخواست اطلاعات احراز هویت داشت و پاسخ اجازهٔ ذخیره در حافظهٔ نهان مشترک را نمی‌دهد</translation>
    </message>
    <message>
        <source>the response has no freshness information and its status has no heuristic</source>
        <translation>پاسخ اطلاعات تازگی ندارد و برای وضعیت آن قاعدهٔ تخمینی وجود ندارد</translation>
    </message>
    <message>
        <source>the request has no absolute URI</source>
        <translation>درخواست URI مطلق ندارد</translation>
    </message>
    <message>
        <source>range requests are passed through</source>
        <translation>درخواست‌های بازه‌ای مستقیم عبور داده می‌شوند</translation>
    </message>
    <message>
        <source>the request carries preconditions only the origin can evaluate</source>
        <translation>درخواست پیش‌شرط‌هایی دارد که فقط سرور مبدأ می‌تواند ارزیابی کند</translation>
    </message>
    <message>
        <source>the stored response is fresh</source>
        <translation>پاسخ ذخیره‌شده تازه است</translation>
    </message>
    <message>
        <source>the stored response is stale and the client accepts that (max-stale)</source>
        <translation>پاسخ ذخیره‌شده کهنه است و کلاینت آن را می‌پذیرد (max-stale)</translation>
    </message>
    <message>
        <source>the stored response is stale and is revalidated in the background</source>
        <translation>پاسخ ذخیره‌شده کهنه است و در پس‌زمینه دوباره اعتبارسنجی می‌شود</translation>
    </message>
    <message>
        <source>the origin failed and the stale stored response may stand in</source>
        <translation>سرور مبدأ خطا داد و پاسخ ذخیره‌شدهٔ کهنه می‌تواند جایگزین شود</translation>
    </message>
    <message>
        <source>the stored response is stale</source>
        <translation>پاسخ ذخیره‌شده کهنه است</translation>
    </message>
    <message>
        <source>the stored response is stale and the origin forbids serving it stale</source>
        <translation>پاسخ ذخیره‌شده کهنه است و سرور مبدأ ارائهٔ نسخهٔ کهنه را ممنوع کرده است</translation>
    </message>
    <message>
        <source>the origin requires validation before every reuse (no-cache)</source>
        <translation>سرور مبدأ پیش از هر استفادهٔ دوباره اعتبارسنجی می‌خواهد (no-cache)</translation>
    </message>
    <message>
        <source>the client asked for validation (no-cache)</source>
        <translation>کلاینت اعتبارسنجی خواسته است (no-cache)</translation>
    </message>
    <message>
        <source>the stored response is older than the client accepts (max-age)</source>
        <translation>پاسخ ذخیره‌شده قدیمی‌تر از حدی است که کلاینت می‌پذیرد (max-age)</translation>
    </message>
    <message>
        <source>the stored response is not fresh enough for the client (min-fresh)</source>
        <translation>پاسخ ذخیره‌شده برای کلاینت به اندازهٔ کافی تازه نیست (min-fresh)</translation>
    </message>
    <message>
        <source>the client accepts only a stored response and none can be used</source>
        <translation>کلاینت فقط پاسخ ذخیره‌شده می‌پذیرد و هیچ پاسخ قابل استفاده‌ای نیست</translation>
    </message>
</context>
<context>
    <name>Veil::CachePage</name>
    <message>
        <source>Keep a local copy of plain-HTTP responses</source>
        <translation>نگه‌داشتن نسخه‌ای محلی از پاسخ‌های HTTP رمزنگاری‌نشده</translation>
    </message>
    <message>
        <source>Delete the cache when Veil quits</source>
        <translation>حذف حافظهٔ نهان هنگام بسته شدن Veil</translation>
    </message>
    <message>
        <source>Veil keeps responses of plain-HTTP sites so repeat visits are faster and reach the network (and the exit) less often, following the sites&apos; own caching rules. HTTPS is never cached: it passes through an encrypted tunnel Veil cannot read.</source>
        <translation>‏Veil پاسخ‌های سایت‌های HTTP رمزنگاری‌نشده را نگه می‌دارد تا بازدیدهای دوباره سریع‌تر باشند و کمتر به شبکه (و خروجی) برسند، و در این کار از قواعد ذخیره‌سازی خودِ سایت‌ها پیروی می‌کند. HTTPS هرگز در حافظهٔ نهان ذخیره نمی‌شود: از تونلی رمزنگاری‌شده می‌گذرد که Veil نمی‌تواند آن را بخواند.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> مبی‌بایت</translation>
    </message>
    <message>
        <source>Disk space at most:</source>
        <translation>حداکثر فضای دیسک:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>پوشه:</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>مصرف</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Clear site</source>
        <translation>پاک کردن سایت</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>پاک کردن همه…</translation>
    </message>
    <message>
        <source>Never cache these sites (and their subdomains)</source>
        <translation>این سایت‌ها (و زیردامنه‌هایشان) هرگز در حافظهٔ نهان ذخیره نشوند</translation>
    </message>
    <message>
        <source>news.example</source>
        <translation>news.example</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Clear the cache</source>
        <translation>پاک کردن حافظهٔ نهان</translation>
    </message>
    <message>
        <source>Delete every cached response? Sites load from the network again the next time.</source>
        <translation>همهٔ پاسخ‌های ذخیره‌شده در حافظهٔ نهان حذف شوند؟ سایت‌ها دفعهٔ بعد دوباره از شبکه بارگذاری می‌شوند.</translation>
    </message>
    <message>
        <source>The cache is off</source>
        <translation>حافظهٔ نهان خاموش است</translation>
    </message>
    <message>
        <source>Plain-HTTP responses are not stored.</source>
        <translation>پاسخ‌های HTTP رمزنگاری‌نشده ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>‏%1 از %2 استفاده شده</translation>
    </message>
    <message numerus="yes">
        <source>%n stored responses</source>
        <translation>
            <numerusform>‏%n پاسخ ذخیره‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>hit ratio %1 % (%2 hits, %3 revalidated, %4 misses)</source>
        <translation>نرخ اصابت %1٪ (%2 اصابت، %3 اعتبارسنجی دوباره، %4 عدم اصابت)</translation>
    </message>
    <message>
        <source>%1 served from the cache</source>
        <translation>‏%1 از حافظهٔ نهان ارائه شد</translation>
    </message>
    <message>
        <source>still reading the entries of earlier runs</source>
        <translation>هنوز در حال خواندن مدخل‌های اجراهای قبلی</translation>
    </message>
    <message>
        <source>%1 removed to stay within the budget, %2 not stored (too large or a disk problem)</source>
        <translation>‏%1 برای ماندن در سقف حذف شد، %2 ذخیره نشد (بیش از حد بزرگ یا مشکل دیسک)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (for example news.example).</source>
        <translation>‏«%1» نام میزبان نیست (برای نمونه news.example).</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>‏%1 از قبل در فهرست است.</translation>
    </message>
    <message>
        <source>%1 is no longer cached. Responses stored before stay until they expire or you clear the site.</source>
        <translation>‏%1 دیگر در حافظهٔ نهان ذخیره نمی‌شود. پاسخ‌هایی که پیش‌تر ذخیره شده‌اند تا زمان انقضا یا تا وقتی سایت را پاک کنید می‌مانند.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached responses of %1.</source>
        <translation>
            <numerusform>‏%n پاسخ ذخیره‌شدهٔ %1 حذف شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>حافظهٔ نهان خالی است.</translation>
    </message>
</context>
<context>
    <name>Veil::CacheSettings</name>
    <message>
        <source>cache.%1: %2; keeping the previous value</source>
        <translation>‏cache.%1: %2؛ مقدار قبلی حفظ می‌شود</translation>
    </message>
    <message>
        <source>cache: must be an object; keeping the previous values</source>
        <translation>‏cache: باید یک شیء باشد؛ مقادیر قبلی حفظ می‌شوند</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>باید true یا false باشد</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>باید عدد صحیحی از %1 تا %2 باشد</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>باید مسیر مطلق باشد</translation>
    </message>
    <message>
        <source>must be a list of host names</source>
        <translation>باید فهرستی از نام‌های میزبان باشد</translation>
    </message>
    <message>
        <source>cache.bypass[%1]: not a host name; skipped</source>
        <translation>‏cache.bypass[%1]: نام میزبان نیست؛ رد شد</translation>
    </message>
</context>
<context>
    <name>Veil::CommandLine</name>
    <message>
        <source>Veil, a privacy proxy for your desktop: one local port for HTTP, HTTPS (CONNECT) and SOCKS5.</source>
        <translation>‏Veil، یک پروکسی حریم خصوصی برای رایانهٔ شما: یک درگاه محلی برای HTTP، HTTPS (CONNECT) و SOCKS5.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>نمایش این راهنما و خروج.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>نمایش نسخه و خروج.</translation>
    </message>
    <message>
        <source>Run the proxy engine without a window; traffic is printed to stdout.</source>
        <translation>اجرای موتور پروکسی بدون پنجره؛ ترافیک در stdout چاپ می‌شود.</translation>
    </message>
    <message>
        <source>Listen on HOST:PORT (default 127.0.0.1:8765). A non-loopback address needs --allow-remote and credentials.</source>
        <translation>گوش دادن روی HOST:PORT (پیش‌فرض 127.0.0.1:8765). نشانی غیر loopback به --allow-remote و اطلاعات احراز هویت نیاز دارد.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Read settings from FILE (default: %1).</source>
        <translation>خواندن تنظیمات از فایل (پیش‌فرض: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Traffic log format in headless mode: text, json or none.</source>
        <translation>قالب گزارش ترافیک در حالت بدون پنجره: text، json یا none.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Number of worker threads (default: one per core, at least 2).</source>
        <translation>تعداد رشته‌های کاری (پیش‌فرض: یکی به ازای هر هسته، دست‌کم ۲).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Allow listening on a non-loopback address (requires --proxy-user and VEIL_PROXY_PASSWORD).</source>
        <translation>اجازهٔ گوش دادن روی نشانی غیر loopback (به --proxy-user و VEIL_PROXY_PASSWORD نیاز دارد).</translation>
    </message>
    <message>
        <source>Require this user name (HTTP Basic and SOCKS5 user/password); the password comes from the VEIL_PROXY_PASSWORD environment variable.</source>
        <translation>الزام این نام کاربری (HTTP Basic و نام کاربری/گذرواژهٔ SOCKS5)؛ گذرواژه از متغیر محیطی VEIL_PROXY_PASSWORD خوانده می‌شود.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Add an exit proxy for this run: http://[user@]host:port#REGION, https://… or socks5://…; repeatable. Passwords come from VEIL_EXIT_PASSWORD_&lt;ID&gt; or VEIL_EXIT_PASSWORD, never from the URL.</source>
        <translation>افزودن یک پروکسی خروجی برای این اجرا: http://[user@]host:port#REGION، https://… یا socks5://…؛ تکرارپذیر. گذرواژه‌ها از VEIL_EXIT_PASSWORD_&lt;ID&gt; یا VEIL_EXIT_PASSWORD خوانده می‌شوند، هرگز از URL.</translation>
    </message>
    <message>
        <source>URL#REGION</source>
        <translation>URL#REGION</translation>
    </message>
    <message>
        <source>Send traffic out through the exits of region CODE (ISO 3166 alpha-2).</source>
        <translation>ارسال ترافیک از طریق خروجی‌های منطقهٔ کد (ISO 3166 alpha-2).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Routing mode: direct, exit or rules.</source>
        <translation>حالت مسیریابی: direct، exit یا rules.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>When no exit of the region is healthy, connect directly instead of failing closed.</source>
        <translation>وقتی هیچ خروجی‌ای از منطقه سالم نیست، به‌جای قطع ایمن مستقیم وصل شو.</translation>
    </message>
    <message>
        <source>Probe every configured exit once, fetch its public address through it (routing.ipCheckUrl) and look up its country (routing.geoipDatabase); print one line per exit, then exit with 0 when all are up and in their region, 3 otherwise. Implies --headless; nothing listens.</source>
        <translation>هر خروجی پیکربندی‌شده را یک بار بررسی می‌کند، نشانی عمومی آن را از طریق خودش می‌گیرد (routing.ipCheckUrl) و کشورش را پیدا می‌کند (routing.geoipDatabase)؛ برای هر خروجی یک سطر چاپ می‌کند و اگر همه فعال و در منطقهٔ خود باشند با ۰ و در غیر این صورت با ۳ خارج می‌شود. --headless را در بر دارد؛ به هیچ درگاهی گوش داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Resolve names of direct connections with this DNS-over-HTTPS server (RFC 8484), e.g. https://dns.example/dns-query. Exits always resolve names themselves.</source>
        <translation>نام‌های اتصال‌های مستقیم را با این سرور DNS-over-HTTPS (RFC 8484) ترجمه کن، مثلاً https://dns.example/dns-query. خروجی‌ها همیشه خودشان نام‌ها را ترجمه می‌کنند.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add the exit URLs listed in FILE (one per line, URL#REGION; --region gives the region of lines without one) to the config file, report skipped lines, and exit.</source>
        <translation>نشانی‌های خروجی فهرست‌شده در فایل (هر سطر یکی، URL#REGION؛ --region منطقهٔ سطرهای بدون منطقه را تعیین می‌کند) را به فایل پیکربندی اضافه کن، سطرهای ردشده را گزارش بده و خارج شو.</translation>
    </message>
    <message>
        <source>Point the system proxy (GNOME, KDE Plasma, macOS, Windows) at Veil while it runs; your own settings are saved first and restored on exit, SIGINT or SIGTERM.</source>
        <translation>تا زمانی که Veil اجرا می‌شود پروکسی سیستم (GNOME، KDE Plasma، macOS، Windows) را به آن هدایت کن؛ تنظیمات خودتان ابتدا ذخیره و هنگام خروج، SIGINT یا SIGTERM بازگردانده می‌شوند.</translation>
    </message>
    <message>
        <source>How --system-proxy points at Veil: fixed (HTTP, HTTPS and SOCKS proxy, the default) or pac (the automatic configuration URL /proxy.pac).</source>
        <translation>شیوهٔ اشارهٔ --system-proxy به Veil: fixed (پروکسی HTTP، HTTPS و SOCKS، پیش‌فرض) یا pac (نشانی پیکربندی خودکار /proxy.pac).</translation>
    </message>
    <message>
        <source>Which system proxy setting to change: auto (from XDG_CURRENT_DESKTOP; the default), gnome, kde, macos or windows.</source>
        <translation>کدام تنظیم پروکسی سیستم تغییر کند: auto (بر اساس XDG_CURRENT_DESKTOP؛ پیش‌فرض)، gnome، kde، macos یا windows.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Restore the system proxy settings a Veil that crashed or was killed left behind, then exit (0: restored or nothing to do, 1: failed).</source>
        <translation>تنظیمات پروکسی سیستم را که یک Veil ازکارافتاده یا متوقف‌شده به‌جا گذاشته بازگردان و خارج شو (۰: بازگردانده شد یا کاری لازم نبود، ۱: ناموفق).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>آرگومان غیرمنتظرهٔ «%1»</translation>
    </message>
    <message>
        <source>--system-proxy-mode must be fixed or pac, not &quot;%1&quot;</source>
        <translation>‏--system-proxy-mode باید fixed یا pac باشد، نه «%1»</translation>
    </message>
    <message>
        <source>--system-proxy-backend must be auto, gnome, kde, macos or windows, not &quot;%1&quot;</source>
        <translation>‏--system-proxy-backend باید auto، gnome، kde، macos یا windows باشد، نه «%1»</translation>
    </message>
    <message>
        <source>config file %1 does not exist</source>
        <translation>فایل پیکربندی %1 وجود ندارد</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US, not &quot;%1&quot;</source>
        <translation>‏--region باید یک کد دوحرفی کشور مانند US باشد، نه «%1»</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen: %1</translation>
    </message>
    <message>
        <source>--log-format must be text, json or none, not &quot;%1&quot;</source>
        <translation>‏--log-format باید text، json یا none باشد، نه «%1»</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 256</source>
        <translation>‏--threads باید عددی از ۱ تا ۲۵۶ باشد</translation>
    </message>
    <message>
        <source>--proxy-user must be non-empty and must not contain &apos;:&apos;</source>
        <translation>‏--proxy-user نباید خالی باشد و نباید &apos;:&apos; داشته باشد</translation>
    </message>
    <message>
        <source>a proxy user is set but VEIL_PROXY_PASSWORD is empty</source>
        <translation>کاربر پروکسی تعیین شده اما VEIL_PROXY_PASSWORD خالی است</translation>
    </message>
    <message>
        <source>--exit %1: %2</source>
        <translation>--exit %1: %2</translation>
    </message>
    <message>
        <source>--exit %1: add the region, e.g. #US</source>
        <translation>‏--exit %1: منطقه را اضافه کنید، مثلاً #US</translation>
    </message>
    <message>
        <source>--exit %1: the same exit is given twice</source>
        <translation>‏--exit %1: همان خروجی دو بار داده شده است</translation>
    </message>
    <message>
        <source>no exit is configured for region %1: connections will be held (fail closed)</source>
        <translation>هیچ خروجی‌ای برای منطقهٔ %1 پیکربندی نشده است: اتصال‌ها نگه داشته می‌شوند (قطع ایمن)</translation>
    </message>
    <message>
        <source>--mode must be direct, exit or rules, not &quot;%1&quot;</source>
        <translation>‏--mode باید direct، exit یا rules باشد، نه «%1»</translation>
    </message>
    <message>
        <source>--doh: %1</source>
        <translation>--doh: %1</translation>
    </message>
    <message>
        <source>--blocklist %1: no such readable file</source>
        <translation>‏--blocklist %1: چنین فایل خواندنی‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>Show Veil in language CODE (%1) instead of the system&apos;s language; the setting ui.language in the config file does the same.</source>
        <translation>نمایش Veil به زبان کد (%1) به‌جای زبان سیستم؛ تنظیم ui.language در فایل پیکربندی همین کار را می‌کند.</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;</source>
        <translation>‏--language باید یکی از %1 باشد، نه «%2»</translation>
    </message>
    <message>
        <source>Keep the HTTP cache in DIR (default: &quot;http&quot; in the application&apos;s cache directory).</source>
        <translation>نگه‌داشتن حافظهٔ نهان HTTP در پوشه (پیش‌فرض: «http» در پوشهٔ حافظهٔ نهان برنامه).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>Let the HTTP cache use at most MIB mebibytes on disk (default 512); the least recently used responses go first.</source>
        <translation>حافظهٔ نهان HTTP حداکثر MIB مبی‌بایت از دیسک را به کار بگیرد (پیش‌فرض ۵۱۲)؛ پاسخ‌هایی که مدت بیشتری از آخرین استفاده‌شان گذشته زودتر حذف می‌شوند.</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>Do not cache plain-HTTP responses for this run (HTTPS is never cached: it passes through a tunnel).</source>
        <translation>در این اجرا پاسخ‌های HTTP رمزنگاری‌نشده در حافظهٔ نهان ذخیره نشوند (HTTPS هرگز ذخیره نمی‌شود: از یک تونل می‌گذرد).</translation>
    </message>
    <message>
        <source>--cache-dir %1: exists and is not a directory</source>
        <translation>‏--cache-dir %1: وجود دارد و پوشه نیست</translation>
    </message>
    <message>
        <source>--cache-size must be a whole number of MiB from 1 to 1048576, not &quot;%1&quot;</source>
        <translation>‏--cache-size باید عدد صحیحی از ۱ تا ۱۰۴۸۵۷۶ (بر حسب مبی‌بایت) باشد، نه «%1»</translation>
    </message>
    <message>
        <source>Send STRING as the User-Agent of every plain-HTTP request for this run (privacy.userAgent).</source>
        <translation>در این اجرا STRING به‌عنوان User-Agent هر درخواست HTTP رمزنگاری‌نشده فرستاده شود (privacy.userAgent).</translation>
    </message>
    <message>
        <source>STRING</source>
        <translation>STRING</translation>
    </message>
    <message>
        <source>What plain-HTTP requests to another site get as Referer: keep, origin (the page&apos;s scheme://host/ only; the default) or drop.</source>
        <translation>درخواست‌های HTTP رمزنگاری‌نشده به سایتی دیگر چه Referer‌ای بگیرند: keep (نگه داشتن)، origin (فقط scheme://host/ صفحه؛ پیش‌فرض) یا drop (حذف).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>سیاست</translation>
    </message>
    <message>
        <source>Change nothing in plain-HTTP requests for this run: no Referer trimming, Sec-GPC, DNT, tracking-parameter stripping or User-Agent override.</source>
        <translation>در این اجرا هیچ چیزی در درخواست‌های HTTP رمزنگاری‌نشده تغییر نکند: نه کوتاه کردن Referer، نه Sec-GPC، نه DNT، نه حذف پارامترهای ردیابی و نه جایگزینی User-Agent.</translation>
    </message>
    <message>
        <source>--no-privacy-filters turns off what --user-agent and --referer set; use one or the other</source>
        <translation>‏--no-privacy-filters آنچه --user-agent و --referer تنظیم می‌کنند را خاموش می‌کند؛ فقط یکی را به کار ببرید</translation>
    </message>
    <message>
        <source>--referer must be keep, origin or drop, not &quot;%1&quot;</source>
        <translation>‏--referer باید keep، origin یا drop باشد، نه «%1»</translation>
    </message>
    <message>
        <source>--user-agent: %1</source>
        <translation>‏--user-agent: %1</translation>
    </message>
    <message>
        <source>Hold traffic instead of letting it out directly: never fall back to direct when no exit is healthy, and the PAC file never ends in DIRECT (routing.killSwitch).</source>
        <translation>نگه داشتن ترافیک به‌جای فرستادن مستقیم آن به بیرون: وقتی هیچ خروجی سالمی نیست هرگز به اتصال مستقیم برنمی‌گردد و فایل PAC هرگز به DIRECT ختم نمی‌شود (routing.killSwitch).</translation>
    </message>
    <message>
        <source>Block what the list at FILE or URL names for this run: a hosts file, a plain domain list or Adblock Plus / uBlock Origin network filters. A URL (http:// or https://) is a subscription: fetched through Veil, kept up to date and stored on disk; repeatable.</source>
        <translation>در این اجرا آنچه فهرستِ موجود در فایل یا URL نام می‌برد مسدود شود: یک فایل hosts، یک فهرست سادهٔ دامنه یا پالایه‌های شبکهٔ Adblock Plus / uBlock Origin. یک URL (http:// یا https://) اشتراک است: از طریق Veil دریافت، به‌روز نگه داشته و روی دیسک ذخیره می‌شود؛ تکرارپذیر.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>فایل|URL</translation>
    </message>
    <message>
        <source>--fallback-direct and --kill-switch contradict each other: choose one</source>
        <translation>‏--fallback-direct و --kill-switch با هم در تناقض‌اند: یکی را انتخاب کنید</translation>
    </message>
    <message>
        <source>--blocklist %1: not a usable http:// or https:// address (a host is needed and no user name)</source>
        <translation>‏--blocklist %1: نشانی http:// یا https:// قابل‌استفاده‌ای نیست (میزبان لازم است و نام کاربری نباید باشد)</translation>
    </message>
</context>
<context>
    <name>Veil::CommandRunner</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>‏%1 اجرا نشد (آیا نصب است؟)</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>‏%1 به‌موقع تمام نشد</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>‏%1 با کد خروج %2 شکست خورد</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>‏%1 با کد خروج %2 شکست خورد: %3</translation>
    </message>
</context>
<context>
    <name>Veil::ConfigFile</name>
    <message>
        <source>%1 is not a regular file; defaults are used</source>
        <translation>‏%1 یک فایل عادی نیست؛ مقادیر پیش‌فرض به‌کار می‌روند</translation>
    </message>
    <message>
        <source>cannot read %1: %2; using defaults</source>
        <translation>خواندن %1 ممکن نیست: %2؛ مقادیر پیش‌فرض به‌کار می‌روند</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>‏%1 در موقعیت %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>سطح بالایی یک شیء JSON نیست</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); it was moved to %3 and defaults are used</source>
        <translation>فایل پیکربندی %1 معتبر نیست (%2)؛ به %3 منتقل شد و مقادیر پیش‌فرض به‌کار می‌روند</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); defaults are used</source>
        <translation>فایل پیکربندی %1 معتبر نیست (%2)؛ مقادیر پیش‌فرض به‌کار می‌روند</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; it was not changed</source>
        <translation>‏%1 یک JSON معتبر نیست؛ تغییری داده نشد</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>ساختن پوشهٔ %1 ممکن نیست</translation>
    </message>
</context>
<context>
    <name>Veil::Dialer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot resolve host %1: %2</source>
        <translation>ترجمهٔ نام میزبان %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>the target is Veil&apos;s own listener</source>
        <translation>مقصد، درگاه شنود خودِ Veil است</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>‏%1 اتصال را رد کرد</translation>
    </message>
    <message>
        <source>network unreachable for %1</source>
        <translation>شبکه برای %1 در دسترس نیست</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>اتصال به %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>connecting to %1:%2 timed out after %3 ms</source>
        <translation>اتصال به %1:%2 پس از %3 میلی‌ثانیه از مهلت گذشت</translation>
    </message>
</context>
<context>
    <name>Veil::Dns</name>
    <message>
        <source>DNS response too short</source>
        <translation>پاسخ DNS بیش از حد کوتاه است</translation>
    </message>
    <message>
        <source>DNS response ID does not match the query</source>
        <translation>شناسهٔ پاسخ DNS با پرس‌وجو مطابقت ندارد</translation>
    </message>
    <message>
        <source>DNS message is not a response</source>
        <translation>پیام DNS پاسخ نیست</translation>
    </message>
    <message>
        <source>DNS response truncated</source>
        <translation>پاسخ DNS بریده شده است</translation>
    </message>
    <message>
        <source>DNS response does not repeat the question</source>
        <translation>پاسخ DNS پرسش را تکرار نمی‌کند</translation>
    </message>
    <message>
        <source>malformed DNS question</source>
        <translation>پرسش DNS بدساخت است</translation>
    </message>
    <message>
        <source>DNS response answers a different question</source>
        <translation>پاسخ DNS به پرسش دیگری پاسخ می‌دهد</translation>
    </message>
    <message>
        <source>malformed DNS answer record</source>
        <translation>رکورد پاسخ DNS بدساخت است</translation>
    </message>
    <message>
        <source>malformed DNS address record</source>
        <translation>رکورد نشانی DNS بدساخت است</translation>
    </message>
    <message>
        <source>malformed DNS CNAME record</source>
        <translation>رکورد CNAME در DNS بدساخت است</translation>
    </message>
    <message>
        <source>DNS CNAME chain too long</source>
        <translation>زنجیرهٔ CNAME در DNS بیش از حد طولانی است</translation>
    </message>
</context>
<context>
    <name>Veil::DnsLookup</name>
    <message>
        <source>no such host (cached DNS answer)</source>
        <translation>چنین میزبانی وجود ندارد (پاسخ DNS از حافظهٔ نهان)</translation>
    </message>
    <message>
        <source>not a valid host name</source>
        <translation>نام میزبان معتبر نیست</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered HTTP %1</source>
        <translation>سرور DNS-over-HTTPS با HTTP %1 پاسخ داد</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS request failed: %1</source>
        <translation>درخواست DNS-over-HTTPS شکست خورد: %1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered with %1, not application/dns-message</source>
        <translation>سرور DNS-over-HTTPS با %1 پاسخ داد، نه application/dns-message</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS answer too large</source>
        <translation>پاسخ DNS-over-HTTPS بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>no such host</source>
        <translation>چنین میزبانی وجود ندارد</translation>
    </message>
    <message>
        <source>DNS server error (RCODE %1)</source>
        <translation>خطای سرور DNS (RCODE %1)</translation>
    </message>
    <message>
        <source>no address for this host</source>
        <translation>این میزبان نشانی‌ای ندارد</translation>
    </message>
</context>
<context>
    <name>Veil::Engine</name>
    <message>
        <source>the engine is already running</source>
        <translation>موتور از قبل در حال اجراست</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>گوش دادن روی %1:%2 ممکن نیست: %3</translation>
    </message>
    <message>
        <source>closed by user</source>
        <translation>به دست کاربر بسته شد</translation>
    </message>
    <message>
        <source>%1: no copy yet; downloading %2</source>
        <translation>‏%1: هنوز نسخه‌ای نیست؛ در حال بارگیری %2</translation>
    </message>
    <message>
        <source>Veil is not running</source>
        <translation>‏Veil در حال اجرا نیست</translation>
    </message>
</context>
<context>
    <name>Veil::EpollRelay</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>client</source>
        <translation>کلاینت</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>سمت مقصد</translation>
    </message>
    <message>
        <source>tunnel idle timeout</source>
        <translation>پایان مهلت بی‌کاری تونل</translation>
    </message>
</context>
<context>
    <name>Veil::Exit</name>
    <message>
        <source>missing host name</source>
        <translation>نام میزبان وجود ندارد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>‏«%1» نشانی IPv4 نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>‏«%1» نام میزبان معتبری نیست</translation>
    </message>
    <message>
        <source>empty user name before &apos;@&apos;</source>
        <translation>نام کاربری پیش از &apos;@&apos; خالی است</translation>
    </message>
    <message>
        <source>bad percent escape in the user name</source>
        <translation>کدگذاری درصدی نادرست در نام کاربری</translation>
    </message>
    <message>
        <source>the user name contains characters that must be percent-encoded</source>
        <translation>نام کاربری نویسه‌هایی دارد که باید کدگذاری درصدی شوند</translation>
    </message>
    <message>
        <source>the user name is not valid UTF-8</source>
        <translation>نام کاربری UTF-8 معتبر نیست</translation>
    </message>
    <message>
        <source>the user name is longer than 255 bytes</source>
        <translation>نام کاربری بیش از ۲۵۵ بایت است</translation>
    </message>
    <message>
        <source>the user name must not contain &apos;:&apos; or control characters</source>
        <translation>نام کاربری نباید &apos;:&apos; یا نویسهٔ کنترلی داشته باشد</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation>&apos;]&apos; پس از نشانی IPv6 وجود ندارد</translation>
    </message>
    <message>
        <source>IPv6 zone ids (%) are not supported</source>
        <translation>شناسه‌های ناحیهٔ IPv6 (%) پشتیبانی نمی‌شوند</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>‏«%1» نشانی IPv6 نیست</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; and a port after &apos;]&apos;</source>
        <translation>پس از &apos;]&apos; انتظار &apos;:&apos; و یک درگاه می‌رفت</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. http://[2001:db8::1]:8080</source>
        <translation>نشانی‌های IPv6 باید درون کروشه نوشته شوند، مثلاً http://[2001:db8::1]:8080</translation>
    </message>
    <message>
        <source>missing port: exit URLs need an explicit port, e.g. http://proxy.example:8080</source>
        <translation>درگاه وجود ندارد: نشانی خروجی‌ها به درگاه صریح نیاز دارد، مثلاً http://proxy.example:8080</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>درگاه باید عددی از ۱ تا ۶۵۵۳۵ باشد</translation>
    </message>
    <message>
        <source>empty exit URL</source>
        <translation>نشانی خروجی خالی است</translation>
    </message>
    <message>
        <source>exit URLs must not contain a password: remove it from the URL and store it in the keychain, or name an environment variable that holds it</source>
        <translation>نشانی خروجی نباید گذرواژه داشته باشد: آن را از نشانی حذف و در جاکلیدی ذخیره کنید یا متغیر محیطی‌ای را نام ببرید که آن را نگه می‌دارد</translation>
    </message>
    <message>
        <source>the exit URL must not contain spaces or control characters</source>
        <translation>نشانی خروجی نباید فاصله یا نویسهٔ کنترلی داشته باشد</translation>
    </message>
    <message>
        <source>missing scheme: start the URL with http://, https:// or socks5://</source>
        <translation>طرح (scheme) وجود ندارد: نشانی را با http://، https:// یا socks5:// آغاز کنید</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;: use http, https or socks5</source>
        <translation>طرح پشتیبانی‌نشدهٔ «%1»: از http، https یا socks5 استفاده کنید</translation>
    </message>
    <message>
        <source>the region after &apos;#&apos; must be a two-letter country code such as DE</source>
        <translation>منطقهٔ پس از &apos;#&apos; باید یک کد دوحرفی کشور مانند DE باشد</translation>
    </message>
    <message>
        <source>exit URLs take no path or query, only scheme://host:port</source>
        <translation>نشانی خروجی مسیر یا پرس‌وجو ندارد، فقط scheme://host:port</translation>
    </message>
</context>
<context>
    <name>Veil::ExitCheckRunner</name>
    <message>
        <source>no exit is configured (add one with --exit or in the config file)</source>
        <translation>هیچ خروجی‌ای پیکربندی نشده است (با --exit یا در فایل پیکربندی یکی اضافه کنید)</translation>
    </message>
    <message>
        <source>%1: disabled, not checked</source>
        <translation>‏%1: غیرفعال، بررسی نشد</translation>
    </message>
    <message>
        <source>%1: down: %2</source>
        <translation>‏%1: از کار افتاده: %2</translation>
    </message>
    <message>
        <source>%1: up, %2 ms</source>
        <translation>‏%1: فعال، %2 میلی‌ثانیه</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>بدون منطقه</translation>
    </message>
    <message>
        <source>exit %1 (%2)</source>
        <translation>خروجی %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Veil::ExitConnector</name>
    <message>
        <source>exit %1 did not answer within %2 ms</source>
        <translation>خروجی %1 ظرف %2 میلی‌ثانیه پاسخ نداد</translation>
    </message>
    <message>
        <source>cannot read CA file %1</source>
        <translation>خواندن فایل CA %1 ممکن نیست</translation>
    </message>
    <message>
        <source>TLS to exit %1 failed: %2</source>
        <translation>‏TLS با خروجی %1 شکست خورد: %2</translation>
    </message>
    <message>
        <source>exit %1 presented a certificate that does not match its pin</source>
        <translation>خروجی %1 گواهی‌ای ارائه کرد که با پین آن مطابقت ندارد</translation>
    </message>
    <message>
        <source>cannot ask exit %1 for %2: %3</source>
        <translation>درخواست %2 از خروجی %1 ممکن نیست: %3</translation>
    </message>
    <message>
        <source>exit %1 sent an oversized response</source>
        <translation>خروجی %1 پاسخی بیش از حد بزرگ فرستاد</translation>
    </message>
    <message>
        <source>exit %1 sent a malformed response: %2</source>
        <translation>خروجی %1 پاسخ بدساختی فرستاد: %2</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2 %3): check its user name and password</source>
        <translation>خروجی %1 احراز هویت پروکسی را رد کرد (%2 %3): نام کاربری و گذرواژهٔ آن را بررسی کنید</translation>
    </message>
    <message>
        <source>exit %1 timed out reaching %2</source>
        <translation>مهلت رسیدن خروجی %1 به %2 تمام شد</translation>
    </message>
    <message>
        <source>exit %1 does not allow tunnels to %2 (%3)</source>
        <translation>خروجی %1 اجازهٔ تونل به %2 را نمی‌دهد (%3)</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2 (%3 %4)</source>
        <translation>خروجی %1 نتوانست به %2 برسد (%3 %4)</translation>
    </message>
    <message>
        <source>exit %1: %2 refused the connection</source>
        <translation>خروجی %1: %2 اتصال را رد کرد</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2: %3</source>
        <translation>خروجی %1 نتوانست به %2 برسد: %3</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2): check its user name and password</source>
        <translation>خروجی %1 احراز هویت پروکسی را رد کرد (%2): نام کاربری و گذرواژهٔ آن را بررسی کنید</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>خروجی %1: %2</translation>
    </message>
    <message>
        <source>exit %1 closed the connection during the handshake</source>
        <translation>خروجی %1 در حین دست‌دهی اتصال را بست</translation>
    </message>
    <message>
        <source>cannot connect to exit %1 (%2:%3): %4</source>
        <translation>اتصال به خروجی %1 (%2:%3) ممکن نیست: %4</translation>
    </message>
</context>
<context>
    <name>Veil::ExitDialog</name>
    <message>
        <source>Use this exit</source>
        <translation>استفاده از این خروجی</translation>
    </message>
    <message>
        <source>Exit proxy</source>
        <translation>پروکسی خروجی</translation>
    </message>
    <message>
        <source>http://user@proxy.example:3128, https://…, socks5://…</source>
        <translation>‏http://user@proxy.example:3128، https://…، socks5://…</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>stored in the system keychain; empty keeps the stored one</source>
        <translation>در جاکلیدی سیستم ذخیره می‌شود؛ اگر خالی بماند، گذرواژهٔ ذخیره‌شده حفظ می‌شود</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Enter the exit&apos;s URL.</source>
        <translation>نشانی خروجی را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the region (a two-letter country code such as US).</source>
        <translation>منطقه را وارد کنید (یک کد دوحرفی کشور مانند US).</translation>
    </message>
    <message>
        <source>An exit with the id &quot;%1&quot; already exists.</source>
        <translation>خروجی‌ای با شناسهٔ «%1» از قبل وجود دارد.</translation>
    </message>
</context>
<context>
    <name>Veil::ExitFetch</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>ظرف %1 میلی‌ثانیه پاسخ کاملی نرسید</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>‏«%1» نشانی http:// یا https:// نیست</translation>
    </message>
    <message>
        <source>the connection through the exit failed: %1</source>
        <translation>اتصال از طریق خروجی شکست خورد: %1</translation>
    </message>
    <message>
        <source>the response body is malformed: %1</source>
        <translation>بدنهٔ پاسخ بدساخت است: %1</translation>
    </message>
    <message>
        <source>the response head is larger than 64 KiB</source>
        <translation>سرآیند پاسخ بزرگ‌تر از ۶۴ کیبی‌بایت است</translation>
    </message>
    <message>
        <source>malformed response: %1</source>
        <translation>پاسخ بدساخت: %1</translation>
    </message>
    <message>
        <source>the server answered %1 and switched protocols</source>
        <translation>سرور با %1 پاسخ داد و پروتکل را عوض کرد</translation>
    </message>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation>اتصال پیش از رسیدن پاسخ بسته شد</translation>
    </message>
    <message>
        <source>the connection closed before the body was complete</source>
        <translation>اتصال پیش از کامل شدن بدنه بسته شد</translation>
    </message>
    <message>
        <source>an https:// URL cannot be fetched through an https:// (TLS) exit; use an http:// URL (for example http://api.ipify.org/?format=json)</source>
        <translation>نشانی https:// را نمی‌توان از طریق خروجی https:// (TLS) دریافت کرد؛ از نشانی http:// استفاده کنید (برای نمونه http://api.ipify.org/?format=json)</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>بدنهٔ پاسخ بزرگ‌تر از %1 بایت است</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImport</name>
    <message>
        <source>line is longer than 2048 bytes</source>
        <translation>سطر بیش از ۲۰۴۸ بایت است</translation>
    </message>
    <message>
        <source>not text (binary data or invalid UTF-8)</source>
        <translation>متن نیست (داده‌های دودویی یا UTF-8 نامعتبر)</translation>
    </message>
    <message>
        <source>no #REGION on the line and the default region is not a two-letter code</source>
        <translation>سطر #REGION ندارد و منطقهٔ پیش‌فرض یک کد دوحرفی نیست</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>تکرار سطر %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImportCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; not an exit list</source>
        <translation>‏%1 بزرگ‌تر از ۴ مبی‌بایت است؛ فهرست خروجی نیست</translation>
    </message>
    <message>
        <source>%1 is not a valid config file; fix it first, nothing was changed</source>
        <translation>‏%1 فایل پیکربندی معتبری نیست؛ نخست آن را درست کنید، چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>توجه: %1</translation>
    </message>
    <message>
        <source>an exit with id &quot;%1&quot; is already configured</source>
        <translation>خروجی‌ای با شناسهٔ «%1» از قبل پیکربندی شده است</translation>
    </message>
    <message>
        <source>added %1 (%2) as &quot;%3&quot;</source>
        <translation>‏%1 (%2) با نام «%3» اضافه شد</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>بدون منطقه</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>سطر %1</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>skipped %1: %2 (%3)</source>
        <translation>‏%1 رد شد: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) added to %1</source>
        <translation>
            <numerusform>‏%n خروجی به %1 اضافه شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>‏%n سطر رد شد</numerusform>
        </translation>
    </message>
    <message>
        <source>exits with a user need their password in the keychain (the app&apos;s Exits page) or in VEIL_EXIT_PASSWORD_&lt;ID&gt;</source>
        <translation>خروجی‌هایی که کاربر دارند گذرواژه‌شان را در جاکلیدی (صفحهٔ «خروجی‌ها» در برنامه) یا در VEIL_EXIT_PASSWORD_&lt;ID&gt; لازم دارند</translation>
    </message>
</context>
<context>
    <name>Veil::ExitIpChecker</name>
    <message>
        <source>IP check failed: %1</source>
        <translation>بررسی IP شکست خورد: %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>نشانی %1</translation>
    </message>
    <message>
        <source>, country %1</source>
        <translation>، کشور %1</translation>
    </message>
    <message>
        <source>, REGION MISMATCH: configured %1, database says %2</source>
        <translation>، ناهمخوانی منطقه: پیکربندی‌شده %1، پایگاه داده می‌گوید %2</translation>
    </message>
    <message>
        <source>the answer is %1 bytes long; an address is at most %2</source>
        <translation>پاسخ %1 بایت است؛ یک نشانی حداکثر %2 بایت است</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>پاسخ خالی است</translation>
    </message>
    <message>
        <source>the answer is not an IP address: &quot;%1&quot;</source>
        <translation>پاسخ نشانی IP نیست: «%1»</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>پاسخ JSON معتبر نیست: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the JSON answer is not an IP address: &quot;%2&quot;</source>
        <translation>‏«%1» در پاسخ JSON نشانی IP نیست: «%2»</translation>
    </message>
    <message>
        <source>the JSON answer has none of the members &quot;ip&quot;, &quot;address&quot;, &quot;origin&quot; or &quot;query&quot;</source>
        <translation>پاسخ JSON هیچ‌یک از اعضای &quot;ip&quot;، &quot;address&quot;، &quot;origin&quot; یا &quot;query&quot; را ندارد</translation>
    </message>
    <message>
        <source>the IP check is off (routing.ipCheckUrl is empty)</source>
        <translation>بررسی IP خاموش است (routing.ipCheckUrl خالی است)</translation>
    </message>
    <message>
        <source>cannot fetch the IP check URL (%1) through the exit: %2</source>
        <translation>دریافت نشانی بررسی IP (%1) از طریق خروجی ممکن نیست: %2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) answered %2</source>
        <translation>نشانی بررسی IP (%1) با %2 پاسخ داد</translation>
    </message>
    <message>
        <source>the IP check URL (%1) gave no address: %2</source>
        <translation>نشانی بررسی IP (%1) هیچ نشانی‌ای نداد: %2</translation>
    </message>
    <message>
        <source>%1 is not in the GeoIP database</source>
        <translation>‏%1 در پایگاه دادهٔ GeoIP نیست</translation>
    </message>
</context>
<context>
    <name>Veil::ExitPasswords</name>
    <message>
        <source>exit %1 has user &quot;%2&quot; but no password was found (%3%4)</source>
        <translation>خروجی %1 کاربر «%2» دارد اما گذرواژه‌ای پیدا نشد (%3%4)</translation>
    </message>
    <message>
        <source>environment variable %1, </source>
        <translation>متغیر محیطی %1، </translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>مدخل جاکلیدی %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>‏%1: %2؛ مقدار قبلی حفظ می‌شود</translation>
    </message>
    <message>
        <source>%1: %2; skipped</source>
        <translation>‏%1: %2؛ رد شد</translation>
    </message>
    <message>
        <source>%1: %2; ignored</source>
        <translation>‏%1: %2؛ نادیده گرفته شد</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>باید یک شیء باشد</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a string such as &quot;socks5://host:1080&quot;</source>
        <translation>‏&quot;url&quot; باید رشته‌ای مانند &quot;socks5://host:1080&quot; باشد</translation>
    </message>
    <message>
        <source>&quot;region&quot; must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>‏&quot;region&quot; باید یک کد دوحرفی کشور مانند &quot;DE&quot; باشد</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 300 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>‏&quot;id&quot; باید ۱ تا ۳۰۰ نویسه از A-Z، a-z، 0-9، &apos;.&apos;، &apos;_&apos; و &apos;-&apos; باشد</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string of at most 200 characters</source>
        <translation>‏&quot;name&quot; باید رشته‌ای با حداکثر ۲۰۰ نویسه باشد</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be an array of non-empty strings of at most 64 characters</source>
        <translation>‏&quot;tags&quot; باید آرایه‌ای از رشته‌های غیرخالی با حداکثر ۶۴ نویسه باشد</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>‏&quot;enabled&quot; باید true یا false باشد</translation>
    </message>
    <message>
        <source>&quot;passwordEnv&quot; must be an environment variable name such as &quot;VEIL_EXIT_PASSWORD&quot;</source>
        <translation>‏&quot;passwordEnv&quot; باید نام یک متغیر محیطی مانند &quot;VEIL_EXIT_PASSWORD&quot; باشد</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; must be a string</source>
        <translation>‏&quot;caFile&quot; باید رشته باشد</translation>
    </message>
    <message>
        <source>&quot;pinSha256&quot; must be the certificate&apos;s SHA-256 in hex (64 digits) or base64</source>
        <translation>‏&quot;pinSha256&quot; باید SHA-256 گواهی به صورت هگزادسیمال (۶۴ رقم) یا base64 باشد</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; and &quot;pinSha256&quot; apply to https:// exits only</source>
        <translation>‏&quot;caFile&quot; و &quot;pinSha256&quot; فقط برای خروجی‌های https:// کاربرد دارند</translation>
    </message>
    <message>
        <source>passwords are never read from the config file; store it in the keychain or set &quot;passwordEnv&quot;</source>
        <translation>گذرواژه‌ها هرگز از فایل پیکربندی خوانده نمی‌شوند؛ آن را در جاکلیدی ذخیره کنید یا &quot;passwordEnv&quot; را تنظیم کنید</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>شناسهٔ تکراری &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;policy&quot; must be &quot;manual&quot;, &quot;fastest&quot;, &quot;failover&quot; or &quot;balance&quot;</source>
        <translation>‏&quot;policy&quot; باید &quot;manual&quot;، &quot;fastest&quot;، &quot;failover&quot; یا &quot;balance&quot; باشد</translation>
    </message>
    <message>
        <source>unknown exit &quot;%1&quot;</source>
        <translation>خروجی ناشناختهٔ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>exit &quot;%1&quot; is not in region %2</source>
        <translation>خروجی &quot;%1&quot; در منطقهٔ %2 نیست</translation>
    </message>
    <message>
        <source>&quot;manualExit&quot; must be an exit id</source>
        <translation>‏&quot;manualExit&quot; باید شناسهٔ یک خروجی باشد</translation>
    </message>
    <message>
        <source>the manual policy needs &quot;manualExit&quot;</source>
        <translation>سیاست دستی به &quot;manualExit&quot; نیاز دارد</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be an array of exit ids</source>
        <translation>‏&quot;order&quot; باید آرایه‌ای از شناسه‌های خروجی باشد</translation>
    </message>
    <message>
        <source>not an exit id</source>
        <translation>شناسهٔ خروجی نیست</translation>
    </message>
    <message>
        <source>must be &quot;direct&quot;, &quot;exit&quot; or &quot;rules&quot;</source>
        <translation>باید &quot;direct&quot;، &quot;exit&quot; یا &quot;rules&quot; باشد</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>باید یک کد دوحرفی کشور مانند &quot;DE&quot; باشد</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>باید true یا false باشد</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>باید عدد صحیحی از %1 تا %2 باشد</translation>
    </message>
    <message>
        <source>must be an https:// URL (http:// only on this machine)</source>
        <translation>باید نشانی https:// باشد (http:// فقط روی همین رایانه)</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>باید نشانی http:// یا https:// باشد</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>باید مسیر یک فایل باشد</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>باید آرایه باشد</translation>
    </message>
    <message>
        <source>region %1 already has a policy</source>
        <translation>منطقهٔ %1 از قبل سیاست دارد</translation>
    </message>
</context>
<context>
    <name>Veil::ExitsPage</name>
    <message>
        <source>Failover: first healthy exit in order</source>
        <translation>جایگزینی خودکار: نخستین خروجی سالم به ترتیب</translation>
    </message>
    <message>
        <source>Fastest: lowest measured delay</source>
        <translation>سریع‌ترین: کمترین تأخیر اندازه‌گیری‌شده</translation>
    </message>
    <message>
        <source>Balance: spread sites over healthy exits</source>
        <translation>توازن: پخش سایت‌ها میان خروجی‌های سالم</translation>
    </message>
    <message>
        <source>Manual: the first exit only</source>
        <translation>دستی: فقط نخستین خروجی</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>تأخیر</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>نشانی عمومی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>درون‌ریزی…</translation>
    </message>
    <message>
        <source>Test all</source>
        <translation>آزمایش همه</translation>
    </message>
    <message>
        <source>Selection in this region</source>
        <translation>انتخاب در این منطقه</translation>
    </message>
    <message>
        <source>Import exits</source>
        <translation>درون‌ریزی خروجی‌ها</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>فایل‌های متنی (*.txt);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>The password for %1 could not be stored in the keychain: %2</source>
        <translation>گذرواژهٔ %1 در جاکلیدی ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>up</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>down</source>
        <translation>از کار افتاده</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>‏%1 میلی‌ثانیه</translation>
    </message>
    <message>
        <source>%1 (not %2)</source>
        <translation>‏%1 (نه %2)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>‏%1 اضافه شد.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>‏%1 حذف شد.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>درون‌ریزی %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>بزرگ‌تر از ۴ مبی‌بایت</translation>
    </message>
    <message>
        <source>%1: already configured</source>
        <translation>‏%1: از قبل پیکربندی شده</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>سطر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) imported.</source>
        <translation>
            <numerusform>‏%n خروجی درون‌ریزی شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>رد شده: %1</translation>
    </message>
</context>
<context>
    <name>Veil::GeoIpDatabase</name>
    <message>
        <source>GeoIP database %1 does not exist or is not a file</source>
        <translation>پایگاه دادهٔ GeoIP %1 وجود ندارد یا فایل نیست</translation>
    </message>
    <message>
        <source>cannot read GeoIP database %1: %2</source>
        <translation>خواندن پایگاه دادهٔ GeoIP %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>this build of Veil cannot read GeoIP databases (built without libmaxminddb)</source>
        <translation>این نسخهٔ Veil نمی‌تواند پایگاه داده‌های GeoIP را بخواند (بدون libmaxminddb ساخته شده است)</translation>
    </message>
    <message>
        <source>no GeoIP database is open</source>
        <translation>هیچ پایگاه دادهٔ GeoIP باز نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>‏«%1» نشانی IP نیست</translation>
    </message>
    <message>
        <source>GeoIP lookup of %1 failed: %2</source>
        <translation>جست‌وجوی GeoIP برای %1 شکست خورد: %2</translation>
    </message>
    <message>
        <source>the GeoIP database has no valid country code for %1</source>
        <translation>پایگاه دادهٔ GeoIP کد کشور معتبری برای %1 ندارد</translation>
    </message>
</context>
<context>
    <name>Veil::GnomeSystemProxy</name>
    <message>
        <source>GNOME (gsettings org.gnome.system.proxy)</source>
        <translation>GNOME (gsettings org.gnome.system.proxy)</translation>
    </message>
    <message>
        <source>(install the gsettings-desktop-schemas package)</source>
        <translation>(بستهٔ gsettings-desktop-schemas را نصب کنید)</translation>
    </message>
    <message>
        <source>gsettings did not list %1; is the gsettings-desktop-schemas package installed?</source>
        <translation>‏gsettings، %1 را فهرست نکرد؛ آیا بستهٔ gsettings-desktop-schemas نصب است؟</translation>
    </message>
    <message>
        <source>cannot set %1 %2: %3</source>
        <translation>تنظیم %1 %2 ممکن نیست: %3</translation>
    </message>
</context>
<context>
    <name>Veil::HealthChecker</name>
    <message>
        <source>the probe URL answered %1</source>
        <translation>نشانی بررسی با %1 پاسخ داد</translation>
    </message>
</context>
<context>
    <name>Veil::Http</name>
    <message>
        <source>Veil privacy proxy</source>
        <translation>پروکسی حریم خصوصی Veil</translation>
    </message>
</context>
<context>
    <name>Veil::HttpSession</name>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>بسته شد چون مسیر عوض شد (بستن هنگام تغییر)</translation>
    </message>
    <message>
        <source>client closed the connection mid-response</source>
        <translation>کلاینت در میانهٔ پاسخ اتصال را بست</translation>
    </message>
    <message>
        <source>client closed the connection</source>
        <translation>کلاینت اتصال را بست</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>سرآیند درخواست بزرگ‌تر از %1 بایت است.</translation>
    </message>
    <message>
        <source>Veil refused a malformed request: %1.</source>
        <translation>‏Veil یک درخواست بدساخت را رد کرد: %1.</translation>
    </message>
    <message>
        <source>Veil does not answer OPTIONS *.</source>
        <translation>‏Veil به OPTIONS * پاسخ نمی‌دهد.</translation>
    </message>
    <message>
        <source>This proxy needs a user name and password.</source>
        <translation>این پروکسی به نام کاربری و گذرواژه نیاز دارد.</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>‏Veil، %1 را مسدود کرد: %2.</translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 ms.</source>
        <translation>سرآیند درخواست ظرف %1 میلی‌ثانیه نرسید.</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>‏%1 میلی‌ثانیه بدون داده</translation>
    </message>
    <message>
        <source>The origin did not answer within %1 ms.</source>
        <translation>سرور مبدأ ظرف %1 میلی‌ثانیه پاسخ نداد.</translation>
    </message>
    <message>
        <source>Veil is holding this connection: %1. Nothing was sent directly.</source>
        <translation>‏Veil این اتصال را نگه داشته است: %1. هیچ چیز مستقیم فرستاده نشد.</translation>
    </message>
    <message>
        <source>Veil refused a malformed request body: %1.</source>
        <translation>‏Veil بدنهٔ بدساخت یک درخواست را رد کرد: %1.</translation>
    </message>
    <message>
        <source>The origin sent a response head larger than %1 bytes.</source>
        <translation>سرور مبدأ سرآیند پاسخی بزرگ‌تر از %1 بایت فرستاد.</translation>
    </message>
    <message>
        <source>The origin sent a malformed response: %1.</source>
        <translation>سرور مبدأ پاسخ بدساختی فرستاد: %1.</translation>
    </message>
    <message>
        <source>The origin switched protocols without being asked to.</source>
        <translation>سرور مبدأ بی‌آنکه خواسته شود پروتکل را عوض کرد.</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (407 %2): check its user name and password</source>
        <translation>خروجی %1 احراز هویت پروکسی را رد کرد (407 %2): نام کاربری و گذرواژهٔ آن را بررسی کنید</translation>
    </message>
    <message>
        <source>malformed response body from the origin: %1</source>
        <translation>بدنهٔ پاسخ بدساخت از سرور مبدأ: %1</translation>
    </message>
    <message>
        <source>the origin closed the connection mid-response</source>
        <translation>سرور مبدأ در میانهٔ پاسخ اتصال را بست</translation>
    </message>
    <message>
        <source>%1 closed the connection without a response.</source>
        <translation>‏%1 بدون پاسخ اتصال را بست.</translation>
    </message>
    <message>
        <source>the client read nothing for %1 ms</source>
        <translation>کلاینت %1 میلی‌ثانیه چیزی نخواند</translation>
    </message>
    <message>
        <source>The cached response may not be used and the request allows only cached responses (only-if-cached).</source>
        <translation>پاسخ ذخیره‌شده را نمی‌توان به کار برد و درخواست فقط پاسخ‌های ذخیره‌شده را می‌پذیرد (only-if-cached).</translation>
    </message>
    <message>
        <source>Nothing usable is cached and the request allows only cached responses (only-if-cached).</source>
        <translation>چیز قابل استفاده‌ای در حافظهٔ نهان نیست و درخواست فقط پاسخ‌های ذخیره‌شده را می‌پذیرد (only-if-cached).</translation>
    </message>
    <message>
        <source>The cached response the origin confirmed could not be read from disk.</source>
        <translation>پاسخ ذخیره‌شده‌ای که سرور مبدأ تأیید کرد از دیسک خوانده نشد.</translation>
    </message>
    <message>
        <source>the cached body could not be read to the end</source>
        <translation>بدنهٔ ذخیره‌شده تا انتها خوانده نشد</translation>
    </message>
</context>
<context>
    <name>Veil::KdeSystemProxy</name>
    <message>
        <source>KDE Plasma %1 (kioslaverc)</source>
        <translation>KDE Plasma %1 (kioslaverc)</translation>
    </message>
    <message>
        <source>cannot set %1 in kioslaverc: %2</source>
        <translation>تنظیم %1 در kioslaverc ممکن نیست: %2</translation>
    </message>
</context>
<context>
    <name>Veil::LocalPages</name>
    <message>
        <source>Veil&apos;s local pages only answer GET and HEAD.</source>
        <translation>صفحه‌های محلی Veil فقط به GET و HEAD پاسخ می‌دهند.</translation>
    </message>
    <message>
        <source>The proxy is running.</source>
        <translation>پروکسی در حال اجراست.</translation>
    </message>
    <message>
        <source>Listening on %1 (HTTP, HTTPS CONNECT and SOCKS5)</source>
        <translation>در حال گوش دادن روی %1 (HTTP، HTTPS CONNECT و SOCKS5)</translation>
    </message>
    <message>
        <source>Open connections: %1</source>
        <translation>اتصال‌های باز: %1</translation>
    </message>
    <message>
        <source>Requests served: %1</source>
        <translation>درخواست‌های پاسخ‌داده‌شده: %1</translation>
    </message>
    <message>
        <source>Veil has no page here. Try / or /proxy.pac.</source>
        <translation>‏Veil اینجا صفحه‌ای ندارد. / یا /proxy.pac را امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>Veil::LoginItem</name>
    <message>
        <source>cannot write %1</source>
        <translation>نوشتن %1 ممکن نیست</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>حذف %1 ممکن نیست</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>ساختن پوشهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>Privacy proxy</source>
        <translation>پروکسی حریم خصوصی</translation>
    </message>
</context>
<context>
    <name>Veil::MacSystemProxy</name>
    <message>
        <source>macOS (networksetup)</source>
        <translation>macOS (networksetup)</translation>
    </message>
    <message>
        <source>networksetup %1: %2</source>
        <translation>networksetup %1: %2</translation>
    </message>
    <message>
        <source>networksetup lists no enabled network service</source>
        <translation>‏networksetup هیچ سرویس شبکهٔ فعالی را فهرست نمی‌کند</translation>
    </message>
</context>
<context>
    <name>Veil::MainWindow</name>
    <message>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>ترافیک</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>خروجی‌ها</translation>
    </message>
    <message>
        <source>Proxy environment variables copied: paste them into a terminal.</source>
        <translation>متغیرهای محیطی پروکسی کپی شدند: آن‌ها را در یک پایانه بچسبانید.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Veil lives in this window: closing it quits Veil.</source>
        <translation>این میزکار سینی سیستم ندارد، پس Veil در همین پنجره است: بستن آن Veil را می‌بندد.</translation>
    </message>
    <message>
        <source>The change is active but could not be saved: %1</source>
        <translation>تغییر فعال است اما ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Protection is off: Veil on %1 connects directly. Set your browser&apos;s HTTP, HTTPS and SOCKS5 proxy to this address, or use http://%1/proxy.pac</source>
        <translation>محافظت خاموش است: Veil روی %1 مستقیم وصل می‌شود. پروکسی HTTP، HTTPS و SOCKS5 مرورگر خود را روی این نشانی بگذارید یا از http://%1/proxy.pac استفاده کنید</translation>
    </message>
    <message>
        <source>Veil on %1 sends traffic through region %2.</source>
        <translation>‏Veil روی %1 ترافیک را از طریق منطقهٔ %2 می‌فرستد.</translation>
    </message>
    <message>
        <source>Veil on %1 is holding connections: no healthy exit in region %2%3.</source>
        <translation>‏Veil روی %1 اتصال‌ها را نگه داشته است: هیچ خروجی سالمی در منطقهٔ %2 نیست%3.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(انتخاب نشده)</translation>
    </message>
    <message>
        <source>, falling back to direct</source>
        <translation>، بازگشت به اتصال مستقیم</translation>
    </message>
    <message>
        <source>Could not restore the system proxy: %1</source>
        <translation>بازگرداندن پروکسی سیستم ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Veil cannot set the system proxy here: %1</source>
        <translation>‏Veil نمی‌تواند اینجا پروکسی سیستم را تنظیم کند: %1</translation>
    </message>
    <message>
        <source>Another program changed the system proxy (%1); Veil leaves it alone.</source>
        <translation>برنامهٔ دیگری پروکسی سیستم را تغییر داد (%1)؛ Veil به آن دست نمی‌زند.</translation>
    </message>
    <message>
        <source>Could not set the system proxy: %1</source>
        <translation>تنظیم پروکسی سیستم ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>قوانین</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>حافظهٔ نهان</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Veil cannot listen there (%1); it stays on %2:%3.</source>
        <translation>‏Veil نمی‌تواند آنجا گوش دهد (%1)؛ روی %2:%3 می‌ماند.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;A privacy proxy on your own machine: it blocks trackers, sends each site directly or through an exit in the region you choose, and never leaks your address or DNS through an exit.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;‏Veil %1&lt;/h3&gt;&lt;p&gt;یک پروکسی حریم خصوصی روی رایانهٔ خودتان: ردیاب‌ها را مسدود می‌کند، هر سایت را مستقیم یا از طریق یک خروجی در منطقه‌ای که انتخاب می‌کنید می‌فرستد، و هرگز نشانی یا درخواست‌های DNS شما را از طریق خروجی فاش نمی‌کند.&lt;/p&gt;&lt;p&gt;ساخته‌شده با Qt %2، در حال اجرا روی Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>درباره Veil</translation>
    </message>
</context>
<context>
    <name>Veil::OverviewPage</name>
    <message>
        <source>Everything through the region</source>
        <translation>همه از طریق منطقه</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>بر اساس قوانین</translation>
    </message>
    <message>
        <source>Direct (protection off)</source>
        <translation>مستقیم (محافظت خاموش)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>تأخیر</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>نشانی عمومی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Exits of the region</source>
        <translation>خروجی‌های منطقه</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>گذردهی</translation>
    </message>
    <message>
        <source>Protection is on</source>
        <translation>محافظت روشن است</translation>
    </message>
    <message>
        <source>Protection is off</source>
        <translation>محافظت خاموش است</translation>
    </message>
    <message>
        <source>Click to connect directly</source>
        <translation>برای اتصال مستقیم کلیک کنید</translation>
    </message>
    <message>
        <source>Click to send traffic through the region</source>
        <translation>برای فرستادن ترافیک از طریق منطقه کلیک کنید</translation>
    </message>
    <message>
        <source>%1 requests · %2 open connections · %3 received · %4 sent · %5 local DNS lookups</source>
        <translation>‏%1 درخواست · %2 اتصال باز · %3 دریافت‌شده · %4 ارسال‌شده · %5 جست‌وجوی محلی DNS</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>up</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>down</source>
        <translation>از کار افتاده</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>‏%1 میلی‌ثانیه</translation>
    </message>
    <message>
        <source>%1 is in %2 according to the GeoIP database, not in %3</source>
        <translation>طبق پایگاه دادهٔ GeoIP، %1 در %2 است، نه در %3</translation>
    </message>
    <message>
        <source>Protection is off: sites see this computer&apos;s own address.</source>
        <translation>محافظت خاموش است: سایت‌ها نشانی خودِ این رایانه را می‌بینند.</translation>
    </message>
    <message>
        <source>No region is chosen: connections are held until you pick one.</source>
        <translation>هیچ منطقه‌ای انتخاب نشده است: اتصال‌ها تا زمانی که یکی را برگزینید نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections go direct (fallback is on).</source>
        <translation>هیچ خروجی سالمی در %1 نیست: اتصال‌ها مستقیم می‌روند (بازگشت به مستقیم روشن است).</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections are held, nothing goes out directly.</source>
        <translation>هیچ خروجی سالمی در %1 نیست: اتصال‌ها نگه داشته می‌شوند و هیچ چیز مستقیم بیرون نمی‌رود.</translation>
    </message>
    <message>
        <source>Sites see an address in %1.</source>
        <translation>سایت‌ها نشانی‌ای در %1 می‌بینند.</translation>
    </message>
    <message>
        <source>%1 blocked · %2 cache hits · %3 saved by the cache</source>
        <translation>‏%1 مسدود · %2 اصابت حافظهٔ نهان · %3 صرفه‌جویی به‌واسطهٔ حافظهٔ نهان</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: the kill switch holds every connection, nothing goes out directly.</source>
        <translation>هیچ خروجی سالمی در %1 نیست: کلید قطع اضطراری همهٔ اتصال‌ها را نگه می‌دارد و هیچ چیز مستقیم بیرون نمی‌رود.</translation>
    </message>
</context>
<context>
    <name>Veil::Policy</name>
    <message>
        <source>rule %1 (final)</source>
        <translation>قانون %1 (final)</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3)</source>
        <translation>قانون %1 (%2 %3)</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>مجاز به‌واسطهٔ %1</translation>
    </message>
    <message>
        <source>blocked by %1</source>
        <translation>مسدود به‌واسطهٔ %1</translation>
    </message>
    <message>
        <source>blocked by list %1, line %2: %3</source>
        <translation>مسدود به‌واسطهٔ فهرست %1، سطر %2: %3</translation>
    </message>
    <message>
        <source>allowed by list %1, line %2: %3 (overrides %4)</source>
        <translation>مجاز به‌واسطهٔ فهرست %1، سطر %2: %3 (بر %4 مقدم است)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مستقیم</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>خروجی %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>‏%1 به‌واسطهٔ %2</translation>
    </message>
    <message>
        <source>no rule or list matched; the routing mode decides (%1)</source>
        <translation>هیچ قانون یا فهرستی منطبق نشد؛ حالت مسیریابی تصمیم می‌گیرد (%1)</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettings</name>
    <message>
        <source>must be an array of strings</source>
        <translation>باید آرایه‌ای از رشته‌ها باشد</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>حداکثر %1 مدخل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>‏&quot;%1&quot; نام میزبان نیست</translation>
    </message>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>‏%1: %2؛ مقدار قبلی حفظ می‌شود</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>باید یک شیء باشد</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>باید true یا false باشد</translation>
    </message>
    <message>
        <source>must be &quot;keep&quot;, &quot;origin&quot; or &quot;drop&quot;</source>
        <translation>باید «keep»، «origin» یا «drop» باشد</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>باید یک رشته باشد</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>حداکثر %1 نویسه</translation>
    </message>
    <message>
        <source>only printable ASCII characters, no line breaks</source>
        <translation>فقط نویسه‌های چاپ‌پذیر ASCII، بدون شکست خط</translation>
    </message>
    <message>
        <source>no spaces at the start or end</source>
        <translation>بدون فاصله در ابتدا یا انتها</translation>
    </message>
    <message>
        <source>an empty parameter name</source>
        <translation>یک نام پارامتر خالی</translation>
    </message>
    <message>
        <source>&quot;*&quot; alone would remove every parameter</source>
        <translation>‏«*» به‌تنهایی همهٔ پارامترها را حذف می‌کند</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>‏«%1» بیش از %2 نویسه است</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name (ASCII, no spaces, &amp; = # ?; &apos;*&apos; only at the end)</source>
        <translation>‏«%1» نام پارامتر نیست (ASCII، بدون فاصله و &amp; = # ?؛ «*» فقط در انتها)</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettingsBox</name>
    <message>
        <source>Send Sec-GPC: 1 (Global Privacy Control)</source>
        <translation>ارسال Sec-GPC: 1 (کنترل جهانی حریم خصوصی)</translation>
    </message>
    <message>
        <source>Send DNT: 1 (Do Not Track)</source>
        <translation>ارسال DNT: 1 (ردیابی نکن)</translation>
    </message>
    <message>
        <source>Remove tracking parameters from addresses</source>
        <translation>حذف پارامترهای ردیابی از نشانی‌ها</translation>
    </message>
    <message>
        <source>Privacy filters (plain HTTP)</source>
        <translation>پالایه‌های حریم خصوصی (HTTP رمزنگاری‌نشده)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگه داشتن</translation>
    </message>
    <message>
        <source>Origin only (scheme://host/)</source>
        <translation>فقط مبدأ (scheme://host/)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>utm_*, fbclid, gclid</source>
        <translation>utm_*, fbclid, gclid</translation>
    </message>
    <message>
        <source>Leave empty to send the browser&apos;s own</source>
        <translation>برای ارسال مقدار خود مرورگر خالی بگذارید</translation>
    </message>
    <message>
        <source>shop.example, bank.example</source>
        <translation>shop.example, bank.example</translation>
    </message>
    <message>
        <source>Plain-HTTP requests only: HTTPS passes through an encrypted tunnel that Veil does not change. Each change is listed in the request&apos;s log entry.</source>
        <translation>فقط درخواست‌های HTTP رمزنگاری‌نشده: HTTPS از تونلی رمزنگاری‌شده می‌گذرد که Veil تغییرش نمی‌دهد. هر تغییر در مدخل گزارش آن درخواست فهرست می‌شود.</translation>
    </message>
    <message>
        <source>Referer to other sites</source>
        <translation>Referer برای سایت‌های دیگر</translation>
    </message>
    <message>
        <source>Requests within one site keep their Referer. &quot;Origin only&quot; drops it when an HTTPS page links to plain HTTP.</source>
        <translation>درخواست‌های درون یک سایت Referer خود را نگه می‌دارند. «فقط مبدأ» وقتی صفحه‌ای HTTPS به HTTP رمزنگاری‌نشده پیوند می‌دهد آن را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Tracking parameters</source>
        <translation>پارامترهای ردیابی</translation>
    </message>
    <message>
        <source>Exact names, separated by commas; a trailing * matches every name that begins with the rest. &quot;$removeparam&quot; filters of your blocklists are applied too.</source>
        <translation>نام‌های دقیق، جداشده با ویرگول؛ یک * در انتها با هر نامی که با بقیه آغاز شود جور است. پالایه‌های «$removeparam» فهرست‌های مسدودسازی شما هم اعمال می‌شوند.</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Leave these sites alone</source>
        <translation>این سایت‌ها دست‌نخورده بمانند</translation>
    </message>
    <message>
        <source>Host names separated by commas; each covers its subdomains.</source>
        <translation>نام‌های میزبان جداشده با ویرگول؛ هر کدام زیردامنه‌هایش را هم در بر می‌گیرد.</translation>
    </message>
</context>
<context>
    <name>Veil::Router</name>
    <message>
        <source>no exit has the id %1</source>
        <translation>هیچ خروجی‌ای شناسهٔ %1 را ندارد</translation>
    </message>
    <message>
        <source>exit %1 is disabled</source>
        <translation>خروجی %1 غیرفعال است</translation>
    </message>
    <message>
        <source>exit %1 is down</source>
        <translation>خروجی %1 از کار افتاده است</translation>
    </message>
    <message>
        <source>no exit region is selected</source>
        <translation>هیچ منطقهٔ خروجی‌ای انتخاب نشده است</translation>
    </message>
    <message>
        <source>no healthy exit in region %1</source>
        <translation>هیچ خروجی سالمی در منطقهٔ %1 نیست</translation>
    </message>
    <message>
        <source>%1; falling back to direct as configured</source>
        <translation>‏%1؛ طبق پیکربندی به اتصال مستقیم برمی‌گردد</translation>
    </message>
</context>
<context>
    <name>Veil::RuleDialog</name>
    <message>
        <source>Use this rule</source>
        <translation>استفاده از این قانون</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>قانون</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>مسدود</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>مجاز (هرگز مسدود نشود)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>مستقیم</translation>
    </message>
    <message>
        <source>Exit via region or exit</source>
        <translation>از طریق منطقه یا خروجی</translation>
    </message>
    <message>
        <source>region code (US) or exit id</source>
        <translation>کد منطقه (US) یا شناسهٔ خروجی</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>تطبیق با</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کنش</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>example.com (also matches www.example.com)</source>
        <translation>‏example.com (با www.example.com هم تطبیق می‌کند)</translation>
    </message>
    <message>
        <source>tracker</source>
        <translation>tracker</translation>
    </message>
    <message>
        <source>^ads?[0-9]*\. (RE2 syntax)</source>
        <translation>‏‎^ads?[0-9]*\.‎ (نحو RE2)</translation>
    </message>
    <message>
        <source>192.168.0.0/16 or 2001:db8::/32</source>
        <translation>‏192.168.0.0/16 یا ‎2001:db8::/32</translation>
    </message>
    <message>
        <source>8080 or 8000-8100</source>
        <translation>‏8080 یا ‎8000-8100</translation>
    </message>
    <message>
        <source>name of a blocklist</source>
        <translation>نام یک فهرست مسدودسازی</translation>
    </message>
    <message>
        <source>matches everything that reaches it</source>
        <translation>با هر چه به آن برسد تطبیق می‌کند</translation>
    </message>
    <message>
        <source>Enter what the rule matches.</source>
        <translation>آنچه قانون با آن تطبیق می‌کند را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the region code (such as US) or the exit id to use.</source>
        <translation>کد منطقه (مانند US) یا شناسهٔ خروجی مورد نظر را وارد کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a region code nor an exit id.</source>
        <translation>‏«%1» نه کد منطقه است و نه شناسهٔ خروجی.</translation>
    </message>
    <message>
        <source>A rule with the id &quot;%1&quot; already exists.</source>
        <translation>قانونی با شناسهٔ «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Direct and exit rules take effect in the &quot;Rules&quot; mode only; block and allow rules work in every mode.</source>
        <translation>قوانین مستقیم و خروجی فقط در حالت «بر اساس قوانین» اعمال می‌شوند؛ قوانین مسدودسازی و اجازه در هر حالتی کار می‌کنند.</translation>
    </message>
</context>
<context>
    <name>Veil::RuleModel</name>
    <message>
        <source>Rule %1: %2 %3 → %4</source>
        <translation>قانون %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>everything else</source>
        <translation>همهٔ موارد دیگر</translation>
    </message>
    <message>
        <source>On</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>تطبیق با</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کنش</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>تطابق</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>Domain and subdomains</source>
        <translation>دامنه و زیردامنه‌ها</translation>
    </message>
    <message>
        <source>Host contains</source>
        <translation>میزبان شامل</translation>
    </message>
    <message>
        <source>Host regex</source>
        <translation>عبارت باقاعدهٔ میزبان</translation>
    </message>
    <message>
        <source>IP network</source>
        <translation>شبکهٔ IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>فهرست مسدودسازی</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>مسدود</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>مجاز (هرگز مسدود نشود)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>مستقیم</translation>
    </message>
    <message>
        <source>Exit via %1</source>
        <translation>از طریق %1</translation>
    </message>
</context>
<context>
    <name>Veil::RuleSettings</name>
    <message>
        <source>%1: %2; skipped</source>
        <translation>‏%1: %2؛ رد شد</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>باید یک شیء باشد</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be one of domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, port, list, final</source>
        <translation>‏&quot;type&quot; باید یکی از domain، domain-suffix، domain-keyword، domain-regex، ip-cidr، port، list، final باشد</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be block, allow, direct, exit:REGION or exit:EXIT-ID</source>
        <translation>‏&quot;action&quot; باید block، allow، direct، exit:REGION یا exit:EXIT-ID باشد</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 64 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>‏&quot;id&quot; باید ۱ تا ۶۴ نویسه از A-Z، a-z، 0-9، &apos;.&apos;، &apos;_&apos; و &apos;-&apos; باشد</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be a string</source>
        <translation>‏&quot;value&quot; باید رشته باشد</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>‏&quot;enabled&quot; باید true یا false باشد</translation>
    </message>
    <message>
        <source>&quot;comment&quot; must be a string of at most 500 characters</source>
        <translation>‏&quot;comment&quot; باید رشته‌ای با حداکثر ۵۰۰ نویسه باشد</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 64 characters without &apos;,&apos; or line breaks</source>
        <translation>‏&quot;name&quot; باید ۱ تا ۶۴ نویسه بدون &apos;,&apos; یا شکست خط باشد</translation>
    </message>
    <message>
        <source>&quot;enabled&quot;, &quot;block&quot; and &quot;assumeThirdParty&quot; must be true or false</source>
        <translation>‏&quot;enabled&quot;، &quot;block&quot; و &quot;assumeThirdParty&quot; باید true یا false باشند</translation>
    </message>
    <message>
        <source>&quot;value&quot; is longer than %1 characters</source>
        <translation>‏&quot;value&quot; بیش از %1 نویسه است</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>‏&quot;%1&quot; نام میزبان نیست</translation>
    </message>
    <message>
        <source>a domain keyword must be non-empty text without spaces</source>
        <translation>کلیدواژهٔ دامنه باید متنی غیرخالی و بدون فاصله باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RE2 regular expression</source>
        <translation>‏&quot;%1&quot; عبارت باقاعدهٔ RE2 معتبری نیست</translation>
    </message>
    <message>
        <source>the regular expression is too large</source>
        <translation>عبارت باقاعده بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP network such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>‏&quot;%1&quot; یک شبکهٔ IP مانند 10.0.0.0/8 یا 2001:db8::/32 نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a range such as 8000-8100</source>
        <translation>‏&quot;%1&quot; درگاه یا بازه‌ای مانند ‎8000-8100 نیست</translation>
    </message>
    <message>
        <source>a list rule needs the name of a blocklist</source>
        <translation>قانون فهرست به نام یک فهرست مسدودسازی نیاز دارد</translation>
    </message>
    <message>
        <source>blocklists: must be an array; keeping the previous value</source>
        <translation>‏blocklists: باید آرایه باشد؛ مقدار قبلی حفظ می‌شود</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot;</source>
        <translation>نام تکراری &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at most %1 blocklists</source>
        <translation>حداکثر %1 فهرست مسدودسازی</translation>
    </message>
    <message>
        <source>rules: must be an array; keeping the previous value</source>
        <translation>‏rules: باید آرایه باشد؛ مقدار قبلی حفظ می‌شود</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>شناسهٔ تکراری &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http:// or https:// address with a host and no user name</source>
        <translation>‏&quot;url&quot; باید نشانی http:// یا https:// با یک میزبان و بدون نام کاربری باشد</translation>
    </message>
    <message>
        <source>&quot;path&quot; must name a local file (or &quot;url&quot; a subscription)</source>
        <translation>‏&quot;path&quot; باید یک فایل محلی را نام ببرد (یا &quot;url&quot; یک اشتراک را)</translation>
    </message>
    <message>
        <source>&quot;refreshHours&quot; must be a whole number from 0 to %1</source>
        <translation>‏&quot;refreshHours&quot; باید عدد صحیحی از ۰ تا %1 باشد</translation>
    </message>
</context>
<context>
    <name>Veil::RulesPage</name>
    <message>
        <source>http://example.com/ads/banner.js, https://example.com or example.com:443</source>
        <translation>‏http://example.com/ads/banner.js، https://example.com یا example.com:443</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>بالا بردن</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>پایین بردن</translation>
    </message>
    <message>
        <source>Rules (first match wins: allow, then block, then routing)</source>
        <translation>قوانین (نخستین تطابق برنده است: اجازه، سپس مسدودسازی، سپس مسیریابی)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>به‌روزرسانی اکنون</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>فهرست‌های مسدودسازی</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <source>Test a URL:</source>
        <translation>آزمایش یک URL:</translation>
    </message>
    <message>
        <source>Reading the lists…</source>
        <translation>در حال خواندن فهرست‌ها…</translation>
    </message>
    <message>
        <source>Direct and exit rules are waiting: they take effect in the &quot;Rules&quot; mode (Overview or tray). Block and allow rules work in every mode.</source>
        <translation>قوانین مستقیم و خروجی در انتظارند: در حالت «بر اساس قوانین» اعمال می‌شوند (نمای کلی یا سینی سیستم). قوانین مسدودسازی و اجازه در هر حالتی کار می‌کنند.</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n rule(s) in use.</source>
        <translation>
            <numerusform>به‌روز شد: %n قانون در حال استفاده.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read: %1. The other lists are updated.</source>
        <translation>خوانده نشد: %1. فهرست‌های دیگر به‌روز شدند.</translation>
    </message>
    <message>
        <source>Added rule %1.</source>
        <translation>قانون %1 اضافه شد.</translation>
    </message>
    <message>
        <source>Deleted rule %1.</source>
        <translation>قانون %1 حذف شد.</translation>
    </message>
    <message>
        <source>Veil uses at most %1 blocklists; remove one first.</source>
        <translation>‏Veil حداکثر %1 فهرست مسدودسازی به کار می‌برد؛ نخست یکی را حذف کنید.</translation>
    </message>
    <message>
        <source>Added list %1; it is read in the background.</source>
        <translation>فهرست %1 اضافه شد؛ در پس‌زمینه خوانده می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>Removed list %1. %n rule(s) name it and now match nothing.</source>
        <translation>
            <numerusform>فهرست %1 حذف شد. %n قانون به آن اشاره می‌کنند و اکنون با هیچ چیز تطبیق نمی‌کنند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed list %1.</source>
        <translation>فهرست %1 حذف شد.</translation>
    </message>
    <message>
        <source>The engine is not running, so there is nothing to ask.</source>
        <translation>موتور در حال اجرا نیست، پس چیزی برای پرسیدن نیست.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>مسدود می‌شود.</translation>
    </message>
    <message>
        <source>Allowed: goes direct.</source>
        <translation>مجاز: مستقیم می‌رود.</translation>
    </message>
    <message>
        <source>Allowed: goes through an exit in %1.</source>
        <translation>مجاز: از طریق خروجی‌ای در %1 می‌رود.</translation>
    </message>
    <message>
        <source>Allowed: goes through exit %1.</source>
        <translation>مجاز: از طریق خروجی %1 می‌رود.</translation>
    </message>
    <message>
        <source>Allowed: goes direct (protection is off).</source>
        <translation>مجاز: مستقیم می‌رود (محافظت خاموش است).</translation>
    </message>
    <message>
        <source>Allowed, but held: no region is chosen.</source>
        <translation>مجاز، اما نگه داشته می‌شود: هیچ منطقه‌ای انتخاب نشده است.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>دلیل: %1</translation>
    </message>
    <message>
        <source>Read the enabled lists again from disk, check subscriptions for a new version, and use them for new connections.</source>
        <translation>خواندن دوبارهٔ فهرست‌های فعال از دیسک، بررسی اشتراک‌ها برای نسخهٔ تازه و استفاده از آن‌ها برای اتصال‌های جدید.</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>‏%1 به‌روز نشد: %2</translation>
    </message>
    <message>
        <source>You can also drag a rule to its place in the table.</source>
        <translation>همچنین می‌توانید قانون را در جدول به جای خودش بکشید.</translation>
    </message>
</context>
<context>
    <name>Veil::SecretStore</name>
    <message>
        <source>invalid secret key</source>
        <translation>کلید رمز نامعتبر است</translation>
    </message>
    <message>
        <source>empty secret (use remove() to delete one)</source>
        <translation>رمز خالی است (برای حذف از remove() استفاده کنید)</translation>
    </message>
    <message>
        <source>secret contains a NUL character</source>
        <translation>رمز نویسهٔ NUL دارد</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>جاکلیدی ظرف %1 میلی‌ثانیه پاسخ نداد</translation>
    </message>
</context>
<context>
    <name>Veil::Settings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>‏%1: %2؛ مقدار قبلی حفظ می‌شود</translation>
    </message>
    <message>
        <source>unsupported schema version</source>
        <translation>نسخهٔ طرح‌واره پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>نشانی IP نیست</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535</source>
        <translation>باید عدد صحیحی از ۱ تا ۶۵۵۳۵ باشد</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>باید true یا false باشد</translation>
    </message>
    <message>
        <source>must be a string of at most 255 characters without &apos;:&apos;</source>
        <translation>باید رشته‌ای با حداکثر ۲۵۵ نویسه و بدون &apos;:&apos; باشد</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>باید عدد صحیحی از %1 تا %2 باشد</translation>
    </message>
    <message>
        <source>must be &quot;text&quot;, &quot;json&quot; or &quot;none&quot;</source>
        <translation>باید &quot;text&quot;، &quot;json&quot; یا &quot;none&quot; باشد</translation>
    </message>
    <message>
        <source>listen address &quot;%1&quot; is not an IP address</source>
        <translation>نشانی شنود «%1» نشانی IP نیست</translation>
    </message>
    <message>
        <source>refusing to listen on %1: it is reachable from other machines. Veil listens on loopback only unless you opt in with --allow-remote and set proxy credentials</source>
        <translation>گوش دادن روی %1 رد شد: این نشانی از رایانه‌های دیگر در دسترس است. Veil فقط روی loopback گوش می‌دهد، مگر اینکه با --allow-remote اجازه دهید و اطلاعات احراز هویت پروکسی را تنظیم کنید</translation>
    </message>
    <message>
        <source>listening on %1 needs authentication: set a proxy user (--proxy-user) and a password (VEIL_PROXY_PASSWORD)</source>
        <translation>گوش دادن روی %1 به احراز هویت نیاز دارد: یک کاربر پروکسی (--proxy-user) و یک گذرواژه (VEIL_PROXY_PASSWORD) تنظیم کنید</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: missing &apos;]&apos;</source>
        <translation>‏«%1»: &apos;]&apos; وجود ندارد</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected &apos;:&apos; after &apos;]&apos;</source>
        <translation>‏«%1»: پس از &apos;]&apos; انتظار &apos;:&apos; می‌رفت</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>‏«%1» نشانی IP نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>‏«%1» درگاهی از ۱ تا ۶۵۵۳۵ نیست</translation>
    </message>
</context>
<context>
    <name>Veil::SettingsPage</name>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Kill switch: never connect directly when Veil cannot use an exit</source>
        <translation>کلید قطع اضطراری: وقتی Veil نمی‌تواند از خروجی استفاده کند، هرگز مستقیم وصل نشو</translation>
    </message>
    <message>
        <source>Set the system proxy when Veil starts</source>
        <translation>تنظیم پروکسی سیستم هنگام شروع Veil</translation>
    </message>
    <message>
        <source>Start Veil when I log in</source>
        <translation>اجرای Veil هنگام ورود به سیستم</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>شروع به‌صورت کوچک‌شده در سینی سیستم</translation>
    </message>
    <message>
        <source>Closing the window keeps Veil running in the tray</source>
        <translation>بستن پنجره، Veil را در سینی سیستم در حال اجرا نگه می‌دارد</translation>
    </message>
    <message>
        <source>intranet.example, *.corp.example, 10.0.0.0/8</source>
        <translation>intranet.example, *.corp.example, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>پیروی از سیستم</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> درخواست</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>پروکسی</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>گوش دادن روی</translation>
    </message>
    <message>
        <source>When no exit of your region is healthy, connections are held and get a page saying why, instead of going out directly with your own address (even when falling back to direct is configured). The proxy configuration file (PAC) then never falls back to DIRECT, so browsers stay blocked while Veil is not running, and the system proxy keeps pointing at Veil while traffic is held.</source>
        <translation>وقتی هیچ خروجی سالمی در منطقهٔ شما نیست، اتصال‌ها نگه داشته می‌شوند و صفحه‌ای دریافت می‌کنند که دلیل را می‌گوید، به‌جای اینکه با نشانی خودتان مستقیم بیرون بروند (حتی اگر بازگشت به اتصال مستقیم پیکربندی شده باشد). در این حالت فایل پیکربندی پروکسی (PAC) هرگز به DIRECT برنمی‌گردد، پس تا زمانی که Veil اجرا نمی‌شود مرورگرها مسدود می‌مانند، و تا وقتی ترافیک نگه داشته شده است پروکسی سیستم همچنان به Veil اشاره می‌کند.</translation>
    </message>
    <message>
        <source>Bypass Veil for</source>
        <translation>دور زدن Veil برای</translation>
    </message>
    <message>
        <source>Host names, *.domain wildcards, addresses and networks, separated by commas. localhost, 127.0.0.0/8 and ::1 are always bypassed.</source>
        <translation>نام‌های میزبان، الگوهای ‎*.domain‎، نشانی‌ها و شبکه‌ها، جداشده با ویرگول لاتین (,). localhost، 127.0.0.0/8 و ‎::1‎ همیشه دور زده می‌شوند.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>میزکار</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>A new language takes effect when Veil starts again.</source>
        <translation>زبان تازه پس از اجرای دوبارهٔ Veil اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Traffic log keeps</source>
        <translation>گزارش ترافیک نگه می‌دارد</translation>
    </message>
    <message>
        <source>The newest requests, in memory only; older ones fall out.</source>
        <translation>جدیدترین درخواست‌ها، فقط در حافظه؛ قدیمی‌ترها کنار می‌روند.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the window is Veil, and closing it quits.</source>
        <translation>این میزکار سینی سیستم ندارد: پنجره همان Veil است و بستن آن Veil را می‌بندد.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>درگاه باید عدد صحیحی از ۱ تا ۶۵۵۳۵ باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address such as 127.0.0.1 or ::1.</source>
        <translation>‏«%1» نشانی IP مانند 127.0.0.1 یا ‎::1‎ نیست.</translation>
    </message>
    <message>
        <source>HTTP, HTTPS and SOCKS proxy</source>
        <translation>‏پروکسی HTTP، HTTPS و SOCKS</translation>
    </message>
    <message>
        <source>Automatic configuration (PAC)</source>
        <translation>پیکربندی خودکار (PAC)</translation>
    </message>
    <message>
        <source>The automatic configuration sends local names past Veil and, with the kill switch off, lets the browser connect directly while Veil is not running.</source>
        <translation>پیکربندی خودکار نام‌های محلی را از کنار Veil عبور می‌دهد و اگر کلید قطع اضطراری خاموش باشد، تا وقتی Veil اجرا نمی‌شود مرورگر مستقیم وصل می‌شود.</translation>
    </message>
    <message>
        <source>System proxy setting</source>
        <translation>تنظیم پروکسی سیستم</translation>
    </message>
    <message>
        <source>About Veil…</source>
        <translation>درباره Veil…</translation>
    </message>
    <message>
        <source>Veil %1</source>
        <translation>‏Veil %1</translation>
    </message>
    <message>
        <source>Veil listens on the new address before it leaves the old one: open connections carry on, new ones need the new address.</source>
        <translation>‏Veil پیش از ترک نشانی قبلی روی نشانی جدید گوش می‌دهد: اتصال‌های باز ادامه می‌یابند و اتصال‌های تازه به نشانی جدید نیاز دارند.</translation>
    </message>
</context>
<context>
    <name>Veil::Socks5Session</name>
    <message>
        <source>SOCKS5 handshake timed out</source>
        <translation>مهلت دست‌دهی SOCKS5 تمام شد</translation>
    </message>
    <message>
        <source>client closed the connection during the handshake</source>
        <translation>کلاینت در حین دست‌دهی اتصال را بست</translation>
    </message>
    <message>
        <source>SOCKS5: %1</source>
        <translation>SOCKS5: %1</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>‏Veil، %1 را مسدود کرد: %2.</translation>
    </message>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>بسته شد چون مسیر عوض شد (بستن هنگام تغییر)</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxy</name>
    <message>
        <source>this desktop (%1) has no system proxy setting Veil can change; supported are GNOME, Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 and 6, macOS and Windows. Use the proxy environment variables instead.</source>
        <translation>این میزکار (%1) تنظیم پروکسی سیستمی ندارد که Veil بتواند تغییر دهد؛ GNOME، Unity، Cinnamon، Budgie، Pantheon، KDE Plasma 5 و 6، macOS و Windows پشتیبانی می‌شوند. به‌جای آن از متغیرهای محیطی پروکسی استفاده کنید.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ناشناخته</translation>
    </message>
    <message>
        <source>unknown system proxy backend &quot;%1&quot; (gnome, kde, macos, windows)</source>
        <translation>سازوکار ناشناختهٔ پروکسی سیستم «%1» (gnome، kde، macos، windows)</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyCommand</name>
    <message>
        <source>no system proxy change to restore (%1 does not exist)</source>
        <translation>هیچ تغییری در پروکسی سیستم برای بازگرداندن نیست (%1 وجود ندارد)</translation>
    </message>
    <message>
        <source>cannot restore the system proxy recorded in %1: %2</source>
        <translation>بازگرداندن پروکسی سیستمِ ثبت‌شده در %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>restored the %1 proxy settings a previous Veil left behind</source>
        <translation>تنظیمات پروکسی %1 که یک Veil قبلی به‌جا گذاشته بود بازگردانده شد</translation>
    </message>
    <message>
        <source>left alone (changed by another program): %1</source>
        <translation>دست‌نخورده ماند (برنامهٔ دیگری تغییرش داده است): %1</translation>
    </message>
    <message>
        <source>a previous Veil left a system proxy mark, but another program has changed the %1 proxy settings since; they were left alone</source>
        <translation>یک Veil قبلی نشانی از پروکسی سیستم به‌جا گذاشت، اما از آن زمان برنامهٔ دیگری تنظیمات پروکسی %1 را تغییر داده است؛ دست‌نخورده ماندند</translation>
    </message>
    <message>
        <source>cannot restore the system proxy: %1</source>
        <translation>بازگرداندن پروکسی سیستم ممکن نیست: %1</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyController</name>
    <message>
        <source>Veil did not change the system proxy: %1</source>
        <translation>‏Veil پروکسی سیستم را تغییر نداد: %1</translation>
    </message>
    <message>
        <source>%1 did not keep the new setting</source>
        <translation>‏%1 تنظیم جدید را نگه نداشت</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1</source>
        <translation>تنظیم پروکسی سیستم ممکن نیست: %1</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1; putting the old settings back failed too (%2), run veil --restore-system-proxy</source>
        <translation>تنظیم پروکسی سیستم ممکن نیست: %1؛ بازگرداندن تنظیمات قبلی هم شکست خورد (%2)، veil --restore-system-proxy را اجرا کنید</translation>
    </message>
    <message>
        <source>%1; it was moved to %2</source>
        <translation>‏%1؛ به %2 منتقل شد</translation>
    </message>
    <message>
        <source>the leftover system proxy change in %1 was made with the %2 backend, not %3</source>
        <translation>تغییر باقی‌ماندهٔ پروکسی سیستم در %1 با سازوکار %2 انجام شده است، نه %3</translation>
    </message>
    <message>
        <source>another Veil (process %1) has the system proxy; stop it first</source>
        <translation>یک Veil دیگر (فرایند %1) پروکسی سیستم را در دست دارد؛ نخست آن را متوقف کنید</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxySettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>‏%1: %2؛ مقدار قبلی حفظ می‌شود</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>باید یک شیء باشد</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>باید true یا false باشد</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>باید آرایه‌ای از رشته‌ها باشد</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>حداکثر %1 مدخل</translation>
    </message>
    <message>
        <source>an empty entry</source>
        <translation>یک مدخل خالی</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network such as 10.0.0.0/8 or fd00::/8</source>
        <translation>‏«%1» شبکه‌ای مانند 10.0.0.0/8 یا fd00::/8 نیست</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name, *.domain, address or network</source>
        <translation>‏«%1» نام میزبان، ‎*.domain‎، نشانی یا شبکه نیست</translation>
    </message>
    <message>
        <source>must be &quot;fixed&quot; or &quot;pac&quot;</source>
        <translation>باید &quot;fixed&quot; یا &quot;pac&quot; باشد</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyStateFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1 is not a system proxy state file Veil can read</source>
        <translation>‏%1 فایل وضعیت پروکسی سیستمی نیست که Veil بتواند بخواند</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>ساختن پوشهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>حذف %1 ممکن نیست</translation>
    </message>
</context>
<context>
    <name>Veil::ThroughputGraph</name>
    <message>
        <source>%1 B/s</source>
        <translation>‎%1 B/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>‎%1 KiB/s</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>‎%1 MiB/s</translation>
    </message>
    <message>
        <source>↓ %1   ↑ %2   (last 60 s, top of scale %3)</source>
        <translation>‏↓ %1   ↑ %2   (۶۰ ثانیهٔ اخیر، بالای مقیاس %3)</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficDetailsPane</name>
    <message>
        <source>Close connection</source>
        <translation>بستن اتصال</translation>
    </message>
    <message>
        <source>End this connection now; the client sees it closed</source>
        <translation>این اتصال را همین حالا پایان بده؛ کلاینت آن را بسته می‌بیند</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>پروتکل</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>کلاینت</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>قاعدهٔ منطبق</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>حریم خصوصی</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>حافظهٔ نهان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>بایت‌ها</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>وصل شد</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>درخواست فرستاده شد</translation>
    </message>
    <message>
        <source>First response byte</source>
        <translation>نخستین بایت پاسخ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Request headers (as sent)</source>
        <translation>سرآیندهای درخواست (همان‌طور که فرستاده شد)</translation>
    </message>
    <message>
        <source>Response headers (as received)</source>
        <translation>سرآیندهای پاسخ (همان‌طور که دریافت شد)</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>‏HTTP ساده</translation>
    </message>
    <message>
        <source>Tunnel (HTTP CONNECT)</source>
        <translation>تونل (HTTP CONNECT)</translation>
    </message>
    <message>
        <source>Tunnel (SOCKS5)</source>
        <translation>تونل (SOCKS5)</translation>
    </message>
    <message>
        <source>Veil&apos;s own page</source>
        <translation>صفحهٔ خود Veil</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>مستقیم</translation>
    </message>
    <message>
        <source>Through an exit</source>
        <translation>از راه یک خروجی</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>مسدود</translation>
    </message>
    <message>
        <source>Answered by Veil</source>
        <translation>پاسخ از Veil</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>no rule: the mode&apos;s default</source>
        <translation>بدون قاعده: پیش‌فرض حالت</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <source>%1 down, %2 up</source>
        <translation>‏%1 دریافت، %2 ارسال</translation>
    </message>
    <message>
        <source>Headers and timings appear when it ends.</source>
        <translation>سرآیندها و زمان‌ها پس از پایان آن نمایش داده می‌شوند.</translation>
    </message>
    <message numerus="yes">
        <source>Details are kept for the latest %n request(s).</source>
        <translation>
            <numerusform>جزئیات فقط برای %n درخواست آخر نگه داشته می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>No details were recorded for this row.</source>
        <translation>برای این سطر جزئیاتی ثبت نشده است.</translation>
    </message>
    <message>
        <source>A tunnel&apos;s bytes are the client&apos;s own: Veil sees no headers.</source>
        <translation>بایت‌های تونل از آنِ کلاینت است: Veil هیچ سرآیندی نمی‌بیند.</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>پس از %1</translation>
    </message>
    <message>
        <source>reused a kept-alive connection</source>
        <translation>از یک اتصال باز نگه‌داشته‌شده دوباره استفاده شد</translation>
    </message>
    <message>
        <source>Referer cut to the site&apos;s origin</source>
        <translation>‏Referer به مبدأ سایت کوتاه شد</translation>
    </message>
    <message>
        <source>Referer removed</source>
        <translation>‏Referer حذف شد</translation>
    </message>
    <message>
        <source>Sec-GPC: 1 added</source>
        <translation>‏Sec-GPC: 1 اضافه شد</translation>
    </message>
    <message>
        <source>DNT: 1 added</source>
        <translation>‏DNT: 1 اضافه شد</translation>
    </message>
    <message>
        <source>User-Agent replaced</source>
        <translation>‏User-Agent جایگزین شد</translation>
    </message>
    <message>
        <source>Query parameter %1 removed</source>
        <translation>پارامتر پرس‌وجوی %1 حذف شد</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مستقیم</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>مسدود</translation>
    </message>
    <message>
        <source>local</source>
        <translation>محلی</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>کلاینت</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>یافت شد</translation>
    </message>
    <message>
        <source>revalidated</source>
        <translation>بازتأیید شد</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>دور زده شد</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>یافت نشد</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>حافظهٔ نهان</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficPage</name>
    <message>
        <source>Follow</source>
        <translation>دنبال کردن</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Filter by host, path, method, exit or error</source>
        <translation>پالایش بر اساس میزبان، مسیر، روش، خروجی یا خطا</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>هر تصمیمی</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>مستقیم</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>مسدود</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>محلی</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Keep the newest request in view</source>
        <translation>جدیدترین درخواست در دید بماند</translation>
    </message>
    <message>
        <source>Stop updating the table; requests are still recorded and appear when you resume</source>
        <translation>به‌روزرسانی جدول متوقف شود؛ درخواست‌ها همچنان ثبت می‌شوند و هنگام ادامه نمایش داده می‌شوند</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>‏%n سطر نمایش داده شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table</source>
        <translation>
            <numerusform>‏%n در جدول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older row(s) dropped</source>
        <translation>
            <numerusform>‏%n سطر قدیمی کنار گذاشته شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n event(s) waiting</source>
        <translation>
            <numerusform>مکث، %n رویداد در انتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped while paused</source>
        <translation>
            <numerusform>‏%n رویداد هنگام مکث کنار گذاشته شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>برون‌بری ترافیک</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>نوشتن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدور…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) as CSV to %1</source>
        <translation>
            <numerusform>‏%n ردیف به‌صورت CSV در %1 صادر شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) as HAR to %1</source>
        <translation>
            <numerusform>‏%n درخواست به‌صورت HAR در %1 صادر شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel row(s) left out (HAR describes plain HTTP only)</source>
        <translation>
            <numerusform>‏%n ردیف تونل کنار گذاشته شد (HAR فقط HTTP رمزنگاری‌نشده را توصیف می‌کند)</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>پرونده‌های HAR (*.har)</translation>
    </message>
    <message>
        <source>Close connection</source>
        <translation>بستن اتصال</translation>
    </message>
    <message>
        <source>Connection #%1 had already ended</source>
        <translation>اتصال ‎#%1 پیش‌تر پایان یافته بود</translation>
    </message>
</context>
<context>
    <name>Veil::TrayController</name>
    <message>
        <source>Mode</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Protection on</source>
        <translation>محافظت روشن</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>پروکسی سیستم</translation>
    </message>
    <message>
        <source>Everything through the region</source>
        <translation>همه از طریق منطقه</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>بر اساس قوانین</translation>
    </message>
    <message>
        <source>Direct (off)</source>
        <translation>مستقیم (خاموش)</translation>
    </message>
    <message>
        <source>Point this computer&apos;s proxy settings at Veil (restored when you turn it off or quit)</source>
        <translation>تنظیمات پروکسی این رایانه را به Veil هدایت کن (هنگام خاموش کردن یا خروج بازگردانده می‌شوند)</translation>
    </message>
    <message>
        <source>Copy proxy environment variables</source>
        <translation>کپی متغیرهای محیطی پروکسی</translation>
    </message>
    <message>
        <source>Open Veil</source>
        <translation>باز کردن Veil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>No exits configured</source>
        <translation>هیچ خروجی‌ای پیکربندی نشده است</translation>
    </message>
    <message>
        <source>Veil: protection off (direct)</source>
        <translation>‏Veil: محافظت خاموش (مستقیم)</translation>
    </message>
    <message>
        <source>Veil: through %1</source>
        <translation>‏Veil: از طریق %1</translation>
    </message>
    <message>
        <source>Veil: holding connections, no healthy exit in %1</source>
        <translation>‏Veil: اتصال‌ها نگه داشته شده‌اند، هیچ خروجی سالمی در %1 نیست</translation>
    </message>
    <message>
        <source>Veil: not running</source>
        <translation>‏Veil: در حال اجرا نیست</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>درباره Veil</translation>
    </message>
</context>
<context>
    <name>Veil::Tunnel</name>
    <message>
        <source>tunnel idle timeout</source>
        <translation>پایان مهلت بی‌کاری تونل</translation>
    </message>
    <message>
        <source>cannot relay the tunnel</source>
        <translation>بازپخش تونل ممکن نیست</translation>
    </message>
</context>
<context>
    <name>Veil::UiSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>‏%1: %2؛ مقدار قبلی حفظ می‌شود</translation>
    </message>
    <message>
        <source>ui: must be an object; keeping the previous value</source>
        <translation>‏ui: باید یک شیء باشد؛ مقدار قبلی حفظ می‌شود</translation>
    </message>
    <message>
        <source>must be &quot;&quot; (follow the system) or one of %1</source>
        <translation>باید &quot;&quot; (پیروی از سیستم) یا یکی از %1 باشد</translation>
    </message>
    <message>
        <source>must be &quot;system&quot;, &quot;light&quot; or &quot;dark&quot;</source>
        <translation>باید &quot;system&quot;، &quot;light&quot; یا &quot;dark&quot; باشد</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>باید عدد صحیحی از %1 تا %2 باشد</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>باید true یا false باشد</translation>
    </message>
</context>
<context>
    <name>Veil::WindowsSystemProxy</name>
    <message>
        <source>cannot read the proxy settings of %1 (error %2)</source>
        <translation>خواندن تنظیمات پروکسی %1 ممکن نیست (خطای %2)</translation>
    </message>
    <message>
        <source>cannot change the proxy settings of %1 (error %2)</source>
        <translation>تغییر تنظیمات پروکسی %1 ممکن نیست (خطای %2)</translation>
    </message>
    <message>
        <source>Windows (Internet Options)</source>
        <translation>‏Windows (گزینه‌های اینترنت)</translation>
    </message>
</context>
</TS>
