#pragma once

#include <QString>
#include <QVector>

namespace steward {

class Catalog;

/** One dataset as the browser lists it: its data file's facts and problem counts. */
struct DatasetRow
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    qint64 fileId = 0;
    QString workspaceName;
    QString name;
    QString kind; // variants | alignments | reference | sidecar | unreadable
    QString path;
    QString folder; // relative to the workspace
    QString format;
    QString compression;
    qint64 size = 0;
    int samples = 0;
    qint64 records = -1;
    QString indexStatus;
    QString status; // ok | warning | error
    int errors = 0;
    int warnings = 0;
    QString consent; // filled by the consent review
    QString deid;    // filled by the de-identification review

    /** Every dataset of the catalog (all workspaces), for the browser. Runs a few queries. */
    static QVector<DatasetRow> loadAll(const Catalog& catalog);
};

} // namespace steward
