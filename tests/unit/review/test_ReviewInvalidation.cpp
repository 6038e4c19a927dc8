// ReviewStore's invalidation on the demo workspace: a decided item goes back to pending, with a
// reason naming what changed, when a sample's consent, a file of the dataset or the
// destination's declared use changes, while undecided items are left alone. Withdrawn samples
// are excluded whatever dataset the withdrawal was recorded for. Every decision and
// invalidation is in the audit log and the chain verifies; the store's filters.

#include "tests/unit/review/ReviewDemo.h"

class TestReviewInvalidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

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

void TestReviewInvalidation::initTestCase()
{
    QString error;
    QVERIFY2(prepareReviewDemo(m_demo, QStringLiteral("test_ReviewInvalidation"), &error),
             qPrintable(error));
}

void TestReviewInvalidation::cleanupTestCase()
{
    Reviewer::kName.reset();
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

void TestReviewInvalidation::invalidation_data()
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

void TestReviewInvalidation::invalidation()
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

void TestReviewInvalidation::undecidedItemsAreUntouched()
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

void TestReviewInvalidation::unchangedFactsKeepTheDecision()
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

void TestReviewInvalidation::withdrawnSampleIsExcluded()
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

void TestReviewInvalidation::withdrawalInAnyScopeExcludes_data()
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

void TestReviewInvalidation::withdrawalInAnyScopeExcludes()
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

void TestReviewInvalidation::auditLogHoldsEveryDecisionAndInvalidation()
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

void TestReviewInvalidation::filters_data()
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

void TestReviewInvalidation::filters()
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

QTEST_GUILESS_MAIN(TestReviewInvalidation)
#include "test_ReviewInvalidation.moc"
