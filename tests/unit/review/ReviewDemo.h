#pragma once

// The demo-workspace fixture shared by the ReviewStore tests: a copy of a generated demo
// workspace per test, scanned, with consent imported, two destinations declared, and helpers
// to decide items and read the audit log.

#include <pwd.h>
#include <unistd.h>

#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/consent/ConsentSheetImporter.h"
#include "models/consent/ConsentStore.h"
#include "models/consent/DatasetConsent.h"
#include "models/consent/DuoTermTable.h"
#include "models/formats/DemoWorkspace.h"
#include "models/formats/WorkspaceScanner.h"
#include "models/review/ReviewStore.h"
#include "models/review/Reviewer.h"
#include "models/transfer/RepositoryStore.h"

#include "tests/common/TestData.h"

using namespace steward;

Q_DECLARE_METATYPE(ReviewState)
Q_DECLARE_METATYPE(ReviewAction)

namespace review_test {

const QString kReviewerName = QStringLiteral("Rita Reviewer");
const QString kCfStudy = QStringLiteral("cf-study");
const QString kCfPurpose = QStringLiteral("primary=disease;disease=MONDO:0009061");
const QString kHmbArchive = QStringLiteral("hmb-archive");
const QString kHmbPurpose = QStringLiteral("primary=hmb");

/** Every dataset the demo workspace gives, by name. */
const QStringList kDemoDatasets{
    QStringLiteral("MRN0012345.bam"),    QStringLiteral("MRN0012345.cram"),
    QStringLiteral("cohort.vcf.gz"),     QStringLiteral("demo_ref.fa"),
    QStringLiteral("plain_gzip.vcf.gz"), QStringLiteral("stale_index.vcf.gz"),
    QStringLiteral("trio.vcf.gz"),       QStringLiteral("truncated.bam"),
    QStringLiteral("unindexed.bam")};

inline QString osLogin()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::fromLocal8Bit(qgetenv("USER"));
}

/** "trio.vcf.gz@hmb-archive" for comparing lists of items. */
inline QStringList keys(const QVector<ReviewItem>& items)
{
    QStringList list;
    for (const ReviewItem& i : items)
        list << i.datasetName + QLatin1Char('@') + i.repositoryName;
    list.sort();
    return list;
}

/** The demo workspace, generated once per run (initTestCase) and copied for each test. */
inline QString& demoTemplate()
{
    static QString path;
    return path;
}

inline bool copyFolder(const QString& from, const QString& to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    const QFileInfoList entries =
        source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyFolder(entry.filePath(), target)
                          : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

/**
 * The demo workspace generated and scanned into a fresh catalog, its sample sheet imported
 * and two destinations declared: cf-study (cystic fibrosis research) and hmb-archive.
 */
struct Demo
{
    QTemporaryDir dir;
    QString workspace = dir.filePath(QStringLiteral("demo"));
    Catalog catalog{dir.filePath(QStringLiteral("catalog.sqlite"))};
    QString error;

    bool setUp()
    {
        if (!dir.isValid() || demoTemplate().isEmpty() || !copyFolder(demoTemplate(), workspace)) {
            error = QStringLiteral("cannot copy the demo workspace to %1").arg(workspace);
            return false;
        }
        if (!catalog.open(&error) || !scan())
            return false;
        const ConsentSheetImporter::Result imported = ConsentSheetImporter::importFile(
            catalog, workspace + QStringLiteral("/clinical/samplesheet.csv"));
        if (!imported.imported || imported.records.size() != 15) {
            error = QStringLiteral("the demo sample sheet did not import");
            return false;
        }
        RepositoryStore repositories(catalog);
        return repositories.declare(kCfStudy, kCfPurpose, &error) &&
               repositories.declare(kHmbArchive, kHmbPurpose, &error);
    }

    bool scan(int* invalidated = nullptr)
    {
        WorkspaceScanner scanner(catalog, WorkspaceScanner::Options());
        ScanSummary summary;
        const bool ok = scanner.scan({workspace}, &summary, &error);
        if (invalidated)
            *invalidated = summary.reviewsInvalidated;
        return ok;
    }

    QString path(const QString& dataset) const
    {
        QString e;
        const std::optional<DatasetConsent::Dataset> d = DatasetConsent::find(catalog, dataset, &e);
        return d ? d->path : QString();
    }

    ReviewItem item(const QString& dataset, const QString& repository) const
    {
        const std::optional<Repository> r = RepositoryStore(catalog).repository(repository);
        if (!r)
            return ReviewItem();
        return ReviewStore(catalog).item(path(dataset), r->id).value_or(ReviewItem());
    }

    bool decide(const QString& dataset, const QString& repository, ReviewAction action,
                const QString& comment, QString* message)
    {
        const ReviewItem i = item(dataset, repository);
        if (i.id == 0) {
            *message = QStringLiteral("no item for %1 at %2").arg(dataset, repository);
            return false;
        }
        return ReviewStore(catalog).decide(i.id, action, comment, message);
    }

    bool saveConsent(const QString& dataset, const QString& sample, const QString& consent,
                     bool withdrawn = false)
    {
        ConsentRecord r;
        r.dataset = dataset;
        r.sampleId = sample;
        r.consent = consent;
        r.withdrawn = withdrawn;
        return ConsentStore(catalog).save(r, &error);
    }

    DatasetMatch evaluate(const QString& dataset, const QString& purpose)
    {
        DataUse use;
        DataUse::parse(purpose, &use, &error);
        QString e;
        const std::optional<DatasetConsent::Dataset> d = DatasetConsent::find(catalog, dataset, &e);
        return DatasetConsent::evaluate(d.value_or(DatasetConsent::Dataset()),
                                        ConsentStore(catalog).records(), use,
                                        DuoTermTable::current(catalog));
    }

    QVector<AuditEntry> audit(const QString& actionPrefix) const
    {
        QVector<AuditEntry> list;
        for (const AuditEntry& e : AuditLog(catalog).entries()) {
            if (e.action.startsWith(actionPrefix))
                list << e;
        }
        return list;
    }

    int decisionCount() const
    {
        QSqlQuery q(catalog.database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM review_decisions")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
};

#define SET_UP_DEMO(demo)                                                                          \
    Demo demo;                                                                                     \
    QVERIFY2(demo.setUp(), qPrintable(demo.error))

#define DECIDE(demo, dataset, repository, action, comment)                                         \
    do {                                                                                           \
        QString decideError;                                                                       \
        QVERIFY2(demo.decide(dataset, repository, action, comment, &decideError),                  \
                 qPrintable(decideError));                                                         \
    } while (false)

} // namespace review_test

using namespace review_test;

/** What both ReviewStore test classes do first: a reviewer name kept out of the real user's
 * settings, and one generated demo workspace that every test copies. */
inline bool prepareReviewDemo(QTemporaryDir& demo, const QString& application, QString* error)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("steward-tests"));
    QCoreApplication::setApplicationName(application);
    Reviewer::kName.setValue(kReviewerName);
    if (Reviewer::name() != kReviewerName || osLogin().isEmpty()) {
        *error = QStringLiteral("the reviewer name or the OS login is not available");
        return false;
    }
    if (!DemoWorkspace::generate(demo.filePath(QStringLiteral("demo")), error))
        return false;
    demoTemplate() = demo.filePath(QStringLiteral("demo"));
    return true;
}
