// The Cache page in the real window, offscreen, with the real engine and a scripted origin: its
// numbers come from the store, its controls change what the engine does for the next request and
// are saved to the config file without touching the rest of it.

#include "CachePage.h"
#include "HttpWire.h"
#include "MainWindow.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "cache/CacheStore.h"
#include "engine/Engine.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil;
using namespace Veil::Test;

class TestCachePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsWhatTheStoreHolds();
    void bypassListAppliesAndIsSaved();
    void clearSiteAndTurnOff();

private:
    WireMessage fetch(const QByteArray &path);
    QJsonObject savedConfig() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedOrigin> m_origin;
    std::unique_ptr<MainWindow> m_window;
    QString m_config;
};

void TestCachePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_origin = std::make_unique<ScriptedOrigin>();
    QVERIFY(m_origin->listen());
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &m) {
        const QByteArray body = "body of " + m.target;
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nCache-Control: max-age=600\r\nContent-Length: " +
                                       QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    m_config = m_dir->filePath(QStringLiteral("veil.json"));
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "comment": "kept as it is", "listen": {"port": 0}})");
    file.close();

    Settings s;
    s.listenPort = 0;
    s.threads = 2;
    s.cache.directory = m_dir->filePath(QStringLiteral("cache"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY2(m_window->startEngine(s, m_config), qPrintable(m_window->engineError()));
    QVERIFY(m_window->engine()->cacheStore()->waitForDisk(5000));
}

void TestCachePage::cleanup()
{
    m_window.reset();
    m_origin.reset();
    m_dir.reset();
}

WireMessage TestCachePage::fetch(const QByteArray &path)
{
    RawClient c(m_window->engine()->port());
    WireMessage r;
    if (c.waitConnected()) {
        c.send("GET " + m_origin->url(path) + " HTTP/1.1\r\nHost: " + m_origin->authority() + "\r\n\r\n");
        c.readResponse(&r);
    }
    return r;
}

QJsonObject TestCachePage::savedConfig() const
{
    QFile file(m_config);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

void TestCachePage::showsWhatTheStoreHolds()
{
    CachePage *page = m_window->cachePage();
    page->refresh();
    QVERIFY2(page->statsLabel()->text().contains(QStringLiteral("0 stored")),
             qPrintable(page->statsLabel()->text()));
    QCOMPARE(fetch("/a").status, 200);
    QTRY_COMPARE(m_window->engine()->cacheStore()->stats().entries, 1);
    QVERIFY(fetch("/a").header("Cache-Status").startsWith("Veil; hit"));
    page->refresh();
    const QString text = page->statsLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("1 stored")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("hit ratio 50 %")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(1 hits")), qPrintable(text));
    QVERIFY(page->enabledBox()->isChecked());
    QCOMPARE(page->budgetBox()->value(), 512);
}

void TestCachePage::bypassListAppliesAndIsSaved()
{
    CachePage *page = m_window->cachePage();
    QVERIFY(!page->addBypassHost(QStringLiteral("not a host/")));
    QVERIFY(page->message().contains(QStringLiteral("not a host name")));
    QVERIFY(page->addBypassHost(QStringLiteral("*.127.0.0.1")));
    QCOMPARE(page->bypassList()->count(), 1);
    QCOMPARE(m_window->engine()->context()->settings.cache.bypassHosts,
             QStringList{QStringLiteral("127.0.0.1")});
    const WireMessage r = fetch("/b");
    QVERIFY2(r.header("Cache-Status").contains("detail=bypass-list"), r.head.constData());
    const QJsonObject saved = savedConfig();
    QCOMPARE(saved.value(QStringLiteral("comment")).toString(), QStringLiteral("kept as it is"));
    QCOMPARE(saved.value(QStringLiteral("cache"))
                 .toObject()
                 .value(QStringLiteral("bypass"))
                 .toVariant()
                 .toStringList(),
             QStringList{QStringLiteral("127.0.0.1")});

    page->bypassList()->setCurrentRow(0);
    page->removeBypassHost(QStringLiteral("127.0.0.1"));
    QCOMPARE(page->bypassList()->count(), 0);
    QVERIFY(!fetch("/b").header("Cache-Status").contains("bypass"));
}

void TestCachePage::clearSiteAndTurnOff()
{
    CachePage *page = m_window->cachePage();
    fetch("/1");
    fetch("/2");
    QTRY_COMPARE(m_window->engine()->cacheStore()->stats().entries, 2);
    QCOMPARE(page->clearSite(QStringLiteral("127.0.0.1")), 2);
    QCOMPARE(m_window->engine()->cacheStore()->stats().entries, 0);
    QVERIFY(page->message().contains(QStringLiteral("127.0.0.1")));

    page->enabledBox()->click(); // off
    QVERIFY(!m_window->engine()->cacheStore());
    QVERIFY(!fetch("/1").hasHeader("Cache-Status"));
    QCOMPARE(
        savedConfig().value(QStringLiteral("cache")).toObject().value(QStringLiteral("enabled")).toBool(true),
        false);
    page->refresh();
    QVERIFY(page->statsLabel()->text().contains(QStringLiteral("not stored")));
}

QTEST_MAIN(TestCachePage)
#include "tst_cachepage.moc"
