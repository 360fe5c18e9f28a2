#pragma once

#include "TestProcess.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Veil::Test {

/**
 * A real upstream proxy on 127.0.0.1 to use as a Veil exit: microsocks (SOCKS5) or Squid (HTTP,
 * CONNECT to any port, no cache), each connecting out from a chosen loopback address (microsocks
 * -b, Squid tcp_outgoing_address) so an origin can tell which exit a request came through.
 * Config, logs and pid file live in a QTemporaryDir; killed by PID on destruction.
 */
class ExitPeerFixture
{
    Q_DISABLE_COPY_MOVE(ExitPeerFixture)

public:
    enum class Kind
    {
        Microsocks,
        Squid
    };

    ExitPeerFixture(Kind kind, const QString &outgoingAddress);
    ~ExitPeerFixture();

    /** Starts the proxy and waits for its port. False with errorString() (naming the apt package). */
    bool start();
    void stop();
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    /** "socks5://127.0.0.1:PORT" or "http://127.0.0.1:PORT". */
    QString url() const;

private:
    bool startMicrosocks(const QString &program);
    bool startSquid(const QString &program);

    Kind m_kind;
    QString m_outgoing;
    QTemporaryDir m_dir;
    std::unique_ptr<TestProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Veil::Test
