#include "widgets/transfer/RepositoriesArea.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/catalog/Catalog.h"
#include "models/consent/DataUse.h"
#include "models/transfer/RepositoryStore.h"
#include "models/transfer/SecretStore.h"
#include "models/transfer/TransferBackend.h"
#include "models/transfer/TransferStore.h"
#include "widgets/common/EmptyState.h"
#include "widgets/transfer/RepositoryDialog.h"

namespace steward {
namespace {

struct TestOutcome
{
    bool ok = false;
    QString text;
};

} // namespace

RepositoriesArea::RepositoriesArea(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_view(new QTableView(this)), m_stack(new QStackedWidget(this)), m_banner(new QLabel(this)),
      m_edit(new QPushButton(tr("Edit…"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_test(new QPushButton(tr("Test connection"), this)),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("repositoriesPage"));
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Where"), tr("Declared data use")});
    m_model->setSortRole(SortRole);

    auto* add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("addRepository"));
    connect(add, &QPushButton::clicked, this, [this] { addRepository(); });
    m_edit->setObjectName(QStringLiteral("editRepository"));
    connect(m_edit, &QPushButton::clicked, this, [this] { editRepository(selectedRepository()); });
    m_remove->setObjectName(QStringLiteral("removeRepository"));
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeRepository(selectedRepository()); });
    m_test->setObjectName(QStringLiteral("testRepository"));
    m_test->setToolTip(tr("Logs in and writes a small probe file, removed again"));
    connect(m_test, &QPushButton::clicked, this, [this] { testRepository(selectedRepository()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(16);
    buttons->addWidget(m_test);
    buttons->addStretch(1);

    m_banner->setObjectName(QStringLiteral("repositoriesBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    m_view->setObjectName(QStringLiteral("repositoryList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Name, Qt::AscendingOrder);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->setColumnWidth(Name, x * 22);
    m_view->setColumnWidth(Kind, x * 16);
    m_view->setColumnWidth(Where, x * 48);
    connect(m_view, &QTableView::doubleClicked, this,
            [this] { editRepository(selectedRepository()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RepositoriesArea::updateActions);

    auto* empty = new EmptyState(
        tr("No repositories yet"),
        tr("Add the places bundles are pushed to: S3-compatible stores, SFTP inboxes, WebDAV "
           "servers or folders, each with the data use it declares."),
        this);
    empty->setObjectName(QStringLiteral("repositoriesEmpty"));
    connect(empty->addButton(tr("Add a repository…")), &QPushButton::clicked, this,
            [this] { addRepository(); });
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    reload();
}

RepositoriesArea::~RepositoriesArea()
{
    m_cancel->store(true);
}

QString RepositoriesArea::where(const QString& kind, const QJsonObject& s)
{
    const auto text = [&s](const char* key) { return s.value(QLatin1String(key)).toString(); };
    if (kind == QLatin1String("folder"))
        return text("path");
    if (kind == QLatin1String("sftp")) {
        QString path = text("path");
        if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        return QStringLiteral("sftp://%1@%2:%3%4")
            .arg(text("user"), text("host"))
            .arg(s.value(QStringLiteral("port")).toInt(22))
            .arg(path);
    }
    if (kind == QLatin1String("s3")) {
        QString key = text("bucket");
        if (!text("prefix").isEmpty())
            key += QLatin1Char('/') + text("prefix");
        return tr("s3://%1 at %2").arg(key, text("endpoint"));
    }
    if (kind == QLatin1String("webdav"))
        return text("url");
    return tr("No connection (declares a data use only)");
}

void RepositoriesArea::reload()
{
    const qint64 selected = selectedRepository();
    m_model->removeRows(0, m_model->rowCount());
    const QVector<Repository> repositories = RepositoryStore(m_catalog).repositories();
    for (const Repository& r : repositories) {
        QList<QStandardItem*> row;
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QStandardItem;
            item->setData(r.id, IdRole);
            row << item;
        }
        row[Name]->setText(r.name);
        row[Kind]->setText(RepositoryDialog::kindLabel(r.kind));
        row[Where]->setText(where(r.kind, r.settings));
        row[Where]->setToolTip(row[Where]->text());
        DataUse use;
        QString error;
        if (r.dataUse.trimmed().isEmpty()) {
            row[DeclaredUse]->setText(tr("None declared: nothing can be approved for it"));
            row[DeclaredUse]->setForeground(QColor(0xb2, 0x6a, 0x00));
        } else if (DataUse::parse(r.dataUse, &use, &error)) {
            row[DeclaredUse]->setText(use.describe());
            row[DeclaredUse]->setToolTip(use.describe() + QStringLiteral("\n\n") + r.dataUse);
        } else {
            row[DeclaredUse]->setText(error);
            row[DeclaredUse]->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        for (int c = 0; c < ColumnCount; ++c)
            row[c]->setData(row[c]->text().toLower(), SortRole);
        m_model->appendRow(row);
    }
    m_model->sort(m_view->horizontalHeader()->sortIndicatorSection(),
                  m_view->horizontalHeader()->sortIndicatorOrder());
    m_stack->setCurrentIndex(repositories.isEmpty() ? 1 : 0);
    if (selected > 0)
        selectRepository(selected);
    updateActions();
}

qint64 RepositoriesArea::selectedRepository() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

void RepositoriesArea::selectRepository(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(IdRole).toLongLong() == id) {
            m_view->selectRow(row);
            m_view->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
}

void RepositoriesArea::updateActions()
{
    const bool any = selectedRepository() > 0;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_test->setEnabled(any);
}

void RepositoriesArea::showBanner(const QString& text, int tone)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(tone > 0   ? QStringLiteral("color:#2e7d32")
                            : tone < 0 ? QStringLiteral("color:#c62828")
                                       : QString());
    m_banner->show();
}

QString RepositoriesArea::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

RepositoryDialog* RepositoriesArea::addRepository()
{
    auto* dialog = new RepositoryDialog(m_catalog, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepositoryDialog::saved, this, [this](qint64 id) {
        reload();
        selectRepository(id);
        showBanner(tr("Repository added."), 1);
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

RepositoryDialog* RepositoriesArea::editRepository(qint64 id)
{
    const std::optional<Repository> r = RepositoryStore(m_catalog).repository(id);
    if (!r)
        return nullptr;
    selectRepository(id);
    auto* dialog = new RepositoryDialog(m_catalog, r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepositoryDialog::saved, this, [this](qint64 saved) {
        reload();
        selectRepository(saved);
        showBanner(tr("Repository saved. Queued transfers to it wait for you to resume them "
                      "if where it sends to changed."),
                   1);
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

void RepositoriesArea::removeRepository(qint64 id)
{
    const std::optional<Repository> r = RepositoryStore(m_catalog).repository(id);
    if (!r)
        return;
    int transfers = 0;
    for (const TransferRecord& t : TransferStore(m_catalog).transfers())
        transfers += t.repositoryId == id ? 1 : 0;
    if (transfers > 0) {
        showBanner(
            tr("%1 cannot be removed: %n transfer(s) in the queue (refers|refer) to it, and their "
               "record of what was delivered where must stay intact.",
               nullptr, transfers)
                .arg(r->name),
            -1);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove repository"),
                                tr("Remove the repository %1? Its stored secret is deleted and "
                                   "its review items go; files already delivered stay where "
                                   "they are.")
                                    .arg(r->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeRepositoryQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, repository = *r] {
        if (box->result() != QMessageBox::Yes)
            return;
        QString error;
        if (!RepositoryStore(m_catalog).remove(repository.id, &error)) {
            showBanner(error, -1);
            return;
        }
        if (repository.kind != QLatin1String("folder") &&
            repository.kind != QLatin1String("declared")) {
            // The keychain may block: in the background.
            (void)QtConcurrent::run([key = SecretStore::repositoryKey(repository.name)] {
                SecretStore store;
                QString ignored;
                store.remove(key, &ignored);
            });
        }
        reload();
        showBanner(tr("Repository %1 removed.").arg(repository.name), 0);
        Q_EMIT changed();
    });
    box->open();
}

void RepositoriesArea::testRepository(qint64 id)
{
    const std::optional<Repository> r = RepositoryStore(m_catalog).repository(id);
    if (!r)
        return;
    showBanner(tr("Testing %1…").arg(r->name), 0);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    auto* watcher = new QFutureWatcher<TestOutcome>(this);
    connect(watcher, &QFutureWatcher<TestOutcome>::finished, this, [this, watcher, id] {
        const TestOutcome o = watcher->result();
        watcher->deleteLater();
        showBanner(o.text, o.ok ? 1 : -1);
        Q_EMIT tested(id, o.ok, o.text);
    });
    watcher->setFuture(QtConcurrent::run([repository = *r, cancel] {
        TestOutcome o;
        const TransferBackend::SecretProvider secret = [name = repository.name] {
            SecretStore store;
            QString value;
            QString ignored;
            store.read(SecretStore::repositoryKey(name), &value, &ignored);
            return value;
        };
        QString error;
        std::unique_ptr<TransferBackend> backend =
            TransferBackend::create(repository, secret, &error);
        if (!backend) {
            o.text = error;
            return o;
        }
        QStringList notes;
        RequestControl control;
        control.cancel = cancel.get();
        control.connectTimeoutSeconds = 15;
        control.stallSeconds = 30;
        const RemoteResult result = backend->test(&notes, control);
        o.ok = result.ok();
        QStringList lines{o.ok ? tr("%1: %2 works.").arg(repository.name, backend->describe())
                               : tr("%1: %2").arg(repository.name, result.message)};
        lines << notes;
        o.text = lines.join(QLatin1Char('\n'));
        return o;
    }));
}

} // namespace steward
