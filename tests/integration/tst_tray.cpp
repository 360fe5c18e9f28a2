// The window and its tray menu against a running engine: choosing a region in the tray sends new
// connections through that region's exit, switching protection off sends them direct, the tray
// state follows, and each choice is saved into the config file without touching its other fields.
// The exits are two more Veil engines on loopback (as in tst_routing), offscreen.

#include "EngineFixture.h"
#include "EngineTest.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "SingleInstance.h"
#include "ThroughputGraph.h"
#include "TrayController.h"
#include "engine/Engine.h"
#include "exits/Exit.h"
#include "traffic/EventHub.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil::Test;
using Veil::Settings;
using Veil::TrayController;

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionAndProtectionFromTheTray();
    void secondInstanceRaisesTheFirst();
    void overviewRequestsAndPaintsOnlyWhenVisible();

private:
    int carried(EngineFixture &exit);
    bool fetch(quint16 port, const QByteArray &path);

    ScriptedOrigin m_origin;
    QHash<EngineFixture *, int> m_carried;
};

int TestTray::carried(EngineFixture &exit)
{
    int &count = m_carried[&exit];
    for (const Veil::TrafficEvent &e : exit.engine().eventHub()->drain()) {
        count += e.phase == Veil::TrafficEvent::Phase::Start && e.port == m_origin.port() ? 1 : 0;
    }
    return count;
}

bool TestTray::fetch(quint16 port, const QByteArray &path)
{
    RawClient client(port);
    if (!client.waitConnected()) {
        return false;
    }
    client.send("GET " + m_origin.url(path) + " HTTP/1.1\r\nHost: " + m_origin.authority() +
                "\r\nConnection: close\r\n\r\n");
    WireMessage response;
    return client.readResponse(&response) && response.status == 200;
}

void TestTray::regionAndProtectionFromTheTray()
{
    QVERIFY(m_origin.listen());
    ScriptedOrigin probes; // health probes go here, never to the internet or the counted origin
    QVERIFY(probes.listen());
    EngineFixture us;
    EngineFixture de;
    QVERIFY(us.start());
    QVERIFY(de.start());

    Settings s = EngineFixture::testSettings();
    for (const auto &[exit, code] :
         {std::pair{&us, QStringLiteral("US")}, std::pair{&de, QStringLiteral("DE")}}) {
        s.exits.exits.append(
            *Veil::parseExitUrl(QStringLiteral("http://127.0.0.1:%1#%2").arg(exit->port()).arg(code)).exit);
    }
    s.exits.mode = Veil::RoutingMode::Exit;
    s.exits.region = QStringLiteral("US");
    s.exits.probeUrl = QString::fromLatin1(probes.url("/probe"));
    s.exits.healthIntervalMs = 3600000;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("veil.json"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"version": 1, "routing": {"region": "US", "healthIntervalMs": 3600000}, "mine": [1, 2]})");
    }

    Veil::MainWindow window;
    QVERIFY2(window.startEngine(s, config), qPrintable(window.engineError()));
    const quint16 port = window.engine()->port();
    TrayController *tray = window.tray();
    QCOMPARE(tray->state(), TrayController::State::On);
    QVERIFY(tray->protectionAction()->isChecked());

    QVERIFY(fetch(port, "/one"));
    QCOMPARE(carried(us), 1);

    // Region ▸ DE.
    QStringList regions;
    QAction *deItem = nullptr;
    for (QAction *a : tray->regionActions()) {
        regions.append(a->data().toString());
        if (a->data().toString() == QLatin1String("DE")) {
            deItem = a;
        }
    }
    QCOMPARE(regions, (QStringList{QStringLiteral("DE"), QStringLiteral("US")}));
    QVERIFY(deItem);
    QVERIFY(deItem->text().endsWith(QLatin1String("DE")));
    deItem->trigger();
    QVERIFY(deItem->isChecked());
    QVERIFY(fetch(port, "/two"));
    QTRY_COMPARE(carried(de), 1);
    QCOMPARE(carried(us), 1);

    const auto saved = [&config] {
        QFile file(config);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    };
    QJsonObject json = saved();
    QCOMPARE(json.value(QStringLiteral("routing")).toObject().value(QStringLiteral("region")).toString(),
             QStringLiteral("DE"));
    QCOMPARE(
        json.value(QStringLiteral("routing")).toObject().value(QStringLiteral("healthIntervalMs")).toInt(),
        3600000);
    QCOMPARE(json.value(QStringLiteral("mine")).toArray().size(), 2); // not ours: kept

    // Protection off: direct; the tray shows it; the origin sees the request, no exit carries it.
    const int originConnections = m_origin.acceptedCount();
    tray->protectionAction()->trigger();
    QCOMPARE(tray->state(), TrayController::State::Off);
    QVERIFY(fetch(port, "/three"));
    QCOMPARE(m_origin.acceptedCount(), originConnections + 1);
    QCOMPARE(carried(de), 1);
    QCOMPARE(carried(us), 1);
    QCOMPARE(saved().value(QStringLiteral("routing")).toObject().value(QStringLiteral("mode")).toString(),
             QStringLiteral("direct"));

    // "Copy proxy environment variables" puts shell lines for this port on the clipboard.
    for (QAction *a : tray->menu()->actions()) {
        if (a->text().startsWith(QLatin1String("Copy proxy environment"))) {
            a->trigger();
        }
    }
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("http_proxy='http://127.0.0.1:%1'").arg(port)) &&
                 copied.contains(QLatin1String("all_proxy='socks5h://127.0.0.1:")),
             qPrintable(copied));

    // And on again: back through DE.
    tray->protectionAction()->trigger();
    QCOMPARE(tray->state(), TrayController::State::On);
    QVERIFY(fetch(port, "/four"));
    QTRY_COMPARE(carried(de), 2);
}

void TestTray::secondInstanceRaisesTheFirst()
{
    qputenv("HOME", QTemporaryDir().path().toUtf8()); // a private socket name for this test
    Veil::SingleInstance first;
    QVERIFY(first.claim());
    QSignalSpy raised(&first, &Veil::SingleInstance::raiseRequested);
    Veil::SingleInstance second;
    QVERIFY(!second.claim()); // it found the first and asked it to come forward
    QVERIFY(raised.wait(5000));
}

void TestTray::overviewRequestsAndPaintsOnlyWhenVisible()
{
    Veil::OverviewPage page;
    Settings s = EngineFixture::testSettings();
    for (const char *url : {"http://127.0.0.1:1#US", "socks5://127.0.0.1:2#NL"}) {
        s.exits.exits.append(*Veil::parseExitUrl(QString::fromLatin1(url)).exit);
    }
    s.exits.mode = Veil::RoutingMode::Exit;
    s.exits.region = QStringLiteral("US");
    page.setSettings(s);
    QSignalSpy requested(&page, &Veil::OverviewPage::settingsChangeRequested);
    QCOMPARE(page.regionBox()->count(), 2);
    page.regionBox()->setCurrentIndex(page.regionBox()->findData(QStringLiteral("NL")));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<Settings>().exits.region, QStringLiteral("NL"));
    page.protectionButton()->click();
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).value<Settings>().exits.mode, Veil::RoutingMode::Direct);
    QCOMPARE(page.protectionButton()->text(), QStringLiteral("Protection is off"));

    // The graph keeps samples while hidden but does not paint; shown, it does.
    Veil::ThroughputGraph *graph = page.graph();
    for (int i = 0; i < 5; ++i) {
        graph->addSample(1000 * i, 5000 * i);
    }
    QCoreApplication::processEvents();
    QCOMPARE(graph->paintCount(), 0);
    QCOMPARE(graph->peakBytesPerSecond(), 20000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int painted = graph->paintCount();
    QVERIFY(painted > 0);
    graph->addSample(1, 2);
    QTRY_VERIFY(graph->paintCount() > painted);
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
