#pragma once

#include "cache/CacheStore.h"
#include "engine/EngineContext.h"
#include "exits/Router.h"
#include "http/HttpParser.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Veil {

class Dialer;

/**
 * Background revalidation of a stored response that was just served stale under
 * stale-while-revalidate (RFC 5861): a conditional GET along the request's own route (the same
 * exit, so no other address sees the request), outside any client connection. A 304 freshens
 * the stored metadata; a new storable 200 replaces the entry; anything else is dropped and the
 * next request after the stale window validates as usual. One refresh per URL at a time. Deletes
 * itself when done.
 */
class CacheRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheRefresh)

public:
    /** Starts a refresh unless one for @p entry's URL is running; @p parent outlives the session. */
    static void start(EngineContextPtr context, const Route &route, const Http::RequestHead &client,
                      const Cache::EntryPtr &entry, QObject *parent);
    ~CacheRefresh() override;

private:
    CacheRefresh(EngineContextPtr context, const Route &route, const Http::RequestHead &client,
                 const Cache::EntryPtr &entry, QObject *parent);
    void onDialed();
    void onReadyRead();
    bool readHead();
    void readBody();
    void done();

    EngineContextPtr m_context;
    Route m_route;
    Http::RequestHead m_request; ///< the conditional request
    Cache::EntryPtr m_entry;
    Dialer *m_dialer = nullptr;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    bool m_forward = false; ///< absolute-form to an HTTP(S) exit
    qint64 m_requestTime = 0;
    QByteArray m_buffer;
    Http::HeadScanner m_scanner;
    Http::ResponseHead m_response;
    Http::BodyDecoder m_body;
    QByteArray m_payload;
    std::unique_ptr<Cache::CacheWriter> m_writer;
    bool m_headDone = false;
};

} // namespace Veil
