// The DUO term table: the built-in terms match the DUO facts Steward relies on, lookups by
// code and id, obsolete codes, the name helpers, and current() preferring the newest import.

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "models/catalog/Catalog.h"
#include "models/consent/DuoReleaseImporter.h"
#include "models/consent/DuoTerm.h"
#include "models/consent/DuoTermTable.h"

using namespace steward;

namespace {

using K = DuoTerm::Kind;
using P = DuoTerm::Parameter;

struct Fact
{
    const char* id;
    const char* code;
    K kind;
    P parameter;
    bool obsolete;
};

// Transcribed from ../shared/reference/consent-duo.md (and the obsolete ids' codes from the
// 2021-02-23 duo.owl), independently of the table under test.
const Fact kFacts[] = {
    {"DUO:0000004", "NRES", K::Permission, P::None, false},
    {"DUO:0000042", "GRU", K::Permission, P::None, false},
    {"DUO:0000006", "HMB", K::Permission, P::None, false},
    {"DUO:0000007", "DS", K::Permission, P::Diseases, false},
    {"DUO:0000011", "POA", K::Permission, P::None, false},
    {"DUO:0000012", "RS", K::Modifier, P::ResearchType, false},
    {"DUO:0000015", "NMDS", K::Modifier, P::None, false},
    {"DUO:0000016", "GSO", K::Modifier, P::None, false},
    {"DUO:0000018", "NPUNCU", K::Modifier, P::None, false},
    {"DUO:0000045", "NPU", K::Modifier, P::None, false},
    {"DUO:0000046", "NCU", K::Modifier, P::None, false},
    {"DUO:0000019", "PUB", K::Modifier, P::None, false},
    {"DUO:0000020", "COL", K::Modifier, P::Collaborator, false},
    {"DUO:0000021", "IRB", K::Modifier, P::None, false},
    {"DUO:0000022", "GS", K::Modifier, P::Regions, false},
    {"DUO:0000024", "MOR", K::Modifier, P::Date, false},
    {"DUO:0000025", "TS", K::Modifier, P::MonthsOrDate, false},
    {"DUO:0000026", "US", K::Modifier, P::None, false},
    {"DUO:0000027", "PS", K::Modifier, P::Project, false},
    {"DUO:0000028", "IS", K::Modifier, P::Institution, false},
    {"DUO:0000029", "RTN", K::Modifier, P::None, false},
    {"DUO:0000043", "CC", K::Modifier, P::None, false},
    {"DUO:0000044", "NPOA", K::Modifier, P::None, false},
    {"DUO:0000002", "", K::Other, P::None, true},
    {"DUO:0000003", "", K::Other, P::None, true},
    {"DUO:0000005", "GRU-CC", K::Other, P::None, true},
    {"DUO:0000014", "RU", K::Other, P::None, true},
};

DuoReleaseImporter::Release release(const QString& name, const QVector<DuoTerm>& terms)
{
    DuoReleaseImporter::Release r;
    r.name = name;
    r.sourcePath = QStringLiteral("/releases/%1/duo.owl").arg(name);
    r.sourceSha256 = QString(64, QLatin1Char('a'));
    r.terms = terms;
    return r;
}

DuoTerm term(const char* id, const char* code, K kind, const char* label, bool obsolete = false)
{
    DuoTerm t;
    t.id = QLatin1String(id);
    t.code = QLatin1String(code);
    t.kind = kind;
    t.label = QLatin1String(label);
    t.obsolete = obsolete;
    return t;
}

} // namespace

Q_DECLARE_METATYPE(DuoTerm::Kind)
Q_DECLARE_METATYPE(DuoTerm::Parameter)

class TestDuoTermTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInHasExactlyTheDocumentedIds();
    void builtInTermMatchesTheFacts_data();
    void builtInTermMatchesTheFacts();
    void builtInLabelsAreSentencesOfTheirOwn();
    void lookupsIgnoreCase();
    void obsoleteCodesOnlyFoundIncludingObsolete();
    void nameHelpersRoundTrip();
    void currentFallsBackToBuiltIn();
    void currentReturnsTheNewestImport();
};

void TestDuoTermTable::builtInHasExactlyTheDocumentedIds()
{
    const DuoTermTable& table = DuoTermTable::builtIn();
    QSet<QString> expected;
    for (const Fact& f : kFacts)
        expected.insert(QLatin1String(f.id));
    QSet<QString> actual;
    for (const DuoTerm& t : table.terms())
        actual.insert(t.id);
    QCOMPARE(table.terms().size(), 27); // no id twice
    QCOMPARE(actual, expected);
    QCOMPARE(table.release(), QStringLiteral("DUO 2021-02-23 (built in)"));
}

void TestDuoTermTable::builtInTermMatchesTheFacts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<DuoTerm::Kind>("kind");
    QTest::addColumn<DuoTerm::Parameter>("parameter");
    QTest::addColumn<bool>("obsolete");
    for (const Fact& f : kFacts)
        QTest::newRow(f.id) << QString::fromLatin1(f.id) << QString::fromLatin1(f.code) << f.kind
                            << f.parameter << f.obsolete;
}

void TestDuoTermTable::builtInTermMatchesTheFacts()
{
    QFETCH(QString, id);
    QFETCH(QString, code);
    QFETCH(DuoTerm::Kind, kind);
    QFETCH(DuoTerm::Parameter, parameter);
    QFETCH(bool, obsolete);
    const DuoTerm* t = DuoTermTable::builtIn().byId(id);
    QVERIFY(t);
    QCOMPARE(t->id, id);
    QCOMPARE(t->code, code);
    QCOMPARE(DuoTerm::kindName(t->kind), DuoTerm::kindName(kind));
    QCOMPARE(DuoTerm::parameterName(t->parameter), DuoTerm::parameterName(parameter));
    QCOMPARE(t->obsolete, obsolete);
    if (!obsolete) {
        QCOMPARE(DuoTermTable::builtIn().byCode(code), t);
        QVERIFY(t->replacedBy.isEmpty());
    }
}

void TestDuoTermTable::builtInLabelsAreSentencesOfTheirOwn()
{
    // A few of DUO's own labels: Steward words its labels itself.
    const QStringList duoLabels{
        QStringLiteral("general research use"), QStringLiteral("no restriction"),
        QStringLiteral("genetic studies only"), QStringLiteral("publication required"),
        QStringLiteral("clinical care use"),    QStringLiteral("disease specific research")};
    QSet<QString> seen;
    for (const DuoTerm& t : DuoTermTable::builtIn().terms()) {
        QVERIFY2(!t.label.isEmpty(), qPrintable(t.id));
        QVERIFY2(t.label.at(0).isUpper(), qPrintable(t.label)); // sentence case
        QVERIFY2(!duoLabels.contains(t.label, Qt::CaseInsensitive), qPrintable(t.label));
        QVERIFY2(!seen.contains(t.label), qPrintable(t.label));
        seen.insert(t.label);
    }
}

void TestDuoTermTable::lookupsIgnoreCase()
{
    const DuoTermTable& table = DuoTermTable::builtIn();
    const DuoTerm* gru = table.byCode(QStringLiteral("GRU"));
    QVERIFY(gru);
    QCOMPARE(gru->id, QStringLiteral("DUO:0000042"));
    QCOMPARE(table.byCode(QStringLiteral("gru")), gru);
    QCOMPARE(table.byCode(QStringLiteral("Gru")), gru);
    QCOMPARE(table.byId(QStringLiteral("duo:0000042")), gru);
    QCOMPARE(table.byId(QStringLiteral("DUO_0000042")), gru);
    QCOMPARE(table.byCode(QStringLiteral("npuncu"))->id, QStringLiteral("DUO:0000018"));
    QCOMPARE(table.byCodeIncludingObsolete(QStringLiteral("hmb"))->id,
             QStringLiteral("DUO:0000006"));
    QVERIFY(!table.byCode(QStringLiteral("XYZ")));
    QVERIFY(!table.byId(QStringLiteral("DUO:0009999")));
    QVERIFY(!table.byCode(QString()));
    QVERIFY(!table.byId(QString()));
}

void TestDuoTermTable::obsoleteCodesOnlyFoundIncludingObsolete()
{
    const DuoTermTable& table = DuoTermTable::builtIn();
    QVERIFY(!table.byCode(QStringLiteral("GRU-CC")));
    QVERIFY(!table.byCode(QStringLiteral("RU")));
    const DuoTerm* gruCc = table.byCodeIncludingObsolete(QStringLiteral("gru-cc"));
    QVERIFY(gruCc);
    QCOMPARE(gruCc->id, QStringLiteral("DUO:0000005"));
    QVERIFY(gruCc->obsolete);
    QCOMPARE(gruCc->replacedBy, QStringLiteral("DUO:0000042"));
    const DuoTerm* ru = table.byCodeIncludingObsolete(QStringLiteral("RU"));
    QVERIFY(ru && ru->obsolete);
    QCOMPARE(ru->id, QStringLiteral("DUO:0000014"));
    // Obsolete terms without a code are never found by an empty code.
    QVERIFY(!table.byCodeIncludingObsolete(QString()));
    // byId finds obsolete terms.
    QVERIFY(table.byId(QStringLiteral("DUO:0000002"))->obsolete);

    // A code both obsolete (old id) and current (new id) resolves to the current term.
    const DuoTermTable mixed(QStringLiteral("test"),
                             {term("DUO:0000100", "ABC", K::Modifier, "old", true),
                              term("DUO:0000101", "ABC", K::Modifier, "new")});
    QCOMPARE(mixed.byCode(QStringLiteral("abc"))->id, QStringLiteral("DUO:0000101"));
    QCOMPARE(mixed.byCodeIncludingObsolete(QStringLiteral("abc"))->id,
             QStringLiteral("DUO:0000101"));
}

void TestDuoTermTable::nameHelpersRoundTrip()
{
    for (K k : {K::Permission, K::Modifier, K::Other})
        QCOMPARE(DuoTerm::kindFromName(DuoTerm::kindName(k)), k);
    QCOMPARE(DuoTerm::kindName(K::Permission), QStringLiteral("permission"));
    QCOMPARE(DuoTerm::kindName(K::Modifier), QStringLiteral("modifier"));
    QCOMPARE(DuoTerm::kindFromName(QStringLiteral("Modifier")), K::Modifier);
    QCOMPARE(DuoTerm::kindFromName(QStringLiteral("nonsense")), K::Other);

    const P all[] = {P::None, P::Diseases,     P::ResearchType, P::Collaborator, P::Regions,
                     P::Date, P::MonthsOrDate, P::Project,      P::Institution};
    QSet<QString> names;
    for (P p : all) {
        const QString name = DuoTerm::parameterName(p);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        QCOMPARE(DuoTerm::parameterFromName(name), p);
        QCOMPARE(DuoTerm::parameterFromName(name.toUpper()), p);
    }
    QCOMPARE(names.size(), 9); // distinct, so the catalog column round-trips
    QCOMPARE(DuoTerm::parameterName(P::None), QStringLiteral("none"));
    QCOMPARE(DuoTerm::parameterName(P::Diseases), QStringLiteral("diseases"));
    QCOMPARE(DuoTerm::parameterFromName(QStringLiteral("nonsense")), P::None);
}

void TestDuoTermTable::currentFallsBackToBuiltIn()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
    QString error;
    QVERIFY2(catalog.open(&error), qPrintable(error));
    const DuoTermTable current = DuoTermTable::current(catalog);
    QCOMPARE(current.release(), DuoTermTable::builtIn().release());
    QCOMPARE(current.terms().size(), DuoTermTable::builtIn().terms().size());

    // A catalog that cannot be opened (a folder in the way) also gives the built-in table.
    Catalog broken(dir.path());
    QCOMPARE(DuoTermTable::current(broken).release(), DuoTermTable::builtIn().release());
}

void TestDuoTermTable::currentReturnsTheNewestImport()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
    QString error;
    QVERIFY2(catalog.open(&error), qPrintable(error));

    QVector<DuoTerm> older{term("DUO:0000042", "GRU", K::Permission, "general research use")};
    QVERIFY2(
        DuoReleaseImporter::store(catalog, release(QStringLiteral("2020-01-01"), older), &error),
        qPrintable(error));

    DuoTerm ds = term("DUO:0000007", "DS", K::Permission, "disease specific research");
    ds.parameter = P::None; // a release file carries no parameter types
    DuoTerm newer = term("DUO:0000099", "NEW", K::Modifier, "a new modifier");
    DuoTerm old = term("DUO:0000005", "GRU-CC", K::Other, "obsolete gru-cc", true);
    old.replacedBy = QStringLiteral("DUO:0000042");
    QVERIFY2(DuoReleaseImporter::store(
                 catalog,
                 release(QStringLiteral("2099-12-31"),
                         {term("DUO:0000042", "GRU", K::Permission, "general research use"), ds,
                          newer, old}),
                 &error),
             qPrintable(error));

    const DuoTermTable current = DuoTermTable::current(catalog);
    QVERIFY2(current.release().contains(QLatin1String("2099-12-31")),
             qPrintable(current.release()));
    QVERIFY2(current.release().contains(QLatin1String("/releases/2099-12-31/duo.owl")),
             qPrintable(current.release()));
    QCOMPARE(current.terms().size(), 4);
    QCOMPARE(current.byCode(QStringLiteral("ds"))->parameter, P::Diseases); // from built-in
    const DuoTerm* added = current.byCode(QStringLiteral("new"));
    QVERIFY(added);
    QCOMPARE(added->kind, K::Modifier);
    QCOMPARE(added->parameter, P::None);
    QCOMPARE(added->label, QStringLiteral("a new modifier"));
    QVERIFY(!current.byCode(QStringLiteral("GRU-CC")));
    const DuoTerm* obsolete = current.byCodeIncludingObsolete(QStringLiteral("GRU-CC"));
    QVERIFY(obsolete && obsolete->obsolete);
    QCOMPARE(obsolete->replacedBy, QStringLiteral("DUO:0000042"));
    QVERIFY(current.byCode(QStringLiteral("GRU"))->replacedBy.isEmpty());
    // Terms the import lacks are not borrowed from the built-in table.
    QVERIFY(!current.byCode(QStringLiteral("HMB")));
}

QTEST_GUILESS_MAIN(TestDuoTermTable)
#include "test_DuoTermTable.moc"
