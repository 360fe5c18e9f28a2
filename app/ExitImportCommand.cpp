#include "ExitImportCommand.h"

#include "config/ConfigFile.h"
#include "exits/ExitImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cstdio>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::ExitImportCommand)
};

} // namespace

static void printError(const QString &message)
{
    std::fprintf(stderr, "veil: %s\n", qPrintable(message));
}

int runExitImport(const QString &configPath, const QString &listPath, const QString &defaultRegion)
{
    QFile list(listPath);
    if (!list.open(QIODevice::ReadOnly)) {
        printError(Tr::tr("cannot read %1: %2").arg(listPath, list.errorString()));
        return 1;
    }
    // Exit lists are small; a multi-megabyte file is a mistake, not a list.
    constexpr qint64 kMaxListBytes = 4 * 1024 * 1024;
    if (list.size() > kMaxListBytes) {
        printError(Tr::tr("%1 is larger than 4 MiB; not an exit list").arg(listPath));
        return 1;
    }
    const ImportReport report = importExitList(list.readAll(), defaultRegion);

    // The file is edited as JSON, not rewritten from Settings: fields this version does not know
    // or could not accept stay exactly as the user wrote them.
    QJsonObject root;
    QFile config(configPath);
    if (config.exists()) {
        if (!config.open(QIODevice::ReadOnly)) {
            printError(Tr::tr("cannot read %1: %2").arg(configPath, config.errorString()));
            return 1;
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(config.readAll(), &error);
        config.close();
        if (error.error != QJsonParseError::NoError || !doc.isObject() ||
            (doc.object().contains(QStringLiteral("exits")) &&
             !doc.object().value(QStringLiteral("exits")).isArray())) {
            printError(
                Tr::tr("%1 is not a valid config file; fix it first, nothing was changed").arg(configPath));
            return 1;
        }
        root = doc.object();
    }
    Settings current;
    QStringList problems;
    current.applyJson(root, &problems); // to know the ids in use; problems stay the user's to fix
    for (const QString &p : std::as_const(problems)) {
        printError(Tr::tr("note: %1").arg(p));
    }

    QList<ImportReport::Skipped> skipped = report.skipped;
    ExitSettings added;
    for (const Exit &exit : report.exits) {
        if (current.exits.findExit(exit.id)) {
            skipped.append(
                {0, exit.urlString(), Tr::tr("an exit with id \"%1\" is already configured").arg(exit.id)});
            continue;
        }
        added.exits.append(exit);
        std::printf("%s\n",
                    qPrintable(Tr::tr("added %1 (%2) as \"%3\"")
                                   .arg(exit.urlString(),
                                        exit.region.isEmpty() ? Tr::tr("no region") : exit.region, exit.id)));
    }
    std::stable_sort(
        skipped.begin(), skipped.end(),
        [](const ImportReport::Skipped &a, const ImportReport::Skipped &b) { return a.line < b.line; });
    for (const ImportReport::Skipped &s : std::as_const(skipped)) {
        const QString where = s.line > 0 ? Tr::tr("line %1").arg(s.line) : Tr::tr("exit");
        std::printf("%s\n", qPrintable(Tr::tr("skipped %1: %2 (%3)").arg(where, s.reason, s.text)));
    }
    if (!added.exits.isEmpty()) {
        QJsonArray exits = root.value(QStringLiteral("exits")).toArray();
        for (const QJsonValue &e : added.toJson().value(QStringLiteral("exits")).toArray()) {
            exits.append(e);
        }
        root.insert(QStringLiteral("exits"), exits);
        if (!root.contains(QStringLiteral("version"))) {
            root.insert(QStringLiteral("version"), Settings::SchemaVersion);
        }
        ConfigFile file(configPath);
        if (!file.saveObject(root)) {
            printError(Tr::tr("cannot write %1: %2").arg(configPath, file.errorString()));
            return 1;
        }
    }
    std::printf(
        "%s\n",
        qPrintable(Tr::tr("%n exit(s) added to %1", nullptr, int(added.exits.size())).arg(configPath) +
                   QStringLiteral(", ") + Tr::tr("%n line(s) skipped", nullptr, int(skipped.size()))));
    if (std::any_of(added.exits.cbegin(), added.exits.cend(),
                    [](const Exit &e) { return !e.user.isEmpty(); })) {
        std::printf("%s\n", qPrintable(Tr::tr("exits with a user need their password in the keychain "
                                              "(the app's Exits page) or in VEIL_EXIT_PASSWORD_<ID>")));
    }
    return 0;
}

} // namespace Veil
