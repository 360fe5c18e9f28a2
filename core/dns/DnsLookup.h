#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace Veil {

class DnsCache;

/**
 * Resolves one host name for a direct connection: with the system resolver (QHostInfo, which
 * keeps its own short cache), or, when a DNS-over-HTTPS URL is given, with RFC 8484 GET requests
 * for A and AAAA through a QNetworkAccessManager of the calling thread (never through a proxy:
 * Veil may itself be the system proxy) and the shared TTL cache. Only direct connections use
 * this; a connection through an exit resolves nothing locally (DESIGN.md, Exits and DNS).
 * Emits finished() exactly once, never from inside start(). Deleting the object cancels it.
 */
class DnsLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsLookup)

public:
    explicit DnsLookup(QObject *parent = nullptr);
    ~DnsLookup() override;

    /** Starts resolving @p host. @p doh empty: system resolver; @p cache is used with DoH only. */
    void start(const QByteArray &host, const QUrl &doh, int timeoutMs, DnsCache *cache);

Q_SIGNALS:
    /** IPv4 addresses first, then IPv6; empty with @p error set when the name did not resolve. */
    void finished(const QList<QHostAddress> &addresses, const QString &error);

private:
    struct Query
    {
        QPointer<QNetworkReply> reply;
        QList<QHostAddress> addresses;
        quint32 ttl = 0;
        QString error;
        bool negative = false; ///< the server said the name has no such record
        bool done = false;
    };
    void startDoh(int timeoutMs);
    void onDohReply(int index);
    void finish(const QList<QHostAddress> &addresses, const QString &error);

    QByteArray m_host;
    QUrl m_doh;
    DnsCache *m_cache = nullptr;
    Query m_queries[2]; // A, AAAA
    int m_hostInfoId = -1;
    bool m_finished = false;
};

} // namespace Veil
