#include "ExitFixtures.h"

#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

namespace Veil::Test {

namespace {

constexpr int kStartTimeoutMs = 15000;
/** A freshly picked free port can be taken by someone's outgoing connection before the proxy binds it. */
constexpr int kStartAttempts = 5;

QString findProgram(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) {
        found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    }
    return found;
}

} // namespace

ExitProxyFixture::ExitProxyFixture(QString outgoingAddress)
    : m_outgoing(std::move(outgoingAddress))
{}

ExitProxyFixture::~ExitProxyFixture()
{
    stop();
}

bool ExitProxyFixture::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        m_error = QStringLiteral("cannot write ") + file.fileName();
        return false;
    }
    // Squid started as root reads its files as the "proxy" user.
    file.setPermissions(file.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup);
    return true;
}

QByteArray ExitProxyFixture::output() const
{
    if (!m_process) {
        return {};
    }
    return m_process->stdoutText() + m_process->stderrText();
}

bool ExitProxyFixture::start()
{
    m_binary = findProgram(program());
    if (m_binary.isEmpty()) {
        m_error = program() + QStringLiteral(" not found: install the apt package ") + aptPackage();
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (runningAsRoot()) {
        // Squid (and dante) drop root for an unprivileged user who still writes its log and pid here.
        QFile::setPermissions(m_dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                  QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                  QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    }
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        m_port = freePort();
        if (launch()) {
            return true;
        }
        if (isRunning()) {
            return false; // it runs but never accepted: not a port collision, do not hide it
        }
    }
    return false;
}

bool ExitProxyFixture::restart()
{
    stop();
    return launch();
}

bool ExitProxyFixture::launch()
{
    m_error.clear();
    const QStringList args = prepare();
    if (!m_error.isEmpty()) {
        return false;
    }
    m_process = std::make_unique<TestProcess>();
    m_process->setWorkingDirectory(m_dir.path());
    if (!m_process->start(m_binary, args)) {
        m_error =
            QStringLiteral("cannot start ") + m_binary + QStringLiteral(": ") + m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!waitForPort(m_port, 0)) {
        if (!m_process->isRunning() || deadline.hasExpired()) {
            m_error = program() + QStringLiteral(" did not come up on port ") + QString::number(m_port) +
                      QStringLiteral(": ") + QString::fromUtf8(output());
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

void ExitProxyFixture::kill()
{
    if (m_process) {
        m_process->kill();
    }
}

void ExitProxyFixture::stop()
{
    if (m_process) {
        m_process->stop();
    }
}

// ---- Squid ------------------------------------------------------------------------------------

SquidFixture::SquidFixture(const QString &outgoingAddress)
    : ExitProxyFixture(outgoingAddress)
{}

void SquidFixture::requireAuth(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

QStringList SquidFixture::prepare()
{
    const QByteArray dir = m_dir.path().toUtf8();
    QByteArray hosts;
    for (const auto &[address, names] : std::as_const(m_hosts)) {
        hosts += address.toUtf8() + ' ' + names.join(QLatin1Char(' ')).toUtf8() + '\n';
    }
    if (!writeFile(QStringLiteral("hosts"), hosts)) {
        return {};
    }
    QByteArray conf = "http_port 127.0.0.1:" + QByteArray::number(m_port) +
                      "\n"
                      "visible_hostname veil-test-exit\n"
                      "tcp_outgoing_address " +
                      m_outgoing.toUtf8() +
                      "\n"
                      "hosts_file " +
                      dir +
                      "/hosts\n"
                      "cache deny all\n"
                      "cache_mem 0 MB\n"
                      "access_log none\n"
                      "cache_store_log none\n"
                      "cache_log " +
                      dir +
                      "/cache.log\n"
                      "pid_filename " +
                      dir +
                      "/squid.pid\n"
                      "coredump_dir " +
                      dir +
                      "\n"
                      "netdb_filename none\n"
                      "pinger_enable off\n"
                      "shutdown_lifetime 0 seconds\n"
                      "connect_timeout 5 seconds\n"
                      "via off\n"
                      "forwarded_for delete\n";
    if (!m_user.isEmpty()) {
        QString helper;
        for (const char *candidate : {"/usr/lib/squid/basic_ncsa_auth", "/usr/lib64/squid/basic_ncsa_auth",
                                      "/usr/libexec/squid/basic_ncsa_auth"}) {
            if (QFile::exists(QString::fromLatin1(candidate))) {
                helper = QString::fromLatin1(candidate);
                break;
            }
        }
        if (helper.isEmpty()) {
            m_error = QStringLiteral("basic_ncsa_auth not found: install the apt package squid");
            return {};
        }
        const ProcessResult hash =
            runProcess(QStringLiteral("openssl"),
                       {QStringLiteral("passwd"), QStringLiteral("-apr1"), m_password}, 20000);
        if (!hash.ok()) {
            m_error = QStringLiteral("openssl passwd failed: ") + QString::fromUtf8(hash.describe());
            return {};
        }
        if (!writeFile(QStringLiteral("passwd"), m_user.toUtf8() + ':' + hash.out.trimmed() + '\n')) {
            return {};
        }
        conf += "auth_param basic program " + helper.toUtf8() + ' ' + dir +
                "/passwd\n"
                "auth_param basic realm veil-test-exit\n"
                "acl authenticated proxy_auth REQUIRED\n"
                "http_access allow authenticated\n"
                "http_access deny all\n";
    } else {
        conf += "http_access allow all\n";
    }
    if (!writeFile(QStringLiteral("squid.conf"), conf)) {
        return {};
    }
    QFile::remove(path(QStringLiteral("squid.pid")));
    return {QStringLiteral("-N"), QStringLiteral("-f"), path(QStringLiteral("squid.conf"))};
}

// ---- tinyproxy --------------------------------------------------------------------------------

TinyproxyFixture::TinyproxyFixture(const QString &outgoingAddress, const QString &user,
                                   const QString &password)
    : ExitProxyFixture(outgoingAddress)
    , m_user(user)
    , m_password(password)
{}

QStringList TinyproxyFixture::prepare()
{
    // No Allow or ConnectPort lines: every client on the loopback listener and every CONNECT port.
    QByteArray conf = "Port " + QByteArray::number(m_port) +
                      "\n"
                      "Listen 127.0.0.1\n"
                      "Bind " +
                      m_outgoing.toUtf8() +
                      "\n"
                      "Timeout 60\n"
                      "MaxClients 100\n"
                      "LogLevel Error\n"
                      "DisableViaHeader Yes\n";
    if (!m_user.isEmpty()) {
        conf += "BasicAuth " + m_user.toUtf8() + ' ' + m_password.toUtf8() + '\n';
    }
    if (!writeFile(QStringLiteral("tinyproxy.conf"), conf)) {
        return {};
    }
    return {QStringLiteral("-d"), QStringLiteral("-c"), path(QStringLiteral("tinyproxy.conf"))};
}

// ---- microsocks -------------------------------------------------------------------------------

MicrosocksFixture::MicrosocksFixture(const QString &outgoingAddress, const QString &user,
                                     const QString &password)
    : ExitProxyFixture(outgoingAddress)
    , m_user(user)
    , m_password(password)
{}

QStringList MicrosocksFixture::prepare()
{
    QStringList args{QStringLiteral("-i"),    QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                     QString::number(m_port), QStringLiteral("-b"),        m_outgoing};
    if (!m_user.isEmpty()) {
        args += {QStringLiteral("-u"), m_user, QStringLiteral("-P"), m_password};
    }
    return args;
}

} // namespace Veil::Test
