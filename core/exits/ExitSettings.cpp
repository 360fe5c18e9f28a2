#include "exits/ExitSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::ExitSettings)
};

struct IntField
{
    const char *key;
    int ExitSettings::*member;
    int min;
    int max;
};

constexpr IntField kIntFields[] = {
    {"healthIntervalMs", &ExitSettings::healthIntervalMs, 1000, 86400000},
    {"healthTimeoutMs", &ExitSettings::healthTimeoutMs, 100, 600000},
    {"failuresToMarkDown", &ExitSettings::failuresToMarkDown, 1, 100},
};

struct BoolField
{
    const char *key;
    bool ExitSettings::*member;
};

constexpr BoolField kBoolFields[] = {
    {"fallbackDirect", &ExitSettings::fallbackDirect},
    {"closeOnSwitch", &ExitSettings::closeOnSwitch},
    {"killSwitch", &ExitSettings::killSwitch},
};

struct UrlField
{
    const char *key;
    QString ExitSettings::*member;
    bool mayBeEmpty;
    bool httpsOnly;
};

const UrlField kUrlFields[] = {
    {"probeUrl", &ExitSettings::probeUrl, false, false},
    {"ipCheckUrl", &ExitSettings::ipCheckUrl, true, false},
    // DNS in clear text would leak every name; plain http only to a resolver on this machine.
    {"dohUrl", &ExitSettings::dohUrl, true, true},
};

constexpr int kMaxNameLength = 200;
constexpr int kMaxTagLength = 64;

bool isValidUrl(const QString &text, bool httpsOnly)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    if (scheme == QLatin1String("https")) {
        return true;
    }
    if (scheme != QLatin1String("http")) {
        return false;
    }
    return !httpsOnly || QHostAddress(url.host()).isLoopback() || url.host() == QLatin1String("localhost");
}

// Environment variable names as POSIX shells accept them, so the name in the config can be exported.
bool isValidEnvName(const QString &name)
{
    if (name.isEmpty() || name.size() > 128 || name.front().isDigit()) {
        return false;
    }
    for (const QChar c : name) {
        if (c.unicode() >= 0x80 || !(c.isLetterOrNumber() || c == QLatin1Char('_'))) {
            return false;
        }
    }
    return true;
}

/** Collects messages in the same shape as Settings::applyJson. */
class Reporter
{
public:
    explicit Reporter(QStringList *errors)
        : m_errors(errors)
    {}
    void reject(const QString &field, const QString &why)
    {
        add(Tr::tr("%1: %2; keeping the previous value"), field, why);
    }
    void skip(const QString &field, const QString &why) { add(Tr::tr("%1: %2; skipped"), field, why); }
    void ignore(const QString &field, const QString &why) { add(Tr::tr("%1: %2; ignored"), field, why); }

private:
    void add(const QString &format, const QString &field, const QString &why)
    {
        if (m_errors) {
            m_errors->append(format.arg(field, why));
        }
    }
    QStringList *m_errors;
};

QString indexed(const char *array, qsizetype index)
{
    return QLatin1String(array) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

/** Optional string member: absent leaves @p out alone; returns false for a non-string. */
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

struct ParsedExit
{
    Exit exit;
    bool generatedId = false;
};

/** One "exits" entry. Returns the exit, or std::nullopt with @p why set. */
std::optional<ParsedExit> exitFromJson(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = Tr::tr("must be an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue url = o.value(QStringLiteral("url"));
    if (!url.isString()) {
        *why = Tr::tr("\"url\" must be a string such as \"socks5://host:1080\"");
        return std::nullopt;
    }
    ExitParseResult parsed = parseExitUrl(url.toString());
    if (!parsed.exit) {
        *why = QStringLiteral("url: ") + parsed.error;
        return std::nullopt;
    }
    ParsedExit result{*std::move(parsed.exit), false};
    Exit &e = result.exit;

    QString region = e.region;
    if (!readString(o, "region", &region) || (!region.isEmpty() && !isValidRegionCode(region))) {
        *why = Tr::tr("\"region\" must be a two-letter country code such as \"DE\"");
        return std::nullopt;
    }
    e.region = region.toUpper();
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (id.isUndefined()) {
        e.id = defaultExitId(e.region, e.host, e.port);
        result.generatedId = true;
    } else if (id.isString() && isValidExitId(id.toString())) {
        e.id = id.toString();
    } else {
        *why = Tr::tr("\"id\" must be 1 to 300 characters from A-Z, a-z, 0-9, '.', '_' and '-'");
        return std::nullopt;
    }
    if (!readString(o, "name", &e.name) || e.name.size() > kMaxNameLength) {
        *why = Tr::tr("\"name\" must be a string of at most 200 characters");
        return std::nullopt;
    }
    if (const QJsonValue tags = o.value(QStringLiteral("tags")); !tags.isUndefined()) {
        bool ok = tags.isArray();
        const QJsonArray array = tags.toArray();
        for (const QJsonValue &tag : array) {
            const QString text = tag.toString().trimmed();
            ok = ok && tag.isString() && !text.isEmpty() && text.size() <= kMaxTagLength;
            if (ok && !e.tags.contains(text)) {
                e.tags.append(text);
            }
        }
        if (!ok) {
            *why = Tr::tr("\"tags\" must be an array of non-empty strings of at most 64 characters");
            return std::nullopt;
        }
    }
    if (const QJsonValue enabled = o.value(QStringLiteral("enabled")); !enabled.isUndefined()) {
        if (!enabled.isBool()) {
            *why = Tr::tr("\"enabled\" must be true or false");
            return std::nullopt;
        }
        e.enabled = enabled.toBool();
    }
    if (!readString(o, "passwordEnv", &e.passwordEnv) ||
        (!e.passwordEnv.isEmpty() && !isValidEnvName(e.passwordEnv))) {
        *why = Tr::tr("\"passwordEnv\" must be an environment variable name such as \"VEIL_EXIT_PASSWORD\"");
        return std::nullopt;
    }
    // A TLS option on a plain exit would suggest protection that is not there, so it is an error.
    if (!readString(o, "caFile", &e.caFile)) {
        *why = Tr::tr("\"caFile\" must be a string");
        return std::nullopt;
    }
    QString pin;
    if (!readString(o, "pinSha256", &pin) || (!pin.isEmpty() && decodeSha256Pin(pin.toLatin1()).isEmpty())) {
        *why = Tr::tr("\"pinSha256\" must be the certificate's SHA-256 in hex (64 digits) or base64");
        return std::nullopt;
    }
    e.pinSha256 = pin.toLatin1();
    if ((!e.caFile.isEmpty() || !e.pinSha256.isEmpty()) && e.scheme != ExitScheme::Https) {
        *why = Tr::tr("\"caFile\" and \"pinSha256\" apply to https:// exits only");
        return std::nullopt;
    }
    return result;
}

QJsonObject exitToJson(const Exit &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("name"), e.name},
                  {QStringLiteral("url"), e.urlString()},
                  {QStringLiteral("region"), e.region},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
                  {QStringLiteral("enabled"), e.enabled}};
    if (!e.passwordEnv.isEmpty()) {
        o.insert(QStringLiteral("passwordEnv"), e.passwordEnv);
    }
    if (!e.caFile.isEmpty()) {
        o.insert(QStringLiteral("caFile"), e.caFile);
    }
    if (!e.pinSha256.isEmpty()) {
        o.insert(QStringLiteral("pinSha256"), QString::fromLatin1(e.pinSha256));
    }
    return o;
}

/** Parses the "exits" array: bad entries and duplicate ids are reported and skipped. */
QList<Exit> exitsFromJson(const QJsonArray &array, Reporter &report)
{
    QList<std::optional<ParsedExit>> parsed;
    parsed.reserve(array.size());
    QSet<QString> taken;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = indexed("exits", i);
        if (array.at(i).toObject().contains(QStringLiteral("password"))) {
            report.ignore(field + QStringLiteral(".password"),
                          Tr::tr("passwords are never read from the config file; store it in the keychain "
                                 "or set \"passwordEnv\""));
        }
        QString why;
        std::optional<ParsedExit> entry = exitFromJson(array.at(i), &why);
        if (!entry) {
            report.skip(field, why);
        } else if (!entry->generatedId && taken.contains(entry->exit.id)) {
            report.skip(field, Tr::tr("duplicate id \"%1\"").arg(entry->exit.id));
            entry.reset();
        } else if (!entry->generatedId) {
            taken.insert(entry->exit.id);
        }
        parsed.append(std::move(entry));
    }
    // Generated ids yield to explicit ones wherever they appear, then get a numeric suffix when two
    // exits share region, host and port (different users of one proxy).
    QList<Exit> exits;
    for (std::optional<ParsedExit> &entry : parsed) {
        if (!entry) {
            continue;
        }
        if (entry->generatedId) {
            entry->exit.id = uniqueExitId(entry->exit.id, taken);
            taken.insert(entry->exit.id);
        }
        exits.append(std::move(entry->exit));
    }
    return exits;
}

using ExitsById = QHash<QString, const Exit *>;

/** One "regions" entry, checked against the loaded exits. */
std::optional<RegionPolicy> regionFromJson(const QJsonValue &value, const ExitsById &exitsById,
                                           const QString &field, Reporter &report, QString *why)
{
    if (!value.isObject()) {
        *why = Tr::tr("must be an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    RegionPolicy policy;
    if (!readString(o, "region", &policy.region) || !isValidRegionCode(policy.region)) {
        *why = Tr::tr("\"region\" must be a two-letter country code such as \"DE\"");
        return std::nullopt;
    }
    policy.region = policy.region.toUpper();
    QString name = selectionPolicyName(policy.policy);
    if (!readString(o, "policy", &name) || !parseSelectionPolicy(name, &policy.policy)) {
        *why = Tr::tr("\"policy\" must be \"manual\", \"fastest\", \"failover\" or \"balance\"");
        return std::nullopt;
    }
    auto checkExit = [&](const QString &id) -> QString {
        const Exit *exit = exitsById.value(id);
        if (!exit) {
            return Tr::tr("unknown exit \"%1\"").arg(id);
        }
        if (exit->region != policy.region) {
            return Tr::tr("exit \"%1\" is not in region %2").arg(id, policy.region);
        }
        return {};
    };
    if (!readString(o, "manualExit", &policy.manualExit)) {
        *why = Tr::tr("\"manualExit\" must be an exit id");
        return std::nullopt;
    }
    if (!policy.manualExit.isEmpty()) {
        if (const QString problem = checkExit(policy.manualExit); !problem.isEmpty()) {
            *why = QStringLiteral("manualExit: ") + problem;
            return std::nullopt;
        }
    } else if (policy.policy == SelectionPolicy::Manual) {
        *why = Tr::tr("the manual policy needs \"manualExit\"");
        return std::nullopt;
    }
    if (const QJsonValue order = o.value(QStringLiteral("order")); !order.isUndefined()) {
        if (!order.isArray()) {
            *why = Tr::tr("\"order\" must be an array of exit ids");
            return std::nullopt;
        }
        const QJsonArray ids = order.toArray();
        QSet<QString> listed;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString id = ids.at(i).toString();
            const QString problem = ids.at(i).isString() ? checkExit(id) : Tr::tr("not an exit id");
            if (!problem.isEmpty()) {
                report.ignore(field + QLatin1Char('.') + indexed("order", i), problem);
            } else if (!listed.contains(id)) {
                policy.order.append(id);
                listed.insert(id);
            }
        }
    }
    return policy;
}

} // namespace

QJsonObject ExitSettings::toJson() const
{
    QJsonObject routing{{QStringLiteral("mode"), routingModeName(mode)},
                        {QStringLiteral("region"), region},
                        {QStringLiteral("geoipDatabase"), geoipDatabase}};
    for (const BoolField &f : kBoolFields) {
        routing.insert(QLatin1String(f.key), this->*f.member);
    }
    for (const IntField &f : kIntFields) {
        routing.insert(QLatin1String(f.key), this->*f.member);
    }
    for (const UrlField &f : kUrlFields) {
        routing.insert(QLatin1String(f.key), this->*f.member);
    }
    QJsonArray exitArray;
    for (const Exit &e : exits) {
        exitArray.append(exitToJson(e));
    }
    QJsonArray regionArray;
    for (const RegionPolicy &p : regions) {
        QJsonObject o{{QStringLiteral("region"), p.region},
                      {QStringLiteral("policy"), selectionPolicyName(p.policy)}};
        if (!p.manualExit.isEmpty()) {
            o.insert(QStringLiteral("manualExit"), p.manualExit);
        }
        if (!p.order.isEmpty()) {
            o.insert(QStringLiteral("order"), QJsonArray::fromStringList(p.order));
        }
        regionArray.append(o);
    }
    return {{QStringLiteral("routing"), routing},
            {QStringLiteral("exits"), exitArray},
            {QStringLiteral("regions"), regionArray}};
}

void ExitSettings::applyJson(const QJsonObject &json, QStringList *errors)
{
    Reporter report(errors);

    const QJsonValue routingValue = json.value(QStringLiteral("routing"));
    if (!routingValue.isUndefined() && !routingValue.isObject()) {
        report.reject(QStringLiteral("routing"), Tr::tr("must be an object"));
    }
    const QJsonObject routing = routingValue.toObject();
    auto field = [](const char *key) -> QString {
        return QStringLiteral("routing.") + QLatin1String(key);
    };
    if (const QJsonValue v = routing.value(QStringLiteral("mode")); !v.isUndefined()) {
        if (!parseRoutingMode(v.toString(), &mode)) {
            report.reject(field("mode"), Tr::tr("must be \"direct\", \"exit\" or \"rules\""));
        }
    }
    if (const QJsonValue v = routing.value(QStringLiteral("region")); !v.isUndefined()) {
        if (v.isString() && (v.toString().isEmpty() || isValidRegionCode(v.toString()))) {
            region = v.toString().toUpper();
        } else {
            report.reject(field("region"), Tr::tr("must be a two-letter country code such as \"DE\""));
        }
    }
    for (const BoolField &f : kBoolFields) {
        const QJsonValue v = routing.value(QLatin1String(f.key));
        if (v.isBool()) {
            this->*f.member = v.toBool();
        } else if (!v.isUndefined()) {
            report.reject(field(f.key), Tr::tr("must be true or false"));
        }
    }
    for (const IntField &f : kIntFields) {
        const QJsonValue v = routing.value(QLatin1String(f.key));
        if (v.isUndefined()) {
            continue;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < f.min || d > f.max) {
            report.reject(field(f.key), Tr::tr("must be a whole number from %1 to %2").arg(f.min).arg(f.max));
            continue;
        }
        this->*f.member = int(d);
    }
    for (const UrlField &f : kUrlFields) {
        const QJsonValue v = routing.value(QLatin1String(f.key));
        if (v.isUndefined()) {
            continue;
        }
        const QString text = v.toString();
        if (v.isString() && ((f.mayBeEmpty && text.isEmpty()) || isValidUrl(text, f.httpsOnly))) {
            this->*f.member = text;
        } else {
            report.reject(field(f.key), f.httpsOnly
                                            ? Tr::tr("must be an https:// URL (http:// only on this machine)")
                                            : Tr::tr("must be an http:// or https:// URL"));
        }
    }
    if (const QJsonValue v = routing.value(QStringLiteral("geoipDatabase")); !v.isUndefined()) {
        if (v.isString()) {
            geoipDatabase = v.toString();
        } else {
            report.reject(field("geoipDatabase"), Tr::tr("must be a file path"));
        }
    }

    if (const QJsonValue v = json.value(QStringLiteral("exits")); !v.isUndefined()) {
        if (v.isArray()) {
            exits = exitsFromJson(v.toArray(), report);
        } else {
            report.reject(QStringLiteral("exits"), Tr::tr("must be an array"));
        }
    }

    // After the exits, so policies are checked against the list that will be used.
    if (const QJsonValue v = json.value(QStringLiteral("regions")); !v.isUndefined()) {
        if (!v.isArray()) {
            report.reject(QStringLiteral("regions"), Tr::tr("must be an array"));
            return;
        }
        const QJsonArray array = v.toArray();
        ExitsById exitsById;
        exitsById.reserve(exits.size());
        for (const Exit &e : std::as_const(exits)) {
            exitsById.insert(e.id, &e);
        }
        QList<RegionPolicy> policies;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString name = indexed("regions", i);
            QString why;
            std::optional<RegionPolicy> policy = regionFromJson(array.at(i), exitsById, name, report, &why);
            const auto sameRegion = [&policy](const RegionPolicy &p) {
                return p.region == policy->region;
            };
            if (!policy) {
                report.skip(name, why);
            } else if (std::any_of(policies.cbegin(), policies.cend(), sameRegion)) {
                report.skip(name, Tr::tr("region %1 already has a policy").arg(policy->region));
            } else {
                policies.append(*std::move(policy));
            }
        }
        regions = policies;
    }
}

QList<Exit> ExitSettings::exitsInRegion(const QString &code) const
{
    QList<Exit> result;
    for (const Exit &e : exits) {
        if (e.region.compare(code, Qt::CaseInsensitive) == 0) {
            result.append(e);
        }
    }
    return result;
}

const Exit *ExitSettings::findExit(const QString &id) const
{
    for (const Exit &e : exits) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

RegionPolicy ExitSettings::policyFor(const QString &code) const
{
    RegionPolicy result;
    result.region = code.toUpper();
    for (const RegionPolicy &p : regions) {
        if (p.region == result.region) {
            result = p;
            break;
        }
    }
    // Sets, not QStringList::contains: a pasted list can put thousands of exits in one region.
    QStringList inRegion;
    QSet<QString> inRegionSet;
    for (const Exit &e : exits) {
        if (e.region == result.region) {
            inRegion.append(e.id);
            inRegionSet.insert(e.id);
        }
    }
    QStringList order;
    order.reserve(inRegion.size());
    QSet<QString> placed;
    for (const QString &id : std::as_const(result.order)) {
        if (inRegionSet.contains(id) && !placed.contains(id)) {
            order.append(id);
            placed.insert(id);
        }
    }
    for (const QString &id : std::as_const(inRegion)) {
        if (!placed.contains(id)) {
            order.append(id);
        }
    }
    result.order = order;
    return result;
}

QString selectionPolicyName(SelectionPolicy policy)
{
    switch (policy) {
    case SelectionPolicy::Manual:
        return QStringLiteral("manual");
    case SelectionPolicy::Fastest:
        return QStringLiteral("fastest");
    case SelectionPolicy::Failover:
        return QStringLiteral("failover");
    case SelectionPolicy::Balance:
        return QStringLiteral("balance");
    }
    return {};
}

bool parseSelectionPolicy(const QString &text, SelectionPolicy *policy)
{
    for (const SelectionPolicy p : {SelectionPolicy::Manual, SelectionPolicy::Fastest,
                                    SelectionPolicy::Failover, SelectionPolicy::Balance}) {
        if (text == selectionPolicyName(p)) {
            *policy = p;
            return true;
        }
    }
    return false;
}

QString routingModeName(RoutingMode mode)
{
    switch (mode) {
    case RoutingMode::Direct:
        return QStringLiteral("direct");
    case RoutingMode::Exit:
        return QStringLiteral("exit");
    case RoutingMode::Rules:
        return QStringLiteral("rules");
    }
    return {};
}

bool parseRoutingMode(const QString &text, RoutingMode *mode)
{
    for (const RoutingMode m : {RoutingMode::Direct, RoutingMode::Exit, RoutingMode::Rules}) {
        if (text == routingModeName(m)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

} // namespace Veil
