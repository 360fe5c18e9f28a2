#include "rules/Rule.h"

#include "exits/Exit.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <re2/re2.h>

#include <optional>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::RuleSettings)
};

constexpr int kMaxValueLength = 1024;
constexpr int kMaxCommentLength = 500;
/** Same cap as blocklist regexes: a rule cannot make host matching expensive. */
constexpr int kMaxRegexProgramSize = 2000;

struct TypeName
{
    RuleType type;
    const char *name;
};

constexpr TypeName kTypeNames[] = {
    {RuleType::Domain, "domain"},
    {RuleType::DomainSuffix, "domain-suffix"},
    {RuleType::DomainKeyword, "domain-keyword"},
    {RuleType::DomainRegex, "domain-regex"},
    {RuleType::IpCidr, "ip-cidr"},
    {RuleType::Port, "port"},
    {RuleType::List, "list"},
    {RuleType::Final, "final"},
};

QString indexed(const char *array, qsizetype index)
{
    return QLatin1String(array) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void skip(QStringList *errors, const QString &field, const QString &why)
{
    if (errors) {
        errors->append(Tr::tr("%1: %2; skipped").arg(field, why));
    }
}

bool readString(const QJsonObject &o, const char *key, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        return true;
    }
    if (!v.isString()) {
        return false;
    }
    *out = v.toString();
    return true;
}

bool readBool(const QJsonObject &o, const char *key, bool *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        return true;
    }
    if (!v.isBool()) {
        return false;
    }
    *out = v.toBool();
    return true;
}

std::optional<Rule> ruleFromJson(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = Tr::tr("must be an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Rule r;
    QString typeText;
    if (!readString(o, "type", &typeText) || !parseRuleType(typeText, &r.type)) {
        *why = Tr::tr("\"type\" must be one of domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, "
                      "port, list, final");
        return std::nullopt;
    }
    QString actionText;
    if (!readString(o, "action", &actionText) || !parseRuleAction(actionText, &r.action)) {
        *why = Tr::tr("\"action\" must be block, allow, direct, exit:REGION or exit:EXIT-ID");
        return std::nullopt;
    }
    if (!readString(o, "id", &r.id) || (o.contains(QStringLiteral("id")) && !isValidExitId(r.id))) {
        *why = Tr::tr("\"id\" must be 1 to 64 characters from A-Z, a-z, 0-9, '.', '_' and '-'");
        return std::nullopt;
    }
    if (!readString(o, "value", &r.value)) {
        *why = Tr::tr("\"value\" must be a string");
        return std::nullopt;
    }
    if (!readBool(o, "enabled", &r.enabled)) {
        *why = Tr::tr("\"enabled\" must be true or false");
        return std::nullopt;
    }
    if (!readString(o, "comment", &r.comment) || r.comment.size() > kMaxCommentLength) {
        *why = Tr::tr("\"comment\" must be a string of at most 500 characters");
        return std::nullopt;
    }
    if (const QString problem = validateRule(&r); !problem.isEmpty()) {
        *why = problem;
        return std::nullopt;
    }
    return r;
}

std::optional<BlocklistConfig> blocklistFromJson(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = Tr::tr("must be an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    BlocklistConfig b;
    if (!readString(o, "url", &b.url) ||
        (!b.url.isEmpty() && !BlocklistConfig::isValidUrl(QUrl(b.url, QUrl::StrictMode)))) {
        *why = Tr::tr("\"url\" must be an http:// or https:// address with a host and no user name");
        return std::nullopt;
    }
    if (!readString(o, "path", &b.path) || (b.path.isEmpty() && b.url.isEmpty())) {
        *why = Tr::tr("\"path\" must name a local file (or \"url\" a subscription)");
        return std::nullopt;
    }
    if (const QJsonValue hours = o.value(QStringLiteral("refreshHours")); !hours.isUndefined()) {
        const double h = hours.toDouble(-1);
        if (!hours.isDouble() || h < 0 || h > BlocklistConfig::MaxRefreshHours || h != double(int(h))) {
            *why = Tr::tr("\"refreshHours\" must be a whole number from 0 to %1")
                       .arg(BlocklistConfig::MaxRefreshHours);
            return std::nullopt;
        }
        b.refreshHours = int(h);
    }
    b.name =
        b.url.isEmpty() ? QFileInfo(b.path).completeBaseName() : BlocklistConfig::nameForUrl(QUrl(b.url));
    if (!readString(o, "name", &b.name) || !isValidListName(b.name)) {
        *why = Tr::tr("\"name\" must be 1 to 64 characters without ',' or line breaks");
        return std::nullopt;
    }
    if (!readBool(o, "enabled", &b.enabled) || !readBool(o, "block", &b.block) ||
        !readBool(o, "assumeThirdParty", &b.assumeThirdParty)) {
        *why = Tr::tr("\"enabled\", \"block\" and \"assumeThirdParty\" must be true or false");
        return std::nullopt;
    }
    return b;
}

} // namespace

QString ruleTypeName(RuleType type)
{
    for (const TypeName &t : kTypeNames) {
        if (t.type == type) {
            return QLatin1String(t.name);
        }
    }
    return {};
}

bool parseRuleType(const QString &text, RuleType *type)
{
    for (const TypeName &t : kTypeNames) {
        if (text == QLatin1String(t.name)) {
            *type = t.type;
            return true;
        }
    }
    return false;
}

QString ruleActionText(const RuleAction &action)
{
    switch (action.kind) {
    case RuleAction::Kind::Block:
        return QStringLiteral("block");
    case RuleAction::Kind::Allow:
        return QStringLiteral("allow");
    case RuleAction::Kind::Direct:
        return QStringLiteral("direct");
    case RuleAction::Kind::Exit:
        return QStringLiteral("exit:") + action.target;
    }
    return {};
}

bool parseRuleAction(const QString &text, RuleAction *action)
{
    RuleAction a;
    if (text == QLatin1String("block")) {
        a.kind = RuleAction::Kind::Block;
    } else if (text == QLatin1String("allow")) {
        a.kind = RuleAction::Kind::Allow;
    } else if (text == QLatin1String("direct")) {
        a.kind = RuleAction::Kind::Direct;
    } else if (text.startsWith(QLatin1String("exit:"))) {
        a.kind = RuleAction::Kind::Exit;
        a.target = text.mid(5);
        // A two-letter target is a region (upper case); anything else names one exit by id.
        if (a.target.size() == 2 && isValidRegionCode(a.target)) {
            a.target = a.target.toUpper();
        } else if (!isValidExitId(a.target)) {
            return false;
        }
    } else {
        return false;
    }
    *action = a;
    return true;
}

bool isValidListName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 64 && !name.contains(QLatin1Char(',')) &&
           !name.contains(QLatin1Char('\n')) && !name.contains(QLatin1Char('\r'));
}

QString validateRule(Rule *rule)
{
    QString &v = rule->value;
    v = v.trimmed();
    if (v.size() > kMaxValueLength) {
        return Tr::tr("\"value\" is longer than %1 characters").arg(kMaxValueLength);
    }
    switch (rule->type) {
    case RuleType::Domain:
    case RuleType::DomainSuffix: {
        v = v.toLower();
        if (v.startsWith(QLatin1Char('.'))) {
            v.remove(0, 1);
        }
        if (v.endsWith(QLatin1Char('.'))) {
            v.chop(1);
        }
        const QByteArray ace = QUrl::toAce(v);
        if (ace.isEmpty() || !FilterLine::isValidHost(ace)) {
            return Tr::tr("\"%1\" is not a host name").arg(rule->value);
        }
        v = QString::fromLatin1(ace);
        return {};
    }
    case RuleType::DomainKeyword:
        v = v.toLower();
        if (v.isEmpty() || v.contains(QLatin1Char(' '))) {
            return Tr::tr("a domain keyword must be non-empty text without spaces");
        }
        return {};
    case RuleType::DomainRegex: {
        re2::RE2::Options options;
        options.set_log_errors(false);
        options.set_case_sensitive(false);
        const QByteArray pattern = v.toUtf8();
        const re2::RE2 re(re2::StringPiece(pattern.constData(), std::size_t(pattern.size())), options);
        if (v.isEmpty() || !re.ok()) {
            return Tr::tr("\"%1\" is not a valid RE2 regular expression").arg(v);
        }
        if (re.ProgramSize() > kMaxRegexProgramSize) {
            return Tr::tr("the regular expression is too large");
        }
        return {};
    }
    case RuleType::IpCidr: {
        const QString text =
            v.contains(QLatin1Char('/'))
                ? v
                : v + (v.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32"));
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text);
        if (subnet.first.isNull()) {
            return Tr::tr("\"%1\" is not an IP network such as 10.0.0.0/8 or 2001:db8::/32").arg(v);
        }
        v = subnet.first.toString() + QLatin1Char('/') + QString::number(subnet.second);
        return {};
    }
    case RuleType::Port: {
        const QStringList parts = v.split(QLatin1Char('-'));
        bool ok = parts.size() <= 2;
        uint low = 0;
        uint high = 0;
        if (ok) {
            bool a = false;
            bool b = true;
            low = parts.at(0).trimmed().toUInt(&a);
            high = parts.size() == 2 ? parts.at(1).trimmed().toUInt(&b) : low;
            ok = a && b && low >= 1 && high <= 65535 && low <= high;
        }
        if (!ok) {
            return Tr::tr("\"%1\" is not a port or a range such as 8000-8100").arg(v);
        }
        v = low == high ? QString::number(low) : QStringLiteral("%1-%2").arg(low).arg(high);
        return {};
    }
    case RuleType::List:
        if (!isValidListName(v)) {
            return Tr::tr("a list rule needs the name of a blocklist");
        }
        return {};
    case RuleType::Final:
        v.clear();
        return {};
    }
    return {};
}

QJsonObject RuleSettings::toJson() const
{
    QJsonArray rulesJson;
    for (const Rule &r : rules) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("type"), ruleTypeName(r.type)},
                      {QStringLiteral("action"), ruleActionText(r.action)},
                      {QStringLiteral("enabled"), r.enabled}};
        if (r.type != RuleType::Final) {
            o.insert(QStringLiteral("value"), r.value);
        }
        if (!r.comment.isEmpty()) {
            o.insert(QStringLiteral("comment"), r.comment);
        }
        rulesJson.append(o);
    }
    QJsonArray listsJson;
    for (const BlocklistConfig &b : blocklists) {
        QJsonObject o{{QStringLiteral("name"), b.name},
                      {QStringLiteral("enabled"), b.enabled},
                      {QStringLiteral("block"), b.block},
                      {QStringLiteral("assumeThirdParty"), b.assumeThirdParty}};
        if (!b.path.isEmpty()) {
            o.insert(QStringLiteral("path"), b.path);
        }
        if (b.isSubscription()) {
            o.insert(QStringLiteral("url"), b.url);
            o.insert(QStringLiteral("refreshHours"), b.refreshHours);
        }
        listsJson.append(o);
    }
    return QJsonObject{{QStringLiteral("rules"), rulesJson}, {QStringLiteral("blocklists"), listsJson}};
}

void RuleSettings::applyJson(const QJsonObject &json, QStringList *errors)
{
    if (const QJsonValue v = json.value(QStringLiteral("blocklists")); !v.isUndefined()) {
        if (!v.isArray()) {
            if (errors) {
                errors->append(Tr::tr("blocklists: must be an array; keeping the previous value"));
            }
        } else {
            QList<BlocklistConfig> loaded;
            QSet<QString> names;
            const QJsonArray array = v.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                QString why;
                std::optional<BlocklistConfig> b = blocklistFromJson(array.at(i), &why);
                if (b && names.contains(b->name)) {
                    why = Tr::tr("duplicate name \"%1\"").arg(b->name);
                    b.reset();
                }
                if (b && loaded.size() >= Blocklist::MaxLists) {
                    why = Tr::tr("at most %1 blocklists").arg(Blocklist::MaxLists);
                    b.reset();
                }
                if (!b) {
                    skip(errors, indexed("blocklists", i), why);
                    continue;
                }
                names.insert(b->name);
                loaded.append(*b);
            }
            blocklists = loaded;
        }
    }
    if (const QJsonValue v = json.value(QStringLiteral("rules")); !v.isUndefined()) {
        if (!v.isArray()) {
            if (errors) {
                errors->append(Tr::tr("rules: must be an array; keeping the previous value"));
            }
            return;
        }
        QList<Rule> loaded;
        QSet<QString> ids;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString why;
            std::optional<Rule> r = ruleFromJson(array.at(i), &why);
            if (r && !r->id.isEmpty() && ids.contains(r->id)) {
                why = Tr::tr("duplicate id \"%1\"").arg(r->id);
                r.reset();
            }
            if (!r) {
                skip(errors, indexed("rules", i), why);
                continue;
            }
            ids.insert(r->id);
            loaded.append(*r);
        }
        // Rules without an id get "rule-N" (N: position), skipping ids already taken.
        for (qsizetype i = 0; i < loaded.size(); ++i) {
            if (loaded[i].id.isEmpty()) {
                QString id = QStringLiteral("rule-%1").arg(i + 1);
                for (int n = 2; ids.contains(id); ++n) {
                    id = QStringLiteral("rule-%1-%2").arg(i + 1).arg(n);
                }
                loaded[i].id = id;
                ids.insert(id);
            }
        }
        rules = loaded;
    }
}

QList<BlocklistSource> RuleSettings::enabledSources() const
{
    QList<BlocklistSource> sources;
    for (const BlocklistConfig &b : blocklists) {
        if (b.enabled) {
            sources.append(BlocklistSource{b.name, b.storagePath(), b.assumeThirdParty});
        }
    }
    return sources;
}

QString BlocklistConfig::storagePath() const
{
    if (!path.isEmpty() || !isSubscription()) {
        return path;
    }
    // The name may hold any character but ',' and line breaks: keep the file name portable and
    // inside the folder, and tell apart names that differ only in what was replaced.
    QString file;
    for (const QChar c : name) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                           c == QLatin1Char('_');
        file += plain ? c : QLatin1Char('_');
    }
    if (file != name) {
        file += QLatin1Char('-') +
                QString::fromLatin1(
                    QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/blocklists/") + file + QStringLiteral(".txt");
}

bool BlocklistConfig::isValidUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty() && url.userInfo().isEmpty();
}

QString BlocklistConfig::nameForUrl(const QUrl &url)
{
    QString name = QFileInfo(url.path()).completeBaseName();
    if (name.isEmpty()) {
        name = url.host();
    }
    return name.left(64);
}

} // namespace Veil
