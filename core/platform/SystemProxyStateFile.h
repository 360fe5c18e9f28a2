#pragma once

#include "platform/SystemProxy.h"

#include <optional>

namespace Veil {

/**
 * What Veil needs to undo its system proxy change, even after a crash or kill -9: the user's
 * settings from before ("saved"), the values Veil wrote ("written"), the target, the backend
 * and Veil's PID. Its presence is the "Veil is active" mark. Written atomically (QSaveFile).
 */
struct SystemProxyState
{
    static constexpr int Version = 1;
    QString backend;
    SystemProxyTarget target;
    SystemProxySnapshot saved;
    SystemProxySnapshot written;
    qint64 pid = 0;
};

class SystemProxyStateFile
{
public:
    explicit SystemProxyStateFile(QString path);

    /** AppDataLocation + "/system-proxy-state.json". */
    static QString defaultPath();

    QString path() const { return m_path; }
    bool exists() const;
    /** The state, or nothing with errorString() set (a missing file leaves it empty). */
    std::optional<SystemProxyState> load();
    bool save(const SystemProxyState &state);
    /** Removes the mark; true when it is gone. */
    bool remove();
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace Veil
