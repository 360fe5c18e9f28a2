#include "RecordingRunner.h"

namespace Veil::Test {

CommandResult RecordingRunner::run(const QString &program, const QStringList &arguments)
{
    calls.append(QStringList{program} + arguments);
    return m_handler ? m_handler(program, arguments) : success();
}

CommandResult RecordingRunner::success(const QByteArray &out)
{
    CommandResult r;
    r.started = true;
    r.finished = true;
    r.exitCode = 0;
    r.out = out;
    return r;
}

CommandResult RecordingRunner::failure(int exitCode, const QByteArray &err)
{
    CommandResult r;
    r.started = true;
    r.finished = true;
    r.exitCode = exitCode;
    r.err = err;
    return r;
}

CommandResult FakeKConfig::operator()(const QString &program, const QStringList &args)
{
    const qsizetype keyAt = args.indexOf(QStringLiteral("--key"));
    const QString key = keyAt >= 0 ? args.value(keyAt + 1) : QString();
    if (program.startsWith(QLatin1String("kreadconfig"))) {
        const qsizetype defaultAt = args.indexOf(QStringLiteral("--default"));
        const QString fallback = defaultAt >= 0 ? args.value(defaultAt + 1) : QString();
        return RecordingRunner::success(values.value(key, fallback).toUtf8() + '\n');
    }
    if (program.startsWith(QLatin1String("kwriteconfig"))) {
        if (failWritesAfter >= 0 && writes >= failWritesAfter) {
            return RecordingRunner::failure(1, "kwriteconfig: simulated failure");
        }
        ++writes;
        if (args.constLast() == QLatin1String("--delete")) {
            values.remove(key);
        } else {
            values.insert(key, args.constLast());
        }
    }
    return RecordingRunner::success();
}

} // namespace Veil::Test
