// The dataset browser's model and filter, without a view: rows, sorting values, filters,
// stable rows across refreshes, and Qt's model checks.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "models/catalog/DatasetTableModel.h"

using namespace steward;

class TestDatasetTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelChecksAndShowsValues();
    void sortsNumbersAsNumbers();
    void filtersByTextFormatAndStatus_data();
    void filtersByTextFormatAndStatus();
    void refreshWithSameRowsKeepsThem();

private:
    static QVector<DatasetRow> rows();
};

QVector<DatasetRow> TestDatasetTableModel::rows()
{
    DatasetRow a;
    a.id = 1;
    a.name = QStringLiteral("cohort.vcf.gz");
    a.folder = QStringLiteral("cohort");
    a.workspaceName = QStringLiteral("demo");
    a.format = QStringLiteral("vcf");
    a.compression = QStringLiteral("bgzf");
    a.size = 2048;
    a.samples = 12;
    a.records = 900;
    a.indexStatus = QStringLiteral("ok");
    a.status = QStringLiteral("ok");
    DatasetRow b = a;
    b.id = 2;
    b.name = QStringLiteral("MRN001.bam");
    b.folder = QStringLiteral("alignments");
    b.format = QStringLiteral("bam");
    b.records = 10000;
    b.samples = 1;
    b.status = QStringLiteral("warning");
    b.warnings = 1;
    DatasetRow c = a;
    c.id = 3;
    c.name = QStringLiteral("truncated.bam");
    c.folder = QStringLiteral("problems");
    c.format = QStringLiteral("bam");
    c.records = 80;
    c.status = QStringLiteral("error");
    c.errors = 2;
    return {a, b, c};
}

void TestDatasetTableModel::passesModelChecksAndShowsValues()
{
    DatasetTableModel model;
    DatasetProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(DatasetTableModel::ColumnCount));
    QCOMPARE(model.index(0, DatasetTableModel::Format).data().toString(),
             QStringLiteral("VCF (bgzf)"));
    QCOMPARE(model.index(1, DatasetTableModel::Format).data().toString(), QStringLiteral("BAM"));
    QCOMPARE(model.index(0, DatasetTableModel::Index).data().toString(), QStringLiteral("indexed"));
    QCOMPARE(model.index(2, DatasetTableModel::Problems).data().toString(),
             QStringLiteral("2 error(s)"));
    QCOMPARE(model.index(0, DatasetTableModel::Consent).data().toString(),
             QStringLiteral("not reviewed"));
    QCOMPARE(model.indexOf(2).row(), 1);
    QCOMPARE(model.recordAt(model.index(2, 0))->name, QStringLiteral("truncated.bam"));
    QCOMPARE(
        model.headerData(DatasetTableModel::Records, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Records/reads"));
}

void TestDatasetTableModel::sortsNumbersAsNumbers()
{
    DatasetTableModel model;
    DatasetProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setRows(rows());
    proxy.sort(DatasetTableModel::Records, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("MRN001.bam"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("truncated.bam"));
    proxy.sort(DatasetTableModel::Problems, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("truncated.bam"));
}

void TestDatasetTableModel::filtersByTextFormatAndStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("formats");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << QString() << QStringList() << QStringList()
                                << QStringList{QStringLiteral("cohort.vcf.gz"),
                                               QStringLiteral("MRN001.bam"),
                                               QStringLiteral("truncated.bam")};
    QTest::newRow("text in name, any case")
        << QStringLiteral("COHORT") << QStringList() << QStringList()
        << QStringList{QStringLiteral("cohort.vcf.gz")};
    QTest::newRow("text in folder") << QStringLiteral("problems") << QStringList() << QStringList()
                                    << QStringList{QStringLiteral("truncated.bam")};
    QTest::newRow("every word must match")
        << QStringLiteral("bam mrn") << QStringList() << QStringList()
        << QStringList{QStringLiteral("MRN001.bam")};
    QTest::newRow("format") << QString() << QStringList{QStringLiteral("bam")} << QStringList()
                            << QStringList{QStringLiteral("MRN001.bam"),
                                           QStringLiteral("truncated.bam")};
    QTest::newRow("with problems")
        << QString() << QStringList()
        << QStringList{QStringLiteral("warning"), QStringLiteral("error")}
        << QStringList{QStringLiteral("MRN001.bam"), QStringLiteral("truncated.bam")};
    QTest::newRow("nothing") << QStringLiteral("nosuchthing") << QStringList() << QStringList()
                             << QStringList();
}

void TestDatasetTableModel::filtersByTextFormatAndStatus()
{
    QFETCH(QString, text);
    QFETCH(QStringList, formats);
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, expected);
    DatasetTableModel model;
    DatasetProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setRows(rows());
    DatasetFilter filter;
    filter.setText(text);
    filter.setFormats(QSet<QString>(formats.cbegin(), formats.cend()));
    filter.setStatuses(QSet<QString>(statuses.cbegin(), statuses.cend()));
    proxy.setFilter(filter);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data().toString();
    QCOMPARE(shown, expected);
}

void TestDatasetTableModel::refreshWithSameRowsKeepsThem()
{
    DatasetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    auto updated = rows();
    updated[0].records = 901;
    model.setRows(updated);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(
        model.index(0, DatasetTableModel::Records).data(DatasetTableModel::SortRole).toLongLong(),
        qint64(901));

    // A scan finds a new dataset and one disappears: rows move in and out, no reset.
    const QPersistentModelIndex kept = model.indexOf(3);
    DatasetRow fresh = updated[1];
    fresh.id = 4;
    fresh.name = QStringLiteral("new.vcf.gz");
    updated.remove(1);
    updated.prepend(fresh);
    model.setRows(updated);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), QStringLiteral("truncated.bam"));
    QVERIFY(!model.indexOf(2).isValid());
    QCOMPARE(model.indexOf(4).data().toString(), QStringLiteral("new.vcf.gz"));
}

QTEST_GUILESS_MAIN(TestDatasetTableModel)
#include "test_DatasetTableModel.moc"
