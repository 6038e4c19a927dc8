#include "models/consent/SampleConsentModel.h"

namespace steward {
namespace {

/** The reason that decided the sample: the first (worst) one. */
QString decidingReason(const SampleMatch& s)
{
    if (s.excluded)
        return s.exclusionReason;
    for (const MatchReason& r : s.result.reasons) {
        if (r.decision == s.result.decision)
            return r.sentence;
    }
    return s.result.reasons.isEmpty() ? QString() : s.result.reasons.first().sentence;
}

} // namespace

SampleConsentModel::SampleConsentModel(QObject* parent) : QAbstractTableModel(parent) {}

void SampleConsentModel::setMatch(const DatasetMatch& match)
{
    beginResetModel();
    m_match = match;
    endResetModel();
}

int SampleConsentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_match.samples.size());
}

int SampleConsentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleConsentModel::displayValue(const SampleMatch& s, int column) const
{
    const std::optional<ConsentRecord>& record = s.consent.record;
    switch (column) {
    case Sample:
        return s.sampleId.isEmpty() ? tr("(whole dataset)") : s.sampleId;
    case Consent:
        return record ? record->consent : tr("none recorded");
    case Given:
        return record && record->consentDate.isValid() ? record->consentDate.toString(Qt::ISODate)
                                                       : QString();
    case Status:
        if (s.excluded)
            return tr("Excluded");
        if (!record)
            return tr("No consent");
        if (s.consent.via == ConsentStore::Resolution::Via::OtherDataset)
            return tr("Included (consent recorded for %1)").arg(record->dataset);
        return tr("Included");
    case Decision:
        return s.excluded ? tr("Excluded") : MatchResult::decisionLabel(s.result.decision);
    case Reason:
        return decidingReason(s);
    case Source:
        return record ? record->source : QString();
    default:
        return QVariant();
    }
}

QVariant SampleConsentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_match.samples.size())
        return QVariant();
    const SampleMatch& s = m_match.samples[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, index.column());
    case Qt::ToolTipRole: {
        if (index.column() != Reason && index.column() != Decision)
            return displayValue(s, index.column());
        QStringList lines;
        for (const MatchReason& r : s.result.reasons)
            lines << QStringLiteral("%1 — %2").arg(MatchResult::decisionLabel(r.decision),
                                                   r.sentence);
        return s.excluded ? s.exclusionReason : lines.join(QLatin1Char('\n'));
    }
    case SortRole:
        if (index.column() == Decision)
            return s.excluded ? -1 : int(s.result.decision);
        return displayValue(s, index.column());
    case IdRole:
        return s.consent.record ? s.consent.record->id : 0;
    case SampleRole:
        return s.sampleId;
    case DecisionRole:
        return s.excluded ? QStringLiteral("EXCLUDED")
                          : MatchResult::decisionName(s.result.decision);
    default:
        return QVariant();
    }
}

QVariant SampleConsentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Sample:
        return tr("Sample");
    case Consent:
        return tr("Consent (DUO)");
    case Given:
        return tr("Given");
    case Status:
        return tr("Status");
    case Decision:
        return tr("Match");
    case Reason:
        return tr("Why");
    case Source:
        return tr("Source");
    default:
        return QVariant();
    }
}

const SampleMatch* SampleConsentModel::recordAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_match.samples.size() ? &m_match.samples[index.row()]
                                                                   : nullptr;
}

int SampleConsentModel::indexOf(const QString& sampleId) const
{
    for (int i = 0; i < m_match.samples.size(); ++i) {
        if (m_match.samples[i].sampleId == sampleId)
            return i;
    }
    return -1;
}

} // namespace steward
