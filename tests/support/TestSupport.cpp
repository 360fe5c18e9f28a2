#include "TestSupport.h"

#include <QTcpServer>

namespace Veil::Test {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace Veil::Test
