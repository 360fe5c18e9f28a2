#pragma once

#include "rules/Blocklist.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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
    QString path;
    bool enabled = true;
    /** Blocks by itself; off: only `list` rules use it (e.g. a list of streaming sites → exit:US). */
    bool block = true;
    bool assumeThirdParty = true;

    bool operator==(const BlocklistConfig &) const = default;
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
