// Start on login: the XDG autostart entry, the macOS LaunchAgent and the Windows Run command are
// built by pure functions (tested on every platform); on Linux the entry is written into
// $XDG_CONFIG_HOME/autostart (a temporary folder here), read back and removed.

#include "platform/LoginItem.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil;

class TestLoginItem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void execArgumentQuoting_data();
    void execArgumentQuoting();
    void desktopEntry();
    void launchAgentPlist();
    void windowsRunCommand();
    void windowedProgram();
    void writesAndRemovesTheEntry();
};

void TestLoginItem::execArgumentQuoting_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("/usr/bin/veil") << QStringLiteral("/usr/bin/veil");
    QTest::newRow("space") << QStringLiteral("/opt/My Apps/veil") << QStringLiteral("\"/opt/My Apps/veil\"");
    QTest::newRow("dollar") << QStringLiteral("/opt/$x/veil") << QStringLiteral("\"/opt/\\\\$x/veil\"");
    QTest::newRow("quote") << QStringLiteral("/a\"b") << QStringLiteral("\"/a\\\\\"b\"");
    QTest::newRow("backslash") << QStringLiteral("/a\\b") << QStringLiteral("\"/a\\\\\\\\b\"");
    QTest::newRow("percent") << QStringLiteral("/100%/veil") << QStringLiteral("/100%%/veil");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
}

void TestLoginItem::execArgumentQuoting()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(LoginItem::desktopExecArgument(argument), quoted);
}

void TestLoginItem::desktopEntry()
{
    const QString text =
        LoginItem::desktopEntry(QStringLiteral("/opt/Veil App/veil"), {QStringLiteral("--x")});
    QVERIFY(text.startsWith(QLatin1String("[Desktop Entry]\n")));
    QVERIFY(text.contains(QLatin1String("\nType=Application\n")));
    QVERIFY(text.contains(QLatin1String("\nExec=\"/opt/Veil App/veil\" --x\n")));
    QVERIFY(text.contains(QLatin1String("\nX-GNOME-Autostart-enabled=true\n")));
    // The installed hicolor icon (installer/CMakeLists.txt installs it under the app id).
    QVERIFY(text.contains(QLatin1String("\nIcon=org.veil.Veil\n")));
    QVERIFY(text.endsWith(QLatin1Char('\n')));
}

void TestLoginItem::launchAgentPlist()
{
    const QString text = LoginItem::launchAgentPlist(
        QStringLiteral("org.veil.Veil"), QStringLiteral("/Applications/Veil & Co.app/Contents/MacOS/veil"));
    QVERIFY(text.startsWith(QLatin1String("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")));
    QVERIFY(text.contains(QLatin1String("<key>Label</key>\n    <string>org.veil.Veil</string>")));
    QVERIFY(text.contains(QLatin1String("<array>\n        <string>/Applications/Veil &amp; "
                                        "Co.app/Contents/MacOS/veil</string>\n    </array>")));
    QVERIFY(text.contains(QLatin1String("<key>RunAtLoad</key>\n    <true/>")));
    QVERIFY(text.trimmed().endsWith(QLatin1String("</plist>")));
}

void TestLoginItem::windowsRunCommand()
{
    QCOMPARE(LoginItem::windowsRunCommand(QStringLiteral("C:/Program Files/Veil/veil.exe")),
             QDir::toNativeSeparators(QStringLiteral("\"C:/Program Files/Veil/veil.exe\"")));
    QCOMPARE(LoginItem::windowsRunCommand(QStringLiteral("C:/Veil/veil.exe"), {QStringLiteral("--a b")}),
             QDir::toNativeSeparators(QStringLiteral("\"C:/Veil/veil.exe\"")) + QStringLiteral(" \"--a b\""));
}

void TestLoginItem::windowedProgram()
{
    // Enabled from a `veil` typed in cmd (veil.com), the login item still starts veil.exe.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString com = dir.filePath(QStringLiteral("veil.com"));
    const QString exe = dir.filePath(QStringLiteral("veil.exe"));
    QCOMPARE(LoginItem::windowedProgram(com), com); // no veil.exe beside it: unchanged
    QFile file(exe);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(LoginItem::windowedProgram(com), exe);
    QCOMPARE(LoginItem::windowedProgram(exe), exe);
    QCOMPARE(LoginItem::windowedProgram(QStringLiteral("/usr/bin/veil")), QStringLiteral("/usr/bin/veil"));
}

void TestLoginItem::writesAndRemovesTheEntry()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("writes into the real registry / LaunchAgents; the content builders are tested above");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    LoginItem item(QStringLiteral("/opt/veil/bin/veil"));
    QCOMPARE(item.location(), dir.filePath(QStringLiteral("autostart/veil.desktop")));
    QVERIFY(!item.isEnabled());
    QVERIFY2(item.setEnabled(true), qPrintable(item.errorString()));
    QVERIFY(item.isEnabled());
    QFile file(item.location());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text, LoginItem::desktopEntry(QStringLiteral("/opt/veil/bin/veil")));
    QVERIFY(text.contains(QLatin1String("\nExec=/opt/veil/bin/veil\n")));
    QVERIFY(item.setEnabled(true)); // again: same file, no error
    QVERIFY2(item.setEnabled(false), qPrintable(item.errorString()));
    QVERIFY(!item.isEnabled());
    QVERIFY(!QFile::exists(item.location()));
    QVERIFY(item.setEnabled(false)); // nothing to remove is fine
#endif
}

QTEST_GUILESS_MAIN(TestLoginItem)
#include "tst_loginitem.moc"
