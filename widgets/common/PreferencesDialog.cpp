#include "widgets/common/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "widgets/common/Preferences.h"
#include "widgets/common/Theme.h"

namespace steward {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_threads(new QSpinBox(this)), m_references(new QListWidget(this)),
      m_language(new QComboBox(this)), m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(0, 64);
    m_threads->setSpecialValueText(tr("As many as cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(preferences::kThreads.value());

    m_references->setObjectName(QStringLiteral("referenceFolders"));
    m_references->addItems(preferences::kReferenceFolders.value());
    m_references->setMinimumHeight(90);
    auto* add = new QPushButton(tr("Add folder…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder with reference FASTA files"));
        if (!folder.isEmpty())
            m_references->addItem(folder);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_references->currentItem(); });
    auto* referenceButtons = new QHBoxLayout;
    referenceButtons->addWidget(add);
    referenceButtons->addWidget(remove);
    referenceButtons->addStretch(1);
    auto* referenceColumn = new QVBoxLayout;
    referenceColumn->addWidget(m_references);
    referenceColumn->addLayout(referenceButtons);
    auto* referenceHint =
        new QLabel(tr("Steward never downloads references. CRAM files are decoded "
                      "with FASTA files (and their .fai) found in these folders or "
                      "in the workspace."),
                   this);
    referenceHint->setWordWrap(true);
    referenceHint->setForegroundRole(QPalette::PlaceholderText);
    referenceColumn->addWidget(referenceHint);

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences::kLanguage.value())));

    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(preferences::kTheme.value())));

    auto* form = new QFormLayout;
    form->addRow(tr("Worker threads:"), m_threads);
    form->addRow(tr("Reference folders:"), referenceColumn);
    form->addRow(tr("Language:"), m_language);
    auto* languageHint = new QLabel(tr("A new language takes effect when Steward restarts."), this);
    languageHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), languageHint);
    form->addRow(tr("Theme:"), m_theme);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void PreferencesDialog::save()
{
    preferences::kThreads.setValue(m_threads->value());
    QStringList folders;
    for (int i = 0; i < m_references->count(); ++i)
        folders << m_references->item(i)->text();
    preferences::kReferenceFolders.setValue(folders);
    preferences::kLanguage.setValue(m_language->currentData().toString());
    const QString theme = m_theme->currentData().toString();
    if (theme != preferences::kTheme.value()) {
        preferences::kTheme.setValue(theme);
        Theme::apply(theme);
    }
}

} // namespace steward
