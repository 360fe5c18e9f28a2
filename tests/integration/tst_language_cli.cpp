// The interface language from the outside: the real veil binary follows the system language,
// --language and the config file's ui.language override it (the flag wins), a bad code is a bad
// argument (exit 2, the valid codes named) or a rejected setting (a warning, the run goes on), and
// messages printed after the command line is parsed are translated too.

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil::Test;

namespace {

/** Everything the process printed, stdout then stderr. */
QByteArray output(const ProcessResult &r)
{
    return QByteArray(r.out).append(r.err);
}

} // namespace

class TestLanguageCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpIsTranslated_data();
    void helpIsTranslated();
    void followsTheSystemLanguage_data();
    void followsTheSystemLanguage();
    void unknownLanguageIsABadArgument();
    void parserErrorsAreTranslated();
    void configFileLanguage();
    void flagOverridesConfigFile();
    void badConfigLanguageIsReportedAndIgnored();

private:
    ProcessResult runVeil(const QStringList &args, const QProcessEnvironment &env);
    ProcessResult runVeil(const QStringList &args) { return runVeil(args, environment()); }
    QProcessEnvironment environment() const;
    QString writeConfig(const QByteArray &json);

    QTemporaryDir m_home;
    int m_configs = 0;
};

QProcessEnvironment TestLanguageCli::environment() const
{
    QProcessEnvironment env = environmentWithoutProxies();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    return env;
}

ProcessResult TestLanguageCli::runVeil(const QStringList &args, const QProcessEnvironment &env)
{
    return runProcess(QStringLiteral(VEIL_BINARY), args, 20000, env);
}

QString TestLanguageCli::writeConfig(const QByteArray &json)
{
    const QString path = m_home.filePath(QStringLiteral("veil-%1.json").arg(++m_configs));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
        return {};
    }
    return path;
}

void TestLanguageCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(VEIL_BINARY)), VEIL_BINARY);
    QVERIFY(m_home.isValid());
}

void TestLanguageCli::helpIsTranslated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("helpLine"); // the translation of "Show this help and exit."
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Show this help and exit.");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Diese Hilfe anzeigen und beenden.");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Muestra esta ayuda y sale.");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Affiche cette aide et quitte.");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Показать эту справку и выйти.");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("显示此帮助并退出。");
    QTest::newRow("zh-cn spelled with a dash")
        << QStringLiteral("zh-cn") << QStringLiteral("显示此帮助并退出。");
    QTest::newRow("fa") << QStringLiteral("fa") << QStringLiteral("نمایش این راهنما و خروج.");
}

void TestLanguageCli::helpIsTranslated()
{
    QFETCH(QString, code);
    QFETCH(QString, helpLine);
    for (const QStringList &args :
         {QStringList{QStringLiteral("--language"), code, QStringLiteral("--help")},
          QStringList{QStringLiteral("--help"), QStringLiteral("--language=") + code}}) {
        const ProcessResult r = runVeil(args);
        QVERIFY2(r.ok(), r.describe().constData());
        const QString out = QString::fromUtf8(r.out).simplified(); // help lines wrap
        QVERIFY2(out.contains(helpLine), r.out.constData());
        QVERIFY2(out.contains(QLatin1String("--language <")), r.out.constData()); // the flag documents itself
        QVERIFY2(out.contains(QLatin1String("en, de, es, fa, fr, ru, zh_CN")), r.out.constData());
    }
}

void TestLanguageCli::followsTheSystemLanguage_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("helpLine");
    QTest::newRow("LC_ALL") << QStringLiteral("LC_ALL") << QStringLiteral("de_DE.UTF-8")
                            << QStringLiteral("Diese Hilfe anzeigen und beenden.");
    QTest::newRow("LANGUAGE list, first one Veil has")
        << QStringLiteral("LANGUAGE") << QStringLiteral("pt_BR:fr:en")
        << QStringLiteral("Affiche cette aide et quitte.");
    QTest::newRow("untranslated language") << QStringLiteral("LC_ALL") << QStringLiteral("pt_BR.UTF-8")
                                           << QStringLiteral("Show this help and exit.");
}

void TestLanguageCli::followsTheSystemLanguage()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, helpLine);
    QProcessEnvironment env = environment();
    env.insert(variable, value);
    const ProcessResult r = runVeil({QStringLiteral("--help")}, env);
    QVERIFY2(r.ok(), r.describe().constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(helpLine), r.out.constData());
}

void TestLanguageCli::unknownLanguageIsABadArgument()
{
    for (const QString &bad : {QStringLiteral("xx"), QStringLiteral("zh_TW"), QString()}) {
        const ProcessResult r = runVeil({QStringLiteral("--headless"), QStringLiteral("--language"), bad});
        QVERIFY2(r.finished, r.describe().constData());
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        const QByteArray expected =
            QByteArray("veil: --language must be one of en, de, es, fa, fr, ru, zh_CN, not \"")
                .append(bad.toUtf8())
                .append("\"\n");
        QVERIFY2(r.err.startsWith(expected), r.err.constData());
        QVERIFY2(r.err.contains("Try 'veil --help'."), r.err.constData());
    }
}

void TestLanguageCli::parserErrorsAreTranslated()
{
    const ProcessResult r =
        runVeil({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--headless"),
                 QStringLiteral("--threads"), QStringLiteral("0")});
    QVERIFY2(r.finished && !r.crashed, r.describe().constData());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("veil: --threads muss eine Zahl von 1 bis 256 sein\nSiehe 'veil --help'.\n"));
}

void TestLanguageCli::configFileLanguage()
{
    const QString config = writeConfig(R"({"version": 1, "ui": {"language": "ru"}})");
    QVERIFY(!config.isEmpty());
    // Before parsing: the help text.
    ProcessResult r = runVeil({QStringLiteral("--config"), config, QStringLiteral("--help")});
    QVERIFY2(r.ok(), r.describe().constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("Показать эту справку и выйти.")),
             r.out.constData());
    // After parsing: what the headless exit check prints.
    r = runVeil({QStringLiteral("--check-exits"), QStringLiteral("--config"), config});
    QVERIFY2(r.finished && !r.crashed, r.describe().constData());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(output(r)).contains(QStringLiteral("не настроено ни одного выхода")),
             output(r).constData());
}

void TestLanguageCli::flagOverridesConfigFile()
{
    const QString config = writeConfig(R"({"version": 1, "ui": {"language": "ru"}})");
    QVERIFY(!config.isEmpty());
    const ProcessResult r = runVeil({QStringLiteral("--check-exits"), QStringLiteral("--config"), config,
                                     QStringLiteral("--language"), QStringLiteral("es")});
    QVERIFY2(r.finished && !r.crashed, r.describe().constData());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(output(r)).contains(QStringLiteral("no hay ninguna salida configurada")),
             output(r).constData());
}

void TestLanguageCli::badConfigLanguageIsReportedAndIgnored()
{
    const QString config = writeConfig(R"({"version": 1, "ui": {"language": "xx"}})");
    QVERIFY(!config.isEmpty());
    const ProcessResult r = runVeil({QStringLiteral("--check-exits"), QStringLiteral("--config"), config});
    QVERIFY2(r.finished && !r.crashed, r.describe().constData());
    QCOMPARE(r.exitCode, 3); // the run went on (and found no exit to check)
    QVERIFY2(
        r.err.contains("veil: ui.language: must be \"\" (follow the system) or one of en, de, es, fa, fr, "
                       "ru, zh_CN; keeping the previous value\n"),
        r.err.constData());
    QVERIFY2(output(r).contains("no exit is configured"), output(r).constData());
}

QTEST_GUILESS_MAIN(TestLanguageCli)
#include "tst_language_cli.moc"
