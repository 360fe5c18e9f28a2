#pragma once

#include "platform/CommandRunner.h"

#include <QMap>

#include <functional>

namespace Veil::Test {

/**
 * A CommandRunner that records every command line ("program arg1 arg2", arguments kept apart
 * in `calls`) and answers from a handler, for tests of the system-proxy backends.
 */
class RecordingRunner final : public CommandRunner
{
public:
    using Handler = std::function<CommandResult(const QString &program, const QStringList &args)>;

    explicit RecordingRunner(Handler handler = {})
        : m_handler(std::move(handler))
    {}

    CommandResult run(const QString &program, const QStringList &arguments) override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /** Each call as the program followed by its arguments. */
    QList<QStringList> calls;

    static CommandResult success(const QByteArray &out = {});
    static CommandResult failure(int exitCode, const QByteArray &err);

private:
    Handler m_handler;
};

/**
 * kreadconfig6/kwriteconfig6 over an in-memory [Proxy Settings] group: keys not in `values`
 * read as the --default argument; kwriteconfig --delete removes them. dbus-send succeeds.
 * `failWrites` makes every kwriteconfig call after the first n fail (n = failWritesAfter).
 */
struct FakeKConfig
{
    QMap<QString, QString> values;
    int failWritesAfter = -1;
    int writes = 0;

    CommandResult operator()(const QString &program, const QStringList &args);
};

} // namespace Veil::Test
