<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
        <translation>Veil läuft bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <source>Try &apos;veil --help&apos;.</source>
        <translation>Siehe &apos;veil --help&apos;.</translation>
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
        <translation>%1: %2 Regeln (%3 Host, %4 URL, %5 Regex), %6 übersprungen (%7)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>more than %1 lists; this one is not used</source>
        <translation>mehr als %1 Listen; diese wird nicht verwendet</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Block what this list names</source>
        <translation>Sperren, was diese Liste nennt</translation>
    </message>
    <message>
        <source>Treat requests of unknown origin as third-party</source>
        <translation>Anfragen unbekannter Herkunft als Drittanbieter-Anfragen behandeln</translation>
    </message>
    <message>
        <source>Use this list</source>
        <translation>Diese Liste verwenden</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>easylist</source>
        <translation>easylist</translation>
    </message>
    <message>
        <source>Off: the list only serves rules of the type &quot;Blocklist&quot; (for example, send the sites of a streaming list through an exit).</source>
        <translation>Aus: Die Liste dient nur Regeln vom Typ „Sperrliste“ (zum Beispiel, um die Websites einer Streaming-Liste über einen Ausgang zu leiten).</translation>
    </message>
    <message>
        <source>&quot;$third-party&quot; filters need to know which page a request comes from. Inside HTTPS tunnels and without a Referer Veil cannot tell.</source>
        <translation>Filter mit „$third-party“ müssen wissen, von welcher Seite eine Anfrage kommt. In HTTPS-Tunneln und ohne Referer kann Veil das nicht erkennen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Choose a blocklist</source>
        <translation>Sperrliste auswählen</translation>
    </message>
    <message>
        <source>Lists (*.txt *.list *.hosts);;All files (*)</source>
        <translation>Listen (*.txt *.list *.hosts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Name the list: 1 to 64 characters without &apos;,&apos; or line breaks.</source>
        <translation>Benennen Sie die Liste: 1 bis 64 Zeichen ohne &apos;,&apos; oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>A list named &quot;%1&quot; already exists.</source>
        <translation>Eine Liste namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>a file, or the https:// address of a list to subscribe to</source>
        <translation>eine Datei oder die https://-Adresse einer zu abonnierenden Liste</translation>
    </message>
    <message>
        <source>Hosts files, domain lists and Adblock Plus / uBlock Origin filters. A subscription is downloaded through Veil (so it takes your exit), kept up to date, and its last good copy stays in use when an update fails.</source>
        <translation>Hosts-Dateien, Domainlisten und Filter von Adblock Plus / uBlock Origin. Ein Abonnement wird über Veil heruntergeladen (nimmt also Ihren Ausgang), aktuell gehalten, und seine letzte funktionierende Kopie bleibt in Gebrauch, wenn eine Aktualisierung fehlschlägt.</translation>
    </message>
    <message>
        <source>only on &quot;Update now&quot;</source>
        <translation>nur bei „Jetzt aktualisieren“</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Check for updates every</source>
        <translation>Auf Aktualisierungen prüfen alle</translation>
    </message>
    <message>
        <source>%1 is not a usable address: give http:// or https://, a host, and no user name.</source>
        <translation>%1 ist keine verwendbare Adresse: Geben Sie http:// oder https:// und einen Host an, aber keinen Benutzernamen.</translation>
    </message>
    <message>
        <source>Choose the list&apos;s file, or give the address of a subscription.</source>
        <translation>Wählen Sie die Datei der Liste oder geben Sie die Adresse eines Abonnements an.</translation>
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
        <translation>Nichts wurde übersprungen.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message>
        <source>File changed %1</source>
        <translation>Datei geändert: %1</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Sperrt</translation>
    </message>
    <message>
        <source>For rules only</source>
        <translation>Nur für Regeln</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Kopie: %1</translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>Die letzte Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>New version downloaded %1</source>
        <translation>Neue Version heruntergeladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked every %n hour(s)</source>
        <translation>
            <numerusform>Im Abstand von %n Stunde geprüft</numerusform>
            <numerusform>Alle %n Stunden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only on &quot;Update now&quot;</source>
        <translation>Nur bei „Jetzt aktualisieren“ geprüft</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>wird heruntergeladen…</translation>
    </message>
    <message>
        <source>update failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistUpdater</name>
    <message>
        <source>the list is larger than %1 MiB</source>
        <translation>die Liste ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>der Server antwortete %1 %2</translation>
    </message>
    <message>
        <source>the download holds no rules (%1 bytes); the previous copy stays in use</source>
        <translation>der Download enthält keine Regeln (%1 Bytes); die bisherige Kopie bleibt in Gebrauch</translation>
    </message>
    <message>
        <source>the download holds only %1 rules where the copy in use has %2; the previous copy stays in use</source>
        <translation>der Download enthält nur %1 Regeln, die verwendete Kopie dagegen %2; die bisherige Kopie bleibt in Gebrauch</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Veil::Cache</name>
    <message>
        <source>the response may be stored</source>
        <translation>die Antwort darf gespeichert werden</translation>
    </message>
    <message>
        <source>only GET responses are stored and only GET and HEAD are answered</source>
        <translation>nur GET-Antworten werden gespeichert und nur GET und HEAD beantwortet</translation>
    </message>
    <message>
        <source>the status is not final</source>
        <translation>der Status ist nicht endgültig</translation>
    </message>
    <message>
        <source>the cache does not implement the caching rules of this status</source>
        <translation>der Cache setzt die Caching-Regeln dieses Status nicht um</translation>
    </message>
    <message>
        <source>the request says no-store</source>
        <translation>die Anfrage verlangt no-store</translation>
    </message>
    <message>
        <source>the response says no-store</source>
        <translation>die Antwort verlangt no-store</translation>
    </message>
    <message>
        <source>the response is private to one user and Veil is a shared cache</source>
        <translation>die Antwort ist für einen einzelnen Benutzer bestimmt und Veil ist ein gemeinsamer Cache</translation>
    </message>
    <message>
        <source>the request carried credentials and the response does not allow shared caching</source>
        <translation>die Anfrage enthielt Zugangsdaten und die Antwort erlaubt kein gemeinsames Caching</translation>
    </message>
    <message>
        <source>the response has no freshness information and its status has no heuristic</source>
        <translation>die Antwort hat keine Frische-Angaben und für ihren Status gibt es keine Heuristik</translation>
    </message>
    <message>
        <source>the request has no absolute URI</source>
        <translation>die Anfrage hat keinen absoluten URI</translation>
    </message>
    <message>
        <source>range requests are passed through</source>
        <translation>Bereichsanfragen werden durchgereicht</translation>
    </message>
    <message>
        <source>the request carries preconditions only the origin can evaluate</source>
        <translation>die Anfrage enthält Vorbedingungen, die nur der Ursprungsserver prüfen kann</translation>
    </message>
    <message>
        <source>the stored response is fresh</source>
        <translation>die gespeicherte Antwort ist frisch</translation>
    </message>
    <message>
        <source>the stored response is stale and the client accepts that (max-stale)</source>
        <translation>die gespeicherte Antwort ist veraltet, und der Client akzeptiert das (max-stale)</translation>
    </message>
    <message>
        <source>the stored response is stale and is revalidated in the background</source>
        <translation>die gespeicherte Antwort ist veraltet und wird im Hintergrund neu validiert</translation>
    </message>
    <message>
        <source>the origin failed and the stale stored response may stand in</source>
        <translation>der Ursprungsserver ist ausgefallen und die veraltete gespeicherte Antwort darf einspringen</translation>
    </message>
    <message>
        <source>the stored response is stale</source>
        <translation>die gespeicherte Antwort ist veraltet</translation>
    </message>
    <message>
        <source>the stored response is stale and the origin forbids serving it stale</source>
        <translation>die gespeicherte Antwort ist veraltet und der Ursprungsserver verbietet, sie veraltet auszuliefern</translation>
    </message>
    <message>
        <source>the origin requires validation before every reuse (no-cache)</source>
        <translation>der Ursprungsserver verlangt vor jeder Wiederverwendung eine Validierung (no-cache)</translation>
    </message>
    <message>
        <source>the client asked for validation (no-cache)</source>
        <translation>der Client hat eine Validierung verlangt (no-cache)</translation>
    </message>
    <message>
        <source>the stored response is older than the client accepts (max-age)</source>
        <translation>die gespeicherte Antwort ist älter, als der Client akzeptiert (max-age)</translation>
    </message>
    <message>
        <source>the stored response is not fresh enough for the client (min-fresh)</source>
        <translation>die gespeicherte Antwort ist für den Client nicht frisch genug (min-fresh)</translation>
    </message>
    <message>
        <source>the client accepts only a stored response and none can be used</source>
        <translation>der Client akzeptiert nur eine gespeicherte Antwort, und keine ist verwendbar</translation>
    </message>
</context>
<context>
    <name>Veil::CachePage</name>
    <message>
        <source>Keep a local copy of plain-HTTP responses</source>
        <translation>Lokale Kopien unverschlüsselter HTTP-Antworten speichern</translation>
    </message>
    <message>
        <source>Delete the cache when Veil quits</source>
        <translation>Cache beim Beenden von Veil löschen</translation>
    </message>
    <message>
        <source>Veil keeps responses of plain-HTTP sites so repeat visits are faster and reach the network (and the exit) less often, following the sites&apos; own caching rules. HTTPS is never cached: it passes through an encrypted tunnel Veil cannot read.</source>
        <translation>Veil speichert Antworten von Websites mit unverschlüsseltem HTTP, damit wiederholte Besuche schneller sind und seltener das Netz (und den Ausgang) beanspruchen; dabei gelten die Caching-Regeln der Websites selbst. HTTPS wird nie zwischengespeichert: Es läuft durch einen verschlüsselten Tunnel, den Veil nicht lesen kann.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Disk space at most:</source>
        <translation>Speicherplatz höchstens:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Clear site</source>
        <translation>Website leeren</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Alles leeren…</translation>
    </message>
    <message>
        <source>Never cache these sites (and their subdomains)</source>
        <translation>Diese Websites (und ihre Subdomains) nie zwischenspeichern</translation>
    </message>
    <message>
        <source>news.example</source>
        <translation>news.example</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clear the cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Delete every cached response? Sites load from the network again the next time.</source>
        <translation>Alle zwischengespeicherten Antworten löschen? Websites werden beim nächsten Mal wieder aus dem Netz geladen.</translation>
    </message>
    <message>
        <source>The cache is off</source>
        <translation>Der Cache ist aus</translation>
    </message>
    <message>
        <source>Plain-HTTP responses are not stored.</source>
        <translation>Unverschlüsselte HTTP-Antworten werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message numerus="yes">
        <source>%n stored responses</source>
        <translation>
            <numerusform>%n gespeicherte Antwort</numerusform>
            <numerusform>%n gespeicherte Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>hit ratio %1 % (%2 hits, %3 revalidated, %4 misses)</source>
        <translation>Trefferquote %1 % (%2 Treffer, %3 neu validiert, %4 Fehlzugriffe)</translation>
    </message>
    <message>
        <source>%1 served from the cache</source>
        <translation>%1 aus dem Cache ausgeliefert</translation>
    </message>
    <message>
        <source>still reading the entries of earlier runs</source>
        <translation>die Einträge früherer Läufe werden noch gelesen</translation>
    </message>
    <message>
        <source>%1 removed to stay within the budget, %2 not stored (too large or a disk problem)</source>
        <translation>%1 entfernt, um im Rahmen zu bleiben, %2 nicht gespeichert (zu groß oder ein Festplattenproblem)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (for example news.example).</source>
        <translation>„%1“ ist kein Hostname (zum Beispiel news.example).</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
    <message>
        <source>%1 is no longer cached. Responses stored before stay until they expire or you clear the site.</source>
        <translation>%1 wird nicht mehr zwischengespeichert. Bereits gespeicherte Antworten bleiben, bis sie ablaufen oder Sie die Website leeren.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached responses of %1.</source>
        <translation>
            <numerusform>%n zwischengespeicherte Antwort von %1 entfernt.</numerusform>
            <numerusform>%n zwischengespeicherte Antworten von %1 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>Der Cache ist leer.</translation>
    </message>
</context>
<context>
    <name>Veil::CacheSettings</name>
    <message>
        <source>cache.%1: %2; keeping the previous value</source>
        <translation>cache.%1: %2; der bisherige Wert bleibt</translation>
    </message>
    <message>
        <source>cache: must be an object; keeping the previous values</source>
        <translation>cache: muss ein Objekt sein; die bisherigen Werte bleiben</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>must be a list of host names</source>
        <translation>muss eine Liste von Hostnamen sein</translation>
    </message>
    <message>
        <source>cache.bypass[%1]: not a host name; skipped</source>
        <translation>cache.bypass[%1]: kein Hostname; übersprungen</translation>
    </message>
</context>
<context>
    <name>Veil::CommandLine</name>
    <message>
        <source>Veil, a privacy proxy for your desktop: one local port for HTTP, HTTPS (CONNECT) and SOCKS5.</source>
        <translation>Veil, ein Datenschutz-Proxy für Ihren Desktop: ein lokaler Port für HTTP, HTTPS (CONNECT) und SOCKS5.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Run the proxy engine without a window; traffic is printed to stdout.</source>
        <translation>Die Proxy-Engine ohne Fenster ausführen; der Verkehr wird auf stdout ausgegeben.</translation>
    </message>
    <message>
        <source>Listen on HOST:PORT (default 127.0.0.1:8765). A non-loopback address needs --allow-remote and credentials.</source>
        <translation>Auf HOST:PORT lauschen (Standard 127.0.0.1:8765). Eine Adresse außerhalb von Loopback erfordert --allow-remote und Zugangsdaten.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Read settings from FILE (default: %1).</source>
        <translation>Einstellungen aus DATEI lesen (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Traffic log format in headless mode: text, json or none.</source>
        <translation>Format des Verkehrsprotokolls ohne Fenster: text, json oder none.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Number of worker threads (default: one per core, at least 2).</source>
        <translation>Anzahl der Worker-Threads (Standard: einer pro Kern, mindestens 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Allow listening on a non-loopback address (requires --proxy-user and VEIL_PROXY_PASSWORD).</source>
        <translation>Lauschen auf einer Adresse außerhalb von Loopback erlauben (erfordert --proxy-user und VEIL_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>Require this user name (HTTP Basic and SOCKS5 user/password); the password comes from the VEIL_PROXY_PASSWORD environment variable.</source>
        <translation>Diesen Benutzernamen verlangen (HTTP Basic und SOCKS5 Benutzer/Passwort); das Passwort kommt aus der Umgebungsvariable VEIL_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Add an exit proxy for this run: http://[user@]host:port#REGION, https://… or socks5://…; repeatable. Passwords come from VEIL_EXIT_PASSWORD_&lt;ID&gt; or VEIL_EXIT_PASSWORD, never from the URL.</source>
        <translation>Einen Ausgangs-Proxy für diesen Lauf hinzufügen: http://[user@]host:port#REGION, https://… oder socks5://…; wiederholbar. Passwörter kommen aus VEIL_EXIT_PASSWORD_&lt;ID&gt; oder VEIL_EXIT_PASSWORD, nie aus der URL.</translation>
    </message>
    <message>
        <source>URL#REGION</source>
        <translation>URL#REGION</translation>
    </message>
    <message>
        <source>Send traffic out through the exits of region CODE (ISO 3166 alpha-2).</source>
        <translation>Den Verkehr über die Ausgänge der Region CODE senden (ISO 3166 alpha-2).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Routing mode: direct, exit or rules.</source>
        <translation>Routing-Modus: direct, exit oder rules.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>When no exit of the region is healthy, connect directly instead of failing closed.</source>
        <translation>Wenn kein Ausgang der Region funktioniert, direkt verbinden, statt zu sperren.</translation>
    </message>
    <message>
        <source>Probe every configured exit once, fetch its public address through it (routing.ipCheckUrl) and look up its country (routing.geoipDatabase); print one line per exit, then exit with 0 when all are up and in their region, 3 otherwise. Implies --headless; nothing listens.</source>
        <translation>Jeden konfigurierten Ausgang einmal prüfen, seine öffentliche Adresse über ihn abrufen (routing.ipCheckUrl) und sein Land nachschlagen (routing.geoipDatabase); eine Zeile pro Ausgang ausgeben, dann mit 0 beenden, wenn alle laufen und in ihrer Region liegen, sonst mit 3. Impliziert --headless; es wird nicht gelauscht.</translation>
    </message>
    <message>
        <source>Resolve names of direct connections with this DNS-over-HTTPS server (RFC 8484), e.g. https://dns.example/dns-query. Exits always resolve names themselves.</source>
        <translation>Namen direkter Verbindungen über diesen DNS-over-HTTPS-Server auflösen (RFC 8484), z. B. https://dns.example/dns-query. Ausgänge lösen Namen immer selbst auf.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add the exit URLs listed in FILE (one per line, URL#REGION; --region gives the region of lines without one) to the config file, report skipped lines, and exit.</source>
        <translation>Die in DATEI aufgeführten Ausgangs-URLs (eine pro Zeile, URL#REGION; --region gibt die Region für Zeilen ohne eine an) zur Konfigurationsdatei hinzufügen, übersprungene Zeilen melden und beenden.</translation>
    </message>
    <message>
        <source>Point the system proxy (GNOME, KDE Plasma, macOS, Windows) at Veil while it runs; your own settings are saved first and restored on exit, SIGINT or SIGTERM.</source>
        <translation>Den System-Proxy (GNOME, KDE Plasma, macOS, Windows) auf Veil richten, solange es läuft; Ihre eigenen Einstellungen werden vorher gesichert und beim Beenden, bei SIGINT oder SIGTERM wiederhergestellt.</translation>
    </message>
    <message>
        <source>How --system-proxy points at Veil: fixed (HTTP, HTTPS and SOCKS proxy, the default) or pac (the automatic configuration URL /proxy.pac).</source>
        <translation>Wie --system-proxy auf Veil verweist: fixed (HTTP-, HTTPS- und SOCKS-Proxy, Standard) oder pac (die URL zur automatischen Konfiguration /proxy.pac).</translation>
    </message>
    <message>
        <source>Which system proxy setting to change: auto (from XDG_CURRENT_DESKTOP; the default), gnome, kde, macos or windows.</source>
        <translation>Welche System-Proxy-Einstellung geändert wird: auto (aus XDG_CURRENT_DESKTOP; Standard), gnome, kde, macos oder windows.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Restore the system proxy settings a Veil that crashed or was killed left behind, then exit (0: restored or nothing to do, 1: failed).</source>
        <translation>Die System-Proxy-Einstellungen wiederherstellen, die ein abgestürztes oder beendetes Veil hinterlassen hat, dann beenden (0: wiederhergestellt oder nichts zu tun, 1: fehlgeschlagen).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--system-proxy-mode must be fixed or pac, not &quot;%1&quot;</source>
        <translation>--system-proxy-mode muss fixed oder pac sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--system-proxy-backend must be auto, gnome, kde, macos or windows, not &quot;%1&quot;</source>
        <translation>--system-proxy-backend muss auto, gnome, kde, macos oder windows sein, nicht „%1“</translation>
    </message>
    <message>
        <source>config file %1 does not exist</source>
        <translation>Konfigurationsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US, not &quot;%1&quot;</source>
        <translation>--region muss ein zweibuchstabiger Ländercode wie US sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen: %1</translation>
    </message>
    <message>
        <source>--log-format must be text, json or none, not &quot;%1&quot;</source>
        <translation>--log-format muss text, json oder none sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 256</source>
        <translation>--threads muss eine Zahl von 1 bis 256 sein</translation>
    </message>
    <message>
        <source>--proxy-user must be non-empty and must not contain &apos;:&apos;</source>
        <translation>--proxy-user darf nicht leer sein und kein &apos;:&apos; enthalten</translation>
    </message>
    <message>
        <source>a proxy user is set but VEIL_PROXY_PASSWORD is empty</source>
        <translation>ein Proxy-Benutzer ist gesetzt, aber VEIL_PROXY_PASSWORD ist leer</translation>
    </message>
    <message>
        <source>--exit %1: %2</source>
        <translation>--exit %1: %2</translation>
    </message>
    <message>
        <source>--exit %1: add the region, e.g. #US</source>
        <translation>--exit %1: die Region angeben, z. B. #US</translation>
    </message>
    <message>
        <source>--exit %1: the same exit is given twice</source>
        <translation>--exit %1: derselbe Ausgang ist zweimal angegeben</translation>
    </message>
    <message>
        <source>no exit is configured for region %1: connections will be held (fail closed)</source>
        <translation>für Region %1 ist kein Ausgang konfiguriert: Verbindungen werden zurückgehalten (ausfallsicher gesperrt)</translation>
    </message>
    <message>
        <source>--mode must be direct, exit or rules, not &quot;%1&quot;</source>
        <translation>--mode muss direct, exit oder rules sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--doh: %1</source>
        <translation>--doh: %1</translation>
    </message>
    <message>
        <source>--blocklist %1: no such readable file</source>
        <translation>--blocklist %1: keine solche lesbare Datei</translation>
    </message>
    <message>
        <source>Show Veil in language CODE (%1) instead of the system&apos;s language; the setting ui.language in the config file does the same.</source>
        <translation>Veil in der Sprache CODE (%1) statt in der Systemsprache anzeigen; die Einstellung ui.language in der Konfigurationsdatei bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;</source>
        <translation>--language muss einer von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>Keep the HTTP cache in DIR (default: &quot;http&quot; in the application&apos;s cache directory).</source>
        <translation>Den HTTP-Cache in VERZEICHNIS ablegen (Standard: „http“ im Cache-Verzeichnis der Anwendung).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Let the HTTP cache use at most MIB mebibytes on disk (default 512); the least recently used responses go first.</source>
        <translation>Den HTTP-Cache höchstens MIB Mebibyte auf der Festplatte belegen lassen (Standard 512); die am längsten nicht verwendeten Antworten werden zuerst entfernt.</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>Do not cache plain-HTTP responses for this run (HTTPS is never cached: it passes through a tunnel).</source>
        <translation>Unverschlüsselte HTTP-Antworten in diesem Lauf nicht zwischenspeichern (HTTPS wird nie zwischengespeichert: Es läuft durch einen Tunnel).</translation>
    </message>
    <message>
        <source>--cache-dir %1: exists and is not a directory</source>
        <translation>--cache-dir %1: existiert und ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>--cache-size must be a whole number of MiB from 1 to 1048576, not &quot;%1&quot;</source>
        <translation>--cache-size muss eine ganze Zahl (MiB) von 1 bis 1048576 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Send STRING as the User-Agent of every plain-HTTP request for this run (privacy.userAgent).</source>
        <translation>STRING in diesem Lauf als User-Agent jeder unverschlüsselten HTTP-Anfrage senden (privacy.userAgent).</translation>
    </message>
    <message>
        <source>STRING</source>
        <translation>STRING</translation>
    </message>
    <message>
        <source>What plain-HTTP requests to another site get as Referer: keep, origin (the page&apos;s scheme://host/ only; the default) or drop.</source>
        <translation>Was unverschlüsselte HTTP-Anfragen an eine andere Website als Referer erhalten: keep (behalten), origin (nur scheme://host/ der Seite; Standard) oder drop (entfernen).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>Change nothing in plain-HTTP requests for this run: no Referer trimming, Sec-GPC, DNT, tracking-parameter stripping or User-Agent override.</source>
        <translation>In diesem Lauf nichts an unverschlüsselten HTTP-Anfragen ändern: kein Kürzen des Referers, kein Sec-GPC, kein DNT, kein Entfernen von Tracking-Parametern und kein eigener User-Agent.</translation>
    </message>
    <message>
        <source>--no-privacy-filters turns off what --user-agent and --referer set; use one or the other</source>
        <translation>--no-privacy-filters schaltet ab, was --user-agent und --referer einstellen; verwenden Sie nur eines davon</translation>
    </message>
    <message>
        <source>--referer must be keep, origin or drop, not &quot;%1&quot;</source>
        <translation>--referer muss keep, origin oder drop sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--user-agent: %1</source>
        <translation>--user-agent: %1</translation>
    </message>
    <message>
        <source>Hold traffic instead of letting it out directly: never fall back to direct when no exit is healthy, and the PAC file never ends in DIRECT (routing.killSwitch).</source>
        <translation>Verkehr zurückhalten, statt ihn direkt hinauszulassen: nie auf direkt ausweichen, wenn kein Ausgang funktioniert, und die PAC-Datei endet nie mit DIRECT (routing.killSwitch).</translation>
    </message>
    <message>
        <source>Block what the list at FILE or URL names for this run: a hosts file, a plain domain list or Adblock Plus / uBlock Origin network filters. A URL (http:// or https://) is a subscription: fetched through Veil, kept up to date and stored on disk; repeatable.</source>
        <translation>Für diesen Lauf sperren, was die Liste unter DATEI oder URL nennt: eine Hosts-Datei, eine einfache Domainliste oder Netzwerkfilter von Adblock Plus / uBlock Origin. Eine URL (http:// oder https://) ist ein Abonnement: über Veil abgerufen, aktuell gehalten und auf der Festplatte gespeichert; wiederholbar.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>DATEI|URL</translation>
    </message>
    <message>
        <source>--fallback-direct and --kill-switch contradict each other: choose one</source>
        <translation>--fallback-direct und --kill-switch widersprechen sich: Wählen Sie eines</translation>
    </message>
    <message>
        <source>--blocklist %1: not a usable http:// or https:// address (a host is needed and no user name)</source>
        <translation>--blocklist %1: keine verwendbare http://- oder https://-Adresse (ein Host ist nötig, ein Benutzername nicht erlaubt)</translation>
    </message>
</context>
<context>
    <name>Veil::CommandRunner</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>%1 konnte nicht gestartet werden (ist es installiert?)</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>Veil::ConfigFile</name>
    <message>
        <source>%1 is not a regular file; defaults are used</source>
        <translation>%1 ist keine reguläre Datei; die Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>cannot read %1: %2; using defaults</source>
        <translation>%1 kann nicht gelesen werden: %2; die Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); it was moved to %3 and defaults are used</source>
        <translation>Konfigurationsdatei %1 ist ungültig (%2); sie wurde nach %3 verschoben und die Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); defaults are used</source>
        <translation>Konfigurationsdatei %1 ist ungültig (%2); die Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; it was not changed</source>
        <translation>%1 ist kein gültiges JSON; die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
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
        <translation>Host %1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>the target is Veil&apos;s own listener</source>
        <translation>das Ziel ist Veils eigener Listener</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>network unreachable for %1</source>
        <translation>Netzwerk für %1 nicht erreichbar</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>connecting to %1:%2 timed out after %3 ms</source>
        <translation>Verbindungsaufbau zu %1:%2 nach %3 ms abgebrochen (Zeitüberschreitung)</translation>
    </message>
</context>
<context>
    <name>Veil::Dns</name>
    <message>
        <source>DNS response too short</source>
        <translation>DNS-Antwort zu kurz</translation>
    </message>
    <message>
        <source>DNS response ID does not match the query</source>
        <translation>ID der DNS-Antwort passt nicht zur Anfrage</translation>
    </message>
    <message>
        <source>DNS message is not a response</source>
        <translation>DNS-Nachricht ist keine Antwort</translation>
    </message>
    <message>
        <source>DNS response truncated</source>
        <translation>DNS-Antwort abgeschnitten</translation>
    </message>
    <message>
        <source>DNS response does not repeat the question</source>
        <translation>DNS-Antwort wiederholt die Frage nicht</translation>
    </message>
    <message>
        <source>malformed DNS question</source>
        <translation>fehlerhafte DNS-Frage</translation>
    </message>
    <message>
        <source>DNS response answers a different question</source>
        <translation>DNS-Antwort beantwortet eine andere Frage</translation>
    </message>
    <message>
        <source>malformed DNS answer record</source>
        <translation>fehlerhafter DNS-Antwort-Eintrag</translation>
    </message>
    <message>
        <source>malformed DNS address record</source>
        <translation>fehlerhafter DNS-Adresseintrag</translation>
    </message>
    <message>
        <source>malformed DNS CNAME record</source>
        <translation>fehlerhafter DNS-CNAME-Eintrag</translation>
    </message>
    <message>
        <source>DNS CNAME chain too long</source>
        <translation>DNS-CNAME-Kette zu lang</translation>
    </message>
</context>
<context>
    <name>Veil::DnsLookup</name>
    <message>
        <source>no such host (cached DNS answer)</source>
        <translation>kein solcher Host (zwischengespeicherte DNS-Antwort)</translation>
    </message>
    <message>
        <source>not a valid host name</source>
        <translation>kein gültiger Hostname</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered HTTP %1</source>
        <translation>DNS-over-HTTPS-Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS request failed: %1</source>
        <translation>DNS-over-HTTPS-Anfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered with %1, not application/dns-message</source>
        <translation>DNS-over-HTTPS-Server antwortete mit %1 statt application/dns-message</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS answer too large</source>
        <translation>DNS-over-HTTPS-Antwort zu groß</translation>
    </message>
    <message>
        <source>no such host</source>
        <translation>kein solcher Host</translation>
    </message>
    <message>
        <source>DNS server error (RCODE %1)</source>
        <translation>DNS-Serverfehler (RCODE %1)</translation>
    </message>
    <message>
        <source>no address for this host</source>
        <translation>keine Adresse für diesen Host</translation>
    </message>
</context>
<context>
    <name>Veil::Engine</name>
    <message>
        <source>the engine is already running</source>
        <translation>die Engine läuft bereits</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>closed by user</source>
        <translation>geschlossen vom Benutzer</translation>
    </message>
    <message>
        <source>%1: no copy yet; downloading %2</source>
        <translation>%1: noch keine Kopie; %2 wird heruntergeladen</translation>
    </message>
    <message>
        <source>Veil is not running</source>
        <translation>Veil läuft nicht</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>tunnel idle timeout</source>
        <translation>Tunnel wegen Inaktivität getrennt</translation>
    </message>
</context>
<context>
    <name>Veil::Exit</name>
    <message>
        <source>missing host name</source>
        <translation>Hostname fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>empty user name before &apos;@&apos;</source>
        <translation>leerer Benutzername vor &apos;@&apos;</translation>
    </message>
    <message>
        <source>bad percent escape in the user name</source>
        <translation>fehlerhafte Prozent-Kodierung im Benutzernamen</translation>
    </message>
    <message>
        <source>the user name contains characters that must be percent-encoded</source>
        <translation>der Benutzername enthält Zeichen, die prozentkodiert werden müssen</translation>
    </message>
    <message>
        <source>the user name is not valid UTF-8</source>
        <translation>der Benutzername ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the user name is longer than 255 bytes</source>
        <translation>der Benutzername ist länger als 255 Bytes</translation>
    </message>
    <message>
        <source>the user name must not contain &apos;:&apos; or control characters</source>
        <translation>der Benutzername darf weder &apos;:&apos; noch Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation>&apos;]&apos; nach der IPv6-Adresse fehlt</translation>
    </message>
    <message>
        <source>IPv6 zone ids (%) are not supported</source>
        <translation>IPv6-Zonen-IDs (%) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; and a port after &apos;]&apos;</source>
        <translation>nach &apos;]&apos; werden &apos;:&apos; und ein Port erwartet</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. http://[2001:db8::1]:8080</source>
        <translation>IPv6-Adressen müssen in eckigen Klammern stehen, z. B. http://[2001:db8::1]:8080</translation>
    </message>
    <message>
        <source>missing port: exit URLs need an explicit port, e.g. http://proxy.example:8080</source>
        <translation>Port fehlt: Ausgangs-URLs brauchen einen expliziten Port, z. B. http://proxy.example:8080</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>empty exit URL</source>
        <translation>leere Ausgangs-URL</translation>
    </message>
    <message>
        <source>exit URLs must not contain a password: remove it from the URL and store it in the keychain, or name an environment variable that holds it</source>
        <translation>Ausgangs-URLs dürfen kein Passwort enthalten: Entfernen Sie es aus der URL und speichern Sie es im Schlüsselbund oder nennen Sie eine Umgebungsvariable, die es enthält</translation>
    </message>
    <message>
        <source>the exit URL must not contain spaces or control characters</source>
        <translation>die Ausgangs-URL darf keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>missing scheme: start the URL with http://, https:// or socks5://</source>
        <translation>Schema fehlt: Beginnen Sie die URL mit http://, https:// oder socks5://</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;: use http, https or socks5</source>
        <translation>nicht unterstütztes Schema „%1“: verwenden Sie http, https oder socks5</translation>
    </message>
    <message>
        <source>the region after &apos;#&apos; must be a two-letter country code such as DE</source>
        <translation>die Region nach &apos;#&apos; muss ein zweibuchstabiger Ländercode wie DE sein</translation>
    </message>
    <message>
        <source>exit URLs take no path or query, only scheme://host:port</source>
        <translation>Ausgangs-URLs haben keinen Pfad und keine Abfrage, nur schema://host:port</translation>
    </message>
</context>
<context>
    <name>Veil::ExitCheckRunner</name>
    <message>
        <source>no exit is configured (add one with --exit or in the config file)</source>
        <translation>kein Ausgang konfiguriert (fügen Sie einen mit --exit oder in der Konfigurationsdatei hinzu)</translation>
    </message>
    <message>
        <source>%1: disabled, not checked</source>
        <translation>%1: deaktiviert, nicht geprüft</translation>
    </message>
    <message>
        <source>%1: down: %2</source>
        <translation>%1: ausgefallen: %2</translation>
    </message>
    <message>
        <source>%1: up, %2 ms</source>
        <translation>%1: läuft, %2 ms</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>keine Region</translation>
    </message>
    <message>
        <source>exit %1 (%2)</source>
        <translation>Ausgang %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Veil::ExitConnector</name>
    <message>
        <source>exit %1 did not answer within %2 ms</source>
        <translation>Ausgang %1 hat nicht innerhalb von %2 ms geantwortet</translation>
    </message>
    <message>
        <source>cannot read CA file %1</source>
        <translation>CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>TLS to exit %1 failed: %2</source>
        <translation>TLS zu Ausgang %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>exit %1 presented a certificate that does not match its pin</source>
        <translation>Ausgang %1 hat ein Zertifikat vorgelegt, das nicht zu seinem Pin passt</translation>
    </message>
    <message>
        <source>cannot ask exit %1 for %2: %3</source>
        <translation>Ausgang %1 kann nicht nach %2 gefragt werden: %3</translation>
    </message>
    <message>
        <source>exit %1 sent an oversized response</source>
        <translation>Ausgang %1 hat eine zu große Antwort gesendet</translation>
    </message>
    <message>
        <source>exit %1 sent a malformed response: %2</source>
        <translation>Ausgang %1 hat eine fehlerhafte Antwort gesendet: %2</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2 %3): check its user name and password</source>
        <translation>Ausgang %1 hat die Proxy-Anmeldung abgelehnt (%2 %3): Prüfen Sie Benutzername und Passwort</translation>
    </message>
    <message>
        <source>exit %1 timed out reaching %2</source>
        <translation>Zeitüberschreitung, während Ausgang %1 %2 zu erreichen versuchte</translation>
    </message>
    <message>
        <source>exit %1 does not allow tunnels to %2 (%3)</source>
        <translation>Ausgang %1 erlaubt keine Tunnel zu %2 (%3)</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2 (%3 %4)</source>
        <translation>Ausgang %1 konnte %2 nicht erreichen (%3 %4)</translation>
    </message>
    <message>
        <source>exit %1: %2 refused the connection</source>
        <translation>Ausgang %1: %2 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2: %3</source>
        <translation>Ausgang %1 konnte %2 nicht erreichen: %3</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2): check its user name and password</source>
        <translation>Ausgang %1 hat die Proxy-Anmeldung abgelehnt (%2): Prüfen Sie Benutzername und Passwort</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>Ausgang %1: %2</translation>
    </message>
    <message>
        <source>exit %1 closed the connection during the handshake</source>
        <translation>Ausgang %1 hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <source>cannot connect to exit %1 (%2:%3): %4</source>
        <translation>keine Verbindung zu Ausgang %1 (%2:%3) möglich: %4</translation>
    </message>
</context>
<context>
    <name>Veil::ExitDialog</name>
    <message>
        <source>Use this exit</source>
        <translation>Diesen Ausgang verwenden</translation>
    </message>
    <message>
        <source>Exit proxy</source>
        <translation>Ausgangs-Proxy</translation>
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
        <translation>wird im Schlüsselbund des Systems gespeichert; leer lässt das gespeicherte unverändert</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Enter the exit&apos;s URL.</source>
        <translation>Geben Sie die URL des Ausgangs ein.</translation>
    </message>
    <message>
        <source>Enter the region (a two-letter country code such as US).</source>
        <translation>Geben Sie die Region ein (ein zweibuchstabiger Ländercode wie US).</translation>
    </message>
    <message>
        <source>An exit with the id &quot;%1&quot; already exists.</source>
        <translation>Ein Ausgang mit der ID „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>Veil::ExitFetch</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>„%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>the connection through the exit failed: %1</source>
        <translation>die Verbindung über den Ausgang ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the response body is malformed: %1</source>
        <translation>der Antwortinhalt ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>the response head is larger than 64 KiB</source>
        <translation>der Antwortkopf ist größer als 64 KiB</translation>
    </message>
    <message>
        <source>malformed response: %1</source>
        <translation>fehlerhafte Antwort: %1</translation>
    </message>
    <message>
        <source>the server answered %1 and switched protocols</source>
        <translation>der Server antwortete mit %1 und wechselte das Protokoll</translation>
    </message>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort eintraf</translation>
    </message>
    <message>
        <source>the connection closed before the body was complete</source>
        <translation>die Verbindung wurde geschlossen, bevor der Inhalt vollständig war</translation>
    </message>
    <message>
        <source>an https:// URL cannot be fetched through an https:// (TLS) exit; use an http:// URL (for example http://api.ipify.org/?format=json)</source>
        <translation>eine https://-URL kann nicht über einen https://-Ausgang (TLS) abgerufen werden; verwenden Sie eine http://-URL (zum Beispiel http://api.ipify.org/?format=json)</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>der Antwortinhalt ist größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImport</name>
    <message>
        <source>line is longer than 2048 bytes</source>
        <translation>Zeile ist länger als 2048 Bytes</translation>
    </message>
    <message>
        <source>not text (binary data or invalid UTF-8)</source>
        <translation>kein Text (Binärdaten oder ungültiges UTF-8)</translation>
    </message>
    <message>
        <source>no #REGION on the line and the default region is not a two-letter code</source>
        <translation>kein #REGION in der Zeile, und die Standardregion ist kein zweibuchstabiger Code</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>Duplikat von Zeile %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImportCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; not an exit list</source>
        <translation>%1 ist größer als 4 MiB; keine Ausgangsliste</translation>
    </message>
    <message>
        <source>%1 is not a valid config file; fix it first, nothing was changed</source>
        <translation>%1 ist keine gültige Konfigurationsdatei; korrigieren Sie sie zuerst, es wurde nichts geändert</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>an exit with id &quot;%1&quot; is already configured</source>
        <translation>ein Ausgang mit der ID „%1“ ist bereits konfiguriert</translation>
    </message>
    <message>
        <source>added %1 (%2) as &quot;%3&quot;</source>
        <translation>%1 (%2) als „%3“ hinzugefügt</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>keine Region</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>skipped %1: %2 (%3)</source>
        <translation>%1 übersprungen: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) added to %1</source>
        <translation>
            <numerusform>%n Ausgang zu %1 hinzugefügt</numerusform>
            <numerusform>%n Ausgänge zu %1 hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>exits with a user need their password in the keychain (the app&apos;s Exits page) or in VEIL_EXIT_PASSWORD_&lt;ID&gt;</source>
        <translation>Ausgänge mit Benutzer brauchen ihr Passwort im Schlüsselbund (Seite „Ausgänge“ der App) oder in VEIL_EXIT_PASSWORD_&lt;ID&gt;</translation>
    </message>
</context>
<context>
    <name>Veil::ExitIpChecker</name>
    <message>
        <source>IP check failed: %1</source>
        <translation>IP-Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>, country %1</source>
        <translation>, Land %1</translation>
    </message>
    <message>
        <source>, REGION MISMATCH: configured %1, database says %2</source>
        <translation>, REGION STIMMT NICHT: konfiguriert %1, laut Datenbank %2</translation>
    </message>
    <message>
        <source>the answer is %1 bytes long; an address is at most %2</source>
        <translation>die Antwort ist %1 Bytes lang; eine Adresse hat höchstens %2</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer is not an IP address: &quot;%1&quot;</source>
        <translation>die Antwort ist keine IP-Adresse: „%1“</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>die Antwort ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the JSON answer is not an IP address: &quot;%2&quot;</source>
        <translation>„%1“ in der JSON-Antwort ist keine IP-Adresse: „%2“</translation>
    </message>
    <message>
        <source>the JSON answer has none of the members &quot;ip&quot;, &quot;address&quot;, &quot;origin&quot; or &quot;query&quot;</source>
        <translation>die JSON-Antwort hat keines der Felder &quot;ip&quot;, &quot;address&quot;, &quot;origin&quot; oder &quot;query&quot;</translation>
    </message>
    <message>
        <source>the IP check is off (routing.ipCheckUrl is empty)</source>
        <translation>die IP-Prüfung ist aus (routing.ipCheckUrl ist leer)</translation>
    </message>
    <message>
        <source>cannot fetch the IP check URL (%1) through the exit: %2</source>
        <translation>die URL der IP-Prüfung (%1) kann nicht über den Ausgang abgerufen werden: %2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) answered %2</source>
        <translation>die URL der IP-Prüfung (%1) antwortete mit %2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) gave no address: %2</source>
        <translation>die URL der IP-Prüfung (%1) lieferte keine Adresse: %2</translation>
    </message>
    <message>
        <source>%1 is not in the GeoIP database</source>
        <translation>%1 ist nicht in der GeoIP-Datenbank</translation>
    </message>
</context>
<context>
    <name>Veil::ExitPasswords</name>
    <message>
        <source>exit %1 has user &quot;%2&quot; but no password was found (%3%4)</source>
        <translation>Ausgang %1 hat den Benutzer „%2“, aber es wurde kein Passwort gefunden (%3%4)</translation>
    </message>
    <message>
        <source>environment variable %1, </source>
        <translation>Umgebungsvariable %1, </translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>Schlüsselbund-Eintrag %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; der bisherige Wert bleibt</translation>
    </message>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1: %2; übersprungen</translation>
    </message>
    <message>
        <source>%1: %2; ignored</source>
        <translation>%1: %2; ignoriert</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a string such as &quot;socks5://host:1080&quot;</source>
        <translation>&quot;url&quot; muss eine Zeichenkette wie &quot;socks5://host:1080&quot; sein</translation>
    </message>
    <message>
        <source>&quot;region&quot; must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>&quot;region&quot; muss ein zweibuchstabiger Ländercode wie &quot;DE&quot; sein</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 300 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; muss aus 1 bis 300 Zeichen aus A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string of at most 200 characters</source>
        <translation>&quot;name&quot; muss eine Zeichenkette mit höchstens 200 Zeichen sein</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be an array of non-empty strings of at most 64 characters</source>
        <translation>&quot;tags&quot; muss ein Array nicht leerer Zeichenketten mit höchstens 64 Zeichen sein</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;passwordEnv&quot; must be an environment variable name such as &quot;VEIL_EXIT_PASSWORD&quot;</source>
        <translation>&quot;passwordEnv&quot; muss der Name einer Umgebungsvariable wie &quot;VEIL_EXIT_PASSWORD&quot; sein</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; must be a string</source>
        <translation>&quot;caFile&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;pinSha256&quot; must be the certificate&apos;s SHA-256 in hex (64 digits) or base64</source>
        <translation>&quot;pinSha256&quot; muss der SHA-256 des Zertifikats in Hex (64 Ziffern) oder Base64 sein</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; and &quot;pinSha256&quot; apply to https:// exits only</source>
        <translation>&quot;caFile&quot; und &quot;pinSha256&quot; gelten nur für https://-Ausgänge</translation>
    </message>
    <message>
        <source>passwords are never read from the config file; store it in the keychain or set &quot;passwordEnv&quot;</source>
        <translation>Passwörter werden nie aus der Konfigurationsdatei gelesen; speichern Sie es im Schlüsselbund oder setzen Sie &quot;passwordEnv&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;policy&quot; must be &quot;manual&quot;, &quot;fastest&quot;, &quot;failover&quot; or &quot;balance&quot;</source>
        <translation>&quot;policy&quot; muss &quot;manual&quot;, &quot;fastest&quot;, &quot;failover&quot; oder &quot;balance&quot; sein</translation>
    </message>
    <message>
        <source>unknown exit &quot;%1&quot;</source>
        <translation>unbekannter Ausgang &quot;%1&quot;</translation>
    </message>
    <message>
        <source>exit &quot;%1&quot; is not in region %2</source>
        <translation>Ausgang &quot;%1&quot; liegt nicht in Region %2</translation>
    </message>
    <message>
        <source>&quot;manualExit&quot; must be an exit id</source>
        <translation>&quot;manualExit&quot; muss eine Ausgangs-ID sein</translation>
    </message>
    <message>
        <source>the manual policy needs &quot;manualExit&quot;</source>
        <translation>die manuelle Auswahl braucht &quot;manualExit&quot;</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be an array of exit ids</source>
        <translation>&quot;order&quot; muss ein Array von Ausgangs-IDs sein</translation>
    </message>
    <message>
        <source>not an exit id</source>
        <translation>keine Ausgangs-ID</translation>
    </message>
    <message>
        <source>must be &quot;direct&quot;, &quot;exit&quot; or &quot;rules&quot;</source>
        <translation>muss &quot;direct&quot;, &quot;exit&quot; oder &quot;rules&quot; sein</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>muss ein zweibuchstabiger Ländercode wie &quot;DE&quot; sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be an https:// URL (http:// only on this machine)</source>
        <translation>muss eine https://-URL sein (http:// nur auf diesem Rechner)</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>muss ein Dateipfad sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>region %1 already has a policy</source>
        <translation>Region %1 hat bereits eine Auswahlregel</translation>
    </message>
</context>
<context>
    <name>Veil::ExitsPage</name>
    <message>
        <source>Failover: first healthy exit in order</source>
        <translation>Ausfallsicherung: erster funktionierender Ausgang der Reihe nach</translation>
    </message>
    <message>
        <source>Fastest: lowest measured delay</source>
        <translation>Schnellster: geringste gemessene Verzögerung</translation>
    </message>
    <message>
        <source>Balance: spread sites over healthy exits</source>
        <translation>Verteilen: Websites auf funktionierende Ausgänge aufteilen</translation>
    </message>
    <message>
        <source>Manual: the first exit only</source>
        <translation>Manuell: nur der erste Ausgang</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Test all</source>
        <translation>Alle testen</translation>
    </message>
    <message>
        <source>Selection in this region</source>
        <translation>Auswahl in dieser Region</translation>
    </message>
    <message>
        <source>Import exits</source>
        <translation>Ausgänge importieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The password for %1 could not be stored in the keychain: %2</source>
        <translation>Das Passwort für %1 konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (not %2)</source>
        <translation>%1 (nicht %2)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>größer als 4 MiB</translation>
    </message>
    <message>
        <source>%1: already configured</source>
        <translation>%1: bereits konfiguriert</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) imported.</source>
        <translation>
            <numerusform>%n Ausgang importiert.</numerusform>
            <numerusform>%n Ausgänge importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>Veil::GeoIpDatabase</name>
    <message>
        <source>GeoIP database %1 does not exist or is not a file</source>
        <translation>GeoIP-Datenbank %1 existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <source>cannot read GeoIP database %1: %2</source>
        <translation>GeoIP-Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>this build of Veil cannot read GeoIP databases (built without libmaxminddb)</source>
        <translation>dieser Build von Veil kann keine GeoIP-Datenbanken lesen (ohne libmaxminddb gebaut)</translation>
    </message>
    <message>
        <source>no GeoIP database is open</source>
        <translation>keine GeoIP-Datenbank geöffnet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>GeoIP lookup of %1 failed: %2</source>
        <translation>GeoIP-Abfrage für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the GeoIP database has no valid country code for %1</source>
        <translation>die GeoIP-Datenbank hat keinen gültigen Ländercode für %1</translation>
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
        <translation>(installieren Sie das Paket gsettings-desktop-schemas)</translation>
    </message>
    <message>
        <source>gsettings did not list %1; is the gsettings-desktop-schemas package installed?</source>
        <translation>gsettings hat %1 nicht aufgeführt; ist das Paket gsettings-desktop-schemas installiert?</translation>
    </message>
    <message>
        <source>cannot set %1 %2: %3</source>
        <translation>%1 %2 kann nicht gesetzt werden: %3</translation>
    </message>
</context>
<context>
    <name>Veil::HealthChecker</name>
    <message>
        <source>the probe URL answered %1</source>
        <translation>die Prüf-URL antwortete mit %1</translation>
    </message>
</context>
<context>
    <name>Veil::Http</name>
    <message>
        <source>Veil privacy proxy</source>
        <translation>Veil-Datenschutz-Proxy</translation>
    </message>
</context>
<context>
    <name>Veil::HttpSession</name>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>geschlossen, weil sich die Route geändert hat (Schließen beim Umschalten)</translation>
    </message>
    <message>
        <source>client closed the connection mid-response</source>
        <translation>Client hat die Verbindung mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>client closed the connection</source>
        <translation>Client hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Der Anfragekopf ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>Veil refused a malformed request: %1.</source>
        <translation>Veil hat eine fehlerhafte Anfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Veil does not answer OPTIONS *.</source>
        <translation>Veil beantwortet OPTIONS * nicht.</translation>
    </message>
    <message>
        <source>This proxy needs a user name and password.</source>
        <translation>Dieser Proxy verlangt Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>Veil hat %1 gesperrt: %2.</translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 ms.</source>
        <translation>Der Anfragekopf ist nicht innerhalb von %1 ms eingetroffen.</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>seit %1 ms keine Daten</translation>
    </message>
    <message>
        <source>The origin did not answer within %1 ms.</source>
        <translation>Der Ursprungsserver hat nicht innerhalb von %1 ms geantwortet.</translation>
    </message>
    <message>
        <source>Veil is holding this connection: %1. Nothing was sent directly.</source>
        <translation>Veil hält diese Verbindung zurück: %1. Es wurde nichts direkt gesendet.</translation>
    </message>
    <message>
        <source>Veil refused a malformed request body: %1.</source>
        <translation>Veil hat einen fehlerhaften Anfrageinhalt abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The origin sent a response head larger than %1 bytes.</source>
        <translation>Der Ursprungsserver hat einen Antwortkopf größer als %1 Bytes gesendet.</translation>
    </message>
    <message>
        <source>The origin sent a malformed response: %1.</source>
        <translation>Der Ursprungsserver hat eine fehlerhafte Antwort gesendet: %1.</translation>
    </message>
    <message>
        <source>The origin switched protocols without being asked to.</source>
        <translation>Der Ursprungsserver hat ungefragt das Protokoll gewechselt.</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (407 %2): check its user name and password</source>
        <translation>Ausgang %1 hat die Proxy-Anmeldung abgelehnt (407 %2): Prüfen Sie Benutzername und Passwort</translation>
    </message>
    <message>
        <source>malformed response body from the origin: %1</source>
        <translation>fehlerhafter Antwortinhalt vom Ursprungsserver: %1</translation>
    </message>
    <message>
        <source>the origin closed the connection mid-response</source>
        <translation>der Ursprungsserver hat die Verbindung mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection without a response.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>the client read nothing for %1 ms</source>
        <translation>der Client hat %1 ms lang nichts gelesen</translation>
    </message>
    <message>
        <source>The cached response may not be used and the request allows only cached responses (only-if-cached).</source>
        <translation>Die zwischengespeicherte Antwort darf nicht verwendet werden, und die Anfrage erlaubt nur zwischengespeicherte Antworten (only-if-cached).</translation>
    </message>
    <message>
        <source>Nothing usable is cached and the request allows only cached responses (only-if-cached).</source>
        <translation>Es ist nichts Verwendbares zwischengespeichert, und die Anfrage erlaubt nur zwischengespeicherte Antworten (only-if-cached).</translation>
    </message>
    <message>
        <source>The cached response the origin confirmed could not be read from disk.</source>
        <translation>Die vom Ursprungsserver bestätigte zwischengespeicherte Antwort konnte nicht von der Festplatte gelesen werden.</translation>
    </message>
    <message>
        <source>the cached body could not be read to the end</source>
        <translation>der zwischengespeicherte Inhalt konnte nicht bis zum Ende gelesen werden</translation>
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
        <translation>%1 kann in kioslaverc nicht gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>Veil::LocalPages</name>
    <message>
        <source>Veil&apos;s local pages only answer GET and HEAD.</source>
        <translation>Die lokalen Seiten von Veil beantworten nur GET und HEAD.</translation>
    </message>
    <message>
        <source>The proxy is running.</source>
        <translation>Der Proxy läuft.</translation>
    </message>
    <message>
        <source>Listening on %1 (HTTP, HTTPS CONNECT and SOCKS5)</source>
        <translation>Lauscht auf %1 (HTTP, HTTPS CONNECT und SOCKS5)</translation>
    </message>
    <message>
        <source>Open connections: %1</source>
        <translation>Offene Verbindungen: %1</translation>
    </message>
    <message>
        <source>Requests served: %1</source>
        <translation>Beantwortete Anfragen: %1</translation>
    </message>
    <message>
        <source>Veil has no page here. Try / or /proxy.pac.</source>
        <translation>Veil hat hier keine Seite. Versuchen Sie / oder /proxy.pac.</translation>
    </message>
</context>
<context>
    <name>Veil::LoginItem</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Privacy proxy</source>
        <translation>Datenschutz-Proxy</translation>
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
        <translation>networksetup listet keinen aktivierten Netzwerkdienst auf</translation>
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
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>Proxy environment variables copied: paste them into a terminal.</source>
        <translation>Proxy-Umgebungsvariablen kopiert: Fügen Sie sie in ein Terminal ein.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Veil lives in this window: closing it quits Veil.</source>
        <translation>Dieser Desktop hat keinen Infobereich, daher lebt Veil in diesem Fenster: Schließen beendet Veil.</translation>
    </message>
    <message>
        <source>The change is active but could not be saved: %1</source>
        <translation>Die Änderung ist aktiv, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Protection is off: Veil on %1 connects directly. Set your browser&apos;s HTTP, HTTPS and SOCKS5 proxy to this address, or use http://%1/proxy.pac</source>
        <translation>Der Schutz ist aus: Veil auf %1 verbindet direkt. Stellen Sie den HTTP-, HTTPS- und SOCKS5-Proxy Ihres Browsers auf diese Adresse ein oder verwenden Sie http://%1/proxy.pac</translation>
    </message>
    <message>
        <source>Veil on %1 sends traffic through region %2.</source>
        <translation>Veil auf %1 leitet den Verkehr über die Region %2.</translation>
    </message>
    <message>
        <source>Veil on %1 is holding connections: no healthy exit in region %2%3.</source>
        <translation>Veil auf %1 hält Verbindungen zurück: kein funktionierender Ausgang in Region %2%3.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(keine gewählt)</translation>
    </message>
    <message>
        <source>, falling back to direct</source>
        <translation>, weiche auf direkt aus</translation>
    </message>
    <message>
        <source>Could not restore the system proxy: %1</source>
        <translation>Der System-Proxy konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Veil cannot set the system proxy here: %1</source>
        <translation>Veil kann den System-Proxy hier nicht setzen: %1</translation>
    </message>
    <message>
        <source>Another program changed the system proxy (%1); Veil leaves it alone.</source>
        <translation>Ein anderes Programm hat den System-Proxy geändert (%1); Veil lässt ihn unverändert.</translation>
    </message>
    <message>
        <source>Could not set the system proxy: %1</source>
        <translation>Der System-Proxy konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Veil cannot listen there (%1); it stays on %2:%3.</source>
        <translation>Veil kann dort nicht lauschen (%1); es bleibt auf %2:%3.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;A privacy proxy on your own machine: it blocks trackers, sends each site directly or through an exit in the region you choose, and never leaks your address or DNS through an exit.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;Ein Datenschutz-Proxy auf Ihrem eigenen Rechner: Er blockiert Tracker, schickt jede Website direkt oder über einen Ausgang in der Region Ihrer Wahl und gibt über einen Ausgang weder Ihre Adresse noch Ihre DNS-Anfragen preis.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>Über Veil</translation>
    </message>
</context>
<context>
    <name>Veil::OverviewPage</name>
    <message>
        <source>Everything through the region</source>
        <translation>Alles über die Region</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>Nach Regeln</translation>
    </message>
    <message>
        <source>Direct (protection off)</source>
        <translation>Direkt (Schutz aus)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Exits of the region</source>
        <translation>Ausgänge der Region</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Protection is on</source>
        <translation>Schutz ist an</translation>
    </message>
    <message>
        <source>Protection is off</source>
        <translation>Schutz ist aus</translation>
    </message>
    <message>
        <source>Click to connect directly</source>
        <translation>Klicken, um direkt zu verbinden</translation>
    </message>
    <message>
        <source>Click to send traffic through the region</source>
        <translation>Klicken, um den Verkehr über die Region zu leiten</translation>
    </message>
    <message>
        <source>%1 requests · %2 open connections · %3 received · %4 sent · %5 local DNS lookups</source>
        <translation>%1 Anfragen · %2 offene Verbindungen · %3 empfangen · %4 gesendet · %5 lokale DNS-Abfragen</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 is in %2 according to the GeoIP database, not in %3</source>
        <translation>%1 liegt laut GeoIP-Datenbank in %2, nicht in %3</translation>
    </message>
    <message>
        <source>Protection is off: sites see this computer&apos;s own address.</source>
        <translation>Der Schutz ist aus: Websites sehen die eigene Adresse dieses Computers.</translation>
    </message>
    <message>
        <source>No region is chosen: connections are held until you pick one.</source>
        <translation>Keine Region gewählt: Verbindungen werden zurückgehalten, bis Sie eine wählen.</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections go direct (fallback is on).</source>
        <translation>Kein Ausgang in %1 funktioniert: Verbindungen gehen direkt (Ausweichen ist an).</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections are held, nothing goes out directly.</source>
        <translation>Kein Ausgang in %1 funktioniert: Verbindungen werden zurückgehalten, nichts geht direkt hinaus.</translation>
    </message>
    <message>
        <source>Sites see an address in %1.</source>
        <translation>Websites sehen eine Adresse in %1.</translation>
    </message>
    <message>
        <source>%1 blocked · %2 cache hits · %3 saved by the cache</source>
        <translation>%1 gesperrt · %2 Cache-Treffer · %3 durch den Cache eingespart</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: the kill switch holds every connection, nothing goes out directly.</source>
        <translation>Kein Ausgang in %1 funktioniert: Der Kill-Switch hält jede Verbindung zurück, nichts geht direkt hinaus.</translation>
    </message>
</context>
<context>
    <name>Veil::Policy</name>
    <message>
        <source>rule %1 (final)</source>
        <translation>Regel %1 (final)</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3)</source>
        <translation>Regel %1 (%2 %3)</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>erlaubt durch %1</translation>
    </message>
    <message>
        <source>blocked by %1</source>
        <translation>gesperrt durch %1</translation>
    </message>
    <message>
        <source>blocked by list %1, line %2: %3</source>
        <translation>gesperrt durch Liste %1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>allowed by list %1, line %2: %3 (overrides %4)</source>
        <translation>erlaubt durch Liste %1, Zeile %2: %3 (hat Vorrang vor %4)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Ausgang %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 gemäß %2</translation>
    </message>
    <message>
        <source>no rule or list matched; the routing mode decides (%1)</source>
        <translation>keine Regel und keine Liste hat gegriffen; der Routing-Modus entscheidet (%1)</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettings</name>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>höchstens %1 Einträge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; ist kein Hostname</translation>
    </message>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; der bisherige Wert bleibt</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be &quot;keep&quot;, &quot;origin&quot; or &quot;drop&quot;</source>
        <translation>muss &quot;keep&quot;, &quot;origin&quot; oder &quot;drop&quot; sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>only printable ASCII characters, no line breaks</source>
        <translation>nur druckbare ASCII-Zeichen, keine Zeilenumbrüche</translation>
    </message>
    <message>
        <source>no spaces at the start or end</source>
        <translation>keine Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>an empty parameter name</source>
        <translation>ein leerer Parametername</translation>
    </message>
    <message>
        <source>&quot;*&quot; alone would remove every parameter</source>
        <translation>&quot;*&quot; allein würde jeden Parameter entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name (ASCII, no spaces, &amp; = # ?; &apos;*&apos; only at the end)</source>
        <translation>&quot;%1&quot; ist kein Parametername (ASCII, ohne Leerzeichen, &amp; = # ?; &apos;*&apos; nur am Ende)</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettingsBox</name>
    <message>
        <source>Send Sec-GPC: 1 (Global Privacy Control)</source>
        <translation>Sec-GPC: 1 senden (Global Privacy Control)</translation>
    </message>
    <message>
        <source>Send DNT: 1 (Do Not Track)</source>
        <translation>DNT: 1 senden (Do Not Track)</translation>
    </message>
    <message>
        <source>Remove tracking parameters from addresses</source>
        <translation>Tracking-Parameter aus Adressen entfernen</translation>
    </message>
    <message>
        <source>Privacy filters (plain HTTP)</source>
        <translation>Datenschutzfilter (unverschlüsseltes HTTP)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Origin only (scheme://host/)</source>
        <translation>Nur Ursprung (scheme://host/)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>utm_*, fbclid, gclid</source>
        <translation>utm_*, fbclid, gclid</translation>
    </message>
    <message>
        <source>Leave empty to send the browser&apos;s own</source>
        <translation>Leer lassen, um den des Browsers zu senden</translation>
    </message>
    <message>
        <source>shop.example, bank.example</source>
        <translation>shop.example, bank.example</translation>
    </message>
    <message>
        <source>Plain-HTTP requests only: HTTPS passes through an encrypted tunnel that Veil does not change. Each change is listed in the request&apos;s log entry.</source>
        <translation>Nur unverschlüsselte HTTP-Anfragen: HTTPS läuft durch einen verschlüsselten Tunnel, den Veil nicht verändert. Jede Änderung steht im Protokolleintrag der Anfrage.</translation>
    </message>
    <message>
        <source>Referer to other sites</source>
        <translation>Referer an andere Websites</translation>
    </message>
    <message>
        <source>Requests within one site keep their Referer. &quot;Origin only&quot; drops it when an HTTPS page links to plain HTTP.</source>
        <translation>Anfragen innerhalb einer Website behalten ihren Referer. &quot;Nur Ursprung&quot; entfernt ihn, wenn eine HTTPS-Seite auf unverschlüsseltes HTTP verweist.</translation>
    </message>
    <message>
        <source>Tracking parameters</source>
        <translation>Tracking-Parameter</translation>
    </message>
    <message>
        <source>Exact names, separated by commas; a trailing * matches every name that begins with the rest. &quot;$removeparam&quot; filters of your blocklists are applied too.</source>
        <translation>Genaue Namen, durch Kommas getrennt; ein * am Ende passt auf jeden Namen, der mit dem Rest beginnt. &quot;$removeparam&quot;-Filter Ihrer Sperrlisten werden ebenfalls angewendet.</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Leave these sites alone</source>
        <translation>Diese Websites nicht verändern</translation>
    </message>
    <message>
        <source>Host names separated by commas; each covers its subdomains.</source>
        <translation>Hostnamen, durch Kommas getrennt; jeder umfasst seine Subdomains.</translation>
    </message>
</context>
<context>
    <name>Veil::Router</name>
    <message>
        <source>no exit has the id %1</source>
        <translation>kein Ausgang hat die ID %1</translation>
    </message>
    <message>
        <source>exit %1 is disabled</source>
        <translation>Ausgang %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>exit %1 is down</source>
        <translation>Ausgang %1 ist ausgefallen</translation>
    </message>
    <message>
        <source>no exit region is selected</source>
        <translation>keine Ausgangsregion gewählt</translation>
    </message>
    <message>
        <source>no healthy exit in region %1</source>
        <translation>kein funktionierender Ausgang in Region %1</translation>
    </message>
    <message>
        <source>%1; falling back to direct as configured</source>
        <translation>%1; wie konfiguriert wird auf direkt ausgewichen</translation>
    </message>
</context>
<context>
    <name>Veil::RuleDialog</name>
    <message>
        <source>Use this rule</source>
        <translation>Diese Regel verwenden</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>Erlauben (nie sperren)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Exit via region or exit</source>
        <translation>Über Region oder Ausgang leiten</translation>
    </message>
    <message>
        <source>region code (US) or exit id</source>
        <translation>Regionscode (US) oder Ausgangs-ID</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>example.com (also matches www.example.com)</source>
        <translation>example.com (trifft auch auf www.example.com zu)</translation>
    </message>
    <message>
        <source>tracker</source>
        <translation>tracker</translation>
    </message>
    <message>
        <source>^ads?[0-9]*\. (RE2 syntax)</source>
        <translation>^ads?[0-9]*\. (RE2-Syntax)</translation>
    </message>
    <message>
        <source>192.168.0.0/16 or 2001:db8::/32</source>
        <translation>192.168.0.0/16 oder 2001:db8::/32</translation>
    </message>
    <message>
        <source>8080 or 8000-8100</source>
        <translation>8080 oder 8000-8100</translation>
    </message>
    <message>
        <source>name of a blocklist</source>
        <translation>Name einer Sperrliste</translation>
    </message>
    <message>
        <source>matches everything that reaches it</source>
        <translation>trifft auf alles zu, was bis hierher kommt</translation>
    </message>
    <message>
        <source>Enter what the rule matches.</source>
        <translation>Geben Sie ein, worauf die Regel zutrifft.</translation>
    </message>
    <message>
        <source>Enter the region code (such as US) or the exit id to use.</source>
        <translation>Geben Sie den Regionscode (etwa US) oder die ID des gewünschten Ausgangs ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a region code nor an exit id.</source>
        <translation>„%1“ ist weder ein Regionscode noch eine Ausgangs-ID.</translation>
    </message>
    <message>
        <source>A rule with the id &quot;%1&quot; already exists.</source>
        <translation>Eine Regel mit der ID „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Direct and exit rules take effect in the &quot;Rules&quot; mode only; block and allow rules work in every mode.</source>
        <translation>Direkt- und Ausgangsregeln wirken nur im Modus „Nach Regeln“; Sperr- und Erlaubnisregeln gelten in jedem Modus.</translation>
    </message>
</context>
<context>
    <name>Veil::RuleModel</name>
    <message>
        <source>Rule %1: %2 %3 → %4</source>
        <translation>Regel %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>everything else</source>
        <translation>alles andere</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Domain and subdomains</source>
        <translation>Domain und Subdomains</translation>
    </message>
    <message>
        <source>Host contains</source>
        <translation>Host enthält</translation>
    </message>
    <message>
        <source>Host regex</source>
        <translation>Host-Regex</translation>
    </message>
    <message>
        <source>IP network</source>
        <translation>IP-Netz</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>Erlauben (nie sperren)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Exit via %1</source>
        <translation>Über %1 leiten</translation>
    </message>
</context>
<context>
    <name>Veil::RuleSettings</name>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1: %2; übersprungen</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be one of domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, port, list, final</source>
        <translation>&quot;type&quot; muss einer von domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, port, list, final sein</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be block, allow, direct, exit:REGION or exit:EXIT-ID</source>
        <translation>&quot;action&quot; muss block, allow, direct, exit:REGION oder exit:EXIT-ID sein</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 64 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; muss aus 1 bis 64 Zeichen aus A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be a string</source>
        <translation>&quot;value&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;comment&quot; must be a string of at most 500 characters</source>
        <translation>&quot;comment&quot; muss eine Zeichenkette mit höchstens 500 Zeichen sein</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 64 characters without &apos;,&apos; or line breaks</source>
        <translation>&quot;name&quot; muss aus 1 bis 64 Zeichen ohne &apos;,&apos; oder Zeilenumbrüche bestehen</translation>
    </message>
    <message>
        <source>&quot;enabled&quot;, &quot;block&quot; and &quot;assumeThirdParty&quot; must be true or false</source>
        <translation>&quot;enabled&quot;, &quot;block&quot; und &quot;assumeThirdParty&quot; müssen true oder false sein</translation>
    </message>
    <message>
        <source>&quot;value&quot; is longer than %1 characters</source>
        <translation>&quot;value&quot; ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; ist kein Hostname</translation>
    </message>
    <message>
        <source>a domain keyword must be non-empty text without spaces</source>
        <translation>ein Domain-Stichwort muss nicht leerer Text ohne Leerzeichen sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RE2 regular expression</source>
        <translation>&quot;%1&quot; ist kein gültiger regulärer Ausdruck (RE2)</translation>
    </message>
    <message>
        <source>the regular expression is too large</source>
        <translation>der reguläre Ausdruck ist zu groß</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP network such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>&quot;%1&quot; ist kein IP-Netz wie 10.0.0.0/8 oder 2001:db8::/32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a range such as 8000-8100</source>
        <translation>&quot;%1&quot; ist kein Port und kein Bereich wie 8000-8100</translation>
    </message>
    <message>
        <source>a list rule needs the name of a blocklist</source>
        <translation>eine Listenregel braucht den Namen einer Sperrliste</translation>
    </message>
    <message>
        <source>blocklists: must be an array; keeping the previous value</source>
        <translation>blocklists: muss ein Array sein; der bisherige Wert bleibt</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot;</source>
        <translation>doppelter Name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at most %1 blocklists</source>
        <translation>höchstens %1 Sperrlisten</translation>
    </message>
    <message>
        <source>rules: must be an array; keeping the previous value</source>
        <translation>rules: muss ein Array sein; der bisherige Wert bleibt</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http:// or https:// address with a host and no user name</source>
        <translation>&quot;url&quot; muss eine http://- oder https://-Adresse mit Host und ohne Benutzernamen sein</translation>
    </message>
    <message>
        <source>&quot;path&quot; must name a local file (or &quot;url&quot; a subscription)</source>
        <translation>&quot;path&quot; muss eine lokale Datei nennen (oder &quot;url&quot; ein Abonnement)</translation>
    </message>
    <message>
        <source>&quot;refreshHours&quot; must be a whole number from 0 to %1</source>
        <translation>&quot;refreshHours&quot; muss eine ganze Zahl von 0 bis %1 sein</translation>
    </message>
</context>
<context>
    <name>Veil::RulesPage</name>
    <message>
        <source>http://example.com/ads/banner.js, https://example.com or example.com:443</source>
        <translation>http://example.com/ads/banner.js, https://example.com oder example.com:443</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Rules (first match wins: allow, then block, then routing)</source>
        <translation>Regeln (der erste Treffer gilt: erst Erlauben, dann Sperren, dann Routing)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Sperrlisten</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Test a URL:</source>
        <translation>URL testen:</translation>
    </message>
    <message>
        <source>Reading the lists…</source>
        <translation>Listen werden gelesen…</translation>
    </message>
    <message>
        <source>Direct and exit rules are waiting: they take effect in the &quot;Rules&quot; mode (Overview or tray). Block and allow rules work in every mode.</source>
        <translation>Direkt- und Ausgangsregeln warten: Sie wirken im Modus „Nach Regeln“ (Übersicht oder Infobereich). Sperr- und Erlaubnisregeln gelten in jedem Modus.</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n rule(s) in use.</source>
        <translation>
            <numerusform>Aktualisiert: %n Regel in Gebrauch.</numerusform>
            <numerusform>Aktualisiert: %n Regeln in Gebrauch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read: %1. The other lists are updated.</source>
        <translation>Nicht lesbar: %1. Die anderen Listen sind aktualisiert.</translation>
    </message>
    <message>
        <source>Added rule %1.</source>
        <translation>Regel %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Deleted rule %1.</source>
        <translation>Regel %1 gelöscht.</translation>
    </message>
    <message>
        <source>Veil uses at most %1 blocklists; remove one first.</source>
        <translation>Veil verwendet höchstens %1 Sperrlisten; entfernen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Added list %1; it is read in the background.</source>
        <translation>Liste %1 hinzugefügt; sie wird im Hintergrund gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Removed list %1. %n rule(s) name it and now match nothing.</source>
        <translation>
            <numerusform>Liste %1 entfernt. %n Regel nennt sie und trifft jetzt auf nichts mehr zu.</numerusform>
            <numerusform>Liste %1 entfernt. %n Regeln nennen sie und treffen jetzt auf nichts mehr zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed list %1.</source>
        <translation>Liste %1 entfernt.</translation>
    </message>
    <message>
        <source>The engine is not running, so there is nothing to ask.</source>
        <translation>Die Engine läuft nicht, daher gibt es nichts zu fragen.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Gesperrt.</translation>
    </message>
    <message>
        <source>Allowed: goes direct.</source>
        <translation>Erlaubt: geht direkt.</translation>
    </message>
    <message>
        <source>Allowed: goes through an exit in %1.</source>
        <translation>Erlaubt: geht über einen Ausgang in %1.</translation>
    </message>
    <message>
        <source>Allowed: goes through exit %1.</source>
        <translation>Erlaubt: geht über Ausgang %1.</translation>
    </message>
    <message>
        <source>Allowed: goes direct (protection is off).</source>
        <translation>Erlaubt: geht direkt (Schutz ist aus).</translation>
    </message>
    <message>
        <source>Allowed, but held: no region is chosen.</source>
        <translation>Erlaubt, aber zurückgehalten: keine Region gewählt.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Read the enabled lists again from disk, check subscriptions for a new version, and use them for new connections.</source>
        <translation>Die aktivierten Listen erneut von der Festplatte lesen, Abonnements auf eine neue Version prüfen und sie für neue Verbindungen verwenden.</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>%1 wurde nicht aktualisiert: %2</translation>
    </message>
    <message>
        <source>You can also drag a rule to its place in the table.</source>
        <translation>Sie können eine Regel auch in der Tabelle an ihre Stelle ziehen.</translation>
    </message>
</context>
<context>
    <name>Veil::SecretStore</name>
    <message>
        <source>invalid secret key</source>
        <translation>ungültiger Geheimnisschlüssel</translation>
    </message>
    <message>
        <source>empty secret (use remove() to delete one)</source>
        <translation>leeres Geheimnis (verwenden Sie remove() zum Löschen)</translation>
    </message>
    <message>
        <source>secret contains a NUL character</source>
        <translation>Geheimnis enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
</context>
<context>
    <name>Veil::Settings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; der bisherige Wert bleibt</translation>
    </message>
    <message>
        <source>unsupported schema version</source>
        <translation>nicht unterstützte Schemaversion</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>keine IP-Adresse</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535</source>
        <translation>muss eine ganze Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string of at most 255 characters without &apos;:&apos;</source>
        <translation>muss eine Zeichenkette mit höchstens 255 Zeichen ohne &apos;:&apos; sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be &quot;text&quot;, &quot;json&quot; or &quot;none&quot;</source>
        <translation>muss &quot;text&quot;, &quot;json&quot; oder &quot;none&quot; sein</translation>
    </message>
    <message>
        <source>listen address &quot;%1&quot; is not an IP address</source>
        <translation>Lauschadresse „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>refusing to listen on %1: it is reachable from other machines. Veil listens on loopback only unless you opt in with --allow-remote and set proxy credentials</source>
        <translation>Lauschen auf %1 verweigert: Die Adresse ist von anderen Rechnern erreichbar. Veil lauscht nur auf Loopback, außer Sie erlauben es mit --allow-remote und setzen Proxy-Zugangsdaten</translation>
    </message>
    <message>
        <source>listening on %1 needs authentication: set a proxy user (--proxy-user) and a password (VEIL_PROXY_PASSWORD)</source>
        <translation>Lauschen auf %1 erfordert Anmeldung: Setzen Sie einen Proxy-Benutzer (--proxy-user) und ein Passwort (VEIL_PROXY_PASSWORD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: missing &apos;]&apos;</source>
        <translation>„%1“: &apos;]&apos; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected &apos;:&apos; after &apos;]&apos;</source>
        <translation>„%1“: &apos;:&apos; nach &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>„%1“ ist kein Port von 1 bis 65535</translation>
    </message>
</context>
<context>
    <name>Veil::SettingsPage</name>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Kill switch: never connect directly when Veil cannot use an exit</source>
        <translation>Kill-Switch: nie direkt verbinden, wenn Veil keinen Ausgang nutzen kann</translation>
    </message>
    <message>
        <source>Set the system proxy when Veil starts</source>
        <translation>System-Proxy beim Start von Veil setzen</translation>
    </message>
    <message>
        <source>Start Veil when I log in</source>
        <translation>Veil bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Closing the window keeps Veil running in the tray</source>
        <translation>Schließen des Fensters lässt Veil im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>intranet.example, *.corp.example, 10.0.0.0/8</source>
        <translation>intranet.example, *.corp.example, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>When no exit of your region is healthy, connections are held and get a page saying why, instead of going out directly with your own address (even when falling back to direct is configured). The proxy configuration file (PAC) then never falls back to DIRECT, so browsers stay blocked while Veil is not running, and the system proxy keeps pointing at Veil while traffic is held.</source>
        <translation>Wenn kein Ausgang Ihrer Region funktioniert, werden Verbindungen zurückgehalten und erhalten eine Seite mit dem Grund, statt direkt mit Ihrer eigenen Adresse hinauszugehen (auch wenn das Ausweichen auf direkt konfiguriert ist). Die Proxy-Konfigurationsdatei (PAC) weicht dann nie auf DIRECT aus, sodass Browser gesperrt bleiben, solange Veil nicht läuft, und der System-Proxy bleibt auf Veil gerichtet, solange Verkehr zurückgehalten wird.</translation>
    </message>
    <message>
        <source>Bypass Veil for</source>
        <translation>Veil umgehen für</translation>
    </message>
    <message>
        <source>Host names, *.domain wildcards, addresses and networks, separated by commas. localhost, 127.0.0.0/8 and ::1 are always bypassed.</source>
        <translation>Hostnamen, Platzhalter wie *.domain, Adressen und Netze, durch Kommas getrennt. localhost, 127.0.0.0/8 und ::1 werden immer umgangen.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect when Veil starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Veil wirksam.</translation>
    </message>
    <message>
        <source>Traffic log keeps</source>
        <translation>Verkehrsprotokoll behält</translation>
    </message>
    <message>
        <source>The newest requests, in memory only; older ones fall out.</source>
        <translation>Die neuesten Anfragen, nur im Arbeitsspeicher; ältere fallen heraus.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the window is Veil, and closing it quits.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Das Fenster ist Veil, und Schließen beendet es.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>Der Port muss eine ganze Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address such as 127.0.0.1 or ::1.</source>
        <translation>„%1“ ist keine IP-Adresse wie 127.0.0.1 oder ::1.</translation>
    </message>
    <message>
        <source>HTTP, HTTPS and SOCKS proxy</source>
        <translation>HTTP-, HTTPS- und SOCKS-Proxy</translation>
    </message>
    <message>
        <source>Automatic configuration (PAC)</source>
        <translation>Automatische Konfiguration (PAC)</translation>
    </message>
    <message>
        <source>The automatic configuration sends local names past Veil and, with the kill switch off, lets the browser connect directly while Veil is not running.</source>
        <translation>Die automatische Konfiguration leitet lokale Namen an Veil vorbei und lässt den Browser bei ausgeschaltetem Kill-Switch direkt verbinden, während Veil nicht läuft.</translation>
    </message>
    <message>
        <source>System proxy setting</source>
        <translation>System-Proxy-Einstellung</translation>
    </message>
    <message>
        <source>About Veil…</source>
        <translation>Über Veil…</translation>
    </message>
    <message>
        <source>Veil %1</source>
        <translation>Veil %1</translation>
    </message>
    <message>
        <source>Veil listens on the new address before it leaves the old one: open connections carry on, new ones need the new address.</source>
        <translation>Veil lauscht auf der neuen Adresse, bevor es die alte verlässt: Offene Verbindungen laufen weiter, neue brauchen die neue Adresse.</translation>
    </message>
</context>
<context>
    <name>Veil::Socks5Session</name>
    <message>
        <source>SOCKS5 handshake timed out</source>
        <translation>Zeitüberschreitung beim SOCKS5-Handshake</translation>
    </message>
    <message>
        <source>client closed the connection during the handshake</source>
        <translation>Client hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <source>SOCKS5: %1</source>
        <translation>SOCKS5: %1</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>Veil hat %1 gesperrt: %2.</translation>
    </message>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>geschlossen, weil sich die Route geändert hat (Schließen beim Umschalten)</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxy</name>
    <message>
        <source>this desktop (%1) has no system proxy setting Veil can change; supported are GNOME, Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 and 6, macOS and Windows. Use the proxy environment variables instead.</source>
        <translation>dieser Desktop (%1) hat keine System-Proxy-Einstellung, die Veil ändern kann; unterstützt werden GNOME, Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 und 6, macOS und Windows. Verwenden Sie stattdessen die Proxy-Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown system proxy backend &quot;%1&quot; (gnome, kde, macos, windows)</source>
        <translation>unbekanntes System-Proxy-Backend „%1“ (gnome, kde, macos, windows)</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyCommand</name>
    <message>
        <source>no system proxy change to restore (%1 does not exist)</source>
        <translation>keine System-Proxy-Änderung wiederherzustellen (%1 existiert nicht)</translation>
    </message>
    <message>
        <source>cannot restore the system proxy recorded in %1: %2</source>
        <translation>der in %1 festgehaltene System-Proxy kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>restored the %1 proxy settings a previous Veil left behind</source>
        <translation>die von einem früheren Veil hinterlassenen Proxy-Einstellungen (%1) wurden wiederhergestellt</translation>
    </message>
    <message>
        <source>left alone (changed by another program): %1</source>
        <translation>unverändert gelassen (von einem anderen Programm geändert): %1</translation>
    </message>
    <message>
        <source>a previous Veil left a system proxy mark, but another program has changed the %1 proxy settings since; they were left alone</source>
        <translation>ein früheres Veil hat eine System-Proxy-Markierung hinterlassen, aber ein anderes Programm hat die Proxy-Einstellungen (%1) seither geändert; sie wurden unverändert gelassen</translation>
    </message>
    <message>
        <source>cannot restore the system proxy: %1</source>
        <translation>der System-Proxy kann nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyController</name>
    <message>
        <source>Veil did not change the system proxy: %1</source>
        <translation>Veil hat den System-Proxy nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1 did not keep the new setting</source>
        <translation>%1 hat die neue Einstellung nicht übernommen</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1</source>
        <translation>der System-Proxy kann nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1; putting the old settings back failed too (%2), run veil --restore-system-proxy</source>
        <translation>der System-Proxy kann nicht gesetzt werden: %1; auch das Zurückschreiben der alten Einstellungen ist fehlgeschlagen (%2), führen Sie veil --restore-system-proxy aus</translation>
    </message>
    <message>
        <source>%1; it was moved to %2</source>
        <translation>%1; die Datei wurde nach %2 verschoben</translation>
    </message>
    <message>
        <source>the leftover system proxy change in %1 was made with the %2 backend, not %3</source>
        <translation>die übrig gebliebene System-Proxy-Änderung in %1 wurde mit dem Backend %2 vorgenommen, nicht mit %3</translation>
    </message>
    <message>
        <source>another Veil (process %1) has the system proxy; stop it first</source>
        <translation>ein anderes Veil (Prozess %1) verwaltet den System-Proxy; beenden Sie es zuerst</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxySettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; der bisherige Wert bleibt</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>höchstens %1 Einträge</translation>
    </message>
    <message>
        <source>an empty entry</source>
        <translation>ein leerer Eintrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network such as 10.0.0.0/8 or fd00::/8</source>
        <translation>„%1“ ist kein Netz wie 10.0.0.0/8 oder fd00::/8</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name, *.domain, address or network</source>
        <translation>„%1“ ist weder Hostname noch *.domain, Adresse oder Netz</translation>
    </message>
    <message>
        <source>must be &quot;fixed&quot; or &quot;pac&quot;</source>
        <translation>muss &quot;fixed&quot; oder &quot;pac&quot; sein</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyStateFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a system proxy state file Veil can read</source>
        <translation>%1 ist keine System-Proxy-Zustandsdatei, die Veil lesen kann</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>Veil::ThroughputGraph</name>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>↓ %1   ↑ %2   (last 60 s, top of scale %3)</source>
        <translation>↓ %1   ↑ %2   (letzte 60 s, Skalenende %3)</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficDetailsPane</name>
    <message>
        <source>Close connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message>
        <source>End this connection now; the client sees it closed</source>
        <translation>Diese Verbindung jetzt beenden; der Client sieht sie geschlossen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zutreffend</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>First response byte</source>
        <translation>Erstes Antwortbyte</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Request headers (as sent)</source>
        <translation>Anfrage-Header (wie gesendet)</translation>
    </message>
    <message>
        <source>Response headers (as received)</source>
        <translation>Antwort-Header (wie empfangen)</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>Einfaches HTTP</translation>
    </message>
    <message>
        <source>Tunnel (HTTP CONNECT)</source>
        <translation>Tunnel (HTTP CONNECT)</translation>
    </message>
    <message>
        <source>Tunnel (SOCKS5)</source>
        <translation>Tunnel (SOCKS5)</translation>
    </message>
    <message>
        <source>Veil&apos;s own page</source>
        <translation>Eigene Seite von Veil</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Through an exit</source>
        <translation>Über einen Ausgang</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Answered by Veil</source>
        <translation>Von Veil beantwortet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>no rule: the mode&apos;s default</source>
        <translation>keine Regel: Vorgabe des Modus</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 down, %2 up</source>
        <translation>%1 empfangen, %2 gesendet</translation>
    </message>
    <message>
        <source>Headers and timings appear when it ends.</source>
        <translation>Header und Zeiten erscheinen, wenn sie endet.</translation>
    </message>
    <message numerus="yes">
        <source>Details are kept for the latest %n request(s).</source>
        <translation>
            <numerusform>Details werden für die letzte %n Anfrage aufbewahrt.</numerusform>
            <numerusform>Details werden für die letzten %n Anfragen aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No details were recorded for this row.</source>
        <translation>Für diese Zeile wurden keine Details aufgezeichnet.</translation>
    </message>
    <message>
        <source>A tunnel&apos;s bytes are the client&apos;s own: Veil sees no headers.</source>
        <translation>Die Bytes eines Tunnels gehören dem Client: Veil sieht keine Header.</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>reused a kept-alive connection</source>
        <translation>eine offen gehaltene Verbindung wiederverwendet</translation>
    </message>
    <message>
        <source>Referer cut to the site&apos;s origin</source>
        <translation>Referer auf den Ursprung der Website gekürzt</translation>
    </message>
    <message>
        <source>Referer removed</source>
        <translation>Referer entfernt</translation>
    </message>
    <message>
        <source>Sec-GPC: 1 added</source>
        <translation>Sec-GPC: 1 hinzugefügt</translation>
    </message>
    <message>
        <source>DNT: 1 added</source>
        <translation>DNT: 1 hinzugefügt</translation>
    </message>
    <message>
        <source>User-Agent replaced</source>
        <translation>User-Agent ersetzt</translation>
    </message>
    <message>
        <source>Query parameter %1 removed</source>
        <translation>Abfrageparameter %1 entfernt</translation>
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
        <translation>ok</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>revalidated</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>umgangen</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficPage</name>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Filter by host, path, method, exit or error</source>
        <translation>Nach Host, Pfad, Methode, Ausgang oder Fehler filtern</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Jede Entscheidung</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
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
        <translation>Die neueste Anfrage im Blick behalten</translation>
    </message>
    <message>
        <source>Stop updating the table; requests are still recorded and appear when you resume</source>
        <translation>Tabelle nicht mehr aktualisieren; Anfragen werden weiter aufgezeichnet und erscheinen, wenn Sie fortsetzen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n Zeile angezeigt</numerusform>
            <numerusform>%n Zeilen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table</source>
        <translation>
            <numerusform>%n in der Tabelle</numerusform>
            <numerusform>%n in der Tabelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older row(s) dropped</source>
        <translation>
            <numerusform>%n ältere Zeile verworfen</numerusform>
            <numerusform>%n ältere Zeilen verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n event(s) waiting</source>
        <translation>
            <numerusform>angehalten, %n Ereignis wartet</numerusform>
            <numerusform>angehalten, %n Ereignisse warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped while paused</source>
        <translation>
            <numerusform>%n Ereignis während der Pause verworfen</numerusform>
            <numerusform>%n Ereignisse während der Pause verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>Verkehr exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) as CSV to %1</source>
        <translation>
            <numerusform>%n Zeile als CSV nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen als CSV nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) as HAR to %1</source>
        <translation>
            <numerusform>%n Anfrage als HAR nach %1 exportiert</numerusform>
            <numerusform>%n Anfragen als HAR nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel row(s) left out (HAR describes plain HTTP only)</source>
        <translation>
            <numerusform>%n Tunnelzeile ausgelassen (HAR beschreibt nur unverschlüsseltes HTTP)</numerusform>
            <numerusform>%n Tunnelzeilen ausgelassen (HAR beschreibt nur unverschlüsseltes HTTP)</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <source>Close connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message>
        <source>Connection #%1 had already ended</source>
        <translation>Verbindung #%1 war bereits beendet</translation>
    </message>
</context>
<context>
    <name>Veil::TrayController</name>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Protection on</source>
        <translation>Schutz an</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>System-Proxy</translation>
    </message>
    <message>
        <source>Everything through the region</source>
        <translation>Alles über die Region</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>Nach Regeln</translation>
    </message>
    <message>
        <source>Direct (off)</source>
        <translation>Direkt (aus)</translation>
    </message>
    <message>
        <source>Point this computer&apos;s proxy settings at Veil (restored when you turn it off or quit)</source>
        <translation>Die Proxy-Einstellungen dieses Computers auf Veil richten (wiederhergestellt, wenn Sie es ausschalten oder beenden)</translation>
    </message>
    <message>
        <source>Copy proxy environment variables</source>
        <translation>Proxy-Umgebungsvariablen kopieren</translation>
    </message>
    <message>
        <source>Open Veil</source>
        <translation>Veil öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No exits configured</source>
        <translation>Keine Ausgänge konfiguriert</translation>
    </message>
    <message>
        <source>Veil: protection off (direct)</source>
        <translation>Veil: Schutz aus (direkt)</translation>
    </message>
    <message>
        <source>Veil: through %1</source>
        <translation>Veil: über %1</translation>
    </message>
    <message>
        <source>Veil: holding connections, no healthy exit in %1</source>
        <translation>Veil: Verbindungen werden zurückgehalten, kein funktionierender Ausgang in %1</translation>
    </message>
    <message>
        <source>Veil: not running</source>
        <translation>Veil: läuft nicht</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>Über Veil</translation>
    </message>
</context>
<context>
    <name>Veil::Tunnel</name>
    <message>
        <source>tunnel idle timeout</source>
        <translation>Tunnel wegen Inaktivität getrennt</translation>
    </message>
    <message>
        <source>cannot relay the tunnel</source>
        <translation>der Tunnel kann nicht weitergeleitet werden</translation>
    </message>
</context>
<context>
    <name>Veil::UiSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; der bisherige Wert bleibt</translation>
    </message>
    <message>
        <source>ui: must be an object; keeping the previous value</source>
        <translation>ui: muss ein Objekt sein; der bisherige Wert bleibt</translation>
    </message>
    <message>
        <source>must be &quot;&quot; (follow the system) or one of %1</source>
        <translation>muss &quot;&quot; (wie das System) oder einer von %1 sein</translation>
    </message>
    <message>
        <source>must be &quot;system&quot;, &quot;light&quot; or &quot;dark&quot;</source>
        <translation>muss &quot;system&quot;, &quot;light&quot; oder &quot;dark&quot; sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>Veil::WindowsSystemProxy</name>
    <message>
        <source>cannot read the proxy settings of %1 (error %2)</source>
        <translation>die Proxy-Einstellungen von %1 können nicht gelesen werden (Fehler %2)</translation>
    </message>
    <message>
        <source>cannot change the proxy settings of %1 (error %2)</source>
        <translation>die Proxy-Einstellungen von %1 können nicht geändert werden (Fehler %2)</translation>
    </message>
    <message>
        <source>Windows (Internet Options)</source>
        <translation>Windows (Internetoptionen)</translation>
    </message>
</context>
</TS>
