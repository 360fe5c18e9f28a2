<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
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
        <translation>Veil ya se está ejecutando; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <source>Try &apos;veil --help&apos;.</source>
        <translation>Pruebe &apos;veil --help&apos;.</translation>
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
        <translation>%1: %2 reglas (%3 de host, %4 de URL, %5 de expresión regular), %6 omitidas (%7)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ocupa más de %2 MiB</translation>
    </message>
    <message>
        <source>more than %1 lists; this one is not used</source>
        <translation>más de %1 listas; esta no se usa</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Block what this list names</source>
        <translation>Bloquear lo que indica esta lista</translation>
    </message>
    <message>
        <source>Treat requests of unknown origin as third-party</source>
        <translation>Tratar las solicitudes de origen desconocido como de terceros</translation>
    </message>
    <message>
        <source>Use this list</source>
        <translation>Usar esta lista</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Lista de bloqueo</translation>
    </message>
    <message>
        <source>easylist</source>
        <translation>easylist</translation>
    </message>
    <message>
        <source>Off: the list only serves rules of the type &quot;Blocklist&quot; (for example, send the sites of a streaming list through an exit).</source>
        <translation>Desactivado: la lista solo sirve a reglas del tipo «Lista de bloqueo» (por ejemplo, para enviar los sitios de una lista de streaming a través de una salida).</translation>
    </message>
    <message>
        <source>&quot;$third-party&quot; filters need to know which page a request comes from. Inside HTTPS tunnels and without a Referer Veil cannot tell.</source>
        <translation>Los filtros «$third-party» necesitan saber de qué página procede una solicitud. Dentro de túneles HTTPS y sin Referer, Veil no puede saberlo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Choose a blocklist</source>
        <translation>Elegir una lista de bloqueo</translation>
    </message>
    <message>
        <source>Lists (*.txt *.list *.hosts);;All files (*)</source>
        <translation>Listas (*.txt *.list *.hosts);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Name the list: 1 to 64 characters without &apos;,&apos; or line breaks.</source>
        <translation>Ponga nombre a la lista: de 1 a 64 caracteres sin &apos;,&apos; ni saltos de línea.</translation>
    </message>
    <message>
        <source>A list named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una lista llamada «%1».</translation>
    </message>
    <message>
        <source>a file, or the https:// address of a list to subscribe to</source>
        <translation>un archivo o la dirección https:// de una lista a la que suscribirse</translation>
    </message>
    <message>
        <source>Hosts files, domain lists and Adblock Plus / uBlock Origin filters. A subscription is downloaded through Veil (so it takes your exit), kept up to date, and its last good copy stays in use when an update fails.</source>
        <translation>Archivos hosts, listas de dominios y filtros de Adblock Plus / uBlock Origin. Una suscripción se descarga a través de Veil (así que usa su salida), se mantiene actualizada y su última copia válida sigue en uso si falla una actualización.</translation>
    </message>
    <message>
        <source>only on &quot;Update now&quot;</source>
        <translation>solo con «Actualizar ahora»</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Check for updates every</source>
        <translation>Buscar actualizaciones cada</translation>
    </message>
    <message>
        <source>%1 is not a usable address: give http:// or https://, a host, and no user name.</source>
        <translation>%1 no es una dirección utilizable: indique http:// o https:// y un host, sin nombre de usuario.</translation>
    </message>
    <message>
        <source>Choose the list&apos;s file, or give the address of a subscription.</source>
        <translation>Elija el archivo de la lista o indique la dirección de una suscripción.</translation>
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
        <translation>No se omitió nada.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Leída: %1</translation>
    </message>
    <message>
        <source>File changed %1</source>
        <translation>Archivo modificado: %1</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloquea</translation>
    </message>
    <message>
        <source>For rules only</source>
        <translation>Solo para reglas</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Líneas omitidas</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copia: %1</translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>Falló la última comprobación: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Comprobada: %1</translation>
    </message>
    <message>
        <source>New version downloaded %1</source>
        <translation>Nueva versión descargada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked every %n hour(s)</source>
        <translation>
            <numerusform>Se comprueba cada %n hora</numerusform>
            <numerusform>Se comprueba cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only on &quot;Update now&quot;</source>
        <translation>Solo se comprueba con «Actualizar ahora»</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>descargando…</translation>
    </message>
    <message>
        <source>update failed</source>
        <translation>actualización fallida</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistUpdater</name>
    <message>
        <source>the list is larger than %1 MiB</source>
        <translation>la lista ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>el servidor respondió %1 %2</translation>
    </message>
    <message>
        <source>the download holds no rules (%1 bytes); the previous copy stays in use</source>
        <translation>la descarga no contiene reglas (%1 bytes); se sigue usando la copia anterior</translation>
    </message>
    <message>
        <source>the download holds only %1 rules where the copy in use has %2; the previous copy stays in use</source>
        <translation>la descarga solo contiene %1 reglas, mientras que la copia en uso tiene %2; se sigue usando la copia anterior</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Veil::Cache</name>
    <message>
        <source>the response may be stored</source>
        <translation>la respuesta puede almacenarse</translation>
    </message>
    <message>
        <source>only GET responses are stored and only GET and HEAD are answered</source>
        <translation>solo se almacenan respuestas a GET y solo se responden GET y HEAD</translation>
    </message>
    <message>
        <source>the status is not final</source>
        <translation>el estado no es definitivo</translation>
    </message>
    <message>
        <source>the cache does not implement the caching rules of this status</source>
        <translation>la caché no implementa las reglas de caché de este estado</translation>
    </message>
    <message>
        <source>the request says no-store</source>
        <translation>la solicitud indica no-store</translation>
    </message>
    <message>
        <source>the response says no-store</source>
        <translation>la respuesta indica no-store</translation>
    </message>
    <message>
        <source>the response is private to one user and Veil is a shared cache</source>
        <translation>la respuesta es privada de un usuario y Veil es una caché compartida</translation>
    </message>
    <message>
        <source>the request carried credentials and the response does not allow shared caching</source>
        <translation>la solicitud llevaba credenciales y la respuesta no permite la caché compartida</translation>
    </message>
    <message>
        <source>the response has no freshness information and its status has no heuristic</source>
        <translation>la respuesta no tiene información de frescura y su estado no tiene heurística</translation>
    </message>
    <message>
        <source>the request has no absolute URI</source>
        <translation>la solicitud no tiene un URI absoluto</translation>
    </message>
    <message>
        <source>range requests are passed through</source>
        <translation>las solicitudes de rango se reenvían sin más</translation>
    </message>
    <message>
        <source>the request carries preconditions only the origin can evaluate</source>
        <translation>la solicitud lleva precondiciones que solo el servidor de origen puede evaluar</translation>
    </message>
    <message>
        <source>the stored response is fresh</source>
        <translation>la respuesta almacenada está fresca</translation>
    </message>
    <message>
        <source>the stored response is stale and the client accepts that (max-stale)</source>
        <translation>la respuesta almacenada está caducada y el cliente lo acepta (max-stale)</translation>
    </message>
    <message>
        <source>the stored response is stale and is revalidated in the background</source>
        <translation>la respuesta almacenada está caducada y se revalida en segundo plano</translation>
    </message>
    <message>
        <source>the origin failed and the stale stored response may stand in</source>
        <translation>el servidor de origen falló y la respuesta almacenada caducada puede sustituirla</translation>
    </message>
    <message>
        <source>the stored response is stale</source>
        <translation>la respuesta almacenada está caducada</translation>
    </message>
    <message>
        <source>the stored response is stale and the origin forbids serving it stale</source>
        <translation>la respuesta almacenada está caducada y el servidor de origen prohíbe servirla caducada</translation>
    </message>
    <message>
        <source>the origin requires validation before every reuse (no-cache)</source>
        <translation>el servidor de origen exige validar antes de cada reutilización (no-cache)</translation>
    </message>
    <message>
        <source>the client asked for validation (no-cache)</source>
        <translation>el cliente pidió validación (no-cache)</translation>
    </message>
    <message>
        <source>the stored response is older than the client accepts (max-age)</source>
        <translation>la respuesta almacenada es más antigua de lo que acepta el cliente (max-age)</translation>
    </message>
    <message>
        <source>the stored response is not fresh enough for the client (min-fresh)</source>
        <translation>la respuesta almacenada no es lo bastante fresca para el cliente (min-fresh)</translation>
    </message>
    <message>
        <source>the client accepts only a stored response and none can be used</source>
        <translation>el cliente solo acepta una respuesta almacenada y no hay ninguna utilizable</translation>
    </message>
</context>
<context>
    <name>Veil::CachePage</name>
    <message>
        <source>Keep a local copy of plain-HTTP responses</source>
        <translation>Guardar una copia local de las respuestas HTTP sin cifrar</translation>
    </message>
    <message>
        <source>Delete the cache when Veil quits</source>
        <translation>Borrar la caché al salir de Veil</translation>
    </message>
    <message>
        <source>Veil keeps responses of plain-HTTP sites so repeat visits are faster and reach the network (and the exit) less often, following the sites&apos; own caching rules. HTTPS is never cached: it passes through an encrypted tunnel Veil cannot read.</source>
        <translation>Veil guarda las respuestas de los sitios HTTP sin cifrar para que las visitas repetidas sean más rápidas y recurran menos a la red (y a la salida), según las propias reglas de caché de los sitios. HTTPS nunca se guarda en caché: pasa por un túnel cifrado que Veil no puede leer.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Disk space at most:</source>
        <translation>Espacio en disco como máximo:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Clear site</source>
        <translation>Vaciar sitio</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Vaciar todo…</translation>
    </message>
    <message>
        <source>Never cache these sites (and their subdomains)</source>
        <translation>No guardar nunca en caché estos sitios (ni sus subdominios)</translation>
    </message>
    <message>
        <source>news.example</source>
        <translation>news.example</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Clear the cache</source>
        <translation>Vaciar la caché</translation>
    </message>
    <message>
        <source>Delete every cached response? Sites load from the network again the next time.</source>
        <translation>¿Borrar todas las respuestas guardadas en caché? Los sitios se volverán a cargar desde la red la próxima vez.</translation>
    </message>
    <message>
        <source>The cache is off</source>
        <translation>La caché está desactivada</translation>
    </message>
    <message>
        <source>Plain-HTTP responses are not stored.</source>
        <translation>Las respuestas HTTP sin cifrar no se guardan.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 de %2 en uso</translation>
    </message>
    <message numerus="yes">
        <source>%n stored responses</source>
        <translation>
            <numerusform>%n respuesta guardada</numerusform>
            <numerusform>%n respuestas guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>hit ratio %1 % (%2 hits, %3 revalidated, %4 misses)</source>
        <translation>tasa de aciertos %1 % (%2 aciertos, %3 revalidadas, %4 fallos)</translation>
    </message>
    <message>
        <source>%1 served from the cache</source>
        <translation>%1 servidos desde la caché</translation>
    </message>
    <message>
        <source>still reading the entries of earlier runs</source>
        <translation>todavía leyendo las entradas de ejecuciones anteriores</translation>
    </message>
    <message>
        <source>%1 removed to stay within the budget, %2 not stored (too large or a disk problem)</source>
        <translation>%1 eliminadas para no superar el límite, %2 no guardadas (demasiado grandes o un problema de disco)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (for example news.example).</source>
        <translation>«%1» no es un nombre de host (por ejemplo, news.example).</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <source>%1 is no longer cached. Responses stored before stay until they expire or you clear the site.</source>
        <translation>%1 ya no se guarda en caché. Las respuestas guardadas antes se conservan hasta que caduquen o vacíe el sitio.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached responses of %1.</source>
        <translation>
            <numerusform>Se eliminó %n respuesta en caché de %1.</numerusform>
            <numerusform>Se eliminaron %n respuestas en caché de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>La caché está vacía.</translation>
    </message>
</context>
<context>
    <name>Veil::CacheSettings</name>
    <message>
        <source>cache.%1: %2; keeping the previous value</source>
        <translation>cache.%1: %2; se conserva el valor anterior</translation>
    </message>
    <message>
        <source>cache: must be an object; keeping the previous values</source>
        <translation>cache: debe ser un objeto; se conservan los valores anteriores</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>debe ser una ruta absoluta</translation>
    </message>
    <message>
        <source>must be a list of host names</source>
        <translation>debe ser una lista de nombres de host</translation>
    </message>
    <message>
        <source>cache.bypass[%1]: not a host name; skipped</source>
        <translation>cache.bypass[%1]: no es un nombre de host; se omite</translation>
    </message>
</context>
<context>
    <name>Veil::CommandLine</name>
    <message>
        <source>Veil, a privacy proxy for your desktop: one local port for HTTP, HTTPS (CONNECT) and SOCKS5.</source>
        <translation>Veil, un proxy de privacidad para su escritorio: un único puerto local para HTTP, HTTPS (CONNECT) y SOCKS5.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Run the proxy engine without a window; traffic is printed to stdout.</source>
        <translation>Ejecuta el motor del proxy sin ventana; el tráfico se escribe en stdout.</translation>
    </message>
    <message>
        <source>Listen on HOST:PORT (default 127.0.0.1:8765). A non-loopback address needs --allow-remote and credentials.</source>
        <translation>Escucha en HOST:PORT (predeterminado 127.0.0.1:8765). Una dirección que no sea de loopback requiere --allow-remote y credenciales.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Read settings from FILE (default: %1).</source>
        <translation>Lee la configuración de ARCHIVO (predeterminado: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Traffic log format in headless mode: text, json or none.</source>
        <translation>Formato del registro de tráfico en modo sin ventana: text, json o none.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Number of worker threads (default: one per core, at least 2).</source>
        <translation>Número de hilos de trabajo (predeterminado: uno por núcleo, al menos 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Allow listening on a non-loopback address (requires --proxy-user and VEIL_PROXY_PASSWORD).</source>
        <translation>Permite escuchar en una dirección que no sea de loopback (requiere --proxy-user y VEIL_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>Require this user name (HTTP Basic and SOCKS5 user/password); the password comes from the VEIL_PROXY_PASSWORD environment variable.</source>
        <translation>Exige este nombre de usuario (HTTP Basic y usuario/contraseña de SOCKS5); la contraseña se toma de la variable de entorno VEIL_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>Add an exit proxy for this run: http://[user@]host:port#REGION, https://… or socks5://…; repeatable. Passwords come from VEIL_EXIT_PASSWORD_&lt;ID&gt; or VEIL_EXIT_PASSWORD, never from the URL.</source>
        <translation>Añade un proxy de salida para esta ejecución: http://[user@]host:port#REGION, https://… o socks5://…; se puede repetir. Las contraseñas se toman de VEIL_EXIT_PASSWORD_&lt;ID&gt; o VEIL_EXIT_PASSWORD, nunca de la URL.</translation>
    </message>
    <message>
        <source>URL#REGION</source>
        <translation>URL#REGION</translation>
    </message>
    <message>
        <source>Send traffic out through the exits of region CODE (ISO 3166 alpha-2).</source>
        <translation>Envía el tráfico por las salidas de la región CÓDIGO (ISO 3166 alfa-2).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Routing mode: direct, exit or rules.</source>
        <translation>Modo de enrutamiento: direct, exit o rules.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>When no exit of the region is healthy, connect directly instead of failing closed.</source>
        <translation>Cuando ninguna salida de la región está operativa, conecta directamente en lugar de bloquear.</translation>
    </message>
    <message>
        <source>Probe every configured exit once, fetch its public address through it (routing.ipCheckUrl) and look up its country (routing.geoipDatabase); print one line per exit, then exit with 0 when all are up and in their region, 3 otherwise. Implies --headless; nothing listens.</source>
        <translation>Comprueba una vez cada salida configurada, obtiene su dirección pública a través de ella (routing.ipCheckUrl) y busca su país (routing.geoipDatabase); escribe una línea por salida y termina con 0 si todas están activas y en su región, o con 3 en otro caso. Implica --headless; no se escucha en ningún puerto.</translation>
    </message>
    <message>
        <source>Resolve names of direct connections with this DNS-over-HTTPS server (RFC 8484), e.g. https://dns.example/dns-query. Exits always resolve names themselves.</source>
        <translation>Resuelve los nombres de las conexiones directas con este servidor DNS sobre HTTPS (RFC 8484), p. ej. https://dns.example/dns-query. Las salidas siempre resuelven los nombres por sí mismas.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add the exit URLs listed in FILE (one per line, URL#REGION; --region gives the region of lines without one) to the config file, report skipped lines, and exit.</source>
        <translation>Añade al archivo de configuración las URL de salida listadas en ARCHIVO (una por línea, URL#REGION; --region indica la región de las líneas que no la tengan), informa de las líneas omitidas y sale.</translation>
    </message>
    <message>
        <source>Point the system proxy (GNOME, KDE Plasma, macOS, Windows) at Veil while it runs; your own settings are saved first and restored on exit, SIGINT or SIGTERM.</source>
        <translation>Apunta el proxy del sistema (GNOME, KDE Plasma, macOS, Windows) a Veil mientras se ejecuta; su configuración se guarda antes y se restaura al salir o con SIGINT o SIGTERM.</translation>
    </message>
    <message>
        <source>How --system-proxy points at Veil: fixed (HTTP, HTTPS and SOCKS proxy, the default) or pac (the automatic configuration URL /proxy.pac).</source>
        <translation>Cómo apunta --system-proxy a Veil: fixed (proxy HTTP, HTTPS y SOCKS, el predeterminado) o pac (la URL de configuración automática /proxy.pac).</translation>
    </message>
    <message>
        <source>Which system proxy setting to change: auto (from XDG_CURRENT_DESKTOP; the default), gnome, kde, macos or windows.</source>
        <translation>Qué configuración de proxy del sistema cambiar: auto (según XDG_CURRENT_DESKTOP; el predeterminado), gnome, kde, macos o windows.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Restore the system proxy settings a Veil that crashed or was killed left behind, then exit (0: restored or nothing to do, 1: failed).</source>
        <translation>Restaura la configuración del proxy del sistema que dejó un Veil que falló o fue terminado, y sale (0: restaurada o nada que hacer, 1: error).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--system-proxy-mode must be fixed or pac, not &quot;%1&quot;</source>
        <translation>--system-proxy-mode debe ser fixed o pac, no «%1»</translation>
    </message>
    <message>
        <source>--system-proxy-backend must be auto, gnome, kde, macos or windows, not &quot;%1&quot;</source>
        <translation>--system-proxy-backend debe ser auto, gnome, kde, macos o windows, no «%1»</translation>
    </message>
    <message>
        <source>config file %1 does not exist</source>
        <translation>el archivo de configuración %1 no existe</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US, not &quot;%1&quot;</source>
        <translation>--region debe ser un código de país de dos letras como US, no «%1»</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen: %1</translation>
    </message>
    <message>
        <source>--log-format must be text, json or none, not &quot;%1&quot;</source>
        <translation>--log-format debe ser text, json o none, no «%1»</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 256</source>
        <translation>--threads debe ser un número de 1 a 256</translation>
    </message>
    <message>
        <source>--proxy-user must be non-empty and must not contain &apos;:&apos;</source>
        <translation>--proxy-user no puede estar vacío ni contener &apos;:&apos;</translation>
    </message>
    <message>
        <source>a proxy user is set but VEIL_PROXY_PASSWORD is empty</source>
        <translation>hay un usuario de proxy configurado pero VEIL_PROXY_PASSWORD está vacía</translation>
    </message>
    <message>
        <source>--exit %1: %2</source>
        <translation>--exit %1: %2</translation>
    </message>
    <message>
        <source>--exit %1: add the region, e.g. #US</source>
        <translation>--exit %1: añada la región, p. ej. #US</translation>
    </message>
    <message>
        <source>--exit %1: the same exit is given twice</source>
        <translation>--exit %1: la misma salida se indica dos veces</translation>
    </message>
    <message>
        <source>no exit is configured for region %1: connections will be held (fail closed)</source>
        <translation>no hay ninguna salida configurada para la región %1: las conexiones quedarán retenidas (bloqueo ante fallos)</translation>
    </message>
    <message>
        <source>--mode must be direct, exit or rules, not &quot;%1&quot;</source>
        <translation>--mode debe ser direct, exit o rules, no «%1»</translation>
    </message>
    <message>
        <source>--doh: %1</source>
        <translation>--doh: %1</translation>
    </message>
    <message>
        <source>--blocklist %1: no such readable file</source>
        <translation>--blocklist %1: no existe ese archivo o no se puede leer</translation>
    </message>
    <message>
        <source>Show Veil in language CODE (%1) instead of the system&apos;s language; the setting ui.language in the config file does the same.</source>
        <translation>Muestra Veil en el idioma CÓDIGO (%1) en lugar del idioma del sistema; el ajuste ui.language del archivo de configuración hace lo mismo.</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;</source>
        <translation>--language debe ser uno de %1, no «%2»</translation>
    </message>
    <message>
        <source>Keep the HTTP cache in DIR (default: &quot;http&quot; in the application&apos;s cache directory).</source>
        <translation>Guarda la caché HTTP en DIRECTORIO (predeterminado: «http» en el directorio de caché de la aplicación).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIRECTORIO</translation>
    </message>
    <message>
        <source>Let the HTTP cache use at most MIB mebibytes on disk (default 512); the least recently used responses go first.</source>
        <translation>Permite que la caché HTTP ocupe como máximo MIB mebibytes en disco (predeterminado 512); primero se descartan las respuestas usadas hace más tiempo.</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>Do not cache plain-HTTP responses for this run (HTTPS is never cached: it passes through a tunnel).</source>
        <translation>No guarda en caché las respuestas HTTP sin cifrar en esta ejecución (HTTPS nunca se guarda en caché: pasa por un túnel).</translation>
    </message>
    <message>
        <source>--cache-dir %1: exists and is not a directory</source>
        <translation>--cache-dir %1: existe y no es un directorio</translation>
    </message>
    <message>
        <source>--cache-size must be a whole number of MiB from 1 to 1048576, not &quot;%1&quot;</source>
        <translation>--cache-size debe ser un número entero de MiB de 1 a 1048576, no «%1»</translation>
    </message>
    <message>
        <source>Send STRING as the User-Agent of every plain-HTTP request for this run (privacy.userAgent).</source>
        <translation>Envía STRING como User-Agent de cada petición HTTP sin cifrar en esta ejecución (privacy.userAgent).</translation>
    </message>
    <message>
        <source>STRING</source>
        <translation>STRING</translation>
    </message>
    <message>
        <source>What plain-HTTP requests to another site get as Referer: keep, origin (the page&apos;s scheme://host/ only; the default) or drop.</source>
        <translation>Qué reciben como Referer las peticiones HTTP sin cifrar a otro sitio: keep (conservar), origin (solo el scheme://host/ de la página; el valor por defecto) o drop (quitar).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLÍTICA</translation>
    </message>
    <message>
        <source>Change nothing in plain-HTTP requests for this run: no Referer trimming, Sec-GPC, DNT, tracking-parameter stripping or User-Agent override.</source>
        <translation>No cambia nada en las peticiones HTTP sin cifrar en esta ejecución: ni recorte del Referer, ni Sec-GPC, ni DNT, ni eliminación de parámetros de rastreo, ni User-Agent propio.</translation>
    </message>
    <message>
        <source>--no-privacy-filters turns off what --user-agent and --referer set; use one or the other</source>
        <translation>--no-privacy-filters desactiva lo que fijan --user-agent y --referer; use una cosa o la otra</translation>
    </message>
    <message>
        <source>--referer must be keep, origin or drop, not &quot;%1&quot;</source>
        <translation>--referer debe ser keep, origin o drop, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--user-agent: %1</source>
        <translation>--user-agent: %1</translation>
    </message>
    <message>
        <source>Hold traffic instead of letting it out directly: never fall back to direct when no exit is healthy, and the PAC file never ends in DIRECT (routing.killSwitch).</source>
        <translation>Retiene el tráfico en lugar de dejarlo salir directamente: nunca recurre a la conexión directa cuando ninguna salida está operativa, y el archivo PAC nunca termina en DIRECT (routing.killSwitch).</translation>
    </message>
    <message>
        <source>Block what the list at FILE or URL names for this run: a hosts file, a plain domain list or Adblock Plus / uBlock Origin network filters. A URL (http:// or https://) is a subscription: fetched through Veil, kept up to date and stored on disk; repeatable.</source>
        <translation>Bloquea en esta ejecución lo que indica la lista de ARCHIVO o URL: un archivo hosts, una lista simple de dominios o filtros de red de Adblock Plus / uBlock Origin. Una URL (http:// o https://) es una suscripción: se obtiene a través de Veil, se mantiene actualizada y se guarda en disco; se puede repetir.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>ARCHIVO|URL</translation>
    </message>
    <message>
        <source>--fallback-direct and --kill-switch contradict each other: choose one</source>
        <translation>--fallback-direct y --kill-switch se contradicen: elija uno</translation>
    </message>
    <message>
        <source>--blocklist %1: not a usable http:// or https:// address (a host is needed and no user name)</source>
        <translation>--blocklist %1: no es una dirección http:// o https:// utilizable (se necesita un host y ningún nombre de usuario)</translation>
    </message>
</context>
<context>
    <name>Veil::CommandRunner</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>no se pudo iniciar %1 (¿está instalado?)</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 no terminó a tiempo</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 falló con el código de salida %2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 falló con el código de salida %2: %3</translation>
    </message>
</context>
<context>
    <name>Veil::ConfigFile</name>
    <message>
        <source>%1 is not a regular file; defaults are used</source>
        <translation>%1 no es un archivo normal; se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>cannot read %1: %2; using defaults</source>
        <translation>no se puede leer %1: %2; se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 en la posición %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>el nivel superior no es un objeto JSON</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); it was moved to %3 and defaults are used</source>
        <translation>el archivo de configuración %1 no es válido (%2); se ha movido a %3 y se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); defaults are used</source>
        <translation>el archivo de configuración %1 no es válido (%2); se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; it was not changed</source>
        <translation>%1 no es JSON válido; no se ha modificado</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
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
        <translation>no se puede resolver el host %1: %2</translation>
    </message>
    <message>
        <source>the target is Veil&apos;s own listener</source>
        <translation>el destino es el propio puerto de escucha de Veil</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 rechazó la conexión</translation>
    </message>
    <message>
        <source>network unreachable for %1</source>
        <translation>red inalcanzable para %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>connecting to %1:%2 timed out after %3 ms</source>
        <translation>la conexión con %1:%2 agotó el tiempo de espera tras %3 ms</translation>
    </message>
</context>
<context>
    <name>Veil::Dns</name>
    <message>
        <source>DNS response too short</source>
        <translation>respuesta DNS demasiado corta</translation>
    </message>
    <message>
        <source>DNS response ID does not match the query</source>
        <translation>el ID de la respuesta DNS no coincide con la consulta</translation>
    </message>
    <message>
        <source>DNS message is not a response</source>
        <translation>el mensaje DNS no es una respuesta</translation>
    </message>
    <message>
        <source>DNS response truncated</source>
        <translation>respuesta DNS truncada</translation>
    </message>
    <message>
        <source>DNS response does not repeat the question</source>
        <translation>la respuesta DNS no repite la pregunta</translation>
    </message>
    <message>
        <source>malformed DNS question</source>
        <translation>pregunta DNS mal formada</translation>
    </message>
    <message>
        <source>DNS response answers a different question</source>
        <translation>la respuesta DNS responde a otra pregunta</translation>
    </message>
    <message>
        <source>malformed DNS answer record</source>
        <translation>registro de respuesta DNS mal formado</translation>
    </message>
    <message>
        <source>malformed DNS address record</source>
        <translation>registro de dirección DNS mal formado</translation>
    </message>
    <message>
        <source>malformed DNS CNAME record</source>
        <translation>registro CNAME de DNS mal formado</translation>
    </message>
    <message>
        <source>DNS CNAME chain too long</source>
        <translation>cadena CNAME de DNS demasiado larga</translation>
    </message>
</context>
<context>
    <name>Veil::DnsLookup</name>
    <message>
        <source>no such host (cached DNS answer)</source>
        <translation>no existe ese host (respuesta DNS en caché)</translation>
    </message>
    <message>
        <source>not a valid host name</source>
        <translation>no es un nombre de host válido</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered HTTP %1</source>
        <translation>el servidor DNS sobre HTTPS respondió HTTP %1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS request failed: %1</source>
        <translation>falló la solicitud DNS sobre HTTPS: %1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered with %1, not application/dns-message</source>
        <translation>el servidor DNS sobre HTTPS respondió con %1, no application/dns-message</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS answer too large</source>
        <translation>respuesta DNS sobre HTTPS demasiado grande</translation>
    </message>
    <message>
        <source>no such host</source>
        <translation>no existe ese host</translation>
    </message>
    <message>
        <source>DNS server error (RCODE %1)</source>
        <translation>error del servidor DNS (RCODE %1)</translation>
    </message>
    <message>
        <source>no address for this host</source>
        <translation>no hay ninguna dirección para este host</translation>
    </message>
</context>
<context>
    <name>Veil::Engine</name>
    <message>
        <source>the engine is already running</source>
        <translation>el motor ya está en marcha</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>closed by user</source>
        <translation>cerrada por el usuario</translation>
    </message>
    <message>
        <source>%1: no copy yet; downloading %2</source>
        <translation>%1: aún no hay copia; descargando %2</translation>
    </message>
    <message>
        <source>Veil is not running</source>
        <translation>Veil no está en ejecución</translation>
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
        <translation>cliente</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>servidor remoto</translation>
    </message>
    <message>
        <source>tunnel idle timeout</source>
        <translation>tiempo de inactividad del túnel agotado</translation>
    </message>
</context>
<context>
    <name>Veil::Exit</name>
    <message>
        <source>missing host name</source>
        <translation>falta el nombre de host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>«%1» no es una dirección IPv4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>«%1» no es un nombre de host válido</translation>
    </message>
    <message>
        <source>empty user name before &apos;@&apos;</source>
        <translation>nombre de usuario vacío antes de &apos;@&apos;</translation>
    </message>
    <message>
        <source>bad percent escape in the user name</source>
        <translation>secuencia de escape con porcentaje incorrecta en el nombre de usuario</translation>
    </message>
    <message>
        <source>the user name contains characters that must be percent-encoded</source>
        <translation>el nombre de usuario contiene caracteres que deben codificarse con porcentaje</translation>
    </message>
    <message>
        <source>the user name is not valid UTF-8</source>
        <translation>el nombre de usuario no es UTF-8 válido</translation>
    </message>
    <message>
        <source>the user name is longer than 255 bytes</source>
        <translation>el nombre de usuario ocupa más de 255 bytes</translation>
    </message>
    <message>
        <source>the user name must not contain &apos;:&apos; or control characters</source>
        <translation>el nombre de usuario no puede contener &apos;:&apos; ni caracteres de control</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation>falta &apos;]&apos; tras la dirección IPv6</translation>
    </message>
    <message>
        <source>IPv6 zone ids (%) are not supported</source>
        <translation>los identificadores de zona IPv6 (%) no se admiten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>«%1» no es una dirección IPv6</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; and a port after &apos;]&apos;</source>
        <translation>se esperaba &apos;:&apos; y un puerto tras &apos;]&apos;</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. http://[2001:db8::1]:8080</source>
        <translation>las direcciones IPv6 deben ir entre corchetes, p. ej. http://[2001:db8::1]:8080</translation>
    </message>
    <message>
        <source>missing port: exit URLs need an explicit port, e.g. http://proxy.example:8080</source>
        <translation>falta el puerto: las URL de salida necesitan un puerto explícito, p. ej. http://proxy.example:8080</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>el puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>empty exit URL</source>
        <translation>URL de salida vacía</translation>
    </message>
    <message>
        <source>exit URLs must not contain a password: remove it from the URL and store it in the keychain, or name an environment variable that holds it</source>
        <translation>las URL de salida no pueden contener una contraseña: quítela de la URL y guárdela en el llavero, o indique una variable de entorno que la contenga</translation>
    </message>
    <message>
        <source>the exit URL must not contain spaces or control characters</source>
        <translation>la URL de salida no puede contener espacios ni caracteres de control</translation>
    </message>
    <message>
        <source>missing scheme: start the URL with http://, https:// or socks5://</source>
        <translation>falta el esquema: empiece la URL con http://, https:// o socks5://</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;: use http, https or socks5</source>
        <translation>esquema no admitido «%1»: use http, https o socks5</translation>
    </message>
    <message>
        <source>the region after &apos;#&apos; must be a two-letter country code such as DE</source>
        <translation>la región tras &apos;#&apos; debe ser un código de país de dos letras como DE</translation>
    </message>
    <message>
        <source>exit URLs take no path or query, only scheme://host:port</source>
        <translation>las URL de salida no llevan ruta ni consulta, solo esquema://host:puerto</translation>
    </message>
</context>
<context>
    <name>Veil::ExitCheckRunner</name>
    <message>
        <source>no exit is configured (add one with --exit or in the config file)</source>
        <translation>no hay ninguna salida configurada (añada una con --exit o en el archivo de configuración)</translation>
    </message>
    <message>
        <source>%1: disabled, not checked</source>
        <translation>%1: desactivada, no comprobada</translation>
    </message>
    <message>
        <source>%1: down: %2</source>
        <translation>%1: caída: %2</translation>
    </message>
    <message>
        <source>%1: up, %2 ms</source>
        <translation>%1: activa, %2 ms</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sin región</translation>
    </message>
    <message>
        <source>exit %1 (%2)</source>
        <translation>salida %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Veil::ExitConnector</name>
    <message>
        <source>exit %1 did not answer within %2 ms</source>
        <translation>la salida %1 no respondió en %2 ms</translation>
    </message>
    <message>
        <source>cannot read CA file %1</source>
        <translation>no se puede leer el archivo de CA %1</translation>
    </message>
    <message>
        <source>TLS to exit %1 failed: %2</source>
        <translation>falló TLS con la salida %1: %2</translation>
    </message>
    <message>
        <source>exit %1 presented a certificate that does not match its pin</source>
        <translation>la salida %1 presentó un certificado que no coincide con su pin</translation>
    </message>
    <message>
        <source>cannot ask exit %1 for %2: %3</source>
        <translation>no se puede pedir %2 a la salida %1: %3</translation>
    </message>
    <message>
        <source>exit %1 sent an oversized response</source>
        <translation>la salida %1 envió una respuesta demasiado grande</translation>
    </message>
    <message>
        <source>exit %1 sent a malformed response: %2</source>
        <translation>la salida %1 envió una respuesta mal formada: %2</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2 %3): check its user name and password</source>
        <translation>la salida %1 rechazó la autenticación del proxy (%2 %3): compruebe su usuario y contraseña</translation>
    </message>
    <message>
        <source>exit %1 timed out reaching %2</source>
        <translation>la salida %1 agotó el tiempo al intentar llegar a %2</translation>
    </message>
    <message>
        <source>exit %1 does not allow tunnels to %2 (%3)</source>
        <translation>la salida %1 no permite túneles hacia %2 (%3)</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2 (%3 %4)</source>
        <translation>la salida %1 no pudo llegar a %2 (%3 %4)</translation>
    </message>
    <message>
        <source>exit %1: %2 refused the connection</source>
        <translation>salida %1: %2 rechazó la conexión</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2: %3</source>
        <translation>la salida %1 no pudo llegar a %2: %3</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2): check its user name and password</source>
        <translation>la salida %1 rechazó la autenticación del proxy (%2): compruebe su usuario y contraseña</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>salida %1: %2</translation>
    </message>
    <message>
        <source>exit %1 closed the connection during the handshake</source>
        <translation>la salida %1 cerró la conexión durante la negociación</translation>
    </message>
    <message>
        <source>cannot connect to exit %1 (%2:%3): %4</source>
        <translation>no se puede conectar con la salida %1 (%2:%3): %4</translation>
    </message>
</context>
<context>
    <name>Veil::ExitDialog</name>
    <message>
        <source>Use this exit</source>
        <translation>Usar esta salida</translation>
    </message>
    <message>
        <source>Exit proxy</source>
        <translation>Proxy de salida</translation>
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
        <translation>se guarda en el llavero del sistema; si se deja vacía se conserva la guardada</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Enter the exit&apos;s URL.</source>
        <translation>Introduzca la URL de la salida.</translation>
    </message>
    <message>
        <source>Enter the region (a two-letter country code such as US).</source>
        <translation>Introduzca la región (un código de país de dos letras como US).</translation>
    </message>
    <message>
        <source>An exit with the id &quot;%1&quot; already exists.</source>
        <translation>Ya existe una salida con el id «%1».</translation>
    </message>
</context>
<context>
    <name>Veil::ExitFetch</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>ninguna respuesta completa en %1 ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>«%1» no es una URL http:// ni https://</translation>
    </message>
    <message>
        <source>the connection through the exit failed: %1</source>
        <translation>falló la conexión a través de la salida: %1</translation>
    </message>
    <message>
        <source>the response body is malformed: %1</source>
        <translation>el cuerpo de la respuesta está mal formado: %1</translation>
    </message>
    <message>
        <source>the response head is larger than 64 KiB</source>
        <translation>la cabecera de la respuesta ocupa más de 64 KiB</translation>
    </message>
    <message>
        <source>malformed response: %1</source>
        <translation>respuesta mal formada: %1</translation>
    </message>
    <message>
        <source>the server answered %1 and switched protocols</source>
        <translation>el servidor respondió %1 y cambió de protocolo</translation>
    </message>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation>la conexión se cerró antes de que llegara una respuesta</translation>
    </message>
    <message>
        <source>the connection closed before the body was complete</source>
        <translation>la conexión se cerró antes de completar el cuerpo</translation>
    </message>
    <message>
        <source>an https:// URL cannot be fetched through an https:// (TLS) exit; use an http:// URL (for example http://api.ipify.org/?format=json)</source>
        <translation>una URL https:// no se puede obtener a través de una salida https:// (TLS); use una URL http:// (por ejemplo http://api.ipify.org/?format=json)</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>el cuerpo de la respuesta ocupa más de %1 bytes</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImport</name>
    <message>
        <source>line is longer than 2048 bytes</source>
        <translation>la línea ocupa más de 2048 bytes</translation>
    </message>
    <message>
        <source>not text (binary data or invalid UTF-8)</source>
        <translation>no es texto (datos binarios o UTF-8 no válido)</translation>
    </message>
    <message>
        <source>no #REGION on the line and the default region is not a two-letter code</source>
        <translation>la línea no tiene #REGION y la región predeterminada no es un código de dos letras</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>duplicado de la línea %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImportCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; not an exit list</source>
        <translation>%1 ocupa más de 4 MiB; no es una lista de salidas</translation>
    </message>
    <message>
        <source>%1 is not a valid config file; fix it first, nothing was changed</source>
        <translation>%1 no es un archivo de configuración válido; corríjalo primero, no se ha cambiado nada</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>an exit with id &quot;%1&quot; is already configured</source>
        <translation>ya hay configurada una salida con el id «%1»</translation>
    </message>
    <message>
        <source>added %1 (%2) as &quot;%3&quot;</source>
        <translation>añadida %1 (%2) como «%3»</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sin región</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>skipped %1: %2 (%3)</source>
        <translation>omitida %1: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) added to %1</source>
        <translation>
            <numerusform>%n salida añadida a %1</numerusform>
            <numerusform>%n salidas añadidas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n línea omitida</numerusform>
            <numerusform>%n líneas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>exits with a user need their password in the keychain (the app&apos;s Exits page) or in VEIL_EXIT_PASSWORD_&lt;ID&gt;</source>
        <translation>las salidas con usuario necesitan su contraseña en el llavero (página Salidas de la aplicación) o en VEIL_EXIT_PASSWORD_&lt;ID&gt;</translation>
    </message>
</context>
<context>
    <name>Veil::ExitIpChecker</name>
    <message>
        <source>IP check failed: %1</source>
        <translation>falló la comprobación de IP: %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>dirección %1</translation>
    </message>
    <message>
        <source>, country %1</source>
        <translation>, país %1</translation>
    </message>
    <message>
        <source>, REGION MISMATCH: configured %1, database says %2</source>
        <translation>, LA REGIÓN NO COINCIDE: configurada %1, la base de datos dice %2</translation>
    </message>
    <message>
        <source>the answer is %1 bytes long; an address is at most %2</source>
        <translation>la respuesta ocupa %1 bytes; una dirección ocupa como mucho %2</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <source>the answer is not an IP address: &quot;%1&quot;</source>
        <translation>la respuesta no es una dirección IP: «%1»</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>la respuesta no es JSON válido: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the JSON answer is not an IP address: &quot;%2&quot;</source>
        <translation>«%1» en la respuesta JSON no es una dirección IP: «%2»</translation>
    </message>
    <message>
        <source>the JSON answer has none of the members &quot;ip&quot;, &quot;address&quot;, &quot;origin&quot; or &quot;query&quot;</source>
        <translation>la respuesta JSON no tiene ninguno de los miembros &quot;ip&quot;, &quot;address&quot;, &quot;origin&quot; ni &quot;query&quot;</translation>
    </message>
    <message>
        <source>the IP check is off (routing.ipCheckUrl is empty)</source>
        <translation>la comprobación de IP está desactivada (routing.ipCheckUrl está vacío)</translation>
    </message>
    <message>
        <source>cannot fetch the IP check URL (%1) through the exit: %2</source>
        <translation>no se puede obtener la URL de comprobación de IP (%1) a través de la salida: %2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) answered %2</source>
        <translation>la URL de comprobación de IP (%1) respondió %2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) gave no address: %2</source>
        <translation>la URL de comprobación de IP (%1) no dio ninguna dirección: %2</translation>
    </message>
    <message>
        <source>%1 is not in the GeoIP database</source>
        <translation>%1 no está en la base de datos GeoIP</translation>
    </message>
</context>
<context>
    <name>Veil::ExitPasswords</name>
    <message>
        <source>exit %1 has user &quot;%2&quot; but no password was found (%3%4)</source>
        <translation>la salida %1 tiene el usuario «%2» pero no se encontró ninguna contraseña (%3%4)</translation>
    </message>
    <message>
        <source>environment variable %1, </source>
        <translation>variable de entorno %1, </translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>entrada del llavero %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; se conserva el valor anterior</translation>
    </message>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1: %2; omitido</translation>
    </message>
    <message>
        <source>%1: %2; ignored</source>
        <translation>%1: %2; ignorado</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a string such as &quot;socks5://host:1080&quot;</source>
        <translation>&quot;url&quot; debe ser una cadena como &quot;socks5://host:1080&quot;</translation>
    </message>
    <message>
        <source>&quot;region&quot; must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>&quot;region&quot; debe ser un código de país de dos letras como &quot;DE&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 300 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; debe tener de 1 a 300 caracteres entre A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string of at most 200 characters</source>
        <translation>&quot;name&quot; debe ser una cadena de 200 caracteres como máximo</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be an array of non-empty strings of at most 64 characters</source>
        <translation>&quot;tags&quot; debe ser una matriz de cadenas no vacías de 64 caracteres como máximo</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;passwordEnv&quot; must be an environment variable name such as &quot;VEIL_EXIT_PASSWORD&quot;</source>
        <translation>&quot;passwordEnv&quot; debe ser el nombre de una variable de entorno como &quot;VEIL_EXIT_PASSWORD&quot;</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; must be a string</source>
        <translation>&quot;caFile&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;pinSha256&quot; must be the certificate&apos;s SHA-256 in hex (64 digits) or base64</source>
        <translation>&quot;pinSha256&quot; debe ser el SHA-256 del certificado en hexadecimal (64 dígitos) o base64</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; and &quot;pinSha256&quot; apply to https:// exits only</source>
        <translation>&quot;caFile&quot; y &quot;pinSha256&quot; solo se aplican a salidas https://</translation>
    </message>
    <message>
        <source>passwords are never read from the config file; store it in the keychain or set &quot;passwordEnv&quot;</source>
        <translation>las contraseñas nunca se leen del archivo de configuración; guárdela en el llavero o establezca &quot;passwordEnv&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>id duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;policy&quot; must be &quot;manual&quot;, &quot;fastest&quot;, &quot;failover&quot; or &quot;balance&quot;</source>
        <translation>&quot;policy&quot; debe ser &quot;manual&quot;, &quot;fastest&quot;, &quot;failover&quot; o &quot;balance&quot;</translation>
    </message>
    <message>
        <source>unknown exit &quot;%1&quot;</source>
        <translation>salida desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>exit &quot;%1&quot; is not in region %2</source>
        <translation>la salida &quot;%1&quot; no está en la región %2</translation>
    </message>
    <message>
        <source>&quot;manualExit&quot; must be an exit id</source>
        <translation>&quot;manualExit&quot; debe ser un id de salida</translation>
    </message>
    <message>
        <source>the manual policy needs &quot;manualExit&quot;</source>
        <translation>la política manual necesita &quot;manualExit&quot;</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be an array of exit ids</source>
        <translation>&quot;order&quot; debe ser una matriz de ids de salida</translation>
    </message>
    <message>
        <source>not an exit id</source>
        <translation>no es un id de salida</translation>
    </message>
    <message>
        <source>must be &quot;direct&quot;, &quot;exit&quot; or &quot;rules&quot;</source>
        <translation>debe ser &quot;direct&quot;, &quot;exit&quot; o &quot;rules&quot;</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>debe ser un código de país de dos letras como &quot;DE&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be an https:// URL (http:// only on this machine)</source>
        <translation>debe ser una URL https:// (http:// solo en esta máquina)</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>debe ser una URL http:// o https://</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>debe ser una ruta de archivo</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una matriz</translation>
    </message>
    <message>
        <source>region %1 already has a policy</source>
        <translation>la región %1 ya tiene una política</translation>
    </message>
</context>
<context>
    <name>Veil::ExitsPage</name>
    <message>
        <source>Failover: first healthy exit in order</source>
        <translation>Conmutación por error: la primera salida operativa por orden</translation>
    </message>
    <message>
        <source>Fastest: lowest measured delay</source>
        <translation>La más rápida: menor latencia medida</translation>
    </message>
    <message>
        <source>Balance: spread sites over healthy exits</source>
        <translation>Equilibrio: repartir los sitios entre las salidas operativas</translation>
    </message>
    <message>
        <source>Manual: the first exit only</source>
        <translation>Manual: solo la primera salida</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Test all</source>
        <translation>Probar todas</translation>
    </message>
    <message>
        <source>Selection in this region</source>
        <translation>Selección en esta región</translation>
    </message>
    <message>
        <source>Import exits</source>
        <translation>Importar salidas</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The password for %1 could not be stored in the keychain: %2</source>
        <translation>No se pudo guardar en el llavero la contraseña de %1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caída</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (not %2)</source>
        <translation>%1 (no %2)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se ha añadido %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se ha quitado %1.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>ocupa más de 4 MiB</translation>
    </message>
    <message>
        <source>%1: already configured</source>
        <translation>%1: ya configurada</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) imported.</source>
        <translation>
            <numerusform>%n salida importada.</numerusform>
            <numerusform>%n salidas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitidas: %1</translation>
    </message>
</context>
<context>
    <name>Veil::GeoIpDatabase</name>
    <message>
        <source>GeoIP database %1 does not exist or is not a file</source>
        <translation>la base de datos GeoIP %1 no existe o no es un archivo</translation>
    </message>
    <message>
        <source>cannot read GeoIP database %1: %2</source>
        <translation>no se puede leer la base de datos GeoIP %1: %2</translation>
    </message>
    <message>
        <source>this build of Veil cannot read GeoIP databases (built without libmaxminddb)</source>
        <translation>esta compilación de Veil no puede leer bases de datos GeoIP (compilada sin libmaxminddb)</translation>
    </message>
    <message>
        <source>no GeoIP database is open</source>
        <translation>no hay ninguna base de datos GeoIP abierta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>GeoIP lookup of %1 failed: %2</source>
        <translation>falló la búsqueda GeoIP de %1: %2</translation>
    </message>
    <message>
        <source>the GeoIP database has no valid country code for %1</source>
        <translation>la base de datos GeoIP no tiene un código de país válido para %1</translation>
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
        <translation>(instale el paquete gsettings-desktop-schemas)</translation>
    </message>
    <message>
        <source>gsettings did not list %1; is the gsettings-desktop-schemas package installed?</source>
        <translation>gsettings no listó %1; ¿está instalado el paquete gsettings-desktop-schemas?</translation>
    </message>
    <message>
        <source>cannot set %1 %2: %3</source>
        <translation>no se puede establecer %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>Veil::HealthChecker</name>
    <message>
        <source>the probe URL answered %1</source>
        <translation>la URL de sondeo respondió %1</translation>
    </message>
</context>
<context>
    <name>Veil::Http</name>
    <message>
        <source>Veil privacy proxy</source>
        <translation>Proxy de privacidad Veil</translation>
    </message>
</context>
<context>
    <name>Veil::HttpSession</name>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>cerrada porque cambió la ruta (cerrar al cambiar)</translation>
    </message>
    <message>
        <source>client closed the connection mid-response</source>
        <translation>el cliente cerró la conexión a mitad de la respuesta</translation>
    </message>
    <message>
        <source>client closed the connection</source>
        <translation>el cliente cerró la conexión</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>La cabecera de la solicitud ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>Veil refused a malformed request: %1.</source>
        <translation>Veil rechazó una solicitud mal formada: %1.</translation>
    </message>
    <message>
        <source>Veil does not answer OPTIONS *.</source>
        <translation>Veil no responde a OPTIONS *.</translation>
    </message>
    <message>
        <source>This proxy needs a user name and password.</source>
        <translation>Este proxy necesita un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>Veil bloqueó %1: %2.</translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 ms.</source>
        <translation>La cabecera de la solicitud no llegó en %1 ms.</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>sin datos durante %1 ms</translation>
    </message>
    <message>
        <source>The origin did not answer within %1 ms.</source>
        <translation>El servidor de origen no respondió en %1 ms.</translation>
    </message>
    <message>
        <source>Veil is holding this connection: %1. Nothing was sent directly.</source>
        <translation>Veil retiene esta conexión: %1. No se ha enviado nada directamente.</translation>
    </message>
    <message>
        <source>Veil refused a malformed request body: %1.</source>
        <translation>Veil rechazó un cuerpo de solicitud mal formado: %1.</translation>
    </message>
    <message>
        <source>The origin sent a response head larger than %1 bytes.</source>
        <translation>El servidor de origen envió una cabecera de respuesta de más de %1 bytes.</translation>
    </message>
    <message>
        <source>The origin sent a malformed response: %1.</source>
        <translation>El servidor de origen envió una respuesta mal formada: %1.</translation>
    </message>
    <message>
        <source>The origin switched protocols without being asked to.</source>
        <translation>El servidor de origen cambió de protocolo sin que se le pidiera.</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (407 %2): check its user name and password</source>
        <translation>la salida %1 rechazó la autenticación del proxy (407 %2): compruebe su usuario y contraseña</translation>
    </message>
    <message>
        <source>malformed response body from the origin: %1</source>
        <translation>cuerpo de respuesta mal formado del servidor de origen: %1</translation>
    </message>
    <message>
        <source>the origin closed the connection mid-response</source>
        <translation>el servidor de origen cerró la conexión a mitad de la respuesta</translation>
    </message>
    <message>
        <source>%1 closed the connection without a response.</source>
        <translation>%1 cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>the client read nothing for %1 ms</source>
        <translation>el cliente no leyó nada durante %1 ms</translation>
    </message>
    <message>
        <source>The cached response may not be used and the request allows only cached responses (only-if-cached).</source>
        <translation>La respuesta en caché no se puede usar y la solicitud solo admite respuestas en caché (only-if-cached).</translation>
    </message>
    <message>
        <source>Nothing usable is cached and the request allows only cached responses (only-if-cached).</source>
        <translation>No hay nada utilizable en caché y la solicitud solo admite respuestas en caché (only-if-cached).</translation>
    </message>
    <message>
        <source>The cached response the origin confirmed could not be read from disk.</source>
        <translation>No se pudo leer del disco la respuesta en caché que confirmó el servidor de origen.</translation>
    </message>
    <message>
        <source>the cached body could not be read to the end</source>
        <translation>no se pudo leer hasta el final el cuerpo en caché</translation>
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
        <translation>no se puede establecer %1 en kioslaverc: %2</translation>
    </message>
</context>
<context>
    <name>Veil::LocalPages</name>
    <message>
        <source>Veil&apos;s local pages only answer GET and HEAD.</source>
        <translation>Las páginas locales de Veil solo responden a GET y HEAD.</translation>
    </message>
    <message>
        <source>The proxy is running.</source>
        <translation>El proxy está en marcha.</translation>
    </message>
    <message>
        <source>Listening on %1 (HTTP, HTTPS CONNECT and SOCKS5)</source>
        <translation>Escuchando en %1 (HTTP, HTTPS CONNECT y SOCKS5)</translation>
    </message>
    <message>
        <source>Open connections: %1</source>
        <translation>Conexiones abiertas: %1</translation>
    </message>
    <message>
        <source>Requests served: %1</source>
        <translation>Solicitudes atendidas: %1</translation>
    </message>
    <message>
        <source>Veil has no page here. Try / or /proxy.pac.</source>
        <translation>Veil no tiene ninguna página aquí. Pruebe / o /proxy.pac.</translation>
    </message>
</context>
<context>
    <name>Veil::LoginItem</name>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Privacy proxy</source>
        <translation>Proxy de privacidad</translation>
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
        <translation>networksetup no lista ningún servicio de red activado</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Proxy environment variables copied: paste them into a terminal.</source>
        <translation>Variables de entorno del proxy copiadas: péguelas en un terminal.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Veil lives in this window: closing it quits Veil.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que Veil vive en esta ventana: cerrarla cierra Veil.</translation>
    </message>
    <message>
        <source>The change is active but could not be saved: %1</source>
        <translation>El cambio está activo pero no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Protection is off: Veil on %1 connects directly. Set your browser&apos;s HTTP, HTTPS and SOCKS5 proxy to this address, or use http://%1/proxy.pac</source>
        <translation>La protección está desactivada: Veil en %1 conecta directamente. Configure el proxy HTTP, HTTPS y SOCKS5 de su navegador con esta dirección, o use http://%1/proxy.pac</translation>
    </message>
    <message>
        <source>Veil on %1 sends traffic through region %2.</source>
        <translation>Veil en %1 envía el tráfico a través de la región %2.</translation>
    </message>
    <message>
        <source>Veil on %1 is holding connections: no healthy exit in region %2%3.</source>
        <translation>Veil en %1 está reteniendo conexiones: no hay ninguna salida operativa en la región %2%3.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(ninguna elegida)</translation>
    </message>
    <message>
        <source>, falling back to direct</source>
        <translation>, se recurre a la conexión directa</translation>
    </message>
    <message>
        <source>Could not restore the system proxy: %1</source>
        <translation>No se pudo restaurar el proxy del sistema: %1</translation>
    </message>
    <message>
        <source>Veil cannot set the system proxy here: %1</source>
        <translation>Veil no puede configurar aquí el proxy del sistema: %1</translation>
    </message>
    <message>
        <source>Another program changed the system proxy (%1); Veil leaves it alone.</source>
        <translation>Otro programa cambió el proxy del sistema (%1); Veil no lo toca.</translation>
    </message>
    <message>
        <source>Could not set the system proxy: %1</source>
        <translation>No se pudo configurar el proxy del sistema: %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Veil cannot listen there (%1); it stays on %2:%3.</source>
        <translation>Veil no puede escuchar ahí (%1); sigue en %2:%3.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;A privacy proxy on your own machine: it blocks trackers, sends each site directly or through an exit in the region you choose, and never leaks your address or DNS through an exit.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;Un proxy de privacidad en tu propio equipo: bloquea rastreadores, envía cada sitio directamente o a través de una salida en la región que elijas y nunca filtra tu dirección ni tu DNS a través de una salida.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, funcionando con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>Acerca de Veil</translation>
    </message>
</context>
<context>
    <name>Veil::OverviewPage</name>
    <message>
        <source>Everything through the region</source>
        <translation>Todo a través de la región</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>Según reglas</translation>
    </message>
    <message>
        <source>Direct (protection off)</source>
        <translation>Directo (protección desactivada)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Exits of the region</source>
        <translation>Salidas de la región</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Caudal</translation>
    </message>
    <message>
        <source>Protection is on</source>
        <translation>La protección está activada</translation>
    </message>
    <message>
        <source>Protection is off</source>
        <translation>La protección está desactivada</translation>
    </message>
    <message>
        <source>Click to connect directly</source>
        <translation>Pulse para conectar directamente</translation>
    </message>
    <message>
        <source>Click to send traffic through the region</source>
        <translation>Pulse para enviar el tráfico a través de la región</translation>
    </message>
    <message>
        <source>%1 requests · %2 open connections · %3 received · %4 sent · %5 local DNS lookups</source>
        <translation>%1 solicitudes · %2 conexiones abiertas · %3 recibidos · %4 enviados · %5 consultas DNS locales</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caída</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 is in %2 according to the GeoIP database, not in %3</source>
        <translation>según la base de datos GeoIP, %1 está en %2, no en %3</translation>
    </message>
    <message>
        <source>Protection is off: sites see this computer&apos;s own address.</source>
        <translation>La protección está desactivada: los sitios ven la propia dirección de este equipo.</translation>
    </message>
    <message>
        <source>No region is chosen: connections are held until you pick one.</source>
        <translation>No hay ninguna región elegida: las conexiones quedan retenidas hasta que elija una.</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections go direct (fallback is on).</source>
        <translation>Ninguna salida de %1 está operativa: las conexiones van directas (la alternativa está activada).</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections are held, nothing goes out directly.</source>
        <translation>Ninguna salida de %1 está operativa: las conexiones quedan retenidas y nada sale directamente.</translation>
    </message>
    <message>
        <source>Sites see an address in %1.</source>
        <translation>Los sitios ven una dirección en %1.</translation>
    </message>
    <message>
        <source>%1 blocked · %2 cache hits · %3 saved by the cache</source>
        <translation>%1 bloqueadas · %2 aciertos de caché · %3 ahorrados por la caché</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: the kill switch holds every connection, nothing goes out directly.</source>
        <translation>Ninguna salida de %1 está operativa: el interruptor de emergencia retiene todas las conexiones y nada sale directamente.</translation>
    </message>
</context>
<context>
    <name>Veil::Policy</name>
    <message>
        <source>rule %1 (final)</source>
        <translation>regla %1 (final)</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3)</source>
        <translation>regla %1 (%2 %3)</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>permitido por %1</translation>
    </message>
    <message>
        <source>blocked by %1</source>
        <translation>bloqueado por %1</translation>
    </message>
    <message>
        <source>blocked by list %1, line %2: %3</source>
        <translation>bloqueado por la lista %1, línea %2: %3</translation>
    </message>
    <message>
        <source>allowed by list %1, line %2: %3 (overrides %4)</source>
        <translation>permitido por la lista %1, línea %2: %3 (prevalece sobre %4)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directo</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 según %2</translation>
    </message>
    <message>
        <source>no rule or list matched; the routing mode decides (%1)</source>
        <translation>ninguna regla ni lista coincidió; decide el modo de enrutamiento (%1)</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettings</name>
    <message>
        <source>must be an array of strings</source>
        <translation>debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>como máximo %1 entradas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; no es un nombre de host</translation>
    </message>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; se conserva el valor anterior</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be &quot;keep&quot;, &quot;origin&quot; or &quot;drop&quot;</source>
        <translation>debe ser &quot;keep&quot;, &quot;origin&quot; o &quot;drop&quot;</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>only printable ASCII characters, no line breaks</source>
        <translation>solo caracteres ASCII imprimibles, sin saltos de línea</translation>
    </message>
    <message>
        <source>no spaces at the start or end</source>
        <translation>sin espacios al principio ni al final</translation>
    </message>
    <message>
        <source>an empty parameter name</source>
        <translation>un nombre de parámetro vacío</translation>
    </message>
    <message>
        <source>&quot;*&quot; alone would remove every parameter</source>
        <translation>&quot;*&quot; solo eliminaría todos los parámetros</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name (ASCII, no spaces, &amp; = # ?; &apos;*&apos; only at the end)</source>
        <translation>&quot;%1&quot; no es un nombre de parámetro (ASCII, sin espacios, &amp; = # ?; &apos;*&apos; solo al final)</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettingsBox</name>
    <message>
        <source>Send Sec-GPC: 1 (Global Privacy Control)</source>
        <translation>Enviar Sec-GPC: 1 (Global Privacy Control)</translation>
    </message>
    <message>
        <source>Send DNT: 1 (Do Not Track)</source>
        <translation>Enviar DNT: 1 (Do Not Track)</translation>
    </message>
    <message>
        <source>Remove tracking parameters from addresses</source>
        <translation>Quitar los parámetros de rastreo de las direcciones</translation>
    </message>
    <message>
        <source>Privacy filters (plain HTTP)</source>
        <translation>Filtros de privacidad (HTTP sin cifrar)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Origin only (scheme://host/)</source>
        <translation>Solo el origen (scheme://host/)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>utm_*, fbclid, gclid</source>
        <translation>utm_*, fbclid, gclid</translation>
    </message>
    <message>
        <source>Leave empty to send the browser&apos;s own</source>
        <translation>Déjelo vacío para enviar el del navegador</translation>
    </message>
    <message>
        <source>shop.example, bank.example</source>
        <translation>shop.example, bank.example</translation>
    </message>
    <message>
        <source>Plain-HTTP requests only: HTTPS passes through an encrypted tunnel that Veil does not change. Each change is listed in the request&apos;s log entry.</source>
        <translation>Solo peticiones HTTP sin cifrar: HTTPS pasa por un túnel cifrado que Veil no modifica. Cada cambio figura en la entrada del registro de la petición.</translation>
    </message>
    <message>
        <source>Referer to other sites</source>
        <translation>Referer hacia otros sitios</translation>
    </message>
    <message>
        <source>Requests within one site keep their Referer. &quot;Origin only&quot; drops it when an HTTPS page links to plain HTTP.</source>
        <translation>Las peticiones dentro de un mismo sitio conservan su Referer. &quot;Solo el origen&quot; lo quita cuando una página HTTPS enlaza a HTTP sin cifrar.</translation>
    </message>
    <message>
        <source>Tracking parameters</source>
        <translation>Parámetros de rastreo</translation>
    </message>
    <message>
        <source>Exact names, separated by commas; a trailing * matches every name that begins with the rest. &quot;$removeparam&quot; filters of your blocklists are applied too.</source>
        <translation>Nombres exactos, separados por comas; un * al final coincide con todo nombre que empiece por el resto. También se aplican los filtros &quot;$removeparam&quot; de sus listas de bloqueo.</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Leave these sites alone</source>
        <translation>No tocar estos sitios</translation>
    </message>
    <message>
        <source>Host names separated by commas; each covers its subdomains.</source>
        <translation>Nombres de host separados por comas; cada uno incluye sus subdominios.</translation>
    </message>
</context>
<context>
    <name>Veil::Router</name>
    <message>
        <source>no exit has the id %1</source>
        <translation>ninguna salida tiene el id %1</translation>
    </message>
    <message>
        <source>exit %1 is disabled</source>
        <translation>la salida %1 está desactivada</translation>
    </message>
    <message>
        <source>exit %1 is down</source>
        <translation>la salida %1 está caída</translation>
    </message>
    <message>
        <source>no exit region is selected</source>
        <translation>no hay ninguna región de salida seleccionada</translation>
    </message>
    <message>
        <source>no healthy exit in region %1</source>
        <translation>no hay ninguna salida operativa en la región %1</translation>
    </message>
    <message>
        <source>%1; falling back to direct as configured</source>
        <translation>%1; se recurre a la conexión directa según la configuración</translation>
    </message>
</context>
<context>
    <name>Veil::RuleDialog</name>
    <message>
        <source>Use this rule</source>
        <translation>Usar esta regla</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>Permitir (no bloquear nunca)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Exit via region or exit</source>
        <translation>Salir por una región o una salida</translation>
    </message>
    <message>
        <source>region code (US) or exit id</source>
        <translation>código de región (US) o id de salida</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincide con</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>example.com (also matches www.example.com)</source>
        <translation>example.com (también coincide con www.example.com)</translation>
    </message>
    <message>
        <source>tracker</source>
        <translation>tracker</translation>
    </message>
    <message>
        <source>^ads?[0-9]*\. (RE2 syntax)</source>
        <translation>^ads?[0-9]*\. (sintaxis RE2)</translation>
    </message>
    <message>
        <source>192.168.0.0/16 or 2001:db8::/32</source>
        <translation>192.168.0.0/16 o 2001:db8::/32</translation>
    </message>
    <message>
        <source>8080 or 8000-8100</source>
        <translation>8080 o 8000-8100</translation>
    </message>
    <message>
        <source>name of a blocklist</source>
        <translation>nombre de una lista de bloqueo</translation>
    </message>
    <message>
        <source>matches everything that reaches it</source>
        <translation>coincide con todo lo que llega hasta ella</translation>
    </message>
    <message>
        <source>Enter what the rule matches.</source>
        <translation>Introduzca con qué coincide la regla.</translation>
    </message>
    <message>
        <source>Enter the region code (such as US) or the exit id to use.</source>
        <translation>Introduzca el código de región (como US) o el id de la salida que se usará.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a region code nor an exit id.</source>
        <translation>«%1» no es un código de región ni un id de salida.</translation>
    </message>
    <message>
        <source>A rule with the id &quot;%1&quot; already exists.</source>
        <translation>Ya existe una regla con el id «%1».</translation>
    </message>
    <message>
        <source>Direct and exit rules take effect in the &quot;Rules&quot; mode only; block and allow rules work in every mode.</source>
        <translation>Las reglas directas y de salida solo se aplican en el modo «Según reglas»; las reglas de bloqueo y de permiso funcionan en todos los modos.</translation>
    </message>
</context>
<context>
    <name>Veil::RuleModel</name>
    <message>
        <source>Rule %1: %2 %3 → %4</source>
        <translation>Regla %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>everything else</source>
        <translation>todo lo demás</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincide con</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Domain and subdomains</source>
        <translation>Dominio y subdominios</translation>
    </message>
    <message>
        <source>Host contains</source>
        <translation>El host contiene</translation>
    </message>
    <message>
        <source>Host regex</source>
        <translation>Regex de host</translation>
    </message>
    <message>
        <source>IP network</source>
        <translation>Red IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Lista de bloqueo</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>Permitir (no bloquear nunca)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Exit via %1</source>
        <translation>Salir por %1</translation>
    </message>
</context>
<context>
    <name>Veil::RuleSettings</name>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1: %2; omitido</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be one of domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, port, list, final</source>
        <translation>&quot;type&quot; debe ser uno de domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, port, list, final</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be block, allow, direct, exit:REGION or exit:EXIT-ID</source>
        <translation>&quot;action&quot; debe ser block, allow, direct, exit:REGION o exit:EXIT-ID</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 64 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; debe tener de 1 a 64 caracteres entre A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be a string</source>
        <translation>&quot;value&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;comment&quot; must be a string of at most 500 characters</source>
        <translation>&quot;comment&quot; debe ser una cadena de 500 caracteres como máximo</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 64 characters without &apos;,&apos; or line breaks</source>
        <translation>&quot;name&quot; debe tener de 1 a 64 caracteres sin &apos;,&apos; ni saltos de línea</translation>
    </message>
    <message>
        <source>&quot;enabled&quot;, &quot;block&quot; and &quot;assumeThirdParty&quot; must be true or false</source>
        <translation>&quot;enabled&quot;, &quot;block&quot; y &quot;assumeThirdParty&quot; deben ser true o false</translation>
    </message>
    <message>
        <source>&quot;value&quot; is longer than %1 characters</source>
        <translation>&quot;value&quot; tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; no es un nombre de host</translation>
    </message>
    <message>
        <source>a domain keyword must be non-empty text without spaces</source>
        <translation>una palabra clave de dominio debe ser texto no vacío sin espacios</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RE2 regular expression</source>
        <translation>&quot;%1&quot; no es una expresión regular RE2 válida</translation>
    </message>
    <message>
        <source>the regular expression is too large</source>
        <translation>la expresión regular es demasiado grande</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP network such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>&quot;%1&quot; no es una red IP como 10.0.0.0/8 o 2001:db8::/32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a range such as 8000-8100</source>
        <translation>&quot;%1&quot; no es un puerto ni un rango como 8000-8100</translation>
    </message>
    <message>
        <source>a list rule needs the name of a blocklist</source>
        <translation>una regla de lista necesita el nombre de una lista de bloqueo</translation>
    </message>
    <message>
        <source>blocklists: must be an array; keeping the previous value</source>
        <translation>blocklists: debe ser una matriz; se conserva el valor anterior</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot;</source>
        <translation>nombre duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at most %1 blocklists</source>
        <translation>como máximo %1 listas de bloqueo</translation>
    </message>
    <message>
        <source>rules: must be an array; keeping the previous value</source>
        <translation>rules: debe ser una matriz; se conserva el valor anterior</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>id duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http:// or https:// address with a host and no user name</source>
        <translation>&quot;url&quot; debe ser una dirección http:// o https:// con un host y sin nombre de usuario</translation>
    </message>
    <message>
        <source>&quot;path&quot; must name a local file (or &quot;url&quot; a subscription)</source>
        <translation>&quot;path&quot; debe indicar un archivo local (o &quot;url&quot; una suscripción)</translation>
    </message>
    <message>
        <source>&quot;refreshHours&quot; must be a whole number from 0 to %1</source>
        <translation>&quot;refreshHours&quot; debe ser un número entero de 0 a %1</translation>
    </message>
</context>
<context>
    <name>Veil::RulesPage</name>
    <message>
        <source>http://example.com/ads/banner.js, https://example.com or example.com:443</source>
        <translation>http://example.com/ads/banner.js, https://example.com o example.com:443</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Rules (first match wins: allow, then block, then routing)</source>
        <translation>Reglas (gana la primera coincidencia: permitir, después bloquear, después enrutar)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listas de bloqueo</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Test a URL:</source>
        <translation>Probar una URL:</translation>
    </message>
    <message>
        <source>Reading the lists…</source>
        <translation>Leyendo las listas…</translation>
    </message>
    <message>
        <source>Direct and exit rules are waiting: they take effect in the &quot;Rules&quot; mode (Overview or tray). Block and allow rules work in every mode.</source>
        <translation>Las reglas directas y de salida están en espera: se aplican en el modo «Según reglas» (Resumen o bandeja). Las reglas de bloqueo y de permiso funcionan en todos los modos.</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n rule(s) in use.</source>
        <translation>
            <numerusform>Actualizado: %n regla en uso.</numerusform>
            <numerusform>Actualizado: %n reglas en uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read: %1. The other lists are updated.</source>
        <translation>No se pudo leer: %1. Las demás listas están actualizadas.</translation>
    </message>
    <message>
        <source>Added rule %1.</source>
        <translation>Se ha añadido la regla %1.</translation>
    </message>
    <message>
        <source>Deleted rule %1.</source>
        <translation>Se ha eliminado la regla %1.</translation>
    </message>
    <message>
        <source>Veil uses at most %1 blocklists; remove one first.</source>
        <translation>Veil usa como máximo %1 listas de bloqueo; quite una primero.</translation>
    </message>
    <message>
        <source>Added list %1; it is read in the background.</source>
        <translation>Se ha añadido la lista %1; se lee en segundo plano.</translation>
    </message>
    <message numerus="yes">
        <source>Removed list %1. %n rule(s) name it and now match nothing.</source>
        <translation>
            <numerusform>Se ha quitado la lista %1. %n regla la nombra y ahora no coincide con nada.</numerusform>
            <numerusform>Se ha quitado la lista %1. %n reglas la nombran y ahora no coinciden con nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed list %1.</source>
        <translation>Se ha quitado la lista %1.</translation>
    </message>
    <message>
        <source>The engine is not running, so there is nothing to ask.</source>
        <translation>El motor no está en marcha, así que no hay nada a lo que preguntar.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Bloqueada.</translation>
    </message>
    <message>
        <source>Allowed: goes direct.</source>
        <translation>Permitida: va directa.</translation>
    </message>
    <message>
        <source>Allowed: goes through an exit in %1.</source>
        <translation>Permitida: va por una salida de %1.</translation>
    </message>
    <message>
        <source>Allowed: goes through exit %1.</source>
        <translation>Permitida: va por la salida %1.</translation>
    </message>
    <message>
        <source>Allowed: goes direct (protection is off).</source>
        <translation>Permitida: va directa (la protección está desactivada).</translation>
    </message>
    <message>
        <source>Allowed, but held: no region is chosen.</source>
        <translation>Permitida, pero retenida: no hay ninguna región elegida.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Read the enabled lists again from disk, check subscriptions for a new version, and use them for new connections.</source>
        <translation>Vuelve a leer del disco las listas activadas, busca una versión nueva de las suscripciones y las usa para las conexiones nuevas.</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>%1 no se actualizó: %2</translation>
    </message>
    <message>
        <source>You can also drag a rule to its place in the table.</source>
        <translation>También puede arrastrar una regla a su lugar en la tabla.</translation>
    </message>
</context>
<context>
    <name>Veil::SecretStore</name>
    <message>
        <source>invalid secret key</source>
        <translation>clave de secreto no válida</translation>
    </message>
    <message>
        <source>empty secret (use remove() to delete one)</source>
        <translation>secreto vacío (use remove() para borrar uno)</translation>
    </message>
    <message>
        <source>secret contains a NUL character</source>
        <translation>el secreto contiene un carácter NUL</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>el llavero no respondió en %1 ms</translation>
    </message>
</context>
<context>
    <name>Veil::Settings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; se conserva el valor anterior</translation>
    </message>
    <message>
        <source>unsupported schema version</source>
        <translation>versión de esquema no admitida</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>no es una dirección IP</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535</source>
        <translation>debe ser un número entero de 1 a 65535</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a string of at most 255 characters without &apos;:&apos;</source>
        <translation>debe ser una cadena de 255 caracteres como máximo sin &apos;:&apos;</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be &quot;text&quot;, &quot;json&quot; or &quot;none&quot;</source>
        <translation>debe ser &quot;text&quot;, &quot;json&quot; o &quot;none&quot;</translation>
    </message>
    <message>
        <source>listen address &quot;%1&quot; is not an IP address</source>
        <translation>la dirección de escucha «%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>refusing to listen on %1: it is reachable from other machines. Veil listens on loopback only unless you opt in with --allow-remote and set proxy credentials</source>
        <translation>no se escuchará en %1: es accesible desde otras máquinas. Veil solo escucha en loopback salvo que lo habilite con --allow-remote y configure credenciales del proxy</translation>
    </message>
    <message>
        <source>listening on %1 needs authentication: set a proxy user (--proxy-user) and a password (VEIL_PROXY_PASSWORD)</source>
        <translation>escuchar en %1 requiere autenticación: configure un usuario del proxy (--proxy-user) y una contraseña (VEIL_PROXY_PASSWORD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: missing &apos;]&apos;</source>
        <translation>«%1»: falta &apos;]&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected &apos;:&apos; after &apos;]&apos;</source>
        <translation>«%1»: se esperaba &apos;:&apos; tras &apos;]&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>«%1» no es un puerto de 1 a 65535</translation>
    </message>
</context>
<context>
    <name>Veil::SettingsPage</name>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Kill switch: never connect directly when Veil cannot use an exit</source>
        <translation>Interruptor de emergencia: no conectar nunca directamente si Veil no puede usar una salida</translation>
    </message>
    <message>
        <source>Set the system proxy when Veil starts</source>
        <translation>Configurar el proxy del sistema al iniciar Veil</translation>
    </message>
    <message>
        <source>Start Veil when I log in</source>
        <translation>Iniciar Veil al iniciar sesión</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado en la bandeja</translation>
    </message>
    <message>
        <source>Closing the window keeps Veil running in the tray</source>
        <translation>Al cerrar la ventana, Veil sigue ejecutándose en la bandeja</translation>
    </message>
    <message>
        <source>intranet.example, *.corp.example, 10.0.0.0/8</source>
        <translation>intranet.example, *.corp.example, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> solicitudes</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Escuchar en</translation>
    </message>
    <message>
        <source>When no exit of your region is healthy, connections are held and get a page saying why, instead of going out directly with your own address (even when falling back to direct is configured). The proxy configuration file (PAC) then never falls back to DIRECT, so browsers stay blocked while Veil is not running, and the system proxy keeps pointing at Veil while traffic is held.</source>
        <translation>Cuando ninguna salida de su región está operativa, las conexiones quedan retenidas y reciben una página que explica el motivo, en lugar de salir directamente con su propia dirección (aunque esté configurado recurrir a la conexión directa). El archivo de configuración del proxy (PAC) nunca recurre entonces a DIRECT, de modo que los navegadores siguen bloqueados mientras Veil no se ejecuta, y el proxy del sistema sigue apuntando a Veil mientras el tráfico está retenido.</translation>
    </message>
    <message>
        <source>Bypass Veil for</source>
        <translation>No usar Veil para</translation>
    </message>
    <message>
        <source>Host names, *.domain wildcards, addresses and networks, separated by commas. localhost, 127.0.0.0/8 and ::1 are always bypassed.</source>
        <translation>Nombres de host, comodines *.domain, direcciones y redes, separados por comas. localhost, 127.0.0.0/8 y ::1 siempre quedan excluidos.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language takes effect when Veil starts again.</source>
        <translation>El nuevo idioma se aplica cuando Veil se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Traffic log keeps</source>
        <translation>El registro de tráfico conserva</translation>
    </message>
    <message>
        <source>The newest requests, in memory only; older ones fall out.</source>
        <translation>Las solicitudes más recientes, solo en memoria; las más antiguas se descartan.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the window is Veil, and closing it quits.</source>
        <translation>Este escritorio no tiene bandeja del sistema: la ventana es Veil y cerrarla lo cierra.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>El puerto debe ser un número entero de 1 a 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address such as 127.0.0.1 or ::1.</source>
        <translation>«%1» no es una dirección IP como 127.0.0.1 o ::1.</translation>
    </message>
    <message>
        <source>HTTP, HTTPS and SOCKS proxy</source>
        <translation>Proxy HTTP, HTTPS y SOCKS</translation>
    </message>
    <message>
        <source>Automatic configuration (PAC)</source>
        <translation>Configuración automática (PAC)</translation>
    </message>
    <message>
        <source>The automatic configuration sends local names past Veil and, with the kill switch off, lets the browser connect directly while Veil is not running.</source>
        <translation>La configuración automática deja los nombres locales fuera de Veil y, con el interruptor de emergencia desactivado, permite al navegador conectarse directamente mientras Veil no se ejecuta.</translation>
    </message>
    <message>
        <source>System proxy setting</source>
        <translation>Ajuste del proxy del sistema</translation>
    </message>
    <message>
        <source>About Veil…</source>
        <translation>Acerca de Veil…</translation>
    </message>
    <message>
        <source>Veil %1</source>
        <translation>Veil %1</translation>
    </message>
    <message>
        <source>Veil listens on the new address before it leaves the old one: open connections carry on, new ones need the new address.</source>
        <translation>Veil escucha en la nueva dirección antes de dejar la anterior: las conexiones abiertas continúan y las nuevas necesitan la nueva dirección.</translation>
    </message>
</context>
<context>
    <name>Veil::Socks5Session</name>
    <message>
        <source>SOCKS5 handshake timed out</source>
        <translation>se agotó el tiempo de la negociación SOCKS5</translation>
    </message>
    <message>
        <source>client closed the connection during the handshake</source>
        <translation>el cliente cerró la conexión durante la negociación</translation>
    </message>
    <message>
        <source>SOCKS5: %1</source>
        <translation>SOCKS5: %1</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>Veil bloqueó %1: %2.</translation>
    </message>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>cerrada porque cambió la ruta (cerrar al cambiar)</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxy</name>
    <message>
        <source>this desktop (%1) has no system proxy setting Veil can change; supported are GNOME, Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 and 6, macOS and Windows. Use the proxy environment variables instead.</source>
        <translation>este escritorio (%1) no tiene ninguna configuración de proxy del sistema que Veil pueda cambiar; se admiten GNOME, Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 y 6, macOS y Windows. Use en su lugar las variables de entorno del proxy.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>unknown system proxy backend &quot;%1&quot; (gnome, kde, macos, windows)</source>
        <translation>motor de proxy del sistema desconocido «%1» (gnome, kde, macos, windows)</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyCommand</name>
    <message>
        <source>no system proxy change to restore (%1 does not exist)</source>
        <translation>no hay ningún cambio del proxy del sistema que restaurar (%1 no existe)</translation>
    </message>
    <message>
        <source>cannot restore the system proxy recorded in %1: %2</source>
        <translation>no se puede restaurar el proxy del sistema registrado en %1: %2</translation>
    </message>
    <message>
        <source>restored the %1 proxy settings a previous Veil left behind</source>
        <translation>se restauró la configuración del proxy de %1 que dejó un Veil anterior</translation>
    </message>
    <message>
        <source>left alone (changed by another program): %1</source>
        <translation>sin tocar (lo cambió otro programa): %1</translation>
    </message>
    <message>
        <source>a previous Veil left a system proxy mark, but another program has changed the %1 proxy settings since; they were left alone</source>
        <translation>un Veil anterior dejó una marca de proxy del sistema, pero otro programa ha cambiado desde entonces la configuración del proxy de %1; no se ha tocado</translation>
    </message>
    <message>
        <source>cannot restore the system proxy: %1</source>
        <translation>no se puede restaurar el proxy del sistema: %1</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyController</name>
    <message>
        <source>Veil did not change the system proxy: %1</source>
        <translation>Veil no cambió el proxy del sistema: %1</translation>
    </message>
    <message>
        <source>%1 did not keep the new setting</source>
        <translation>%1 no conservó la nueva configuración</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1</source>
        <translation>no se puede configurar el proxy del sistema: %1</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1; putting the old settings back failed too (%2), run veil --restore-system-proxy</source>
        <translation>no se puede configurar el proxy del sistema: %1; tampoco se pudo volver a la configuración anterior (%2), ejecute veil --restore-system-proxy</translation>
    </message>
    <message>
        <source>%1; it was moved to %2</source>
        <translation>%1; se ha movido a %2</translation>
    </message>
    <message>
        <source>the leftover system proxy change in %1 was made with the %2 backend, not %3</source>
        <translation>el cambio del proxy del sistema pendiente en %1 se hizo con el motor %2, no con %3</translation>
    </message>
    <message>
        <source>another Veil (process %1) has the system proxy; stop it first</source>
        <translation>otro Veil (proceso %1) controla el proxy del sistema; deténgalo primero</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxySettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; se conserva el valor anterior</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>como máximo %1 entradas</translation>
    </message>
    <message>
        <source>an empty entry</source>
        <translation>una entrada vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network such as 10.0.0.0/8 or fd00::/8</source>
        <translation>«%1» no es una red como 10.0.0.0/8 o fd00::/8</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name, *.domain, address or network</source>
        <translation>«%1» no es un nombre de host, *.domain, dirección ni red</translation>
    </message>
    <message>
        <source>must be &quot;fixed&quot; or &quot;pac&quot;</source>
        <translation>debe ser &quot;fixed&quot; o &quot;pac&quot;</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyStateFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a system proxy state file Veil can read</source>
        <translation>%1 no es un archivo de estado del proxy del sistema que Veil pueda leer</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
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
        <translation>↓ %1   ↑ %2   (últimos 60 s, máximo de la escala %3)</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficDetailsPane</name>
    <message>
        <source>Close connection</source>
        <translation>Cerrar conexión</translation>
    </message>
    <message>
        <source>End this connection now; the client sees it closed</source>
        <translation>Terminar esta conexión ahora; el cliente la verá cerrada</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Petición enviada</translation>
    </message>
    <message>
        <source>First response byte</source>
        <translation>Primer byte de respuesta</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Request headers (as sent)</source>
        <translation>Cabeceras de la petición (enviadas)</translation>
    </message>
    <message>
        <source>Response headers (as received)</source>
        <translation>Cabeceras de la respuesta (recibidas)</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>HTTP sin cifrar</translation>
    </message>
    <message>
        <source>Tunnel (HTTP CONNECT)</source>
        <translation>Túnel (HTTP CONNECT)</translation>
    </message>
    <message>
        <source>Tunnel (SOCKS5)</source>
        <translation>Túnel (SOCKS5)</translation>
    </message>
    <message>
        <source>Veil&apos;s own page</source>
        <translation>Página propia de Veil</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Through an exit</source>
        <translation>A través de una salida</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Answered by Veil</source>
        <translation>Respondido por Veil</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>no rule: the mode&apos;s default</source>
        <translation>ninguna regla: lo predeterminado del modo</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>%1 down, %2 up</source>
        <translation>%1 recibidos, %2 enviados</translation>
    </message>
    <message>
        <source>Headers and timings appear when it ends.</source>
        <translation>Las cabeceras y los tiempos aparecen cuando termina.</translation>
    </message>
    <message numerus="yes">
        <source>Details are kept for the latest %n request(s).</source>
        <translation>
            <numerusform>Los detalles se guardan para la última %n petición.</numerusform>
            <numerusform>Los detalles se guardan para las últimas %n peticiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>No details were recorded for this row.</source>
        <translation>No se registraron detalles para esta fila.</translation>
    </message>
    <message>
        <source>A tunnel&apos;s bytes are the client&apos;s own: Veil sees no headers.</source>
        <translation>Los bytes de un túnel son del cliente: Veil no ve cabeceras.</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>tras %1</translation>
    </message>
    <message>
        <source>reused a kept-alive connection</source>
        <translation>reutilizó una conexión persistente</translation>
    </message>
    <message>
        <source>Referer cut to the site&apos;s origin</source>
        <translation>Referer recortado al origen del sitio</translation>
    </message>
    <message>
        <source>Referer removed</source>
        <translation>Referer eliminado</translation>
    </message>
    <message>
        <source>Sec-GPC: 1 added</source>
        <translation>Sec-GPC: 1 añadido</translation>
    </message>
    <message>
        <source>DNT: 1 added</source>
        <translation>DNT: 1 añadido</translation>
    </message>
    <message>
        <source>User-Agent replaced</source>
        <translation>User-Agent sustituido</translation>
    </message>
    <message>
        <source>Query parameter %1 removed</source>
        <translation>Parámetro de consulta %1 eliminado</translation>
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
        <translation>directo</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>acierto</translation>
    </message>
    <message>
        <source>revalidated</source>
        <translation>revalidada</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficPage</name>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Filter by host, path, method, exit or error</source>
        <translation>Filtrar por host, ruta, método, salida o error</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Cualquier decisión</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
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
        <translation>Mantener visible la solicitud más reciente</translation>
    </message>
    <message>
        <source>Stop updating the table; requests are still recorded and appear when you resume</source>
        <translation>Dejar de actualizar la tabla; las solicitudes se siguen registrando y aparecen al reanudar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n fila mostrada</numerusform>
            <numerusform>%n filas mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table</source>
        <translation>
            <numerusform>%n en la tabla</numerusform>
            <numerusform>%n en la tabla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older row(s) dropped</source>
        <translation>
            <numerusform>%n fila antigua descartada</numerusform>
            <numerusform>%n filas antiguas descartadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n event(s) waiting</source>
        <translation>
            <numerusform>en pausa, %n evento en espera</numerusform>
            <numerusform>en pausa, %n eventos en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped while paused</source>
        <translation>
            <numerusform>%n evento descartado durante la pausa</numerusform>
            <numerusform>%n eventos descartados durante la pausa</numerusform>
        </translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>Exportar tráfico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) as CSV to %1</source>
        <translation>
            <numerusform>%n fila exportada como CSV a %1</numerusform>
            <numerusform>%n filas exportadas como CSV a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) as HAR to %1</source>
        <translation>
            <numerusform>%n solicitud exportada como HAR a %1</numerusform>
            <numerusform>%n solicitudes exportadas como HAR a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel row(s) left out (HAR describes plain HTTP only)</source>
        <translation>
            <numerusform>%n fila de túnel omitida (HAR solo describe HTTP sin cifrar)</numerusform>
            <numerusform>%n filas de túnel omitidas (HAR solo describe HTTP sin cifrar)</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Archivos HAR (*.har)</translation>
    </message>
    <message>
        <source>Close connection</source>
        <translation>Cerrar conexión</translation>
    </message>
    <message>
        <source>Connection #%1 had already ended</source>
        <translation>La conexión #%1 ya había terminado</translation>
    </message>
</context>
<context>
    <name>Veil::TrayController</name>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Protection on</source>
        <translation>Protección activada</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy del sistema</translation>
    </message>
    <message>
        <source>Everything through the region</source>
        <translation>Todo a través de la región</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>Según reglas</translation>
    </message>
    <message>
        <source>Direct (off)</source>
        <translation>Directo (desactivado)</translation>
    </message>
    <message>
        <source>Point this computer&apos;s proxy settings at Veil (restored when you turn it off or quit)</source>
        <translation>Apuntar la configuración de proxy de este equipo a Veil (se restaura al desactivarlo o salir)</translation>
    </message>
    <message>
        <source>Copy proxy environment variables</source>
        <translation>Copiar variables de entorno del proxy</translation>
    </message>
    <message>
        <source>Open Veil</source>
        <translation>Abrir Veil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>No exits configured</source>
        <translation>No hay salidas configuradas</translation>
    </message>
    <message>
        <source>Veil: protection off (direct)</source>
        <translation>Veil: protección desactivada (directo)</translation>
    </message>
    <message>
        <source>Veil: through %1</source>
        <translation>Veil: a través de %1</translation>
    </message>
    <message>
        <source>Veil: holding connections, no healthy exit in %1</source>
        <translation>Veil: reteniendo conexiones, no hay ninguna salida operativa en %1</translation>
    </message>
    <message>
        <source>Veil: not running</source>
        <translation>Veil: no está en marcha</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>Acerca de Veil</translation>
    </message>
</context>
<context>
    <name>Veil::Tunnel</name>
    <message>
        <source>tunnel idle timeout</source>
        <translation>tiempo de inactividad del túnel agotado</translation>
    </message>
    <message>
        <source>cannot relay the tunnel</source>
        <translation>no se puede retransmitir el túnel</translation>
    </message>
</context>
<context>
    <name>Veil::UiSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1: %2; se conserva el valor anterior</translation>
    </message>
    <message>
        <source>ui: must be an object; keeping the previous value</source>
        <translation>ui: debe ser un objeto; se conserva el valor anterior</translation>
    </message>
    <message>
        <source>must be &quot;&quot; (follow the system) or one of %1</source>
        <translation>debe ser &quot;&quot; (seguir al sistema) o uno de %1</translation>
    </message>
    <message>
        <source>must be &quot;system&quot;, &quot;light&quot; or &quot;dark&quot;</source>
        <translation>debe ser &quot;system&quot;, &quot;light&quot; o &quot;dark&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
</context>
<context>
    <name>Veil::WindowsSystemProxy</name>
    <message>
        <source>cannot read the proxy settings of %1 (error %2)</source>
        <translation>no se puede leer la configuración de proxy de %1 (error %2)</translation>
    </message>
    <message>
        <source>cannot change the proxy settings of %1 (error %2)</source>
        <translation>no se puede cambiar la configuración de proxy de %1 (error %2)</translation>
    </message>
    <message>
        <source>Windows (Internet Options)</source>
        <translation>Windows (Opciones de Internet)</translation>
    </message>
</context>
</TS>
