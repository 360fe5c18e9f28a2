#include "TestSupport.h"

#include "TestProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Veil::Test {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        // A loopback connect completes in the kernel (or is refused) at once; the wait is a bound.
        if (probe.waitForConnected(250)) {
            probe.abort();
            return true;
        }
        probe.abort();
        if (deadline.hasExpired()) {
            return false;
        }
        QTest::qWait(10);
    }
}

QByteArray ProcessResult::describe() const
{
    QByteArray text =
        "started=" + QByteArray(started ? "yes" : "no") + " finished=" + QByteArray(finished ? "yes" : "no") +
        " crashed=" + QByteArray(crashed ? "yes" : "no") + " exit=" + QByteArray::number(exitCode);
    if (!err.isEmpty()) {
        text += " stderr: " + err.left(600);
    }
    return text;
}

ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs,
                         const QProcessEnvironment &env)
{
    ProcessResult result;
    TestProcess process;
    process.setEnvironment(env);
    if (!process.start(program, args)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.started = true;
    result.finished = process.waitForExit(timeoutMs);
    if (!result.finished) {
        process.kill();
    }
    result.crashed = process.crashed();
    result.exitCode = result.finished ? process.exitCode() : -1;
    result.out = process.takeStdout();
    result.err = process.takeStderr();
    return result;
}

QProcessEnvironment environmentWithoutProxies()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "ftp_proxy"}) {
        env.remove(QString::fromLatin1(name));
        env.remove(QString::fromLatin1(name).toUpper());
    }
    return env;
}

ProcessResult runCurl(const QStringList &args, int timeoutMs)
{
    const int maxTimeSeconds = qMax(1, timeoutMs / 1000);
    QStringList full{QStringLiteral("-q"), QStringLiteral("-sS"), QStringLiteral("--max-time"),
                     QString::number(maxTimeSeconds)};
    full += args;
    // curl enforces --max-time itself; the process deadline only catches a hung curl.
    return runProcess(QStringLiteral("curl"), full, timeoutMs + 10000, environmentWithoutProxies());
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return {};
    }
    return hash.result().toHex();
}

QByteArray writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    constexpr qint64 kBlock = 1024 * 1024;
    QList<quint32> block(kBlock / sizeof(quint32));
    QRandomGenerator generator(QRandomGenerator::global()->generate());
    for (qint64 written = 0; written < size;) {
        generator.fillRange(block.data(), block.size());
        const qint64 n = qMin(kBlock, size - written);
        const char *bytes = reinterpret_cast<const char *>(block.constData());
        if (file.write(bytes, n) != n) {
            return {};
        }
        hash.addData(QByteArrayView(bytes, n));
        written += n;
    }
    return hash.result().toHex();
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

qint64 residentSetBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            // "VmRSS:     12345 kB"
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toLongLong() * 1024 : -1;
        }
    }
    return -1;
}

} // namespace Veil::Test
