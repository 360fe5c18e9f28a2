#include "exits/ExitImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace Veil {

namespace {

constexpr qsizetype kMaxLineBytes = 2048;
constexpr qsizetype kShownChars = 200; // enough to recognise a line, short enough for a dialog

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::ExitImport)
};

// Control bytes other than tab never occur in a text list of URLs; they mean binary data, and
// showing them would garble the report.
bool hasControlBytes(QByteArrayView line)
{
    for (const char c : line) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f) {
            return true;
        }
    }
    return false;
}

/** Printable, password-free excerpt of a rejected line. */
QString shown(QByteArrayView raw)
{
    QString text = QString::fromUtf8(raw.first(qMin(raw.size(), kMaxLineBytes)));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control) {
            c = QChar::ReplacementCharacter;
        }
    }
    text = redactExitUrl(text.trimmed());
    if (text.size() > kShownChars) {
        text = text.left(kShownChars) + QChar(0x2026);
    }
    return text;
}

QString duplicateKey(const Exit &e)
{
    return exitSchemeName(e.scheme) + QLatin1Char(' ') + e.host + QLatin1Char(' ') + QString::number(e.port) +
           QLatin1Char(' ') + e.user;
}

} // namespace

ImportReport importExitList(QByteArrayView text, const QString &defaultRegion)
{
    ImportReport report;
    if (text.startsWith(QByteArrayView("\xEF\xBB\xBF"))) {
        text = text.sliced(3);
    }
    const QString region = defaultRegion.trimmed().toUpper();
    const bool regionValid = region.isEmpty() || isValidRegionCode(region);
    QHash<QString, int> firstLine; // duplicate key → line that defined it
    QSet<QString> ids;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);

    auto skip = [&report](int line, QByteArrayView raw, const QString &reason) {
        report.skipped.append({line, shown(raw), reason});
    };

    int lineNumber = 0;
    for (qsizetype pos = 0; pos < text.size();) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0) {
            end = text.size();
        }
        QByteArrayView raw = text.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (raw.endsWith('\r')) {
            raw.chop(1);
        }
        if (raw.size() > kMaxLineBytes) {
            skip(lineNumber, raw, Tr::tr("line is longer than 2048 bytes"));
            continue;
        }
        decoder.resetState();
        const QString decoded = decoder.decode(raw);
        if (decoder.hasError() || hasControlBytes(raw)) {
            skip(lineNumber, raw, Tr::tr("not text (binary data or invalid UTF-8)"));
            continue;
        }
        const QString line = decoded.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1String("//"))) {
            continue;
        }
        ExitParseResult parsed = parseExitUrl(line);
        if (!parsed.exit) {
            skip(lineNumber, raw, parsed.error);
            continue;
        }
        Exit &exit = *parsed.exit;
        if (exit.region.isEmpty() && !region.isEmpty()) {
            if (!regionValid) {
                skip(lineNumber, raw,
                     Tr::tr("no #REGION on the line and the default region is not a two-letter code"));
                continue;
            }
            exit.region = region;
            exit.id = defaultExitId(exit.region, exit.host, exit.port);
        }
        const QString key = duplicateKey(exit);
        if (const auto it = firstLine.constFind(key); it != firstLine.cend()) {
            skip(lineNumber, raw, Tr::tr("duplicate of line %1").arg(*it));
            continue;
        }
        firstLine.insert(key, lineNumber);
        exit.id = uniqueExitId(exit.id, ids);
        ids.insert(exit.id);
        report.exits.append(std::move(exit));
    }
    return report;
}

} // namespace Veil
