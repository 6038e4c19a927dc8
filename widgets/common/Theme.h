#pragma once

#include <QString>

namespace steward {

/** Applies the light, dark or system look to the whole application. */
class Theme final
{
public:
    /** name: "system", "light" or "dark". */
    static void apply(const QString& name);
};

} // namespace steward
