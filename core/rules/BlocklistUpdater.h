#pragma once

#include "rules/Rule.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Veil {

/** Where one subscription stands; the Rules page shows it next to the list's load report. */
struct SubscriptionState
{
    QString name;
    QString url;
    /** When a check last finished (with or without a new copy); invalid before the first. */
    QDateTime lastChecked;
    /** When the copy on disk was last replaced by a new version. */
    QDateTime lastUpdated;
    /** Why the last check failed or its download was refused; empty when it succeeded. */
    QString error;
    /** Rules in the copy on disk when it was accepted. */
    qint64 rules = 0;
    bool updating = false;
    /** Validators of the copy on disk, sent as If-None-Match / If-Modified-Since. */
    QByteArray etag;
    QByteArray lastModified;
};

/**
 * Keeps subscribed blocklists up to date. Each list is fetched through Veil's own listener, so the
 * download takes the route the rules give it (the active exit in exit mode: the user's address
 * and DNS are not exposed by a list update) and the kill switch holds it like any other traffic.
 *
 * - Conditional requests with the stored ETag / Last-Modified; a 304 only records the check.
 * - A new version is compiled on a pool thread before it is accepted: one with no rules, or with
 *   less than a tenth of the rules of the copy it would replace (a captive portal page, a
 *   truncated file), is refused and the last good copy stays. So does any failed download.
 * - Accepted copies are written atomically (QSaveFile) to BlocklistConfig::storagePath(), with
 *   the state next to them ("<copy>.state.json"), so the schedule survives restarts.
 * - Checks run refreshHours after the last one; a failed check is retried after 15 minutes,
 *   doubling up to the refresh interval.
 *
 * Lives in the engine's thread. Emits listUpdated() after a new copy is on disk.
 */
class BlocklistUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocklistUpdater)

public:
    explicit BlocklistUpdater(QObject *parent = nullptr);
    ~BlocklistUpdater() override;

    /** Largest list accepted (same bound as Blocklist::MaxFileBytes). */
    static constexpr qint64 MaxBytes = Blocklist::MaxFileBytes;
    static constexpr int TimeoutMs = 60000;
    static constexpr int FirstRetryMinutes = 15;

    /** Veil's own listener (HTTP proxy), which every download goes through. */
    void setProxy(const QNetworkProxy &proxy);
    /**
     * The configured lists; the enabled subscriptions among them are kept up to date. A list that
     * has no copy on disk yet is fetched at once.
     */
    void setLists(const QList<BlocklistConfig> &lists);
    /** Checks @p name now (every subscription when empty), whatever its schedule. */
    void updateNow(const QString &name = {});
    /** Stops all downloads and timers (the engine stopped). */
    void stop();

    QList<SubscriptionState> states() const;
    SubscriptionState state(const QString &name) const { return m_lists.value(name).state; }

Q_SIGNALS:
    /** A new copy of @p name is on disk: the matcher should be rebuilt. */
    void listUpdated(const QString &name);
    /** A check of @p state.name started or finished. */
    void stateChanged(const Veil::SubscriptionState &state);

private:
    struct Entry
    {
        BlocklistConfig config;
        SubscriptionState state;
        QPointer<QNetworkReply> reply;
        int failures = 0;
        QDateTime nextCheck;
    };

    void start(Entry &entry);
    void onFinished(const QString &name, QNetworkReply *reply);
    void onVerified(const QString &name, const QByteArray &data, qint64 rules, const QString &problem,
                    const QByteArray &etag, const QByteArray &lastModified);
    void finishCheck(Entry &entry, const QString &error);
    void schedule();
    void saveState(const Entry &entry) const;
    static SubscriptionState loadState(const BlocklistConfig &config);

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkProxy m_proxy{QNetworkProxy::NoProxy};
    QHash<QString, Entry> m_lists;
    QTimer m_timer;
    bool m_stopped = false;
    /** Compiles downloads before they are accepted; joined in the destructor. */
    QThreadPool m_pool;
};

} // namespace Veil

Q_DECLARE_METATYPE(Veil::SubscriptionState)
