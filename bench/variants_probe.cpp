// Measures the variant table on one file: time from open() to the first rows shown (first
// block decoded), time to build the row index, and time to show a random row once the
// index exists (jumps), plus the process's peak memory. Prints one JSON object.
//
//   variants_probe FILE [--jumps N] [--sample K]

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "models/variants/VariantTableModel.h"

using steward::VariantTableModel;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

bool waitLoaded(VariantTableModel& model, int row, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] { return model.index(row, 0).data(VariantTableModel::LoadedRole).toBool(); },
        timeoutMs);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: variants_probe FILE [--jumps N] [--sample K]\n");
        return 2;
    }
    const int at = int(args.indexOf(QStringLiteral("--jumps")));
    const int jumps = at > 0 ? args.value(at + 1).toInt() : 50;
    const int sampleAt = int(args.indexOf(QStringLiteral("--sample")));
    const int sample = sampleAt > 0 ? args.value(sampleAt + 1).toInt() : 0;

    VariantTableModel model;
    QElapsedTimer clock;
    clock.start();
    model.open(args.at(1));
    if (!QTest::qWaitFor([&] { return model.rowCount() > 0; }, 60000)) {
        std::fprintf(stderr, "no rows appeared\n");
        return 1;
    }
    if (!waitLoaded(model, 0, 60000))
        return 1;
    const double firstRowsMs = clock.nsecsElapsed() / 1e6;
    model.setSample(sample);
    if (!QTest::qWaitFor([&] { return model.isIndexComplete(); }, 30 * 60 * 1000))
        return 1;
    const double indexSeconds = clock.elapsed() / 1000.0;

    std::mt19937_64 rng(20240314);
    QVector<double> times;
    for (int i = 0; i < jumps; ++i) {
        const int row = int(rng() % quint64(model.rowCount()));
        QElapsedTimer jump;
        jump.start();
        if (!waitLoaded(model, row, 10000))
            return 1;
        times << jump.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    const QJsonObject result{
        {QStringLiteral("file"), args.at(1)},
        {QStringLiteral("records"), model.recordCount()},
        {QStringLiteral("samples"), int(model.samples().size())},
        {QStringLiteral("open_to_first_rows_ms"), firstRowsMs},
        {QStringLiteral("index_seconds"), indexSeconds},
        {QStringLiteral("jumps"), jumps},
        {QStringLiteral("jump_median_ms"), times.isEmpty() ? 0 : times.at(times.size() / 2)},
        {QStringLiteral("jump_max_ms"), times.isEmpty() ? 0 : times.last()},
        {QStringLiteral("peak_rss_mb"), peakRssMb()}};
    std::printf("%s", QJsonDocument(result).toJson().constData());
    return 0;
}
