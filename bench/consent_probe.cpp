// consent_probe: the consent engine at scale, for bench/consent.
//
//   consent_probe DIR [--samples N] [--entries M]
//
// 1. Imports a generated sample sheet of N participants (parse, validate against the DUO
//    table, one transaction with its audit entry) and reports rows/s.
// 2. Matches every participant's consent against three declared uses: matches/s.
// 3. Appends M audit entries (each its own transaction, as a steward's actions are), then
//    verifies the whole hash chain and exports it as JSON lines (DIR/audit.jsonl), so the
//    script can hash the same bytes with `openssl dgst -sha256`.
// Prints one `key value` line per measurement.

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/consent/Consent.h"
#include "models/consent/ConsentMatcher.h"
#include "models/consent/ConsentSheetImporter.h"
#include "models/consent/DataUse.h"
#include "models/consent/DuoTermTable.h"

using namespace steward;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: consent_probe DIR [--samples N] [--entries M]\n");
        return 2;
    }
    const QString dir = args.takeFirst();
    int samples = 100000;
    int entries = 100000;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--samples"))
            samples = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--entries"))
            entries = args[i + 1].toInt();
    }
    QFile::remove(dir + QStringLiteral("/catalog.sqlite"));
    QFile::remove(dir + QStringLiteral("/catalog.sqlite.audit-head"));
    Catalog catalog(dir + QStringLiteral("/catalog.sqlite"));
    QString error;
    if (!catalog.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // 1. A sheet with the mix of consents a biobank holds.
    const QStringList consents{QStringLiteral("GRU"),
                               QStringLiteral("HMB"),
                               QStringLiteral("\"DS(MONDO:0005148,MONDO:0004975)\""),
                               QStringLiteral("HMB;NPU"),
                               QStringLiteral("GRU;IRB;PUB"),
                               QStringLiteral("NRES"),
                               QStringLiteral("HMB;GS(EU);TS(2030-12-31)"),
                               QStringLiteral("POA;NCU"),
                               QStringLiteral("DS(MONDO:0007254);IRB"),
                               QStringLiteral("GRU;PS(Project X);COL")};
    const QString sheet = dir + QStringLiteral("/sheet.csv");
    {
        QFile f(sheet);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(sheet));
            return 1;
        }
        f.write("sample_id,consent,consent_date,withdrawn\n");
        for (int i = 0; i < samples; ++i)
            f.write(QStringLiteral("P%1,%2,2022-%3-15,%4\n")
                        .arg(i, 7, 10, QLatin1Char('0'))
                        .arg(consents[i % consents.size()])
                        .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                        .arg(i % 97 == 0 ? QStringLiteral("yes") : QStringLiteral("no"))
                        .toUtf8());
    }
    QElapsedTimer t;
    t.start();
    const ConsentSheetImporter::Result imported = ConsentSheetImporter::importFile(catalog, sheet);
    const double importS = t.nsecsElapsed() / 1e9;
    if (!imported.imported) {
        std::fprintf(stderr, "import failed: %d errors\n", imported.errors());
        return 1;
    }
    std::printf("import_rows %d\nimport_s %.3f\nimport_rows_per_s %.0f\n", samples, importS,
                samples / importS);

    // 2. The matcher.
    QVector<Consent> parsed;
    for (const ConsentRecord& r : imported.records) {
        QVector<ConsentProblem> problems;
        parsed.push_back(Consent::parse(r.consent, DuoTermTable::builtIn(), &problems));
    }
    const QStringList purposes{QStringLiteral("primary=hmb;region=DE;irb"),
                               QStringLiteral("primary=disease;disease=MONDO:0005148;irb"),
                               QStringLiteral("primary=gru;for-profit;commercial;region=US")};
    qint64 matches = 0;
    int approved = 0;
    t.restart();
    for (const QString& p : purposes) {
        DataUse use;
        DataUse::parse(p, &use, &error);
        for (const Consent& c : std::as_const(parsed)) {
            approved +=
                ConsentMatcher::match(c, use, QDate(2022, 6, 1)).decision == MatchDecision::Approve
                    ? 1
                    : 0;
            ++matches;
        }
    }
    const double matchS = t.nsecsElapsed() / 1e9;
    std::printf("matches %lld\nmatch_s %.3f\nmatches_per_s %.0f\napproved %d\n", matches, matchS,
                matches / matchS, approved);

    // 3. The audit log.
    AuditLog log(catalog);
    t.restart();
    for (int i = 0; i < entries; ++i) {
        if (!log.append(QStringLiteral("bench.entry"), QStringLiteral("sample:P%1").arg(i),
                        {{QStringLiteral("n"), i}, {QStringLiteral("note"), QStringLiteral("x")}},
                        &error)) {
            std::fprintf(stderr, "append failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double appendS = t.nsecsElapsed() / 1e9;
    t.restart();
    const AuditLog::Verification v = log.verify();
    const double verifyS = t.nsecsElapsed() / 1e9;
    if (!v.ok) {
        std::fprintf(stderr, "verify failed: %s\n", qPrintable(v.problem));
        return 1;
    }
    t.restart();
    if (!log.exportJsonLines(dir + QStringLiteral("/audit.jsonl"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double exportS = t.nsecsElapsed() / 1e9;
    std::printf("audit_entries %lld\nappend_s %.3f\nappends_per_s %.0f\nverify_s %.3f\n"
                "verify_entries_per_s %.0f\nexport_s %.3f\n",
                v.entries, appendS, entries / appendS, verifyS, v.entries / verifyS, exportS);
    return 0;
}
