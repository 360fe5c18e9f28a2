// The WinINet per-connection option list Veil writes on Windows, built as pure data.

#include "platform/WindowsProxyOptions.h"

#include <QTest>

using namespace Veil;

class TestWindowsProxyOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bypassList_data();
    void bypassList();
    void fixedOptionList();
    void pacOptionList();
    void pointsAt();
    void scopeRoundTrip();
};

void TestWindowsProxyOptions::bypassList_data()
{
    QTest::addColumn<QStringList>("bypass");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << SystemProxyTarget::defaultBypass()
                             << QStringLiteral("<local>;localhost;127.*;[::1]");
    QTest::newRow("empty") << QStringList{} << QStringLiteral("<local>");
    QTest::newRow("networks") << QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.1.0/24"),
                                             QStringLiteral("172.16.0.0/12"), QStringLiteral("10.1.2.3/32")}
                              << QStringLiteral("<local>;10.*;192.168.1.*;172.16.0.0;10.1.2.3");
    QTest::newRow("names") << QStringList{QStringLiteral("*.corp.example"), QStringLiteral(" intranet "),
                                          QStringLiteral("intranet")}
                           << QStringLiteral("<local>;*.corp.example;intranet");
}

void TestWindowsProxyOptions::bypassList()
{
    QFETCH(QStringList, bypass);
    QFETCH(QString, expected);
    QCOMPARE(windowsBypassList(bypass), expected);
}

void TestWindowsProxyOptions::fixedOptionList()
{
    SystemProxyTarget target;
    target.port = 9000;
    const WindowsProxyOptions options = WindowsProxyOptions::forTarget(target);
    const QList<WindowsProxyOption> expected{
        {WinInet::PerConnFlags, WinInet::ProxyTypeDirect | WinInet::ProxyTypeProxy, {}},
        // No socks=: WinINet would speak SOCKS4 to a SOCKS5-only listener.
        {WinInet::PerConnProxyServer, 0, QStringLiteral("http=127.0.0.1:9000;https=127.0.0.1:9000")},
        {WinInet::PerConnProxyBypass, 0, QStringLiteral("<local>;localhost;127.*;[::1]")},
        {WinInet::PerConnAutoConfigUrl, 0, QString()}};
    QCOMPARE(options.toOptionList(), expected);
    QVERIFY(!(options.flags & WinInet::ProxyTypeAutoDetect)); // WPAD off: it could route around Veil

    target.host = QStringLiteral("::1");
    QCOMPARE(WindowsProxyOptions::forTarget(target).server,
             QStringLiteral("http=[::1]:9000;https=[::1]:9000"));
}

void TestWindowsProxyOptions::pacOptionList()
{
    SystemProxyTarget target;
    target.mode = SystemProxyTarget::Mode::Pac;
    const QList<WindowsProxyOption> expected{
        {WinInet::PerConnFlags, WinInet::ProxyTypeDirect | WinInet::ProxyTypeAutoProxyUrl, {}},
        {WinInet::PerConnProxyServer, 0, QString()},
        {WinInet::PerConnProxyBypass, 0, QString()},
        {WinInet::PerConnAutoConfigUrl, 0, QStringLiteral("http://127.0.0.1:8765/proxy.pac")}};
    QCOMPARE(WindowsProxyOptions::forTarget(target).toOptionList(), expected);
}

void TestWindowsProxyOptions::pointsAt()
{
    SystemProxyTarget target;
    QVERIFY(WindowsProxyOptions::forTarget(target).pointsAt(target));
    WindowsProxyOptions plain;
    plain.flags = WinInet::ProxyTypeDirect | WinInet::ProxyTypeProxy;
    plain.server = QStringLiteral("127.0.0.1:8765"); // one server for every protocol
    QVERIFY(plain.pointsAt(target));
    plain.flags = WinInet::ProxyTypeDirect; // the server is still filled in, but not used
    QVERIFY(!plain.pointsAt(target));
    WindowsProxyOptions other = WindowsProxyOptions::forTarget(target);
    target.port = 8766;
    QVERIFY(!other.pointsAt(target));
    target.mode = SystemProxyTarget::Mode::Pac;
    QVERIFY(WindowsProxyOptions::forTarget(target).pointsAt(target));
    QVERIFY(!other.pointsAt(target));
}

void TestWindowsProxyOptions::scopeRoundTrip()
{
    WindowsProxyOptions options;
    options.flags = WinInet::ProxyTypeDirect | WinInet::ProxyTypeProxy | WinInet::ProxyTypeAutoDetect;
    options.server = QStringLiteral("proxy.corp:3128");
    options.bypass = QStringLiteral("<local>;*.corp");
    options.autoConfigUrl = QStringLiteral("http://wpad/wpad.dat");
    const SystemProxySnapshot::Scope scope = options.toScope();
    QCOMPARE(scope.value(QStringLiteral("flags")), QStringLiteral("11"));
    QCOMPARE(WindowsProxyOptions::fromScope(scope), options);
    QCOMPARE(windowsScopeName(QString()), QStringLiteral("lan"));
    QCOMPARE(windowsScopeName(QStringLiteral("Work VPN")), QStringLiteral("ras:Work VPN"));
}

QTEST_GUILESS_MAIN(TestWindowsProxyOptions)
#include "tst_windowsproxyoptions.moc"
