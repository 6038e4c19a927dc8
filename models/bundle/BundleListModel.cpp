#include "models/bundle/BundleListModel.h"

#include <QLocale>

#include "models/bundle/BundleStore.h"

namespace steward {
namespace {

bool sameRow(const BundleRecord& a, const BundleRecord& b)
{
    return a.id == b.id && a.state == b.state && a.repositoryName == b.repositoryName &&
           a.datasets == b.datasets && a.identifier == b.identifier && a.path == b.path &&
           a.payloadOxum == b.payloadOxum && a.sealedAt == b.sealedAt &&
           a.description == b.description && a.recipients.size() == b.recipients.size();
}

} // namespace

BundleListModel::BundleListModel(const Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
    reload();
}

void BundleListModel::reload()
{
    setRecords(BundleStore(m_catalog).bundles());
}

void BundleListModel::setRecords(const QVector<BundleRecord>& records)
{
    bool sameIds = records.size() == m_rows.size();
    for (int i = 0; sameIds && i < records.size(); ++i)
        sameIds = records[i].id == m_rows[i].id;
    if (!sameIds) {
        beginResetModel();
        m_rows = records;
        endResetModel();
        return;
    }
    // Same bundles in the same order: only the rows that changed are signalled.
    for (int i = 0; i < records.size(); ++i) {
        if (sameRow(records[i], m_rows[i]))
            continue;
        m_rows[i] = records[i];
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

int BundleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BundleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BundleListModel::data(const QModelIndex& index, int role) const
{
    const BundleRecord* b = recordAt(index);
    if (!b)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*b, index.column());
    case Qt::ToolTipRole:
        return toolTip(*b, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Datasets || index.column() == Size
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case SortRole:
        return sortValue(*b, index.column());
    case IdRole:
        return b->id;
    case StateRole:
        return int(b->state);
    case IdentifierRole:
        return b->identifier;
    case PathRole:
        return b->path;
    default:
        return QVariant();
    }
}

QVariant BundleListModel::displayValue(const BundleRecord& b, int column) const
{
    switch (column) {
    case Name:
        return b.displayName();
    case Destination:
        return b.repositoryName;
    case State:
        return b.recipients.isEmpty() || b.state == BundleState::Draft
                   ? BundleRecord::stateLabel(b.state)
                   : tr("%1, encrypted").arg(BundleRecord::stateLabel(b.state));
    case Datasets:
        return QLocale().toString(b.datasets.size());
    case Size: {
        qint64 bytes = 0;
        qint64 files = 0;
        if (!parseOxum(b.payloadOxum, &bytes, &files))
            return QString();
        return tr("%1 in %n file(s)", nullptr, int(files)).arg(QLocale().formattedDataSize(bytes));
    }
    case Identifier:
        return b.identifier.left(12);
    case Sealed:
        return b.sealedAt.isValid()
                   ? QLocale().toString(b.sealedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return QVariant();
    }
}

QVariant BundleListModel::sortValue(const BundleRecord& b, int column) const
{
    switch (column) {
    case Name:
        // Versions in numeric order after the name.
        return QStringLiteral("%1 %2")
            .arg(b.name.toLower())
            .arg(b.version, 6, 10, QLatin1Char('0'));
    case Destination:
        return b.repositoryName.toLower();
    case State:
        return int(b.state);
    case Datasets:
        return qint64(b.datasets.size());
    case Size: {
        qint64 bytes = -1;
        qint64 files = 0;
        parseOxum(b.payloadOxum, &bytes, &files);
        return bytes;
    }
    case Identifier:
        return b.identifier;
    case Sealed:
        return b.sealedAt.isValid() ? b.sealedAt : b.createdAt;
    default:
        return QVariant();
    }
}

QVariant BundleListModel::toolTip(const BundleRecord& b, int column) const
{
    switch (column) {
    case Name:
        return b.description.isEmpty()
                   ? b.displayName()
                   : QStringLiteral("%1\n%2").arg(b.displayName(), b.description);
    case State:
        if (b.recipients.isEmpty())
            return b.state == BundleState::Draft ? tr("Not sealed yet: it can still change.")
                                                 : tr("Files are not encrypted.");
        return tr("Encrypted with Crypt4GH for %n recipient(s).", nullptr,
                  int(b.recipients.size()));
    case Datasets:
        return b.datasets.join(QLatin1Char('\n'));
    case Size:
        return b.payloadOxum.isEmpty() ? QString() : tr("Payload-Oxum %1").arg(b.payloadOxum);
    case Identifier:
        return b.identifier.isEmpty()
                   ? QString()
                   : tr("SHA-256 of tagmanifest-sha256.txt:\n%1").arg(b.identifier);
    default:
        return displayValue(b, column);
    }
}

QVariant BundleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Bundle");
    case Destination:
        return tr("Destination");
    case State:
        return tr("State");
    case Datasets:
        return tr("Datasets");
    case Size:
        return tr("Payload");
    case Identifier:
        return tr("Identifier");
    case Sealed:
        return tr("Sealed");
    default:
        return QVariant();
    }
}

const BundleRecord* BundleListModel::recordAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0 ||
        index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()];
}

int BundleListModel::indexOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

bool BundleListModel::parseOxum(const QString& oxum, qint64* bytes, qint64* files)
{
    const int dot = oxum.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return false;
    bool okBytes = false;
    bool okFiles = false;
    const qint64 b = oxum.left(dot).toLongLong(&okBytes);
    const qint64 f = oxum.mid(dot + 1).toLongLong(&okFiles);
    if (!okBytes || !okFiles)
        return false;
    *bytes = b;
    *files = f;
    return true;
}

} // namespace steward
