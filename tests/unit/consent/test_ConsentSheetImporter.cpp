// ConsentSheetImporter: CSV/TSV consent sample sheets and Phenopacket consent sidecars. Every
// kind of problem is located (severity, line, column, message) the way a steward reads it in
// the CLI; valid sheets give the records a steward expects (canonical consent, dates,
// withdrawal, attributes, the SHA-256 of the signed document); an import with any error writes
// nothing; and the cross-check against a scanned demo workspace warns about samples no file
// contains, unknown datasets and samples the sheet leaves without consent.

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/consent/ConsentSheetImporter.h"
#include "models/consent/ConsentStore.h"
#include "models/consent/DuoTermTable.h"
#include "models/formats/DemoWorkspace.h"
#include "models/formats/WorkspaceScanner.h"

#include "tests/common/TestData.h"

using namespace steward;
using Severity = SheetProblem::Severity;

Q_DECLARE_METATYPE(SheetProblem::Severity)

namespace {

QString describe(const QVector<SheetProblem>& problems)
{
    QStringList lines;
    for (const SheetProblem& p : problems)
        lines << QStringLiteral("%1 [%2] %3")
                     .arg(p.severity == Severity::Error ? QStringLiteral("error")
                                                        : QStringLiteral("warning"))
                     .arg(p.line)
                     .arg(p.toString());
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(QLatin1Char('\n'));
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/** A record of the result by sample id (and dataset when given). */
const ConsentRecord* recordOf(const ConsentSheetImporter::Result& result, const QString& sample,
                              const QString& dataset = QString())
{
    for (const ConsentRecord& r : result.records) {
        if (r.sampleId == sample && (dataset.isNull() || r.dataset == dataset))
            return &r;
    }
    return nullptr;
}

int countRows(const Catalog& catalog, const QString& table)
{
    QSqlQuery q(catalog.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

/** A catalog holding a scanned demo workspace. */
struct DemoCatalog
{
    QTemporaryDir dir;
    QString workspace = dir.filePath(QStringLiteral("demo"));
    Catalog catalog{dir.filePath(QStringLiteral("catalog.sqlite"))};
    QString error;

    bool setUp()
    {
        if (!dir.isValid() || !DemoWorkspace::generate(workspace, &error) || !catalog.open(&error))
            return false;
        WorkspaceScanner scanner(catalog, WorkspaceScanner::Options());
        ScanSummary summary;
        return scanner.scan({workspace}, &summary, &error);
    }
};

} // namespace

class TestConsentSheetImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemsAreLocated_data();
    void problemsAreLocated();
    void problemToStringNamesFileLineAndColumn();
    void validCsvWithQuotedConsent();
    void byteOrderMarkIsIgnored();
    void lineNumbersFollowMultiLineQuotedFields();
    void tabSeparatedSheets_data();
    void tabSeparatedSheets();
    void extraColumnsAreKeptAsAttributes();
    void documentHashIsRecorded();
    void fileHashIsRecorded();
    void withdrawnValues_data();
    void withdrawnValues();
    void sameSampleInTwoDatasetsIsNotADuplicate();
    void phenopacketConsent_data();
    void phenopacketConsent();
    void importWithAnErrorWritesNothing();
    void importWritesRecordsAndOneAuditEntry();
    void crossCheckAgainstTheScannedDemo();
    void demoSampleSheetImportsCleanly();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        test::writeText(path, bytes);
        return path;
    }
    ConsentSheetImporter::Result read(const QString& name, const QByteArray& bytes)
    {
        return ConsentSheetImporter::read(write(name, bytes), DuoTermTable::builtIn());
    }
};

void TestConsentSheetImporter::problemsAreLocated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<SheetProblem::Severity>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("errors");  // errors in the whole result
    QTest::addColumn<int>("records"); // valid records read anyway

    const QString csv = QStringLiteral("sheet.csv");
    const QByteArray two = "sample_id,consent\n";
    const QByteArray dates = "sample_id,consent,consent_date,expiry\n";
    const QByteArray withdrawn = "sample_id,consent,withdrawn\n";

    // The header.
    QTest::newRow("header without sample_id")
        << csv << QByteArray("sample,consent\nS1,GRU\n") << Severity::Error << 1 << QString()
        << "The header row needs the columns sample_id and consent; found: sample, consent." << 1
        << 0;
    QTest::newRow("header without consent, after blank lines")
        << csv << QByteArray("\n\nsample_id,consent_code\nS1,GRU\n") << Severity::Error << 3
        << QString() << "found: sample_id, consent_code." << 1 << 0;
    QTest::newRow("column twice in the header")
        << csv << QByteArray("sample_id,consent,site,site\nS1,GRU,a,b\n") << Severity::Error << 1
        << "site"
        << "The column site appears twice in the header." << 1 << 1;

    // The consent codes.
    QTest::newRow("unknown code") << csv << QByteArray(two + "S1,GRU\nS2,XYZ;NPU\n")
                                  << Severity::Error << 3 << "consent"
                                  << "Unknown DUO code 'XYZ'." << 1 << 1;
    QTest::newRow("obsolete code with a replacement")
        << csv << QByteArray(two + "S1,GRU-CC\n") << Severity::Error << 2 << "consent"
        << "The DUO code GRU-CC is obsolete; use GRU instead." << 1 << 0;
    QTest::newRow("obsolete code without a replacement")
        << csv << QByteArray(two + "S1,HMB\nS2,RU\n") << Severity::Error << 3 << "consent"
        << "The DUO code RU is obsolete and has no direct replacement" << 1 << 1;
    QTest::newRow("DS without a disease")
        << csv << QByteArray(two + "S1,DS;NPU\n") << Severity::Error << 2 << "consent"
        << "DS needs at least one disease id" << 1 << 0;
    QTest::newRow("DS with empty parentheses")
        << csv << QByteArray(two + "S1,GRU\nS2,HMB\nS3,DS()\n") << Severity::Error << 4 << "consent"
        << "DS needs at least one disease id" << 1 << 2;
    QTest::newRow("DS with a disease name instead of an id")
        << csv << QByteArray(two + "S1,DS(diabetes)\n") << Severity::Error << 2 << "consent"
        << "'diabetes' is not a disease id" << 1 << 0;
    QTest::newRow("GS without a region")
        << csv << QByteArray(two + "S1,GRU;GS\n") << Severity::Error << 2 << "consent"
        << "GS needs at least one country or region code" << 1 << 0;
    QTest::newRow("POA with NPOA")
        << csv << QByteArray(two + "S1,POA;NPOA\n") << Severity::Error << 2 << "consent"
        << "POA allows only population origins or ancestry research "
           "and NPOA forbids it"
        << 1 << 0;
    QTest::newRow("two permissions")
        << csv << QByteArray(two + "S1,GRU;HMB\n") << Severity::Error << 2 << "consent"
        << "two permissions, GRU and HMB" << 1 << 0;
    QTest::newRow("empty consent")
        << csv << QByteArray(two + "S1,GRU\nS2,  \n") << Severity::Error << 3 << "consent"
        << "The consent is empty" << 1 << 1;
    QTest::newRow("empty sample_id")
        << csv << QByteArray(two + ",GRU\n") << Severity::Error << 2 << "sample_id"
        << "The sample_id is empty." << 1 << 0;

    // Dates.
    QTest::newRow("consent_date that does not exist")
        << csv << QByteArray(dates + "S1,GRU,2021-02-30,\n") << Severity::Error << 2
        << "consent_date"
        << "'2021-02-30' is not a date; write it as YYYY-MM-DD." << 1 << 0;
    QTest::newRow("consent_date day first")
        << csv << QByteArray(dates + "S1,GRU,2021-01-01,\nS2,GRU,11/02/2021,\n") << Severity::Error
        << 3 << "consent_date"
        << "'11/02/2021' is not a date" << 1 << 1;
    QTest::newRow("expiry in words") << csv << QByteArray(dates + "S1,GRU,2021-01-01,next year\n")
                                     << Severity::Error << 2 << "expiry"
                                     << "'next year' is not a date" << 1 << 0;
    QTest::newRow("expiry before the consent date")
        << csv << QByteArray(dates + "S1,GRU,2021-06-01,2021-05-31\n") << Severity::Error << 2
        << "expiry"
        << "The expiry 2021-05-31 is before the consent date 2021-06-01." << 1 << 0;
    QTest::newRow("consent date in the future is a warning")
        << csv << QByteArray(dates + "S1,GRU,2999-01-01,\n") << Severity::Warning << 2
        << "consent_date"
        << "The consent date 2999-01-01 is in the future." << 0 << 1;

    // Withdrawal.
    QTest::newRow("withdrawn maybe")
        << csv << QByteArray(withdrawn + "S1,GRU,no\nS2,GRU,maybe\n") << Severity::Error << 3
        << "withdrawn"
        << "'maybe' is not yes, no or a withdrawal date (YYYY-MM-DD)." << 1 << 1;
    QTest::newRow("withdrawn on a day that does not exist")
        << csv << QByteArray(withdrawn + "S1,GRU,2024-02-31\n") << Severity::Error << 2
        << "withdrawn"
        << "'2024-02-31' is not yes, no or a withdrawal date" << 1 << 0;

    // Rows.
    QTest::newRow("duplicate sample names its first line")
        << csv << QByteArray(two + "S1,GRU\nS2,HMB\nS1,HMB\n") << Severity::Error << 4
        << "sample_id"
        << "Sample S1 appears twice; its first row is line 2." << 1 << 2;
    QTest::newRow("duplicate sample in the same dataset")
        << csv
        << QByteArray("sample_id,consent,dataset\nS1,GRU,cohort\nS1,GRU,trio\nS1,HMB,cohort\n")
        << Severity::Error << 4 << "sample_id"
        << "Sample S1 appears twice; its first row is line 2." << 1 << 2;
    QTest::newRow("row with too few fields")
        << csv << QByteArray(dates + "S1,GRU,2021-01-01,\nS2,GRU\n") << Severity::Error << 3
        << QString() << "This row has 2 fields but the header has 4" << 1 << 1;
    QTest::newRow("unquoted comma inside DS")
        << csv << QByteArray(two + "S1,DS(MONDO:0005148,MONDO:0004975)\n") << Severity::Error << 2
        << QString() << "This row has 3 fields but the header has 2" << 1 << 0;
    QTest::newRow("unterminated quote")
        << csv
        << QByteArray(two + "S1,GRU\nS2,\"DS(MONDO:0005148\nS3,"
                            "GRU\nS4,HMB\n")
        << Severity::Error << 3 << QString()
        << "A quoted field opened on this line is never closed." << 1 << 0;
    QTest::newRow("missing document file")
        << csv << QByteArray("sample_id,consent,document\nS1,GRU,docs/missing-consent.pdf\n")
        << Severity::Error << 2 << "document"
        << "docs/missing-consent.pdf cannot be read" << 1 << 0;

    // Whole files.
    QTest::newRow("empty file") << csv << QByteArray() << Severity::Error << 0 << QString()
                                << "The file is empty." << 1 << 0;
    QTest::newRow("blank lines only") << csv << QByteArray("\n  \n\r\n") << Severity::Error << 0
                                      << QString() << "The file is empty." << 1 << 0;
    QTest::newRow("header only") << csv << QByteArray("sample_id,consent\n") << Severity::Error << 0
                                 << QString() << "The sheet has a header but no rows." << 1 << 0;
    QTest::newRow("header and blank lines")
        << csv << QByteArray("sample_id,consent\n\n,\n\n") << Severity::Error << 0 << QString()
        << "The sheet has a header but no rows." << 1 << 0;
    QTest::newRow("not UTF-8") << csv << QByteArray("sample_id,consent\nS\xe9,GRU\n")
                               << Severity::Error << 0 << QString() << "The file is not UTF-8 text."
                               << 1 << 0;

    // Tab-separated.
    QTest::newRow("TSV unknown code")
        << QStringLiteral("sheet.tsv") << QByteArray("sample_id\tconsent\nS1\tGRU\nS2\tFOO\n")
        << Severity::Error << 3 << "consent"
        << "Unknown DUO code 'FOO'." << 1 << 1;

    // Warnings that still import.
    QTest::newRow("NPUNCU with NPU is a warning")
        << csv << QByteArray(two + "S1,GRU;NPUNCU;NPU\n") << Severity::Warning << 2 << "consent"
        << "NPU is redundant" << 0 << 1;
    QTest::newRow("the demo's older DS:MONDO form is a warning")
        << csv << QByteArray(two + "S1,DS:MONDO:0009061\n") << Severity::Warning << 2 << "consent"
        << "DS:MONDO:0009061 is an older form; write DS(MONDO:0009061)." << 0 << 1;

    // Phenopackets.
    QTest::newRow("phenopacket without consent")
        << QStringLiteral("P1.json")
        << QByteArray(R"({"id": "p1", "subject": {"id": "P1"}, "diseases": []})") << Severity::Error
        << 0 << "dataUseConditions"
        << "This Phenopacket carries no consent" << 1 << 0;
    QTest::newRow("phenopacket with an empty duoDataUse")
        << QStringLiteral("P1.json")
        << QByteArray(R"({"subject": {"id": "P1"}, "dataUseConditions": {"duoDataUse": []}})")
        << Severity::Error << 0 << "dataUseConditions"
        << "no dataUseConditions.duoDataUse list" << 1 << 0;
    QTest::newRow("phenopacket without a subject")
        << QStringLiteral("P1.json")
        << QByteArray(R"({"dataUseConditions": {"duoDataUse": [{"id": "DUO:0000042"}]}})")
        << Severity::Error << 0 << "subject.id"
        << "has no subject id" << 1 << 0;
    QTest::newRow("phenopacket with an unknown DUO id")
        << QStringLiteral("P1.json") << QByteArray(R"({"subject": {"id": "P1"},
                         "dataUseConditions": {"duoDataUse": [{"id": "DUO:9999999"}]}})")
        << Severity::Error << 0 << "dataUseConditions.duoDataUse"
        << "DUO:9999999 is not a DUO term id" << 1 << 0;
    QTest::newRow("phenopacket with an unknown modifier id")
        << QStringLiteral("P1.json")
        << QByteArray(R"({"subject": {"id": "P1"}, "dataUseConditions": {"duoDataUse": [
                            {"id": "DUO:0000042", "modifiers": [{"id": "DUO:0000999"}]}]}})")
        << Severity::Error << 0 << "dataUseConditions.duoDataUse.modifiers"
        << "DUO:0000999 is not a DUO term id" << 1 << 0;
    QTest::newRow("phenopacket DS without diseases anywhere")
        << QStringLiteral("P1.json") << QByteArray(R"({"subject": {"id": "P1"},
                         "dataUseConditions": {"duoDataUse": [{"id": "DUO:0000007"}]}})")
        << Severity::Error << 0 << "dataUseConditions"
        << "DS needs at least one disease id" << 1 << 0;
    QTest::newRow("phenopacket with a bad consent date")
        << QStringLiteral("P1.json")
        << QByteArray(R"({"subject": {"id": "P1"}, "dataUseConditions": {
                            "duoDataUse": [{"id": "DUO:0000042"}], "consentDate": "yesterday"}})")
        << Severity::Error << 0 << "dataUseConditions.consentDate"
        << "'yesterday' is not a date" << 1 << 0;
    QTest::newRow("phenopacket that is not valid JSON")
        << QStringLiteral("P1.json")
        << QByteArray("{\n  \"subject\": {\"id\": \"P1\"},\n  \"x\": ]\n}\n") << Severity::Error
        << 3 << QString() << "Not valid JSON" << 1 << 0;
}

void TestConsentSheetImporter::problemsAreLocated()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(SheetProblem::Severity, severity);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, message);
    QFETCH(int, errors);
    QFETCH(int, records);

    const ConsentSheetImporter::Result result = read(file, text);
    const QString all = describe(result.problems);
    int matches = 0;
    for (const SheetProblem& p : result.problems) {
        if (p.severity == severity && p.line == line && p.column == column &&
            p.message.contains(message) && p.file == file)
            ++matches;
    }
    QVERIFY2(matches == 1, qPrintable(QStringLiteral("expected one %1 at line %2 column '%3' "
                                                     "saying '%4'; got:\n%5")
                                          .arg(severity == Severity::Error ? "error" : "warning")
                                          .arg(line)
                                          .arg(column, message, all)));
    QVERIFY2(result.errors() == errors, qPrintable(all));
    QCOMPARE(result.records.size(), records);
    QVERIFY(!result.imported);
}

void TestConsentSheetImporter::problemToStringNamesFileLineAndColumn()
{
    const ConsentSheetImporter::Result unknown =
        read(QStringLiteral("located.csv"), "sample_id,consent\nS1,GRU\nS2,XYZ\n");
    QCOMPARE(unknown.problems.size(), 1);
    QCOMPARE(unknown.problems.first().toString(),
             QStringLiteral("located.csv:3: column consent: Unknown DUO code 'XYZ'."));

    const ConsentSheetImporter::Result empty = read(QStringLiteral("nothing.csv"), "");
    QCOMPARE(empty.problems.size(), 1);
    QCOMPARE(empty.problems.first().toString(), QStringLiteral("nothing.csv: The file is empty."));

    const ConsentSheetImporter::Result missing = ConsentSheetImporter::read(
        m_dir.filePath(QStringLiteral("no-such-sheet.csv")), DuoTermTable::builtIn());
    QCOMPARE(missing.errors(), 1);
    QVERIFY2(missing.problems.first().message.startsWith(QLatin1String("Cannot read the file")),
             qPrintable(describe(missing.problems)));
}

void TestConsentSheetImporter::validCsvWithQuotedConsent()
{
    // A '#' before the header and upper-case names, CRLF line endings, a quoted DS with two
    // diseases next to a modifier, spaces around fields.
    const ConsentSheetImporter::Result result =
        read(QStringLiteral("valid.csv"),
             "# Sample_ID,Consent,Consent_Date,Expiry,Dataset\r\n"
             "S1,\"DS(MONDO:0005148,MONDO:0004975);NPU\",2021-02-11,2031-02-10,cohort\r\n"
             "S2, hmb;gs(de) ,2020-01-01,,\r\n"
             "\r\n"
             "S3,\"GRU\",,,trio\r\n");
    QVERIFY2(result.errors() == 0 && result.warnings() == 0, qPrintable(describe(result.problems)));
    QCOMPARE(result.records.size(), 3);

    const ConsentRecord* s1 = recordOf(result, QStringLiteral("S1"));
    QVERIFY(s1);
    QCOMPARE(s1->consent, QStringLiteral("DS(MONDO:0005148,MONDO:0004975);NPU"));
    QCOMPARE(s1->consentDate, QDate(2021, 2, 11));
    QCOMPARE(s1->expiry, QDate(2031, 2, 10));
    QCOMPARE(s1->dataset, QStringLiteral("cohort"));
    QCOMPARE(s1->withdrawn, false);
    QCOMPARE(s1->source, QStringLiteral("valid.csv:2"));

    const ConsentRecord* s2 = recordOf(result, QStringLiteral("S2"));
    QVERIFY(s2);
    QCOMPARE(s2->consent, QStringLiteral("HMB;GS(DE)")); // canonical text
    QCOMPARE(s2->dataset, QString());
    QVERIFY(!s2->expiry.isValid());
    QCOMPARE(s2->source, QStringLiteral("valid.csv:3"));

    const ConsentRecord* s3 = recordOf(result, QStringLiteral("S3"));
    QVERIFY(s3);
    QCOMPARE(s3->consent, QStringLiteral("GRU"));
    QVERIFY(!s3->consentDate.isValid());
    QCOMPARE(s3->source, QStringLiteral("valid.csv:5")); // the blank line 4 is counted
    QVERIFY(s3->attributes.isEmpty());
}

void TestConsentSheetImporter::byteOrderMarkIsIgnored()
{
    // Spreadsheet programs write "CSV UTF-8" with a byte-order mark before the header.
    const ConsentSheetImporter::Result result =
        read(QStringLiteral("excel.csv"), "\xef\xbb\xbfsample_id,consent\r\nS1,GRU\r\n");
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records.first().sampleId, QStringLiteral("S1"));
}

void TestConsentSheetImporter::lineNumbersFollowMultiLineQuotedFields()
{
    // A note spanning three lines: the rows after it keep their real line numbers.
    const ConsentSheetImporter::Result result = read(
        QStringLiteral("notes.csv"), "sample_id,consent,note\n"
                                     "S1,GRU,\"first line\nsecond, with \"\"quotes\"\"\nthird\"\n"
                                     "S2,XYZ,plain\n");
    QCOMPARE(result.errors(), 1);
    QCOMPARE(result.problems.first().line, 5);
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records.first().attributes.value(QStringLiteral("note")).toString(),
             QStringLiteral("first line\nsecond, with \"quotes\"\nthird"));
    QCOMPARE(result.records.first().source, QStringLiteral("notes.csv:2"));
}

void TestConsentSheetImporter::tabSeparatedSheets_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow(".tsv") << QStringLiteral("sheet.tsv");
    QTest::newRow(".txt") << QStringLiteral("sheet.txt");
    QTest::newRow("tabs in a .csv") << QStringLiteral("tabs.csv");
}

void TestConsentSheetImporter::tabSeparatedSheets()
{
    QFETCH(QString, file);
    // Commas inside a tab-separated field need no quotes.
    const ConsentSheetImporter::Result result =
        read(file, "sample_id\tconsent\tdataset\tconsent_date\n"
                   "S1\tDS(MONDO:0005148,MONDO:0004975);NPU\tcohort\t2022-03-08\n"
                   "S2\tHMB\t\t\n");
    QVERIFY2(result.errors() == 0, qPrintable(describe(result.problems)));
    QCOMPARE(result.records.size(), 2);
    const ConsentRecord* s1 = recordOf(result, QStringLiteral("S1"));
    QVERIFY(s1);
    QCOMPARE(s1->consent, QStringLiteral("DS(MONDO:0005148,MONDO:0004975);NPU"));
    QCOMPARE(s1->dataset, QStringLiteral("cohort"));
    QCOMPARE(s1->consentDate, QDate(2022, 3, 8));
    QCOMPARE(recordOf(result, QStringLiteral("S2"))->consent, QStringLiteral("HMB"));
}

void TestConsentSheetImporter::extraColumnsAreKeptAsAttributes()
{
    const ConsentSheetImporter::Result result = read(
        QStringLiteral("attributes.csv"), "sample_id,Site,consent,age_at_consent,form_version\n"
                                          "S1,Oslo,GRU,42,\"v2, 2021\"\n"
                                          "S2,Bergen,HMB,,v3\n");
    QVERIFY2(result.errors() == 0, qPrintable(describe(result.problems)));
    const ConsentRecord* s1 = recordOf(result, QStringLiteral("S1"));
    QVERIFY(s1);
    QCOMPARE(s1->attributes,
             (QJsonObject{{QStringLiteral("site"), QStringLiteral("Oslo")},
                          {QStringLiteral("age_at_consent"), QStringLiteral("42")},
                          {QStringLiteral("form_version"), QStringLiteral("v2, 2021")}}));
    // Empty cells are not attributes; known columns never are.
    const ConsentRecord* s2 = recordOf(result, QStringLiteral("S2"));
    QVERIFY(s2);
    QCOMPARE(s2->attributes, (QJsonObject{{QStringLiteral("site"), QStringLiteral("Bergen")},
                                          {QStringLiteral("form_version"), QStringLiteral("v3")}}));
    QVERIFY(!s2->attributes.contains(QStringLiteral("consent")));
    QVERIFY(!s2->attributes.contains(QStringLiteral("sample_id")));
}

void TestConsentSheetImporter::documentHashIsRecorded()
{
    const QByteArray pdf = "%PDF-1.4\n% signed consent form of S1\n%%EOF\n";
    const QByteArray other = "%PDF-1.4\n% signed consent form of S2\n%%EOF\n";
    write(QStringLiteral("docs/S1 consent.pdf"), pdf);
    write(QStringLiteral("docs/S2.pdf"), other);
    const ConsentSheetImporter::Result result =
        read(QStringLiteral("documents.csv"), "sample_id,consent,document\n"
                                              "S1,GRU,docs/S1 consent.pdf\n"
                                              "S2,HMB,docs/S2.pdf\n"
                                              "S3,HMB,\n");
    QVERIFY2(result.errors() == 0, qPrintable(describe(result.problems)));
    const ConsentRecord* s1 = recordOf(result, QStringLiteral("S1"));
    QVERIFY(s1);
    // Relative to the sheet's folder, absolute in the record.
    QCOMPARE(s1->documentPath,
             QDir(m_dir.path()).absoluteFilePath(QStringLiteral("docs/S1 consent.pdf")));
    QCOMPARE(s1->documentSha256, sha256Hex(pdf));
    QCOMPARE(recordOf(result, QStringLiteral("S2"))->documentSha256, sha256Hex(other));
    QVERIFY(recordOf(result, QStringLiteral("S3"))->documentSha256.isEmpty());
    QVERIFY(recordOf(result, QStringLiteral("S3"))->documentPath.isEmpty());
}

void TestConsentSheetImporter::fileHashIsRecorded()
{
    const QByteArray text = "sample_id,consent\nS1,GRU\n";
    const ConsentSheetImporter::Result result = read(QStringLiteral("hashed.csv"), text);
    QCOMPARE(result.sha256, sha256Hex(text));
    QCOMPARE(result.path,
             QFileInfo(m_dir.filePath(QStringLiteral("hashed.csv"))).absoluteFilePath());
}

void TestConsentSheetImporter::withdrawnValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("withdrawn");
    QTest::addColumn<QDate>("date");
    QTest::newRow("yes") << QByteArray("yes") << true << QDate();
    QTest::newRow("Y") << QByteArray("Y") << true << QDate();
    QTest::newRow("TRUE") << QByteArray("TRUE") << true << QDate();
    QTest::newRow("1") << QByteArray("1") << true << QDate();
    QTest::newRow("a date") << QByteArray("2024-02-01") << true << QDate(2024, 2, 1);
    QTest::newRow("no") << QByteArray("no") << false << QDate();
    QTest::newRow("false") << QByteArray("False") << false << QDate();
    QTest::newRow("0") << QByteArray("0") << false << QDate();
    QTest::newRow("empty") << QByteArray("") << false << QDate();
}

void TestConsentSheetImporter::withdrawnValues()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, withdrawn);
    QFETCH(QDate, date);
    const ConsentSheetImporter::Result result =
        read(QStringLiteral("withdrawn.csv"),
             "sample_id,consent,consent_date,withdrawn\nS1,GRU,2020-01-01," + value + "\n");
    QVERIFY2(result.errors() == 0, qPrintable(describe(result.problems)));
    QCOMPARE(result.records.size(), 1);
    const ConsentRecord& r = result.records.first();
    QCOMPARE(r.withdrawn, withdrawn);
    QCOMPARE(r.withdrawnDate, date);
    // A withdrawn person is excluded from everything shared, from today on.
    QCOMPARE(r.isExcluded(QDate::currentDate()), withdrawn);
}

void TestConsentSheetImporter::sameSampleInTwoDatasetsIsNotADuplicate()
{
    const ConsentSheetImporter::Result result =
        read(QStringLiteral("two-datasets.csv"), "sample_id,consent,dataset\n"
                                                 "S1,GRU,cohort\n"
                                                 "S1,HMB,trio\n"
                                                 "S1,NRES,\n");
    QVERIFY2(result.errors() == 0, qPrintable(describe(result.problems)));
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(recordOf(result, QStringLiteral("S1"), QStringLiteral("cohort"))->consent,
             QStringLiteral("GRU"));
    QCOMPARE(recordOf(result, QStringLiteral("S1"), QStringLiteral("trio"))->consent,
             QStringLiteral("HMB"));
    QCOMPARE(recordOf(result, QStringLiteral("S1"), QString(""))->consent, QStringLiteral("NRES"));
}

void TestConsentSheetImporter::phenopacketConsent_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("consent");
    QTest::addColumn<QDate>("consentDate");

    QTest::newRow("DS takes the packet's diseases, excluded ones left out")
        << QByteArray(R"({
            "id": "phenopacket-P1",
            "subject": {"id": "P1", "sex": "FEMALE"},
            "diseases": [
                {"term": {"id": "MONDO:0009061", "label": "cystic fibrosis"}},
                {"term": {"id": "MONDO:0005148", "label": "type 2 diabetes"}, "excluded": true},
                {"term": {"id": "MONDO:0004975", "label": "Alzheimer disease"}}
            ],
            "dataUseConditions": {
                "duoDataUse": [{"id": "DUO:0000007", "label": "disease specific research",
                                "modifiers": [{"id": "DUO:0000046"}, {"id": "DUO:0000019"}]}],
                "consentDate": "2021-02-11T10:00:00Z"
            }
        })")
        << "P1"
        << "DS(MONDO:0009061,MONDO:0004975);NCU;PUB" << QDate(2021, 2, 11);
    QTest::newRow("DS names its own diseases") << QByteArray(R"({
            "subject": {"id": "P2"},
            "diseases": [{"term": {"id": "MONDO:0009061"}}],
            "dataUseConditions": {"duoDataUse": [
                {"id": "DUO:0000007", "parameters": ["MONDO:0007254"]}]}
        })") << "P2"
                                               << "DS(MONDO:0007254)" << QDate();
    QTest::newRow("conditions under metaData") << QByteArray(R"({
            "subject": {"id": "P3"},
            "metaData": {"created": "2023-01-16T00:00:00Z",
                         "dataUseConditions": {"duoDataUse": [
                             {"id": "DUO:0000042", "modifiers": [
                                 {"id": "DUO:0000022", "parameters": ["EU"]}]}]}}
        })") << "P3"
                                               << "GRU;GS(EU)" << QDate();
    QTest::newRow("HMB alone") << QByteArray(R"({"subject": {"id": "P4"},
        "dataUseConditions": {"duoDataUse": [{"id": "DUO:0000006"}], "consentDate": "2019-03-14"}})")
                               << "P4"
                               << "HMB" << QDate(2019, 3, 14);
}

void TestConsentSheetImporter::phenopacketConsent()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, sample);
    QFETCH(QString, consent);
    QFETCH(QDate, consentDate);
    const ConsentSheetImporter::Result result = read(sample + QStringLiteral(".json"), json);
    QVERIFY2(result.errors() == 0, qPrintable(describe(result.problems)));
    QCOMPARE(result.records.size(), 1);
    const ConsentRecord& r = result.records.first();
    QCOMPARE(r.sampleId, sample);
    QCOMPARE(r.consent, consent);
    QCOMPARE(r.consentDate, consentDate);
    QCOMPARE(r.dataset, QString());
    QVERIFY(!r.withdrawn);
    QCOMPARE(r.source, QStringLiteral("%1.json:0").arg(sample));
}

void TestConsentSheetImporter::importWithAnErrorWritesNothing()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("catalog.sqlite")));
    QString error;
    QVERIFY2(catalog.open(&error), qPrintable(error));
    const QString good = write(QStringLiteral("first.csv"), "sample_id,consent\nA1,GRU\nA2,HMB\n");
    const ConsentSheetImporter::Result first = ConsentSheetImporter::importFile(catalog, good);
    QVERIFY2(first.imported, qPrintable(describe(first.problems)));
    const int records = countRows(catalog, QStringLiteral("consent_records"));
    const int entries = int(AuditLog(catalog).entries().size());
    QCOMPARE(records, 2);
    QCOMPARE(entries, 1);

    // Three good rows (one would change A1) and one bad row: none is written.
    const QString bad =
        write(QStringLiteral("second.csv"),
              "sample_id,consent\nA1,NRES\nB1,GRU\nB2,DS(MONDO:0005148)\nB3,POA;NPOA\n");
    const ConsentSheetImporter::Result second = ConsentSheetImporter::importFile(catalog, bad);
    QVERIFY(!second.imported);
    QCOMPARE(second.errors(), 1);
    QCOMPARE(second.problems.first().line, 5);
    QCOMPARE(countRows(catalog, QStringLiteral("consent_records")), records);
    QCOMPARE(AuditLog(catalog).entries().size(), entries);
    const ConsentStore store(catalog);
    QVERIFY(!store.find(QString(), QStringLiteral("B1")));
    QCOMPARE(store.find(QString(), QStringLiteral("A1"))->consent, QStringLiteral("GRU"));
    QVERIFY(AuditLog(catalog).verify().ok);
}

void TestConsentSheetImporter::importWritesRecordsAndOneAuditEntry()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("catalog.sqlite")));
    QString error;
    QVERIFY2(catalog.open(&error), qPrintable(error));
    const QByteArray text = "sample_id,consent,consent_date,withdrawn,dataset,site\n"
                            "A1,GRU;NPU,2021-01-01,no,cohort,Oslo\n"
                            "A2,HMB,2021-01-02,2024-02-01,,\n";
    const QString path = write(QStringLiteral("import.csv"), text);
    const ConsentSheetImporter::Result result = ConsentSheetImporter::importFile(catalog, path);
    QVERIFY2(result.imported, qPrintable(describe(result.problems)));

    const ConsentStore store(catalog);
    QCOMPARE(store.records().size(), 2);
    const std::optional<ConsentRecord> a1 =
        store.find(QStringLiteral("cohort"), QStringLiteral("A1"));
    QVERIFY(a1);
    QCOMPARE(a1->consent, QStringLiteral("GRU;NPU"));
    QCOMPARE(a1->consentDate, QDate(2021, 1, 1));
    QCOMPARE(a1->source, QStringLiteral("import.csv:2"));
    QCOMPARE(a1->attributes.value(QStringLiteral("site")).toString(), QStringLiteral("Oslo"));
    const std::optional<ConsentRecord> a2 = store.find(QString(), QStringLiteral("A2"));
    QVERIFY(a2);
    QVERIFY(a2->withdrawn);
    QCOMPARE(a2->withdrawnDate, QDate(2024, 2, 1));

    const QVector<AuditEntry> entries = AuditLog(catalog).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("consent.import"));
    QCOMPARE(entries.first().details.value(QStringLiteral("sha256")).toString(), sha256Hex(text));
    QCOMPARE(entries.first().details.value(QStringLiteral("records")).toInt(), 2);
    QCOMPARE(entries.first().details.value(QStringLiteral("file")).toString(), result.path);
    QVERIFY(AuditLog(catalog).verify().ok);
}

void TestConsentSheetImporter::crossCheckAgainstTheScannedDemo()
{
    DemoCatalog demo;
    QVERIFY2(demo.setUp(), qPrintable(demo.error));
    // Line 2: a sample no file holds; line 3: a dataset that was never scanned; lines 4-5: a
    // cohort sample filed under the trio; line 5: one of the trio, leaving its parents without
    // consent.
    const QString path = write(QStringLiteral("crosscheck.csv"), "sample_id,consent,dataset\n"
                                                                 "MRN9999999,GRU,\n"
                                                                 "MRN0014417,GRU,atlas\n"
                                                                 "MRN0013502,HMB,trio\n"
                                                                 "MRN0031001,HMB,trio\n");
    ConsentSheetImporter::Result result = ConsentSheetImporter::read(path, DuoTermTable::builtIn());
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    ConsentSheetImporter::crossCheck(demo.catalog, &result);
    const QString all = describe(result.problems);
    QCOMPARE(result.errors(), 0);

    const auto find = [&result](int line, const QString& column, const QString& part) {
        int n = 0;
        for (const SheetProblem& p : result.problems)
            n += p.severity == Severity::Warning && p.line == line && p.column == column &&
                         p.message.contains(part) && p.file == QLatin1String("crosscheck.csv")
                     ? 1
                     : 0;
        return n;
    };
    QVERIFY2(find(2, QStringLiteral("sample_id"),
                  QStringLiteral("No file in the catalog contains sample MRN9999999.")) == 1,
             qPrintable(all));
    QVERIFY2(find(3, QStringLiteral("dataset"), QStringLiteral("No dataset named atlas")) == 1,
             qPrintable(all));
    QVERIFY2(find(4, QStringLiteral("sample_id"),
                  QStringLiteral("Sample MRN0013502 is not in the dataset trio")) == 1,
             qPrintable(all));
    // The trio's parents are named, the child (in the sheet) is not.
    int missing = 0;
    for (const SheetProblem& p : result.problems) {
        if (p.line == 0 && p.message.contains(QLatin1String("trio")) &&
            p.message.contains(QLatin1String("no consent"))) {
            ++missing;
            QVERIFY2(p.message.contains(QLatin1String("MRN0031002, MRN0031003")), qPrintable(all));
            QVERIFY2(!p.message.contains(QLatin1String("MRN0031001")), qPrintable(all));
            QVERIFY2(p.message.contains(QLatin1String(" 2 ")), qPrintable(all));
        }
    }
    QVERIFY2(missing == 1, qPrintable(all));
    // MRN0014417 (line 3) is in the cohort, so no "no file contains" for it; the cohort is
    // not a dataset the sheet names (its only cohort row names another dataset).
    QVERIFY2(find(3, QStringLiteral("sample_id"), QStringLiteral("No file")) == 0, qPrintable(all));
    for (const SheetProblem& p : result.problems)
        QVERIFY2(!(p.line == 0 && p.message.startsWith(QLatin1String("cohort"))), qPrintable(all));
    QCOMPARE(result.warnings(), 4);

    // Once the parents' consent is in the catalog, the sheet leaves nobody out.
    ConsentRecord parent;
    parent.dataset = QStringLiteral("trio");
    parent.consent = QStringLiteral("HMB");
    QString error;
    for (const char* id : {"MRN0031002", "MRN0031003"}) {
        parent.sampleId = QLatin1String(id);
        QVERIFY2(ConsentStore(demo.catalog).save(parent, &error), qPrintable(error));
    }
    ConsentSheetImporter::Result again = ConsentSheetImporter::read(path, DuoTermTable::builtIn());
    ConsentSheetImporter::crossCheck(demo.catalog, &again);
    for (const SheetProblem& p : again.problems)
        QVERIFY2(p.line != 0, qPrintable(describe(again.problems)));
    QCOMPARE(again.warnings(), 3);
}

void TestConsentSheetImporter::demoSampleSheetImportsCleanly()
{
    DemoCatalog demo;
    QVERIFY2(demo.setUp(), qPrintable(demo.error));
    const ConsentSheetImporter::Result result = ConsentSheetImporter::importFile(
        demo.catalog, demo.workspace + QStringLiteral("/clinical/samplesheet.csv"));
    QVERIFY2(result.imported, qPrintable(describe(result.problems)));
    QCOMPARE(result.records.size(), 15);
    QCOMPARE(result.errors(), 0);
    const ConsentStore store(demo.catalog);
    QCOMPARE(store.records().size(), 15);
    const std::optional<ConsentRecord> withdrawn =
        store.find(QStringLiteral("cohort"), QStringLiteral("MRN0018846"));
    QVERIFY(withdrawn);
    QVERIFY(withdrawn->withdrawn);
    QCOMPARE(store.find(QStringLiteral("cohort"), QStringLiteral("MRN0012345"))->consent,
             QStringLiteral("DS(MONDO:0009061)"));
    // Every sample of the cohort and trio has consent: no "contains ... with no consent".
    for (const SheetProblem& p : result.problems)
        QVERIFY2(!p.message.contains(QLatin1String("no consent")),
                 qPrintable(describe(result.problems)));
}

QTEST_GUILESS_MAIN(TestConsentSheetImporter)
#include "test_ConsentSheetImporter.moc"
