#pragma once

#include "ScriptedOrigin.h"

#include <QByteArray>
#include <QList>
#include <QObject>

namespace Veil::Test {

/**
 * An HTTP origin on 127.0.0.1 that answers every request with a 200 whose body is the address of
 * the peer it saw ("127.0.0.2"). Behind an exit proxy that binds its outgoing connections to its
 * own loopback address, the body names the exit a request really left through. Every request is
 * recorded with that peer, so a test can also check that nothing ever arrived from elsewhere.
 * Lives in the test's thread (a ScriptedOrigin underneath).
 */
class PeerEchoOrigin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerEchoOrigin)

public:
    struct Seen
    {
        QByteArray peer;               ///< dotted address of the connection the request came on
        QByteArray host;               ///< its Host header
        QByteArray target;             ///< request target as received (origin form behind a proxy)
        QByteArray proxyAuthorization; ///< must stay null: exit credentials never reach an origin
    };

    explicit PeerEchoOrigin(QObject *parent = nullptr);

    bool listen() { return m_origin.listen(); }
    quint16 port() const { return m_origin.port(); }
    /** "http://127.0.0.1:PORT" + @p path. */
    QString url(const QString &path) const;
    /** "http://HOST:PORT" + @p path, for names only an exit can resolve. */
    QString url(const QString &host, const QString &path) const;

    const QList<Seen> &seen() const { return m_seen; }
    /** Requests whose target is @p path (health probes and other tests filtered out). */
    QList<Seen> seenFor(const QByteArray &path) const;
    /** Peers of seenFor(@p path), in arrival order. */
    QList<QByteArray> peersFor(const QByteArray &path) const;

Q_SIGNALS:
    void requestSeen();

private:
    ScriptedOrigin m_origin;
    QList<Seen> m_seen;
};

} // namespace Veil::Test
