#include "models/bundle/BundleRecord.h"

namespace steward {

QString BundleRecord::displayName() const
{
    return version > 1 ? tr("%1 v%2").arg(name).arg(version) : name;
}

QString BundleRecord::stateName(BundleState state)
{
    switch (state) {
    case BundleState::Draft:
        return QStringLiteral("draft");
    case BundleState::Sealed:
        return QStringLiteral("sealed");
    case BundleState::Queued:
        return QStringLiteral("queued");
    case BundleState::Delivered:
        return QStringLiteral("delivered");
    case BundleState::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

bool BundleRecord::stateFromName(const QString& name, BundleState* state)
{
    for (BundleState s : {BundleState::Draft, BundleState::Sealed, BundleState::Queued,
                          BundleState::Delivered, BundleState::Failed})
        if (stateName(s) == name) {
            *state = s;
            return true;
        }
    return false;
}

QString BundleRecord::stateLabel(BundleState state)
{
    switch (state) {
    case BundleState::Draft:
        return tr("Draft");
    case BundleState::Sealed:
        return tr("Sealed");
    case BundleState::Queued:
        return tr("Queued");
    case BundleState::Delivered:
        return tr("Delivered");
    case BundleState::Failed:
        return tr("Failed");
    }
    return QString();
}

} // namespace steward
