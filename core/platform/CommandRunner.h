#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Veil {

/** How one run of a system tool ended. */
struct CommandResult
{
    bool started = false;
    bool finished = false; ///< false when it was killed at the deadline
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && finished && exitCode == 0; }
    /** One line for error messages: the program, its exit and the start of stderr. */
    QString describe(const QString &program) const;
};

/**
 * Runs a system tool (gsettings, kwriteconfig6, networksetup, …) with an argument list, never
 * through a shell. The system-proxy backends take one as a dependency so tests can record the
 * exact command lines and script the answers (DESIGN.md, System proxy).
 */
class CommandRunner
{
public:
    CommandRunner() = default;
    virtual ~CommandRunner() = default;
    Q_DISABLE_COPY_MOVE(CommandRunner)

    virtual CommandResult run(const QString &program, const QStringList &arguments) = 0;
};

/** The real runner: QProcess, no shell, killed after a timeout. */
class ProcessCommandRunner final : public CommandRunner
{
public:
    explicit ProcessCommandRunner(int timeoutMs = 10000)
        : m_timeoutMs(timeoutMs)
    {}

    CommandResult run(const QString &program, const QStringList &arguments) override;

private:
    int m_timeoutMs;
};

} // namespace Veil
