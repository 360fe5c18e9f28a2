#include "EngineTest.h"

#include <QTest>

namespace Veil::Test {

QByteArray request(const QByteArray &method, const ScriptedOrigin &origin, const QByteArray &path,
                   const QByteArray &extraHeaders, const QByteArray &body)
{
    QByteArray out = method + ' ' + origin.url(path) + " HTTP/1.1\r\nHost: " + origin.authority() + "\r\n";
    out += extraHeaders;
    if (!body.isEmpty()) {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return out + "\r\n" + body;
}

QByteArray get(const ScriptedOrigin &origin, const QByteArray &path, const QByteArray &extraHeaders)
{
    return request("GET", origin, path, extraHeaders);
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray portBytes(quint16 port)
{
    QByteArray out(2, '\0');
    out[0] = char(port >> 8);
    out[1] = char(port & 0xff);
    return out;
}

/** SOCKS5 request: VER CMD RSV ATYP=1 127.0.0.1 PORT. */
QByteArray socksRequestIPv4(quint8 command, quint16 port)
{
    return hex("05") + QByteArray(1, char(command)) + hex("00 01 7f 00 00 01") + portBytes(port);
}

/** SOCKS5 request with ATYP=3 (domain name). */
QByteArray socksRequestDomain(const QByteArray &host, quint16 port)
{
    return hex("05 01 00 03") + QByteArray(1, char(host.size())) + host + portBytes(port);
}

QByteArray basicAuth(const QByteArray &user, const QByteArray &password)
{
    return "Proxy-Authorization: Basic " + QByteArray(user + ':' + password).toBase64() + "\r\n";
}

void EngineTest::init()
{
    m_origin = std::make_unique<ScriptedOrigin>();
    QVERIFY(m_origin->listen());
    m_veil = std::make_unique<EngineFixture>();
    QVERIFY2(m_veil->start(), qPrintable(m_veil->errorString()));
}

void EngineTest::cleanup()
{
    m_veil.reset();
    m_origin.reset();
}

bool EngineTest::restartVeil(const Settings &settings)
{
    m_veil = std::make_unique<EngineFixture>();
    if (!m_veil->start(settings)) {
        qWarning() << m_veil->errorString();
        return false;
    }
    return true;
}

int EngineTest::socksConnect(RawClient &client, quint16 port)
{
    client.send(hex("05 01 00"));
    if (client.readBytes(2) != hex("05 00")) {
        return -1;
    }
    client.send(socksRequestIPv4(0x01, port));
    const QByteArray head = client.readBytes(2);
    if (head.size() != 2 || head.at(0) != 0x05) {
        return -1;
    }
    const int code = int(quint8(head.at(1)));
    client.readBytes(code == 0 ? 8 : 0); // RSV ATYP=1 BND.ADDR BND.PORT of a success
    return code;
}

} // namespace Veil::Test
