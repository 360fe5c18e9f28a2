#include "cache/CacheFiles.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QRandomGenerator>

namespace Veil::Cache::Files {

namespace {

constexpr quint32 kMetaMagic = 0x5645494d; // "VEIM"
constexpr quint32 kBodyMagic = 0x56454942; // "VEIB"
constexpr quint16 kVersion = 1;
constexpr qsizetype kHashSize = 20; // SHA-1
constexpr quint32 kMaxHeaders = 1000;

void configure(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::LittleEndian);
}

} // namespace

QByteArray newId()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

bool isEntryFileName(const QString &name, QByteArray *id, bool *isMeta)
{
    if (name.size() != 37 || name.at(32) != QLatin1Char('.')) {
        return false;
    }
    const QStringView suffix = QStringView(name).mid(33);
    if (suffix != QLatin1String("meta") && suffix != QLatin1String("body")) {
        return false;
    }
    for (qsizetype i = 0; i < 32; ++i) {
        const QChar c = name.at(i);
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    *id = name.left(32).toLatin1();
    *isMeta = suffix == QLatin1String("meta");
    return true;
}

QByteArray serializeMeta(const CacheEntry &entry)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        configure(out);
        out << kMetaMagic << kVersion << entry.id << entry.primaryKey << entry.varyKey
            << qint32(entry.response.status) << entry.response.reason
            << quint32(entry.response.headers.size());
        for (const Http::HeaderField &f : entry.response.headers.fields()) {
            out << f.name << f.value;
        }
        out << entry.response.requestTime << entry.response.responseTime << entry.bodySize;
    }
    bytes += QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    return bytes;
}

std::optional<CacheEntry> parseMeta(const QByteArray &bytes)
{
    if (bytes.size() <= kHashSize || bytes.size() > MaxMetaBytes) {
        return std::nullopt;
    }
    const QByteArray payload = bytes.first(bytes.size() - kHashSize);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha1) != bytes.last(kHashSize)) {
        return std::nullopt;
    }
    QDataStream in(payload);
    configure(in);
    quint32 magic = 0;
    quint16 version = 0;
    in >> magic >> version;
    if (magic != kMetaMagic || version != kVersion) {
        return std::nullopt;
    }
    CacheEntry entry;
    qint32 status = 0;
    quint32 headerCount = 0;
    in >> entry.id >> entry.primaryKey >> entry.varyKey >> status >> entry.response.reason >> headerCount;
    if (in.status() != QDataStream::Ok || headerCount > kMaxHeaders) {
        return std::nullopt;
    }
    for (quint32 i = 0; i < headerCount; ++i) {
        QByteArray name;
        QByteArray value;
        in >> name >> value;
        entry.response.headers.append(std::move(name), std::move(value));
    }
    in >> entry.response.requestTime >> entry.response.responseTime >> entry.bodySize;
    if (in.status() != QDataStream::Ok || !in.atEnd() || status < 100 || status > 999 || entry.bodySize < 0 ||
        entry.id.size() != 32 || entry.primaryKey.isEmpty()) {
        return std::nullopt;
    }
    entry.response.status = status;
    return entry;
}

QByteArray bodyHeader(const CacheEntry &entry)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    configure(out);
    out << kBodyMagic << kVersion << entry.id << entry.primaryKey << entry.varyKey;
    return bytes;
}

bool checkBodyHeader(QIODevice &device, const CacheEntry &entry)
{
    // The expected header is known, so compare bytes rather than parse untrusted lengths.
    const QByteArray expected = bodyHeader(entry);
    return device.read(expected.size()) == expected;
}

} // namespace Veil::Cache::Files
