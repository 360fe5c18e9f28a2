#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Veil::Test {

/**
 * Kills a process by PID when it goes out of scope: SIGTERM, a grace period, then SIGKILL.
 * For a PID the test knows from elsewhere (a pid file, a grandchild); it never reaps, so it is also
 * safe on a QProcess's child.
 */
class ProcessGuard
{
    Q_DISABLE_COPY_MOVE(ProcessGuard)

public:
    explicit ProcessGuard(qint64 pid = 0, int graceMs = 3000);
    ~ProcessGuard();

    void reset(qint64 pid) { m_pid = pid; }
    /** Forget the PID (the process ended on its own or someone else owns it now). */
    void release() { m_pid = 0; }
    qint64 pid() const { return m_pid; }

    /** SIGTERM, wait up to the grace period for it to go away, then SIGKILL. */
    static void terminate(qint64 pid, int graceMs);

private:
    qint64 m_pid;
    int m_graceMs;
};

/**
 * A helper program started with QProcess. Remembers its PID, collects stdout and stderr as they
 * arrive, and on destruction stops it by PID (SIGTERM, then SIGKILL after a grace period).
 * Waits spin the event loop so servers living in the test's thread keep serving meanwhile.
 */
class TestProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestProcess)

public:
    explicit TestProcess(QObject *parent = nullptr);
    ~TestProcess() override;

    void setEnvironment(const QProcessEnvironment &env) { m_process.setProcessEnvironment(env); }
    void setWorkingDirectory(const QString &dir) { m_process.setWorkingDirectory(dir); }

    /** Starts the program and waits until it runs; false with errorString() when it cannot. */
    bool start(const QString &program, const QStringList &args);
    qint64 pid() const { return m_pid; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QString errorString() const { return m_process.errorString(); }

    /** Waits for the exit, spinning the event loop. True when it exited within @p timeoutMs. */
    bool waitForExit(int timeoutMs);
    /** Sends @p signal to the PID (e.g. SIGTERM for a graceful stop). */
    void sendSignal(int signal);
    /** SIGTERM, grace period, SIGKILL; reaps the child. */
    void stop(int graceMs = 3000);
    void kill();

    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

    /** Everything written to stdout / stderr so far (collected continuously). */
    QByteArray stdoutText();
    QByteArray stderrText();
    QByteArray takeStdout();
    QByteArray takeStderr();

private:
    void collect();

    QProcess m_process;
    qint64 m_pid = 0;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace Veil::Test
