// The variant browser as a clinician uses it, on the demo cohort (12 samples, VEP CSQ and
// ClinVar fields): open it from the datasets, filter with an expression (the matches equal
// bcftools view -i), see a clear error for a bad expression, switch to patient view (the
// rows equal bcftools' records where that sample carries an ALT), narrow to rare
// pathogenic variants in a gene list, export, and compare the exported file with the table.

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "models/common/JobManager.h"
#include "models/formats/DemoWorkspace.h"
#include "models/variants/VariantTableModel.h"
#include "tests/common/TestData.h"
#include "widgets/variants/VariantBrowser.h"
#include "widgets/variants/VariantDetailPane.h"

using namespace steward;
using namespace steward::test;

class TestVariantBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensAndShowsEveryRecord();
    void expressionMatchesBcftools();
    void selectingARowShowsItsDetails();
    void badExpressionShowsWhereItIsWrong();
    void patientViewShowsTheSampleCarriers();
    void quickFiltersNarrowToRarePathogenicInGenes();
    void exportWritesWhatIsShown();
    void unseekableFileGetsAnIndexedCopyInTheCache();

private:
    QStringList bcftoolsSites(const QStringList& args) const;
    QStringList tableSites() const;
    void waitForFilter();

    QTemporaryDir m_dir;
    QString m_vcf;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<VariantBrowser> m_browser;
};

void TestVariantBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the cache folder is a test one
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QString error;
    QVERIFY2(DemoWorkspace::generate(m_dir.filePath(QStringLiteral("demo")), &error),
             qPrintable(error));
    m_vcf = m_dir.filePath(QStringLiteral("demo/cohort/cohort.vcf.gz"));
    m_jobs = std::make_unique<JobManager>();
    m_browser = std::make_unique<VariantBrowser>(*m_jobs, nullptr);
    m_browser->resize(1400, 800);
    m_browser->show();
    new QAbstractItemModelTester(m_browser->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

QStringList TestVariantBrowser::bcftoolsSites(const QStringList& args) const
{
    const ToolResult r = runTool(QStringLiteral("bcftools"),
                                 QStringList{QStringLiteral("query"), QStringLiteral("-f"),
                                             QStringLiteral("%CHROM:%POS:%REF:%ALT\\n")} +
                                     args + QStringList{m_vcf});
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList TestVariantBrowser::tableSites() const
{
    VariantTableModel* model = m_browser->model();
    QStringList sites;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto cell = [&](int c) { return model->index(row, c).data().toString(); };
        if (!QTest::qWaitFor(
                [&] { return model->index(row, 0).data(VariantTableModel::LoadedRole).toBool(); },
                10000))
            return {QStringLiteral("row %1 did not load").arg(row)};
        sites << QStringLiteral("%1:%2:%3:%4")
                     .arg(cell(VariantTableModel::Chrom), cell(VariantTableModel::Pos),
                          cell(VariantTableModel::Ref), cell(VariantTableModel::Alt));
    }
    return sites;
}

void TestVariantBrowser::waitForFilter()
{
    QSignalSpy finished(m_browser.get(), &VariantBrowser::filterFinished);
    QVERIFY(finished.wait(30000));
}

void TestVariantBrowser::opensAndShowsEveryRecord()
{
    QSignalSpy opened(m_browser.get(), &VariantBrowser::opened);
    m_browser->openFile(m_vcf);
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY(m_browser->model()->isIndexComplete());
    QCOMPARE(m_browser->model()->rowCount(), DemoWorkspace::kCohortRecords);
    auto* samples = m_browser->findChild<QComboBox*>(QStringLiteral("sampleChooser"));
    QCOMPARE(samples->count(), DemoWorkspace::kCohortSamples + 1); // "No sample" first
    // Annotated file: the gene column is shown and filled for an annotated record.
    QVERIFY(!m_browser->view()->isColumnHidden(VariantTableModel::Gene));
}

void TestVariantBrowser::expressionMatchesBcftools()
{
    if (!haveTool(QStringLiteral("bcftools")))
        QSKIP("bcftools is not installed (make test installs it)");
    const QString expression = QStringLiteral("QUAL>=100 && FILTER=\"PASS\" && INFO/DP>200");
    auto* box = m_browser->findChild<QLineEdit*>(QStringLiteral("filterExpression"));
    box->setText(expression);
    QSignalSpy finished(m_browser.get(), &VariantBrowser::filterFinished);
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    const QStringList expected = bcftoolsSites({QStringLiteral("-i"), expression});
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < DemoWorkspace::kCohortRecords);
    QCOMPARE(tableSites(), expected);
    QVERIFY(m_browser->findChild<QLabel*>(QStringLiteral("variantStatus"))
                ->text()
                .contains(QLocale().toString(qint64(expected.size()))));
    box->clear();
    m_browser->applyFilter();
    QCOMPARE(m_browser->model()->rowCount(), DemoWorkspace::kCohortRecords);
}

void TestVariantBrowser::selectingARowShowsItsDetails()
{
    VariantTableModel* model = m_browser->model();
    const int row = 1234;
    m_browser->view()->setCurrentIndex(model->index(row, VariantTableModel::Pos));
    QTRY_COMPARE(m_browser->detailPane()->shownOrdinal(), model->ordinalAt(row));
    QVERIFY(m_browser->detailPane()->detail() != nullptr);
}

void TestVariantBrowser::badExpressionShowsWhereItIsWrong()
{
    auto* box = m_browser->findChild<QLineEdit*>(QStringLiteral("filterExpression"));
    auto* error = m_browser->findChild<QLabel*>(QStringLiteral("filterError"));
    box->setText(QStringLiteral("QUAL>= && DP>10"));
    m_browser->applyFilter();
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1Char('^')), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("QUAL>= && DP>10")));
    box->clear();
    m_browser->applyFilter();
    QVERIFY(!error->isVisible());
}

void TestVariantBrowser::patientViewShowsTheSampleCarriers()
{
    if (!haveTool(QStringLiteral("bcftools")))
        QSKIP("bcftools is not installed (make test installs it)");
    auto* samples = m_browser->findChild<QComboBox*>(QStringLiteral("sampleChooser"));
    samples->setCurrentIndex(3); // the third sample
    const QString sample = samples->currentText();
    auto* patient = m_browser->findChild<QCheckBox*>(QStringLiteral("patientView"));
    QSignalSpy finished(m_browser.get(), &VariantBrowser::filterFinished);
    patient->setChecked(true);
    QVERIFY(finished.wait(30000));
    const QStringList expected = bcftoolsSites(
        {QStringLiteral("-s"), sample, QStringLiteral("-i"), QStringLiteral("GT=\"alt\"")});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(tableSites(), expected);
    // Genotype columns first.
    QCOMPARE(m_browser->view()->horizontalHeader()->logicalIndex(0),
             int(VariantTableModel::Genotype));
    for (int row = 0; row < qMin(20, m_browser->model()->rowCount()); ++row) {
        const QString zygosity =
            m_browser->model()->index(row, VariantTableModel::Zygosity).data().toString();
        QVERIFY2(zygosity == QLatin1String("het") || zygosity == QLatin1String("hom-alt") ||
                     zygosity == QLatin1String("hemizygous") || zygosity == QLatin1String("hemi"),
                 qPrintable(zygosity));
    }
}

void TestVariantBrowser::quickFiltersNarrowToRarePathogenicInGenes()
{
    // Still in patient view; now the clinician's question: rare, pathogenic, in these genes.
    auto* patient = m_browser->findChild<QCheckBox*>(QStringLiteral("patientView"));
    patient->setChecked(false); // no filter left: every record again, without a filter run
    QTRY_COMPARE(m_browser->model()->rowCount(), DemoWorkspace::kCohortRecords);
    auto* genes = m_browser->findChild<QLineEdit*>(QStringLiteral("geneList"));
    genes->setText(QStringLiteral("BRCA1 BRCA2 TP53 MLH1 CFTR"));
    {
        QSignalSpy finished(m_browser.get(), &VariantBrowser::filterFinished);
        QTest::keyClick(genes, Qt::Key_Return);
        QVERIFY(finished.wait(30000));
    }
    const int inGenes = m_browser->model()->rowCount();
    QVERIFY(inGenes > 0);
    for (int row = 0; row < inGenes; ++row) {
        QTRY_VERIFY(m_browser->model()->index(row, 0).data(VariantTableModel::LoadedRole).toBool());
    }
    {
        QSignalSpy finished(m_browser.get(), &VariantBrowser::filterFinished);
        m_browser->findChild<QCheckBox*>(QStringLiteral("clinVarPathogenic"))->setChecked(true);
        QVERIFY(finished.wait(30000));
    }
    {
        QSignalSpy finished(m_browser.get(), &VariantBrowser::filterFinished);
        m_browser->findChild<QCheckBox*>(QStringLiteral("rare"))->setChecked(true);
        QVERIFY(finished.wait(30000));
    }
    VariantTableModel* model = m_browser->model();
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < inGenes);
    for (int row = 0; row < model->rowCount(); ++row) {
        QTRY_VERIFY(model->index(row, 0).data(VariantTableModel::LoadedRole).toBool());
        const QString clinVar =
            model->index(row, VariantTableModel::ClinicalSignificance).data().toString();
        QVERIFY2(clinVar.contains(QLatin1String("athogenic")) &&
                     !clinVar.contains(QLatin1String("onflicting")),
                 qPrintable(clinVar));
        const QString af =
            model->index(row, VariantTableModel::PopulationFrequency).data().toString();
        QVERIFY2(af.isEmpty() || af.toDouble() < 0.01, qPrintable(af));
    }
}

void TestVariantBrowser::exportWritesWhatIsShown()
{
    VariantTableModel* model = m_browser->model();
    const QString tsv = m_dir.filePath(QStringLiteral("shown.tsv"));
    QSignalSpy done(m_browser.get(), &VariantBrowser::exportFinished);
    m_browser->exportShown(tsv);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().at(1).toLongLong(), qint64(model->rowCount()));
    QFile f(tsv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), model->rowCount() + 1);
    QVERIFY(lines.first().startsWith(QLatin1String("CHROM\tPOS\tREF\tALT")));
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    const int geneColumn = int(header.indexOf(QStringLiteral("GENE")));
    QVERIFY(geneColumn >= 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QStringList fields = lines.at(row + 1).split(QLatin1Char('\t'));
        QCOMPARE(fields.at(0), model->index(row, VariantTableModel::Chrom).data().toString());
        QCOMPARE(fields.at(1), model->index(row, VariantTableModel::Pos).data().toString());
        QCOMPARE(fields.at(3), model->index(row, VariantTableModel::Alt).data().toString());
        QCOMPARE(fields.at(geneColumn),
                 model->index(row, VariantTableModel::Gene).data().toString());
    }
    // A filter that matches nothing exports the header line only.
    auto* box = m_browser->findChild<QLineEdit*>(QStringLiteral("filterExpression"));
    box->setText(QStringLiteral("QUAL<0"));
    {
        QSignalSpy finished(m_browser.get(), &VariantBrowser::filterFinished);
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(finished.wait(30000));
    }
    QCOMPARE(model->rowCount(), 0);
    const QString none = m_dir.filePath(QStringLiteral("none.tsv"));
    QSignalSpy doneNone(m_browser.get(), &VariantBrowser::exportFinished);
    m_browser->exportShown(none);
    QVERIFY(doneNone.wait(30000));
    QCOMPARE(doneNone.first().at(1).toLongLong(), qint64(0));
    QFile empty(none);
    QVERIFY(empty.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(empty.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(),
             1);
    QFile::remove(none);
    box->clear();
    m_browser->applyFilter();

    // CSV too, and no temporary file is left behind.
    const QString csv = m_dir.filePath(QStringLiteral("shown.csv"));
    QSignalSpy doneCsv(m_browser.get(), &VariantBrowser::exportFinished);
    m_browser->exportShown(csv);
    QVERIFY(doneCsv.wait(30000));
    QVERIFY(QFileInfo(csv).size() > 0);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("shown*")}, QDir::Files).size(), 2);
}

void TestVariantBrowser::unseekableFileGetsAnIndexedCopyInTheCache()
{
    // A plain-gzip copy of the cohort: readable front to back, not seekable.
    const QString plain = m_dir.filePath(QStringLiteral("plain.vcf.gz"));
    const ToolResult text = runTool(QStringLiteral("bcftools"), {QStringLiteral("view"), m_vcf});
    if (text.exitCode != 0)
        QSKIP("bcftools is not installed (make test installs it)");
    QVERIFY(writeGzip(plain, text.out));
    const QByteArray before = [&] {
        QFile f(plain);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    {
        QSignalSpy opened(m_browser.get(), &VariantBrowser::opened);
        m_browser->openFile(plain);
        QVERIFY(opened.wait(10000));
    }
    QTest::mouseClick(m_browser->findChild<QPushButton*>(QStringLiteral("clearFilters")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_browser->model()->isIndexComplete());
    QTRY_COMPARE(m_browser->model()->rowCount(), DemoWorkspace::kCohortRecords);
    auto* banner = m_browser->findChild<QWidget*>(QStringLiteral("indexedCopyBanner"));
    QVERIFY(banner->isVisible());

    // A region still works, by filtering the stream.
    auto* region = m_browser->findChild<QLineEdit*>(QStringLiteral("goToRegion"));
    region->setText(QStringLiteral("chr13:32300000-32400000"));
    {
        QSignalSpy finished(m_browser.get(), &VariantBrowser::filterFinished);
        QTest::keyClick(region, Qt::Key_Return);
        QVERIFY(finished.wait(30000));
    }
    const QStringList inRegion =
        bcftoolsSites({QStringLiteral("-r"), QStringLiteral("chr13:32300000-32400000")});
    QCOMPARE(tableSites(), inRegion);
    region->clear();

    QSignalSpy opened(m_browser.get(), &VariantBrowser::opened);
    QTest::mouseClick(m_browser->findChild<QPushButton*>(QStringLiteral("makeIndexedCopy")),
                      Qt::LeftButton);
    QVERIFY(opened.wait(60000));
    const QString copy = opened.first().first().toString();
    QVERIFY2(copy.startsWith(VariantBrowser::cacheFolder()), qPrintable(copy));
    QVERIFY(QFileInfo::exists(copy + QStringLiteral(".csi")));
    QTRY_VERIFY(m_browser->model()->isIndexComplete());
    QVERIFY(m_browser->model()->isSeekable());
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_browser->model()->rowCount(), DemoWorkspace::kCohortRecords);
    // Nothing was written beside the user's file, which is unchanged.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("plain.vcf.gz*")}, QDir::Files),
             QStringList{QStringLiteral("plain.vcf.gz")});
    QFile f(plain);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_MAIN(TestVariantBrowser)
#include "test_VariantBrowser.moc"
