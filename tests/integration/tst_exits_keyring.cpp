// Exit passwords from the real Secret Service: the test files them with Veil::SecretStore under
// "exit/<id>" in a private gnome-keyring (tests/support/with-keyring.sh, which ctest runs this
// test through), then the real `veil --headless` finds them on its own, with no password in its
// config file, command line or environment, and never prints them.

#include "ExitFixtures.h"
#include "HeadlessVeil.h"
#include "PeerEchoOrigin.h"
#include "ProxyClients.h"
#include "config/SecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Veil::Test;
using Veil::SecretStore;

namespace {

const QString kUser = QStringLiteral("veil-user");
const QString kTinyPassword = QStringLiteral("Keyring-Tiny-Pw-3");
const QString kSocksPassword = QStringLiteral("Keyring-Socks-Pw-5");

QJsonObject exitEntry(const QString &id, const QString &url, const QString &region)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("url"), url}, {QStringLiteral("region"), region}};
}

} // namespace

class TestExitsKeyring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainPasswordsReachTheExits_data();
    void keychainPasswordsReachTheExits();
    void missingKeychainEntryIsReported();

private:
    bool storeSecret(const QString &key, const QString &secret);
    QJsonObject config(const QString &region, const QString &probePath) const;

    PeerEchoOrigin m_origin;
    TinyproxyFixture m_tinyproxy{QStringLiteral("127.0.0.3"), kUser, kTinyPassword};
    MicrosocksFixture m_microsocks{QStringLiteral("127.0.0.4"), kUser, kSocksPassword};
    SecretStore m_store;
};

bool TestExitsKeyring::storeSecret(const QString &key, const QString &secret)
{
    QSignalSpy spy(&m_store, &SecretStore::writeFinished);
    m_store.write(key, secret);
    if (!spy.wait(20000)) {
        return false;
    }
    return spy.constFirst().at(1).value<SecretStore::Error>() == SecretStore::Error::None;
}

QJsonObject TestExitsKeyring::config(const QString &region, const QString &probePath) const
{
    const QString host = kUser + QStringLiteral("@127.0.0.1:");
    const QJsonArray exits{
        exitEntry(QStringLiteral("de-tiny"),
                  QStringLiteral("http://") + host + QString::number(m_tinyproxy.port()),
                  QStringLiteral("DE")),
        exitEntry(QStringLiteral("jp-socks"),
                  QStringLiteral("socks5://") + host + QString::number(m_microsocks.port()),
                  QStringLiteral("JP")),
        // Its keychain entry is never written.
        exitEntry(QStringLiteral("gb-nokey"),
                  QStringLiteral("http://") + host + QString::number(m_tinyproxy.port()),
                  QStringLiteral("GB"))};
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("limits"), QJsonObject{{QStringLiteral("connectTimeoutMs"), 3000}}},
            {QStringLiteral("routing"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("exit")},
                                                    {QStringLiteral("region"), region},
                                                    {QStringLiteral("probeUrl"), m_origin.url(probePath)},
                                                    {QStringLiteral("healthIntervalMs"), 60000},
                                                    {QStringLiteral("healthTimeoutMs"), 2000}}},
            {QStringLiteral("exits"), exits}};
}

void TestExitsKeyring::initTestCase()
{
    if (qEnvironmentVariable("VEIL_TEST_KEYRING") != QLatin1String("1")) {
        QFAIL("run through tests/support/with-keyring.sh (ctest does): it needs a private Secret Service");
    }
    QVERIFY2(QFile::exists(QStringLiteral(VEIL_BINARY)), VEIL_BINARY);
    QVERIFY(m_origin.listen());
    QVERIFY2(m_tinyproxy.start(), qPrintable(m_tinyproxy.errorString()));
    QVERIFY2(m_microsocks.start(), qPrintable(m_microsocks.errorString()));
    // Keys and service as documented in README: service "Veil", key "exit/<id>".
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("Veil"));
    QVERIFY(storeSecret(QStringLiteral("exit/de-tiny"), kTinyPassword));
    QVERIFY(storeSecret(QStringLiteral("exit/jp-socks"), kSocksPassword));
}

void TestExitsKeyring::keychainPasswordsReachTheExits_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("tinyproxy") << QStringLiteral("DE") << QByteArray("127.0.0.3");
    QTest::newRow("microsocks") << QStringLiteral("JP") << QByteArray("127.0.0.4");
}

void TestExitsKeyring::keychainPasswordsReachTheExits()
{
    QFETCH(QString, region);
    QFETCH(QByteArray, expected);
    HeadlessVeil veil(QStringLiteral(VEIL_BINARY));
    const QString path = veil.writeConfig(config(region, QStringLiteral("/probe")));
    const QByteArray file = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(file.contains("de-tiny"));
    QVERIFY(!file.contains(kTinyPassword.toUtf8()) && !file.contains(kSocksPassword.toUtf8()));
    QVERIFY2(veil.start({QStringLiteral("--config"), path}), qPrintable(veil.errorString()));

    for (const QString &mode : proxyModes()) {
        const QByteArray target = "/keyring/" + region.toLatin1() + '/' + mode.toLatin1();
        const ProcessResult r =
            curlThrough(veil.port(), mode.toLatin1(), m_origin.url(QString::fromLatin1(target)));
        QVERIFY2(r.ok(), QByteArray(mode.toLatin1() + ": " + r.describe() + veil.stderrText()).constData());
        QCOMPARE(r.out, expected);
        QCOMPARE(m_origin.peersFor(target), QList<QByteArray>{expected});
    }
    QVERIFY(veil.stop());
    for (const QString &secret : {kTinyPassword, kSocksPassword}) {
        QVERIFY(!veil.stdoutText().contains(secret.toUtf8()));
        QVERIFY(!veil.stderrText().contains(secret.toUtf8()));
    }
}

void TestExitsKeyring::missingKeychainEntryIsReported()
{
    HeadlessVeil veil(QStringLiteral(VEIL_BINARY));
    const QString path = veil.writeConfig(config(QStringLiteral("GB"), QStringLiteral("/probe")));
    QVERIFY2(veil.start({QStringLiteral("--config"), path}), qPrintable(veil.errorString()));
    // Named at start-up, with the key it looked for; the others were found.
    QVERIFY2(veil.stderrText().contains("gb-nokey") && veil.stderrText().contains("no password"),
             veil.stderrText().constData());
    QVERIFY2(!veil.stderrText().contains("exit de-tiny has user"), veil.stderrText().constData());
    // Requests through it fail with the reason instead of hanging.
    WireMessage response;
    QVERIFY(rawProxyRequest(veil.port(), "connect", "127.0.0.1", m_origin.port(), {}, &response));
    QCOMPARE(response.status, 502);
    QVERIFY2(response.body.contains("proxy authentication"), response.body.constData());
    QVERIFY(veil.stop());
}

QTEST_GUILESS_MAIN(TestExitsKeyring)
#include "tst_exits_keyring.moc"
