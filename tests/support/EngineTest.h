#pragma once

// Shared set-up of the Veil::Engine integration suites (tst_engine_*): an engine on an ephemeral
// loopback port and a scripted origin in the test's thread, plus request builders. Each suite is
// its own executable (STYLE.md); this base only provides init()/cleanup() and helpers.

#include "EngineFixture.h"
#include "HttpWire.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"

#include <QByteArray>
#include <QObject>

#include <memory>

namespace Veil::Test {

constexpr int kTimeoutMs = RawClient::DefaultTimeoutMs;

/** An absolute-form request for @p origin's @p path (with Content-Length when @p body is set). */
QByteArray request(const QByteArray &method, const ScriptedOrigin &origin, const QByteArray &path,
                   const QByteArray &extraHeaders = {}, const QByteArray &body = {});
QByteArray get(const ScriptedOrigin &origin, const QByteArray &path, const QByteArray &extraHeaders = {});
QByteArray hex(const char *text);
QByteArray portBytes(quint16 port);
/** SOCKS5 request: VER CMD RSV ATYP=1 127.0.0.1 PORT. */
QByteArray socksRequestIPv4(quint8 command, quint16 port);
/** SOCKS5 request with ATYP=3 (domain name). */
QByteArray socksRequestDomain(const QByteArray &host, quint16 port);
QByteArray basicAuth(const QByteArray &user, const QByteArray &password);

/**
 * Base of the engine suites: a fresh origin and engine around every test function. The engine
 * runs on its own threads; every wait spins this thread's event loop so the origin keeps serving.
 */
class EngineTest : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    // Protected so a suite can extend them (QTest finds init() and cleanup() by name).
    void init();
    void cleanup();

protected:
    bool restartVeil(const Veil::Settings &settings);
    quint16 veilPort() const { return m_veil->port(); }
    /** Completes a no-auth SOCKS5 handshake to 127.0.0.1:@p port; returns the reply code. */
    int socksConnect(RawClient &client, quint16 port);

    std::unique_ptr<ScriptedOrigin> m_origin;
    std::unique_ptr<EngineFixture> m_veil;
};

} // namespace Veil::Test
