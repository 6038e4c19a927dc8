#include "models/transfer/RemoteResult.h"

namespace steward {

QString RemoteResult::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::Transient:
        return QStringLiteral("transient");
    case Kind::Offline:
        return QStringLiteral("offline");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Space:
        return QStringLiteral("space");
    case Kind::HostKey:
        return QStringLiteral("host-key");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Fatal:
        return QStringLiteral("fatal");
    }
    return QString();
}

} // namespace steward
