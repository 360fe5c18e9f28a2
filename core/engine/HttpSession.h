#pragma once

#include "cache/CacheStatus.h"
#include "cache/CacheStore.h"
#include "engine/Dialer.h"
#include "engine/EngineContext.h"
#include "http/HttpParser.h"
#include "rules/Policy.h"
#include "traffic/TrafficRecorder.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Veil {

class OriginPool;
class Tunnel;

/**
 * One client connection speaking HTTP/1.1 to the proxy: absolute-form requests are forwarded
 * (keep-alive both sides, streamed bodies with backpressure), CONNECT and Upgrade become tunnels,
 * origin-form requests get Veil's local pages. Requests on one connection are handled one after
 * the other, so pipelined requests are answered in order by construction.
 */
class HttpSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpSession)

public:
    HttpSession(QTcpSocket *client, EngineContextPtr context, OriginPool *pool, QObject *parent = nullptr);
    ~HttpSession() override;

    void start();
    /**
     * Each new request on this keep-alive connection takes the engine's current snapshot from
     * @p holder, so a region or rule change applies to the next request, not only to new
     * connections. Without it the session keeps the snapshot it was created with.
     */
    void setContextSource(const ContextHolder *holder) { m_contextSource = holder; }
    /** Graceful shutdown: close now when idle between requests, otherwise after this exchange. */
    void beginShutdown();
    /**
     * Closes the connection now when its current upstream goes where @p router no longer allows
     * (the user switched region or mode with "close on switch" on). Returns true when closed.
     */
    bool closeIfRouteChanged(const Router &router);
    /**
     * Closes the connection now when its live request or tunnel has traffic id @p id (the user's
     * "Close connection"); its End record carries @p why. Returns false when @p id is not live here.
     */
    bool closeIfTraffic(quint64 id, const QString &why);

Q_SIGNALS:
    void finished();

private:
    enum class State : std::uint8_t
    {
        ReadingHead, ///< waiting for (more of) a request head
        Dialing,     ///< origin connection being opened
        Exchanging,  ///< request body and/or response flowing
        Tunneling,   ///< CONNECT / Upgrade: Tunnel owns both sockets
        Serving,     ///< a stored response flowing from the cache to the client
        Closing,     ///< flushing the last bytes to the client
    };

    // client side
    void onClientReadyRead();
    void onClientBytesWritten();
    void onClientDisconnected();
    void processInput();
    bool handleHead(qsizetype headLength);
    void handleLocal();
    void handleConnect();
    void handleForward();
    /** Asks the policy about @p request: sets m_route, or answers 403 and returns false when blocked. */
    bool applyPolicy(const PolicyRequest &request);
    /** Privacy filters on the parsed request (plain HTTP only); the changes go into the record. */
    void applyPrivacy();
    bool checkProxyAuth();
    /** After a failover or a fallback to direct: pool key, request line and credentials for m_route. */
    void followRoute();
    void replaceProxyAuthorization();
    /** Ends the live request or tunnel and the connection now; the End record carries @p why. */
    void abortNow(const QString &why);

    // origin side
    void startDial();
    void onDialed();
    void onDialFailed(DialFailure failure, const QString &message);
    void attachOrigin(QTcpSocket *socket, bool reused);
    void sendRequestHead();
    void onOriginReadyRead();
    void onOriginBytesWritten();
    void onOriginDisconnected();
    void pumpRequestBody();
    bool readResponseHead();
    void pumpResponseBody();
    void finishExchange();
    void startTunnel(QTcpSocket *upstream, QByteArray toUpstream, QByteArray toClient, int status);

    // HTTP cache (HttpSessionCache.cpp)
    /**
     * Looks the request up in the cache. Returns true when it was answered from the store (or
     * with 504 for only-if-cached); otherwise the request goes on to the origin, as a conditional
     * request when a stored response needs validation.
     */
    bool answerFromCache();
    /**
     * Cache work on the origin's final response head: freshen and serve the stored response on a
     * 304, serve stale on an error when allowed, invalidate after unsafe methods, start storing.
     * Returns true when the response was handled here (the client gets the stored one).
     */
    bool onCacheResponse();
    /** Serves @p entry (a 304 when the client's own validators match); false when its body is unreadable. */
    bool serveStored(const Cache::EntryPtr &entry, Cache::CacheStatus status);
    void pumpStoredBody();
    void finishServing();
    /** Whether a dial failure or origin error may be answered with the stale stored response. */
    bool serveStaleOnError(int originStatus);
    void resetCache();

    void sendError(int status, const QString &detail, const QByteArray &extraHeaders = {});
    /** Counts relayed bytes in this request's record and, at once, in the engine totals. */
    void countUp(qint64 bytes);
    void countDown(qint64 bytes);
    void closeClient();
    void releaseOrigin(bool reusable);
    void armTimer(int ms);
    void onTimeout();
    void finish();

    EngineContextPtr m_context;
    const ContextHolder *m_contextSource = nullptr;
    OriginPool *m_pool;
    QPointer<QTcpSocket> m_client; ///< null once a relayed tunnel has taken its descriptor
    QPointer<QTcpSocket> m_origin;
    Dialer *m_dialer = nullptr;
    Tunnel *m_tunnel = nullptr;
    Route m_route; ///< where the current request or tunnel goes
    ExitConnector::Mode m_exitMode = ExitConnector::Mode::Tunnel;
    TrafficRecorder m_record;
    QTimer m_timer;
    State m_state = State::ReadingHead;
    bool m_shuttingDown = false;
    bool m_finished = false;
    bool m_pumpingRequest = false; ///< re-entrancy guards: flush() emits bytesWritten synchronously
    bool m_pumpingResponse = false;

    // current request
    Http::HeadScanner m_scanner;
    QByteArray m_clientBuf; ///< client bytes read but not yet consumed
    Http::RequestHead m_request;
    Http::BodyDecoder m_requestBody;
    QByteArray m_requestHeadBytes; ///< kept to replay once on a stale pooled connection
    QByteArray m_originKey;
    bool m_originReused = false;
    bool m_requestDone = false;
    bool m_clientKeepAlive = false;

    // current response
    QByteArray m_originBuf;
    Http::HeadScanner m_responseScanner;
    Http::ResponseHead m_response;
    Http::BodyDecoder m_responseBody;
    bool m_responseStarted = false; ///< final head sent to the client
    qint64 m_responseBytes = 0;     ///< bytes received from the origin for this request

    // HTTP cache, current request
    QByteArray m_cacheKey;                             ///< primary key; empty when the cache is not used
    Http::Headers m_clientHeaders;                     ///< the client's own headers while revalidating
    Cache::EntryPtr m_cacheEntry;                      ///< stored response being validated or served
    Cache::CacheStatus m_cacheStatus;                  ///< becomes the Cache-Status member
    std::unique_ptr<Cache::CacheWriter> m_cacheWriter; ///< storing the response that is flowing
    std::unique_ptr<Cache::CacheBodyReader> m_cacheReader;
    QByteArray m_cachePayload; ///< decoded chunk data on its way to the writer
    qint64 m_cacheRequestTime = 0;
    bool m_cacheUsed = false; ///< add Cache-Status to this response
};

} // namespace Veil
