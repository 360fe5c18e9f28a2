#pragma once

#include "TestProcess.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Veil::Test {

/**
 * One real upstream proxy ("exit") on 127.0.0.1, started by the test on a free port with its
 * configuration in a QTemporaryDir, and killed by PID. Each exit binds its outgoing connections
 * to its own loopback address (127.0.0.2, …), so a PeerEchoOrigin behind it tells which exit a
 * request really left through.
 */
class ExitProxyFixture
{
    Q_DISABLE_COPY_MOVE(ExitProxyFixture)

public:
    virtual ~ExitProxyFixture();

    /**
     * Writes the configuration and starts the proxy on a free port, waiting until it accepts.
     * False with errorString() when it cannot (a missing binary names its apt package).
     */
    bool start();
    /** Starts it again on the port it had (after kill() or stop()). */
    bool restart();
    /** Ends it at once (TestProcess::kill()), as a crash or a pulled cable would; waits until it is gone. */
    void kill();
    /** TestProcess::stop(): terminate, grace period, kill. */
    void stop();
    bool isRunning() const { return m_process && m_process->isRunning(); }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->pid() : 0; }
    /** Loopback address its outgoing connections come from. */
    QString outgoingAddress() const { return m_outgoing; }
    QString errorString() const { return m_error; }
    /** stdout + stderr of the current process, for failure messages. */
    QByteArray output() const;

protected:
    explicit ExitProxyFixture(QString outgoingAddress);

    /** Program name (looked up in PATH, /usr/sbin and /sbin) and the apt package providing it. */
    virtual QString program() const = 0;
    virtual QString aptPackage() const = 0;
    /** Writes whatever config files the proxy needs for m_port and returns its arguments. */
    virtual QStringList prepare() = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_outgoing;
    quint16 m_port = 0;
    QString m_error;

private:
    bool launch();

    std::unique_ptr<TestProcess> m_process;
    QString m_binary;
};

/**
 * Squid as an HTTP exit (absolute-form requests and CONNECT), outgoing address set with
 * tcp_outgoing_address. Names in hosts() are resolved by Squid alone (hosts_file), so a test can
 * reach the origin by a name that nothing else on the machine knows. With basic auth, a
 * basic_ncsa_auth helper checks an htpasswd file made with `openssl passwd -apr1`.
 */
class SquidFixture final : public ExitProxyFixture
{
public:
    explicit SquidFixture(const QString &outgoingAddress = QStringLiteral("127.0.0.2"));

    /** Adds "address name…" lines to Squid's hosts_file (before start()). */
    void addHost(const QString &address, const QStringList &names) { m_hosts.append({address, names}); }
    /** Requires Proxy-Authorization: Basic user:password (before start()). */
    void requireAuth(const QString &user, const QString &password);

protected:
    QString program() const override { return QStringLiteral("squid"); }
    QString aptPackage() const override { return QStringLiteral("squid"); }
    QStringList prepare() override;

private:
    QList<QPair<QString, QStringList>> m_hosts;
    QString m_user;
    QString m_password;
};

/** tinyproxy as an HTTP exit with `BasicAuth user password` and `Bind` for the outgoing address. */
class TinyproxyFixture final : public ExitProxyFixture
{
public:
    TinyproxyFixture(const QString &outgoingAddress, const QString &user, const QString &password);

protected:
    QString program() const override { return QStringLiteral("tinyproxy"); }
    QString aptPackage() const override { return QStringLiteral("tinyproxy"); }
    QStringList prepare() override;

private:
    QString m_user;
    QString m_password;
};

/** microsocks as a SOCKS5 exit (user/password method when a user is given), `-b` outgoing address. */
class MicrosocksFixture final : public ExitProxyFixture
{
public:
    MicrosocksFixture(const QString &outgoingAddress, const QString &user = {}, const QString &password = {});

protected:
    QString program() const override { return QStringLiteral("microsocks"); }
    QString aptPackage() const override { return QStringLiteral("microsocks"); }
    QStringList prepare() override;

private:
    QString m_user;
    QString m_password;
};

} // namespace Veil::Test
