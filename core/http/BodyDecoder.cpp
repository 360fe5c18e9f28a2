// BodyDecoder from HttpParser.h. The decoder must give the same answer however the input is
// split, so every check is made on a complete line (buffered up to a bound) or a single octet,
// never on a guess about bytes that have not arrived yet. On an error, the consumed count runs to
// the octet that proved the body invalid, which is split-independent too.

#include "http/HttpParser.h"

#include "http/HttpSyntax.h"

namespace Veil::Http {

using namespace Syntax;

namespace {

/** Most significant hex digits in a chunk size: 15 keeps the value far from qint64 overflow. */
constexpr int kMaxChunkSizeDigits = 15;

bool isQdText(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || u == ' ' || u == 0x21 || (u >= 0x23 && u <= 0x5b) || (u >= 0x5d && u <= 0x7e) ||
           u >= 0x80;
}

bool isQuotedPairChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

/** The extensions after the size: *( BWS ";" BWS name [ BWS "=" BWS ( token / quoted-string ) ] ). */
bool parseChunkExtensions(QByteArrayView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    const auto skipBws = [&] {
        while (i < n && isOws(s[i]))
            ++i;
    };
    const auto skipToken = [&] {
        const qsizetype start = i;
        while (i < n && isTokenChar(s[i]))
            ++i;
        return i > start;
    };

    while (i < n) {
        skipBws();
        if (i == n || s[i] != ';')
            return false;
        ++i;
        skipBws();
        if (!skipToken())
            return false;
        const qsizetype afterName = i;
        skipBws();
        if (i == n || s[i] != '=') {
            i = afterName; // the BWS belongs to the next ";" (or is trailing junk)
            continue;
        }
        ++i;
        skipBws();
        if (i < n && s[i] == '"') {
            ++i;
            while (true) {
                if (i == n)
                    return false;
                if (s[i] == '"') {
                    ++i;
                    break;
                }
                if (s[i] == '\\') {
                    if (i + 1 == n || !isQuotedPairChar(s[i + 1]))
                        return false;
                    i += 2;
                } else if (isQdText(s[i])) {
                    ++i;
                } else {
                    return false;
                }
            }
        } else if (!skipToken()) {
            return false;
        }
    }
    return true;
}

/** chunk-size [ chunk-ext ] without its CRLF (RFC 9112 §7.1). */
ParseError parseChunkSizeLine(QByteArrayView line, qint64 &size)
{
    qsizetype i = 0;
    int significant = 0;
    size = 0;
    for (; i < line.size(); ++i) {
        const int digit = hexValue(line[i]);
        if (digit < 0)
            break;
        if (size == 0 && digit == 0)
            continue; // leading zeros are harmless and do not count towards the limit
        if (++significant > kMaxChunkSizeDigits)
            return ParseError::BadChunkSize;
        size = size * 16 + digit;
    }
    if (i == 0)
        return ParseError::BadChunkSize;
    const QByteArrayView rest = line.sliced(i);
    if (rest.isEmpty())
        return ParseError::None;
    // Anything after the digits that does not open an extension ("0x10", "5 ", "1-") is a bad size.
    const QByteArrayView afterBws = trimOws(rest);
    if (afterBws.isEmpty() || afterBws.front() != ';')
        return ParseError::BadChunkSize;
    return parseChunkExtensions(rest) ? ParseError::None : ParseError::BadChunkExtension;
}

} // namespace

BodyDecoder::BodyDecoder(Framing framing, qint64 contentLength, const Limits &limits)
    : m_framing(framing)
    , m_limits(limits)
{
    switch (framing) {
    case Framing::None:
    case Framing::Tunnel: // the tunnel's bytes are not a body; the caller relays them
        m_state = State::Done;
        break;
    case Framing::ContentLength:
        m_remaining = qMax<qint64>(0, contentLength);
        m_state = m_remaining > 0 ? State::Body : State::Done;
        break;
    case Framing::UntilClose:
        m_state = State::Body;
        break;
    case Framing::Chunked:
        m_state = State::ChunkSize;
        break;
    }
}

BodyDecoder::Step BodyDecoder::feed(QByteArrayView data)
{
    Step step;
    if (m_error != ParseError::None) {
        step.error = m_error;
        return step;
    }
    switch (m_state) {
    case State::Done:
        step.done = true;
        return step;
    case State::Body:
        if (m_framing == Framing::UntilClose) {
            step.consumed = data.size();
        } else {
            step.consumed = qsizetype(qMin<qint64>(m_remaining, data.size()));
            m_remaining -= step.consumed;
            if (m_remaining == 0)
                m_state = State::Done;
        }
        m_payload += step.consumed;
        if (m_sink)
            m_sink->append(data.first(step.consumed));
        step.done = m_state == State::Done;
        return step;
    default:
        return feedChunked(data);
    }
}

BodyDecoder::Step BodyDecoder::feedChunked(QByteArrayView data)
{
    Step step;
    qsizetype pos = 0;
    const auto fail = [&](ParseError error) {
        m_error = error;
        m_line.clear();
        step.consumed = pos;
        step.error = error;
        return step;
    };

    while (pos < data.size() && m_state != State::Done) {
        switch (m_state) {
        case State::ChunkSize:
        case State::Trailers: {
            const bool trailers = m_state == State::Trailers;
            const qsizetype budget =
                trailers ? m_limits.maxTrailerBytes - m_trailerBytes : m_limits.maxChunkLineBytes;
            QByteArrayView line;
            const LineStatus status = takeLine(data, pos, budget, line);
            if (status == LineStatus::TooLong)
                return fail(trailers ? ParseError::TrailersTooLarge : ParseError::BadChunkExtension);
            if (status == LineStatus::Partial)
                break;
            const ParseError error = trailers ? onTrailerLine(line) : onChunkSizeLine(line);
            m_line.resize(0); // keeps the capacity for the next line
            if (error != ParseError::None)
                return fail(error);
            break;
        }
        case State::ChunkData: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size() - pos));
            if (m_sink)
                m_sink->append(data.sliced(pos, n));
            pos += n;
            m_payload += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::ChunkDataCR;
            break;
        }
        case State::ChunkDataCR:
            if (data[pos] != '\r')
                return fail(ParseError::BadChunkTerminator);
            ++pos;
            m_state = State::ChunkDataLF;
            break;
        case State::ChunkDataLF:
            if (data[pos] != '\n')
                return fail(ParseError::BadChunkTerminator);
            ++pos;
            m_state = State::ChunkSize;
            break;
        case State::Body:
        case State::Done:
            Q_UNREACHABLE();
        }
    }
    step.consumed = pos;
    step.done = m_state == State::Done;
    return step;
}

BodyDecoder::LineStatus BodyDecoder::takeLine(QByteArrayView data, qsizetype &pos, qsizetype budget,
                                              QByteArrayView &line)
{
    // The budget covers the whole line including its LF, checked on partial lines too, so an
    // over-long line is refused at the same octet (the first one over budget, counted as
    // consumed) however the input is split.
    const qsizetype start = pos;
    const qsizetype lf = data.indexOf('\n', pos);
    const QByteArrayView part = data.sliced(pos, (lf < 0 ? data.size() : lf) - pos);
    pos = lf < 0 ? data.size() : lf + 1;
    if (m_line.size() + part.size() + (lf < 0 ? 0 : 1) > budget) {
        pos = start + (budget - m_line.size()) + 1;
        return LineStatus::TooLong;
    }
    if (lf < 0) {
        m_line.append(part);
        return LineStatus::Partial;
    }
    if (m_line.isEmpty()) {
        line = part; // whole line in this input: no copy
    } else {
        m_line.append(part);
        line = m_line;
    }
    return LineStatus::Complete;
}

ParseError BodyDecoder::onChunkSizeLine(QByteArrayView line)
{
    if (!line.endsWith('\r'))
        return ParseError::BadChunkTerminator;
    qint64 size = 0;
    if (const ParseError error = parseChunkSizeLine(line.chopped(1), size); error != ParseError::None)
        return error;
    if (size == 0) {
        m_state = State::Trailers;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return ParseError::None;
}

ParseError BodyDecoder::onTrailerLine(QByteArrayView line)
{
    m_trailerBytes += line.size() + 1;
    const bool crlf = line.endsWith('\r');
    const QByteArrayView content = crlf ? line.chopped(1) : line;
    if (content.isEmpty()) {
        if (!crlf)
            return ParseError::BadChunkTerminator;
        m_state = State::Done;
        return ParseError::None;
    }
    if (!crlf || content.contains('\r'))
        return ParseError::BadTrailer;
    QByteArrayView name;
    QByteArrayView value;
    return parseFieldLine(content, name, value) == ParseError::None ? ParseError::None
                                                                    : ParseError::BadTrailer;
}

bool BodyDecoder::finishAtEof()
{
    if (m_error != ParseError::None)
        return false;
    if (m_state == State::Done)
        return true;
    if (m_framing == Framing::UntilClose) {
        m_state = State::Done;
        return true;
    }
    return false;
}

} // namespace Veil::Http
