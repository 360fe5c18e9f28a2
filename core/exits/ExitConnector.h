#pragma once

#include "exits/Exit.h"
#include "http/HttpParser.h"
#include "socks/Socks5ClientHandshake.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace Veil {

/**
 * Opens a connection through one exit proxy. The target host name is handed to the exit as is
 * (HTTP CONNECT authority, SOCKS5 ATYP 3): nothing about the target is resolved locally, so no
 * DNS query leaks around the exit. Only the exit's own address is looked up.
 *
 * Tunnel mode ends with a byte stream to the target (CONNECT or SOCKS5). Forward mode (HTTP and
 * HTTPS exits, plain-HTTP requests) ends once the connection to the exit is up; the caller then
 * sends absolute-form requests with proxyAuthorization().
 */
class ExitConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExitConnector)

public:
    enum class Mode : std::uint8_t
    {
        Tunnel,
        Forward
    };

    enum class Failure : std::uint8_t
    {
        None,
        ExitUnreachable,   ///< cannot connect to the exit itself (counts against its health)
        ExitTls,           ///< TLS to an https exit failed verification or pinning
        ExitAuth,          ///< the exit refused our credentials (407 / SOCKS auth failure)
        ExitProtocol,      ///< the exit answered something we cannot parse
        TargetRefused,     ///< the exit reached the target's host but the port refused
        TargetUnreachable, ///< the exit could not resolve or reach the target
        Timeout,
    };

    explicit ExitConnector(int timeoutMs, QObject *parent = nullptr);
    ~ExitConnector() override;

    void start(const Exit &exit, const QString &password, const QByteArray &host, quint16 port, Mode mode);
    /** The connected socket (QSslSocket for https exits); the caller becomes its parent. */
    QTcpSocket *takeSocket();
    void abort();

    /** Time to an established connection with the exit (TCP, plus TLS for https). */
    qint64 exitConnectUs() const { return m_exitConnectUs; }
    /** "Basic …" for HTTP exits with a user, else empty. */
    static QByteArray proxyAuthorization(const Exit &exit, const QString &password);
    /** True when @p failure says the exit itself is unusable (as opposed to the target). */
    static bool isExitFault(Failure failure);

Q_SIGNALS:
    void connected();
    void failed(Veil::ExitConnector::Failure failure, const QString &message);

private:
    void onTransportReady();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void readConnectResponse();
    void readSocksReply();
    void succeed();
    void fail(Failure failure, const QString &message);

    Exit m_exit;
    QByteArray m_host;
    quint16 m_port = 0;
    Mode m_mode = Mode::Tunnel;
    QByteArray m_auth;
    QPointer<QTcpSocket> m_socket;
    std::optional<Socks5::ClientHandshake> m_socks;
    Http::HeadScanner m_scanner;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_exitConnectUs = -1;
    bool m_done = false;
};

} // namespace Veil
