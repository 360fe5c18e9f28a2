#include "exits/ExitIpChecker.h"

#include "exits/ExitFetch.h"
#include "exits/GeoIpDatabase.h"
#include "exits/Router.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcIpCheck, "veil.exits.ipcheck", QtInfoMsg)

namespace Veil {

namespace {

/** Longest text form of an address ("ffff:…:255.255.255.255" is 45 characters). */
constexpr qsizetype kMaxAddressText = 45;
constexpr qsizetype kMaxAnswerBytes = 4096;

/** Up to 40 characters of @p text for a message, non-printable bytes shown as '?'. */
QString excerpt(QByteArrayView text)
{
    constexpr qsizetype kMax = 40;
    QString out;
    for (const char c : text.first(qMin(text.size(), kMax))) {
        out += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('?');
    }
    if (text.size() > kMax) {
        out += QStringLiteral("…");
    }
    return out;
}

bool isDottedQuad(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4) {
        return false;
    }
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3) {
            return false;
        }
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                return false;
            }
        }
        if (part.toInt() > 255) {
            return false;
        }
    }
    return true;
}

/** A strict address literal: QHostAddress alone also takes "1", "0x7f.1" and zone ids. */
std::optional<QHostAddress> addressLiteral(const QString &text)
{
    if (text.isEmpty() || text.size() > kMaxAddressText) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('F')) || c == QLatin1Char('.') ||
              c == QLatin1Char(':')) ||
            c.unicode() > 0x7f) {
            return std::nullopt;
        }
    }
    const bool v6 = text.contains(QLatin1Char(':'));
    if (!v6 && !isDottedQuad(text)) {
        return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(text) ||
        address.protocol() != (v6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol)) {
        return std::nullopt;
    }
    return address;
}

/** The configured region as a country code: "UK" is the common name for ISO "GB". */
QString regionAsCountry(const QString &region)
{
    const QString upper = region.toUpper();
    return upper == QLatin1String("UK") ? QStringLiteral("GB") : upper;
}

} // namespace

QString ExitIpResult::summary() const
{
    if (!hasAddress()) {
        return ExitIpChecker::tr("IP check failed: %1").arg(error);
    }
    QString text = ExitIpChecker::tr("address %1").arg(address.toString());
    if (!country.isEmpty()) {
        text += ExitIpChecker::tr(", country %1").arg(country);
    }
    if (regionMismatch) {
        text += ExitIpChecker::tr(", REGION MISMATCH: configured %1, database says %2").arg(region, country);
    }
    if (!error.isEmpty()) {
        text += QStringLiteral(", ") + error;
    }
    return text;
}

ExitIpChecker::ExitIpChecker(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("ExitIpChecker"));
    qRegisterMetaType<ExitIpResult>();
}

ExitIpChecker::~ExitIpChecker()
{
    for (ExitFetch *fetch : std::as_const(m_running)) {
        fetch->disconnect(this);
        delete fetch;
    }
}

std::optional<QHostAddress> ExitIpChecker::parseAddress(QByteArrayView body, QString *error)
{
    if (body.size() > kMaxAnswerBytes) {
        *error =
            tr("the answer is %1 bytes long; an address is at most %2").arg(body.size()).arg(kMaxAnswerBytes);
        return std::nullopt;
    }
    const QByteArrayView text = body.trimmed();
    if (text.isEmpty()) {
        *error = tr("the answer is empty");
        return std::nullopt;
    }
    if (!text.startsWith('{')) {
        if (auto address = addressLiteral(QString::fromLatin1(text))) {
            return address;
        }
        *error = tr("the answer is not an IP address: \"%1\"").arg(excerpt(text));
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (!doc.isObject()) {
        *error = tr("the answer is not valid JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    for (const char *key : {"ip", "address", "origin", "query"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            continue;
        }
        const QString candidate = value.toString().trimmed();
        if (auto address = addressLiteral(candidate)) {
            return address;
        }
        *error = tr("\"%1\" in the JSON answer is not an IP address: \"%2\"")
                     .arg(QLatin1String(key), excerpt(candidate.toUtf8()));
        return std::nullopt;
    }
    *error = tr("the JSON answer has none of the members \"ip\", \"address\", \"origin\" or \"query\"");
    return std::nullopt;
}

void ExitIpChecker::setRouter(std::shared_ptr<const Router> router)
{
    m_router = std::move(router);
    for (ExitFetch *fetch : std::as_const(m_running)) {
        fetch->disconnect(this);
        fetch->abort();
        fetch->deleteLater();
    }
    m_running.clear();
    m_queue.clear();
    m_queued.clear();
    m_checked.clear();
    const ExitSettings &settings = m_router->settings();
    for (auto it = m_results.begin(); it != m_results.end();) {
        it = settings.findExit(it.key()) ? std::next(it) : m_results.erase(it);
    }
}

void ExitIpChecker::check(const QString &exitId)
{
    if (!m_router) {
        return;
    }
    const ExitSettings &settings = m_router->settings();
    for (const Exit &exit : settings.exits) {
        if (!exit.enabled || (!exitId.isEmpty() && exit.id != exitId)) {
            continue;
        }
        if (settings.ipCheckUrl.isEmpty()) {
            ExitIpResult result;
            result.exitId = exit.id;
            result.region = exit.region;
            result.error = tr("the IP check is off (routing.ipCheckUrl is empty)");
            result.checkedAt = QDateTime::currentDateTimeUtc();
            // Same contract as a real check: the signal never comes from inside check().
            QMetaObject::invokeMethod(
                this, [this, result] { publish(result); }, Qt::QueuedConnection);
            continue;
        }
        m_checked.insert(exit.id);
        enqueue(exit.id);
    }
    startNext();
}

void ExitIpChecker::noteProbe(const QString &exitId, bool ok)
{
    if (!ok) {
        m_checked.remove(exitId);
        return;
    }
    if (!m_router || m_router->settings().ipCheckUrl.isEmpty() || m_checked.contains(exitId)) {
        return;
    }
    m_checked.insert(exitId);
    enqueue(exitId);
    startNext();
}

void ExitIpChecker::enqueue(const QString &exitId)
{
    if (!m_running.contains(exitId) && !m_queued.contains(exitId)) {
        m_queue.append(exitId);
        m_queued.insert(exitId);
    }
}

void ExitIpChecker::startNext()
{
    while (m_running.size() < MaxParallel && !m_queue.isEmpty()) {
        const QString exitId = m_queue.takeFirst();
        m_queued.remove(exitId);
        const ExitSettings &settings = m_router->settings();
        const Exit *exit = settings.findExit(exitId);
        if (!exit || !exit->enabled) {
            continue;
        }
        auto *fetch = new ExitFetch(this);
        connect(fetch, &ExitFetch::finished, this,
                [this, exitId](const ExitFetchResult &result) { finish(exitId, result); });
        ExitFetch::Options options;
        options.timeoutMs = settings.healthTimeoutMs;
        options.maxBodyBytes = MaxBodyBytes;
        options.userAgent = QByteArrayLiteral("Veil-ip-check");
        m_running.insert(exitId, fetch);
        fetch->start(*exit, m_router->passwordFor(exitId), QUrl(settings.ipCheckUrl), options);
    }
}

void ExitIpChecker::finish(const QString &exitId, const ExitFetchResult &fetch)
{
    if (ExitFetch *done = m_running.take(exitId)) {
        done->disconnect(this);
        done->deleteLater();
    }
    const ExitSettings &settings = m_router->settings();
    const Exit *exit = settings.findExit(exitId);
    ExitIpResult result;
    result.exitId = exitId;
    result.region = exit ? exit->region : QString();
    result.checkedAt = QDateTime::currentDateTimeUtc();
    // Only the host: the URL's path or query may carry a key for the service.
    const QString service = QUrl(settings.ipCheckUrl).host();
    if (!fetch.ok) {
        result.error =
            tr("cannot fetch the IP check URL (%1) through the exit: %2").arg(service, fetch.error);
    } else if (fetch.status < 200 || fetch.status > 299) {
        result.error = tr("the IP check URL (%1) answered %2").arg(service).arg(fetch.status);
    } else {
        QString problem;
        if (const std::optional<QHostAddress> address = parseAddress(fetch.body, &problem)) {
            result.address = *address;
            locate(result);
        } else {
            result.error = tr("the IP check URL (%1) gave no address: %2").arg(service, problem);
        }
    }
    publish(result);
    startNext();
}

void ExitIpChecker::locate(ExitIpResult &result)
{
    const QString path = m_router->settings().geoipDatabase;
    if (path.isEmpty()) {
        return;
    }
    // Opened once per file version: a database updated in place is picked up at the next check,
    // and a broken one is reported once in the log (and in every result).
    const QDateTime modified = QFileInfo(path).lastModified();
    if (!m_geoip || m_geoipPath != path || m_geoipModified != modified) {
        m_geoip = std::make_unique<GeoIpDatabase>();
        m_geoipPath = path;
        m_geoipModified = modified;
        if (!m_geoip->open(path)) {
            qCWarning(lcIpCheck).noquote() << m_geoip->errorString();
        }
    }
    if (!m_geoip->isOpen()) {
        result.error = m_geoip->errorString();
        return;
    }
    QString problem;
    result.country = m_geoip->countryOf(result.address, &problem);
    if (result.country.isEmpty()) {
        result.error = problem.isEmpty()
                           ? tr("%1 is not in the GeoIP database").arg(result.address.toString())
                           : problem;
        return;
    }
    result.regionMismatch = !result.region.isEmpty() && regionAsCountry(result.region) != result.country;
}

void ExitIpChecker::publish(const ExitIpResult &result)
{
    if (m_router && !m_router->settings().findExit(result.exitId)) {
        return; // removed while the answer was on its way
    }
    m_results.insert(result.exitId, result);
    Q_EMIT checked(result);
}

} // namespace Veil
