#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace Veil {

/** How Veil talks to an exit proxy. */
enum class ExitScheme : std::uint8_t
{
    Http,   ///< plain HTTP proxy (CONNECT / absolute-form requests)
    Https,  ///< HTTP proxy reached over TLS; its certificate is verified
    Socks5, ///< SOCKS5 with socks5h semantics: the host name is sent on, never resolved locally
};

/**
 * One upstream proxy ("exit"). The password is deliberately not a member: it lives in the OS
 * keychain (service "Veil", key = id) or, for headless use, in the environment variable named by
 * passwordEnv, so no copy of this struct can ever leak it into the config file or a log.
 */
struct Exit
{
    /** Stable key for the keychain, health table and region policies ([A-Za-z0-9._-]). */
    QString id;
    QString name;
    ExitScheme scheme = ExitScheme::Http;
    /** Lower-case host name (IDNs in ACE form), dotted IPv4, or IPv6 without brackets. */
    QString host;
    quint16 port = 0;
    /** Proxy user name (decoded); empty when the exit needs no authentication. */
    QString user;
    /** ISO 3166 alpha-2 code, upper case; empty until assigned. */
    QString region;
    QStringList tags;
    bool enabled = true;
    /** Headless mode: environment variable that holds the password (instead of the keychain). */
    QString passwordEnv;
    /** https only: CA bundle (PEM) to trust for the proxy's certificate instead of the system store. */
    QString caFile;
    /** https only: hex or base64 SHA-256 of the proxy's leaf certificate; see decodeSha256Pin(). */
    QByteArray pinSha256;

    bool operator==(const Exit &) const = default;

    /** "scheme://[user@]host:port" with the user percent-encoded; never a password or region. */
    QString urlString() const;
};

/** Result of parseExitUrl(): either an exit or a message for the user. */
struct ExitParseResult
{
    std::optional<Exit> exit;
    /** Empty on success. Never contains a password from the input. */
    QString error;
};

/**
 * Parses "scheme://[user@]host:port[#REGION]". Schemes: http, https, socks5 and socks5h (both
 * SOCKS5), any case. The port is required; IPv6 hosts go in brackets; a path other than "/", a
 * query or a password ("user:pass@") is an error. The id is defaultExitId() of the result.
 */
ExitParseResult parseExitUrl(const QString &text);

/** True for two ASCII letters (either case). Any such pair is accepted; no country list is kept. */
bool isValidRegionCode(const QString &code);

/**
 * The id an exit gets when none is given: lower-case "<region>-<host>-<port>" (or "<host>-<port>"
 * without a region), every run of characters outside [a-z0-9] replaced by one '-'.
 */
QString defaultExitId(const QString &region, const QString &host, quint16 port);

/**
 * @p id if it is not in @p taken, else the first of "<id>-2", "<id>-3", … that is not. Two users
 * of one proxy get the same defaultExitId(); this keeps both.
 */
QString uniqueExitId(const QString &id, const QSet<QString> &taken);

/** True when @p id can be used as an exit id: 1–64 characters from [A-Za-z0-9._-]. */
bool isValidExitId(const QString &id);

/** "http", "https" or "socks5". */
QString exitSchemeName(ExitScheme scheme);

/**
 * Returns @p text with anything that looks like a URL password replaced by "***", so a rejected
 * line can be shown to the user. Errs on the side of hiding too much.
 */
QString redactExitUrl(const QString &text);

/**
 * Decodes a certificate pin written as 64 hex digits (colons allowed) or base64 of 32 bytes.
 * Returns the 32 raw digest bytes, or an empty array when @p pin is neither.
 */
QByteArray decodeSha256Pin(QByteArrayView pin);

} // namespace Veil

// Every member is itself relocatable; lets QList<Exit> grow by memmove (a 100k-line import).
Q_DECLARE_TYPEINFO(Veil::Exit, Q_RELOCATABLE_TYPE);
