#include "Blackhole.h"

#include <QHostAddress>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Veil::Test {

Blackhole::~Blackhole()
{
    m_filler.abort();
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

bool Blackhole::open(QByteArray *why)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(m_fd, 0) != 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &length) != 0) {
        *why = "cannot create the listening socket";
        return false;
    }
    m_port = ntohs(addr.sin_port);
    m_filler.connectToHost(QHostAddress::LocalHost, m_port);
    if (!m_filler.waitForConnected(2000)) {
        *why = "the filler connection did not complete";
        return false;
    }
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, m_port);
    if (probe.waitForConnected(300)) {
        *why = "a connect to the full accept queue completed; this kernel does not drop SYNs";
        return false;
    }
    probe.abort();
    return true;
}

} // namespace Veil::Test
