#include "rules/BlocklistUpdater.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcRules)

namespace Veil {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::BlocklistUpdater)
};

/** A download with less than this share of the rules of the copy in use is refused. */
constexpr qint64 kShrinkFactor = 10;
/** Copies smaller than this many rules may shrink freely (a tiny personal list). */
constexpr qint64 kShrinkFloor = 100;
/** The timer never waits longer than this before looking at the schedule again. */
constexpr qint64 kMaxTimerMs = 60LL * 60 * 1000;

QString statePath(const BlocklistConfig &config)
{
    return config.storagePath() + QStringLiteral(".state.json");
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

BlocklistUpdater::BlocklistUpdater(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<Veil::SubscriptionState>();
    m_nam->setAutoDeleteReplies(false);
    m_nam->setProxy(m_proxy);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BlocklistUpdater::schedule);
    m_pool.setObjectName(QStringLiteral("veil-subscriptions"));
    m_pool.setMaxThreadCount(1);
}

BlocklistUpdater::~BlocklistUpdater()
{
    stop();
    m_pool.clear();
    m_pool.waitForDone(); // a finished check posts to this object; Qt drops it once we are gone
}

void BlocklistUpdater::setProxy(const QNetworkProxy &proxy)
{
    m_proxy = proxy;
    m_nam->setProxy(proxy);
    m_stopped = false;
    schedule();
}

void BlocklistUpdater::setLists(const QList<BlocklistConfig> &lists)
{
    QHash<QString, Entry> next;
    for (const BlocklistConfig &config : lists) {
        if (!config.enabled || !config.isSubscription()) {
            continue;
        }
        auto it = m_lists.find(config.name);
        if (it != m_lists.end() && it->config.url == config.url &&
            it->config.storagePath() == config.storagePath()) {
            Entry entry = std::move(*it);
            m_lists.erase(it);
            const bool refreshChanged = entry.config.refreshHours != config.refreshHours;
            entry.config = config;
            if (refreshChanged && !entry.state.updating && entry.failures == 0) {
                entry.nextCheck = config.refreshHours > 0 && entry.state.lastChecked.isValid()
                                      ? entry.state.lastChecked.addSecs(qint64(config.refreshHours) * 3600)
                                      : QDateTime();
            }
            next.insert(config.name, std::move(entry));
            continue;
        }
        Entry entry;
        entry.config = config;
        entry.state = loadState(config);
        const bool haveCopy = QFileInfo(config.storagePath()).isFile();
        if (!haveCopy || !entry.state.lastChecked.isValid()) {
            entry.nextCheck = QDateTime::currentDateTimeUtc();
        } else if (config.refreshHours > 0) {
            entry.nextCheck = entry.state.lastChecked.addSecs(qint64(config.refreshHours) * 3600);
        }
        next.insert(config.name, std::move(entry));
    }
    for (Entry &gone : m_lists) {
        if (QNetworkReply *reply = gone.reply) {
            gone.reply = nullptr;
            reply->abort();
            reply->deleteLater();
        }
    }
    m_lists = std::move(next);
    schedule();
}

void BlocklistUpdater::updateNow(const QString &name)
{
    m_stopped = false;
    for (Entry &entry : m_lists) {
        if ((name.isEmpty() || entry.config.name == name) && !entry.state.updating) {
            entry.nextCheck = QDateTime::currentDateTimeUtc();
        }
    }
    schedule();
}

void BlocklistUpdater::stop()
{
    m_stopped = true;
    m_timer.stop();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Entry &entry : m_lists) {
        if (QNetworkReply *reply = entry.reply) {
            // Not a failed check: the next start checks again.
            entry.reply = nullptr;
            reply->abort();
            reply->deleteLater();
            entry.state.updating = false;
            entry.nextCheck = now;
            Q_EMIT stateChanged(entry.state);
        }
    }
}

QList<SubscriptionState> BlocklistUpdater::states() const
{
    QList<SubscriptionState> out;
    for (const Entry &entry : m_lists) {
        out.append(entry.state);
    }
    std::sort(out.begin(), out.end(),
              [](const SubscriptionState &a, const SubscriptionState &b) { return a.name < b.name; });
    return out;
}

void BlocklistUpdater::schedule()
{
    m_timer.stop();
    if (m_stopped || m_proxy.type() == QNetworkProxy::NoProxy) {
        return; // never fetch around Veil's own listener
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 waitMs = -1;
    for (Entry &entry : m_lists) {
        if (entry.state.updating || !entry.nextCheck.isValid()) {
            continue;
        }
        const qint64 due = now.msecsTo(entry.nextCheck);
        if (due <= 0) {
            start(entry);
        } else if (waitMs < 0 || due < waitMs) {
            waitMs = due;
        }
    }
    if (waitMs >= 0) {
        m_timer.start(int(std::min(waitMs, kMaxTimerMs)));
    }
}

void BlocklistUpdater::start(Entry &entry)
{
    entry.state.updating = true;
    entry.nextCheck = QDateTime();
    QNetworkRequest request{QUrl(entry.config.url)};
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(TimeoutMs);
    request.setRawHeader("User-Agent",
                         QByteArray("Veil/" + QCoreApplication::applicationVersion().toLatin1()));
    if (QFileInfo(entry.config.storagePath()).isFile()) {
        if (!entry.state.etag.isEmpty()) {
            request.setRawHeader("If-None-Match", entry.state.etag);
        }
        if (!entry.state.lastModified.isEmpty()) {
            request.setRawHeader("If-Modified-Since", entry.state.lastModified);
        }
    }
    QNetworkReply *reply = m_nam->get(request);
    entry.reply = reply;
    const QString name = entry.config.name;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > MaxBytes || total > MaxBytes) {
            reply->setProperty("veilTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, name, reply] { onFinished(name, reply); });
    qCInfo(lcRules).noquote() << "checking subscription" << name << "at" << entry.config.url;
    Q_EMIT stateChanged(entry.state);
}

void BlocklistUpdater::onFinished(const QString &name, QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_lists.find(name);
    if (it == m_lists.end() || it->reply != reply) {
        return; // the list was removed or changed meanwhile
    }
    Entry &entry = *it;
    entry.reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property("veilTooLarge").toBool()) {
        finishCheck(entry, Tr::tr("the list is larger than %1 MiB").arg(MaxBytes / (1024 * 1024)));
        return;
    }
    if (status == 304) {
        finishCheck(entry, {});
        return;
    }
    if (status != 200) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        finishCheck(entry, status > 0 ? Tr::tr("the server answered %1 %2").arg(status).arg(reason).trimmed()
                                      : reply->errorString());
        return;
    }
    const QByteArray data = reply->readAll();
    const QByteArray etag = reply->rawHeader("ETag");
    const QByteArray lastModified = reply->rawHeader("Last-Modified");
    const qint64 previous = QFileInfo(entry.config.storagePath()).isFile() ? entry.state.rules : 0;
    m_pool.start([this, name, data, etag, lastModified, previous] {
        const auto compiled =
            Blocklist::compile({Blocklist::Input{BlocklistSource{name, {}, true}, data, {}, {}}});
        const qint64 rules = compiled->reports().constFirst().rules();
        QString problem;
        if (rules == 0) {
            problem = Tr::tr("the download holds no rules (%1 bytes); the previous copy stays in use")
                          .arg(data.size());
        } else if (previous >= kShrinkFloor && rules * kShrinkFactor < previous) {
            problem =
                Tr::tr("the download holds only %1 rules where the copy in use has %2; the previous copy "
                       "stays in use")
                    .arg(rules)
                    .arg(previous);
        }
        QMetaObject::invokeMethod(
            this, [=, this] { onVerified(name, data, rules, problem, etag, lastModified); },
            Qt::QueuedConnection);
    });
}

void BlocklistUpdater::onVerified(const QString &name, const QByteArray &data, qint64 rules,
                                  const QString &problem, const QByteArray &etag,
                                  const QByteArray &lastModified)
{
    auto it = m_lists.find(name);
    if (it == m_lists.end() || !it->state.updating) {
        return;
    }
    Entry &entry = *it;
    if (!problem.isEmpty()) {
        finishCheck(entry, problem);
        return;
    }
    const QString path = entry.config.storagePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        finishCheck(entry, Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    entry.state.rules = rules;
    entry.state.etag = etag;
    entry.state.lastModified = lastModified;
    entry.state.lastUpdated = QDateTime::currentDateTimeUtc();
    finishCheck(entry, {});
    qCInfo(lcRules).noquote() << "subscription" << name << "updated:" << rules << "rules";
    Q_EMIT listUpdated(name);
}

void BlocklistUpdater::finishCheck(Entry &entry, const QString &error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    entry.state.updating = false;
    entry.state.error = error;
    entry.state.lastChecked = now;
    const qint64 refreshSecs = qint64(entry.config.refreshHours) * 3600;
    if (error.isEmpty()) {
        entry.failures = 0;
        entry.nextCheck = refreshSecs > 0 ? now.addSecs(refreshSecs) : QDateTime();
    } else {
        ++entry.failures;
        qint64 retrySecs = qint64(FirstRetryMinutes) * 60 << std::min(entry.failures - 1, 10);
        retrySecs = std::min(retrySecs, refreshSecs > 0 ? refreshSecs : 24 * 3600);
        entry.nextCheck = now.addSecs(retrySecs);
        qCWarning(lcRules).noquote() << "subscription" << entry.config.name << "not updated:" << error;
    }
    saveState(entry);
    Q_EMIT stateChanged(entry.state);
    if (!m_stopped) {
        schedule();
    }
}

void BlocklistUpdater::saveState(const Entry &entry) const
{
    const SubscriptionState &s = entry.state;
    const QJsonObject o{{QStringLiteral("url"), entry.config.url},
                        {QStringLiteral("lastChecked"), isoOrEmpty(s.lastChecked)},
                        {QStringLiteral("lastUpdated"), isoOrEmpty(s.lastUpdated)},
                        {QStringLiteral("error"), s.error},
                        {QStringLiteral("rules"), double(s.rules)},
                        {QStringLiteral("etag"), QString::fromLatin1(s.etag)},
                        {QStringLiteral("lastModified"), QString::fromLatin1(s.lastModified)}};
    const QString path = statePath(entry.config);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(o).toJson());
        file.commit();
    }
}

SubscriptionState BlocklistUpdater::loadState(const BlocklistConfig &config)
{
    SubscriptionState s;
    s.name = config.name;
    s.url = config.url;
    QFile file(statePath(config));
    if (!file.open(QIODevice::ReadOnly)) {
        return s;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (o.value(QStringLiteral("url")).toString() != config.url) {
        return s; // the state of another URL: start afresh
    }
    s.lastChecked =
        QDateTime::fromString(o.value(QStringLiteral("lastChecked")).toString(), Qt::ISODateWithMs);
    s.lastUpdated =
        QDateTime::fromString(o.value(QStringLiteral("lastUpdated")).toString(), Qt::ISODateWithMs);
    s.error = o.value(QStringLiteral("error")).toString().left(1000);
    s.rules = qint64(o.value(QStringLiteral("rules")).toDouble());
    s.etag = o.value(QStringLiteral("etag")).toString().toLatin1().left(1024);
    s.lastModified = o.value(QStringLiteral("lastModified")).toString().toLatin1().left(128);
    // The file is the user's to edit: nothing from it may break the request's header block.
    for (QByteArray *value : {&s.etag, &s.lastModified}) {
        if (value->contains('\r') || value->contains('\n') || value->contains('\0')) {
            value->clear();
        }
    }
    return s;
}

} // namespace Veil
