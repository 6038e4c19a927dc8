#include "widgets/bundle/BundleEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/bundle/BundleStore.h"
#include "models/catalog/Catalog.h"
#include "models/consent/DatasetConsent.h"
#include "models/crypt4gh/Crypt4ghKeyPair.h"
#include "models/crypt4gh/Crypt4ghKeyStore.h"
#include "models/transfer/RepositoryStore.h"
#include "widgets/bundle/KeyManagerDialog.h"

namespace steward {
namespace {

enum ItemRole
{
    PathRole = Qt::UserRole,
    NameRole,
    FingerprintRole,
    PublicKeyRole
};

QTableWidgetItem* cell(const QString& text, const QString& tip = QString())
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

BundleEditor::BundleEditor(const Catalog& catalog, qint64 bundleId, QWidget* parent)
    : QDialog(parent), m_catalog(catalog), m_bundleId(bundleId), m_name(new QLineEdit(this)),
      m_nameHint(new QLabel(this)), m_destination(new QComboBox(this)),
      m_description(new QPlainTextEdit(this)), m_datasets(new QListWidget(this)),
      m_recipients(new QListWidget(this)), m_encryption(new QLabel(this)),
      m_planStatus(new QLabel(this)), m_files(new QTableWidget(this)),
      m_refusals(new QListWidget(this)), m_message(new QLabel(this)),
      m_save(new QPushButton(tr("Save draft"), this)),
      m_seal(new QPushButton(tr("Save and seal"), this))
{
    setObjectName(QStringLiteral("bundleEditor"));
    const std::optional<BundleRecord> draft =
        bundleId > 0 ? BundleStore(m_catalog).bundle(bundleId) : std::nullopt;
    setWindowTitle(draft ? tr("Edit %1").arg(draft->displayName()) : tr("New bundle"));
    resize(1080, 720);

    m_name->setObjectName(QStringLiteral("bundleName"));
    m_name->setPlaceholderText(tr("e.g. cf-study-2025"));
    m_name->setToolTip(tr("Names the bag's folder: letters, digits and dashes."));
    m_nameHint->setObjectName(QStringLiteral("bundleNameHint"));
    m_nameHint->setWordWrap(true);
    m_nameHint->setForegroundRole(QPalette::PlaceholderText);
    m_destination->setObjectName(QStringLiteral("bundleDestination"));
    m_description->setObjectName(QStringLiteral("bundleDescription"));
    m_description->setPlaceholderText(tr("What the recipients get, written into the bag "
                                         "(External-Description)"));
    m_description->setFixedHeight(m_description->fontMetrics().height() * 3 + 12);
    m_datasets->setObjectName(QStringLiteral("bundleDatasets"));
    m_recipients->setObjectName(QStringLiteral("bundleRecipients"));
    m_encryption->setObjectName(QStringLiteral("bundleEncryption"));
    m_encryption->setWordWrap(true);
    m_planStatus->setObjectName(QStringLiteral("bundlePlanStatus"));
    m_planStatus->setWordWrap(true);
    m_files->setObjectName(QStringLiteral("bundlePlanFiles"));
    m_files->setColumnCount(4);
    m_files->setHorizontalHeaderLabels(
        {tr("File in the bag"), tr("Dataset"), tr("Role"), tr("Size")});
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setWordWrap(false);
    m_files->setAlternatingRowColors(true);
    m_refusals->setObjectName(QStringLiteral("bundleRefusals"));
    m_refusals->setWordWrap(true);
    m_refusals->setAlternatingRowColors(true);
    m_message->setObjectName(QStringLiteral("bundleEditorMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_save->setObjectName(QStringLiteral("bundleSave"));
    m_seal->setObjectName(QStringLiteral("bundleEditorSeal"));
    m_seal->setToolTip(tr("Writes the bag: possible once every chosen dataset can ship"));

    // Left: what the bundle is; right: what it would carry.
    auto* form = new QFormLayout;
    auto* nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameHint);
    form->addRow(tr("Name:"), nameColumn);
    form->addRow(tr("Destination:"), m_destination);
    form->addRow(tr("Description:"), m_description);
    auto* manageKeys = new QPushButton(tr("Keys…"), this);
    manageKeys->setObjectName(QStringLiteral("bundleEditorKeys"));
    manageKeys->setToolTip(tr("Add recipients' public keys or make your own key pair"));
    auto* recipientsHeader = new QHBoxLayout;
    recipientsHeader->addWidget(heading(tr("Encrypt for (Crypt4GH)"), this), 1);
    recipientsHeader->addWidget(manageKeys);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(heading(tr("Datasets"), this));
    leftLayout->addWidget(m_datasets, 3);
    leftLayout->addLayout(recipientsHeader);
    leftLayout->addWidget(m_recipients, 2);
    leftLayout->addWidget(m_encryption);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addWidget(heading(tr("What will ship"), this));
    rightLayout->addWidget(m_planStatus);
    rightLayout->addWidget(m_files, 3);
    rightLayout->addWidget(heading(tr("Refused or left out"), this));
    rightLayout->addWidget(m_refusals, 2);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 660});

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_seal, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_planTimer.setSingleShot(true);
    m_planTimer.setInterval(150);
    connect(&m_planTimer, &QTimer::timeout, this, &BundleEditor::startPlan);
    connect(&m_planWatcher, &QFutureWatcher<BundlePlanner::Plan>::finished, this,
            &BundleEditor::showPlan);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        updateNameHint();
        updateButtons();
    });
    connect(m_destination, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_nameEdited && m_bundleId == 0) {
            // A new bundle is named after its destination until the user names it.
            m_name->setText(
                m_destination->currentText().toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
            updateNameHint();
        }
        schedulePlan();
    });
    connect(m_datasets, &QListWidget::itemChanged, this, &BundleEditor::schedulePlan);
    connect(m_recipients, &QListWidget::itemChanged, this, &BundleEditor::updateEncryptionNote);
    connect(manageKeys, &QPushButton::clicked, this, &BundleEditor::manageKeys);
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_sealRequested = false;
        if (save())
            accept();
    });
    connect(m_seal, &QPushButton::clicked, this, [this] {
        m_sealRequested = true;
        if (save())
            accept();
        else
            m_sealRequested = false;
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadChoices(draft ? &*draft : nullptr);
    schedulePlan();
}

BundleEditor::~BundleEditor()
{
    m_planWatcher.waitForFinished();
}

void BundleEditor::loadChoices(const BundleRecord* draft)
{
    const QSignalBlocker blockDestination(m_destination);
    const QSignalBlocker blockDatasets(m_datasets);
    for (const Repository& r : RepositoryStore(m_catalog).repositories())
        m_destination->addItem(r.name, r.id);
    if (draft) {
        m_name->setText(draft->name);
        m_name->setReadOnly(true);
        m_name->setToolTip(tr("A draft keeps its name; a new bundle can have another."));
        m_destination->setCurrentIndex(qMax(0, m_destination->findData(draft->repositoryId)));
        m_description->setPlainText(draft->description);
        m_nameEdited = true;
    } else {
        m_destination->setCurrentIndex(-1);
        m_destination->setPlaceholderText(tr("Choose where the bundle goes"));
    }
    const QLocale locale;
    for (const DatasetConsent::Dataset& d : DatasetConsent::datasets(m_catalog)) {
        const QString samples =
            d.samples.isEmpty() ? QString() : tr(", %n sample(s)", nullptr, int(d.samples.size()));
        auto* item = new QListWidgetItem(QStringLiteral("%1  (%2%3)").arg(d.name, d.kind, samples),
                                         m_datasets);
        item->setData(PathRole, d.path);
        item->setData(NameRole, d.name);
        item->setToolTip(d.path);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(draft && draft->datasets.contains(d.path) ? Qt::Checked
                                                                      : Qt::Unchecked);
    }
    loadRecipients(draft ? draft->recipients : QVector<BundleRecipient>());
    updateNameHint();
}

void BundleEditor::loadRecipients(const QVector<BundleRecipient>& checked)
{
    const QSignalBlocker block(m_recipients);
    m_recipients->clear();
    QStringList fingerprints;
    for (const BundleRecipient& r : checked)
        fingerprints << r.fingerprint;
    QStringList listed;
    auto add = [&](const QString& name, const QString& label, const QByteArray& key,
                   const QString& fingerprint) {
        auto* item = new QListWidgetItem(label, m_recipients);
        item->setData(NameRole, name);
        item->setData(FingerprintRole, fingerprint);
        item->setData(PublicKeyRole, QString::fromLatin1(key.toBase64()));
        item->setToolTip(fingerprint);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(fingerprints.contains(fingerprint) ? Qt::Checked : Qt::Unchecked);
        listed << fingerprint;
    };
    const Crypt4ghKeyStore keys(m_catalog);
    for (const Crypt4ghRecipient& r : keys.recipients())
        add(r.name, QStringLiteral("%1  (%2)").arg(r.name, r.fingerprint.left(19)), r.publicKey,
            r.fingerprint);
    for (const Crypt4ghOwnKey& k : keys.ownKeys())
        if (!listed.contains(k.fingerprint))
            add(k.name, tr("%1  (your key pair)").arg(k.name), k.publicKey, k.fingerprint);
    // A draft's recipient removed from the address book since stays chosen.
    for (const BundleRecipient& r : checked)
        if (!listed.contains(r.fingerprint))
            add(r.name, tr("%1  (no longer in the address book)").arg(r.name),
                QByteArray::fromBase64(r.publicKey.toLatin1()), r.fingerprint);
    if (m_recipients->count() == 0) {
        auto* none = new QListWidgetItem(tr("No keys yet. Add a recipient's public key with Keys…"),
                                         m_recipients);
        none->setFlags(Qt::NoItemFlags);
    }
    updateEncryptionNote();
}

bool BundleEditor::setDestination(const QString& name)
{
    const int i = m_destination->findText(name);
    if (i < 0)
        return false;
    m_destination->setCurrentIndex(i);
    return true;
}

bool BundleEditor::setDatasetChecked(const QString& nameOrPath, bool checked)
{
    for (int i = 0; i < m_datasets->count(); ++i) {
        QListWidgetItem* item = m_datasets->item(i);
        if (item->data(NameRole).toString() == nameOrPath ||
            item->data(PathRole).toString() == nameOrPath) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

bool BundleEditor::setRecipientChecked(const QString& name, bool checked)
{
    for (int i = 0; i < m_recipients->count(); ++i) {
        QListWidgetItem* item = m_recipients->item(i);
        if (item->data(NameRole).toString() == name) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void BundleEditor::setBundleName(const QString& name)
{
    if (m_name->isReadOnly())
        return;
    m_name->setText(name);
    m_nameEdited = true;
    updateNameHint();
    updateButtons();
}

QStringList BundleEditor::checkedDatasets() const
{
    QStringList paths;
    for (int i = 0; i < m_datasets->count(); ++i)
        if (m_datasets->item(i)->checkState() == Qt::Checked)
            paths << m_datasets->item(i)->data(PathRole).toString();
    return paths;
}

QVector<BundleRecipient> BundleEditor::checkedRecipients() const
{
    QVector<BundleRecipient> list;
    for (int i = 0; i < m_recipients->count(); ++i) {
        const QListWidgetItem* item = m_recipients->item(i);
        if (item->checkState() == Qt::Checked)
            list.push_back({item->data(NameRole).toString(), item->data(FingerprintRole).toString(),
                            item->data(PublicKeyRole).toString()});
    }
    return list;
}

void BundleEditor::schedulePlan()
{
    m_planStale = true;
    m_planStatus->setText(tr("Checking reviews, consent and de-identification…"));
    updateButtons();
    m_planTimer.start();
}

void BundleEditor::startPlan()
{
    if (m_planWatcher.isRunning()) {
        m_planAgain = true;
        return;
    }
    const QString destination = m_destination->currentText();
    const QStringList datasets = checkedDatasets();
    const Catalog* catalog = &m_catalog;
    m_planWatcher.setFuture(QtConcurrent::run([catalog, destination, datasets] {
        if (destination.isEmpty() || datasets.isEmpty()) {
            BundlePlanner::Plan empty;
            empty.destination = destination;
            return empty;
        }
        return BundlePlanner(*catalog).plan(destination, datasets);
    }));
}

void BundleEditor::showPlan()
{
    if (m_planAgain || m_planTimer.isActive()) {
        // The choice changed while planning: this plan is already out of date.
        m_planAgain = false;
        if (!m_planTimer.isActive())
            startPlan();
        return;
    }
    m_plan = m_planWatcher.result();
    m_planStale = false;
    const QLocale locale;
    m_files->setRowCount(0);
    for (const BundlePlanner::File& f : std::as_const(m_plan.files)) {
        const int r = m_files->rowCount();
        m_files->insertRow(r);
        QTableWidgetItem* path = cell(QString(), f.sourcePath);
        path->setData(PathRole, QStringLiteral("data/") + f.bagPath);
        m_files->setItem(r, 0, path);
        m_files->setItem(r, 1, cell(f.datasetName));
        m_files->setItem(r, 2, cell(f.role));
        QTableWidgetItem* size = cell(locale.formattedDataSize(f.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_files->setItem(r, 3, size);
    }
    updateEncryptionNote();

    m_refusals->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon info = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    // One entry per refused dataset with all its reasons, then the files left out.
    QStringList refusedOrder;
    QHash<QString, QStringList> reasons;
    QHash<QString, QString> names;
    for (const BundlePlanner::Refusal& r : std::as_const(m_plan.refusals)) {
        if (!r.file.isEmpty())
            continue;
        if (!reasons.contains(r.datasetPath))
            refusedOrder << r.datasetPath;
        reasons[r.datasetPath] << r.reason;
        names.insert(r.datasetPath, r.datasetName);
    }
    const int refusedDatasets = int(refusedOrder.size());
    for (const QString& path : std::as_const(refusedOrder)) {
        QString text = tr("%1 cannot ship to %2:").arg(names.value(path), m_plan.destination);
        for (const QString& reason : reasons.value(path))
            text += QStringLiteral("\n • ") + reason;
        auto* item = new QListWidgetItem(warning, text, m_refusals);
        item->setToolTip(path);
        item->setData(PathRole, path);
        item->setData(NameRole, names.value(path));
    }
    for (const BundlePlanner::Refusal& r : std::as_const(m_plan.refusals)) {
        if (r.file.isEmpty())
            continue;
        auto* item = new QListWidgetItem(
            info, tr("%1 of %2 is left out: %3").arg(r.file, r.datasetName, r.reason), m_refusals);
        item->setToolTip(r.datasetPath);
        item->setData(PathRole, r.datasetPath);
        item->setData(NameRole, r.datasetName);
    }
    if (m_plan.refusals.isEmpty()) {
        auto* none = new QListWidgetItem(tr("Nothing refused."), m_refusals);
        none->setFlags(Qt::NoItemFlags);
    }

    if (!m_plan.ok())
        m_planStatus->setText(m_plan.error);
    else if (m_destination->currentIndex() < 0)
        m_planStatus->setText(tr("Choose a destination: what may ship depends on the data use "
                                 "it declares."));
    else if (checkedDatasets().isEmpty())
        m_planStatus->setText(tr("Choose the datasets to send to %1.").arg(m_plan.destination));
    else if (refusedDatasets > 0)
        m_planStatus->setText(
            tr("%n chosen dataset(s) cannot ship to %1 (see below). Finish their review in the "
               "Review area, or uncheck them to seal the rest.",
               nullptr, refusedDatasets)
                .arg(m_plan.destination));
    else if (m_plan.files.isEmpty())
        m_planStatus->setText(tr("Nothing can ship to %1.").arg(m_plan.destination));
    else
        m_planStatus->setText(
            tr("%n file(s), %1, will ship to %2.", nullptr, int(m_plan.files.size()))
                .arg(locale.formattedDataSize(m_plan.bytes()), m_plan.destination));
    m_planStatus->setStyleSheet(
        refusedDatasets > 0 || !m_plan.ok() ? QStringLiteral("color: #b00020;") : QString());
    updateButtons();
    Q_EMIT planned();
}

void BundleEditor::updateButtons()
{
    const bool named = !m_name->text().trimmed().isEmpty();
    const bool destination = m_destination->currentIndex() >= 0;
    m_save->setEnabled(named && destination);
    m_seal->setEnabled(named && destination && !m_planStale && m_plan.ok() && m_plan.complete() &&
                       !m_plan.files.isEmpty());
}

void BundleEditor::updateEncryptionNote()
{
    const int n = int(checkedRecipients().size());
    // The files as the bag will name them: encrypted ones end in .c4gh.
    for (int r = 0; r < m_files->rowCount(); ++r) {
        QTableWidgetItem* path = m_files->item(r, 0);
        path->setText(path->data(PathRole).toString() +
                      (n > 0 ? QStringLiteral(".c4gh") : QString()));
    }
    if (n == 0) {
        m_encryption->setText(tr("⚠ No recipient chosen: the files leave unencrypted, readable by "
                                 "anyone with access to the destination."));
        m_encryption->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    } else {
        m_encryption->setText(tr("Every file is encrypted with Crypt4GH; only the %n chosen "
                                 "recipient(s) can read it.",
                                 nullptr, n));
        m_encryption->setStyleSheet(QString());
    }
}

void BundleEditor::updateNameHint()
{
    const QString name = m_name->text().trimmed();
    int newest = 0;
    if (!m_name->isReadOnly() && !name.isEmpty())
        for (const BundleRecord& b : BundleStore(m_catalog).bundles())
            if (b.name == name)
                newest = qMax(newest, b.version);
    m_nameHint->setText(
        newest > 0
            ? tr("A bundle named %1 exists: saving makes its version %2.").arg(name).arg(newest + 1)
            : QString());
    m_nameHint->setVisible(newest > 0);
}

void BundleEditor::manageKeys()
{
    auto* dialog = new KeyManagerDialog(m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Keys added meanwhile appear unchecked; the recipients already chosen stay chosen.
    connect(dialog, &QDialog::finished, this, [this] { loadRecipients(checkedRecipients()); });
    dialog->open();
}

bool BundleEditor::save()
{
    BundleRecord b;
    const std::optional<BundleRecord> current =
        m_bundleId > 0 ? BundleStore(m_catalog).bundle(m_bundleId) : std::nullopt;
    if (current)
        b = *current;
    b.name = m_name->text().trimmed();
    b.repositoryId = m_destination->currentData().toLongLong();
    b.repositoryName = m_destination->currentText();
    b.description = m_description->toPlainText().trimmed();
    b.datasets = checkedDatasets();
    b.recipients = checkedRecipients();
    QString error;
    BundleStore store(m_catalog);
    const bool ok = current ? store.updateDraft(b, &error) : store.createDraft(b, &error);
    if (!ok) {
        showMessage(error, true);
        return false;
    }
    m_bundleId = b.id;
    Q_EMIT saved(b.id);
    return true;
}

void BundleEditor::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace steward
