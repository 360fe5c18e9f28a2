// The Exits page and its dialog, offscreen, with the real Secret Service (with-keyring.sh):
// the dialog validates as the user types, a new exit's password lands in the keychain before
// the change is applied, removing an exit removes its password, policies and imports produce
// the right settings.

#include "ExitDialog.h"
#include "ExitsPage.h"
#include "config/ExitPasswords.h"
#include "config/SecretStore.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil;

namespace {

Exit exitFrom(const char *url)
{
    return *parseExitUrl(QString::fromLatin1(url)).exit;
}

Settings twoRegions()
{
    Settings s;
    s.exits.exits = {exitFrom("http://127.0.0.1:3128#US"), exitFrom("socks5://127.0.0.1:1080#US"),
                     exitFrom("http://127.0.0.1:8080#DE")};
    s.exits.mode = RoutingMode::Exit;
    s.exits.region = QStringLiteral("US");
    return s;
}

QString passwordOf(const QString &id)
{
    SecretStore store;
    SecretStore::Error error = SecretStore::Error::None;
    return store.readBlocking(exitSecretKey(id), 10000, &error).value_or(QStringLiteral("<none>"));
}

} // namespace

class TestExitsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("VEIL_TEST_KEYRING"), "run through tests/support/with-keyring.sh");
    }

    void dialogValidates_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << QStringLiteral("US") << false << QStringLiteral("URL");
        QTest::newRow("no region") << QStringLiteral("http://127.0.0.1:3128") << QString() << false
                                   << QStringLiteral("region");
        QTest::newRow("password in url") << QStringLiteral("http://bob:secret@127.0.0.1:3128")
                                         << QStringLiteral("US") << false << QStringLiteral("password");
        QTest::newRow("bad scheme") << QStringLiteral("ftp://127.0.0.1:21") << QStringLiteral("US") << false
                                    << QStringLiteral("ftp");
        QTest::newRow("taken id") << QStringLiteral("http://127.0.0.1:3128") << QStringLiteral("us") << false
                                  << QStringLiteral("already exists");
        QTest::newRow("fine") << QStringLiteral("socks5://alice@127.0.0.4:1080") << QStringLiteral("jp")
                              << true << QString();
    }
    void dialogValidates()
    {
        QFETCH(QString, url);
        QFETCH(QString, region);
        QFETCH(bool, valid);
        QFETCH(QString, problem);
        ExitDialog dialog({exitFrom("http://127.0.0.1:3128#US").id});
        dialog.urlEdit()->setText(url);
        dialog.regionEdit()->setText(region);
        QCOMPARE(dialog.isValid(), valid);
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(), valid);
        if (valid) {
            QCOMPARE(dialog.exit().region, QStringLiteral("JP"));
            QCOMPARE(dialog.exit().user, QStringLiteral("alice"));
        } else {
            QVERIFY2(dialog.problem().contains(problem, Qt::CaseInsensitive), qPrintable(dialog.problem()));
            QVERIFY(!dialog.problem().contains(QLatin1String("secret"))); // never echoes a password
        }
    }

    void regionsAndTable()
    {
        ExitsPage page;
        page.setSettings(twoRegions());
        QCOMPARE(page.regionList()->count(), 2);
        QCOMPARE(page.regionList()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("US"));
        QCOMPARE(page.exitTable()->rowCount(), 2);
        page.regionList()->setCurrentRow(0); // DE
        QCOMPARE(page.exitTable()->rowCount(), 1);
        QCOMPARE(page.exitTable()->item(0, 1)->text(), QStringLiteral("http://127.0.0.1:8080"));
    }

    void addStoresThePasswordFirst()
    {
        ExitsPage page;
        page.setSettings(twoRegions());
        QSignalSpy requested(&page, &ExitsPage::settingsChangeRequested);
        Exit added = exitFrom("socks5://alice@127.0.0.4:1080#JP");
        added.name = QStringLiteral("Tokyo");
        page.addExit(added, QStringLiteral("s3cret-pw"));
        QVERIFY(requested.wait(10000));
        const Settings after = requested.at(0).at(0).value<Settings>();
        QCOMPARE(after.exits.exits.size(), 4);
        QVERIFY(after.exits.findExit(added.id));
        QCOMPARE(after.exits.findExit(added.id)->name, QStringLiteral("Tokyo"));
        QCOMPARE(passwordOf(added.id), QStringLiteral("s3cret-pw")); // in the keychain
        QVERIFY(!QJsonDocument(after.exits.toJson()).toJson().contains("s3cret-pw"));

        // Removing it removes the password too.
        page.setSettings(after);
        page.removeExit(added.id);
        QCOMPARE(requested.count(), 2);
        QVERIFY(!requested.at(1).at(0).value<Settings>().exits.findExit(added.id));
        QTRY_COMPARE_WITH_TIMEOUT(passwordOf(added.id), QStringLiteral("<none>"), 10000);
    }

    void policyAndImport()
    {
        ExitsPage page;
        page.setSettings(twoRegions());
        QSignalSpy requested(&page, &ExitsPage::settingsChangeRequested);
        page.setPolicy(QStringLiteral("US"), SelectionPolicy::Balance);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<Settings>().exits.policyFor(QStringLiteral("US")).policy,
                 SelectionPolicy::Balance);

        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("exits.txt"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("http://127.0.0.9:3128#NL\nhttp://127.0.0.1:3128#US\nnot an exit\n");
        file.close();
        const QString report = page.importFile(list);
        QCOMPARE(requested.count(), 2);
        const Settings after = requested.at(1).at(0).value<Settings>();
        QCOMPARE(after.exits.exitsInRegion(QStringLiteral("NL")).size(), 1);
        QCOMPARE(after.exits.exits.size(), 4);
        QVERIFY2(report.contains(QLatin1String("1 exit(s) imported")) &&
                     report.contains(QLatin1String("line 3")) &&
                     report.contains(QLatin1String("already configured")),
                 qPrintable(report));
    }
};

QTEST_MAIN(TestExitsPage)
#include "tst_exitspage.moc"
