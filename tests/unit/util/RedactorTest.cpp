#include "util/Redactor.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using upgrade::Redactor;

namespace {

struct Case
{
    const char *name;
    QString input;
    QString secret;   ///< must not survive
    QString survivor; ///< must survive (context around the secret)
};

class RedactorCase : public ::testing::TestWithParam<Case>
{};

TEST_P(RedactorCase, MasksTheSecretAndKeepsTheRest)
{
    const Case &c = GetParam();
    const QString out = Redactor::redact(c.input);
    EXPECT_FALSE(out.contains(c.secret)) << out.toStdString();
    EXPECT_TRUE(out.contains(c.survivor)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"***"_s)) << out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
        EverySecretKind, RedactorCase,
        ::testing::Values(
                Case{"MssqlConnectionString",
                     u"connecting with Data Source=sql01; Initial Catalog=BPM; User ID=bpm; Password=S3cr#tPw; Pooling=true"_s,
                     u"S3cr#tPw"_s, u"Pooling=true"_s},
                Case{"PwdKey",
                     u"Driver={ODBC Driver 18};Server=sql01;UID=sa;PWD=Xy9!zz;Encrypt=yes"_s,
                     u"Xy9!zz"_s, u"Encrypt=yes"_s},
                Case{"QuotedPassword", u"Host=db;Password=\"with space\";Port=5432"_s,
                     u"with space"_s, u"Port=5432"_s},
                Case{"ConfigAttribute",
                     u"<add name=\"db\" connectionString=\"Server=pg;Database=bpm;User ID=u;password=Zq1Zq1;Timeout=500\" />"_s,
                     u"Zq1Zq1"_s, u"Timeout=500"_s},
                Case{"JsonLoginBody",
                     u"POST body {\"UserName\":\"Supervisor\",\"UserPassword\":\"p@ss\\\"w\"} sent"_s,
                     u"p@ss"_s, u"sent"_s},
                Case{"BasicAuthorization",
                     u"GET /odata\r\nAuthorization: Basic dXNlcjpwYXNz\r\nAccept: */*"_s,
                     u"dXNlcjpwYXNz"_s, u"Accept: */*"_s},
                Case{"BearerAuthorization", u"authorization: Bearer eyJhbGciOi.abc.def"_s,
                     u"eyJhbGciOi"_s, u"authorization"_s},
                Case{"AspxAuthCookie",
                     u"Cookie: .ASPXAUTH=0A1B2C3D4E; BPMLOADER=loaderval; path=/"_s,
                     u"0A1B2C3D4E"_s, u"path=/"_s},
                Case{"BpmLoaderCookie",
                     u"Cookie: .ASPXAUTH=0A1B2C3D4E; BPMLOADER=loaderval; path=/"_s, u"loaderval"_s,
                     u"path=/"_s},
                Case{"CsrfCookie", u"Set-Cookie: BPMCSRF=csrfValue123; path=/; HttpOnly"_s,
                     u"csrfValue123"_s, u"HttpOnly"_s},
                Case{"CsrfHeader",
                     u"request headers: BPMCSRF: csrfValue456 ForceUseSession: true"_s,
                     u"csrfValue456"_s, u"ForceUseSession: true"_s},
                Case{"SessionIdCookie", u"BPMSESSIONID=sess0987; other=1"_s, u"sess0987"_s,
                     u"other=1"_s},
                Case{"UserNameCookie", u"Set-Cookie: UserName=83|117|112; path=/"_s,
                     u"83|117|112"_s, u"path=/"_s},
                Case{"UrlUserInfo", u"pg_dump postgresql://bpm:Sup3rPass@db.local:5432/bpm -Fc"_s,
                     u"Sup3rPass"_s, u"db.local:5432/bpm"_s},
                Case{"EnvironmentVariable", u"PGPASSWORD=envSecret pg_dump -h db"_s, u"envSecret"_s,
                     u"pg_dump -h db"_s},
                Case{"OptionWithSpace", u"bpmsoft-sandbox --password hunter22 --speed 5"_s,
                     u"hunter22"_s, u"--speed 5"_s},
                Case{"RacOption", u"rac infobase update --infobase-pwd=racPw1 --sessions-deny=on"_s,
                     u"racPw1"_s, u"--sessions-deny=on"_s},
                Case{"DesignerPassword",
                     u"1cv8 DESIGNER /S\"app1c\\trade\" /N\"Admin\" /P\"des1gner\" /DumpIB \"x.dt\""_s,
                     u"des1gner"_s, u"/DumpIB"_s}),
        [](const auto &p) { return std::string(p.param.name); });

TEST(Redactor, MasksRegisteredSecretValuesAnywhere)
{
    Redactor::clearSecrets();
    Redactor::addSecret(u"Tr0ub4dor&3"_s);
    const QString out = Redactor::redact(u"the server said: wrong value Tr0ub4dor&3 (len 11)"_s);
    EXPECT_FALSE(out.contains(u"Tr0ub4dor"_s));
    EXPECT_TRUE(out.contains(u"(len 11)"_s));
    // Percent-encoded, as in a URL query.
    EXPECT_FALSE(Redactor::redact(u"?p=Tr0ub4dor%263"_s).contains(u"Tr0ub4dor"_s));
    Redactor::clearSecrets();
    EXPECT_TRUE(Redactor::redact(u"Tr0ub4dor&3"_s).contains(u"Tr0ub4dor"_s));
}

TEST(Redactor, MasksJsonEscapedSecret)
{
    Redactor::clearSecrets();
    Redactor::addSecret(u"quote\"back\\slash"_s);
    const QString out = Redactor::redact(u"{\"note\":\"quote\\\"back\\\\slash\"}"_s);
    EXPECT_FALSE(out.contains(u"back"_s)) << out.toStdString();
    Redactor::clearSecrets();
}

TEST(Redactor, LeavesOrdinaryTextAlone)
{
    const QString text =
            u"Installed package SmrConnector 2.4.0 on https://crm.example.ru/0 in 612 s"_s;
    EXPECT_EQ(Redactor::redact(text), text);
}

TEST(Redactor, Utf8Overload)
{
    const std::string out = Redactor::redact(std::string_view("Пароль: Password=секрет;"));
    EXPECT_EQ(out.find("секрет"), std::string::npos);
    EXPECT_NE(out.find("Пароль"), std::string::npos);
}

} // namespace
