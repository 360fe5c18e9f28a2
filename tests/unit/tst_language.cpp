// Choosing and installing the interface language (core/i18n/Translations): the list of languages
// matches the catalogues in translations/, a preference or the system's UI languages pick one,
// and installing a language really translates core strings (the .qm files are embedded).

#include "config/Settings.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using Veil::Language;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void availableLanguagesMatchCatalogues();
    void canonicalCode_data();
    void canonicalCode();
    void choose_data();
    void choose();
    void installTranslatesCoreStrings();
    void installAgainReplacesTheTranslators();
    void settingsMessagesFollowTheLanguage();
};

void TestLanguage::availableLanguagesMatchCatalogues()
{
    const QList<Language> languages = Veil::availableLanguages();
    QVERIFY(!languages.isEmpty());
    QCOMPARE(languages.constFirst(), (Language{QStringLiteral("en"), QStringLiteral("English")}));
    QStringList codes;
    for (const Language &l : languages) {
        QVERIFY2(!l.nativeName.isEmpty(), qPrintable(l.code));
        codes.append(l.code);
    }
    // Every catalogue is listed (and compiled in), and nothing else is.
    QStringList expected{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(VEIL_SOURCE_DIR "/translations"))
                                  .entryList({QStringLiteral("veil_*.ts")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(5, file.size() - 8);
        expected.append(code);
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/veil_%1.qm").arg(code)), qPrintable(code));
    }
    QCOMPARE(codes, expected);
    for (const char *required : {"de", "es", "fr", "ru", "zh_CN", "fa"}) {
        QVERIFY2(codes.contains(QLatin1String(required)), required);
    }
    QCOMPARE(Veil::languageCodeList(), codes.join(QStringLiteral(", ")));
}

void TestLanguage::canonicalCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("exact") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("upper case") << QStringLiteral("DE") << QStringLiteral("de");
    QTest::newRow("region") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("dash, lower case") << QStringLiteral("zh-cn") << QStringLiteral("zh_CN");
    QTest::newRow("spaces") << QStringLiteral(" fa ") << QStringLiteral("fa");
    QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("unknown") << QStringLiteral("xx") << QString();
    QTest::newRow("untranslated region") << QStringLiteral("zh_TW") << QString();
    QTest::newRow("not a code") << QStringLiteral("Deutsch") << QString();
}

void TestLanguage::canonicalCode()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(Veil::canonicalLanguageCode(text), code);
}

void TestLanguage::choose_data()
{
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("system german") << QString()
                                   << QStringList{QStringLiteral("de-AT"), QStringLiteral("en-US")}
                                   << QStringLiteral("de");
    QTest::newRow("english first") << QString()
                                   << QStringList{QStringLiteral("en-GB"), QStringLiteral("de-DE")}
                                   << QStringLiteral("en");
    QTest::newRow("skips untranslated")
        << QString() << QStringList{QStringLiteral("pt-BR"), QStringLiteral("fr-CA")} << QStringLiteral("fr");
    QTest::newRow("simplified chinese")
        << QString() << QStringList{QStringLiteral("zh-Hans-CN")} << QStringLiteral("zh_CN");
    QTest::newRow("plain zh") << QString() << QStringList{QStringLiteral("zh")} << QStringLiteral("zh_CN");
    QTest::newRow("traditional chinese is not simplified")
        << QString() << QStringList{QStringLiteral("zh-TW"), QStringLiteral("ru-RU")} << QStringLiteral("ru");
    QTest::newRow("persian") << QString() << QStringList{QStringLiteral("fa-IR")} << QStringLiteral("fa");
    QTest::newRow("C locale") << QString() << QStringList{QStringLiteral("C")} << QStringLiteral("en");
    QTest::newRow("nothing") << QString() << QStringList{} << QStringLiteral("en");
    QTest::newRow("preference wins") << QStringLiteral("es") << QStringList{QStringLiteral("de")}
                                     << QStringLiteral("es");
    QTest::newRow("english preference wins")
        << QStringLiteral("en") << QStringList{QStringLiteral("de")} << QStringLiteral("en");
    QTest::newRow("bad preference ignored")
        << QStringLiteral("xx") << QStringList{QStringLiteral("de")} << QStringLiteral("de");
}

void TestLanguage::choose()
{
    QFETCH(QString, preferred);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, chosen);
    QCOMPARE(Veil::chooseLanguage(preferred, uiLanguages), chosen);
}

void TestLanguage::installTranslatesCoreStrings()
{
    const char *source = "unsupported schema version";
    QCOMPARE(QCoreApplication::translate("Veil::Settings", source), QString::fromLatin1(source));

    QCOMPARE(Veil::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("Veil::Settings", source),
             QStringLiteral("nicht unterstützte Schemaversion"));
    QCOMPARE(QLocale().language(), QLocale::German); // numbers read like the words
    QCOMPARE(Veil::installTranslations(QStringLiteral("ru")), QStringLiteral("ru"));
    QCOMPARE(QCoreApplication::translate("Veil::Settings", source),
             QStringLiteral("неподдерживаемая версия схемы"));
    // Plural forms come through: Russian has three.
    QCOMPARE(QCoreApplication::translate("Veil::ExitImportCommand", "%n line(s) skipped", nullptr, 1),
             QStringLiteral("1 строка пропущена"));
    QCOMPARE(QCoreApplication::translate("Veil::ExitImportCommand", "%n line(s) skipped", nullptr, 3),
             QStringLiteral("3 строки пропущено"));
    QCOMPARE(QCoreApplication::translate("Veil::ExitImportCommand", "%n line(s) skipped", nullptr, 11),
             QStringLiteral("11 строк пропущено"));

    // "" follows the system, which is C.UTF-8 in the tests: English, and the system locale again.
    QCOMPARE(Veil::installTranslations(QString()), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Veil::Settings", source), QString::fromLatin1(source));
    QCOMPARE(QLocale(), QLocale::system());
}

void TestLanguage::installAgainReplacesTheTranslators()
{
    Veil::installTranslations(QStringLiteral("fr"));
    const auto ours = [] {
        return qApp->findChildren<QTranslator *>(QStringLiteral("veil-translator"),
                                                 Qt::FindDirectChildrenOnly);
    };
    const qsizetype once = ours().size();
    QVERIFY(once >= 1); // Veil's own, plus Qt's when the system has qtbase_fr.qm
    Veil::installTranslations(QStringLiteral("fr"));
    Veil::installTranslations(QStringLiteral("es"));
    QCOMPARE(ours().size(), once);
    QCOMPARE(QCoreApplication::translate("Veil::MainWindow", "Traffic"), QStringLiteral("Tráfico"));
    Veil::installTranslations(QStringLiteral("en"));
    QVERIFY(ours().isEmpty());
    QCOMPARE(QCoreApplication::translate("Veil::MainWindow", "Traffic"), QStringLiteral("Traffic"));
}

void TestLanguage::settingsMessagesFollowTheLanguage()
{
    // A rejected field reads in the chosen language, with the field name and the codes left as they are.
    // Each settings section translates in its own context: ui.* in Veil::UiSettings, cache.* in
    // Veil::CacheSettings.
    Veil::installTranslations(QStringLiteral("fr"));
    Veil::Settings s;
    QStringList errors;
    s.applyJson(
        QJsonObject{{QStringLiteral("ui"), QJsonObject{{QStringLiteral("language"), QStringLiteral("xx")}}},
                    {QStringLiteral("cache"),
                     QJsonObject{{QStringLiteral("directory"), QStringLiteral("relative/http")}}}},
        &errors);
    Veil::installTranslations(QStringLiteral("en"));
    QCOMPARE(errors.size(), 2);
    const auto find = [&errors](const QString &prefix) {
        for (const QString &e : std::as_const(errors)) {
            if (e.startsWith(prefix)) {
                return e;
            }
        }
        return QString();
    };
    const QString language = find(QStringLiteral("ui.language"));
    QVERIFY2(language.startsWith(QStringLiteral("ui.language : doit valoir \"\" (suivre le système)")),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(language.contains(QLatin1String("zh_CN")), qPrintable(language));
    QVERIFY2(language.endsWith(QStringLiteral("la valeur précédente est conservée")), qPrintable(language));
    QCOMPARE(
        find(QStringLiteral("cache.")),
        QStringLiteral("cache.directory : doit être un chemin absolu ; la valeur précédente est conservée"));
    QCOMPARE(s.ui.language, QString());
    QVERIFY(s.cache.directory.isEmpty());
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
