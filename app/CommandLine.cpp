#include "CommandLine.h"

#include "config/ConfigFile.h"
#include "config/ExitPasswords.h"
#include "exits/Exit.h"
#include "i18n/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::CommandLine)
};

} // namespace

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    CommandLineResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Veil, a privacy proxy for your desktop: one local port for HTTP, HTTPS (CONNECT) and SOCKS5."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Tr::tr("Show the version and exit."));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        Tr::tr("Run the proxy engine without a window; traffic is printed to stdout."));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        Tr::tr("Listen on HOST:PORT (default 127.0.0.1:8765). A non-loopback address "
               "needs --allow-remote and credentials."),
        Tr::tr("HOST:PORT"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        Tr::tr("Read settings from FILE (default: %1).").arg(ConfigFile::defaultPath()), Tr::tr("FILE"));
    const QCommandLineOption logFormat(QStringLiteral("log-format"),
                                       Tr::tr("Traffic log format in headless mode: text, json or none."),
                                       Tr::tr("FORMAT"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     Tr::tr("Number of worker threads (default: one per core, at least 2)."),
                                     Tr::tr("N"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         Tr::tr("Allow listening on a non-loopback address (requires "
                                                "--proxy-user and VEIL_PROXY_PASSWORD)."));
    const QCommandLineOption proxyUser(
        QStringLiteral("proxy-user"),
        Tr::tr("Require this user name (HTTP Basic and SOCKS5 user/password); "
               "the password comes from the VEIL_PROXY_PASSWORD environment variable."),
        Tr::tr("USER"));
    const QCommandLineOption exit(
        QStringLiteral("exit"),
        Tr::tr("Add an exit proxy for this run: http://[user@]host:port#REGION, "
               "https://… or socks5://…; repeatable. Passwords come from "
               "VEIL_EXIT_PASSWORD_<ID> or VEIL_EXIT_PASSWORD, never from the URL."),
        Tr::tr("URL#REGION"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        Tr::tr("Send traffic out through the exits of region CODE (ISO 3166 alpha-2)."), Tr::tr("CODE"));
    const QCommandLineOption mode(QStringLiteral("mode"), Tr::tr("Routing mode: direct, exit or rules."),
                                  Tr::tr("MODE"));
    const QCommandLineOption fallbackDirect(
        QStringLiteral("fallback-direct"),
        Tr::tr("When no exit of the region is healthy, connect directly instead "
               "of failing closed."));
    const QCommandLineOption killSwitch(
        QStringLiteral("kill-switch"),
        Tr::tr("Hold traffic instead of letting it out directly: never fall back to direct when no exit is "
               "healthy, and the PAC file never ends in DIRECT (routing.killSwitch)."));
    const QCommandLineOption checkExits(
        QStringLiteral("check-exits"),
        Tr::tr(
            "Probe every configured exit once, fetch its public address through it (routing.ipCheckUrl) and "
            "look up its country (routing.geoipDatabase); print one line per exit, then exit with 0 when all "
            "are up and in their region, 3 otherwise. Implies --headless; nothing listens."));
    const QCommandLineOption doh(
        QStringLiteral("doh"),
        Tr::tr("Resolve names of direct connections with this DNS-over-HTTPS server "
               "(RFC 8484), e.g. https://dns.example/dns-query. Exits always resolve "
               "names themselves."),
        Tr::tr("URL"));
    const QCommandLineOption importExits(
        QStringLiteral("import-exits"),
        Tr::tr(
            "Add the exit URLs listed in FILE (one per line, URL#REGION; --region gives the region of lines "
            "without one) to the config file, report skipped lines, and exit."),
        Tr::tr("FILE"));
    const QCommandLineOption systemProxy(
        QStringLiteral("system-proxy"),
        Tr::tr("Point the system proxy (GNOME, KDE Plasma, macOS, Windows) at Veil while it runs; your own "
               "settings are saved first and restored on exit, SIGINT or SIGTERM."));
    const QCommandLineOption systemProxyMode(
        QStringLiteral("system-proxy-mode"),
        Tr::tr("How --system-proxy points at Veil: fixed (HTTP, HTTPS and SOCKS proxy, the default) or pac "
               "(the automatic configuration URL /proxy.pac)."),
        Tr::tr("MODE"));
    const QCommandLineOption systemProxyBackend(
        QStringLiteral("system-proxy-backend"),
        Tr::tr(
            "Which system proxy setting to change: auto (from XDG_CURRENT_DESKTOP; the default), gnome, kde, "
            "macos or windows."),
        Tr::tr("NAME"));
    const QCommandLineOption restoreSystemProxy(
        QStringLiteral("restore-system-proxy"),
        Tr::tr("Restore the system proxy settings a Veil that crashed or was killed left behind, then exit "
               "(0: restored or nothing to do, 1: failed)."));
    const QCommandLineOption blocklist(
        QStringLiteral("blocklist"),
        Tr::tr("Block what the list at FILE or URL names for this run: a hosts file, a plain domain list or "
               "Adblock Plus / uBlock Origin network filters. A URL (http:// or https://) is a subscription: "
               "fetched through Veil, kept up to date and stored on disk; repeatable."),
        Tr::tr("FILE|URL"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        Tr::tr("Show Veil in language CODE (%1) instead of the system's language; the setting "
               "ui.language in the config file does the same.")
            .arg(languageCodeList()),
        Tr::tr("CODE"));
    parser.addOptions({help, version, headless, listen, config, logFormat, threads, allowRemote, proxyUser,
                       exit, region, mode, fallbackDirect, killSwitch, doh, importExits, blocklist,
                       language});
    parser.addOption(checkExits);
    const QCommandLineOption cacheDir(
        QStringLiteral("cache-dir"),
        Tr::tr("Keep the HTTP cache in DIR (default: \"http\" in the application's "
               "cache directory)."),
        Tr::tr("DIR"));
    const QCommandLineOption cacheSize(
        QStringLiteral("cache-size"),
        Tr::tr("Let the HTTP cache use at most MIB mebibytes on disk (default 512); "
               "the least recently used responses go first."),
        Tr::tr("MIB"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     Tr::tr("Do not cache plain-HTTP responses for this run (HTTPS is never "
                                            "cached: it passes through a tunnel)."));
    parser.addOptions({cacheDir, cacheSize, noCache});
    const QCommandLineOption userAgent(
        QStringLiteral("user-agent"),
        Tr::tr("Send STRING as the User-Agent of every plain-HTTP request for this run (privacy.userAgent)."),
        Tr::tr("STRING"));
    const QCommandLineOption referer(
        QStringLiteral("referer"),
        Tr::tr("What plain-HTTP requests to another site get as Referer: keep, origin (the page's "
               "scheme://host/ only; the default) or drop."),
        Tr::tr("POLICY"));
    const QCommandLineOption noPrivacyFilters(
        QStringLiteral("no-privacy-filters"),
        Tr::tr("Change nothing in plain-HTTP requests for this run: no Referer trimming, Sec-GPC, DNT, "
               "tracking-parameter stripping or User-Agent override."));
    parser.addOptions({userAgent, referer, noPrivacyFilters});
    parser.addOptions({systemProxy, systemProxyMode, systemProxyBackend, restoreSystemProxy});
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.action = CommandLineResult::Action::Error;
        result.errorText = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = CommandLineResult::Action::Error;
        result.errorText =
            Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return result;
    }
    QString languageCode;
    if (parser.isSet(language)) {
        languageCode = canonicalLanguageCode(parser.value(language));
        if (languageCode.isEmpty()) {
            result.action = CommandLineResult::Action::Error;
            result.errorText = Tr::tr("--language must be one of %1, not \"%2\"")
                                   .arg(languageCodeList(), parser.value(language));
            return result;
        }
    }
    if (parser.isSet(help)) {
        result.action = CommandLineResult::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLineResult::Action::ShowVersion;
        return result;
    }
    result.headless = parser.isSet(headless);
    if (parser.isSet(restoreSystemProxy)) {
        result.action = CommandLineResult::Action::RestoreSystemProxy;
        return result;
    }
    result.systemProxy = parser.isSet(systemProxy);
    if (parser.isSet(systemProxyMode)) {
        const QString value = parser.value(systemProxyMode);
        if (value == QLatin1String("pac")) {
            result.systemProxyMode = SystemProxyTarget::Mode::Pac;
        } else if (value != QLatin1String("fixed")) {
            result.action = CommandLineResult::Action::Error;
            result.errorText = Tr::tr("--system-proxy-mode must be fixed or pac, not \"%1\"").arg(value);
            return result;
        }
    }
    if (parser.isSet(systemProxyBackend)) {
        result.systemProxyBackend = parser.value(systemProxyBackend);
        static const QStringList known{QStringLiteral("auto"), QStringLiteral("gnome"), QStringLiteral("kde"),
                                       QStringLiteral("macos"), QStringLiteral("windows")};
        if (!known.contains(result.systemProxyBackend)) {
            result.action = CommandLineResult::Action::Error;
            result.errorText =
                Tr::tr("--system-proxy-backend must be auto, gnome, kde, macos or windows, not \"%1\"")
                    .arg(result.systemProxyBackend);
            return result;
        }
    }
    result.checkExits = parser.isSet(checkExits);

    auto fail = [&result](const QString &text) {
        result.action = CommandLineResult::Action::Error;
        result.errorText = text;
        return result;
    };

    result.configPath = parser.isSet(config) ? parser.value(config) : ConfigFile::defaultPath();
    if (parser.isSet(config) && !parser.isSet(importExits) && !QFileInfo::exists(result.configPath)) {
        return fail(Tr::tr("config file %1 does not exist").arg(result.configPath));
    }
    if (parser.isSet(importExits)) {
        result.action = CommandLineResult::Action::ImportExits;
        result.importPath = parser.value(importExits);
        result.importRegion = parser.value(region).toUpper();
        if (!result.importRegion.isEmpty() && !isValidRegionCode(result.importRegion)) {
            return fail(Tr::tr("--region must be a two-letter country code such as US, not \"%1\"")
                            .arg(parser.value(region)));
        }
        return result;
    }
    ConfigFile::LoadResult loaded = ConfigFile(result.configPath).load();
    result.settings = loaded.settings;
    result.messages = loaded.messages;
    Settings &s = result.settings;

    if (!languageCode.isEmpty()) {
        s.ui.language = languageCode;
    }
    if (parser.isSet(listen)) {
        QString error;
        if (!parseListenSpec(parser.value(listen), &s.listenHost, &s.listenPort, &error)) {
            return fail(Tr::tr("--listen: %1").arg(error));
        }
    }
    if (parser.isSet(logFormat) && !parseLogFormat(parser.value(logFormat), &s.logFormat)) {
        return fail(
            Tr::tr("--log-format must be text, json or none, not \"%1\"").arg(parser.value(logFormat)));
    }
    if (parser.isSet(threads)) {
        bool ok = false;
        const int n = parser.value(threads).toInt(&ok);
        if (!ok || n < 1 || n > 256) {
            return fail(Tr::tr("--threads must be a number from 1 to 256"));
        }
        s.threads = n;
    }
    if (parser.isSet(allowRemote)) {
        s.allowRemote = true;
    }
    if (parser.isSet(proxyUser)) {
        s.proxyUser = parser.value(proxyUser);
        if (s.proxyUser.isEmpty() || s.proxyUser.contains(QLatin1Char(':'))) {
            return fail(Tr::tr("--proxy-user must be non-empty and must not contain ':'"));
        }
    }
    if (!s.proxyUser.isEmpty()) {
        s.proxyPassword = qEnvironmentVariable("VEIL_PROXY_PASSWORD");
        if (s.proxyPassword.isEmpty()) {
            return fail(Tr::tr("a proxy user is set but VEIL_PROXY_PASSWORD is empty"));
        }
    }
    ExitSettings &routing = s.exits;
    QString firstCommandLineRegion;
    for (const QString &url : parser.values(exit)) {
        const ExitParseResult parsed = parseExitUrl(url);
        if (!parsed.exit) {
            return fail(Tr::tr("--exit %1: %2").arg(redactExitUrl(url), parsed.error));
        }
        Exit e = *parsed.exit;
        if (e.region.isEmpty()) {
            return fail(Tr::tr("--exit %1: add the region, e.g. #US").arg(redactExitUrl(url)));
        }
        if (routing.findExit(e.id)) {
            return fail(Tr::tr("--exit %1: the same exit is given twice").arg(redactExitUrl(url)));
        }
        if (!e.user.isEmpty()) {
            e.passwordEnv = exitPasswordVariable(e.id);
        }
        if (firstCommandLineRegion.isEmpty()) {
            firstCommandLineRegion = e.region;
        }
        routing.exits.append(e);
    }
    if (!firstCommandLineRegion.isEmpty()) {
        // A quick command-line setup means "use these exits" (--region picks among them).
        routing.mode = RoutingMode::Exit;
        routing.region = firstCommandLineRegion;
    }
    if (parser.isSet(region)) {
        const QString code = parser.value(region).toUpper();
        if (!isValidRegionCode(code)) {
            return fail(Tr::tr("--region must be a two-letter country code such as US, not \"%1\"")
                            .arg(parser.value(region)));
        }
        routing.region = code;
        if (routing.mode == RoutingMode::Direct) {
            routing.mode = RoutingMode::Exit;
        }
        if (routing.exitsInRegion(code).isEmpty()) {
            result.messages.append(
                Tr::tr("no exit is configured for region %1: connections will be held (fail closed)")
                    .arg(code));
        }
    }
    if (parser.isSet(mode) && !parseRoutingMode(parser.value(mode), &routing.mode)) {
        return fail(Tr::tr("--mode must be direct, exit or rules, not \"%1\"").arg(parser.value(mode)));
    }
    if (parser.isSet(fallbackDirect) && parser.isSet(killSwitch)) {
        return fail(Tr::tr("--fallback-direct and --kill-switch contradict each other: choose one"));
    }
    if (parser.isSet(fallbackDirect)) {
        routing.fallbackDirect = true;
        routing.killSwitch = false;
    }
    if (parser.isSet(killSwitch)) {
        routing.killSwitch = true;
    }
    if (parser.isSet(doh)) {
        // The config's own validation: https, or http to a resolver on this machine.
        QStringList errors;
        routing.applyJson(QJsonObject{{QStringLiteral("routing"),
                                       QJsonObject{{QStringLiteral("dohUrl"), parser.value(doh)}}}},
                          &errors);
        if (!errors.isEmpty()) {
            return fail(Tr::tr("--doh: %1").arg(errors.join(QStringLiteral("; "))));
        }
    }

    if (parser.isSet(cacheDir)) {
        const QString dir = QFileInfo(parser.value(cacheDir)).absoluteFilePath();
        if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir()) {
            return fail(Tr::tr("--cache-dir %1: exists and is not a directory").arg(parser.value(cacheDir)));
        }
        s.cache.directory = dir;
    }
    if (parser.isSet(cacheSize)) {
        bool ok = false;
        const int mib = parser.value(cacheSize).toInt(&ok);
        if (!ok || mib < 1 || mib > 1024 * 1024) {
            return fail(Tr::tr("--cache-size must be a whole number of MiB from 1 to 1048576, not \"%1\"")
                            .arg(parser.value(cacheSize)));
        }
        s.cache.sizeMiB = mib;
        s.cache.maxObjectMiB = qMin(s.cache.maxObjectMiB, mib);
    }
    if (parser.isSet(noCache)) {
        s.cache.enabled = false;
    }

    if (parser.isSet(noPrivacyFilters) && (parser.isSet(userAgent) || parser.isSet(referer))) {
        return fail(Tr::tr("--no-privacy-filters turns off what --user-agent and --referer set; use one or "
                           "the other"));
    }
    if (parser.isSet(noPrivacyFilters)) {
        s.privacy.enabled = false;
    }
    if (parser.isSet(referer) && !parseRefererPolicy(parser.value(referer), &s.privacy.referer)) {
        return fail(Tr::tr("--referer must be keep, origin or drop, not \"%1\"").arg(parser.value(referer)));
    }
    if (parser.isSet(userAgent)) {
        if (const QString problem = validateUserAgent(parser.value(userAgent)); !problem.isEmpty()) {
            return fail(Tr::tr("--user-agent: %1").arg(problem));
        }
        s.privacy.userAgent = parser.value(userAgent);
    }

    for (const QString &path : parser.values(blocklist)) {
        BlocklistConfig list;
        QString baseName;
        if (path.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
            path.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
            const QUrl url(path, QUrl::StrictMode);
            if (!BlocklistConfig::isValidUrl(url)) {
                return fail(
                    Tr::tr("--blocklist %1: not a usable http:// or https:// address (a host is needed and "
                           "no user name)")
                        .arg(path));
            }
            list.url = url.toString(QUrl::FullyEncoded);
            baseName = BlocklistConfig::nameForUrl(url);
            // The same subscription in the config file: use that one (and its copy on disk).
            const auto configured = std::find_if(s.rules.blocklists.begin(), s.rules.blocklists.end(),
                                                 [&](const BlocklistConfig &b) { return b.url == list.url; });
            if (configured != s.rules.blocklists.end()) {
                configured->enabled = true;
                continue;
            }
        } else {
            const QFileInfo info(path);
            if (!info.isFile() || !info.isReadable()) {
                return fail(Tr::tr("--blocklist %1: no such readable file").arg(path));
            }
            list.path = info.absoluteFilePath();
            baseName = info.completeBaseName();
        }
        list.name = baseName;
        // Two files may share a base name ("lists/a/hosts", "lists/b/hosts"): keep names unique.
        const auto taken = [&s](const QString &name) {
            return std::any_of(s.rules.blocklists.cbegin(), s.rules.blocklists.cend(),
                               [&name](const BlocklistConfig &b) { return b.name == name; });
        };
        for (int n = 2; taken(list.name) || !isValidListName(list.name); ++n) {
            list.name = (isValidListName(baseName) ? baseName : QStringLiteral("list")) + QLatin1Char('-') +
                        QString::number(n);
        }
        s.rules.blocklists.append(list);
    }

    // --system-proxy-mode overrides the config's systemProxy.mode for this run.
    if (parser.isSet(systemProxyMode)) {
        s.systemProxy.pac = result.systemProxyMode == SystemProxyTarget::Mode::Pac;
    }
    result.systemProxyMode =
        s.systemProxy.pac ? SystemProxyTarget::Mode::Pac : SystemProxyTarget::Mode::Fixed;
    if (const QString problem = s.validate(); !problem.isEmpty()) {
        return fail(problem);
    }
    return result;
}

QString languageBeforeParsing(const QStringList &arguments)
{
    // Only what the help text and the parser's own messages need; parseCommandLine() checks
    // both values properly. A flag's value is the next argument or follows '='.
    const auto value = [&arguments](const QString &name) {
        const QStringList prefixes{QStringLiteral("--") + name, QStringLiteral("-") + name};
        QString found;
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString &arg = arguments.at(i);
            for (const QString &prefix : prefixes) {
                if (arg == prefix && i + 1 < arguments.size()) {
                    found = arguments.at(i + 1);
                } else if (arg.startsWith(prefix + QLatin1Char('='))) {
                    found = arg.mid(prefix.size() + 1);
                }
            }
        }
        return found;
    };
    if (const QString code = canonicalLanguageCode(value(QStringLiteral("language"))); !code.isEmpty()) {
        return code;
    }
    QString configPath = value(QStringLiteral("config"));
    if (configPath.isEmpty()) {
        configPath = ConfigFile::defaultPath();
    }
    // Peek only into a regular file of sane size: a FIFO would lose what the real load needs.
    const QFileInfo info(configPath);
    QFile file(configPath);
    if (!info.isFile() || info.size() > 16 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    return canonicalLanguageCode(
        root.value(QStringLiteral("ui")).toObject().value(QStringLiteral("language")).toString());
}

} // namespace Veil
