#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

// One thing the palette can find: an action, an agent state, a recent number.
struct PaletteEntry
{
    QString text;        // what is matched and shown
    QString section;     // "Calls", "Agent state", "Recent numbers"
    QString detail;      // shown at the right: the shortcut, or why it cannot run now
    QString description; // the hint line and the accessible description
    bool enabled = true; // a disabled entry is shown greyed and never runs
    // Runs it; `alternate` with Ctrl+Enter (a recent number is dialled, not only filled in).
    std::function<void(bool alternate)> run;
};

// A popup to find and run anything by typing (Ctrl+K): a line edit over a list, fuzzy
// matched (fuzzyMatchScore), best first; Up/Down choose, Enter runs, Esc closes. Entirely
// keyboard driven; a disabled entry says why instead of running.
class CommandPalette : public QFrame
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *window);

    // Opens it, empty, over the top of `window`, with these entries.
    void popup(const QList<PaletteEntry> &entries);
    // The same entries worded anew (another language): what is typed and chosen stays.
    void replaceEntries(const QList<PaletteEntry> &entries);
    QLineEdit *searchEdit() const { return m_search; }
    QListView *list() const { return m_list; }
    QLabel *hint() const { return m_hint; }
    // The entries shown now, best first (their text).
    QStringList shownTexts() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void filter();
    void runCurrent(bool alternate);
    void showHint();

    QWidget *m_window;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_hint;
    QStandardItemModel *m_model;
    QList<PaletteEntry> m_entries;
};
