// The scanner over a workspace folder: what a steward sees after a scan (formats, problems,
// datasets), incremental rescans, removals, progress and cancel.

#include <unistd.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <htslib/sam.h>
#include <htslib/tbx.h>

#include "models/catalog/Catalog.h"
#include "models/catalog/CatalogStore.h"
#include "models/formats/WorkspaceScanner.h"
#include "models/review/IssuesModel.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

class TestWorkspaceScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstScanFindsFormatsProblemsAndDatasets();
    void rescanSkipsUnchangedFiles();
    void changedAndNewIndexFilesAreRescanned();
    void removedFilesLeaveTheCatalog();
    void progressIsMonotonicAndReachesTheTotal();
    void cancelStoresNoHalfReadFile();
    void unavailableWorkspaceKeepsItsEntries();
    void fileThatVanishesDuringTheScanIsNotStored();
    void fileThatChangesDuringTheScanIsReadAgain();
    void unreadableFolderIsReported();

private:
    FileRecord fileAt(const char* rel) const
    {
        return *CatalogStore(*m_catalog).file(QDir(m_root).filePath(QLatin1String(rel)));
    }
    static QStringList codes(const FileRecord& r)
    {
        QStringList list;
        for (const auto& p : r.problems)
            list << p.code;
        return list;
    }
    ScanSummary scan(WorkspaceScanner::Options options = {})
    {
        options.threads = 1;
        WorkspaceScanner scanner(*m_catalog, options);
        ScanSummary summary;
        QString error;
        if (!scanner.scan({m_root}, &summary, &error))
            qWarning() << error;
        return summary;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    QString m_root;
};

void TestWorkspaceScanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = QDir(m_dir->filePath(QStringLiteral("ws"))).absolutePath();
    QDir().mkpath(m_root);
    m_root = QDir(m_root).canonicalPath();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QString error;
    QVERIFY(m_catalog->open(&error));

    auto at = [this](const char* rel) { return QDir(m_root).filePath(QLatin1String(rel)); };
    const QByteArray vcf = smallVcf(200, 3);
    QVERIFY(writeBgzf(at("cohort/fam.clinical.vcf.gz"), vcf));
    QCOMPARE(tbx_index_build(qPrintable(at("cohort/fam.clinical.vcf.gz")), 0, &tbx_conf_vcf), 0);
    QVERIFY(writeText(at("cohort/fam.ped"), "FAM S1 0 0 1 2\nFAM S2 0 0 2 1\n"));
    QVERIFY(writeGzip(at("plain.vcf.gz"), vcf));
    QVERIFY(writeBgzf(at("noindex.vcf.gz"), vcf));
    QVERIFY(writeText(at("reads.sam"), smallSam(300)));
    QVERIFY(convertAlignments(at("reads.sam"), at("reads.bam"), "wb"));
    QCOMPARE(sam_index_build(qPrintable(at("reads.bam")), 0), 0);
    QVERIFY(convertAlignments(at("reads.sam"), at("cut.bam"), "wb"));
    QFile cut(at("cut.bam"));
    QVERIFY(cut.resize(cut.size() - 28)); // drop the BGZF EOF block
    QVERIFY(writeText(at("notes.txt"), "free text\n"));
    QVERIFY(writeText(at(".hidden/secret.vcf"), vcf));
    // An index older than its data file.
    QVERIFY(writeBgzf(at("stale.vcf.gz"), vcf));
    QCOMPARE(tbx_index_build(qPrintable(at("stale.vcf.gz")), 0, &tbx_conf_vcf), 0);
    QFile tbi(at("stale.vcf.gz.tbi"));
    QVERIFY(tbi.open(QIODevice::ReadWrite));
    QVERIFY(tbi.setFileTime(QDateTime::currentDateTime().addDays(-2),
                            QFileDevice::FileModificationTime));
}

void TestWorkspaceScanner::firstScanFindsFormatsProblemsAndDatasets()
{
    const ScanSummary s = scan();
    QCOMPARE(s.filesSeen, 12); // the hidden folder is skipped
    QCOMPARE(s.filesScanned, 12);
    QVERIFY(!s.cancelled);

    const FileRecord clinical = fileAt("cohort/fam.clinical.vcf.gz");
    QCOMPARE(clinical.format, QStringLiteral("vcf"));
    QCOMPARE(clinical.compression, QStringLiteral("bgzf"));
    QCOMPARE(clinical.indexStatus, QStringLiteral("ok"));
    QCOMPARE(clinical.status, QStringLiteral("ok"));
    QCOMPARE(clinical.eofOk, 1);
    QCOMPARE(clinical.samples,
             (QStringList{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")}));
    QCOMPARE(clinical.recordCount, qint64(200));
    QVERIFY(clinical.headerText.contains(QLatin1String("##fileformat=VCFv4.2")));
    QCOMPARE(clinical.contigs.size(), 1);
    QCOMPARE(clinical.contigs.first().records, qint64(200));
    QCOMPARE(clinical.role, QStringLiteral("data"));
    QVERIFY(clinical.datasetId > 0);
    QCOMPARE(fileAt("cohort/fam.clinical.vcf.gz.tbi").datasetId, clinical.datasetId);
    QCOMPARE(fileAt("cohort/fam.ped").datasetId, clinical.datasetId);
    QCOMPARE(fileAt("cohort/fam.ped").role, QStringLiteral("sidecar"));

    QVERIFY(codes(fileAt("plain.vcf.gz")).contains(QStringLiteral("plain-gzip")));
    QCOMPARE(fileAt("plain.vcf.gz").status, QStringLiteral("warning"));
    QCOMPARE(fileAt("plain.vcf.gz").recordCount, qint64(200)); // still read front to back
    QVERIFY(codes(fileAt("noindex.vcf.gz")).contains(QStringLiteral("missing-index")));
    QVERIFY(codes(fileAt("stale.vcf.gz")).contains(QStringLiteral("stale-index")));
    QCOMPARE(fileAt("stale.vcf.gz").indexStatus, QStringLiteral("stale"));

    const FileRecord bam = fileAt("reads.bam");
    QCOMPARE(bam.format, QStringLiteral("bam"));
    QCOMPARE(bam.status, QStringLiteral("ok"));
    QCOMPARE(bam.recordCount, qint64(300));
    QCOMPARE(bam.samples, QStringList{QStringLiteral("NA00001")});

    const FileRecord truncated = fileAt("cut.bam");
    QCOMPARE(truncated.status, QStringLiteral("error"));
    QCOMPARE(truncated.eofOk, 0);
    QVERIFY(codes(truncated).contains(QStringLiteral("truncated")));

    QCOMPARE(fileAt("notes.txt").format, QStringLiteral("other"));
    QCOMPARE(fileAt("notes.txt").datasetId, qint64(0));
    QVERIFY(s.filesWithErrors >= 1);
    QVERIFY(s.filesWithWarnings >= 3);
}

void TestWorkspaceScanner::rescanSkipsUnchangedFiles()
{
    scan();
    const qint64 datasetBefore = fileAt("cohort/fam.clinical.vcf.gz").datasetId;
    const ScanSummary again = scan();
    QCOMPARE(again.filesScanned, 0);
    QCOMPARE(again.filesSkipped, 12);
    QCOMPARE(fileAt("cohort/fam.clinical.vcf.gz").datasetId, datasetBefore);

    WorkspaceScanner::Options force;
    force.force = true;
    QCOMPARE(scan(force).filesScanned, 12);
}

void TestWorkspaceScanner::changedAndNewIndexFilesAreRescanned()
{
    scan();
    const QString noindex = QDir(m_root).filePath(QStringLiteral("noindex.vcf.gz"));
    QCOMPARE(tbx_index_build(qPrintable(noindex), 0, &tbx_conf_vcf), 0);
    QVERIFY(writeBgzf(QDir(m_root).filePath(QStringLiteral("reads.sam")), smallVcf(5)));
    const ScanSummary s = scan();
    // The new index, the file it belongs to, and the rewritten file.
    QCOMPARE(s.filesScanned, 3);
    QCOMPARE(fileAt("noindex.vcf.gz").indexStatus, QStringLiteral("ok"));
    QVERIFY(!codes(fileAt("noindex.vcf.gz")).contains(QStringLiteral("missing-index")));
    QCOMPARE(fileAt("reads.sam").format, QStringLiteral("vcf"));
    QCOMPARE(fileAt("reads.sam").recordCount, qint64(5));
}

void TestWorkspaceScanner::removedFilesLeaveTheCatalog()
{
    scan();
    QVERIFY(QFile::remove(QDir(m_root).filePath(QStringLiteral("noindex.vcf.gz"))));
    const ScanSummary s = scan();
    QCOMPARE(s.filesRemoved, 1);
    QVERIFY(
        !CatalogStore(*m_catalog).file(QDir(m_root).filePath(QStringLiteral("noindex.vcf.gz"))));
    QSqlQuery q(m_catalog->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM datasets WHERE name = 'noindex.vcf.gz'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestWorkspaceScanner::progressIsMonotonicAndReachesTheTotal()
{
    qint64 expectedTotal = 0;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.filePath().contains(QLatin1String("/.hidden/")))
            expectedTotal += it.fileInfo().size();
    }
    QVector<QPair<qint64, qint64>> seen;
    WorkspaceScanner::Options options;
    options.progress = [&seen](qint64 done, qint64 total, const QString&) {
        seen.push_back({done, total});
    };
    scan(options);
    QVERIFY(seen.size() >= 12);
    for (int i = 1; i < seen.size(); ++i) {
        QVERIFY2(seen[i].first >= seen[i - 1].first,
                 qPrintable(QStringLiteral("progress went back from %1 to %2")
                                .arg(seen[i - 1].first)
                                .arg(seen[i].first)));
        QCOMPARE(seen[i].second, expectedTotal);
    }
    QCOMPARE(seen.last().first, expectedTotal);
}

void TestWorkspaceScanner::cancelStoresNoHalfReadFile()
{
    std::atomic_bool cancel{false};
    WorkspaceScanner::Options options;
    options.cancel = &cancel;
    int files = 0;
    options.fileDone = [&](const FileRecord&) {
        if (++files == 3)
            cancel = true;
    };
    const ScanSummary s = scan(options);
    QVERIFY(s.cancelled);
    QCOMPARE(s.filesScanned, 3);
    QSqlQuery q(m_catalog->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM files")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    // The next scan picks up where this one stopped.
    QCOMPARE(scan().filesScanned, 9);
}

void TestWorkspaceScanner::unavailableWorkspaceKeepsItsEntries()
{
    scan();
    const QString moved = m_root + QStringLiteral("-unplugged");
    QVERIFY(QDir().rename(m_root, moved));
    const ScanSummary s = scan();
    QCOMPARE(s.unavailableFolders, QStringList{m_root});
    QCOMPARE(s.filesRemoved, 0);
    QCOMPARE(CatalogStore(*m_catalog)
                 .fileSignatures(CatalogStore(*m_catalog).workspaceId(m_root))
                 .size(),
             12);
    const auto issues = IssueRow::loadAll(*m_catalog);
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.first().code, QStringLiteral("workspace-unavailable"));
    QCOMPARE(issues.first().severity, QStringLiteral("error"));

    QVERIFY(QDir().rename(moved, m_root));
    const ScanSummary back = scan();
    QVERIFY(back.unavailableFolders.isEmpty());
    QCOMPARE(back.filesSkipped, 12);
    for (const IssueRow& issue : IssueRow::loadAll(*m_catalog))
        QVERIFY(issue.code != QLatin1String("workspace-unavailable"));
}

void TestWorkspaceScanner::fileThatVanishesDuringTheScanIsNotStored()
{
    const QString doomed = QDir(m_root).filePath(QStringLiteral("stale.vcf.gz"));
    WorkspaceScanner::Options options;
    options.progress = [&doomed](qint64, qint64, const QString& path) {
        if (path == doomed)
            QFile::remove(doomed);
    };
    const ScanSummary s = scan(options);
    QCOMPARE(s.filesScanned, 11);
    QVERIFY(!CatalogStore(*m_catalog).file(doomed).has_value());
}

void TestWorkspaceScanner::fileThatChangesDuringTheScanIsReadAgain()
{
    const QString growing = QDir(m_root).filePath(QStringLiteral("big.vcf.gz"));
    QVERIFY(writeBgzf(growing, smallVcf(20000, 2)));
    bool touched = false;
    int calls = 0;
    WorkspaceScanner::Options options;
    options.progress = [&](qint64, qint64, const QString& path) {
        // The first call announces the file; later ones come while it is being read, when
        // another program writes to it.
        if (path == growing && ++calls == 2) {
            QFile f(growing);
            if (f.open(QIODevice::ReadWrite) &&
                f.setFileTime(QDateTime::currentDateTime().addSecs(5),
                              QFileDevice::FileModificationTime))
                touched = true;
        }
    };
    scan(options);
    QVERIFY(touched);
    QVERIFY(codes(fileAt("big.vcf.gz")).contains(QStringLiteral("changed-during-scan")));
    // The next scan reads it again (and now it is stable).
    const ScanSummary again = scan();
    QCOMPARE(again.filesScanned, 1);
    QVERIFY(!codes(fileAt("big.vcf.gz")).contains(QStringLiteral("changed-during-scan")));
}

void TestWorkspaceScanner::unreadableFolderIsReported()
{
    if (::geteuid() == 0)
        QSKIP("running as root: every folder is readable, so this case cannot be made here");
    const QString locked = QDir(m_root).filePath(QStringLiteral("locked"));
    QVERIFY(writeText(locked + QStringLiteral("/x.vcf"), smallVcf(3)));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    const ScanSummary s = scan();
    QFile::setPermissions(locked,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(s.unreadableFolders, QStringList{locked});
    bool reported = false;
    for (const IssueRow& issue : IssueRow::loadAll(*m_catalog))
        reported |= issue.code == QLatin1String("unreadable-folder") &&
                    issue.relPath.endsWith(QLatin1String("locked"));
    QVERIFY(reported);
}

QTEST_GUILESS_MAIN(TestWorkspaceScanner)
#include "test_WorkspaceScanner.moc"
