#pragma once

#include "config/Settings.h"
#include "exits/ExitHealthBoard.h"
#include "exits/ExitIpChecker.h"
#include "exits/HealthChecker.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace Veil {

class Router;

/**
 * `veil --check-exits`: probes every enabled exit once (HealthChecker), checks the public address
 * and country of each that is up (its ExitIpChecker), prints one line per exit on stdout as it
 * completes, then emits finished(): 0 when every enabled exit is up and its address (and, with a
 * GeoIP database, its country) checks out, 3 otherwise or when no exit is configured. Nothing
 * listens; a running Veil on the same port is not disturbed.
 */
class ExitCheckRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExitCheckRunner)

public:
    static constexpr int ExitCodeProblem = 3;

    explicit ExitCheckRunner(QObject *parent = nullptr);
    ~ExitCheckRunner() override;

    /** Starts the checks; finished() always follows, never from inside this call. */
    void start(const Settings &settings);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onProbe(const Veil::ProbeResult &result);
    void onIpChecked(const Veil::ExitIpResult &result);
    void complete(const QString &exitId, const ExitIpResult *ip);
    void finishSoon();
    QString label(const QString &exitId) const;

    ExitSettings m_settings;
    std::shared_ptr<const Router> m_router;
    ExitHealthBoard m_board;
    HealthChecker *m_checker = nullptr;
    QSet<QString> m_pending;
    QHash<QString, ProbeResult> m_probes;
    bool m_problem = false;
};

} // namespace Veil
