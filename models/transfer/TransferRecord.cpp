#include "models/transfer/TransferRecord.h"

namespace steward {

QString TransferRecord::stateName(TransferState state)
{
    switch (state) {
    case TransferState::Queued:
        return QStringLiteral("queued");
    case TransferState::Running:
        return QStringLiteral("running");
    case TransferState::Paused:
        return QStringLiteral("paused");
    case TransferState::Waiting:
        return QStringLiteral("waiting");
    case TransferState::Verifying:
        return QStringLiteral("verifying");
    case TransferState::Delivered:
        return QStringLiteral("delivered");
    case TransferState::Failed:
        return QStringLiteral("failed");
    case TransferState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool TransferRecord::stateFromName(const QString& name, TransferState* state)
{
    for (TransferState s :
         {TransferState::Queued, TransferState::Running, TransferState::Paused,
          TransferState::Waiting, TransferState::Verifying, TransferState::Delivered,
          TransferState::Failed, TransferState::Cancelled}) {
        if (stateName(s) == name) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString TransferRecord::stateLabel(TransferState state)
{
    switch (state) {
    case TransferState::Queued:
        return tr("Queued");
    case TransferState::Running:
        return tr("Sending");
    case TransferState::Paused:
        return tr("Paused");
    case TransferState::Waiting:
        return tr("Waiting for the network");
    case TransferState::Verifying:
        return tr("Verifying");
    case TransferState::Delivered:
        return tr("Delivered");
    case TransferState::Failed:
        return tr("Failed");
    case TransferState::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

} // namespace steward
