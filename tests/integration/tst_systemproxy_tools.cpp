// The KDE and macOS backends with the real ProcessCommandRunner against stand-in tools on PATH
// (tests/support/fake-kconfig.sh, fake-networksetup.sh, fake-dbus-send.sh keep their values in
// temp files): the command lines that really reach a process, restore, and crash recovery of the
// real veil binary with the KDE backend.

#include "TestProcess.h"
#include "TestSupport.h"
#include "platform/CommandRunner.h"
#include "platform/SystemProxyController.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil;
using Veil::Test::ProcessResult;
using Veil::Test::TestProcess;

namespace {

QStringList sortedLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {QStringLiteral("<cannot read %1>").arg(path)};
    }
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

const QByteArray KdeUser = "kioslaverc|Proxy Settings|ProxyType=1\n"
                           "kioslaverc|Proxy Settings|httpProxy=http://proxy.corp 3128\n"
                           "kioslaverc|Proxy Settings|NoProxyFor=corp.example\n";

} // namespace

class TestSystemProxyTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void kde();
    void kdeCrashRecoveryWithVeil();
    void macos();

private:
    QStringList logCalls() const;
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
};

void TestSystemProxyTools::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(path("bin")));
    const QString support = QStringLiteral(VEIL_TEST_SUPPORT_DIR);
    const std::pair<const char *, const char *> tools[] = {{"kreadconfig6", "fake-kconfig.sh"},
                                                           {"kwriteconfig6", "fake-kconfig.sh"},
                                                           {"networksetup", "fake-networksetup.sh"},
                                                           {"dbus-send", "fake-dbus-send.sh"}};
    for (const auto &[tool, script] : tools) {
        QVERIFY(QFile::link(support + QLatin1Char('/') + QLatin1String(script),
                            path("bin/") + QLatin1String(tool)));
    }
    // Everything this test starts (tools, veil) finds the stand-ins first.
    qputenv("PATH", (path("bin") + QLatin1Char(':') + qEnvironmentVariable("PATH")).toLocal8Bit());
    qputenv("FAKE_KCONFIG_STORE", path("kioslaverc.store").toLocal8Bit());
    qputenv("FAKE_NETWORKSETUP_STORE", path("networksetup.store").toLocal8Bit());
    qputenv("FAKE_NETWORKSETUP_SERVICES", path("services").toLocal8Bit());
    qputenv("FAKE_TOOLS_LOG", path("calls.log").toLocal8Bit());
    qputenv("XDG_DATA_HOME", path("data").toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", path("config").toLocal8Bit());
    qunsetenv("KDE_SESSION_VERSION");
}

void TestSystemProxyTools::init()
{
    for (const char *file : {"kioslaverc.store", "networksetup.store", "calls.log"}) {
        QFile::remove(path(file));
    }
    QVERIFY(writeFile(path("kioslaverc.store"), KdeUser));
}

QStringList TestSystemProxyTools::logCalls() const
{
    QFile file(m_dir.filePath(QStringLiteral("calls.log")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestSystemProxyTools::kde()
{
    qputenv("XDG_CURRENT_DESKTOP", "KDE");
    QString error;
    std::unique_ptr<SystemProxy> backend =
        createSystemProxy(QStringLiteral("auto"), std::make_shared<ProcessCommandRunner>(), &error);
    QVERIFY2(backend, qPrintable(error));
    QCOMPARE(backend->id(), QStringLiteral("kde"));
    QVERIFY2(backend->displayName().contains(QLatin1String("6")), qPrintable(backend->displayName()));
    const QStringList before = sortedLines(path("kioslaverc.store"));

    SystemProxyController controller(std::move(backend), path("kde-state.json"));
    SystemProxyTarget target;
    target.port = 18080;
    QVERIFY2(controller.enable(target), qPrintable(controller.errorString()));
    QCOMPARE(sortedLines(path("kioslaverc.store")),
             (QStringList{QStringLiteral("kioslaverc|Proxy Settings|NoProxyFor=localhost,127.0.0.0/8,::1"),
                          QStringLiteral("kioslaverc|Proxy Settings|ProxyType=1"),
                          QStringLiteral("kioslaverc|Proxy Settings|ReversedException=false"),
                          QStringLiteral("kioslaverc|Proxy Settings|httpProxy=http://127.0.0.1 18080"),
                          QStringLiteral("kioslaverc|Proxy Settings|httpsProxy=http://127.0.0.1 18080"),
                          QStringLiteral("kioslaverc|Proxy Settings|socksProxy=socks://127.0.0.1 18080")}));
    // The tools got exactly these argument lists (tab-separated in the log), with the KIO reload.
    const QStringList calls = logCalls();
    QVERIFY(
        calls.contains(QStringLiteral("kwriteconfig6\t--file\tkioslaverc\t--group\tProxy Settings\t--key\t"
                                      "socksProxy\tsocks://127.0.0.1 18080")));
    QCOMPARE(calls.filter(QStringLiteral("dbus-send")),
             QStringList{QStringLiteral("dbus-send\t--session\t--type=signal\t/KIO/Scheduler\t"
                                        "org.kde.KIO.Scheduler.reparseSlaveConfiguration\tstring:")});

    QVERIFY2(controller.disable(), qPrintable(controller.errorString()));
    QCOMPARE(sortedLines(path("kioslaverc.store")), before); // keys the user never had are deleted again
    QCOMPARE(logCalls().filter(QStringLiteral("dbus-send")).size(), 2);
}

void TestSystemProxyTools::kdeCrashRecoveryWithVeil()
{
    const QStringList before = sortedLines(path("kioslaverc.store"));
    const quint16 port = Veil::Test::freePort();
    TestProcess veil;
    QVERIFY(
        veil.start(QStringLiteral(VEIL_BINARY),
                   {QStringLiteral("--headless"), QStringLiteral("--log-format"), QStringLiteral("none"),
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + QString::number(port),
                    QStringLiteral("--system-proxy"), QStringLiteral("--system-proxy-backend"),
                    QStringLiteral("kde"), QStringLiteral("--system-proxy-mode"), QStringLiteral("pac")}));
    const QString pacLine =
        QStringLiteral("kioslaverc|Proxy Settings|Proxy Config Script=http://127.0.0.1:") +
        QString::number(port) + QStringLiteral("/proxy.pac");
    QTRY_VERIFY_WITH_TIMEOUT(veil.stderrText().contains("points at Veil"), 20000);
    QVERIFY(sortedLines(path("kioslaverc.store")).contains(pacLine));
    veil.kill();
    QCOMPARE(veil.exitStatus(), QProcess::CrashExit);
    QVERIFY(sortedLines(path("kioslaverc.store")).contains(pacLine)); // left behind

    const ProcessResult r = Veil::Test::runProcess(QStringLiteral(VEIL_BINARY),
                                                   {QStringLiteral("--restore-system-proxy")}, 60000);
    QVERIFY2(r.ok(), r.describe().constData());
    QCOMPARE(sortedLines(path("kioslaverc.store")), before);
}

void TestSystemProxyTools::macos()
{
    QVERIFY(writeFile(path("services"), "Wi-Fi\n*Bluetooth PAN\nUSB 10/100 LAN\n"));
    QVERIFY(writeFile(path("networksetup.store"), "Wi-Fi|webproxy.server=proxy.corp\n"
                                                  "Wi-Fi|webproxy.port=3128\n"
                                                  "Wi-Fi|webproxy.enabled=Yes\n"
                                                  "Wi-Fi|bypass=*.local 169.254/16\n"));
    const QStringList before = sortedLines(path("networksetup.store"));
    QString error;
    std::unique_ptr<SystemProxy> backend =
        createSystemProxy(QStringLiteral("macos"), std::make_shared<ProcessCommandRunner>(), &error);
    QVERIFY2(backend, qPrintable(error));
    SystemProxyController controller(std::move(backend), path("mac-state.json"));
    QVERIFY2(controller.enable(SystemProxyTarget{}), qPrintable(controller.errorString()));
    const QStringList on = sortedLines(path("networksetup.store"));
    for (const char *service : {"Wi-Fi", "USB 10/100 LAN"}) {
        for (const char *kind : {"webproxy", "securewebproxy", "socksfirewallproxy"}) {
            const QString prefix = QLatin1String(service) + QLatin1Char('|') + QLatin1String(kind);
            QVERIFY2(on.contains(prefix + QStringLiteral(".server=127.0.0.1")), qPrintable(prefix));
            QVERIFY2(on.contains(prefix + QStringLiteral(".port=8765")), qPrintable(prefix));
            QVERIFY2(on.contains(prefix + QStringLiteral(".enabled=Yes")), qPrintable(prefix));
        }
        QVERIFY(on.contains(QLatin1String(service) + QStringLiteral("|bypass=localhost 127.0.0.0/8 ::1")));
    }
    // The disabled service is never touched.
    QVERIFY(logCalls().filter(QStringLiteral("Bluetooth")).isEmpty());

    QVERIFY2(controller.disable(), qPrintable(controller.errorString()));
    const QStringList after = sortedLines(path("networksetup.store"));
    // Wi-Fi is back to the user's proxy and bypass list.
    for (const QString &line : before) {
        QVERIFY2(after.contains(line), qPrintable(line));
    }
    // Everything Veil switched on is off again; networksetup cannot clear a server, so Veil's address
    // stays in the switched-off fields of the service that had none.
    QVERIFY(after.contains(QStringLiteral("Wi-Fi|securewebproxy.enabled=No")));
    QVERIFY(after.contains(QStringLiteral("USB 10/100 LAN|webproxy.enabled=No")));
    QVERIFY(after.contains(QStringLiteral("USB 10/100 LAN|socksfirewallproxy.enabled=No")));
    QVERIFY(after.contains(QStringLiteral("USB 10/100 LAN|bypass=")));
    QVERIFY(after.contains(QStringLiteral("USB 10/100 LAN|autoproxy.enabled=No")));
}

QTEST_GUILESS_MAIN(TestSystemProxyTools)
#include "tst_systemproxy_tools.moc"
