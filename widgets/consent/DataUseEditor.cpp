#include "widgets/consent/DataUseEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>

namespace steward {

DataUseEditor::DataUseEditor(QWidget* parent)
    : QWidget(parent), m_primary(new QComboBox(this)), m_diseases(new QLineEdit(this)),
      m_region(new QLineEdit(this)), m_project(new QLineEdit(this)),
      m_institution(new QLineEdit(this)),
      m_forProfit(new QCheckBox(tr("For-profit organisation"), this)),
      m_commercial(new QCheckBox(tr("Commercial use"), this)),
      m_irb(new QCheckBox(tr("Ethics approval held"), this)),
      m_collaboration(new QCheckBox(tr("Collaborates with the data's owners"), this)),
      m_publication(new QCheckBox(tr("Will publish results"), this)),
      m_returnData(new QCheckBox(tr("Returns derived data to the resource"), this))
{
    setObjectName(QStringLiteral("dataUseEditor"));
    for (DataUse::Primary p : {DataUse::Primary::GeneralResearch, DataUse::Primary::HealthMedical,
                               DataUse::Primary::Disease, DataUse::Primary::PopulationAncestry,
                               DataUse::Primary::Methods, DataUse::Primary::ClinicalCare})
        m_primary->addItem(DataUse::primaryLabel(p), DataUse::primaryKey(p));
    m_primary->setObjectName(QStringLiteral("dataUsePrimary"));
    m_diseases->setObjectName(QStringLiteral("dataUseDiseases"));
    m_diseases->setPlaceholderText(tr("MONDO:0005148, MONDO:0004975"));
    m_region->setObjectName(QStringLiteral("dataUseRegion"));
    m_region->setPlaceholderText(tr("Country or region code, e.g. DE or EU"));
    m_project->setObjectName(QStringLiteral("dataUseProject"));
    m_institution->setObjectName(QStringLiteral("dataUseInstitution"));
    m_irb->setObjectName(QStringLiteral("dataUseIrb"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Primary purpose"), m_primary);
    form->addRow(tr("Diseases studied"), m_diseases);
    form->addRow(tr("Country or region"), m_region);
    form->addRow(tr("Project"), m_project);
    form->addRow(tr("Institution"), m_institution);
    auto* flags = new QGridLayout;
    flags->addWidget(m_forProfit, 0, 0);
    flags->addWidget(m_commercial, 0, 1);
    flags->addWidget(m_irb, 1, 0);
    flags->addWidget(m_collaboration, 1, 1);
    flags->addWidget(m_publication, 2, 0);
    flags->addWidget(m_returnData, 2, 1);
    form->addRow(tr("Commitments"), flags);

    const auto updateDiseases = [this] {
        const QString key = m_primary->currentData().toString();
        m_diseases->setEnabled(key == DataUse::primaryKey(DataUse::Primary::Disease) ||
                               key == DataUse::primaryKey(DataUse::Primary::Methods));
        Q_EMIT changed();
    };
    connect(m_primary, &QComboBox::currentIndexChanged, this, updateDiseases);
    updateDiseases();
    for (QLineEdit* e : {m_diseases, m_region, m_project, m_institution})
        connect(e, &QLineEdit::textChanged, this, &DataUseEditor::changed);
    for (QCheckBox* c :
         {m_forProfit, m_commercial, m_irb, m_collaboration, m_publication, m_returnData})
        connect(c, &QCheckBox::toggled, this, &DataUseEditor::changed);
}

void DataUseEditor::setDataUse(const DataUse& use)
{
    m_primary->setCurrentIndex(m_primary->findData(DataUse::primaryKey(use.primary)));
    m_diseases->setText(use.diseases.join(QStringLiteral(", ")));
    m_region->setText(use.region);
    m_project->setText(use.project);
    m_institution->setText(use.institution);
    m_forProfit->setChecked(use.forProfit);
    m_commercial->setChecked(use.commercial);
    m_irb->setChecked(use.ethicsApproval);
    m_collaboration->setChecked(use.collaboration);
    m_publication->setChecked(use.publication);
    m_returnData->setChecked(use.returnData);
}

bool DataUseEditor::dataUse(DataUse* use, QString* error) const
{
    // Build the PURPOSE text and let the one parser validate it, so the GUI and the command
    // line accept exactly the same declarations.
    QStringList items{QStringLiteral("primary=") + m_primary->currentData().toString()};
    QStringList diseases;
    const QStringList parts = m_diseases->text().split(
        QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& d : parts)
        diseases << d.trimmed();
    if (m_diseases->isEnabled() && !diseases.isEmpty())
        items << QStringLiteral("disease=") + diseases.join(QLatin1Char(','));
    const auto text = [](const QLineEdit* e) {
        return e->text().trimmed().remove(QLatin1Char(';')).remove(QLatin1Char('='));
    };
    if (!text(m_region).isEmpty())
        items << QStringLiteral("region=") + text(m_region).toUpper();
    if (!text(m_project).isEmpty())
        items << QStringLiteral("project=") + text(m_project);
    if (!text(m_institution).isEmpty())
        items << QStringLiteral("institution=") + text(m_institution);
    if (m_forProfit->isChecked())
        items << QStringLiteral("for-profit");
    if (m_commercial->isChecked())
        items << QStringLiteral("commercial");
    if (m_irb->isChecked())
        items << QStringLiteral("irb");
    if (m_collaboration->isChecked())
        items << QStringLiteral("collaboration");
    if (m_publication->isChecked())
        items << QStringLiteral("publication");
    if (m_returnData->isChecked())
        items << QStringLiteral("return-data");
    return DataUse::parse(items.join(QLatin1Char(';')), use, error);
}

} // namespace steward
