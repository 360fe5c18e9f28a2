#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Veil {

/**
 * The one way Veil keeps secrets (exit credentials, the proxy password): the platform keychain
 * through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
 * Every secret is its own entry under the service "Veil", named by a scoped key such as
 * "exit/<exit-id>" or "proxy/<user>". There is no insecure fallback: without a keychain the
 * operations fail and nothing is written to disk. The error is Error::NoBackend where QtKeychain
 * can tell; on Linux its libsecret route reports a missing session bus or Secret Service as
 * Error::Other with the D-Bus message.
 *
 * The API is asynchronous because keychain jobs are (they may even wait for an unlock prompt):
 * read(), write() and remove() return at once and report through a signal, never before they
 * return. Several requests may be in flight; the key in each signal tells them apart. QtKeychain
 * runs them one at a time in request order, process-wide, so one stuck on an unlock prompt delays
 * the rest. A request still running when the store is destroyed completes in the background,
 * unreported.
 *
 * Lives on the main thread, which runs the event loop the keychain backends answer on. On Linux
 * libsecret replies through the GLib main context, so the main thread needs Qt's GLib event
 * dispatcher: never QT_NO_GLIB (QT_NO_THREADED_GLIB, for worker threads only, is fine). The data path
 * never calls it: configuration carries secrets to the workers once they have been read.
 * Secret values are never logged.
 */
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Error
    {
        None,         ///< success
        NotFound,     ///< no secret under this key
        AccessDenied, ///< the keychain is locked or the user refused access
        NoBackend,    ///< no keychain service is available (as far as QtKeychain can tell)
        Other,        ///< anything else, including an invalid key or a readBlocking() timeout
    };
    Q_ENUM(Error)

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /** The keychain service every entry is filed under: "Veil". */
    static QString serviceName();

    /**
     * Whether @p key can name a secret: not empty, at most 512 characters, no control
     * characters. Operations on other keys fail with Error::Other.
     */
    static bool isValidKey(const QString &key);

    /** Starts reading the secret under @p key; reports through readFinished(). */
    void read(const QString &key);

    /**
     * Starts storing @p secret under @p key, replacing any secret there; reports through
     * writeFinished(). A secret containing a NUL character is refused (Error::Other) because
     * C-string keychain APIs would silently cut it short.
     */
    void write(const QString &key, const QString &secret);

    /**
     * Starts deleting the secret under @p key; reports through removeFinished(). Removing a key
     * that holds no secret succeeds (Error::None).
     */
    void remove(const QString &key);

    /**
     * Reads the secret under @p key and waits for it, at most @p timeoutMs milliseconds, by
     * spinning a local QEventLoop (user input events excluded). For start-up code only, before
     * the engine runs, e.g. to fetch the proxy password before listening. Never call it on a
     * worker thread, and never from the data path: besides blocking, the nested event loop
     * delivers unrelated queued events re-entrantly.
     *
     * Returns the secret, or std::nullopt with @p error and @p errorString (both optional) set.
     * A timeout gives Error::Other; the keychain job then finishes in the background and its
     * result is dropped. Does not emit readFinished().
     */
    std::optional<QString> readBlocking(const QString &key, int timeoutMs, Error *error = nullptr,
                                        QString *errorString = nullptr);

Q_SIGNALS:
    /** @p secret is empty unless @p error is Error::None. */
    void readFinished(const QString &key, const QString &secret, Veil::SecretStore::Error error,
                      const QString &errorString);
    void writeFinished(const QString &key, Veil::SecretStore::Error error, const QString &errorString);
    void removeFinished(const QString &key, Veil::SecretStore::Error error, const QString &errorString);
};

} // namespace Veil
