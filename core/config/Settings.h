#pragma once

#include "cache/CacheSettings.h"
#include "config/SystemProxySettings.h"
#include "config/UiSettings.h"
#include "exits/ExitSettings.h"
#include "privacy/PrivacySettings.h"
#include "rules/Rule.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace Veil {

enum class LogFormat : std::uint8_t
{
    Text,
    Json,
    None
};

/**
 * Typed engine settings with built-in defaults. The same model drives the command line, the
 * config file, the UI and tests. Validation happens field by field in fromJson(): a bad field is
 * reported and the previous value kept (DESIGN.md, Configuration).
 */
struct Settings
{
    static constexpr int SchemaVersion = 1;
    static constexpr quint16 DefaultPort = 8765;

    // listen
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = DefaultPort;
    /** Listening on a non-loopback address needs this opt-in plus credentials. */
    bool allowRemote = false;
    /** Proxy user for HTTP Basic / SOCKS5 user-password auth; empty means no auth. */
    QString proxyUser;
    /** Not persisted in the file: comes from the keychain or VEIL_PROXY_PASSWORD. */
    QString proxyPassword;

    // engine
    int threads = 0; ///< 0: QThread::idealThreadCount(), at least 2
    int maxConnections = 20000;
    int shutdownTimeoutMs = 10000;

    // limits and timeouts
    int maxHeadBytes = 64 * 1024;
    int maxHeaderCount = 100;
    int headerTimeoutMs = 15000;  ///< whole request head must arrive within this (slowloris)
    int idleTimeoutMs = 60000;    ///< idle keep-alive client connection
    int connectTimeoutMs = 10000; ///< upstream connect (→ 504)
    int tunnelIdleTimeoutMs = 600000;
    int originIdleTimeoutMs = 30000; ///< pooled idle origin connection
    int relayWindowBytes = 256 * 1024;

    LogFormat logFormat = LogFormat::Text;

    /** Exits, region policies and routing mode; stored under "routing", "exits" and "regions". */
    ExitSettings exits;
    /** User rules and blocklists; stored under "rules" and "blocklists". */
    RuleSettings rules;
    /** The local HTTP cache; stored under "cache". */
    CacheSettings cache;
    /** The desktop window (language, theme, tray behaviour, traffic log size); stored under "ui". */
    UiSettings ui;
    /** The OS proxy setting: set on start, bypass list; stored under "systemProxy". */
    SystemProxySettings systemProxy;
    /** Referer, Sec-GPC, DNT, tracking parameters and User-Agent on plain HTTP; stored under "privacy". */
    PrivacySettings privacy;

    QJsonObject toJson() const;
    /**
     * Applies the fields present in @p json on top of the current values. Every rejected field
     * adds one message to @p errors and keeps the current value.
     */
    void applyJson(const QJsonObject &json, QStringList *errors);
    /** Checks cross-field rules (remote listen needs opt-in and credentials). Empty when valid. */
    QString validate() const;

    /** Resolved worker count. */
    int workerCount() const;
    QHostAddress listenAddress() const { return QHostAddress(listenHost); }

    bool operator==(const Settings &) const = default;
};

/** Parses "host:port", "[v6]:port", "port" or "host". Returns false with @p error set. */
bool parseListenSpec(const QString &spec, QString *host, quint16 *port, QString *error);
bool parseLogFormat(const QString &text, LogFormat *format);
QString logFormatName(LogFormat format);

} // namespace Veil
