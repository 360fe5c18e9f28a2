#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Veil::Test {

/**
 * A helper program started with QProcess. Remembers its PID, collects stdout and stderr as they
 * arrive, and on destruction stops it (terminate(), then kill() after a grace period).
 * Waits spin the event loop so servers living in the test's thread keep serving meanwhile.
 *
 * Windows has no SIGTERM: the program starts in its own console process group and terminate()
 * sends it CTRL_BREAK_EVENT, which Veil's SignalWatcher handles like SIGTERM (and which ends a
 * console program without a handler). A program without a console only goes by kill().
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
    /** Asks the program to stop cleanly and returns at once: SIGTERM, or CTRL_BREAK_EVENT on Windows. */
    void terminate();
    /** terminate(), grace period, kill(); reaps the child. */
    void stop(int graceMs = 3000);
    /** Ends the program at once, as a crash would (SIGKILL, TerminateProcess); reaps the child. */
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
