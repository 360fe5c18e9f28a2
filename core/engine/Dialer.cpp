#include "engine/Dialer.h"

#include "dns/DnsLookup.h"
#include "exits/ExitHealthBoard.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Veil {

void setDecision(TrafficEvent &event, const Route &route)
{
    switch (route.kind) {
    case Route::Kind::Direct:
        event.decision = TrafficDecision::Direct;
        event.exit.clear();
        break;
    case Route::Kind::Exit:
        event.decision = TrafficDecision::Exit;
        event.exit = route.exit.id.toUtf8();
        break;
    case Route::Kind::FailClosed:
        event.decision = TrafficDecision::Refused;
        event.exit.clear();
        break;
    }
}

/** The most a relayed socket's Qt read buffer holds, whatever the relay window. */
constexpr qint64 kMaxSocketReadBuffer = 64 * 1024;

void configureRelaySocket(QTcpSocket *socket, qint64 readBufferBytes)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    // Qt refills its read buffer with one allocation of up to the room left. Above glibc's 128 KiB
    // mmap threshold each refill was a fresh mapping, faulted in and unmapped again: a 100 MiB
    // plain-HTTP body moved at 100-140 MiB/s for ~8 CPU-s per GiB, against ~450 MiB/s and ~1.3
    // with 64 KiB (bench/RESULTS.md, session 6). The relay window still bounds what is queued.
    socket->setReadBufferSize(qMin<qint64>(readBufferBytes, kMaxSocketReadBuffer));
}

Dialer::Dialer(EngineContextPtr context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Dialer::onTimeout);
}

Dialer::~Dialer()
{
    abort();
}

void Dialer::dial(const Route &route, const QByteArray &host, quint16 port, ExitConnector::Mode mode)
{
    m_route = route;
    m_mode = mode;
    m_host = host;
    m_port = port;
    m_done = false;
    switch (route.kind) {
    case Route::Kind::Direct:
        dial(host, port);
        return;
    case Route::Kind::FailClosed:
        QMetaObject::invokeMethod(
            this, [this] { fail(DialFailure::NoExit, m_route.reason); }, Qt::QueuedConnection);
        return;
    case Route::Kind::Exit:
        dialExit();
        return;
    }
}

void Dialer::dialExit()
{
    m_exitConnector = new ExitConnector(m_context->settings.connectTimeoutMs, this);
    connect(m_exitConnector, &ExitConnector::connected, this, &Dialer::onExitConnected);
    connect(m_exitConnector, &ExitConnector::failed, this, &Dialer::onExitFailed);
    m_exitConnector->start(m_route.exit, m_route.password, m_host, m_port, m_mode);
}

void Dialer::onExitConnected()
{
    m_socket = m_exitConnector->takeSocket();
    m_socket->setParent(this);
    m_exitConnector->deleteLater();
    m_exitConnector = nullptr;
    m_done = true;
    configureRelaySocket(m_socket, m_context->settings.relayWindowBytes);
    Q_EMIT connected();
}

void Dialer::onExitFailed(ExitConnector::Failure failure, const QString &message)
{
    m_exitConnector->deleteLater();
    m_exitConnector = nullptr;
    if (ExitConnector::isExitFault(failure) && m_context->health && m_context->router) {
        // The exit refused or dropped us: new connections must move at once, not after N probes.
        const bool unreachable = failure == ExitConnector::Failure::ExitUnreachable;
        m_context->health->recordFailure(m_route.exit.id, m_context->router->settings().failuresToMarkDown,
                                         unreachable);
        m_failedExits.insert(m_route.exit.id);
        if (m_failedExits.size() <= 2) {
            const Route next =
                m_context->router->route(m_route.target, m_host, *m_context->health, m_failedExits);
            switch (next.kind) {
            case Route::Kind::Exit:
                m_route = next;
                dialExit();
                return;
            case Route::Kind::Direct: // the region is exhausted and fallbackDirect is on
                m_route = next;
                dial(m_host, m_port);
                return;
            case Route::Kind::FailClosed: // the region is exhausted: say so, with the last cause
                fail(DialFailure::NoExit, tr("%1 (%2)").arg(next.reason, message));
                return;
            }
        }
        fail(DialFailure::ExitFailed, message);
        return;
    }
    switch (failure) {
    case ExitConnector::Failure::TargetRefused:
        fail(DialFailure::Refused, message);
        break;
    case ExitConnector::Failure::Timeout:
        fail(DialFailure::Timeout, message);
        break;
    default:
        fail(DialFailure::HostNotFound, message);
        break;
    }
}

void Dialer::dial(const QByteArray &host, quint16 port)
{
    m_host = host;
    m_port = port;
    m_done = false;
    m_addresses.clear();
    m_timer.start(m_context->settings.connectTimeoutMs);

    const QHostAddress literal(QString::fromLatin1(host));
    if (!literal.isNull()) {
        m_addresses.append(literal);
        // Deferred so the caller always sees the signal after dial() returns.
        QMetaObject::invokeMethod(this, &Dialer::connectNext, Qt::QueuedConnection);
        return;
    }
    m_context->stats->dnsLookups.fetch_add(1, std::memory_order_relaxed);
    m_lookup = new DnsLookup(this);
    connect(m_lookup, &DnsLookup::finished, this, &Dialer::onResolved);
    m_lookup->start(host, QUrl(m_context->settings.exits.dohUrl), m_context->settings.connectTimeoutMs,
                    m_context->dnsCache);
}

void Dialer::onResolved(const QList<QHostAddress> &addresses, const QString &error)
{
    m_lookup->deleteLater();
    m_lookup = nullptr;
    if (m_done) {
        return;
    }
    if (addresses.isEmpty()) {
        fail(DialFailure::HostNotFound,
             tr("cannot resolve host %1: %2").arg(QString::fromLatin1(m_host), error));
        return;
    }
    m_addresses = addresses;
    connectNext();
}

void Dialer::connectNext()
{
    if (m_done) {
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const QHostAddress address = m_addresses.takeFirst();
    if (m_context->isSelf(address, m_port)) {
        fail(DialFailure::Loop, tr("the target is Veil's own listener"));
        return;
    }
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &Dialer::onConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Dialer::onError);
    m_socket->connectToHost(address, m_port);
}

QTcpSocket *Dialer::takeSocket()
{
    QTcpSocket *socket = m_socket;
    if (socket) {
        socket->disconnect(this);
        socket->setParent(nullptr);
        m_socket = nullptr;
    }
    return socket;
}

void Dialer::abort()
{
    m_timer.stop();
    m_done = true;
    delete m_lookup;
    m_lookup = nullptr;
    if (m_exitConnector) {
        m_exitConnector->disconnect(this);
        m_exitConnector->abort();
        m_exitConnector->deleteLater();
        m_exitConnector = nullptr;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void Dialer::onConnected()
{
    if (m_done) {
        return;
    }
    m_timer.stop();
    // A name can resolve to our own listener: check the address we actually reached.
    if (m_context->isSelf(m_socket->peerAddress(), m_socket->peerPort())) {
        fail(DialFailure::Loop, tr("the target is Veil's own listener"));
        return;
    }
    m_done = true;
    configureRelaySocket(m_socket, m_context->settings.relayWindowBytes);
    Q_EMIT connected();
}

void Dialer::onError(QAbstractSocket::SocketError error)
{
    if (m_done) {
        return;
    }
    const QString target = QString::fromLatin1(m_host) + QLatin1Char(':') + QString::number(m_port);
    DialFailure failure = DialFailure::Other;
    QString message;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        failure = DialFailure::Refused;
        message = tr("%1 refused the connection").arg(target);
        break;
    case QAbstractSocket::NetworkError:
        failure = DialFailure::NetworkUnreachable;
        message = tr("network unreachable for %1").arg(target);
        break;
    default:
        message = tr("cannot connect to %1: %2").arg(target, m_socket ? m_socket->errorString() : QString());
        break;
    }
    // A name with several addresses: try the next one (an IPv6 address on a host without IPv6
    // routes fails at once), within the one connect timeout.
    if (!m_addresses.isEmpty()) {
        QMetaObject::invokeMethod(this, &Dialer::connectNext, Qt::QueuedConnection);
        return;
    }
    fail(failure, message);
}

void Dialer::onTimeout()
{
    if (m_done) {
        return;
    }
    fail(DialFailure::Timeout, tr("connecting to %1:%2 timed out after %3 ms")
                                   .arg(QString::fromLatin1(m_host))
                                   .arg(m_port)
                                   .arg(m_context->settings.connectTimeoutMs));
}

void Dialer::fail(DialFailure failure, const QString &message)
{
    abort();
    Q_EMIT failed(failure, message);
}

} // namespace Veil
