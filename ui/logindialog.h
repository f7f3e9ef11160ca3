#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QPushButton;
class QLabel;
class QLineEdit;

// Asks for the password (and user name if none was given) when connecting to a real GWS.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const QString &server, const QString &user, const QString &place = {},
                QWidget *parent = nullptr);
    QString user() const;
    QString place() const; // empty: the agent's default place
    // Why the last attempt failed, shown above the fields (plain text).
    void setProblem(const QString &text);
    QString password() const;
    bool remember() const; // store the password in the system keychain

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_place;
    QLabel *m_problem;
    QCheckBox *m_remember;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLabel *m_placeLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_logIn;
};
