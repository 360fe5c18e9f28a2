#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <cstdint>

namespace Veil::Dns {

/** Record types Veil asks for. */
enum class RecordType : std::uint16_t
{
    A = 1,
    Cname = 5,
    Aaaa = 28,
};

/** What a DNS response said about one question. */
struct Answer
{
    /** DNS RCODE (0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, …). */
    int rcode = 0;
    /** Addresses of the asked type for the name or its CNAME chain, in answer order. */
    QList<QHostAddress> addresses;
    /** Smallest TTL of the records used (seconds); 0 when there were none. */
    quint32 ttl = 0;
};

/**
 * Builds a standard query (RD set, one question, class IN) in RFC 1035 wire format. Returns an
 * empty array when @p name is not a valid host name (empty label, label over 63 octets, name over
 * 253 octets). RFC 8484 §4.1 asks for ID 0 so that HTTP caches can share answers.
 */
QByteArray buildQuery(QByteArrayView name, RecordType type, quint16 id = 0);

/**
 * Parses a response to a query built by buildQuery(). Checks that it is a response, that its ID and
 * question match, follows CNAME records from the asked name (at most 8), and collects the addresses
 * of @p type. Compression pointers are bounded (no loops, no forward jumps past the message).
 * Returns an empty string on success, else what is wrong. A negative answer (NXDOMAIN) is a success
 * with Answer::rcode set.
 */
QString parseResponse(QByteArrayView message, QByteArrayView name, RecordType type, quint16 id,
                      Answer *answer);

/** RFC 4648 §5 base64url without padding, as RFC 8484 GET requests carry the query. */
QByteArray base64Url(const QByteArray &data);

} // namespace Veil::Dns
