// tunnel_load: the HTTP/1.1 response parser (see tunnel_load.cpp).
#pragma once

#include "tunnel_load_common.h"

namespace tunnel_load {

// ---------------------------------------------------------------------------------------------
// Response parser: status line + headers, then a Content-Length, chunked or close-delimited body.

class ResponseParser
{
public:
    enum class Result
    {
        NeedMore,
        Complete,
        Error
    };

    void reset()
    {
        m_head.clear();
        m_state = State::Head;
        m_remaining = 0;
        m_line.clear();
        m_status = 0;
        m_bodyBytes = 0;
        m_closeDelimited = false;
        m_connectionClose = false;
    }

    // Consumes data; sets *used to the bytes taken. Complete means one full response was read.
    Result feed(const char *data, size_t len, size_t *used)
    {
        size_t pos = 0;
        while (pos < len) {
            switch (m_state) {
            case State::Head: {
                const size_t before = m_head.size();
                m_head.append(data + pos, len - pos);
                const auto end = m_head.find("\r\n\r\n");
                if (end == std::string::npos) {
                    if (m_head.size() > 64 * 1024) {
                        return Result::Error;
                    }
                    pos = len;
                    break;
                }
                pos += end + 4 - before;
                m_head.resize(end + 4);
                if (!parseHead()) {
                    return Result::Error;
                }
                if (m_state == State::Done) {
                    *used = pos;
                    return Result::Complete;
                }
                break;
            }
            case State::Body: {
                const size_t take = std::min<uint64_t>(m_remaining, len - pos);
                m_remaining -= take;
                m_bodyBytes += take;
                pos += take;
                if (m_remaining == 0) {
                    m_state = State::Done;
                    *used = pos;
                    return Result::Complete;
                }
                break;
            }
            case State::CloseBody:
                m_bodyBytes += len - pos;
                pos = len;
                break;
            case State::ChunkSize:
            case State::ChunkTrailer: {
                const char *nl = static_cast<const char *>(std::memchr(data + pos, '\n', len - pos));
                if (!nl) {
                    m_line.append(data + pos, len - pos);
                    if (m_line.size() > 4096) {
                        return Result::Error;
                    }
                    pos = len;
                    break;
                }
                m_line.append(data + pos, nl - (data + pos));
                pos = nl - data + 1;
                if (!m_line.empty() && m_line.back() == '\r') {
                    m_line.pop_back();
                }
                if (m_state == State::ChunkTrailer) {
                    if (m_line.empty()) {
                        m_state = State::Done;
                        *used = pos;
                        return Result::Complete;
                    }
                } else {
                    char *endp = nullptr;
                    const unsigned long long size = std::strtoull(m_line.c_str(), &endp, 16);
                    if (endp == m_line.c_str()) {
                        return Result::Error;
                    }
                    m_remaining = size;
                    m_state = size == 0 ? State::ChunkTrailer : State::ChunkData;
                }
                m_line.clear();
                break;
            }
            case State::ChunkData: {
                const size_t take = std::min<uint64_t>(m_remaining, len - pos);
                m_remaining -= take;
                m_bodyBytes += take;
                pos += take;
                if (m_remaining == 0) {
                    m_state = State::ChunkCrlf;
                    m_remaining = 2;
                }
                break;
            }
            case State::ChunkCrlf: {
                const size_t take = std::min<uint64_t>(m_remaining, len - pos);
                m_remaining -= take;
                pos += take;
                if (m_remaining == 0) {
                    m_state = State::ChunkSize;
                }
                break;
            }
            case State::Done:
                *used = pos;
                return Result::Complete;
            }
        }
        *used = pos;
        return Result::NeedMore;
    }

    // Called at EOF: a close-delimited body ends here.
    bool finishAtEof()
    {
        if (m_state == State::CloseBody) {
            m_state = State::Done;
            return true;
        }
        return false;
    }

    bool inHead() const { return m_state == State::Head && m_head.empty(); }
    int status() const { return m_status; }
    uint64_t bodyBytes() const { return m_bodyBytes; }
    bool connectionClose() const { return m_connectionClose || m_closeDelimited; }

private:
    enum class State
    {
        Head,
        Body,
        CloseBody,
        ChunkSize,
        ChunkData,
        ChunkCrlf,
        ChunkTrailer,
        Done
    };

    static bool ieq(std::string_view a, std::string_view b)
    {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) ==
                          std::tolower(static_cast<unsigned char>(y));
               });
    }

    bool parseHead()
    {
        std::string_view head(m_head);
        if (head.size() < 12 || head.substr(0, 5) != "HTTP/") {
            return false;
        }
        m_status = std::atoi(std::string(head.substr(9, 3)).c_str());
        if (m_status < 100 || m_status > 599) {
            return false;
        }
        bool haveLength = false;
        bool chunked = false;
        uint64_t length = 0;
        size_t lineStart = head.find("\r\n") + 2;
        while (lineStart < head.size()) {
            const size_t lineEnd = head.find("\r\n", lineStart);
            if (lineEnd == std::string_view::npos || lineEnd == lineStart) {
                break;
            }
            const std::string_view line = head.substr(lineStart, lineEnd - lineStart);
            const size_t colon = line.find(':');
            if (colon != std::string_view::npos) {
                const std::string_view name = line.substr(0, colon);
                std::string_view value = line.substr(colon + 1);
                while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) {
                    value.remove_prefix(1);
                }
                if (ieq(name, "content-length")) {
                    haveLength = true;
                    length = std::strtoull(std::string(value).c_str(), nullptr, 10);
                } else if (ieq(name, "transfer-encoding")) {
                    chunked = std::string(value).find("chunked") != std::string::npos;
                } else if (ieq(name, "connection")) {
                    m_connectionClose = ieq(value, "close");
                }
            }
            lineStart = lineEnd + 2;
        }
        if (m_status == 204 || m_status == 304 || (m_status >= 100 && m_status < 200)) {
            m_state = State::Done;
        } else if (chunked) {
            m_state = State::ChunkSize;
        } else if (haveLength) {
            m_remaining = length;
            m_state = length == 0 ? State::Done : State::Body;
        } else {
            m_closeDelimited = true;
            m_state = State::CloseBody;
        }
        return true;
    }

    std::string m_head;
    std::string m_line;
    State m_state = State::Head;
    uint64_t m_remaining = 0;
    uint64_t m_bodyBytes = 0;
    int m_status = 0;
    bool m_closeDelimited = false;
    bool m_connectionClose = false;
};

} // namespace tunnel_load
