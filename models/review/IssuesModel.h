#pragma once

#include <QAbstractTableModel>
#include <QVector>

namespace steward {

class Catalog;

/** One problem a steward must see: a file's scan problem or a consent gap of a dataset. */
struct IssueRow
{
    qint64 id = 0;
    qint64 fileId = 0;
    qint64 datasetId = 0;
    QString severity; // error | warning | info
    QString code;
    QString path;
    QString relPath;
    QString location;
    QString message;

    /** Every problem in the catalog, errors first. */
    static QVector<IssueRow> loadAll(const Catalog& catalog);
    /** What the newest de-identification run of each dataset left unresolved ("deid.<class>",
     * path = the dataset's primary file), and failed runs ("deid.failed"). */
    static QVector<IssueRow> deidRows(const Catalog& catalog);
};

/** The Issues dock's rows. */
class IssuesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuesModel)

public:
    enum Column
    {
        Severity,
        File,
        Location,
        Message,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole,
        DatasetIdRole,
        SeverityRole,
        PathRole,
        CodeRole,    // problem code; consent.* and deid.* issues jump to the Review area
        LocationRole // record, line, or the sample of a consent issue
    };

    explicit IssuesModel(QObject* parent = nullptr);
    void setRows(QVector<IssueRow> rows);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const IssueRow* recordAt(const QModelIndex& index) const;
    int count(const QString& severity) const;

private:
    QVariant displayValue(const IssueRow& row, int column) const;
    QVector<IssueRow> m_rows;
};

} // namespace steward
