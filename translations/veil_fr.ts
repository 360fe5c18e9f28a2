<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
        <translation>Veil est déjà en cours d&apos;exécution ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <source>Try &apos;veil --help&apos;.</source>
        <translation>Essayez &apos;veil --help&apos;.</translation>
    </message>
</context>
<context>
    <name>Veil::Blocklist</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 rules (%3 host, %4 URL, %5 regex), %6 skipped (%7)</source>
        <translation>%1 : %2 règles (%3 d&apos;hôte, %4 d&apos;URL, %5 regex), %6 ignorées (%7)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 dépasse %2 Mio</translation>
    </message>
    <message>
        <source>more than %1 lists; this one is not used</source>
        <translation>plus de %1 listes ; celle-ci n&apos;est pas utilisée</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Block what this list names</source>
        <translation>Bloquer ce que nomme cette liste</translation>
    </message>
    <message>
        <source>Treat requests of unknown origin as third-party</source>
        <translation>Traiter les requêtes d&apos;origine inconnue comme tierces</translation>
    </message>
    <message>
        <source>Use this list</source>
        <translation>Utiliser cette liste</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Liste de blocage</translation>
    </message>
    <message>
        <source>easylist</source>
        <translation>easylist</translation>
    </message>
    <message>
        <source>Off: the list only serves rules of the type &quot;Blocklist&quot; (for example, send the sites of a streaming list through an exit).</source>
        <translation>Désactivé : la liste ne sert qu&apos;aux règles de type « Liste de blocage » (par exemple, pour faire passer les sites d&apos;une liste de streaming par une sortie).</translation>
    </message>
    <message>
        <source>&quot;$third-party&quot; filters need to know which page a request comes from. Inside HTTPS tunnels and without a Referer Veil cannot tell.</source>
        <translation>Les filtres « $third-party » doivent savoir de quelle page vient une requête. Dans les tunnels HTTPS et sans Referer, Veil ne peut pas le savoir.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Choose a blocklist</source>
        <translation>Choisir une liste de blocage</translation>
    </message>
    <message>
        <source>Lists (*.txt *.list *.hosts);;All files (*)</source>
        <translation>Listes (*.txt *.list *.hosts);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Name the list: 1 to 64 characters without &apos;,&apos; or line breaks.</source>
        <translation>Nommez la liste : 1 à 64 caractères sans &apos;,&apos; ni saut de ligne.</translation>
    </message>
    <message>
        <source>A list named &quot;%1&quot; already exists.</source>
        <translation>Une liste nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>a file, or the https:// address of a list to subscribe to</source>
        <translation>un fichier, ou l&apos;adresse https:// d&apos;une liste à laquelle s&apos;abonner</translation>
    </message>
    <message>
        <source>Hosts files, domain lists and Adblock Plus / uBlock Origin filters. A subscription is downloaded through Veil (so it takes your exit), kept up to date, and its last good copy stays in use when an update fails.</source>
        <translation>Fichiers hosts, listes de domaines et filtres Adblock Plus / uBlock Origin. Un abonnement est téléchargé via Veil (il passe donc par votre sortie), tenu à jour, et sa dernière copie valide reste utilisée si une mise à jour échoue.</translation>
    </message>
    <message>
        <source>only on &quot;Update now&quot;</source>
        <translation>seulement via « Mettre à jour »</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Check for updates every</source>
        <translation>Vérifier les mises à jour toutes les</translation>
    </message>
    <message>
        <source>%1 is not a usable address: give http:// or https://, a host, and no user name.</source>
        <translation>%1 n&apos;est pas une adresse utilisable : indiquez http:// ou https:// et un hôte, sans nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Choose the list&apos;s file, or give the address of a subscription.</source>
        <translation>Choisissez le fichier de la liste ou indiquez l&apos;adresse d&apos;un abonnement.</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>Rien n&apos;a été ignoré.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Lue : %1</translation>
    </message>
    <message>
        <source>File changed %1</source>
        <translation>Fichier modifié : %1</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>For rules only</source>
        <translation>Pour les règles seulement</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copie : %1</translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>La dernière vérification a échoué : %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Vérifiée : %1</translation>
    </message>
    <message>
        <source>New version downloaded %1</source>
        <translation>Nouvelle version téléchargée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked every %n hour(s)</source>
        <translation>
            <numerusform>Vérifiée toutes les %n h</numerusform>
            <numerusform>Vérifiée toutes les %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only on &quot;Update now&quot;</source>
        <translation>Vérifiée seulement via « Mettre à jour »</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL : %1</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>téléchargement…</translation>
    </message>
    <message>
        <source>update failed</source>
        <translation>échec de la mise à jour</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistUpdater</name>
    <message>
        <source>the list is larger than %1 MiB</source>
        <translation>la liste dépasse %1 MiB</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>the download holds no rules (%1 bytes); the previous copy stays in use</source>
        <translation>le téléchargement ne contient aucune règle (%1 octets) ; la copie précédente reste utilisée</translation>
    </message>
    <message>
        <source>the download holds only %1 rules where the copy in use has %2; the previous copy stays in use</source>
        <translation>le téléchargement ne contient que %1 règles alors que la copie utilisée en a %2 ; la copie précédente reste utilisée</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Veil::Cache</name>
    <message>
        <source>the response may be stored</source>
        <translation>la réponse peut être stockée</translation>
    </message>
    <message>
        <source>only GET responses are stored and only GET and HEAD are answered</source>
        <translation>seules les réponses à GET sont stockées et seuls GET et HEAD reçoivent une réponse</translation>
    </message>
    <message>
        <source>the status is not final</source>
        <translation>le statut n&apos;est pas définitif</translation>
    </message>
    <message>
        <source>the cache does not implement the caching rules of this status</source>
        <translation>le cache n&apos;applique pas les règles de mise en cache de ce statut</translation>
    </message>
    <message>
        <source>the request says no-store</source>
        <translation>la requête indique no-store</translation>
    </message>
    <message>
        <source>the response says no-store</source>
        <translation>la réponse indique no-store</translation>
    </message>
    <message>
        <source>the response is private to one user and Veil is a shared cache</source>
        <translation>la réponse est privée à un utilisateur et Veil est un cache partagé</translation>
    </message>
    <message>
        <source>the request carried credentials and the response does not allow shared caching</source>
        <translation>la requête contenait des identifiants et la réponse n&apos;autorise pas la mise en cache partagée</translation>
    </message>
    <message>
        <source>the response has no freshness information and its status has no heuristic</source>
        <translation>la réponse n&apos;a pas d&apos;information de fraîcheur et son statut n&apos;a pas d&apos;heuristique</translation>
    </message>
    <message>
        <source>the request has no absolute URI</source>
        <translation>la requête n&apos;a pas d&apos;URI absolu</translation>
    </message>
    <message>
        <source>range requests are passed through</source>
        <translation>les requêtes de plage sont transmises telles quelles</translation>
    </message>
    <message>
        <source>the request carries preconditions only the origin can evaluate</source>
        <translation>la requête porte des préconditions que seul le serveur d&apos;origine peut évaluer</translation>
    </message>
    <message>
        <source>the stored response is fresh</source>
        <translation>la réponse stockée est fraîche</translation>
    </message>
    <message>
        <source>the stored response is stale and the client accepts that (max-stale)</source>
        <translation>la réponse stockée est périmée et le client l&apos;accepte (max-stale)</translation>
    </message>
    <message>
        <source>the stored response is stale and is revalidated in the background</source>
        <translation>la réponse stockée est périmée et est revalidée en arrière-plan</translation>
    </message>
    <message>
        <source>the origin failed and the stale stored response may stand in</source>
        <translation>le serveur d&apos;origine a échoué et la réponse stockée périmée peut le remplacer</translation>
    </message>
    <message>
        <source>the stored response is stale</source>
        <translation>la réponse stockée est périmée</translation>
    </message>
    <message>
        <source>the stored response is stale and the origin forbids serving it stale</source>
        <translation>la réponse stockée est périmée et le serveur d&apos;origine interdit de la servir périmée</translation>
    </message>
    <message>
        <source>the origin requires validation before every reuse (no-cache)</source>
        <translation>le serveur d&apos;origine exige une validation avant chaque réutilisation (no-cache)</translation>
    </message>
    <message>
        <source>the client asked for validation (no-cache)</source>
        <translation>le client a demandé une validation (no-cache)</translation>
    </message>
    <message>
        <source>the stored response is older than the client accepts (max-age)</source>
        <translation>la réponse stockée est plus ancienne que ce que le client accepte (max-age)</translation>
    </message>
    <message>
        <source>the stored response is not fresh enough for the client (min-fresh)</source>
        <translation>la réponse stockée n&apos;est pas assez fraîche pour le client (min-fresh)</translation>
    </message>
    <message>
        <source>the client accepts only a stored response and none can be used</source>
        <translation>le client n&apos;accepte qu&apos;une réponse stockée et aucune n&apos;est utilisable</translation>
    </message>
</context>
<context>
    <name>Veil::CachePage</name>
    <message>
        <source>Keep a local copy of plain-HTTP responses</source>
        <translation>Garder une copie locale des réponses HTTP non chiffrées</translation>
    </message>
    <message>
        <source>Delete the cache when Veil quits</source>
        <translation>Supprimer le cache à la fermeture de Veil</translation>
    </message>
    <message>
        <source>Veil keeps responses of plain-HTTP sites so repeat visits are faster and reach the network (and the exit) less often, following the sites&apos; own caching rules. HTTPS is never cached: it passes through an encrypted tunnel Veil cannot read.</source>
        <translation>Veil garde les réponses des sites en HTTP non chiffré pour que les visites répétées soient plus rapides et sollicitent moins le réseau (et la sortie), en suivant les propres règles de mise en cache des sites. HTTPS n&apos;est jamais mis en cache : il passe par un tunnel chiffré que Veil ne peut pas lire.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Disk space at most:</source>
        <translation>Espace disque au plus :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Clear site</source>
        <translation>Vider le site</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Tout vider…</translation>
    </message>
    <message>
        <source>Never cache these sites (and their subdomains)</source>
        <translation>Ne jamais mettre en cache ces sites (ni leurs sous-domaines)</translation>
    </message>
    <message>
        <source>news.example</source>
        <translation>news.example</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Clear the cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Delete every cached response? Sites load from the network again the next time.</source>
        <translation>Supprimer toutes les réponses en cache ? Les sites seront de nouveau chargés depuis le réseau la prochaine fois.</translation>
    </message>
    <message>
        <source>The cache is off</source>
        <translation>Le cache est désactivé</translation>
    </message>
    <message>
        <source>Plain-HTTP responses are not stored.</source>
        <translation>Les réponses HTTP non chiffrées ne sont pas stockées.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 sur %2 utilisés</translation>
    </message>
    <message numerus="yes">
        <source>%n stored responses</source>
        <translation>
            <numerusform>%n réponse stockée</numerusform>
            <numerusform>%n réponses stockées</numerusform>
        </translation>
    </message>
    <message>
        <source>hit ratio %1 % (%2 hits, %3 revalidated, %4 misses)</source>
        <translation>taux de succès %1 % (%2 succès, %3 revalidées, %4 échecs)</translation>
    </message>
    <message>
        <source>%1 served from the cache</source>
        <translation>%1 servis depuis le cache</translation>
    </message>
    <message>
        <source>still reading the entries of earlier runs</source>
        <translation>lecture des entrées des exécutions précédentes en cours</translation>
    </message>
    <message>
        <source>%1 removed to stay within the budget, %2 not stored (too large or a disk problem)</source>
        <translation>%1 supprimées pour rester dans la limite, %2 non stockées (trop grandes ou problème de disque)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (for example news.example).</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte (par exemple news.example).</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message>
        <source>%1 is no longer cached. Responses stored before stay until they expire or you clear the site.</source>
        <translation>%1 n&apos;est plus mis en cache. Les réponses stockées auparavant restent jusqu&apos;à leur expiration ou jusqu&apos;à ce que vous vidiez le site.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached responses of %1.</source>
        <translation>
            <numerusform>%n réponse en cache de %1 supprimée.</numerusform>
            <numerusform>%n réponses en cache de %1 supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>Le cache est vide.</translation>
    </message>
</context>
<context>
    <name>Veil::CacheSettings</name>
    <message>
        <source>cache.%1: %2; keeping the previous value</source>
        <translation>cache.%1 : %2 ; la valeur précédente est conservée</translation>
    </message>
    <message>
        <source>cache: must be an object; keeping the previous values</source>
        <translation>cache : doit être un objet ; les valeurs précédentes sont conservées</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>doit être un chemin absolu</translation>
    </message>
    <message>
        <source>must be a list of host names</source>
        <translation>doit être une liste de noms d&apos;hôte</translation>
    </message>
    <message>
        <source>cache.bypass[%1]: not a host name; skipped</source>
        <translation>cache.bypass[%1] : pas un nom d&apos;hôte ; ignoré</translation>
    </message>
</context>
<context>
    <name>Veil::CommandLine</name>
    <message>
        <source>Veil, a privacy proxy for your desktop: one local port for HTTP, HTTPS (CONNECT) and SOCKS5.</source>
        <translation>Veil, un proxy de confidentialité pour votre bureau : un seul port local pour HTTP, HTTPS (CONNECT) et SOCKS5.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Run the proxy engine without a window; traffic is printed to stdout.</source>
        <translation>Exécute le moteur du proxy sans fenêtre ; le trafic est affiché sur stdout.</translation>
    </message>
    <message>
        <source>Listen on HOST:PORT (default 127.0.0.1:8765). A non-loopback address needs --allow-remote and credentials.</source>
        <translation>Écoute sur HOST:PORT (par défaut 127.0.0.1:8765). Une adresse hors boucle locale exige --allow-remote et des identifiants.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Read settings from FILE (default: %1).</source>
        <translation>Lit les réglages depuis FICHIER (par défaut : %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Traffic log format in headless mode: text, json or none.</source>
        <translation>Format du journal de trafic en mode sans fenêtre : text, json ou none.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Number of worker threads (default: one per core, at least 2).</source>
        <translation>Nombre de threads de travail (par défaut : un par cœur, au moins 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Allow listening on a non-loopback address (requires --proxy-user and VEIL_PROXY_PASSWORD).</source>
        <translation>Autorise l&apos;écoute sur une adresse hors boucle locale (exige --proxy-user et VEIL_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>Require this user name (HTTP Basic and SOCKS5 user/password); the password comes from the VEIL_PROXY_PASSWORD environment variable.</source>
        <translation>Exige ce nom d&apos;utilisateur (HTTP Basic et utilisateur/mot de passe SOCKS5) ; le mot de passe vient de la variable d&apos;environnement VEIL_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Add an exit proxy for this run: http://[user@]host:port#REGION, https://… or socks5://…; repeatable. Passwords come from VEIL_EXIT_PASSWORD_&lt;ID&gt; or VEIL_EXIT_PASSWORD, never from the URL.</source>
        <translation>Ajoute un proxy de sortie pour cette exécution : http://[user@]host:port#REGION, https://… ou socks5://… ; répétable. Les mots de passe viennent de VEIL_EXIT_PASSWORD_&lt;ID&gt; ou VEIL_EXIT_PASSWORD, jamais de l&apos;URL.</translation>
    </message>
    <message>
        <source>URL#REGION</source>
        <translation>URL#REGION</translation>
    </message>
    <message>
        <source>Send traffic out through the exits of region CODE (ISO 3166 alpha-2).</source>
        <translation>Fait sortir le trafic par les sorties de la région CODE (ISO 3166 alpha-2).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Routing mode: direct, exit or rules.</source>
        <translation>Mode de routage : direct, exit ou rules.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>When no exit of the region is healthy, connect directly instead of failing closed.</source>
        <translation>Quand aucune sortie de la région n&apos;est opérationnelle, se connecte directement au lieu de bloquer.</translation>
    </message>
    <message>
        <source>Probe every configured exit once, fetch its public address through it (routing.ipCheckUrl) and look up its country (routing.geoipDatabase); print one line per exit, then exit with 0 when all are up and in their region, 3 otherwise. Implies --headless; nothing listens.</source>
        <translation>Teste une fois chaque sortie configurée, récupère son adresse publique à travers elle (routing.ipCheckUrl) et cherche son pays (routing.geoipDatabase) ; affiche une ligne par sortie, puis quitte avec 0 si toutes sont actives et dans leur région, 3 sinon. Implique --headless ; rien n&apos;écoute.</translation>
    </message>
    <message>
        <source>Resolve names of direct connections with this DNS-over-HTTPS server (RFC 8484), e.g. https://dns.example/dns-query. Exits always resolve names themselves.</source>
        <translation>Résout les noms des connexions directes avec ce serveur DNS sur HTTPS (RFC 8484), par ex. https://dns.example/dns-query. Les sorties résolvent toujours les noms elles-mêmes.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add the exit URLs listed in FILE (one per line, URL#REGION; --region gives the region of lines without one) to the config file, report skipped lines, and exit.</source>
        <translation>Ajoute au fichier de configuration les URL de sortie listées dans FICHIER (une par ligne, URL#REGION ; --region donne la région des lignes qui n&apos;en ont pas), signale les lignes ignorées et quitte.</translation>
    </message>
    <message>
        <source>Point the system proxy (GNOME, KDE Plasma, macOS, Windows) at Veil while it runs; your own settings are saved first and restored on exit, SIGINT or SIGTERM.</source>
        <translation>Dirige le proxy système (GNOME, KDE Plasma, macOS, Windows) vers Veil pendant son exécution ; vos propres réglages sont d&apos;abord sauvegardés puis restaurés à la sortie, sur SIGINT ou SIGTERM.</translation>
    </message>
    <message>
        <source>How --system-proxy points at Veil: fixed (HTTP, HTTPS and SOCKS proxy, the default) or pac (the automatic configuration URL /proxy.pac).</source>
        <translation>Comment --system-proxy désigne Veil : fixed (proxy HTTP, HTTPS et SOCKS, par défaut) ou pac (l&apos;URL de configuration automatique /proxy.pac).</translation>
    </message>
    <message>
        <source>Which system proxy setting to change: auto (from XDG_CURRENT_DESKTOP; the default), gnome, kde, macos or windows.</source>
        <translation>Quel réglage de proxy système modifier : auto (d&apos;après XDG_CURRENT_DESKTOP ; par défaut), gnome, kde, macos ou windows.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Restore the system proxy settings a Veil that crashed or was killed left behind, then exit (0: restored or nothing to do, 1: failed).</source>
        <translation>Restaure les réglages de proxy système laissés par un Veil qui a planté ou a été tué, puis quitte (0 : restaurés ou rien à faire, 1 : échec).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--system-proxy-mode must be fixed or pac, not &quot;%1&quot;</source>
        <translation>--system-proxy-mode doit valoir fixed ou pac, pas « %1 »</translation>
    </message>
    <message>
        <source>--system-proxy-backend must be auto, gnome, kde, macos or windows, not &quot;%1&quot;</source>
        <translation>--system-proxy-backend doit valoir auto, gnome, kde, macos ou windows, pas « %1 »</translation>
    </message>
    <message>
        <source>config file %1 does not exist</source>
        <translation>le fichier de configuration %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US, not &quot;%1&quot;</source>
        <translation>--region doit être un code pays à deux lettres comme US, pas « %1 »</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen : %1</translation>
    </message>
    <message>
        <source>--log-format must be text, json or none, not &quot;%1&quot;</source>
        <translation>--log-format doit valoir text, json ou none, pas « %1 »</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 256</source>
        <translation>--threads doit être un nombre de 1 à 256</translation>
    </message>
    <message>
        <source>--proxy-user must be non-empty and must not contain &apos;:&apos;</source>
        <translation>--proxy-user ne doit être ni vide ni contenir &apos;:&apos;</translation>
    </message>
    <message>
        <source>a proxy user is set but VEIL_PROXY_PASSWORD is empty</source>
        <translation>un utilisateur de proxy est défini mais VEIL_PROXY_PASSWORD est vide</translation>
    </message>
    <message>
        <source>--exit %1: %2</source>
        <translation>--exit %1 : %2</translation>
    </message>
    <message>
        <source>--exit %1: add the region, e.g. #US</source>
        <translation>--exit %1 : ajoutez la région, par ex. #US</translation>
    </message>
    <message>
        <source>--exit %1: the same exit is given twice</source>
        <translation>--exit %1 : la même sortie est indiquée deux fois</translation>
    </message>
    <message>
        <source>no exit is configured for region %1: connections will be held (fail closed)</source>
        <translation>aucune sortie n&apos;est configurée pour la région %1 : les connexions seront retenues (blocage par sécurité)</translation>
    </message>
    <message>
        <source>--mode must be direct, exit or rules, not &quot;%1&quot;</source>
        <translation>--mode doit valoir direct, exit ou rules, pas « %1 »</translation>
    </message>
    <message>
        <source>--doh: %1</source>
        <translation>--doh : %1</translation>
    </message>
    <message>
        <source>--blocklist %1: no such readable file</source>
        <translation>--blocklist %1 : fichier inexistant ou illisible</translation>
    </message>
    <message>
        <source>Show Veil in language CODE (%1) instead of the system&apos;s language; the setting ui.language in the config file does the same.</source>
        <translation>Affiche Veil dans la langue CODE (%1) au lieu de celle du système ; le réglage ui.language du fichier de configuration fait de même.</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;</source>
        <translation>--language doit être l&apos;un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>Keep the HTTP cache in DIR (default: &quot;http&quot; in the application&apos;s cache directory).</source>
        <translation>Place le cache HTTP dans DOSSIER (par défaut : « http » dans le dossier de cache de l&apos;application).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Let the HTTP cache use at most MIB mebibytes on disk (default 512); the least recently used responses go first.</source>
        <translation>Limite le cache HTTP à MIO mébioctets sur le disque (par défaut 512) ; les réponses utilisées le moins récemment partent en premier.</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIO</translation>
    </message>
    <message>
        <source>Do not cache plain-HTTP responses for this run (HTTPS is never cached: it passes through a tunnel).</source>
        <translation>Ne met pas en cache les réponses HTTP non chiffrées pour cette exécution (HTTPS n&apos;est jamais mis en cache : il passe par un tunnel).</translation>
    </message>
    <message>
        <source>--cache-dir %1: exists and is not a directory</source>
        <translation>--cache-dir %1 : existe et n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>--cache-size must be a whole number of MiB from 1 to 1048576, not &quot;%1&quot;</source>
        <translation>--cache-size doit être un nombre entier de Mio de 1 à 1048576, pas « %1 »</translation>
    </message>
    <message>
        <source>Send STRING as the User-Agent of every plain-HTTP request for this run (privacy.userAgent).</source>
        <translation>Envoie STRING comme User-Agent de chaque requête HTTP non chiffrée pour cette exécution (privacy.userAgent).</translation>
    </message>
    <message>
        <source>STRING</source>
        <translation>STRING</translation>
    </message>
    <message>
        <source>What plain-HTTP requests to another site get as Referer: keep, origin (the page&apos;s scheme://host/ only; the default) or drop.</source>
        <translation>Ce que les requêtes HTTP non chiffrées vers un autre site reçoivent comme Referer : keep (conserver), origin (seulement le scheme://host/ de la page ; par défaut) ou drop (supprimer).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLITIQUE</translation>
    </message>
    <message>
        <source>Change nothing in plain-HTTP requests for this run: no Referer trimming, Sec-GPC, DNT, tracking-parameter stripping or User-Agent override.</source>
        <translation>Ne modifie rien dans les requêtes HTTP non chiffrées pour cette exécution : ni Referer raccourci, ni Sec-GPC, ni DNT, ni suppression des paramètres de suivi, ni User-Agent remplacé.</translation>
    </message>
    <message>
        <source>--no-privacy-filters turns off what --user-agent and --referer set; use one or the other</source>
        <translation>--no-privacy-filters désactive ce que règlent --user-agent et --referer ; utilisez l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <source>--referer must be keep, origin or drop, not &quot;%1&quot;</source>
        <translation>--referer doit valoir keep, origin ou drop, pas « %1 »</translation>
    </message>
    <message>
        <source>--user-agent: %1</source>
        <translation>--user-agent : %1</translation>
    </message>
    <message>
        <source>Hold traffic instead of letting it out directly: never fall back to direct when no exit is healthy, and the PAC file never ends in DIRECT (routing.killSwitch).</source>
        <translation>Retient le trafic au lieu de le laisser sortir directement : ne se replie jamais sur la connexion directe quand aucune sortie n&apos;est opérationnelle, et le fichier PAC ne se termine jamais par DIRECT (routing.killSwitch).</translation>
    </message>
    <message>
        <source>Block what the list at FILE or URL names for this run: a hosts file, a plain domain list or Adblock Plus / uBlock Origin network filters. A URL (http:// or https://) is a subscription: fetched through Veil, kept up to date and stored on disk; repeatable.</source>
        <translation>Bloque pour cette exécution ce que nomme la liste située à FICHIER ou URL : un fichier hosts, une simple liste de domaines ou des filtres réseau Adblock Plus / uBlock Origin. Une URL (http:// ou https://) est un abonnement : récupéré via Veil, tenu à jour et stocké sur le disque ; répétable.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FICHIER|URL</translation>
    </message>
    <message>
        <source>--fallback-direct and --kill-switch contradict each other: choose one</source>
        <translation>--fallback-direct et --kill-switch se contredisent : choisissez l&apos;un des deux</translation>
    </message>
    <message>
        <source>--blocklist %1: not a usable http:// or https:// address (a host is needed and no user name)</source>
        <translation>--blocklist %1 : adresse http:// ou https:// inutilisable (un hôte est nécessaire, et aucun nom d&apos;utilisateur)</translation>
    </message>
</context>
<context>
    <name>Veil::CommandRunner</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>%1 n&apos;a pas pu être lancé (est-il installé ?)</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 ne s&apos;est pas terminé à temps</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 a échoué avec le code de sortie %2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 a échoué avec le code de sortie %2 : %3</translation>
    </message>
</context>
<context>
    <name>Veil::ConfigFile</name>
    <message>
        <source>%1 is not a regular file; defaults are used</source>
        <translation>%1 n&apos;est pas un fichier ordinaire ; les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>cannot read %1: %2; using defaults</source>
        <translation>impossible de lire %1 : %2 ; utilisation des valeurs par défaut</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 à la position %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>le niveau supérieur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); it was moved to %3 and defaults are used</source>
        <translation>le fichier de configuration %1 n&apos;est pas valide (%2) ; il a été déplacé vers %3 et les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); defaults are used</source>
        <translation>le fichier de configuration %1 n&apos;est pas valide (%2) ; les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; it was not changed</source>
        <translation>%1 n&apos;est pas du JSON valide ; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
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
        <translation>impossible de résoudre l&apos;hôte %1 : %2</translation>
    </message>
    <message>
        <source>the target is Veil&apos;s own listener</source>
        <translation>la cible est le port d&apos;écoute de Veil lui-même</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 a refusé la connexion</translation>
    </message>
    <message>
        <source>network unreachable for %1</source>
        <translation>réseau injoignable pour %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>connecting to %1:%2 timed out after %3 ms</source>
        <translation>la connexion à %1:%2 a expiré après %3 ms</translation>
    </message>
</context>
<context>
    <name>Veil::Dns</name>
    <message>
        <source>DNS response too short</source>
        <translation>réponse DNS trop courte</translation>
    </message>
    <message>
        <source>DNS response ID does not match the query</source>
        <translation>l&apos;ID de la réponse DNS ne correspond pas à la requête</translation>
    </message>
    <message>
        <source>DNS message is not a response</source>
        <translation>le message DNS n&apos;est pas une réponse</translation>
    </message>
    <message>
        <source>DNS response truncated</source>
        <translation>réponse DNS tronquée</translation>
    </message>
    <message>
        <source>DNS response does not repeat the question</source>
        <translation>la réponse DNS ne reprend pas la question</translation>
    </message>
    <message>
        <source>malformed DNS question</source>
        <translation>question DNS mal formée</translation>
    </message>
    <message>
        <source>DNS response answers a different question</source>
        <translation>la réponse DNS répond à une autre question</translation>
    </message>
    <message>
        <source>malformed DNS answer record</source>
        <translation>enregistrement de réponse DNS mal formé</translation>
    </message>
    <message>
        <source>malformed DNS address record</source>
        <translation>enregistrement d&apos;adresse DNS mal formé</translation>
    </message>
    <message>
        <source>malformed DNS CNAME record</source>
        <translation>enregistrement CNAME DNS mal formé</translation>
    </message>
    <message>
        <source>DNS CNAME chain too long</source>
        <translation>chaîne CNAME DNS trop longue</translation>
    </message>
</context>
<context>
    <name>Veil::DnsLookup</name>
    <message>
        <source>no such host (cached DNS answer)</source>
        <translation>hôte inconnu (réponse DNS en cache)</translation>
    </message>
    <message>
        <source>not a valid host name</source>
        <translation>nom d&apos;hôte non valide</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered HTTP %1</source>
        <translation>le serveur DNS sur HTTPS a répondu HTTP %1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS request failed: %1</source>
        <translation>échec de la requête DNS sur HTTPS : %1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered with %1, not application/dns-message</source>
        <translation>le serveur DNS sur HTTPS a répondu avec %1 au lieu de application/dns-message</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS answer too large</source>
        <translation>réponse DNS sur HTTPS trop volumineuse</translation>
    </message>
    <message>
        <source>no such host</source>
        <translation>hôte inconnu</translation>
    </message>
    <message>
        <source>DNS server error (RCODE %1)</source>
        <translation>erreur du serveur DNS (RCODE %1)</translation>
    </message>
    <message>
        <source>no address for this host</source>
        <translation>aucune adresse pour cet hôte</translation>
    </message>
</context>
<context>
    <name>Veil::Engine</name>
    <message>
        <source>the engine is already running</source>
        <translation>le moteur est déjà en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>closed by user</source>
        <translation>fermée par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1: no copy yet; downloading %2</source>
        <translation>%1 : pas encore de copie ; téléchargement de %2</translation>
    </message>
    <message>
        <source>Veil is not running</source>
        <translation>Veil n’est pas en cours d’exécution</translation>
    </message>
</context>
<context>
    <name>Veil::EpollRelay</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>amont</translation>
    </message>
    <message>
        <source>tunnel idle timeout</source>
        <translation>délai d&apos;inactivité du tunnel dépassé</translation>
    </message>
</context>
<context>
    <name>Veil::Exit</name>
    <message>
        <source>missing host name</source>
        <translation>nom d&apos;hôte manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>« %1 » n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide</translation>
    </message>
    <message>
        <source>empty user name before &apos;@&apos;</source>
        <translation>nom d&apos;utilisateur vide avant &apos;@&apos;</translation>
    </message>
    <message>
        <source>bad percent escape in the user name</source>
        <translation>échappement pourcent incorrect dans le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the user name contains characters that must be percent-encoded</source>
        <translation>le nom d&apos;utilisateur contient des caractères qui doivent être encodés en pourcent</translation>
    </message>
    <message>
        <source>the user name is not valid UTF-8</source>
        <translation>le nom d&apos;utilisateur n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>the user name is longer than 255 bytes</source>
        <translation>le nom d&apos;utilisateur dépasse 255 octets</translation>
    </message>
    <message>
        <source>the user name must not contain &apos;:&apos; or control characters</source>
        <translation>le nom d&apos;utilisateur ne doit contenir ni &apos;:&apos; ni caractères de contrôle</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation>&apos;]&apos; manquant après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>IPv6 zone ids (%) are not supported</source>
        <translation>les identifiants de zone IPv6 (%) ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; and a port after &apos;]&apos;</source>
        <translation>&apos;:&apos; et un port attendus après &apos;]&apos;</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. http://[2001:db8::1]:8080</source>
        <translation>les adresses IPv6 doivent être écrites entre crochets, par ex. http://[2001:db8::1]:8080</translation>
    </message>
    <message>
        <source>missing port: exit URLs need an explicit port, e.g. http://proxy.example:8080</source>
        <translation>port manquant : les URL de sortie exigent un port explicite, par ex. http://proxy.example:8080</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>empty exit URL</source>
        <translation>URL de sortie vide</translation>
    </message>
    <message>
        <source>exit URLs must not contain a password: remove it from the URL and store it in the keychain, or name an environment variable that holds it</source>
        <translation>les URL de sortie ne doivent pas contenir de mot de passe : retirez-le de l&apos;URL et enregistrez-le dans le trousseau, ou indiquez une variable d&apos;environnement qui le contient</translation>
    </message>
    <message>
        <source>the exit URL must not contain spaces or control characters</source>
        <translation>l&apos;URL de sortie ne doit contenir ni espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <source>missing scheme: start the URL with http://, https:// or socks5://</source>
        <translation>schéma manquant : commencez l&apos;URL par http://, https:// ou socks5://</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;: use http, https or socks5</source>
        <translation>schéma non pris en charge « %1 » : utilisez http, https ou socks5</translation>
    </message>
    <message>
        <source>the region after &apos;#&apos; must be a two-letter country code such as DE</source>
        <translation>la région après &apos;#&apos; doit être un code pays à deux lettres comme DE</translation>
    </message>
    <message>
        <source>exit URLs take no path or query, only scheme://host:port</source>
        <translation>les URL de sortie n&apos;ont ni chemin ni requête, seulement schéma://hôte:port</translation>
    </message>
</context>
<context>
    <name>Veil::ExitCheckRunner</name>
    <message>
        <source>no exit is configured (add one with --exit or in the config file)</source>
        <translation>aucune sortie n&apos;est configurée (ajoutez-en une avec --exit ou dans le fichier de configuration)</translation>
    </message>
    <message>
        <source>%1: disabled, not checked</source>
        <translation>%1 : désactivée, non vérifiée</translation>
    </message>
    <message>
        <source>%1: down: %2</source>
        <translation>%1 : en panne : %2</translation>
    </message>
    <message>
        <source>%1: up, %2 ms</source>
        <translation>%1 : active, %2 ms</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>aucune région</translation>
    </message>
    <message>
        <source>exit %1 (%2)</source>
        <translation>sortie %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Veil::ExitConnector</name>
    <message>
        <source>exit %1 did not answer within %2 ms</source>
        <translation>la sortie %1 n&apos;a pas répondu dans les %2 ms</translation>
    </message>
    <message>
        <source>cannot read CA file %1</source>
        <translation>impossible de lire le fichier d&apos;AC %1</translation>
    </message>
    <message>
        <source>TLS to exit %1 failed: %2</source>
        <translation>échec de TLS vers la sortie %1 : %2</translation>
    </message>
    <message>
        <source>exit %1 presented a certificate that does not match its pin</source>
        <translation>la sortie %1 a présenté un certificat qui ne correspond pas à son épinglage</translation>
    </message>
    <message>
        <source>cannot ask exit %1 for %2: %3</source>
        <translation>impossible de demander %2 à la sortie %1 : %3</translation>
    </message>
    <message>
        <source>exit %1 sent an oversized response</source>
        <translation>la sortie %1 a envoyé une réponse trop volumineuse</translation>
    </message>
    <message>
        <source>exit %1 sent a malformed response: %2</source>
        <translation>la sortie %1 a envoyé une réponse mal formée : %2</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2 %3): check its user name and password</source>
        <translation>la sortie %1 a refusé l&apos;authentification proxy (%2 %3) : vérifiez son nom d&apos;utilisateur et son mot de passe</translation>
    </message>
    <message>
        <source>exit %1 timed out reaching %2</source>
        <translation>la sortie %1 a expiré en essayant de joindre %2</translation>
    </message>
    <message>
        <source>exit %1 does not allow tunnels to %2 (%3)</source>
        <translation>la sortie %1 n&apos;autorise pas les tunnels vers %2 (%3)</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2 (%3 %4)</source>
        <translation>la sortie %1 n&apos;a pas pu joindre %2 (%3 %4)</translation>
    </message>
    <message>
        <source>exit %1: %2 refused the connection</source>
        <translation>sortie %1 : %2 a refusé la connexion</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2: %3</source>
        <translation>la sortie %1 n&apos;a pas pu joindre %2 : %3</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2): check its user name and password</source>
        <translation>la sortie %1 a refusé l&apos;authentification proxy (%2) : vérifiez son nom d&apos;utilisateur et son mot de passe</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>sortie %1 : %2</translation>
    </message>
    <message>
        <source>exit %1 closed the connection during the handshake</source>
        <translation>la sortie %1 a fermé la connexion pendant la négociation</translation>
    </message>
    <message>
        <source>cannot connect to exit %1 (%2:%3): %4</source>
        <translation>impossible de se connecter à la sortie %1 (%2:%3) : %4</translation>
    </message>
</context>
<context>
    <name>Veil::ExitDialog</name>
    <message>
        <source>Use this exit</source>
        <translation>Utiliser cette sortie</translation>
    </message>
    <message>
        <source>Exit proxy</source>
        <translation>Proxy de sortie</translation>
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
        <translation>enregistré dans le trousseau du système ; vide, l&apos;ancien est conservé</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enter the exit&apos;s URL.</source>
        <translation>Saisissez l&apos;URL de la sortie.</translation>
    </message>
    <message>
        <source>Enter the region (a two-letter country code such as US).</source>
        <translation>Saisissez la région (un code pays à deux lettres comme US).</translation>
    </message>
    <message>
        <source>An exit with the id &quot;%1&quot; already exists.</source>
        <translation>Une sortie avec l&apos;identifiant « %1 » existe déjà.</translation>
    </message>
</context>
<context>
    <name>Veil::ExitFetch</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>aucune réponse complète dans les %1 ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>« %1 » n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>the connection through the exit failed: %1</source>
        <translation>la connexion à travers la sortie a échoué : %1</translation>
    </message>
    <message>
        <source>the response body is malformed: %1</source>
        <translation>le corps de la réponse est mal formé : %1</translation>
    </message>
    <message>
        <source>the response head is larger than 64 KiB</source>
        <translation>l&apos;en-tête de la réponse dépasse 64 Kio</translation>
    </message>
    <message>
        <source>malformed response: %1</source>
        <translation>réponse mal formée : %1</translation>
    </message>
    <message>
        <source>the server answered %1 and switched protocols</source>
        <translation>le serveur a répondu %1 et changé de protocole</translation>
    </message>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation>la connexion s&apos;est fermée avant l&apos;arrivée d&apos;une réponse</translation>
    </message>
    <message>
        <source>the connection closed before the body was complete</source>
        <translation>la connexion s&apos;est fermée avant que le corps soit complet</translation>
    </message>
    <message>
        <source>an https:// URL cannot be fetched through an https:// (TLS) exit; use an http:// URL (for example http://api.ipify.org/?format=json)</source>
        <translation>une URL https:// ne peut pas être récupérée à travers une sortie https:// (TLS) ; utilisez une URL http:// (par exemple http://api.ipify.org/?format=json)</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>le corps de la réponse dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImport</name>
    <message>
        <source>line is longer than 2048 bytes</source>
        <translation>la ligne dépasse 2048 octets</translation>
    </message>
    <message>
        <source>not text (binary data or invalid UTF-8)</source>
        <translation>pas du texte (données binaires ou UTF-8 non valide)</translation>
    </message>
    <message>
        <source>no #REGION on the line and the default region is not a two-letter code</source>
        <translation>pas de #REGION sur la ligne et la région par défaut n&apos;est pas un code à deux lettres</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>doublon de la ligne %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImportCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; not an exit list</source>
        <translation>%1 dépasse 4 Mio ; ce n&apos;est pas une liste de sorties</translation>
    </message>
    <message>
        <source>%1 is not a valid config file; fix it first, nothing was changed</source>
        <translation>%1 n&apos;est pas un fichier de configuration valide ; corrigez-le d&apos;abord, rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>an exit with id &quot;%1&quot; is already configured</source>
        <translation>une sortie avec l&apos;identifiant « %1 » est déjà configurée</translation>
    </message>
    <message>
        <source>added %1 (%2) as &quot;%3&quot;</source>
        <translation>%1 (%2) ajoutée sous le nom « %3 »</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>aucune région</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>skipped %1: %2 (%3)</source>
        <translation>%1 ignorée : %2 (%3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) added to %1</source>
        <translation>
            <numerusform>%n sortie ajoutée à %1</numerusform>
            <numerusform>%n sorties ajoutées à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>exits with a user need their password in the keychain (the app&apos;s Exits page) or in VEIL_EXIT_PASSWORD_&lt;ID&gt;</source>
        <translation>les sorties avec utilisateur ont besoin de leur mot de passe dans le trousseau (page Sorties de l&apos;application) ou dans VEIL_EXIT_PASSWORD_&lt;ID&gt;</translation>
    </message>
</context>
<context>
    <name>Veil::ExitIpChecker</name>
    <message>
        <source>IP check failed: %1</source>
        <translation>échec de la vérification d&apos;IP : %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>adresse %1</translation>
    </message>
    <message>
        <source>, country %1</source>
        <translation>, pays %1</translation>
    </message>
    <message>
        <source>, REGION MISMATCH: configured %1, database says %2</source>
        <translation>, RÉGION DIFFÉRENTE : configurée %1, la base de données indique %2</translation>
    </message>
    <message>
        <source>the answer is %1 bytes long; an address is at most %2</source>
        <translation>la réponse fait %1 octets ; une adresse en fait au plus %2</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>the answer is not an IP address: &quot;%1&quot;</source>
        <translation>la réponse n&apos;est pas une adresse IP : « %1 »</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>la réponse n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the JSON answer is not an IP address: &quot;%2&quot;</source>
        <translation>« %1 » dans la réponse JSON n&apos;est pas une adresse IP : « %2 »</translation>
    </message>
    <message>
        <source>the JSON answer has none of the members &quot;ip&quot;, &quot;address&quot;, &quot;origin&quot; or &quot;query&quot;</source>
        <translation>la réponse JSON n&apos;a aucun des membres &quot;ip&quot;, &quot;address&quot;, &quot;origin&quot; ou &quot;query&quot;</translation>
    </message>
    <message>
        <source>the IP check is off (routing.ipCheckUrl is empty)</source>
        <translation>la vérification d&apos;IP est désactivée (routing.ipCheckUrl est vide)</translation>
    </message>
    <message>
        <source>cannot fetch the IP check URL (%1) through the exit: %2</source>
        <translation>impossible de récupérer l&apos;URL de vérification d&apos;IP (%1) à travers la sortie : %2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) answered %2</source>
        <translation>l&apos;URL de vérification d&apos;IP (%1) a répondu %2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) gave no address: %2</source>
        <translation>l&apos;URL de vérification d&apos;IP (%1) n&apos;a fourni aucune adresse : %2</translation>
    </message>
    <message>
        <source>%1 is not in the GeoIP database</source>
        <translation>%1 n&apos;est pas dans la base de données GeoIP</translation>
    </message>
</context>
<context>
    <name>Veil::ExitPasswords</name>
    <message>
        <source>exit %1 has user &quot;%2&quot; but no password was found (%3%4)</source>
        <translation>la sortie %1 a l&apos;utilisateur « %2 » mais aucun mot de passe n&apos;a été trouvé (%3%4)</translation>
    </message>
    <message>
        <source>environment variable %1, </source>
        <translation>variable d&apos;environnement %1, </translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>entrée du trousseau %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1 : %2 ; la valeur précédente est conservée</translation>
    </message>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1 : %2 ; ignoré</translation>
    </message>
    <message>
        <source>%1: %2; ignored</source>
        <translation>%1 : %2 ; ignoré</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a string such as &quot;socks5://host:1080&quot;</source>
        <translation>&quot;url&quot; doit être une chaîne comme &quot;socks5://host:1080&quot;</translation>
    </message>
    <message>
        <source>&quot;region&quot; must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>&quot;region&quot; doit être un code pays à deux lettres comme &quot;DE&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 300 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; doit compter de 1 à 300 caractères parmi A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string of at most 200 characters</source>
        <translation>&quot;name&quot; doit être une chaîne de 200 caractères au plus</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be an array of non-empty strings of at most 64 characters</source>
        <translation>&quot;tags&quot; doit être un tableau de chaînes non vides de 64 caractères au plus</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;passwordEnv&quot; must be an environment variable name such as &quot;VEIL_EXIT_PASSWORD&quot;</source>
        <translation>&quot;passwordEnv&quot; doit être un nom de variable d&apos;environnement comme &quot;VEIL_EXIT_PASSWORD&quot;</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; must be a string</source>
        <translation>&quot;caFile&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;pinSha256&quot; must be the certificate&apos;s SHA-256 in hex (64 digits) or base64</source>
        <translation>&quot;pinSha256&quot; doit être le SHA-256 du certificat en hexadécimal (64 chiffres) ou en base64</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; and &quot;pinSha256&quot; apply to https:// exits only</source>
        <translation>&quot;caFile&quot; et &quot;pinSha256&quot; ne s&apos;appliquent qu&apos;aux sorties https://</translation>
    </message>
    <message>
        <source>passwords are never read from the config file; store it in the keychain or set &quot;passwordEnv&quot;</source>
        <translation>les mots de passe ne sont jamais lus dans le fichier de configuration ; enregistrez-le dans le trousseau ou définissez &quot;passwordEnv&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>identifiant en double &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;policy&quot; must be &quot;manual&quot;, &quot;fastest&quot;, &quot;failover&quot; or &quot;balance&quot;</source>
        <translation>&quot;policy&quot; doit valoir &quot;manual&quot;, &quot;fastest&quot;, &quot;failover&quot; ou &quot;balance&quot;</translation>
    </message>
    <message>
        <source>unknown exit &quot;%1&quot;</source>
        <translation>sortie inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>exit &quot;%1&quot; is not in region %2</source>
        <translation>la sortie &quot;%1&quot; n&apos;est pas dans la région %2</translation>
    </message>
    <message>
        <source>&quot;manualExit&quot; must be an exit id</source>
        <translation>&quot;manualExit&quot; doit être un identifiant de sortie</translation>
    </message>
    <message>
        <source>the manual policy needs &quot;manualExit&quot;</source>
        <translation>la stratégie manuelle exige &quot;manualExit&quot;</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be an array of exit ids</source>
        <translation>&quot;order&quot; doit être un tableau d&apos;identifiants de sortie</translation>
    </message>
    <message>
        <source>not an exit id</source>
        <translation>pas un identifiant de sortie</translation>
    </message>
    <message>
        <source>must be &quot;direct&quot;, &quot;exit&quot; or &quot;rules&quot;</source>
        <translation>doit valoir &quot;direct&quot;, &quot;exit&quot; ou &quot;rules&quot;</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>doit être un code pays à deux lettres comme &quot;DE&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be an https:// URL (http:// only on this machine)</source>
        <translation>doit être une URL https:// (http:// seulement sur cette machine)</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>doit être une URL http:// ou https://</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>doit être un chemin de fichier</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>region %1 already has a policy</source>
        <translation>la région %1 a déjà une stratégie</translation>
    </message>
</context>
<context>
    <name>Veil::ExitsPage</name>
    <message>
        <source>Failover: first healthy exit in order</source>
        <translation>Basculement : première sortie opérationnelle dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Fastest: lowest measured delay</source>
        <translation>La plus rapide : plus faible latence mesurée</translation>
    </message>
    <message>
        <source>Balance: spread sites over healthy exits</source>
        <translation>Répartition : répartir les sites entre les sorties opérationnelles</translation>
    </message>
    <message>
        <source>Manual: the first exit only</source>
        <translation>Manuel : uniquement la première sortie</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Test all</source>
        <translation>Tout tester</translation>
    </message>
    <message>
        <source>Selection in this region</source>
        <translation>Sélection dans cette région</translation>
    </message>
    <message>
        <source>Import exits</source>
        <translation>Importer des sorties</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The password for %1 could not be stored in the keychain: %2</source>
        <translation>Le mot de passe de %1 n&apos;a pas pu être enregistré dans le trousseau : %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>up</source>
        <translation>active</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (not %2)</source>
        <translation>%1 (pas %2)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajoutée.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>dépasse 4 Mio</translation>
    </message>
    <message>
        <source>%1: already configured</source>
        <translation>%1 : déjà configurée</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) imported.</source>
        <translation>
            <numerusform>%n sortie importée.</numerusform>
            <numerusform>%n sorties importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorées : %1</translation>
    </message>
</context>
<context>
    <name>Veil::GeoIpDatabase</name>
    <message>
        <source>GeoIP database %1 does not exist or is not a file</source>
        <translation>la base de données GeoIP %1 n&apos;existe pas ou n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>cannot read GeoIP database %1: %2</source>
        <translation>impossible de lire la base de données GeoIP %1 : %2</translation>
    </message>
    <message>
        <source>this build of Veil cannot read GeoIP databases (built without libmaxminddb)</source>
        <translation>cette version de Veil ne peut pas lire les bases de données GeoIP (compilée sans libmaxminddb)</translation>
    </message>
    <message>
        <source>no GeoIP database is open</source>
        <translation>aucune base de données GeoIP n&apos;est ouverte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>« %1 » n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>GeoIP lookup of %1 failed: %2</source>
        <translation>échec de la recherche GeoIP de %1 : %2</translation>
    </message>
    <message>
        <source>the GeoIP database has no valid country code for %1</source>
        <translation>la base de données GeoIP n&apos;a pas de code pays valide pour %1</translation>
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
        <translation>(installez le paquet gsettings-desktop-schemas)</translation>
    </message>
    <message>
        <source>gsettings did not list %1; is the gsettings-desktop-schemas package installed?</source>
        <translation>gsettings n&apos;a pas listé %1 ; le paquet gsettings-desktop-schemas est-il installé ?</translation>
    </message>
    <message>
        <source>cannot set %1 %2: %3</source>
        <translation>impossible de définir %1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>Veil::HealthChecker</name>
    <message>
        <source>the probe URL answered %1</source>
        <translation>l&apos;URL de test a répondu %1</translation>
    </message>
</context>
<context>
    <name>Veil::Http</name>
    <message>
        <source>Veil privacy proxy</source>
        <translation>Proxy de confidentialité Veil</translation>
    </message>
</context>
<context>
    <name>Veil::HttpSession</name>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>fermée car l&apos;itinéraire a changé (fermeture au changement)</translation>
    </message>
    <message>
        <source>client closed the connection mid-response</source>
        <translation>le client a fermé la connexion au milieu de la réponse</translation>
    </message>
    <message>
        <source>client closed the connection</source>
        <translation>le client a fermé la connexion</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>L&apos;en-tête de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Veil refused a malformed request: %1.</source>
        <translation>Veil a refusé une requête mal formée : %1.</translation>
    </message>
    <message>
        <source>Veil does not answer OPTIONS *.</source>
        <translation>Veil ne répond pas à OPTIONS *.</translation>
    </message>
    <message>
        <source>This proxy needs a user name and password.</source>
        <translation>Ce proxy exige un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>Veil a bloqué %1 : %2.</translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 ms.</source>
        <translation>L&apos;en-tête de la requête n&apos;est pas arrivé dans les %1 ms.</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>aucune donnée depuis %1 ms</translation>
    </message>
    <message>
        <source>The origin did not answer within %1 ms.</source>
        <translation>Le serveur d&apos;origine n&apos;a pas répondu dans les %1 ms.</translation>
    </message>
    <message>
        <source>Veil is holding this connection: %1. Nothing was sent directly.</source>
        <translation>Veil retient cette connexion : %1. Rien n&apos;a été envoyé directement.</translation>
    </message>
    <message>
        <source>Veil refused a malformed request body: %1.</source>
        <translation>Veil a refusé un corps de requête mal formé : %1.</translation>
    </message>
    <message>
        <source>The origin sent a response head larger than %1 bytes.</source>
        <translation>Le serveur d&apos;origine a envoyé un en-tête de réponse de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The origin sent a malformed response: %1.</source>
        <translation>Le serveur d&apos;origine a envoyé une réponse mal formée : %1.</translation>
    </message>
    <message>
        <source>The origin switched protocols without being asked to.</source>
        <translation>Le serveur d&apos;origine a changé de protocole sans qu&apos;on le lui demande.</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (407 %2): check its user name and password</source>
        <translation>la sortie %1 a refusé l&apos;authentification proxy (407 %2) : vérifiez son nom d&apos;utilisateur et son mot de passe</translation>
    </message>
    <message>
        <source>malformed response body from the origin: %1</source>
        <translation>corps de réponse mal formé venant du serveur d&apos;origine : %1</translation>
    </message>
    <message>
        <source>the origin closed the connection mid-response</source>
        <translation>le serveur d&apos;origine a fermé la connexion au milieu de la réponse</translation>
    </message>
    <message>
        <source>%1 closed the connection without a response.</source>
        <translation>%1 a fermé la connexion sans réponse.</translation>
    </message>
    <message>
        <source>the client read nothing for %1 ms</source>
        <translation>le client n&apos;a rien lu pendant %1 ms</translation>
    </message>
    <message>
        <source>The cached response may not be used and the request allows only cached responses (only-if-cached).</source>
        <translation>La réponse en cache ne peut pas être utilisée et la requête n&apos;accepte que des réponses en cache (only-if-cached).</translation>
    </message>
    <message>
        <source>Nothing usable is cached and the request allows only cached responses (only-if-cached).</source>
        <translation>Rien d&apos;utilisable n&apos;est en cache et la requête n&apos;accepte que des réponses en cache (only-if-cached).</translation>
    </message>
    <message>
        <source>The cached response the origin confirmed could not be read from disk.</source>
        <translation>La réponse en cache confirmée par le serveur d&apos;origine n&apos;a pas pu être lue sur le disque.</translation>
    </message>
    <message>
        <source>the cached body could not be read to the end</source>
        <translation>le corps en cache n&apos;a pas pu être lu jusqu&apos;au bout</translation>
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
        <translation>impossible de définir %1 dans kioslaverc : %2</translation>
    </message>
</context>
<context>
    <name>Veil::LocalPages</name>
    <message>
        <source>Veil&apos;s local pages only answer GET and HEAD.</source>
        <translation>Les pages locales de Veil ne répondent qu&apos;à GET et HEAD.</translation>
    </message>
    <message>
        <source>The proxy is running.</source>
        <translation>Le proxy fonctionne.</translation>
    </message>
    <message>
        <source>Listening on %1 (HTTP, HTTPS CONNECT and SOCKS5)</source>
        <translation>À l&apos;écoute sur %1 (HTTP, HTTPS CONNECT et SOCKS5)</translation>
    </message>
    <message>
        <source>Open connections: %1</source>
        <translation>Connexions ouvertes : %1</translation>
    </message>
    <message>
        <source>Requests served: %1</source>
        <translation>Requêtes servies : %1</translation>
    </message>
    <message>
        <source>Veil has no page here. Try / or /proxy.pac.</source>
        <translation>Veil n&apos;a pas de page ici. Essayez / ou /proxy.pac.</translation>
    </message>
</context>
<context>
    <name>Veil::LoginItem</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Privacy proxy</source>
        <translation>Proxy de confidentialité</translation>
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
        <translation>networksetup %1 : %2</translation>
    </message>
    <message>
        <source>networksetup lists no enabled network service</source>
        <translation>networksetup ne liste aucun service réseau activé</translation>
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
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Proxy environment variables copied: paste them into a terminal.</source>
        <translation>Variables d&apos;environnement du proxy copiées : collez-les dans un terminal.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Veil lives in this window: closing it quits Veil.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification, Veil vit donc dans cette fenêtre : la fermer quitte Veil.</translation>
    </message>
    <message>
        <source>The change is active but could not be saved: %1</source>
        <translation>La modification est active mais n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Protection is off: Veil on %1 connects directly. Set your browser&apos;s HTTP, HTTPS and SOCKS5 proxy to this address, or use http://%1/proxy.pac</source>
        <translation>La protection est désactivée : Veil sur %1 se connecte directement. Réglez le proxy HTTP, HTTPS et SOCKS5 de votre navigateur sur cette adresse, ou utilisez http://%1/proxy.pac</translation>
    </message>
    <message>
        <source>Veil on %1 sends traffic through region %2.</source>
        <translation>Veil sur %1 fait passer le trafic par la région %2.</translation>
    </message>
    <message>
        <source>Veil on %1 is holding connections: no healthy exit in region %2%3.</source>
        <translation>Veil sur %1 retient les connexions : aucune sortie opérationnelle dans la région %2%3.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(aucune choisie)</translation>
    </message>
    <message>
        <source>, falling back to direct</source>
        <translation>, repli sur la connexion directe</translation>
    </message>
    <message>
        <source>Could not restore the system proxy: %1</source>
        <translation>Impossible de restaurer le proxy système : %1</translation>
    </message>
    <message>
        <source>Veil cannot set the system proxy here: %1</source>
        <translation>Veil ne peut pas définir le proxy système ici : %1</translation>
    </message>
    <message>
        <source>Another program changed the system proxy (%1); Veil leaves it alone.</source>
        <translation>Un autre programme a modifié le proxy système (%1) ; Veil n&apos;y touche pas.</translation>
    </message>
    <message>
        <source>Could not set the system proxy: %1</source>
        <translation>Impossible de définir le proxy système : %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Veil cannot listen there (%1); it stays on %2:%3.</source>
        <translation>Veil ne peut pas écouter là (%1) ; il reste sur %2:%3.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;A privacy proxy on your own machine: it blocks trackers, sends each site directly or through an exit in the region you choose, and never leaks your address or DNS through an exit.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;Un proxy de confidentialité sur votre propre machine : il bloque les traqueurs, envoie chaque site directement ou par une sortie dans la région de votre choix, et ne laisse jamais fuir votre adresse ni vos requêtes DNS par une sortie.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>À propos de Veil</translation>
    </message>
</context>
<context>
    <name>Veil::OverviewPage</name>
    <message>
        <source>Everything through the region</source>
        <translation>Tout par la région</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>Selon les règles</translation>
    </message>
    <message>
        <source>Direct (protection off)</source>
        <translation>Direct (protection désactivée)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Exits of the region</source>
        <translation>Sorties de la région</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Protection is on</source>
        <translation>La protection est activée</translation>
    </message>
    <message>
        <source>Protection is off</source>
        <translation>La protection est désactivée</translation>
    </message>
    <message>
        <source>Click to connect directly</source>
        <translation>Cliquez pour vous connecter directement</translation>
    </message>
    <message>
        <source>Click to send traffic through the region</source>
        <translation>Cliquez pour faire passer le trafic par la région</translation>
    </message>
    <message>
        <source>%1 requests · %2 open connections · %3 received · %4 sent · %5 local DNS lookups</source>
        <translation>%1 requêtes · %2 connexions ouvertes · %3 reçus · %4 envoyés · %5 résolutions DNS locales</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>up</source>
        <translation>active</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 is in %2 according to the GeoIP database, not in %3</source>
        <translation>d&apos;après la base de données GeoIP, %1 est en %2, pas en %3</translation>
    </message>
    <message>
        <source>Protection is off: sites see this computer&apos;s own address.</source>
        <translation>La protection est désactivée : les sites voient l&apos;adresse propre de cet ordinateur.</translation>
    </message>
    <message>
        <source>No region is chosen: connections are held until you pick one.</source>
        <translation>Aucune région n&apos;est choisie : les connexions sont retenues jusqu&apos;à ce que vous en choisissiez une.</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections go direct (fallback is on).</source>
        <translation>Aucune sortie de %1 n&apos;est opérationnelle : les connexions passent en direct (le repli est activé).</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections are held, nothing goes out directly.</source>
        <translation>Aucune sortie de %1 n&apos;est opérationnelle : les connexions sont retenues, rien ne sort directement.</translation>
    </message>
    <message>
        <source>Sites see an address in %1.</source>
        <translation>Les sites voient une adresse en %1.</translation>
    </message>
    <message>
        <source>%1 blocked · %2 cache hits · %3 saved by the cache</source>
        <translation>%1 bloquées · %2 succès du cache · %3 économisés par le cache</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: the kill switch holds every connection, nothing goes out directly.</source>
        <translation>Aucune sortie de %1 n&apos;est opérationnelle : le coupe-circuit retient toutes les connexions, rien ne sort directement.</translation>
    </message>
</context>
<context>
    <name>Veil::Policy</name>
    <message>
        <source>rule %1 (final)</source>
        <translation>règle %1 (final)</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3)</source>
        <translation>règle %1 (%2 %3)</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>autorisé par %1</translation>
    </message>
    <message>
        <source>blocked by %1</source>
        <translation>bloqué par %1</translation>
    </message>
    <message>
        <source>blocked by list %1, line %2: %3</source>
        <translation>bloqué par la liste %1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>allowed by list %1, line %2: %3 (overrides %4)</source>
        <translation>autorisé par la liste %1, ligne %2 : %3 (l&apos;emporte sur %4)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 selon %2</translation>
    </message>
    <message>
        <source>no rule or list matched; the routing mode decides (%1)</source>
        <translation>aucune règle ni liste ne correspond ; le mode de routage décide (%1)</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettings</name>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>%1 entrées au plus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1 : %2 ; la valeur précédente est conservée</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be &quot;keep&quot;, &quot;origin&quot; or &quot;drop&quot;</source>
        <translation>doit valoir « keep », « origin » ou « drop »</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>au plus %1 caractères</translation>
    </message>
    <message>
        <source>only printable ASCII characters, no line breaks</source>
        <translation>uniquement des caractères ASCII imprimables, sans saut de ligne</translation>
    </message>
    <message>
        <source>no spaces at the start or end</source>
        <translation>pas d&apos;espace au début ni à la fin</translation>
    </message>
    <message>
        <source>an empty parameter name</source>
        <translation>un nom de paramètre vide</translation>
    </message>
    <message>
        <source>&quot;*&quot; alone would remove every parameter</source>
        <translation>« * » seul supprimerait tous les paramètres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>« %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name (ASCII, no spaces, &amp; = # ?; &apos;*&apos; only at the end)</source>
        <translation>« %1 » n&apos;est pas un nom de paramètre (ASCII, sans espace, &amp; = # ? ; « * » seulement à la fin)</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettingsBox</name>
    <message>
        <source>Send Sec-GPC: 1 (Global Privacy Control)</source>
        <translation>Envoyer Sec-GPC: 1 (Global Privacy Control)</translation>
    </message>
    <message>
        <source>Send DNT: 1 (Do Not Track)</source>
        <translation>Envoyer DNT: 1 (Do Not Track)</translation>
    </message>
    <message>
        <source>Remove tracking parameters from addresses</source>
        <translation>Retirer les paramètres de suivi des adresses</translation>
    </message>
    <message>
        <source>Privacy filters (plain HTTP)</source>
        <translation>Filtres de confidentialité (HTTP non chiffré)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Origin only (scheme://host/)</source>
        <translation>Origine seulement (scheme://host/)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>utm_*, fbclid, gclid</source>
        <translation>utm_*, fbclid, gclid</translation>
    </message>
    <message>
        <source>Leave empty to send the browser&apos;s own</source>
        <translation>Laisser vide pour envoyer celui du navigateur</translation>
    </message>
    <message>
        <source>shop.example, bank.example</source>
        <translation>shop.example, bank.example</translation>
    </message>
    <message>
        <source>Plain-HTTP requests only: HTTPS passes through an encrypted tunnel that Veil does not change. Each change is listed in the request&apos;s log entry.</source>
        <translation>Requêtes HTTP non chiffrées seulement : HTTPS passe par un tunnel chiffré que Veil ne modifie pas. Chaque modification figure dans l&apos;entrée du journal de la requête.</translation>
    </message>
    <message>
        <source>Referer to other sites</source>
        <translation>Referer vers d&apos;autres sites</translation>
    </message>
    <message>
        <source>Requests within one site keep their Referer. &quot;Origin only&quot; drops it when an HTTPS page links to plain HTTP.</source>
        <translation>Les requêtes au sein d&apos;un même site gardent leur Referer. « Origine seulement » le supprime quand une page HTTPS renvoie vers du HTTP non chiffré.</translation>
    </message>
    <message>
        <source>Tracking parameters</source>
        <translation>Paramètres de suivi</translation>
    </message>
    <message>
        <source>Exact names, separated by commas; a trailing * matches every name that begins with the rest. &quot;$removeparam&quot; filters of your blocklists are applied too.</source>
        <translation>Noms exacts, séparés par des virgules ; un * final correspond à tout nom qui commence par le reste. Les filtres « $removeparam » de vos listes de blocage s&apos;appliquent aussi.</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Leave these sites alone</source>
        <translation>Ne pas toucher à ces sites</translation>
    </message>
    <message>
        <source>Host names separated by commas; each covers its subdomains.</source>
        <translation>Noms d&apos;hôte séparés par des virgules ; chacun couvre ses sous-domaines.</translation>
    </message>
</context>
<context>
    <name>Veil::Router</name>
    <message>
        <source>no exit has the id %1</source>
        <translation>aucune sortie n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>exit %1 is disabled</source>
        <translation>la sortie %1 est désactivée</translation>
    </message>
    <message>
        <source>exit %1 is down</source>
        <translation>la sortie %1 est en panne</translation>
    </message>
    <message>
        <source>no exit region is selected</source>
        <translation>aucune région de sortie n&apos;est sélectionnée</translation>
    </message>
    <message>
        <source>no healthy exit in region %1</source>
        <translation>aucune sortie opérationnelle dans la région %1</translation>
    </message>
    <message>
        <source>%1; falling back to direct as configured</source>
        <translation>%1 ; repli sur la connexion directe comme configuré</translation>
    </message>
</context>
<context>
    <name>Veil::RuleDialog</name>
    <message>
        <source>Use this rule</source>
        <translation>Utiliser cette règle</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>Autoriser (ne jamais bloquer)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Exit via region or exit</source>
        <translation>Sortir par une région ou une sortie</translation>
    </message>
    <message>
        <source>region code (US) or exit id</source>
        <translation>code de région (US) ou identifiant de sortie</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>example.com (also matches www.example.com)</source>
        <translation>example.com (correspond aussi à www.example.com)</translation>
    </message>
    <message>
        <source>tracker</source>
        <translation>tracker</translation>
    </message>
    <message>
        <source>^ads?[0-9]*\. (RE2 syntax)</source>
        <translation>^ads?[0-9]*\. (syntaxe RE2)</translation>
    </message>
    <message>
        <source>192.168.0.0/16 or 2001:db8::/32</source>
        <translation>192.168.0.0/16 ou 2001:db8::/32</translation>
    </message>
    <message>
        <source>8080 or 8000-8100</source>
        <translation>8080 ou 8000-8100</translation>
    </message>
    <message>
        <source>name of a blocklist</source>
        <translation>nom d&apos;une liste de blocage</translation>
    </message>
    <message>
        <source>matches everything that reaches it</source>
        <translation>correspond à tout ce qui arrive jusqu&apos;à elle</translation>
    </message>
    <message>
        <source>Enter what the rule matches.</source>
        <translation>Saisissez ce à quoi la règle correspond.</translation>
    </message>
    <message>
        <source>Enter the region code (such as US) or the exit id to use.</source>
        <translation>Saisissez le code de région (comme US) ou l&apos;identifiant de la sortie à utiliser.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a region code nor an exit id.</source>
        <translation>« %1 » n&apos;est ni un code de région ni un identifiant de sortie.</translation>
    </message>
    <message>
        <source>A rule with the id &quot;%1&quot; already exists.</source>
        <translation>Une règle avec l&apos;identifiant « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Direct and exit rules take effect in the &quot;Rules&quot; mode only; block and allow rules work in every mode.</source>
        <translation>Les règles directes et de sortie ne s&apos;appliquent qu&apos;en mode « Selon les règles » ; les règles de blocage et d&apos;autorisation fonctionnent dans tous les modes.</translation>
    </message>
</context>
<context>
    <name>Veil::RuleModel</name>
    <message>
        <source>Rule %1: %2 %3 → %4</source>
        <translation>Règle %1 : %2 %3 → %4</translation>
    </message>
    <message>
        <source>everything else</source>
        <translation>tout le reste</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Domain and subdomains</source>
        <translation>Domaine et sous-domaines</translation>
    </message>
    <message>
        <source>Host contains</source>
        <translation>L&apos;hôte contient</translation>
    </message>
    <message>
        <source>Host regex</source>
        <translation>Regex d&apos;hôte</translation>
    </message>
    <message>
        <source>IP network</source>
        <translation>Réseau IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Liste de blocage</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>Autoriser (ne jamais bloquer)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Exit via %1</source>
        <translation>Sortir par %1</translation>
    </message>
</context>
<context>
    <name>Veil::RuleSettings</name>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1 : %2 ; ignoré</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be one of domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, port, list, final</source>
        <translation>&quot;type&quot; doit être l&apos;un de domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, port, list, final</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be block, allow, direct, exit:REGION or exit:EXIT-ID</source>
        <translation>&quot;action&quot; doit valoir block, allow, direct, exit:REGION ou exit:EXIT-ID</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 64 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; doit compter de 1 à 64 caractères parmi A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be a string</source>
        <translation>&quot;value&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;comment&quot; must be a string of at most 500 characters</source>
        <translation>&quot;comment&quot; doit être une chaîne de 500 caractères au plus</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 64 characters without &apos;,&apos; or line breaks</source>
        <translation>&quot;name&quot; doit compter de 1 à 64 caractères sans &apos;,&apos; ni saut de ligne</translation>
    </message>
    <message>
        <source>&quot;enabled&quot;, &quot;block&quot; and &quot;assumeThirdParty&quot; must be true or false</source>
        <translation>&quot;enabled&quot;, &quot;block&quot; et &quot;assumeThirdParty&quot; doivent valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;value&quot; is longer than %1 characters</source>
        <translation>&quot;value&quot; dépasse %1 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>a domain keyword must be non-empty text without spaces</source>
        <translation>un mot-clé de domaine doit être un texte non vide sans espaces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RE2 regular expression</source>
        <translation>&quot;%1&quot; n&apos;est pas une expression régulière RE2 valide</translation>
    </message>
    <message>
        <source>the regular expression is too large</source>
        <translation>l&apos;expression régulière est trop grande</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP network such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>&quot;%1&quot; n&apos;est pas un réseau IP comme 10.0.0.0/8 ou 2001:db8::/32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a range such as 8000-8100</source>
        <translation>&quot;%1&quot; n&apos;est ni un port ni une plage comme 8000-8100</translation>
    </message>
    <message>
        <source>a list rule needs the name of a blocklist</source>
        <translation>une règle de liste exige le nom d&apos;une liste de blocage</translation>
    </message>
    <message>
        <source>blocklists: must be an array; keeping the previous value</source>
        <translation>blocklists : doit être un tableau ; la valeur précédente est conservée</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot;</source>
        <translation>nom en double &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at most %1 blocklists</source>
        <translation>%1 listes de blocage au plus</translation>
    </message>
    <message>
        <source>rules: must be an array; keeping the previous value</source>
        <translation>rules : doit être un tableau ; la valeur précédente est conservée</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>identifiant en double &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http:// or https:// address with a host and no user name</source>
        <translation>&quot;url&quot; doit être une adresse http:// ou https:// avec un hôte et sans nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&quot;path&quot; must name a local file (or &quot;url&quot; a subscription)</source>
        <translation>&quot;path&quot; doit désigner un fichier local (ou &quot;url&quot; un abonnement)</translation>
    </message>
    <message>
        <source>&quot;refreshHours&quot; must be a whole number from 0 to %1</source>
        <translation>&quot;refreshHours&quot; doit être un nombre entier de 0 à %1</translation>
    </message>
</context>
<context>
    <name>Veil::RulesPage</name>
    <message>
        <source>http://example.com/ads/banner.js, https://example.com or example.com:443</source>
        <translation>http://example.com/ads/banner.js, https://example.com ou example.com:443</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Rules (first match wins: allow, then block, then routing)</source>
        <translation>Règles (la première correspondance l&apos;emporte : autoriser, puis bloquer, puis router)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listes de blocage</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Test a URL:</source>
        <translation>Tester une URL :</translation>
    </message>
    <message>
        <source>Reading the lists…</source>
        <translation>Lecture des listes…</translation>
    </message>
    <message>
        <source>Direct and exit rules are waiting: they take effect in the &quot;Rules&quot; mode (Overview or tray). Block and allow rules work in every mode.</source>
        <translation>Les règles directes et de sortie sont en attente : elles s&apos;appliquent en mode « Selon les règles » (Vue d&apos;ensemble ou zone de notification). Les règles de blocage et d&apos;autorisation fonctionnent dans tous les modes.</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n rule(s) in use.</source>
        <translation>
            <numerusform>Mis à jour : %n règle utilisée.</numerusform>
            <numerusform>Mis à jour : %n règles utilisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read: %1. The other lists are updated.</source>
        <translation>Lecture impossible : %1. Les autres listes sont à jour.</translation>
    </message>
    <message>
        <source>Added rule %1.</source>
        <translation>Règle %1 ajoutée.</translation>
    </message>
    <message>
        <source>Deleted rule %1.</source>
        <translation>Règle %1 supprimée.</translation>
    </message>
    <message>
        <source>Veil uses at most %1 blocklists; remove one first.</source>
        <translation>Veil utilise au plus %1 listes de blocage ; supprimez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>Added list %1; it is read in the background.</source>
        <translation>Liste %1 ajoutée ; elle est lue en arrière-plan.</translation>
    </message>
    <message numerus="yes">
        <source>Removed list %1. %n rule(s) name it and now match nothing.</source>
        <translation>
            <numerusform>Liste %1 supprimée. %n règle la nomme et ne correspond désormais à rien.</numerusform>
            <numerusform>Liste %1 supprimée. %n règles la nomment et ne correspondent désormais à rien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed list %1.</source>
        <translation>Liste %1 supprimée.</translation>
    </message>
    <message>
        <source>The engine is not running, so there is nothing to ask.</source>
        <translation>Le moteur n&apos;est pas en cours d&apos;exécution : il n&apos;y a rien à interroger.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Bloquée.</translation>
    </message>
    <message>
        <source>Allowed: goes direct.</source>
        <translation>Autorisée : passe en direct.</translation>
    </message>
    <message>
        <source>Allowed: goes through an exit in %1.</source>
        <translation>Autorisée : passe par une sortie en %1.</translation>
    </message>
    <message>
        <source>Allowed: goes through exit %1.</source>
        <translation>Autorisée : passe par la sortie %1.</translation>
    </message>
    <message>
        <source>Allowed: goes direct (protection is off).</source>
        <translation>Autorisée : passe en direct (la protection est désactivée).</translation>
    </message>
    <message>
        <source>Allowed, but held: no region is chosen.</source>
        <translation>Autorisée, mais retenue : aucune région n&apos;est choisie.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>Read the enabled lists again from disk, check subscriptions for a new version, and use them for new connections.</source>
        <translation>Relit les listes activées depuis le disque, vérifie si les abonnements ont une nouvelle version et les utilise pour les nouvelles connexions.</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>La liste %1 n&apos;a pas été mise à jour : %2</translation>
    </message>
    <message>
        <source>You can also drag a rule to its place in the table.</source>
        <translation>Vous pouvez aussi faire glisser une règle à sa place dans le tableau.</translation>
    </message>
</context>
<context>
    <name>Veil::SecretStore</name>
    <message>
        <source>invalid secret key</source>
        <translation>clé de secret non valide</translation>
    </message>
    <message>
        <source>empty secret (use remove() to delete one)</source>
        <translation>secret vide (utilisez remove() pour en supprimer un)</translation>
    </message>
    <message>
        <source>secret contains a NUL character</source>
        <translation>le secret contient un caractère NUL</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>le trousseau n&apos;a pas répondu dans les %1 ms</translation>
    </message>
</context>
<context>
    <name>Veil::Settings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1 : %2 ; la valeur précédente est conservée</translation>
    </message>
    <message>
        <source>unsupported schema version</source>
        <translation>version de schéma non prise en charge</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>pas une adresse IP</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535</source>
        <translation>doit être un nombre entier de 1 à 65535</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a string of at most 255 characters without &apos;:&apos;</source>
        <translation>doit être une chaîne de 255 caractères au plus sans &apos;:&apos;</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be &quot;text&quot;, &quot;json&quot; or &quot;none&quot;</source>
        <translation>doit valoir &quot;text&quot;, &quot;json&quot; ou &quot;none&quot;</translation>
    </message>
    <message>
        <source>listen address &quot;%1&quot; is not an IP address</source>
        <translation>l&apos;adresse d&apos;écoute « %1 » n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>refusing to listen on %1: it is reachable from other machines. Veil listens on loopback only unless you opt in with --allow-remote and set proxy credentials</source>
        <translation>refus d&apos;écouter sur %1 : l&apos;adresse est joignable depuis d&apos;autres machines. Veil n&apos;écoute que sur la boucle locale, sauf si vous l&apos;autorisez avec --allow-remote et définissez des identifiants de proxy</translation>
    </message>
    <message>
        <source>listening on %1 needs authentication: set a proxy user (--proxy-user) and a password (VEIL_PROXY_PASSWORD)</source>
        <translation>écouter sur %1 exige une authentification : définissez un utilisateur de proxy (--proxy-user) et un mot de passe (VEIL_PROXY_PASSWORD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: missing &apos;]&apos;</source>
        <translation>« %1 » : &apos;]&apos; manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected &apos;:&apos; after &apos;]&apos;</source>
        <translation>« %1 » : &apos;:&apos; attendu après &apos;]&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>« %1 » n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>« %1 » n&apos;est pas un port de 1 à 65535</translation>
    </message>
</context>
<context>
    <name>Veil::SettingsPage</name>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Kill switch: never connect directly when Veil cannot use an exit</source>
        <translation>Coupe-circuit : ne jamais se connecter directement si Veil ne peut pas utiliser de sortie</translation>
    </message>
    <message>
        <source>Set the system proxy when Veil starts</source>
        <translation>Définir le proxy système au démarrage de Veil</translation>
    </message>
    <message>
        <source>Start Veil when I log in</source>
        <translation>Lancer Veil à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Closing the window keeps Veil running in the tray</source>
        <translation>Fermer la fenêtre laisse Veil tourner dans la zone de notification</translation>
    </message>
    <message>
        <source>intranet.example, *.corp.example, 10.0.0.0/8</source>
        <translation>intranet.example, *.corp.example, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> requêtes</translation>
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
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>When no exit of your region is healthy, connections are held and get a page saying why, instead of going out directly with your own address (even when falling back to direct is configured). The proxy configuration file (PAC) then never falls back to DIRECT, so browsers stay blocked while Veil is not running, and the system proxy keeps pointing at Veil while traffic is held.</source>
        <translation>Quand aucune sortie de votre région n&apos;est opérationnelle, les connexions sont retenues et reçoivent une page qui en explique la raison, au lieu de sortir directement avec votre propre adresse (même si le repli sur la connexion directe est configuré). Le fichier de configuration du proxy (PAC) ne se replie alors jamais sur DIRECT : les navigateurs restent bloqués tant que Veil ne tourne pas, et le proxy système reste dirigé vers Veil tant que le trafic est retenu.</translation>
    </message>
    <message>
        <source>Bypass Veil for</source>
        <translation>Contourner Veil pour</translation>
    </message>
    <message>
        <source>Host names, *.domain wildcards, addresses and networks, separated by commas. localhost, 127.0.0.0/8 and ::1 are always bypassed.</source>
        <translation>Noms d&apos;hôte, jokers *.domain, adresses et réseaux, séparés par des virgules. localhost, 127.0.0.0/8 et ::1 sont toujours exclus.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language takes effect when Veil starts again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Veil.</translation>
    </message>
    <message>
        <source>Traffic log keeps</source>
        <translation>Le journal de trafic garde</translation>
    </message>
    <message>
        <source>The newest requests, in memory only; older ones fall out.</source>
        <translation>Les requêtes les plus récentes, en mémoire seulement ; les plus anciennes sont écartées.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the window is Veil, and closing it quits.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : la fenêtre est Veil, et la fermer le quitte.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>Le port doit être un nombre entier de 1 à 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address such as 127.0.0.1 or ::1.</source>
        <translation>« %1 » n&apos;est pas une adresse IP comme 127.0.0.1 ou ::1.</translation>
    </message>
    <message>
        <source>HTTP, HTTPS and SOCKS proxy</source>
        <translation>Proxy HTTP, HTTPS et SOCKS</translation>
    </message>
    <message>
        <source>Automatic configuration (PAC)</source>
        <translation>Configuration automatique (PAC)</translation>
    </message>
    <message>
        <source>The automatic configuration sends local names past Veil and, with the kill switch off, lets the browser connect directly while Veil is not running.</source>
        <translation>La configuration automatique fait passer les noms locaux à côté de Veil et, coupe-circuit désactivé, laisse le navigateur se connecter directement tant que Veil ne tourne pas.</translation>
    </message>
    <message>
        <source>System proxy setting</source>
        <translation>Réglage du proxy système</translation>
    </message>
    <message>
        <source>About Veil…</source>
        <translation>À propos de Veil…</translation>
    </message>
    <message>
        <source>Veil %1</source>
        <translation>Veil %1</translation>
    </message>
    <message>
        <source>Veil listens on the new address before it leaves the old one: open connections carry on, new ones need the new address.</source>
        <translation>Veil écoute sur la nouvelle adresse avant de quitter l’ancienne : les connexions ouvertes continuent, les nouvelles doivent utiliser la nouvelle adresse.</translation>
    </message>
</context>
<context>
    <name>Veil::Socks5Session</name>
    <message>
        <source>SOCKS5 handshake timed out</source>
        <translation>la négociation SOCKS5 a expiré</translation>
    </message>
    <message>
        <source>client closed the connection during the handshake</source>
        <translation>le client a fermé la connexion pendant la négociation</translation>
    </message>
    <message>
        <source>SOCKS5: %1</source>
        <translation>SOCKS5 : %1</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>Veil a bloqué %1 : %2.</translation>
    </message>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>fermée car l&apos;itinéraire a changé (fermeture au changement)</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxy</name>
    <message>
        <source>this desktop (%1) has no system proxy setting Veil can change; supported are GNOME, Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 and 6, macOS and Windows. Use the proxy environment variables instead.</source>
        <translation>ce bureau (%1) n&apos;a aucun réglage de proxy système que Veil puisse modifier ; sont pris en charge GNOME, Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 et 6, macOS et Windows. Utilisez plutôt les variables d&apos;environnement du proxy.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unknown system proxy backend &quot;%1&quot; (gnome, kde, macos, windows)</source>
        <translation>moteur de proxy système inconnu « %1 » (gnome, kde, macos, windows)</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyCommand</name>
    <message>
        <source>no system proxy change to restore (%1 does not exist)</source>
        <translation>aucune modification du proxy système à restaurer (%1 n&apos;existe pas)</translation>
    </message>
    <message>
        <source>cannot restore the system proxy recorded in %1: %2</source>
        <translation>impossible de restaurer le proxy système enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>restored the %1 proxy settings a previous Veil left behind</source>
        <translation>les réglages de proxy %1 laissés par un Veil précédent ont été restaurés</translation>
    </message>
    <message>
        <source>left alone (changed by another program): %1</source>
        <translation>laissé tel quel (modifié par un autre programme) : %1</translation>
    </message>
    <message>
        <source>a previous Veil left a system proxy mark, but another program has changed the %1 proxy settings since; they were left alone</source>
        <translation>un Veil précédent a laissé une marque de proxy système, mais un autre programme a modifié depuis les réglages de proxy %1 ; ils ont été laissés tels quels</translation>
    </message>
    <message>
        <source>cannot restore the system proxy: %1</source>
        <translation>impossible de restaurer le proxy système : %1</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyController</name>
    <message>
        <source>Veil did not change the system proxy: %1</source>
        <translation>Veil n&apos;a pas modifié le proxy système : %1</translation>
    </message>
    <message>
        <source>%1 did not keep the new setting</source>
        <translation>%1 n&apos;a pas conservé le nouveau réglage</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1</source>
        <translation>impossible de définir le proxy système : %1</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1; putting the old settings back failed too (%2), run veil --restore-system-proxy</source>
        <translation>impossible de définir le proxy système : %1 ; la remise en place des anciens réglages a échoué aussi (%2), lancez veil --restore-system-proxy</translation>
    </message>
    <message>
        <source>%1; it was moved to %2</source>
        <translation>%1 ; il a été déplacé vers %2</translation>
    </message>
    <message>
        <source>the leftover system proxy change in %1 was made with the %2 backend, not %3</source>
        <translation>la modification résiduelle du proxy système dans %1 a été faite avec le moteur %2, pas %3</translation>
    </message>
    <message>
        <source>another Veil (process %1) has the system proxy; stop it first</source>
        <translation>un autre Veil (processus %1) gère le proxy système ; arrêtez-le d&apos;abord</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxySettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1 : %2 ; la valeur précédente est conservée</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>%1 entrées au plus</translation>
    </message>
    <message>
        <source>an empty entry</source>
        <translation>une entrée vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network such as 10.0.0.0/8 or fd00::/8</source>
        <translation>« %1 » n&apos;est pas un réseau comme 10.0.0.0/8 ou fd00::/8</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name, *.domain, address or network</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte, ni *.domain, ni une adresse, ni un réseau</translation>
    </message>
    <message>
        <source>must be &quot;fixed&quot; or &quot;pac&quot;</source>
        <translation>doit valoir &quot;fixed&quot; ou &quot;pac&quot;</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyStateFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a system proxy state file Veil can read</source>
        <translation>%1 n&apos;est pas un fichier d&apos;état du proxy système que Veil sait lire</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>Veil::ThroughputGraph</name>
    <message>
        <source>%1 B/s</source>
        <translation>%1 o/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 Kio/s</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 Mio/s</translation>
    </message>
    <message>
        <source>↓ %1   ↑ %2   (last 60 s, top of scale %3)</source>
        <translation>↓ %1   ↑ %2   (60 dernières s, haut de l&apos;échelle %3)</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficDetailsPane</name>
    <message>
        <source>Close connection</source>
        <translation>Fermer la connexion</translation>
    </message>
    <message>
        <source>End this connection now; the client sees it closed</source>
        <translation>Mettre fin à cette connexion maintenant ; le client la voit fermée</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>First response byte</source>
        <translation>Premier octet de réponse</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Request headers (as sent)</source>
        <translation>En-têtes de la requête (tels qu&apos;envoyés)</translation>
    </message>
    <message>
        <source>Response headers (as received)</source>
        <translation>En-têtes de la réponse (tels que reçus)</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>HTTP en clair</translation>
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
        <translation>Page propre à Veil</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Through an exit</source>
        <translation>Par une sortie</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Answered by Veil</source>
        <translation>Répondu par Veil</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>no rule: the mode&apos;s default</source>
        <translation>aucune règle : le choix par défaut du mode</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 down, %2 up</source>
        <translation>%1 reçus, %2 envoyés</translation>
    </message>
    <message>
        <source>Headers and timings appear when it ends.</source>
        <translation>Les en-têtes et les temps apparaissent quand elle se termine.</translation>
    </message>
    <message numerus="yes">
        <source>Details are kept for the latest %n request(s).</source>
        <translation>
            <numerusform>Les détails sont conservés pour la dernière %n requête.</numerusform>
            <numerusform>Les détails sont conservés pour les %n dernières requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No details were recorded for this row.</source>
        <translation>Aucun détail n&apos;a été enregistré pour cette ligne.</translation>
    </message>
    <message>
        <source>A tunnel&apos;s bytes are the client&apos;s own: Veil sees no headers.</source>
        <translation>Les octets d&apos;un tunnel appartiennent au client : Veil ne voit aucun en-tête.</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>reused a kept-alive connection</source>
        <translation>a réutilisé une connexion maintenue ouverte</translation>
    </message>
    <message>
        <source>Referer cut to the site&apos;s origin</source>
        <translation>Referer réduit à l&apos;origine du site</translation>
    </message>
    <message>
        <source>Referer removed</source>
        <translation>Referer supprimé</translation>
    </message>
    <message>
        <source>Sec-GPC: 1 added</source>
        <translation>Sec-GPC: 1 ajouté</translation>
    </message>
    <message>
        <source>DNT: 1 added</source>
        <translation>DNT: 1 ajouté</translation>
    </message>
    <message>
        <source>User-Agent replaced</source>
        <translation>User-Agent remplacé</translation>
    </message>
    <message>
        <source>Query parameter %1 removed</source>
        <translation>Paramètre de requête %1 supprimé</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
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
        <translation>direct</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>revalidated</source>
        <translation>revalidée</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>contournée</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stockée</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>échec</translation>
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
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Filter by host, path, method, exit or error</source>
        <translation>Filtrer par hôte, chemin, méthode, sortie ou erreur</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Toute décision</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
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
        <translation>Garder la requête la plus récente visible</translation>
    </message>
    <message>
        <source>Stop updating the table; requests are still recorded and appear when you resume</source>
        <translation>Arrêter la mise à jour du tableau ; les requêtes sont toujours enregistrées et apparaissent à la reprise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n ligne affichée</numerusform>
            <numerusform>%n lignes affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table</source>
        <translation>
            <numerusform>%n dans le tableau</numerusform>
            <numerusform>%n dans le tableau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older row(s) dropped</source>
        <translation>
            <numerusform>%n ancienne ligne supprimée</numerusform>
            <numerusform>%n anciennes lignes supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n event(s) waiting</source>
        <translation>
            <numerusform>en pause, %n événement en attente</numerusform>
            <numerusform>en pause, %n événements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped while paused</source>
        <translation>
            <numerusform>%n événement perdu pendant la pause</numerusform>
            <numerusform>%n événements perdus pendant la pause</numerusform>
        </translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>Exporter le trafic</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) as CSV to %1</source>
        <translation>
            <numerusform>%n ligne exportée en CSV vers %1</numerusform>
            <numerusform>%n lignes exportées en CSV vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) as HAR to %1</source>
        <translation>
            <numerusform>%n requête exportée en HAR vers %1</numerusform>
            <numerusform>%n requêtes exportées en HAR vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel row(s) left out (HAR describes plain HTTP only)</source>
        <translation>
            <numerusform>%n ligne de tunnel omise (HAR ne décrit que le HTTP non chiffré)</numerusform>
            <numerusform>%n lignes de tunnel omises (HAR ne décrit que le HTTP non chiffré)</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message>
        <source>Close connection</source>
        <translation>Fermer la connexion</translation>
    </message>
    <message>
        <source>Connection #%1 had already ended</source>
        <translation>La connexion n°%1 était déjà terminée</translation>
    </message>
</context>
<context>
    <name>Veil::TrayController</name>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Protection on</source>
        <translation>Protection activée</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy système</translation>
    </message>
    <message>
        <source>Everything through the region</source>
        <translation>Tout par la région</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>Selon les règles</translation>
    </message>
    <message>
        <source>Direct (off)</source>
        <translation>Direct (désactivé)</translation>
    </message>
    <message>
        <source>Point this computer&apos;s proxy settings at Veil (restored when you turn it off or quit)</source>
        <translation>Diriger les réglages de proxy de cet ordinateur vers Veil (restaurés quand vous le désactivez ou quittez)</translation>
    </message>
    <message>
        <source>Copy proxy environment variables</source>
        <translation>Copier les variables d&apos;environnement du proxy</translation>
    </message>
    <message>
        <source>Open Veil</source>
        <translation>Ouvrir Veil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>No exits configured</source>
        <translation>Aucune sortie configurée</translation>
    </message>
    <message>
        <source>Veil: protection off (direct)</source>
        <translation>Veil : protection désactivée (direct)</translation>
    </message>
    <message>
        <source>Veil: through %1</source>
        <translation>Veil : via %1</translation>
    </message>
    <message>
        <source>Veil: holding connections, no healthy exit in %1</source>
        <translation>Veil : connexions retenues, aucune sortie opérationnelle en %1</translation>
    </message>
    <message>
        <source>Veil: not running</source>
        <translation>Veil : arrêté</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>À propos de Veil</translation>
    </message>
</context>
<context>
    <name>Veil::Tunnel</name>
    <message>
        <source>tunnel idle timeout</source>
        <translation>délai d&apos;inactivité du tunnel dépassé</translation>
    </message>
    <message>
        <source>cannot relay the tunnel</source>
        <translation>impossible de relayer le tunnel</translation>
    </message>
</context>
<context>
    <name>Veil::UiSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1 : %2 ; la valeur précédente est conservée</translation>
    </message>
    <message>
        <source>ui: must be an object; keeping the previous value</source>
        <translation>ui : doit être un objet ; la valeur précédente est conservée</translation>
    </message>
    <message>
        <source>must be &quot;&quot; (follow the system) or one of %1</source>
        <translation>doit valoir &quot;&quot; (suivre le système) ou l&apos;un de %1</translation>
    </message>
    <message>
        <source>must be &quot;system&quot;, &quot;light&quot; or &quot;dark&quot;</source>
        <translation>doit valoir &quot;system&quot;, &quot;light&quot; ou &quot;dark&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
</context>
<context>
    <name>Veil::WindowsSystemProxy</name>
    <message>
        <source>cannot read the proxy settings of %1 (error %2)</source>
        <translation>impossible de lire les réglages de proxy de %1 (erreur %2)</translation>
    </message>
    <message>
        <source>cannot change the proxy settings of %1 (error %2)</source>
        <translation>impossible de modifier les réglages de proxy de %1 (erreur %2)</translation>
    </message>
    <message>
        <source>Windows (Internet Options)</source>
        <translation>Windows (Options Internet)</translation>
    </message>
</context>
</TS>
