#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Veil::Test {

/** A TCP port on 127.0.0.1 that was free a moment ago. */
quint16 freePort();

/**
 * Polls real TCP connects to 127.0.0.1:@p port until one succeeds or @p timeoutMs passes. Spins the
 * event loop between attempts (QTest::qWait(10)), so servers living in this thread keep running.
 */
bool waitForPort(quint16 port, int timeoutMs = 10000);

/** Exit status and output of a finished helper program. */
struct ProcessResult
{
    bool started = false;
    bool finished = false; ///< false when it had to be killed at the deadline
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && finished && !crashed && exitCode == 0; }
    /** One line for QVERIFY2 messages: exit code and the start of stderr. */
    QByteArray describe() const;
};

/**
 * Runs @p program to completion while spinning the event loop (in-process servers keep serving),
 * killing it by PID after @p timeoutMs.
 */
ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

/**
 * Runs curl with `-q -sS --max-time` prepended (no ~/.curlrc, quiet but errors shown, bounded) and
 * the proxy environment variables removed, so only the explicit -x / --socks5-hostname applies.
 */
ProcessResult runCurl(const QStringList &args, int timeoutMs = 60000);

/** The environment without http_proxy, NO_PROXY and friends. */
QProcessEnvironment environmentWithoutProxies();

/** SHA-256 of a file's content (empty on read errors). */
QByteArray sha256OfFile(const QString &path);

/** Writes @p size bytes of random data to @p path; returns their SHA-256 (empty on errors). */
QByteArray writeRandomFile(const QString &path, qint64 size);

/** Whether this process runs as root (Unix); servers started by root drop to another user. False on Windows.
 */
bool runningAsRoot();

/** This process's resident set size in bytes (VmRSS from /proc/self/status); -1 where unknown (not Linux). */
qint64 residentSetBytes();

} // namespace Veil::Test
