#include "widgets/consent/ConsentEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent>

#include "models/common/Digest.h"
#include "models/consent/Consent.h"

namespace steward {

ConsentEditDialog::ConsentEditDialog(const DuoTermTable& terms, const ConsentRecord& record,
                                     const QString& datasetName, QWidget* parent)
    : QDialog(parent), m_terms(terms), m_record(record), m_sample(new QLineEdit(this)),
      m_scope(new QComboBox(this)), m_codes(new QLineEdit(this)), m_codesCheck(new QLabel(this)),
      m_hasDate(new QCheckBox(tr("Known"), this)), m_date(new QDateEdit(this)),
      m_hasExpiry(new QCheckBox(tr("Expires"), this)), m_expiry(new QDateEdit(this)),
      m_withdrawn(new QCheckBox(tr("Withdrawn"), this)), m_withdrawnDate(new QDateEdit(this)),
      m_document(new QLineEdit(this)), m_documentHash(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("consentEditDialog"));
    setWindowTitle(record.sampleId.isEmpty() ? tr("Dataset consent")
                                             : tr("Consent of %1").arg(record.sampleId));
    m_sample->setObjectName(QStringLiteral("consentSample"));
    m_sample->setText(record.sampleId);
    m_sample->setReadOnly(true);
    m_scope->setObjectName(QStringLiteral("consentScope"));
    m_scope->addItem(tr("Every dataset this sample is in"), QString());
    if (!datasetName.isEmpty())
        m_scope->addItem(tr("Only %1").arg(datasetName), datasetName);
    if (!record.dataset.isEmpty() && m_scope->findData(record.dataset) < 0)
        m_scope->addItem(tr("Only %1").arg(record.dataset), record.dataset);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(record.dataset)));
    if (record.sampleId.isEmpty())
        m_scope->setEnabled(false);

    m_codes->setObjectName(QStringLiteral("consentCodes"));
    m_codes->setText(record.consent);
    m_codes->setPlaceholderText(tr("e.g. DS(MONDO:0005148);NPU;GS(EU)"));
    QStringList codes;
    for (const DuoTerm& t : m_terms.terms()) {
        if (!t.obsolete && t.kind != DuoTerm::Kind::Other)
            codes << t.code;
    }
    auto* completer = new QCompleter(codes, m_codes);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_codes->setCompleter(completer);
    m_codesCheck->setObjectName(QStringLiteral("consentCodesCheck"));
    m_codesCheck->setWordWrap(true);

    for (QDateEdit* d : {m_date, m_expiry, m_withdrawnDate}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
    }
    m_hasDate->setChecked(record.consentDate.isValid());
    if (record.consentDate.isValid())
        m_date->setDate(record.consentDate);
    m_hasExpiry->setChecked(record.expiry.isValid());
    if (record.expiry.isValid())
        m_expiry->setDate(record.expiry);
    m_withdrawn->setObjectName(QStringLiteral("consentWithdrawn"));
    m_withdrawn->setChecked(record.withdrawn);
    if (record.withdrawnDate.isValid())
        m_withdrawnDate->setDate(record.withdrawnDate);

    m_document->setObjectName(QStringLiteral("consentDocument"));
    m_document->setText(record.documentPath);
    m_document->setReadOnly(true);
    m_documentHash->setText(
        record.documentSha256.isEmpty() ? QString() : tr("SHA-256 %1").arg(record.documentSha256));
    m_documentHash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ConsentEditDialog::chooseDocument);

    const auto row = [this](QWidget* a, QWidget* b) {
        auto* w = new QWidget(this);
        auto* l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(a);
        l->addWidget(b, 1);
        return w;
    };
    auto* form = new QFormLayout(this);
    if (!record.sampleId.isEmpty())
        form->addRow(tr("Sample"), m_sample);
    form->addRow(tr("Applies to"), m_scope);
    form->addRow(tr("DUO codes"), m_codes);
    form->addRow(QString(), m_codesCheck);
    form->addRow(tr("Consent given"), row(m_hasDate, m_date));
    form->addRow(tr("Expiry"), row(m_hasExpiry, m_expiry));
    form->addRow(tr("Withdrawal"), row(m_withdrawn, m_withdrawnDate));
    form->addRow(tr("Consent document"), row(browse, m_document));
    form->addRow(QString(), m_documentHash);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_codes, &QLineEdit::textChanged, this, &ConsentEditDialog::validate);
    for (QCheckBox* c : {m_hasDate, m_hasExpiry, m_withdrawn})
        connect(c, &QCheckBox::toggled, this, &ConsentEditDialog::validate);
    for (QDateEdit* d : {m_date, m_expiry})
        connect(d, &QDateEdit::dateChanged, this, &ConsentEditDialog::validate);
    connect(&m_hashWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_hashing = false;
        const QString hash = m_hashWatcher.result();
        if (hash.isEmpty()) {
            m_documentHash->setText(tr("The document cannot be read."));
            m_record.documentSha256.clear();
        } else {
            m_record.documentSha256 = hash;
            m_documentHash->setText(tr("SHA-256 %1").arg(hash));
        }
        validate();
    });
    setMinimumWidth(560);
    validate();
}

ConsentEditDialog::~ConsentEditDialog()
{
    m_hashWatcher.waitForFinished();
}

void ConsentEditDialog::chooseDocument()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Consent document"), m_document->text());
    if (path.isEmpty())
        return;
    m_document->setText(path);
    m_record.documentPath = path;
    m_record.documentSha256.clear();
    m_documentHash->setText(tr("Computing the SHA-256…"));
    m_hashing = true;
    m_hashWatcher.setFuture(QtConcurrent::run([path] {
        QString error;
        return Digest::fileHex(Digest::Algorithm::Sha256, path, &error);
    }));
    validate();
}

void ConsentEditDialog::validate()
{
    m_date->setEnabled(m_hasDate->isChecked());
    m_expiry->setEnabled(m_hasExpiry->isChecked());
    m_withdrawnDate->setEnabled(m_withdrawn->isChecked());
    QVector<ConsentProblem> problems;
    const Consent consent = Consent::parse(m_codes->text(), m_terms, &problems);
    QStringList messages;
    bool errors = !consent.isValid();
    for (const ConsentProblem& p : std::as_const(problems))
        messages << p.message;
    if (m_hasDate->isChecked() && m_hasExpiry->isChecked() && m_expiry->date() < m_date->date()) {
        messages << tr("The expiry is before the consent date.");
        errors = true;
    }
    if (messages.isEmpty() && consent.isValid())
        messages << tr("Valid: %1").arg(consent.toString());
    m_codesCheck->setText(messages.join(QLatin1Char('\n')));
    m_codesCheck->setStyleSheet(errors ? QStringLiteral("color:#c62828")
                                       : QStringLiteral("color:#2e7d32"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!errors && !m_hashing);
}

ConsentRecord ConsentEditDialog::record() const
{
    ConsentRecord r = m_record;
    r.dataset = m_scope->currentData().toString();
    QVector<ConsentProblem> problems;
    r.consent = Consent::parse(m_codes->text(), m_terms, &problems).toString();
    r.consentDate = m_hasDate->isChecked() ? m_date->date() : QDate();
    r.expiry = m_hasExpiry->isChecked() ? m_expiry->date() : QDate();
    r.withdrawn = m_withdrawn->isChecked();
    r.withdrawnDate = r.withdrawn ? m_withdrawnDate->date() : QDate();
    r.source = QStringLiteral("manual");
    return r;
}

} // namespace steward
