#include "platform/CommandRunner.h"

#include <QCoreApplication>
#include <QProcess>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::CommandRunner)
};

} // namespace

QString CommandResult::describe(const QString &program) const
{
    if (!started) {
        return Tr::tr("%1 could not be started (is it installed?)").arg(program);
    }
    if (!finished) {
        return Tr::tr("%1 did not finish in time").arg(program);
    }
    const QString detail = QString::fromLocal8Bit(err.trimmed().left(300));
    if (detail.isEmpty()) {
        return Tr::tr("%1 failed with exit code %2").arg(program).arg(exitCode);
    }
    return Tr::tr("%1 failed with exit code %2: %3").arg(program).arg(exitCode).arg(detail);
}

CommandResult ProcessCommandRunner::run(const QString &program, const QStringList &arguments)
{
    CommandResult result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(m_timeoutMs)) {
        return result;
    }
    result.started = true;
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.err = process.readAllStandardError();
        return result;
    }
    result.finished = true;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Veil
