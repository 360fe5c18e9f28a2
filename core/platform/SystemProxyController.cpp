#include "platform/SystemProxyController.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Veil {

Q_LOGGING_CATEGORY(lcSystemProxy, "veil.platform.systemproxy")

namespace {

/** @p full cut down to the scopes and keys of @p shape. */
SystemProxySnapshot restrictTo(const SystemProxySnapshot &full, const SystemProxySnapshot &shape)
{
    SystemProxySnapshot out;
    for (auto scope = shape.scopes.cbegin(); scope != shape.scopes.cend(); ++scope) {
        const SystemProxySnapshot::Scope have = full.scopes.value(scope.key());
        SystemProxySnapshot::Scope values;
        for (auto kv = scope->cbegin(); kv != scope->cend(); ++kv) {
            if (have.contains(kv.key())) {
                values.insert(kv.key(), have.value(kv.key()));
            }
        }
        out.scopes.insert(scope.key(), values);
    }
    return out;
}

/** Whether another process with @p pid exists (a Veil that still owns the setting). */
bool otherProcessAlive(qint64 pid)
{
    if (pid <= 0 || pid == QCoreApplication::applicationPid()) {
        return false;
    }
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return false; // the GUI is single-instance there; headless Windows/macOS runs take the risk
#endif
}

} // namespace

SystemProxyController::SystemProxyController(std::unique_ptr<SystemProxy> backend, const QString &statePath,
                                             QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_file(statePath)
{
    setObjectName(QStringLiteral("SystemProxyController"));
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &SystemProxyController::checkNow);
}

SystemProxyController::~SystemProxyController()
{
    if (isActive() && !disable()) {
        qCWarning(lcSystemProxy) << "could not restore the system proxy:" << m_error;
    }
}

void SystemProxyController::setPollInterval(int ms)
{
    m_timer.setInterval(ms);
}

void SystemProxyController::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

bool SystemProxyController::enable(const SystemProxyTarget &target)
{
    if (m_state == State::Active && m_active.target == target) {
        return true;
    }
    if (isActive() && !disable()) {
        return false;
    }
    if (m_file.exists() && adoptLeftover(target)) {
        return true;
    }
    if (m_file.exists() && recoverLeftover() == Recovery::Failed) {
        return false;
    }
    SystemProxySnapshot current;
    if (!m_backend->read(&current, &m_error)) {
        return false;
    }
    SystemProxyState state;
    state.backend = m_backend->id();
    state.target = target;
    state.saved = current;
    state.written = m_backend->settingsFor(current, target);
    state.pid = QCoreApplication::applicationPid();
    // The mark goes to disk before anything changes: a crash from here on is recoverable.
    if (!m_file.save(state)) {
        m_error = tr("Veil did not change the system proxy: %1").arg(m_file.errorString());
        return false;
    }
    QString error;
    SystemProxySnapshot after;
    bool ok = m_backend->write(state.written, &error) && m_backend->read(&after, &error);
    if (ok) {
        for (auto scope = state.written.scopes.cbegin(); scope != state.written.scopes.cend(); ++scope) {
            if (!m_backend->pointsAt(after.scopes.value(scope.key()), target)) {
                error = tr("%1 did not keep the new setting").arg(scope.key());
                ok = false;
                break;
            }
        }
    }
    if (!ok) {
        QString rollbackError;
        if (m_backend->write(restrictTo(current, state.written), &rollbackError)) {
            m_file.remove();
            m_error = tr("cannot set the system proxy: %1").arg(error);
        } else {
            m_error = tr("cannot set the system proxy: %1; putting the old settings back failed too (%2), "
                         "run veil --restore-system-proxy")
                          .arg(error, rollbackError);
        }
        return false;
    }
    // Keep what the system reports back (it may normalise a value), so the watcher and the
    // restore compare with what is really there.
    state.written = restrictTo(after, state.written);
    if (!m_file.save(state)) {
        qCWarning(lcSystemProxy) << "cannot update the state file:" << m_file.errorString();
    }
    m_active = state;
    m_changed.clear();
    m_error.clear();
    setState(State::Active);
    m_timer.start();
    return true;
}

bool SystemProxyController::restore(const SystemProxyState &state)
{
    m_leftAlone.clear();
    SystemProxySnapshot current;
    if (!m_backend->read(&current, &m_error)) {
        return false;
    }
    SystemProxySnapshot original;
    for (auto scope = state.written.scopes.cbegin(); scope != state.written.scopes.cend(); ++scope) {
        const SystemProxySnapshot::Scope saved = state.saved.scopes.value(scope.key());
        // Someone else changed this scope if a key holds neither what Veil wrote nor what the user
        // had (a change Veil only got half-way through still counts as Veil's): theirs wins.
        const auto now = current.scopes.constFind(scope.key());
        bool theirs = now == current.scopes.cend();
        for (auto kv = scope->cbegin(); !theirs && kv != scope->cend(); ++kv) {
            const QString value = now->value(kv.key());
            theirs = value != kv.value() && value != saved.value(kv.key());
        }
        if (theirs) {
            m_leftAlone.append(scope.key());
            continue;
        }
        SystemProxySnapshot::Scope values;
        for (auto kv = scope->cbegin(); kv != scope->cend(); ++kv) {
            values.insert(kv.key(), saved.value(kv.key()));
        }
        // The "user's settings" were Veil's own leftover: restoring them would point the system at a
        // Veil that is not running, so switch the proxy off instead.
        if (m_backend->pointsAt(saved, state.target)) {
            values = m_backend->cleared(values);
        }
        original.scopes.insert(scope.key(), values);
    }
    if (!original.isEmpty() && !m_backend->write(original, &m_error)) {
        return false;
    }
    if (!m_file.remove()) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

bool SystemProxyController::disable()
{
    if (!isActive()) {
        return true;
    }
    m_timer.stop();
    if (!restore(m_active)) {
        if (m_state == State::Active) {
            m_timer.start();
        }
        return false;
    }
    m_active = {};
    m_changed.clear();
    setState(State::Off);
    return true;
}

bool SystemProxyController::adoptLeftover(const SystemProxyTarget &target)
{
    const std::optional<SystemProxyState> leftover = m_file.load();
    if (!leftover || leftover->backend != m_backend->id() || !(leftover->target == target) ||
        otherProcessAlive(leftover->pid)) {
        return false;
    }
    SystemProxySnapshot current;
    QString error;
    if (!m_backend->read(&current, &error)) {
        return false;
    }
    for (auto scope = leftover->written.scopes.cbegin(); scope != leftover->written.scopes.cend(); ++scope) {
        if (!current.contains(scope.key(), *scope)) {
            return false; // someone changed it since: the usual recovery sorts that out
        }
    }
    // A Veil that did not exit cleanly left the system pointed at this very listener, and it is to
    // point there again: take the change over as it stands, with the user's settings it saved.
    // Restoring first and then setting again would let requests out direct in between (and with the
    // kill switch on, that gap is exactly what the user asked never to happen).
    SystemProxyState adopted = *leftover;
    adopted.pid = QCoreApplication::applicationPid();
    if (!m_file.save(adopted)) {
        return false;
    }
    qCInfo(lcSystemProxy) << "took over the system proxy change a previous Veil left behind";
    m_active = adopted;
    m_changed.clear();
    m_error.clear();
    setState(State::Active);
    m_timer.start();
    return true;
}

SystemProxyController::Recovery SystemProxyController::recoverLeftover()
{
    if (isActive() || !m_file.exists()) {
        return Recovery::NothingToDo;
    }
    const std::optional<SystemProxyState> state = m_file.load();
    if (!state) {
        // Unreadable: keep it aside for the user, so it does not block Veil for good.
        const QString aside = m_file.path() + QStringLiteral(".broken");
        QFile::remove(aside);
        QFile::rename(m_file.path(), aside);
        m_error = tr("%1; it was moved to %2").arg(m_file.errorString(), aside);
        return Recovery::Failed;
    }
    if (state->backend != m_backend->id()) {
        m_error = tr("the leftover system proxy change in %1 was made with the %2 backend, not %3")
                      .arg(m_file.path(), state->backend, m_backend->id());
        return Recovery::Failed;
    }
    if (otherProcessAlive(state->pid)) {
        m_error = tr("another Veil (process %1) has the system proxy; stop it first").arg(state->pid);
        return Recovery::Failed;
    }
    if (!restore(*state)) {
        return Recovery::Failed;
    }
    return m_leftAlone.size() == state->written.scopes.size() ? Recovery::LeftAlone : Recovery::Restored;
}

void SystemProxyController::checkNow()
{
    if (m_state != State::Active) {
        return;
    }
    SystemProxySnapshot current;
    QString error;
    if (!m_backend->read(&current, &error)) {
        Q_EMIT errorOccurred(error);
        return;
    }
    QStringList changed;
    for (auto scope = m_active.written.scopes.cbegin(); scope != m_active.written.scopes.cend(); ++scope) {
        if (!current.contains(scope.key(), *scope)) {
            changed.append(scope.key());
        }
    }
    if (changed.isEmpty()) {
        return;
    }
    m_timer.stop();
    m_changed = changed;
    setState(State::ChangedExternally);
    Q_EMIT changedExternally(changed);
}

} // namespace Veil
