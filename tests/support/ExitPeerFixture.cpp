#include "ExitPeerFixture.h"

#include "TestSupport.h"

#include <QFile>
#include <QStandardPaths>

namespace Veil::Test {

namespace {

/** PATH first, then the sbin directories a user's PATH often lacks on Debian. */
QString findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
    }
    return path;
}

} // namespace

ExitPeerFixture::ExitPeerFixture(Kind kind, const QString &outgoingAddress)
    : m_kind(kind)
    , m_outgoing(outgoingAddress)
{}

ExitPeerFixture::~ExitPeerFixture()
{
    stop();
}

QString ExitPeerFixture::url() const
{
    return (m_kind == Kind::Microsocks ? QStringLiteral("socks5://127.0.0.1:")
                                       : QStringLiteral("http://127.0.0.1:")) +
           QString::number(m_port);
}

bool ExitPeerFixture::start()
{
    const QString name = m_kind == Kind::Microsocks ? QStringLiteral("microsocks") : QStringLiteral("squid");
    const QString program = findProgram(name);
    if (program.isEmpty()) {
        m_error = name + QStringLiteral(" is not installed (apt-get install ") + name + QLatin1Char(')');
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_port = freePort();
    m_process = std::make_unique<TestProcess>();
    m_process->setEnvironment(environmentWithoutProxies());
    const bool started = m_kind == Kind::Microsocks ? startMicrosocks(program) : startSquid(program);
    if (!started) {
        return false;
    }
    if (!waitForPort(m_port, 30000)) {
        QFile log(m_dir.filePath(QStringLiteral("cache.log")));
        const QByteArray logText = log.open(QIODevice::ReadOnly) ? log.readAll().right(2000) : QByteArray();
        m_error = name + QStringLiteral(" did not listen on port ") + QString::number(m_port) +
                  QStringLiteral(": ") + QString::fromUtf8(m_process->stderrText() + logText);
        stop();
        return false;
    }
    return true;
}

bool ExitPeerFixture::startMicrosocks(const QString &program)
{
    QStringList args{QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                     QString::number(m_port)};
    if (!m_outgoing.isEmpty()) {
        args << QStringLiteral("-b") << m_outgoing;
    }
    if (!m_process->start(program, args)) {
        m_error = QStringLiteral("cannot start microsocks: ") + m_process->errorString();
        return false;
    }
    return true;
}

bool ExitPeerFixture::startSquid(const QString &program)
{
    // Squid started as root drops to its own user and still writes its log and pid file here.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    const QByteArray dir = m_dir.path().toUtf8();
    QByteArray conf = "http_port 127.0.0.1:" + QByteArray::number(m_port) +
                      "\n"
                      "http_access allow all\n"
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
                      "workers 1\n";
    if (!m_outgoing.isEmpty()) {
        conf += "tcp_outgoing_address " + m_outgoing.toUtf8() + "\n";
    }
    const QString confPath = m_dir.filePath(QStringLiteral("squid.conf"));
    QFile file(confPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(conf) != conf.size()) {
        m_error = QStringLiteral("cannot write ") + confPath;
        return false;
    }
    file.close();
    // -N: stay in the foreground as one process, so the PID we hold is Squid's.
    if (!m_process->start(program, {QStringLiteral("-N"), QStringLiteral("-f"), confPath})) {
        m_error = QStringLiteral("cannot start squid: ") + m_process->errorString();
        return false;
    }
    return true;
}

void ExitPeerFixture::stop()
{
    if (m_process) {
        m_process->stop(5000);
        m_process.reset();
    }
}

} // namespace Veil::Test
