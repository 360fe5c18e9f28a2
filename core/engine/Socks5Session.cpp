#include "engine/Socks5Session.h"

#include "engine/Tunnel.h"
#include "rules/Policy.h"
#include "traffic/EventHub.h"

namespace Veil {

namespace {

Socks5::ServerHandshake::Authenticator makeAuthenticator(const Settings &s)
{
    if (s.proxyUser.isEmpty()) {
        return {};
    }
    const QByteArray user = s.proxyUser.toUtf8();
    const QByteArray password = s.proxyPassword.toUtf8();
    return [user, password](QByteArrayView u, QByteArrayView p) {
        // Compare every byte so timing does not tell how much of a guess was right.
        unsigned diff = unsigned(u.size() ^ user.size()) | unsigned(p.size() ^ password.size());
        for (qsizetype i = 0; i < u.size(); ++i) {
            diff |= unsigned(u[i]) ^ unsigned(i < user.size() ? user[i] : 0);
        }
        for (qsizetype i = 0; i < p.size(); ++i) {
            diff |= unsigned(p[i]) ^ unsigned(i < password.size() ? password[i] : 0);
        }
        return diff == 0;
    };
}

Socks5::Reply replyFor(DialFailure failure)
{
    switch (failure) {
    case DialFailure::HostNotFound:
        return Socks5::Reply::HostUnreachable;
    case DialFailure::Refused:
        return Socks5::Reply::ConnectionRefused;
    case DialFailure::NetworkUnreachable:
        return Socks5::Reply::NetworkUnreachable;
    case DialFailure::Timeout:
        return Socks5::Reply::TtlExpired;
    case DialFailure::Loop:
    case DialFailure::NoExit: // fail closed: the kill switch is a rule, not a network fault
        return Socks5::Reply::NotAllowedByRuleset;
    case DialFailure::ExitFailed:
        return Socks5::Reply::GeneralFailure;
    case DialFailure::None:
    case DialFailure::Other:
        break;
    }
    return Socks5::Reply::GeneralFailure;
}

} // namespace

Socks5Session::Socks5Session(QTcpSocket *client, EngineContextPtr context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_client(client)
    , m_handshake(makeAuthenticator(m_context->settings))
    , m_record(m_context->hub)
{
    m_client->setParent(this);
    TrafficEvent &e = m_record.event();
    e.protocol = TrafficProtocol::Socks5;
    e.clientAddress = m_client->peerAddress();
    e.clientPort = m_client->peerPort();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { fail(Socks5::Reply::GeneralFailure, tr("SOCKS5 handshake timed out")); });
}

void Socks5Session::start()
{
    connect(m_client, &QTcpSocket::readyRead, this, &Socks5Session::onReadyRead);
    connect(m_client, &QTcpSocket::disconnected, this, [this] {
        if (!m_tunnel) {
            m_record.finish(0, tr("client closed the connection during the handshake"));
            finish();
        }
    });
    m_timer.start(m_context->settings.headerTimeoutMs);
    onReadyRead();
}

void Socks5Session::beginShutdown()
{
    if (!m_tunnel) {
        m_client->abort();
        finish();
    }
}

void Socks5Session::onReadyRead()
{
    if (m_handshake.state() == Socks5::ServerHandshake::State::Connect ||
        m_handshake.state() == Socks5::ServerHandshake::State::Failed) {
        return; // early tunnel data stays in the socket until the tunnel starts
    }
    // Handshake phases are tiny (at most 515 bytes); an incomplete phase stays in m_pending.
    m_pending += m_client->read(4096);
    if (m_pending.isEmpty()) {
        return;
    }
    const Socks5::ServerHandshake::Step step = m_handshake.feed(m_pending);
    if (!step.output.isEmpty()) {
        m_client->write(step.output);
    }
    m_pending.remove(0, step.consumed);

    switch (m_handshake.state()) {
    case Socks5::ServerHandshake::State::Failed: {
        m_record.start();
        m_record.finish(0, tr("SOCKS5: %1").arg(QString::fromLatin1(m_handshake.errorText())));
        m_timer.stop();
        m_client->disconnectFromHost();
        if (m_client->state() == QAbstractSocket::UnconnectedState) {
            finish();
        }
        return;
    }
    case Socks5::ServerHandshake::State::Connect: {
        TrafficEvent &e = m_record.event();
        e.host = m_handshake.host();
        e.port = m_handshake.port();
        const PolicyDecision decision = m_context->policy->decide(PolicyRequest{e.host, e.port, {}, {}});
        e.reason = decision.reason;
        if (decision.blocked()) {
            e.decision = TrafficDecision::Block;
            if (m_context->stats) {
                m_context->stats->blocked.fetch_add(1, std::memory_order_relaxed);
            }
            fail(Socks5::Reply::NotAllowedByRuleset,
                 tr("Veil blocked %1: %2.").arg(QString::fromLatin1(e.host), decision.reason));
            return;
        }
        const Route route = m_context->router->route(decision.route, e.host, *m_context->health);
        m_route = route;
        setDecision(e, route);
        m_record.start();
        m_timer.stop();
        m_dialer = new Dialer(m_context, this);
        connect(m_dialer, &Dialer::connected, this, &Socks5Session::onDialed);
        connect(m_dialer, &Dialer::failed, this, &Socks5Session::onDialFailed);
        m_dialer->dial(route, m_handshake.host(), m_handshake.port(), ExitConnector::Mode::Tunnel);
        return;
    }
    default:
        return; // waiting for the rest of a phase
    }
}

void Socks5Session::onDialed()
{
    QTcpSocket *upstream = m_dialer->takeSocket();
    m_route = m_dialer->route(); // after a failover
    setDecision(m_record.event(), m_route);
    m_dialer->deleteLater();
    m_dialer = nullptr;
    if (TrafficDetails *d = m_record.details()) {
        d->connectedUs = m_record.elapsedUs();
    }
    m_client->write(Socks5::ServerHandshake::reply(Socks5::Reply::Succeeded, upstream->localAddress(),
                                                   upstream->localPort()));
    m_client->disconnect(this);
    m_tunnel = new Tunnel(m_client, upstream, m_context->settings.relayWindowBytes,
                          m_context->settings.tunnelIdleTimeoutMs, this);
    m_tunnel->setStats(m_context->stats); // live totals
    connect(m_tunnel, &Tunnel::finished, this, [this](const QString &error) {
        TrafficEvent &e = m_record.event();
        e.bytesUp = m_tunnel->bytesUp();
        e.bytesDown = m_tunnel->bytesDown();
        m_record.finish(int(Socks5::Reply::Succeeded), error);
        finish();
    });
    m_tunnel->start(std::exchange(m_pending, {}), {});
}

void Socks5Session::onDialFailed(DialFailure failure, const QString &message)
{
    m_dialer->deleteLater();
    m_dialer = nullptr;
    if (failure == DialFailure::Loop) {
        m_record.event().decision = TrafficDecision::Refused;
    }
    fail(replyFor(failure), message);
}

void Socks5Session::fail(Socks5::Reply reply, const QString &error)
{
    m_timer.stop();
    if (!m_record.isActive()) {
        m_record.start();
    }
    m_record.finish(int(reply), error);
    m_client->write(Socks5::ServerHandshake::reply(reply));
    m_client->disconnectFromHost();
    if (m_client->state() == QAbstractSocket::UnconnectedState) {
        finish();
    } else {
        connect(m_client, &QTcpSocket::disconnected, this, &Socks5Session::finish, Qt::UniqueConnection);
    }
}

bool Socks5Session::closeIfRouteChanged(const Router &router)
{
    if (m_finished || (!m_tunnel && !m_dialer) || router.stillAllows(m_route)) {
        return false;
    }
    abortNow(tr("closed because the route changed (close on switch)"));
    return true;
}

bool Socks5Session::closeIfTraffic(quint64 id, const QString &why)
{
    if (m_finished || (!m_tunnel && !m_dialer) || !m_record.isActive() || m_record.event().id != id) {
        return false;
    }
    abortNow(why);
    return true;
}

void Socks5Session::abortNow(const QString &why)
{
    if (m_tunnel) {
        m_tunnel->abort(why); // its finished() records and ends the session
    } else {
        m_dialer->abort();
        m_record.finish(int(Socks5::Reply::GeneralFailure), why);
        m_client->disconnect(this);
        m_client->abort();
        finish();
    }
}

void Socks5Session::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    Q_EMIT finished();
}

} // namespace Veil
