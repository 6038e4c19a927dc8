#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "models/crypt4gh/Crypt4ghKeyStore.h"

namespace steward {

class Catalog;

/**
 * The Crypt4GH address book as a table for the key manager: one row per recipient, sorted by
 * name. Adding and removing go through the store (audited) and update the rows in place. The
 * rows are a small catalog read, done on the calling thread.
 */
class RecipientKeyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientKeyModel)

public:
    enum Column
    {
        Name,
        Fingerprint,
        Added,
        Comment,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole,
        PublicKeyRole, // QByteArray, 32 raw bytes
        FingerprintRole
    };

    explicit RecipientKeyModel(const Catalog& catalog, QObject* parent = nullptr);

    /** Re-reads the address book. */
    void reload();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Crypt4ghRecipient* recordAt(const QModelIndex& index) const;
    /** Row of a recipient, -1 when absent. */
    int indexOf(qint64 id) const;

    /** Adds a recipient (key text as in a .pub file); false with the store's message. */
    bool addRecipient(const QString& name, const QByteArray& publicKeyText, const QString& comment,
                      QString* error);
    bool removeRecipient(qint64 id, QString* error);

private:
    QVariant displayValue(const Crypt4ghRecipient& r, int column) const;
    QVariant sortValue(const Crypt4ghRecipient& r, int column) const;

    const Catalog& m_catalog;
    QVector<Crypt4ghRecipient> m_rows;
};

} // namespace steward
