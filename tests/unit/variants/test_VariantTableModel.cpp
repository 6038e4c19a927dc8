// The virtual variant table: rows appear while the sparse index grows, any row can be
// read by seeking near it, and what it shows equals an independent front-to-back read.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "models/catalog/Catalog.h"
#include "models/formats/HtsHandles.h"
#include "models/variants/VariantRowIndex.h"
#include "models/variants/VariantTableModel.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

struct Site
{
    QString chrom;
    qint64 pos;
    QString ref;
    QString alt;
};

/** CHROM, POS, REF, ALT of every record, read front to back with htslib. */
QVector<Site> readSites(const QString& path)
{
    QVector<Site> sites;
    HtsFilePtr fp(hts_open(QFile::encodeName(path).constData(), "r"));
    BcfHeaderPtr header(bcf_hdr_read(fp.get()));
    BcfRecordPtr rec(bcf_init());
    while (bcf_read(fp.get(), header.get(), rec.get()) == 0) {
        bcf_unpack(rec.get(), BCF_UN_STR);
        QStringList alts;
        for (int i = 1; i < rec->n_allele; ++i)
            alts << QString::fromUtf8(rec->d.allele[i]);
        sites.push_back({QString::fromUtf8(bcf_seqname(header.get(), rec.get())), rec->pos + 1,
                         QString::fromUtf8(rec->d.allele[0]),
                         alts.isEmpty() ? QStringLiteral(".") : alts.join(QLatin1Char(','))});
    }
    return sites;
}

QString cell(const VariantTableModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestVariantTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsMatchAFrontToBackRead_data();
    void rowsMatchAFrontToBackRead();
    void rowsAppearWhileIndexing();
    void sampleColumnsFollowTheSelectedSample();
    void subsetShowsOnlyThoseRecords();
    void malformedRecordIsAMarkedRowAndTheTableGoesOn();
    void openingAMissingFileFails();
    void regionReadsOnlyItsBlocks();
    void rowIndexIsCachedInTheCatalog();
    void fileChangedOnDiskIsReopened();
    void indexBlobRoundTrip();
    void realFileWithThousandsOfSamples();

private:
    QTemporaryDir m_dir;
    QString m_vcfgz, m_bcf, m_plain;
};

void TestVariantTableModel::initTestCase()
{
    const QByteArray text = smallVcf(5000, 3);
    m_plain = m_dir.filePath(QStringLiteral("plain.vcf"));
    m_vcfgz = m_dir.filePath(QStringLiteral("calls.vcf.gz"));
    m_bcf = m_dir.filePath(QStringLiteral("calls.bcf"));
    QVERIFY(writeText(m_plain, text));
    QVERIFY(writeBgzf(m_vcfgz, text));
    QVERIFY(convertVariants(m_plain, m_bcf, "wb"));
}

void TestVariantTableModel::rowsMatchAFrontToBackRead_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("VCF.gz (BGZF, seeks)") << m_vcfgz;
    QTest::newRow("BCF (seeks)") << m_bcf;
    QTest::newRow("plain VCF (reads from the start)") << m_plain;
}

void TestVariantTableModel::rowsMatchAFrontToBackRead()
{
    QFETCH(QString, path);
    const QVector<Site> sites = readSites(path);
    QCOMPARE(sites.size(), 5000);
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.open(path);
    QTRY_VERIFY(model.isIndexComplete());
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.samples(),
             (QStringList{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")}));
    // Rows far apart, in an order that forces seeks back and forth.
    for (int row : {4999, 0, 2500, 257, 256, 255, 4096, 1}) {
        QTRY_VERIFY(model.index(row, 0).data(VariantTableModel::LoadedRole).toBool());
        QCOMPARE(cell(model, row, VariantTableModel::Chrom), sites[row].chrom);
        QCOMPARE(cell(model, row, VariantTableModel::Pos), QString::number(sites[row].pos));
        QCOMPARE(cell(model, row, VariantTableModel::Ref), sites[row].ref);
        QCOMPARE(cell(model, row, VariantTableModel::Alt), sites[row].alt);
        QCOMPARE(model.index(row, 0).data(VariantTableModel::OrdinalRole).toLongLong(),
                 qint64(row));
    }
}

void TestVariantTableModel::rowsAppearWhileIndexing()
{
    // Big enough that the index reports progress before it completes.
    const QString big = m_dir.filePath(QStringLiteral("big.vcf.gz"));
    QVERIFY(writeBgzf(big, smallVcf(200000, 2)));
    VariantTableModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(&model, &VariantTableModel::indexFinished);
    model.open(big);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(model.rowCount(), 200000);
    QVERIFY2(inserted.count() >= 2, "rows should arrive in several steps while the index grows");
    QTRY_COMPARE(cell(model, 199999, VariantTableModel::Pos), QString::number(100 + 199999 * 10));
}

void TestVariantTableModel::sampleColumnsFollowTheSelectedSample()
{
    VariantTableModel model;
    model.open(m_vcfgz);
    QTRY_VERIFY(model.isIndexComplete());
    // smallVcf: sample s (0-based) at record i is 0/1, 1/1, 0/0 for (s + i) % 3 = 0, 1, 2.
    const int row = 1000;
    for (int sample = 0; sample < 3; ++sample) {
        model.setSample(sample);
        const char* expected[] = {"0/1", "1/1", "0/0"};
        QTRY_COMPARE(cell(model, row, VariantTableModel::Genotype),
                     QLatin1String(expected[(sample + row) % 3]));
    }
    QCOMPARE(cell(model, row, VariantTableModel::Zygosity),
             QStringLiteral("het")); // (2 + 1000) % 3 = 0
}

void TestVariantTableModel::subsetShowsOnlyThoseRecords()
{
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.open(m_vcfgz);
    QTRY_VERIFY(model.isIndexComplete());
    model.setSubset({3, 700, 4998});
    QCOMPARE(model.rowCount(), 3);
    QTRY_COMPARE(cell(model, 1, VariantTableModel::Pos), QString::number(100 + 700 * 10));
    QCOMPARE(model.index(2, 0).data(VariantTableModel::OrdinalRole).toLongLong(), qint64(4998));
    model.clearSubset();
    QCOMPARE(model.rowCount(), 5000);
}

void TestVariantTableModel::malformedRecordIsAMarkedRowAndTheTableGoesOn()
{
    QByteArray text = smallVcf(600, 2);
    // Record 300 gets a sample column too few.
    QList<QByteArray> lines = text.split('\n');
    int record = -1;
    for (QByteArray& line : lines) {
        if (line.startsWith('#') || line.isEmpty())
            continue;
        if (++record == 300)
            line = line.left(line.lastIndexOf('\t'));
    }
    const QString path = m_dir.filePath(QStringLiteral("broken.vcf.gz"));
    QVERIFY(writeBgzf(path, lines.join('\n')));
    VariantTableModel model;
    model.open(path);
    QTRY_VERIFY(model.isIndexComplete());
    QCOMPARE(model.rowCount(), 600);
    QTRY_VERIFY(model.index(300, 0).data(VariantTableModel::LoadedRole).toBool());
    QVERIFY(!model.index(300, 0).data(VariantTableModel::ErrorRole).toString().isEmpty());
    QTRY_COMPARE(cell(model, 599, VariantTableModel::Pos), QString::number(100 + 599 * 10));
    QVERIFY(model.index(599, 0).data(VariantTableModel::ErrorRole).toString().isEmpty());
}

void TestVariantTableModel::openingAMissingFileFails()
{
    VariantTableModel model;
    QSignalSpy failed(&model, &VariantTableModel::failed);
    model.open(m_dir.filePath(QStringLiteral("nope.vcf.gz")));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("nope.vcf.gz")));
    QCOMPARE(model.rowCount(), 0);
}

void TestVariantTableModel::regionReadsOnlyItsBlocks()
{
    // Two contigs; chr2 begins inside a block of chr1.
    QByteArray text = smallVcf(1000, 2, "chr1");
    const QByteArray second = smallVcf(900, 2, "chr2");
    text.replace("##contig=<ID=chr1,length=1000000>",
                 "##contig=<ID=chr1,length=1000000>\n##contig=<ID=chr2,length=1000000>");
    for (const QByteArray& line : second.split('\n'))
        if (!line.startsWith('#') && !line.isEmpty())
            text += line + '\n';
    const QString path = m_dir.filePath(QStringLiteral("two.vcf.gz"));
    QVERIFY(writeBgzf(path, text));
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.open(path);
    QTRY_VERIFY(model.isIndexComplete());
    QCOMPARE(model.rowCount(), 1900);
    QSignalSpy shown(&model, &VariantTableModel::regionShown);
    QVERIFY(model.showRegion(QStringLiteral("chr2:1000-2000"))); // POS 100 + i*10: i in 90..190
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(model.rowCount(), 101);
    QTRY_COMPARE(cell(model, 0, VariantTableModel::Chrom), QStringLiteral("chr2"));
    QCOMPARE(cell(model, 0, VariantTableModel::Pos), QStringLiteral("1000"));
    QTRY_COMPARE(cell(model, 100, VariantTableModel::Pos), QStringLiteral("2000"));
    QCOMPARE(model.index(0, 0).data(VariantTableModel::OrdinalRole).toLongLong(),
             qint64(1000 + 90));
    QVERIFY(model.showRegion(QStringLiteral("chr1")));
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(!model.showRegion(QStringLiteral("BRCA2"))); // not a contig: the caller filters on it
}

void TestVariantTableModel::rowIndexIsCachedInTheCatalog()
{
    Catalog catalog(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QString error;
    QVERIFY(catalog.open(&error));
    {
        VariantTableModel model;
        model.setCatalog(&catalog);
        QSignalSpy progress(&model, &VariantTableModel::indexProgress);
        model.open(m_vcfgz);
        QTRY_VERIFY(model.isIndexComplete());
        QVERIFY(progress.count() >= 1); // built
    }
    VariantRowIndex cached;
    QVERIFY(VariantRowIndexCache::load(catalog, m_vcfgz, &cached));
    QCOMPARE(cached.records, qint64(5000));
    VariantTableModel again;
    again.setCatalog(&catalog);
    QSignalSpy progress(&again, &VariantTableModel::indexProgress);
    again.open(m_vcfgz);
    QTRY_VERIFY(again.isIndexComplete());
    QCOMPARE(progress.count(), 0); // read from the catalog, not built
    QCOMPARE(again.rowCount(), 5000);
    QTRY_COMPARE(cell(again, 4321, VariantTableModel::Pos), QString::number(100 + 4321 * 10));
}

void TestVariantTableModel::fileChangedOnDiskIsReopened()
{
    const QString path = m_dir.filePath(QStringLiteral("changing.vcf.gz"));
    QVERIFY(writeBgzf(path, smallVcf(700, 1)));
    VariantTableModel model;
    QSignalSpy changed(&model, &VariantTableModel::fileChanged);
    model.open(path);
    QTRY_VERIFY(model.isIndexComplete());
    QCOMPARE(model.rowCount(), 700);
    QTest::qWait(1100); // a new mtime, even on file systems with one-second times
    QVERIFY(writeBgzf(path, smallVcf(450, 1)));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count() >= 1, true, 10000);
    QTRY_VERIFY(model.isIndexComplete() && model.rowCount() == 450);
    QTRY_COMPARE(cell(model, 449, VariantTableModel::Pos), QString::number(100 + 449 * 10));
}

void TestVariantTableModel::indexBlobRoundTrip()
{
    VariantRowIndex index;
    QString error;
    QVERIFY(VariantRowIndexBuilder::build(m_vcfgz, 1, nullptr, {}, &index, &error));
    QCOMPARE(index.records, qint64(5000));
    QCOMPARE(index.blockCount(), int((5000 + index.stride - 1) / index.stride));
    VariantRowIndex back;
    QVERIFY(VariantRowIndex::fromBlob(index.toBlob(), &back));
    QCOMPARE(back.offsets, index.offsets);
    QCOMPARE(back.records, index.records);
    QVERIFY(back.complete);
    QVERIFY(!VariantRowIndex::fromBlob(QByteArray("garbage"), &back));
    QString why;
    QVERIFY(!VariantRowIndexBuilder::isSeekable(m_plain, &why));
    QVERIFY(why.contains(QLatin1String("BGZF")));
}

void TestVariantTableModel::realFileWithThousandsOfSamples()
{
    const QString path =
        sharedData(QStringLiteral("genomics/vcflib_vcflib/samples/"
                                  "1kg-phaseIII-v5a.20130502.genotypes.chr22-16-16.5mb.vcf.gz"));
    if (path.isEmpty())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    const QVector<Site> sites = readSites(path);
    VariantTableModel model;
    model.open(path);
    QTRY_VERIFY_WITH_TIMEOUT(model.isIndexComplete(), 60000);
    QCOMPARE(model.rowCount(), int(sites.size()));
    QCOMPARE(model.samples().size(), 2504);
    model.setSample(2503);
    for (int row : {int(sites.size()) - 1, 0, int(sites.size()) / 2}) {
        QTRY_VERIFY(model.index(row, 0).data(VariantTableModel::LoadedRole).toBool());
        QCOMPARE(cell(model, row, VariantTableModel::Pos), QString::number(sites[row].pos));
        QCOMPARE(cell(model, row, VariantTableModel::Alt), sites[row].alt);
        QVERIFY(!cell(model, row, VariantTableModel::Genotype).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestVariantTableModel)
#include "test_VariantTableModel.moc"
