#pragma once

// Checks shared by the HTTP request and response fuzz targets.

#include "FuzzSupport.h"

#include "http/HttpParser.h"

namespace VeilFuzz {

/** Small limits so the fuzzer reaches every limit branch with short inputs. */
inline Veil::Http::Limits fuzzLimits()
{
    Veil::Http::Limits limits;
    limits.maxHeadBytes = 4096;
    limits.maxHeaderCount = 24;
    limits.maxTrailerBytes = 512;
    limits.maxChunkLineBytes = 128;
    return limits;
}

/** Scans @p input whole and in pieces; both must find the same end. */
inline qsizetype scanHead(QByteArrayView input, qsizetype maxHeadBytes, std::uint8_t control)
{
    Veil::Http::HeadScanner whole(maxHeadBytes);
    const qsizetype expected = whole.scan(input);
    FUZZ_CHECK(expected >= -1 && expected <= input.size() && expected <= maxHeadBytes);
    FUZZ_CHECK(whole.scan(input) == expected); // repeated calls are stable

    Veil::Http::HeadScanner scanner(maxHeadBytes);
    Splitter split(control);
    qsizetype seen = 0;
    qsizetype result = 0;
    while (seen < input.size() && result == 0) {
        seen += split.next(input.size() - seen);
        result = scanner.scan(input.first(seen));
    }
    FUZZ_CHECK(result == expected);
    if (expected > 0) {
        const QByteArrayView head = input.first(expected);
        FUZZ_CHECK(head.endsWith('\n'));
    }
    return expected;
}

/** Every field the parsers hand out must be safe to re-serialise as "name: value\r\n". */
inline void checkHeaders(const Veil::Http::Headers &headers)
{
    for (const Veil::Http::HeaderField &field : headers.fields()) {
        FUZZ_CHECK(!field.name.isEmpty());
        for (char c : field.name)
            FUZZ_CHECK(c > 0x20 && c < 0x7f && c != ':');
        for (char c : field.value)
            FUZZ_CHECK(c != '\r' && c != '\n' && c != '\0');
        if (!field.value.isEmpty()) {
            FUZZ_CHECK(field.value.front() != ' ' && field.value.front() != '\t');
            FUZZ_CHECK(field.value.back() != ' ' && field.value.back() != '\t');
        }
    }
}

inline bool sameFields(const Veil::Http::Headers &a, const Veil::Http::Headers &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.fields().at(i).name != b.fields().at(i).name ||
            a.fields().at(i).value != b.fields().at(i).value)
            return false;
    }
    return true;
}

struct BodyResult
{
    qsizetype consumed = 0;
    bool done = false;
    Veil::Http::ParseError error = Veil::Http::ParseError::None;
    qint64 payload = 0;
    bool eofValid = false;

    bool operator==(const BodyResult &) const = default;
};

inline BodyResult decodeBody(Veil::Http::Framing framing, qint64 length, QByteArrayView body,
                             const Veil::Http::Limits &limits, std::uint8_t control)
{
    Veil::Http::BodyDecoder decoder(framing, length, limits);
    Splitter split(control);
    BodyResult result;
    qsizetype pos = 0;
    do {
        const qsizetype n = split.next(body.size() - pos);
        const Veil::Http::BodyDecoder::Step step = decoder.feed(body.sliced(pos, n));
        FUZZ_CHECK(step.consumed >= 0 && step.consumed <= n);
        // The decoder may stop short only at the end of the body or on an error.
        FUZZ_CHECK(step.consumed == n || step.done || step.error != Veil::Http::ParseError::None);
        FUZZ_CHECK(!(step.done && step.error != Veil::Http::ParseError::None));
        pos += step.consumed;
        result.error = step.error;
        result.done = step.done;
        if (step.done || step.error != Veil::Http::ParseError::None)
            break;
    } while (pos < body.size());
    result.consumed = pos;
    result.payload = decoder.payloadBytes();
    FUZZ_CHECK(result.payload >= 0 && result.payload <= result.consumed);
    FUZZ_CHECK(decoder.isDone() == result.done);
    result.eofValid = decoder.finishAtEof();
    return result;
}

/** Decodes @p body whole, one byte at a time and in fuzzer-chosen pieces: all must agree. */
inline void checkBody(Veil::Http::Framing framing, qint64 length, QByteArrayView body,
                      const Veil::Http::Limits &limits, std::uint8_t control)
{
    const BodyResult whole = decodeBody(framing, length, body, limits, 3);
    FUZZ_CHECK(decodeBody(framing, length, body, limits, control) == whole);
    if (body.size() <= 2048)
        FUZZ_CHECK(decodeBody(framing, length, body, limits, 0) == whole);
    if (framing == Veil::Http::Framing::ContentLength && whole.error == Veil::Http::ParseError::None)
        FUZZ_CHECK(whole.consumed == qMin<qint64>(length, body.size()));
    if (framing == Veil::Http::Framing::UntilClose)
        FUZZ_CHECK(whole.consumed == body.size() && whole.eofValid);
}

} // namespace VeilFuzz
