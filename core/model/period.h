#pragma once
// A period (a partnership's or a step's start and end dates) is coherent
// when it does not end before it starts. Either date may be missing: a
// period still being planned is not an error.

#include <QDate>

namespace alliance::period {

/// False only when both dates are valid and `end` is before `start`.
inline bool isValid(const QDate &start, const QDate &end)
{
    return !start.isValid() || !end.isValid() || end >= start;
}

} // namespace alliance::period
