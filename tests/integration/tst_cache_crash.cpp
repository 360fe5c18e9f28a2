// The real `veil --headless` process is killed (SIGKILL) while a response is being written to its
// cache; after a restart on the same --cache-dir, completed entries are served and the torn one is
// not.

#include "HeadlessVeil.h"
#include "HttpWire.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil::Test;

class TestCacheCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidWriteServesOnlyCompleteEntries();
};

namespace {

WireMessage fetch(quint16 proxyPort, const ScriptedOrigin &origin, const QByteArray &path)
{
    RawClient c(proxyPort);
    WireMessage r;
    if (c.waitConnected()) {
        c.send("GET " + origin.url(path) + " HTTP/1.1\r\nHost: " + origin.authority() + "\r\n\r\n");
        c.readResponse(&r);
    }
    return r;
}

int metaFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, {QStringLiteral("*.meta")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

void TestCacheCrash::killedMidWriteServesOnlyCompleteEntries()
{
    QTemporaryDir cacheDir;
    QVERIFY(cacheDir.isValid());
    ScriptedOrigin origin;
    QVERIFY(origin.listen());
    const QByteArray half(256 * 1024, 'h');
    bool holdSlow = true;
    origin.setResponder([&](ScriptedOrigin::Connection &c, const WireMessage &m) {
        if (m.target.endsWith("/slow")) {
            QByteArray response = "HTTP/1.1 200 OK\r\nCache-Control: max-age=600\r\nContent-Length: " +
                                  QByteArray::number(2 * half.size()) + "\r\n\r\n" + half;
            ScriptedOrigin::respond(c, holdSlow ? response : response + half);
            return;
        }
        ScriptedOrigin::respond(
            c, "HTTP/1.1 200 OK\r\nCache-Control: max-age=600\r\nContent-Length: 4\r\n\r\ndone");
    });
    const QStringList args{QStringLiteral("--cache-dir"), cacheDir.path()};

    auto veil = std::make_unique<HeadlessVeil>(QStringLiteral(VEIL_BINARY));
    QVERIFY2(veil->start(args), qPrintable(veil->errorString()));
    QCOMPARE(fetch(veil->port(), origin, "/done").body, QByteArray("done"));
    QTRY_COMPARE_WITH_TIMEOUT(metaFiles(cacheDir.path()), 1, 10000); // committed

    RawClient slow(veil->port());
    QVERIFY(slow.waitConnected());
    slow.send("GET " + origin.url("/slow") + " HTTP/1.1\r\nHost: " + origin.authority() + "\r\n\r\n");
    QVERIFY(QTest::qWaitFor(
        [&] {
            slow.pull();
            return slow.buffer.size() > half.size() / 2;
        },
        10000));
    QVERIFY2(slow.buffer.contains("stored\r\n"), slow.buffer.left(300).constData()); // being written
    veil->process().kill();
    QVERIFY(veil->process().waitForExit(10000));
    veil.reset();

    holdSlow = false;
    veil = std::make_unique<HeadlessVeil>(QStringLiteral(VEIL_BINARY));
    QVERIFY2(veil->start(args), qPrintable(veil->errorString()));
    const WireMessage done = fetch(veil->port(), origin, "/done");
    QCOMPARE(done.body, QByteArray("done"));
    QVERIFY2(done.header("Cache-Status").startsWith("Veil; hit"), done.head.constData());
    const qsizetype before = origin.requests().size();
    const WireMessage again = fetch(veil->port(), origin, "/slow");
    QCOMPARE(again.body.size(), 2 * half.size());
    QCOMPARE(origin.requests().size(), before + 1); // the torn entry was not served
    QVERIFY2(again.header("Cache-Status").contains("fwd=uri-miss"), again.head.constData());
    QVERIFY(veil->stop());
}

QTEST_GUILESS_MAIN(TestCacheCrash)
#include "tst_cache_crash.moc"
