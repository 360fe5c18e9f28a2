#pragma once

#include "config/Settings.h"
#include "engine/Engine.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace Veil::Test {

/**
 * A Veil::Engine running in-process on 127.0.0.1 with an ephemeral port. The engine's listener and
 * workers run on their own threads, so the test thread may block (e.g. on curl) meanwhile.
 */
class EngineFixture
{
    Q_DISABLE_COPY_MOVE(EngineFixture)

public:
    EngineFixture();
    ~EngineFixture();

    /** Settings suited to tests: 127.0.0.1:0, two workers, short shutdown; tweak and pass to start(). */
    static Settings testSettings();

    /** Starts on 127.0.0.1:0 whatever @p settings says about the address. */
    bool start(Settings settings = testSettings(), const QHash<QString, QString> &exitPasswords = {});
    void stopNow();

    Engine &engine() { return *m_engine; }
    quint16 port() const { return m_engine->port(); }
    /** "http://127.0.0.1:PORT" for curl -x. */
    QString proxyUrl() const;
    /** "127.0.0.1:PORT" for curl --socks5-hostname. */
    QString hostPort() const;
    QString errorString() const { return m_engine->errorString(); }

private:
    std::unique_ptr<Engine> m_engine;
};

} // namespace Veil::Test
