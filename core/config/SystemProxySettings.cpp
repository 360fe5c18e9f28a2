#include "config/SystemProxySettings.h"

#include "rules/FilterLine.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::SystemProxySettings)
};

constexpr int kMaxEntries = 500;

} // namespace

QJsonObject SystemProxySettings::toJson() const
{
    return {{QStringLiteral("systemProxy"),
             QJsonObject{{QStringLiteral("onStart"), onStart},
                         {QStringLiteral("mode"), pac ? QStringLiteral("pac") : QStringLiteral("fixed")},
                         {QStringLiteral("bypass"), QJsonArray::fromStringList(bypass)}}}};
}

void SystemProxySettings::applyJson(const QJsonObject &json, QStringList *errors)
{
    const QJsonValue value = json.value(QStringLiteral("systemProxy"));
    if (value.isUndefined()) {
        return;
    }
    auto reject = [errors](const QString &field, const QString &why) {
        if (errors) {
            errors->append(Tr::tr("%1: %2; keeping the previous value").arg(field, why));
        }
    };
    if (!value.isObject()) {
        reject(QStringLiteral("systemProxy"), Tr::tr("must be an object"));
        return;
    }
    const QJsonObject o = value.toObject();
    if (const QJsonValue v = o.value(QStringLiteral("onStart")); !v.isUndefined()) {
        if (v.isBool()) {
            onStart = v.toBool();
        } else {
            reject(QStringLiteral("systemProxy.onStart"), Tr::tr("must be true or false"));
        }
    }
    if (const QJsonValue v = o.value(QStringLiteral("mode")); !v.isUndefined()) {
        if (v.toString() == QLatin1String("fixed") || v.toString() == QLatin1String("pac")) {
            pac = v.toString() == QLatin1String("pac");
        } else {
            reject(QStringLiteral("systemProxy.mode"), Tr::tr("must be \"fixed\" or \"pac\""));
        }
    }
    if (const QJsonValue v = o.value(QStringLiteral("bypass")); !v.isUndefined()) {
        QStringList entries;
        QString problem = v.isArray() ? QString() : Tr::tr("must be an array of strings");
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; problem.isEmpty() && i < array.size(); ++i) {
            QString entry = array.at(i).toString();
            problem =
                array.at(i).isString() ? validateBypassEntry(&entry) : Tr::tr("must be an array of strings");
            if (problem.isEmpty() && !entries.contains(entry)) {
                entries.append(entry);
            }
        }
        if (problem.isEmpty() && entries.size() > kMaxEntries) {
            problem = Tr::tr("at most %1 entries").arg(kMaxEntries);
        }
        if (problem.isEmpty()) {
            bypass = entries;
        } else {
            reject(QStringLiteral("systemProxy.bypass"), problem);
        }
    }
}

QString validateBypassEntry(QString *entry)
{
    QString e = entry->trimmed();
    if (e.isEmpty()) {
        return Tr::tr("an empty entry");
    }
    if (e.contains(QLatin1Char('/'))) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(e);
        if (subnet.first.isNull()) {
            return Tr::tr("\"%1\" is not a network such as 10.0.0.0/8 or fd00::/8").arg(e);
        }
        *entry = subnet.first.toString() + QLatin1Char('/') + QString::number(subnet.second);
        return {};
    }
    const QString bare =
        e.startsWith(QLatin1Char('[')) && e.endsWith(QLatin1Char(']')) ? e.mid(1, e.size() - 2) : e;
    if (const QHostAddress address(bare); !address.isNull()) {
        *entry = address.toString();
        return {};
    }
    e = e.toLower();
    QString host = e;
    if (host.startsWith(QLatin1String("*."))) {
        host.remove(0, 2);
    } else if (host.startsWith(QLatin1Char('.'))) {
        host.remove(0, 1);
        e = QLatin1Char('*') + e;
    }
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty() || !FilterLine::isValidHost(ace)) {
        return Tr::tr("\"%1\" is not a host name, *.domain, address or network").arg(entry->trimmed());
    }
    *entry = e.left(e.size() - host.size()) + QString::fromLatin1(ace);
    return {};
}

QString parseBypassList(const QString &text, QStringList *entries)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList out;
    for (QString entry : text.split(separators, Qt::SkipEmptyParts)) {
        if (const QString problem = validateBypassEntry(&entry); !problem.isEmpty()) {
            return problem;
        }
        if (!out.contains(entry)) {
            out.append(entry);
        }
    }
    if (out.size() > kMaxEntries) {
        return Tr::tr("at most %1 entries").arg(kMaxEntries);
    }
    *entries = out;
    return {};
}

} // namespace Veil
