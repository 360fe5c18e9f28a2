// The GNOME backend against the real gsettings + dconf on a private D-Bus session
// (tests/support/with-dconf.sh): every key read back with gsettings after enable, disable,
// "changed by someone else", SIGTERM, and crash recovery of the real veil binary after kill -9.

#include "TestProcess.h"
#include "TestSupport.h"
#include "platform/CommandRunner.h"
#include "platform/GnomeSystemProxy.h"
#include "platform/SystemProxyController.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil;
using Veil::Test::ProcessResult;
using Veil::Test::TestProcess;

namespace {

using Values = QMap<QString, QString>;

/** Every key Veil may touch, as "<schema suffix>.<key>" → (schema, key). */
const QList<std::pair<QString, QString>> &allKeys()
{
    static const QList<std::pair<QString, QString>> keys{
        {QStringLiteral("org.gnome.system.proxy"), QStringLiteral("mode")},
        {QStringLiteral("org.gnome.system.proxy"), QStringLiteral("autoconfig-url")},
        {QStringLiteral("org.gnome.system.proxy"), QStringLiteral("ignore-hosts")},
        {QStringLiteral("org.gnome.system.proxy.http"), QStringLiteral("host")},
        {QStringLiteral("org.gnome.system.proxy.http"), QStringLiteral("port")},
        {QStringLiteral("org.gnome.system.proxy.https"), QStringLiteral("host")},
        {QStringLiteral("org.gnome.system.proxy.https"), QStringLiteral("port")},
        {QStringLiteral("org.gnome.system.proxy.socks"), QStringLiteral("host")},
        {QStringLiteral("org.gnome.system.proxy.socks"), QStringLiteral("port")},
        // Never touched by Veil; read back to prove it.
        {QStringLiteral("org.gnome.system.proxy.ftp"), QStringLiteral("host")},
        {QStringLiteral("org.gnome.system.proxy.http"), QStringLiteral("authentication-user")},
    };
    return keys;
}

QString name(const std::pair<QString, QString> &key)
{
    return key.first.mid(QStringLiteral("org.gnome.system.proxy").size()) + QLatin1Char('/') + key.second;
}

} // namespace

class TestSystemProxyGnome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void enableDisableRestoresEveryKey_data();
    void enableDisableRestoresEveryKey();
    void changedBySomeoneElse();
    void sigtermRestores();
    void crashRecovery_data();
    void crashRecovery();

private:
    void gset(const QString &schema, const QString &key, const QString &value);
    Values readAll();
    void setUserValues();
    QProcessEnvironment veilEnvironment() const;
    QString statePath() const;
    std::unique_ptr<TestProcess> startVeil(const QStringList &extra);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
};

void TestSystemProxyGnome::initTestCase()
{
    if (qEnvironmentVariable("VEIL_TEST_DCONF") != QLatin1String("1")) {
        QFAIL("run through tests/support/with-dconf.sh: it keeps gsettings away from your own settings");
    }
    QVERIFY(m_dir.isValid());
}

void TestSystemProxyGnome::init()
{
    m_port = Veil::Test::freePort();
    QFile::remove(statePath());
    setUserValues();
}

void TestSystemProxyGnome::gset(const QString &schema, const QString &key, const QString &value)
{
    const ProcessResult r = Veil::Test::runProcess(QStringLiteral("gsettings"),
                                                   {QStringLiteral("set"), schema, key, value}, 30000);
    QVERIFY2(r.ok(), r.describe().constData());
}

Values TestSystemProxyGnome::readAll()
{
    // Key by key with "gsettings get", independent of the backend's own list-recursively parsing.
    Values values;
    for (const auto &key : allKeys()) {
        const ProcessResult r = Veil::Test::runProcess(QStringLiteral("gsettings"),
                                                       {QStringLiteral("get"), key.first, key.second}, 30000);
        values.insert(name(key), r.ok() ? QString::fromUtf8(r.out).trimmed() : QStringLiteral("<error>"));
    }
    return values;
}

void TestSystemProxyGnome::setUserValues()
{
    // A user with a company proxy, distinct values everywhere so a mix-up shows.
    gset(QStringLiteral("org.gnome.system.proxy"), QStringLiteral("mode"), QStringLiteral("'manual'"));
    gset(QStringLiteral("org.gnome.system.proxy"), QStringLiteral("autoconfig-url"),
         QStringLiteral("'http://wpad.corp/wpad.dat'"));
    gset(QStringLiteral("org.gnome.system.proxy"), QStringLiteral("ignore-hosts"),
         QStringLiteral("['corp.example', '10.0.0.0/8']"));
    gset(QStringLiteral("org.gnome.system.proxy.http"), QStringLiteral("host"),
         QStringLiteral("'proxy.corp'"));
    gset(QStringLiteral("org.gnome.system.proxy.http"), QStringLiteral("port"), QStringLiteral("3128"));
    gset(QStringLiteral("org.gnome.system.proxy.https"), QStringLiteral("host"),
         QStringLiteral("'secure.corp'"));
    gset(QStringLiteral("org.gnome.system.proxy.https"), QStringLiteral("port"), QStringLiteral("3129"));
    gset(QStringLiteral("org.gnome.system.proxy.socks"), QStringLiteral("host"), QStringLiteral("''"));
    gset(QStringLiteral("org.gnome.system.proxy.socks"), QStringLiteral("port"), QStringLiteral("0"));
    gset(QStringLiteral("org.gnome.system.proxy.ftp"), QStringLiteral("host"), QStringLiteral("'ftp.corp'"));
    gset(QStringLiteral("org.gnome.system.proxy.http"), QStringLiteral("authentication-user"),
         QStringLiteral("'alice'"));
}

QString TestSystemProxyGnome::statePath() const
{
    // QStandardPaths::AppDataLocation of veil (organisation "Veil", application "veil").
    return m_dir.filePath(QStringLiteral("data/Veil/veil/system-proxy-state.json"));
}

QProcessEnvironment TestSystemProxyGnome::veilEnvironment() const
{
    QProcessEnvironment env = Veil::Test::environmentWithoutProxies();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("ubuntu:GNOME"));
    return env;
}

std::unique_ptr<TestProcess> TestSystemProxyGnome::startVeil(const QStringList &extra)
{
    auto veil = std::make_unique<TestProcess>();
    veil->setEnvironment(veilEnvironment());
    const QStringList args =
        QStringList{QStringLiteral("--headless"), QStringLiteral("--log-format"), QStringLiteral("none"),
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + QString::number(m_port)} +
        extra;
    if (!veil->start(QStringLiteral(VEIL_BINARY), args)) {
        qWarning() << "cannot start veil:" << veil->errorString();
        return nullptr;
    }
    return veil;
}

void TestSystemProxyGnome::enableDisableRestoresEveryKey_data()
{
    QTest::addColumn<bool>("pac");
    QTest::newRow("fixed") << false;
    QTest::newRow("pac") << true;
}

void TestSystemProxyGnome::enableDisableRestoresEveryKey()
{
    QFETCH(bool, pac);
    const Values before = readAll();
    QCOMPARE(before.value(QStringLiteral(".http/host")), QStringLiteral("'proxy.corp'"));

    SystemProxyController controller(
        std::make_unique<GnomeSystemProxy>(std::make_shared<ProcessCommandRunner>()), statePath());
    SystemProxyTarget target;
    target.port = m_port;
    target.mode = pac ? SystemProxyTarget::Mode::Pac : SystemProxyTarget::Mode::Fixed;
    QVERIFY2(controller.enable(target), qPrintable(controller.errorString()));
    QVERIFY(QFile::exists(statePath()));

    Values expected = before;
    const QString port = QString::number(m_port);
    if (pac) {
        expected.insert(QStringLiteral("/mode"), QStringLiteral("'auto'"));
        expected.insert(QStringLiteral("/autoconfig-url"),
                        QStringLiteral("'http://127.0.0.1:") + port + QStringLiteral("/proxy.pac'"));
    } else {
        expected.insert(QStringLiteral("/mode"), QStringLiteral("'manual'"));
        expected.insert(QStringLiteral("/ignore-hosts"),
                        QStringLiteral("['localhost', '127.0.0.0/8', '::1']"));
        for (const char *kind : {".http", ".https", ".socks"}) {
            expected.insert(QLatin1String(kind) + QStringLiteral("/host"), QStringLiteral("'127.0.0.1'"));
            expected.insert(QLatin1String(kind) + QStringLiteral("/port"), port);
        }
    }
    QCOMPARE(readAll(), expected);

    QVERIFY2(controller.disable(), qPrintable(controller.errorString()));
    QCOMPARE(readAll(), before);
    QVERIFY(!QFile::exists(statePath()));
}

void TestSystemProxyGnome::changedBySomeoneElse()
{
    SystemProxyController controller(
        std::make_unique<GnomeSystemProxy>(std::make_shared<ProcessCommandRunner>()), statePath());
    controller.setPollInterval(100);
    QSignalSpy changed(&controller, &SystemProxyController::changedExternally);
    SystemProxyTarget target;
    target.port = m_port;
    QVERIFY2(controller.enable(target), qPrintable(controller.errorString()));
    QVERIFY(changed.isEmpty());

    // A VPN client takes over the HTTPS proxy.
    gset(QStringLiteral("org.gnome.system.proxy.https"), QStringLiteral("host"),
         QStringLiteral("'vpn.example'"));
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.constFirst().constFirst().toStringList(), QStringList{QStringLiteral("gnome")});
    QCOMPARE(controller.state(), SystemProxyController::State::ChangedExternally);
    const Values theirs = readAll();

    QVERIFY2(controller.disable(), qPrintable(controller.errorString()));
    // Veil did not write over the other program's settings, not even the keys it had set itself.
    QCOMPARE(readAll(), theirs);
    QCOMPARE(theirs.value(QStringLiteral(".https/host")), QStringLiteral("'vpn.example'"));
    QCOMPARE(theirs.value(QStringLiteral(".http/host")), QStringLiteral("'127.0.0.1'"));
    QCOMPARE(controller.leftAloneScopes(), QStringList{QStringLiteral("gnome")});
    QVERIFY(!QFile::exists(statePath()));
}

void TestSystemProxyGnome::sigtermRestores()
{
    const Values before = readAll();
    auto veil = startVeil({QStringLiteral("--system-proxy")});
    QVERIFY(veil);
    QTRY_COMPARE_WITH_TIMEOUT(readAll().value(QStringLiteral(".http/port")), QString::number(m_port), 20000);
    QVERIFY(QFile::exists(statePath()));
    veil->terminate();
    QVERIFY(veil->waitForExit(20000));
    QCOMPARE(veil->exitStatus(), QProcess::NormalExit);
    QCOMPARE(veil->exitCode(), 0);
    QVERIFY2(veil->stderrText().contains("system proxy restored"), veil->stderrText().constData());
    QCOMPARE(readAll(), before);
    QVERIFY(!QFile::exists(statePath()));
}

void TestSystemProxyGnome::crashRecovery_data()
{
    QTest::addColumn<bool>("restart");  // recover by starting veil again instead of --restore-system-proxy
    QTest::addColumn<bool>("veilsOwn"); // the user's settings already pointed at this Veil
    QTest::newRow("restore-command") << false << false;
    QTest::newRow("restart") << true << false;
    QTest::newRow("saved-state-was-veils") << false << true;
}

void TestSystemProxyGnome::crashRecovery()
{
    QFETCH(bool, restart);
    QFETCH(bool, veilsOwn);
    if (veilsOwn) {
        // An older leftover nobody restored: manual, pointing at this port.
        gset(QStringLiteral("org.gnome.system.proxy.http"), QStringLiteral("host"),
             QStringLiteral("'127.0.0.1'"));
        gset(QStringLiteral("org.gnome.system.proxy.http"), QStringLiteral("port"), QString::number(m_port));
    }
    const Values before = readAll();

    auto veil = startVeil({QStringLiteral("--system-proxy")});
    QVERIFY(veil);
    QTRY_COMPARE_WITH_TIMEOUT(readAll().value(QStringLiteral(".https/port")), QString::number(m_port), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(veil->stderrText().contains("points at Veil"), 20000);
    veil->kill(); // SIGKILL: no chance to restore
    QVERIFY(!veil->isRunning());
    QCOMPARE(veil->exitStatus(), QProcess::CrashExit);
    const Values leftover = readAll();
    QCOMPARE(leftover.value(QStringLiteral("/mode")), QStringLiteral("'manual'"));
    QCOMPARE(leftover.value(QStringLiteral(".https/host")), QStringLiteral("'127.0.0.1'"));
    QVERIFY(QFile::exists(statePath()));

    if (restart) {
        auto again = startVeil({});
        QVERIFY(again);
        QTRY_VERIFY_WITH_TIMEOUT(again->stderrText().contains("listening on"), 20000);
        QVERIFY2(again->stderrText().contains("restored the"), again->stderrText().constData());
        again->terminate();
        QVERIFY(again->waitForExit(20000));
    } else {
        QProcessEnvironment env = veilEnvironment();
        const ProcessResult r = Veil::Test::runProcess(
            QStringLiteral(VEIL_BINARY), {QStringLiteral("--restore-system-proxy")}, 60000, env);
        QVERIFY2(r.ok(), r.describe().constData());
        QVERIFY2(r.err.contains("restored the"), r.err.constData());
    }
    QVERIFY(!QFile::exists(statePath()));
    if (veilsOwn) {
        // Restoring "Veil's own" settings would point at a Veil that is gone: the proxy is off instead.
        Values expected = before;
        expected.insert(QStringLiteral("/mode"), QStringLiteral("'none'"));
        QCOMPARE(readAll(), expected);
    } else {
        QCOMPARE(readAll(), before);
    }

    // Nothing left: a second restore has nothing to do and says so.
    const ProcessResult r = Veil::Test::runProcess(
        QStringLiteral(VEIL_BINARY), {QStringLiteral("--restore-system-proxy")}, 60000, veilEnvironment());
    QVERIFY2(r.ok(), r.describe().constData());
    QVERIFY2(r.err.contains("no system proxy change to restore"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestSystemProxyGnome)
#include "tst_systemproxy_gnome.moc"
