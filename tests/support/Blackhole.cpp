#include "Blackhole.h"

#include <QHostAddress>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>

// winsock2.h of the Windows SDK has it; MinGW's does not.
#ifndef SO_CONDITIONAL_ACCEPT
#define SO_CONDITIONAL_ACCEPT 0x3002
#endif
#endif

namespace Veil::Test {

#ifdef Q_OS_WIN

Blackhole::~Blackhole()
{
    if (m_socket != -1) {
        ::closesocket(SOCKET(m_socket));
        ::WSACleanup();
    }
}

bool Blackhole::listen()
{
    WSADATA data;
    if (::WSAStartup(MAKEWORD(2, 2), &data) != 0) {
        return false;
    }
    const SOCKET s = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (s == INVALID_SOCKET) {
        ::WSACleanup();
        return false;
    }
    m_socket = qintptr(s);
    const BOOL on = TRUE;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int length = int(sizeof addr);
    if (::setsockopt(s, SOL_SOCKET, SO_CONDITIONAL_ACCEPT, reinterpret_cast<const char *>(&on),
                     int(sizeof on)) != 0 ||
        ::bind(s, reinterpret_cast<const sockaddr *>(&addr), int(sizeof addr)) != 0 || ::listen(s, 1) != 0 ||
        ::getsockname(s, reinterpret_cast<sockaddr *>(&addr), &length) != 0) {
        return false;
    }
    m_port = ntohs(addr.sin_port);
    return true;
}

#else

Blackhole::~Blackhole()
{
    m_filler.abort();
}

bool Blackhole::listen()
{
    // Never accepting: QTcpServer takes nothing off the queue while maxPendingConnections() is reached.
    m_server.setListenBacklogSize(0);
    m_server.setMaxPendingConnections(0);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        return false;
    }
    m_port = m_server.serverPort();
    m_filler.connectToHost(QHostAddress::LocalHost, m_port);
    return m_filler.waitForConnected(2000);
}

#endif

bool Blackhole::open(QByteArray *why)
{
    if (!listen()) {
        *why = "cannot create the listening socket (or fill its accept queue)";
        return false;
    }
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, m_port);
    if (probe.waitForConnected(300)) {
        *why = "a connect to the blackhole completed; this kernel does not drop SYNs";
        return false;
    }
    if (probe.error() != QAbstractSocket::SocketTimeoutError) {
        *why = "a connect to the blackhole failed at once: " + probe.errorString().toUtf8();
        return false;
    }
    probe.abort();
    return true;
}

} // namespace Veil::Test
