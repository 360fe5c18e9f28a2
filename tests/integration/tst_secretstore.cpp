// SecretStore against a real Secret Service: gnome-keyring-daemon on a private D-Bus session, set
// up by tests/support/with-keyring.sh (ctest runs this test through it). Run directly, without
// that script, the keychain tests skip themselves rather than touch the user's own keyring; the
// environment-variable tests run either way.

#include "TestSupport.h"
#include "config/EnvSecretSource.h"
#include "config/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

#include <signal.h>
#include <sys/types.h>

using Veil::SecretStore;

namespace {

constexpr int JobTimeoutMs = 20000;

/** What one readFinished/writeFinished/removeFinished reported. */
struct Outcome
{
    bool arrived = false;
    QString key;
    QString secret;
    SecretStore::Error error = SecretStore::Error::Other;
    QString errorString;
};

/** Waits for the next emission on @p spy (unless one is queued already) and unpacks it. */
Outcome takeOutcome(QSignalSpy &spy, bool hasSecret)
{
    Outcome outcome;
    if (spy.isEmpty() && !spy.wait(JobTimeoutMs)) {
        return outcome;
    }
    const QList<QVariant> args = spy.takeFirst();
    int i = 0;
    outcome.arrived = true;
    outcome.key = args.at(i++).toString();
    if (hasSecret) {
        outcome.secret = args.at(i++).toString();
    }
    outcome.error = args.at(i++).value<SecretStore::Error>();
    outcome.errorString = args.at(i).toString();
    return outcome;
}

Outcome readSecret(SecretStore &store, const QString &key)
{
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.read(key);
    return takeOutcome(spy, true);
}

Outcome writeSecret(SecretStore &store, const QString &key, const QString &secret)
{
    QSignalSpy spy(&store, &SecretStore::writeFinished);
    store.write(key, secret);
    return takeOutcome(spy, false);
}

Outcome removeSecret(SecretStore &store, const QString &key)
{
    QSignalSpy spy(&store, &SecretStore::removeFinished);
    store.remove(key);
    return takeOutcome(spy, false);
}

QByteArray describe(const Outcome &o)
{
    if (!o.arrived) {
        return QByteArray("no result within ") + QByteArray::number(JobTimeoutMs) + QByteArray(" ms");
    }
    return QByteArray("key ") + o.key.toUtf8() + QByteArray(", error ") + QByteArray::number(int(o.error)) +
           QByteArray(": ") + o.errorString.toUtf8();
}

/** A printable ASCII secret of @p size characters. */
QString randomSecret(qsizetype size)
{
    QString s;
    s.reserve(size);
    for (qsizetype i = 0; i < size; ++i) {
        s.append(QChar(char16_t(u'!' + QRandomGenerator::global()->bounded(94))));
    }
    return s;
}

// Everything logged while a capture is active (any category, any level).
QStringList *g_captured = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_captured) {
        g_captured->append(QString::fromUtf8(context.category ? context.category : "") +
                           QStringLiteral(": ") + message);
    }
}

} // namespace

#define REQUIRE_KEYRING()                                                                                    \
    do {                                                                                                     \
        if (!m_keyring) {                                                                                    \
            QSKIP("needs the private keyring of tests/support/with-keyring.sh");                             \
        }                                                                                                    \
    } while (false)

#define VERIFY_OK(outcome)                                                                                   \
    QVERIFY2((outcome).arrived && (outcome).error == SecretStore::Error::None, describe(outcome).constData())

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void writeThenRead();
    void resultsArriveAfterTheCallReturns();
    void overwrite();
    void readMissingIsNotFound();
    void removeThenReadIsNotFound();
    void roundTrip_data();
    void roundTrip();
    void refusesBadInput_data();
    void refusesBadInput();
    void keysAreScoped();
    void instancesShareTheKeychain();
    void destroyedStoreDropsResults();
    void readBlocking();
    void readBlockingTimesOut();
    void secretNeverLogged();
    void withoutKeychainNothingIsStored();
    void childWithoutKeychain();

    void environmentVariableNames_data();
    void environmentVariableNames();
    void secretFromEnvironment_data();
    void secretFromEnvironment();

private:
    bool m_keyring = false;
};

void TestSecretStore::initTestCase()
{
    m_keyring = qEnvironmentVariableIntValue("VEIL_TEST_KEYRING") == 1;
    if (!m_keyring) {
        qWarning("VEIL_TEST_KEYRING is not set: keychain tests skip (run via with-keyring.sh)");
    }
}

void TestSecretStore::writeThenRead()
{
    REQUIRE_KEYRING();
    SecretStore store;
    const QString key = QStringLiteral("exit/write-then-read");
    const Outcome written = writeSecret(store, key, QStringLiteral("hunter2"));
    VERIFY_OK(written);
    QCOMPARE(written.key, key);
    QVERIFY(written.errorString.isEmpty());

    const Outcome read = readSecret(store, key);
    VERIFY_OK(read);
    QCOMPARE(read.key, key);
    QCOMPARE(read.secret, QStringLiteral("hunter2"));
    QVERIFY(read.errorString.isEmpty());
}

void TestSecretStore::resultsArriveAfterTheCallReturns()
{
    REQUIRE_KEYRING();
    // Callers may connect after calling; nothing is emitted from inside read/write/remove, even
    // when the request is refused outright.
    SecretStore store;
    QSignalSpy reads(&store, &SecretStore::readFinished);
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    QSignalSpy removes(&store, &SecretStore::removeFinished);
    const QString key = QStringLiteral("exit/async");
    store.write(key, QStringLiteral("one"));
    store.read(key);
    store.remove(key);
    store.read(QString());
    QCOMPARE(reads.count(), 0);
    QCOMPARE(writes.count(), 0);
    QCOMPARE(removes.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 2, JobTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(removes.count(), 1, JobTimeoutMs);
    QCOMPARE(writes.count(), 1);
}

void TestSecretStore::overwrite()
{
    REQUIRE_KEYRING();
    SecretStore store;
    const QString key = QStringLiteral("proxy/overwrite");
    VERIFY_OK(writeSecret(store, key, QStringLiteral("first")));
    VERIFY_OK(writeSecret(store, key, QStringLiteral("second")));
    const Outcome read = readSecret(store, key);
    VERIFY_OK(read);
    QCOMPARE(read.secret, QStringLiteral("second"));
}

void TestSecretStore::readMissingIsNotFound()
{
    REQUIRE_KEYRING();
    SecretStore store;
    const Outcome read = readSecret(store, QStringLiteral("exit/never-written"));
    QVERIFY2(read.arrived, describe(read).constData());
    QCOMPARE(read.error, SecretStore::Error::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void TestSecretStore::removeThenReadIsNotFound()
{
    REQUIRE_KEYRING();
    SecretStore store;
    const QString key = QStringLiteral("exit/removed");
    VERIFY_OK(writeSecret(store, key, QStringLiteral("short-lived")));
    const Outcome removed = removeSecret(store, key);
    VERIFY_OK(removed);
    QCOMPARE(removed.key, key);

    const Outcome read = readSecret(store, key);
    QVERIFY2(read.arrived, describe(read).constData());
    QCOMPARE(read.error, SecretStore::Error::NotFound);

    // Removing again (nothing there) is not an error.
    VERIFY_OK(removeSecret(store, key));
}

void TestSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
    QTest::newRow("unicode") << QStringLiteral("pässwörd 密码 пароль كلمة 🔑 e\u0301");
    QTest::newRow("whitespace kept") << QStringLiteral("  lead\ttab\nnewline trail  ");
    QTest::newRow("4 KiB") << randomSecret(4096);
    QString bigUnicode;
    while (bigUnicode.size() < 4096) {
        bigUnicode += QStringLiteral("ключ🔑");
    }
    QTest::newRow("4 KiB unicode") << bigUnicode;
}

void TestSecretStore::roundTrip()
{
    REQUIRE_KEYRING();
    QFETCH(QString, secret);
    SecretStore store;
    const QString key = QStringLiteral("exit/round-trip-") + QString::fromUtf8(QTest::currentDataTag());
    VERIFY_OK(writeSecret(store, key, secret));
    const Outcome read = readSecret(store, key);
    VERIFY_OK(read);
    QCOMPARE(read.secret.size(), secret.size());
    QCOMPARE(read.secret, secret);
}

void TestSecretStore::refusesBadInput_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::newRow("empty key") << QString() << QStringLiteral("s");
    QTest::newRow("control character in key") << QStringLiteral("exit/a\nb") << QStringLiteral("s");
    QTest::newRow("over-long key") << QString(513, u'k') << QStringLiteral("s");
    QTest::newRow("empty secret") << QStringLiteral("exit/empty") << QString();
    QTest::newRow("NUL in secret") << QStringLiteral("exit/nul")
                                   << QStringLiteral("ab") + QChar(u'\0') + QStringLiteral("cd");
}

void TestSecretStore::refusesBadInput()
{
    REQUIRE_KEYRING();
    QFETCH(QString, key);
    QFETCH(QString, secret);
    SecretStore store;
    const Outcome written = writeSecret(store, key, secret);
    QVERIFY(written.arrived);
    QCOMPARE(written.key, key);
    QCOMPARE(written.error, SecretStore::Error::Other);
    QVERIFY(!written.errorString.isEmpty());
    if (SecretStore::isValidKey(key)) {
        // Nothing was stored, not even a truncated secret.
        QCOMPARE(readSecret(store, key).error, SecretStore::Error::NotFound);
    } else {
        QCOMPARE(readSecret(store, key).error, SecretStore::Error::Other);
        QCOMPARE(removeSecret(store, key).error, SecretStore::Error::Other);
        SecretStore::Error error = SecretStore::Error::None;
        QVERIFY(!store.readBlocking(key, JobTimeoutMs, &error, nullptr));
        QCOMPARE(error, SecretStore::Error::Other);
    }
}

void TestSecretStore::keysAreScoped()
{
    REQUIRE_KEYRING();
    SecretStore store;
    const QStringList keys = {QStringLiteral("exit/a"), QStringLiteral("exit/b"), QStringLiteral("proxy/a"),
                              QStringLiteral("exit/a/b")};
    // All in flight at once: results are told apart by key.
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    for (const QString &key : keys) {
        store.write(key, QStringLiteral("secret of ") + key);
    }
    QTRY_COMPARE_WITH_TIMEOUT(writes.count(), keys.size(), JobTimeoutMs);

    QSignalSpy reads(&store, &SecretStore::readFinished);
    for (const QString &key : keys) {
        store.read(key);
    }
    QTRY_COMPARE_WITH_TIMEOUT(reads.count(), keys.size(), JobTimeoutMs);
    QStringList seen;
    for (const QList<QVariant> &args : std::as_const(reads)) {
        const QString key = args.at(0).toString();
        QCOMPARE(args.at(2).value<SecretStore::Error>(), SecretStore::Error::None);
        QCOMPARE(args.at(1).toString(), QStringLiteral("secret of ") + key);
        seen.append(key);
    }
    seen.sort();
    QStringList expected = keys;
    expected.sort();
    QCOMPARE(seen, expected);

    // Removing one leaves its neighbours alone.
    VERIFY_OK(removeSecret(store, QStringLiteral("exit/a")));
    QCOMPARE(readSecret(store, QStringLiteral("exit/a")).error, SecretStore::Error::NotFound);
    QCOMPARE(readSecret(store, QStringLiteral("exit/b")).secret, QStringLiteral("secret of exit/b"));
    QCOMPARE(readSecret(store, QStringLiteral("exit/a/b")).secret, QStringLiteral("secret of exit/a/b"));
}

void TestSecretStore::instancesShareTheKeychain()
{
    REQUIRE_KEYRING();
    SecretStore writer;
    SecretStore reader;
    const QString key = QStringLiteral("exit/shared");
    VERIFY_OK(writeSecret(writer, key, QStringLiteral("from writer")));
    QCOMPARE(readSecret(reader, key).secret, QStringLiteral("from writer"));
    VERIFY_OK(writeSecret(reader, key, QStringLiteral("from reader")));
    QCOMPARE(readSecret(writer, key).secret, QStringLiteral("from reader"));
    VERIFY_OK(removeSecret(reader, key));
    QCOMPARE(readSecret(writer, key).error, SecretStore::Error::NotFound);
}

void TestSecretStore::destroyedStoreDropsResults()
{
    REQUIRE_KEYRING();
    // A store destroyed with requests in flight: the jobs finish on their own, unreported, and
    // nothing touches freed memory (ASan builds watch this).
    auto doomed = std::make_unique<SecretStore>();
    const QString key = QStringLiteral("exit/doomed");
    doomed->write(key, QStringLiteral("written after the store died"));
    doomed->read(key);
    doomed.reset();

    // QtKeychain runs jobs in order, so once this read is answered the orphans are done.
    SecretStore survivor;
    const Outcome read = readSecret(survivor, key);
    VERIFY_OK(read);
    QCOMPARE(read.secret, QStringLiteral("written after the store died"));
}

void TestSecretStore::readBlocking()
{
    REQUIRE_KEYRING();
    SecretStore store;
    QSignalSpy reads(&store, &SecretStore::readFinished);
    const QString key = QStringLiteral("proxy/blocking");
    VERIFY_OK(writeSecret(store, key, QStringLiteral("at start-up")));

    SecretStore::Error error = SecretStore::Error::Other;
    QString errorString = QStringLiteral("stale");
    const std::optional<QString> secret = store.readBlocking(key, JobTimeoutMs, &error, &errorString);
    QVERIFY2(secret.has_value(), qPrintable(errorString));
    QCOMPARE(*secret, QStringLiteral("at start-up"));
    QCOMPARE(error, SecretStore::Error::None);
    QVERIFY(errorString.isEmpty());

    QVERIFY(
        !store.readBlocking(QStringLiteral("proxy/blocking-missing"), JobTimeoutMs, &error, &errorString));
    QCOMPARE(error, SecretStore::Error::NotFound);

    // The out-parameters are optional.
    QCOMPARE(store.readBlocking(key, JobTimeoutMs), std::optional<QString>(QStringLiteral("at start-up")));
    QCOMPARE(reads.count(), 0); // the blocking path has no signal
}

void TestSecretStore::readBlockingTimesOut()
{
    REQUIRE_KEYRING();
    const qint64 daemon = qEnvironmentVariableIntValue("VEIL_TEST_KEYRING_PID");
    if (daemon <= 0) {
        QSKIP("VEIL_TEST_KEYRING_PID not set");
    }
    SecretStore store;
    QSignalSpy reads(&store, &SecretStore::readFinished);
    const QString key = QStringLiteral("proxy/slow-keyring");
    VERIFY_OK(writeSecret(store, key, QStringLiteral("eventually")));

    // A keychain that does not answer (as while an unlock prompt is open): freeze the daemon.
    QCOMPARE(::kill(pid_t(daemon), SIGSTOP), 0);
    auto resume = qScopeGuard([daemon] { ::kill(pid_t(daemon), SIGCONT); });

    constexpr int timeoutMs = 300;
    SecretStore::Error error = SecretStore::Error::None;
    QString errorString;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!store.readBlocking(key, timeoutMs, &error, &errorString));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(error, SecretStore::Error::Other);
    QVERIFY(!errorString.isEmpty());
    QVERIFY2(elapsed >= timeoutMs && elapsed < timeoutMs + 3000, QByteArray::number(elapsed).constData());

    // Zero and negative timeouts return at once instead of hanging or waiting forever.
    for (const int instant : {0, -1}) {
        clock.restart();
        QVERIFY(!store.readBlocking(key, instant, &error, nullptr));
        QCOMPARE(error, SecretStore::Error::Other);
        QVERIFY2(clock.elapsed() < 1000, QByteArray::number(clock.elapsed()).constData());
    }

    resume.dismiss();
    QCOMPARE(::kill(pid_t(daemon), SIGCONT), 0);

    // The abandoned jobs complete in the background without being reported, and the store
    // still works (this read queues behind them).
    const std::optional<QString> later = store.readBlocking(key, JobTimeoutMs, &error, &errorString);
    QVERIFY2(later.has_value(), qPrintable(errorString));
    QCOMPARE(*later, QStringLiteral("eventually"));
    QCOMPARE(reads.count(), 0);
}

void TestSecretStore::secretNeverLogged()
{
    REQUIRE_KEYRING();
    // Letters and digits only, so QDebug's quoting cannot hide either part from the search below.
    const QString tail = QString::number(QRandomGenerator::global()->generate64(), 36);
    const QString secret = QStringLiteral("Sup3rS3cretValue") + tail;
    const QString key = QStringLiteral("exit/logged");
    QStringList captured;
    Outcome written, read, overwritten, refused, removed, missing;
    std::optional<QString> blocking;
    {
        g_captured = &captured;
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        // Every category at every level, QtKeychain's own debug output included.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        const auto restore = qScopeGuard([previous] {
            QLoggingCategory::setFilterRules(QString());
            qInstallMessageHandler(previous);
            g_captured = nullptr;
        });

        SecretStore store;
        written = writeSecret(store, key, secret);
        read = readSecret(store, key);
        blocking = store.readBlocking(key, JobTimeoutMs);
        overwritten = writeSecret(store, key, secret + QStringLiteral("-2"));
        refused = writeSecret(store, QStringLiteral("bad\x01key"), secret);
        removed = removeSecret(store, key);
        missing = readSecret(store, key);
    }

    VERIFY_OK(written);
    VERIFY_OK(read);
    QCOMPARE(read.secret, secret);
    QCOMPARE(blocking, std::optional<QString>(secret));
    VERIFY_OK(overwritten);
    QCOMPARE(refused.error, SecretStore::Error::Other);
    VERIFY_OK(removed);
    QCOMPARE(missing.error, SecretStore::Error::NotFound);

    // The capture did see the store at work (so an empty log does not pass vacuously)...
    const bool sawStore = std::any_of(captured.cbegin(), captured.cend(), [&](const QString &line) {
        return line.startsWith(QStringLiteral("veil.secrets: ")) && line.contains(key);
    });
    QVERIFY2(sawStore, qPrintable(captured.join(QLatin1Char('\n'))));
    // ...and no line, nor any error text, carries the secret or a recognisable part of it.
    for (const QString &fragment : {QStringLiteral("Sup3rS3cret"), tail}) {
        for (const QString &line : std::as_const(captured)) {
            QVERIFY2(!line.contains(fragment), qPrintable(line));
        }
        for (const Outcome *o : {&written, &overwritten, &refused, &removed, &missing}) {
            QVERIFY(!o->errorString.contains(fragment));
        }
    }
}

void TestSecretStore::withoutKeychainNothingIsStored()
{
    REQUIRE_KEYRING();
    // A child process (this binary, running childWithoutKeychain) with no session bus at all and
    // a private HOME: every request must fail, promptly, and no file anywhere under HOME may hold
    // the secret. (QtKeychain's insecure fallback writes a QSettings file there; this QtKeychain
    // only takes that route on KWallet, with libsecret missing, so the test guards the contract
    // rather than the setInsecureFallback(false) line itself.)
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString runtime = home.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QString secret =
        QStringLiteral("NoKeychain") + QString::number(QRandomGenerator::global()->generate64(), 36);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "VEIL_TEST_KEYRING"}) {
        env.remove(QString::fromLatin1(name));
    }
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime); // hides a systemd user bus, too
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("VEIL_TEST_CHILD"), QStringLiteral("no-keychain"));
    env.insert(QStringLiteral("VEIL_TEST_CHILD_SECRET"), secret);

    const Veil::Test::ProcessResult child = Veil::Test::runProcess(
        QCoreApplication::applicationFilePath(), {QStringLiteral("childWithoutKeychain")}, 60000, env);
    QVERIFY2(child.ok(), QByteArray(child.describe() + '\n' + child.out).constData());
    QVERIFY2(child.out.contains("PASS   : TestSecretStore::childWithoutKeychain()"), child.out.constData());

    QDirIterator files(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

void TestSecretStore::childWithoutKeychain()
{
    if (qEnvironmentVariable("VEIL_TEST_CHILD") != QLatin1String("no-keychain")) {
        QSKIP("runs only as the child process of withoutKeychainNothingIsStored");
    }
    const QString secret = qEnvironmentVariable("VEIL_TEST_CHILD_SECRET");
    QVERIFY(!secret.isEmpty());
    SecretStore store;
    const QString key = QStringLiteral("exit/no-keychain");
    const Outcome written = writeSecret(store, key, secret);
    QVERIFY2(written.arrived, describe(written).constData());
    QVERIFY2(written.error != SecretStore::Error::None, describe(written).constData());
    QVERIFY(!written.errorString.isEmpty());
    const Outcome read = readSecret(store, key);
    QVERIFY2(read.arrived, describe(read).constData());
    QVERIFY2(read.error != SecretStore::Error::None && read.error != SecretStore::Error::NotFound,
             describe(read).constData());
    QVERIFY(read.secret.isEmpty());
    SecretStore::Error error = SecretStore::Error::None;
    QVERIFY(!store.readBlocking(key, JobTimeoutMs, &error, nullptr));
    QVERIFY(error != SecretStore::Error::None && error != SecretStore::Error::NotFound);
}

void TestSecretStore::environmentVariableNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("VEIL_PROXY_PASSWORD") << QStringLiteral("VEIL_PROXY_PASSWORD") << true;
    QTest::newRow("single letter") << QStringLiteral("A") << true;
    QTest::newRow("leading underscore") << QStringLiteral("_SECRET_2") << true;
    QTest::newRow("only underscore") << QStringLiteral("_") << true;
    QTest::newRow("digits after first") << QStringLiteral("EXIT_1_PASSWORD") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading digit") << QStringLiteral("1PASSWORD") << false;
    QTest::newRow("lower case") << QStringLiteral("veil_proxy_password") << false;
    QTest::newRow("mixed case") << QStringLiteral("Veil_Password") << false;
    QTest::newRow("dash") << QStringLiteral("VEIL-PASSWORD") << false;
    QTest::newRow("space") << QStringLiteral("VEIL PASSWORD") << false;
    QTest::newRow("equals") << QStringLiteral("A=B") << false;
    QTest::newRow("dollar") << QStringLiteral("$HOME") << false;
    QTest::newRow("non-ASCII letter") << QStringLiteral("PASSWÖRD") << false;
    QTest::newRow("fullwidth letter") << QStringLiteral("ＡB") << false;
    QTest::newRow("NUL") << QStringLiteral("A") + QChar(u'\0') << false;
}

void TestSecretStore::environmentVariableNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Veil::isValidEnvironmentVariableName(name), valid);
}

void TestSecretStore::secretFromEnvironment_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("set");
    QTest::addColumn<QByteArray>("value"); // as the process environment holds it
    QTest::addColumn<bool>("expectSecret");
    QTest::addColumn<QString>("expected");

    QTest::newRow("set") << QStringLiteral("VEIL_TEST_SECRET") << true << QByteArray("s3cret") << true
                         << QStringLiteral("s3cret");
    QTest::newRow("spaces kept") << QStringLiteral("VEIL_TEST_SECRET") << true << QByteArray("  a b  ")
                                 << true << QStringLiteral("  a b  ");
    QTest::newRow("UTF-8 value") << QStringLiteral("VEIL_TEST_SECRET") << true
                                 << QStringLiteral("pässwörd🔑").toUtf8() << true
                                 << QStringLiteral("pässwörd🔑");
    QTest::newRow("value with =") << QStringLiteral("_VEIL_TEST_2") << true << QByteArray("a=b") << true
                                  << QStringLiteral("a=b");
    QTest::newRow("unset") << QStringLiteral("VEIL_TEST_SECRET") << false << QByteArray() << false
                           << QString();
    QTest::newRow("empty") << QStringLiteral("VEIL_TEST_SECRET") << true << QByteArray() << false
                           << QString();
    // Set in the environment, but not a name Veil accepts.
    QTest::newRow("lower-case name") << QStringLiteral("veil_test_secret") << true << QByteArray("x") << false
                                     << QString();
    QTest::newRow("leading digit") << QStringLiteral("9VEIL_TEST") << true << QByteArray("x") << false
                                   << QString();
    QTest::newRow("dash in name") << QStringLiteral("VEIL-TEST") << true << QByteArray("x") << false
                                  << QString();
    QTest::newRow("empty name") << QString() << false << QByteArray() << false << QString();
}

void TestSecretStore::secretFromEnvironment()
{
    QFETCH(QString, name);
    QFETCH(bool, set);
    QFETCH(QByteArray, value);
    QFETCH(bool, expectSecret);
    QFETCH(QString, expected);

    const QByteArray rawName = name.toUtf8();
    if (set) {
        QVERIFY(qputenv(rawName.constData(), value));
    } else if (!rawName.isEmpty()) {
        qunsetenv(rawName.constData());
    }
    auto unset = qScopeGuard([&rawName] {
        if (!rawName.isEmpty()) {
            qunsetenv(rawName.constData());
        }
    });

    const std::optional<QString> secret = Veil::secretFromEnvironment(name);
    QCOMPARE(secret.has_value(), expectSecret);
    if (expectSecret) {
        QCOMPARE(*secret, expected);
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
