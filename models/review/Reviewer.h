#pragma once

#include <QString>

#include "models/common/Setting.h"

namespace steward {

/** Who is deciding: the name the steward configured and the operating-system account. */
class Reviewer final
{
public:
    static inline const Setting<QString> kName{"Review/reviewerName", {}};

    /** The configured name, else the OS user's full name, else the login. */
    static QString name();
    /** The login of the OS user running Steward. */
    static QString osUser();
    /** "Jane Doe (jdoe)", or "jdoe" when no other name is known. */
    static QString actor();
};

} // namespace steward
