#pragma once

#include "rules/Blocklist.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstdint>

namespace Veil {

/** What a user rule matches. */
enum class RuleType : std::uint8_t
{
    Domain,        ///< exactly this host
    DomainSuffix,  ///< this host and its subdomains
    DomainKeyword, ///< hosts containing the text
    DomainRegex,   ///< hosts matching an RE2 expression
    IpCidr,        ///< literal IP targets in a v4 or v6 network (names are never resolved for this)
    Port,          ///< a port or a range "8000-8100"
    List,          ///< hosts (and plain-HTTP URLs) a named blocklist blocks
    Final,         ///< everything
};

/** What a matching rule does. */
struct RuleAction
{
    enum class Kind : std::uint8_t
    {
        Block,
        Allow, ///< exempt from block rules and blocklists; routing continues
        Direct,
        Exit, ///< through a region ("exit:DE") or one exit ("exit:my-exit-id")
    };
    Kind kind = Kind::Block;
    QString target; ///< Exit: region code or exit id

    bool operator==(const RuleAction &) const = default;
};

/** One ordered user rule (config "rules" array). */
struct Rule
{
    QString id;
    bool enabled = true;
    RuleType type = RuleType::Domain;
    QString value; ///< empty for Final
    RuleAction action;
    QString comment;

    bool operator==(const Rule &) const = default;
};

/** One configured blocklist (config "blocklists" array). */
struct BlocklistConfig
{
    QString name;
    /**
     * The file the matcher reads. For a subscription it is where the last good copy is kept; when
     * empty, storagePath() picks a file under the application's data folder.
     */
    QString path;
    bool enabled = true;
    /** Blocks by itself; off: only `list` rules use it (e.g. a list of streaming sites → exit:US). */
    bool block = true;
    bool assumeThirdParty = true;
    /** Subscription: the http(s) URL the list is fetched from; empty for a local file. */
    QString url;
    /** Subscriptions: hours between checks for a new version (0: only on "update now"). */
    int refreshHours = 24;

    bool operator==(const BlocklistConfig &) const = default;

    bool isSubscription() const { return !url.isEmpty(); }
    /** path, or for a subscription without one, "<app data>/blocklists/<name>.txt". */
    QString storagePath() const;
    /** "https://host/…" with a host and no credentials (they would end up in the config file). */
    static bool isValidUrl(const QUrl &url);
    /** A list name for a subscription URL: the file's base name ("easylist"), else the host. */
    static QString nameForUrl(const QUrl &url);
    static constexpr int MaxRefreshHours = 24 * 365;
};

/** User rules and blocklists; part of Settings, stored under "rules" and "blocklists". */
struct RuleSettings
{
    QList<Rule> rules;
    QList<BlocklistConfig> blocklists;

    bool operator==(const RuleSettings &) const = default;

    /** Returns {"rules": […], "blocklists": […]}, to be merged into the config root. */
    QJsonObject toJson() const;
    /**
     * Applies "rules" and "blocklists" from the config root @p json. A bad entry is skipped (with its
     * index and why) and the rest load; each problem adds one message to @p errors.
     */
    void applyJson(const QJsonObject &json, QStringList *errors);

    /** Enabled lists, in order, as the matcher compiles them. */
    QList<BlocklistSource> enabledSources() const;
};

/** "domain", "domain-suffix", …. */
QString ruleTypeName(RuleType type);
bool parseRuleType(const QString &text, RuleType *type);
/** "block", "allow", "direct", "exit:DE". */
QString ruleActionText(const RuleAction &action);
bool parseRuleAction(const QString &text, RuleAction *action);
/**
 * Checks (and normalises: lower-case hosts) @p rule's value for its type. Returns an empty string
 * when valid, otherwise why not.
 */
QString validateRule(Rule *rule);
/** A blocklist name a rule can refer to: 1 to 64 characters, no ',' or newline. */
bool isValidListName(const QString &name);

} // namespace Veil
