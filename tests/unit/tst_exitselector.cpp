// Exit selection: every policy, fail-closed behaviour and sticky balancing by registrable domain.

#include "exits/ExitSelector.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace Veil;

namespace {

using Health = QHash<QString, ExitHealth>;

Exit makeExit(const QString &id, const QString &region, bool enabled = true)
{
    Exit e;
    e.id = id;
    e.scheme = ExitScheme::Socks5;
    e.host = id + QStringLiteral(".example");
    e.port = 1080;
    e.region = region;
    e.enabled = enabled;
    return e;
}

/** DE: a, b, c enabled, x disabled; NL: n. */
ExitSettings settingsWith(SelectionPolicy policy, const QStringList &order = {}, const QString &manual = {})
{
    ExitSettings s;
    s.exits = {makeExit(QStringLiteral("a"), QStringLiteral("DE")),
               makeExit(QStringLiteral("x"), QStringLiteral("DE"), false),
               makeExit(QStringLiteral("b"), QStringLiteral("DE")),
               makeExit(QStringLiteral("n"), QStringLiteral("NL")),
               makeExit(QStringLiteral("c"), QStringLiteral("DE"))};
    s.regions = {RegionPolicy{QStringLiteral("DE"), policy, manual, order}};
    return s;
}

ExitHealth down()
{
    return ExitHealth{false, -1, 3};
}

ExitHealth upWithDelay(qint64 us)
{
    return ExitHealth{true, us, 0};
}

QString idOf(const Exit *e)
{
    return e ? e->id : QStringLiteral("<none>");
}

QByteArray domain(int i)
{
    return "www.site" + QByteArray::number(i) + ".example";
}

} // namespace

class tst_ExitSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failover_data();
    void failover();
    void fastest_data();
    void fastest();
    void manual_data();
    void manual();
    void failsClosedWhenAllDown_data();
    void failsClosedWhenAllDown();
    void regionLookup();
    void registrableDomain_data();
    void registrableDomain();
    void balanceIsStickyPerRegistrableDomain();
    void balanceSpreadsLoad();
    void balanceMovesOnlyDomainsOfFailedExit();
    void balanceSkipsDisabledAndIsStableAcrossInstances();
    void manyExitsInOneRegion();
};

void tst_ExitSelector::failover_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QStringList>("downIds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("config order") << QStringList() << QStringList() << QStringLiteral("a");
    QTest::newRow("first down") << QStringList() << QStringList{QStringLiteral("a")} << QStringLiteral("b");
    QTest::newRow("two down") << QStringList() << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                              << QStringLiteral("c");
    QTest::newRow("explicit order") << QStringList{QStringLiteral("c"), QStringLiteral("b")} << QStringList()
                                    << QStringLiteral("c");
    QTest::newRow("explicit order, first down") << QStringList{QStringLiteral("c"), QStringLiteral("b")}
                                                << QStringList{QStringLiteral("c")} << QStringLiteral("b");
    QTest::newRow("unlisted exits follow")
        << QStringList{QStringLiteral("c"), QStringLiteral("b")}
        << QStringList{QStringLiteral("c"), QStringLiteral("b")} << QStringLiteral("a");
    QTest::newRow("disabled first in order")
        << QStringList{QStringLiteral("x"), QStringLiteral("b")} << QStringList() << QStringLiteral("b");
    QTest::newRow("other region down is irrelevant")
        << QStringList() << QStringList{QStringLiteral("n")} << QStringLiteral("a");
}

void tst_ExitSelector::failover()
{
    QFETCH(QStringList, order);
    QFETCH(QStringList, downIds);
    QFETCH(QString, expected);

    const ExitSelector selector(settingsWith(SelectionPolicy::Failover, order));
    Health health;
    for (const QString &id : downIds) {
        health.insert(id, down());
    }
    QCOMPARE(idOf(selector.select(QStringLiteral("DE"), "example.com", health)), expected);
}

void tst_ExitSelector::fastest_data()
{
    QTest::addColumn<Health>("health");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all unknown: first in order") << Health() << QStringLiteral("a");
    QTest::newRow("lowest delay") << Health{{QStringLiteral("a"), upWithDelay(900)},
                                            {QStringLiteral("b"), upWithDelay(300)},
                                            {QStringLiteral("c"), upWithDelay(500)}}
                                  << QStringLiteral("b");
    QTest::newRow("fastest down") << Health{{QStringLiteral("a"), upWithDelay(900)},
                                            {QStringLiteral("b"), ExitHealth{false, 100, 3}},
                                            {QStringLiteral("c"), upWithDelay(500)}}
                                  << QStringLiteral("c");
    QTest::newRow("unknown sorts last")
        << Health{{QStringLiteral("c"), upWithDelay(5000000)}} << QStringLiteral("c");
    QTest::newRow("tie by order") << Health{{QStringLiteral("a"), upWithDelay(700)},
                                            {QStringLiteral("b"), upWithDelay(300)},
                                            {QStringLiteral("c"), upWithDelay(300)}}
                                  << QStringLiteral("b");
    QTest::newRow("disabled is never fastest")
        << Health{{QStringLiteral("x"), upWithDelay(1)}, {QStringLiteral("a"), upWithDelay(800)}}
        << QStringLiteral("a");
    QTest::newRow("only unknown left") << Health{{QStringLiteral("a"), ExitHealth{false, 10, 5}},
                                                 {QStringLiteral("b"), ExitHealth{false, 20, 5}}}
                                       << QStringLiteral("c");
}

void tst_ExitSelector::fastest()
{
    QFETCH(Health, health);
    QFETCH(QString, expected);
    const ExitSelector selector(settingsWith(SelectionPolicy::Fastest));
    QCOMPARE(idOf(selector.select(QStringLiteral("DE"), "example.com", health)), expected);
}

void tst_ExitSelector::manual_data()
{
    QTest::addColumn<QString>("manual");
    QTest::addColumn<Health>("health");
    QTest::addColumn<QString>("expected");

    QTest::newRow("chosen") << QStringLiteral("b") << Health() << QStringLiteral("b");
    QTest::newRow("chosen down: fail closed")
        << QStringLiteral("b") << Health{{QStringLiteral("b"), down()}} << QStringLiteral("<none>");
    QTest::newRow("chosen disabled") << QStringLiteral("x") << Health() << QStringLiteral("<none>");
    QTest::newRow("chosen in other region") << QStringLiteral("n") << Health() << QStringLiteral("<none>");
    QTest::newRow("none chosen") << QString() << Health() << QStringLiteral("<none>");
    QTest::newRow("others down") << QStringLiteral("c")
                                 << Health{{QStringLiteral("a"), down()}, {QStringLiteral("b"), down()}}
                                 << QStringLiteral("c");
}

void tst_ExitSelector::manual()
{
    QFETCH(QString, manual);
    QFETCH(Health, health);
    QFETCH(QString, expected);
    const ExitSelector selector(settingsWith(SelectionPolicy::Manual, {}, manual));
    QCOMPARE(idOf(selector.select(QStringLiteral("DE"), "example.com", health)), expected);
}

void tst_ExitSelector::failsClosedWhenAllDown_data()
{
    QTest::addColumn<SelectionPolicy>("policy");
    QTest::newRow("manual") << SelectionPolicy::Manual;
    QTest::newRow("fastest") << SelectionPolicy::Fastest;
    QTest::newRow("failover") << SelectionPolicy::Failover;
    QTest::newRow("balance") << SelectionPolicy::Balance;
}

void tst_ExitSelector::failsClosedWhenAllDown()
{
    QFETCH(SelectionPolicy, policy);
    const ExitSelector selector(settingsWith(policy, {}, QStringLiteral("a")));
    const Health allDown{
        {QStringLiteral("a"), down()}, {QStringLiteral("b"), down()}, {QStringLiteral("c"), down()}};
    QVERIFY(selector.select(QStringLiteral("DE"), "example.com", {}) != nullptr);
    QCOMPARE(selector.select(QStringLiteral("DE"), "example.com", allDown), nullptr);
    // The disabled exit and the other region's exit never stand in.
    QCOMPARE(selector.select(QStringLiteral("DE"), "other.example", allDown), nullptr);
}

void tst_ExitSelector::regionLookup()
{
    const ExitSelector selector(settingsWith(SelectionPolicy::Failover));
    QCOMPARE(idOf(selector.select(QStringLiteral("de"), "example.com", {})), QStringLiteral("a"));
    // A region without a configured policy gets failover in config order.
    QCOMPARE(idOf(selector.select(QStringLiteral("NL"), "example.com", {})), QStringLiteral("n"));
    QCOMPARE(selector.select(QStringLiteral("FR"), "example.com", {}), nullptr);
    QCOMPARE(selector.select(QString(), "example.com", {}), nullptr);

    // Exits without a region are never selected, not even for an empty region.
    ExitSettings s;
    s.exits = {makeExit(QStringLiteral("loose"), QString())};
    QCOMPARE(ExitSelector(s).select(QString(), "example.com", {}), nullptr);
}

void tst_ExitSelector::registrableDomain_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QByteArray("www.example.com") << QByteArray("example.com");
    QTest::newRow("already registrable") << QByteArray("example.com") << QByteArray("example.com");
    QTest::newRow("co.uk") << QByteArray("a.example.co.uk") << QByteArray("example.co.uk");
    QTest::newRow("deep") << QByteArray("x.y.z.example.co.uk") << QByteArray("example.co.uk");
    QTest::newRow("upper case") << QByteArray("WWW.Example.COM") << QByteArray("example.com");
    QTest::newRow("trailing dot") << QByteArray("www.example.com.") << QByteArray("example.com");
    QTest::newRow("private suffix") << QByteArray("alice.github.io") << QByteArray("alice.github.io");
    QTest::newRow("public suffix itself") << QByteArray("co.uk") << QByteArray("co.uk");
    QTest::newRow("single label") << QByteArray("localhost") << QByteArray("localhost");
    QTest::newRow("ipv4") << QByteArray("192.168.1.20") << QByteArray("192.168.1.20");
    QTest::newRow("ipv6") << QByteArray("2001:DB8::1") << QByteArray("2001:db8::1");
    QTest::newRow("ipv6 brackets") << QByteArray("[::1]") << QByteArray("::1");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_ExitSelector::registrableDomain()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, expected);
    QCOMPARE(ExitSelector::registrableDomain(host), expected);
}

void tst_ExitSelector::balanceIsStickyPerRegistrableDomain()
{
    const ExitSelector selector(settingsWith(SelectionPolicy::Balance));
    const QString de = QStringLiteral("DE");
    const Exit *first = selector.select(de, "a.example.co.uk", {});
    QVERIFY(first);
    QCOMPARE(selector.select(de, "b.example.co.uk", {}), first);
    QCOMPARE(selector.select(de, "EXAMPLE.co.uk", {}), first);
    QCOMPARE(selector.select(de, "a.example.co.uk", {}), first); // repeatable
    // Across many sites the subdomains of one site always agree.
    for (int i = 0; i < 200; ++i) {
        const QByteArray site = "site" + QByteArray::number(i) + ".co.uk";
        QCOMPARE(selector.select(de, QByteArray("www." + site), {}),
                 selector.select(de, QByteArray("cdn.img." + site), {}));
    }
}

void tst_ExitSelector::balanceSpreadsLoad()
{
    const ExitSelector selector(settingsWith(SelectionPolicy::Balance));
    QHash<QString, int> counts;
    for (int i = 0; i < 1000; ++i) {
        const Exit *e = selector.select(QStringLiteral("DE"), domain(i), {});
        QVERIFY(e);
        ++counts[e->id];
    }
    QCOMPARE(counts.size(), 3);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        // Expected 333 each; ±25% is far outside what a decent hash does on 1000 keys.
        QVERIFY2(it.value() > 250 && it.value() < 420,
                 qPrintable(QStringLiteral("%1 got %2 of 1000").arg(it.key()).arg(it.value())));
    }
}

void tst_ExitSelector::balanceMovesOnlyDomainsOfFailedExit()
{
    const ExitSelector selector(settingsWith(SelectionPolicy::Balance));
    const QString de = QStringLiteral("DE");
    QHash<QByteArray, QString> before;
    for (int i = 0; i < 1000; ++i) {
        before.insert(domain(i), idOf(selector.select(de, domain(i), {})));
    }
    const Health bDown{{QStringLiteral("b"), down()}};
    int moved = 0;
    QHash<QString, int> movedTo;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString now = idOf(selector.select(de, it.key(), bDown));
        if (it.value() == QLatin1String("b")) {
            QVERIFY(now == QLatin1String("a") || now == QLatin1String("c"));
            ++moved;
            ++movedTo[now];
        } else {
            QCOMPARE(now, it.value()); // sites on healthy exits stay put
        }
    }
    QVERIFY(moved > 0);
    // The orphaned sites spread over both survivors instead of piling onto one.
    QVERIFY2(movedTo.value(QStringLiteral("a")) > moved / 4 && movedTo.value(QStringLiteral("c")) > moved / 4,
             qPrintable(QStringLiteral("a=%1 c=%2")
                            .arg(movedTo.value(QStringLiteral("a")))
                            .arg(movedTo.value(QStringLiteral("c")))));

    // When b recovers, its sites come back to it.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QCOMPARE(idOf(selector.select(de, it.key(), {})), it.value());
    }
}

void tst_ExitSelector::balanceSkipsDisabledAndIsStableAcrossInstances()
{
    const ExitSettings settings = settingsWith(SelectionPolicy::Balance);
    const ExitSelector one(settings);
    const ExitSelector two(settings);
    for (int i = 0; i < 300; ++i) {
        const Exit *e = one.select(QStringLiteral("DE"), domain(i), {});
        QVERIFY(e);
        QVERIFY(e->enabled);
        QCOMPARE(e->region, QStringLiteral("DE"));
        QCOMPARE(idOf(two.select(QStringLiteral("DE"), domain(i), {})), e->id);
    }
    // A copy keeps working after the original is gone (snapshots are copied between threads).
    auto original = std::make_unique<ExitSelector>(settings);
    const ExitSelector copy = *original;
    const QString expected = idOf(original->select(QStringLiteral("DE"), domain(1), {}));
    original.reset();
    QCOMPARE(idOf(copy.select(QStringLiteral("DE"), domain(1), {})), expected);
}

void tst_ExitSelector::manyExitsInOneRegion()
{
    // An imported list can hold tens of thousands of exits; building a selector must stay linear.
    constexpr int kExits = 50000;
    ExitSettings s;
    s.exits.reserve(kExits);
    QStringList reversed;
    for (int i = 0; i < kExits; ++i) {
        s.exits.append(makeExit(QStringLiteral("e%1").arg(i), QStringLiteral("DE")));
        reversed.prepend(s.exits.last().id);
    }
    s.regions = {RegionPolicy{QStringLiteral("DE"), SelectionPolicy::Failover, {}, reversed}};
    QElapsedTimer timer;
    timer.start();
    const ExitSelector selector(s);
    QCOMPARE(idOf(selector.select(QStringLiteral("DE"), "example.com", {})), QStringLiteral("e49999"));
    QVERIFY2(timer.elapsed() < 10000, "building a selector over 50k exits took too long");
}

QTEST_APPLESS_MAIN(tst_ExitSelector)
#include "tst_exitselector.moc"
