#include "cache/Clock.h"

#include <QDateTime>

namespace Veil::Cache {

namespace {

class SystemClock final : public Clock
{
public:
    qint64 now() const override { return QDateTime::currentSecsSinceEpoch(); }
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace Veil::Cache
