// A kill at any moment leaves a consistent catalog: `steward scan` is killed with SIGKILL
// at several points of a scan; after each kill the catalog passes SQLite's integrity check,
// every stored file is complete (samples, contigs, statistics agree), and the next scan
// finishes the work without redoing what was stored.

#include <csignal>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "models/catalog/Catalog.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {
constexpr int kFiles = 16;
constexpr int kSamples = 20;
constexpr int kRecords = 40000;
} // namespace

class TestScanCrashConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killAtManyPointsLeavesAConsistentCatalog();

private:
    QProcess* startScan(const QString& catalog)
    {
        auto* p = new QProcess(this);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(STEWARD_EXECUTABLE),
                 {QStringLiteral("--catalog"), catalog, QStringLiteral("scan"), m_workspace,
                  QStringLiteral("--threads"), QStringLiteral("0")});
        return p;
    }
    /** Checks the catalog; returns how many complete files it holds. */
    int verifyConsistent(const QString& path);

    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestScanCrashConsistency::initTestCase()
{
    m_workspace = m_dir.filePath(QStringLiteral("workspace"));
    const QString first = m_workspace + QStringLiteral("/cohort-00.vcf.gz");
    QVERIFY(writeBgzf(first, smallVcf(kRecords, kSamples)));
    for (int i = 1; i < kFiles; ++i)
        QVERIFY(QFile::copy(
            first,
            m_workspace + QStringLiteral("/cohort-%1.vcf.gz").arg(i, 2, 10, QLatin1Char('0'))));
}

int TestScanCrashConsistency::verifyConsistent(const QString& path)
{
    Catalog catalog(path);
    QString error;
    if (!catalog.open(&error)) {
        qWarning() << error;
        return -1;
    }
    QSqlQuery q(catalog.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
        q.value(0).toString() != QLatin1String("ok"))
        return -1;
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next())
        return -1;
    q.exec(QStringLiteral(
        "SELECT f.id, f.status, (SELECT count(*) FROM samples s WHERE s.file_id = f.id), "
        "(SELECT sum(records) FROM contigs c WHERE c.file_id = f.id), st.records, st.json "
        "FROM files f LEFT JOIN statistics st ON st.file_id = f.id"));
    int complete = 0;
    while (q.next()) {
        // Files have no index, so "warning"; never "error".
        const bool ok = q.value(1).toString() != QLatin1String("error") &&
                        q.value(2).toInt() == kSamples && q.value(3).toLongLong() == kRecords &&
                        q.value(4).toLongLong() == kRecords &&
                        QJsonDocument::fromJson(q.value(5).toString().toUtf8())
                                .object()
                                .value(QStringLiteral("summary"))
                                .toObject()
                                .value(QStringLiteral("number of records"))
                                .toInteger() == kRecords;
        if (!ok) {
            qWarning() << "file" << q.value(0) << "is stored incompletely";
            return -1;
        }
        ++complete;
    }
    return complete;
}

void TestScanCrashConsistency::killAtManyPointsLeavesAConsistentCatalog()
{
    // Time one whole scan to place the kills inside it.
    const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
    QElapsedTimer timer;
    timer.start();
    QProcess* full = startScan(reference);
    QVERIFY(full->waitForFinished(300000));
    QCOMPARE(full->exitCode(), 0);
    const qint64 fullMs = timer.elapsed();
    QCOMPARE(verifyConsistent(reference), kFiles);

    const QString catalog = m_dir.filePath(QStringLiteral("killed.sqlite"));
    int killedMidway = 0;
    int stored = 0;
    for (double fraction : {0.05, 0.2, 0.35, 0.5, 0.65}) {
        QProcess* p = startScan(catalog);
        QVERIFY(p->waitForStarted());
        QTest::qWait(int(fullMs * fraction));
        if (p->state() == QProcess::Running) {
            ::kill(pid_t(p->processId()), SIGKILL);
            p->waitForFinished();
        } else {
            p->waitForFinished();
        }
        const int now = verifyConsistent(catalog);
        QVERIFY2(now >= 0, "the catalog is inconsistent after a kill");
        QVERIFY(now >= stored); // nothing stored before is lost
        if (now > stored && now < kFiles)
            ++killedMidway;
        stored = now;
    }
    QVERIFY2(killedMidway >= 1, "no kill landed in the middle of a scan; the test proved nothing");

    // The next scan finishes the job and skips what was already stored.
    const ToolResult last = runTool(QStringLiteral(STEWARD_EXECUTABLE),
                                    {QStringLiteral("--catalog"), catalog, QStringLiteral("scan"),
                                     m_workspace, QStringLiteral("--json")});
    QCOMPARE(last.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(last.out).object();
    QCOMPARE(summary.value(QStringLiteral("files_unchanged")).toInt(), stored);
    QCOMPARE(summary.value(QStringLiteral("files_scanned")).toInt(), kFiles - stored);
    QCOMPARE(verifyConsistent(catalog), kFiles);
}

QTEST_GUILESS_MAIN(TestScanCrashConsistency)
#include "test_ScanCrashConsistency.moc"
