#pragma once

#include "exits/Exit.h"
#include "exits/ExitConnector.h"
#include "http/HttpParser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpSocket;

namespace Veil {

/** What one ExitFetch brought back. */
struct ExitFetchResult
{
    /** A complete response arrived (whatever its status); false with error set otherwise. */
    bool ok = false;
    int status = 0;
    /** Decoded payload (no chunk framing), at most Options::maxBodyBytes. */
    QByteArray body;
    /** Until the tunnel through the exit was established; -1 when unknown (https URLs). */
    qint64 connectUs = -1;
    /** Request sent → response head complete; -1 when unknown. */
    qint64 requestUs = -1;
    /** Why the fetch failed; empty when ok. */
    QString error;
    /** Why the tunnel could not be opened, when that was the failure (None otherwise). */
    ExitConnector::Failure failure = ExitConnector::Failure::None;
};

/**
 * One HTTP GET through one exit, for the health probe and the exit IP check.
 *
 * - http:// URLs: an HTTP/1.1 GET over an ExitConnector tunnel, so it works the same for HTTP,
 *   HTTPS (TLS to the proxy) and SOCKS5 exits and resolves nothing locally. The response is read
 *   with Http::HeadScanner, parseResponseHead() and Http::BodyDecoder (Content-Length, chunked or
 *   close-delimited); a body over Options::maxBodyBytes is an error, never buffered further.
 * - https:// URLs: QNetworkAccessManager through the exit as an explicit QNetworkProxy
 *   (HttpProxy for http exits, Socks5Proxy with remote name lookup for socks5 exits), so the
 *   system proxy (which may be Veil itself) is never used, with certificate verification on.
 *   QNAM cannot speak TLS to a proxy, so https exits fail with a message suggesting an http://
 *   URL. Redirects are not followed.
 *
 * Emits finished() exactly once per start(), never from inside start(). Do not delete the object
 * from the slot connected to finished(); use deleteLater().
 */
class ExitFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExitFetch)

public:
    struct Options
    {
        /** Bound for the whole fetch, tunnel included. */
        int timeoutMs = 10000;
        qsizetype maxBodyBytes = 64 * 1024;
        /** Finish once the response head is in (the health probe only needs the status). */
        bool headOnly = false;
        /** Finish once the tunnel to the URL's host and port is open; nothing is sent. */
        bool connectOnly = false;
        QByteArray userAgent = QByteArrayLiteral("Veil");
    };

    explicit ExitFetch(QObject *parent = nullptr);
    ~ExitFetch() override;

    void start(const Exit &exit, const QString &password, const QUrl &url, const Options &options);
    void start(const Exit &exit, const QString &password, const QUrl &url) { start(exit, password, url, {}); }
    /** Stops without emitting finished(). */
    void abort();

Q_SIGNALS:
    void finished(const Veil::ExitFetchResult &result);

private:
    void startTunnel(const Exit &exit, const QString &password);
    void startNetworkAccess(const Exit &exit, const QString &password);
    void onTunnelOpen();
    void onSocketData();
    void onSocketClosed();
    bool readHead();
    void onReplyMetaData();
    void onReplyData();
    void onReplyFinished();
    void succeed();
    void fail(const QString &message, ExitConnector::Failure failure = ExitConnector::Failure::None);
    void failSoon(const QString &message);
    QString tooLargeMessage() const;

    QUrl m_url;
    Options m_options;
    ExitFetchResult m_result;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QPointer<ExitConnector> m_connector;
    QPointer<QTcpSocket> m_socket;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_deferredError;
    QByteArray m_buffer;
    Http::HeadScanner m_scanner;
    Http::BodyDecoder m_body;
    bool m_haveHead = false;
    bool m_done = true;
};

} // namespace Veil

Q_DECLARE_METATYPE(Veil::ExitFetchResult)
