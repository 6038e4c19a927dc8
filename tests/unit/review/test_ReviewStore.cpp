// ReviewStore on the demo workspace: the review state machine, the workflow's refusals (a
// denied sample blocks approval and is named, NEEDS REVIEW and rejections need a comment), what
// a decision records (reviewer, OS user, comment, the match), and invalidation - a decided item
// goes back to pending, with a reason naming what changed, when a sample's consent, a file of
// the dataset or the destination's declared use changes, while undecided items are left alone.
// Withdrawn samples are excluded whatever dataset the withdrawal was recorded for. Every
// decision and invalidation is in the audit log and the chain verifies.

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

namespace {

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

QString osLogin()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::fromLocal8Bit(qgetenv("USER"));
}

/** "trio.vcf.gz@hmb-archive" for comparing lists of items. */
QStringList keys(const QVector<ReviewItem>& items)
{
    QStringList list;
    for (const ReviewItem& i : items)
        list << i.datasetName + QLatin1Char('@') + i.repositoryName;
    list.sort();
    return list;
}

/** The demo workspace, generated once per run (initTestCase) and copied for each test. */
QString& demoTemplate()
{
    static QString path;
    return path;
}

bool copyFolder(const QString& from, const QString& to)
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

} // namespace

class TestReviewStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void transitions_data();
    void transitions();
    void stateNamesForTheCommandLine_data();
    void stateNamesForTheCommandLine();
    void everyDatasetGetsAnItemPerDestination();
    void storeRefusesWhatTheStateMachineRefuses();

    void approvalRefusedWhileASampleIsDenied();
    void approvalRefusedWhenEverySampleIsExcluded();
    void needsReviewApprovalNeedsAComment();
    void rejectAndRequestChangesNeedAComment_data();
    void rejectAndRequestChangesNeedAComment();
    void decisionsRecordReviewerOsUserAndComment();

    void invalidation_data();
    void invalidation();
    void undecidedItemsAreUntouched();
    void unchangedFactsKeepTheDecision();

    void withdrawnSampleIsExcluded();
    void withdrawalInAnyScopeExcludes_data();
    void withdrawalInAnyScopeExcludes();

    void auditLogHoldsEveryDecisionAndInvalidation();
    void filters_data();
    void filters();

private:
    QTemporaryDir m_demo;
};

void TestReviewStore::initTestCase()
{
    // The reviewer's name is a setting: keep it out of the real user's configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("steward-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ReviewStore"));
    Reviewer::kName.setValue(kReviewerName);
    QCOMPARE(Reviewer::name(), kReviewerName);
    QVERIFY(!osLogin().isEmpty());
    QString error;
    QVERIFY2(DemoWorkspace::generate(m_demo.filePath(QStringLiteral("demo")), &error),
             qPrintable(error));
    demoTemplate() = m_demo.filePath(QStringLiteral("demo"));
}

void TestReviewStore::cleanupTestCase()
{
    Reviewer::kName.reset();
}

void TestReviewStore::transitions_data()
{
    QTest::addColumn<ReviewState>("from");
    QTest::addColumn<ReviewAction>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<ReviewState>("to");

    using S = ReviewState;
    using A = ReviewAction;
    const auto row = [](S from, A action, bool allowed, S to) {
        QTest::addRow("%s %s", qPrintable(ReviewItem::stateName(from)),
                      qPrintable(ReviewItem::actionName(action)))
            << from << action << allowed << to;
    };
    // Start review: from a fresh or a sent-back item.
    row(S::Pending, A::StartReview, true, S::InReview);
    row(S::InReview, A::StartReview, false, S::InReview);
    row(S::ChangesRequested, A::StartReview, true, S::InReview);
    row(S::Approved, A::StartReview, false, S::Approved);
    row(S::Rejected, A::StartReview, false, S::Rejected);
    // Approve: anything not yet decided.
    row(S::Pending, A::Approve, true, S::Approved);
    row(S::InReview, A::Approve, true, S::Approved);
    row(S::ChangesRequested, A::Approve, true, S::Approved);
    row(S::Approved, A::Approve, false, S::Approved);
    row(S::Rejected, A::Approve, false, S::Rejected);
    // Reject: anything not rejected, an approval included.
    row(S::Pending, A::Reject, true, S::Rejected);
    row(S::InReview, A::Reject, true, S::Rejected);
    row(S::ChangesRequested, A::Reject, true, S::Rejected);
    row(S::Approved, A::Reject, true, S::Rejected);
    row(S::Rejected, A::Reject, false, S::Rejected);
    // Request changes: while the review is open.
    row(S::Pending, A::RequestChanges, true, S::ChangesRequested);
    row(S::InReview, A::RequestChanges, true, S::ChangesRequested);
    row(S::ChangesRequested, A::RequestChanges, false, S::ChangesRequested);
    row(S::Approved, A::RequestChanges, false, S::Approved);
    row(S::Rejected, A::RequestChanges, false, S::Rejected);
    // Reopen: only a final decision.
    row(S::Pending, A::Reopen, false, S::Pending);
    row(S::InReview, A::Reopen, false, S::InReview);
    row(S::ChangesRequested, A::Reopen, false, S::ChangesRequested);
    row(S::Approved, A::Reopen, true, S::InReview);
    row(S::Rejected, A::Reopen, true, S::InReview);
}

void TestReviewStore::transitions()
{
    QFETCH(ReviewState, from);
    QFETCH(ReviewAction, action);
    QFETCH(bool, allowed);
    QFETCH(ReviewState, to);
    ReviewState result = from;
    QCOMPARE(ReviewItem::transition(from, action, &result), allowed);
    QCOMPARE(result, to);
}

void TestReviewStore::stateNamesForTheCommandLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<ReviewState>("state");
    QTest::newRow("pending") << "pending" << true << ReviewState::Pending;
    QTest::newRow("in_review") << "in_review" << true << ReviewState::InReview;
    QTest::newRow("in-review") << "in-review" << true << ReviewState::InReview;
    QTest::newRow("In Review") << " In Review " << true << ReviewState::InReview;
    QTest::newRow("changes-requested")
        << "changes-requested" << true << ReviewState::ChangesRequested;
    QTest::newRow("APPROVED") << "APPROVED" << true << ReviewState::Approved;
    QTest::newRow("rejected") << "rejected" << true << ReviewState::Rejected;
    QTest::newRow("approve is an action") << "approve" << false << ReviewState::Pending;
    QTest::newRow("empty") << "" << false << ReviewState::Pending;
}

void TestReviewStore::stateNamesForTheCommandLine()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(ReviewState, state);
    ReviewState parsed = ReviewState::Pending;
    QCOMPARE(ReviewItem::stateFromName(name, &parsed), known);
    QCOMPARE(parsed, state);
    if (known) // the stored name reads back
        QCOMPARE(ReviewItem::stateName(parsed), name.trimmed()
                                                    .toLower()
                                                    .replace(QLatin1Char('-'), QLatin1Char('_'))
                                                    .replace(QLatin1Char(' '), QLatin1Char('_')));
    // The CLI's action words.
    for (const char* action : {"start", "approve", "reject", "request-changes", "reopen"}) {
        ReviewAction a;
        QVERIFY2(ReviewItem::actionFromName(QLatin1String(action), &a), action);
        QCOMPARE(ReviewItem::actionName(a), QLatin1String(action));
    }
}

void TestReviewStore::everyDatasetGetsAnItemPerDestination()
{
    SET_UP_DEMO(demo);
    const QVector<ReviewItem> items = ReviewStore(demo.catalog).items();
    QStringList expected;
    for (const QString& d : kDemoDatasets)
        expected << d + QLatin1Char('@') + kCfStudy << d + QLatin1Char('@') + kHmbArchive;
    expected.sort();
    QCOMPARE(keys(items), expected);
    for (const ReviewItem& i : items) {
        QCOMPARE(i.state, ReviewState::Pending);
        QVERIFY(i.lastReviewer.isEmpty());
        QVERIFY(i.invalidatedReason.isEmpty());
    }
    // A second refresh adds nothing.
    QString error;
    int invalidated = -1;
    QVERIFY2(ReviewStore(demo.catalog).refresh(&error, &invalidated), qPrintable(error));
    QCOMPARE(invalidated, 0);
    QCOMPARE(ReviewStore(demo.catalog).items().size(), items.size());
}

void TestReviewStore::storeRefusesWhatTheStateMachineRefuses()
{
    SET_UP_DEMO(demo);
    DECIDE(demo, QStringLiteral("trio"), kHmbArchive, ReviewAction::Approve, QString());
    const int decisions = demo.decisionCount();
    const int entries = int(AuditLog(demo.catalog).entries().size());
    QString error;
    QVERIFY(!demo.decide(QStringLiteral("trio"), kHmbArchive, ReviewAction::Approve,
                         QStringLiteral("again"), &error));
    QCOMPARE(error, QStringLiteral("Approve is not possible for trio.vcf.gz at hmb-archive: the "
                                   "review is approved."));
    QVERIFY(!demo.decide(QStringLiteral("trio"), kHmbArchive, ReviewAction::StartReview, QString(),
                         &error));
    QVERIFY2(error.contains(QLatin1String("Start review is not possible")), qPrintable(error));
    QVERIFY(!demo.decide(QStringLiteral("cohort"), kHmbArchive, ReviewAction::Reopen,
                         QStringLiteral("why"), &error));
    QVERIFY2(error.contains(QLatin1String("the review is pending")), qPrintable(error));
    QCOMPARE(demo.item(QStringLiteral("trio"), kHmbArchive).state, ReviewState::Approved);
    QCOMPARE(demo.decisionCount(), decisions);
    QCOMPARE(AuditLog(demo.catalog).entries().size(), entries);
    QVERIFY(!ReviewStore(demo.catalog).decide(987654, ReviewAction::Approve, QString(), &error));
    QCOMPARE(error, QStringLiteral("No review item 987654."));
}

void TestReviewStore::approvalRefusedWhileASampleIsDenied()
{
    SET_UP_DEMO(demo);
    const int entries = int(AuditLog(demo.catalog).entries().size());
    QString error;
    // Even with a comment: a denial is not the reviewer's to override.
    QVERIFY(!demo.decide(QStringLiteral("cohort"), kCfStudy, ReviewAction::Approve,
                         QStringLiteral("I am sure"), &error));
    QVERIFY2(error.startsWith(QLatin1String(
                 "Approval refused: the consent matcher denies cohort.vcf.gz for cf-study")),
             qPrintable(error));
    // The denied samples, and only those: not the withdrawn one, not the one needing review.
    QVERIFY2(error.contains(QLatin1String("(MRN0012388, MRN0015990, MRN0017118)")),
             qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("MRN0018846")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("MRN0016234")), qPrintable(error));
    // The first denial's reason, in words.
    QVERIFY2(error.contains(QLatin1String("MONDO:0007254 (breast cancer) only")),
             qPrintable(error));

    const ReviewItem item = demo.item(QStringLiteral("cohort"), kCfStudy);
    QCOMPARE(item.state, ReviewState::Pending);
    QVERIFY(ReviewStore(demo.catalog).decisions(item.id).isEmpty());
    QCOMPARE(AuditLog(demo.catalog).entries().size(), entries);

    // The same dataset can be approved for a destination its consent allows... except that
    // the cohort's DS samples deny HMB research too; the trio is fine for both.
    QVERIFY(!demo.decide(QStringLiteral("cohort"), kHmbArchive, ReviewAction::Approve,
                         QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("MRN0012345")), qPrintable(error));
    DECIDE(demo, QStringLiteral("trio"), kCfStudy, ReviewAction::Approve, QString());
    DECIDE(demo, QStringLiteral("MRN0012345.bam"), kCfStudy, ReviewAction::Approve, QString());
    QCOMPARE(demo.item(QStringLiteral("MRN0012345.bam"), kCfStudy).state, ReviewState::Approved);
    QVERIFY(!demo.decide(QStringLiteral("MRN0012345.bam"), kHmbArchive, ReviewAction::Approve,
                         QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("(MRN0012345)")), qPrintable(error));
}

void TestReviewStore::approvalRefusedWhenEverySampleIsExcluded()
{
    SET_UP_DEMO(demo);
    // The only person in the BAM withdraws: nothing is left to share.
    QVERIFY2(demo.saveConsent(QString(), QStringLiteral("MRN0012345"),
                              QStringLiteral("DS(MONDO:0009061)"), true),
             qPrintable(demo.error));
    const DatasetMatch match = demo.evaluate(QStringLiteral("MRN0012345.bam"), kCfPurpose);
    QCOMPARE(match.decision, MatchDecision::Deny);
    QCOMPARE(match.included, 0);
    QCOMPARE(match.excluded, 1);
    QVERIFY2(match.reason.contains(QLatin1String("Every sample of MRN0012345.bam is excluded")),
             qPrintable(match.reason));
    QString error;
    QVERIFY(!demo.decide(QStringLiteral("MRN0012345.bam"), kCfStudy, ReviewAction::Approve,
                         QStringLiteral("ok"), &error));
    QVERIFY2(error.startsWith(QLatin1String("Approval refused")), qPrintable(error));
    QCOMPARE(demo.item(QStringLiteral("MRN0012345.bam"), kCfStudy).state, ReviewState::Pending);
    // The refusal says why: every sample is excluded (not an empty list of denied samples).
    QVERIFY2(error.contains(QLatin1String("excluded")), qPrintable(error));
}

void TestReviewStore::needsReviewApprovalNeedsAComment()
{
    SET_UP_DEMO(demo);
    // The child's consent now asks for publication, which hmb-archive does not declare.
    QVERIFY2(demo.saveConsent(QStringLiteral("trio"), QStringLiteral("MRN0031001"),
                              QStringLiteral("HMB;PUB")),
             qPrintable(demo.error));
    const DatasetMatch match = demo.evaluate(QStringLiteral("trio"), kHmbPurpose);
    QCOMPARE(match.decision, MatchDecision::NeedsReview);

    QString error;
    for (const QString& empty : {QString(), QStringLiteral("   \t ")}) {
        QVERIFY(!demo.decide(QStringLiteral("trio"), kHmbArchive, ReviewAction::Approve, empty,
                             &error));
        QCOMPARE(error, QStringLiteral("The consent match needs review: approving trio.vcf.gz for "
                                       "hmb-archive needs a comment that records why the use is "
                                       "allowed."));
        QCOMPARE(demo.item(QStringLiteral("trio"), kHmbArchive).state, ReviewState::Pending);
    }
    const QString why = QStringLiteral("hmb-archive publishes every release; PUB is met.");
    DECIDE(demo, QStringLiteral("trio"), kHmbArchive, ReviewAction::Approve, why);
    const ReviewItem item = demo.item(QStringLiteral("trio"), kHmbArchive);
    QCOMPARE(item.state, ReviewState::Approved);
    QCOMPARE(item.consentDecision, QStringLiteral("NEEDS_REVIEW"));
    QCOMPARE(item.lastComment, why);
    // An APPROVE match needs no comment.
    DECIDE(demo, QStringLiteral("MRN0012345.bam"), kCfStudy, ReviewAction::Approve, QString());
    const ReviewItem bam = demo.item(QStringLiteral("MRN0012345.bam"), kCfStudy);
    QCOMPARE(bam.state, ReviewState::Approved);
    QCOMPARE(bam.consentDecision, QStringLiteral("APPROVE"));
    QCOMPARE(bam.lastComment, QString());
}

void TestReviewStore::rejectAndRequestChangesNeedAComment_data()
{
    QTest::addColumn<ReviewAction>("action");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("message");
    QTest::newRow("reject, no comment")
        << ReviewAction::Reject << QString() << "Reject needs a comment saying why.";
    QTest::newRow("reject, blank comment") << ReviewAction::Reject << " \n "
                                           << "Reject needs a comment saying why.";
    QTest::newRow("request changes, no comment") << ReviewAction::RequestChanges << QString()
                                                 << "Request changes needs a comment saying why.";
    QTest::newRow("request changes, blank comment")
        << ReviewAction::RequestChanges << "\t"
        << "Request changes needs a comment saying why.";
}

void TestReviewStore::rejectAndRequestChangesNeedAComment()
{
    QFETCH(ReviewAction, action);
    QFETCH(QString, comment);
    QFETCH(QString, message);
    SET_UP_DEMO(demo);
    const int entries = int(AuditLog(demo.catalog).entries().size());
    QString error;
    QVERIFY(!demo.decide(QStringLiteral("cohort"), kCfStudy, action, comment, &error));
    QCOMPARE(error, message);
    QCOMPARE(demo.item(QStringLiteral("cohort"), kCfStudy).state, ReviewState::Pending);
    QCOMPARE(demo.decisionCount(), 0);
    QCOMPARE(AuditLog(demo.catalog).entries().size(), entries);
    // With a reason it goes through, even for a dataset the matcher denies.
    DECIDE(demo, QStringLiteral("cohort"), kCfStudy, action,
           QStringLiteral("  three DS consents  "));
    const ReviewItem item = demo.item(QStringLiteral("cohort"), kCfStudy);
    QCOMPARE(item.state, action == ReviewAction::Reject ? ReviewState::Rejected
                                                        : ReviewState::ChangesRequested);
    QCOMPARE(item.lastComment, QStringLiteral("three DS consents")); // trimmed
    QCOMPARE(item.consentDecision, QStringLiteral("DENY"));
}

void TestReviewStore::decisionsRecordReviewerOsUserAndComment()
{
    SET_UP_DEMO(demo);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString comment = QStringLiteral("Trio consent is HMB: fine for CF research.");
    DECIDE(demo, QStringLiteral("trio"), kCfStudy, ReviewAction::Approve, comment);
    ReviewItem item = demo.item(QStringLiteral("trio"), kCfStudy);
    QCOMPARE(item.state, ReviewState::Approved);
    QCOMPARE(item.lastReviewer, QStringLiteral("%1 (%2)").arg(kReviewerName, osLogin()));
    QCOMPARE(item.lastComment, comment);

    QVector<ReviewDecision> decisions = ReviewStore(demo.catalog).decisions(item.id);
    QCOMPARE(decisions.size(), 1);
    const ReviewDecision& d = decisions.first();
    QCOMPARE(d.itemId, item.id);
    QCOMPARE(d.part, QStringLiteral("consent"));
    QCOMPARE(d.from, ReviewState::Pending);
    QCOMPARE(d.to, ReviewState::Approved);
    QCOMPARE(d.reviewer, kReviewerName);
    QCOMPARE(d.osUser, osLogin());
    QCOMPARE(d.comment, comment);
    QVERIFY2(d.decidedAt >= before && d.decidedAt <= QDateTime::currentDateTimeUtc(),
             qPrintable(d.decidedAt.toString(Qt::ISODateWithMs)));
    // What the reviewer saw.
    QCOMPARE(d.matchSummary.value(QStringLiteral("decision")).toString(),
             QStringLiteral("APPROVE"));
    QCOMPARE(d.matchSummary.value(QStringLiteral("included")).toInt(), 3);
    QCOMPARE(d.matchSummary.value(QStringLiteral("samples")).toArray().size(), 3);

    // Reopen, then reject: each is a decision of its own, newest last.
    DECIDE(demo, QStringLiteral("trio"), kCfStudy, ReviewAction::Reopen, QString());
    DECIDE(demo, QStringLiteral("trio"), kCfStudy, ReviewAction::Reject,
           QStringLiteral("The study's ethics approval lapsed."));
    decisions = ReviewStore(demo.catalog).decisions(item.id);
    QCOMPARE(decisions.size(), 3);
    QCOMPARE(decisions[1].from, ReviewState::Approved);
    QCOMPARE(decisions[1].to, ReviewState::InReview);
    QCOMPARE(decisions[2].from, ReviewState::InReview);
    QCOMPARE(decisions[2].to, ReviewState::Rejected);
    QCOMPARE(decisions[2].comment, QStringLiteral("The study's ethics approval lapsed."));
    item = demo.item(QStringLiteral("trio"), kCfStudy);
    QCOMPARE(item.state, ReviewState::Rejected);
    QCOMPARE(item.lastComment, QStringLiteral("The study's ethics approval lapsed."));

    // The audit entry of the approval names the reviewer, the item and the comment.
    const QVector<AuditEntry> approvals = demo.audit(QStringLiteral("review.approve"));
    QCOMPARE(approvals.size(), 1);
    const AuditEntry& e = approvals.first();
    QCOMPARE(e.actor, QStringLiteral("%1 (%2)").arg(kReviewerName, osLogin()));
    QCOMPARE(e.subject,
             QStringLiteral("review:%1@cf-study").arg(demo.path(QStringLiteral("trio"))));
    QCOMPARE(e.details.value(QStringLiteral("comment")).toString(), comment);
    QCOMPARE(e.details.value(QStringLiteral("from")).toString(), QStringLiteral("pending"));
    QCOMPARE(e.details.value(QStringLiteral("to")).toString(), QStringLiteral("approved"));
    QCOMPARE(e.details.value(QStringLiteral("consent_decision")).toString(),
             QStringLiteral("APPROVE"));
}

namespace {
enum Change
{
    ConsentOfASample,
    WithdrawalInAnotherDataset,
    FileTouched,
    SidecarModified,
    PurposeRedeclared
};
}

void TestReviewStore::invalidation_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a sample's consent changes")
        << int(ConsentOfASample) << "Consent changed after the decision for: MRN0031002.";
    QTest::newRow("a sample withdraws, recorded for another dataset")
        << int(WithdrawalInAnotherDataset) << "Consent changed after the decision for: MRN0031003.";
    QTest::newRow("the VCF is touched")
        << int(FileTouched) << "Files changed after the decision: trio.vcf.gz.";
    QTest::newRow("the PED is edited")
        << int(SidecarModified) << "Files changed after the decision: trio.ped.";
    QTest::newRow("the destination re-declares its purpose")
        << int(PurposeRedeclared)
        << "The destination's declared data use changed after the decision.";
}

void TestReviewStore::invalidation()
{
    QFETCH(int, change);
    QFETCH(QString, reason);
    SET_UP_DEMO(demo);
    // The item under test, an approved bystander (another dataset, another destination) and
    // an item in review.
    DECIDE(demo, QStringLiteral("trio"), kHmbArchive, ReviewAction::Approve,
           QStringLiteral("HMB all round"));
    DECIDE(demo, QStringLiteral("MRN0012345.bam"), kCfStudy, ReviewAction::Approve, QString());
    DECIDE(demo, QStringLiteral("trio"), kCfStudy, ReviewAction::StartReview, QString());
    const int invalidationsBefore = int(demo.audit(QStringLiteral("review.invalidate")).size());
    QCOMPARE(invalidationsBefore, 0);

    const QString trio = demo.workspace + QStringLiteral("/trio/");
    int invalidated = -1;
    switch (Change(change)) {
    case ConsentOfASample:
        QVERIFY2(demo.saveConsent(QStringLiteral("trio"), QStringLiteral("MRN0031002"),
                                  QStringLiteral("HMB;NPU")),
                 qPrintable(demo.error));
        break;
    case WithdrawalInAnotherDataset:
        QVERIFY2(demo.saveConsent(QStringLiteral("cohort"), QStringLiteral("MRN0031003"),
                                  QStringLiteral("HMB"), true),
                 qPrintable(demo.error));
        break;
    case FileTouched: {
        QFile vcf(trio + QStringLiteral("trio.vcf.gz"));
        QVERIFY(vcf.open(QIODevice::ReadWrite));
        QVERIFY(vcf.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                QFileDevice::FileModificationTime));
        vcf.close();
        QVERIFY2(demo.scan(&invalidated), qPrintable(demo.error));
        QCOMPARE(invalidated, 1);
        break;
    }
    case SidecarModified: {
        QFile ped(trio + QStringLiteral("trio.ped"));
        QVERIFY(ped.open(QIODevice::Append));
        QVERIFY(ped.write("FAM0042\tMRN0031004\t0\t0\t2\t1\n") > 0);
        ped.close();
        QVERIFY2(demo.scan(&invalidated), qPrintable(demo.error));
        QCOMPARE(invalidated, 1);
        break;
    }
    case PurposeRedeclared: {
        QString error;
        QVERIFY2(RepositoryStore(demo.catalog)
                     .declare(kHmbArchive, kHmbPurpose + QStringLiteral(";region=DE"), &error),
                 qPrintable(error));
        break;
    }
    }

    const ReviewItem item = demo.item(QStringLiteral("trio"), kHmbArchive);
    QCOMPARE(item.state, ReviewState::Pending);
    QCOMPARE(item.invalidatedReason, reason);
    // The bystander and the item in review are as they were.
    const ReviewItem bystander = demo.item(QStringLiteral("MRN0012345.bam"), kCfStudy);
    QCOMPARE(bystander.state, ReviewState::Approved);
    QVERIFY(bystander.invalidatedReason.isEmpty());
    const ReviewItem inReview = demo.item(QStringLiteral("trio"), kCfStudy);
    QCOMPARE(inReview.state, ReviewState::InReview);
    QVERIFY(inReview.invalidatedReason.isEmpty());

    // One audit entry, saying the same.
    const QVector<AuditEntry> entries = demo.audit(QStringLiteral("review.invalidate"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().subject,
             QStringLiteral("review:%1@hmb-archive").arg(demo.path(QStringLiteral("trio"))));
    QCOMPARE(entries.first().details.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(entries.first().details.value(QStringLiteral("from")).toString(),
             QStringLiteral("approved"));
    QCOMPARE(entries.first().details.value(QStringLiteral("to")).toString(),
             QStringLiteral("pending"));
    const AuditLog::Verification v = AuditLog(demo.catalog).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));

    // The decision history is kept; a new decision clears the reason.
    QCOMPARE(ReviewStore(demo.catalog).decisions(item.id).size(), 1);
    DECIDE(demo, QStringLiteral("trio"), kHmbArchive, ReviewAction::Approve,
           QStringLiteral("checked again"));
    const ReviewItem again = demo.item(QStringLiteral("trio"), kHmbArchive);
    QCOMPARE(again.state, ReviewState::Approved);
    QVERIFY(again.invalidatedReason.isEmpty());
    // Nothing changed since: a refresh leaves the new decision alone.
    QString error;
    QVERIFY2(ReviewStore(demo.catalog).refresh(&error, &invalidated), qPrintable(error));
    QCOMPARE(invalidated, 0);
}

void TestReviewStore::undecidedItemsAreUntouched()
{
    SET_UP_DEMO(demo);
    DECIDE(demo, QStringLiteral("cohort"), kHmbArchive, ReviewAction::StartReview, QString());
    // Everything an approval rests on changes for the cohort.
    QVERIFY2(demo.saveConsent(QStringLiteral("cohort"), QStringLiteral("MRN0019020"),
                              QStringLiteral("GRU")),
             qPrintable(demo.error));
    QFile vcf(demo.workspace + QStringLiteral("/cohort/cohort.vcf.gz"));
    QVERIFY(vcf.open(QIODevice::ReadWrite));
    QVERIFY(vcf.setFileTime(QDateTime::currentDateTime().addSecs(5),
                            QFileDevice::FileModificationTime));
    vcf.close();
    int invalidated = -1;
    QVERIFY2(demo.scan(&invalidated), qPrintable(demo.error));
    QCOMPARE(invalidated, 0);
    QString error;
    QVERIFY2(
        RepositoryStore(demo.catalog).declare(kHmbArchive, QStringLiteral("primary=gru"), &error),
        qPrintable(error));

    const ReviewItem inReview = demo.item(QStringLiteral("cohort"), kHmbArchive);
    QCOMPARE(inReview.state, ReviewState::InReview);
    QVERIFY(inReview.invalidatedReason.isEmpty());
    const ReviewItem pending = demo.item(QStringLiteral("cohort"), kCfStudy);
    QCOMPARE(pending.state, ReviewState::Pending);
    QVERIFY(pending.invalidatedReason.isEmpty());
    QVERIFY(demo.audit(QStringLiteral("review.invalidate")).isEmpty());
}

void TestReviewStore::unchangedFactsKeepTheDecision()
{
    SET_UP_DEMO(demo);
    DECIDE(demo, QStringLiteral("trio"), kHmbArchive, ReviewAction::Approve, QString());
    DECIDE(demo, QStringLiteral("cohort"), kCfStudy, ReviewAction::RequestChanges,
           QStringLiteral("drop the DS samples"));
    // The same purpose declared again, an unchanged rescan, the same consent saved again, the
    // sample sheet imported again.
    QString error;
    QVERIFY2(RepositoryStore(demo.catalog).declare(kHmbArchive, kHmbPurpose, &error),
             qPrintable(error));
    int invalidated = -1;
    QVERIFY2(demo.scan(&invalidated), qPrintable(demo.error));
    QCOMPARE(invalidated, 0);
    const std::optional<ConsentRecord> same =
        ConsentStore(demo.catalog).find(QStringLiteral("trio"), QStringLiteral("MRN0031002"));
    QVERIFY(same);
    QVERIFY2(ConsentStore(demo.catalog).save(*same, &error), qPrintable(error));
    const ConsentSheetImporter::Result again = ConsentSheetImporter::importFile(
        demo.catalog, demo.workspace + QStringLiteral("/clinical/samplesheet.csv"));
    QVERIFY(again.imported);
    QVERIFY2(ReviewStore(demo.catalog).refresh(&error, &invalidated), qPrintable(error));
    QCOMPARE(invalidated, 0);
    QCOMPARE(demo.item(QStringLiteral("trio"), kHmbArchive).state, ReviewState::Approved);
    QCOMPARE(demo.item(QStringLiteral("cohort"), kCfStudy).state, ReviewState::ChangesRequested);
    QVERIFY(demo.audit(QStringLiteral("review.invalidate")).isEmpty());
}

void TestReviewStore::withdrawnSampleIsExcluded()
{
    SET_UP_DEMO(demo);
    const DatasetMatch match = demo.evaluate(QStringLiteral("cohort"), kCfPurpose);
    QCOMPARE(match.samples.size(), 12);
    QCOMPARE(match.excluded, 1);
    QCOMPARE(match.included, 11);
    bool seen = false;
    for (const SampleMatch& s : match.samples) {
        if (s.sampleId != QLatin1String("MRN0018846")) {
            QVERIFY2(!s.excluded, qPrintable(s.sampleId));
            continue;
        }
        seen = true;
        QVERIFY(s.excluded);
        QCOMPARE(s.exclusionReason, QStringLiteral("Consent withdrawn."));
        QCOMPARE(s.consent.via, ConsentStore::Resolution::Via::DatasetSample);
    }
    QVERIFY(seen);
    QVERIFY(!match.deniedSamples().contains(QStringLiteral("MRN0018846")));
    // (Without the application's English plural forms the text reads "(is|are)".)
    QVERIFY2(match.reason.contains(QLatin1String("excluded and will be removed")),
             qPrintable(match.reason));

    QString error;
    const std::optional<DatasetConsent::Dataset> cohort =
        DatasetConsent::find(demo.catalog, QStringLiteral("cohort"), &error);
    QVERIFY(cohort);
    const DatasetConsent::Coverage coverage = DatasetConsent::coverage(
        *cohort, ConsentStore(demo.catalog).records(), QDate::currentDate());
    QCOMPARE(coverage.consented, 11);
    QVERIFY(coverage.missing.isEmpty());
    QCOMPARE(coverage.excluded.keys(), QList<QString>{QStringLiteral("MRN0018846")});
    QCOMPARE(coverage.summary(), QStringLiteral("11 of 12 consented (1 excluded)"));

    // The withdrawn person's count goes into the decision's record.
    DECIDE(demo, QStringLiteral("cohort"), kCfStudy, ReviewAction::Reject,
           QStringLiteral("DS and IRB consents"));
    const QVector<AuditEntry> rejections = demo.audit(QStringLiteral("review.reject"));
    QCOMPARE(rejections.size(), 1);
    QCOMPARE(rejections.first().details.value(QStringLiteral("excluded")).toInt(), 1);
    QCOMPARE(rejections.first().details.value(QStringLiteral("included")).toInt(), 11);
}

void TestReviewStore::withdrawalInAnyScopeExcludes_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("via");
    QTest::newRow("recorded for another dataset")
        << "cohort" << int(ConsentStore::Resolution::Via::OtherDataset);
    QTest::newRow("recorded for every dataset") << "" << int(ConsentStore::Resolution::Via::Sample);
    QTest::newRow("recorded for this dataset")
        << "trio" << int(ConsentStore::Resolution::Via::DatasetSample);
    QTest::newRow("recorded by the dataset's path")
        << "@trio" << int(ConsentStore::Resolution::Via::DatasetSample);
}

void TestReviewStore::withdrawalInAnyScopeExcludes()
{
    QFETCH(QString, scope);
    QFETCH(int, via);
    SET_UP_DEMO(demo);
    if (scope == QLatin1String("@trio"))
        scope = demo.path(QStringLiteral("trio"));
    // MRN0031002 is in the trio only; the sheet gives HMB for the trio. A withdrawal, wherever
    // it is recorded, excludes the person from the trio too.
    QVERIFY2(demo.saveConsent(scope, QStringLiteral("MRN0031002"), QStringLiteral("HMB"), true),
             qPrintable(demo.error));
    const DatasetMatch match = demo.evaluate(QStringLiteral("trio"), kHmbPurpose);
    QCOMPARE(match.excluded, 1);
    QCOMPARE(match.included, 2);
    QCOMPARE(match.decision, MatchDecision::Approve);
    for (const SampleMatch& s : match.samples) {
        QCOMPARE(s.excluded, s.sampleId == QLatin1String("MRN0031002"));
        if (s.excluded) {
            QCOMPARE(int(s.consent.via), via);
            QCOMPARE(s.exclusionReason, QStringLiteral("Consent withdrawn."));
        }
    }
    // Approving the trio records the exclusion.
    DECIDE(demo, QStringLiteral("trio"), kHmbArchive, ReviewAction::Approve, QString());
    const QVector<AuditEntry> approvals = demo.audit(QStringLiteral("review.approve"));
    QCOMPARE(approvals.size(), 1);
    QCOMPARE(approvals.first().details.value(QStringLiteral("excluded")).toInt(), 1);
    QCOMPARE(approvals.first().details.value(QStringLiteral("included")).toInt(), 2);
}

void TestReviewStore::auditLogHoldsEveryDecisionAndInvalidation()
{
    SET_UP_DEMO(demo);
    DECIDE(demo, QStringLiteral("trio"), kHmbArchive, ReviewAction::StartReview, QString());
    DECIDE(demo, QStringLiteral("trio"), kHmbArchive, ReviewAction::RequestChanges,
           QStringLiteral("add the PED"));
    DECIDE(demo, QStringLiteral("trio"), kHmbArchive, ReviewAction::StartReview, QString());
    DECIDE(demo, QStringLiteral("trio"), kHmbArchive, ReviewAction::Approve, QStringLiteral("ok"));
    DECIDE(demo, QStringLiteral("trio"), kCfStudy, ReviewAction::Approve, QString());
    DECIDE(demo, QStringLiteral("cohort"), kCfStudy, ReviewAction::Reject, QStringLiteral("DS"));
    DECIDE(demo, QStringLiteral("cohort"), kCfStudy, ReviewAction::Reopen, QString());
    // One consent change invalidates both trio approvals.
    QVERIFY2(demo.saveConsent(QStringLiteral("trio"), QStringLiteral("MRN0031001"),
                              QStringLiteral("GRU")),
             qPrintable(demo.error));

    QStringList actions;
    for (const AuditEntry& e : AuditLog(demo.catalog).entries()) {
        if (e.action.startsWith(QLatin1String("review.")))
            actions << e.action;
    }
    QCOMPARE(actions,
             (QStringList{QStringLiteral("review.start"), QStringLiteral("review.request-changes"),
                          QStringLiteral("review.start"), QStringLiteral("review.approve"),
                          QStringLiteral("review.approve"), QStringLiteral("review.reject"),
                          QStringLiteral("review.reopen"), QStringLiteral("review.invalidate"),
                          QStringLiteral("review.invalidate")}));
    QCOMPARE(demo.decisionCount(), 7);
    for (const QString& repository : {kHmbArchive, kCfStudy}) {
        const ReviewItem i = demo.item(QStringLiteral("trio"), repository);
        QCOMPARE(i.state, ReviewState::Pending);
        QCOMPARE(i.invalidatedReason,
                 QStringLiteral("Consent changed after the decision for: MRN0031001."));
    }
    // The reopened cohort item is in review, so it was not invalidated.
    QCOMPARE(demo.item(QStringLiteral("cohort"), kCfStudy).state, ReviewState::InReview);
    const AuditLog::Verification v = AuditLog(demo.catalog).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, qint64(AuditLog(demo.catalog).entries().size()));
}

void TestReviewStore::filters_data()
{
    QTest::addColumn<int>("state"); // -1: any
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("reviewer");
    QTest::addColumn<QStringList>("expected"); // empty with count >= 0: compare the count only
    QTest::addColumn<int>("count");

    const int any = -1;
    QTest::newRow("approved") << int(ReviewState::Approved) << QString() << QString()
                              << QStringList{"MRN0012345.bam@cf-study", "trio.vcf.gz@cf-study"}
                              << 2;
    QTest::newRow("rejected") << int(ReviewState::Rejected) << QString() << QString()
                              << QStringList{"cohort.vcf.gz@cf-study"} << 1;
    QTest::newRow("in review") << int(ReviewState::InReview) << QString() << QString()
                               << QStringList{"cohort.vcf.gz@hmb-archive"} << 1;
    QTest::newRow("changes requested")
        << int(ReviewState::ChangesRequested) << QString() << QString() << QStringList() << 0;
    QTest::newRow("pending") << int(ReviewState::Pending) << QString() << QString() << QStringList()
                             << 18 - 4;
    QTest::newRow("approved for cf-study")
        << int(ReviewState::Approved) << "cf-study" << QString()
        << QStringList{"MRN0012345.bam@cf-study", "trio.vcf.gz@cf-study"} << 2;
    QTest::newRow("approved for hmb-archive")
        << int(ReviewState::Approved) << "hmb-archive" << QString() << QStringList() << 0;
    QTest::newRow("hmb-archive") << any << "hmb-archive" << QString() << QStringList() << 9;
    QTest::newRow("unknown destination") << any << "nowhere" << QString() << QStringList() << 0;
    QTest::newRow("reviewer, any case")
        << any << QString() << "rita REVIEWER"
        << QStringList{"MRN0012345.bam@cf-study", "cohort.vcf.gz@cf-study",
                       "cohort.vcf.gz@hmb-archive", "trio.vcf.gz@cf-study"}
        << 4;
    QTest::newRow("reviewer and destination")
        << any << "hmb-archive"
        << "Rita" << QStringList{"cohort.vcf.gz@hmb-archive"} << 1;
    QTest::newRow("another reviewer") << any << QString() << "Bob" << QStringList() << 0;
}

void TestReviewStore::filters()
{
    QFETCH(int, state);
    QFETCH(QString, repository);
    QFETCH(QString, reviewer);
    QFETCH(QStringList, expected);
    QFETCH(int, count);
    SET_UP_DEMO(demo);
    DECIDE(demo, QStringLiteral("trio"), kCfStudy, ReviewAction::Approve, QString());
    DECIDE(demo, QStringLiteral("MRN0012345.bam"), kCfStudy, ReviewAction::Approve, QString());
    DECIDE(demo, QStringLiteral("cohort"), kCfStudy, ReviewAction::Reject, QStringLiteral("DS"));
    DECIDE(demo, QStringLiteral("cohort"), kHmbArchive, ReviewAction::StartReview, QString());

    ReviewStore::Filter filter;
    if (state >= 0)
        filter.state = ReviewState(state);
    filter.repository = repository;
    filter.reviewer = reviewer;
    const QVector<ReviewItem> items = ReviewStore(demo.catalog).items(filter);
    QCOMPARE(items.size(), count);
    if (!expected.isEmpty())
        QCOMPARE(keys(items), expected);
    for (const ReviewItem& i : items) {
        if (state >= 0)
            QCOMPARE(int(i.state), state);
        if (!repository.isEmpty())
            QCOMPARE(i.repositoryName, repository);
    }
    // By dataset.
    filter = ReviewStore::Filter();
    filter.dataset = demo.path(QStringLiteral("cohort"));
    QCOMPARE(keys(ReviewStore(demo.catalog).items(filter)),
             (QStringList{QStringLiteral("cohort.vcf.gz@cf-study"),
                          QStringLiteral("cohort.vcf.gz@hmb-archive")}));
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "test_ReviewStore.moc"
