#pragma once

#include "cache/CachePolicy.h"
#include "cache/CacheStore.h"
#include "config/Settings.h"
#include "dns/DnsCache.h"
#include "engine/EngineContext.h"
#include "exits/ExitHealthBoard.h"
#include "exits/ExitIpChecker.h"
#include "rules/Blocklist.h"
#include "rules/BlocklistUpdater.h"
#include "rules/PolicyCounters.h"

#include <QHash>

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <vector>

namespace Veil {

class EventHub;
class HealthChecker;
class Listener;
class Worker;

/** Owns a QThread that is quit and joined on destruction (STYLE.md, Threads). */
struct ThreadDeleter
{
    void operator()(QThread *thread) const
    {
        thread->quit();
        thread->wait();
        delete thread;
    }
};
using ThreadPtr = std::unique_ptr<QThread, ThreadDeleter>;

/**
 * The proxy engine: one listener thread, a pool of worker threads (one event loop each), the
 * event hub and the live settings snapshot. Used the same way by the headless runner, the GUI and
 * tests. Lives in the thread that created it (usually the main thread).
 */
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    /**
     * Binds the listener and starts the workers. Returns false with errorString() set (port in use,
     * address not available, settings refused by Settings::validate()).
     */
    bool start(const Settings &settings, const QHash<QString, QString> &exitPasswords = {});
    /**
     * Graceful stop: stop accepting, close idle connections, let live transfers finish for up to
     * shutdownTimeoutMs, then close the rest. Emits stopped() when done.
     */
    void stop();
    /** Immediate stop: every connection is closed now. */
    void stopNow();

    /**
     * Moves the listener to @p settings' listen host and port without stopping: the new address is
     * bound first and only then the old one closed, so a refused address (taken, not local) leaves
     * Veil serving where it was, and connections already open carry on either way. False with
     * errorString() set when the new address is refused.
     */
    bool moveListener(const Settings &settings);

    /**
     * Publishes new settings for new connections (the listen address moves with moveListener()).
     * Exit passwords are resolved by the caller (keychain or environment), keyed by exit id.
     */
    void applySettings(const Settings &settings, const QHash<QString, QString> &exitPasswords = {});
    ExitHealthBoard &exitHealth() { return m_health; }
    const ExitHealthBoard &exitHealth() const { return m_health; }

    bool isRunning() const { return m_running; }
    QHostAddress address() const;
    quint16 port() const;
    QString errorString() const { return m_error; }
    EventHub *eventHub() const { return m_hub.get(); }
    const EngineStats &stats() const { return m_stats; }
    EngineContextPtr context() const { return m_context.get(); }

    /** Hit counters of rules ("rule:ID") and blocklists ("list:NAME"); they survive settings changes. */
    const PolicyCounters &policyCounters() const { return *m_policyCounters; }
    /** What loading the current blocklists found (one report per enabled list). */
    QList<BlocklistReport> blocklistReports() const;
    /**
     * Reads the enabled lists again on a pool thread and swaps them in (see blocklistsLoaded());
     * the lists in force stay until then. Runs by itself when a subscription brings a new copy.
     */
    void reloadBlocklists();
    /**
     * "Update now": reloads the local lists and checks subscription @p name (every subscription
     * when empty) for a new version at once; see subscriptionStateChanged().
     */
    void updateBlocklists(const QString &name = {});
    /** Where each enabled subscription stands (last check, error, rules in the copy). */
    QList<SubscriptionState> subscriptionStates() const;

    /** The HTTP cache's store; null while the cache is off. */
    std::shared_ptr<Cache::CacheStore> cacheStore() const { return m_cacheStore; }
    /** Deletes every cached response (UI "clear all"). */
    void clearCache();
    /** Deletes the cached responses of @p host and its subdomains; returns how many. */
    int clearCacheHost(const QString &host);

    /** Probes exits (null until started with at least one enabled exit). */
    HealthChecker *healthChecker() const { return m_healthChecker; }
    /** Checks the public address of @p exitId (every enabled exit when empty) now; see exitIpChecked(). */
    void checkExitIps(const QString &exitId = {});
    /** The latest IP check result of each exit (empty while no exit is enabled). */
    QHash<QString, ExitIpResult> exitIpResults() const;

    /**
     * Closes live connection @p id (a TrafficEvent id: a plain-HTTP request's connection, a CONNECT
     * or SOCKS5 tunnel, also one relayed by EpollRelay) now; its End record says "closed by user".
     * Thread-safe: the call is posted to the workers, and the answer comes as
     * connectionCloseAnswered(). Returns false, and reports false, when @p id is certainly not
     * live (engine stopped, an id never handed out).
     */
    bool closeConnection(quint64 id);

Q_SIGNALS:
    void stopped();
    /** The answer to closeConnection(@p id): @p closed is false when it was no longer live. */
    void connectionCloseAnswered(quint64 id, bool closed);
    /** An exit went down or came back up (from the health checker). */
    void exitHealthChanged(const QString &exitId, bool up, const QString &error);
    /** An exit's public address (and country) was checked: after it first came up, or on demand. */
    void exitIpChecked(const Veil::ExitIpResult &result);
    /**
     * Blocklists changed by applySettings() were loaded and compiled on a pool thread and are now
     * in use for new connections (until then the previous lists stay in force).
     */
    void blocklistsLoaded(const QList<Veil::BlocklistReport> &reports);
    /** A subscription check started or finished. */
    void subscriptionStateChanged(const Veil::SubscriptionState &state);

private:
    void dispatch(qintptr descriptor);
    void onWorkerDrained();
    void finishStop();
    void setUpdaterProxy(const QHostAddress &bound, quint16 port, const Settings &settings);
    void updateHealthChecker(std::shared_ptr<const Router> router);
    void onBlocklistsLoaded(quint64 generation, std::shared_ptr<const Blocklist> lists);
    /** Sets @p context's cache from its settings: the running store, a new one, or none. */
    void configureCache(EngineContext &context);
    void loadBlocklistsInBackground();
    void onCloseAnswered(quint64 id, bool closed);

    std::unique_ptr<EventHub> m_hub;
    EngineStats m_stats;
    ExitHealthBoard m_health;
    DnsCache m_dnsCache;
    Cache::CachePolicy m_cachePolicy;
    std::shared_ptr<Cache::CacheStore> m_cacheStore;
    ContextHolder m_context;
    ThreadPtr m_listenerThread;
    Listener *m_listener = nullptr; // lives in m_listenerThread
    std::vector<ThreadPtr> m_workerThreads;
    std::vector<Worker *> m_workers; // each lives in its thread
    std::atomic<unsigned> m_next{0};
    QTimer m_stopTimer;
    HealthChecker *m_healthChecker = nullptr;
    /** closeConnection() requests waiting for their workers: id → (answers missing, closed). */
    QHash<quint64, std::pair<int, bool>> m_closing;
    int m_drained = 0;
    bool m_running = false;
    bool m_stopping = false;
    QString m_error;
    std::shared_ptr<PolicyCounters> m_policyCounters = std::make_shared<PolicyCounters>();
    std::shared_ptr<const Blocklist> m_blocklist = std::make_shared<const Blocklist>();
    QList<BlocklistSource> m_blocklistSources; ///< what m_blocklist was (or is being) built from
    quint64 m_blocklistGeneration = 0;
    BlocklistUpdater m_updater;
    /** Loads blocklists off the data path; last member, so it is joined before the rest goes. */
    QThreadPool m_loadPool;
};

} // namespace Veil
