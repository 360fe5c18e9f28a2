#pragma once

// Helpers shared by the libFuzzer targets: a split pattern derived from the input and a check
// that aborts with a message (libFuzzer then saves the crashing input).

#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);                    \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace VeilFuzz {

/**
 * Piece sizes for feeding a buffer in parts. The mode comes from a byte of the input so the
 * fuzzer explores split points as well as contents: one byte at a time, small, large, or whole.
 */
class Splitter
{
public:
    explicit Splitter(std::uint8_t control)
        : m_mode(control & 3)
        , m_state(0x9e3779b9u ^ control)
    {}

    qsizetype next(qsizetype remaining)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        qsizetype n = remaining;
        switch (m_mode) {
        case 0:
            n = 1;
            break;
        case 1:
            n = 1 + qsizetype(m_state % 16);
            break;
        case 2:
            n = 1 + qsizetype(m_state % 512);
            break;
        default:
            break;
        }
        return qMin(n, remaining);
    }

private:
    unsigned m_mode;
    std::uint32_t m_state;
};

} // namespace VeilFuzz
