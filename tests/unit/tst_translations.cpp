// Every catalogue in translations/ is complete for the code as it is now: lupdate runs over
// core/, ui/ and app/ into a temporary copy of each veil_*.ts (so a new tr() string without a
// translation fails here), nothing may be unfinished, missing, vanished or obsolete, placeholders
// must agree with the source, and lrelease must compile the result without dropping anything.
// The Linux .desktop entry and AppStream metainfo carry every catalogue's language too.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QString kSourceDir = QStringLiteral(VEIL_SOURCE_DIR);

struct Message
{
    QString context;
    QString source;
    QString type;      ///< the translation's type attribute: "", "unfinished", "vanished", …
    QStringList texts; ///< the translation, or one entry per numerus form
    bool numerus = false;

    QString where() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.texts.append(xml.readElementText());
                }
            } else if (name == QLatin1String("numerusform")) {
                current.texts.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

/** %1…%99 in @p text, sorted and without duplicates (%L1 counts as %1; %n is checked apart). */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2})"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found.append(QLatin1Char('%') + it.next().captured(1));
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit) {
        r.exitCode = p.exitCode();
    }
    r.output = p.readAll();
    return r;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noHiddenContexts();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void desktopEntryIsTranslated_data() { catalogueIsComplete_data(); }
    void desktopEntryIsTranslated();
};

void TestTranslations::noHiddenContexts()
{
    // A helper such as `QString tr(const char *text) { return QCoreApplication::translate("Veil::X",
    // text); }` hides its context from lupdate, which then files the strings under the enclosing class
    // or namespace, where the running code never looks. Use Q_DECLARE_TR_FUNCTIONS (README.md there).
    static const QRegularExpression helper(QStringLiteral("QString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*"));
    QStringList offenders;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(kSourceDir + QLatin1Char('/') + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (helper.match(QString::fromUtf8(file.readAll())).hasMatch()) {
                offenders.append(file.fileName());
            }
        }
    }
    QVERIFY2(offenders.isEmpty(),
             qPrintable(QStringLiteral("tr() helpers lupdate cannot see through (use struct Tr "
                                       "{ Q_DECLARE_TR_FUNCTIONS(...) }; see "
                                       "translations/README.md):\n") +
                        offenders.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("code");
    const QStringList files = QDir(kSourceDir + QStringLiteral("/translations"))
                                  .entryList({QStringLiteral("veil_*.ts")}, QDir::Files);
    QVERIFY2(files.size() >= 6, qPrintable(files.join(QLatin1Char(' '))));
    for (const QString &file : files) {
        const QString code = file.mid(5, file.size() - 8);
        QTest::newRow(qPrintable(code)) << code;
    }
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, code);
    const QString committed = kSourceDir + QStringLiteral("/translations/veil_%1.ts").arg(code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString updated = dir.filePath(QStringLiteral("veil_%1.ts").arg(code));
    QVERIFY(QFile::copy(committed, updated));

    // The same lupdate run as `cmake --build … --target update_translations`.
    QStringList args = QStringLiteral(VEIL_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const char *folder : {"core", "ui", "app"}) {
        args.append(kSourceDir + QLatin1Char('/') + QLatin1String(folder));
    }
    args << QStringLiteral("-ts") << updated;
    const Run lupdate = run(QStringLiteral(VEIL_LUPDATE), args);
    QVERIFY2(lupdate.exitCode == 0, lupdate.output.constData());

    QString error;
    const QList<Message> messages = readCatalogue(updated, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));
    QStringList problems;
    bool sawLayoutDirection = false;
    for (const Message &m : messages) {
        if (!m.type.isEmpty()) {
            problems.append(m.type + QStringLiteral(": ") + m.where());
            continue;
        }
        if (m.texts.isEmpty() || std::any_of(m.texts.cbegin(), m.texts.cend(),
                                             [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems.append(QStringLiteral("missing: ") + m.where());
            continue;
        }
        for (const QString &text : m.texts) {
            if (placeholders(text) != placeholders(m.source)) {
                problems.append(QStringLiteral("placeholders differ: ") + m.where() + QStringLiteral(" → ") +
                                text);
            }
        }
        if (m.numerus && code != QLatin1String("fa") && code != QLatin1String("zh_CN") &&
            !m.texts.constFirst().contains(QLatin1String("%n"))) {
            problems.append(QStringLiteral("singular form without %n: ") + m.where());
        }
        if (m.context == QLatin1String("QGuiApplication") &&
            m.source == QLatin1String("QT_LAYOUT_DIRECTION")) {
            sawLayoutDirection = true;
            const QString want = code == QLatin1String("fa") ? QStringLiteral("RTL") : QStringLiteral("LTR");
            if (m.texts.constFirst() != want) {
                problems.append(QStringLiteral("QT_LAYOUT_DIRECTION must be ") + want);
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in veil_%2.ts (see translations/README.md):\n")
                            .arg(problems.size())
                            .arg(code) +
                        problems.join(QLatin1Char('\n'))));
    QVERIFY2(sawLayoutDirection, "QT_LAYOUT_DIRECTION is missing");

    // Up to date: nothing for lupdate to add or drop (a removed string would stay behind otherwise).
    QFile before(committed);
    QFile after(updated);
    QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
    QVERIFY2(before.readAll() == after.readAll(),
             "the catalogue is not what lupdate makes of the current sources; run the update step in "
             "translations/README.md");

    const QString qm = dir.filePath(QStringLiteral("veil_%1.qm").arg(code));
    const Run lrelease = run(QStringLiteral(VEIL_LRELEASE), {updated, QStringLiteral("-qm"), qm});
    QVERIFY2(lrelease.exitCode == 0, lrelease.output.constData());
    static const QRegularExpression counts(QStringLiteral("\\((\\d+) finished and (\\d+) unfinished\\)"));
    const QRegularExpressionMatch match = counts.match(QString::fromUtf8(lrelease.output));
    QVERIFY2(match.hasMatch(), lrelease.output.constData());
    QCOMPARE(match.captured(2).toInt(), 0);
    QCOMPARE(match.captured(1).toInt(), messages.size());
    QVERIFY2(!lrelease.output.contains("untranslated"), lrelease.output.constData());
    QVERIFY(QFileInfo(qm).size() > 0);
}

void TestTranslations::desktopEntryIsTranslated()
{
    // What desktops show before Veil runs (menus, software centres) speaks every language the
    // catalogues do: the .desktop keys and the AppStream summary, paragraphs and list items.
    QFETCH(QString, code);
    QFile desktop(kSourceDir + QStringLiteral("/installer/linux/org.veil.Veil.desktop"));
    QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(desktop.readAll()).split(QLatin1Char('\n'));
    for (const char *key : {"GenericName", "Comment", "Keywords"}) {
        const QString prefix = QStringLiteral("%1[%2]=").arg(QLatin1String(key), code);
        const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.startsWith(prefix) && line.size() > prefix.size();
        });
        QVERIFY2(found, qPrintable(prefix));
    }
    QFile metainfo(kSourceDir + QStringLiteral("/installer/linux/org.veil.Veil.metainfo.xml.in"));
    QVERIFY(metainfo.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString xml = QString::fromUtf8(metainfo.readAll());
    for (const char *element : {"summary", "p", "li"}) {
        const QString original = QStringLiteral("<%1>").arg(QLatin1String(element));
        const QString translated = QStringLiteral("<%1 xml:lang=\"%2\">").arg(QLatin1String(element), code);
        QVERIFY2(xml.count(original) > 0, qPrintable(original));
        QCOMPARE(xml.count(translated), xml.count(original));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
