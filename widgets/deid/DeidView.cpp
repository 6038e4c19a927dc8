#include "widgets/deid/DeidView.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/catalog/Catalog.h"
#include "models/common/Setting.h"
#include "models/consent/ConsentStore.h"
#include "models/consent/DatasetConsent.h"
#include "models/deid/DeidStore.h"
#include "models/deid/PhiFindingsModel.h"
#include "models/deid/PseudonymStore.h"
#include "models/review/DeidReview.h"
#include "models/review/ReviewStore.h"
#include "widgets/deid/HeaderDiffView.h"
#include "widgets/deid/RiskDialog.h"

namespace steward {
namespace {

/** Where the GUI writes de-identified files: a folder per dataset and run. */
inline const Setting<QString> kDerivedFolder{"Deid/derivedFolder", QString()};
inline const Setting<QString> kLastProfile{"Deid/profile", QStringLiteral("safe-harbor")};

QTableWidgetItem* cell(const QString& text, const QString& tip = QString())
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

} // namespace

DeidView::DeidView(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_title(new QLabel(this)),
      m_profile(new QComboBox(this)), m_run(new QPushButton(tr("Run profile"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_message(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_findings(new PhiFindingsModel(this)), m_findingsView(new QTableView(this)),
      m_diff(new HeaderDiffView(this)), m_validation(new QTableWidget(this)),
      m_pseudonyms(new QTableWidget(this)),
      m_showPseudonyms(new QPushButton(tr("Show the pseudonym table"), this)),
      m_risk(new QPushButton(tr("Re-identification risk…"), this)), m_comment(new QLineEdit(this)),
      m_approve(new QPushButton(tr("Approve de-identification"), this)),
      m_reject(new QPushButton(tr("Reject"), this)), m_reopen(new QPushButton(tr("Reopen"), this))
{
    setObjectName(QStringLiteral("deidView"));
    m_title->setObjectName(QStringLiteral("deidTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_profile->setObjectName(QStringLiteral("deidProfile"));
    for (const QString& name : DeidProfile::builtInNames())
        m_profile->addItem(name, name);
    m_profile->addItem(tr("Profile file…"), QString());
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(kLastProfile.value())));
    m_profile->setToolTip(tr("safe-harbor keeps only structural header lines (the strict "
                             "default); research-minimal keeps the reference, pipeline names and "
                             "read names."));
    m_run->setObjectName(QStringLiteral("deidRun"));
    m_cancel->setObjectName(QStringLiteral("deidCancel"));
    m_progress->setObjectName(QStringLiteral("deidProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setObjectName(QStringLiteral("deidStatus"));
    m_status->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("deidMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_findings);
    proxy->setSortRole(PhiFindingsModel::SortRole);
    m_findingsView->setObjectName(QStringLiteral("deidFindings"));
    m_findingsView->setModel(proxy);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->setWordWrap(false);
    m_findingsView->setColumnWidth(PhiFindingsModel::Status, 80);
    m_findingsView->setColumnWidth(PhiFindingsModel::Severity, 70);
    m_findingsView->setColumnWidth(PhiFindingsModel::Class, 170);
    m_findingsView->setColumnWidth(PhiFindingsModel::File, 170);
    m_findingsView->setColumnWidth(PhiFindingsModel::Location, 170);
    m_findingsView->setColumnWidth(PhiFindingsModel::Text, 220);

    m_validation->setObjectName(QStringLiteral("deidValidation"));
    m_validation->setColumnCount(6);
    m_validation->setHorizontalHeaderLabels({tr("Input"), tr("Output"), tr("Method"),
                                             tr("Records in → out"), tr("Content digest"),
                                             tr("Output SHA-256")});
    m_validation->verticalHeader()->hide();
    m_validation->horizontalHeader()->setStretchLastSection(true);
    m_validation->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_pseudonyms->setObjectName(QStringLiteral("deidPseudonyms"));
    m_pseudonyms->setColumnCount(2);
    m_pseudonyms->setHorizontalHeaderLabels({tr("Sample"), tr("Pseudonym")});
    m_pseudonyms->verticalHeader()->hide();
    m_pseudonyms->horizontalHeader()->setStretchLastSection(true);
    m_pseudonyms->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pseudonyms->setVisible(false);
    m_showPseudonyms->setObjectName(QStringLiteral("deidShowPseudonyms"));
    auto* pseudonymPage = new QWidget(this);
    auto* pl = new QVBoxLayout(pseudonymPage);
    auto* note = new QLabel(tr("The mapping from samples to pseudonyms stays on this workstation, "
                               "encrypted. Only the steward sees it here; the data controller "
                               "gets it as an encrypted export (steward pseudonyms export)."),
                            pseudonymPage);
    note->setWordWrap(true);
    pl->addWidget(note);
    pl->addWidget(m_showPseudonyms, 0, Qt::AlignLeft);
    pl->addWidget(m_pseudonyms, 1);

    m_tabs->setObjectName(QStringLiteral("deidTabs"));
    m_tabs->addTab(m_findingsView, tr("Findings"));
    m_tabs->addTab(m_diff, tr("Header before and after"));
    m_tabs->addTab(m_validation, tr("Validation"));
    m_tabs->addTab(pseudonymPage, tr("Pseudonyms"));

    m_risk->setObjectName(QStringLiteral("deidRisk"));
    m_comment->setObjectName(QStringLiteral("deidComment"));
    m_comment->setPlaceholderText(tr("Comment (needed to reject)"));
    m_approve->setObjectName(QStringLiteral("deidApprove"));
    m_reject->setObjectName(QStringLiteral("deidReject"));
    m_reopen->setObjectName(QStringLiteral("deidReopen"));

    auto* runRow = new QHBoxLayout;
    runRow->addWidget(new QLabel(tr("Profile:"), this));
    runRow->addWidget(m_profile);
    runRow->addWidget(m_run);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    runRow->addStretch();
    runRow->addWidget(m_risk);
    auto* decideRow = new QHBoxLayout;
    decideRow->addWidget(m_comment, 1);
    decideRow->addWidget(m_approve);
    decideRow->addWidget(m_reject);
    decideRow->addWidget(m_reopen);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(decideRow);

    connect(m_run, &QPushButton::clicked, this, &DeidView::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &DeidView::cancelRun);
    connect(&m_watcher, &QFutureWatcher<DeidRunner::Result>::finished, this, &DeidView::runDone);
    connect(m_approve, &QPushButton::clicked, this,
            [this] { decide(int(DeidReview::Action::Approve)); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { decide(int(DeidReview::Action::Reject)); });
    connect(m_reopen, &QPushButton::clicked, this,
            [this] { decide(int(DeidReview::Action::Reopen)); });
    connect(m_showPseudonyms, &QPushButton::clicked, this, &DeidView::showPseudonyms);
    connect(m_risk, &QPushButton::clicked, this, &DeidView::showRisk);
    showItem(0);
}

DeidView::~DeidView()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

void DeidView::showItem(qint64 itemId)
{
    m_itemId = itemId;
    m_pseudonyms->setRowCount(0);
    m_pseudonyms->setVisible(false);
    m_message->setVisible(false);
    reload();
}

void DeidView::reload()
{
    const std::optional<ReviewItem> item =
        m_itemId > 0 ? ReviewStore(m_catalog).item(m_itemId) : std::nullopt;
    const bool has = item.has_value();
    m_datasetPath = has ? item->datasetPath : QString();
    m_datasetName = has ? item->datasetName : QString();
    m_run->setEnabled(has && !isRunning());
    m_risk->setEnabled(has);
    m_showPseudonyms->setEnabled(false);
    if (!has) {
        m_title->setText(tr("<b>Select a review item</b> to de-identify its dataset."));
        m_status->clear();
        m_findings->setFindings({});
        m_diff->setOutputs({});
        m_validation->setRowCount(0);
        for (QPushButton* b : {m_approve, m_reject, m_reopen})
            b->setEnabled(false);
        return;
    }
    m_title->setText(tr("<b>%1</b> for %2: %3")
                         .arg(m_datasetName.toHtmlEscaped(), item->repositoryName.toHtmlEscaped(),
                              DeidReview::stateLabel(item->deidState).toHtmlEscaped()));
    const DeidStore store(m_catalog);
    const std::optional<DeidRunRecord> run = store.latestRun(m_datasetPath);
    m_approve->setEnabled(item->deidState != QLatin1String("approved"));
    m_reject->setEnabled(item->deidState != QLatin1String("rejected"));
    m_reopen->setEnabled(item->deidState != QLatin1String("pending"));
    if (!run) {
        m_status->setText(tr("Not de-identified yet. Run a profile: Steward writes de-identified "
                             "copies beside its catalog, validates them against the originals "
                             "and shows here what it found and changed. Originals are never "
                             "modified."));
        m_findings->setFindings({});
        m_diff->setOutputs({});
        m_validation->setRowCount(0);
        return;
    }
    const QLocale locale;
    QString status = tr("Run %1 with %2 (sha256 %3…) by %4, %5: ")
                         .arg(run->id)
                         .arg(run->profileName, run->profileSha256.left(12), run->actor,
                              locale.toString(run->finishedAt.toLocalTime(), QLocale::ShortFormat));
    if (run->state != QLatin1String("validated"))
        status += tr("failed: %1").arg(run->error);
    else if (run->unresolvedHigh > 0)
        status += tr("validated, but %n high-severity finding(s) remain unresolved.", nullptr,
                     run->unresolvedHigh);
    else
        status += tr("validated; every high-severity finding resolved.");
    m_status->setText(status);
    m_findings->setFindings(store.findings(run->id));
    const QVector<DeidOutputRecord> outputs = store.outputs(run->id);
    m_diff->setOutputs(outputs);
    m_validation->setRowCount(0);
    for (const DeidOutputRecord& o : outputs) {
        const int r = m_validation->rowCount();
        m_validation->insertRow(r);
        m_validation->setItem(r, 0, cell(QFileInfo(o.inputPath).fileName(), o.inputPath));
        m_validation->setItem(
            r, 1,
            cell(o.outputPath.isEmpty() ? o.error : QFileInfo(o.outputPath).fileName(),
                 o.outputPath.isEmpty() ? o.error : o.outputPath));
        m_validation->setItem(r, 2, cell(o.method));
        m_validation->setItem(r, 3,
                              cell(QStringLiteral("%1 → %2").arg(locale.toString(o.recordsIn),
                                                                 locale.toString(o.recordsOut))));
        // A profile's byte-identity check leaves the digests empty: the body was compared
        // byte for byte instead.
        const bool bytes = o.validated && o.digestIn.isEmpty();
        const bool same = bytes || (!o.digestIn.isEmpty() && o.digestIn == o.digestOut);
        QTableWidgetItem* digest =
            cell(o.method == QLatin1String("skipped") ? tr("not transformed")
                 : bytes                              ? tr("body byte-identical")
                 : same ? tr("equal (%1…)").arg(o.digestOut.left(12))
                        : tr("DIFFERENT"),
                 bytes ? tr("The copied body was compared byte for byte with the input's")
                       : tr("input %1\noutput %2").arg(o.digestIn, o.digestOut));
        if (o.method != QLatin1String("skipped"))
            digest->setForeground(same && o.validated ? QColor(0, 110, 40) : QColor(180, 0, 0));
        m_validation->setItem(r, 4, digest);
        m_validation->setItem(r, 5, cell(o.outputSha256));
    }
    m_validation->resizeColumnsToContents();
    m_showPseudonyms->setEnabled(true);
}

void DeidView::runProfile(const QString& nameOrPath)
{
    if (m_datasetPath.isEmpty() || isRunning())
        return;
    DeidRunner::Params params;
    QString error;
    if (!DeidProfile::resolve(nameOrPath, &params.profile, &error)) {
        showMessage(error, true);
        return;
    }
    params.datasetPath = m_datasetPath;
    params.inputs = DeidStore(m_catalog).datasetInputs(m_datasetPath);
    QString root = kDerivedFolder.value();
    if (root.isEmpty())
        root = DeidRunner::defaultDerivedFolder();
    params.outDir = QDir(root).filePath(QStringLiteral("%1-%2").arg(
        QFileInfo(m_datasetPath).completeBaseName(),
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    params.catalogPath = m_catalog.path();
    params.threads = qMax(2, QThread::idealThreadCount());
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    params.cancel = m_cancelFlag.get();
    QPointer<DeidView> self(this);
    params.progress = [self](int permille, const QString&) {
        QMetaObject::invokeMethod(
            qApp,
            [self, permille] {
                if (self)
                    self->m_progress->setValue(permille);
            },
            Qt::QueuedConnection);
    };
    auto cancel = m_cancelFlag;
    m_watcher.setFuture(QtConcurrent::run([params, cancel]() mutable {
        // The key and the consent come from this thread: the keychain and the catalog block.
        DeidRunner::Result failed;
        if (!PseudonymStore::workstationKey(&params.key, &failed.error))
            return failed;
        Catalog catalog(params.catalogPath);
        if (!catalog.open(&failed.error))
            return failed;
        params.excludedSamples =
            DatasetConsent::excludedSamples(ConsentStore(catalog).records(), QDate::currentDate());
        return DeidRunner::run(params);
    }));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_run->setEnabled(false);
    showMessage(tr("De-identifying %1 with %2…").arg(m_datasetName, params.profile.name), false);
}

void DeidView::startRun()
{
    QString profile = m_profile->currentData().toString();
    if (profile.isEmpty()) {
        profile = QFileDialog::getOpenFileName(this, tr("Choose a de-identification profile"),
                                               QString(), tr("Profiles (*.json)"));
        if (profile.isEmpty())
            return;
    } else {
        kLastProfile.setValue(profile);
    }
    runProfile(profile);
}

void DeidView::cancelRun()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
}

void DeidView::runDone()
{
    const DeidRunner::Result result = m_watcher.result();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_cancel->setEnabled(true);
    m_run->setEnabled(true);
    reload();
    if (result.ok)
        showMessage(tr("%1 de-identified: %n file(s) written and validated.", nullptr,
                       int(result.files.size()))
                        .arg(m_datasetName),
                    false);
    else
        showMessage(result.error, true);
    Q_EMIT runFinished(result.ok);
    Q_EMIT changed();
}

void DeidView::decide(int action)
{
    QString error;
    if (!DeidReview(m_catalog).decide(m_itemId, DeidReview::Action(action), m_comment->text(),
                                      &error)) {
        showMessage(error, true);
        return;
    }
    m_comment->clear();
    reload();
    showMessage(tr("Recorded in the audit log."), false);
    Q_EMIT changed();
}

void DeidView::showPseudonyms()
{
    const std::optional<DeidRunRecord> run = DeidStore(m_catalog).latestRun(m_datasetPath);
    if (!run)
        return;
    QStringList samples;
    for (const PhiFinding& f : DeidStore(m_catalog).findings(run->id))
        if (f.phiClass == PhiClass::SampleId && !samples.contains(f.text))
            samples << f.text;
    auto* watcher = new QFutureWatcher<QVector<QPair<QString, QString>>>(this);
    const QString path = m_catalog.path();
    connect(watcher, &QFutureWatcher<QVector<QPair<QString, QString>>>::finished, this,
            [this, watcher] {
                const auto rows = watcher->result();
                watcher->deleteLater();
                m_pseudonyms->setRowCount(0);
                for (const auto& row : rows) {
                    const int r = m_pseudonyms->rowCount();
                    m_pseudonyms->insertRow(r);
                    m_pseudonyms->setItem(r, 0, cell(row.first));
                    m_pseudonyms->setItem(r, 1, cell(row.second));
                }
                m_pseudonyms->resizeColumnsToContents();
                m_pseudonyms->setVisible(true);
                if (rows.isEmpty())
                    showMessage(tr("No pseudonym recorded for this dataset's samples (the run "
                                   "failed, or the profile keeps sample names)."),
                                false);
                Q_EMIT pseudonymsShown(int(rows.size()));
            });
    watcher->setFuture(QtConcurrent::run([path, samples] {
        QVector<QPair<QString, QString>> rows;
        QByteArray key;
        QString error;
        if (!PseudonymStore::workstationKey(&key, &error))
            return rows;
        Catalog catalog(path);
        if (!catalog.open(&error))
            return rows;
        QVector<PseudonymStore::Entry> entries;
        if (!PseudonymStore(catalog, key).entries(&entries, &error))
            return rows;
        for (const PseudonymStore::Entry& e : entries)
            if (e.kind == QLatin1String("sample") && samples.contains(e.original))
                rows.append({e.original, e.pseudonym});
        return rows;
    }));
}

void DeidView::showRisk()
{
    QStringList tables;
    for (const QString& f : DeidStore(m_catalog).datasetInputs(m_datasetPath)) {
        const QString suffix = QFileInfo(f).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
            suffix == QLatin1String("ped") || suffix == QLatin1String("txt"))
            tables << f;
    }
    auto* dialog = new RiskDialog(tables, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DeidView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace steward
