#include "exits/ExitFetch.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <utility>

namespace Veil {

namespace {

/** Read in slices so a flood is refused after at most one slice past the limit. */
constexpr qint64 kReadSlice = 16 * 1024;

QByteArray hostForHeader(const QUrl &url)
{
    const QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    return host.contains(':') ? '[' + host + ']' : host;
}

ExitConnector::Failure failureOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
        return ExitConnector::Failure::ExitUnreachable;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ExitConnector::Failure::ExitAuth;
    case QNetworkReply::ProxyTimeoutError:
        return ExitConnector::Failure::Timeout;
    case QNetworkReply::UnknownProxyError:
        return ExitConnector::Failure::ExitProtocol;
    default:
        return ExitConnector::Failure::None;
    }
}

} // namespace

ExitFetch::ExitFetch(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ExitFetchResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_deferredError.isEmpty()) {
            fail(std::exchange(m_deferredError, {}));
            return;
        }
        fail(tr("no complete answer within %1 ms").arg(m_options.timeoutMs), ExitConnector::Failure::Timeout);
    });
}

ExitFetch::~ExitFetch()
{
    abort();
}

void ExitFetch::start(const Exit &exit, const QString &password, const QUrl &url, const Options &options)
{
    abort();
    m_url = url;
    m_options = options;
    m_result = {};
    m_buffer.clear();
    m_scanner.reset();
    m_body = {};
    m_haveHead = false;
    m_done = false;
    m_deferredError.clear();
    m_clock.start();
    m_timer.start(options.timeoutMs);

    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        failSoon(tr("\"%1\" is not an http:// or https:// URL").arg(m_url.toDisplayString()));
        return;
    }
    if (scheme == QLatin1String("http") || options.connectOnly) {
        startTunnel(exit, password);
    } else {
        startNetworkAccess(exit, password);
    }
}

void ExitFetch::startTunnel(const Exit &exit, const QString &password)
{
    const bool https = m_url.scheme() == QLatin1String("https");
    m_connector = new ExitConnector(m_options.timeoutMs, this);
    connect(m_connector, &ExitConnector::failed, this,
            [this](ExitConnector::Failure failure, const QString &message) { fail(message, failure); });
    connect(m_connector, &ExitConnector::connected, this, &ExitFetch::onTunnelOpen);
    m_connector->start(exit, password, m_url.host(QUrl::FullyEncoded).toLatin1(),
                       quint16(m_url.port(https ? 443 : 80)), ExitConnector::Mode::Tunnel);
}

void ExitFetch::onTunnelOpen()
{
    m_result.connectUs = m_clock.nsecsElapsed() / 1000;
    m_socket = m_connector->takeSocket();
    m_socket->setParent(this);
    m_connector->disconnect(this);
    m_connector->deleteLater();
    if (m_options.connectOnly) {
        succeed();
        return;
    }
    // Qt stops reading from the kernel once this much waits, so a flood cannot grow the buffer.
    m_socket->setReadBufferSize(kReadSlice * 4);
    connect(m_socket, &QTcpSocket::readyRead, this, &ExitFetch::onSocketData);
    connect(m_socket, &QTcpSocket::disconnected, this, &ExitFetch::onSocketClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError) {
            fail(tr("the connection through the exit failed: %1").arg(m_socket->errorString()));
        }
    });

    const bool https = m_url.scheme() == QLatin1String("https");
    const int port = m_url.port(https ? 443 : 80);
    QByteArray authority = hostForHeader(m_url);
    if (port != (https ? 443 : 80)) {
        authority += ':' + QByteArray::number(port);
    }
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty()) {
        target = "/";
    }
    if (m_url.hasQuery()) {
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    }
    // From here the clock measures the request through the established tunnel.
    m_clock.restart();
    m_socket->write("GET " + target + " HTTP/1.1\r\nHost: " + authority + "\r\nUser-Agent: " +
                    m_options.userAgent + "\r\nAccept: */*\r\nConnection: close\r\n\r\n");
    if (m_socket->bytesAvailable() > 0) {
        onSocketData();
    }
}

void ExitFetch::onSocketData()
{
    while (!m_done && m_socket && m_socket->bytesAvailable() > 0) {
        QByteArray data = m_socket->read(kReadSlice);
        if (!m_haveHead) {
            m_buffer += data;
            if (!readHead() || m_done) {
                continue;
            }
            data = std::exchange(m_buffer, {});
        }
        const Http::BodyDecoder::Step step = m_body.feed(data);
        if (step.error != Http::ParseError::None) {
            fail(tr("the response body is malformed: %1")
                     .arg(QString::fromLatin1(Http::parseErrorText(step.error))));
        } else if (m_result.body.size() > m_options.maxBodyBytes) {
            fail(tooLargeMessage());
        } else if (step.done) {
            succeed();
        }
    }
}

bool ExitFetch::readHead()
{
    for (;;) {
        const qsizetype length = m_scanner.scan(m_buffer);
        if (length == 0) {
            return false;
        }
        if (length < 0) {
            fail(tr("the response head is larger than 64 KiB"));
            return false;
        }
        Http::ResponseHead head;
        const Http::ParseError error =
            Http::parseResponseHead(QByteArrayView(m_buffer).first(length), "GET", head);
        if (error != Http::ParseError::None) {
            fail(tr("malformed response: %1").arg(QString::fromLatin1(Http::parseErrorText(error))));
            return false;
        }
        m_buffer.remove(0, length);
        m_scanner.reset();
        if (head.isInformational() && head.status != 101) {
            continue; // 100 Continue, 103 Early Hints: the real answer follows
        }
        m_haveHead = true;
        m_result.status = head.status;
        m_result.requestUs = m_clock.nsecsElapsed() / 1000;
        if (m_options.headOnly) {
            succeed();
            return true;
        }
        if (head.framing == Http::Framing::Tunnel) {
            fail(tr("the server answered %1 and switched protocols").arg(head.status));
            return true;
        }
        if (head.framing == Http::Framing::ContentLength && head.contentLength > m_options.maxBodyBytes) {
            fail(tooLargeMessage());
            return true;
        }
        m_body = Http::BodyDecoder(head.framing, head.contentLength);
        m_body.setPayloadSink(&m_result.body);
        if (m_body.isDone()) {
            succeed();
        }
        return true;
    }
}

void ExitFetch::onSocketClosed()
{
    onSocketData();
    if (m_done) {
        return;
    }
    if (!m_haveHead) {
        fail(tr("the connection closed before a response arrived"));
    } else if (m_body.finishAtEof()) {
        succeed();
    } else {
        fail(tr("the connection closed before the body was complete"));
    }
}

void ExitFetch::startNetworkAccess(const Exit &exit, const QString &password)
{
    if (exit.scheme == ExitScheme::Https) {
        failSoon(tr("an https:// URL cannot be fetched through an https:// (TLS) exit; use an http:// "
                    "URL (for example http://api.ipify.org/?format=json)"));
        return;
    }
    m_network = new QNetworkAccessManager(this);
    // An explicit proxy: the system proxy, which may be Veil itself, is never consulted.
    QNetworkProxy proxy(exit.scheme == ExitScheme::Socks5 ? QNetworkProxy::Socks5Proxy
                                                          : QNetworkProxy::HttpProxy,
                        exit.host, exit.port, exit.user, password);
    // socks5h: the URL's host name goes to the exit; nothing is resolved here.
    proxy.setCapabilities(proxy.capabilities() | QNetworkProxy::HostNameLookupCapability);
    m_network->setProxy(proxy);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);

    QNetworkRequest request(m_url);
    request.setRawHeader("User-Agent", m_options.userAgent);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(m_options.timeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ExitFetch::onReplyMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ExitFetch::onReplyData);
    connect(m_reply, &QNetworkReply::finished, this, &ExitFetch::onReplyFinished);
}

void ExitFetch::onReplyMetaData()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_done || !status.isValid()) {
        return;
    }
    m_result.status = status.toInt();
    if (m_result.requestUs < 0) {
        m_result.requestUs = m_clock.nsecsElapsed() / 1000;
    }
    if (m_options.headOnly) {
        succeed();
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBodyBytes) {
        fail(tooLargeMessage());
    }
}

void ExitFetch::onReplyData()
{
    while (!m_done && m_reply && m_reply->bytesAvailable() > 0) {
        m_result.body += m_reply->read(kReadSlice);
        if (m_result.body.size() > m_options.maxBodyBytes) {
            fail(tooLargeMessage());
        }
    }
}

void ExitFetch::onReplyFinished()
{
    onReplyData();
    if (m_done) {
        return;
    }
    const QNetworkReply::NetworkError error = m_reply->error();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors from 201 up are QNAM's names for HTTP error statuses: still a complete response.
    if (status.isValid() &&
        (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied)) {
        m_result.status = status.toInt();
        succeed();
        return;
    }
    fail(m_reply->errorString(), failureOf(error));
}

void ExitFetch::failSoon(const QString &message)
{
    // finished() must not come from inside start(); the timer is the one pending event, so a
    // later start() or abort() cancels this.
    m_deferredError = message;
    m_timer.start(0);
}

void ExitFetch::succeed()
{
    if (m_done) {
        return;
    }
    m_result.ok = true;
    abort();
    Q_EMIT finished(m_result);
}

void ExitFetch::fail(const QString &message, ExitConnector::Failure failure)
{
    if (m_done) {
        return;
    }
    m_result.ok = false;
    m_result.error = message;
    m_result.failure = failure;
    m_result.body.clear();
    abort();
    Q_EMIT finished(m_result);
}

void ExitFetch::abort()
{
    m_done = true;
    m_timer.stop();
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector->abort();
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_network) {
        m_network->deleteLater();
        m_network = nullptr;
    }
}

QString ExitFetch::tooLargeMessage() const
{
    return tr("the response body is larger than %1 bytes").arg(m_options.maxBodyBytes);
}

} // namespace Veil
