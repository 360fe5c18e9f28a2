// libFuzzer target: request head scanning and parsing, then the request body, with the input
// split at fuzzer-chosen points. Input byte 0 is control (split pattern), the rest is the stream.

#include "HttpFuzzCommon.h"

using namespace Veil::Http;

namespace {

QByteArray serialize(const RequestHead &head)
{
    QByteArray out =
        head.method + ' ' + head.target + " HTTP/1." + QByteArray::number(head.versionMinor) + "\r\n";
    head.headers.serializeTo(out);
    out += "\r\n";
    return out;
}

void checkInvariants(const RequestHead &head)
{
    VeilFuzz::checkHeaders(head.headers);
    FUZZ_CHECK(head.versionMinor == 0 || head.versionMinor == 1);
    for (char c : head.host)
        FUZZ_CHECK(!(c >= 'A' && c <= 'Z') && c != '[' && c != ']' && c != '@' && c != '/');
    switch (head.form) {
    case TargetForm::Origin:
        FUZZ_CHECK(head.target.startsWith('/') && head.pathAndQuery == head.target && head.host.isEmpty());
        break;
    case TargetForm::Absolute:
        FUZZ_CHECK(head.scheme == QByteArrayView("http") && !head.host.isEmpty() && head.port != 0);
        FUZZ_CHECK(head.pathAndQuery.startsWith('/'));
        break;
    case TargetForm::Authority:
        FUZZ_CHECK(head.method == QByteArrayView("CONNECT") && !head.host.isEmpty() && head.port != 0);
        break;
    case TargetForm::Asterisk:
        FUZZ_CHECK(head.method == QByteArrayView("OPTIONS") && head.target == QByteArrayView("*"));
        break;
    }
    FUZZ_CHECK(!head.target.contains('#'));
    if (head.versionMinor == 1)
        FUZZ_CHECK(head.headers.count("Host") == 1);

    const qsizetype te = head.headers.count("Transfer-Encoding");
    const qsizetype cl = head.headers.count("Content-Length");
    switch (head.framing) {
    case Framing::None:
        FUZZ_CHECK(te == 0 && cl == 0 && head.contentLength == 0);
        break;
    case Framing::ContentLength:
        FUZZ_CHECK(te == 0 && cl > 0 && head.contentLength >= 0);
        break;
    case Framing::Chunked:
        FUZZ_CHECK(te == 1 && cl == 0 && head.versionMinor == 1);
        break;
    default:
        FUZZ_CHECK(!"requests are never UntilClose or Tunnel");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t control = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Limits limits = VeilFuzz::fuzzLimits();

    // Whatever the scanner would say, arbitrary bytes straight into the parser must be safe.
    RequestHead raw;
    FUZZ_CHECK(parseErrorText(parseRequestHead(input, raw, limits)) != nullptr);

    const qsizetype headLength = VeilFuzz::scanHead(input, limits.maxHeadBytes, control);
    if (headLength <= 0)
        return 0;
    RequestHead head;
    if (parseRequestHead(input.first(headLength), head, limits) != ParseError::None)
        return 0;
    checkInvariants(head);

    // What the proxy forwards must read exactly the same at the next hop.
    const QByteArray wire = serialize(head);
    Limits roomy = limits;
    roomy.maxHeadBytes = 1 << 20;
    RequestHead again;
    FUZZ_CHECK(parseRequestHead(wire, again, roomy) == ParseError::None);
    FUZZ_CHECK(again.method == head.method && again.target == head.target);
    FUZZ_CHECK(again.form == head.form && again.host == head.host && again.port == head.port);
    FUZZ_CHECK(again.pathAndQuery == head.pathAndQuery && again.framing == head.framing);
    FUZZ_CHECK(again.contentLength == head.contentLength &&
               VeilFuzz::sameFields(again.headers, head.headers));
    HeadScanner rescan(roomy.maxHeadBytes);
    FUZZ_CHECK(rescan.scan(wire) == wire.size());

    VeilFuzz::checkBody(head.framing, head.contentLength, input.sliced(headLength), limits, control >> 2);
    return 0;
}
