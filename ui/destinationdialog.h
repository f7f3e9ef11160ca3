#pragma once

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

// Asks where to transfer or conference a call: a destination (recent numbers offered)
// and single step or consult first. Non-blocking: open() it and read it on accepted().
class DestinationDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Transfer, Conference };

    DestinationDialog(Purpose purpose, const QStringList &recent, QWidget *parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    void setModes(bool singleStepAllowed, bool consultAllowed, bool consultFirst);
    QString destination() const;
    bool consult() const;
    void setDestination(const QString &number);
    // Shows why the typed destination cannot be used; the dialog stays open.
    void showProblem(const QString &message);
    // Checked on OK: an error text keeps the dialog open with the message shown.
    void setValidator(std::function<QString(const QString &)> validator);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void describeModes();

    Purpose m_purpose;
    QComboBox *m_destination;
    QRadioButton *m_singleStep;
    QRadioButton *m_consult;
    QLabel *m_problem;
    QLabel *m_destinationLabel;
    QPushButton *m_ok = nullptr;
    std::function<QString(const QString &)> m_validator;
};
