#include "dns/DnsLookup.h"

#include "dns/DnsCache.h"
#include "dns/DnsWire.h"

#include <QDeadlineTimer>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QThreadStorage>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcDns, "veil.dns", QtInfoMsg)

namespace Veil {

namespace {

constexpr qint64 kMaxResponseBytes = 64 * 1024;
constexpr Dns::RecordType kTypes[2] = {Dns::RecordType::A, Dns::RecordType::Aaaa};

// One manager per worker thread: it keeps the HTTP/2 connection to the DoH server open between
// lookups. Deleted with the thread.
QNetworkAccessManager *threadManager()
{
    static QThreadStorage<QNetworkAccessManager *> storage;
    if (!storage.hasLocalData()) {
        auto *manager = new QNetworkAccessManager;
        manager->setObjectName(QStringLiteral("DohManager"));
        manager->setProxy(QNetworkProxy::NoProxy);
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        storage.setLocalData(manager);
    }
    return storage.localData();
}

qint64 steadyNowMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

DnsLookup::DnsLookup(QObject *parent)
    : QObject(parent)
{}

DnsLookup::~DnsLookup()
{
    if (m_hostInfoId >= 0) {
        QHostInfo::abortHostLookup(m_hostInfoId);
    }
    for (Query &q : m_queries) {
        if (q.reply) {
            q.reply->disconnect(this);
            q.reply->abort();
            q.reply->deleteLater();
        }
    }
}

void DnsLookup::start(const QByteArray &host, const QUrl &doh, int timeoutMs, DnsCache *cache)
{
    m_host = host.toLower();
    m_doh = doh;
    m_cache = cache;
    if (m_doh.isEmpty()) {
        m_hostInfoId = QHostInfo::lookupHost(QString::fromLatin1(host), this, [this](const QHostInfo &info) {
            m_hostInfoId = -1;
            QList<QHostAddress> v4;
            QList<QHostAddress> v6;
            for (const QHostAddress &a : info.addresses()) {
                (a.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4).append(a);
            }
            finish(v4 + v6, info.error() == QHostInfo::NoError ? QString() : info.errorString());
        });
        return;
    }
    if (m_cache) {
        if (const auto cached = m_cache->find(m_host, steadyNowMs())) {
            const QList<QHostAddress> addresses = *cached;
            QMetaObject::invokeMethod(
                this,
                [this, addresses] {
                    finish(addresses,
                           addresses.isEmpty() ? tr("no such host (cached DNS answer)") : QString());
                },
                Qt::QueuedConnection);
            return;
        }
    }
    startDoh(timeoutMs);
}

void DnsLookup::startDoh(int timeoutMs)
{
    QNetworkAccessManager *manager = threadManager();
    for (int i = 0; i < 2; ++i) {
        const QByteArray query = Dns::buildQuery(m_host, kTypes[i]);
        if (query.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this] { finish({}, tr("not a valid host name")); }, Qt::QueuedConnection);
            return;
        }
        QUrl url = m_doh;
        QUrlQuery params(url);
        params.addQueryItem(QStringLiteral("dns"), QString::fromLatin1(Dns::base64Url(query)));
        url.setQuery(params);
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/dns-message");
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = manager->get(request);
        m_queries[i].reply = reply;
        connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
            if (received > kMaxResponseBytes) {
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, i] { onDohReply(i); });
    }
}

void DnsLookup::onDohReply(int index)
{
    Query &q = m_queries[index];
    QNetworkReply *reply = q.reply;
    q.done = true;
    if (reply) {
        reply->deleteLater();
        q.reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (status != 0 && status != 200) {
            q.error = tr("DNS-over-HTTPS server answered HTTP %1").arg(status);
        } else if (reply->error() != QNetworkReply::NoError) {
            q.error = tr("DNS-over-HTTPS request failed: %1").arg(reply->errorString());
        } else if (!type.startsWith("application/dns-message")) {
            q.error = tr("DNS-over-HTTPS server answered with %1, not application/dns-message")
                          .arg(QString::fromLatin1(type.left(64)));
        } else {
            const QByteArray body = reply->read(kMaxResponseBytes + 1);
            Dns::Answer answer;
            const QString problem = body.size() > kMaxResponseBytes
                                        ? tr("DNS-over-HTTPS answer too large")
                                        : Dns::parseResponse(body, m_host, kTypes[index], 0, &answer);
            if (!problem.isEmpty()) {
                q.error = problem;
            } else if (answer.rcode == 3) {
                q.error = tr("no such host");
                q.negative = true;
            } else if (answer.rcode != 0) {
                q.error = tr("DNS server error (RCODE %1)").arg(answer.rcode);
            } else {
                q.addresses = answer.addresses;
                q.ttl = answer.ttl;
                q.negative = answer.addresses.isEmpty();
            }
        }
    }
    if (!m_queries[0].done || !m_queries[1].done) {
        return;
    }
    const QList<QHostAddress> addresses = m_queries[0].addresses + m_queries[1].addresses;
    if (!addresses.isEmpty()) {
        quint32 ttl = UINT32_MAX;
        for (const Query &each : m_queries) {
            if (!each.addresses.isEmpty()) {
                ttl = qMin(ttl, each.ttl);
            }
        }
        if (m_cache) {
            m_cache->insert(m_host, addresses, ttl, steadyNowMs());
        }
        finish(addresses, {});
        return;
    }
    // Both failed. A clean negative answer (NOERROR without addresses, or NXDOMAIN) is cached
    // briefly; transport errors are not, so the next connection tries again.
    if (m_queries[0].negative && m_queries[1].negative && m_cache) {
        m_cache->insert(m_host, {}, DnsCache::NegativeTtlSeconds, steadyNowMs());
    }
    QString error = m_queries[0].error.isEmpty() ? m_queries[1].error : m_queries[0].error;
    if (error.isEmpty()) {
        error = tr("no address for this host");
    }
    qCDebug(lcDns) << "DoH lookup failed:" << error;
    finish({}, error);
}

void DnsLookup::finish(const QList<QHostAddress> &addresses, const QString &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(addresses, error);
}

} // namespace Veil
