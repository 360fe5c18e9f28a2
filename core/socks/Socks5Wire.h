#pragma once

// Wire-format pieces shared by the SOCKS5 server and client handshakes (internal to core/socks).

#include "socks/Socks5Handshake.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

namespace Veil::Socks5::Wire {

inline constexpr quint8 kVersion = 0x05;
inline constexpr quint8 kAuthVersion = 0x01; ///< RFC 1929 sub-negotiation version
inline constexpr quint8 kMethodNoAuth = 0x00;
inline constexpr quint8 kMethodUserPassword = 0x02;
inline constexpr quint8 kNoAcceptableMethod = 0xFF;
inline constexpr quint8 kCommandConnect = 0x01;
inline constexpr quint8 kAuthSuccess = 0x00;
inline constexpr quint8 kAuthFailure = 0x01;
inline constexpr qsizetype kIPv4Size = 4;
inline constexpr qsizetype kIPv6Size = 16;

inline quint8 byteAt(QByteArrayView data, qsizetype index)
{
    return static_cast<quint8>(data.at(index));
}

/** Big-endian port at @p index; the caller has checked that two bytes are there. */
inline quint16 portAt(QByteArrayView data, qsizetype index)
{
    return static_cast<quint16>((byteAt(data, index) << 8) | byteAt(data, index + 1));
}

inline void appendByte(QByteArray &out, quint8 value)
{
    out.append(static_cast<char>(value));
}

inline void appendPort(QByteArray &out, quint16 port)
{
    appendByte(out, static_cast<quint8>(port >> 8));
    appendByte(out, static_cast<quint8>(port & 0xFF));
}

/**
 * Appends ATYP and ADDR for @p address: IPv6 as ATYP 4, anything else as ATYP 1 (a null or "any"
 * address becomes 0.0.0.0).
 */
void appendAddress(QByteArray &out, const QHostAddress &address);

/**
 * Size of an ADDR field (including the length byte of a domain name) that starts at the beginning of
 * @p field, for address type @p atyp. Returns 0 when more bytes are needed to know, -1 for an unknown
 * address type.
 */
qsizetype addressFieldSize(quint8 atyp, QByteArrayView field);

/**
 * Text form of a complete ADDR field: dotted IPv4, IPv6 without brackets (IPv4-mapped kept as
 * sent), or the domain name bytes as they are.
 */
QByteArray addressText(AddressType type, QByteArrayView field);

} // namespace Veil::Socks5::Wire
