#pragma once

// The private table models of VariantDetailPane (INFO fields, transcripts, samples), kept
// apart from the pane's layout code. Included only by VariantDetailPane.cpp; the models
// translate in the pane's context.

#include <algorithm>
#include <cmath>
#include <numeric>
#include <QAbstractTableModel>
#include <QCheckBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include "models/variants/SampleGenotype.h"
#include "models/variants/VariantRecordDetail.h"
#include "widgets/common/CopyableTableView.h"
#include "widgets/common/EmptyState.h"
#include <QColor>

#include "widgets/variants/VariantDetailPane.h"

namespace steward {

using Detail = VariantRecordDetail;
using Impact = Consequence::Impact;

namespace variant_detail {

/** Tooltips longer than this are cut: a CSQ value can run to tens of kilobytes. */
inline constexpr int kTooltipChars = 1500;

inline QString elided(const QString& text, int chars)
{
    return text.size() <= chars ? text : text.left(chars) + QChar(0x2026);
}

/** A light tint that reads on light and dark palettes alike. */
inline QVariant impactTint(Impact impact)
{
    switch (impact) {
    case Impact::High:
        return QColor(220, 50, 47, 70);
    case Impact::Moderate:
        return QColor(240, 160, 30, 70);
    default:
        return QVariant();
    }
}

} // namespace variant_detail

using namespace variant_detail;

// ---- Models -------------------------------------------------------------------------------

/** INFO fields of the record: field, value, Number, Type, description. */
class VariantDetailPane::InfoModel final : public QAbstractTableModel
{
public:
    enum Column
    {
        Field,
        Value,
        Number,
        Type,
        Description,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDetail(std::shared_ptr<const Detail> detail)
    {
        beginResetModel();
        m_detail = std::move(detail);
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() || !m_detail ? 0 : int(m_detail->info.size());
    }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_detail)
            return QVariant();
        const Detail::InfoField& f = m_detail->info[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return displayValue(f, index.column());
        case Qt::ToolTipRole:
            return toolTip(f, index.column());
        case Qt::FontRole:
            if (index.column() == Field) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return QVariant();
        default:
            return QVariant();
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case Field:
            return VariantDetailPane::tr("Field");
        case Value:
            return VariantDetailPane::tr("Value");
        case Number:
            return VariantDetailPane::tr("Number");
        case Type:
            return VariantDetailPane::tr("Type");
        case Description:
            return VariantDetailPane::tr("Description");
        default:
            return QVariant();
        }
    }

    /** What a header Number means, for its tooltip. */
    static QString numberMeaning(const QString& number)
    {
        if (number == QLatin1String("A"))
            return VariantDetailPane::tr("one value per ALT allele");
        if (number == QLatin1String("R"))
            return VariantDetailPane::tr("one value per allele, REF first");
        if (number == QLatin1String("G"))
            return VariantDetailPane::tr("one value per possible genotype");
        if (number == QLatin1String("."))
            return VariantDetailPane::tr("any number of values");
        if (number == QLatin1String("0"))
            return VariantDetailPane::tr("a flag: present or absent, no value");
        bool ok = false;
        const int n = number.toInt(&ok);
        return ok ? VariantDetailPane::tr("%n value(s)", nullptr, n) : QString();
    }

private:
    QVariant displayValue(const Detail::InfoField& f, int column) const
    {
        switch (column) {
        case Field:
            return f.definition.key;
        case Value:
            return f.isFlag ? VariantDetailPane::tr("yes") : f.value;
        case Number:
            return f.definition.number;
        case Type:
            return f.definition.type;
        case Description:
            if (f.isAnnotation) {
                // What the tag is, without its list of sub-fields ("Format: Allele|...",
                // SnpEff's "Functional annotations: 'Allele | ...'").
                QString what = f.definition.description;
                const int list = what.indexOf(QLatin1String("Format:"));
                what = list >= 0 ? what.left(list) : what.section(QLatin1Char(':'), 0, 0);
                what = what.trimmed();
                if (!what.isEmpty() && !what.endsWith(QLatin1Char('.')))
                    what += QLatin1Char('.');
                return VariantDetailPane::tr("%1 Split into one row per transcript on the "
                                             "Transcripts tab.")
                    .arg(what)
                    .trimmed();
            }
            return f.definition.description.isEmpty()
                       ? VariantDetailPane::tr("Not described in the file's header")
                       : f.definition.description;
        default:
            return QVariant();
        }
    }

    QVariant toolTip(const Detail::InfoField& f, int column) const
    {
        switch (column) {
        case Value:
            return f.isFlag ? VariantDetailPane::tr("A flag: the record has it.")
                            : elided(f.value, kTooltipChars);
        case Number: {
            const QString meaning = numberMeaning(f.definition.number);
            return meaning.isEmpty() ? QVariant() : QVariant(meaning);
        }
        case Description:
            return elided(f.definition.description, kTooltipChars);
        default:
            return QVariant();
        }
    }

    std::shared_ptr<const Detail> m_detail;
};

/**
 * The transcripts of one annotation tag: one row per entry, one column per sub-field; the
 * canonical transcript in bold; rows in the file's order or most severe first.
 */
class VariantDetailPane::TranscriptModel final : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(std::shared_ptr<const Detail> detail, int table, bool worstFirst)
    {
        beginResetModel();
        m_detail = std::move(detail);
        m_table = table;
        m_worstFirst = worstFirst;
        order();
        endResetModel();
    }

    void setWorstFirst(bool on)
    {
        if (on == m_worstFirst)
            return;
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        std::vector<int> oldRows;
        for (const QModelIndex& i : before)
            oldRows.push_back(m_order[size_t(i.row())]);
        m_worstFirst = on;
        order();
        std::vector<int> position(m_order.size());
        for (size_t r = 0; r < m_order.size(); ++r)
            position[size_t(m_order[r])] = int(r);
        QModelIndexList after;
        for (size_t k = 0; k < oldRows.size(); ++k)
            after << index(position[size_t(oldRows[k])], before[int(k)].column());
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged();
    }

    const Detail::TranscriptTable* table() const
    {
        return m_detail && m_table >= 0 && m_table < int(m_detail->transcripts.size())
                   ? &m_detail->transcripts[size_t(m_table)]
                   : nullptr;
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_order.size());
    }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override
    {
        const Detail::TranscriptTable* t = table();
        return parent.isValid() || !t ? 0 : int(t->fields.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return QVariant();
        const Detail::TranscriptTable* t = table();
        if (!t)
            return QVariant();
        const int row = m_order[size_t(index.row())];
        const Detail::TranscriptInfo& info = t->rows[size_t(row)];
        switch (role) {
        case Qt::DisplayRole:
            return t->cells.text(row, index.column());
        case Qt::FontRole:
            if (info.canonical) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return QVariant();
        case Qt::BackgroundRole:
            if (index.column() == t->impactColumn || index.column() == t->consequenceColumn)
                return impactTint(info.impact);
            return QVariant();
        case Qt::ToolTipRole: {
            QString tip = elided(t->cells.text(row, index.column()), kTooltipChars);
            if (info.canonical)
                tip += QLatin1Char('\n') + VariantDetailPane::tr("Canonical transcript");
            if (info.allele == 0)
                tip += QLatin1Char('\n') +
                       VariantDetailPane::tr("Names none of the record's ALT alleles");
            return tip;
        }
        default:
            return QVariant();
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        const Detail::TranscriptTable* t = table();
        if (orientation == Qt::Horizontal && t && section >= 0 && section < t->fields.size() &&
            (role == Qt::DisplayRole || role == Qt::ToolTipRole))
            return t->fields[section];
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    void order()
    {
        const Detail::TranscriptTable* t = table();
        m_order.resize(t ? t->rows.size() : 0);
        std::iota(m_order.begin(), m_order.end(), 0);
        if (!t || !m_worstFirst)
            return;
        // Most severe first; on a tie the canonical transcript, then the file's order.
        std::stable_sort(m_order.begin(), m_order.end(), [t](int a, int b) {
            const Detail::TranscriptInfo& x = t->rows[size_t(a)];
            const Detail::TranscriptInfo& y = t->rows[size_t(b)];
            if (x.rank != y.rank)
                return x.rank < y.rank;
            return x.canonical && !y.canonical;
        });
    }

    std::shared_ptr<const Detail> m_detail;
    int m_table = -1;
    bool m_worstFirst = true;
    std::vector<int> m_order; // view row -> table row
};

/** One row per sample: its name, then its FORMAT values; the selected sample highlighted. */
class VariantDetailPane::SampleModel final : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setDetail(std::shared_ptr<const Detail> detail, int selected)
    {
        beginResetModel();
        m_detail = std::move(detail);
        m_selected = selected;
        endResetModel();
    }

    void setSelected(int sample)
    {
        const int old = m_selected;
        m_selected = sample;
        for (int row : {old, sample})
            if (row >= 0 && row < rowCount())
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1),
                                   {Qt::BackgroundRole, Qt::FontRole});
    }
    int selected() const { return m_selected; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() || !m_detail ? 0 : m_detail->samples.rowCount();
    }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() || !m_detail ? 0 : m_detail->samples.columnCount();
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_detail)
            return QVariant();
        const bool selected = index.row() == m_selected;
        switch (role) {
        case Qt::DisplayRole:
            return m_detail->samples.text(index.row(), index.column());
        case Qt::FontRole:
            if (selected || index.column() == 0) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return QVariant();
        case Qt::BackgroundRole:
            return selected ? QVariant(QColor(38, 139, 210, 80)) : QVariant();
        case Qt::ToolTipRole:
            return selected ? QVariant(VariantDetailPane::tr("The sample selected in the "
                                                             "variant table"))
                            : QVariant();
        default:
            return QVariant();
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || !m_detail || section < 0 || section >= columnCount())
            return QAbstractTableModel::headerData(section, orientation, role);
        if (section == 0) {
            if (role == Qt::DisplayRole)
                return VariantDetailPane::tr("Sample");
            return QVariant();
        }
        const Detail::FieldDefinition& f = m_detail->format[size_t(section - 1)];
        if (role == Qt::DisplayRole)
            return f.key;
        if (role == Qt::ToolTipRole) {
            QString tip = f.description;
            const QString meaning = InfoModel::numberMeaning(f.number);
            if (!meaning.isEmpty())
                tip += QStringLiteral("\n") + meaning;
            return tip.trimmed();
        }
        return QVariant();
    }

private:
    std::shared_ptr<const Detail> m_detail;
    int m_selected = -1;
};

} // namespace steward
