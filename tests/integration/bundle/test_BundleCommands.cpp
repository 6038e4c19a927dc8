// A steward's whole path to a sealed bundle, through the real `steward` binary on the demo
// cohort: consent imported, a destination declared, the trio and one BAM reviewed, de-identified
// and approved; then `bundle plan` refuses what is not approved (with the reason), `bundle
// create` seals a BagIt 1.0 + RO-Crate 1.2 bag of exactly the de-identified files (never an
// original, no sample id anywhere in it), `bundle verify` accepts it and rejects it after one
// byte changed, one file added, one removed, or a consistently re-hashed forgery; a Crypt4GH
// bundle for the reference alice/bob keys decrypts with them (indexes encrypted too); a second
// bundle of one name is its next version; and a kill at any moment of `bundle create` leaves
// either a complete, valid bag or nothing under the final name.

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

#include "../../common/StewardProcess.h"
#include "../../common/TestData.h"
#include "models/formats/DemoWorkspace.h"

using namespace steward::test;

namespace {

const QString kCfPurpose = QStringLiteral("primary=disease;disease=MONDO:0009061");

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QStringList filesUnder(const QString& root)
{
    QStringList list;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        list << QDir(root).relativeFilePath(it.next());
    list.sort();
    return list;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool copyTree(const QString& from, const QString& to)
{
    for (const QString& rel : filesUnder(from)) {
        const QString target = QDir(to).filePath(rel);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(QDir(from).filePath(rel), target))
            return false;
    }
    return true;
}

} // namespace

class TestBundleCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planRefusesWhatIsNotApproved();
    void createRefusedLeavesNothing();
    void createSealsTheDeidentifiedFiles();
    void roCrateDescribesFilesConsentAndProvenance();
    void verifyNamesTheDamage_data();
    void verifyNamesTheDamage();
    void verifyCatchesAConsistentForgery();
    void encryptedBundleDecryptsWithReferenceKeys();
    void sameNameMakesTheNextVersion();
    void killDuringCreationLeavesNoPartialBundle();
    void fullDiskWhileSealingLeavesNoBundle();
    void pushIsGatedAndTheBundleFollowsItsTransfer();
    void fullDiskDuringDeidentificationLosesNothing();

private:
    StewardRun steward(const QStringList& args) const { return m_steward->run(args); }
    StewardRun stewardWithFullDisk(const QStringList& args, int kib) const
    {
        return m_steward->runWithFileLimit(args, kib);
    }
    static QByteArray both(const StewardRun& r) { return (r.out + r.err).toUtf8(); }
    QString bag() const { return m_out.filePath(QStringLiteral("cf-v1")); }

    QTemporaryDir m_dir;
    QString m_workspace;
    QDir m_out;
    std::unique_ptr<StewardProcess> m_steward;
    QHash<QString, QString> m_originalSha; // sha256 -> path of every original file
};

void TestBundleCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("home/.config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home/.local/share")).toUtf8());
    m_steward = std::make_unique<StewardProcess>(m_dir.filePath(QStringLiteral("catalog.sqlite")),
                                                 m_dir.filePath(QStringLiteral("secrets.enc")));
    m_workspace = m_dir.filePath(QStringLiteral("demo"));
    m_out.setPath(m_dir.filePath(QStringLiteral("bundles")));
    QString error;
    QVERIFY2(steward::DemoWorkspace::generate(m_workspace, &error), qPrintable(error));
    for (const QString& rel : filesUnder(m_workspace))
        m_originalSha.insert(sha256Of(QDir(m_workspace).filePath(rel)), rel);

    steward({QStringLiteral("scan"), m_workspace}); // exit 1: the demo has a truncated BAM
    const QList<QStringList> steps = {
        {QStringLiteral("consent"), QStringLiteral("import"),
         m_workspace + QStringLiteral("/clinical/samplesheet.csv")},
        {QStringLiteral("repo"), QStringLiteral("declare"), QStringLiteral("cf-study"),
         QStringLiteral("--purpose"), kCfPurpose},
        {QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("trio"),
         QStringLiteral("--destination"), QStringLiteral("cf-study"), QStringLiteral("--comment"),
         QString()},
        {QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("MRN0012345.bam"),
         QStringLiteral("--destination"), QStringLiteral("cf-study"), QStringLiteral("--comment"),
         QString()},
        {QStringLiteral("deid"), QStringLiteral("trio"), QStringLiteral("--profile"),
         QStringLiteral("safe-harbor"), QStringLiteral("--out"),
         m_dir.filePath(QStringLiteral("derived"))},
        {QStringLiteral("deid"), QStringLiteral("MRN0012345.bam"), QStringLiteral("--profile"),
         QStringLiteral("safe-harbor"), QStringLiteral("--out"),
         m_dir.filePath(QStringLiteral("derived"))},
        {QStringLiteral("deid"), QStringLiteral("approve"), QStringLiteral("trio"),
         QStringLiteral("--destination"), QStringLiteral("cf-study")},
        {QStringLiteral("deid"), QStringLiteral("approve"), QStringLiteral("MRN0012345.bam"),
         QStringLiteral("--destination"), QStringLiteral("cf-study")},
    };
    for (const QStringList& step : steps) {
        const StewardRun r = steward(step);
        QVERIFY2(r.exitCode == 0, qPrintable(step.join(QLatin1Char(' ')) + QLatin1Char('\n') +
                                             QString::fromUtf8(both(r))));
    }
}

void TestBundleCommands::planRefusesWhatIsNotApproved()
{
    const StewardRun r = steward({QStringLiteral("bundle"), QStringLiteral("plan"),
                                  QStringLiteral("--destination"), QStringLiteral("cf-study"),
                                  QStringLiteral("trio"), QStringLiteral("cohort"),
                                  QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 1, both(r).constData());
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(plan.value(QStringLiteral("complete")).toBool(true), false);
    QStringList reasons;
    for (const QJsonValue& v : plan.value(QStringLiteral("refused")).toArray())
        if (v.toObject().value(QStringLiteral("dataset")).toString() ==
            QLatin1String("cohort.vcf.gz"))
            reasons << v.toObject().value(QStringLiteral("reason")).toString();
    // The cohort's consent review is pending, its match is DENY and it was never de-identified.
    QVERIFY2(reasons.join(QLatin1Char('\n')).contains(QLatin1String("pending, not approved")),
             qPrintable(reasons.join(QLatin1Char('\n'))));
    QVERIFY2(reasons.join(QLatin1Char('\n')).contains(QLatin1String("DENY")),
             qPrintable(reasons.join(QLatin1Char('\n'))));
    QVERIFY2(reasons.join(QLatin1Char('\n')).contains(QLatin1String("not approved (pending)")),
             qPrintable(reasons.join(QLatin1Char('\n'))));
    // The trio still plans: its derived files, never the originals.
    int trioFiles = 0;
    for (const QJsonValue& v : plan.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        QVERIFY(f.value(QStringLiteral("path")).toString().startsWith(QLatin1String("data/trio/")));
        QVERIFY2(!m_originalSha.contains(sha256Of(f.value(QStringLiteral("source")).toString())),
                 qPrintable(f.value(QStringLiteral("source")).toString()));
        ++trioFiles;
    }
    QCOMPARE(trioFiles, 4); // VCF, its new index, the pseudonymised phenopacket, the PED
}

void TestBundleCommands::createRefusedLeavesNothing()
{
    const StewardRun r = steward(
        {QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--destination"),
         QStringLiteral("cf-study"), QStringLiteral("trio"), QStringLiteral("cohort"),
         QStringLiteral("--out"), m_out.path(), QStringLiteral("--name"), QStringLiteral("cf")});
    QVERIFY2(r.exitCode == 1, both(r).constData());
    QVERIFY2(r.err.contains(QLatin1String("Nothing was sealed")), both(r).constData());
    QVERIFY2(r.err.contains(QLatin1String("cohort.vcf.gz: ")), both(r).constData());
    QVERIFY(!QFileInfo::exists(bag()));
    // Usage errors exit 2.
    QCOMPARE(steward({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("trio")})
                 .exitCode,
             2);
    QCOMPARE(steward({QStringLiteral("bundle"), QStringLiteral("create"),
                      QStringLiteral("--destination"), QStringLiteral("nowhere"),
                      QStringLiteral("trio")})
                 .exitCode,
             1);
}

void TestBundleCommands::createSealsTheDeidentifiedFiles()
{
    const StewardRun r = steward(
        {QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--destination"),
         QStringLiteral("cf-study"), QStringLiteral("trio"), QStringLiteral("MRN0012345.bam"),
         QStringLiteral("--out"), m_out.path(), QStringLiteral("--name"), QStringLiteral("cf"),
         QStringLiteral("--organization"), QStringLiteral("St Elsewhere Genomics"),
         QStringLiteral("--contact"), QStringLiteral("Jane Steward <jane@example.org>"),
         QStringLiteral("--description"), QStringLiteral("Trio and one exome for the CF study"),
         QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, both(r).constData());
    const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("sealed"));
    QCOMPARE(QDir::cleanPath(result.value(QStringLiteral("path")).toString()),
             QDir::cleanPath(bag()));
    // Identifier = SHA-256 of the tag manifest.
    QCOMPARE(result.value(QStringLiteral("identifier")).toString(),
             sha256Of(QDir(bag()).filePath(QStringLiteral("tagmanifest-sha256.txt"))));

    const QStringList files = filesUnder(bag());
    for (const char* tag : {"bagit.txt", "bag-info.txt", "manifest-sha256.txt",
                            "manifest-sha512.txt", "tagmanifest-sha256.txt",
                            "data/ro-crate-metadata.json"})
        QVERIFY2(files.contains(QLatin1String(tag)), qPrintable(files.join(QLatin1Char('\n'))));
    QCOMPARE(readAll(QDir(bag()).filePath(QStringLiteral("bagit.txt"))),
             QByteArray("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
    const QString info = QString::fromUtf8(readAll(QDir(bag()).filePath(QStringLiteral("bag-info.txt"))));
    for (const char* field : {"Source-Organization: St Elsewhere Genomics",
                              "Contact-Name: Jane Steward", "Contact-Email: jane@example.org",
                              "External-Description: Trio and one exome for the CF study",
                              "Bagging-Date: ", "Payload-Oxum: ", "Bag-Size: ",
                              "External-Identifier: cf"})
        QVERIFY2(info.contains(QLatin1String(field)), qPrintable(info));

    // Exactly the de-identified files and their new indexes: no original, no sample id.
    QStringList payload;
    qint64 bytes = 0;
    for (const QString& f : files)
        if (f.startsWith(QLatin1String("data/"))) {
            payload << f;
            bytes += QFileInfo(QDir(bag()).filePath(f)).size();
            QVERIFY2(!m_originalSha.contains(sha256Of(QDir(bag()).filePath(f))),
                     qPrintable(f + QStringLiteral(" is an original: ") +
                                m_originalSha.value(sha256Of(QDir(bag()).filePath(f)))));
        }
    QCOMPARE(payload.size(), 8); // with data/ro-crate-metadata.json
    QVERIFY(payload.contains(QStringLiteral("data/trio/trio.vcf.gz")));
    QVERIFY(payload.contains(QStringLiteral("data/trio/trio.vcf.gz.tbi")));
    QVERIFY(std::any_of(payload.cbegin(), payload.cend(), [](const QString& p) {
        return p.endsWith(QLatin1String(".bam.bai"));
    }));
    QVERIFY2(info.contains(QStringLiteral("Payload-Oxum: %1.%2").arg(bytes).arg(payload.size())),
             qPrintable(info));
    for (const QString& f : files) {
        QVERIFY2(!f.contains(QLatin1String("MRN")), qPrintable(f));
        if (!f.endsWith(QLatin1String(".bam")) && !f.endsWith(QLatin1String(".gz")) &&
            !f.endsWith(QLatin1String(".bai")) && !f.endsWith(QLatin1String(".tbi")))
            QVERIFY2(!readAll(QDir(bag()).filePath(f)).contains("MRN00"), qPrintable(f));
    }
    // The de-identified VCF reads with bcftools and keeps the pseudonymised samples.
    if (haveTool(QStringLiteral("bcftools"))) {
        QProcess p;
        p.start(QStringLiteral("bcftools"),
                {QStringLiteral("query"), QStringLiteral("-l"),
                 QDir(bag()).filePath(QStringLiteral("data/trio/trio.vcf.gz"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList samples =
            QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(samples.size(), 3);
        for (const QString& s : samples)
            QVERIFY2(s.startsWith(QLatin1String("S-")), qPrintable(s));
    }

    const StewardRun verify = steward({QStringLiteral("bundle"), QStringLiteral("verify"), bag()});
    QVERIFY2(verify.exitCode == 0, both(verify).constData());
    QVERIFY2(verify.out.contains(QLatin1String("Sealed Steward bundle cf")), both(verify).constData());
    // The catalog and the audit log know it.
    const StewardRun list = steward({QStringLiteral("bundle"), QStringLiteral("list")});
    QVERIFY2(list.out.contains(QStringLiteral("cf\tsealed\tcf-study\t") +
                               result.value(QStringLiteral("identifier")).toString()),
             both(list).constData());
    QCOMPARE(m_steward->query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'bundle.seal'"))
                 .toInt(),
             1);
}

void TestBundleCommands::roCrateDescribesFilesConsentAndProvenance()
{
    const QJsonObject crate =
        QJsonDocument::fromJson(readAll(QDir(bag()).filePath(QStringLiteral("data/ro-crate-metadata.json"))))
            .object();
    QCOMPARE(crate.value(QStringLiteral("@context")).toString(),
             QStringLiteral("https://w3id.org/ro/crate/1.2/context"));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& v : crate.value(QStringLiteral("@graph")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("@id")).toString(), v.toObject());
    const QJsonObject root = byId.value(QStringLiteral("./"));
    QCOMPARE(root.value(QStringLiteral("@type")).toString(), QStringLiteral("Dataset"));
    QVERIFY(root.contains(QStringLiteral("license")));
    QVERIFY(byId.contains(root.value(QStringLiteral("license")).toObject().value(QStringLiteral("@id")).toString()));

    // Every payload file described, with a size and a SHA-256 equal to the manifest's.
    QHash<QString, QString> manifest;
    for (const QByteArray& line : readAll(QDir(bag()).filePath(QStringLiteral("manifest-sha256.txt"))).split('\n'))
        if (!line.isEmpty())
            manifest.insert(QString::fromUtf8(line.mid(line.indexOf(' ') + 1).trimmed()),
                            QString::fromLatin1(line.left(line.indexOf(' '))));
    int described = 0;
    for (auto it = manifest.cbegin(); it != manifest.cend(); ++it) {
        if (it.key() == QLatin1String("data/ro-crate-metadata.json"))
            continue;
        const QJsonObject file = byId.value(it.key().mid(5));
        QVERIFY2(!file.isEmpty(), qPrintable(it.key()));
        QCOMPARE(file.value(QStringLiteral("sha256")).toString(), it.value());
        QCOMPARE(file.value(QStringLiteral("contentSize")).toString().toLongLong(),
                 QFileInfo(QDir(bag()).filePath(it.key())).size());
        QVERIFY(!file.value(QStringLiteral("encodingFormat")).toArray().isEmpty());
        ++described;
    }
    QCOMPARE(described, 7); // trio: VCF, index, phenopacket, PED; exome: BAM, index, phenopacket
    QVERIFY(byId.value(QStringLiteral("trio/trio.vcf.gz"))
                .value(QStringLiteral("encodingFormat"))
                .toArray()
                .contains(QJsonObject{{QStringLiteral("@id"),
                                       QStringLiteral("http://edamontology.org/format_3016")}}));

    // Conditions of use as DUO term IRIs: the trio's HMB and the exome's DS(MONDO:0009061).
    QStringList usage;
    for (const QJsonValue& v : root.value(QStringLiteral("usageInfo")).toArray())
        usage << v.toObject().value(QStringLiteral("@id")).toString();
    QVERIFY2(usage.contains(QStringLiteral("http://purl.obolibrary.org/obo/DUO_0000006")),
             qPrintable(usage.join(QLatin1Char(' '))));
    QVERIFY2(usage.contains(QStringLiteral("http://purl.obolibrary.org/obo/DUO_0000007")),
             qPrintable(usage.join(QLatin1Char(' '))));
    QVERIFY2(usage.contains(QStringLiteral("http://purl.obolibrary.org/obo/MONDO_0009061")),
             qPrintable(usage.join(QLatin1Char(' '))));

    // Provenance: a de-identification run per dataset with the profile's SHA-256 from the
    // catalog, and the consent and de-identification approvals with reviewer and time.
    const QString profileSha =
        m_steward->query(QStringLiteral("SELECT profile_sha256 FROM deid_runs ORDER BY id LIMIT 1"))
            .toString();
    QVERIFY(!profileSha.isEmpty());
    int runs = 0;
    int approvals = 0;
    for (const QJsonValue& m : root.value(QStringLiteral("mentions")).toArray()) {
        const QJsonObject action = byId.value(m.toObject().value(QStringLiteral("@id")).toString());
        const QString type = action.value(QStringLiteral("@type")).toString();
        if (type == QLatin1String("CreateAction")) {
            ++runs;
            const QJsonObject profile = byId.value(
                action.value(QStringLiteral("instrument")).toObject().value(QStringLiteral("@id")).toString());
            QCOMPARE(profile.value(QStringLiteral("identifier")).toString(),
                     QStringLiteral("sha256:") + profileSha);
            QVERIFY(!action.value(QStringLiteral("result")).toArray().isEmpty());
        } else if (type == QLatin1String("AssessAction")) {
            ++approvals;
            QVERIFY(!action.value(QStringLiteral("endTime")).toString().isEmpty());
            QVERIFY(byId.contains(action.value(QStringLiteral("agent")).toObject().value(QStringLiteral("@id")).toString()));
        }
    }
    QCOMPARE(runs, 2);
    QCOMPARE(approvals, 4);
}

void TestBundleCommands::verifyNamesTheDamage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("named");
    QTest::newRow("one byte changed") << "change" << "data/trio/trio.ped";
    QTest::newRow("one file added") << "add" << "data/trio/notes.txt";
    QTest::newRow("one file removed") << "remove" << "data/trio/trio.vcf.gz.tbi";
    QTest::newRow("a path escaping the bag") << "escape" << "../outside.txt";
}

void TestBundleCommands::verifyNamesTheDamage()
{
    QFETCH(QString, damage);
    QFETCH(QString, named);
    const QString copy = m_dir.filePath(QStringLiteral("damaged-") + damage);
    QVERIFY(copyTree(bag(), copy));
    const QString target = QDir(copy).filePath(named);
    if (damage == QLatin1String("change")) {
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(3);
        char c = 0;
        f.getChar(&c);
        f.seek(3);
        f.putChar(char(c ^ 0x20));
    } else if (damage == QLatin1String("add")) {
        QVERIFY(writeText(target, "not in any manifest\n"));
    } else if (damage == QLatin1String("remove")) {
        QVERIFY(QFile::remove(target));
    } else {
        QFile m(QDir(copy).filePath(QStringLiteral("manifest-sha256.txt")));
        QVERIFY(m.open(QIODevice::Append));
        m.write("0000000000000000000000000000000000000000000000000000000000000000  ../outside.txt\n");
    }
    const StewardRun r = steward({QStringLiteral("bundle"), QStringLiteral("verify"), copy});
    QVERIFY2(r.exitCode == 1, both(r).constData());
    QVERIFY2(r.out.contains(named), both(r).constData());
    QVERIFY2(r.out.contains(QLatin1String("error: ")), both(r).constData());
}

void TestBundleCommands::verifyCatchesAConsistentForgery()
{
    // Someone edits a payload file and re-hashes every manifest: the bag is valid BagIt, but it
    // is not the bag that was sealed, and verify must say so for a bundle on record.
    const QString forged = m_dir.filePath(QStringLiteral("forged"));
    QVERIFY(copyTree(bag(), forged));
    {
        // Same size, so Payload-Oxum still fits: only the checksums could tell.
        QFile f(QDir(forged).filePath(QStringLiteral("data/trio/trio.ped")));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(0);
        char c = 0;
        f.getChar(&c);
        f.seek(0);
        f.putChar(char(c ^ 0x01));
    }
    QVERIFY(QFile::rename(bag(), bag() + QStringLiteral(".sealed")));
    QVERIFY(QFile::rename(forged, bag()));
    auto rewrite = [this](const QString& manifest, QCryptographicHash::Algorithm algorithm) {
        QByteArray out;
        for (const QByteArray& line : readAll(QDir(bag()).filePath(manifest)).split('\n')) {
            if (line.isEmpty())
                continue;
            const QString path = QString::fromUtf8(line.mid(line.indexOf(' ') + 2));
            QFile f(QDir(bag()).filePath(path));
            f.open(QIODevice::ReadOnly);
            QCryptographicHash h(algorithm);
            h.addData(&f);
            out += h.result().toHex() + "  " + path.toUtf8() + '\n';
        }
        return writeText(QDir(bag()).filePath(manifest), out);
    };
    QVERIFY(rewrite(QStringLiteral("manifest-sha256.txt"), QCryptographicHash::Sha256));
    QVERIFY(rewrite(QStringLiteral("manifest-sha512.txt"), QCryptographicHash::Sha512));
    QVERIFY(rewrite(QStringLiteral("tagmanifest-sha256.txt"), QCryptographicHash::Sha256));
    QVERIFY(rewrite(QStringLiteral("tagmanifest-sha512.txt"), QCryptographicHash::Sha512));
    const StewardRun bagOnly = steward({QStringLiteral("bag"), QStringLiteral("verify"), bag()});
    const StewardRun r = steward({QStringLiteral("bundle"), QStringLiteral("verify"), bag()});
    QVERIFY(QDir(bag()).removeRecursively());
    QVERIFY(QFile::rename(bag() + QStringLiteral(".sealed"), bag()));
    QVERIFY2(bagOnly.exitCode == 0, both(bagOnly).constData()); // valid BagIt, yet forged
    QVERIFY2(r.exitCode == 1, both(r).constData());
    QVERIFY2(r.out.contains(QLatin1String("not the one sealed as cf")), both(r).constData());
}

void TestBundleCommands::encryptedBundleDecryptsWithReferenceKeys()
{
    const QString keys = sharedData(QStringLiteral("crypt4gh/EGA-archive_crypt4gh/tests/_common"));
    if (keys.isEmpty() || !QFileInfo(QDir(keys).filePath(QStringLiteral("alice.pub"))).isFile())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    const StewardRun r = steward(
        {QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--destination"),
         QStringLiteral("cf-study"), QStringLiteral("trio"), QStringLiteral("MRN0012345.bam"),
         QStringLiteral("--out"), m_out.path(), QStringLiteral("--name"), QStringLiteral("cf-enc"),
         QStringLiteral("--encrypt-for"), QDir(keys).filePath(QStringLiteral("alice.pub")),
         QStringLiteral("--encrypt-for"), QDir(keys).filePath(QStringLiteral("bob.pub"))});
    QVERIFY2(r.exitCode == 0, both(r).constData());
    const QString encrypted = m_out.filePath(QStringLiteral("cf-enc-v1"));
    QStringList payload;
    for (const QString& f : filesUnder(encrypted))
        if (f.startsWith(QLatin1String("data/")) && f != QLatin1String("data/ro-crate-metadata.json"))
            payload << f;
    QCOMPARE(payload.size(), 7);
    for (const QString& f : payload) // indexes and sidecars too
        QVERIFY2(f.endsWith(QLatin1String(".c4gh")), qPrintable(f));
    QVERIFY(payload.contains(QStringLiteral("data/trio/trio.vcf.gz.tbi.c4gh")));
    QCOMPARE(steward({QStringLiteral("bundle"), QStringLiteral("verify"), encrypted}).exitCode, 0);
    // The staged encrypted files are gone, and so are their rows in the checksum cache.
    QCOMPARE(m_steward->query(QStringLiteral("SELECT COUNT(*) FROM checksum_cache WHERE path LIKE "
                                             "'%c4gh-staging%'"))
                 .toInt(),
             0);
    QVERIFY(m_steward->query(QStringLiteral("SELECT COUNT(*) FROM checksum_cache")).toInt() > 0);

    // Each recipient decrypts every file to the plain bundle's bytes.
    const QString passphrase = m_dir.filePath(QStringLiteral("pass"));
    for (const QString& who : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        QVERIFY(writeText(passphrase, who.toUtf8() + '\n'));
        for (const QString& f : payload) {
            const QString out = m_dir.filePath(QStringLiteral("dec-") + who);
            QFile::remove(out);
            const StewardRun d = steward(
                {QStringLiteral("decrypt"), QStringLiteral("--sk"),
                 QDir(keys).filePath(who + QStringLiteral(".sec")),
                 QStringLiteral("--passphrase-file"), passphrase, QDir(encrypted).filePath(f), out});
            QVERIFY2(d.exitCode == 0, both(d).constData());
            const QString plain = QDir(bag()).filePath(f.chopped(5));
            QCOMPARE(sha256Of(out), sha256Of(plain));
        }
    }
    const QString info =
        QString::fromUtf8(readAll(QDir(encrypted).filePath(QStringLiteral("bag-info.txt"))));
    QVERIFY2(info.contains(QLatin1String("Steward-Encryption: crypt4gh")), qPrintable(info));
}

void TestBundleCommands::sameNameMakesTheNextVersion()
{
    const StewardRun r = steward(
        {QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--destination"),
         QStringLiteral("cf-study"), QStringLiteral("trio"), QStringLiteral("--out"),
         m_out.path(), QStringLiteral("--name"), QStringLiteral("cf")});
    QVERIFY2(r.exitCode == 0, both(r).constData());
    QVERIFY(QFileInfo(m_out.filePath(QStringLiteral("cf-v2"))).isDir());
    QVERIFY(QFileInfo(bag()).isDir()); // v1 untouched
    const StewardRun show = steward({QStringLiteral("bundle"), QStringLiteral("show"),
                                     QStringLiteral("cf"), QStringLiteral("--json")});
    const QJsonObject v2 = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(v2.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(v2.value(QStringLiteral("files")).toArray().size(), 5);
    QCOMPARE(m_steward->query(QStringLiteral("SELECT parent_id FROM bundles WHERE name = 'cf' "
                                              "AND version = 2")),
             m_steward->query(QStringLiteral("SELECT id FROM bundles WHERE name = 'cf' AND "
                                              "version = 1")));
    // The ro-crate of v2 points at v1's identifier.
    QVERIFY(readAll(m_out.filePath(QStringLiteral("cf-v2/data/ro-crate-metadata.json")))
                .contains("urn:sha256:" +
                          sha256Of(QDir(bag()).filePath(QStringLiteral("tagmanifest-sha256.txt")))
                              .toLatin1()));
}

void TestBundleCommands::killDuringCreationLeavesNoPartialBundle()
{
    const QString keys = sharedData(QStringLiteral("crypt4gh/EGA-archive_crypt4gh/tests/_common"));
    // Kills at growing delays: whatever the moment, the final folder is a valid bag or absent.
    int absent = 0;
    int complete = 0;
    for (int i = 0; i < 12; ++i) {
        const QString name = QStringLiteral("kill%1").arg(i);
        QStringList args = {QStringLiteral("bundle"), QStringLiteral("create"),
                            QStringLiteral("--destination"), QStringLiteral("cf-study"),
                            QStringLiteral("trio"), QStringLiteral("MRN0012345.bam"),
                            QStringLiteral("--out"), m_out.path(), QStringLiteral("--name"), name};
        if (!keys.isEmpty())
            args << QStringLiteral("--encrypt-for") << QDir(keys).filePath(QStringLiteral("alice.pub"));
        QProcess* p = m_steward->start(args, this);
        QTest::qWait(10 + i * 15);
        // processId() is 0 once the process ended, and kill(0) would hit this test's group.
        if (p->state() != QProcess::NotRunning && p->processId() > 0)
            ::kill(pid_t(p->processId()), SIGKILL);
        p->waitForFinished(10000);
        const QString final = m_out.filePath(name + QStringLiteral("-v1"));
        if (!QFileInfo::exists(final)) {
            ++absent;
            continue;
        }
        ++complete;
        const StewardRun v = steward({QStringLiteral("bag"), QStringLiteral("verify"), final});
        QVERIFY2(v.exitCode == 0, both(v).constData());
    }
    qInfo("kills: %d left nothing, %d came after the bag was complete", absent, complete);
    QVERIFY(absent > 0);
    // A run after the kills seals normally and leaves no hidden work folder behind.
    const StewardRun again = steward({QStringLiteral("bundle"), QStringLiteral("create"),
                                      QStringLiteral("--destination"), QStringLiteral("cf-study"),
                                      QStringLiteral("trio"), QStringLiteral("--out"),
                                      m_out.path(), QStringLiteral("--name"), QStringLiteral("kill0")});
    QVERIFY2(again.exitCode == 0, both(again).constData());
    for (const QString& entry : m_out.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        if (entry.startsWith(QLatin1Char('.')))
            QVERIFY2(!entry.contains(QLatin1String("kill0")), qPrintable(entry));
}

void TestBundleCommands::pushIsGatedAndTheBundleFollowsItsTransfer()
{
    const QString remote = m_dir.filePath(QStringLiteral("remote"));
    QVERIFY(QDir().mkpath(remote));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("elsewhere"))));
    for (const QStringList& args :
         {QStringList{QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("cf-study"),
                      QStringLiteral("--kind"), QStringLiteral("folder"), QStringLiteral("--path"),
                      remote},
          QStringList{QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("elsewhere"),
                      QStringLiteral("--kind"), QStringLiteral("folder"), QStringLiteral("--path"),
                      m_dir.filePath(QStringLiteral("elsewhere"))}}) {
        const StewardRun r = steward(args);
        QVERIFY2(r.exitCode == 0, both(r).constData());
    }
    // Only to the destination it was sealed for.
    const StewardRun wrong =
        steward({QStringLiteral("push"), bag(), QStringLiteral("--to"), QStringLiteral("elsewhere")});
    QVERIFY2(wrong.exitCode != 0, both(wrong).constData());
    QVERIFY2(wrong.err.contains(QLatin1String("was sealed for cf-study, not elsewhere")),
             both(wrong).constData());

    // Sealing left every file of the bag in the checksum cache, so the push reads the SHA-256
    // from there instead of hashing the bag again.
    const QString bagRoot = QFileInfo(bag()).canonicalFilePath();
    const int bagFiles =
        m_steward->query(QStringLiteral("SELECT COUNT(*) FROM bundle_files bf JOIN bundles b ON "
                                        "b.id = bf.bundle_id WHERE b.name = 'cf' AND b.version = 1"))
            .toInt();
    QVERIFY(bagFiles > 0);
    QCOMPARE(m_steward
                 ->query(QStringLiteral("SELECT COUNT(*) FROM checksum_cache WHERE path LIKE '%1/%'")
                             .arg(bagRoot))
                 .toInt(),
             bagFiles);
    const StewardRun push = steward({QStringLiteral("push"), bag(), QStringLiteral("--to"),
                                     QStringLiteral("cf-study"), QStringLiteral("--wait")});
    QVERIFY2(push.exitCode == 0, both(push).constData());
    // Each file's SHA-256 on the transfer is the one in the bag's manifest.
    QFile manifest(QDir(bag()).filePath(QStringLiteral("manifest-sha256.txt")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    for (const QByteArray& line : manifest.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QString sha = QString::fromLatin1(line.left(64));
        const QString rel = QString::fromUtf8(line.mid(66));
        QCOMPARE(m_steward
                     ->query(QStringLiteral("SELECT sha256 FROM transfer_files WHERE rel_path "
                                            "LIKE '%%1'")
                                 .arg(rel))
                     .toString(),
                 sha);
    }
    QCOMPARE(m_steward->query(QStringLiteral("SELECT state FROM bundles WHERE name = 'cf' AND "
                                             "version = 1"))
                 .toString(),
             QStringLiteral("delivered"));
    QCOMPARE(m_steward->query(QStringLiteral("SELECT source_kind FROM transfers ORDER BY id DESC "
                                             "LIMIT 1"))
                 .toString(),
             QStringLiteral("bundle"));
    QCOMPARE(sha256Of(QDir(remote).filePath(QStringLiteral("cf-v1/tagmanifest-sha256.txt"))),
             sha256Of(QDir(bag()).filePath(QStringLiteral("tagmanifest-sha256.txt"))));
    QCOMPARE(m_steward->query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'bundle.delivered'"))
                 .toInt(),
             1);

    // A participant withdraws after sealing: the sealed v2 may no longer leave.
    const QString sheet = m_dir.filePath(QStringLiteral("withdrawal.csv"));
    QVERIFY(writeText(sheet, "sample_id,consent,consent_date,dataset,withdrawn\n"
                             "MRN0031002,HMB,2023-01-16,trio,yes\n"));
    const StewardRun withdraw =
        steward({QStringLiteral("consent"), QStringLiteral("import"), sheet});
    QVERIFY2(withdraw.exitCode == 0, both(withdraw).constData());
    const StewardRun refused = steward({QStringLiteral("push"), m_out.filePath(QStringLiteral("cf-v2")),
                                        QStringLiteral("--to"), QStringLiteral("cf-study")});
    QVERIFY2(refused.exitCode != 0, both(refused).constData());
    QVERIFY2(refused.err.contains(QLatin1String("cannot be pushed")), both(refused).constData());
    QVERIFY(!QFileInfo::exists(QDir(remote).filePath(QStringLiteral("cf-v2"))));
}

void TestBundleCommands::fullDiskWhileSealingLeavesNoBundle()
{
    const QString out = m_dir.filePath(QStringLiteral("full"));
    const StewardRun r = stewardWithFullDisk(
        {QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--destination"),
         QStringLiteral("cf-study"), QStringLiteral("trio"), QStringLiteral("--out"), out,
         QStringLiteral("--name"), QStringLiteral("full")},
        60); // the VCF alone is ~80 KiB
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("trio.vcf.gz: File too large")), both(r).constData());
    QVERIFY(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    QCOMPARE(m_steward->query(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    // With room again, the same draft seals.
    const StewardRun again = steward({QStringLiteral("bundle"), QStringLiteral("create"),
                                      QStringLiteral("--destination"), QStringLiteral("cf-study"),
                                      QStringLiteral("trio"), QStringLiteral("--out"), out,
                                      QStringLiteral("--name"), QStringLiteral("full")});
    QVERIFY2(again.exitCode == 0, both(again).constData());
    QCOMPARE(steward({QStringLiteral("bag"), QStringLiteral("verify"),
                      QDir(out).filePath(QStringLiteral("full-v1"))})
                 .exitCode,
             0);
}

void TestBundleCommands::fullDiskDuringDeidentificationLosesNothing()
{
    const QString original = m_workspace + QStringLiteral("/trio/trio.vcf.gz");
    const QString before = sha256Of(original);
    const QString out = m_dir.filePath(QStringLiteral("full-deid"));
    const StewardRun r = stewardWithFullDisk({QStringLiteral("deid"), original,
                                              QStringLiteral("--profile"),
                                              QStringLiteral("safe-harbor"),
                                              QStringLiteral("--out"), out},
                                             40);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2((r.out + r.err).contains(QLatin1String("trio.vcf.gz.steward-partial: File too large")),
             both(r).constData());
    // Nothing under the VCF's final name, no partial file left, the original untouched, the
    // catalog intact.
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("trio.vcf.gz"))));
    for (const QString& f : QDir(out).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!f.contains(QLatin1String("partial")), qPrintable(f));
    QCOMPARE(sha256Of(original), before);
    QCOMPARE(m_steward->query(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestBundleCommands)
#include "test_BundleCommands.moc"
