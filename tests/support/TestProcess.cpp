#include "TestProcess.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <sys/wait.h>

namespace Veil::Test {

namespace {

bool alive(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
    // A zombie child still "exists" for kill(0). Peek with WNOWAIT so a QProcess that owns the
    // child can still reap it; for a process that is not our child waitid() fails with ECHILD.
    siginfo_t info{};
    if (::waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid_t(pid)) {
        return false;
    }
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

} // namespace

ProcessGuard::ProcessGuard(qint64 pid, int graceMs)
    : m_pid(pid)
    , m_graceMs(graceMs)
{}

ProcessGuard::~ProcessGuard()
{
    terminate(m_pid, m_graceMs);
}

void ProcessGuard::terminate(qint64 pid, int graceMs)
{
    if (!alive(pid)) {
        return;
    }
    ::kill(pid_t(pid), SIGTERM);
    QDeadlineTimer deadline(graceMs);
    while (alive(pid) && !deadline.hasExpired()) {
        QThread::msleep(10);
    }
    if (alive(pid)) {
        ::kill(pid_t(pid), SIGKILL);
    }
}

TestProcess::TestProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &TestProcess::collect);
    connect(&m_process, &QProcess::readyReadStandardError, this, &TestProcess::collect);
}

TestProcess::~TestProcess()
{
    stop();
}

bool TestProcess::start(const QString &program, const QStringList &args)
{
    m_process.start(program, args);
    if (!m_process.waitForStarted(10000)) {
        return false;
    }
    m_pid = m_process.processId();
    return true;
}

bool TestProcess::waitForExit(int timeoutMs)
{
    const bool exited =
        QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    collect();
    return exited;
}

void TestProcess::sendSignal(int signal)
{
    if (m_pid > 0 && m_process.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_pid), signal);
    }
}

void TestProcess::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    ::kill(pid_t(m_pid), SIGTERM);
    if (!m_process.waitForFinished(graceMs)) {
        kill();
    }
    collect();
}

void TestProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    ::kill(pid_t(m_pid), SIGKILL);
    m_process.waitForFinished(5000);
    collect();
}

void TestProcess::collect()
{
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
}

QByteArray TestProcess::stdoutText()
{
    collect();
    return m_out;
}

QByteArray TestProcess::stderrText()
{
    collect();
    return m_err;
}

QByteArray TestProcess::takeStdout()
{
    collect();
    return std::exchange(m_out, {});
}

QByteArray TestProcess::takeStderr()
{
    collect();
    return std::exchange(m_err, {});
}

} // namespace Veil::Test
