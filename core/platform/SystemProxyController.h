#pragma once

#include "platform/SystemProxy.h"
#include "platform/SystemProxyStateFile.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Veil {

/**
 * Points the operating system's proxy at Veil and puts the user's own settings back, safely
 * (DESIGN.md, System proxy):
 *  - before the first change the user's settings go to a state file (the "Veil is active"
 *    mark); disable() restores exactly those and removes the mark;
 *  - recoverLeftover() undoes a change left by a Veil that crashed or was killed;
 *  - a watcher notices when another program changes the settings while Veil is on, emits
 *    changedExternally() and leaves them alone; a restore never overwrites such a change
 *    (each scope is restored only while it still holds what Veil wrote).
 * Calls block while the system tools run (tens of milliseconds each; more on macOS), so a GUI
 * may want to give this object its own thread and talk to it with queued calls.
 */
class SystemProxyController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemProxyController)

public:
    enum class State
    {
        Off,
        Active,           ///< the system proxy points at Veil and nobody else changed it
        ChangedExternally ///< Veil set it, then another program changed it; Veil stays out of the way
    };
    Q_ENUM(State)

    enum class Recovery
    {
        NothingToDo, ///< no leftover mark
        Restored,    ///< the user's settings are back (or cleared, when they were Veil's own)
        LeftAlone,   ///< the settings no longer held Veil's values: someone changed them; mark removed
        Failed       ///< see errorString(); the mark stays so a later try can still restore
    };
    Q_ENUM(Recovery)

    /** @p statePath: SystemProxyStateFile::defaultPath() in the app, a temp file in tests. */
    SystemProxyController(std::unique_ptr<SystemProxy> backend, const QString &statePath,
                          QObject *parent = nullptr);
    /** Restores the user's settings when still active (quit = disable). */
    ~SystemProxyController() override;

    /**
     * Saves the current settings (unless already active) and points the system at @p target.
     * A leftover from a crash is taken over when it points at @p target and is still in place (no
     * gap), otherwise recovered first. False with errorString() when nothing changed
     * or the change was rolled back.
     */
    bool enable(const SystemProxyTarget &target);
    /** Restores the saved settings (scopes someone else changed are left alone) and removes the mark. */
    bool disable();
    /** At start: undoes a change left behind by a Veil that did not exit cleanly. */
    Recovery recoverLeftover();
    /** One watcher pass now (the timer calls it every pollInterval()). */
    void checkNow();

    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Off; }
    SystemProxyTarget target() const { return m_active.target; }
    /** Scopes another program changed while Veil was on (after changedExternally()). */
    QStringList changedScopes() const { return m_changed; }
    /** Scopes the last restore left alone because someone else had changed them. */
    QStringList leftAloneScopes() const { return m_leftAlone; }
    QString backendName() const { return m_backend->displayName(); }
    QString statePath() const { return m_file.path(); }
    QString errorString() const { return m_error; }

    void setPollInterval(int ms);
    int pollInterval() const { return m_timer.interval(); }

Q_SIGNALS:
    void stateChanged(Veil::SystemProxyController::State state);
    /** Another program changed the system proxy while Veil had it: tell the user, do not fight. */
    void changedExternally(const QStringList &scopes);
    /** A watcher read failed (the tool is gone, …); the state is unchanged. */
    void errorOccurred(const QString &message);

private:
    /**
     * When the leftover of a Veil that is gone points at @p target and the system still holds what
     * it wrote: makes it this process's active change (nothing is written). False otherwise.
     */
    bool adoptLeftover(const SystemProxyTarget &target);
    /** Restores @p state's scopes that still hold what Veil wrote; removes the mark on success. */
    bool restore(const SystemProxyState &state);
    void setState(State state);

    std::unique_ptr<SystemProxy> m_backend;
    SystemProxyStateFile m_file;
    SystemProxyState m_active;
    State m_state = State::Off;
    QStringList m_changed;
    QStringList m_leftAlone;
    QString m_error;
    QTimer m_timer;
};

} // namespace Veil
