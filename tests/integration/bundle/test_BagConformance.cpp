// The Library of Congress BagIt conformance suite, read in place from ../shared/data/bundles:
// one row per bag of every version folder. Valid bags are accepted; invalid bags are rejected
// with an error naming the file at fault; "warning" bags give warnings (the suite accepts a
// rejection too). The linux-only and windows-only bags hold paths that leave the bag on one
// system: Steward refuses them on every system, since a bag travels. That includes
// v1.0/invalid/bagit-with-invalid-whitespace, which bagit-python wrongly accepts.
// When bagit.py happens to be installed, its verdict is printed beside Steward's.

#include <QDirIterator>
#include <QtTest>

#include "models/bundle/BagValidator.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

const char* const kSuite = "bundles/LibraryOfCongress_bagit-conformance-suite";

/** The file an error must name, for each bag the suite says is invalid. */
QString expectedFile(const QString& bag)
{
    static const QHash<QString, QString> files{
        {QStringLiteral("baginfo-missing-encoding"), QStringLiteral("bagit.txt")},
        {QStringLiteral("bom-in-bagit.txt"), QStringLiteral("bagit.txt")},
        {QStringLiteral("corrupt-data-file"), QStringLiteral("manifest-md5.txt")},
        {QStringLiteral("corrupt-tag-file"), QStringLiteral("tagmanifest-md5.txt")},
        {QStringLiteral("extra-file-in-bag"), QStringLiteral("data/bar")},
        {QStringLiteral("invalid-version-number"), QStringLiteral("bagit.txt")},
        {QStringLiteral("missing-baginfo"), QStringLiteral("tagmanifest-md5.txt")},
        {QStringLiteral("missing-bagit.txt"), QStringLiteral("bagit.txt")},
        {QStringLiteral("out-of-scope-file-paths-using-dot-notation"),
         QStringLiteral("manifest-md5.txt")},
        {QStringLiteral("same-filename-listed-twice-with-different-hashes"),
         QStringLiteral("manifest-sha256.txt")},
        {QStringLiteral("same-filename-listed-twice-with-the-same-hash"),
         QStringLiteral("manifest-sha256.txt")},
        {QStringLiteral("bagit-with-invalid-whitespace"), QStringLiteral("bagit.txt")},
        {QStringLiteral("notAllManifestsListAllFiles"),
         QStringLiteral("data/missingFromManifest.txt")},
    };
    if (files.contains(bag))
        return files.value(bag);
    if (bag.startsWith(QLatin1String("out-of-scope-file-paths")))
        return bag.endsWith(QLatin1String("-for-fetch")) ? QStringLiteral("fetch.txt")
                                                         : QStringLiteral("manifest-md5.txt");
    return QString();
}

QString listProblems(const BagValidator::Result& r)
{
    QStringList lines;
    for (const auto& p : r.errors)
        lines << QStringLiteral("  error   ") + p.toString();
    for (const auto& p : r.warnings)
        lines << QStringLiteral("  warning ") + p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestBagConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (sharedData().isEmpty())
            QSKIP(qPrintable(sharedDataMissingMessage()));
        if (!QFileInfo(sharedData(QLatin1String(kSuite))).isDir())
            QSKIP(qPrintable(QStringLiteral("the BagIt conformance suite is not in %1")
                                 .arg(sharedData(QLatin1String(kSuite)))));
        m_bagitPy = QStandardPaths::findExecutable(QStringLiteral("bagit.py"));
    }

    void suite_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("category");
        const QDir root(sharedData(QLatin1String(kSuite)));
        int rows = 0;
        for (const QString& version : root.entryList({QStringLiteral("v*")}, QDir::Dirs)) {
            const QDir v(root.filePath(version));
            for (const QString& category : v.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                const QDir c(v.filePath(category));
                for (const QString& bag : c.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                    QTest::newRow(
                        qPrintable(version + QLatin1Char('/') + category + QLatin1Char('/') + bag))
                        << c.filePath(bag) << category;
                    ++rows;
                }
            }
        }
        QVERIFY2(rows >= 60, "the conformance suite looks truncated");
    }

    void suite()
    {
        QFETCH(QString, path);
        QFETCH(QString, category);
        const QString bag = QFileInfo(path).fileName();
        BagValidator::Options options;
        options.threads = 2;
        const BagValidator::Result r = BagValidator::validate(path, options);
        const QString problems = listProblems(r);
        if (!problems.isEmpty())
            qInfo("%s", qPrintable(r.summary() + QLatin1Char('\n') + problems));
        if (!m_bagitPy.isEmpty()) {
            const ToolResult py =
                runTool(m_bagitPy, {QStringLiteral("--validate"), QStringLiteral("--quiet"), path});
            qInfo("bagit.py: %s", py.exitCode == 0 ? "valid" : "invalid");
        }

        if (category == QLatin1String("valid")) {
            QVERIFY2(r.valid, qPrintable(problems));
            QVERIFY(r.filesVerified > 0);
            ++m_counts["valid accepted"];
        } else if (category == QLatin1String("warning")) {
            QVERIFY2(!r.warnings.isEmpty(), "the suite expects at least a warning");
            ++m_counts[r.valid ? "warning bags accepted with warnings"
                               : "warning bags rejected (the suite allows it)"];
        } else {
            // invalid, linux-only, windows-only: refused, naming the file at fault.
            QVERIFY2(!r.valid, "accepted a bag the suite says is invalid");
            const QString file = expectedFile(bag);
            QVERIFY2(!file.isEmpty(), qPrintable(QStringLiteral("no expectation for ") + bag));
            const bool named = std::any_of(r.errors.begin(), r.errors.end(),
                                           [&](const auto& p) { return p.file == file; });
            QVERIFY2(named,
                     qPrintable(QStringLiteral("no error names %1:\n%2").arg(file, problems)));
            ++m_counts[category == QLatin1String("invalid")
                           ? "invalid rejected"
                           : "out-of-scope (OS-specific) rejected"];
        }
    }

    void whitespaceCaseSaysWhy()
    {
        // bagit-python strips the whitespace and accepts this bag; RFC 8493 §2.1.1 does not.
        const QString path = sharedData(QLatin1String(kSuite)) +
                             QStringLiteral("/v1.0/invalid/bagit-with-invalid-whitespace");
        const BagValidator::Result r = BagValidator::validate(path);
        QVERIFY(!r.valid);
        QCOMPARE(r.errors.first().file, QStringLiteral("bagit.txt"));
        QCOMPARE(r.errors.first().line, 1);
        QVERIFY2(r.errors.first().message.contains(QStringLiteral("whitespace")),
                 qPrintable(r.errors.first().toString()));
    }

    void cleanupTestCase()
    {
        QStringList lines;
        for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
            lines << QStringLiteral("%1: %2").arg(QString::fromLatin1(it.key())).arg(it.value());
        qInfo("Conformance verdicts: %s", qPrintable(lines.join(QStringLiteral("; "))));
    }

private:
    QString m_bagitPy;
    QMap<QByteArray, int> m_counts;
};

QTEST_APPLESS_MAIN(TestBagConformance)
#include "test_BagConformance.moc"
