// libFuzzer target: response head scanning and parsing, then the response body, with the input
// split at fuzzer-chosen points. Input byte 0 is control: bits 0-1 the split pattern, bits 2-3
// the request method (GET, HEAD, CONNECT, POST), the rest the body split; then the stream.

#include "HttpFuzzCommon.h"

using namespace Veil::Http;

namespace {

QByteArray serialize(const ResponseHead &head)
{
    QByteArray out = "HTTP/1." + QByteArray::number(head.versionMinor) + ' ' +
                     QByteArray::number(head.status) + ' ' + head.reason + "\r\n";
    head.headers.serializeTo(out);
    out += "\r\n";
    return out;
}

void checkInvariants(const ResponseHead &head, QByteArrayView method)
{
    VeilFuzz::checkHeaders(head.headers);
    FUZZ_CHECK(head.versionMinor == 0 || head.versionMinor == 1);
    FUZZ_CHECK(head.status >= 100 && head.status <= 999);
    for (char c : head.reason)
        FUZZ_CHECK(c != '\r' && c != '\n' && c != '\0');

    const bool tunnel = head.status == 101 || (method == QByteArrayView("CONNECT") && head.status / 100 == 2);
    const bool bodiless =
        method == QByteArrayView("HEAD") || head.status < 200 || head.status == 204 || head.status == 304;
    if (tunnel)
        FUZZ_CHECK(head.framing == Framing::Tunnel);
    else if (bodiless)
        FUZZ_CHECK(head.framing == Framing::None);
    if (!tunnel) {
        FUZZ_CHECK(!(head.headers.contains("Content-Length") && head.headers.contains("Transfer-Encoding")));
    }
    if (head.framing == Framing::ContentLength)
        FUZZ_CHECK(head.headers.contains("Content-Length") && head.contentLength >= 0);
    else
        FUZZ_CHECK(head.contentLength == 0);
    if (head.framing == Framing::Chunked)
        FUZZ_CHECK(head.versionMinor == 1 && head.headers.contains("Transfer-Encoding"));
    if (head.framing == Framing::UntilClose || head.framing == Framing::Tunnel)
        FUZZ_CHECK(!head.keepAlive());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    static const QByteArrayView methods[] = {"GET", "HEAD", "CONNECT", "POST"};
    if (size == 0)
        return 0;
    const std::uint8_t control = data[0];
    const QByteArrayView method = methods[(control >> 2) & 3];
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Limits limits = VeilFuzz::fuzzLimits();

    ResponseHead raw;
    FUZZ_CHECK(parseErrorText(parseResponseHead(input, method, raw, limits)) != nullptr);

    const qsizetype headLength = VeilFuzz::scanHead(input, limits.maxHeadBytes, control);
    if (headLength <= 0)
        return 0;
    ResponseHead head;
    if (parseResponseHead(input.first(headLength), method, head, limits) != ParseError::None)
        return 0;
    checkInvariants(head, method);

    // Unfolded, CRLF-terminated re-serialisation must parse to the same message.
    const QByteArray wire = serialize(head);
    Limits roomy = limits;
    roomy.maxHeadBytes = 1 << 20;
    ResponseHead again;
    FUZZ_CHECK(parseResponseHead(wire, method, again, roomy) == ParseError::None);
    FUZZ_CHECK(again.status == head.status && again.reason == head.reason);
    FUZZ_CHECK(again.versionMinor == head.versionMinor && again.framing == head.framing);
    FUZZ_CHECK(again.contentLength == head.contentLength &&
               VeilFuzz::sameFields(again.headers, head.headers));

    VeilFuzz::checkBody(head.framing, head.contentLength, input.sliced(headLength), limits, control >> 4);
    return 0;
}
