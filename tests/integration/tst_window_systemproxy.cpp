// The window's "System proxy" tray item against the real gsettings + dconf (with-dconf.sh):
// turning it on points GNOME's proxy settings at the running engine, turning it off (or
// quitting) puts the user's own values back exactly.

#include "EngineFixture.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "TestSupport.h"
#include "TrayController.h"
#include "engine/Engine.h"

#include <QAction>
#include <QComboBox>
#include <QTest>

#include <memory>

using namespace Veil::Test;

namespace {

QString gget(const QString &schema, const QString &key)
{
    const ProcessResult r =
        runProcess(QStringLiteral("gsettings"), {QStringLiteral("get"), schema, key}, 30000);
    return r.ok() ? QString::fromUtf8(r.out).trimmed()
                  : QStringLiteral("<error: %1>").arg(QString::fromUtf8(r.err));
}

bool gset(const QString &schema, const QString &key, const QString &value)
{
    return runProcess(QStringLiteral("gsettings"), {QStringLiteral("set"), schema, key, value}, 30000).ok();
}

const QString kProxy = QStringLiteral("org.gnome.system.proxy");
const QString kHttp = QStringLiteral("org.gnome.system.proxy.http");
const QString kSocks = QStringLiteral("org.gnome.system.proxy.socks");

} // namespace

class TestWindowSystemProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trayTogglesTheSystemProxy()
    {
        if (qEnvironmentVariable("VEIL_TEST_DCONF") != QLatin1String("1")) {
            QFAIL("run through tests/support/with-dconf.sh: it keeps gsettings away from your own settings");
        }
        // The user's own settings before Veil: a corporate proxy, manual mode.
        QVERIFY(gset(kProxy, QStringLiteral("mode"), QStringLiteral("'manual'")));
        QVERIFY(gset(kHttp, QStringLiteral("host"), QStringLiteral("'proxy.corp.example'")));
        QVERIFY(gset(kHttp, QStringLiteral("port"), QStringLiteral("3128")));
        QVERIFY(gset(kSocks, QStringLiteral("host"), QStringLiteral("''")));

        auto window = std::make_unique<Veil::MainWindow>();
        QVERIFY2(window->startEngine(EngineFixture::testSettings()), qPrintable(window->engineError()));
        const QString port = QString::number(window->engine()->port());
        QAction *item = window->tray()->systemProxyAction();
        QVERIFY(!item->isChecked());

        item->trigger(); // on
        QVERIFY(item->isChecked());
        QCOMPARE(gget(kProxy, QStringLiteral("mode")), QStringLiteral("'manual'"));
        QCOMPARE(gget(kHttp, QStringLiteral("host")), QStringLiteral("'127.0.0.1'"));
        QCOMPARE(gget(kHttp, QStringLiteral("port")), port);
        QCOMPARE(gget(kSocks, QStringLiteral("host")), QStringLiteral("'127.0.0.1'"));
        QCOMPARE(gget(kSocks, QStringLiteral("port")), port);

        item->trigger(); // off: exactly the user's values again
        QVERIFY(!item->isChecked());
        QCOMPARE(gget(kHttp, QStringLiteral("host")), QStringLiteral("'proxy.corp.example'"));
        QCOMPARE(gget(kHttp, QStringLiteral("port")), QStringLiteral("3128"));
        QCOMPARE(gget(kSocks, QStringLiteral("host")), QStringLiteral("''"));
        QCOMPARE(gget(kProxy, QStringLiteral("mode")), QStringLiteral("'manual'"));

        // On again, then the window goes away (as when Veil quits): the user's values come back.
        item->trigger();
        QCOMPARE(gget(kHttp, QStringLiteral("host")), QStringLiteral("'127.0.0.1'"));
        window.reset();
        QCOMPARE(gget(kHttp, QStringLiteral("host")), QStringLiteral("'proxy.corp.example'"));
        QCOMPARE(gget(kHttp, QStringLiteral("port")), QStringLiteral("3128"));
    }

    void settingsPageSwitchesToPacWhileOn()
    {
        QVERIFY(gset(kProxy, QStringLiteral("mode"), QStringLiteral("'manual'")));
        QVERIFY(gset(kHttp, QStringLiteral("host"), QStringLiteral("'proxy.corp.example'")));
        QVERIFY(gset(kHttp, QStringLiteral("port"), QStringLiteral("3128")));
        auto window = std::make_unique<Veil::MainWindow>();
        QVERIFY2(window->startEngine(EngineFixture::testSettings()), qPrintable(window->engineError()));
        const QString port = QString::number(window->engine()->port());
        QVERIFY(window->setSystemProxyEnabled(true));
        QCOMPARE(gget(kHttp, QStringLiteral("host")), QStringLiteral("'127.0.0.1'"));

        // The mode is a setting: choosing the PAC file re-points the live system setting at once.
        window->settingsPage()->proxyModeBox()->setCurrentIndex(1);
        QCOMPARE(gget(kProxy, QStringLiteral("mode")), QStringLiteral("'auto'"));
        QCOMPARE(gget(kProxy, QStringLiteral("autoconfig-url")),
                 QStringLiteral("'http://127.0.0.1:%1/proxy.pac'").arg(port));
        window->settingsPage()->proxyModeBox()->setCurrentIndex(0);
        QCOMPARE(gget(kProxy, QStringLiteral("mode")), QStringLiteral("'manual'"));
        QCOMPARE(gget(kHttp, QStringLiteral("host")), QStringLiteral("'127.0.0.1'"));

        window.reset(); // quit: the user's own values
        QCOMPARE(gget(kProxy, QStringLiteral("mode")), QStringLiteral("'manual'"));
        QCOMPARE(gget(kHttp, QStringLiteral("host")), QStringLiteral("'proxy.corp.example'"));
    }
};

QTEST_MAIN(TestWindowSystemProxy)
#include "tst_window_systemproxy.moc"
