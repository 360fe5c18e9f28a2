#pragma once

#include <QtGlobal>

namespace Veil::Test {

/** A TCP port on 127.0.0.1 that was free a moment ago. */
quint16 freePort();

} // namespace Veil::Test
