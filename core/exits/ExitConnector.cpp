#include "exits/ExitConnector.h"

#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Veil {

namespace {

QByteArray authority(const QByteArray &host, quint16 port)
{
    return (host.contains(':') ? '[' + host + ']' : host) + ':' + QByteArray::number(port);
}

bool pinMatches(const QSslCertificate &certificate, const QByteArray &pin)
{
    const QByteArray wanted = decodeSha256Pin(pin);
    return !wanted.isEmpty() &&
           wanted == QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

} // namespace

ExitConnector::ExitConnector(int timeoutMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Failure::Timeout,
             tr("exit %1 did not answer within %2 ms").arg(m_exit.id).arg(m_timer.interval()));
    });
}

ExitConnector::~ExitConnector()
{
    abort();
}

QByteArray ExitConnector::proxyAuthorization(const Exit &exit, const QString &password)
{
    if (exit.user.isEmpty()) {
        return {};
    }
    return "Basic " + (exit.user + QLatin1Char(':') + password).toUtf8().toBase64();
}

bool ExitConnector::isExitFault(Failure failure)
{
    switch (failure) {
    case Failure::ExitUnreachable:
    case Failure::ExitTls:
    case Failure::ExitAuth:
    case Failure::ExitProtocol:
    case Failure::Timeout:
        return true;
    case Failure::None:
    case Failure::TargetRefused:
    case Failure::TargetUnreachable:
        return false;
    }
    return true;
}

void ExitConnector::start(const Exit &exit, const QString &password, const QByteArray &host, quint16 port,
                          Mode mode)
{
    m_exit = exit;
    m_host = host;
    m_port = port;
    m_mode = exit.scheme == ExitScheme::Socks5 ? Mode::Tunnel : mode;
    m_auth = proxyAuthorization(exit, password);
    if (exit.scheme == ExitScheme::Socks5) {
        m_socks.emplace(host, port, exit.user.toUtf8(), password.toUtf8());
    }
    m_done = false;
    m_clock.start();
    m_timer.start();

    if (exit.scheme == ExitScheme::Https) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!exit.caFile.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(exit.caFile);
            if (cas.isEmpty()) {
                m_socket = ssl;
                QMetaObject::invokeMethod(
                    this, [this] { fail(Failure::ExitTls, tr("cannot read CA file %1").arg(m_exit.caFile)); },
                    Qt::QueuedConnection);
                return;
            }
            config.setCaCertificates(cas);
        }
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslSocket::encrypted, this, &ExitConnector::onTransportReady);
        connect(ssl, &QSslSocket::sslErrors, this, &ExitConnector::onSslErrors);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &ExitConnector::onTransportReady);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &ExitConnector::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ExitConnector::onSocketError);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        ssl->connectToHostEncrypted(exit.host, exit.port);
    } else {
        m_socket->connectToHost(exit.host, exit.port);
    }
}

void ExitConnector::onSslErrors(const QList<QSslError> &errors)
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    // A pinned certificate replaces CA verification (self-signed exits); anything else must verify.
    if (ssl && !m_exit.pinSha256.isEmpty() && pinMatches(ssl->peerCertificate(), m_exit.pinSha256)) {
        ssl->ignoreSslErrors(errors);
        return;
    }
    QStringList reasons;
    for (const QSslError &e : errors) {
        reasons << e.errorString();
    }
    fail(Failure::ExitTls,
         tr("TLS to exit %1 failed: %2").arg(m_exit.id, reasons.join(QStringLiteral("; "))));
}

void ExitConnector::onTransportReady()
{
    if (m_done) {
        return;
    }
    m_exitConnectUs = m_clock.nsecsElapsed() / 1000;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket);
        ssl && !m_exit.pinSha256.isEmpty() && !pinMatches(ssl->peerCertificate(), m_exit.pinSha256)) {
        fail(Failure::ExitTls,
             tr("exit %1 presented a certificate that does not match its pin").arg(m_exit.id));
        return;
    }
    if (m_socks) {
        m_socket->write(m_socks->start());
        if (m_socks->state() == Socks5::ClientHandshake::State::Failed) {
            fail(Failure::ExitProtocol, tr("cannot ask exit %1 for %2: %3")
                                            .arg(m_exit.id, QString::fromLatin1(authority(m_host, m_port)),
                                                 QString::fromLatin1(m_socks->errorText())));
        }
        return;
    }
    if (m_mode == Mode::Forward) {
        succeed();
        return;
    }
    const QByteArray target = authority(m_host, m_port);
    QByteArray request = "CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n";
    if (!m_auth.isEmpty()) {
        request += "Proxy-Authorization: " + m_auth + "\r\n";
    }
    request += "\r\n";
    m_socket->write(request);
}

void ExitConnector::onReadyRead()
{
    if (m_done) {
        return;
    }
    if (m_socks) {
        readSocksReply();
    } else {
        readConnectResponse();
    }
}

void ExitConnector::readConnectResponse()
{
    // Peek, then read exactly the head: bytes after it are the target's and stay in the socket.
    const QByteArray buffered = m_socket->peek(64 * 1024 + 4);
    const qsizetype length = m_scanner.scan(buffered);
    if (length == 0) {
        if (buffered.size() > 64 * 1024) {
            fail(Failure::ExitProtocol, tr("exit %1 sent an oversized response").arg(m_exit.id));
        }
        return;
    }
    if (length < 0) {
        fail(Failure::ExitProtocol, tr("exit %1 sent an oversized response").arg(m_exit.id));
        return;
    }
    Http::ResponseHead head;
    const Http::ParseError error =
        Http::parseResponseHead(QByteArrayView(buffered).first(length), "CONNECT", head);
    m_socket->read(length);
    if (error != Http::ParseError::None) {
        fail(Failure::ExitProtocol, tr("exit %1 sent a malformed response: %2")
                                        .arg(m_exit.id, QString::fromLatin1(Http::parseErrorText(error))));
        return;
    }
    const QString target = QString::fromLatin1(authority(m_host, m_port));
    if (head.status >= 200 && head.status < 300) {
        succeed();
    } else if (head.status == 407 || head.status == 401) {
        // A CONNECT is answered by the proxy alone, so a 401 is the proxy refusing us too: tinyproxy
        // before 1.11.2 sends 401 for bad proxy credentials (tinyproxy#532).
        fail(Failure::ExitAuth,
             tr("exit %1 refused proxy authentication (%2 %3): check its user name and password")
                 .arg(m_exit.id)
                 .arg(head.status)
                 .arg(QString::fromLatin1(head.reason)));
    } else if (head.status == 504) {
        fail(Failure::TargetUnreachable, tr("exit %1 timed out reaching %2").arg(m_exit.id, target));
    } else if (head.status == 403 || head.status == 405) {
        fail(Failure::ExitProtocol,
             tr("exit %1 does not allow tunnels to %2 (%3)").arg(m_exit.id, target).arg(head.status));
    } else {
        fail(Failure::TargetUnreachable, tr("exit %1 could not reach %2 (%3 %4)")
                                             .arg(m_exit.id, target)
                                             .arg(head.status)
                                             .arg(QString::fromLatin1(head.reason)));
    }
}

void ExitConnector::readSocksReply()
{
    for (;;) {
        const QByteArray buffered = m_socket->peek(1024);
        if (buffered.isEmpty()) {
            return;
        }
        const Socks5::ClientHandshake::State phase = m_socks->state();
        const Socks5::ClientHandshake::Step step = m_socks->feed(buffered);
        m_socket->read(step.consumed);
        if (!step.output.isEmpty()) {
            m_socket->write(step.output);
        }
        const QString target = QString::fromLatin1(authority(m_host, m_port));
        switch (step.state) {
        case Socks5::ClientHandshake::State::Done:
            succeed();
            return;
        case Socks5::ClientHandshake::State::Failed:
            switch (step.reply) {
            case Socks5::Reply::ConnectionRefused:
                fail(Failure::TargetRefused, tr("exit %1: %2 refused the connection").arg(m_exit.id, target));
                break;
            case Socks5::Reply::HostUnreachable:
            case Socks5::Reply::NetworkUnreachable:
            case Socks5::Reply::TtlExpired:
                fail(Failure::TargetUnreachable,
                     tr("exit %1 could not reach %2: %3")
                         .arg(m_exit.id, target, QString::fromLatin1(step.errorText)));
                break;
            default:
                // A failure while the exit was judging our credentials is an auth failure; any
                // other refusal or malformed reply is the exit's fault too.
                if (phase == Socks5::ClientHandshake::State::Auth) {
                    fail(Failure::ExitAuth, tr("exit %1 refused proxy authentication (%2): check its user "
                                               "name and password")
                                                .arg(m_exit.id, QString::fromLatin1(step.errorText)));
                } else {
                    fail(Failure::ExitProtocol,
                         tr("exit %1: %2").arg(m_exit.id, QString::fromLatin1(step.errorText)));
                }
                break;
            }
            return;
        default:
            if (step.consumed == 0) {
                return; // wait for more
            }
        }
    }
}

void ExitConnector::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_done) {
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError && m_exitConnectUs >= 0) {
        fail(Failure::ExitProtocol, tr("exit %1 closed the connection during the handshake").arg(m_exit.id));
        return;
    }
    if (qobject_cast<QSslSocket *>(m_socket) && error == QAbstractSocket::SslHandshakeFailedError) {
        fail(Failure::ExitTls, tr("TLS to exit %1 failed: %2").arg(m_exit.id, m_socket->errorString()));
        return;
    }
    fail(Failure::ExitUnreachable, tr("cannot connect to exit %1 (%2:%3): %4")
                                       .arg(m_exit.id, m_exit.host)
                                       .arg(m_exit.port)
                                       .arg(m_socket->errorString()));
}

void ExitConnector::succeed()
{
    m_done = true;
    m_timer.stop();
    m_socket->disconnect(this);
    Q_EMIT connected();
}

void ExitConnector::fail(Failure failure, const QString &message)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer.stop();
    abort();
    Q_EMIT failed(failure, message);
}

QTcpSocket *ExitConnector::takeSocket()
{
    QTcpSocket *socket = m_socket;
    if (socket) {
        socket->disconnect(this);
        socket->setParent(nullptr);
        m_socket = nullptr;
    }
    return socket;
}

void ExitConnector::abort()
{
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

} // namespace Veil
