// Malformed input never crashes the scanner, and every file htslib rejects gets a clear
// error naming the problem: the hts-specs conformance `failed/` files and the broken real
// files among ../shared/data, read in place.

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <htslib/sam.h>
#include <htslib/vcf.h>

#include "models/formats/FileInspector.h"
#include "models/formats/HtsEnvironment.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

/**
 * An independent read of the whole file with htslib: false when htslib rejects it (cannot
 * open it, read its header, or read a record). Records htslib reads with a warning (an
 * undeclared contig or tag) are accepted, as bcftools accepts them.
 */
bool htslibAccepts(const QString& path)
{
    hts_set_log_level(HTS_LOG_OFF);
    htsFile* fp = hts_open(QFile::encodeName(path).constData(), "r");
    if (!fp)
        return false;
    bool ok = true;
    const htsExactFormat fmt = hts_get_format(fp)->format;
    if (fmt == vcf || fmt == bcf) {
        bcf_hdr_t* hdr = bcf_hdr_read(fp);
        ok = hdr != nullptr;
        bcf1_t* rec = bcf_init();
        int r = 0;
        while (ok && (r = bcf_read(fp, hdr, rec)) == 0) {
        }
        ok = ok && r == -1;
        bcf_destroy(rec);
        if (hdr)
            bcf_hdr_destroy(hdr);
    } else if (fmt == sam || fmt == bam || fmt == cram) {
        sam_hdr_t* hdr = sam_hdr_read(fp);
        ok = hdr != nullptr;
        bam1_t* rec = bam_init1();
        int r = 0;
        while (ok && (r = sam_read1(fp, hdr, rec)) >= 0) {
        }
        ok = ok && r == -1;
        bam_destroy1(rec);
        if (hdr)
            sam_hdr_destroy(hdr);
    } else {
        ok = false; // htslib does not know what it is
    }
    hts_close(fp);
    hts_set_log_level(HTS_LOG_WARNING);
    return ok;
}

} // namespace

class TestMalformedInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectedFilesGetAClearError_data();
    void rejectedFilesGetAClearError();

private:
    QTemporaryDir m_cache;
};

void TestMalformedInputs::initTestCase()
{
    // Offline, always: a CRAM without its reference must not trigger a download.
    qputenv("REF_PATH", QFile::encodeName(m_cache.filePath(QStringLiteral("none/%s"))));
    qputenv("REF_CACHE", QFile::encodeName(m_cache.filePath(QStringLiteral("none/%s"))));
    HtsEnvironment::configureOffline(m_cache.path());
}

void TestMalformedInputs::rejectedFilesGetAClearError_data()
{
    QTest::addColumn<QString>("path");
    const QString root = sharedData();
    if (root.isEmpty())
        return;
    QStringList files;
    QDirIterator it(root + QStringLiteral("/conformance/samtools_hts-specs/test"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/failed/")))
            files << path;
    }
    for (const char* broken :
         {"genomics/brentp_cyvcf2/cyvcf2/tests/test-invalid-header.vcf",
          "genomics/brentp_cyvcf2/cyvcf2/tests/empty.vcf",
          "genomics/igvteam_igv/test/data/bcf/ex2.bcf",
          "genomics/Ensembl_ensembl-vep/t/testdata/input/windows.vcf",
          "genomics/Ensembl_ensembl-vep/examples/arabidopsis_thaliana.TAIR10.vcf",
          "genomics/igvteam_igv.js/test/data/vcf/gvcf_non_ref.vcf",
          "genomics/pcingola_SnpEff/tests/unity/vcf/1kg_head.vcf.gz",
          "genomics/pcingola_SnpEff/tests/unity/vcf/out_of_order.vcf",
          "genomics/pcingola_SnpEff/tests/old/hapmap1.vcf.gz",
          "genomics/igvteam_igv.js/test/data/cram/hg00096_hg38.cram"})
        files << sharedData(QLatin1String(broken));
    files.sort();
    for (const QString& f : std::as_const(files))
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(f))) << f;
}

void TestMalformedInputs::rejectedFilesGetAClearError()
{
    if (sharedData().isEmpty())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    QFETCH(QString, path);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    ReadOptions options;
    options.threads = 0;
    const FileRecord r = FileInspector::inspect(path, QFileInfo(path).absolutePath(), options);
    if (htslibAccepts(path))
        return; // htslib is lenient; Steward's own validation of such files comes later
    QCOMPARE(r.status, QStringLiteral("error"));
    const QString message = r.firstError();
    QVERIFY2(message.size() > 15, qPrintable(message));
}

QTEST_GUILESS_MAIN(TestMalformedInputs)
#include "test_MalformedInputs.moc"
