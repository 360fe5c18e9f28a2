#include "http/HttpParser.h"

#include "http/HttpSyntax.h"

#include <cstring>

namespace Veil::Http {

const char *parseErrorText(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return "no error";
    case ParseError::HeadTooLarge:
        return "message head too large";
    case ParseError::TooManyHeaders:
        return "too many header fields";
    case ParseError::BadRequestLine:
        return "malformed request line";
    case ParseError::BadStatusLine:
        return "malformed status line";
    case ParseError::UnsupportedVersion:
        return "unsupported HTTP version";
    case ParseError::BadHeaderName:
        return "malformed header field name";
    case ParseError::BadHeaderValue:
        return "invalid character in header field value";
    case ParseError::ObsoleteLineFolding:
        return "obsolete line folding";
    case ParseError::BareCarriageReturn:
        return "bare CR";
    case ParseError::BareLineFeed:
        return "bare LF line ending";
    case ParseError::ConflictingFraming:
        return "conflicting Content-Length and Transfer-Encoding";
    case ParseError::BadContentLength:
        return "invalid Content-Length";
    case ParseError::UnsupportedTransferCoding:
        return "unsupported Transfer-Encoding";
    case ParseError::MissingHost:
        return "missing Host header";
    case ParseError::DuplicateHost:
        return "duplicate Host header";
    case ParseError::BadHost:
        return "invalid host";
    case ParseError::BadTarget:
        return "invalid request target";
    case ParseError::UnsupportedScheme:
        return "unsupported URI scheme";
    case ParseError::BadChunkSize:
        return "invalid chunk size";
    case ParseError::BadChunkExtension:
        return "invalid chunk extension";
    case ParseError::BadChunkTerminator:
        return "missing CRLF in chunked body";
    case ParseError::TrailersTooLarge:
        return "trailer section too large";
    case ParseError::BadTrailer:
        return "malformed trailer field";
    }
    return "unknown parse error";
}

qsizetype HeadScanner::scan(QByteArrayView buffer)
{
    // The contract is that the buffer only grows; if it shrank, rescan rather than trust offsets.
    if (buffer.size() < m_pos)
        reset();
    if (m_headLength > 0)
        return m_headLength;

    // Only bytes below m_max can end an acceptable head, so nothing past it is ever looked at.
    const char *data = buffer.data();
    const qsizetype limit = qMin(buffer.size(), m_max);
    while (m_pos < limit) {
        const void *hit = std::memchr(data + m_pos, '\n', size_t(limit - m_pos));
        if (!hit) {
            m_pos = limit;
            break;
        }
        const qsizetype lf = static_cast<const char *>(hit) - data;
        const qsizetype length = lf - m_lineStart;
        // "\n" and "\r\n" both count as empty so that "\n\n", "\r\n\n" and "\n\r\n" end the
        // head too: the parser then rejects the bare LF instead of the client waiting forever.
        const bool empty = length == 0 || (length == 1 && data[m_lineStart] == '\r');
        m_pos = lf + 1;
        m_lineStart = m_pos;
        if (!empty) {
            m_inPrefix = false;
            continue;
        }
        // Past the bound the empty lines become the "head" and the parser rejects it.
        if (!m_inPrefix || ++m_emptyLinesSkipped > Syntax::kMaxLeadingEmptyLines) {
            m_headLength = m_pos;
            return m_headLength;
        }
    }
    return m_pos >= m_max ? -1 : 0;
}

} // namespace Veil::Http
