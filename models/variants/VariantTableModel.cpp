#include "models/variants/VariantTableModel.h"

#include <algorithm>
#include <cmath>

#include <QFileInfo>
#include <QLocale>
#include <QMetaObject>
#include <QtConcurrent>

#include "models/variants/VariantBlockReader.h"
#include "models/variants/VariantQuickFilters.h"

namespace steward {

VariantTableModel::VariantTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_io.setMaxThreadCount(1);
    m_indexer.setMaxThreadCount(1);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &VariantTableModel::checkChanged);
}

void VariantTableModel::checkChanged(const QString& path)
{
    if (path != m_path)
        return;
    const QFileInfo info(path);
    if (info.exists() && info.size() == m_openedSize &&
        info.lastModified().toMSecsSinceEpoch() == m_openedMtime)
        return;
    // Offsets and cached rows no longer describe the file: start again from its new content.
    Q_EMIT fileChanged(path);
    open(path);
}

VariantTableModel::~VariantTableModel()
{
    close();
}

void VariantTableModel::close()
{
    if (m_cancel)
        m_cancel->store(true);
    m_indexer.waitForDone();
    m_io.waitForDone();
    ++m_generation;
    beginResetModel();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_path.clear();
    m_samples.clear();
    m_annotationKind.clear();
    m_index = VariantRowIndex();
    m_subset.clear();
    m_subsetActive = false;
    m_cache.clear();
    m_recent.clear();
    m_pending.clear();
    m_reader.reset();
    m_cancel.reset();
    endResetModel();
}

void VariantTableModel::open(const QString& path)
{
    close();
    const quint64 generation = m_generation;
    m_io.start([this, path, generation] {
        auto reader = std::make_shared<VariantBlockReader>();
        QString error;
        const bool ok = reader->open(path, &error);
        QMetaObject::invokeMethod(
            this,
            [this, reader, ok, error, path, generation] {
                if (generation != m_generation)
                    return;
                if (!ok) {
                    Q_EMIT failed(error);
                    return;
                }
                beginResetModel();
                m_path = path;
                const QFileInfo info(path);
                m_openedSize = info.size();
                m_openedMtime = info.lastModified().toMSecsSinceEpoch();
                m_watcher.addPath(path);
                m_reader = reader;
                m_samples = reader->samples();
                m_annotationKind = reader->annotationKind();
                m_sample = m_samples.isEmpty() ? -1 : 0;
                m_index = VariantRowIndex();
                endResetModel();
                Q_EMIT opened(path);
                startIndexing();
            },
            Qt::QueuedConnection);
    });
}

void VariantTableModel::startIndexing()
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = m_generation;
    const QString path = m_path;
    const int threads = qMax(1, QThread::idealThreadCount() - 1);
    auto cancel = m_cancel;
    const Catalog* catalog = m_catalog;
    m_indexer.start([this, path, threads, cancel, generation, catalog] {
        VariantRowIndex index;
        QString indexError;
        if (catalog && VariantRowIndexCache::load(*catalog, path, &index)) {
            QMetaObject::invokeMethod(
                this,
                [this, index, generation] {
                    if (generation != m_generation)
                        return;
                    applyIndex(index, true);
                    Q_EMIT indexFinished(index.records);
                },
                Qt::QueuedConnection);
            return;
        }
        const auto progress = [this, generation](const VariantRowIndex& partial, qint64 done,
                                                 qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, partial, done, total, generation] {
                    if (generation != m_generation)
                        return;
                    applyIndex(partial, false);
                    Q_EMIT indexProgress(done, total);
                },
                Qt::QueuedConnection);
        };
        const bool ok = VariantRowIndexBuilder::build(path, threads, cancel.get(), progress, &index,
                                                      &indexError);
        if (ok && catalog)
            VariantRowIndexCache::save(*catalog, path, index);
        QMetaObject::invokeMethod(
            this,
            [this, index, ok, indexError, generation] {
                if (generation != m_generation)
                    return;
                applyIndex(index, true);
                if (!ok)
                    Q_EMIT failed(indexError);
                Q_EMIT indexFinished(index.records);
            },
            Qt::QueuedConnection);
    });
}

void VariantTableModel::applyIndex(const VariantRowIndex& index, bool finished)
{
    const qint64 before = m_index.records;
    const bool complete = finished && index.complete;
    if (index.records < before)
        return;
    if (m_subsetActive || index.records == before) {
        m_index = index;
        m_index.complete = complete;
        return;
    }
    // Qt models count rows in int: past that the table shows the first 2^31-1 records.
    const qint64 capped = qMin<qint64>(index.records, std::numeric_limits<int>::max());
    if (capped > before) {
        beginInsertRows(QModelIndex(), int(before), int(capped - 1));
        m_index = index;
        m_index.complete = complete;
        endInsertRows();
    } else {
        m_index = index;
        m_index.complete = complete;
    }
}

bool VariantTableModel::showRegion(const QString& region)
{
    VariantQuickFilters::Interval interval;
    if (!VariantQuickFilters::parseRegion(region, &interval) || !m_reader ||
        !m_index.contigs.contains(interval.chrom))
        return false;
    const QString chrom = interval.chrom;
    const qint64 start = interval.start + 1; // 1-based, inclusive
    const qint64 end = interval.end;
    int first = 0, last = -1;
    if (!m_index.blocksFor(chrom, start, end, &first, &last))
        return false;
    const VariantRowIndex index = m_index;
    const quint64 generation = m_generation;
    const int sample = m_sample;
    auto reader = m_reader;
    m_io.start([this, reader, index, first, last, chrom, start, end, sample, generation, region] {
        QVector<qint64> ordinals;
        for (int block = first; block <= last && block < index.offsets.size(); ++block) {
            QVector<VariantRow> rows;
            QString error;
            if (!reader->readBlock(index.offsets[block], qint64(block) * index.stride, index.stride,
                                   sample, &rows, &error))
                break;
            for (const VariantRow& row : std::as_const(rows))
                if (row.chrom == chrom && row.pos >= start && row.pos <= end)
                    ordinals << row.ordinal;
        }
        QMetaObject::invokeMethod(
            this,
            [this, ordinals, generation, region] {
                if (generation != m_generation)
                    return;
                setSubset(ordinals);
                Q_EMIT regionShown(region, int(ordinals.size()));
            },
            Qt::QueuedConnection);
    });
    return true;
}

void VariantTableModel::setSample(int sample)
{
    if (sample == m_sample)
        return;
    m_sample = sample;
    // Cached blocks carry the previous sample's genotype: read them again.
    m_cache.clear();
    m_recent.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Genotype), index(rowCount() - 1, GenotypeQuality));
}

void VariantTableModel::setSubset(const QVector<qint64>& ordinals)
{
    beginResetModel();
    m_subset = ordinals;
    m_subsetActive = true;
    endResetModel();
}

void VariantTableModel::appendSubset(const QVector<qint64>& ordinals)
{
    if (!m_subsetActive) {
        setSubset(ordinals);
        return;
    }
    if (ordinals.isEmpty())
        return;
    const int first = int(m_subset.size());
    beginInsertRows(QModelIndex(), first, first + int(ordinals.size()) - 1);
    m_subset += ordinals;
    endInsertRows();
}

void VariantTableModel::clearSubset()
{
    beginResetModel();
    m_subset.clear();
    m_subsetActive = false;
    endResetModel();
}

int VariantTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    if (m_subsetActive)
        return int(m_subset.size());
    return int(qMin<qint64>(m_index.records, std::numeric_limits<int>::max()));
}

int VariantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 VariantTableModel::ordinalAt(int row) const
{
    if (row < 0)
        return -1;
    if (m_subsetActive)
        return row < m_subset.size() ? m_subset.at(row) : -1;
    return row < m_index.records ? row : -1;
}

bool VariantTableModel::isSeekable() const
{
    return m_reader && m_reader->isSeekable();
}

bool VariantTableModel::blockLocation(qint64 ordinal, qint64* virtualOffset,
                                      qint64* firstOrdinal) const
{
    if (!m_reader || !m_reader->isSeekable() || ordinal < 0)
        return false;
    const int block = m_index.blockOf(ordinal);
    if (block >= m_index.offsets.size())
        return false;
    *virtualOffset = m_index.offsets.at(block);
    *firstOrdinal = qint64(block) * m_index.stride;
    return true;
}

void VariantTableModel::touch(int block) const
{
    m_recent.removeOne(block);
    m_recent.append(block);
    while (m_recent.size() > kCachedBlocks)
        m_cache.remove(m_recent.takeFirst());
}

const VariantRow* VariantTableModel::recordAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qint64 ordinal = ordinalAt(index.row());
    if (ordinal < 0)
        return nullptr;
    const int block = m_index.blockOf(ordinal);
    const auto it = m_cache.constFind(block);
    if (it == m_cache.cend()) {
        requestBlock(block);
        return nullptr;
    }
    const qint64 within = ordinal - qint64(block) * m_index.stride;
    if (within >= it->rows.size())
        return nullptr;
    const VariantRow& row = it->rows.at(int(within));
    return row.ordinal == ordinal ? &row : nullptr;
}

void VariantTableModel::requestBlock(int block) const
{
    if (m_pending.contains(block) || !m_reader)
        return;
    const bool seekable = m_reader->isSeekable();
    if (seekable && block >= m_index.offsets.size())
        return; // not indexed yet; asked again when the index grows
    m_pending.insert(block);
    const qint64 offset = seekable ? m_index.offsets.at(block) : 0;
    const qint64 first = qint64(block) * m_index.stride;
    const int count = m_index.stride;
    const int sample = m_sample;
    const quint64 generation = m_generation;
    auto reader = m_reader;
    auto* self = const_cast<VariantTableModel*>(this);
    m_io.start([self, reader, block, offset, first, count, sample, generation] {
        QVector<VariantRow> rows;
        QString error;
        if (!reader->readBlock(offset, first, count, sample, &rows, &error))
            rows.clear();
        QMetaObject::invokeMethod(
            self,
            [self, block, sample, rows, error, generation] {
                if (generation == self->m_generation)
                    self->blockLoaded(block, sample, rows, error);
            },
            Qt::QueuedConnection);
    });
}

void VariantTableModel::blockLoaded(int block, int sample, const QVector<VariantRow>& rows,
                                    const QString& error)
{
    m_pending.remove(block);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    if (sample != m_sample)
        return; // the user picked another sample meanwhile; a fresh request follows
    m_cache.insert(block, {rows, sample});
    touch(block);
    const qint64 first = qint64(block) * m_index.stride;
    const qint64 last = first + rows.size() - 1;
    int fromRow = 0, toRow = -1;
    if (m_subsetActive) {
        const auto lo = std::lower_bound(m_subset.cbegin(), m_subset.cend(), first);
        const auto hi = std::upper_bound(m_subset.cbegin(), m_subset.cend(), last);
        fromRow = int(lo - m_subset.cbegin());
        toRow = int(hi - m_subset.cbegin()) - 1;
    } else {
        fromRow = int(first);
        toRow = int(qMin<qint64>(last, rowCount() - 1));
    }
    if (toRow >= fromRow)
        Q_EMIT dataChanged(index(fromRow, 0), index(toRow, ColumnCount - 1));
}

QVariant VariantTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    if (role == OrdinalRole)
        return ordinalAt(index.row());
    const VariantRow* row = recordAt(index);
    if (role == LoadedRole)
        return row != nullptr;
    if (!row)
        return role == Qt::DisplayRole && index.column() == Chrom ? QVariant(QStringLiteral("…"))
                                                                  : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*row, index.column());
    case Qt::ToolTipRole:
        return row->error.isEmpty() ? QVariant() : QVariant(row->error);
    case ErrorRole:
        return row->error;
    case SortRole:
        switch (index.column()) {
        case Pos:
            return row->pos;
        case Qual:
            return row->qual;
        case ClinVarStars:
            return row->clinVarStars;
        case PopulationFrequency:
            return row->populationFrequency;
        case Depth:
            return row->depth;
        case AlleleFraction:
            return row->alleleFraction;
        case GenotypeQuality:
            return row->genotypeQuality;
        default:
            return cellText(*row, index.column());
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Pos:
        case Qual:
        case PopulationFrequency:
        case Depth:
        case AlleleFraction:
        case GenotypeQuality:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QString VariantTableModel::cellText(const VariantRow& row, int column)
{
    auto number = [](double v, int decimals) {
        return std::isnan(v) ? QString() : QLocale::c().toString(v, 'g', decimals);
    };
    switch (column) {
    case Chrom:
        return row.chrom;
    case Pos:
        return QString::number(row.pos);
    case Id:
        return row.id;
    case Ref:
        return row.ref;
    case Alt:
        return row.alts.isEmpty() ? QStringLiteral(".") : row.alts.join(QLatin1Char(','));
    case Qual:
        return std::isnan(row.qual) ? QStringLiteral(".") : QLocale::c().toString(row.qual, 'g', 6);
    case Filter:
        return row.filter;
    case Gene:
        return row.gene;
    case Consequence:
        return row.consequence;
    case Impact:
        return row.impact;
    case HgvsC:
        return row.hgvsc;
    case HgvsP:
        return row.hgvsp;
    case ClinicalSignificance:
        return row.clinicalSignificance;
    case ClinVarStars:
        return row.clinVarStars < 0 ? QString() : QString(row.clinVarStars, QChar(0x2605));
    case Condition:
        return row.condition;
    case PopulationFrequency:
        return number(row.populationFrequency, 4);
    case Genotype:
        return row.genotype;
    case Zygosity:
        return row.zygosity;
    case Depth:
        return row.depth < 0 ? QString() : QString::number(row.depth);
    case AlleleFraction:
        return number(row.alleleFraction, 3);
    case GenotypeQuality:
        return row.genotypeQuality < 0 ? QString() : QString::number(row.genotypeQuality);
    default:
        return QString();
    }
}

QString VariantTableModel::columnKey(int column)
{
    static const char* keys[] = {"chrom",       "pos",           "id",        "ref",
                                 "alt",         "qual",          "filter",    "gene",
                                 "consequence", "impact",        "hgvs_c",    "hgvs_p",
                                 "clinvar",     "clinvar_stars", "condition", "population_af",
                                 "gt",          "zygosity",      "dp",        "allele_fraction",
                                 "gq"};
    static_assert(sizeof(keys) / sizeof(keys[0]) == ColumnCount, "a key per column");
    return column >= 0 && column < ColumnCount ? QLatin1String(keys[column]) : QString();
}

int VariantTableModel::columnForKey(const QString& key)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (columnKey(c).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    return -1;
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Chrom:
        return tr("CHROM");
    case Pos:
        return tr("POS");
    case Id:
        return tr("ID");
    case Ref:
        return tr("REF");
    case Alt:
        return tr("ALT");
    case Qual:
        return tr("QUAL");
    case Filter:
        return tr("FILTER");
    case Gene:
        return tr("Gene");
    case Consequence:
        return tr("Consequence");
    case Impact:
        return tr("Impact");
    case HgvsC:
        return tr("HGVS c.");
    case HgvsP:
        return tr("HGVS p.");
    case ClinicalSignificance:
        return tr("ClinVar");
    case ClinVarStars:
        return tr("Review");
    case Condition:
        return tr("Condition");
    case PopulationFrequency:
        return tr("Population AF");
    case Genotype:
        return tr("GT");
    case Zygosity:
        return tr("Zygosity");
    case Depth:
        return tr("DP");
    case AlleleFraction:
        return tr("Allele fraction");
    case GenotypeQuality:
        return tr("GQ");
    default:
        return QVariant();
    }
}

} // namespace steward
