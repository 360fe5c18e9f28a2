#include "ProxyClients.h"

namespace Veil::Test {

QStringList proxyModes()
{
    return {QStringLiteral("http"), QStringLiteral("connect"), QStringLiteral("socks5")};
}

QStringList curlProxyArgs(quint16 port, const QByteArray &mode)
{
    const QString hostPort = QStringLiteral("127.0.0.1:") + QString::number(port);
    if (mode == "socks5") {
        return {QStringLiteral("--socks5-hostname"), hostPort};
    }
    QStringList args{QStringLiteral("-x"), QStringLiteral("http://") + hostPort};
    if (mode == "connect") {
        args << QStringLiteral("--proxytunnel");
    }
    return args;
}

ProcessResult curlThrough(quint16 port, const QByteArray &mode, const QString &url, int timeoutMs)
{
    return runCurl(curlProxyArgs(port, mode) << url, timeoutMs);
}

bool rawProxyRequest(quint16 port, const QByteArray &mode, const QByteArray &host, quint16 targetPort,
                     const QByteArray &path, WireMessage *response, int timeoutMs)
{
    RawClient client(port);
    if (!client.waitConnected(timeoutMs)) {
        return false;
    }
    const QByteArray authority = host + ':' + QByteArray::number(targetPort);
    if (mode == "connect") {
        client.send("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
    } else {
        client.send("GET http://" + authority + path + " HTTP/1.1\r\nHost: " + authority +
                    "\r\nConnection: close\r\n\r\n");
    }
    return client.readResponse(response, false, timeoutMs);
}

int socks5ConnectByName(RawClient &client, const QByteArray &host, quint16 targetPort)
{
    client.send(QByteArray::fromHex("050100"));
    if (client.readBytes(2) != QByteArray::fromHex("0500")) {
        return -1;
    }
    QByteArray request = QByteArray::fromHex("05010003") + char(host.size()) + host;
    request += char(targetPort >> 8);
    request += char(targetPort & 0xff);
    client.send(request);
    const QByteArray head = client.readBytes(2);
    if (head.size() != 2 || head.at(0) != 0x05) {
        return -1;
    }
    const int code = int(quint8(head.at(1)));
    if (code != 0) {
        return code;
    }
    // Consume RSV, ATYP, BND.ADDR and BND.PORT so only the target's bytes follow.
    const QByteArray rest = client.readBytes(2);
    qsizetype addressLength = -1;
    if (rest.size() == 2 && rest.at(1) == 0x01) {
        addressLength = 4;
    } else if (rest.size() == 2 && rest.at(1) == 0x04) {
        addressLength = 16;
    } else if (rest.size() == 2 && rest.at(1) == 0x03) {
        const QByteArray length = client.readBytes(1);
        addressLength = length.size() == 1 ? quint8(length.at(0)) : -1;
    }
    if (addressLength < 0 || client.readBytes(addressLength + 2).size() != addressLength + 2) {
        return -1;
    }
    return code;
}

} // namespace Veil::Test
