#include "models/crypt4gh/RecipientKeyModel.h"

#include <algorithm>

#include <QLocale>

#include "models/crypt4gh/Crypt4ghKeyFile.h"

namespace steward {

RecipientKeyModel::RecipientKeyModel(const Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
    reload();
}

void RecipientKeyModel::reload()
{
    beginResetModel();
    m_rows = Crypt4ghKeyStore(m_catalog).recipients();
    endResetModel();
}

int RecipientKeyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecipientKeyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientKeyModel::data(const QModelIndex& index, int role) const
{
    const Crypt4ghRecipient* r = recordAt(index);
    if (!r)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*r, index.column());
    case Qt::ToolTipRole:
        return tr("%1\nPublic key: %2")
            .arg(r->fingerprint, QString::fromLatin1(r->publicKey.toBase64()));
    case SortRole:
        return sortValue(*r, index.column());
    case IdRole:
        return r->id;
    case PublicKeyRole:
        return r->publicKey;
    case FingerprintRole:
        return r->fingerprint;
    default:
        return QVariant();
    }
}

QVariant RecipientKeyModel::displayValue(const Crypt4ghRecipient& r, int column) const
{
    switch (column) {
    case Name:
        return r.name;
    case Fingerprint:
        return r.fingerprint;
    case Added:
        return QLocale().toString(r.addedAt.toLocalTime(), QLocale::ShortFormat);
    case Comment:
        return r.comment;
    default:
        return QVariant();
    }
}

QVariant RecipientKeyModel::sortValue(const Crypt4ghRecipient& r, int column) const
{
    switch (column) {
    case Name:
        return r.name.toLower();
    case Added:
        return r.addedAt;
    default:
        return displayValue(r, column);
    }
}

QVariant RecipientKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Name");
    case Fingerprint:
        return tr("Fingerprint");
    case Added:
        return tr("Added");
    case Comment:
        return tr("Comment");
    default:
        return QVariant();
    }
}

const Crypt4ghRecipient* RecipientKeyModel::recordAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0 ||
        index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

int RecipientKeyModel::indexOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

bool RecipientKeyModel::addRecipient(const QString& name, const QByteArray& publicKeyText,
                                     const QString& comment, QString* error)
{
    Crypt4ghRecipient r;
    r.name = name;
    r.comment = comment;
    if (!Crypt4ghKeyFile::parsePublicKey(publicKeyText, tr("The key of %1").arg(name), &r.publicKey,
                                         error))
        return false;
    if (!Crypt4ghKeyStore(m_catalog).addRecipient(r, error))
        return false;
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), r,
                                     [](const Crypt4ghRecipient& a, const Crypt4ghRecipient& b) {
                                         return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                                     });
    const int row = int(at - m_rows.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, r);
    endInsertRows();
    return true;
}

bool RecipientKeyModel::removeRecipient(qint64 id, QString* error)
{
    if (!Crypt4ghKeyStore(m_catalog).removeRecipient(id, error))
        return false;
    const int row = indexOf(id);
    if (row >= 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    return true;
}

} // namespace steward
