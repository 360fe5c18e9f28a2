#include "dns/DnsWire.h"

#include <QCoreApplication>

namespace Veil::Dns {

namespace {

constexpr int kHeaderSize = 12;
constexpr int kMaxNameLength = 253;
constexpr int kMaxPointerJumps = 64;
constexpr int kMaxCnameChain = 8;
constexpr quint16 kClassIn = 1;

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::Dns)
};

quint16 read16(QByteArrayView m, qsizetype at)
{
    return quint16((quint8(m[at]) << 8) | quint8(m[at + 1]));
}

quint32 read32(QByteArrayView m, qsizetype at)
{
    return (quint32(read16(m, at)) << 16) | read16(m, at + 2);
}

void append16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}

/**
 * Reads a possibly compressed name at @p *at into dotted lower-case form and moves @p *at past it
 * (past the first pointer when compressed). Returns false on any malformation.
 */
bool readName(QByteArrayView m, qsizetype *at, QByteArray *name)
{
    name->clear();
    qsizetype pos = *at;
    qsizetype resumeAt = -1;
    int jumps = 0;
    for (;;) {
        if (pos >= m.size()) {
            return false;
        }
        const auto length = quint8(m[pos]);
        if ((length & 0xc0) == 0xc0) {
            if (pos + 1 >= m.size() || ++jumps > kMaxPointerJumps) {
                return false;
            }
            const qsizetype target = read16(m, pos) & 0x3fff;
            if (resumeAt < 0) {
                resumeAt = pos + 2;
            }
            // Only backward pointers: a forward or self pointer is how loops are made.
            if (target >= pos) {
                return false;
            }
            pos = target;
            continue;
        }
        if ((length & 0xc0) != 0) {
            return false; // the 0x40 and 0x80 label types are obsolete
        }
        if (length == 0) {
            *at = resumeAt >= 0 ? resumeAt : pos + 1;
            return true;
        }
        if (pos + 1 + length > m.size()) {
            return false;
        }
        if (!name->isEmpty()) {
            name->append('.');
        }
        name->append(m.sliced(pos + 1, length).toByteArray().toLower());
        if (name->size() > kMaxNameLength) {
            return false;
        }
        pos += 1 + length;
    }
}

QByteArray normalise(QByteArrayView name)
{
    QByteArray n = name.toByteArray().toLower();
    if (n.endsWith('.')) {
        n.chop(1);
    }
    return n;
}

} // namespace

QByteArray buildQuery(QByteArrayView name, RecordType type, quint16 id)
{
    const QByteArray n = normalise(name);
    if (n.isEmpty() || n.size() > kMaxNameLength) {
        return {};
    }
    QByteArray out;
    out.reserve(kHeaderSize + n.size() + 6);
    append16(out, id);
    append16(out, 0x0100); // standard query, recursion desired
    append16(out, 1);      // QDCOUNT
    append16(out, 0);
    append16(out, 0);
    append16(out, 0);
    for (const QByteArray &label : n.split('.')) {
        if (label.isEmpty() || label.size() > 63) {
            return {};
        }
        out.append(char(label.size()));
        out.append(label);
    }
    out.append('\0');
    append16(out, quint16(type));
    append16(out, kClassIn);
    return out;
}

QString parseResponse(QByteArrayView m, QByteArrayView name, RecordType type, quint16 id, Answer *answer)
{
    *answer = {};
    if (m.size() < kHeaderSize) {
        return Tr::tr("DNS response too short");
    }
    if (read16(m, 0) != id) {
        return Tr::tr("DNS response ID does not match the query");
    }
    const quint16 flags = read16(m, 2);
    if ((flags & 0x8000) == 0) {
        return Tr::tr("DNS message is not a response");
    }
    if (flags & 0x0200) {
        return Tr::tr("DNS response truncated");
    }
    answer->rcode = flags & 0x000f;
    const int qdcount = read16(m, 4);
    const int ancount = read16(m, 6);
    if (qdcount != 1) {
        return Tr::tr("DNS response does not repeat the question");
    }

    const QByteArray asked = normalise(name);
    qsizetype at = kHeaderSize;
    QByteArray owner;
    if (!readName(m, &at, &owner) || at + 4 > m.size()) {
        return Tr::tr("malformed DNS question");
    }
    if (owner != asked || read16(m, at) != quint16(type) || read16(m, at + 2) != kClassIn) {
        return Tr::tr("DNS response answers a different question");
    }
    at += 4;

    struct Record
    {
        QByteArray owner;
        quint16 type;
        quint32 ttl;
        QByteArrayView data;
        qsizetype dataAt;
    };
    QList<Record> records;
    records.reserve(ancount);
    for (int i = 0; i < ancount; ++i) {
        Record r;
        if (!readName(m, &at, &r.owner) || at + 10 > m.size()) {
            return Tr::tr("malformed DNS answer record");
        }
        r.type = read16(m, at);
        const quint16 rclass = read16(m, at + 2);
        r.ttl = read32(m, at + 4);
        const quint16 length = read16(m, at + 8);
        at += 10;
        if (at + length > m.size()) {
            return Tr::tr("malformed DNS answer record");
        }
        r.dataAt = at;
        r.data = m.sliced(at, length);
        at += length;
        if (rclass == kClassIn) {
            records.append(r);
        }
    }

    // Follow the CNAME chain from the asked name; only records on that chain count, so an answer
    // cannot slip in addresses for unrelated names.
    QByteArray current = asked;
    quint32 ttl = UINT32_MAX;
    for (int hop = 0; hop <= kMaxCnameChain; ++hop) {
        QByteArray next;
        for (const Record &r : std::as_const(records)) {
            if (r.owner != current) {
                continue;
            }
            if (r.type == quint16(type)) {
                const qsizetype size = type == RecordType::A ? 4 : 16;
                if (r.data.size() != size) {
                    return Tr::tr("malformed DNS address record");
                }
                const QHostAddress address =
                    type == RecordType::A ? QHostAddress(read32(r.data, 0))
                                          : QHostAddress(reinterpret_cast<const quint8 *>(r.data.data()));
                answer->addresses.append(address);
                ttl = qMin(ttl, r.ttl);
            } else if (r.type == quint16(RecordType::Cname) && next.isEmpty()) {
                qsizetype dataAt = r.dataAt;
                if (!readName(m, &dataAt, &next) || next.isEmpty() || dataAt > r.dataAt + r.data.size()) {
                    return Tr::tr("malformed DNS CNAME record");
                }
                ttl = qMin(ttl, r.ttl);
            }
        }
        if (!answer->addresses.isEmpty() || next.isEmpty()) {
            break;
        }
        if (hop == kMaxCnameChain) {
            return Tr::tr("DNS CNAME chain too long");
        }
        current = next;
    }
    answer->ttl = answer->addresses.isEmpty() ? 0 : ttl;
    return {};
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace Veil::Dns
