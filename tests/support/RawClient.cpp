#include "RawClient.h"

#include <QTest>

namespace Veil::Test {

RawClient::RawClient(quint16 port, qint64 readBufferSize)
{
    socket.setReadBufferSize(readBufferSize);
    socket.connectToHost(QHostAddress::LocalHost, port);
}

bool RawClient::waitConnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

bool RawClient::readResponse(WireMessage *out, bool headRequest, int timeoutMs)
{
    Parse result = Parse::Incomplete;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            pull();
            result = takeResponse(buffer, out, headRequest, closed());
            return result != Parse::Incomplete || closed();
        },
        timeoutMs));
    if (result == Parse::Incomplete) {
        pull();
        result = takeResponse(buffer, out, headRequest, closed());
    }
    return result == Parse::Complete;
}

QByteArray RawClient::readBytes(qsizetype n, int timeoutMs)
{
    static_cast<void>(QTest::qWaitFor(
        [&] {
            pull();
            return buffer.size() >= n || closed();
        },
        timeoutMs));
    pull();
    const QByteArray out = buffer.left(n);
    buffer.remove(0, out.size());
    return out;
}

bool RawClient::waitClosed(int timeoutMs)
{
    const bool ok = QTest::qWaitFor(
        [this] {
            pull();
            return closed();
        },
        timeoutMs);
    pull();
    return ok;
}

} // namespace Veil::Test
