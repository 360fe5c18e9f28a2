#include "HttpWire.h"

namespace Veil::Test {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/** Splits the head into start line and fields. False when a line is not "name: value". */
bool parseHead(const QByteArray &head, WireMessage *out)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    if (lines.isEmpty()) {
        return false;
    }
    out->startLine = lines.takeFirst();
    out->headers.clear();
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        out->headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return true;
}

qint64 contentLength(const WireMessage &m, bool *present)
{
    const QByteArray value = m.header("Content-Length");
    *present = !value.isNull();
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? n : -1;
}

/** Fills the body from @p buffer after the head; returns Complete/Incomplete/Error. */
Parse takeBody(QByteArray &buffer, qsizetype headLength, WireMessage *out, bool bodyAllowed, bool eof,
               bool untilCloseAllowed)
{
    out->body.clear();
    out->rawBody.clear();
    out->trailers.clear();
    if (!bodyAllowed) {
        buffer.remove(0, headLength);
        return Parse::Complete;
    }
    const QByteArrayView rest = QByteArrayView(buffer).sliced(headLength);
    if (out->isChunked()) {
        const qsizetype used = parseChunked(rest, &out->body, &out->trailers);
        if (used < 0) {
            return Parse::Error;
        }
        if (used == 0) {
            return Parse::Incomplete;
        }
        out->rawBody = rest.first(used).toByteArray();
        buffer.remove(0, headLength + used);
        return Parse::Complete;
    }
    bool present = false;
    const qint64 length = contentLength(*out, &present);
    if (present) {
        if (length < 0) {
            return Parse::Error;
        }
        if (rest.size() < length) {
            return Parse::Incomplete;
        }
        out->body = rest.first(length).toByteArray();
        out->rawBody = out->body;
        buffer.remove(0, headLength + length);
        return Parse::Complete;
    }
    if (!untilCloseAllowed) {
        buffer.remove(0, headLength);
        return Parse::Complete;
    }
    if (!eof) {
        return Parse::Incomplete;
    }
    out->body = rest.toByteArray();
    out->rawBody = out->body;
    buffer.clear();
    return Parse::Complete;
}

} // namespace

QByteArray WireMessage::header(QByteArrayView name) const
{
    for (const auto &field : headers) {
        if (sameName(field.first, name)) {
            return field.second;
        }
    }
    return {};
}

int WireMessage::headerCount(QByteArrayView name) const
{
    int n = 0;
    for (const auto &field : headers) {
        n += sameName(field.first, name) ? 1 : 0;
    }
    return n;
}

bool WireMessage::isChunked() const
{
    return header("Transfer-Encoding").toLower().contains("chunked");
}

qsizetype parseChunked(QByteArrayView data, QByteArray *payload, QByteArray *trailers)
{
    payload->clear();
    trailers->clear();
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = data.indexOf("\r\n", pos);
        if (eol < 0) {
            return 0;
        }
        QByteArrayView sizeText = data.sliced(pos, eol - pos);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0) {
            sizeText = sizeText.first(semi);
        }
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            return -1;
        }
        pos = eol + 2;
        if (size == 0) {
            // Trailer fields up to an empty line.
            const qsizetype start = pos;
            for (;;) {
                const qsizetype end = data.indexOf("\r\n", pos);
                if (end < 0) {
                    return 0;
                }
                if (end == pos) {
                    *trailers = data.sliced(start, pos - start).toByteArray();
                    return end + 2;
                }
                pos = end + 2;
            }
        }
        if (data.size() < pos + size + 2) {
            return 0;
        }
        payload->append(data.sliced(pos, size));
        if (data.sliced(pos + size, 2) != QByteArrayView("\r\n")) {
            return -1;
        }
        pos += size + 2;
    }
}

Parse takeRequest(QByteArray &buffer, WireMessage *out)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return Parse::Incomplete;
    }
    const qsizetype headLength = end + 4;
    out->head = buffer.left(headLength);
    if (!parseHead(out->head, out)) {
        return Parse::Error;
    }
    const QList<QByteArray> parts = out->startLine.split(' ');
    if (parts.size() != 3) {
        return Parse::Error;
    }
    out->method = parts.at(0);
    out->target = parts.at(1);
    out->status = 0;
    return takeBody(buffer, headLength, out, true, false, false);
}

Parse takeResponse(QByteArray &buffer, WireMessage *out, bool headRequest, bool eof)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return Parse::Incomplete;
    }
    const qsizetype headLength = end + 4;
    out->head = buffer.left(headLength);
    if (!parseHead(out->head, out)) {
        return Parse::Error;
    }
    const QList<QByteArray> parts = out->startLine.split(' ');
    bool ok = false;
    out->status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
    if (!ok || !out->startLine.startsWith("HTTP/1.")) {
        return Parse::Error;
    }
    out->method.clear();
    out->target.clear();
    const bool bodyAllowed = !headRequest && out->status >= 200 && out->status != 204 && out->status != 304;
    return takeBody(buffer, headLength, out, bodyAllowed, eof, true);
}

QByteArray makeResponse(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Status") + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += extraHeaders;
    out += "\r\n";
    out += body;
    return out;
}

QByteArray chunked(const QList<QByteArray> &chunks, const QByteArray &trailers)
{
    QByteArray out;
    for (const QByteArray &chunk : chunks) {
        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    out += "0\r\n" + trailers + "\r\n";
    return out;
}

} // namespace Veil::Test
