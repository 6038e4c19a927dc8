#include "widgets/transfer/TransfersArea.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QDoubleSpinBox>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/catalog/Catalog.h"
#include "models/transfer/RepositoryStore.h"
#include "models/transfer/TransferBackend.h"
#include "models/transfer/TransferManager.h"
#include "models/transfer/TransferQueueModel.h"
#include "widgets/common/EmptyState.h"

namespace steward {
namespace {

const Setting<qint64> kLastRepository{"Transfers/lastRepository", 0};

/** Draws the progress column as a bar, coloured by the transfer's state. */
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        if (index.column() != TransferQueueModel::Progress) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        item.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 2, -3, -2);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.fontMetrics = option.fontMetrics;
        bar.palette = option.palette;
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress =
            qBound(0, int(index.data(TransferQueueModel::PercentRole).toDouble() * 10.0), 1000);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        const int state = index.data(TransferQueueModel::StateRole).toInt();
        QColor colour;
        if (state == int(TransferState::Delivered))
            colour = QColor(0x2e, 0x7d, 0x32);
        else if (state == int(TransferState::Failed) ||
                 (state == int(TransferState::Paused) &&
                  !index.data(TransferQueueModel::ErrorKindRole).toString().isEmpty()))
            colour = QColor(0xc6, 0x28, 0x28);
        else if (state == int(TransferState::Paused) || state == int(TransferState::Cancelled))
            colour = QColor(0x75, 0x75, 0x75);
        if (colour.isValid())
            bar.palette.setColor(QPalette::Highlight, colour);
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

TransfersArea::TransfersArea(const Catalog& catalog, TransferManager& manager, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_manager(manager),
      m_model(new TransferQueueModel(catalog, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_stack(new QStackedWidget(this)), m_view(new QTreeView(this)), m_banner(new QWidget(this)),
      m_bannerText(new QLabel(this)), m_bannerResume(new QPushButton(this)),
      m_bannerEdit(new QPushButton(this)), m_summary(new QToolButton(this)),
      m_speedLimit(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("transfersPage"));
    m_model->setManager(&manager);

    // The queue: transfers newest first, each expanding to its files.
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TransferQueueModel::SortRole);
    m_view->setObjectName(QStringLiteral("transferList"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    m_view->setColumnWidth(TransferQueueModel::Name, fm.horizontalAdvance(QLatin1Char('x')) * 30);
    m_view->setColumnWidth(TransferQueueModel::Repository,
                           fm.horizontalAdvance(QLatin1Char('x')) * 16);
    m_view->setColumnWidth(TransferQueueModel::Progress, 150);
    m_view->setColumnWidth(TransferQueueModel::Size,
                           fm.horizontalAdvance(QStringLiteral("0000.0 MB")) + 16);
    m_view->setColumnWidth(TransferQueueModel::Speed,
                           fm.horizontalAdvance(QStringLiteral("000.0 MB/s")) + 16);
    m_view->setColumnWidth(
        TransferQueueModel::Eta,
        qMax(fm.horizontalAdvance(QStringLiteral("00 h 00 min")),
             fm.horizontalAdvance(
                 m_model->headerData(TransferQueueModel::Eta, Qt::Horizontal, Qt::DisplayRole)
                     .toString())) +
            24);
    m_view->setColumnWidth(
        TransferQueueModel::State,
        fm.horizontalAdvance(TransferRecord::stateLabel(TransferState::Waiting)) + 16);

    auto* empty = new EmptyState(
        tr("No transfers yet"),
        tr("Push a folder or a bundle to a repository: Steward sends it in the background, "
           "resumes after a crash or a lost connection, and verifies every file against a "
           "manifest before it counts as delivered."),
        this);
    empty->setObjectName(QStringLiteral("transfersEmpty"));
    connect(empty->addButton(tr("Push a folder…")), &QPushButton::clicked, this,
            [this] { openPushDialog(); });
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    // Banner: what a stopped transfer needs, quoted from the transfer.
    m_banner->setObjectName(QStringLiteral("transfersBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x8e, 0x1b, 0x1b));
    m_banner->setPalette(bannerPalette);
    m_bannerText->setObjectName(QStringLiteral("transfersBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerResume->setObjectName(QStringLiteral("bannerResume"));
    m_bannerEdit->setObjectName(QStringLiteral("bannerEditRepository"));
    m_bannerEdit->setText(tr("Edit repository…"));
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("bannerDismiss"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerResume);
    bannerLayout->addWidget(m_bannerEdit);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();
    connect(m_bannerResume, &QPushButton::clicked, this, [this] {
        if (m_bannerTransfer > 0)
            m_manager.resume(m_bannerTransfer);
    });
    connect(m_bannerEdit, &QPushButton::clicked, this, [this] {
        if (const TransferRecord* t =
                m_model->recordAt(m_model->index(m_model->indexOf(m_bannerTransfer), 0)))
            Q_EMIT editRepositoryRequested(t->repositoryId);
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        if (m_bannerTransfer > 0)
            m_dismissed.insert(m_bannerTransfer);
        m_pushError.clear();
        updateBanner();
    });

    // Status-bar summary; the main window adopts it.
    m_summary->setObjectName(QStringLiteral("transferSummary"));
    m_summary->setAutoRaise(true);
    m_summary->setToolTip(tr("Show the transfers"));
    m_summary->hide();
    connect(m_summary, &QToolButton::clicked, this, &TransfersArea::showRequested);

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("transfersToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();
    toolbar->addAction(m_push);
    toolbar->addSeparator();
    toolbar->addAction(m_pause);
    toolbar->addAction(m_resume);
    toolbar->addAction(m_retry);
    toolbar->addAction(m_cancel);
    toolbar->addSeparator();
    toolbar->addAction(m_pauseAll);
    toolbar->addAction(m_resumeAll);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto* limitLabel = new QLabel(tr("Speed limit"), toolbar);
    limitLabel->setBuddy(m_speedLimit);
    limitLabel->setContentsMargins(0, 0, 6, 0);
    toolbar->addWidget(limitLabel);
    m_speedLimit->setObjectName(QStringLiteral("speedLimit"));
    m_speedLimit->setRange(0, 10000);
    m_speedLimit->setDecimals(1);
    m_speedLimit->setSingleStep(0.5);
    m_speedLimit->setSuffix(tr(" MB/s"));
    m_speedLimit->setSpecialValueText(tr("Unlimited"));
    m_speedLimit->setToolTip(tr("Bandwidth for all transfers together; 0 for unlimited. A new "
                                "limit applies from the next file."));
    m_speedLimit->setValue(transfersettings::kSpeedLimit.value());
    toolbar->addWidget(m_speedLimit);
    applySpeedLimit(m_speedLimit->value());
    connect(m_speedLimit, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        transfersettings::kSpeedLimit.setValue(value);
        applySpeedLimit(value);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateBanner();
    });
    connect(m_model, &TransferQueueModel::loaded, this, [this] {
        updateStack();
        updateActions();
        updateBanner();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransfersArea::updateActions);
    connect(m_model, &TransferQueueModel::summaryChanged, this, &TransfersArea::updateSummary);
    connect(m_model, &TransferQueueModel::transferStateChanged, this,
            &TransfersArea::onStateChanged);
    connect(m_model, &TransferQueueModel::attentionNeeded, this, &TransfersArea::onAttention);
    updateStack();
    updateActions();
}

TransfersArea::~TransfersArea()
{
    // A push still walking its folder uses the manager: let it finish first.
    for (QFutureWatcherBase* w : findChildren<QFutureWatcherBase*>(Qt::FindDirectChildrenOnly))
        w->waitForFinished();
    delete m_summary; // moved into the main window's status bar, if it is still there
}

void TransfersArea::buildActions()
{
    m_push = new QAction(tr("Push a folder…"), this);
    m_push->setObjectName(QStringLiteral("actionPushFolder"));
    m_push->setToolTip(tr("Send a folder or bundle to a repository"));
    connect(m_push, &QAction::triggered, this, [this] { openPushDialog(); });
    m_pause = new QAction(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("actionPauseTransfer"));
    connect(m_pause, &QAction::triggered, this, &TransfersArea::pauseSelected);
    m_resume = new QAction(tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("actionResumeTransfer"));
    connect(m_resume, &QAction::triggered, this, &TransfersArea::resumeSelected);
    m_retry = new QAction(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("actionRetryTransfer"));
    m_retry->setToolTip(tr("Send a failed or cancelled transfer again; what was already "
                           "delivered is not sent twice"));
    connect(m_retry, &QAction::triggered, this, &TransfersArea::resumeSelected);
    m_cancel = new QAction(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("actionCancelTransfer"));
    m_cancel->setToolTip(tr("Stop the transfer and remove its unfinished files from the "
                            "repository"));
    connect(m_cancel, &QAction::triggered, this, &TransfersArea::cancelSelected);
    m_pauseAll = new QAction(tr("Pause all"), this);
    m_pauseAll->setObjectName(QStringLiteral("actionPauseAll"));
    connect(m_pauseAll, &QAction::triggered, &m_manager, &TransferManager::pauseAll);
    m_resumeAll = new QAction(tr("Resume all"), this);
    m_resumeAll->setObjectName(QStringLiteral("actionResumeAll"));
    connect(m_resumeAll, &QAction::triggered, &m_manager, &TransferManager::resumeAll);

    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_pause, m_resume, m_retry, m_cancel});
}

qint64 TransfersArea::selectedTransfer() const
{
    const TransferRecord* t = m_model->recordAt(m_proxy->mapToSource(m_view->currentIndex()));
    return t ? t->id : 0;
}

void TransfersArea::selectTransfer(qint64 id)
{
    const int row = m_model->indexOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TransfersArea::updateActions()
{
    const TransferRecord* t = m_model->recordAt(m_proxy->mapToSource(m_view->currentIndex()));
    const TransferState state = t ? t->state : TransferState::Delivered;
    m_pause->setEnabled(t && TransferQueueModel::isActive(state));
    m_resume->setEnabled(t && state == TransferState::Paused);
    m_retry->setEnabled(t && (state == TransferState::Failed || state == TransferState::Cancelled));
    m_cancel->setEnabled(t && state != TransferState::Delivered &&
                         state != TransferState::Cancelled);
    bool anyActive = false;
    bool anyPaused = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TransferRecord* r = m_model->recordAt(m_model->index(row, 0));
        anyActive = anyActive || TransferQueueModel::isActive(r->state);
        anyPaused = anyPaused || r->state == TransferState::Paused;
    }
    m_pauseAll->setEnabled(anyActive);
    m_resumeAll->setEnabled(anyPaused);
}

void TransfersArea::updateStack()
{
    const bool empty = m_model->isLoaded() && m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
}

void TransfersArea::pauseSelected()
{
    if (const qint64 id = selectedTransfer())
        m_manager.pause(id);
}

void TransfersArea::resumeSelected()
{
    if (const qint64 id = selectedTransfer()) {
        m_dismissed.remove(id);
        m_manager.resume(id);
    }
}

void TransfersArea::cancelSelected()
{
    if (const qint64 id = selectedTransfer())
        m_manager.cancel(id);
}

void TransfersArea::applySpeedLimit(double megabytesPerSecond)
{
    m_manager.setBandwidthLimit(qint64(megabytesPerSecond * 1024 * 1024));
}

void TransfersArea::pushFolder(const QString& folder, qint64 repositoryId)
{
    const Catalog* catalog = &m_catalog;
    TransferManager* manager = &m_manager;
    auto* watcher = new QFutureWatcher<QPair<qint64, QString>>(this);
    ++m_pushesRunning;
    connect(
        watcher, &QFutureWatcher<QPair<qint64, QString>>::finished, this, [this, watcher, folder] {
            const QPair<qint64, QString> result = watcher->result();
            watcher->deleteLater();
            --m_pushesRunning;
            if (result.first > 0) {
                m_pushError.clear();
                m_model->reload();
                // Select it once the model has read it.
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection = connect(m_model, &TransferQueueModel::loaded, this,
                                      [this, connection, id = result.first] {
                                          if (m_model->indexOf(id) < 0)
                                              return;
                                          disconnect(*connection);
                                          selectTransfer(id);
                                      });
                Q_EMIT pushed(result.first);
            } else {
                m_pushError =
                    tr("Could not push %1: %2").arg(QFileInfo(folder).fileName(), result.second);
                updateBanner();
                Q_EMIT pushFailed(result.second);
            }
        });
    // Listing the folder reads the disk: not on the GUI thread.
    watcher->setFuture(QtConcurrent::run([catalog, manager, folder, repositoryId] {
        QString error;
        const std::optional<Repository> r = RepositoryStore(*catalog).repository(repositoryId);
        if (!r)
            return qMakePair(qint64(0), tr("The repository no longer exists."));
        if (!TransferBackend::create(
                *r, [] { return QString(); }, &error))
            return qMakePair(qint64(0), error);
        const qint64 id = manager->push(folder, repositoryId, &error);
        return qMakePair(id, error);
    }));
}

void TransfersArea::openPushDialog(const QString& folder)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("pushDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Push a folder"));
    auto* path = new QLineEdit(folder, dialog);
    path->setObjectName(QStringLiteral("pushFolder"));
    path->setPlaceholderText(tr("The folder or bundle to send"));
    path->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
    auto* choose = new QPushButton(tr("Choose…"), dialog);
    choose->setObjectName(QStringLiteral("pushChooseFolder"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path, 1);
    pathRow->addWidget(choose);
    auto* repository = new QComboBox(dialog);
    repository->setObjectName(QStringLiteral("pushRepository"));
    const qint64 last = kLastRepository.value();
    for (const Repository& r : RepositoryStore(m_catalog).repositories()) {
        if (r.kind == QLatin1String("declared"))
            continue; // no connection to push through
        repository->addItem(tr("%1 (%2)").arg(r.name, r.kind), r.id);
        if (r.id == last)
            repository->setCurrentIndex(repository->count() - 1);
    }
    auto* note = new QLabel(
        tr("Steward copies every file of the folder, verifies it on the repository and writes a "
           "SHA-256 manifest beside it. Files must not change until the transfer is delivered."),
        dialog);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("pushError"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color:#c62828"));
    error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Push"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pushConfirm"));
    auto* form = new QFormLayout(dialog);
    form->addRow(tr("Folder"), pathRow);
    form->addRow(tr("Repository"), repository);
    form->addRow(note);
    form->addRow(error);
    form->addRow(buttons);
    if (repository->count() == 0) {
        error->setText(tr("No repository can receive transfers yet: add one on the Repositories "
                          "page."));
        error->show();
    }

    connect(choose, &QPushButton::clicked, dialog, [dialog, path] {
        auto* chooser = new QFileDialog(dialog, tr("Choose the folder to push"), path->text());
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setOption(QFileDialog::ShowDirsOnly);
        connect(chooser, &QFileDialog::fileSelected, path, &QLineEdit::setText);
        chooser->open();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, path, repository, error, buttons] {
                const QString folderPath = path->text().trimmed();
                if (folderPath.isEmpty()) {
                    error->setText(tr("Choose the folder to push."));
                    error->show();
                    return;
                }
                if (repository->currentIndex() < 0) {
                    error->setText(tr("Choose the repository to push to."));
                    error->show();
                    return;
                }
                const qint64 repositoryId = repository->currentData().toLongLong();
                kLastRepository.setValue(repositoryId);
                buttons->setEnabled(false);
                error->hide();
                // The dialog stays open until the folder is queued, so a refusal is shown in it.
                auto ok = std::make_shared<QMetaObject::Connection>();
                auto failed = std::make_shared<QMetaObject::Connection>();
                *ok = connect(this, &TransfersArea::pushed, dialog, [dialog, ok, failed] {
                    disconnect(*ok);
                    disconnect(*failed);
                    dialog->accept();
                });
                *failed = connect(this, &TransfersArea::pushFailed, dialog,
                                  [error, buttons, ok, failed](const QString& message) {
                                      disconnect(*ok);
                                      disconnect(*failed);
                                      error->setText(message);
                                      error->show();
                                      buttons->setEnabled(true);
                                  });
                pushFolder(folderPath, repositoryId);
            });
    dialog->open();
}

void TransfersArea::onStateChanged(qint64 id, TransferState before, TransferState after)
{
    Q_UNUSED(before)
    if (after == TransferState::Running || after == TransferState::Queued)
        m_dismissed.remove(id);
    if (after == TransferState::Delivered) {
        if (const TransferRecord* t = m_model->recordAt(m_model->index(m_model->indexOf(id), 0)))
            notify(tr("%1 was delivered to %2 and verified.")
                       .arg(QFileInfo(t->sourcePath).fileName(), t->repositoryName));
    }
    updateActions();
    updateBanner();
}

void TransfersArea::onAttention(qint64 id)
{
    if (const TransferRecord* t = m_model->recordAt(m_model->index(m_model->indexOf(id), 0)))
        notify(tr("%1 to %2 needs attention: %3")
                   .arg(QFileInfo(t->sourcePath).fileName(), t->repositoryName,
                        t->error.isEmpty() ? TransferRecord::stateLabel(t->state) : t->error));
    updateBanner();
}

bool TransfersArea::usesSystemTray() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void TransfersArea::notify(const QString& text)
{
    if (usesSystemTray()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/steward.svg")), this);
            m_tray->setToolTip(tr("Steward transfers"));
            connect(m_tray, &QSystemTrayIcon::activated, this, &TransfersArea::showRequested);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TransfersArea::showRequested);
            m_tray->show();
        }
        m_tray->showMessage(tr("Steward"), text);
    }
    Q_EMIT notified(text);
}

void TransfersArea::updateBanner()
{
    // The selected transfer's problem first, else the newest one not dismissed.
    const TransferRecord* shown = nullptr;
    const TransferRecord* selected =
        m_model->recordAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (selected && TransferQueueModel::needsAttention(*selected) &&
        !m_dismissed.contains(selected->id))
        shown = selected;
    for (int row = 0; !shown && row < m_model->rowCount(); ++row) {
        const TransferRecord* t = m_model->recordAt(m_model->index(row, 0));
        if (TransferQueueModel::needsAttention(*t) && !m_dismissed.contains(t->id))
            shown = t;
    }
    if (shown) {
        m_bannerTransfer = shown->id;
        const QString name = QFileInfo(shown->sourcePath).fileName();
        const QString message =
            shown->error.isEmpty() ? TransferRecord::stateLabel(shown->state) : shown->error;
        m_bannerText->setText(
            shown->state == TransferState::Failed
                ? tr("%1 to %2 failed: %3").arg(name, shown->repositoryName, message)
                : tr("%1 to %2 is paused: %3").arg(name, shown->repositoryName, message));
        m_bannerResume->setText(shown->state == TransferState::Failed ? tr("Retry") : tr("Resume"));
        m_bannerResume->show();
        m_bannerEdit->setVisible(shown->errorKind != QLatin1String("source-changed"));
        m_banner->show();
        return;
    }
    m_bannerTransfer = 0;
    if (!m_pushError.isEmpty()) {
        m_bannerText->setText(m_pushError);
        m_bannerResume->hide();
        m_bannerEdit->hide();
        m_banner->show();
        return;
    }
    m_banner->hide();
}

QString TransfersArea::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

QWidget* TransfersArea::summaryWidget() const
{
    return m_summary;
}

QString TransfersArea::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

void TransfersArea::updateSummary()
{
    const TransferQueueModel::Summary s = m_model->summary();
    QStringList parts;
    if (s.active > 0)
        parts << tr("%n transfer(s)", nullptr, s.active);
    if (s.bytesPerSecond > 0)
        parts << TransferQueueModel::formatSpeed(s.bytesPerSecond);
    if (s.secondsLeft >= 0)
        parts << tr("%1 left").arg(TransferQueueModel::formatDuration(s.secondsLeft));
    if (s.attention > 0)
        parts << tr("%n (needs|need) attention", nullptr, s.attention);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setVisible(!parts.isEmpty());
}

} // namespace steward
