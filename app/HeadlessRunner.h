#pragma once

#include "config/Settings.h"
#include "platform/SystemProxy.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace Veil {

class Engine;
class SignalWatcher;
class SystemProxyController;
class TrafficLogWriter;

/**
 * `veil --headless`: starts the engine, prints traffic to stdout, and stops gracefully on
 * SIGINT/SIGTERM (a second signal stops at once). Exit codes: 0 after a clean stop, 1 when the
 * engine cannot start (port taken, …) or the system proxy cannot be set.
 */
class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

public:
    explicit HeadlessRunner(QObject *parent = nullptr);
    ~HeadlessRunner() override;

    /**
     * --system-proxy: once the engine listens, point the system proxy at it (backend "auto" or a
     * name); it is restored on SIGINT/SIGTERM and on exit.
     */
    void setSystemProxy(SystemProxyTarget::Mode mode, const QString &backend);

    /** Returns false (message already printed to stderr) when the engine cannot start. */
    bool start(const Settings &settings);

private:
    bool startSystemProxy(const QHostAddress &address);

    std::unique_ptr<Engine> m_engine;
    TrafficLogWriter *m_log = nullptr;
    SignalWatcher *m_signals = nullptr;
    SystemProxyController *m_systemProxy = nullptr;
    bool m_wantSystemProxy = false;
    SystemProxyTarget::Mode m_systemProxyMode = SystemProxyTarget::Mode::Fixed;
    QString m_systemProxyBackend;
};

} // namespace Veil
