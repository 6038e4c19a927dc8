#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QDialog>

#include "models/transfer/Repository.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace steward {

class Catalog;
class DataUseEditor;

/**
 * Adds or edits a repository: its name, kind (folder, SFTP, S3-compatible, WebDAV) with that
 * kind's settings, its secret (kept in the keychain or the encrypted secrets file, written
 * off the GUI thread, never in the catalog), and its declared data use. "Test connection"
 * tries the entries before they are saved; for SFTP the server's host key is fetched for the
 * user to compare and accept explicitly, never silently.
 */
class RepositoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryDialog)

public:
    /** Adds a repository when `existing` is empty, else edits it. */
    RepositoryDialog(const Catalog& catalog, const std::optional<Repository>& existing,
                     QWidget* parent = nullptr);
    ~RepositoryDialog() override;

    /** The repository the entries describe; false with a message naming the field. */
    bool repository(Repository* repository, QString* error) const;
    /** Tries the entries in the background; testFinished() follows. */
    void testConnection();
    /** Asks the SFTP server for its host key in the background; hostKeyFetched() follows. */
    void fetchHostKey();
    /** Takes the fetched fingerprint into the settings (the user's explicit acceptance). */
    void acceptHostKey();
    bool isBusy() const { return m_busy > 0; }
    /** The id saved, 0 before. */
    qint64 savedId() const { return m_savedId; }

    static QStringList kinds();
    static QString kindLabel(const QString& kind);

public Q_SLOTS:
    /** Validates, stores the secret (in the background), saves, then closes. */
    void accept() override;

Q_SIGNALS:
    void saved(qint64 id);
    void testFinished(bool ok, const QString& text);
    void hostKeyFetched(bool ok, const QString& text);

private:
    void buildForms();
    void load(const Repository& repository);
    void kindChanged();
    void updateFingerprintHint();
    void showResult(QLabel* label, bool ok, const QString& text);
    void save(const Repository& repository);
    QString kind() const;

    const Catalog& m_catalog;
    std::optional<Repository> m_existing;
    std::shared_ptr<std::atomic_bool> m_cancel; // stops background tests when the dialog goes
    int m_busy = 0;
    qint64 m_savedId = 0;
    QString m_fetchedFingerprint;

    QLineEdit* m_name;
    QComboBox* m_kind;
    QStackedWidget* m_pages;
    // folder
    QLineEdit* m_folderPath;
    // sftp
    QLineEdit* m_sftpHost;
    QSpinBox* m_sftpPort;
    QLineEdit* m_sftpUser;
    QLineEdit* m_sftpKey;
    QLineEdit* m_sftpFingerprint;
    QLabel* m_sftpFingerprintHint;
    QPushButton* m_fetchHostKey;
    QLabel* m_hostKeyResult;
    QPushButton* m_acceptHostKey;
    QLineEdit* m_sftpPath;
    // s3
    QLineEdit* m_s3Endpoint;
    QLineEdit* m_s3Region;
    QLineEdit* m_s3Bucket;
    QLineEdit* m_s3Prefix;
    QCheckBox* m_s3PathStyle;
    QLineEdit* m_s3AccessKey;
    QCheckBox* m_s3Checksums;
    QLineEdit* m_s3CaFile;
    QSpinBox* m_s3PartSize;
    // webdav
    QLineEdit* m_webdavUrl;
    QLineEdit* m_webdavUser;
    QLineEdit* m_webdavCaFile;
    // secret
    QFormLayout* m_secretForm;
    QLineEdit* m_secret;
    QLineEdit* m_passphrase;
    QPushButton* m_test;
    QLabel* m_testResult;
    DataUseEditor* m_dataUse;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace steward
