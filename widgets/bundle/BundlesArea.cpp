#include "widgets/bundle/BundlesArea.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/bundle/BundleDelivery.h"
#include "models/bundle/BundleListModel.h"
#include "models/bundle/BundleStore.h"
#include "models/catalog/Catalog.h"
#include "widgets/bundle/BundleEditor.h"
#include "widgets/bundle/KeyManagerDialog.h"
#include "widgets/common/EmptyState.h"

namespace steward {

/** What a background seal or verification last reported, read by a timer on the GUI thread
 * (the work reports far more often than a progress bar can usefully repaint). */
struct BundlesArea::Progress
{
    QMutex mutex;
    qint64 done = 0;
    qint64 total = 0;
    QString step;
    std::atomic_bool cancel{false};

    void set(qint64 d, qint64 t, const QString& s)
    {
        const QMutexLocker lock(&mutex);
        done = d;
        total = t;
        if (!s.isNull())
            step = s;
    }
};

BundlesArea::BundlesArea(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_model(new BundleListModel(catalog, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_stack(new QStackedWidget(this)),
      m_view(new QTableView(this)), m_detail(new BundleDetailPane(catalog, this)),
      m_message(new QLabel(this)), m_progressRow(new QWidget(this)), m_step(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_edit(new QPushButton(tr("Edit draft…"), this)), m_seal(new QPushButton(tr("Seal"), this)),
      m_verify(new QPushButton(tr("Verify"), this)),
      m_newVersion(new QPushButton(tr("New version"), this)),
      m_discard(new QPushButton(tr("Discard draft"), this)),
      m_showFolder(new QPushButton(tr("Show in folder"), this))
{
    setObjectName(QStringLiteral("bundlesPage"));

    auto* add = new QPushButton(tr("New bundle…"), this);
    add->setObjectName(QStringLiteral("newBundle"));
    add->setToolTip(tr("Package approved, de-identified datasets for one destination"));
    m_edit->setObjectName(QStringLiteral("editBundle"));
    m_seal->setObjectName(QStringLiteral("sealBundle"));
    m_seal->setToolTip(tr("Checks every gate again and writes the BagIt bag; a sealed bundle "
                          "never changes"));
    m_verify->setObjectName(QStringLiteral("verifyBundle"));
    m_verify->setToolTip(tr("Re-reads every file of the bag and checks it against its "
                            "manifests and the sealed identifier"));
    m_newVersion->setObjectName(QStringLiteral("newBundleVersion"));
    m_newVersion->setToolTip(tr("A draft revising the selected sealed bundle"));
    m_discard->setObjectName(QStringLiteral("discardBundle"));
    m_showFolder->setObjectName(QStringLiteral("showBundleFolder"));
    auto* keys = new QPushButton(tr("Keys…"), this);
    keys->setObjectName(QStringLiteral("bundleKeys"));
    keys->setToolTip(tr("Crypt4GH recipients and your own key pairs"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_seal);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_newVersion);
    buttons->addWidget(m_discard);
    buttons->addSpacing(16);
    buttons->addWidget(m_showFolder);
    buttons->addStretch(1);
    buttons->addWidget(keys);

    m_message->setObjectName(QStringLiteral("bundleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_step->setObjectName(QStringLiteral("bundleStep"));
    m_progress->setObjectName(QStringLiteral("bundleProgress"));
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("bundleCancel"));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_step);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->setVisible(false);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BundleListModel::SortRole);
    m_view->setObjectName(QStringLiteral("bundleList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BundleListModel::Name, Qt::AscendingOrder);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->setColumnWidth(BundleListModel::Name, x * 26);
    m_view->setColumnWidth(BundleListModel::Destination, x * 18);
    m_view->setColumnWidth(BundleListModel::State, x * 18);
    m_view->setColumnWidth(BundleListModel::Datasets, x * 10);
    m_view->setColumnWidth(BundleListModel::Size, x * 22);
    m_view->setColumnWidth(BundleListModel::Identifier, x * 16);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("bundleSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({240, 560});

    auto* empty = new EmptyState(
        tr("No bundles yet"),
        tr("A bundle packages approved, de-identified datasets for one destination into a "
           "sealed BagIt bag with RO-Crate metadata, optionally encrypted with Crypt4GH for its "
           "recipients.\n\nApprove a dataset's consent and its de-identification in the Review "
           "area, then make a bundle of it here."),
        this);
    empty->setObjectName(QStringLiteral("bundlesEmpty"));
    QPushButton* emptyNew = empty->addButton(tr("New bundle…"));
    emptyNew->setObjectName(QStringLiteral("emptyNewBundle"));
    connect(emptyNew, &QPushButton::clicked, this, [this] { newBundle(); });
    connect(empty->addButton(tr("Manage Crypt4GH keys…")), &QPushButton::clicked, this,
            [this] { manageKeys(); });
    m_stack->addWidget(splitter);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_stack, 1);

    connect(add, &QPushButton::clicked, this, [this] { newBundle(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editDraft(selectedBundle()); });
    connect(m_seal, &QPushButton::clicked, this, [this] { seal(selectedBundle()); });
    connect(m_verify, &QPushButton::clicked, this, [this] { verify(selectedBundle()); });
    connect(m_newVersion, &QPushButton::clicked, this, [this] { newVersion(selectedBundle()); });
    connect(m_discard, &QPushButton::clicked, this, &BundlesArea::confirmDiscard);
    connect(m_showFolder, &QPushButton::clicked, this, &BundlesArea::showInFolder);
    connect(keys, &QPushButton::clicked, this, [this] { manageKeys(); });
    connect(m_cancel, &QPushButton::clicked, this, &BundlesArea::cancel);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        const BundleRecord* b = m_model->recordAt(m_proxy->mapToSource(m_view->currentIndex()));
        if (b && !b->isSealed())
            editDraft(b->id);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        for (QPushButton* b : {m_edit, m_seal, m_verify, m_newVersion, m_discard, m_showFolder})
            if (b->isEnabled())
                menu.addAction(b->text(), b, &QPushButton::click);
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BundlesArea::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BundlesArea::currentChanged);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &BundlesArea::pollProgress);
    connect(&m_sealWatcher, &QFutureWatcher<BundleSealer::Result>::finished, this,
            &BundlesArea::sealDone);
    connect(&m_verifyWatcher, &QFutureWatcher<BundleDetailPane::Verification>::finished, this,
            &BundlesArea::verifyDone);
    reload();
}

BundlesArea::~BundlesArea()
{
    if (m_progressState)
        m_progressState->cancel.store(true);
    m_sealWatcher.waitForFinished();
    m_verifyWatcher.waitForFinished();
}

void BundlesArea::reload()
{
    const qint64 selected = selectedBundle();
    m_model->reload();
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    if (selected > 0 && m_model->indexOf(selected) >= 0)
        selectBundle(selected);
    else if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    currentChanged();
}

qint64 BundlesArea::selectedBundle() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(BundleListModel::IdRole).toLongLong() : 0;
}

void BundlesArea::selectBundle(qint64 id)
{
    const int row = m_model->indexOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void BundlesArea::currentChanged()
{
    const qint64 id = selectedBundle();
    // Re-read even the same bundle: its state may have changed.
    m_detail->showBundle(id);
    if (m_verifyWatcher.isRunning() && id == m_busyBundle)
        m_detail->setVerifying(tr("Verifying…"));
    else
        m_detail->setVerification(verification(id));
    updateActions();
}

void BundlesArea::updateActions()
{
    const BundleRecord* b = m_model->recordAt(m_proxy->mapToSource(m_view->currentIndex()));
    const bool busy = isBusy();
    const bool draft = b && !b->isSealed();
    const bool sealed = b && b->isSealed();
    m_edit->setEnabled(draft && !busy);
    m_seal->setEnabled(draft && !busy && !b->datasets.isEmpty());
    m_verify->setEnabled(sealed && !busy && !b->path.isEmpty());
    m_newVersion->setEnabled(sealed && !busy);
    m_discard->setEnabled(draft && !busy);
    m_showFolder->setEnabled(sealed && !b->path.isEmpty());
}

bool BundlesArea::isBusy() const
{
    return m_sealWatcher.isRunning() || m_verifyWatcher.isRunning();
}

const BundleDetailPane::Verification* BundlesArea::verification(qint64 id) const
{
    const auto it = m_verifications.constFind(id);
    return it == m_verifications.cend() ? nullptr : &*it;
}

BundleEditor* BundlesArea::newBundle()
{
    if (m_editor)
        return m_editor;
    auto* editor = new BundleEditor(m_catalog, 0, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::finished, this,
            [this, editor](int result) { editorClosed(editor, result); });
    m_editor = editor;
    editor->open();
    return editor;
}

BundleEditor* BundlesArea::editDraft(qint64 id)
{
    const std::optional<BundleRecord> b = BundleStore(m_catalog).bundle(id);
    if (!b || b->isSealed() || m_editor)
        return nullptr;
    auto* editor = new BundleEditor(m_catalog, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::finished, this,
            [this, editor](int result) { editorClosed(editor, result); });
    m_editor = editor;
    editor->open();
    return editor;
}

void BundlesArea::editorClosed(BundleEditor* editor, int result)
{
    const qint64 id = editor->bundleId();
    const bool sealAfter = result == QDialog::Accepted && editor->sealRequested();
    if (result != QDialog::Accepted || id <= 0)
        return;
    reload();
    selectBundle(id);
    Q_EMIT changed();
    if (sealAfter) {
        seal(id);
        return;
    }
    if (const std::optional<BundleRecord> b = BundleStore(m_catalog).bundle(id))
        showMessage(
            tr("Saved the draft %1. Seal it when every dataset can ship.").arg(b->displayName()),
            false);
}

void BundlesArea::seal(qint64 id)
{
    const std::optional<BundleRecord> b = BundleStore(m_catalog).bundle(id);
    if (!b || b->isSealed() || isBusy())
        return;
    const BundleSealer::Params params = BundleSealer::fromSettings(id);
    const Catalog* catalog = &m_catalog;
    m_busyBundle = id;
    m_progressState = std::make_shared<Progress>();
    auto state = m_progressState;
    m_sealWatcher.setFuture(QtConcurrent::run([catalog, params, state] {
        return BundleSealer(*catalog).seal(params, &state->cancel,
                                           [state](qint64 done, qint64 total, const QString& step) {
                                               state->set(done, total, step);
                                           });
    }));
    startProgress(tr("Sealing %1…").arg(b->displayName()));
}

void BundlesArea::sealDone()
{
    stopProgress();
    const BundleSealer::Result r = m_sealWatcher.result();
    const qint64 id = m_busyBundle;
    m_busyBundle = 0;
    reload();
    selectBundle(id);
    const std::optional<BundleRecord> b = BundleStore(m_catalog).bundle(id);
    const QString name = b ? b->displayName() : QString::number(id);
    if (r.ok)
        showMessage(tr("Sealed %1: %n file(s) in %2. Identifier %3.", nullptr, int(r.files.size()))
                        .arg(name, QDir::toNativeSeparators(r.path), r.identifier),
                    false);
    else
        showMessage(tr("%1 was not sealed: %2").arg(name, r.error), true);
    Q_EMIT changed();
    Q_EMIT sealFinished(r.ok, id);
}

void BundlesArea::verify(qint64 id)
{
    const std::optional<BundleRecord> b = BundleStore(m_catalog).bundle(id);
    if (!b || !b->isSealed() || b->path.isEmpty() || isBusy())
        return;
    const QString path = b->path;
    const BundleRecord bundle = *b;
    const QString name = b->displayName();
    m_busyBundle = id;
    m_progressState = std::make_shared<Progress>();
    auto state = m_progressState;
    m_verifyWatcher.setFuture(QtConcurrent::run([path, bundle, state] {
        BundleDetailPane::Verification v;
        BagValidator::Options options;
        options.cancel = &state->cancel;
        options.progress = [state](qint64 done, qint64 total) {
            state->set(done, total, QString());
        };
        v.result = BagValidator::validate(path, options);
        // A bag Steward sealed must also still carry the identifier it was sealed with.
        if (!v.result.cancelled)
            v.identifierProblem = BundleDelivery::identifierProblem(path, bundle);
        v.at = QDateTime::currentDateTime();
        return v;
    }));
    startProgress(tr("Verifying %1…").arg(name));
    if (selectedBundle() == id)
        m_detail->setVerifying(tr("Verifying…"));
}

void BundlesArea::verifyDone()
{
    stopProgress();
    const BundleDetailPane::Verification v = m_verifyWatcher.result();
    const qint64 id = m_busyBundle;
    m_busyBundle = 0;
    m_verifications.insert(id, v);
    const std::optional<BundleRecord> b = BundleStore(m_catalog).bundle(id);
    const QString name = b ? b->displayName() : QString::number(id);
    if (v.result.cancelled)
        showMessage(tr("Verification of %1 cancelled.").arg(name), false);
    else if (v.valid())
        showMessage(tr("%1 is valid: every file matches what was sealed.").arg(name), false);
    else
        showMessage(tr("%1 is not valid: %n problem(s), listed below.", nullptr,
                       int(v.result.errors.size()) + (v.identifierProblem.isEmpty() ? 0 : 1))
                        .arg(name),
                    true);
    if (selectedBundle() == id)
        m_detail->setVerification(&m_verifications[id]);
    updateActions();
    Q_EMIT verifyFinished(v.valid(), id);
}

bool BundlesArea::newVersion(qint64 id)
{
    BundleRecord draft;
    QString error;
    if (!BundleStore(m_catalog).newVersion(id, &draft, &error)) {
        showMessage(error, true);
        return false;
    }
    reload();
    selectBundle(draft.id);
    showMessage(tr("Made %1, a draft with the same datasets: edit it, then seal it.")
                    .arg(draft.displayName()),
                false);
    Q_EMIT changed();
    return true;
}

bool BundlesArea::discardDraft(qint64 id)
{
    const std::optional<BundleRecord> b = BundleStore(m_catalog).bundle(id);
    QString error;
    if (!b || !BundleStore(m_catalog).removeDraft(id, &error)) {
        showMessage(b ? error : tr("No bundle %1.").arg(id), true);
        return false;
    }
    m_verifications.remove(id);
    reload();
    showMessage(tr("Discarded the draft %1.").arg(b->displayName()), false);
    Q_EMIT changed();
    return true;
}

void BundlesArea::confirmDiscard()
{
    const BundleRecord* b = m_model->recordAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (!b || b->isSealed())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Discard draft"),
                                tr("Discard the draft %1? Its choice of datasets and recipients "
                                   "is lost; sealed bundles are not affected.")
                                    .arg(b->displayName()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardBundleQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id = b->id] {
        if (box->result() == QMessageBox::Yes)
            discardDraft(id);
    });
    box->open();
}

KeyManagerDialog* BundlesArea::manageKeys()
{
    auto* dialog = new KeyManagerDialog(m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void BundlesArea::showInFolder()
{
    const BundleRecord* b = m_model->recordAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (b && !b->path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(b->path));
}

void BundlesArea::cancel()
{
    if (m_progressState)
        m_progressState->cancel.store(true);
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling…"));
}

void BundlesArea::startProgress(const QString& text)
{
    m_step->setText(text);
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_progressRow->setVisible(true);
    m_message->setVisible(false);
    m_progressTimer.start();
    updateActions();
}

void BundlesArea::pollProgress()
{
    if (!m_progressState || m_progressState->cancel.load())
        return;
    qint64 done = 0;
    qint64 total = 0;
    QString step;
    {
        const QMutexLocker lock(&m_progressState->mutex);
        done = m_progressState->done;
        total = m_progressState->total;
        step = m_progressState->step;
    }
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    } else {
        m_progress->setRange(0, 0);
    }
    if (!step.isEmpty())
        m_step->setText(step + QStringLiteral("…"));
}

void BundlesArea::stopProgress()
{
    m_progressTimer.stop();
    m_progressRow->setVisible(false);
    m_progressState.reset();
}

void BundlesArea::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace steward
