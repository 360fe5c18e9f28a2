#pragma once

#include "config/Settings.h"

#include <QObject>

#include <memory>

namespace Veil {

class Engine;
class SignalWatcher;
class TrafficLogWriter;

/**
 * `veil --headless`: starts the engine, prints traffic to stdout, and stops gracefully on
 * SIGINT/SIGTERM (a second signal stops at once). Exit codes: 0 after a clean stop, 1 when the
 * engine cannot start (port taken, …).
 */
class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

public:
    explicit HeadlessRunner(QObject *parent = nullptr);
    ~HeadlessRunner() override;

    /** Returns false (message already printed to stderr) when the engine cannot start. */
    bool start(const Settings &settings);

private:
    std::unique_ptr<Engine> m_engine;
    TrafficLogWriter *m_log = nullptr;
    SignalWatcher *m_signals = nullptr;
};

} // namespace Veil
