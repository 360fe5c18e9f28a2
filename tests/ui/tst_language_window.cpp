// The window in another language, offscreen: Persian turns the whole layout right to left (the
// tab bar runs from the right) and translates the window's own strings, German translates them
// left to right, and switching back to English restores both.

#include "MainWindow.h"
#include "TrafficModel.h"
#include "TrafficPage.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

class TestLanguageWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void persianIsRightToLeft();
    void germanIsTranslatedLeftToRight();
    void englishAgain();

private:
    static QTabWidget *pages(Veil::MainWindow &window) { return window.findChild<QTabWidget *>(); }
    static QStringList tabTexts(QTabWidget *tabs);
};

QStringList TestLanguageWindow::tabTexts(QTabWidget *tabs)
{
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i) {
        texts.append(tabs->tabText(i));
    }
    return texts;
}

void TestLanguageWindow::persianIsRightToLeft()
{
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(Veil::installTranslations(QStringLiteral("fa")), QStringLiteral("fa"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);

    Veil::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QTabWidget *tabs = pages(window);
    QVERIFY(tabs);
    QCOMPARE(tabTexts(tabs), (QStringList{QStringLiteral("نمای کلی"), QStringLiteral("ترافیک"),
                                          QStringLiteral("قوانین"), QStringLiteral("خروجی\u200cها"),
                                          QStringLiteral("حافظه\u0654 نهان"), QStringLiteral("تنظیمات")}));
    // Mirrored for real: the first tab sits to the right of the second.
    QVERIFY2(tabs->tabBar()->tabRect(0).left() > tabs->tabBar()->tabRect(1).left(),
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(tabs->tabBar()->tabRect(0).left())
                            .arg(tabs->tabBar()->tabRect(1).left())));
    const Veil::TrafficModel *model = window.trafficPage()->model();
    QCOMPARE(model->headerData(Veil::TrafficModel::Host, Qt::Horizontal).toString(),
             QStringLiteral("میزبان"));
}

void TestLanguageWindow::germanIsTranslatedLeftToRight()
{
    QCOMPARE(Veil::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

    Veil::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
    QTabWidget *tabs = pages(window);
    QVERIFY(tabs);
    QCOMPARE(tabTexts(tabs), (QStringList{QStringLiteral("Übersicht"), QStringLiteral("Verkehr"),
                                          QStringLiteral("Regeln"), QStringLiteral("Ausgänge"),
                                          QStringLiteral("Cache"), QStringLiteral("Einstellungen")}));
    QVERIFY(tabs->tabBar()->tabRect(0).left() < tabs->tabBar()->tabRect(1).left());
    const Veil::TrafficModel *model = window.trafficPage()->model();
    QCOMPARE(model->headerData(Veil::TrafficModel::Decision, Qt::Horizontal).toString(),
             QStringLiteral("Entscheidung"));

    // Qt's own strings come from the system's qtbase_de.qm, where there is one.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Abbrechen"));
    }
}

void TestLanguageWindow::englishAgain()
{
    QCOMPARE(Veil::installTranslations(QStringLiteral("fa")), QStringLiteral("fa"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(Veil::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    Veil::MainWindow window;
    QTabWidget *tabs = pages(window);
    QVERIFY(tabs);
    QCOMPARE(tabTexts(tabs),
             (QStringList{QStringLiteral("Overview"), QStringLiteral("Traffic"), QStringLiteral("Rules"),
                          QStringLiteral("Exits"), QStringLiteral("Cache"), QStringLiteral("Settings")}));
}

QTEST_MAIN(TestLanguageWindow)
#include "tst_language_window.moc"
