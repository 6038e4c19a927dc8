#include "widgets/deid/RiskDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/common/DelimitedTable.h"
#include "widgets/common/PlotPanel.h"

namespace steward {
namespace {

/** The generalisation a column's name suggests: ages in bands, ZIP codes cut, dates to years. */
QString suggestedSpec(const QString& column)
{
    const QString n = DelimitedTable::normalizedName(column);
    if (n == QLatin1String("age") || n.startsWith(QLatin1String("age_")))
        return column + QStringLiteral(":band10");
    if (n.contains(QLatin1String("zip")) || n.contains(QLatin1String("postal")))
        return column + QStringLiteral(":3");
    if (n.contains(QLatin1String("date")) || n == QLatin1String("dob") ||
        n.contains(QLatin1String("birth")) || n.startsWith(QLatin1String("year")))
        return column + QStringLiteral(":year");
    return column;
}

} // namespace

RiskDialog::RiskDialog(const QStringList& tables, QWidget* parent)
    : QDialog(parent), m_file(new QComboBox(this)), m_columns(new QListWidget(this)),
      m_spec(new QLineEdit(this)), m_sensitive(new QComboBox(this)), m_k(new QSpinBox(this)),
      m_compute(new QPushButton(tr("Compute"), this)), m_summary(new QLabel(this)),
      m_warning(new QLabel(this)), m_chart(new PlotPanel(tr("Equivalence class sizes"), this)),
      m_risky(new QTableWidget(this))
{
    setObjectName(QStringLiteral("riskDialog"));
    setWindowTitle(tr("Re-identification risk"));
    resize(900, 640);
    m_file->setObjectName(QStringLiteral("riskFile"));
    for (const QString& t : tables)
        m_file->addItem(QFileInfo(t).fileName(), t);
    auto* browse = new QPushButton(tr("Other file…"), this);
    m_columns->setObjectName(QStringLiteral("riskColumns"));
    m_columns->setMaximumHeight(150);
    m_spec->setObjectName(QStringLiteral("riskSpec"));
    m_spec->setPlaceholderText(tr("age:band10,sex,zip:3,date_of_diagnosis:year"));
    m_spec->setToolTip(tr("Quasi-identifiers, comma-separated. column:bandN puts ages in bands "
                          "of N years (90 and over together), column:N keeps the first N "
                          "characters (ZIP codes), column:year keeps the year of a date."));
    m_sensitive->setObjectName(QStringLiteral("riskSensitive"));
    m_k->setObjectName(QStringLiteral("riskK"));
    m_k->setRange(2, 1000);
    m_k->setValue(5);
    m_compute->setObjectName(QStringLiteral("riskCompute"));
    m_summary->setObjectName(QStringLiteral("riskSummary"));
    m_summary->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("riskWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_warning->setVisible(false);
    m_chart->setObjectName(QStringLiteral("riskChart"));
    m_chart->setEmptyMessage(tr("Choose quasi-identifiers and compute."));
    m_risky->setObjectName(QStringLiteral("riskClasses"));
    m_risky->setColumnCount(2);
    m_risky->setHorizontalHeaderLabels({tr("Class (quasi-identifier values)"), tr("Records")});
    m_risky->horizontalHeader()->setStretchLastSection(false);
    m_risky->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_risky->verticalHeader()->hide();
    m_risky->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Table:"), fileRow);
    form->addRow(tr("Quasi-identifiers:"), m_columns);
    form->addRow(QString(), m_spec);
    form->addRow(tr("Sensitive attribute:"), m_sensitive);
    auto* kRow = new QHBoxLayout;
    kRow->addWidget(m_k);
    kRow->addStretch();
    kRow->addWidget(m_compute);
    form->addRow(tr("Smallest acceptable class (k):"), kRow);
    auto* results = new QHBoxLayout;
    results->addWidget(m_chart, 3);
    results->addWidget(m_risky, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_summary);
    layout->addLayout(results, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &RiskDialog::chooseFile);
    connect(m_file, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &RiskDialog::loadColumns);
    connect(m_columns, &QListWidget::itemChanged, this, &RiskDialog::updateSpec);
    connect(m_compute, &QPushButton::clicked, this, &RiskDialog::startCompute);
    connect(&m_watcher, &QFutureWatcher<QPair<bool, QPair<RiskReport, QString>>>::finished, this,
            &RiskDialog::showResult);
    connect(&m_columnWatcher, &QFutureWatcher<Columns>::finished, this, &RiskDialog::showColumns);
    loadColumns();
}

RiskDialog::~RiskDialog()
{
    m_watcher.waitForFinished();
    m_columnWatcher.waitForFinished();
}

void RiskDialog::setFile(const QString& path)
{
    int index = m_file->findData(path);
    if (index < 0) {
        m_file->addItem(QFileInfo(path).fileName(), path);
        index = m_file->count() - 1;
    }
    m_file->setCurrentIndex(index);
    loadColumns();
}

void RiskDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a clinical table"), QString(),
                                     tr("Tables (*.csv *.tsv *.txt *.ped);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void RiskDialog::loadColumns()
{
    // The table is read off the GUI thread; the column list fills in when it is read.
    m_columnWatcher.waitForFinished();
    m_columnsShown = false;
    m_compute->setEnabled(false);
    const QString path = m_file->currentData().toString();
    m_columnWatcher.setFuture(QtConcurrent::run([path] {
        Columns c;
        c.path = path;
        DelimitedTable table;
        DelimitedTable::Kind kind;
        if (path.isEmpty())
            return c;
        if (!DelimitedTable::kindFor(path, &kind)) {
            c.error = tr("%1 is not a CSV, TSV or PED table.").arg(path);
            return c;
        }
        if (DelimitedTable::read(path, kind, &table, &c.error)) {
            c.header = table.header;
            c.records = int(table.rows.size());
        }
        return c;
    }));
}

void RiskDialog::showColumns()
{
    const Columns c = m_columnWatcher.result();
    m_columnsShown = true;
    m_columns->blockSignals(true);
    m_columns->clear();
    m_sensitive->clear();
    m_sensitive->addItem(tr("(none)"), QString());
    for (const QString& column : c.header) {
        auto* item = new QListWidgetItem(column, m_columns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_sensitive->addItem(column, column);
    }
    m_columns->blockSignals(false);
    checkSpecColumns(); // the list shows what the spec line uses
    if (!c.header.isEmpty())
        m_summary->setText(
            tr("%n record(s) in %1.", nullptr, c.records).arg(QFileInfo(c.path).fileName()));
    else
        m_summary->setText(c.path.isEmpty() ? tr("This dataset has no clinical table; choose one.")
                                            : c.error);
    m_compute->setEnabled(!c.header.isEmpty());
    if (!m_pendingSpec.isNull()) {
        const QString spec = m_pendingSpec;
        m_pendingSpec.clear();
        compute(spec, m_pendingSensitive, m_k->value());
    }
}

void RiskDialog::checkSpecColumns()
{
    QStringList used;
    for (const QString& part : m_spec->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        used << part.section(QLatin1Char(':'), 0, 0).trimmed();
    m_columns->blockSignals(true);
    for (int i = 0; i < m_columns->count(); ++i)
        m_columns->item(i)->setCheckState(
            used.contains(m_columns->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    m_columns->blockSignals(false);
}

void RiskDialog::updateSpec()
{
    QStringList parts;
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            parts << suggestedSpec(m_columns->item(i)->text());
    m_spec->setText(parts.join(QLatin1Char(',')));
}

void RiskDialog::compute(const QString& spec, const QString& sensitive, int k)
{
    m_k->setValue(k);
    if (!m_columnsShown) { // the columns are still being read: compute after they are shown
        m_pendingSpec = spec;
        m_pendingSensitive = sensitive;
        return;
    }
    m_spec->setText(spec);
    checkSpecColumns();
    m_sensitive->setCurrentIndex(qMax(0, m_sensitive->findData(sensitive)));
    startCompute();
}

void RiskDialog::startCompute()
{
    if (m_watcher.isRunning())
        return;
    const QString path = m_file->currentData().toString();
    QStringList qi;
    for (const QString& part : m_spec->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        qi << part.trimmed();
    const QString sensitive = m_sensitive->currentData().toString();
    const int k = m_k->value();
    m_compute->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([path, qi, sensitive, k] {
        RiskReport report;
        QString error;
        const bool ok = RiskReport::compute(path, qi, sensitive, k, &report, &error);
        return qMakePair(ok, qMakePair(report, error));
    }));
}

void RiskDialog::showResult()
{
    m_compute->setEnabled(true);
    const auto result = m_watcher.result();
    if (!result.first) {
        m_warning->setText(result.second.second);
        m_warning->setVisible(true);
        Q_EMIT computed(false);
        return;
    }
    m_report = result.second.first;
    const QLocale locale;
    QString summary =
        tr("%1 records in %2 classes over %3. k-anonymity: %4 (the smallest class). Records in "
           "classes smaller than %5: %6.")
            .arg(locale.toString(m_report.records), locale.toString(m_report.classes),
                 m_report.quasiIdentifiers.join(QStringLiteral(", ")),
                 locale.toString(m_report.smallestClass), locale.toString(m_report.k),
                 locale.toString(m_report.recordsAtRisk));
    if (m_report.lDiversity >= 0)
        summary += QLatin1Char(' ') + tr("l-diversity of %1: %2 (the fewest distinct values in a "
                                         "class).")
                                          .arg(m_report.sensitive)
                                          .arg(m_report.lDiversity);
    m_summary->setText(summary);
    m_warning->setText(tr("Below k = %1: %n record(s) can be singled out by these "
                          "quasi-identifiers. Generalise further (wider age bands, fewer ZIP "
                          "digits) or remove columns before sharing.",
                          nullptr, int(m_report.recordsAtRisk))
                           .arg(m_report.k));
    m_warning->setVisible(m_report.belowK());
    QVector<double> keys;
    QVector<double> values;
    for (auto it = m_report.sizeHistogram.cbegin(); it != m_report.sizeHistogram.cend(); ++it) {
        keys << it.key();
        values << it.value();
    }
    m_chart->setBars(keys, values, tr("Class size (records sharing the same quasi-identifiers)"),
                     tr("Classes"));
    m_chart->setNote(tr("k = %1: classes left of %1 are at risk").arg(m_report.k));
    m_risky->setRowCount(0);
    for (const auto& cls : m_report.classSizes) {
        if (cls.second >= m_report.k)
            break; // smallest first
        const int r = m_risky->rowCount();
        m_risky->insertRow(r);
        m_risky->setItem(r, 0, new QTableWidgetItem(cls.first));
        m_risky->setItem(r, 1, new QTableWidgetItem(locale.toString(cls.second)));
    }
    Q_EMIT computed(true);
}

} // namespace steward
