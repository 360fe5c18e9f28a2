#pragma once

// Shared by the SOCKS5 handshake suites: readable QCOMPARE failures for the enums, byte
// builders, and drive(), which feeds a handshake the way a socket session does.

#include "socks/Socks5ClientHandshake.h"
#include "socks/Socks5Handshake.h"

#include <QByteArray>
#include <QtGlobal>

#include <initializer_list>

// Readable QCOMPARE failures for the enums (found by ADL).
namespace Veil::Socks5 {
inline char *toString(ServerHandshake::State state)
{
    static const char *const names[] = {"Greeting", "Auth", "Request", "Connect", "Failed"};
    return qstrdup(names[static_cast<int>(state)]);
}
inline char *toString(ClientHandshake::State state)
{
    static const char *const names[] = {"Greeting", "Auth", "Request", "Done", "Failed"};
    return qstrdup(names[static_cast<int>(state)]);
}
inline char *toString(Reply code)
{
    return qstrdup(replyText(code));
}
} // namespace Veil::Socks5

namespace Veil::Socks5::Test {

/** "05 01 00" -> bytes; spaces are ignored. */
inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

inline QByteArray cat(std::initializer_list<QByteArrayView> parts)
{
    QByteArray out;
    for (const QByteArrayView part : parts)
        out.append(part);
    return out;
}

inline QByteArray authMessage(QByteArrayView user, QByteArrayView password)
{
    return cat(
        {hex("01"), QByteArray(1, char(user.size())), user, QByteArray(1, char(password.size())), password});
}

inline ServerHandshake::Authenticator aliceOnly()
{
    return [](QByteArrayView user, QByteArrayView password) {
        return user == QByteArrayView("alice") && password == QByteArrayView("secret");
    };
}

struct Driven
{
    QByteArray output;  ///< everything the handshake asked to write
    QByteArray pending; ///< input it did not consume (tunnel data)
};

/**
 * Plays the caller: input arrives @p chunk bytes at a time, is appended to a buffer, fed, and the
 * consumed prefix dropped, exactly as a socket session would.
 */
template <typename Handshake> Driven drive(Handshake &handshake, QByteArrayView input, qsizetype chunk)
{
    Driven result;
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        result.pending.append(input.sliced(at, qMin(chunk, input.size() - at)));
        const auto step = handshake.feed(result.pending);
        Q_ASSERT(step.consumed >= 0 && step.consumed <= result.pending.size());
        result.output.append(step.output);
        result.pending.remove(0, step.consumed);
    }
    return result;
}

} // namespace Veil::Socks5::Test
