// Importing DUO releases: the real 2021-02-23 duo.owl, duo-basic.owl and duo.csv read in
// place from ../shared/data/duo, bad inputs refused with the file and the problem named,
// all-or-nothing storage, and the differences shown before an import.

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "models/catalog/Catalog.h"
#include "models/consent/DuoReleaseImporter.h"
#include "models/consent/DuoTermTable.h"
#include "tests/common/TestData.h"

using namespace steward;
using steward::test::sharedData;
using steward::test::writeText;

namespace {

using K = DuoTerm::Kind;
using P = DuoTerm::Parameter;
using Release = DuoReleaseImporter::Release;

struct Fact
{
    const char* id;
    const char* code;
    K kind;
};

// The usable terms of ../shared/reference/consent-duo.md.
const Fact kDocumented[] = {
    {"DUO:0000004", "NRES", K::Permission}, {"DUO:0000042", "GRU", K::Permission},
    {"DUO:0000006", "HMB", K::Permission},  {"DUO:0000007", "DS", K::Permission},
    {"DUO:0000011", "POA", K::Permission},  {"DUO:0000012", "RS", K::Modifier},
    {"DUO:0000015", "NMDS", K::Modifier},   {"DUO:0000016", "GSO", K::Modifier},
    {"DUO:0000018", "NPUNCU", K::Modifier}, {"DUO:0000045", "NPU", K::Modifier},
    {"DUO:0000046", "NCU", K::Modifier},    {"DUO:0000019", "PUB", K::Modifier},
    {"DUO:0000020", "COL", K::Modifier},    {"DUO:0000021", "IRB", K::Modifier},
    {"DUO:0000022", "GS", K::Modifier},     {"DUO:0000024", "MOR", K::Modifier},
    {"DUO:0000025", "TS", K::Modifier},     {"DUO:0000026", "US", K::Modifier},
    {"DUO:0000027", "PS", K::Modifier},     {"DUO:0000028", "IS", K::Modifier},
    {"DUO:0000029", "RTN", K::Modifier},    {"DUO:0000043", "CC", K::Modifier},
    {"DUO:0000044", "NPOA", K::Modifier},
};

const char* const kObsoleteIds[] = {"DUO:0000002", "DUO:0000003", "DUO:0000005", "DUO:0000014"};

const DuoTerm* find(const Release& r, const QString& id)
{
    for (const DuoTerm& t : r.terms) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString duoFile(const QString& name)
{
    const QString root = sharedData();
    return root.isEmpty() ? QString() : root + QStringLiteral("/duo/EBISPOT_DUO/") + name;
}

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

const char kOwlHead[] = "<?xml version=\"1.0\"?>\n"
                        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
                        "     xmlns:rdfs=\"http://www.w3.org/2000/01/rdf-schema#\"\n"
                        "     xmlns:owl=\"http://www.w3.org/2002/07/owl#\"\n"
                        "     xmlns:obo=\"http://purl.obolibrary.org/obo/\"\n"
                        "     xmlns:oboInOwl=\"http://www.geneontology.org/formats/oboInOwl#\">\n";

} // namespace

class TestDuoReleaseImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRealRelease_data();
    void readsRealRelease();
    void owlFlagsTheObsoleteTerms();
    void owlKeysNpoaOnItsIdDespiteTheMalformedIri();
    void realReleasesMatchTheBuiltInTable_data();
    void realReleasesMatchTheBuiltInTable();
    void translationFileHasNoTerms();
    void refusesBadInput_data();
    void refusesBadInput();
    void namesReleasesWithoutVersionIri();
    void csvMarksUnknownKindsAndObsoleteLabels();
    void differencesNameWhatChanges();
    void storedReleaseRoundTripsThroughCurrent();
    void storeIsAllOrNothing();
};

void TestDuoReleaseImporter::readsRealRelease_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sha256Start"); // from PROVENANCE.md
    QTest::addColumn<bool>("fromOwl");
    QTest::newRow("duo.owl") << QStringLiteral("duo.owl") << QStringLiteral("6a34ce09ae07b1e3")
                             << true;
    QTest::newRow("duo-basic.owl")
        << QStringLiteral("duo-basic.owl") << QStringLiteral("e8bdcd706ef237dd") << true;
    QTest::newRow("duo.csv") << QStringLiteral("duo.csv") << QStringLiteral("d0b046efddc04b2a")
                             << false;
}

void TestDuoReleaseImporter::readsRealRelease()
{
    QFETCH(QString, file);
    QFETCH(QString, sha256Start);
    QFETCH(bool, fromOwl);
    const QString path = duoFile(file);
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP(qPrintable(QStringLiteral("%1 is missing; the DUO import tests read the real "
                                        "release files in ../shared/data/duo/EBISPOT_DUO")
                             .arg(path.isEmpty() ? file : path)));
    Release r;
    QString error;
    QVERIFY2(DuoReleaseImporter::read(path, &r, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(r.sourcePath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(r.sourceSha256.size(), 64);
    QVERIFY2(r.sourceSha256.startsWith(sha256Start), qPrintable(r.sourceSha256));
    QCOMPARE(r.sourceSha256, sha256Of(path));
    if (fromOwl) {
        QCOMPARE(r.name, QStringLiteral("2021-02-23"));
    } else {
        // The CSV carries no version: named after its hash, with a warning saying so.
        QCOMPARE(r.name, QStringLiteral("csv ") + r.sourceSha256.left(12));
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(r.name),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    for (const Fact& f : kDocumented) {
        const DuoTerm* t = find(r, QLatin1String(f.id));
        QVERIFY2(t, f.id);
        QCOMPARE(t->code, QLatin1String(f.code));
        QVERIFY2(t->kind == f.kind, f.id);
        QVERIFY2(!t->obsolete, f.id);
        QVERIFY2(!t->label.isEmpty() && !t->label.endsWith(QLatin1Char('\r')), f.id);
        QCOMPARE(t->parameter, DuoTermTable::builtIn().byId(QLatin1String(f.id))->parameter);
    }
    // The labels are DUO's (English), not Steward's.
    QCOMPARE(find(r, QStringLiteral("DUO:0000042"))->label, QStringLiteral("general research use"));
    QCOMPARE(find(r, QStringLiteral("DUO:0000018"))->label,
             QStringLiteral("not for profit, non commercial use only")); // quoted in the CSV
    QCOMPARE(find(r, QStringLiteral("DUO:0000027"))->label,
             QStringLiteral("project specific restriction")); // last CSV line, CRLF
    // The roots of the two branches are in every file but usable in no consent.
    QCOMPARE(find(r, QStringLiteral("DUO:0000001"))->kind, K::Other);
    QCOMPARE(find(r, QStringLiteral("DUO:0000017"))->kind, K::Other);
    // Sorted by id, each id once.
    for (int i = 1; i < r.terms.size(); ++i)
        QVERIFY2(r.terms.at(i - 1).id < r.terms.at(i).id, qPrintable(r.terms.at(i).id));
    // Only DUO classes: nothing from the imported BFO/IAO/OBI axioms or other prefixes.
    for (const DuoTerm& t : r.terms)
        QVERIFY2(t.id.startsWith(QLatin1String("DUO:")) && t.id.size() == 11, qPrintable(t.id));
    // DUO:0000010 is an object property, not a class.
    QVERIFY(!find(r, QStringLiteral("DUO:0000010")));
}

void TestDuoReleaseImporter::owlFlagsTheObsoleteTerms()
{
    const QString path = duoFile(QStringLiteral("duo.owl"));
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("duo.owl is missing from ../shared/data/duo/EBISPOT_DUO; nothing to read");
    Release r;
    QString error;
    QVERIFY2(DuoReleaseImporter::read(path, &r, &error), qPrintable(error));
    for (const char* id : kObsoleteIds) {
        const DuoTerm* t = find(r, QLatin1String(id));
        QVERIFY2(t, id);
        QVERIFY2(t->obsolete, id);
        QCOMPARE(t->kind, K::Other);
    }
    QCOMPARE(find(r, QStringLiteral("DUO:0000005"))->code, QStringLiteral("GRU-CC"));
    QCOMPARE(find(r, QStringLiteral("DUO:0000014"))->code, QStringLiteral("RU"));
    QVERIFY(find(r, QStringLiteral("DUO:0000002"))->code.isEmpty());
    // "term replaced by" is free text there, naming two terms: the first is kept, and the
    // warning names both.
    QCOMPARE(find(r, QStringLiteral("DUO:0000005"))->replacedBy, QStringLiteral("DUO:0000042"));
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("DUO:0000043")), qPrintable(warnings));
    int obsolete = 0;
    for (const DuoTerm& t : r.terms)
        obsolete += t.obsolete ? 1 : 0;
    QCOMPARE(obsolete, 4);

    // duo-basic.owl leaves the obsolete classes out altogether.
    Release basic;
    QVERIFY2(DuoReleaseImporter::read(duoFile(QStringLiteral("duo-basic.owl")), &basic, &error),
             qPrintable(error));
    for (const char* id : kObsoleteIds)
        QVERIFY2(!find(basic, QLatin1String(id)), id);
}

void TestDuoReleaseImporter::owlKeysNpoaOnItsIdDespiteTheMalformedIri()
{
    const QString path = duoFile(QStringLiteral("duo.owl"));
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("duo.owl is missing from ../shared/data/duo/EBISPOT_DUO; nothing to read");
    Release r;
    QString error;
    QVERIFY2(DuoReleaseImporter::read(path, &r, &error), qPrintable(error));
    const DuoTerm* npoa = find(r, QStringLiteral("DUO:0000044"));
    QVERIFY(npoa);
    QCOMPARE(npoa->code, QStringLiteral("NPOA"));
    QCOMPARE(npoa->kind, K::Modifier);
    for (const DuoTerm& t : r.terms)
        QVERIFY2(t.id != QLatin1String("DUO:00000044"), "the malformed IRI became an id");
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("DUO_00000044")), qPrintable(warnings));
}

void TestDuoReleaseImporter::realReleasesMatchTheBuiltInTable_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("duo.owl") << QStringLiteral("duo.owl");
    QTest::newRow("duo-basic.owl") << QStringLiteral("duo-basic.owl");
    QTest::newRow("duo.csv") << QStringLiteral("duo.csv");
}

void TestDuoReleaseImporter::realReleasesMatchTheBuiltInTable()
{
    // The built-in table was written from release 2021-02-23: importing it changes nothing.
    QFETCH(QString, file);
    const QString path = duoFile(file);
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP(qPrintable(file + QStringLiteral(" is missing from ../shared/data/duo")));
    Release r;
    QString error;
    QVERIFY2(DuoReleaseImporter::read(path, &r, &error), qPrintable(error));
    const QStringList changes = DuoReleaseImporter::differences(DuoTermTable::builtIn(), r);
    QVERIFY2(changes.isEmpty(), qPrintable(changes.join(QLatin1Char('\n'))));
    // ...and Steward's labels are its own words, not DUO's.
    for (const Fact& f : kDocumented) {
        const DuoTerm* imported = find(r, QLatin1String(f.id));
        const DuoTerm* own = DuoTermTable::builtIn().byId(QLatin1String(f.id));
        QVERIFY2(imported->label.compare(own->label, Qt::CaseInsensitive) != 0, f.id);
    }
}

void TestDuoReleaseImporter::translationFileHasNoTerms()
{
    // The Spanish translation is RDF/XML about DUO IRIs, but declares no classes.
    const QString path = duoFile(QStringLiteral("src/ontology/duo-spanish.owl"));
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("duo-spanish.owl is missing from ../shared/data/duo; nothing to read");
    Release r;
    QString error;
    QVERIFY(!DuoReleaseImporter::read(path, &r, &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("no DUO terms")),
             qPrintable(error));
}

void TestDuoReleaseImporter::refusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // null: the file is not created
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing file") << QStringLiteral("absent.owl") << QByteArray()
                                  << QStringLiteral("does not exist");
    QTest::newRow("not XML") << QStringLiteral("duo.owl")
                             << QByteArray("Prefix(:=<http://purl.obolibrary.org/obo/duo.owl#>)")
                             << QStringLiteral("not XML");
    QTest::newRow("broken XML") << QStringLiteral("duo.owl")
                                << QByteArray(kOwlHead) + "<owl:Class rdf:about=\"x\">\n"
                                << QStringLiteral("not well-formed XML (line");
    QTest::newRow("XML but not RDF")
        << QStringLiteral("page.xml") << QByteArray("<html><body>DUO</body></html>")
        << QStringLiteral("not an RDF/XML ontology");
    QTest::newRow("OWL without DUO classes")
        << QStringLiteral("gaz.owl")
        << QByteArray(kOwlHead) +
               "<owl:Class rdf:about=\"http://purl.obolibrary.org/obo/GAZ_00000448\">\n"
               "  <oboInOwl:id>GAZ:00000448</oboInOwl:id>\n"
               "  <rdfs:label xml:lang=\"en\">geographic location</rdfs:label>\n"
               "</owl:Class>\n"
               "<rdf:Description rdf:about=\"http://purl.obolibrary.org/obo/DUO_0000042\">\n"
               "  <rdfs:label>described, never declared a class</rdfs:label>\n"
               "</rdf:Description>\n</rdf:RDF>\n"
        << QStringLiteral("no DUO terms");
    QTest::newRow("CSV wrong field count")
        << QStringLiteral("duo.csv")
        << QByteArray("id,shorthand,label,description\r\n"
                      "DUO:0000042,GRU,general research use,any purpose\r\n"
                      "DUO:0000006,HMB,health research\r\n")
        << QStringLiteral("line 3 of the CSV is malformed");
    QTest::newRow("CSV unclosed quote")
        << QStringLiteral("duo.csv")
        << QByteArray("id,shorthand,label,description\n"
                      "DUO:0000042,GRU,\"general research use,any purpose\n"
                      "DUO:0000006,HMB,health research,x\n")
        << QStringLiteral("line 2 of the CSV is malformed");
    QTest::newRow("CSV text after quote") << QStringLiteral("duo.csv")
                                          << QByteArray("id,shorthand,label,description\n"
                                                        "DUO:0000042,GRU,\"general\" research,x\n")
                                          << QStringLiteral("line 2 of the CSV is malformed");
    QTest::newRow("CSV bad id") << QStringLiteral("duo.csv")
                                << QByteArray("id,shorthand,label,description\n"
                                              "DUO:0000042,GRU,general research use,x\n"
                                              "\n"
                                              "MONDO:0005148,T2D,diabetes,x\n")
                                << QStringLiteral("line 4 of the CSV is malformed");
    QTest::newRow("CSV duplicate id") << QStringLiteral("duo.csv")
                                      << QByteArray("id,shorthand,label,description\n"
                                                    "DUO:0000042,GRU,general research use,x\n"
                                                    "DUO:0000042,GRU2,again,x\n")
                                      << QStringLiteral("line 3 of the CSV is malformed");
    QTest::newRow("CSV line counted after comments and quoted newlines")
        << QStringLiteral("duo.csv")
        << QByteArray("# DUO release 2099-01-01\n"
                      "id,shorthand,label,description\n"
                      "DUO:0000042,GRU,general research use,\"two\nlines\"\n"
                      "DUO:0000006,HMB\n")
        << QStringLiteral("line 5 of the CSV is malformed");
    QTest::newRow("not a DUO CSV")
        << QStringLiteral("samples.csv") << QByteArray("sample_id,consent\nS1,GRU\n")
        << QStringLiteral("no id column");
    QTest::newRow("CSV header only")
        << QStringLiteral("duo.csv") << QByteArray("id,shorthand,label,description\n")
        << QStringLiteral("no DUO terms");
    QTest::newRow("empty file") << QStringLiteral("duo.csv") << QByteArray("")
                                << QStringLiteral("is empty");
}

void TestDuoReleaseImporter::refusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (!content.isNull())
        QVERIFY(writeText(path, content));
    Release r;
    r.name = QStringLiteral("untouched");
    QString error;
    QVERIFY(!DuoReleaseImporter::read(path, &r, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(r.name, QStringLiteral("untouched"));
    QVERIFY(r.terms.isEmpty());
}

void TestDuoReleaseImporter::namesReleasesWithoutVersionIri()
{
    QTemporaryDir dir;
    const QByteArray npu =
        "<owl:Class rdf:about=\"http://purl.obolibrary.org/obo/DUO_0000045\">\n"
        "  <rdfs:subClassOf rdf:resource=\"http://purl.obolibrary.org/obo/DUO_0000017\"/>\n"
        "  <oboInOwl:shorthand>NPU</oboInOwl:shorthand>\n"
        "  <rdfs:label xml:lang=\"es\">uso por organizaciones sin fines de lucro</rdfs:label>\n"
        "  <rdfs:label xml:lang=\"en\">not for profit organisation use only</rdfs:label>\n"
        "</owl:Class>\n</rdf:RDF>\n";
    // owl:versionInfo names the release when there is no version IRI. No oboInOwl:id here:
    // the id then comes from the IRI.
    const QString info = dir.filePath(QStringLiteral("info.owl"));
    QVERIFY(writeText(info, QByteArray(kOwlHead) +
                                "<owl:Ontology rdf:about=\"http://purl.obolibrary.org/obo/"
                                "duo.owl\">\n  <owl:versionInfo>2030-06-01</owl:versionInfo>\n"
                                "</owl:Ontology>\n" +
                                npu));
    Release r;
    QString error;
    QVERIFY2(DuoReleaseImporter::read(info, &r, &error), qPrintable(error));
    QCOMPARE(r.name, QStringLiteral("2030-06-01"));
    QCOMPARE(r.terms.size(), 1);
    QCOMPARE(r.terms.first().id, QStringLiteral("DUO:0000045"));
    QCOMPARE(r.terms.first().kind, K::Modifier);
    QCOMPARE(r.terms.first().label, QStringLiteral("not for profit organisation use only"));

    // Neither: named after the hash, with a warning.
    const QString bare = dir.filePath(QStringLiteral("bare.rdf"));
    QVERIFY(writeText(bare, QByteArray(kOwlHead) + npu));
    QVERIFY2(DuoReleaseImporter::read(bare, &r, &error), qPrintable(error));
    QCOMPARE(r.name, QStringLiteral("owl ") + sha256Of(bare).left(12));
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(r.name));

    // A CSV with a version in a leading comment is named by it.
    const QString csv = dir.filePath(QStringLiteral("duo.csv"));
    QVERIFY(writeText(csv, "# DUO release 2099-01-01\nid,shorthand,label,description\n"
                           "DUO:0000042,GRU,general research use,x\n"));
    QVERIFY2(DuoReleaseImporter::read(csv, &r, &error), qPrintable(error));
    QCOMPARE(r.name, QStringLiteral("2099-01-01"));
    QCOMPARE(r.terms.first().kind, K::Permission);
}

void TestDuoReleaseImporter::csvMarksUnknownKindsAndObsoleteLabels()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("duo.csv"));
    QVERIFY(writeText(csv, "\xEF\xBB\xBFid,shorthand,label,description\n"
                           "DUO:0000042,GRU,general research use,x\n"
                           "DUO:0000099,NEW,a brand new term,x\n"
                           "DUO:0000098,OLD,obsolete old term,x\n"
                           "DUO:0000014,RU,research use only,x\n"));
    Release r;
    QString error;
    QVERIFY2(DuoReleaseImporter::read(csv, &r, &error), qPrintable(error));
    QCOMPARE(r.terms.size(), 4);
    QCOMPARE(r.terms.first().id, QStringLiteral("DUO:0000014")); // BOM stripped, sorted
    QVERIFY(find(r, QStringLiteral("DUO:0000014"))->obsolete);   // per the built-in table
    QVERIFY(find(r, QStringLiteral("DUO:0000098"))->obsolete);   // per its label
    QVERIFY(!find(r, QStringLiteral("DUO:0000099"))->obsolete);
    QCOMPARE(find(r, QStringLiteral("DUO:0000099"))->kind, K::Other);
    QCOMPARE(find(r, QStringLiteral("DUO:0000042"))->kind, K::Permission);
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("2 term(s)")) ||
                 warnings.contains(QLatin1String("2 terms")),
             qPrintable(warnings));
}

void TestDuoReleaseImporter::differencesNameWhatChanges()
{
    Release to;
    for (const DuoTerm& t : DuoTermTable::builtIn().terms())
        to.terms << t;
    QVERIFY(DuoReleaseImporter::differences(DuoTermTable::builtIn(), to).isEmpty());

    auto at = [&to](const char* id) -> DuoTerm& {
        for (DuoTerm& t : to.terms) {
            if (t.id == QLatin1String(id))
                return t;
        }
        qFatal("no %s", id);
    };
    at("DUO:0000045").obsolete = true; // NPU
    at("DUO:0000045").replacedBy = QStringLiteral("DUO:0000046");
    at("DUO:0000029").code = QStringLiteral("RTD");
    at("DUO:0000043").kind = K::Permission;
    to.terms.removeIf([](const DuoTerm& t) { return t.id == QLatin1String("DUO:0000021"); });
    DuoTerm added;
    added.id = QStringLiteral("DUO:0000099");
    added.code = QStringLiteral("XYZ");
    added.kind = K::Modifier;
    added.label = QStringLiteral("a new modifier");
    to.terms << added;
    DuoTerm other; // a new class without a code: not worth a line
    other.id = QStringLiteral("DUO:0000098");
    other.label = QStringLiteral("investigation type");
    to.terms << other;

    const QStringList changes = DuoReleaseImporter::differences(DuoTermTable::builtIn(), to);
    const QString all = changes.join(QLatin1Char('\n'));
    QCOMPARE(changes.size(), 5);
    QVERIFY2(changes.at(0).contains(QLatin1String("IRB (DUO:0000021)")) &&
                 changes.at(0).contains(QLatin1String("not in this release")),
             qPrintable(all));
    QVERIFY2(changes.at(1).contains(QLatin1String("DUO:0000029")) &&
                 changes.at(1).contains(QLatin1String("RTN")) &&
                 changes.at(1).contains(QLatin1String("RTD")),
             qPrintable(all));
    QVERIFY2(changes.at(2).contains(QLatin1String("CC (DUO:0000043)")) &&
                 changes.at(2).contains(QLatin1String("from modifier to permission")),
             qPrintable(all));
    QVERIFY2(changes.at(3).contains(QLatin1String("NPU (DUO:0000045) is obsolete")) &&
                 changes.at(3).contains(QLatin1String("NCU (DUO:0000046)")),
             qPrintable(all));
    QVERIFY2(changes.at(4).contains(QLatin1String("XYZ (DUO:0000099)")) &&
                 changes.at(4).contains(QLatin1String("a new modifier")),
             qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("DUO:0000098")), qPrintable(all));

    // Between two DUO releases a new label is news; against the built-in table it is not.
    const DuoTermTable imported(QStringLiteral("DUO 2021-02-23 (imported from duo.owl)"),
                                {at("DUO:0000042")});
    Release relabelled;
    relabelled.terms << at("DUO:0000042");
    relabelled.terms.first().label = QStringLiteral("general research");
    const QStringList relabel = DuoReleaseImporter::differences(imported, relabelled);
    QCOMPARE(relabel.size(), 1);
    QVERIFY2(relabel.first().contains(QLatin1String("\"general research\"")),
             qPrintable(relabel.first()));
}

void TestDuoReleaseImporter::storedReleaseRoundTripsThroughCurrent()
{
    const QString path = duoFile(QStringLiteral("duo.owl"));
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("duo.owl is missing from ../shared/data/duo/EBISPOT_DUO; nothing to read");
    Release r;
    QString error;
    QVERIFY2(DuoReleaseImporter::read(path, &r, &error), qPrintable(error));
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY2(catalog.open(&error), qPrintable(error));
    QVERIFY2(DuoReleaseImporter::store(catalog, r, &error), qPrintable(error));

    const DuoTermTable current = DuoTermTable::current(catalog);
    QVERIFY2(current.release().contains(QLatin1String("2021-02-23")) &&
                 current.release().contains(r.sourcePath),
             qPrintable(current.release()));
    QCOMPARE(current.terms().size(), r.terms.size());
    for (const DuoTerm& t : r.terms) {
        const DuoTerm* c = current.byId(t.id);
        QVERIFY2(c, qPrintable(t.id));
        QCOMPARE(c->code, t.code);
        QCOMPARE(c->kind, t.kind);
        QCOMPARE(c->parameter, t.parameter);
        QCOMPARE(c->label, t.label);
        QCOMPARE(c->obsolete, t.obsolete);
        QCOMPARE(c->replacedBy, t.replacedBy);
    }
    QCOMPARE(current.byCode(QStringLiteral("ds"))->parameter, P::Diseases);
    QSqlQuery q(catalog.database());
    QVERIFY(q.exec(QStringLiteral("SELECT name, source_sha256, imported_at FROM duo_releases")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2021-02-23"));
    QCOMPARE(q.value(1).toString(), r.sourceSha256);
    QVERIFY(QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).isValid());
}

void TestDuoReleaseImporter::storeIsAllOrNothing()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
    QString error;
    QVERIFY2(catalog.open(&error), qPrintable(error));

    Release bad;
    bad.name = QStringLiteral("2099-01-01");
    bad.sourcePath = QStringLiteral("/tmp/duo.owl");
    bad.sourceSha256 = QString(64, QLatin1Char('0'));
    for (int i = 0; i < 10; ++i)
        bad.terms << DuoTermTable::builtIn().terms().at(i);
    bad.terms << DuoTermTable::builtIn().terms().at(3); // the same id twice: the last insert fails
    QVERIFY(!DuoReleaseImporter::store(catalog, bad, &error));
    QVERIFY2(error.contains(QLatin1String("2099-01-01")) &&
                 error.contains(QLatin1String("/tmp/duo.owl")),
             qPrintable(error));

    QSqlQuery q(catalog.database());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM duo_releases), "
                                  "(SELECT COUNT(*) FROM duo_terms)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(DuoTermTable::current(catalog).release(), DuoTermTable::builtIn().release());

    Release empty = bad;
    empty.terms.clear();
    QVERIFY(!DuoReleaseImporter::store(catalog, empty, &error));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM duo_releases")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDuoReleaseImporter)
#include "test_DuoReleaseImporter.moc"
