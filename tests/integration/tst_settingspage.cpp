// The Settings page, offscreen: every field validates inline (bad port, bad address, a remote
// address without credentials, a bad bypass network) and refuses to apply; in the window against
// the real engine, toggles apply live and are saved without touching the rest of the config file;
// the kill switch holds a request that would otherwise fall back to direct and takes DIRECT out of
// the served PAC file; a new port restarts the listener (and a taken one keeps the old); "start on
// login" writes and removes the XDG autostart entry under $XDG_CONFIG_HOME.

#include "EngineFixture.h"
#include "MainWindow.h"
#include "PrivacySettingsBox.h"
#include "ProxyClients.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "SettingsPage.h"
#include "Theme.h"
#include "TrafficModel.h"
#include "TrafficPage.h"
#include "engine/Engine.h"
#include "exits/Exit.h"
#include "platform/LoginItem.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil::Test;
using Veil::Settings;
using Veil::SettingsPage;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QByteArray servedPac(quint16 port)
{
    RawClient client(port);
    if (!client.waitConnected()) {
        return {};
    }
    client.send("GET /proxy.pac HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    WireMessage response;
    return client.readResponse(&response) && response.status == 200 ? response.body : QByteArray();
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listenFieldsValidateInline_data();
    void listenFieldsValidateInline();
    void bypassListValidatesInline();
    void togglesApplyLiveAndSaveOnlyTheirFields();
    void privacyFiltersApplyLiveAndSave();
    void killSwitchHoldsInsteadOfGoingDirect();
    void newPortRestartsTheListener();
    void startOnLoginWritesTheAutostartEntry();
    void aboutNamesTheVersion();

private:
    QTemporaryDir m_dir;
    ScriptedOrigin m_origin;
};

void TestSettingsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Never touch the real ~/.config/autostart.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
    QVERIFY(m_origin.listen());
}

void TestSettingsPage::listenFieldsValidateInline_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("problem"); // empty: valid
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1") << QStringLiteral("70000")
                                  << QStringLiteral("port");
    QTest::newRow("port zero") << QStringLiteral("127.0.0.1") << QStringLiteral("0")
                               << QStringLiteral("port");
    QTest::newRow("port text") << QStringLiteral("127.0.0.1") << QStringLiteral("http")
                               << QStringLiteral("port");
    QTest::newRow("host name") << QStringLiteral("localhost.example") << QStringLiteral("8765")
                               << QStringLiteral("not an IP address");
    QTest::newRow("remote") << QStringLiteral("0.0.0.0") << QStringLiteral("8765")
                            << QStringLiteral("other machines");
    QTest::newRow("fine") << QStringLiteral("::1") << QStringLiteral("9000") << QString();
}

void TestSettingsPage::listenFieldsValidateInline()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, problem);
    SettingsPage page;
    page.setSettings(Settings());
    QSignalSpy requested(&page, &SettingsPage::settingsChangeRequested);
    QVERIFY(!page.listenApplyButton()->isEnabled()); // nothing changed yet
    page.hostEdit()->setText(host);
    page.portEdit()->setText(port);
    QCOMPARE(page.listenApplyButton()->isEnabled(), problem.isEmpty());
    QCOMPARE(page.applyListen(), problem.isEmpty());
    if (problem.isEmpty()) {
        QVERIFY(page.listenProblem().isEmpty());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<Settings>().listenHost, QStringLiteral("::1"));
        QCOMPARE(requested.at(0).at(0).value<Settings>().listenPort, quint16(9000));
    } else {
        QVERIFY2(page.listenProblem().contains(problem, Qt::CaseInsensitive),
                 qPrintable(page.listenProblem()));
        QCOMPARE(requested.size(), 0);
    }
}

void TestSettingsPage::bypassListValidatesInline()
{
    SettingsPage page;
    page.setSettings(Settings());
    QSignalSpy requested(&page, &SettingsPage::settingsChangeRequested);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QLineEdit *bypass = page.bypassEdit();
    bypass->setFocus();
    QTest::keyClicks(bypass, QStringLiteral("intranet.example, 10.0.0.0/33"));
    QVERIFY2(page.bypassProblem().contains(QLatin1String("10.0.0.0/33")), qPrintable(page.bypassProblem()));
    QTest::keyClick(bypass, Qt::Key_Return);
    QCOMPARE(requested.size(), 0); // refused, nothing applied
    bypass->clear();
    QTest::keyClicks(bypass, QStringLiteral("Intranet.example; .corp.example 10.1.2.3/16"));
    QVERIFY(page.bypassProblem().isEmpty());
    QTest::keyClick(bypass, Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<Settings>().systemProxy.bypass,
             (QStringList{QStringLiteral("intranet.example"), QStringLiteral("*.corp.example"),
                          QStringLiteral("10.1.0.0/16")}));
}

void TestSettingsPage::togglesApplyLiveAndSaveOnlyTheirFields()
{
    const QString config = m_dir.filePath(QStringLiteral("toggles.json"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "mine": {"keep": true}, "ui": {"language": ""},
                       "routing": {"healthIntervalMs": 3600000}})");
    }
    Veil::MainWindow window;
    QVERIFY2(window.startEngine(EngineFixture::testSettings(), config), qPrintable(window.engineError()));
    SettingsPage *page = window.settingsPage();
    const quint16 port = window.engine()->port();
    QVERIFY(servedPac(port).contains("; DIRECT\";")); // kill switch off: the PAC file may fall back

    page->killSwitchBox()->click();
    QVERIFY(window.engine()->context()->settings.exits.killSwitch);
    const QByteArray pac = servedPac(port);
    QVERIFY2(!pac.isEmpty() && !pac.contains("; DIRECT\";"), pac.constData());

    page->themeBox()->setCurrentIndex(page->themeBox()->findData(int(Veil::UiTheme::Dark)));
    QVERIFY(Veil::Theme::isDark());
    // Offscreen there is no tray: the tray choices cannot work, so they are off limits and say why.
    QVERIFY(!page->closeToTrayBox()->isEnabled());
    QVERIFY(!page->minimizedBox()->isEnabled());
    page->systemProxyBox()->click();
    QVERIFY(window.settings().systemProxy.onStart);
    page->proxyModeBox()->setCurrentIndex(1);
    QVERIFY(window.settings().systemProxy.pac);
    page->trafficRowsBox()->setValue(250000);
    QCOMPARE(window.trafficPage()->model()->capacity(), 250000);
    page->languageBox()->setCurrentIndex(page->languageBox()->findData(QStringLiteral("en")));
    QCOMPARE(window.settings().ui.language, QStringLiteral("en"));

    const QJsonObject json = readJson(config);
    QCOMPARE(json.value(QStringLiteral("mine")).toObject(), (QJsonObject{{QStringLiteral("keep"), true}}));
    QCOMPARE(
        json.value(QStringLiteral("routing")).toObject(),
        (QJsonObject{{QStringLiteral("healthIntervalMs"), 3600000}, {QStringLiteral("killSwitch"), true}}));
    QCOMPARE(json.value(QStringLiteral("ui")).toObject(),
             (QJsonObject{{QStringLiteral("language"), QStringLiteral("en")},
                          {QStringLiteral("theme"), QStringLiteral("dark")},
                          {QStringLiteral("trafficRows"), 250000}}));
    QCOMPARE(
        json.value(QStringLiteral("systemProxy")).toObject(),
        (QJsonObject{{QStringLiteral("onStart"), true}, {QStringLiteral("mode"), QStringLiteral("pac")}}));
    QVERIFY(!json.contains(QStringLiteral("listen")));
    Veil::Theme::apply(Veil::UiTheme::System);
}

void TestSettingsPage::privacyFiltersApplyLiveAndSave()
{
    const QString config = m_dir.filePath(QStringLiteral("privacy.json"));
    Settings s = EngineFixture::testSettings();
    s.privacy.enabled = true;
    Veil::MainWindow window;
    QVERIFY2(window.startEngine(s, config), qPrintable(window.engineError()));
    Veil::PrivacySettingsBox *box = window.settingsPage()->privacyBox();
    const auto live = [&window] {
        return window.engine()->context()->settings.privacy;
    };
    QVERIFY(box->isChecked());
    QCOMPARE(box->refererBox()->currentData().toInt(), int(Veil::RefererPolicy::Origin));

    box->refererBox()->setCurrentIndex(box->refererBox()->findData(int(Veil::RefererPolicy::Drop)));
    QCOMPARE(live().referer, Veil::RefererPolicy::Drop);
    box->dntBox()->click();
    QVERIFY(live().dnt);
    box->gpcBox()->click();
    QVERIFY(!live().gpc);

    // A value that cannot be sent is refused inline and not applied.
    box->userAgentEdit()->setText(QStringLiteral("bad\tagent"));
    QVERIFY(!box->userAgentProblem().isEmpty());
    Q_EMIT box->userAgentEdit()->editingFinished();
    QVERIFY(live().userAgent.isEmpty());
    box->userAgentEdit()->setText(QStringLiteral("Mozilla/5.0 (Veil)"));
    QVERIFY(box->userAgentProblem().isEmpty());
    Q_EMIT box->userAgentEdit()->editingFinished();
    QCOMPARE(live().userAgent, QStringLiteral("Mozilla/5.0 (Veil)"));

    box->paramsEdit()->setText(QStringLiteral("a=b"));
    QVERIFY(!box->paramsProblem().isEmpty());
    box->paramsEdit()->setText(QStringLiteral("utm_*, ref"));
    QVERIFY(box->paramsProblem().isEmpty());
    box->exceptionsEdit()->setText(QStringLiteral("Shop.Example, *.bank.test"));
    Q_EMIT box->exceptionsEdit()->editingFinished();
    QCOMPARE(live().params, (QStringList{QStringLiteral("utm_*"), QStringLiteral("ref")}));
    QCOMPARE(live().exceptions, (QStringList{QStringLiteral("shop.example"), QStringLiteral("bank.test")}));

    box->setChecked(false);
    QVERIFY(!live().enabled);
    QVERIFY(!box->dntBox()->isEnabled());

    const QJsonObject privacy = readJson(config).value(QStringLiteral("privacy")).toObject();
    QCOMPARE(privacy.value(QStringLiteral("referer")).toString(), QStringLiteral("drop"));
    QCOMPARE(privacy.value(QStringLiteral("dnt")).toBool(), true);
    QCOMPARE(privacy.value(QStringLiteral("gpc")).toBool(true), false);
    QCOMPARE(privacy.value(QStringLiteral("enabled")).toBool(true), false);
    QCOMPARE(privacy.value(QStringLiteral("userAgent")).toString(), QStringLiteral("Mozilla/5.0 (Veil)"));
    QCOMPARE(privacy.value(QStringLiteral("exceptions")).toArray().size(), 2);
}

void TestSettingsPage::killSwitchHoldsInsteadOfGoingDirect()
{
    Settings s = EngineFixture::testSettings();
    Veil::Exit exit = *Veil::parseExitUrl(QStringLiteral("http://127.0.0.1:1#US")).exit;
    exit.enabled = false; // the region has no usable exit
    s.exits.exits = {exit};
    s.exits.mode = Veil::RoutingMode::Exit;
    s.exits.region = QStringLiteral("US");
    s.exits.fallbackDirect = true;
    Veil::MainWindow window;
    QVERIFY2(window.startEngine(s, QString()), qPrintable(window.engineError()));
    const quint16 port = window.engine()->port();

    WireMessage response;
    QVERIFY(rawProxyRequest(port, "http", "127.0.0.1", m_origin.port(), "/fallback", &response));
    QCOMPARE(response.status, 200); // fallback to direct, as configured
    const qsizetype reached = m_origin.requests().size();

    window.settingsPage()->killSwitchBox()->click();
    QVERIFY(rawProxyRequest(port, "http", "127.0.0.1", m_origin.port(), "/held", &response));
    QCOMPARE(response.status, 502);
    QVERIFY2(response.body.contains("holding"), response.body.constData());
    QCOMPARE(m_origin.requests().size(), reached); // nothing went out directly
    QVERIFY(rawProxyRequest(port, "connect", "127.0.0.1", m_origin.port(), {}, &response));
    QCOMPARE(response.status, 502);

    window.settingsPage()->killSwitchBox()->click();
    QVERIFY(rawProxyRequest(port, "http", "127.0.0.1", m_origin.port(), "/again", &response));
    QCOMPARE(response.status, 200);
}

void TestSettingsPage::newPortRestartsTheListener()
{
    const QString config = m_dir.filePath(QStringLiteral("listen.json"));
    Veil::MainWindow window;
    QVERIFY2(window.startEngine(EngineFixture::testSettings(), config), qPrintable(window.engineError()));
    SettingsPage *page = window.settingsPage();
    const quint16 fresh = freePort();
    page->portEdit()->setText(QString::number(fresh));
    QVERIFY(page->listenApplyButton()->isEnabled());
    page->listenApplyButton()->click();
    QCOMPARE(window.engine()->port(), fresh);
    QVERIFY(page->listenProblem().isEmpty());
    WireMessage response;
    QVERIFY(rawProxyRequest(fresh, "http", "127.0.0.1", m_origin.port(), "/moved", &response));
    QCOMPARE(response.status, 200);
    QCOMPARE(
        readJson(config).value(QStringLiteral("listen")).toObject().value(QStringLiteral("port")).toInt(),
        int(fresh));

    // A port someone else holds: the message says so and Veil stays where it was.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    page->portEdit()->setText(QString::number(squatter.serverPort()));
    page->listenApplyButton()->click();
    QVERIFY2(page->listenProblem().contains(QString::number(fresh)), qPrintable(page->listenProblem()));
    QCOMPARE(window.engine()->port(), fresh);
    QCOMPARE(page->portEdit()->text(), QString::number(fresh));
    QVERIFY(rawProxyRequest(fresh, "http", "127.0.0.1", m_origin.port(), "/stayed", &response));
    QCOMPARE(response.status, 200);
    QCOMPARE(
        readJson(config).value(QStringLiteral("listen")).toObject().value(QStringLiteral("port")).toInt(),
        int(fresh));
}

void TestSettingsPage::startOnLoginWritesTheAutostartEntry()
{
    const QString entry = m_dir.filePath(QStringLiteral("xdg/autostart/veil.desktop"));
    QCOMPARE(Veil::LoginItem().location(), entry);
    SettingsPage page;
    page.setSettings(Settings());
    QSignalSpy requested(&page, &SettingsPage::settingsChangeRequested);
    QVERIFY(!page.loginBox()->isChecked());
    page.loginBox()->click();
    QVERIFY(QFile::exists(entry));
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exec =
        "Exec=" + Veil::LoginItem::desktopExecArgument(QCoreApplication::applicationFilePath()).toUtf8();
    QVERIFY(file.readAll().contains(exec));
    QCOMPARE(requested.size(), 0); // not a config setting: the entry is the truth
    SettingsPage again;
    again.setSettings(Settings());
    QVERIFY(again.loginBox()->isChecked());
    again.loginBox()->click();
    QVERIFY(!QFile::exists(entry));
    QVERIFY(again.loginProblem().isEmpty());
}

QTEST_MAIN(TestSettingsPage)
void TestSettingsPage::aboutNamesTheVersion()
{
    // main() sets the version from project(VERSION), the one place it is written.
    QCoreApplication::setApplicationVersion(QStringLiteral(VEIL_VERSION));
    SettingsPage page;
    QSignalSpy about(&page, &SettingsPage::aboutRequested);
    QPushButton *button = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        button = b->text() == QStringLiteral("About Veil…") ? b : button;
    }
    QVERIFY(button);
    button->click();
    QCOMPARE(about.count(), 1);
    bool footer = false;
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        footer = footer || label->text() == QStringLiteral("Veil " VEIL_VERSION);
    }
    QVERIFY(footer);
    QVERIFY2(Veil::MainWindow::aboutText().contains(QStringLiteral("Veil " VEIL_VERSION)),
             qPrintable(Veil::MainWindow::aboutText()));
    QVERIFY(Veil::MainWindow::aboutText().contains(QString::fromLatin1(qVersion())));
}

#include "tst_settingspage.moc"
