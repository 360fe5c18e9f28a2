// The command-running system-proxy backends (GNOME, KDE, macOS) through a recording runner:
// the exact command lines they run, how they read the tools' answers, and the environment text.

#include "RecordingRunner.h"
#include "platform/GnomeSystemProxy.h"
#include "platform/KdeSystemProxy.h"
#include "platform/MacSystemProxy.h"
#include "platform/ProxyEnvironment.h"

#include <QTest>

using namespace Veil;
using Veil::Test::FakeKConfig;
using Veil::Test::RecordingRunner;

namespace {

QStringList line(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

QStringList kconfig(const char *tool, const QString &key, const QStringList &rest)
{
    return QStringList{QString::fromUtf8(tool),
                       QStringLiteral("--file"),
                       QStringLiteral("kioslaverc"),
                       QStringLiteral("--group"),
                       QStringLiteral("Proxy Settings"),
                       QStringLiteral("--key"),
                       key} +
           rest;
}

const QByteArray GnomeListing = "org.gnome.system.proxy autoconfig-url ''\n"
                                "org.gnome.system.proxy ignore-hosts ['localhost', 'corp.example']\n"
                                "org.gnome.system.proxy mode 'manual'\n"
                                "org.gnome.system.proxy use-same-proxy true\n"
                                "org.gnome.system.proxy.ftp host ''\n"
                                "org.gnome.system.proxy.ftp port 0\n"
                                "org.gnome.system.proxy.http authentication-password 'secret'\n"
                                "org.gnome.system.proxy.http host 'proxy.corp'\n"
                                "org.gnome.system.proxy.http port 3128\n"
                                "org.gnome.system.proxy.https host \"it's\"\n"
                                "org.gnome.system.proxy.https port 0\n"
                                "org.gnome.system.proxy.socks host ''\n"
                                "org.gnome.system.proxy.socks port 0\n";

} // namespace

class TestSystemProxyBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gvariantText_data();
    void gvariantText();
    void gnomeReadsOneListing();
    void gnomeReadFailureNamesPackage();
    void gnomeWritesExactCommands();
    void gnomePac();
    void gnomeRestoreToNoneWritesModeFirst();
    void kdeReadsEveryKey();
    void kdeWritesExactCommands();
    void kdePlasma5Tools();
    void kdeRestoreDeletesUnsetKeys();
    void macParsesServicesAndFields();
    void macReadsEveryEnabledService();
    void macWritesExactCommands();
    void macPac();
    void environmentText();
};

void TestSystemProxyBackends::gvariantText_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("simple") << QStringLiteral("127.0.0.1") << QStringLiteral("'127.0.0.1'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it\\'s'");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'a\\\\b'");
}

void TestSystemProxyBackends::gvariantText()
{
    QFETCH(QString, plain);
    QFETCH(QString, quoted);
    QCOMPARE(GnomeSystemProxy::quote(plain), quoted);
    QCOMPARE(GnomeSystemProxy::unquote(quoted), plain);
    QCOMPARE(GnomeSystemProxy::unquote(QStringLiteral("\"it's\"")), QStringLiteral("it's"));
    QCOMPARE(GnomeSystemProxy::stringArray({}), QStringLiteral("@as []"));
    QCOMPARE(GnomeSystemProxy::stringArray({QStringLiteral("localhost"), QStringLiteral("::1")}),
             QStringLiteral("['localhost', '::1']"));
}

void TestSystemProxyBackends::gnomeReadsOneListing()
{
    auto runner = std::make_shared<RecordingRunner>(
        [](const QString &, const QStringList &) { return RecordingRunner::success(GnomeListing); });
    GnomeSystemProxy gnome(runner);
    SystemProxySnapshot snapshot;
    QString error;
    QVERIFY2(gnome.read(&snapshot, &error), qPrintable(error));
    QCOMPARE(runner->calls, QList<QStringList>{line("gsettings list-recursively org.gnome.system.proxy")});
    const SystemProxySnapshot::Scope expected{
        {QStringLiteral("mode"), QStringLiteral("'manual'")},
        {QStringLiteral("autoconfig-url"), QStringLiteral("''")},
        {QStringLiteral("ignore-hosts"), QStringLiteral("['localhost', 'corp.example']")},
        {QStringLiteral("http.host"), QStringLiteral("'proxy.corp'")},
        {QStringLiteral("http.port"), QStringLiteral("3128")},
        {QStringLiteral("https.host"), QStringLiteral("\"it's\"")},
        {QStringLiteral("https.port"), QStringLiteral("0")},
        {QStringLiteral("socks.host"), QStringLiteral("''")},
        {QStringLiteral("socks.port"), QStringLiteral("0")}};
    // The password key is never read (nor saved to the state file).
    QCOMPARE(snapshot.scopes,
             (QMap<QString, SystemProxySnapshot::Scope>{{QStringLiteral("gnome"), expected}}));
}

void TestSystemProxyBackends::gnomeReadFailureNamesPackage()
{
    auto runner = std::make_shared<RecordingRunner>([](const QString &, const QStringList &) {
        return RecordingRunner::failure(1, "No such schema \"org.gnome.system.proxy\"");
    });
    GnomeSystemProxy gnome(runner);
    SystemProxySnapshot snapshot;
    QString error;
    QVERIFY(!gnome.read(&snapshot, &error));
    QVERIFY2(error.contains(QLatin1String("gsettings-desktop-schemas")), qPrintable(error));

    // A listing without one of the keys is an error too, not a silent partial snapshot.
    runner->setHandler([](const QString &, const QStringList &) {
        return RecordingRunner::success("org.gnome.system.proxy mode 'none'\n");
    });
    QVERIFY(!gnome.read(&snapshot, &error));
    QVERIFY2(error.contains(QLatin1String("autoconfig-url")), qPrintable(error));
}

void TestSystemProxyBackends::gnomeWritesExactCommands()
{
    auto runner = std::make_shared<RecordingRunner>();
    GnomeSystemProxy gnome(runner);
    SystemProxyTarget target;
    target.port = 9000;
    const SystemProxySnapshot values = gnome.settingsFor({}, target);
    QString error;
    QVERIFY(gnome.write(values, &error));
    const QList<QStringList> expected{
        line("gsettings set org.gnome.system.proxy ignore-hosts"),
        line("gsettings set org.gnome.system.proxy.http host"),
        line("gsettings set org.gnome.system.proxy.http port 9000"),
        line("gsettings set org.gnome.system.proxy.https host"),
        line("gsettings set org.gnome.system.proxy.https port 9000"),
        line("gsettings set org.gnome.system.proxy.socks host"),
        line("gsettings set org.gnome.system.proxy.socks port 9000"),
        line("gsettings set org.gnome.system.proxy mode"),
    };
    QCOMPARE(runner->calls.size(), expected.size());
    QCOMPARE(runner->calls[0],
             expected[0] + QStringList{QStringLiteral("['localhost', '127.0.0.0/8', '::1']")});
    QCOMPARE(runner->calls[1], expected[1] + QStringList{QStringLiteral("'127.0.0.1'")});
    QCOMPARE(runner->calls[2], expected[2]);
    QCOMPARE(runner->calls[3], expected[3] + QStringList{QStringLiteral("'127.0.0.1'")});
    QCOMPARE(runner->calls[4], expected[4]);
    QCOMPARE(runner->calls[5], expected[5] + QStringList{QStringLiteral("'127.0.0.1'")});
    QCOMPARE(runner->calls[6], expected[6]);
    // The mode goes last: nobody sees "manual" with half the hosts set.
    QCOMPARE(runner->calls[7], expected[7] + QStringList{QStringLiteral("'manual'")});
    QVERIFY(gnome.pointsAt(values.scopes.value(QStringLiteral("gnome")), target));
    target.port = 9001;
    QVERIFY(!gnome.pointsAt(values.scopes.value(QStringLiteral("gnome")), target));
}

void TestSystemProxyBackends::gnomePac()
{
    GnomeSystemProxy gnome(std::make_shared<RecordingRunner>());
    SystemProxyTarget target;
    target.mode = SystemProxyTarget::Mode::Pac;
    const SystemProxySnapshot::Scope scope =
        gnome.settingsFor({}, target).scopes.value(QStringLiteral("gnome"));
    QCOMPARE(scope, (SystemProxySnapshot::Scope{{QStringLiteral("mode"), QStringLiteral("'auto'")},
                                                {QStringLiteral("autoconfig-url"),
                                                 QStringLiteral("'http://127.0.0.1:8765/proxy.pac'")}}));
    QVERIFY(gnome.pointsAt(scope, target));
    target.port = 8766;
    QVERIFY(!gnome.pointsAt(scope, target));
    QCOMPARE(gnome.cleared(scope).value(QStringLiteral("mode")), QStringLiteral("'none'"));
}

void TestSystemProxyBackends::gnomeRestoreToNoneWritesModeFirst()
{
    auto runner = std::make_shared<RecordingRunner>();
    GnomeSystemProxy gnome(runner);
    SystemProxySnapshot values;
    values.scopes.insert(QStringLiteral("gnome"), {{QStringLiteral("mode"), QStringLiteral("'none'")},
                                                   {QStringLiteral("http.host"), QStringLiteral("''")}});
    QString error;
    QVERIFY(gnome.write(values, &error));
    QCOMPARE(runner->calls, (QList<QStringList>{line("gsettings set org.gnome.system.proxy mode 'none'"),
                                                line("gsettings set org.gnome.system.proxy.http host ''")}));

    runner->setHandler(
        [](const QString &, const QStringList &) { return RecordingRunner::failure(1, "denied"); });
    QVERIFY(!gnome.write(values, &error));
    QVERIFY2(error.contains(QLatin1String("denied")), qPrintable(error));
}

void TestSystemProxyBackends::kdeReadsEveryKey()
{
    FakeKConfig config;
    config.values = {{QStringLiteral("ProxyType"), QStringLiteral("1")},
                     {QStringLiteral("httpProxy"), QStringLiteral("http://proxy.corp 3128")}};
    auto runner = std::make_shared<RecordingRunner>(std::ref(config));
    KdeSystemProxy kde(runner, 6);
    SystemProxySnapshot snapshot;
    QString error;
    QVERIFY2(kde.read(&snapshot, &error), qPrintable(error));
    QList<QStringList> expected;
    for (const QString &key : KdeSystemProxy::keys()) {
        expected.append(
            kconfig("kreadconfig6", key, {QStringLiteral("--default"), QStringLiteral("veil:unset")}));
    }
    QCOMPARE(runner->calls, expected);
    const SystemProxySnapshot::Scope scope = snapshot.scopes.value(QStringLiteral("kioslaverc"));
    QCOMPARE(scope.size(), KdeSystemProxy::keys().size());
    QCOMPARE(scope.value(QStringLiteral("ProxyType")), QStringLiteral("1"));
    QCOMPARE(scope.value(QStringLiteral("httpProxy")), QStringLiteral("http://proxy.corp 3128"));
    QCOMPARE(scope.value(QStringLiteral("socksProxy")), KdeSystemProxy::unsetValue());
}

void TestSystemProxyBackends::kdeWritesExactCommands()
{
    auto runner = std::make_shared<RecordingRunner>();
    KdeSystemProxy kde(runner, 6);
    SystemProxyTarget target;
    target.bypass.append(QStringLiteral("*.corp.example"));
    const SystemProxySnapshot values = kde.settingsFor({}, target);
    QString error;
    QVERIFY(kde.write(values, &error));
    const QList<QStringList> expected{
        kconfig("kwriteconfig6", QStringLiteral("httpProxy"), {QStringLiteral("http://127.0.0.1 8765")}),
        kconfig("kwriteconfig6", QStringLiteral("httpsProxy"), {QStringLiteral("http://127.0.0.1 8765")}),
        kconfig("kwriteconfig6", QStringLiteral("socksProxy"), {QStringLiteral("socks://127.0.0.1 8765")}),
        kconfig("kwriteconfig6", QStringLiteral("NoProxyFor"),
                {QStringLiteral("localhost,127.0.0.0/8,::1,*.corp.example")}),
        kconfig("kwriteconfig6", QStringLiteral("ReversedException"), {QStringLiteral("false")}),
        kconfig("kwriteconfig6", QStringLiteral("ProxyType"), {QStringLiteral("1")}),
        line("dbus-send --session --type=signal /KIO/Scheduler "
             "org.kde.KIO.Scheduler.reparseSlaveConfiguration string:"),
    };
    QCOMPARE(runner->calls, expected);
    QVERIFY(kde.pointsAt(values.scopes.value(QStringLiteral("kioslaverc")), target));
    // KIO also accepts host:port.
    QVERIFY(kde.pointsAt({{QStringLiteral("ProxyType"), QStringLiteral("1")},
                          {QStringLiteral("httpProxy"), QStringLiteral("http://127.0.0.1:8765")}},
                         target));
    QVERIFY(!kde.pointsAt({{QStringLiteral("ProxyType"), QStringLiteral("0")},
                           {QStringLiteral("httpProxy"), QStringLiteral("http://127.0.0.1 8765")}},
                          target));
}

void TestSystemProxyBackends::kdePlasma5Tools()
{
    auto runner = std::make_shared<RecordingRunner>();
    KdeSystemProxy kde(runner, 5);
    SystemProxyTarget target;
    target.mode = SystemProxyTarget::Mode::Pac;
    QString error;
    QVERIFY(kde.write(kde.settingsFor({}, target), &error));
    QCOMPARE(runner->calls.size(), 3);
    QCOMPARE(runner->calls[0], kconfig("kwriteconfig5", QStringLiteral("Proxy Config Script"),
                                       {QStringLiteral("http://127.0.0.1:8765/proxy.pac")}));
    QCOMPARE(runner->calls[1], kconfig("kwriteconfig5", QStringLiteral("ProxyType"), {QStringLiteral("2")}));
    QCOMPARE(runner->calls[2].constFirst(), QStringLiteral("dbus-send"));
}

void TestSystemProxyBackends::kdeRestoreDeletesUnsetKeys()
{
    FakeKConfig config;
    auto runner = std::make_shared<RecordingRunner>(std::ref(config));
    KdeSystemProxy kde(runner, 6);
    SystemProxySnapshot values;
    values.scopes.insert(QStringLiteral("kioslaverc"),
                         {{QStringLiteral("ProxyType"), QStringLiteral("0")},
                          {QStringLiteral("httpProxy"), KdeSystemProxy::unsetValue()}});
    config.values.insert(QStringLiteral("httpProxy"), QStringLiteral("http://127.0.0.1 8765"));
    QString error;
    QVERIFY(kde.write(values, &error));
    // Proxy off first, then the key the user never had is deleted again.
    QCOMPARE(runner->calls[0], kconfig("kwriteconfig6", QStringLiteral("ProxyType"), {QStringLiteral("0")}));
    QCOMPARE(runner->calls[1],
             kconfig("kwriteconfig6", QStringLiteral("httpProxy"), {QStringLiteral("--delete")}));
    QVERIFY(!config.values.contains(QStringLiteral("httpProxy")));
}

void TestSystemProxyBackends::macParsesServicesAndFields()
{
    QCOMPARE(MacSystemProxy::parseServices("An asterisk (*) denotes that a network service is disabled.\n"
                                           "Wi-Fi\n*Bluetooth PAN\nUSB 10/100/1000 LAN\n\n"),
             (QStringList{QStringLiteral("Wi-Fi"), QStringLiteral("USB 10/100/1000 LAN")}));
    const QMap<QString, QString> fields = MacSystemProxy::parseFields(
        "Enabled: Yes\nServer: proxy.corp\nPort: 3128\nAuthenticated Proxy Enabled: 0\n");
    QCOMPARE(fields.value(QStringLiteral("Enabled")), QStringLiteral("Yes"));
    QCOMPARE(fields.value(QStringLiteral("Server")), QStringLiteral("proxy.corp"));
    QCOMPARE(fields.value(QStringLiteral("Port")), QStringLiteral("3128"));
    QCOMPARE(MacSystemProxy::parseFields("Server:\n").value(QStringLiteral("Server"), QStringLiteral("x")),
             QString());
}

void TestSystemProxyBackends::macReadsEveryEnabledService()
{
    auto runner = std::make_shared<RecordingRunner>([](const QString &, const QStringList &args) {
        const QString verb = args.constFirst();
        if (verb == QLatin1String("-listallnetworkservices")) {
            return RecordingRunner::success("An asterisk (*) denotes that a network service is disabled.\n"
                                            "Wi-Fi\n*Thunderbolt Bridge\nEthernet\n");
        }
        if (verb == QLatin1String("-getwebproxy") && args.value(1) == QLatin1String("Wi-Fi")) {
            return RecordingRunner::success("Enabled: Yes\nServer: proxy.corp\nPort: 3128\n"
                                            "Authenticated Proxy Enabled: 0\n");
        }
        if (verb == QLatin1String("-getproxybypassdomains")) {
            return args.value(1) == QLatin1String("Wi-Fi")
                       ? RecordingRunner::success("*.local\n169.254/16\n")
                       : RecordingRunner::success("There aren't any bypass domains set on Ethernet.\n");
        }
        if (verb == QLatin1String("-getautoproxyurl")) {
            return RecordingRunner::success("URL: (null)\nEnabled: No\n");
        }
        return RecordingRunner::success("Enabled: No\nServer: \nPort: 0\nAuthenticated Proxy Enabled: 0\n");
    });
    MacSystemProxy mac(runner);
    SystemProxySnapshot snapshot;
    QString error;
    QVERIFY2(mac.read(&snapshot, &error), qPrintable(error));
    QList<QStringList> expected{line("networksetup -listallnetworkservices")};
    for (const char *service : {"Wi-Fi", "Ethernet"}) {
        for (const char *verb : {"-getwebproxy", "-getsecurewebproxy", "-getsocksfirewallproxy",
                                 "-getproxybypassdomains", "-getautoproxyurl"}) {
            expected.append(
                {QStringLiteral("networksetup"), QString::fromUtf8(verb), QString::fromUtf8(service)});
        }
    }
    QCOMPARE(runner->calls, expected);
    QCOMPARE(snapshot.scopes.keys(), (QStringList{QStringLiteral("Ethernet"), QStringLiteral("Wi-Fi")}));
    const SystemProxySnapshot::Scope wifi = snapshot.scopes.value(QStringLiteral("Wi-Fi"));
    QCOMPARE(wifi.value(QStringLiteral("web.enabled")), QStringLiteral("Yes"));
    QCOMPARE(wifi.value(QStringLiteral("web.server")), QStringLiteral("proxy.corp"));
    QCOMPARE(wifi.value(QStringLiteral("web.port")), QStringLiteral("3128"));
    QCOMPARE(wifi.value(QStringLiteral("bypass")), QStringLiteral("*.local\n169.254/16"));
    QCOMPARE(wifi.value(QStringLiteral("autoproxy.url")), QString());
    QCOMPARE(snapshot.scopes.value(QStringLiteral("Ethernet")).value(QStringLiteral("bypass")), QString());
    QCOMPARE(snapshot.scopes.value(QStringLiteral("Ethernet")).value(QStringLiteral("socks.enabled")),
             QStringLiteral("No"));
}

void TestSystemProxyBackends::macWritesExactCommands()
{
    auto runner = std::make_shared<RecordingRunner>();
    MacSystemProxy mac(runner);
    SystemProxySnapshot current;
    current.scopes.insert(QStringLiteral("Wi-Fi"), {});
    SystemProxyTarget target;
    const SystemProxySnapshot values = mac.settingsFor(current, target);
    QString error;
    QVERIFY(mac.write(values, &error));
    const QList<QStringList> expected{
        line("networksetup -setwebproxy Wi-Fi 127.0.0.1 8765"),
        line("networksetup -setwebproxystate Wi-Fi on"),
        line("networksetup -setsecurewebproxy Wi-Fi 127.0.0.1 8765"),
        line("networksetup -setsecurewebproxystate Wi-Fi on"),
        line("networksetup -setsocksfirewallproxy Wi-Fi 127.0.0.1 8765"),
        line("networksetup -setsocksfirewallproxystate Wi-Fi on"),
        line("networksetup -setproxybypassdomains Wi-Fi localhost 127.0.0.0/8 ::1"),
        line("networksetup -setautoproxystate Wi-Fi off"),
    };
    QCOMPARE(runner->calls, expected);
    QVERIFY(mac.pointsAt(values.scopes.value(QStringLiteral("Wi-Fi")), target));

    // Restoring a service that had nothing: everything off, bypass list emptied.
    runner->calls.clear();
    SystemProxySnapshot::Scope nothing = values.scopes.value(QStringLiteral("Wi-Fi"));
    for (const char *kind : {"web", "secureweb", "socks"}) {
        nothing.insert(QLatin1String(kind) + QStringLiteral(".enabled"), QStringLiteral("No"));
        nothing.insert(QLatin1String(kind) + QStringLiteral(".server"), QString());
    }
    nothing.insert(QStringLiteral("bypass"), QString());
    QVERIFY(mac.write(SystemProxySnapshot{{{QStringLiteral("Wi-Fi"), nothing}}}, &error));
    QCOMPARE(runner->calls, (QList<QStringList>{line("networksetup -setwebproxystate Wi-Fi off"),
                                                line("networksetup -setsecurewebproxystate Wi-Fi off"),
                                                line("networksetup -setsocksfirewallproxystate Wi-Fi off"),
                                                line("networksetup -setproxybypassdomains Wi-Fi Empty"),
                                                line("networksetup -setautoproxystate Wi-Fi off")}));
}

void TestSystemProxyBackends::macPac()
{
    auto runner = std::make_shared<RecordingRunner>();
    MacSystemProxy mac(runner);
    SystemProxySnapshot current;
    current.scopes.insert(QStringLiteral("Ethernet"),
                          {{QStringLiteral("bypass"), QStringLiteral("*.local")}});
    SystemProxyTarget target;
    target.mode = SystemProxyTarget::Mode::Pac;
    QString error;
    const SystemProxySnapshot values = mac.settingsFor(current, target);
    QVERIFY(mac.write(values, &error));
    QCOMPARE(
        runner->calls,
        (QList<QStringList>{line("networksetup -setwebproxystate Ethernet off"),
                            line("networksetup -setsecurewebproxystate Ethernet off"),
                            line("networksetup -setsocksfirewallproxystate Ethernet off"),
                            line("networksetup -setproxybypassdomains Ethernet *.local"),
                            line("networksetup -setautoproxyurl Ethernet http://127.0.0.1:8765/proxy.pac"),
                            line("networksetup -setautoproxystate Ethernet on")}));
    QVERIFY(mac.pointsAt(values.scopes.value(QStringLiteral("Ethernet")), target));
    QVERIFY(!mac.pointsAt(mac.cleared(values.scopes.value(QStringLiteral("Ethernet"))), target));
}

void TestSystemProxyBackends::environmentText()
{
    SystemProxyTarget target;
    QCOMPARE(ProxyEnvironment::text(target), QStringLiteral("export http_proxy='http://127.0.0.1:8765'\n"
                                                            "export https_proxy='http://127.0.0.1:8765'\n"
                                                            "export all_proxy='socks5h://127.0.0.1:8765'\n"
                                                            "export no_proxy='localhost,127.0.0.0/8,::1'\n"
                                                            "export HTTPS_PROXY='http://127.0.0.1:8765'\n"
                                                            "export ALL_PROXY='socks5h://127.0.0.1:8765'\n"
                                                            "export NO_PROXY='localhost,127.0.0.0/8,::1'\n"));
    target.host = QStringLiteral("::1");
    target.port = 9000;
    const QString ps = ProxyEnvironment::text(target, ProxyEnvironment::Shell::PowerShell);
    QVERIFY2(ps.startsWith(QLatin1String("$env:http_proxy = 'http://[::1]:9000'\n")), qPrintable(ps));
    QVERIFY2(ProxyEnvironment::text(target, ProxyEnvironment::Shell::Cmd)
                 .contains(QLatin1String("set all_proxy=socks5h://[::1]:9000\n")),
             "cmd text");
}

QTEST_GUILESS_MAIN(TestSystemProxyBackends)
#include "tst_systemproxybackends.moc"
