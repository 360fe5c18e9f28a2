#include "config/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

namespace Veil {

// Keys and error texts only: a secret value never reaches a log line.
Q_LOGGING_CATEGORY(lcSecrets, "veil.secrets", QtInfoMsg)

namespace {

constexpr qsizetype MaxKeyLength = 512;

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::SecretStore)
};

SecretStore::Error toError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Error::Other;
}

/**
 * A job of type @p JobT for @p key, started from the event loop so that its result always
 * arrives after the caller has returned (some backends fail synchronously inside start()).
 *
 * The job has no parent and deletes itself once finished: QtKeychain's Linux backends keep a raw
 * pointer to a running job in their D-Bus/GLib callbacks, so a running job must never be deleted
 * (as it would be with a store as parent that goes away first).
 */
template <typename JobT> JobT *newJob(const QString &key)
{
    auto *job = new JobT(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text QSettings file
    job->setKey(key);
    return job;
}

void startLater(QKeychain::Job *job)
{
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
}

/** Why a request is refused before it reaches the keychain; empty when it is fine. */
QString refusal(const QString &key)
{
    return SecretStore::isValidKey(key) ? QString() : Tr::tr("invalid secret key");
}

/**
 * QtKeychain's libsecret backend (the one used outside KDE) gets its answers as GLib callbacks,
 * which only run when the main thread's event loop is GLib's. With QT_NO_GLIB every request would
 * silently never finish; QT_NO_THREADED_GLIB gives worker threads Qt's own loop and keeps GLib on
 * the main thread. Said once per process, since the store cannot tell which backend will answer.
 */
void warnIfNoGlibLoop()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    static bool warned = false;
    const QCoreApplication *app = QCoreApplication::instance();
    const QAbstractEventDispatcher *dispatcher =
        app ? QAbstractEventDispatcher::instance(app->thread()) : nullptr;
    if (!warned && dispatcher && !dispatcher->inherits("QEventDispatcherGlib")) {
        warned = true;
        qCWarning(lcSecrets) << "the main thread does not run a GLib event loop (QT_NO_GLIB?): Secret "
                                "Service requests will not complete; set QT_NO_THREADED_GLIB instead";
    }
#endif
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("SecretStore"));
    warnIfNoGlibLoop();
}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName()
{
    return QStringLiteral("Veil");
}

bool SecretStore::isValidKey(const QString &key)
{
    if (key.isEmpty() || key.size() > MaxKeyLength) {
        return false;
    }
    for (const QChar c : key) {
        if (c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return true;
}

void SecretStore::read(const QString &key)
{
    if (const QString why = refusal(key); !why.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, key, why] { Q_EMIT readFinished(key, QString(), Error::Other, why); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        const Error error = toError(done->error());
        const QString errorString = error == Error::None ? QString() : done->errorString();
        const QString secret =
            error == Error::None ? static_cast<QKeychain::ReadPasswordJob *>(done)->textData() : QString();
        if (error != Error::None && error != Error::NotFound) {
            qCWarning(lcSecrets) << "reading" << key << "failed:" << errorString;
        } else {
            qCDebug(lcSecrets) << "read" << key << (error == Error::None ? "found" : "not found");
        }
        Q_EMIT readFinished(key, secret, error, errorString);
    });
    startLater(job);
}

void SecretStore::write(const QString &key, const QString &secret)
{
    QString why = refusal(key);
    if (why.isEmpty() && secret.isEmpty()) {
        // KWallet would delete the entry instead; say so rather than differ by platform.
        why = Tr::tr("empty secret (use remove() to delete one)");
    } else if (why.isEmpty() && secret.contains(QChar(u'\0'))) {
        // libsecret passes secrets as C strings and would silently store a truncated one.
        why = Tr::tr("secret contains a NUL character");
    }
    if (!why.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, key, why] { Q_EMIT writeFinished(key, Error::Other, why); }, Qt::QueuedConnection);
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        const Error error = toError(done->error());
        const QString errorString = error == Error::None ? QString() : done->errorString();
        if (error != Error::None) {
            qCWarning(lcSecrets) << "storing" << key << "failed:" << errorString;
        } else {
            qCDebug(lcSecrets) << "stored" << key;
        }
        Q_EMIT writeFinished(key, error, errorString);
    });
    startLater(job);
}

void SecretStore::remove(const QString &key)
{
    if (const QString why = refusal(key); !why.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, key, why] { Q_EMIT removeFinished(key, Error::Other, why); }, Qt::QueuedConnection);
        return;
    }
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        Error error = toError(done->error());
        // Removing what is not there is success on every platform (backends disagree).
        if (error == Error::NotFound) {
            error = Error::None;
        }
        const QString errorString = error == Error::None ? QString() : done->errorString();
        if (error != Error::None) {
            qCWarning(lcSecrets) << "removing" << key << "failed:" << errorString;
        } else {
            qCDebug(lcSecrets) << "removed" << key;
        }
        Q_EMIT removeFinished(key, error, errorString);
    });
    startLater(job);
}

std::optional<QString> SecretStore::readBlocking(const QString &key, int timeoutMs, Error *error,
                                                 QString *errorString)
{
    Q_ASSERT_X(QCoreApplication::instance() &&
                   QThread::currentThread() == QCoreApplication::instance()->thread(),
               "SecretStore::readBlocking", "start-up code on the main thread only");

    auto report = [&](Error e, const QString &message) -> std::optional<QString> {
        if (error) {
            *error = e;
        }
        if (errorString) {
            *errorString = message;
        }
        return std::nullopt;
    };
    if (const QString why = refusal(key); !why.isEmpty()) {
        return report(Error::Other, why);
    }

    // Declared before the loop: the loop is the context of the job connection, so that
    // connection (and its references to these) is gone before they are.
    bool finished = false;
    Error result = Error::Other;
    QString resultString;
    QString secret;
    QEventLoop loop;

    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        result = toError(done->error());
        if (result == Error::None) {
            secret = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        } else {
            resultString = done->errorString();
        }
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(std::max(timeoutMs, 0));
    job->start(); // may finish synchronously (no backend): then there is nothing to wait for
    if (!finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    if (!finished) {
        // The job stays in QtKeychain's queue and deletes itself whenever it completes.
        qCWarning(lcSecrets) << "reading" << key << "timed out after" << timeoutMs << "ms";
        return report(Error::Other, Tr::tr("the keychain did not answer within %1 ms").arg(timeoutMs));
    }
    if (result != Error::None) {
        if (result != Error::NotFound) {
            qCWarning(lcSecrets) << "reading" << key << "failed:" << resultString;
        }
        return report(result, resultString);
    }
    qCDebug(lcSecrets) << "read" << key << "found (blocking)";
    report(Error::None, QString());
    return secret;
}

} // namespace Veil
