#pragma once

#include <atomic>
#include <memory>

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace steward {

class Catalog;
class RepositoryDialog;

/**
 * The Repositories page: every destination Steward knows (name, kind, where it is, the data
 * use it declares), with Add, Edit, Remove and Test connection. Tests run in the background
 * and report inline.
 */
class RepositoriesArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoriesArea)

public:
    enum Column
    {
        Name,
        Kind,
        Where,
        DeclaredUse,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole
    };

    explicit RepositoriesArea(const Catalog& catalog, QWidget* parent = nullptr);
    ~RepositoriesArea() override;

    /** Re-reads the repositories (a small catalog read). */
    void reload();
    /** Opens the dialog for a new repository; returns it (it deletes itself when closed). */
    RepositoryDialog* addRepository();
    /** Opens the dialog for a repository; nullptr when it does not exist. */
    RepositoryDialog* editRepository(qint64 id);
    /** Asks, then removes a repository (and its stored secret). */
    void removeRepository(qint64 id);
    /** Tests a saved repository's connection in the background; tested() follows. */
    void testRepository(qint64 id);
    void selectRepository(qint64 id);
    qint64 selectedRepository() const;

    QTableView* view() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }
    QString bannerText() const;
    /** "sftp://user@host:22/inbox", the folder, the bucket...: where a repository sends to. */
    static QString where(const QString& kind, const QJsonObject& settings);

Q_SIGNALS:
    /** A repository was added, edited or removed. */
    void changed();
    void tested(qint64 id, bool ok, const QString& text);

private:
    void updateActions();
    void showBanner(const QString& text, int tone); // tone: 0 neutral, 1 good, -1 bad

    const Catalog& m_catalog;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QStackedWidget* m_stack;
    QLabel* m_banner;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_test;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace steward
