#include "logindialog.h"

#include "formlabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

LoginDialog::LoginDialog(const QString &server, const QString &user, const QString &place,
                         QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_user(new QLineEdit(user, this))
    , m_password(new QLineEdit(this))
    , m_place(new QLineEdit(place, this))
    , m_problem(new QLabel(this))
    , m_remember(new QCheckBox(this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(formLabel(m_user))
    , m_passwordLabel(formLabel(m_password))
    , m_placeLabel(formLabel(m_place))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    // Not the standard Ok: the box words its standard buttons again on a language change.
    , m_logIn(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_logIn->setObjectName(QStringLiteral("logIn"));
    m_logIn->setDefault(true);
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_place->setObjectName(QStringLiteral("place"));
    m_problem->setObjectName(QStringLiteral("loginProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    auto *form = new QFormLayout(this);
    m_serverLabel->setTextFormat(Qt::PlainText);
    form->addRow(m_serverLabel);
    form->addRow(m_problem);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_placeLabel, m_place);
    form->addRow(m_remember);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
    retranslateUi();
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Log in to %1").arg(m_server));
    m_serverLabel->setText(tr("Server: %1").arg(m_server));
    m_userLabel->setText(tr("&User:"));
    m_user->setAccessibleName(tr("User"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_placeLabel->setText(tr("P&lace (optional):"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("Your usual place"));
    m_place->setToolTip(tr("The place (desk) to log in at; leave empty for your default place"));
    m_remember->setText(tr("&Remember me (in the system keychain)"));
    m_logIn->setText(tr("Log in"));
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::place() const
{
    return m_place->text().trimmed();
}

void LoginDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString LoginDialog::password() const
{
    return m_password->text();
}

bool LoginDialog::remember() const
{
    return m_remember->isChecked();
}
