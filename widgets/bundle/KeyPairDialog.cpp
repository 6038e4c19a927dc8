#include "widgets/bundle/KeyPairDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/catalog/Catalog.h"
#include "models/crypt4gh/Crypt4ghKeyFile.h"
#include "models/crypt4gh/Crypt4ghKeyPair.h"
#include "models/transfer/SecretStore.h"

namespace steward {

KeyPairDialog::KeyPairDialog(const Catalog& catalog, QWidget* parent)
    : QDialog(parent), m_catalog(catalog), m_name(new QLineEdit(this)),
      m_folder(new QLineEdit(defaultFolder(), this)),
      m_protect(new QCheckBox(tr("Protect the secret key with a passphrase (scrypt)"), this)),
      m_passphrase(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember the passphrase in the system keychain"), this)),
      m_message(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_generate(new QPushButton(tr("Generate"), this))
{
    setObjectName(QStringLiteral("keyPairDialog"));
    setWindowTitle(tr("Generate a key pair"));
    setMinimumWidth(560);
    m_name->setObjectName(QStringLiteral("keyPairName"));
    m_name->setPlaceholderText(tr("e.g. steward-%1").arg(QDir::home().dirName()));
    m_folder->setObjectName(QStringLiteral("keyPairFolder"));
    m_protect->setObjectName(QStringLiteral("keyPairProtect"));
    m_protect->setChecked(true);
    m_passphrase->setObjectName(QStringLiteral("keyPairPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("keyPairRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("keyPairRemember"));
    m_remember->setToolTip(tr("Kept in the OS keychain (or Steward's encrypted secrets file "
                              "where no keychain runs), never in the catalog."));
    m_message->setObjectName(QStringLiteral("keyPairMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_progress->setObjectName(QStringLiteral("keyPairProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_generate->setObjectName(QStringLiteral("keyPairGenerate"));

    auto* intro = new QLabel(tr("Steward writes NAME.pub, the public key to give to whoever "
                                "sends you data, and NAME.sec, the secret key only you keep "
                                "(readable by you alone)."),
                             this);
    intro->setWordWrap(true);
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &KeyPairDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(QString(), m_protect);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Repeat it:"), m_repeat);
    form->addRow(QString(), m_remember);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_generate, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_generate, &QPushButton::clicked, this, &KeyPairDialog::generate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_protect, &QCheckBox::toggled, this, &KeyPairDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &KeyPairDialog::done);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateState();
}

KeyPairDialog::~KeyPairDialog()
{
    m_watcher.waitForFinished();
}

QString KeyPairDialog::defaultFolder()
{
    return QDir::home().filePath(QStringLiteral(".c4gh"));
}

void KeyPairDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the key pair"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void KeyPairDialog::updateState()
{
    const bool busy = isGenerating();
    const bool protect = m_protect->isChecked();
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_folder),
                       static_cast<QWidget*>(m_protect)})
        w->setEnabled(!busy);
    m_passphrase->setEnabled(!busy && protect);
    m_repeat->setEnabled(!busy && protect);
    m_remember->setEnabled(!busy && protect);
    m_generate->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void KeyPairDialog::generate()
{
    const QString name = m_name->text().trimmed();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const bool protect = m_protect->isChecked();
    const QString passphrase = protect ? m_passphrase->text() : QString();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        showMessage(tr("Name the key pair (it names its two files, so no slashes)."), true);
        return;
    }
    if (folder.isEmpty()) {
        showMessage(tr("Choose the folder the key files go in."), true);
        return;
    }
    if (protect && passphrase.isEmpty()) {
        showMessage(tr("Type a passphrase to protect the secret key, or turn protection off "
                       "on purpose."),
                    true);
        return;
    }
    if (protect && passphrase != m_repeat->text()) {
        showMessage(tr("The two passphrases differ; type them again."), true);
        m_repeat->clear();
        return;
    }
    if (const auto same = Crypt4ghKeyStore(m_catalog).findOwnKey(name)) {
        showMessage(tr("You already have a key pair named %1 (%2); choose another name.")
                        .arg(same->name, same->secretKeyPath),
                    true);
        return;
    }
    const bool remember = protect && m_remember->isChecked();
    const Catalog* catalog = &m_catalog;
    m_watcher.setFuture(QtConcurrent::run([catalog, name, folder, passphrase, remember] {
        Outcome o;
        if (!QDir().mkpath(folder)) {
            o.error = tr("Cannot create the folder %1.").arg(folder);
            return o;
        }
        const QString prefix = QDir(folder).filePath(name);
        const QString pubPath = prefix + QStringLiteral(".pub");
        const QString secPath = prefix + QStringLiteral(".sec");
        const Crypt4ghKeyFile::Kdf kdf =
            passphrase.isEmpty() ? Crypt4ghKeyFile::Kdf::None : Crypt4ghKeyFile::Kdf::Scrypt;
        const Crypt4ghKeyPair pair = Crypt4ghKeyPair::generate();
        if (!pair.isValid()) {
            o.error = tr("Could not generate an X25519 key pair.");
            return o;
        }
        if (!Crypt4ghKeyFile::writeKeyPair(pair, pubPath, secPath, passphrase, &o.error, kdf, name))
            return o;
        o.key.name = name;
        o.key.publicKey = pair.publicKey();
        o.key.secretKeyPath = secPath;
        o.key.publicKeyPath = pubPath;
        o.key.kdf = Crypt4ghKeyFile::kdfName(kdf);
        Crypt4ghKeyStore store(*catalog);
        if (!store.addOwnKey(o.key, &o.error)) {
            o.error = tr("Wrote %1 and %2, but could not record them in the catalog: %3")
                          .arg(pubPath, secPath, o.error);
            return o;
        }
        o.ok = true;
        if (remember) {
            // The keychain answers on this thread; it may take a moment or be unavailable.
            SecretStore secrets;
            QString error;
            if (store.rememberPassphrase(o.key, passphrase, secrets, &error))
                o.key.passphraseRemembered = true;
            else
                o.warning = tr("The passphrase could not be remembered: %1").arg(error);
        }
        return o;
    }));
    m_passphrase->clear();
    m_repeat->clear();
    showMessage(tr("Generating and writing the key pair…"), false);
    updateState();
}

void KeyPairDialog::done()
{
    m_outcome = m_watcher.result();
    updateState();
    if (!m_outcome.ok) {
        showMessage(m_outcome.error, true);
        Q_EMIT failed(m_outcome.error);
        return;
    }
    Q_EMIT generated(m_outcome.key, m_outcome.warning);
    accept();
}

void KeyPairDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace steward
