#include "destinationdialog.h"

#include "comboname.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DestinationDialog::DestinationDialog(Purpose purpose, const QStringList &recent, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_destination(new QComboBox(this))
    , m_singleStep(new QRadioButton(this))
    , m_consult(new QRadioButton(this))
    , m_problem(new QLabel(this))
    , m_destinationLabel(new QLabel(this))
{
    setObjectName(u"destinationDialog"_s);
    m_destination->setEditable(true);
    m_destination->addItems(recent);
    m_destination->setCurrentText(QString());
    m_destination->setObjectName(u"destination"_s);
    m_destinationLabel->setBuddy(m_destination);
    m_singleStep->setObjectName(u"singleStep"_s);
    m_consult->setObjectName(u"consult"_s);
    m_singleStep->setChecked(true);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(m_destinationLabel, m_destination);
    layout->addLayout(form);
    layout->addWidget(m_singleStep);
    layout->addWidget(m_consult);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Not the standard Ok: the box would word it "OK" again at each language change.
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"ok"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_destination->setFocus();
    retranslateUi();
}

void DestinationDialog::retranslateUi()
{
    const bool transfer = m_purpose == Purpose::Transfer;
    setWindowTitle(transfer ? tr("Transfer call") : tr("Conference call"));
    m_destination->lineEdit()->setPlaceholderText(tr("Number"));
    setComboAccessibleName(m_destination, tr("Destination number"));
    m_destination->lineEdit()->setAccessibleName(m_destination->accessibleName());
    m_destinationLabel->setText(tr("&Destination:"));
    m_singleStep->setText(transfer ? tr("Transfer &now (single step)")
                                   : tr("Add &now (single step)"));
    m_consult->setText(transfer ? tr("&Consult first, then transfer")
                                : tr("&Consult first, then join"));
    m_ok->setText(transfer ? tr("Transfer") : tr("Conference"));
    describeModes();
}

void DestinationDialog::describeModes()
{
    // A mode the call does not offer says so to a screen reader, as a disabled tip would.
    for (QRadioButton *mode : {m_singleStep, m_consult})
        mode->setAccessibleDescription(
            mode->isEnabled() ? QString() : tr("The server does not offer this on this call now"));
}

void DestinationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DestinationDialog::setModes(bool singleStepAllowed, bool consultAllowed, bool consultFirst)
{
    m_singleStep->setEnabled(singleStepAllowed);
    m_consult->setEnabled(consultAllowed);
    describeModes();
    const bool consult = consultAllowed && (consultFirst || !singleStepAllowed);
    (consult ? m_consult : m_singleStep)->setChecked(true);
}

QString DestinationDialog::destination() const
{
    return m_destination->currentText().trimmed();
}

bool DestinationDialog::consult() const
{
    return m_consult->isChecked();
}

void DestinationDialog::setDestination(const QString &number)
{
    m_destination->setCurrentText(number);
}

void DestinationDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void DestinationDialog::setValidator(std::function<QString(const QString &)> validator)
{
    m_validator = std::move(validator);
}

void DestinationDialog::accept()
{
    const QString problem = m_validator ? m_validator(destination()) : QString();
    showProblem(problem);
    if (problem.isEmpty())
        QDialog::accept();
}
