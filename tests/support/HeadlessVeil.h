#pragma once

#include "TestProcess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Veil::Test {

/**
 * The real `veil --headless` binary (a test passes VEIL_BINARY) on a free loopback port, with a private
 * config home so no user configuration leaks in. Stopped by PID on destruction.
 */
class HeadlessVeil
{
    Q_DISABLE_COPY_MOVE(HeadlessVeil)

public:
    explicit HeadlessVeil(QString binary);
    ~HeadlessVeil();

    /**
     * The environment veil runs with: the test's own (which may carry a private D-Bus session for
     * the keychain) without proxy variables, display or any VEIL_* variable, with a private
     * XDG_CONFIG_HOME. Add variables to it before start().
     */
    QProcessEnvironment &environment() { return m_env; }

    /** Writes @p config as veil.json into a private folder and returns its path. */
    QString writeConfig(const QJsonObject &config);

    /**
     * Starts `veil --headless --listen 127.0.0.1:PORT --log-format text` plus @p args and waits
     * until it listens. False with errorString() (including veil's stderr) when it does not.
     */
    bool start(const QStringList &args);
    /** TestProcess::terminate() (SIGTERM) and wait for a clean exit (code 0). */
    bool stop();

    quint16 port() const { return m_port; }
    TestProcess &process() { return *m_process; }
    QByteArray stdoutText() { return m_process ? m_process->stdoutText() : QByteArray(); }
    QByteArray stderrText() { return m_process ? m_process->stderrText() : QByteArray(); }
    QString errorString() const { return m_error; }

private:
    QString m_binary;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    std::unique_ptr<TestProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Veil::Test
