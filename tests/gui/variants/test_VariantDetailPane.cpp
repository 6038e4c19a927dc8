// The variant detail pane as a clinician meets it, on a small VEP- and ClinVar-annotated VCF
// written here (40 samples): an empty state before any selection; a record shows its INFO
// fields with their header descriptions, its transcripts most severe first with the canonical
// one in bold, every sample with the selected one highlighted and scrolled to, and its
// ClinVar fields; a second quick request supersedes the first; a failure shows its reason.
// With the shared data, a 1000 Genomes record of 2,504 samples is shown and timed. Saves a
// screenshot of each tab to /tmp/detail-pane*.png for review.

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "models/variants/VariantRecordDetail.h"
#include "models/variants/VariantRowIndex.h"
#include "tests/common/TestData.h"
#include "widgets/common/CopyableTableView.h"
#include "widgets/common/EmptyState.h"
#include "widgets/variants/VariantDetailPane.h"

using namespace steward;

namespace {

constexpr int kSamples = 40;
constexpr int kSelected = 25; // P26: far enough down to need scrolling

/** DP of sample @p s: 5..44, so that text order ("10" < "5") and number order differ. */
int depthOf(int s)
{
    return 5 + (s * 17) % 40;
}

QByteArray annotatedVcf()
{
    QByteArray t =
        "##fileformat=VCFv4.2\n"
        "##FILTER=<ID=PASS,Description=\"All filters passed\">\n"
        "##contig=<ID=chr13,length=114364328>\n"
        "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total read depth\">\n"
        "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency in the cohort\">\n"
        "##INFO=<ID=DB,Number=0,Type=Flag,Description=\"dbSNP membership\">\n"
        "##INFO=<ID=gnomAD_AF,Number=A,Type=Float,Description=\"Allele frequency in gnomAD\">\n"
        "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from "
        "Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Feature|CANONICAL|HGVSc|HGVSp\">\n"
        "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"Clinical significance\">\n"
        "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"ClinVar review status\">\n"
        "##INFO=<ID=CLNDN,Number=.,Type=String,Description=\"ClinVar's preferred disease "
        "name\">\n"
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
        "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths for the ref and alt "
        "alleles\">\n"
        "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">\n"
        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT";
    for (int s = 0; s < kSamples; ++s)
        t += "\tP" + QByteArray::number(s + 1).rightJustified(2, '0');
    t += '\n';
    const auto samples = [](int record) {
        QByteArray cells;
        for (int s = 0; s < kSamples; ++s) {
            const int dp = depthOf(s);
            const bool carrier = (s + record) % 5 == 0 || s == kSelected;
            if (s == 3) {
                cells += "\t./.:.:.";
                continue;
            }
            const int alt = carrier ? dp / 2 : 0;
            cells += QByteArray("\t") + (carrier ? "0/1" : "0/0") + ':' +
                     QByteArray::number(dp - alt) + ',' + QByteArray::number(alt) + ':' +
                     QByteArray::number(dp);
        }
        return cells + '\n';
    };
    // Record 0: a synonymous SNV.
    t += "chr13\t32315000\trs1\tC\tT\t80\tPASS\tDP=300;AF=0.3;DB;CSQ=T|synonymous_variant|LOW|"
         "BRCA2|ENST00000380152|YES|ENST00000380152.8:c.10C>T|ENSP00000369497.3:p.%3D\tGT:AD:DP" +
         samples(0);
    // Record 1: BRCA2 frameshift, transcripts in the file least severe first; ClinVar.
    t += "chr13\t32340300\trs80359550\tG\tGT\t512.5\tPASS\tDP=400;AF=0.025;DB;gnomAD_AF=0.00001;"
         "CSQ=T|intron_variant|MODIFIER|BRCA2|ENST00000470094||ENST00000470094.1:c.68-7dup|,"
         "T|missense_variant|MODERATE|BRCA2|ENST00000530893||ENST00000530893.6:c.5000G>T|"
         "ENSP00000499438.1:p.Gly1667Val,"
         "T|frameshift_variant|HIGH|BRCA2|ENST00000544455||ENST00000544455.6:c.5946dup|"
         "ENSP00000439902.1:p.Ser1983fs,"
         "T|frameshift_variant&splice_region_variant|HIGH|BRCA2|ENST00000380152|YES|"
         "ENST00000380152.8:c.5946dup|ENSP00000369497.3:p.Ser1983fs;"
         "CLNSIG=Pathogenic;CLNREVSTAT=criteria_provided,_multiple_submitters,_no_conflicts;"
         "CLNDN=Hereditary_breast_ovarian_cancer_syndrome|not_provided\tGT:AD:DP" +
         samples(1);
    for (int r = 2; r < 6; ++r)
        t += "chr13\t" + QByteArray::number(32350000 + r * 100) + "\t.\tA\tG\t" +
             QByteArray::number(20 * r) + "\tPASS\tDP=" + QByteArray::number(50 * r) +
             ";CSQ=G|intergenic_variant|MODIFIER|||||\tGT:AD:DP" + samples(r);
    return t;
}

QStringList headerTitles(const QTableView* view)
{
    QStringList titles;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        titles << view->model()->headerData(c, Qt::Horizontal).toString();
    return titles;
}

QStringList column(const QTableView* view, int c)
{
    QStringList values;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        values << view->model()->index(r, c).data().toString();
    return values;
}

} // namespace

class TestVariantDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStateBeforeAnySelection();
    void showsEveryPartOfTheRecord();
    void transcriptsMostSevereFirstOrInFileOrder();
    void samplesSortAsNumbersAndFilter();
    void anotherSampleWithoutReading();
    void secondQuickRequestSupersedesTheFirst();
    void failureShowsItsReason();
    void clearReturnsToTheEmptyState();
    void thousandsOfSamples();
    void screenshots();

private:
    void showAndWait(qint64 ordinal, int sample);
    CopyableTableView* table(const char* name) const
    {
        return m_pane->findChild<CopyableTableView*>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
    QString m_vcf;
    std::unique_ptr<VariantDetailPane> m_pane;
};

void TestVariantDetailPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vcf = m_dir.filePath(QStringLiteral("annotated.vcf.gz"));
    QVERIFY(test::writeBgzf(m_vcf, annotatedVcf()));
    m_pane = std::make_unique<VariantDetailPane>();
    m_pane->resize(1180, 460);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    for (const char* name : {"detailInfoTable", "detailSamplesTable"})
        new QAbstractItemModelTester(table(name)->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestVariantDetailPane::showAndWait(qint64 ordinal, int sample)
{
    QSignalSpy shown(m_pane.get(), &VariantDetailPane::recordShown);
    m_pane->showRecord(m_vcf, ordinal, sample);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isLoading(), 10000);
    QCOMPARE(m_pane->shownOrdinal(), ordinal);
}

void TestVariantDetailPane::emptyStateBeforeAnySelection()
{
    auto* empty = m_pane->findChild<EmptyState*>(QStringLiteral("detailEmptyState"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(!table("detailInfoTable")->isVisible());
    QVERIFY(!m_pane->findChild<QLabel*>(QStringLiteral("detailError"))->isVisible());
    QVERIFY(!m_pane->detail());
    QCOMPARE(m_pane->shownOrdinal(), qint64(-1));
}

void TestVariantDetailPane::showsEveryPartOfTheRecord()
{
    showAndWait(1, kSelected);
    auto* tabs = m_pane->findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    QVERIFY(tabs->isVisible());
    QVERIFY(!m_pane->findChild<EmptyState*>(QStringLiteral("detailEmptyState"))->isVisible());

    // Header: locus, gene, most severe consequence with its HGVS, ClinVar with stars, and
    // the selected sample's call.
    const QString title = m_pane->findChild<QLabel*>(QStringLiteral("detailTitle"))->text();
    QCOMPARE(title, QStringLiteral("chr13:32340300 G>GT"));
    const QString summary = m_pane->findChild<QLabel*>(QStringLiteral("detailSummary"))->text();
    for (const char* part : {"BRCA2", "frameshift variant", "High impact",
                             "ENST00000380152.8:c.5946dup (p.Ser1983fs)", "Pathogenic", "★★☆☆"})
        QVERIFY2(summary.contains(QString::fromUtf8(part)), qPrintable(summary));
    const QString facts = m_pane->findChild<QLabel*>(QStringLiteral("detailFacts"))->text();
    for (const char* part :
         {"rs80359550", "512.5", "PASS", "0.00001 (gnomAD_AF)", "Sample P26:", "0/1 het", "DP 30"})
        QVERIFY2(facts.contains(QLatin1String(part)), qPrintable(facts));
    QCOMPARE(depthOf(kSelected), 30);

    // INFO: every field in the record's order, its value as written, its description.
    CopyableTableView* info = table("detailInfoTable");
    QCOMPARE(headerTitles(info), (QStringList{"Field", "Value", "Number", "Type", "Description"}));
    QCOMPARE(column(info, 0),
             (QStringList{"DP", "AF", "DB", "gnomAD_AF", "CSQ", "CLNSIG", "CLNREVSTAT", "CLNDN"}));
    QCOMPARE(column(info, 1).mid(0, 4), (QStringList{"400", "0.025", "yes", "1e-05"}));
    QCOMPARE(info->model()->index(1, 2).data().toString(), QStringLiteral("A"));
    QCOMPARE(info->model()->index(1, 4).data().toString(),
             QStringLiteral("Allele frequency in the cohort"));
    QVERIFY(info->model()->index(4, 4).data().toString().contains(QStringLiteral("Transcripts")));
    QCOMPARE(tabs->tabText(0), QStringLiteral("INFO (8)"));
    QVERIFY(info->selectionAsText().startsWith(QStringLiteral("Field\tValue\tNumber")));
    auto* infoFilter = m_pane->findChild<QLineEdit*>(QStringLiteral("detailInfoFilter"));
    infoFilter->setText(QStringLiteral("clinvar"));
    QCOMPARE(column(info, 0), (QStringList{"CLNREVSTAT", "CLNDN"}));
    infoFilter->clear();
    QCOMPARE(info->model()->rowCount(), 8);

    // Transcripts: one table for CSQ, its columns the header's sub-fields.
    auto* container = m_pane->findChild<QWidget*>(QStringLiteral("detailTranscriptTables"));
    QVERIFY(container);
    const QList<CopyableTableView*> tables = container->findChildren<CopyableTableView*>();
    QCOMPARE(tables.size(), 1);
    CopyableTableView* csq = tables.first();
    QCOMPARE(csq->objectName(), QStringLiteral("detailTranscripts_CSQ"));
    new QAbstractItemModelTester(csq->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QCOMPARE(headerTitles(csq), (QStringList{"Allele", "Consequence", "IMPACT", "SYMBOL", "Feature",
                                             "CANONICAL", "HGVSc", "HGVSp"}));
    QCOMPARE(csq->model()->rowCount(), 4);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Transcripts (4)"));

    // Samples: one row per sample, FORMAT keys as columns, the selected one highlighted.
    CopyableTableView* samples = table("detailSamplesTable");
    QCOMPARE(headerTitles(samples), (QStringList{"Sample", "GT", "AD", "DP"}));
    QCOMPARE(samples->model()->rowCount(), kSamples);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Samples (40)"));
    const QModelIndex selected = samples->model()->index(kSelected, 0);
    QCOMPARE(selected.data().toString(), QStringLiteral("P26"));
    QCOMPARE(samples->model()->index(kSelected, 1).data().toString(), QStringLiteral("0/1"));
    QCOMPARE(samples->model()->index(kSelected, 2).data().toString(), QStringLiteral("15,15"));
    QCOMPARE(samples->model()->index(3, 3).data().toString(), QStringLiteral("."));
    QVERIFY(selected.data(Qt::BackgroundRole).isValid());
    QVERIFY(selected.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!samples->model()->index(kSelected + 1, 1).data(Qt::BackgroundRole).isValid());
    QCOMPARE(samples->currentIndex().row(), kSelected);
    tabs->setCurrentIndex(2);
    QTRY_VERIFY(samples->isVisible());
    QTRY_VERIFY(samples->viewport()->rect().contains(samples->visualRect(selected).center()));
    QVERIFY(samples->model()
                ->headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Allelic depths")));

    // ClinVar, in words.
    tabs->setCurrentIndex(3);
    QCOMPARE(tabs->tabText(3), QStringLiteral("ClinVar"));
    QStringList labels;
    const QList<QLabel*> clinVarLabels =
        m_pane->findChild<QWidget*>(QStringLiteral("detailClinVar"))->findChildren<QLabel*>();
    for (const QLabel* label : clinVarLabels)
        labels << label->text();
    const QString clinVar = labels.join(QLatin1Char('\n'));
    for (const char* part : {"Pathogenic", "criteria provided, multiple submitters, no conflicts",
                             "Hereditary breast ovarian cancer syndrome", "★★☆☆"})
        QVERIFY2(clinVar.contains(QString::fromUtf8(part)), qPrintable(clinVar));
    tabs->setCurrentIndex(0);
}

void TestVariantDetailPane::transcriptsMostSevereFirstOrInFileOrder()
{
    showAndWait(1, kSelected);
    auto* worstFirst = m_pane->findChild<QCheckBox*>(QStringLiteral("detailWorstFirst"));
    CopyableTableView* csq = table("detailTranscripts_CSQ");
    QVERIFY(worstFirst->isChecked());
    // Most severe first; of the two frameshifts the canonical one first, in bold.
    QCOMPARE(column(csq, 4), (QStringList{"ENST00000380152", "ENST00000544455", "ENST00000530893",
                                          "ENST00000470094"}));
    QCOMPARE(csq->model()->index(0, 1).data().toString(),
             QStringLiteral("frameshift_variant, splice_region_variant"));
    QVERIFY(csq->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!csq->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(csq->model()->index(0, 2).data(Qt::BackgroundRole).isValid()); // HIGH tinted

    worstFirst->setChecked(false);
    QCOMPARE(column(csq, 4), (QStringList{"ENST00000470094", "ENST00000530893", "ENST00000544455",
                                          "ENST00000380152"}));
    worstFirst->setChecked(true);
    QCOMPARE(column(csq, 4).first(), QStringLiteral("ENST00000380152"));

    // Sorting by a column takes over from "most severe first".
    csq->sortByColumn(4, Qt::DescendingOrder);
    QVERIFY(!worstFirst->isChecked());
    QCOMPARE(column(csq, 4).first(), QStringLiteral("ENST00000544455"));
    worstFirst->setChecked(true);
    QCOMPARE(column(csq, 4).first(), QStringLiteral("ENST00000380152"));

    // The next record keeps the order chosen.
    showAndWait(0, kSelected);
    QCOMPARE(table("detailTranscripts_CSQ")->model()->rowCount(), 1);
    QCOMPARE(table("detailTranscripts_CSQ")->model()->index(0, 7).data().toString(),
             QStringLiteral("ENSP00000369497.3:p.="));
}

void TestVariantDetailPane::samplesSortAsNumbersAndFilter()
{
    showAndWait(1, kSelected);
    CopyableTableView* samples = table("detailSamplesTable");
    samples->sortByColumn(3, Qt::AscendingOrder); // DP
    QStringList depths = column(samples, 3);
    QCOMPARE(depths.first(), QStringLiteral("5"));
    QCOMPARE(depths.at(1), QStringLiteral("6"));
    QCOMPARE(depths.last(), QStringLiteral(".")); // missing last
    samples->sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(column(samples, 0).first(), QStringLiteral("P01"));

    auto* filter = m_pane->findChild<QLineEdit*>(QStringLiteral("detailSampleFilter"));
    filter->setText(QStringLiteral("p2"));
    QCOMPARE(samples->model()->rowCount(), 10); // P20..P29
    filter->clear();
    QCOMPARE(samples->model()->rowCount(), kSamples);

    // Carriers only: the samples whose GT has an ALT allele (P05, P10, ... P40 and P26).
    const QString note = m_pane->findChild<QLabel*>(QStringLiteral("detailSamplesNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("9 carry an ALT allele")), qPrintable(note));
    auto* carriers = m_pane->findChild<QCheckBox*>(QStringLiteral("detailCarriersOnly"));
    carriers->setChecked(true);
    QCOMPARE(samples->model()->rowCount(), 9);
    QCOMPARE(column(samples, 1), QStringList(9, QStringLiteral("0/1")));
    QVERIFY(column(samples, 0).contains(QStringLiteral("P26")));
    carriers->setChecked(false);
    QCOMPARE(samples->model()->rowCount(), kSamples);
    samples->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

void TestVariantDetailPane::anotherSampleWithoutReading()
{
    showAndWait(1, kSelected);
    QSignalSpy shown(m_pane.get(), &VariantDetailPane::recordShown);
    m_pane->showRecord(m_vcf, 1, 2);
    QVERIFY(!m_pane->isLoading()); // the record is on screen: only the highlight moves
    QCOMPARE(shown.count(), 0);
    CopyableTableView* samples = table("detailSamplesTable");
    QVERIFY(samples->model()->index(2, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!samples->model()->index(kSelected, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(m_pane->findChild<QLabel*>(QStringLiteral("detailFacts"))
                ->text()
                .contains(QStringLiteral("P03")));
    m_pane->setSample(-1);
    QVERIFY(!samples->model()->index(2, 0).data(Qt::BackgroundRole).isValid());
}

void TestVariantDetailPane::secondQuickRequestSupersedesTheFirst()
{
    QSignalSpy shown(m_pane.get(), &VariantDetailPane::recordShown);
    QSignalSpy failed(m_pane.get(), &VariantDetailPane::loadFailed);
    m_pane->showRecord(m_vcf, 2, -1);
    m_pane->showRecord(m_vcf, 4, kSelected);
    QVERIFY(m_pane->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isLoading(), 10000);
    QTest::qWait(200); // time for a stale result to arrive, if it were not dropped
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toLongLong(), qint64(4));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_pane->shownOrdinal(), qint64(4));
    QCOMPARE(m_pane->findChild<QLabel*>(QStringLiteral("detailTitle"))->text(),
             QStringLiteral("chr13:32350400 A>G"));
}

void TestVariantDetailPane::failureShowsItsReason()
{
    QSignalSpy failed(m_pane.get(), &VariantDetailPane::loadFailed);
    m_pane->showRecord(m_vcf, 99, -1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isLoading(), 10000);
    QCOMPARE(failed.count(), 1);
    auto* error = m_pane->findChild<QLabel*>(QStringLiteral("detailError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("has 6 records")), qPrintable(error->text()));
    QVERIFY(!table("detailInfoTable")->isVisible());
    QVERIFY(!m_pane->detail());

    // The next good record replaces the error.
    showAndWait(0, -1);
    QVERIFY(!error->isVisible());
    QVERIFY(table("detailInfoTable")->isVisible());
}

void TestVariantDetailPane::clearReturnsToTheEmptyState()
{
    m_pane->showRecord(m_vcf, 5, -1);
    m_pane->clear(); // the read in flight is dropped
    QVERIFY(!m_pane->isLoading());
    QTest::qWait(200);
    QVERIFY(m_pane->findChild<EmptyState*>(QStringLiteral("detailEmptyState"))->isVisible());
    QVERIFY(!m_pane->detail());
}

void TestVariantDetailPane::thousandsOfSamples()
{
    const QString path = test::sharedData(
        QStringLiteral("genomics/vcflib_vcflib/samples/"
                       "1kg-phaseIII-v5a.20130502.genotypes.chr22-16-16.5mb.vcf.gz"));
    if (path.isEmpty())
        QSKIP(qPrintable(test::sharedDataMissingMessage()));
    VariantRowIndex index;
    QString error;
    QVERIFY2(VariantRowIndexBuilder::build(path, 0, nullptr, {}, &index, &error),
             qPrintable(error));
    const qint64 ordinal = 6000;
    const int block = index.blockOf(ordinal);
    QSignalSpy shown(m_pane.get(), &VariantDetailPane::recordShown);
    QElapsedTimer timer;
    timer.start();
    m_pane->showRecord(path, ordinal, 2000, index.offsets[block], qint64(block) * index.stride);
    QVERIFY(shown.wait(10000));
    const qint64 ms = timer.elapsed();
    CopyableTableView* samples = table("detailSamplesTable");
    QCOMPARE(samples->model()->rowCount(), 2504);
    QCOMPARE(samples->currentIndex().row(), 2000);
    qInfo("2,504-sample record on screen %lld ms after the click", ms);
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
}

void TestVariantDetailPane::screenshots()
{
    showAndWait(1, kSelected);
    auto* tabs = m_pane->findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    const char* const names[] = {"info", "transcripts", "samples", "clinvar"};
    for (int tab = 0; tab < 4; ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
        const QString file =
            tab == 1 ? QStringLiteral("/tmp/detail-pane.png")
                     : QStringLiteral("/tmp/detail-pane-%1.png").arg(QLatin1String(names[tab]));
        QVERIFY(m_pane->grab().save(file));
    }
    m_pane->clear();
    QTest::qWait(50);
    QVERIFY(m_pane->grab().save(QStringLiteral("/tmp/detail-pane-empty.png")));
}

QTEST_MAIN(TestVariantDetailPane)
#include "test_VariantDetailPane.moc"
