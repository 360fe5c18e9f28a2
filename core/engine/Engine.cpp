#include "engine/Engine.h"

#include "engine/Listener.h"
#include "engine/Worker.h"
#include "exits/HealthChecker.h"
#include "exits/Router.h"
#include "privacy/PrivacyFilter.h"
#include "rules/Policy.h"
#include "traffic/EventHub.h"

#include <QAbstractEventDispatcher>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcWorker)
Q_LOGGING_CATEGORY(lcRules, "veil.rules", QtInfoMsg)

namespace Veil {

namespace {

/** What binding a listener gave; filled in the listener's thread. */
struct BoundListener
{
    bool listening = false;
    QString error;
    QHostAddress address;
    quint16 port = 0;
};

/** Binds @p listener to @p settings' address and leaves it paused (accepting nothing yet). */
BoundListener bindPaused(Listener &listener, const Settings &settings)
{
    BoundListener b;
    b.listening = listener.listen(settings.listenAddress(), settings.listenPort);
    listener.pauseAccepting();
    b.error = listener.errorString();
    b.address = listener.serverAddress();
    b.port = listener.serverPort();
    return b;
}

QString listenError(const Settings &settings, const QString &why)
{
    return Engine::tr("cannot listen on %1:%2: %3")
        .arg(settings.listenHost)
        .arg(settings.listenPort)
        .arg(why);
}

} // namespace

Engine::Engine(QObject *parent)
    : QObject(parent)
    , m_hub(std::make_unique<EventHub>())
{
    setObjectName(QStringLiteral("Engine"));
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, &Engine::finishStop);
    m_loadPool.setObjectName(QStringLiteral("veil-blocklists"));
    m_loadPool.setMaxThreadCount(1);
    connect(&m_updater, &BlocklistUpdater::listUpdated, this, &Engine::reloadBlocklists);
    connect(&m_updater, &BlocklistUpdater::stateChanged, this, &Engine::subscriptionStateChanged);
}

Engine::~Engine()
{
    m_loadPool.clear();
    m_loadPool.waitForDone(); // a finished load posts to this object; Qt drops it once we are gone
    if (m_running) {
        stopNow();
    }
}

bool Engine::start(const Settings &settings, const QHash<QString, QString> &exitPasswords)
{
    if (m_running) {
        m_error = tr("the engine is already running");
        return false;
    }
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }

    auto context = std::make_shared<EngineContext>();
    context->settings = settings;
    context->hub = m_hub.get();
    context->stats = &m_stats;
    context->router = std::make_shared<const Router>(settings.exits, exitPasswords);
    context->health = &m_health;
    context->dnsCache = &m_dnsCache;
    m_dnsCache.clear();
    configureCache(*context);
    // Before the listener exists, so the first connection already sees the lists.
    m_blocklistSources = settings.rules.enabledSources();
    ++m_blocklistGeneration; // a load still running for an earlier run is stale
    m_blocklist = Blocklist::load(m_blocklistSources);
    for (const BlocklistReport &report : m_blocklist->reports()) {
        if (report.error.isEmpty()) {
            continue;
        }
        const auto config = std::find_if(settings.rules.blocklists.cbegin(), settings.rules.blocklists.cend(),
                                         [&](const BlocklistConfig &b) { return b.name == report.name; });
        if (config != settings.rules.blocklists.cend() && config->isSubscription() &&
            !QFileInfo::exists(report.path)) {
            qCInfo(lcRules).noquote() << tr("%1: no copy yet; downloading %2").arg(report.name, config->url);
        } else {
            qCWarning(lcRules).noquote() << report.summary();
        }
    }
    context->policy =
        std::make_shared<const Policy>(settings.rules, settings.exits.mode, m_blocklist, m_policyCounters);
    context->privacy = std::make_shared<const PrivacyFilter>(settings.privacy);

    m_listenerThread.reset(new QThread);
    m_listenerThread->setObjectName(QStringLiteral("veil-listener"));
    m_listener = new Listener([this](qintptr fd) { dispatch(fd); });
    m_listener->moveToThread(m_listenerThread.get());
    connect(m_listenerThread.get(), &QThread::finished, m_listener, &QObject::deleteLater);
    m_listenerThread->start();

    // Bound paused: nothing may be dispatched before the workers and the context exist.
    BoundListener bound;
    QMetaObject::invokeMethod(
        m_listener, [&] { bound = bindPaused(*m_listener, settings); }, Qt::BlockingQueuedConnection);
    if (!bound.listening) {
        m_error = listenError(settings, bound.error);
        m_listenerThread.reset();
        m_listener = nullptr;
        return false;
    }
    context->boundAddress = bound.address;
    context->boundPort = bound.port;
    m_context.set(context);

    const int count = settings.workerCount();
    for (int i = 0; i < count; ++i) {
        ThreadPtr thread(new QThread);
        thread->setObjectName(QStringLiteral("veil-worker-%1").arg(i));
        auto *worker = new Worker(i, &m_context);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &Worker::drained, this, &Engine::onWorkerDrained, Qt::QueuedConnection);
        thread->start();
        m_workers.push_back(worker);
        m_workerThreads.push_back(std::move(thread));
    }
    m_drained = 0;
    m_stopping = false;
    m_running = true;
    m_error.clear();
    QMetaObject::invokeMethod(
        m_listener, [l = m_listener] { l->resumeAccepting(); }, Qt::QueuedConnection);
    updateHealthChecker(context->router);
    m_updater.setLists(settings.rules.blocklists);
    setUpdaterProxy(bound.address, bound.port, settings);
    return true;
}

void Engine::setUpdaterProxy(const QHostAddress &bound, quint16 port, const Settings &settings)
{
    // Subscriptions are fetched through this listener, so they take the route the rules give them.
    QHostAddress proxyHost = bound;
    if (proxyHost == QHostAddress::AnyIPv4 || proxyHost == QHostAddress::Any) {
        proxyHost = QHostAddress(QHostAddress::LocalHost);
    } else if (proxyHost == QHostAddress::AnyIPv6) {
        proxyHost = QHostAddress(QHostAddress::LocalHostIPv6);
    }
    m_updater.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost.toString(), port, settings.proxyUser,
                                     settings.proxyPassword));
}

bool Engine::moveListener(const Settings &settings)
{
    if (!m_running || m_stopping) {
        m_error = tr("Veil is not running");
        return false;
    }
    // The running settings at the new address must still pass: a wider address needs the opt-in
    // and credentials that start() asks for.
    Settings atNewAddress = m_context.get()->settings;
    atNewAddress.listenHost = settings.listenHost;
    atNewAddress.listenPort = settings.listenPort;
    if (const QString problem = atNewAddress.validate(); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    Listener *moved = nullptr;
    BoundListener bound;
    QMetaObject::invokeMethod(
        m_listener,
        [&] {
            // Created here, so it lives in the listener thread like the one it replaces; paused
            // until the snapshot names the new address (loop detection, PAC).
            auto next = std::make_unique<Listener>([this](qintptr fd) { dispatch(fd); });
            bound = bindPaused(*next, atNewAddress);
            if (bound.listening) {
                m_listener->close();
                m_listener->deleteLater();
                moved = next.release();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!moved) {
        m_error = listenError(settings, bound.error);
        return false;
    }
    connect(m_listenerThread.get(), &QThread::finished, moved, &QObject::deleteLater);
    m_listener = moved;
    auto context = std::make_shared<EngineContext>(*m_context.get());
    context->settings = atNewAddress;
    context->boundAddress = bound.address;
    context->boundPort = bound.port;
    m_context.set(std::move(context));
    QMetaObject::invokeMethod(
        m_listener, [l = m_listener] { l->resumeAccepting(); }, Qt::QueuedConnection);
    setUpdaterProxy(bound.address, bound.port, atNewAddress);
    m_error.clear();
    return true;
}

void Engine::dispatch(qintptr descriptor)
{
    // Runs in the listener thread.
    EngineContextPtr context = m_context.get();
    m_stats.acceptedConnections.fetch_add(1, std::memory_order_relaxed);
    if (m_stats.openConnections.load(std::memory_order_relaxed) >= context->settings.maxConnections ||
        m_workers.empty()) {
        m_stats.refusedConnections.fetch_add(1, std::memory_order_relaxed);
        qCWarning(lcWorker) << "connection limit reached (" << context->settings.maxConnections
                            << "): refusing a connection";
        QTcpSocket closer;
        closer.setSocketDescriptor(descriptor);
        closer.abort();
        return;
    }
    Worker *worker = m_workers[m_next.fetch_add(1, std::memory_order_relaxed) % m_workers.size()];
    QMetaObject::invokeMethod(
        worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
}

bool Engine::closeConnection(quint64 id)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, id] { closeConnection(id); }, Qt::QueuedConnection);
        return true;
    }
    if (!m_running || m_workers.empty() || id == 0 || id > m_hub->lastId()) {
        // Queued like a worker's answer, so a caller sees one behaviour whatever the reason.
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT connectionCloseAnswered(id, false); }, Qt::QueuedConnection);
        return false;
    }
    // Ids are not mapped to workers (that would cost every request a shared write): each worker
    // scans its own sessions, and the one owning the id closes it.
    const QString why = tr("closed by user");
    auto &pending = m_closing[id];
    pending.first += int(m_workers.size());
    for (Worker *worker : m_workers) {
        QMetaObject::invokeMethod(
            worker,
            [this, worker, id, why] {
                const bool closed = worker->closeConnection(id, why);
                // finishStop() joins the workers (abortAll, blocking) before the engine can go,
                // so this always runs while the engine exists.
                QMetaObject::invokeMethod(
                    this, [this, id, closed] { onCloseAnswered(id, closed); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
    return true;
}

void Engine::onCloseAnswered(quint64 id, bool closed)
{
    const auto it = m_closing.find(id);
    if (it == m_closing.end()) {
        return;
    }
    it->second = it->second || closed;
    if (--it->first > 0) {
        return;
    }
    const bool any = it->second;
    m_closing.erase(it);
    Q_EMIT connectionCloseAnswered(id, any);
}

void Engine::applySettings(const Settings &settings, const QHash<QString, QString> &exitPasswords)
{
    EngineContextPtr current = m_context.get();
    if (!current) {
        return;
    }
    auto next = std::make_shared<EngineContext>(*current);
    if (settings.exits.dohUrl != current->settings.exits.dohUrl) {
        m_dnsCache.clear(); // answers of another resolver
    }
    next->settings = settings;
    configureCache(*next);
    next->router = std::make_shared<const Router>(settings.exits, exitPasswords);
    if (const QList<BlocklistSource> sources = settings.rules.enabledSources();
        sources != m_blocklistSources) {
        // Reading and compiling real lists takes ~100 ms: a pool thread does it, and the lists in
        // force stay until the new ones are ready (onBlocklistsLoaded swaps them in).
        m_blocklistSources = sources;
        loadBlocklistsInBackground();
    }
    m_updater.setLists(settings.rules.blocklists);
    next->policy =
        std::make_shared<const Policy>(settings.rules, settings.exits.mode, m_blocklist, m_policyCounters);
    next->privacy = std::make_shared<const PrivacyFilter>(settings.privacy);
    updateHealthChecker(next->router);
    // The bound listener does not move; keep the running values so the snapshot tells the truth.
    next->settings.listenHost = current->settings.listenHost;
    next->settings.listenPort = current->settings.listenPort;
    const std::shared_ptr<const Router> router = next->router;
    const ExitSettings &before = current->settings.exits;
    const ExitSettings &after = settings.exits;
    const bool routingChanged = before.mode != after.mode || before.region != after.region ||
                                before.exits != after.exits ||
                                before.fallsBackDirect() != after.fallsBackDirect();
    m_context.set(std::move(next));
    if (routingChanged) {
        // After the swap, so a connection closed here and retried by the client takes the new route.
        const bool closeLive = after.closeOnSwitch;
        for (Worker *worker : m_workers) {
            QMetaObject::invokeMethod(
                worker, [worker, router, closeLive] { worker->onRoutingChanged(router, closeLive); },
                Qt::QueuedConnection);
        }
    }
}

void Engine::configureCache(EngineContext &context)
{
    const CacheSettings &cache = context.settings.cache;
    if (!cache.enabled) {
        m_cacheStore.reset(); // live sessions keep theirs until they end
        context.cache = nullptr;
        context.cachePolicy = nullptr;
        return;
    }
    Cache::CacheStoreLimits limits;
    limits.budgetBytes = cache.budgetBytes();
    limits.maxObjectBytes = cache.maxObjectBytes();
    const QString directory = QDir::cleanPath(cache.resolvedDirectory());
    if (m_cacheStore && m_cacheStore->directory() == directory) {
        const Cache::CacheStoreLimits current = m_cacheStore->limits();
        if (current.budgetBytes != limits.budgetBytes || current.maxObjectBytes != limits.maxObjectBytes) {
            m_cacheStore->setLimits(limits);
        }
    } else {
        if (m_cacheStore) {
            m_cacheStore->waitForDisk(); // the old directory's writes finish before another store starts
        }
        m_cacheStore = Cache::CacheStore::create(directory, limits);
        m_cacheStore->load();
    }
    context.cache = m_cacheStore;
    context.cachePolicy = &m_cachePolicy;
}

void Engine::clearCache()
{
    if (m_cacheStore) {
        m_cacheStore->clear();
    }
}

int Engine::clearCacheHost(const QString &host)
{
    QString normalised = host;
    if (!m_cacheStore || !normaliseCacheBypassHost(&normalised)) {
        return 0;
    }
    return m_cacheStore->clearHost(normalised.toLatin1());
}

void Engine::reloadBlocklists()
{
    if (m_running) {
        loadBlocklistsInBackground();
    }
}

void Engine::updateBlocklists(const QString &name)
{
    if (!m_running) {
        return;
    }
    reloadBlocklists(); // local files; subscriptions follow when a new version arrives
    m_updater.updateNow(name);
}

QList<SubscriptionState> Engine::subscriptionStates() const
{
    return m_updater.states();
}

void Engine::loadBlocklistsInBackground()
{
    const quint64 generation = ++m_blocklistGeneration;
    m_loadPool.start([this, sources = m_blocklistSources, generation] {
        std::shared_ptr<const Blocklist> lists = Blocklist::load(sources);
        QMetaObject::invokeMethod(
            this, [this, generation, lists] { onBlocklistsLoaded(generation, lists); }, Qt::QueuedConnection);
    });
}

void Engine::onBlocklistsLoaded(quint64 generation, std::shared_ptr<const Blocklist> lists)
{
    if (generation != m_blocklistGeneration) {
        return; // superseded by a later change
    }
    m_blocklist = std::move(lists);
    for (const BlocklistReport &report : m_blocklist->reports()) {
        qCInfo(lcRules).noquote() << report.summary();
    }
    if (EngineContextPtr current = m_context.get()) {
        auto next = std::make_shared<EngineContext>(*current);
        next->policy = std::make_shared<const Policy>(next->settings.rules, next->settings.exits.mode,
                                                      m_blocklist, m_policyCounters);
        m_context.set(std::move(next));
    }
    Q_EMIT blocklistsLoaded(m_blocklist->reports());
}

QList<BlocklistReport> Engine::blocklistReports() const
{
    return m_blocklist->reports();
}

QHostAddress Engine::address() const
{
    const EngineContextPtr c = m_context.get();
    return c ? c->boundAddress : QHostAddress();
}

quint16 Engine::port() const
{
    const EngineContextPtr c = m_context.get();
    return c ? c->boundPort : 0;
}

void Engine::stop()
{
    if (!m_running || m_stopping) {
        return;
    }
    m_stopping = true;
    QMetaObject::invokeMethod(
        m_listener, [l = m_listener] { l->close(); }, Qt::BlockingQueuedConnection);
    m_drained = 0;
    for (Worker *worker : m_workers) {
        QMetaObject::invokeMethod(worker, &Worker::beginShutdown, Qt::QueuedConnection);
    }
    m_stopTimer.start(m_context.get()->settings.shutdownTimeoutMs);
}

void Engine::onWorkerDrained()
{
    if (m_stopping && ++m_drained >= int(m_workers.size())) {
        finishStop();
    }
}

void Engine::stopNow()
{
    if (!m_running) {
        return;
    }
    if (!m_stopping) {
        m_stopping = true;
        QMetaObject::invokeMethod(
            m_listener, [l = m_listener] { l->close(); }, Qt::BlockingQueuedConnection);
    }
    finishStop();
}

void Engine::updateHealthChecker(std::shared_ptr<const Router> router)
{
    const bool anyEnabled = std::any_of(router->settings().exits.cbegin(), router->settings().exits.cend(),
                                        [](const Exit &e) { return e.enabled; });
    if (!anyEnabled) {
        delete m_healthChecker;
        m_healthChecker = nullptr;
        return;
    }
    if (!m_healthChecker) {
        m_healthChecker = new HealthChecker(&m_health, this);
        connect(m_healthChecker, &HealthChecker::healthChanged, this, &Engine::exitHealthChanged);
        connect(m_healthChecker->ipChecker(), &ExitIpChecker::checked, this, &Engine::exitIpChecked);
    }
    m_healthChecker->setRouter(std::move(router));
}

void Engine::checkExitIps(const QString &exitId)
{
    if (m_healthChecker) {
        m_healthChecker->ipChecker()->check(exitId);
    }
}

QHash<QString, ExitIpResult> Engine::exitIpResults() const
{
    return m_healthChecker ? m_healthChecker->ipChecker()->results() : QHash<QString, ExitIpResult>();
}

void Engine::finishStop()
{
    if (!m_running) {
        return;
    }
    m_stopTimer.stop();
    m_updater.stop();
    delete m_healthChecker;
    m_healthChecker = nullptr;
    for (Worker *worker : m_workers) {
        QMetaObject::invokeMethod(worker, &Worker::abortAll, Qt::BlockingQueuedConnection);
    }
    m_workers.clear();
    m_workerThreads.clear(); // quit + wait; workers are deleted in their threads
    m_listenerThread.reset();
    m_listener = nullptr;
    if (m_cacheStore) {
        if (m_context.get()->settings.cache.clearOnExit) {
            m_cacheStore->clear();
        }
        m_cacheStore->waitForDisk(); // completed responses are on disk before stop() returns
    }
    m_running = false;
    m_stopping = false;
    Q_EMIT stopped();
}

} // namespace Veil
