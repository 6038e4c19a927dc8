#include "widgets/bundle/KeyManagerDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/catalog/Catalog.h"
#include "models/crypt4gh/Crypt4ghKeyStore.h"
#include "models/crypt4gh/RecipientKeyModel.h"
#include "widgets/bundle/KeyPairDialog.h"

namespace steward {
namespace {

constexpr qint64 kMaxKeyFile = 64 * 1024; // a public key file is a few hundred bytes

QTableWidgetItem* cell(const QString& text, const QString& tip = QString())
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QString protectionLabel(const QString& kdf)
{
    if (kdf == QLatin1String("none"))
        return KeyManagerDialog::tr("Not protected");
    return KeyManagerDialog::tr("Passphrase (%1)").arg(kdf);
}

} // namespace

KeyManagerDialog::KeyManagerDialog(const Catalog& catalog, QWidget* parent)
    : QDialog(parent), m_catalog(catalog), m_model(new RecipientKeyModel(catalog, this)),
      m_tabs(new QTabWidget(this)), m_view(new QTableView(this)), m_name(new QLineEdit(this)),
      m_key(new QPlainTextEdit(this)), m_comment(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add recipient"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_own(new QTableWidget(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("keyManager"));
    setWindowTitle(tr("Crypt4GH keys"));
    resize(920, 620);

    // Recipients: the address book, then the form that adds to it.
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RecipientKeyModel::SortRole);
    m_view->setObjectName(QStringLiteral("recipientTable"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RecipientKeyModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RecipientKeyModel::Comment,
                                                     QHeaderView::Stretch);
    m_remove->setObjectName(QStringLiteral("removeRecipient"));
    m_remove->setToolTip(tr("Removes the key from the address book; bundles already sealed "
                            "for it stay readable by it"));

    m_name->setObjectName(QStringLiteral("recipientName"));
    m_name->setPlaceholderText(tr("Who the key belongs to, e.g. EGA inbox"));
    m_key->setObjectName(QStringLiteral("recipientKey"));
    m_key->setPlaceholderText(tr("Paste the public key here:\n-----BEGIN CRYPT4GH PUBLIC KEY-----\n"
                                 "…\n-----END CRYPT4GH PUBLIC KEY-----"));
    m_key->setFixedHeight(m_key->fontMetrics().height() * 4 + 14);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_comment->setObjectName(QStringLiteral("recipientComment"));
    m_comment->setPlaceholderText(tr("Optional: where the key came from, how it was checked"));
    m_add->setObjectName(QStringLiteral("addRecipient"));
    auto* choose = new QPushButton(tr("Choose a .pub file…"), this);
    choose->setObjectName(QStringLiteral("chooseRecipientKey"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(choose, 0, Qt::AlignTop);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Public key:"), keyRow);
    form->addRow(tr("Comment:"), m_comment);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);

    auto* recipientsPage = new QWidget(this);
    auto* rl = new QVBoxLayout(recipientsPage);
    auto* intro = new QLabel(tr("Bundles can be encrypted for the people and archives listed "
                                "here; only the holder of the matching secret key can read "
                                "them. Check a fingerprint with its owner before relying on it."),
                             recipientsPage);
    intro->setWordWrap(true);
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);
    rl->addWidget(intro);
    rl->addWidget(m_view, 1);
    rl->addLayout(removeRow);
    auto* addHeading = new QLabel(tr("<b>Add a recipient</b>"), recipientsPage);
    rl->addWidget(addHeading);
    rl->addLayout(form);
    rl->addLayout(addRow);

    // Own key pairs.
    m_own->setObjectName(QStringLiteral("ownKeyTable"));
    m_own->setColumnCount(5);
    m_own->setHorizontalHeaderLabels({tr("Name"), tr("Fingerprint"), tr("Secret key file"),
                                      tr("Protection"), tr("Passphrase remembered")});
    m_own->verticalHeader()->hide();
    m_own->horizontalHeader()->setStretchLastSection(true);
    m_own->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_own->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_own->setAlternatingRowColors(true);
    m_own->setWordWrap(false);
    auto* generate = new QPushButton(tr("Generate key pair…"), this);
    generate->setObjectName(QStringLiteral("generateKeyPair"));
    auto* ownPage = new QWidget(this);
    auto* ol = new QVBoxLayout(ownPage);
    auto* ownIntro = new QLabel(tr("Your own key pairs: give the public key to whoever sends you "
                                   "encrypted data, and keep the secret key file to yourself. "
                                   "Bundles can also be encrypted for you, to keep a readable "
                                   "copy."),
                                ownPage);
    ownIntro->setWordWrap(true);
    auto* generateRow = new QHBoxLayout;
    generateRow->addStretch(1);
    generateRow->addWidget(generate);
    ol->addWidget(ownIntro);
    ol->addWidget(m_own, 1);
    ol->addLayout(generateRow);

    m_tabs->setObjectName(QStringLiteral("keyTabs"));
    m_tabs->addTab(recipientsPage, tr("Recipients"));
    m_tabs->addTab(ownPage, tr("Your key pairs"));

    m_message->setObjectName(QStringLiteral("keyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &KeyManagerDialog::chooseKeyFile);
    connect(m_add, &QPushButton::clicked, this, &KeyManagerDialog::addRecipient);
    connect(m_remove, &QPushButton::clicked, this, &KeyManagerDialog::removeRecipient);
    connect(generate, &QPushButton::clicked, this, &KeyManagerDialog::generateKeyPair);
    connect(m_name, &QLineEdit::textChanged, this, &KeyManagerDialog::updateButtons);
    connect(m_key, &QPlainTextEdit::textChanged, this, &KeyManagerDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeyManagerDialog::updateButtons);
    connect(&m_fileWatcher, &QFutureWatcher<QPair<QByteArray, QString>>::finished, this, [this] {
        const auto [text, error] = m_fileWatcher.result();
        if (!error.isEmpty()) {
            showMessage(error, true);
            Q_EMIT publicKeyLoaded(false);
            return;
        }
        m_key->setPlainText(QString::fromUtf8(text).trimmed());
        showMessage(QString(), false);
        Q_EMIT publicKeyLoaded(true);
    });
    reloadOwnKeys();
    updateButtons();
}

KeyManagerDialog::~KeyManagerDialog()
{
    m_fileWatcher.waitForFinished();
}

void KeyManagerDialog::showTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
}

void KeyManagerDialog::chooseKeyFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a Crypt4GH public key"), QString(),
                                     tr("Public keys (*.pub *.pem *.key);;All files (*)"));
    if (!path.isEmpty())
        loadPublicKeyFile(path);
}

void KeyManagerDialog::loadPublicKeyFile(const QString& path)
{
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(QFileInfo(path).completeBaseName());
    m_fileWatcher.setFuture(QtConcurrent::run([path] {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return qMakePair(QByteArray(), tr("Cannot read %1: %2").arg(path, f.errorString()));
        if (f.size() > kMaxKeyFile)
            return qMakePair(
                QByteArray(),
                tr("%1 is too large to be a public key; choose the .pub file.").arg(path));
        return qMakePair(f.readAll(), QString());
    }));
}

bool KeyManagerDialog::addRecipient()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("Name the recipient: bundles and reports show the key by this name."), true);
        return false;
    }
    QString error;
    if (!m_model->addRecipient(name, m_key->toPlainText().toUtf8(), m_comment->text().trimmed(),
                               &error)) {
        showMessage(error, true);
        return false;
    }
    const std::optional<Crypt4ghRecipient> added = Crypt4ghKeyStore(m_catalog).findRecipient(name);
    showMessage(
        tr("Added %1 (%2) to the address book.").arg(name, added ? added->fingerprint : QString()),
        false);
    m_name->clear();
    m_key->clear();
    m_comment->clear();
    Q_EMIT changed();
    return true;
}

void KeyManagerDialog::removeRecipient()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(RecipientKeyModel::IdRole).toLongLong();
    const QString name = current.siblingAtColumn(RecipientKeyModel::Name).data().toString();
    QString error;
    if (!m_model->removeRecipient(id, &error)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("Removed %1 from the address book.").arg(name), false);
    Q_EMIT changed();
}

KeyPairDialog* KeyManagerDialog::generateKeyPair()
{
    auto* dialog = new KeyPairDialog(m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyPairDialog::generated, this,
            [this](const Crypt4ghOwnKey& key, const QString& warning) {
                reloadOwnKeys();
                m_tabs->setCurrentIndex(1);
                QString text = tr("Wrote %1 (give it to senders) and %2 (%3; keep it to yourself).")
                                   .arg(key.publicKeyPath, key.secretKeyPath,
                                        key.kdf == QLatin1String("none")
                                            ? tr("not protected")
                                            : tr("protected by a %1 passphrase").arg(key.kdf));
                if (!warning.isEmpty())
                    text += QLatin1Char('\n') + warning;
                showMessage(text, !warning.isEmpty());
                Q_EMIT changed();
            });
    dialog->open();
    return dialog;
}

void KeyManagerDialog::reloadOwnKeys()
{
    m_own->setRowCount(0);
    const QLocale locale;
    for (const Crypt4ghOwnKey& k : Crypt4ghKeyStore(m_catalog).ownKeys()) {
        const int r = m_own->rowCount();
        m_own->insertRow(r);
        m_own->setItem(r, 0, cell(k.name));
        m_own->setItem(r, 1, cell(k.fingerprint));
        m_own->setItem(r, 2, cell(k.secretKeyPath));
        m_own->setItem(r, 3, cell(protectionLabel(k.kdf)));
        m_own->setItem(r, 4, cell(k.passphraseRemembered ? tr("Yes, in the keychain") : tr("No")));
    }
    m_own->resizeColumnsToContents();
}

void KeyManagerDialog::updateButtons()
{
    m_add->setEnabled(!m_name->text().trimmed().isEmpty() &&
                      !m_key->toPlainText().trimmed().isEmpty());
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

void KeyManagerDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace steward
