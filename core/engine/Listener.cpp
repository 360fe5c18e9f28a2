#include "engine/Listener.h"

namespace Veil {

Listener::Listener(Dispatch dispatch, QObject *parent)
    : QTcpServer(parent)
    , m_dispatch(std::move(dispatch))
{
    setObjectName(QStringLiteral("Listener"));
}

void Listener::incomingConnection(qintptr descriptor)
{
    m_dispatch(descriptor);
}

} // namespace Veil
