#include "traffic/TrafficDetails.h"

namespace Veil {

bool TrafficDetails::isSecretHeader(QByteArrayView name)
{
    for (const QByteArrayView secret :
         {QByteArrayView("Authorization"), QByteArrayView("Proxy-Authorization"), QByteArrayView("Cookie"),
          QByteArrayView("Set-Cookie")}) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QByteArray TrafficDetails::redacted(qsizetype bytes)
{
    return "<redacted, " + QByteArray::number(bytes) + (bytes == 1 ? " byte>" : " bytes>");
}

void TrafficDetails::parseHead(QByteArrayView head, QByteArray *firstLine, QList<Header> *headers)
{
    qsizetype at = 0;
    bool first = true;
    while (at < head.size()) {
        qsizetype end = head.indexOf(QByteArrayView("\r\n"), at);
        if (end < 0) {
            end = head.size();
        }
        const QByteArrayView line = head.sliced(at, end - at);
        at = end + 2;
        if (line.isEmpty()) {
            break; // the blank line closing the head
        }
        if (first) {
            first = false;
            *firstLine = line.toByteArray();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue; // the parser already refused anything else
        }
        Header h;
        h.name = line.first(colon).toByteArray();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        h.value = isSecretHeader(h.name) ? redacted(value.size()) : value.toByteArray();
        headers->append(std::move(h));
    }
}

} // namespace Veil
