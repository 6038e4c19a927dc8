// SidecarDeidentifier: every sidecar rule on small tables, PED files and Phenopackets (planted
// names, e-mails, dates and record numbers must be gone from the output bytes); the same
// individual gets the same date shift in a CSV and a phenopacket; withdrawn individuals are
// removed; errors name the file and line and leave nothing behind; real Phenopackets and a
// real PED file are de-identified and validated in place.

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "models/deid/SidecarDeidentifier.h"

#include "tests/common/TestData.h"

using namespace steward;

namespace {

const QByteArray kKey = QByteArrayLiteral("sidecar-test-key-0123456789abcdef");

/** Profile tweaks: "dates=shift;freeText=keep;ages=off;zip=-1;pseudonymize=off". */
DeidProfile profile(const QString& base, const QString& tweaks = QString())
{
    DeidProfile p;
    QString error;
    if (!DeidProfile::resolve(base, &p, &error))
        qFatal("profile %s: %s", qPrintable(base), qPrintable(error));
    const QStringList items = tweaks.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& item : items) {
        const QString k = item.section(QLatin1Char('='), 0, 0);
        const QString v = item.section(QLatin1Char('='), 1);
        if (k == QLatin1String("dates"))
            p.sidecars.dates = v == QLatin1String("shift")  ? DeidProfile::DatePolicy::Shift
                               : v == QLatin1String("keep") ? DeidProfile::DatePolicy::Keep
                                                            : DeidProfile::DatePolicy::YearOnly;
        else if (k == QLatin1String("freeText"))
            p.sidecars.dropFreeText = v != QLatin1String("keep");
        else if (k == QLatin1String("ages"))
            p.sidecars.agesOver89 = v != QLatin1String("off");
        else if (k == QLatin1String("zip"))
            p.sidecars.zipDigits = v.toInt();
        else if (k == QLatin1String("pseudonymize"))
            p.samples.pseudonymize = v != QLatin1String("off");
        else
            qFatal("unknown tweak %s", qPrintable(k));
    }
    return p;
}

DeidTransformParams params(const QString& in, const QString& out, const DeidProfile& p)
{
    DeidTransformParams params;
    params.input = in;
    params.output = out;
    params.profile = p;
    params.pseudonymizer =
        std::make_shared<const Pseudonymizer>(kKey, p.samples.prefix, p.samples.length);
    params.scrubText = [](const QString& text) {
        QString t = text;
        t.replace(QStringLiteral("John Smith"), QStringLiteral("[NAME]"));
        t.replace(QRegularExpression(QStringLiteral("\\S+@\\S+")), QStringLiteral("[EMAIL]"));
        return t;
    };
    return params;
}

/** {S|id} sample pseudonym, {F|id} family pseudonym, {SHIFT|id|yyyy-MM-dd|format} the date
 * shifted by the individual's offset (180 days at most), written in `format`. */
QString expand(const QString& text)
{
    const Pseudonymizer p(kKey);
    static const QRegularExpression placeholder(
        QStringLiteral("\\{(S|F|SHIFT)\\|([^}|]+)"
                       "(?:\\|([^}|]+))?(?:\\|([^}]+))?\\}"));
    QString out;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        if (m.captured(1) == QLatin1String("S")) {
            out += p.sample(m.captured(2));
        } else if (m.captured(1) == QLatin1String("F")) {
            out += p.family(m.captured(2));
        } else {
            const QDate d = QDate::fromString(m.captured(3), Qt::ISODate)
                                .addDays(p.dateShiftDays(m.captured(2), 180));
            out +=
                d.toString(m.captured(4).isEmpty() ? QStringLiteral("yyyy-MM-dd") : m.captured(4));
        }
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString describe(const DeidTransformResult& r)
{
    return QStringLiteral("ok=%1 error=%2 records %3/%4 digest %5/%6 changes: %7")
        .arg(r.ok)
        .arg(r.error)
        .arg(r.recordsIn)
        .arg(r.recordsOut)
        .arg(r.digestIn.left(12), r.digestOut.left(12), r.changes.join(QStringLiteral(" / ")));
}

/** A phenopacket with identifying data planted in every place the reference note lists.
 * Slashes in URLs are written "\/" (valid JSON): moc reads "//" in a raw string as a
 * comment and then finds no test class. */
QByteArray plantedPhenopacket(bool snake)
{
    QByteArray j = R"({
  "id": "phenopacket.MRN0042",
  "subject": {
    "id": "MRN0042",
    "alternateIds": ["John Smith", "HOSP-99812"],
    "dateOfBirth": "1932-03-14T08:15:00Z",
    "timeAtLastEncounter": {"age": {"iso8601duration": "P93Y4M"}},
    "vitalStatus": {"status": "DECEASED", "timeOfDeath": {"timestamp": "2021-07-04T10:00:00Z"}},
    "sex": "MALE",
    "description": "John Smith, call jsmith@example.org"
  },
  "phenotypicFeatures": [
    {"type": {"id": "HP:0001250", "label": "Seizure"},
     "onset": {"timestamp": "1990-05-17T00:00:00Z"},
     "description": "seen by Dr Jane Roe on 1990-05-17"},
    {"type": {"id": "HP:0000505", "label": "Visual impairment"}, "excluded": true}
  ],
  "biosamples": [{
    "id": "LAB-778812",
    "individualId": "MRN0042",
    "description": "blood of John Smith",
    "sampledTissue": {"id": "UBERON:0000178", "label": "blood"},
    "timeOfCollection": {"timestamp": "2020-02-29T09:00:00Z"}
  }],
  "interpretations": [{
    "id": "interpretation.MRN0042",
    "progressStatus": "SOLVED",
    "diagnosis": {
      "disease": {"id": "OMIM:219700", "label": "Cystic fibrosis"},
      "genomicInterpretations": [{"subjectOrBiosampleId": "LAB-778812",
                                  "interpretationStatus": "CAUSATIVE"}]
    }
  }],
  "diseases": [{"term": {"id": "OMIM:219700", "label": "Cystic fibrosis"}}],
  "files": [{
    "uri": "file:\/\/\/home\/jdoe\/patients\/Smith_John\/MRN0042.vcf.gz",
    "individualToFileIdentifiers": {"MRN0042": "LAB-778812"},
    "fileAttributes": {"genomeAssembly": "GRCh38", "fileFormat": "vcf"}
  }],
  "metaData": {
    "created": "2022-10-03T16:39:04Z",
    "createdBy": "Dr Jane Roe",
    "submittedBy": "jane.roe@riverside.example.org",
    "resources": [{"id": "hp", "name": "human phenotype ontology",
                   "url": "http:\/\/purl.obolibrary.org/obo/hp.owl", "version": "2018-03-08",
                   "namespacePrefix": "HP", "iriPrefix": "http:\/\/purl.obolibrary.org/obo/HP_"}],
    "phenopacketSchemaVersion": "2.0"
  }
})";
    if (snake) {
        for (const char* k : {"alternateIds",
                              "dateOfBirth",
                              "timeAtLastEncounter",
                              "vitalStatus",
                              "timeOfDeath",
                              "phenotypicFeatures",
                              "individualId",
                              "sampledTissue",
                              "timeOfCollection",
                              "progressStatus",
                              "genomicInterpretations",
                              "subjectOrBiosampleId",
                              "interpretationStatus",
                              "individualToFileIdentifiers",
                              "fileAttributes",
                              "genomeAssembly",
                              "fileFormat",
                              "metaData",
                              "createdBy",
                              "submittedBy",
                              "namespacePrefix",
                              "iriPrefix",
                              "phenopacketSchemaVersion"}) {
            QByteArray snakeKey;
            for (const char* c = k; *c; ++c) {
                if (*c >= 'A' && *c <= 'Z')
                    snakeKey += '_' + QByteArray(1, char(*c - 'A' + 'a'));
                else
                    snakeKey += *c;
            }
            j.replace('"' + QByteArray(k) + '"', '"' + snakeKey + '"');
        }
    }
    return j;
}

} // namespace

class TestSidecarDeidentifier : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void ped_data();
    void ped();
    void phenopacketPlanted_data();
    void phenopacketPlanted();
    void sameShiftInCsvAndPhenopacket();
    void familyWithWithdrawnRelative();
    void withdrawnSubjectIsRefused_data();
    void withdrawnSubjectIsRefused();
    void errors_data();
    void errors();
    void outputIsInput();
    void missingOrUnwritableFolder();
    void replacesExistingOutput();
    void realPhenopackets();
    void realPed();
};

void TestSidecarDeidentifier::table_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("tweaks");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("pseudonyms");
    QTest::addColumn<QStringList>("drop");
    QTest::addColumn<QString>("expected");

    const QStringList none;
    QTest::newRow("ids from the map, else keyed")
        << "s.csv"
        << "" << QByteArray("sample_id,sex,diagnosis\nMRN001,F,CF\nMRN002,M,PKU\n")
        << QStringList{"MRN002=SUBJ-B"} << none
        << "sample_id,sex,diagnosis\n{S|MRN001},F,CF\nSUBJ-B,M,PKU\n";
    QTest::newRow("no pseudonymisation keeps unmapped ids")
        << "s.csv"
        << "pseudonymize=off" << QByteArray("participant_id,sex\nMRN001,F\n") << none << none
        << "participant_id,sex\nMRN001,F\n";
    QTest::newRow("dates by name to the year")
        << "s.csv"
        << ""
        << QByteArray("sample_id,dob,collection_date\nMRN001,1987-03-14,"
                      "2020-02-29 10:15\n")
        << none << none << "sample_id,dob,collection_date\n{S|MRN001},1987,2020\n";
    QTest::newRow("dates by content to the year")
        << "s.csv"
        << "" << QByteArray("sample_id,visit\nMRN001,14/03/1987\nMRN002,03.04.1990\n") << none
        << none << "sample_id,visit\n{S|MRN001},1987\n{S|MRN002},1990\n";
    QTest::newRow("dates shifted per individual, format kept")
        << "s.csv"
        << "dates=shift"
        << QByteArray("sample_id,dob,visit\nMRN001,1987-03-14,14/03/2001\nMRN002,1990-01-01,"
                      "25/12/2010\n")
        << none << none
        << "sample_id,dob,visit\n{S|MRN001},{SHIFT|MRN001|1987-03-14},"
           "{SHIFT|MRN001|2001-03-14|dd/MM/yyyy}\n{S|MRN002},{SHIFT|MRN002|1990-01-01},"
           "{SHIFT|MRN002|2010-12-25|dd/MM/yyyy}\n";
    QTest::newRow("dates kept when the profile keeps them")
        << "s.csv"
        << "dates=keep" << QByteArray("sample_id,dob\nMRN001,1987-03-14\n") << none << none
        << "sample_id,dob\n{S|MRN001},1987-03-14\n";
    QTest::newRow("missing dates stay, unreadable ones lose all but a year")
        << "s.csv"
        << ""
        << QByteArray("sample_id,dob\nMRN001,NA\nMRN002,\nMRN003,about 1987\n"
                      "MRN004,last spring\n")
        << none << none
        << "sample_id,dob\n{S|MRN001},NA\n{S|MRN002},\n{S|MRN003},1987\n{S|MRN004},\n";
    QTest::newRow("ages over 89")
        << "s.csv"
        << "" << QByteArray("sample_id,age,age_at_diagnosis\nA1,93,95.5\nA2,45,89\n") << none
        << none << "sample_id,age,age_at_diagnosis\n{S|A1},90+,90+\n{S|A2},45,89\n";
    QTest::newRow("ages kept when the profile allows")
        << "s.csv"
        << "ages=off" << QByteArray("sample_id,age\nA1,93\n") << none << none
        << "sample_id,age\n{S|A1},93\n";
    QTest::newRow("zip codes to three characters")
        << "s.csv"
        << "" << QByteArray("sample_id,zip,postal_code\nA1,02139-4307,SW1A 1AA\n") << none << none
        << "sample_id,zip,postal_code\n{S|A1},021,SW1\n";
    QTest::newRow("zip prefixes of sparse areas become 000")
        << "s.csv"
        << "" << QByteArray("sample_id,zip\nA1,03601\nA2,89301-1234\nA3,82101\nA4,03701\n")
        << none << none << "sample_id,zip\n{S|A1},000\n{S|A2},000\n{S|A3},000\n{S|A4},037\n";
    QTest::newRow("zip codes kept whole with -1")
        << "s.csv"
        << "zip=-1" << QByteArray("sample_id,zip\nA1,02139\n") << none << none
        << "sample_id,zip\n{S|A1},02139\n";
    QTest::newRow("free text dropped")
        << "s.csv"
        << ""
        << QByteArray("sample_id,notes,diagnosis,clinical_comments\nA1,Seen by Dr John Smith,CF,"
                      "call 555-1234\n")
        << none << none << "sample_id,diagnosis\n{S|A1},CF\n";
    QTest::newRow("free text scrubbed when kept")
        << "s.csv"
        << "freeText=keep"
        << QByteArray("sample_id,notes,diagnosis\nMRN001,MRN001 seen by John Smith,CF\n") << none
        << none << "sample_id,notes,diagnosis\n{S|MRN001},{S|MRN001} seen by [NAME],CF\n";
    QTest::newRow("profile's dropFields removed")
        << "s.csv"
        << "" << QByteArray("sample_id,Name,email,MRN,sex\nA1,John Smith,js@x.org,12345,M\n")
        << none << none << "sample_id,sex\n{S|A1},M\n";
    QTest::newRow("withdrawn rows removed")
        << "s.csv"
        << "" << QByteArray("sample_id,sex\nMRN001,F\nMRN002,M\nMRN003,F\n") << none
        << QStringList{"MRN002"} << "sample_id,sex\n{S|MRN001},F\n{S|MRN003},F\n";
    QTest::newRow("families and parents; a withdrawn parent cleared")
        << "s.csv"
        << ""
        << QByteArray("family_id,sample_id,father,mother,affected\nFAM1,KID1,DAD1,MUM1,yes\n"
                      "FAM1,DAD1,0,0,no\n")
        << none << QStringList{"MUM1"}
        << "family_id,sample_id,father,mother,affected\n{F|FAM1},{S|KID1},{S|DAD1},,yes\n"
           "{F|FAM1},{S|DAD1},0,0,no\n";
    QTest::newRow("quoted fields survive")
        << "s.csv"
        << "" << QByteArray("sample_id,diagnosis\nMRN001,\"Cystic fibrosis, \"\"classic\"\"\"\n")
        << none << none << "sample_id,diagnosis\n{S|MRN001},\"Cystic fibrosis, \"\"classic\"\"\"\n";
    QTest::newRow("tsv") << "s.tsv"
                         << "" << QByteArray("sample_id\tdob\tsex\nMRN001\t1987-03-14\tF\n") << none
                         << none << "sample_id\tdob\tsex\n{S|MRN001}\t1987\tF\n";
    QTest::newRow("byte-order mark and CRLF")
        << "s.csv"
        << "" << QByteArray("\xEF\xBB\xBFsample_id,sex\r\nMRN001,F\r\n\r\n") << none << none
        << "sample_id,sex\n{S|MRN001},F\n";
}

void TestSidecarDeidentifier::table()
{
    QFETCH(QString, fileName);
    QFETCH(QString, tweaks);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, pseudonyms);
    QFETCH(QStringList, drop);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString in = dir.filePath(fileName);
    QVERIFY(test::writeText(in, input));
    DeidTransformParams p = params(in, dir.filePath(QStringLiteral("out-") + fileName),
                                   profile(QStringLiteral("safe-harbor"), tweaks));
    for (const QString& pair : pseudonyms)
        p.pseudonyms.insert(pair.section(QLatin1Char('='), 0, 0),
                            pair.section(QLatin1Char('='), 1));
    p.dropSamples = QSet<QString>(drop.cbegin(), drop.cend());

    const DeidTransformResult r = SidecarDeidentifier::run(p);
    QVERIFY2(r.validated(), qPrintable(describe(r)));
    QCOMPARE(QString::fromUtf8(readAll(p.output)), expand(expected));
    QCOMPARE(r.method, QStringLiteral("rewrite"));
    QCOMPARE(r.recordsOut, qint64(expand(expected).count(QLatin1Char('\n')) - 1));
    QVERIFY(!QFile::exists(p.output + QStringLiteral(".steward-partial")));
    QVERIFY(!r.changes.isEmpty() || tweaks.contains(QLatin1String("pseudonymize=off")));
    QCOMPARE(readAll(in), input); // the original is untouched
}

void TestSidecarDeidentifier::ped_data()
{
    QTest::addColumn<QString>("tweaks");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("drop");
    QTest::addColumn<QString>("expected");

    QTest::newRow("trio, withdrawn mother")
        << ""
        << QByteArray("#Family ID\tIndividual ID\tPaternal ID\tMaternal ID\tSex\tPhenotype\n"
                      "FAM0042\tKID42\tDAD42\tMUM42\t1\t2\nFAM0042\tDAD42\t0\t0\t1\t1\n"
                      "FAM0042\tMUM42\t0\t0\t2\t1\n")
        << QStringList{"MUM42"}
        << "#Family ID\tIndividual ID\tPaternal ID\tMaternal ID\tSex\tPhenotype\n"
           "{F|FAM0042}\t{S|KID42}\t{S|DAD42}\t0\t1\t2\n{F|FAM0042}\t{S|DAD42}\t0\t0\t1\t1\n";
    QTest::newRow("plink spaces and genotype columns")
        << "" << QByteArray("FAM1  IND1 0 0 1 -9 A A G T\nFAM1 IND2 IND1 0 2 2 A G T T\n")
        << QStringList{}
        << "{F|FAM1}\t{S|IND1}\t0\t0\t1\t-9\tA\tA\tG\tT\n"
           "{F|FAM1}\t{S|IND2}\t{S|IND1}\t0\t2\t2\tA\tG\tT\tT\n";
    QTest::newRow("comments dropped")
        << "" << QByteArray("# pedigree drawn by Dr John Smith 2019-04-01\nF1\tIND1\t0\t0\t1\t1\n")
        << QStringList{} << "{F|F1}\t{S|IND1}\t0\t0\t1\t1\n";
    QTest::newRow("comments scrubbed when free text is kept")
        << "freeText=keep"
        << QByteArray("# pedigree of IND1 drawn by John Smith\nF1\tIND1\t0\t0\t1\t1\n")
        << QStringList{}
        << "# pedigree of {S|IND1} drawn by [NAME]\n{F|F1}\t{S|IND1}\t0\t0\t1\t1\n";
}

void TestSidecarDeidentifier::ped()
{
    QFETCH(QString, tweaks);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, drop);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("trio.ped"));
    QVERIFY(test::writeText(in, input));
    DeidTransformParams p = params(in, dir.filePath(QStringLiteral("out.ped")),
                                   profile(QStringLiteral("safe-harbor"), tweaks));
    p.dropSamples = QSet<QString>(drop.cbegin(), drop.cend());
    const DeidTransformResult r = SidecarDeidentifier::run(p);
    QVERIFY2(r.validated(), qPrintable(describe(r)));
    QCOMPARE(QString::fromUtf8(readAll(p.output)), expand(expected));
}

void TestSidecarDeidentifier::phenopacketPlanted_data()
{
    QTest::addColumn<bool>("snake");
    QTest::newRow("camelCase") << false;
    QTest::newRow("snake_case") << true;
}

void TestSidecarDeidentifier::phenopacketPlanted()
{
    QFETCH(bool, snake);
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("MRN0042.json"));
    QVERIFY(test::writeText(in, plantedPhenopacket(snake)));
    DeidTransformParams p = params(in, dir.filePath(QStringLiteral("out.json")),
                                   profile(QStringLiteral("safe-harbor")));
    const DeidTransformResult r = SidecarDeidentifier::run(p);
    QVERIFY2(r.validated(), qPrintable(describe(r)));
    QCOMPARE(r.recordsIn, qint64(1));

    const QByteArray out = readAll(p.output);
    for (const char* planted :
         {"MRN0042",    "John",       "Smith",      "HOSP-99812", "jsmith", "jdoe",    "Jane",
          "Roe",        "riverside",  "@",          "1932-03-14", "08:15",  "P93Y",    "2021-07-04",
          "1990-05-17", "2020-02-29", "LAB-778812", "2022-10-03", "16:39",  "patients"})
        QVERIFY2(!out.contains(planted), planted);

    const Pseudonymizer pz(kKey);
    const QByteArray subject = pz.sample(QStringLiteral("MRN0042")).toUtf8();
    QVERIFY(out.contains("\"" + subject + "\""));
    QVERIFY(out.contains("phenopacket." + subject));
    QVERIFY(out.contains(pz.sample(QStringLiteral("LAB-778812")).toUtf8()));
    QVERIFY(out.contains("\"1932-01-01T00:00:00Z\""));
    QVERIFY(out.contains("\"P90Y\""));
    QVERIFY(out.contains("\"" + subject + ".vcf.gz\""));
    // Clinical content and the ontology resources are left alone, "name" there included.
    for (const char* kept :
         {"HP:0001250", "Seizure", "OMIM:219700", "Cystic fibrosis", "UBERON:0000178", "CAUSATIVE",
          "DECEASED", "human phenotype ontology", "2018-03-08", "GRCh38"})
        QVERIFY2(out.contains(kept), kept);
    QVERIFY(r.headerBefore.contains(QLatin1String("MRN0042")));
    QVERIFY(!r.headerAfter.contains(QLatin1String("MRN0042")));
    QVERIFY(QJsonDocument::fromJson(out).isObject());
}

void TestSidecarDeidentifier::sameShiftInCsvAndPhenopacket()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("sheet.csv"));
    const QString json = dir.filePath(QStringLiteral("packet.json"));
    QVERIFY(test::writeText(csv, "sample_id,date_of_birth\nMRN0042,1932-03-14\nMRN0077,"
                                 "1950-06-15\n"));
    QVERIFY(test::writeText(json, plantedPhenopacket(false)));
    const DeidProfile research = profile(QStringLiteral("research-minimal"));
    QCOMPARE(research.sidecars.dates, DeidProfile::DatePolicy::Shift);

    const DeidTransformResult a =
        SidecarDeidentifier::run(params(csv, dir.filePath(QStringLiteral("a.csv")), research));
    const DeidTransformResult b =
        SidecarDeidentifier::run(params(json, dir.filePath(QStringLiteral("b.json")), research));
    QVERIFY2(a.validated(), qPrintable(describe(a)));
    QVERIFY2(b.validated(), qPrintable(describe(b)));

    const Pseudonymizer pz(kKey);
    const int shift = pz.dateShiftDays(QStringLiteral("MRN0042"), 180);
    QVERIFY(shift != 0);
    const QString shifted = QDate(1932, 3, 14).addDays(shift).toString(Qt::ISODate);
    const QString csvOut = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("a.csv"))));
    QVERIFY2(csvOut.contains(pz.sample(QStringLiteral("MRN0042")) + QLatin1Char(',') + shifted),
             qPrintable(csvOut));
    const QJsonObject packet =
        QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral("b.json")))).object();
    const QJsonObject subject = packet.value(QStringLiteral("subject")).toObject();
    QCOMPARE(subject.value(QStringLiteral("dateOfBirth")).toString(),
             shifted + QStringLiteral("T00:00:00Z"));
    // The subject's other dates move by the same number of days; the biosample's too.
    QCOMPARE(subject.value(QStringLiteral("vitalStatus"))
                 .toObject()
                 .value(QStringLiteral("timeOfDeath"))
                 .toObject()
                 .value(QStringLiteral("timestamp"))
                 .toString(),
             QDate(2021, 7, 4).addDays(shift).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"));
    QCOMPARE(packet.value(QStringLiteral("biosamples"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("timeOfCollection"))
                 .toObject()
                 .value(QStringLiteral("timestamp"))
                 .toString(),
             QDate(2020, 2, 29).addDays(shift).toString(Qt::ISODate) +
                 QStringLiteral("T00:00:00Z"));
    // Another individual gets their own shift.
    QVERIFY(csvOut.contains(QDate(1950, 6, 15)
                                .addDays(pz.dateShiftDays(QStringLiteral("MRN0077"), 180))
                                .toString(Qt::ISODate)));
    // The document's creation date is nobody's: it keeps only its year.
    QCOMPARE(packet.value(QStringLiteral("metaData"))
                 .toObject()
                 .value(QStringLiteral("created"))
                 .toString(),
             QStringLiteral("2022-01-01T00:00:00Z"));
}

void TestSidecarDeidentifier::familyWithWithdrawnRelative()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("family.json"));
    QVERIFY(test::writeText(in, R"({
  "id": "FAM0042",
  "proband": {"id": "pp1", "subject": {"id": "KID42", "sex": "MALE"},
              "phenotypicFeatures": [{"type": {"id": "HP:0001250", "label": "Seizure"}}]},
  "relatives": [{"id": "pp2", "subject": {"id": "DAD42", "sex": "MALE"}},
                {"id": "pp3", "subject": {"id": "MUM42", "sex": "FEMALE",
                                          "dateOfBirth": "1960-01-02T00:00:00Z"}}],
  "pedigree": {"persons": [
    {"familyId": "FAM0042", "individualId": "KID42", "paternalId": "DAD42",
     "maternalId": "MUM42", "sex": "MALE", "affectedStatus": "AFFECTED"},
    {"familyId": "FAM0042", "individualId": "DAD42", "sex": "MALE",
     "affectedStatus": "UNAFFECTED"},
    {"familyId": "FAM0042", "individualId": "MUM42", "sex": "FEMALE",
     "affectedStatus": "UNAFFECTED"}]},
  "files": [{"uri": "/data/FAM0042.vcf.gz",
             "individualToFileIdentifiers": {"KID42": "KID42", "DAD42": "DAD42", "MUM42": "MUM42"}}],
  "metaData": {"created": "2022-10-03T16:39:04Z", "createdBy": "someone"}
})"));
    DeidTransformParams p = params(in, dir.filePath(QStringLiteral("out.json")),
                                   profile(QStringLiteral("safe-harbor")));
    p.dropSamples = {QStringLiteral("MUM42")};
    const DeidTransformResult r = SidecarDeidentifier::run(p);
    QVERIFY2(r.validated(), qPrintable(describe(r)));
    QCOMPARE(r.recordsOut, qint64(2));
    const QByteArray out = readAll(p.output);
    for (const char* gone : {"MUM42", "KID42", "DAD42", "FAM0042", "1960", "someone"})
        QVERIFY2(!out.contains(gone), gone);
    const Pseudonymizer pz(kKey);
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    QCOMPARE(doc.value(QStringLiteral("id")).toString(), pz.family(QStringLiteral("FAM0042")));
    QCOMPARE(doc.value(QStringLiteral("relatives")).toArray().size(), 1);
    const QJsonArray persons =
        doc.value(QStringLiteral("pedigree")).toObject().value(QStringLiteral("persons")).toArray();
    QCOMPARE(persons.size(), 2);
    const QJsonObject kid = persons.at(0).toObject();
    QCOMPARE(kid.value(QStringLiteral("individualId")).toString(),
             pz.sample(QStringLiteral("KID42")));
    QCOMPARE(kid.value(QStringLiteral("paternalId")).toString(),
             pz.sample(QStringLiteral("DAD42")));
    QVERIFY(!kid.contains(QStringLiteral("maternalId")));
    QCOMPARE(kid.value(QStringLiteral("familyId")).toString(),
             pz.family(QStringLiteral("FAM0042")));
    const QJsonObject files = doc.value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(files.value(QStringLiteral("individualToFileIdentifiers")).toObject().size(), 2);
    QCOMPARE(files.value(QStringLiteral("uri")).toString(),
             pz.family(QStringLiteral("FAM0042")) + QStringLiteral(".vcf.gz"));
}

void TestSidecarDeidentifier::withdrawnSubjectIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::newRow("phenopacket subject") << plantedPhenopacket(false) << "MRN0042";
    QTest::newRow("family proband")
        << QByteArray(R"({"id": "F", "proband": {"subject": {"id": "KID42"}}, "relatives": []})")
        << "KID42";
}

void TestSidecarDeidentifier::withdrawnSubjectIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(test::writeText(in, json));
    DeidTransformParams p = params(in, dir.filePath(QStringLiteral("out.json")),
                                   profile(QStringLiteral("safe-harbor")));
    p.dropSamples = {id};
    const DeidTransformResult r = SidecarDeidentifier::run(p);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(id) && r.error.contains(QLatin1String("leave the file out")) &&
                 r.error.contains(in),
             qPrintable(r.error));
    QVERIFY(!QFile::exists(p.output));
    QVERIFY(!QFile::exists(p.output + QStringLiteral(".steward-partial")));
}

void TestSidecarDeidentifier::errors_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("malformed JSON")
        << "bad.json" << QByteArray("{\n  \"subject\": {\"id\": \"A\"\n")
        << "bad.json:3: invalid JSON";
    QTest::newRow("JSON array") << "list.json" << QByteArray("[1, 2]") << "JSON array";
    QTest::newRow("JSON that is no phenopacket")
        << "other.json" << QByteArray("{\"foo\": 1}") << "not a GA4GH Phenopacket";
    QTest::newRow("unterminated quote")
        << "open.csv" << QByteArray("sample_id,notes\nA1,\"never closed\nA2,x\n")
        << "open.csv:2: a quoted field";
    QTest::newRow("ragged row") << "ragged.csv" << QByteArray("sample_id,sex\nA1,F\nA2,M,extra\n")
                                << "ragged.csv:3: this row has 3 fields";
    QTest::newRow("short PED row") << "short.ped" << QByteArray("F1\tI1\t0\t0\t1\t1\nF1 I2 0 0\n")
                                   << "short.ped:2: a PED row needs 6 columns";
    QTest::newRow("empty table") << "empty.csv" << QByteArray("\n\n") << "empty.csv is empty";
    QTest::newRow("not a sidecar") << "sheet.xlsx" << QByteArray("PK") << "not a clinical sidecar";
}

void TestSidecarDeidentifier::errors()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    const QString in = dir.filePath(fileName);
    QVERIFY(test::writeText(in, content));
    const DeidTransformParams p =
        params(in, dir.filePath(QStringLiteral("out-") + fileName), profile("safe-harbor"));
    const DeidTransformResult r = SidecarDeidentifier::run(p);
    QVERIFY(!r.ok);
    QVERIFY(!r.validated());
    QVERIFY2(r.error.contains(fragment), qPrintable(r.error));
    QVERIFY(!QFile::exists(p.output));
    QVERIFY(!QFile::exists(p.output + QStringLiteral(".steward-partial")));
}

void TestSidecarDeidentifier::outputIsInput()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("s.csv"));
    const QByteArray text("sample_id\nMRN001\n");
    QVERIFY(test::writeText(in, text));
    // Also through another spelling of the same path.
    for (const QString& out : {in, dir.path() + QStringLiteral("/./s.csv")}) {
        const DeidTransformResult r =
            SidecarDeidentifier::run(params(in, out, profile("safe-harbor")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("is the input itself")), qPrintable(r.error));
    }
    QCOMPARE(readAll(in), text);
}

void TestSidecarDeidentifier::missingOrUnwritableFolder()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("s.csv"));
    QVERIFY(test::writeText(in, "sample_id\nMRN001\n"));
    const QString missing = dir.filePath(QStringLiteral("nope/out.csv"));
    DeidTransformResult r = SidecarDeidentifier::run(params(in, missing, profile("safe-harbor")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(dir.filePath(QStringLiteral("nope"))) &&
                 r.error.contains(QLatin1String("does not exist")),
             qPrintable(r.error));

    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    if (QFileInfo(locked).isWritable())
        QSKIP("running as root: a read-only folder is still writable");
    r = SidecarDeidentifier::run(
        params(in, locked + QStringLiteral("/out.csv"), profile("safe-harbor")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(locked) && r.error.contains(QLatin1String("not writable")),
             qPrintable(r.error));
    QVERIFY(QDir(locked).entryList(QDir::Files).isEmpty());
}

void TestSidecarDeidentifier::replacesExistingOutput()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("s.csv"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(test::writeText(in, "sample_id\nMRN001\n"));
    QVERIFY(test::writeText(out, "stale output of an earlier run\n"));
    const DeidTransformResult r = SidecarDeidentifier::run(params(in, out, profile("safe-harbor")));
    QVERIFY2(r.validated(), qPrintable(describe(r)));
    QCOMPARE(QString::fromUtf8(readAll(out)), expand(QStringLiteral("sample_id\n{S|MRN001}\n")));
}

void TestSidecarDeidentifier::realPhenopackets()
{
    const QString root = test::sharedData(QStringLiteral("phenopackets"));
    if (root.isEmpty())
        QSKIP(qPrintable(test::sharedDataMissingMessage()));
    QStringList files;
    const QString io =
        root + QStringLiteral("/phenopackets_phenopacket-tools/phenopacket-tools-io/"
                              "src/test/resources/org/phenopackets/phenopackettools/io");
    for (const char* name : {"v1/phenopacket.json", "v1/family.json", "v1/cohort.json",
                             "v2/phenopacket.json", "v2/family.json", "v2/cohort.json"})
        files << io + QLatin1Char('/') + QLatin1String(name);
    QDirIterator it(root + QStringLiteral("/monarch-initiative_phenopacket-store"),
                    {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    QVERIFY(files.size() > 100);

    QTemporaryDir dir;
    int checked = 0;
    for (const QString& file : std::as_const(files)) {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        const QByteArray original = readAll(file);
        const QJsonObject in = QJsonDocument::fromJson(original).object();
        const QString out = dir.filePath(QStringLiteral("out%1.json").arg(checked));
        const DeidTransformResult r =
            SidecarDeidentifier::run(params(file, out, profile(QStringLiteral("safe-harbor"))));
        QVERIFY2(r.validated(), qPrintable(file + QStringLiteral(": ") + describe(r)));
        QCOMPARE(readAll(file), original); // read in place, never changed

        // No subject id, alternate id or birth date survives; the phenotypes all do.
        const QByteArray text = readAll(out);
        QStringList planted;
        std::function<void(const QJsonValue&, const QString&)> walk = [&](const QJsonValue& v,
                                                                          const QString& key) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                if (key == QLatin1String("subject")) {
                    planted << o.value(QStringLiteral("id")).toString();
                    // 1 January at midnight is what "year only" writes: it may stay.
                    const QString dob = o.value(QStringLiteral("dateOfBirth")).toString();
                    if (!dob.contains(QLatin1String("-01-01T00:00:00")))
                        planted << dob;
                }
                for (auto i = o.begin(); i != o.end(); ++i)
                    walk(i.value(), i.key());
            } else if (v.isArray()) {
                const QJsonArray a = v.toArray();
                for (const QJsonValue& e : a)
                    walk(e, key);
            } else if (key == QLatin1String("alternateIds") || key == QLatin1String("createdBy")) {
                planted << v.toString();
            }
        };
        walk(in, QString());
        // As a JSON string value (an alternate id "proband" may also be a key).
        for (const QString& s : std::as_const(planted))
            if (s.size() >= 3)
                QVERIFY2(!QRegularExpression(QLatin1Char('"') + QRegularExpression::escape(s) +
                                             QStringLiteral("\"(?!\\s*:)"))
                              .match(QString::fromUtf8(text))
                              .hasMatch(),
                         qPrintable(file + QStringLiteral(" still holds ") + s));
        QCOMPARE(text.count("\"HP:"), original.count("\"HP:"));
        ++checked;
    }
    qInfo("de-identified and validated %d real phenopackets", checked);
}

void TestSidecarDeidentifier::realPed()
{
    const QString file =
        test::sharedData(QStringLiteral("genomics/Clinical-Genomics_scout/scout/demo/643594.ped"));
    if (file.isEmpty())
        QSKIP(qPrintable(test::sharedDataMissingMessage()));
    QTemporaryDir dir;
    DeidTransformParams p = params(file, dir.filePath(QStringLiteral("643594.ped")),
                                   profile(QStringLiteral("safe-harbor")));
    p.dropSamples = {QStringLiteral("ADM1059A3")};
    p.pseudonyms.insert(QStringLiteral("ADM1059A2"), QStringLiteral("S-PROBAND1"));
    const DeidTransformResult r = SidecarDeidentifier::run(p);
    QVERIFY2(r.validated(), qPrintable(describe(r)));
    QCOMPARE(r.recordsIn, qint64(2));
    QCOMPARE(r.headerBefore, QStringLiteral("#Family ID\tIndividual ID\tPaternal ID\tMaternal "
                                            "ID\tSex\tPhenotype"));
    QCOMPARE(QString::fromUtf8(readAll(p.output)),
             expand(QStringLiteral("#Family ID\tIndividual ID\tPaternal ID\tMaternal ID\tSex\t"
                                   "Phenotype\n{F|643594}\t{S|ADM1059A1}\t0\t0\t1\t1\n"
                                   "{F|643594}\tS-PROBAND1\t{S|ADM1059A1}\t0\t1\t2\n")));
}

QTEST_GUILESS_MAIN(TestSidecarDeidentifier)
#include "test_SidecarDeidentifier.moc"
