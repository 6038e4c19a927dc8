#include "widgets/transfer/RepositoryDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/catalog/Catalog.h"
#include "models/consent/DataUse.h"
#include "models/transfer/RepositoryStore.h"
#include "models/transfer/SecretStore.h"
#include "models/transfer/SftpClient.h"
#include "models/transfer/TransferBackend.h"
#include "widgets/consent/DataUseEditor.h"

namespace steward {
namespace {

struct Outcome
{
    bool ok = false;
    QString text;
    QString extra; // fingerprint for host key probes
};

bool hasSecret(const QString& kind)
{
    return kind == QLatin1String("sftp") || kind == QLatin1String("s3") ||
           kind == QLatin1String("webdav");
}

/** A secret store that asks nobody: the passphrase comes from the dialog, if entered. */
void usePassphrase(SecretStore& store, const QString& passphrase)
{
    if (!passphrase.isEmpty())
        store.setPassphraseProvider([passphrase](bool) { return passphrase; });
}

QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& placeholder = QString())
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel* resultLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

QStringList RepositoryDialog::kinds()
{
    return {QStringLiteral("folder"), QStringLiteral("sftp"), QStringLiteral("s3"),
            QStringLiteral("webdav"), QStringLiteral("declared")};
}

QString RepositoryDialog::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("folder"))
        return tr("Folder");
    if (kind == QLatin1String("sftp"))
        return tr("SFTP");
    if (kind == QLatin1String("s3"))
        return tr("S3-compatible");
    if (kind == QLatin1String("webdav"))
        return tr("WebDAV");
    if (kind == QLatin1String("declared"))
        return tr("Data use only");
    return kind;
}

RepositoryDialog::RepositoryDialog(const Catalog& catalog,
                                   const std::optional<Repository>& existing, QWidget* parent)
    : QDialog(parent), m_catalog(catalog), m_existing(existing),
      m_cancel(std::make_shared<std::atomic_bool>(false)),
      m_name(lineEdit(this, "repositoryName", tr("e.g. EGA inbox"))), m_kind(new QComboBox(this)),
      m_pages(new QStackedWidget(this)), m_secretForm(new QFormLayout),
      m_secret(lineEdit(this, "repositorySecret")),
      m_passphrase(lineEdit(this, "secretsPassphrase")),
      m_test(new QPushButton(tr("Test connection"), this)),
      m_testResult(resultLabel(this, "testResult")), m_dataUse(new DataUseEditor(this)),
      m_error(resultLabel(this, "repositoryError"))
{
    setObjectName(QStringLiteral("repositoryDialog"));
    setWindowTitle(existing ? tr("Edit repository %1").arg(existing->name)
                            : tr("Add a repository"));
    m_kind->setObjectName(QStringLiteral("repositoryKind"));
    for (const QString& k : kinds())
        m_kind->addItem(kindLabel(k), k);
    buildForms();

    m_secret->setEchoMode(QLineEdit::Password);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Unlocks Steward's encrypted secrets file"));
    m_secretForm->setContentsMargins(0, 0, 0, 0);
    m_secretForm->addRow(tr("Secret"), m_secret);
    m_secretForm->addRow(tr("Secrets file passphrase"), m_passphrase);
    m_secretForm->setRowVisible(m_passphrase, false);

    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setToolTip(tr("Logs in and writes a small probe file, removed again"));
    connect(m_test, &QPushButton::clicked, this, &RepositoryDialog::testConnection);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    auto* top = new QFormLayout;
    top->addRow(tr("Name"), m_name);
    top->addRow(tr("Kind"), m_kind);
    auto* connection = new QGroupBox(tr("Connection"), this);
    auto* connectionLayout = new QVBoxLayout(connection);
    connectionLayout->addLayout(top);
    connectionLayout->addWidget(m_pages);
    connectionLayout->addLayout(m_secretForm);
    connectionLayout->addLayout(testRow);
    connectionLayout->addWidget(m_testResult);
    connectionLayout->addStretch(1);
    // One label column for the separate forms (name, the kind's fields, the secret).
    int labelWidth = 0;
    QList<QWidget*> labels;
    QList<QFormLayout*> forms = connection->findChildren<QFormLayout*>();
    forms << top << m_secretForm;
    for (QFormLayout* f : std::as_const(forms)) {
        for (int row = 0; row < f->rowCount(); ++row) {
            if (QLayoutItem* item = f->itemAt(row, QFormLayout::LabelRole)) {
                if (QWidget* label = item->widget()) {
                    labels << label;
                    labelWidth = qMax(labelWidth, label->sizeHint().width());
                }
            }
        }
    }
    for (QWidget* label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    connection->setMinimumWidth(labelWidth + x * 58);

    auto* use = new QGroupBox(tr("Declared data use"), this);
    auto* useLayout = new QVBoxLayout(use);
    auto* useNote = new QLabel(
        tr("What this repository does with the data it receives. Every dataset's consent is "
           "matched against it in Review; changing it sends earlier approvals back to "
           "review."),
        use);
    useNote->setWordWrap(true);
    useNote->setForegroundRole(QPalette::PlaceholderText);
    useLayout->addWidget(useNote);
    useLayout->addWidget(m_dataUse);
    if (existing && existing->dataUse.trimmed().isEmpty()) {
        auto* none = new QLabel(tr("No data use is declared yet, so no dataset can be approved "
                                   "for this repository; saving declares the one above."),
                                use);
        none->setObjectName(QStringLiteral("noDataUseNote"));
        none->setWordWrap(true);
        none->setStyleSheet(QStringLiteral("color:#b26a00"));
        useLayout->addWidget(none);
    }
    useLayout->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->addWidget(connection, 3);
    columns->addWidget(use, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveRepository"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RepositoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RepositoryDialog::kindChanged);
    if (existing)
        load(*existing);
    else
        m_kind->setCurrentIndex(0);
    kindChanged();
    updateFingerprintHint();
}

RepositoryDialog::~RepositoryDialog()
{
    // Background work holds copies only; tell it to stop early.
    m_cancel->store(true);
}

void RepositoryDialog::buildForms()
{
    const auto form = [this](QWidget* page) {
        auto* f = new QFormLayout(page);
        f->setContentsMargins(0, 0, 0, 0);
        m_pages->addWidget(page);
        return f;
    };
    const auto chooser = [this](QLineEdit* edit, bool folder, const QString& title) {
        auto* button = new QPushButton(tr("Choose…"), this);
        connect(button, &QPushButton::clicked, this, [this, edit, folder, title] {
            auto* dialog = new QFileDialog(this, title, edit->text());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFile);
            if (folder)
                dialog->setOption(QFileDialog::ShowDirsOnly);
            connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
            dialog->open();
        });
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        return row;
    };

    // Folder
    auto* folderPage = new QWidget(this);
    m_folderPath = lineEdit(folderPage, "folderPath", tr("A local or mounted folder"));
    QFormLayout* f = form(folderPage);
    f->addRow(tr("Folder"), chooser(m_folderPath, true, tr("Choose the repository folder")));
    auto* folderNote = new QLabel(tr("Each file is written under a temporary name, flushed to "
                                     "disk and renamed, so a half-copied file never appears."),
                                  folderPage);
    folderNote->setWordWrap(true);
    folderNote->setForegroundRole(QPalette::PlaceholderText);
    f->addRow(folderNote);

    // SFTP
    auto* sftpPage = new QWidget(this);
    m_sftpHost = lineEdit(sftpPage, "sftpHost", tr("inbox.example.org"));
    m_sftpPort = new QSpinBox(sftpPage);
    m_sftpPort->setObjectName(QStringLiteral("sftpPort"));
    m_sftpPort->setRange(1, 65535);
    m_sftpPort->setValue(22);
    m_sftpUser = lineEdit(sftpPage, "sftpUser");
    m_sftpKey = lineEdit(sftpPage, "sftpKey", tr("Optional: a private key file"));
    m_sftpFingerprint = lineEdit(sftpPage, "sftpFingerprint", tr("SHA256:…"));
    m_sftpFingerprintHint = new QLabel(
        tr("Required. Ask the repository's administrator for the server's host key "
           "fingerprint and enter it here, or fetch it and compare it with theirs: Steward "
           "never trusts a host key it was not given."),
        sftpPage);
    m_sftpFingerprintHint->setObjectName(QStringLiteral("sftpFingerprintHint"));
    m_sftpFingerprintHint->setWordWrap(true);
    m_sftpFingerprintHint->setStyleSheet(QStringLiteral("color:#b26a00"));
    m_fetchHostKey = new QPushButton(tr("Fetch host key"), sftpPage);
    m_fetchHostKey->setObjectName(QStringLiteral("fetchHostKey"));
    m_fetchHostKey->setToolTip(tr("Asks the server for its key without logging in, for you to "
                                  "compare"));
    connect(m_fetchHostKey, &QPushButton::clicked, this, &RepositoryDialog::fetchHostKey);
    m_hostKeyResult = resultLabel(sftpPage, "hostKeyResult");
    m_acceptHostKey = new QPushButton(tr("The fingerprints match: trust this key"), sftpPage);
    m_acceptHostKey->setObjectName(QStringLiteral("acceptHostKey"));
    m_acceptHostKey->hide();
    connect(m_acceptHostKey, &QPushButton::clicked, this, &RepositoryDialog::acceptHostKey);
    m_sftpPath = lineEdit(sftpPage, "sftpPath", tr("Optional: a folder, e.g. inbox"));
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_sftpHost, 1);
    hostRow->addWidget(new QLabel(tr("Port"), sftpPage));
    hostRow->addWidget(m_sftpPort);
    auto* fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(m_sftpFingerprint, 1);
    fingerprintRow->addWidget(m_fetchHostKey);
    f = form(sftpPage);
    f->addRow(tr("Host"), hostRow);
    f->addRow(tr("User"), m_sftpUser);
    f->addRow(tr("Private key"), chooser(m_sftpKey, false, tr("Choose the private key")));
    f->addRow(tr("Host key"), fingerprintRow);
    f->addRow(m_sftpFingerprintHint);
    f->addRow(m_hostKeyResult);
    f->addRow(m_acceptHostKey);
    f->addRow(tr("Remote folder"), m_sftpPath);
    connect(m_sftpFingerprint, &QLineEdit::textChanged, this,
            &RepositoryDialog::updateFingerprintHint);

    // S3
    auto* s3Page = new QWidget(this);
    m_s3Endpoint = lineEdit(s3Page, "s3Endpoint", tr("https://s3.example.org"));
    m_s3Region = lineEdit(s3Page, "s3Region", QStringLiteral("us-east-1"));
    m_s3Bucket = lineEdit(s3Page, "s3Bucket");
    m_s3Prefix = lineEdit(s3Page, "s3Prefix", tr("Optional: a key prefix"));
    m_s3PathStyle = new QCheckBox(tr("Path-style URLs (most stores other than AWS)"), s3Page);
    m_s3PathStyle->setObjectName(QStringLiteral("s3PathStyle"));
    m_s3AccessKey = lineEdit(s3Page, "s3AccessKey");
    m_s3Checksums = new QCheckBox(tr("Send SHA-256 checksum headers"), s3Page);
    m_s3Checksums->setObjectName(QStringLiteral("s3ChecksumHeaders"));
    m_s3Checksums->setChecked(true);
    m_s3Checksums->setToolTip(tr("Turn off for stores that reject x-amz-checksum-sha256"));
    m_s3PartSize = new QSpinBox(s3Page);
    m_s3PartSize->setObjectName(QStringLiteral("s3PartSize"));
    m_s3PartSize->setRange(0, 5120);
    m_s3PartSize->setSuffix(tr(" MiB"));
    m_s3PartSize->setSpecialValueText(tr("Automatic"));
    f = form(s3Page);
    f->addRow(tr("Endpoint"), m_s3Endpoint);
    f->addRow(tr("Region"), m_s3Region);
    f->addRow(tr("Bucket"), m_s3Bucket);
    f->addRow(tr("Prefix"), m_s3Prefix);
    f->addRow(tr("Access key"), m_s3AccessKey);
    f->addRow(tr("Part size"), m_s3PartSize);
    f->addRow(m_s3PathStyle);
    f->addRow(m_s3Checksums);
    const QString caHint = tr("Optional: the PEM certificate of your institution's own "
                              "certificate authority");
    const QString caTitle = tr("Choose the certificate authority's certificate");
    m_s3CaFile = lineEdit(s3Page, "s3CaFile", caHint);
    f->addRow(tr("CA certificate"), chooser(m_s3CaFile, false, caTitle));

    // WebDAV
    auto* webdavPage = new QWidget(this);
    m_webdavUrl = lineEdit(webdavPage, "webdavUrl",
                           tr("https://cloud.example.org/remote.php/dav/files/me/inbox"));
    m_webdavUser = lineEdit(webdavPage, "webdavUser");
    f = form(webdavPage);
    f->addRow(tr("URL"), m_webdavUrl);
    f->addRow(tr("User"), m_webdavUser);
    m_webdavCaFile = lineEdit(webdavPage, "webdavCaFile", caHint);
    f->addRow(tr("CA certificate"), chooser(m_webdavCaFile, false, caTitle));

    // Declared only
    auto* declaredPage = new QWidget(this);
    f = form(declaredPage);
    auto* declaredNote = new QLabel(tr("This repository only declares a data use for review; "
                                       "choose another kind to push to it."),
                                    declaredPage);
    declaredNote->setWordWrap(true);
    f->addRow(declaredNote);
}

QString RepositoryDialog::kind() const
{
    return m_kind->currentData().toString();
}

void RepositoryDialog::kindChanged()
{
    const QString k = kind();
    m_pages->setCurrentIndex(int(kinds().indexOf(k)));
    const bool secret = hasSecret(k);
    m_secretForm->setRowVisible(m_secret, secret);
    if (auto* label = qobject_cast<QLabel*>(m_secretForm->labelForField(m_secret))) {
        if (k == QLatin1String("sftp"))
            label->setText(tr("Password or key passphrase"));
        else if (k == QLatin1String("s3"))
            label->setText(tr("Secret key"));
        else
            label->setText(tr("Password"));
    }
    const bool stored = m_existing && m_existing->kind == k;
    m_secret->setPlaceholderText(stored ? tr("Stored securely; leave empty to keep it")
                                        : tr("Kept in the keychain, never in the catalog"));
    m_test->setEnabled(k != QLatin1String("declared"));
    m_testResult->hide();
}

void RepositoryDialog::updateFingerprintHint()
{
    m_sftpFingerprintHint->setVisible(m_sftpFingerprint->text().trimmed().isEmpty());
}

void RepositoryDialog::load(const Repository& r)
{
    m_name->setText(r.name);
    const int k = m_kind->findData(r.kind);
    m_kind->setCurrentIndex(k >= 0 ? k : m_kind->findData(QStringLiteral("declared")));
    const QJsonObject& s = r.settings;
    const auto text = [&s](const char* key) { return s.value(QLatin1String(key)).toString(); };
    if (r.kind == QLatin1String("folder")) {
        m_folderPath->setText(text("path"));
    } else if (r.kind == QLatin1String("sftp")) {
        m_sftpHost->setText(text("host"));
        m_sftpPort->setValue(s.value(QStringLiteral("port")).toInt(22));
        m_sftpUser->setText(text("user"));
        m_sftpKey->setText(text("key"));
        m_sftpFingerprint->setText(text("host_fingerprint"));
        m_sftpPath->setText(text("path"));
    } else if (r.kind == QLatin1String("s3")) {
        m_s3Endpoint->setText(text("endpoint"));
        m_s3Region->setText(text("region"));
        m_s3Bucket->setText(text("bucket"));
        m_s3Prefix->setText(text("prefix"));
        m_s3PathStyle->setChecked(s.value(QStringLiteral("path_style")).toBool());
        m_s3AccessKey->setText(text("access_key"));
        m_s3Checksums->setChecked(s.value(QStringLiteral("checksum_headers")).toBool(true));
        m_s3PartSize->setValue(s.value(QStringLiteral("part_size_mib")).toInt(0));
        m_s3CaFile->setText(text("ca_file"));
    } else if (r.kind == QLatin1String("webdav")) {
        m_webdavUrl->setText(text("url"));
        m_webdavUser->setText(text("user"));
        m_webdavCaFile->setText(text("ca_file"));
    }
    DataUse use;
    QString error;
    if (!r.dataUse.trimmed().isEmpty() && DataUse::parse(r.dataUse, &use, &error))
        m_dataUse->setDataUse(use);
}

bool RepositoryDialog::repository(Repository* out, QString* error) const
{
    Repository r = m_existing.value_or(Repository());
    r.name = m_name->text().trimmed();
    r.kind = kind();
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (r.name.isEmpty())
        return fail(tr("Give the repository a name."));
    if (const std::optional<Repository> other = RepositoryStore(m_catalog).repository(r.name)) {
        if (!m_existing || other->id != m_existing->id)
            return fail(
                tr("A repository named %1 exists already; choose another name.").arg(r.name));
    }
    QJsonObject s;
    const auto value = [](const QLineEdit* e) { return e->text().trimmed(); };
    if (r.kind == QLatin1String("folder")) {
        if (value(m_folderPath).isEmpty())
            return fail(tr("Choose the folder Steward copies to."));
        s.insert(QStringLiteral("path"),
                 QDir::cleanPath(QFileInfo(value(m_folderPath)).absoluteFilePath()));
    } else if (r.kind == QLatin1String("sftp")) {
        if (value(m_sftpHost).isEmpty())
            return fail(tr("Enter the SFTP server's host name."));
        if (value(m_sftpUser).isEmpty())
            return fail(tr("Enter the user name to log in to %1 with.").arg(value(m_sftpHost)));
        const QString fp = value(m_sftpFingerprint);
        if (fp.isEmpty())
            return fail(tr("Enter the server's host key fingerprint (SHA256:…). Get it from the "
                           "repository's administrator, or fetch it and compare it with theirs: "
                           "a key nobody checked is not trusted."));
        if (!fp.startsWith(QLatin1String("SHA256:")))
            return fail(tr("Enter the host key fingerprint as OpenSSH prints it: SHA256:… "
                           "(ssh-keyscan HOST | ssh-keygen -lf -)."));
        s.insert(QStringLiteral("host"), value(m_sftpHost));
        s.insert(QStringLiteral("port"), m_sftpPort->value());
        s.insert(QStringLiteral("user"), value(m_sftpUser));
        if (!value(m_sftpKey).isEmpty())
            s.insert(QStringLiteral("key"), QFileInfo(value(m_sftpKey)).absoluteFilePath());
        s.insert(QStringLiteral("host_fingerprint"), fp);
        s.insert(QStringLiteral("path"), value(m_sftpPath));
    } else if (r.kind == QLatin1String("s3")) {
        if (value(m_s3Endpoint).isEmpty())
            return fail(tr("Enter the S3 endpoint URL."));
        if (value(m_s3Bucket).isEmpty())
            return fail(tr("Enter the bucket."));
        if (value(m_s3AccessKey).isEmpty())
            return fail(tr("Enter the access key id."));
        if (m_s3PartSize->value() > 0 && m_s3PartSize->value() < 5)
            return fail(tr("S3 parts are at least 5 MiB (or choose Automatic)."));
        s.insert(QStringLiteral("endpoint"), value(m_s3Endpoint));
        s.insert(QStringLiteral("region"),
                 value(m_s3Region).isEmpty() ? QStringLiteral("us-east-1") : value(m_s3Region));
        s.insert(QStringLiteral("bucket"), value(m_s3Bucket));
        s.insert(QStringLiteral("prefix"), value(m_s3Prefix));
        s.insert(QStringLiteral("path_style"), m_s3PathStyle->isChecked());
        s.insert(QStringLiteral("access_key"), value(m_s3AccessKey));
        s.insert(QStringLiteral("checksum_headers"), m_s3Checksums->isChecked());
        if (m_s3PartSize->value() > 0)
            s.insert(QStringLiteral("part_size_mib"), m_s3PartSize->value());
        if (!value(m_s3CaFile).isEmpty())
            s.insert(QStringLiteral("ca_file"), QFileInfo(value(m_s3CaFile)).absoluteFilePath());
    } else if (r.kind == QLatin1String("webdav")) {
        const QUrl url(value(m_webdavUrl));
        if (value(m_webdavUrl).isEmpty())
            return fail(tr("Enter the WebDAV URL."));
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return fail(tr("The WebDAV URL must start with https:// (or http://)."));
        s.insert(QStringLiteral("url"), value(m_webdavUrl));
        s.insert(QStringLiteral("user"), value(m_webdavUser));
        if (!value(m_webdavCaFile).isEmpty())
            s.insert(QStringLiteral("ca_file"),
                     QFileInfo(value(m_webdavCaFile)).absoluteFilePath());
    }
    r.settings = s;
    if (const QString problem = RepositoryStore::settingsProblem(r); !problem.isEmpty())
        return fail(problem);

    DataUse use;
    QString message;
    if (!m_dataUse->dataUse(&use, &message))
        return fail(message);
    // An unchanged declaration keeps its text, so saving connection settings alone does not
    // send the repository's approvals back to review.
    DataUse before;
    if (m_existing && DataUse::parse(m_existing->dataUse, &before, &message)) {
        use.date = before.date;
        if (use.toString() == before.toString()) {
            r.dataUse = m_existing->dataUse;
            *out = r;
            return true;
        }
        use.date = QDate();
    }
    r.dataUse = use.toString();
    *out = r;
    return true;
}

void RepositoryDialog::showResult(QLabel* label, bool ok, const QString& text)
{
    label->setText(text);
    label->setStyleSheet(ok ? QStringLiteral("color:#2e7d32") : QStringLiteral("color:#c62828"));
    label->show();
}

void RepositoryDialog::testConnection()
{
    Repository r;
    QString error;
    if (!repository(&r, &error)) {
        showResult(m_testResult, false, error);
        Q_EMIT testFinished(false, error);
        return;
    }
    const QString secret = m_secret->text();
    const QString passphrase = m_passphrase->text();
    const QString storedKey = m_existing ? SecretStore::repositoryKey(m_existing->name) : QString();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_testResult->setText(tr("Testing %1…").arg(r.name));
    m_testResult->setStyleSheet(QString());
    m_testResult->show();
    m_test->setEnabled(false);
    ++m_busy;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        --m_busy;
        m_test->setEnabled(kind() != QLatin1String("declared"));
        showResult(m_testResult, o.ok, o.text);
        Q_EMIT testFinished(o.ok, o.text);
    });
    // Logging in blocks (and so may the keychain): in the background, with copies.
    watcher->setFuture(QtConcurrent::run([r, secret, passphrase, storedKey, cancel] {
        const TransferBackend::SecretProvider provider = [secret, passphrase, storedKey] {
            if (!secret.isEmpty() || storedKey.isEmpty())
                return secret;
            SecretStore store;
            usePassphrase(store, passphrase);
            QString value;
            QString ignored;
            store.read(storedKey, &value, &ignored);
            return value;
        };
        Outcome o;
        QString error;
        std::unique_ptr<TransferBackend> backend = TransferBackend::create(r, provider, &error);
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
        QStringList lines;
        lines << (o.ok ? tr("%1 works.").arg(backend->describe()) : result.message);
        lines << notes;
        o.text = lines.join(QLatin1Char('\n'));
        return o;
    }));
}

void RepositoryDialog::fetchHostKey()
{
    const QString host = m_sftpHost->text().trimmed();
    const int port = m_sftpPort->value();
    if (host.isEmpty()) {
        showResult(m_hostKeyResult, false, tr("Enter the host first."));
        Q_EMIT hostKeyFetched(false, m_hostKeyResult->text());
        return;
    }
    m_acceptHostKey->hide();
    m_fetchedFingerprint.clear();
    m_hostKeyResult->setText(tr("Asking %1 for its host key…").arg(host));
    m_hostKeyResult->setStyleSheet(QString());
    m_hostKeyResult->show();
    m_fetchHostKey->setEnabled(false);
    ++m_busy;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, host, port] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        --m_busy;
        m_fetchHostKey->setEnabled(true);
        if (!o.ok) {
            showResult(m_hostKeyResult, false, o.text);
            Q_EMIT hostKeyFetched(false, o.text);
            return;
        }
        m_fetchedFingerprint = o.extra;
        // Shown, not taken: only the user can say it is the server's real key.
        m_hostKeyResult->setText(
            tr("%1:%2 presents this %3 key:\n%4\nCompare it character by character with the "
               "fingerprint the repository's administrator gave you (not one sent by the "
               "same server). Trust it only if they are identical.")
                .arg(host)
                .arg(port)
                .arg(o.text, o.extra));
        m_hostKeyResult->setStyleSheet(QString());
        m_hostKeyResult->show();
        m_acceptHostKey->show();
        Q_EMIT hostKeyFetched(true, o.extra);
    });
    watcher->setFuture(QtConcurrent::run([host, port, cancel] {
        Outcome o;
        RequestControl control;
        control.cancel = cancel.get();
        control.connectTimeoutSeconds = 15;
        QString fingerprint;
        QString type;
        const RemoteResult r = SftpClient::probeHostKey(control, host, port, &fingerprint, &type);
        o.ok = r.ok() && !fingerprint.isEmpty();
        o.text = r.ok() ? type : r.message;
        o.extra = fingerprint;
        return o;
    }));
}

void RepositoryDialog::acceptHostKey()
{
    if (m_fetchedFingerprint.isEmpty())
        return;
    m_sftpFingerprint->setText(m_fetchedFingerprint);
    m_acceptHostKey->hide();
    showResult(m_hostKeyResult, true,
               tr("Trusted %1; it is saved with the repository.").arg(m_fetchedFingerprint));
}

void RepositoryDialog::accept()
{
    Repository r;
    QString error;
    if (!repository(&r, &error)) {
        showResult(m_error, false, error);
        return;
    }
    m_error->hide();
    const QString secret = m_secret->text();
    const bool renamed = m_existing && m_existing->name != r.name && hasSecret(r.kind);
    if (!hasSecret(r.kind) || (secret.isEmpty() && !renamed)) {
        save(r);
        return;
    }
    // The secret goes to the keychain or the encrypted file first, in the background.
    const QString key = SecretStore::repositoryKey(r.name);
    const QString oldKey = m_existing ? SecretStore::repositoryKey(m_existing->name) : QString();
    const QString passphrase = m_passphrase->text();
    m_save->setEnabled(false);
    ++m_busy;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, r] {
        const QString failure = watcher->result();
        watcher->deleteLater();
        --m_busy;
        m_save->setEnabled(true);
        if (!failure.isEmpty()) {
            showResult(m_error, false, failure);
            if (qEnvironmentVariableIsEmpty("STEWARD_SECRETS_PASSPHRASE") &&
                m_passphrase->text().isEmpty()) {
                m_secretForm->setRowVisible(m_passphrase, true);
                m_passphrase->setFocus();
            }
            return;
        }
        save(r);
    });
    watcher->setFuture(QtConcurrent::run([key, oldKey, secret, passphrase] {
        SecretStore store;
        usePassphrase(store, passphrase);
        QString error;
        if (!secret.isEmpty()) {
            if (!store.write(key, secret, &error))
                return error;
        } else {
            // Renamed without a new secret: the stored one moves to the new name.
            QString value;
            if (!store.read(oldKey, &value, &error))
                return QString(); // nothing stored under the old name
            if (!store.write(key, value, &error))
                return error;
        }
        if (!oldKey.isEmpty() && oldKey != key)
            store.remove(oldKey, &error);
        return QString();
    }));
}

void RepositoryDialog::save(const Repository& repository)
{
    Repository r = repository;
    QString error;
    if (!RepositoryStore(m_catalog).save(r, &error)) {
        showResult(m_error, false, error);
        return;
    }
    m_savedId = r.id;
    m_existing = r;
    Q_EMIT saved(r.id);
    QDialog::accept();
}

} // namespace steward
