<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Veil is already running; its window was brought to the front.</source>
        <translation>Veil уже запущен; его окно выведено на передний план.</translation>
    </message>
    <message>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <source>Try &apos;veil --help&apos;.</source>
        <translation>Попробуйте &apos;veil --help&apos;.</translation>
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
        <translation>%1: правил: %2 (хост: %3, URL: %4, regex: %5), пропущено: %6 (%7)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 больше %2 МиБ</translation>
    </message>
    <message>
        <source>more than %1 lists; this one is not used</source>
        <translation>больше %1 списков; этот не используется</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Block what this list names</source>
        <translation>Блокировать то, что указано в этом списке</translation>
    </message>
    <message>
        <source>Treat requests of unknown origin as third-party</source>
        <translation>Считать запросы неизвестного происхождения сторонними</translation>
    </message>
    <message>
        <source>Use this list</source>
        <translation>Использовать этот список</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Список блокировки</translation>
    </message>
    <message>
        <source>easylist</source>
        <translation>easylist</translation>
    </message>
    <message>
        <source>Off: the list only serves rules of the type &quot;Blocklist&quot; (for example, send the sites of a streaming list through an exit).</source>
        <translation>Выключено: список используется только правилами типа «Список блокировки» (например, чтобы направлять сайты из списка стриминговых сервисов через выход).</translation>
    </message>
    <message>
        <source>&quot;$third-party&quot; filters need to know which page a request comes from. Inside HTTPS tunnels and without a Referer Veil cannot tell.</source>
        <translation>Фильтрам «$third-party» нужно знать, с какой страницы пришёл запрос. Внутри туннелей HTTPS и без Referer Veil не может этого определить.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Choose a blocklist</source>
        <translation>Выбор списка блокировки</translation>
    </message>
    <message>
        <source>Lists (*.txt *.list *.hosts);;All files (*)</source>
        <translation>Списки (*.txt *.list *.hosts);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — не файл.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>Name the list: 1 to 64 characters without &apos;,&apos; or line breaks.</source>
        <translation>Дайте списку имя: от 1 до 64 символов без &apos;,&apos; и переводов строки.</translation>
    </message>
    <message>
        <source>A list named &quot;%1&quot; already exists.</source>
        <translation>Список с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>a file, or the https:// address of a list to subscribe to</source>
        <translation>файл или адрес https:// списка для подписки</translation>
    </message>
    <message>
        <source>Hosts files, domain lists and Adblock Plus / uBlock Origin filters. A subscription is downloaded through Veil (so it takes your exit), kept up to date, and its last good copy stays in use when an update fails.</source>
        <translation>Файлы hosts, списки доменов и фильтры Adblock Plus / uBlock Origin. Подписка загружается через Veil (то есть через ваш выход), поддерживается в актуальном состоянии, а если обновление не удалось, продолжает использоваться её последняя исправная копия.</translation>
    </message>
    <message>
        <source>only on &quot;Update now&quot;</source>
        <translation>только по «Обновить сейчас»</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Check for updates every</source>
        <translation>Проверять обновления каждые</translation>
    </message>
    <message>
        <source>%1 is not a usable address: give http:// or https://, a host, and no user name.</source>
        <translation>%1 — непригодный адрес: укажите http:// или https:// и хост, без имени пользователя.</translation>
    </message>
    <message>
        <source>Choose the list&apos;s file, or give the address of a subscription.</source>
        <translation>Выберите файл списка или укажите адрес подписки.</translation>
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
        <translation>Ничего не пропущено.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Прочитан: %1</translation>
    </message>
    <message>
        <source>File changed %1</source>
        <translation>Файл изменён: %1</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блокирует</translation>
    </message>
    <message>
        <source>For rules only</source>
        <translation>Только для правил</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Пропущено строк</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>Последняя проверка не удалась: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Проверен: %1</translation>
    </message>
    <message>
        <source>New version downloaded %1</source>
        <translation>Новая версия загружена: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked every %n hour(s)</source>
        <translation>
            <numerusform>Проверяется каждый %n час</numerusform>
            <numerusform>Проверяется каждые %n часа</numerusform>
            <numerusform>Проверяется каждые %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only on &quot;Update now&quot;</source>
        <translation>Проверяется только по «Обновить сейчас»</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>скачивание…</translation>
    </message>
    <message>
        <source>update failed</source>
        <translation>сбой обновления</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistUpdater</name>
    <message>
        <source>the list is larger than %1 MiB</source>
        <translation>список больше %1 MiB</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>сервер ответил %1 %2</translation>
    </message>
    <message>
        <source>the download holds no rules (%1 bytes); the previous copy stays in use</source>
        <translation>в загруженном файле нет правил (%1 байт); продолжает использоваться прежняя копия</translation>
    </message>
    <message>
        <source>the download holds only %1 rules where the copy in use has %2; the previous copy stays in use</source>
        <translation>правил в загруженном файле: только %1, в используемой копии: %2; продолжает использоваться прежняя копия</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Veil::Cache</name>
    <message>
        <source>the response may be stored</source>
        <translation>ответ можно сохранить</translation>
    </message>
    <message>
        <source>only GET responses are stored and only GET and HEAD are answered</source>
        <translation>сохраняются только ответы на GET, а отвечать из кэша можно только на GET и HEAD</translation>
    </message>
    <message>
        <source>the status is not final</source>
        <translation>статус не окончательный</translation>
    </message>
    <message>
        <source>the cache does not implement the caching rules of this status</source>
        <translation>кэш не поддерживает правила кэширования для этого статуса</translation>
    </message>
    <message>
        <source>the request says no-store</source>
        <translation>в запросе указано no-store</translation>
    </message>
    <message>
        <source>the response says no-store</source>
        <translation>в ответе указано no-store</translation>
    </message>
    <message>
        <source>the response is private to one user and Veil is a shared cache</source>
        <translation>ответ предназначен одному пользователю, а Veil — общий кэш</translation>
    </message>
    <message>
        <source>the request carried credentials and the response does not allow shared caching</source>
        <translation>запрос содержал учётные данные, а ответ не разрешает общее кэширование</translation>
    </message>
    <message>
        <source>the response has no freshness information and its status has no heuristic</source>
        <translation>в ответе нет сведений о свежести, а для его статуса нет эвристики</translation>
    </message>
    <message>
        <source>the request has no absolute URI</source>
        <translation>в запросе нет абсолютного URI</translation>
    </message>
    <message>
        <source>range requests are passed through</source>
        <translation>запросы диапазонов передаются без изменений</translation>
    </message>
    <message>
        <source>the request carries preconditions only the origin can evaluate</source>
        <translation>запрос содержит предусловия, которые может проверить только исходный сервер</translation>
    </message>
    <message>
        <source>the stored response is fresh</source>
        <translation>сохранённый ответ свежий</translation>
    </message>
    <message>
        <source>the stored response is stale and the client accepts that (max-stale)</source>
        <translation>сохранённый ответ устарел, но клиент это допускает (max-stale)</translation>
    </message>
    <message>
        <source>the stored response is stale and is revalidated in the background</source>
        <translation>сохранённый ответ устарел и перепроверяется в фоне</translation>
    </message>
    <message>
        <source>the origin failed and the stale stored response may stand in</source>
        <translation>исходный сервер дал сбой, и можно использовать устаревший сохранённый ответ</translation>
    </message>
    <message>
        <source>the stored response is stale</source>
        <translation>сохранённый ответ устарел</translation>
    </message>
    <message>
        <source>the stored response is stale and the origin forbids serving it stale</source>
        <translation>сохранённый ответ устарел, а исходный сервер запрещает отдавать его устаревшим</translation>
    </message>
    <message>
        <source>the origin requires validation before every reuse (no-cache)</source>
        <translation>исходный сервер требует проверки перед каждым повторным использованием (no-cache)</translation>
    </message>
    <message>
        <source>the client asked for validation (no-cache)</source>
        <translation>клиент запросил проверку (no-cache)</translation>
    </message>
    <message>
        <source>the stored response is older than the client accepts (max-age)</source>
        <translation>сохранённый ответ старше, чем допускает клиент (max-age)</translation>
    </message>
    <message>
        <source>the stored response is not fresh enough for the client (min-fresh)</source>
        <translation>сохранённый ответ недостаточно свежий для клиента (min-fresh)</translation>
    </message>
    <message>
        <source>the client accepts only a stored response and none can be used</source>
        <translation>клиент принимает только сохранённый ответ, а подходящего нет</translation>
    </message>
</context>
<context>
    <name>Veil::CachePage</name>
    <message>
        <source>Keep a local copy of plain-HTTP responses</source>
        <translation>Хранить локальную копию ответов по незашифрованному HTTP</translation>
    </message>
    <message>
        <source>Delete the cache when Veil quits</source>
        <translation>Удалять кэш при выходе из Veil</translation>
    </message>
    <message>
        <source>Veil keeps responses of plain-HTTP sites so repeat visits are faster and reach the network (and the exit) less often, following the sites&apos; own caching rules. HTTPS is never cached: it passes through an encrypted tunnel Veil cannot read.</source>
        <translation>Veil сохраняет ответы сайтов на незашифрованном HTTP, чтобы повторные посещения были быстрее и реже обращались к сети (и к выходу), соблюдая собственные правила кэширования сайтов. HTTPS никогда не кэшируется: он идёт через зашифрованный туннель, который Veil не может прочитать.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Disk space at most:</source>
        <translation>Место на диске, не больше:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Clear site</source>
        <translation>Очистить сайт</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Очистить всё…</translation>
    </message>
    <message>
        <source>Never cache these sites (and their subdomains)</source>
        <translation>Никогда не кэшировать эти сайты (и их поддомены)</translation>
    </message>
    <message>
        <source>news.example</source>
        <translation>news.example</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Clear the cache</source>
        <translation>Очистка кэша</translation>
    </message>
    <message>
        <source>Delete every cached response? Sites load from the network again the next time.</source>
        <translation>Удалить все кэшированные ответы? В следующий раз сайты снова загрузятся из сети.</translation>
    </message>
    <message>
        <source>The cache is off</source>
        <translation>Кэш выключен</translation>
    </message>
    <message>
        <source>Plain-HTTP responses are not stored.</source>
        <translation>Ответы по незашифрованному HTTP не сохраняются.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>Занято %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stored responses</source>
        <translation>
            <numerusform>%n сохранённый ответ</numerusform>
            <numerusform>%n сохранённых ответа</numerusform>
            <numerusform>%n сохранённых ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>hit ratio %1 % (%2 hits, %3 revalidated, %4 misses)</source>
        <translation>доля попаданий %1 % (попаданий: %2, перепроверено: %3, промахов: %4)</translation>
    </message>
    <message>
        <source>%1 served from the cache</source>
        <translation>%1 отдано из кэша</translation>
    </message>
    <message>
        <source>still reading the entries of earlier runs</source>
        <translation>ещё читаются записи прошлых запусков</translation>
    </message>
    <message>
        <source>%1 removed to stay within the budget, %2 not stored (too large or a disk problem)</source>
        <translation>удалено, чтобы уложиться в лимит: %1; не сохранено (слишком большие или ошибка диска): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (for example news.example).</source>
        <translation>«%1» — не имя хоста (например, news.example).</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 уже есть в списке.</translation>
    </message>
    <message>
        <source>%1 is no longer cached. Responses stored before stay until they expire or you clear the site.</source>
        <translation>%1 больше не кэшируется. Сохранённые ранее ответы остаются, пока не устареют или пока вы не очистите сайт.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached responses of %1.</source>
        <translation>
            <numerusform>Удалён %n кэшированный ответ для %1.</numerusform>
            <numerusform>Удалено %n кэшированных ответа для %1.</numerusform>
            <numerusform>Удалено %n кэшированных ответов для %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>Кэш пуст.</translation>
    </message>
</context>
<context>
    <name>Veil::CacheSettings</name>
    <message>
        <source>cache.%1: %2; keeping the previous value</source>
        <translation>cache.%1: %2; сохраняется прежнее значение</translation>
    </message>
    <message>
        <source>cache: must be an object; keeping the previous values</source>
        <translation>cache: должно быть объектом; сохраняются прежние значения</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>должно быть абсолютным путём</translation>
    </message>
    <message>
        <source>must be a list of host names</source>
        <translation>должно быть списком имён хостов</translation>
    </message>
    <message>
        <source>cache.bypass[%1]: not a host name; skipped</source>
        <translation>cache.bypass[%1]: не имя хоста; пропущено</translation>
    </message>
</context>
<context>
    <name>Veil::CommandLine</name>
    <message>
        <source>Veil, a privacy proxy for your desktop: one local port for HTTP, HTTPS (CONNECT) and SOCKS5.</source>
        <translation>Veil — прокси для защиты приватности на вашем компьютере: один локальный порт для HTTP, HTTPS (CONNECT) и SOCKS5.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Run the proxy engine without a window; traffic is printed to stdout.</source>
        <translation>Запустить прокси без окна; трафик выводится в stdout.</translation>
    </message>
    <message>
        <source>Listen on HOST:PORT (default 127.0.0.1:8765). A non-loopback address needs --allow-remote and credentials.</source>
        <translation>Слушать на HOST:PORT (по умолчанию 127.0.0.1:8765). Для адреса вне loopback нужны --allow-remote и учётные данные.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Read settings from FILE (default: %1).</source>
        <translation>Читать настройки из ФАЙЛА (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Traffic log format in headless mode: text, json or none.</source>
        <translation>Формат журнала трафика в режиме без окна: text, json или none.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>Number of worker threads (default: one per core, at least 2).</source>
        <translation>Число рабочих потоков (по умолчанию: по одному на ядро, не меньше 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Allow listening on a non-loopback address (requires --proxy-user and VEIL_PROXY_PASSWORD).</source>
        <translation>Разрешить прослушивание адреса вне loopback (нужны --proxy-user и VEIL_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>Require this user name (HTTP Basic and SOCKS5 user/password); the password comes from the VEIL_PROXY_PASSWORD environment variable.</source>
        <translation>Требовать это имя пользователя (HTTP Basic и логин/пароль SOCKS5); пароль берётся из переменной окружения VEIL_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ПОЛЬЗОВАТЕЛЬ</translation>
    </message>
    <message>
        <source>Add an exit proxy for this run: http://[user@]host:port#REGION, https://… or socks5://…; repeatable. Passwords come from VEIL_EXIT_PASSWORD_&lt;ID&gt; or VEIL_EXIT_PASSWORD, never from the URL.</source>
        <translation>Добавить выходной прокси на этот запуск: http://[user@]host:port#REGION, https://… или socks5://…; можно повторять. Пароли берутся из VEIL_EXIT_PASSWORD_&lt;ID&gt; или VEIL_EXIT_PASSWORD, но никогда из URL.</translation>
    </message>
    <message>
        <source>URL#REGION</source>
        <translation>URL#REGION</translation>
    </message>
    <message>
        <source>Send traffic out through the exits of region CODE (ISO 3166 alpha-2).</source>
        <translation>Направлять трафик через выходы региона КОД (ISO 3166 alpha-2).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Routing mode: direct, exit or rules.</source>
        <translation>Режим маршрутизации: direct, exit или rules.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>РЕЖИМ</translation>
    </message>
    <message>
        <source>When no exit of the region is healthy, connect directly instead of failing closed.</source>
        <translation>Если ни один выход региона не исправен, подключаться напрямую, а не блокировать.</translation>
    </message>
    <message>
        <source>Probe every configured exit once, fetch its public address through it (routing.ipCheckUrl) and look up its country (routing.geoipDatabase); print one line per exit, then exit with 0 when all are up and in their region, 3 otherwise. Implies --headless; nothing listens.</source>
        <translation>Один раз проверить каждый настроенный выход, получить через него его публичный адрес (routing.ipCheckUrl) и определить страну (routing.geoipDatabase); вывести по строке на выход и завершиться с кодом 0, если все работают и находятся в своём регионе, иначе с кодом 3. Подразумевает --headless; порт не прослушивается.</translation>
    </message>
    <message>
        <source>Resolve names of direct connections with this DNS-over-HTTPS server (RFC 8484), e.g. https://dns.example/dns-query. Exits always resolve names themselves.</source>
        <translation>Разрешать имена для прямых соединений через этот сервер DNS-over-HTTPS (RFC 8484), например https://dns.example/dns-query. Выходы всегда разрешают имена сами.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add the exit URLs listed in FILE (one per line, URL#REGION; --region gives the region of lines without one) to the config file, report skipped lines, and exit.</source>
        <translation>Добавить в файл конфигурации URL выходов из ФАЙЛА (по одному на строку, URL#REGION; --region задаёт регион для строк без него), сообщить о пропущенных строках и выйти.</translation>
    </message>
    <message>
        <source>Point the system proxy (GNOME, KDE Plasma, macOS, Windows) at Veil while it runs; your own settings are saved first and restored on exit, SIGINT or SIGTERM.</source>
        <translation>Направить системный прокси (GNOME, KDE Plasma, macOS, Windows) на Veil на время работы; ваши настройки сначала сохраняются и восстанавливаются при выходе, SIGINT или SIGTERM.</translation>
    </message>
    <message>
        <source>How --system-proxy points at Veil: fixed (HTTP, HTTPS and SOCKS proxy, the default) or pac (the automatic configuration URL /proxy.pac).</source>
        <translation>Как --system-proxy указывает на Veil: fixed (прокси HTTP, HTTPS и SOCKS, по умолчанию) или pac (URL автоматической настройки /proxy.pac).</translation>
    </message>
    <message>
        <source>Which system proxy setting to change: auto (from XDG_CURRENT_DESKTOP; the default), gnome, kde, macos or windows.</source>
        <translation>Какую настройку системного прокси менять: auto (по XDG_CURRENT_DESKTOP; по умолчанию), gnome, kde, macos или windows.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>Restore the system proxy settings a Veil that crashed or was killed left behind, then exit (0: restored or nothing to do, 1: failed).</source>
        <translation>Восстановить настройки системного прокси, оставленные аварийно завершённым или убитым Veil, и выйти (0: восстановлено или нечего делать, 1: ошибка).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>--system-proxy-mode must be fixed or pac, not &quot;%1&quot;</source>
        <translation>--system-proxy-mode должен быть fixed или pac, а не «%1»</translation>
    </message>
    <message>
        <source>--system-proxy-backend must be auto, gnome, kde, macos or windows, not &quot;%1&quot;</source>
        <translation>--system-proxy-backend должен быть auto, gnome, kde, macos или windows, а не «%1»</translation>
    </message>
    <message>
        <source>config file %1 does not exist</source>
        <translation>файл конфигурации %1 не существует</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US, not &quot;%1&quot;</source>
        <translation>--region должен быть двухбуквенным кодом страны, например US, а не «%1»</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen: %1</translation>
    </message>
    <message>
        <source>--log-format must be text, json or none, not &quot;%1&quot;</source>
        <translation>--log-format должен быть text, json или none, а не «%1»</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 256</source>
        <translation>--threads должен быть числом от 1 до 256</translation>
    </message>
    <message>
        <source>--proxy-user must be non-empty and must not contain &apos;:&apos;</source>
        <translation>--proxy-user не может быть пустым или содержать &apos;:&apos;</translation>
    </message>
    <message>
        <source>a proxy user is set but VEIL_PROXY_PASSWORD is empty</source>
        <translation>задан пользователь прокси, но VEIL_PROXY_PASSWORD пуста</translation>
    </message>
    <message>
        <source>--exit %1: %2</source>
        <translation>--exit %1: %2</translation>
    </message>
    <message>
        <source>--exit %1: add the region, e.g. #US</source>
        <translation>--exit %1: укажите регион, например #US</translation>
    </message>
    <message>
        <source>--exit %1: the same exit is given twice</source>
        <translation>--exit %1: один и тот же выход указан дважды</translation>
    </message>
    <message>
        <source>no exit is configured for region %1: connections will be held (fail closed)</source>
        <translation>для региона %1 не настроено ни одного выхода: соединения будут удерживаться (безопасная блокировка)</translation>
    </message>
    <message>
        <source>--mode must be direct, exit or rules, not &quot;%1&quot;</source>
        <translation>--mode должен быть direct, exit или rules, а не «%1»</translation>
    </message>
    <message>
        <source>--doh: %1</source>
        <translation>--doh: %1</translation>
    </message>
    <message>
        <source>--blocklist %1: no such readable file</source>
        <translation>--blocklist %1: нет такого файла или он недоступен для чтения</translation>
    </message>
    <message>
        <source>Show Veil in language CODE (%1) instead of the system&apos;s language; the setting ui.language in the config file does the same.</source>
        <translation>Показывать Veil на языке КОД (%1) вместо языка системы; то же делает параметр ui.language в файле конфигурации.</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;</source>
        <translation>--language должен быть одним из: %1, а не «%2»</translation>
    </message>
    <message>
        <source>Keep the HTTP cache in DIR (default: &quot;http&quot; in the application&apos;s cache directory).</source>
        <translation>Хранить HTTP-кэш в КАТАЛОГЕ (по умолчанию: «http» в каталоге кэша приложения).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>Let the HTTP cache use at most MIB mebibytes on disk (default 512); the least recently used responses go first.</source>
        <translation>Разрешить HTTP-кэшу занимать на диске не больше MIB мебибайт (по умолчанию 512); первыми удаляются ответы, которые дольше всего не использовались.</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>Do not cache plain-HTTP responses for this run (HTTPS is never cached: it passes through a tunnel).</source>
        <translation>Не кэшировать ответы по незашифрованному HTTP на этот запуск (HTTPS никогда не кэшируется: он идёт через туннель).</translation>
    </message>
    <message>
        <source>--cache-dir %1: exists and is not a directory</source>
        <translation>--cache-dir %1: существует и не является каталогом</translation>
    </message>
    <message>
        <source>--cache-size must be a whole number of MiB from 1 to 1048576, not &quot;%1&quot;</source>
        <translation>--cache-size должен быть целым числом МиБ от 1 до 1048576, а не «%1»</translation>
    </message>
    <message>
        <source>Send STRING as the User-Agent of every plain-HTTP request for this run (privacy.userAgent).</source>
        <translation>Отправлять STRING как User-Agent каждого запроса по незашифрованному HTTP на этот запуск (privacy.userAgent).</translation>
    </message>
    <message>
        <source>STRING</source>
        <translation>STRING</translation>
    </message>
    <message>
        <source>What plain-HTTP requests to another site get as Referer: keep, origin (the page&apos;s scheme://host/ only; the default) or drop.</source>
        <translation>Что запросы по незашифрованному HTTP к другому сайту получают в Referer: keep (оставить), origin (только scheme://host/ страницы; по умолчанию) или drop (убрать).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>ПОЛИТИКА</translation>
    </message>
    <message>
        <source>Change nothing in plain-HTTP requests for this run: no Referer trimming, Sec-GPC, DNT, tracking-parameter stripping or User-Agent override.</source>
        <translation>Ничего не менять в запросах по незашифрованному HTTP на этот запуск: ни сокращения Referer, ни Sec-GPC, ни DNT, ни удаления параметров отслеживания, ни замены User-Agent.</translation>
    </message>
    <message>
        <source>--no-privacy-filters turns off what --user-agent and --referer set; use one or the other</source>
        <translation>--no-privacy-filters отключает то, что задают --user-agent и --referer; используйте что-то одно</translation>
    </message>
    <message>
        <source>--referer must be keep, origin or drop, not &quot;%1&quot;</source>
        <translation>--referer должен быть keep, origin или drop, а не «%1»</translation>
    </message>
    <message>
        <source>--user-agent: %1</source>
        <translation>--user-agent: %1</translation>
    </message>
    <message>
        <source>Hold traffic instead of letting it out directly: never fall back to direct when no exit is healthy, and the PAC file never ends in DIRECT (routing.killSwitch).</source>
        <translation>Удерживать трафик, а не выпускать его напрямую: никогда не переходить на прямое подключение, если нет исправных выходов; файл PAC никогда не заканчивается на DIRECT (routing.killSwitch).</translation>
    </message>
    <message>
        <source>Block what the list at FILE or URL names for this run: a hosts file, a plain domain list or Adblock Plus / uBlock Origin network filters. A URL (http:// or https://) is a subscription: fetched through Veil, kept up to date and stored on disk; repeatable.</source>
        <translation>Блокировать на этот запуск то, что указано в списке из ФАЙЛА или по URL: файл hosts, простой список доменов или сетевые фильтры Adblock Plus / uBlock Origin. URL (http:// или https://) — это подписка: загружается через Veil, поддерживается в актуальном состоянии и хранится на диске; можно повторять.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>ФАЙЛ|URL</translation>
    </message>
    <message>
        <source>--fallback-direct and --kill-switch contradict each other: choose one</source>
        <translation>--fallback-direct и --kill-switch противоречат друг другу: выберите что-то одно</translation>
    </message>
    <message>
        <source>--blocklist %1: not a usable http:// or https:// address (a host is needed and no user name)</source>
        <translation>--blocklist %1: непригодный адрес http:// или https:// (нужен хост, имя пользователя не допускается)</translation>
    </message>
</context>
<context>
    <name>Veil::CommandRunner</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>не удалось запустить %1 (он установлен?)</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 не завершился вовремя</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 завершился с ошибкой, код выхода %2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 завершился с ошибкой, код выхода %2: %3</translation>
    </message>
</context>
<context>
    <name>Veil::ConfigFile</name>
    <message>
        <source>%1 is not a regular file; defaults are used</source>
        <translation>%1 не является обычным файлом; используются значения по умолчанию</translation>
    </message>
    <message>
        <source>cannot read %1: %2; using defaults</source>
        <translation>не удаётся прочитать %1: %2; используются значения по умолчанию</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 в позиции %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>верхний уровень не является объектом JSON</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); it was moved to %3 and defaults are used</source>
        <translation>файл конфигурации %1 некорректен (%2); он перемещён в %3, используются значения по умолчанию</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); defaults are used</source>
        <translation>файл конфигурации %1 некорректен (%2); используются значения по умолчанию</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; it was not changed</source>
        <translation>%1 не является корректным JSON; файл не изменён</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>не удаётся создать папку %1</translation>
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
        <translation>не удаётся разрешить хост %1: %2</translation>
    </message>
    <message>
        <source>the target is Veil&apos;s own listener</source>
        <translation>цель — собственный слушающий порт Veil</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 отклонил соединение</translation>
    </message>
    <message>
        <source>network unreachable for %1</source>
        <translation>сеть недоступна для %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>connecting to %1:%2 timed out after %3 ms</source>
        <translation>время подключения к %1:%2 истекло через %3 мс</translation>
    </message>
</context>
<context>
    <name>Veil::Dns</name>
    <message>
        <source>DNS response too short</source>
        <translation>ответ DNS слишком короткий</translation>
    </message>
    <message>
        <source>DNS response ID does not match the query</source>
        <translation>ID ответа DNS не совпадает с запросом</translation>
    </message>
    <message>
        <source>DNS message is not a response</source>
        <translation>сообщение DNS не является ответом</translation>
    </message>
    <message>
        <source>DNS response truncated</source>
        <translation>ответ DNS усечён</translation>
    </message>
    <message>
        <source>DNS response does not repeat the question</source>
        <translation>ответ DNS не повторяет вопрос</translation>
    </message>
    <message>
        <source>malformed DNS question</source>
        <translation>некорректный вопрос DNS</translation>
    </message>
    <message>
        <source>DNS response answers a different question</source>
        <translation>ответ DNS относится к другому вопросу</translation>
    </message>
    <message>
        <source>malformed DNS answer record</source>
        <translation>некорректная запись ответа DNS</translation>
    </message>
    <message>
        <source>malformed DNS address record</source>
        <translation>некорректная адресная запись DNS</translation>
    </message>
    <message>
        <source>malformed DNS CNAME record</source>
        <translation>некорректная запись CNAME в DNS</translation>
    </message>
    <message>
        <source>DNS CNAME chain too long</source>
        <translation>цепочка CNAME в DNS слишком длинная</translation>
    </message>
</context>
<context>
    <name>Veil::DnsLookup</name>
    <message>
        <source>no such host (cached DNS answer)</source>
        <translation>нет такого хоста (ответ DNS из кэша)</translation>
    </message>
    <message>
        <source>not a valid host name</source>
        <translation>недопустимое имя хоста</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered HTTP %1</source>
        <translation>сервер DNS-over-HTTPS ответил HTTP %1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS request failed: %1</source>
        <translation>запрос DNS-over-HTTPS не удался: %1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered with %1, not application/dns-message</source>
        <translation>сервер DNS-over-HTTPS ответил %1, а не application/dns-message</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS answer too large</source>
        <translation>ответ DNS-over-HTTPS слишком большой</translation>
    </message>
    <message>
        <source>no such host</source>
        <translation>нет такого хоста</translation>
    </message>
    <message>
        <source>DNS server error (RCODE %1)</source>
        <translation>ошибка сервера DNS (RCODE %1)</translation>
    </message>
    <message>
        <source>no address for this host</source>
        <translation>для этого хоста нет адреса</translation>
    </message>
</context>
<context>
    <name>Veil::Engine</name>
    <message>
        <source>the engine is already running</source>
        <translation>движок уже запущен</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>не удаётся слушать %1:%2: %3</translation>
    </message>
    <message>
        <source>closed by user</source>
        <translation>закрыто пользователем</translation>
    </message>
    <message>
        <source>%1: no copy yet; downloading %2</source>
        <translation>%1: копии ещё нет; загружается %2</translation>
    </message>
    <message>
        <source>Veil is not running</source>
        <translation>Veil не запущен</translation>
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
        <translation>клиент</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>удалённая сторона</translation>
    </message>
    <message>
        <source>tunnel idle timeout</source>
        <translation>тайм-аут простоя туннеля</translation>
    </message>
</context>
<context>
    <name>Veil::Exit</name>
    <message>
        <source>missing host name</source>
        <translation>не указано имя хоста</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>«%1» — не адрес IPv4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>«%1» — недопустимое имя хоста</translation>
    </message>
    <message>
        <source>empty user name before &apos;@&apos;</source>
        <translation>пустое имя пользователя перед &apos;@&apos;</translation>
    </message>
    <message>
        <source>bad percent escape in the user name</source>
        <translation>неверная процентная кодировка в имени пользователя</translation>
    </message>
    <message>
        <source>the user name contains characters that must be percent-encoded</source>
        <translation>имя пользователя содержит символы, которые нужно закодировать через %</translation>
    </message>
    <message>
        <source>the user name is not valid UTF-8</source>
        <translation>имя пользователя не является корректным UTF-8</translation>
    </message>
    <message>
        <source>the user name is longer than 255 bytes</source>
        <translation>имя пользователя длиннее 255 байт</translation>
    </message>
    <message>
        <source>the user name must not contain &apos;:&apos; or control characters</source>
        <translation>имя пользователя не должно содержать &apos;:&apos; и управляющие символы</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation>нет &apos;]&apos; после адреса IPv6</translation>
    </message>
    <message>
        <source>IPv6 zone ids (%) are not supported</source>
        <translation>идентификаторы зон IPv6 (%) не поддерживаются</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>«%1» — не адрес IPv6</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; and a port after &apos;]&apos;</source>
        <translation>после &apos;]&apos; ожидаются &apos;:&apos; и порт</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. http://[2001:db8::1]:8080</source>
        <translation>адреса IPv6 нужно писать в квадратных скобках, например http://[2001:db8::1]:8080</translation>
    </message>
    <message>
        <source>missing port: exit URLs need an explicit port, e.g. http://proxy.example:8080</source>
        <translation>не указан порт: в URL выхода порт обязателен, например http://proxy.example:8080</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>порт должен быть числом от 1 до 65535</translation>
    </message>
    <message>
        <source>empty exit URL</source>
        <translation>пустой URL выхода</translation>
    </message>
    <message>
        <source>exit URLs must not contain a password: remove it from the URL and store it in the keychain, or name an environment variable that holds it</source>
        <translation>URL выхода не должен содержать пароль: уберите его из URL и сохраните в связке ключей или укажите переменную окружения, в которой он хранится</translation>
    </message>
    <message>
        <source>the exit URL must not contain spaces or control characters</source>
        <translation>URL выхода не должен содержать пробелы и управляющие символы</translation>
    </message>
    <message>
        <source>missing scheme: start the URL with http://, https:// or socks5://</source>
        <translation>не указана схема: начните URL с http://, https:// или socks5://</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;: use http, https or socks5</source>
        <translation>неподдерживаемая схема «%1»: используйте http, https или socks5</translation>
    </message>
    <message>
        <source>the region after &apos;#&apos; must be a two-letter country code such as DE</source>
        <translation>регион после &apos;#&apos; должен быть двухбуквенным кодом страны, например DE</translation>
    </message>
    <message>
        <source>exit URLs take no path or query, only scheme://host:port</source>
        <translation>URL выхода не содержит пути и запроса, только схема://хост:порт</translation>
    </message>
</context>
<context>
    <name>Veil::ExitCheckRunner</name>
    <message>
        <source>no exit is configured (add one with --exit or in the config file)</source>
        <translation>не настроено ни одного выхода (добавьте его через --exit или в файле конфигурации)</translation>
    </message>
    <message>
        <source>%1: disabled, not checked</source>
        <translation>%1: отключён, не проверялся</translation>
    </message>
    <message>
        <source>%1: down: %2</source>
        <translation>%1: не работает: %2</translation>
    </message>
    <message>
        <source>%1: up, %2 ms</source>
        <translation>%1: работает, %2 мс</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>без региона</translation>
    </message>
    <message>
        <source>exit %1 (%2)</source>
        <translation>выход %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Veil::ExitConnector</name>
    <message>
        <source>exit %1 did not answer within %2 ms</source>
        <translation>выход %1 не ответил за %2 мс</translation>
    </message>
    <message>
        <source>cannot read CA file %1</source>
        <translation>не удаётся прочитать файл УЦ %1</translation>
    </message>
    <message>
        <source>TLS to exit %1 failed: %2</source>
        <translation>ошибка TLS с выходом %1: %2</translation>
    </message>
    <message>
        <source>exit %1 presented a certificate that does not match its pin</source>
        <translation>выход %1 предъявил сертификат, не совпадающий с закреплённым</translation>
    </message>
    <message>
        <source>cannot ask exit %1 for %2: %3</source>
        <translation>не удаётся запросить у выхода %1 соединение с %2: %3</translation>
    </message>
    <message>
        <source>exit %1 sent an oversized response</source>
        <translation>выход %1 прислал слишком большой ответ</translation>
    </message>
    <message>
        <source>exit %1 sent a malformed response: %2</source>
        <translation>выход %1 прислал некорректный ответ: %2</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2 %3): check its user name and password</source>
        <translation>выход %1 отклонил аутентификацию прокси (%2 %3): проверьте имя пользователя и пароль</translation>
    </message>
    <message>
        <source>exit %1 timed out reaching %2</source>
        <translation>выход %1 не смог вовремя достучаться до %2</translation>
    </message>
    <message>
        <source>exit %1 does not allow tunnels to %2 (%3)</source>
        <translation>выход %1 не разрешает туннели к %2 (%3)</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2 (%3 %4)</source>
        <translation>выход %1 не смог достучаться до %2 (%3 %4)</translation>
    </message>
    <message>
        <source>exit %1: %2 refused the connection</source>
        <translation>выход %1: %2 отклонил соединение</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2: %3</source>
        <translation>выход %1 не смог достучаться до %2: %3</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2): check its user name and password</source>
        <translation>выход %1 отклонил аутентификацию прокси (%2): проверьте имя пользователя и пароль</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>выход %1: %2</translation>
    </message>
    <message>
        <source>exit %1 closed the connection during the handshake</source>
        <translation>выход %1 закрыл соединение во время рукопожатия</translation>
    </message>
    <message>
        <source>cannot connect to exit %1 (%2:%3): %4</source>
        <translation>не удаётся подключиться к выходу %1 (%2:%3): %4</translation>
    </message>
</context>
<context>
    <name>Veil::ExitDialog</name>
    <message>
        <source>Use this exit</source>
        <translation>Использовать этот выход</translation>
    </message>
    <message>
        <source>Exit proxy</source>
        <translation>Выходной прокси</translation>
    </message>
    <message>
        <source>http://user@proxy.example:3128, https://…, socks5://…</source>
        <translation>http://user@proxy.example:3128, https://…, socks5://…</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>stored in the system keychain; empty keeps the stored one</source>
        <translation>хранится в системной связке ключей; если оставить пустым, сохранённый останется</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Enter the exit&apos;s URL.</source>
        <translation>Введите URL выхода.</translation>
    </message>
    <message>
        <source>Enter the region (a two-letter country code such as US).</source>
        <translation>Введите регион (двухбуквенный код страны, например US).</translation>
    </message>
    <message>
        <source>An exit with the id &quot;%1&quot; already exists.</source>
        <translation>Выход с идентификатором «%1» уже существует.</translation>
    </message>
</context>
<context>
    <name>Veil::ExitFetch</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>нет полного ответа за %1 мс</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>«%1» — не URL вида http:// или https://</translation>
    </message>
    <message>
        <source>the connection through the exit failed: %1</source>
        <translation>соединение через выход не удалось: %1</translation>
    </message>
    <message>
        <source>the response body is malformed: %1</source>
        <translation>тело ответа некорректно: %1</translation>
    </message>
    <message>
        <source>the response head is larger than 64 KiB</source>
        <translation>заголовок ответа больше 64 КиБ</translation>
    </message>
    <message>
        <source>malformed response: %1</source>
        <translation>некорректный ответ: %1</translation>
    </message>
    <message>
        <source>the server answered %1 and switched protocols</source>
        <translation>сервер ответил %1 и сменил протокол</translation>
    </message>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation>соединение закрылось до получения ответа</translation>
    </message>
    <message>
        <source>the connection closed before the body was complete</source>
        <translation>соединение закрылось до получения всего тела ответа</translation>
    </message>
    <message>
        <source>an https:// URL cannot be fetched through an https:// (TLS) exit; use an http:// URL (for example http://api.ipify.org/?format=json)</source>
        <translation>URL https:// нельзя получить через выход https:// (TLS); используйте URL http:// (например, http://api.ipify.org/?format=json)</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>тело ответа больше %1 байт</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImport</name>
    <message>
        <source>line is longer than 2048 bytes</source>
        <translation>строка длиннее 2048 байт</translation>
    </message>
    <message>
        <source>not text (binary data or invalid UTF-8)</source>
        <translation>не текст (двоичные данные или некорректный UTF-8)</translation>
    </message>
    <message>
        <source>no #REGION on the line and the default region is not a two-letter code</source>
        <translation>в строке нет #REGION, а регион по умолчанию не является двухбуквенным кодом</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>повтор строки %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImportCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; not an exit list</source>
        <translation>%1 больше 4 МиБ; это не список выходов</translation>
    </message>
    <message>
        <source>%1 is not a valid config file; fix it first, nothing was changed</source>
        <translation>%1 — некорректный файл конфигурации; сначала исправьте его, ничего не изменено</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>an exit with id &quot;%1&quot; is already configured</source>
        <translation>выход с идентификатором «%1» уже настроен</translation>
    </message>
    <message>
        <source>added %1 (%2) as &quot;%3&quot;</source>
        <translation>добавлен %1 (%2) как «%3»</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>без региона</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>skipped %1: %2 (%3)</source>
        <translation>пропущено (%1): %2 (%3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) added to %1</source>
        <translation>
            <numerusform>%n выход добавлен в %1</numerusform>
            <numerusform>%n выхода добавлено в %1</numerusform>
            <numerusform>%n выходов добавлено в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n строка пропущена</numerusform>
            <numerusform>%n строки пропущено</numerusform>
            <numerusform>%n строк пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>exits with a user need their password in the keychain (the app&apos;s Exits page) or in VEIL_EXIT_PASSWORD_&lt;ID&gt;</source>
        <translation>выходам с пользователем нужен пароль в связке ключей (страница «Выходы» в приложении) или в VEIL_EXIT_PASSWORD_&lt;ID&gt;</translation>
    </message>
</context>
<context>
    <name>Veil::ExitIpChecker</name>
    <message>
        <source>IP check failed: %1</source>
        <translation>проверка IP не удалась: %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>адрес %1</translation>
    </message>
    <message>
        <source>, country %1</source>
        <translation>, страна %1</translation>
    </message>
    <message>
        <source>, REGION MISMATCH: configured %1, database says %2</source>
        <translation>, РЕГИОН НЕ СОВПАДАЕТ: настроен %1, по базе данных %2</translation>
    </message>
    <message>
        <source>the answer is %1 bytes long; an address is at most %2</source>
        <translation>ответ длиной %1 байт; адрес занимает не больше %2</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>ответ пуст</translation>
    </message>
    <message>
        <source>the answer is not an IP address: &quot;%1&quot;</source>
        <translation>ответ не является IP-адресом: «%1»</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>ответ не является корректным JSON: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the JSON answer is not an IP address: &quot;%2&quot;</source>
        <translation>«%1» в ответе JSON не является IP-адресом: «%2»</translation>
    </message>
    <message>
        <source>the JSON answer has none of the members &quot;ip&quot;, &quot;address&quot;, &quot;origin&quot; or &quot;query&quot;</source>
        <translation>в ответе JSON нет ни одного из полей &quot;ip&quot;, &quot;address&quot;, &quot;origin&quot; или &quot;query&quot;</translation>
    </message>
    <message>
        <source>the IP check is off (routing.ipCheckUrl is empty)</source>
        <translation>проверка IP выключена (routing.ipCheckUrl пуст)</translation>
    </message>
    <message>
        <source>cannot fetch the IP check URL (%1) through the exit: %2</source>
        <translation>не удаётся получить URL проверки IP (%1) через выход: %2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) answered %2</source>
        <translation>URL проверки IP (%1) ответил %2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) gave no address: %2</source>
        <translation>URL проверки IP (%1) не вернул адрес: %2</translation>
    </message>
    <message>
        <source>%1 is not in the GeoIP database</source>
        <translation>%1 нет в базе GeoIP</translation>
    </message>
</context>
<context>
    <name>Veil::ExitPasswords</name>
    <message>
        <source>exit %1 has user &quot;%2&quot; but no password was found (%3%4)</source>
        <translation>у выхода %1 есть пользователь «%2», но пароль не найден (%3%4)</translation>
    </message>
    <message>
        <source>environment variable %1, </source>
        <translation>переменная окружения %1, </translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>запись связки ключей %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; сохраняется прежнее значение</translation>
    </message>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1: %2; пропущено</translation>
    </message>
    <message>
        <source>%1: %2; ignored</source>
        <translation>%1: %2; проигнорировано</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a string such as &quot;socks5://host:1080&quot;</source>
        <translation>&quot;url&quot; должно быть строкой вида &quot;socks5://host:1080&quot;</translation>
    </message>
    <message>
        <source>&quot;region&quot; must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>&quot;region&quot; должно быть двухбуквенным кодом страны, например &quot;DE&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 300 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; должно содержать от 1 до 300 символов из A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string of at most 200 characters</source>
        <translation>&quot;name&quot; должно быть строкой не длиннее 200 символов</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be an array of non-empty strings of at most 64 characters</source>
        <translation>&quot;tags&quot; должно быть массивом непустых строк не длиннее 64 символов</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; должно быть true или false</translation>
    </message>
    <message>
        <source>&quot;passwordEnv&quot; must be an environment variable name such as &quot;VEIL_EXIT_PASSWORD&quot;</source>
        <translation>&quot;passwordEnv&quot; должно быть именем переменной окружения, например &quot;VEIL_EXIT_PASSWORD&quot;</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; must be a string</source>
        <translation>&quot;caFile&quot; должно быть строкой</translation>
    </message>
    <message>
        <source>&quot;pinSha256&quot; must be the certificate&apos;s SHA-256 in hex (64 digits) or base64</source>
        <translation>&quot;pinSha256&quot; должно быть SHA-256 сертификата в шестнадцатеричном виде (64 цифры) или base64</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; and &quot;pinSha256&quot; apply to https:// exits only</source>
        <translation>&quot;caFile&quot; и &quot;pinSha256&quot; применяются только к выходам https://</translation>
    </message>
    <message>
        <source>passwords are never read from the config file; store it in the keychain or set &quot;passwordEnv&quot;</source>
        <translation>пароли никогда не читаются из файла конфигурации; сохраните пароль в связке ключей или задайте &quot;passwordEnv&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>повторяющийся id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;policy&quot; must be &quot;manual&quot;, &quot;fastest&quot;, &quot;failover&quot; or &quot;balance&quot;</source>
        <translation>&quot;policy&quot; должно быть &quot;manual&quot;, &quot;fastest&quot;, &quot;failover&quot; или &quot;balance&quot;</translation>
    </message>
    <message>
        <source>unknown exit &quot;%1&quot;</source>
        <translation>неизвестный выход &quot;%1&quot;</translation>
    </message>
    <message>
        <source>exit &quot;%1&quot; is not in region %2</source>
        <translation>выход &quot;%1&quot; не входит в регион %2</translation>
    </message>
    <message>
        <source>&quot;manualExit&quot; must be an exit id</source>
        <translation>&quot;manualExit&quot; должно быть идентификатором выхода</translation>
    </message>
    <message>
        <source>the manual policy needs &quot;manualExit&quot;</source>
        <translation>для ручной политики нужно &quot;manualExit&quot;</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be an array of exit ids</source>
        <translation>&quot;order&quot; должно быть массивом идентификаторов выходов</translation>
    </message>
    <message>
        <source>not an exit id</source>
        <translation>не идентификатор выхода</translation>
    </message>
    <message>
        <source>must be &quot;direct&quot;, &quot;exit&quot; or &quot;rules&quot;</source>
        <translation>должно быть &quot;direct&quot;, &quot;exit&quot; или &quot;rules&quot;</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>должно быть двухбуквенным кодом страны, например &quot;DE&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>must be an https:// URL (http:// only on this machine)</source>
        <translation>должно быть URL https:// (http:// только на этом компьютере)</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>должно быть URL http:// или https://</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>должно быть путём к файлу</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>должно быть массивом</translation>
    </message>
    <message>
        <source>region %1 already has a policy</source>
        <translation>у региона %1 уже есть политика</translation>
    </message>
</context>
<context>
    <name>Veil::ExitsPage</name>
    <message>
        <source>Failover: first healthy exit in order</source>
        <translation>Резервирование: первый исправный выход по порядку</translation>
    </message>
    <message>
        <source>Fastest: lowest measured delay</source>
        <translation>Самый быстрый: наименьшая измеренная задержка</translation>
    </message>
    <message>
        <source>Balance: spread sites over healthy exits</source>
        <translation>Балансировка: распределять сайты по исправным выходам</translation>
    </message>
    <message>
        <source>Manual: the first exit only</source>
        <translation>Вручную: только первый выход</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включён</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Публичный адрес</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Test all</source>
        <translation>Проверить все</translation>
    </message>
    <message>
        <source>Selection in this region</source>
        <translation>Выбор в этом регионе</translation>
    </message>
    <message>
        <source>Import exits</source>
        <translation>Импорт выходов</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The password for %1 could not be stored in the keychain: %2</source>
        <translation>Не удалось сохранить пароль для %1 в связке ключей: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>up</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>down</source>
        <translation>не работает</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 (not %2)</source>
        <translation>%1 (не %2)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Добавлен: %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Удалён: %1.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Не удаётся импортировать %1: %2</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>больше 4 МиБ</translation>
    </message>
    <message>
        <source>%1: already configured</source>
        <translation>%1: уже настроен</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n выход.</numerusform>
            <numerusform>Импортировано %n выхода.</numerusform>
            <numerusform>Импортировано %n выходов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
</context>
<context>
    <name>Veil::GeoIpDatabase</name>
    <message>
        <source>GeoIP database %1 does not exist or is not a file</source>
        <translation>база GeoIP %1 не существует или не является файлом</translation>
    </message>
    <message>
        <source>cannot read GeoIP database %1: %2</source>
        <translation>не удаётся прочитать базу GeoIP %1: %2</translation>
    </message>
    <message>
        <source>this build of Veil cannot read GeoIP databases (built without libmaxminddb)</source>
        <translation>эта сборка Veil не умеет читать базы GeoIP (собрана без libmaxminddb)</translation>
    </message>
    <message>
        <source>no GeoIP database is open</source>
        <translation>база GeoIP не открыта</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«%1» — не IP-адрес</translation>
    </message>
    <message>
        <source>GeoIP lookup of %1 failed: %2</source>
        <translation>поиск %1 в GeoIP не удался: %2</translation>
    </message>
    <message>
        <source>the GeoIP database has no valid country code for %1</source>
        <translation>в базе GeoIP нет корректного кода страны для %1</translation>
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
        <translation>(установите пакет gsettings-desktop-schemas)</translation>
    </message>
    <message>
        <source>gsettings did not list %1; is the gsettings-desktop-schemas package installed?</source>
        <translation>gsettings не показал %1; установлен ли пакет gsettings-desktop-schemas?</translation>
    </message>
    <message>
        <source>cannot set %1 %2: %3</source>
        <translation>не удаётся установить %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>Veil::HealthChecker</name>
    <message>
        <source>the probe URL answered %1</source>
        <translation>проверочный URL ответил %1</translation>
    </message>
</context>
<context>
    <name>Veil::Http</name>
    <message>
        <source>Veil privacy proxy</source>
        <translation>Прокси-сервер Veil для защиты приватности</translation>
    </message>
</context>
<context>
    <name>Veil::HttpSession</name>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>закрыто, так как изменился маршрут (закрытие при переключении)</translation>
    </message>
    <message>
        <source>client closed the connection mid-response</source>
        <translation>клиент закрыл соединение посреди ответа</translation>
    </message>
    <message>
        <source>client closed the connection</source>
        <translation>клиент закрыл соединение</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Заголовок запроса больше %1 байт.</translation>
    </message>
    <message>
        <source>Veil refused a malformed request: %1.</source>
        <translation>Veil отклонил некорректный запрос: %1.</translation>
    </message>
    <message>
        <source>Veil does not answer OPTIONS *.</source>
        <translation>Veil не отвечает на OPTIONS *.</translation>
    </message>
    <message>
        <source>This proxy needs a user name and password.</source>
        <translation>Для этого прокси нужны имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>Veil заблокировал %1: %2.</translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 ms.</source>
        <translation>Заголовок запроса не пришёл за %1 мс.</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>нет данных в течение %1 мс</translation>
    </message>
    <message>
        <source>The origin did not answer within %1 ms.</source>
        <translation>Исходный сервер не ответил за %1 мс.</translation>
    </message>
    <message>
        <source>Veil is holding this connection: %1. Nothing was sent directly.</source>
        <translation>Veil удерживает это соединение: %1. Напрямую ничего не отправлено.</translation>
    </message>
    <message>
        <source>Veil refused a malformed request body: %1.</source>
        <translation>Veil отклонил некорректное тело запроса: %1.</translation>
    </message>
    <message>
        <source>The origin sent a response head larger than %1 bytes.</source>
        <translation>Исходный сервер прислал заголовок ответа больше %1 байт.</translation>
    </message>
    <message>
        <source>The origin sent a malformed response: %1.</source>
        <translation>Исходный сервер прислал некорректный ответ: %1.</translation>
    </message>
    <message>
        <source>The origin switched protocols without being asked to.</source>
        <translation>Исходный сервер сменил протокол без запроса.</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (407 %2): check its user name and password</source>
        <translation>выход %1 отклонил аутентификацию прокси (407 %2): проверьте имя пользователя и пароль</translation>
    </message>
    <message>
        <source>malformed response body from the origin: %1</source>
        <translation>некорректное тело ответа от исходного сервера: %1</translation>
    </message>
    <message>
        <source>the origin closed the connection mid-response</source>
        <translation>исходный сервер закрыл соединение посреди ответа</translation>
    </message>
    <message>
        <source>%1 closed the connection without a response.</source>
        <translation>%1 закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <source>the client read nothing for %1 ms</source>
        <translation>клиент ничего не читал в течение %1 мс</translation>
    </message>
    <message>
        <source>The cached response may not be used and the request allows only cached responses (only-if-cached).</source>
        <translation>Кэшированный ответ нельзя использовать, а запрос допускает только ответы из кэша (only-if-cached).</translation>
    </message>
    <message>
        <source>Nothing usable is cached and the request allows only cached responses (only-if-cached).</source>
        <translation>В кэше нет ничего подходящего, а запрос допускает только ответы из кэша (only-if-cached).</translation>
    </message>
    <message>
        <source>The cached response the origin confirmed could not be read from disk.</source>
        <translation>Не удалось прочитать с диска кэшированный ответ, подтверждённый исходным сервером.</translation>
    </message>
    <message>
        <source>the cached body could not be read to the end</source>
        <translation>не удалось дочитать кэшированное тело ответа до конца</translation>
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
        <translation>не удаётся установить %1 в kioslaverc: %2</translation>
    </message>
</context>
<context>
    <name>Veil::LocalPages</name>
    <message>
        <source>Veil&apos;s local pages only answer GET and HEAD.</source>
        <translation>Локальные страницы Veil отвечают только на GET и HEAD.</translation>
    </message>
    <message>
        <source>The proxy is running.</source>
        <translation>Прокси работает.</translation>
    </message>
    <message>
        <source>Listening on %1 (HTTP, HTTPS CONNECT and SOCKS5)</source>
        <translation>Слушает %1 (HTTP, HTTPS CONNECT и SOCKS5)</translation>
    </message>
    <message>
        <source>Open connections: %1</source>
        <translation>Открытых соединений: %1</translation>
    </message>
    <message>
        <source>Requests served: %1</source>
        <translation>Обработано запросов: %1</translation>
    </message>
    <message>
        <source>Veil has no page here. Try / or /proxy.pac.</source>
        <translation>Здесь у Veil нет страницы. Попробуйте / или /proxy.pac.</translation>
    </message>
</context>
<context>
    <name>Veil::LoginItem</name>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Privacy proxy</source>
        <translation>Прокси для защиты приватности</translation>
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
        <translation>networksetup не показывает ни одной включённой сетевой службы</translation>
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
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Выходы</translation>
    </message>
    <message>
        <source>Proxy environment variables copied: paste them into a terminal.</source>
        <translation>Переменные окружения прокси скопированы: вставьте их в терминал.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Veil lives in this window: closing it quits Veil.</source>
        <translation>В этой среде нет системного лотка, поэтому Veil живёт в этом окне: закрытие окна завершает Veil.</translation>
    </message>
    <message>
        <source>The change is active but could not be saved: %1</source>
        <translation>Изменение действует, но сохранить его не удалось: %1</translation>
    </message>
    <message>
        <source>Protection is off: Veil on %1 connects directly. Set your browser&apos;s HTTP, HTTPS and SOCKS5 proxy to this address, or use http://%1/proxy.pac</source>
        <translation>Защита выключена: Veil на %1 подключается напрямую. Укажите этот адрес как прокси HTTP, HTTPS и SOCKS5 в браузере или используйте http://%1/proxy.pac</translation>
    </message>
    <message>
        <source>Veil on %1 sends traffic through region %2.</source>
        <translation>Veil на %1 направляет трафик через регион %2.</translation>
    </message>
    <message>
        <source>Veil on %1 is holding connections: no healthy exit in region %2%3.</source>
        <translation>Veil на %1 удерживает соединения: в регионе %2 нет исправных выходов%3.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <source>, falling back to direct</source>
        <translation>, переход на прямое подключение</translation>
    </message>
    <message>
        <source>Could not restore the system proxy: %1</source>
        <translation>Не удалось восстановить системный прокси: %1</translation>
    </message>
    <message>
        <source>Veil cannot set the system proxy here: %1</source>
        <translation>Veil не может задать здесь системный прокси: %1</translation>
    </message>
    <message>
        <source>Another program changed the system proxy (%1); Veil leaves it alone.</source>
        <translation>Другая программа изменила системный прокси (%1); Veil его не трогает.</translation>
    </message>
    <message>
        <source>Could not set the system proxy: %1</source>
        <translation>Не удалось задать системный прокси: %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Veil cannot listen there (%1); it stays on %2:%3.</source>
        <translation>Veil не может слушать этот адрес (%1); он остаётся на %2:%3.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;A privacy proxy on your own machine: it blocks trackers, sends each site directly or through an exit in the region you choose, and never leaks your address or DNS through an exit.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;Прокси для приватности на вашем собственном компьютере: блокирует трекеры, направляет каждый сайт напрямую или через выход в выбранном вами регионе и никогда не раскрывает ваш адрес или DNS-запросы через выход.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2, работает на Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>О Veil</translation>
    </message>
</context>
<context>
    <name>Veil::OverviewPage</name>
    <message>
        <source>Everything through the region</source>
        <translation>Всё через регион</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>По правилам</translation>
    </message>
    <message>
        <source>Direct (protection off)</source>
        <translation>Напрямую (защита выключена)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Публичный адрес</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Exits of the region</source>
        <translation>Выходы региона</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Скорость передачи</translation>
    </message>
    <message>
        <source>Protection is on</source>
        <translation>Защита включена</translation>
    </message>
    <message>
        <source>Protection is off</source>
        <translation>Защита выключена</translation>
    </message>
    <message>
        <source>Click to connect directly</source>
        <translation>Нажмите, чтобы подключаться напрямую</translation>
    </message>
    <message>
        <source>Click to send traffic through the region</source>
        <translation>Нажмите, чтобы направлять трафик через регион</translation>
    </message>
    <message>
        <source>%1 requests · %2 open connections · %3 received · %4 sent · %5 local DNS lookups</source>
        <translation>запросов: %1 · открытых соединений: %2 · получено: %3 · отправлено: %4 · локальных DNS-запросов: %5</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>up</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>down</source>
        <translation>не работает</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 is in %2 according to the GeoIP database, not in %3</source>
        <translation>по базе GeoIP %1 находится в %2, а не в %3</translation>
    </message>
    <message>
        <source>Protection is off: sites see this computer&apos;s own address.</source>
        <translation>Защита выключена: сайты видят собственный адрес этого компьютера.</translation>
    </message>
    <message>
        <source>No region is chosen: connections are held until you pick one.</source>
        <translation>Регион не выбран: соединения удерживаются, пока вы его не выберете.</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections go direct (fallback is on).</source>
        <translation>В %1 нет исправных выходов: соединения идут напрямую (запасной вариант включён).</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections are held, nothing goes out directly.</source>
        <translation>В %1 нет исправных выходов: соединения удерживаются, напрямую ничего не уходит.</translation>
    </message>
    <message>
        <source>Sites see an address in %1.</source>
        <translation>Сайты видят адрес в %1.</translation>
    </message>
    <message>
        <source>%1 blocked · %2 cache hits · %3 saved by the cache</source>
        <translation>заблокировано: %1 · попаданий в кэш: %2 · сэкономлено кэшем: %3</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: the kill switch holds every connection, nothing goes out directly.</source>
        <translation>В %1 нет исправных выходов: аварийный выключатель удерживает все соединения, напрямую ничего не уходит.</translation>
    </message>
</context>
<context>
    <name>Veil::Policy</name>
    <message>
        <source>rule %1 (final)</source>
        <translation>правило %1 (final)</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3)</source>
        <translation>правило %1 (%2 %3)</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>разрешено: %1</translation>
    </message>
    <message>
        <source>blocked by %1</source>
        <translation>заблокировано: %1</translation>
    </message>
    <message>
        <source>blocked by list %1, line %2: %3</source>
        <translation>заблокировано списком %1, строка %2: %3</translation>
    </message>
    <message>
        <source>allowed by list %1, line %2: %3 (overrides %4)</source>
        <translation>разрешено списком %1, строка %2: %3 (перекрывает %4)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>напрямую</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>выход %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no rule or list matched; the routing mode decides (%1)</source>
        <translation>ни одно правило или список не сработали; решает режим маршрутизации (%1)</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettings</name>
    <message>
        <source>must be an array of strings</source>
        <translation>должно быть массивом строк</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>не больше %1 записей</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; — не имя хоста</translation>
    </message>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; сохраняется прежнее значение</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be &quot;keep&quot;, &quot;origin&quot; or &quot;drop&quot;</source>
        <translation>должно быть «keep», «origin» или «drop»</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>не более %1 символов</translation>
    </message>
    <message>
        <source>only printable ASCII characters, no line breaks</source>
        <translation>только печатные символы ASCII, без переводов строки</translation>
    </message>
    <message>
        <source>no spaces at the start or end</source>
        <translation>без пробелов в начале и в конце</translation>
    </message>
    <message>
        <source>an empty parameter name</source>
        <translation>пустое имя параметра</translation>
    </message>
    <message>
        <source>&quot;*&quot; alone would remove every parameter</source>
        <translation>«*» без имени удалил бы все параметры</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>«%1» длиннее %2 символов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name (ASCII, no spaces, &amp; = # ?; &apos;*&apos; only at the end)</source>
        <translation>«%1» — не имя параметра (ASCII, без пробелов и &amp; = # ?; «*» только в конце)</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettingsBox</name>
    <message>
        <source>Send Sec-GPC: 1 (Global Privacy Control)</source>
        <translation>Отправлять Sec-GPC: 1 (Global Privacy Control)</translation>
    </message>
    <message>
        <source>Send DNT: 1 (Do Not Track)</source>
        <translation>Отправлять DNT: 1 (Do Not Track)</translation>
    </message>
    <message>
        <source>Remove tracking parameters from addresses</source>
        <translation>Удалять параметры отслеживания из адресов</translation>
    </message>
    <message>
        <source>Privacy filters (plain HTTP)</source>
        <translation>Фильтры приватности (незашифрованный HTTP)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставлять</translation>
    </message>
    <message>
        <source>Origin only (scheme://host/)</source>
        <translation>Только источник (scheme://host/)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Убирать</translation>
    </message>
    <message>
        <source>utm_*, fbclid, gclid</source>
        <translation>utm_*, fbclid, gclid</translation>
    </message>
    <message>
        <source>Leave empty to send the browser&apos;s own</source>
        <translation>Оставьте пустым, чтобы отправлять User-Agent браузера</translation>
    </message>
    <message>
        <source>shop.example, bank.example</source>
        <translation>shop.example, bank.example</translation>
    </message>
    <message>
        <source>Plain-HTTP requests only: HTTPS passes through an encrypted tunnel that Veil does not change. Each change is listed in the request&apos;s log entry.</source>
        <translation>Только запросы по незашифрованному HTTP: HTTPS идёт через зашифрованный туннель, который Veil не меняет. Каждое изменение указано в записи журнала запроса.</translation>
    </message>
    <message>
        <source>Referer to other sites</source>
        <translation>Referer для других сайтов</translation>
    </message>
    <message>
        <source>Requests within one site keep their Referer. &quot;Origin only&quot; drops it when an HTTPS page links to plain HTTP.</source>
        <translation>Запросы в пределах одного сайта сохраняют Referer. «Только источник» убирает его, когда страница по HTTPS ссылается на незашифрованный HTTP.</translation>
    </message>
    <message>
        <source>Tracking parameters</source>
        <translation>Параметры отслеживания</translation>
    </message>
    <message>
        <source>Exact names, separated by commas; a trailing * matches every name that begins with the rest. &quot;$removeparam&quot; filters of your blocklists are applied too.</source>
        <translation>Точные имена через запятую; * в конце совпадает с любым именем, начинающимся с остального. Фильтры «$removeparam» из ваших списков блокировки тоже применяются.</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Leave these sites alone</source>
        <translation>Не трогать эти сайты</translation>
    </message>
    <message>
        <source>Host names separated by commas; each covers its subdomains.</source>
        <translation>Имена хостов через запятую; каждое включает свои поддомены.</translation>
    </message>
</context>
<context>
    <name>Veil::Router</name>
    <message>
        <source>no exit has the id %1</source>
        <translation>нет выхода с идентификатором %1</translation>
    </message>
    <message>
        <source>exit %1 is disabled</source>
        <translation>выход %1 отключён</translation>
    </message>
    <message>
        <source>exit %1 is down</source>
        <translation>выход %1 не работает</translation>
    </message>
    <message>
        <source>no exit region is selected</source>
        <translation>регион выхода не выбран</translation>
    </message>
    <message>
        <source>no healthy exit in region %1</source>
        <translation>в регионе %1 нет исправных выходов</translation>
    </message>
    <message>
        <source>%1; falling back to direct as configured</source>
        <translation>%1; согласно настройкам используется прямое подключение</translation>
    </message>
</context>
<context>
    <name>Veil::RuleDialog</name>
    <message>
        <source>Use this rule</source>
        <translation>Использовать это правило</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блокировать</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>Разрешить (никогда не блокировать)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Напрямую</translation>
    </message>
    <message>
        <source>Exit via region or exit</source>
        <translation>Через регион или выход</translation>
    </message>
    <message>
        <source>region code (US) or exit id</source>
        <translation>код региона (US) или идентификатор выхода</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>example.com (also matches www.example.com)</source>
        <translation>example.com (подходит и www.example.com)</translation>
    </message>
    <message>
        <source>tracker</source>
        <translation>tracker</translation>
    </message>
    <message>
        <source>^ads?[0-9]*\. (RE2 syntax)</source>
        <translation>^ads?[0-9]*\. (синтаксис RE2)</translation>
    </message>
    <message>
        <source>192.168.0.0/16 or 2001:db8::/32</source>
        <translation>192.168.0.0/16 или 2001:db8::/32</translation>
    </message>
    <message>
        <source>8080 or 8000-8100</source>
        <translation>8080 или 8000-8100</translation>
    </message>
    <message>
        <source>name of a blocklist</source>
        <translation>имя списка блокировки</translation>
    </message>
    <message>
        <source>matches everything that reaches it</source>
        <translation>подходит всё, что до него дошло</translation>
    </message>
    <message>
        <source>Enter what the rule matches.</source>
        <translation>Введите, чему соответствует правило.</translation>
    </message>
    <message>
        <source>Enter the region code (such as US) or the exit id to use.</source>
        <translation>Введите код региона (например, US) или идентификатор нужного выхода.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a region code nor an exit id.</source>
        <translation>«%1» — не код региона и не идентификатор выхода.</translation>
    </message>
    <message>
        <source>A rule with the id &quot;%1&quot; already exists.</source>
        <translation>Правило с идентификатором «%1» уже существует.</translation>
    </message>
    <message>
        <source>Direct and exit rules take effect in the &quot;Rules&quot; mode only; block and allow rules work in every mode.</source>
        <translation>Правила «напрямую» и «через выход» действуют только в режиме «По правилам»; правила блокировки и разрешения работают в любом режиме.</translation>
    </message>
</context>
<context>
    <name>Veil::RuleModel</name>
    <message>
        <source>Rule %1: %2 %3 → %4</source>
        <translation>Правило %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>everything else</source>
        <translation>всё остальное</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Domain and subdomains</source>
        <translation>Домен и поддомены</translation>
    </message>
    <message>
        <source>Host contains</source>
        <translation>Хост содержит</translation>
    </message>
    <message>
        <source>Host regex</source>
        <translation>Regex хоста</translation>
    </message>
    <message>
        <source>IP network</source>
        <translation>IP-сеть</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Список блокировки</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блокировать</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>Разрешить (никогда не блокировать)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Напрямую</translation>
    </message>
    <message>
        <source>Exit via %1</source>
        <translation>Через %1</translation>
    </message>
</context>
<context>
    <name>Veil::RuleSettings</name>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1: %2; пропущено</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be one of domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, port, list, final</source>
        <translation>&quot;type&quot; должно быть одним из: domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, port, list, final</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be block, allow, direct, exit:REGION or exit:EXIT-ID</source>
        <translation>&quot;action&quot; должно быть block, allow, direct, exit:REGION или exit:EXIT-ID</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 64 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; должно содержать от 1 до 64 символов из A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be a string</source>
        <translation>&quot;value&quot; должно быть строкой</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; должно быть true или false</translation>
    </message>
    <message>
        <source>&quot;comment&quot; must be a string of at most 500 characters</source>
        <translation>&quot;comment&quot; должно быть строкой не длиннее 500 символов</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 64 characters without &apos;,&apos; or line breaks</source>
        <translation>&quot;name&quot; должно содержать от 1 до 64 символов без &apos;,&apos; и переводов строки</translation>
    </message>
    <message>
        <source>&quot;enabled&quot;, &quot;block&quot; and &quot;assumeThirdParty&quot; must be true or false</source>
        <translation>&quot;enabled&quot;, &quot;block&quot; и &quot;assumeThirdParty&quot; должны быть true или false</translation>
    </message>
    <message>
        <source>&quot;value&quot; is longer than %1 characters</source>
        <translation>&quot;value&quot; длиннее %1 символов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; — не имя хоста</translation>
    </message>
    <message>
        <source>a domain keyword must be non-empty text without spaces</source>
        <translation>ключевое слово домена должно быть непустым текстом без пробелов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RE2 regular expression</source>
        <translation>&quot;%1&quot; — некорректное регулярное выражение RE2</translation>
    </message>
    <message>
        <source>the regular expression is too large</source>
        <translation>регулярное выражение слишком большое</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP network such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>&quot;%1&quot; — не IP-сеть вида 10.0.0.0/8 или 2001:db8::/32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a range such as 8000-8100</source>
        <translation>&quot;%1&quot; — не порт и не диапазон вида 8000-8100</translation>
    </message>
    <message>
        <source>a list rule needs the name of a blocklist</source>
        <translation>правилу списка нужно имя списка блокировки</translation>
    </message>
    <message>
        <source>blocklists: must be an array; keeping the previous value</source>
        <translation>blocklists: должно быть массивом; сохраняется прежнее значение</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot;</source>
        <translation>повторяющееся имя &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at most %1 blocklists</source>
        <translation>не больше %1 списков блокировки</translation>
    </message>
    <message>
        <source>rules: must be an array; keeping the previous value</source>
        <translation>rules: должно быть массивом; сохраняется прежнее значение</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>повторяющийся id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http:// or https:// address with a host and no user name</source>
        <translation>&quot;url&quot; должно быть адресом http:// или https:// с хостом и без имени пользователя</translation>
    </message>
    <message>
        <source>&quot;path&quot; must name a local file (or &quot;url&quot; a subscription)</source>
        <translation>&quot;path&quot; должно указывать на локальный файл (или &quot;url&quot; — на подписку)</translation>
    </message>
    <message>
        <source>&quot;refreshHours&quot; must be a whole number from 0 to %1</source>
        <translation>&quot;refreshHours&quot; должно быть целым числом от 0 до %1</translation>
    </message>
</context>
<context>
    <name>Veil::RulesPage</name>
    <message>
        <source>http://example.com/ads/banner.js, https://example.com or example.com:443</source>
        <translation>http://example.com/ads/banner.js, https://example.com или example.com:443</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Rules (first match wins: allow, then block, then routing)</source>
        <translation>Правила (действует первое совпадение: разрешение, затем блокировка, затем маршрутизация)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Списки блокировки</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Test a URL:</source>
        <translation>Проверить URL:</translation>
    </message>
    <message>
        <source>Reading the lists…</source>
        <translation>Чтение списков…</translation>
    </message>
    <message>
        <source>Direct and exit rules are waiting: they take effect in the &quot;Rules&quot; mode (Overview or tray). Block and allow rules work in every mode.</source>
        <translation>Правила «напрямую» и «через выход» ждут: они действуют в режиме «По правилам» (Обзор или системный лоток). Правила блокировки и разрешения работают в любом режиме.</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n rule(s) in use.</source>
        <translation>
            <numerusform>Обновлено: используется %n правило.</numerusform>
            <numerusform>Обновлено: используются %n правила.</numerusform>
            <numerusform>Обновлено: используется %n правил.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read: %1. The other lists are updated.</source>
        <translation>Не удалось прочитать: %1. Остальные списки обновлены.</translation>
    </message>
    <message>
        <source>Added rule %1.</source>
        <translation>Добавлено правило %1.</translation>
    </message>
    <message>
        <source>Deleted rule %1.</source>
        <translation>Удалено правило %1.</translation>
    </message>
    <message>
        <source>Veil uses at most %1 blocklists; remove one first.</source>
        <translation>Veil использует не больше %1 списков блокировки; сначала удалите один.</translation>
    </message>
    <message>
        <source>Added list %1; it is read in the background.</source>
        <translation>Добавлен список %1; он читается в фоне.</translation>
    </message>
    <message numerus="yes">
        <source>Removed list %1. %n rule(s) name it and now match nothing.</source>
        <translation>
            <numerusform>Список %1 удалён. %n правило ссылается на него и теперь ничему не соответствует.</numerusform>
            <numerusform>Список %1 удалён. %n правила ссылаются на него и теперь ничему не соответствуют.</numerusform>
            <numerusform>Список %1 удалён. %n правил ссылаются на него и теперь ничему не соответствуют.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed list %1.</source>
        <translation>Список %1 удалён.</translation>
    </message>
    <message>
        <source>The engine is not running, so there is nothing to ask.</source>
        <translation>Движок не запущен, спрашивать некого.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Заблокировано.</translation>
    </message>
    <message>
        <source>Allowed: goes direct.</source>
        <translation>Разрешено: идёт напрямую.</translation>
    </message>
    <message>
        <source>Allowed: goes through an exit in %1.</source>
        <translation>Разрешено: идёт через выход в %1.</translation>
    </message>
    <message>
        <source>Allowed: goes through exit %1.</source>
        <translation>Разрешено: идёт через выход %1.</translation>
    </message>
    <message>
        <source>Allowed: goes direct (protection is off).</source>
        <translation>Разрешено: идёт напрямую (защита выключена).</translation>
    </message>
    <message>
        <source>Allowed, but held: no region is chosen.</source>
        <translation>Разрешено, но удерживается: регион не выбран.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Read the enabled lists again from disk, check subscriptions for a new version, and use them for new connections.</source>
        <translation>Заново прочитать включённые списки с диска, проверить подписки на новую версию и использовать их для новых соединений.</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>Список %1 не обновлён: %2</translation>
    </message>
    <message>
        <source>You can also drag a rule to its place in the table.</source>
        <translation>Правило можно также перетащить на нужное место в таблице.</translation>
    </message>
</context>
<context>
    <name>Veil::SecretStore</name>
    <message>
        <source>invalid secret key</source>
        <translation>недопустимый ключ секрета</translation>
    </message>
    <message>
        <source>empty secret (use remove() to delete one)</source>
        <translation>пустой секрет (для удаления используйте remove())</translation>
    </message>
    <message>
        <source>secret contains a NUL character</source>
        <translation>секрет содержит символ NUL</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>связка ключей не ответила за %1 мс</translation>
    </message>
</context>
<context>
    <name>Veil::Settings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; сохраняется прежнее значение</translation>
    </message>
    <message>
        <source>unsupported schema version</source>
        <translation>неподдерживаемая версия схемы</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>не IP-адрес</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535</source>
        <translation>должно быть целым числом от 1 до 65535</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be a string of at most 255 characters without &apos;:&apos;</source>
        <translation>должно быть строкой не длиннее 255 символов без &apos;:&apos;</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>must be &quot;text&quot;, &quot;json&quot; or &quot;none&quot;</source>
        <translation>должно быть &quot;text&quot;, &quot;json&quot; или &quot;none&quot;</translation>
    </message>
    <message>
        <source>listen address &quot;%1&quot; is not an IP address</source>
        <translation>адрес прослушивания «%1» не является IP-адресом</translation>
    </message>
    <message>
        <source>refusing to listen on %1: it is reachable from other machines. Veil listens on loopback only unless you opt in with --allow-remote and set proxy credentials</source>
        <translation>отказ слушать %1: этот адрес доступен с других компьютеров. Veil слушает только loopback, если вы явно не разрешите иное через --allow-remote и не зададите учётные данные прокси</translation>
    </message>
    <message>
        <source>listening on %1 needs authentication: set a proxy user (--proxy-user) and a password (VEIL_PROXY_PASSWORD)</source>
        <translation>для прослушивания %1 нужна аутентификация: задайте пользователя прокси (--proxy-user) и пароль (VEIL_PROXY_PASSWORD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: missing &apos;]&apos;</source>
        <translation>«%1»: нет &apos;]&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected &apos;:&apos; after &apos;]&apos;</source>
        <translation>«%1»: после &apos;]&apos; ожидается &apos;:&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«%1» — не IP-адрес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>«%1» — не порт от 1 до 65535</translation>
    </message>
</context>
<context>
    <name>Veil::SettingsPage</name>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Kill switch: never connect directly when Veil cannot use an exit</source>
        <translation>Аварийный выключатель: никогда не подключаться напрямую, если Veil не может использовать выход</translation>
    </message>
    <message>
        <source>Set the system proxy when Veil starts</source>
        <translation>Задавать системный прокси при запуске Veil</translation>
    </message>
    <message>
        <source>Start Veil when I log in</source>
        <translation>Запускать Veil при входе в систему</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Запускаться свёрнутым в системный лоток</translation>
    </message>
    <message>
        <source>Closing the window keeps Veil running in the tray</source>
        <translation>Закрытие окна оставляет Veil работать в системном лотке</translation>
    </message>
    <message>
        <source>intranet.example, *.corp.example, 10.0.0.0/8</source>
        <translation>intranet.example, *.corp.example, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> запросов</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Слушать на</translation>
    </message>
    <message>
        <source>When no exit of your region is healthy, connections are held and get a page saying why, instead of going out directly with your own address (even when falling back to direct is configured). The proxy configuration file (PAC) then never falls back to DIRECT, so browsers stay blocked while Veil is not running, and the system proxy keeps pointing at Veil while traffic is held.</source>
        <translation>Если ни один выход вашего региона не исправен, соединения удерживаются и получают страницу с объяснением причины, а не уходят напрямую с вашим собственным адресом (даже если настроен переход на прямое подключение). Файл настройки прокси (PAC) тогда никогда не переключается на DIRECT, поэтому браузеры остаются заблокированными, пока Veil не запущен, а системный прокси продолжает указывать на Veil, пока трафик удерживается.</translation>
    </message>
    <message>
        <source>Bypass Veil for</source>
        <translation>Не использовать Veil для</translation>
    </message>
    <message>
        <source>Host names, *.domain wildcards, addresses and networks, separated by commas. localhost, 127.0.0.0/8 and ::1 are always bypassed.</source>
        <translation>Имена хостов, шаблоны *.domain, адреса и сети через запятую. localhost, 127.0.0.0/8 и ::1 всегда идут в обход Veil.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Рабочий стол</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>A new language takes effect when Veil starts again.</source>
        <translation>Новый язык начнёт действовать после перезапуска Veil.</translation>
    </message>
    <message>
        <source>Traffic log keeps</source>
        <translation>Журнал трафика хранит</translation>
    </message>
    <message>
        <source>The newest requests, in memory only; older ones fall out.</source>
        <translation>Самые новые запросы, только в памяти; более старые вытесняются.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the window is Veil, and closing it quits.</source>
        <translation>В этой среде нет системного лотка: окно — это и есть Veil, и его закрытие завершает работу.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>Порт должен быть целым числом от 1 до 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address such as 127.0.0.1 or ::1.</source>
        <translation>«%1» — не IP-адрес вида 127.0.0.1 или ::1.</translation>
    </message>
    <message>
        <source>HTTP, HTTPS and SOCKS proxy</source>
        <translation>HTTP-, HTTPS- и SOCKS-прокси</translation>
    </message>
    <message>
        <source>Automatic configuration (PAC)</source>
        <translation>Автоматическая настройка (PAC)</translation>
    </message>
    <message>
        <source>The automatic configuration sends local names past Veil and, with the kill switch off, lets the browser connect directly while Veil is not running.</source>
        <translation>Автоматическая настройка пускает локальные имена мимо Veil и при выключенном аварийном выключателе позволяет браузеру подключаться напрямую, пока Veil не запущен.</translation>
    </message>
    <message>
        <source>System proxy setting</source>
        <translation>Системный прокси</translation>
    </message>
    <message>
        <source>About Veil…</source>
        <translation>О Veil…</translation>
    </message>
    <message>
        <source>Veil %1</source>
        <translation>Veil %1</translation>
    </message>
    <message>
        <source>Veil listens on the new address before it leaves the old one: open connections carry on, new ones need the new address.</source>
        <translation>Veil начинает слушать новый адрес до того, как покинуть старый: открытые соединения продолжают работать, новым нужен новый адрес.</translation>
    </message>
</context>
<context>
    <name>Veil::Socks5Session</name>
    <message>
        <source>SOCKS5 handshake timed out</source>
        <translation>истекло время рукопожатия SOCKS5</translation>
    </message>
    <message>
        <source>client closed the connection during the handshake</source>
        <translation>клиент закрыл соединение во время рукопожатия</translation>
    </message>
    <message>
        <source>SOCKS5: %1</source>
        <translation>SOCKS5: %1</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>Veil заблокировал %1: %2.</translation>
    </message>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>закрыто, так как изменился маршрут (закрытие при переключении)</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxy</name>
    <message>
        <source>this desktop (%1) has no system proxy setting Veil can change; supported are GNOME, Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 and 6, macOS and Windows. Use the proxy environment variables instead.</source>
        <translation>в этой среде (%1) нет настройки системного прокси, которую Veil может изменить; поддерживаются GNOME, Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 и 6, macOS и Windows. Используйте вместо этого переменные окружения прокси.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>unknown system proxy backend &quot;%1&quot; (gnome, kde, macos, windows)</source>
        <translation>неизвестный механизм системного прокси «%1» (gnome, kde, macos, windows)</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyCommand</name>
    <message>
        <source>no system proxy change to restore (%1 does not exist)</source>
        <translation>нет изменений системного прокси для восстановления (%1 не существует)</translation>
    </message>
    <message>
        <source>cannot restore the system proxy recorded in %1: %2</source>
        <translation>не удаётся восстановить системный прокси, записанный в %1: %2</translation>
    </message>
    <message>
        <source>restored the %1 proxy settings a previous Veil left behind</source>
        <translation>восстановлены настройки прокси (%1), оставленные предыдущим Veil</translation>
    </message>
    <message>
        <source>left alone (changed by another program): %1</source>
        <translation>оставлено как есть (изменено другой программой): %1</translation>
    </message>
    <message>
        <source>a previous Veil left a system proxy mark, but another program has changed the %1 proxy settings since; they were left alone</source>
        <translation>предыдущий Veil оставил отметку системного прокси, но с тех пор другая программа изменила настройки прокси (%1); они оставлены как есть</translation>
    </message>
    <message>
        <source>cannot restore the system proxy: %1</source>
        <translation>не удаётся восстановить системный прокси: %1</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyController</name>
    <message>
        <source>Veil did not change the system proxy: %1</source>
        <translation>Veil не изменил системный прокси: %1</translation>
    </message>
    <message>
        <source>%1 did not keep the new setting</source>
        <translation>%1 не сохранил новую настройку</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1</source>
        <translation>не удаётся задать системный прокси: %1</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1; putting the old settings back failed too (%2), run veil --restore-system-proxy</source>
        <translation>не удаётся задать системный прокси: %1; вернуть прежние настройки тоже не удалось (%2), выполните veil --restore-system-proxy</translation>
    </message>
    <message>
        <source>%1; it was moved to %2</source>
        <translation>%1; файл перемещён в %2</translation>
    </message>
    <message>
        <source>the leftover system proxy change in %1 was made with the %2 backend, not %3</source>
        <translation>оставшееся изменение системного прокси в %1 сделано механизмом %2, а не %3</translation>
    </message>
    <message>
        <source>another Veil (process %1) has the system proxy; stop it first</source>
        <translation>системным прокси управляет другой Veil (процесс %1); сначала остановите его</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxySettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; сохраняется прежнее значение</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>должно быть массивом строк</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>не больше %1 записей</translation>
    </message>
    <message>
        <source>an empty entry</source>
        <translation>пустая запись</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network such as 10.0.0.0/8 or fd00::/8</source>
        <translation>«%1» — не сеть вида 10.0.0.0/8 или fd00::/8</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name, *.domain, address or network</source>
        <translation>«%1» — не имя хоста, не *.domain, не адрес и не сеть</translation>
    </message>
    <message>
        <source>must be &quot;fixed&quot; or &quot;pac&quot;</source>
        <translation>должно быть &quot;fixed&quot; или &quot;pac&quot;</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyStateFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a system proxy state file Veil can read</source>
        <translation>%1 — не файл состояния системного прокси, который Veil может прочитать</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
</context>
<context>
    <name>Veil::ThroughputGraph</name>
    <message>
        <source>%1 B/s</source>
        <translation>%1 Б/с</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 КиБ/с</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 МиБ/с</translation>
    </message>
    <message>
        <source>↓ %1   ↑ %2   (last 60 s, top of scale %3)</source>
        <translation>↓ %1   ↑ %2   (последние 60 с, верх шкалы %3)</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficDetailsPane</name>
    <message>
        <source>Close connection</source>
        <translation>Закрыть соединение</translation>
    </message>
    <message>
        <source>End this connection now; the client sees it closed</source>
        <translation>Завершить это соединение сейчас; клиент увидит его закрытым</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Приватность</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байты</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Соединение установлено</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Запрос отправлен</translation>
    </message>
    <message>
        <source>First response byte</source>
        <translation>Первый байт ответа</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Request headers (as sent)</source>
        <translation>Заголовки запроса (как отправлены)</translation>
    </message>
    <message>
        <source>Response headers (as received)</source>
        <translation>Заголовки ответа (как получены)</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>Обычный HTTP</translation>
    </message>
    <message>
        <source>Tunnel (HTTP CONNECT)</source>
        <translation>Туннель (HTTP CONNECT)</translation>
    </message>
    <message>
        <source>Tunnel (SOCKS5)</source>
        <translation>Туннель (SOCKS5)</translation>
    </message>
    <message>
        <source>Veil&apos;s own page</source>
        <translation>Собственная страница Veil</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Напрямую</translation>
    </message>
    <message>
        <source>Through an exit</source>
        <translation>Через выход</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Answered by Veil</source>
        <translation>Ответил Veil</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>no rule: the mode&apos;s default</source>
        <translation>нет правила: по умолчанию для режима</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>%1 down, %2 up</source>
        <translation>получено %1, отправлено %2</translation>
    </message>
    <message>
        <source>Headers and timings appear when it ends.</source>
        <translation>Заголовки и время появятся, когда оно завершится.</translation>
    </message>
    <message numerus="yes">
        <source>Details are kept for the latest %n request(s).</source>
        <translation>
            <numerusform>Подробности хранятся для последнего %n запроса.</numerusform>
            <numerusform>Подробности хранятся для последних %n запросов.</numerusform>
            <numerusform>Подробности хранятся для последних %n запросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>No details were recorded for this row.</source>
        <translation>Для этой строки подробности не записаны.</translation>
    </message>
    <message>
        <source>A tunnel&apos;s bytes are the client&apos;s own: Veil sees no headers.</source>
        <translation>Байты туннеля принадлежат клиенту: Veil не видит заголовков.</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>reused a kept-alive connection</source>
        <translation>повторно использовано постоянное соединение</translation>
    </message>
    <message>
        <source>Referer cut to the site&apos;s origin</source>
        <translation>Referer сокращён до источника сайта</translation>
    </message>
    <message>
        <source>Referer removed</source>
        <translation>Referer удалён</translation>
    </message>
    <message>
        <source>Sec-GPC: 1 added</source>
        <translation>Sec-GPC: 1 добавлен</translation>
    </message>
    <message>
        <source>DNT: 1 added</source>
        <translation>DNT: 1 добавлен</translation>
    </message>
    <message>
        <source>User-Agent replaced</source>
        <translation>User-Agent заменён</translation>
    </message>
    <message>
        <source>Query parameter %1 removed</source>
        <translation>Параметр запроса %1 удалён</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 мкс</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
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
        <translation>ок</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>напрямую</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локально</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>попадание</translation>
    </message>
    <message>
        <source>revalidated</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>в обход</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>промах</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficPage</name>
    <message>
        <source>Follow</source>
        <translation>Следить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Filter by host, path, method, exit or error</source>
        <translation>Фильтр по хосту, пути, методу, выходу или ошибке</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Любое решение</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Напрямую</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Локально</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
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
        <translation>Держать в поле зрения самый новый запрос</translation>
    </message>
    <message>
        <source>Stop updating the table; requests are still recorded and appear when you resume</source>
        <translation>Остановить обновление таблицы; запросы по-прежнему записываются и появятся, когда вы продолжите</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>показана %n строка</numerusform>
            <numerusform>показаны %n строки</numerusform>
            <numerusform>показано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table</source>
        <translation>
            <numerusform>%n в таблице</numerusform>
            <numerusform>%n в таблице</numerusform>
            <numerusform>%n в таблице</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older row(s) dropped</source>
        <translation>
            <numerusform>%n старая строка удалена</numerusform>
            <numerusform>%n старые строки удалены</numerusform>
            <numerusform>%n старых строк удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n event(s) waiting</source>
        <translation>
            <numerusform>пауза, ожидает %n событие</numerusform>
            <numerusform>пауза, ожидают %n события</numerusform>
            <numerusform>пауза, ожидают %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped while paused</source>
        <translation>
            <numerusform>%n событие отброшено во время паузы</numerusform>
            <numerusform>%n события отброшено во время паузы</numerusform>
            <numerusform>%n событий отброшено во время паузы</numerusform>
        </translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>Экспорт трафика</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) as CSV to %1</source>
        <translation>
            <numerusform>%n строка экспортирована в CSV: %1</numerusform>
            <numerusform>%n строки экспортированы в CSV: %1</numerusform>
            <numerusform>%n строк экспортировано в CSV: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) as HAR to %1</source>
        <translation>
            <numerusform>%n запрос экспортирован в HAR: %1</numerusform>
            <numerusform>%n запроса экспортировано в HAR: %1</numerusform>
            <numerusform>%n запросов экспортировано в HAR: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel row(s) left out (HAR describes plain HTTP only)</source>
        <translation>
            <numerusform>%n строка туннеля пропущена (HAR описывает только незашифрованный HTTP)</numerusform>
            <numerusform>%n строки туннелей пропущены (HAR описывает только незашифрованный HTTP)</numerusform>
            <numerusform>%n строк туннелей пропущено (HAR описывает только незашифрованный HTTP)</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Файлы HAR (*.har)</translation>
    </message>
    <message>
        <source>Close connection</source>
        <translation>Закрыть соединение</translation>
    </message>
    <message>
        <source>Connection #%1 had already ended</source>
        <translation>Соединение №%1 уже было завершено</translation>
    </message>
</context>
<context>
    <name>Veil::TrayController</name>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Protection on</source>
        <translation>Защита включена</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Системный прокси</translation>
    </message>
    <message>
        <source>Everything through the region</source>
        <translation>Всё через регион</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>По правилам</translation>
    </message>
    <message>
        <source>Direct (off)</source>
        <translation>Напрямую (выкл.)</translation>
    </message>
    <message>
        <source>Point this computer&apos;s proxy settings at Veil (restored when you turn it off or quit)</source>
        <translation>Направить настройки прокси этого компьютера на Veil (восстанавливаются при выключении или выходе)</translation>
    </message>
    <message>
        <source>Copy proxy environment variables</source>
        <translation>Копировать переменные окружения прокси</translation>
    </message>
    <message>
        <source>Open Veil</source>
        <translation>Открыть Veil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>No exits configured</source>
        <translation>Выходы не настроены</translation>
    </message>
    <message>
        <source>Veil: protection off (direct)</source>
        <translation>Veil: защита выключена (напрямую)</translation>
    </message>
    <message>
        <source>Veil: through %1</source>
        <translation>Veil: через %1</translation>
    </message>
    <message>
        <source>Veil: holding connections, no healthy exit in %1</source>
        <translation>Veil: соединения удерживаются, в %1 нет исправных выходов</translation>
    </message>
    <message>
        <source>Veil: not running</source>
        <translation>Veil: не запущен</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>О Veil</translation>
    </message>
</context>
<context>
    <name>Veil::Tunnel</name>
    <message>
        <source>tunnel idle timeout</source>
        <translation>тайм-аут простоя туннеля</translation>
    </message>
    <message>
        <source>cannot relay the tunnel</source>
        <translation>не удаётся передавать данные туннеля</translation>
    </message>
</context>
<context>
    <name>Veil::UiSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; сохраняется прежнее значение</translation>
    </message>
    <message>
        <source>ui: must be an object; keeping the previous value</source>
        <translation>ui: должно быть объектом; сохраняется прежнее значение</translation>
    </message>
    <message>
        <source>must be &quot;&quot; (follow the system) or one of %1</source>
        <translation>должно быть &quot;&quot; (как в системе) или одним из: %1</translation>
    </message>
    <message>
        <source>must be &quot;system&quot;, &quot;light&quot; or &quot;dark&quot;</source>
        <translation>должно быть &quot;system&quot;, &quot;light&quot; или &quot;dark&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
</context>
<context>
    <name>Veil::WindowsSystemProxy</name>
    <message>
        <source>cannot read the proxy settings of %1 (error %2)</source>
        <translation>не удаётся прочитать настройки прокси для %1 (ошибка %2)</translation>
    </message>
    <message>
        <source>cannot change the proxy settings of %1 (error %2)</source>
        <translation>не удаётся изменить настройки прокси для %1 (ошибка %2)</translation>
    </message>
    <message>
        <source>Windows (Internet Options)</source>
        <translation>Windows (Свойства браузера)</translation>
    </message>
</context>
</TS>
