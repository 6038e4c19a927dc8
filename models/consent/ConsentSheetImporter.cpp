#include "models/consent/ConsentSheetImporter.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "models/catalog/Catalog.h"
#include "models/common/Digest.h"
#include "models/consent/Consent.h"
#include "models/consent/ConsentStore.h"
#include "models/consent/DatasetConsent.h"
#include "models/common/DelimitedTable.h"
#include "models/consent/DuoTermTable.h"

namespace steward {
namespace {

using Row = DelimitedTable::Row;

bool isBlank(const Row& row)
{
    for (const QString& f : row.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

const QRegularExpression& isoDatePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern;
}

bool parseDate(const QString& text, QDate* date)
{
    if (!isoDatePattern().match(text).hasMatch())
        return false;
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid();
}

class Reader
{
public:
    Reader(ConsentSheetImporter::Result& result, const DuoTermTable& terms)
        : m_result(result), m_terms(terms), m_file(QFileInfo(result.path).fileName())
    {}

    void problem(SheetProblem::Severity severity, int line, const QString& column,
                 const QString& message)
    {
        m_result.problems.push_back({severity, m_file, line, column, message});
    }
    void error(int line, const QString& column, const QString& message)
    {
        problem(SheetProblem::Severity::Error, line, column, message);
    }

    /** Validates a CONSENT text; true when usable. */
    bool checkConsent(const QString& text, int line, const QString& column, QString* canonical)
    {
        QVector<ConsentProblem> problems;
        const Consent consent = Consent::parse(text, m_terms, &problems);
        for (const ConsentProblem& p : std::as_const(problems)) {
            const bool isError = p.severity == ConsentProblem::Severity::Error;
            problem(isError ? SheetProblem::Severity::Error : SheetProblem::Severity::Warning, line,
                    column, p.message);
        }
        if (!consent.isValid())
            return false;
        *canonical = consent.toString();
        return true;
    }

    void addRecord(ConsentRecord record, int line)
    {
        const QString key = record.dataset + QLatin1Char('\n') + record.sampleId;
        const auto seen = m_seen.constFind(key);
        if (seen != m_seen.cend()) {
            error(line, QStringLiteral("sample_id"),
                  ConsentSheetImporter::tr("Sample %1 appears twice; its first row is line %2. "
                                           "Keep one row per sample and dataset.")
                      .arg(record.sampleId)
                      .arg(*seen));
            return;
        }
        m_seen.insert(key, line);
        record.source = QStringLiteral("%1:%2").arg(m_file).arg(line);
        m_result.records.push_back(record);
    }

    void readDelimited(const QString& text, QChar delimiter);
    void readPhenopacket(const QJsonObject& packet);

private:
    ConsentSheetImporter::Result& m_result;
    const DuoTermTable& m_terms;
    QString m_file;
    QHash<QString, int> m_seen;
};

void Reader::readDelimited(const QString& text, QChar delimiter)
{
    QVector<Row> rows;
    int unterminatedLine = 0;
    if (!DelimitedTable::splitRecords(text, delimiter, &rows, &unterminatedLine)) {
        error(unterminatedLine, QString(),
              ConsentSheetImporter::tr("A quoted field opened on this line is never closed."));
        return;
    }
    int headerAt = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (!isBlank(rows[i])) {
            headerAt = i;
            break;
        }
    }
    if (headerAt < 0) {
        error(0, QString(), ConsentSheetImporter::tr("The file is empty."));
        return;
    }
    QStringList header;
    for (const QString& h : rows[headerAt].fields) {
        QString name = h.trimmed().toLower();
        if (name.startsWith(QLatin1Char('#')))
            name = name.mid(1).trimmed();
        header << name;
    }
    const int headerLine = rows[headerAt].line;
    const int sampleCol = int(header.indexOf(QStringLiteral("sample_id")));
    const int consentCol = int(header.indexOf(QStringLiteral("consent")));
    if (sampleCol < 0 || consentCol < 0) {
        error(headerLine, QString(),
              ConsentSheetImporter::tr("The header row needs the columns sample_id and consent; "
                                       "found: %1.")
                  .arg(header.join(QStringLiteral(", "))));
        return;
    }
    QSet<QString> names;
    for (const QString& h : std::as_const(header)) {
        if (!h.isEmpty() && names.contains(h))
            error(headerLine, h,
                  ConsentSheetImporter::tr("The column %1 appears twice in the header.").arg(h));
        names.insert(h);
    }
    const auto col = [&header](const char* name) {
        return int(header.indexOf(QLatin1String(name)));
    };
    const int dateCol = col("consent_date");
    const int expiryCol = col("expiry");
    const int withdrawnCol = col("withdrawn");
    const int documentCol = col("document");
    const int datasetCol = col("dataset");
    const QDir folder = QFileInfo(m_result.path).absoluteDir();

    for (int i = headerAt + 1; i < rows.size(); ++i) {
        const Row& row = rows[i];
        if (isBlank(row))
            continue;
        if (row.fields.size() != header.size()) {
            error(row.line, QString(),
                  ConsentSheetImporter::tr("This row has %1 fields but the header has %2; check "
                                           "for a missing or extra delimiter, or quote fields "
                                           "that contain one.")
                      .arg(row.fields.size())
                      .arg(header.size()));
            continue;
        }
        const auto field = [&row](int c) { return c < 0 ? QString() : row.fields.at(c).trimmed(); };
        const int errorsBefore = m_result.errors();
        ConsentRecord r;
        r.sampleId = field(sampleCol);
        r.dataset = field(datasetCol);
        if (r.sampleId.isEmpty())
            error(row.line, QStringLiteral("sample_id"),
                  ConsentSheetImporter::tr("The sample_id is empty."));
        const QString consentText = field(consentCol);
        if (consentText.isEmpty())
            error(row.line, QStringLiteral("consent"),
                  ConsentSheetImporter::tr("The consent is empty; give DUO codes such as "
                                           "GRU or DS(MONDO:0005148);NPU."));
        else
            checkConsent(consentText, row.line, QStringLiteral("consent"), &r.consent);

        const auto dateField = [&](int c, const char* name, QDate* date) {
            const QString text = field(c);
            if (text.isEmpty())
                return;
            if (!parseDate(text, date))
                error(row.line, QLatin1String(name),
                      ConsentSheetImporter::tr("'%1' is not a date; write it as YYYY-MM-DD.")
                          .arg(text));
        };
        dateField(dateCol, "consent_date", &r.consentDate);
        dateField(expiryCol, "expiry", &r.expiry);
        if (r.consentDate.isValid() && r.expiry.isValid() && r.expiry < r.consentDate)
            error(row.line, QStringLiteral("expiry"),
                  ConsentSheetImporter::tr("The expiry %1 is before the consent date %2.")
                      .arg(r.expiry.toString(Qt::ISODate), r.consentDate.toString(Qt::ISODate)));
        if (r.consentDate.isValid() && r.consentDate > QDate::currentDate())
            problem(SheetProblem::Severity::Warning, row.line, QStringLiteral("consent_date"),
                    ConsentSheetImporter::tr("The consent date %1 is in the future.")
                        .arg(r.consentDate.toString(Qt::ISODate)));

        const QString withdrawn = field(withdrawnCol).toLower();
        static const QStringList no{QString(), QStringLiteral("no"), QStringLiteral("n"),
                                    QStringLiteral("false"), QStringLiteral("0")};
        static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"),
                                     QStringLiteral("true"), QStringLiteral("1")};
        if (yes.contains(withdrawn)) {
            r.withdrawn = true;
        } else if (parseDate(withdrawn, &r.withdrawnDate)) {
            r.withdrawn = true;
        } else if (!no.contains(withdrawn)) {
            error(row.line, QStringLiteral("withdrawn"),
                  ConsentSheetImporter::tr("'%1' is not yes, no or a withdrawal date "
                                           "(YYYY-MM-DD).")
                      .arg(field(withdrawnCol)));
        }

        const QString document = field(documentCol);
        if (!document.isEmpty()) {
            const QString path = folder.absoluteFilePath(document);
            QString hashError;
            r.documentPath = path;
            r.documentSha256 = Digest::fileHex(Digest::Algorithm::Sha256, path, &hashError);
            if (r.documentSha256.isEmpty())
                error(row.line, QStringLiteral("document"),
                      ConsentSheetImporter::tr("The consent document %1 cannot be read: it must "
                                               "exist so its SHA-256 can be recorded.")
                          .arg(path));
        }
        for (int c = 0; c < header.size(); ++c) {
            static const QStringList known{
                QStringLiteral("sample_id"),    QStringLiteral("consent"),
                QStringLiteral("consent_date"), QStringLiteral("expiry"),
                QStringLiteral("withdrawn"),    QStringLiteral("document"),
                QStringLiteral("dataset")};
            if (!known.contains(header[c]) && !header[c].isEmpty() && !field(c).isEmpty())
                r.attributes.insert(header[c], field(c));
        }
        if (m_result.errors() == errorsBefore)
            addRecord(r, row.line);
    }
    if (m_result.records.isEmpty() && m_result.errors() == 0)
        error(0, QString(), ConsentSheetImporter::tr("The sheet has a header but no rows."));
}

void Reader::readPhenopacket(const QJsonObject& packet)
{
    const QString sample =
        packet.value(QStringLiteral("subject")).toObject().value(QStringLiteral("id")).toString();
    QJsonObject conditions = packet.value(QStringLiteral("dataUseConditions")).toObject();
    if (conditions.isEmpty())
        conditions = packet.value(QStringLiteral("metaData"))
                         .toObject()
                         .value(QStringLiteral("dataUseConditions"))
                         .toObject();
    const QJsonArray uses = conditions.value(QStringLiteral("duoDataUse")).toArray();
    if (uses.isEmpty()) {
        error(0, QStringLiteral("dataUseConditions"),
              ConsentSheetImporter::tr("This Phenopacket carries no consent: it has no "
                                       "dataUseConditions.duoDataUse list."));
        return;
    }
    if (sample.isEmpty()) {
        error(0, QStringLiteral("subject.id"),
              ConsentSheetImporter::tr("This Phenopacket has no subject id, so its consent "
                                       "cannot be attached to a sample."));
        return;
    }
    // DS takes the packet's own diagnoses as its diseases unless the entry names them.
    QStringList diseases;
    const QJsonArray packetDiseases = packet.value(QStringLiteral("diseases")).toArray();
    for (const QJsonValue& d : packetDiseases) {
        const QJsonObject o = d.toObject();
        if (o.value(QStringLiteral("excluded")).toBool())
            continue;
        const QString id =
            o.value(QStringLiteral("term")).toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            diseases << id;
    }
    QStringList codes;
    const auto codeOf = [&](const QJsonObject& term, const QString& column) -> QString {
        const QString id = term.value(QStringLiteral("id")).toString();
        const DuoTerm* t = m_terms.byId(id);
        if (!t) {
            error(0, column,
                  ConsentSheetImporter::tr("%1 is not a DUO term id known to %2.")
                      .arg(id, m_terms.release()));
            return QString();
        }
        QStringList parameters;
        const QJsonArray values = term.value(QStringLiteral("parameters")).toArray();
        for (const QJsonValue& v : values)
            parameters << v.toString();
        if (parameters.isEmpty() && t->parameter == DuoTerm::Parameter::Diseases)
            parameters = diseases;
        return parameters.isEmpty()
                   ? t->code
                   : QStringLiteral("%1(%2)").arg(t->code, parameters.join(QLatin1Char(',')));
    };
    for (const QJsonValue& v : uses) {
        const QJsonObject use = v.toObject();
        codes << codeOf(use, QStringLiteral("dataUseConditions.duoDataUse"));
        const QJsonArray modifiers = use.value(QStringLiteral("modifiers")).toArray();
        for (const QJsonValue& m : modifiers)
            codes << codeOf(m.toObject(), QStringLiteral("dataUseConditions.duoDataUse.modifiers"));
    }
    if (m_result.errors() > 0)
        return;
    ConsentRecord r;
    r.sampleId = sample;
    if (!checkConsent(codes.join(QLatin1Char(';')), 0, QStringLiteral("dataUseConditions"),
                      &r.consent))
        return;
    const QString date = conditions.value(QStringLiteral("consentDate")).toString();
    if (!date.isEmpty() && !parseDate(date.left(10), &r.consentDate))
        error(0, QStringLiteral("dataUseConditions.consentDate"),
              ConsentSheetImporter::tr("'%1' is not a date; write it as YYYY-MM-DD.").arg(date));
    if (m_result.errors() == 0)
        addRecord(r, 0);
}

} // namespace

QString SheetProblem::toString() const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
    if (column.isEmpty())
        return ConsentSheetImporter::tr("%1: %2").arg(where, message);
    return ConsentSheetImporter::tr("%1: column %2: %3").arg(where, column, message);
}

int ConsentSheetImporter::Result::errors() const
{
    int n = 0;
    for (const SheetProblem& p : problems)
        n += p.severity == SheetProblem::Severity::Error ? 1 : 0;
    return n;
}

int ConsentSheetImporter::Result::warnings() const
{
    return int(problems.size()) - errors();
}

ConsentSheetImporter::Result ConsentSheetImporter::read(const QString& path,
                                                        const DuoTermTable& terms)
{
    Result result;
    result.path = QFileInfo(path).absoluteFilePath();
    Reader reader(result, terms);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reader.error(0, QString(), tr("Cannot read the file: %1").arg(file.errorString()));
        return result;
    }
    // Consent sheets are small; a generous cap keeps a wrong file from filling memory.
    constexpr qint64 kMaxBytes = 64LL << 20;
    if (file.size() > kMaxBytes) {
        reader.error(0, QString(),
                     tr("The file is larger than 64 MB; this is not a consent sheet."));
        return result;
    }
    const QByteArray bytes = file.readAll();
    result.sha256 = QString::fromLatin1(Digest::hash(Digest::Algorithm::Sha256, bytes).toHex());
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (!doc.isObject()) {
            const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
            reader.error(line, QString(), tr("Not valid JSON: %1.").arg(parseError.errorString()));
            return result;
        }
        reader.readPhenopacket(doc.object());
        return result;
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter)) {
        reader.error(0, QString(), tr("The file is not UTF-8 text."));
        return result;
    }
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const bool tabs = path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ||
                      path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive) ||
                      firstLine.count(QLatin1Char('\t')) > firstLine.count(QLatin1Char(','));
    reader.readDelimited(text, tabs ? QLatin1Char('\t') : QLatin1Char(','));
    return result;
}

void ConsentSheetImporter::crossCheck(const Catalog& catalog, Result* result)
{
    const QVector<DatasetConsent::Dataset> datasets = DatasetConsent::datasets(catalog);
    const QString file = QFileInfo(result->path).fileName();
    QHash<QString, QStringList> datasetsOfSample;
    for (const DatasetConsent::Dataset& d : datasets) {
        for (const QString& s : d.samples)
            datasetsOfSample[s] << d.name;
    }
    QSet<QString> sheetSamples;
    QSet<QString> namedDatasets;
    for (const ConsentRecord& r : std::as_const(result->records)) {
        sheetSamples.insert(r.sampleId);
        const int line = r.source.section(QLatin1Char(':'), -1).toInt();
        if (!r.dataset.isEmpty()) {
            bool found = false;
            for (const DatasetConsent::Dataset& d : datasets) {
                if (ConsentStore::scopeMatches(r.dataset, d.name, d.path)) {
                    found = true;
                    namedDatasets.insert(d.path);
                    if (!r.sampleId.isEmpty() && !d.samples.contains(r.sampleId))
                        result->problems.push_back(
                            {SheetProblem::Severity::Warning, file, line,
                             QStringLiteral("sample_id"),
                             tr("Sample %1 is not in the dataset %2.").arg(r.sampleId, d.name)});
                }
            }
            if (!found)
                result->problems.push_back(
                    {SheetProblem::Severity::Warning, file, line, QStringLiteral("dataset"),
                     tr("No dataset named %1 is in the catalog; the consent is kept for when "
                        "it is scanned.")
                         .arg(r.dataset)});
        }
        if (!r.sampleId.isEmpty() && !datasetsOfSample.contains(r.sampleId))
            result->problems.push_back(
                {SheetProblem::Severity::Warning, file, line, QStringLiteral("sample_id"),
                 tr("No file in the catalog contains sample %1.").arg(r.sampleId)});
        else if (!r.sampleId.isEmpty() && r.dataset.isEmpty()) {
            for (const DatasetConsent::Dataset& d : datasets) {
                if (d.samples.contains(r.sampleId))
                    namedDatasets.insert(d.path);
            }
        }
    }
    // The reverse: samples in the datasets the sheet is about that it gives no consent for.
    const QVector<ConsentRecord> existing = ConsentStore(catalog).records();
    for (const DatasetConsent::Dataset& d : datasets) {
        if (!namedDatasets.contains(d.path))
            continue;
        QStringList missing;
        for (const QString& s : d.samples) {
            if (sheetSamples.contains(s))
                continue;
            if (!ConsentStore::resolve(existing, d.name, d.path, s).record)
                missing << s;
        }
        if (!missing.isEmpty())
            result->problems.push_back(
                {SheetProblem::Severity::Warning, file, 0, QString(),
                 tr("%1 contains %n sample(s) with no consent in this sheet or the catalog: %2.",
                    nullptr, int(missing.size()))
                     .arg(d.name, missing.join(QStringLiteral(", ")))});
    }
}

ConsentSheetImporter::Result ConsentSheetImporter::importFile(const Catalog& catalog,
                                                              const QString& path)
{
    Result result = read(path, DuoTermTable::current(catalog));
    if (result.errors() > 0)
        return result;
    crossCheck(catalog, &result);
    QJsonArray warnings;
    for (const SheetProblem& p : std::as_const(result.problems))
        warnings.append(p.toString());
    const QJsonObject details{{QStringLiteral("file"), result.path},
                              {QStringLiteral("sha256"), result.sha256},
                              {QStringLiteral("warnings"), warnings}};
    QString error;
    if (!ConsentStore(catalog).importRecords(result.records, details, &error)) {
        result.problems.push_back(
            {SheetProblem::Severity::Error, QFileInfo(path).fileName(), 0, QString(), error});
        return result;
    }
    result.imported = true;
    return result;
}

} // namespace steward
