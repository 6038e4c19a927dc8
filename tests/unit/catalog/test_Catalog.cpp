// The catalog: schema migrations, pragmas, per-thread connections, transactional saves,
// dataset grouping with stable ids.

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>
#include <QtTest>

#include "models/catalog/Catalog.h"
#include "models/catalog/CatalogStore.h"
#include "models/catalog/SqlScript.h"

using namespace steward;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshCatalogIsMigratedToLatest();
    void reopeningKeepsDataAndVersion();
    void newerSchemaIsRefusedWithAClearMessage();
    void pragmasAreSet();
    void resolvePathPrefersCommandLineThenEnvironment();
    void sqlScriptSplitsStatementsAndTriggers();
    void eachThreadGetsItsOwnConnection();
    void saveFileReplacesChildRowsAtomically();
    void regroupingKeepsDatasetIdsStable();
    void removedFilesDisappear();
};

void TestCatalog::freshCatalogIsMigratedToLatest()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("sub/catalog.sqlite")));
    QString error;
    QVERIFY2(catalog.open(&error), qPrintable(error));
    QVERIFY(Catalog::latestSchemaVersion() >= 1);
    QCOMPARE(catalog.schemaVersion(), Catalog::latestSchemaVersion());
    QSqlQuery q(catalog.database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const char* t :
         {"workspaces", "datasets", "files", "samples", "contigs", "statistics", "problems"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
}

void TestCatalog::reopeningKeepsDataAndVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    qint64 id = 0;
    {
        Catalog catalog(path);
        QString error;
        QVERIFY(catalog.open(&error));
        CatalogStore store(catalog);
        id = store.addWorkspace(dir.path(), &error);
        QVERIFY2(id > 0, qPrintable(error));
    }
    Catalog again(path);
    QString error;
    QVERIFY(again.open(&error));
    QCOMPARE(again.schemaVersion(), Catalog::latestSchemaVersion());
    const auto list = CatalogStore(again).workspaces();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, id);
    QCOMPARE(list.first().path, QDir(dir.path()).canonicalPath());
}

void TestCatalog::newerSchemaIsRefusedWithAClearMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        Catalog catalog(path);
        QString error;
        QVERIFY(catalog.open(&error));
        QSqlQuery q(catalog.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    Catalog catalog(path);
    QString error;
    QVERIFY(!catalog.open(&error));
    QVERIFY2(error.contains(QLatin1String("999")) && error.contains(path), qPrintable(error));
}

void TestCatalog::pragmasAreSet()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
    QString error;
    QVERIFY(catalog.open(&error));
    QSqlQuery q(catalog.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Foreign keys are enforced: a file cannot point at a workspace that does not exist.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO files (workspace_id, path, rel_path, size, mtime, "
                                   "format, compression, status, scanned_at) VALUES "
                                   "(42, '/x', 'x', 1, 1, 'vcf', 'none', 'ok', 'now')")));
}

void TestCatalog::resolvePathPrefersCommandLineThenEnvironment()
{
    qputenv("STEWARD_CATALOG", "/tmp/from-env.sqlite");
    QCOMPARE(Catalog::resolvePath(QStringLiteral("/tmp/cli.sqlite")),
             QStringLiteral("/tmp/cli.sqlite"));
    QCOMPARE(Catalog::resolvePath(), QStringLiteral("/tmp/from-env.sqlite"));
    qunsetenv("STEWARD_CATALOG");
    QVERIFY(Catalog::resolvePath().endsWith(QLatin1String("catalog.sqlite")));
    QVERIFY(Catalog::resolvePath() != QStringLiteral("/tmp/from-env.sqlite"));
}

void TestCatalog::sqlScriptSplitsStatementsAndTriggers()
{
    const QString script =
        QStringLiteral("-- comment; not a statement\n"
                       "CREATE TABLE a (x TEXT DEFAULT 'semi;colon');\n"
                       "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
                       "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                       "  UPDATE a SET x = 'y; z' WHERE x = NEW.x;\n"
                       "  SELECT 1;\n"
                       "END;\n"
                       "SELECT 2");
    const QStringList statements = SqlScript::split(script);
    QCOMPARE(statements.size(), 4);
    QVERIFY(statements.at(0).startsWith(QLatin1String("CREATE TABLE a")));
    QVERIFY(statements.at(1).contains(QLatin1String("'it''s; fine'")));
    QVERIFY(statements.at(2).startsWith(QLatin1String("CREATE TRIGGER")));
    QVERIFY(statements.at(2).endsWith(QLatin1String("END")));
    QCOMPARE(statements.at(3), QStringLiteral("SELECT 2"));
}

void TestCatalog::eachThreadGetsItsOwnConnection()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
    QString error;
    QVERIFY(catalog.open(&error));
    const QString mine = catalog.database().connectionName();
    const QString theirs = QtConcurrent::run([&catalog] {
                               QSqlQuery q(catalog.database());
                               q.exec(QStringLiteral("SELECT count(*) FROM workspaces"));
                               return q.next() ? catalog.database().connectionName() : QString();
                           }).result();
    QVERIFY(!theirs.isEmpty());
    QVERIFY(mine != theirs);
}

static FileRecord makeFile(qint64 workspace, const QString& path, const QString& format)
{
    FileRecord r;
    r.workspaceId = workspace;
    r.path = path;
    r.relPath = QFileInfo(path).fileName();
    r.size = 10;
    r.mtimeMs = 1000;
    r.format = format;
    r.compression = QStringLiteral("bgzf");
    r.status = QStringLiteral("ok");
    return r;
}

void TestCatalog::saveFileReplacesChildRowsAtomically()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
    QString error;
    QVERIFY(catalog.open(&error));
    CatalogStore store(catalog);
    const qint64 ws = store.addWorkspace(dir.path(), &error);
    FileRecord r = makeFile(ws, dir.filePath(QStringLiteral("a.vcf.gz")), QStringLiteral("vcf"));
    r.samples = {QStringLiteral("S1"), QStringLiteral("S2")};
    r.contigs = {{QStringLiteral("chr1"), 1000, 5, -1}};
    r.statisticsKind = QStringLiteral("variants");
    r.statistics = QJsonObject{{QStringLiteral("x"), 1}};
    r.recordCount = 5;
    r.problems = {{FileProblem::Severity::Warning,
                   QStringLiteral("missing-index"),
                   QStringLiteral("No index"),
                   {}}};
    r.updateStatus();
    QVERIFY2(store.saveFile(r, &error), qPrintable(error));
    const qint64 id = r.id;

    // A rescan replaces the children, keeps the id.
    r.samples = {QStringLiteral("S3")};
    r.problems.clear();
    r.updateStatus();
    QVERIFY(store.saveFile(r, &error));
    QCOMPARE(r.id, id);
    const auto loaded = store.file(r.path);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->samples, QStringList{QStringLiteral("S3")});
    QCOMPARE(loaded->contigs.size(), 1);
    QCOMPARE(loaded->contigs.first().records, qint64(5));
    QCOMPARE(loaded->statistics.value(QStringLiteral("x")).toInt(), 1);
    QVERIFY(loaded->problems.isEmpty());
    QCOMPARE(loaded->status, QStringLiteral("ok"));
}

void TestCatalog::regroupingKeepsDatasetIdsStable()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
    QString error;
    QVERIFY(catalog.open(&error));
    CatalogStore store(catalog);
    const qint64 ws = store.addWorkspace(dir.path(), &error);
    const QString vcf = dir.filePath(QStringLiteral("fam1.clinical.vcf.gz"));
    FileRecord data = makeFile(ws, vcf, QStringLiteral("vcf"));
    data.indexPath = vcf + QStringLiteral(".tbi");
    data.samples = {QStringLiteral("P1"), QStringLiteral("M1")};
    FileRecord index = makeFile(ws, vcf + QStringLiteral(".tbi"), QStringLiteral("tbi"));
    FileRecord ped = makeFile(ws, dir.filePath(QStringLiteral("fam1.ped")), QStringLiteral("ped"));
    FileRecord packet = makeFile(ws, dir.filePath(QStringLiteral("clinical/p1.json")),
                                 QStringLiteral("phenopacket"));
    packet.samples = {QStringLiteral("P1")};
    FileRecord lone =
        makeFile(ws, dir.filePath(QStringLiteral("other.csv")), QStringLiteral("samplesheet"));
    lone.samples = {QStringLiteral("Z9")};
    for (FileRecord* r : {&data, &index, &ped, &packet, &lone})
        QVERIFY(store.saveFile(*r, &error));
    QVERIFY2(store.regroupDatasets(ws, &error), qPrintable(error));

    auto dataset = [&](const QString& path) { return store.file(path)->datasetId; };
    const qint64 datasetId = dataset(vcf);
    QVERIFY(datasetId > 0);
    QCOMPARE(dataset(index.path), datasetId);
    QCOMPARE(store.file(index.path)->role, QStringLiteral("index"));
    QCOMPARE(dataset(ped.path), datasetId);    // same name stem
    QCOMPARE(dataset(packet.path), datasetId); // shares sample P1
    QVERIFY(dataset(lone.path) != datasetId);  // its own sidecar dataset
    QVERIFY(dataset(lone.path) > 0);

    QVERIFY(store.regroupDatasets(ws, &error));
    QCOMPARE(dataset(vcf), datasetId);
}

void TestCatalog::removedFilesDisappear()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
    QString error;
    QVERIFY(catalog.open(&error));
    CatalogStore store(catalog);
    const qint64 ws = store.addWorkspace(dir.path(), &error);
    FileRecord a = makeFile(ws, dir.filePath(QStringLiteral("a.bam")), QStringLiteral("bam"));
    FileRecord b = makeFile(ws, dir.filePath(QStringLiteral("b.bam")), QStringLiteral("bam"));
    a.samples = {QStringLiteral("S")};
    QVERIFY(store.saveFile(a, &error) && store.saveFile(b, &error));
    QVERIFY(store.removeFilesNotIn(ws, {b.path}, &error));
    QVERIFY(!store.file(a.path).has_value());
    QVERIFY(store.file(b.path).has_value());
    QSqlQuery q(catalog.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM samples")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // cascaded
    QVERIFY(store.removeWorkspace(ws, &error));
    QVERIFY(!store.file(b.path).has_value());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_Catalog.moc"
