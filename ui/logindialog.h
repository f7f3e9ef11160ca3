#pragma once

#include <QDialog>

class QLineEdit;

// Asks for the password (and user name if none was given) when connecting to a real GWS.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const QString &server, const QString &user, QWidget *parent = nullptr);
    QString user() const;
    QString password() const;

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
};
