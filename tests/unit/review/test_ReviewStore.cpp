// ReviewStore on the demo workspace: the review state machine, the workflow's refusals (a
// denied sample blocks approval and is named, NEEDS REVIEW and rejections need a comment) and
// what a decision records (reviewer, OS user, comment, the match). Invalidation, withdrawals,
// the audit log and filters are in test_ReviewInvalidation.cpp.

#include "tests/unit/review/ReviewDemo.h"

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

private:
    QTemporaryDir m_demo;
};

void TestReviewStore::initTestCase()
{
    QString error;
    QVERIFY2(prepareReviewDemo(m_demo, QStringLiteral("test_ReviewStore"), &error),
             qPrintable(error));
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

QTEST_GUILESS_MAIN(TestReviewStore)
#include "test_ReviewStore.moc"
