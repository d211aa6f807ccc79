#include "Redactor.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const std::vector<Rule> &rules()
{
    constexpr auto ci = QRegularExpression::CaseInsensitiveOption;
    static const std::vector<Rule> all = {
            // "UserPassword":"x", "password": "x" (JSON bodies: login, profiles, tool output).
            {QRegularExpression(
                     uR"re("([^"\\]*(?:password|passwd|pwd|secret|token)[^"\\]*)"\s*:\s*"(?:[^"\\]|\\.)*")re"_s,
                     ci),
             uR"("\1":"***")"_s},
            // Authorization / Proxy-Authorization header values (Basic, Bearer, ...), to the line
            // end.
            {QRegularExpression(uR"re(\b((?:proxy-)?authorization)\s*:\s*[^\r\n]*)re"_s, ci),
             u"\\1: ***"_s},
            // The CSRF header: "BPMCSRF: value".
            {QRegularExpression(uR"re(\b(BPMCSRF|X-CSRF-Token)\s*:\s*[^\s;,]+)re"_s, ci),
             u"\\1: ***"_s},
            // Session cookies, in Cookie and Set-Cookie headers or anywhere else.
            {QRegularExpression(
                     uR"re((\.ASPXAUTH|BPMCSRF|BPMSESSIONID|BPMLOADER|UserName|CsrfToken|ASP\.NET_SessionId)\s*=\s*[^;,\s"']*)re"_s,
                     ci),
             u"\\1=***"_s},
            // Password=, PWD=, User Password=, PGPASSWORD=, --cluster-pwd= ... up to ; quote or
            // space.
            {QRegularExpression(
                     uR"re(\b(\w*(?:password|passwd|pwd)\w*)\s*=\s*("[^"]*"|'[^']*'|[^;"'\s<>&]*))re"_s,
                     ci),
             u"\\1=***"_s},
            // --password value (space-separated option).
            {QRegularExpression(
                     uR"re((--[\w-]*(?:password|passwd|pwd)[\w-]*)\s+(?!-)("[^"]*"|\S+))re"_s, ci),
             u"\\1 ***"_s},
            // scheme://user:password@host
            {QRegularExpression(uR"re(\b([a-z][a-z0-9+.-]*://[^/:@\s]*):[^@/\s]*@)re"_s, ci),
             u"\\1:***@"_s},
            // 1C Designer and ibcmd: /P"password" or /Ppassword (case-sensitive, after a space).
            {QRegularExpression(uR"re((^|\s)/P("[^"]*"|\S+))re"_s), u"\\1/P***"_s},
    };
    return all;
}

QMutex secretsMutex;
std::vector<QString> &secrets()
{
    static std::vector<QString> values;
    return values;
}

} // namespace

void Redactor::addSecret(const QString &value)
{
    if (value.isEmpty())
        return;
    const QString json =
            QString::fromUtf8(
                    QJsonDocument::fromVariant(QVariantList{value}).toJson(QJsonDocument::Compact))
                    .mid(2)
                    .chopped(2); // ["...."] -> ....
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(value));
    QMutexLocker lock(&secretsMutex);
    auto &all = secrets();
    for (const QString &form : {value, json, percent}) {
        if (!form.isEmpty() && std::find(all.begin(), all.end(), form) == all.end())
            all.push_back(form);
    }
    // Longest first, so that a secret containing another is masked whole.
    std::sort(all.begin(), all.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::clearSecrets()
{
    QMutexLocker lock(&secretsMutex);
    secrets().clear();
}

QString Redactor::redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&secretsMutex);
        for (const QString &secret : secrets())
            out.replace(secret, QString::fromUtf16(Mask));
    }
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

std::string Redactor::redact(std::string_view utf8)
{
    const QString in = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    return redact(in).toStdString();
}

} // namespace upgrade
