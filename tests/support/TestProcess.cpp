#include "TestProcess.h"

#include <QTest>

#include <utility>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Veil::Test {

TestProcess::TestProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &TestProcess::collect);
    connect(&m_process, &QProcess::readyReadStandardError, this, &TestProcess::collect);
#ifdef Q_OS_WIN
    // Its own process group, so that terminate()'s CTRL_BREAK_EVENT reaches it and not the test.
    m_process.setCreateProcessArgumentsModifier(
        [](QProcess::CreateProcessArguments *args) { args->flags |= CREATE_NEW_PROCESS_GROUP; });
#endif
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

void TestProcess::terminate()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
#ifdef Q_OS_WIN
    // QProcess::terminate() posts WM_CLOSE, which a console program never sees.
    ::GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, DWORD(m_pid));
#else
    m_process.terminate();
#endif
}

void TestProcess::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    terminate();
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
    m_process.kill();
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
