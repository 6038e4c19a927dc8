#include "widgets/consent/ReviewArea.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/catalog/Catalog.h"
#include "models/consent/DuoReleaseImporter.h"
#include "models/consent/DuoTermTable.h"
#include "models/review/ReviewQueueModel.h"
#include "models/review/Reviewer.h"
#include "models/transfer/RepositoryStore.h"
#include "widgets/common/EmptyState.h"
#include "widgets/consent/ConsentView.h"
#include "widgets/deid/DeidView.h"
#include "widgets/consent/DataUseEditor.h"
#include "widgets/consent/DecisionDelegate.h"

namespace steward {

ReviewArea::ReviewArea(const Catalog& catalog, QUndoStack* undo, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_queue(new ReviewQueueModel(catalog, this)),
      m_stack(new QStackedWidget(this)), m_state(new QComboBox(this)),
      m_destination(new QComboBox(this)), m_reviewer(new QLineEdit(this)),
      m_view(new QTableView(this)), m_consent(new ConsentView(catalog, undo, this)),
      m_parts(new QTabWidget(this)), m_deid(new DeidView(catalog, this)),
      m_banner(new QLabel(this)), m_problems(new QListWidget(this)), m_duo(new QLabel(this)),
      m_audit(new QLabel(this)), m_me(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));

    // Filters
    m_state->setObjectName(QStringLiteral("reviewStateFilter"));
    m_state->addItem(tr("All states"), QString());
    for (ReviewState s :
         {ReviewState::Pending, ReviewState::InReview, ReviewState::ChangesRequested,
          ReviewState::Approved, ReviewState::Rejected})
        m_state->addItem(ReviewItem::stateLabel(s), ReviewItem::stateName(s));
    m_destination->setObjectName(QStringLiteral("reviewDestinationFilter"));
    m_destination->setMinimumContentsLength(12);
    m_reviewer->setObjectName(QStringLiteral("reviewReviewerFilter"));
    m_reviewer->setPlaceholderText(tr("Reviewer"));
    m_reviewer->setClearButtonEnabled(true);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ReviewArea::applyFilter);
    connect(m_destination, &QComboBox::currentIndexChanged, this, &ReviewArea::applyFilter);
    connect(m_reviewer, &QLineEdit::textChanged, this, &ReviewArea::applyFilter);

    auto* import = new QPushButton(tr("Import consent…"), this);
    import->setObjectName(QStringLiteral("importConsent"));
    connect(import, &QPushButton::clicked, this, &ReviewArea::chooseConsentFile);
    auto* declare = new QPushButton(tr("Declare destination…"), this);
    declare->setObjectName(QStringLiteral("declareDestination"));
    connect(declare, &QPushButton::clicked, this, &ReviewArea::declareDestination);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_destination);
    filters->addWidget(m_reviewer);
    filters->addStretch(1);
    filters->addWidget(import);
    filters->addWidget(declare);

    // Banner for import results, with the located problems under it.
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setMaximumHeight(110);
    m_problems->hide();

    // Queue
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_queue);
    proxy->setSortRole(ReviewQueueModel::SortRole);
    m_view->setObjectName(QStringLiteral("reviewQueue"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewQueueModel::Dataset, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ReviewQueueModel::Dataset, 150);
    m_view->setColumnWidth(ReviewQueueModel::Destination, 110);
    m_view->setColumnWidth(ReviewQueueModel::State, 100);
    m_view->setColumnWidth(ReviewQueueModel::Match, 100);
    m_view->setWordWrap(false);
    m_view->setColumnHidden(ReviewQueueModel::Updated, true);
    m_view->setItemDelegate(
        new DecisionDelegate(ReviewQueueModel::DecisionRole, {ReviewQueueModel::Match}, m_view));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewArea::currentChanged);
    connect(m_consent, &ConsentView::changed, this, [this] {
        const qint64 id = m_consent->itemId();
        reload();
        const int row = m_queue->indexOf(id);
        if (row >= 0) {
            auto* p = static_cast<QSortFilterProxyModel*>(m_view->model());
            m_view->selectRow(p->mapFromSource(m_queue->index(row, 0)).row());
        }
        Q_EMIT changed();
    });

    connect(m_deid, &DeidView::changed, this, [this] {
        const qint64 id = m_deid->itemId();
        reload();
        const int row = m_queue->indexOf(id);
        if (row >= 0) {
            auto* p = static_cast<QSortFilterProxyModel*>(m_view->model());
            m_view->selectRow(p->mapFromSource(m_queue->index(row, 0)).row());
        }
        Q_EMIT changed();
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(m_view);
    m_parts->setObjectName(QStringLiteral("reviewParts"));
    m_parts->addTab(m_consent, tr("Consent"));
    m_parts->addTab(m_deid, tr("De-identification"));
    splitter->addWidget(m_parts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({470, 830});
    splitter->setChildrenCollapsible(false);

    auto* empty = new EmptyState(
        tr("Nothing to review yet"),
        tr("Declare a destination (a repository and the use it makes of the data) and import "
           "the participants' consent (a sample sheet with DUO codes, or Phenopackets). Each "
           "dataset then gets a review item per destination, with every sample's consent "
           "matched against the declared use."),
        this);
    empty->setObjectName(QStringLiteral("reviewEmpty"));
    connect(empty->addButton(tr("Declare a destination…")), &QPushButton::clicked, this,
            &ReviewArea::declareDestination);
    connect(empty->addButton(tr("Import consent…")), &QPushButton::clicked, this,
            &ReviewArea::chooseConsentFile);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    // Footer: who is reviewing, the DUO release, the audit log.
    m_me->setObjectName(QStringLiteral("reviewerName"));
    auto* changeMe = new QPushButton(tr("Change…"), this);
    connect(changeMe, &QPushButton::clicked, this, &ReviewArea::changeReviewer);
    m_duo->setObjectName(QStringLiteral("duoRelease"));
    auto* duo = new QPushButton(tr("Import a DUO release…"), this);
    duo->setObjectName(QStringLiteral("importDuo"));
    connect(duo, &QPushButton::clicked, this, &ReviewArea::chooseDuoRelease);
    m_audit->setObjectName(QStringLiteral("auditState"));
    auto* verify = new QPushButton(tr("Verify"), this);
    verify->setObjectName(QStringLiteral("verifyAudit"));
    connect(verify, &QPushButton::clicked, this, &ReviewArea::verifyAudit);
    auto* exportLog = new QPushButton(tr("Export…"), this);
    connect(exportLog, &QPushButton::clicked, this, &ReviewArea::exportAudit);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_me);
    footer->addWidget(changeMe);
    footer->addSpacing(16);
    footer->addWidget(m_duo);
    footer->addWidget(duo);
    footer->addStretch(1);
    footer->addWidget(m_audit);
    footer->addWidget(verify);
    footer->addWidget(exportLog);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_problems);
    layout->addWidget(m_stack, 1);
    layout->addLayout(footer);

    connect(&m_importWatcher, &QFutureWatcher<ConsentSheetImporter::Result>::finished, this,
            [this] {
                const ConsentSheetImporter::Result result = m_importWatcher.result();
                showImportResult(result);
                reload();
                Q_EMIT changed();
                Q_EMIT importFinished(result);
            });
    connect(&m_auditWatcher, &QFutureWatcher<AuditLog::Verification>::finished, this, [this] {
        const AuditLog::Verification v = m_auditWatcher.result();
        if (v.ok) {
            m_audit->setText(
                tr("Audit log: %n entr(y|ies), chain verified", nullptr, int(v.entries)));
            m_audit->setStyleSheet(QStringLiteral("color:#2e7d32"));
            m_audit->setToolTip(tr("Newest hash: %1").arg(v.headHash));
        } else {
            m_audit->setText(tr("Audit log BROKEN at entry %1").arg(v.firstBadSeq));
            m_audit->setStyleSheet(QStringLiteral("color:#c62828;font-weight:bold"));
            m_audit->setToolTip(v.problem);
        }
        Q_EMIT auditVerified(v);
    });
    reload();
}

ReviewArea::~ReviewArea()
{
    m_importWatcher.waitForFinished();
    m_auditWatcher.waitForFinished();
}

void ReviewArea::reload()
{
    // Only reads: the scanner and the consent and repository stores keep the review items
    // current when they write.
    // Destinations for the filter, keeping the current choice.
    const QString current = m_destination->currentData().toString();
    const QSignalBlocker block(m_destination);
    m_destination->clear();
    m_destination->addItem(tr("All destinations"), QString());
    // Destinations are the repositories that declare a data use (the outbox does not).
    QVector<Repository> repositories;
    for (const Repository& r : RepositoryStore(m_catalog).repositories()) {
        if (!r.dataUse.isEmpty())
            repositories.push_back(r);
    }
    for (const Repository& r : std::as_const(repositories))
        m_destination->addItem(r.name, r.name);
    m_destination->setCurrentIndex(qMax(0, m_destination->findData(current)));

    const qint64 selected = m_consent->itemId();
    applyFilter();
    const int row = m_queue->indexOf(selected);
    if (row >= 0) {
        auto* p = static_cast<QSortFilterProxyModel*>(m_view->model());
        m_view->selectRow(p->mapFromSource(m_queue->index(row, 0)).row());
    }
    m_consent->reload();
    if (!m_deid->isRunning())
        m_deid->reload();
    m_stack->setCurrentIndex(repositories.isEmpty() ? 0 : 1);
    m_me->setText(tr("Reviewing as %1").arg(Reviewer::actor()));
    m_duo->setText(DuoTermTable::current(m_catalog).release());
    verifyAudit();
}

void ReviewArea::applyFilter()
{
    ReviewStore::Filter filter;
    ReviewState state;
    if (ReviewItem::stateFromName(m_state->currentData().toString(), &state))
        filter.state = state;
    filter.repository = m_destination->currentData().toString();
    filter.reviewer = m_reviewer->text().trimmed();
    m_queue->setFilter(filter);
}

void ReviewArea::currentChanged()
{
    auto* p = static_cast<QSortFilterProxyModel*>(m_view->model());
    const ReviewItem* item = m_queue->recordAt(p->mapToSource(m_view->currentIndex()));
    const qint64 id = item ? item->id : 0;
    if (id != m_consent->itemId())
        m_consent->showItem(id);
    if (id != m_deid->itemId())
        m_deid->showItem(id);
}

void ReviewArea::showPart(int part)
{
    m_parts->setCurrentIndex(part);
}

void ReviewArea::showDataset(const QString& datasetPath, const QString& sampleId)
{
    auto* p = static_cast<QSortFilterProxyModel*>(m_view->model());
    for (int r = 0; r < p->rowCount(); ++r) {
        const QModelIndex index = p->index(r, 0);
        if (index.data(ReviewQueueModel::PathRole).toString() == datasetPath) {
            m_view->selectRow(r);
            m_view->scrollTo(index);
            currentChanged();
            if (!sampleId.isEmpty())
                m_consent->selectSample(sampleId);
            return;
        }
    }
}

void ReviewArea::importConsent(const QString& path)
{
    if (m_importWatcher.isRunning())
        return;
    m_banner->setText(tr("Importing consent from %1…").arg(QFileInfo(path).fileName()));
    m_banner->setStyleSheet(QString());
    m_banner->show();
    const Catalog* catalog = &m_catalog;
    m_importWatcher.setFuture(QtConcurrent::run(
        [catalog, path] { return ConsentSheetImporter::importFile(*catalog, path); }));
}

void ReviewArea::showImportResult(const ConsentSheetImporter::Result& result)
{
    const QString file = QFileInfo(result.path).fileName();
    if (result.imported) {
        m_banner->setText(
            tr("Imported %n consent record(s) from %1.", nullptr, int(result.records.size()))
                .arg(file) +
            (result.warnings() > 0
                 ? QLatin1Char(' ') + tr("%n warning(s) below.", nullptr, result.warnings())
                 : QString()));
        m_banner->setStyleSheet(QStringLiteral("color:#2e7d32"));
    } else {
        m_banner->setText(tr("Nothing was imported from %1: %n error(s) below. Correct the "
                             "file and import it again.",
                             nullptr, result.errors())
                              .arg(file));
        m_banner->setStyleSheet(QStringLiteral("color:#c62828"));
    }
    m_banner->show();
    m_problems->clear();
    for (const SheetProblem& p : result.problems) {
        auto* item = new QListWidgetItem(p.toString(), m_problems);
        item->setForeground(p.severity == SheetProblem::Severity::Error ? QColor(0xc6, 0x28, 0x28)
                                                                        : QColor(0xb2, 0x6a, 0x00));
    }
    m_problems->setVisible(!result.problems.isEmpty());
}

void ReviewArea::chooseConsentFile()
{
    auto* dialog = new QFileDialog(this, tr("Import consent"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters(
        {tr("Consent sheets and Phenopackets (*.csv *.tsv *.txt *.json)"), tr("All files (*)")});
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ReviewArea::importConsent);
    dialog->open();
}

void ReviewArea::declareDestination()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("declareDestinationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Declare a destination"));
    auto* name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("destinationName"));
    name->setPlaceholderText(tr("e.g. EGA inbox"));
    auto* editor = new DataUseEditor(dialog);
    auto* error = new QLabel(dialog);
    error->setStyleSheet(QStringLiteral("color:#c62828"));
    error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto* form = new QFormLayout(dialog);
    form->addRow(tr("Name"), name);
    form->addRow(editor);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, editor, error] {
        DataUse use;
        QString message;
        if (name->text().trimmed().isEmpty()) {
            error->setText(tr("Give the destination a name."));
            return;
        }
        if (!editor->dataUse(&use, &message) ||
            !RepositoryStore(m_catalog).declare(name->text().trimmed(), use.toString(), &message)) {
            error->setText(message);
            return;
        }
        dialog->accept();
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void ReviewArea::chooseDuoRelease()
{
    auto* dialog = new QFileDialog(this, tr("Import a DUO release"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters({tr("DUO releases (*.owl *.csv)"), tr("All files (*)")});
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ReviewArea::importDuoRelease);
    dialog->open();
}

void ReviewArea::importDuoRelease(const QString& path)
{
    // Reading, comparing and storing a release happen off the GUI thread.
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    const Catalog* catalog = &m_catalog;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_banner->setText(outcome.message);
        m_banner->setStyleSheet(outcome.ok ? QString() : QStringLiteral("color:#c62828"));
        m_banner->show();
        reload();
        Q_EMIT changed();
        Q_EMIT duoImported(outcome.ok);
    });
    watcher->setFuture(QtConcurrent::run([catalog, path] {
        Outcome outcome;
        DuoReleaseImporter::Release release;
        if (!DuoReleaseImporter::read(path, &release, &outcome.message))
            return outcome;
        const QStringList changes =
            DuoReleaseImporter::differences(DuoTermTable::current(*catalog), release);
        if (!DuoReleaseImporter::store(*catalog, release, &outcome.message))
            return outcome;
        outcome.ok = true;
        outcome.message =
            tr("Now using DUO release %1 (%n term(s)).", nullptr, int(release.terms.size()))
                .arg(release.name) +
            (changes.isEmpty() ? QString() : QLatin1Char(' ') + changes.join(QLatin1Char(' ')));
        return outcome;
    }));
}

void ReviewArea::verifyAudit()
{
    if (m_auditWatcher.isRunning())
        return;
    const Catalog* catalog = &m_catalog;
    m_auditWatcher.setFuture(QtConcurrent::run([catalog] { return AuditLog(*catalog).verify(); }));
}

void ReviewArea::exportAudit()
{
    auto* dialog = new QFileDialog(this, tr("Export the audit log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("JSON lines (*.jsonl)")});
    dialog->setDefaultSuffix(QStringLiteral("jsonl"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        const bool ok = AuditLog(m_catalog).exportJsonLines(path, &error);
        m_banner->setText(ok ? tr("Exported the audit log to %1.").arg(path) : error);
        m_banner->setStyleSheet(ok ? QString() : QStringLiteral("color:#c62828"));
        m_banner->show();
    });
    dialog->open();
}

void ReviewArea::changeReviewer()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reviewer name"));
    dialog->setLabelText(tr("Your name as it appears on decisions (your login, %1, is always "
                            "recorded with it):")
                             .arg(Reviewer::osUser()));
    dialog->setTextValue(Reviewer::name());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            Reviewer::kName.reset();
        else
            Reviewer::kName.setValue(text.trimmed());
        m_me->setText(tr("Reviewing as %1").arg(Reviewer::actor()));
    });
    dialog->open();
}

} // namespace steward
