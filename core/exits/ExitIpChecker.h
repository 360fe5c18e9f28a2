#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Veil {

class ExitFetch;
class GeoIpDatabase;
class Router;
struct ExitFetchResult;

/** The public address (and country) one exit showed to the IP check URL. */
struct ExitIpResult
{
    QString exitId;
    /** The exit's configured region when it was checked (may be empty). */
    QString region;
    /** Null when the check failed (see error). */
    QHostAddress address;
    /** ISO 3166 alpha-2 code from the GeoIP database; empty without a database or on errors. */
    QString country;
    /** A database is configured, it knows the address, and its country is not the region. */
    bool regionMismatch = false;
    /** Why the address or the country is missing; empty when everything asked for worked. */
    QString error;
    /** UTC. */
    QDateTime checkedAt;

    bool hasAddress() const { return !address.isNull(); }
    /**
     * "address 1.2.3.4, country US", "…, REGION MISMATCH: configured DE, database says US",
     * "address 1.2.3.4, <GeoIP problem>" or "IP check failed: <reason>"; for logs and the runner.
     */
    QString summary() const;
};

/**
 * Finds the public address of exits: fetches routing.ipCheckUrl through each exit (ExitFetch) and
 * reads the address from the answer (parseAddress()); when routing.geoipDatabase is set, looks up
 * its country and compares it with the exit's region.
 *
 * An exit is checked after its first successful probe since the settings were set (noteProbe()),
 * again after a failed probe is followed by a good one (it may have reconnected with another
 * address), and on demand (check()). At most MaxParallel checks run at once; the rest queue.
 * Lives in the engine's thread next to the HealthChecker.
 */
class ExitIpChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExitIpChecker)

public:
    static constexpr int MaxParallel = 4;
    /** Answers are read up to this size; no IP check service sends more. */
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    explicit ExitIpChecker(QObject *parent = nullptr);
    ~ExitIpChecker() override;

    /**
     * Uses @p router's exits, URL and database from now on. Running checks are dropped, every
     * exit is checked again after its next good probe, and results of removed exits are dropped.
     */
    void setRouter(std::shared_ptr<const Router> router);
    /**
     * Checks @p exitId (every enabled exit when empty) now. Each gets one checked() signal; with
     * no IP check URL configured it says so in ExitIpResult::error.
     */
    void check(const QString &exitId = {});
    /** Tells the checker how a health probe of @p exitId went (see the class description). */
    void noteProbe(const QString &exitId, bool ok);

    /** The latest result of each exit checked since the exit was configured. */
    QHash<QString, ExitIpResult> results() const { return m_results; }

    /**
     * Reads an address from the body of an IP check answer. Accepted forms: the address alone as
     * plain text (surrounding white space ignored), or a JSON object whose "ip", "address",
     * "origin" or "query" member (the first present, in that order) is the address as a string.
     * IPv4 must be dotted quad; IPv6 any RFC 4291 form without a zone. Anything else, an empty
     * body or one over 4 KiB gives std::nullopt and a message in @p error.
     */
    static std::optional<QHostAddress> parseAddress(QByteArrayView body, QString *error);

Q_SIGNALS:
    void checked(const Veil::ExitIpResult &result);

private:
    void enqueue(const QString &exitId);
    void startNext();
    void finish(const QString &exitId, const ExitFetchResult &fetch);
    void locate(ExitIpResult &result);
    void publish(const ExitIpResult &result);

    std::shared_ptr<const Router> m_router;
    QStringList m_queue;
    QSet<QString> m_queued;
    QHash<QString, ExitFetch *> m_running;
    /** Exits checked (or being checked) since the last setRouter() or failed probe. */
    QSet<QString> m_checked;
    QHash<QString, ExitIpResult> m_results;
    std::unique_ptr<GeoIpDatabase> m_geoip;
    QString m_geoipPath;
    QDateTime m_geoipModified;
};

} // namespace Veil

Q_DECLARE_METATYPE(Veil::ExitIpResult)
