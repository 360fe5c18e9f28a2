// libFuzzer target: Veil::Socks5::ServerHandshake fed whole and in fuzzer-chosen pieces, with and
// without an authenticator. Input byte 0 is control: bits 0-1 the split pattern, bit 2 selects
// user/password authentication; the rest is what the client sends.

#include "FuzzSupport.h"

#include "socks/Socks5Handshake.h"

#include <QHostAddress>

using namespace Veil::Socks5;

namespace {

struct Outcome
{
    ServerHandshake::State state = ServerHandshake::State::Greeting;
    QByteArray output;
    qsizetype consumed = 0;
    QByteArray error;
    QByteArray host;
    quint16 port = 0;
    AddressType type = AddressType::IPv4;
    QByteArray user;

    bool operator==(const Outcome &) const = default;
};

bool authenticate(QByteArrayView user, QByteArrayView password)
{
    return user == QByteArrayView("user") && password == QByteArrayView("pass");
}

/** Feeds @p input like a session does: unconsumed bytes stay in front of the next read. */
Outcome run(QByteArrayView input, bool withAuth, std::uint8_t control)
{
    ServerHandshake handshake(withAuth ? ServerHandshake::Authenticator(authenticate)
                                       : ServerHandshake::Authenticator());
    VeilFuzz::Splitter split(control);
    Outcome out;
    QByteArray pending;
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype n = split.next(input.size() - pos);
        pending.append(input.sliced(pos, n));
        pos += n;
        const ServerHandshake::Step step = handshake.feed(pending);
        FUZZ_CHECK(step.consumed >= 0 && step.consumed <= pending.size());
        out.output += step.output;
        out.consumed += step.consumed;
        pending.remove(0, step.consumed);
        const ServerHandshake::State state = handshake.state();
        if (state == ServerHandshake::State::Connect || state == ServerHandshake::State::Failed)
            break;
    }
    // Once finished, the handshake must leave later bytes (tunnel data) alone.
    if (handshake.state() == ServerHandshake::State::Connect ||
        handshake.state() == ServerHandshake::State::Failed) {
        const QByteArray rest = pending + input.sliced(pos).toByteArray();
        const ServerHandshake::Step after = handshake.feed(rest);
        FUZZ_CHECK(after.consumed == 0 && after.output.isEmpty());
    }
    out.state = handshake.state();
    out.error = QByteArray(handshake.errorText());
    if (out.state == ServerHandshake::State::Connect) {
        out.host = handshake.host();
        out.port = handshake.port();
        out.type = handshake.addressType();
        out.user = handshake.username();
    }
    return out;
}

void checkConnect(const Outcome &out, bool withAuth)
{
    FUZZ_CHECK(out.port != 0 && !out.host.isEmpty());
    FUZZ_CHECK(withAuth == !out.user.isEmpty());
    if (withAuth)
        FUZZ_CHECK(out.user == QByteArrayView("user"));
    switch (out.type) {
    case AddressType::IPv4:
    case AddressType::IPv6: {
        const QHostAddress address(QString::fromLatin1(out.host));
        FUZZ_CHECK(!address.isNull());
        FUZZ_CHECK(address.protocol() == (out.type == AddressType::IPv4 ? QAbstractSocket::IPv4Protocol
                                                                        : QAbstractSocket::IPv6Protocol));
        break;
    }
    case AddressType::DomainName:
        for (char c : out.host)
            FUZZ_CHECK(c > 0x20 && c < 0x7f && c != ':' && c != '/' && c != '@' && !(c >= 'A' && c <= 'Z'));
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t control = data[0];
    const bool withAuth = (control & 4) != 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    // A pure state machine must not care how the bytes arrive.
    const Outcome whole = run(input, withAuth, 3);
    FUZZ_CHECK(run(input, withAuth, control) == whole);
    if (input.size() <= 1024)
        FUZZ_CHECK(run(input, withAuth, 0) == whole);
    if (whole.state == ServerHandshake::State::Connect)
        checkConnect(whole, withAuth);
    if (whole.state == ServerHandshake::State::Failed)
        FUZZ_CHECK(!whole.error.isEmpty());

    // Replies: IPv4 (or null) is 10 bytes, IPv6 22; the fuzzer picks code, address and port.
    if (input.size() >= 19) {
        const auto code = static_cast<Reply>(std::uint8_t(input[0]) % 9);
        const quint16 port = quint16((std::uint8_t(input[1]) << 8) | std::uint8_t(input[2]));
        Q_IPV6ADDR raw;
        for (int i = 0; i < 16; ++i)
            raw[i] = std::uint8_t(input[3 + i]);
        const QHostAddress v6(raw);
        const QHostAddress v4(quint32((std::uint8_t(input[3]) << 24) | (std::uint8_t(input[4]) << 16) |
                                      (std::uint8_t(input[5]) << 8) | std::uint8_t(input[6])));
        FUZZ_CHECK(ServerHandshake::reply(code, v6, port).size() == 22);
        FUZZ_CHECK(ServerHandshake::reply(code, v4, port).size() == 10);
        FUZZ_CHECK(ServerHandshake::reply(code).size() == 10);
    }
    return 0;
}
