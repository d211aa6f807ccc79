#include "SandboxOneC.h"

#include "HttpExchange.h"
#include "OneCInfobase.h"
#include "SandboxHttpServer.h"
#include "util/Log.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

namespace {

const QByteArray Json = "application/json;odata=minimalmetadata;charset=utf-8";

QByteArray odataError(const QString &code, const QString &message)
{
    return QJsonDocument(
                   QJsonObject{{u"odata.error"_s,
                                QJsonObject{{u"code"_s, code},
                                            {u"message"_s, QJsonObject{{u"lang"_s, u"ru"_s},
                                                                       {u"value"_s, message}}}}}})
            .toJson(QJsonDocument::Compact);
}

/// `Field eq 'value' and Other eq guid'…'` -> pairs; nullopt when not of that form.
std::optional<QList<QPair<QString, QString>>> parseFilter(const QString &filter)
{
    QList<QPair<QString, QString>> out;
    if (filter.trimmed().isEmpty())
        return out;
    static const QRegularExpression splitter(u"\\s+and\\s+"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression term(
            u"^\\s*([\\w]+)\\s+eq\\s+(?:guid'([^']*)'|'((?:[^']|'')*)'|(true|false|-?\\d+))\\s*$"_s,
            QRegularExpression::UseUnicodePropertiesOption |
                    QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : filter.split(splitter)) {
        const auto m = term.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        QString value = m.captured(2);
        if (value.isEmpty())
            value = m.captured(3).replace(u"''"_s, u"'"_s);
        if (value.isEmpty())
            value = m.captured(4);
        out.append({m.captured(1), value});
    }
    return out;
}

} // namespace

SandboxOneC::SandboxOneC(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

SandboxOneC::~SandboxOneC()
{
    stop();
}

bool SandboxOneC::start(QString *error)
{
    if (m_server)
        return true;
    m_server = new SandboxHttpServer(
            [this](const std::shared_ptr<HttpExchange> &exchange) { handle(exchange); }, this);
    const quint16 port = m_server->listen(m_options.address, m_port ? m_port : m_options.port);
    if (port == 0) {
        if (error)
            *error = tr("The sandbox 1C cannot listen on %1:%2.")
                             .arg(m_options.address.toString())
                             .arg(m_options.port);
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_port = port;
    logInfo(u"sandbox 1C: serving %1 at %2"_s.arg(m_options.rootFolder, baseUrl().toString()));
    return true;
}

void SandboxOneC::stop()
{
    delete m_server;
    m_server = nullptr;
}

bool SandboxOneC::isRunning() const
{
    return m_server != nullptr;
}

QUrl SandboxOneC::baseUrl() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(m_options.address.toString());
    u.setPort(m_port);
    u.setPath(u"/"_s);
    return u;
}

QUrl SandboxOneC::odataUrl(const QString &publication) const
{
    QUrl u = baseUrl();
    u.setPath(u"/%1/odata/standard.odata"_s.arg(publication));
    return u;
}

void SandboxOneC::addPublication(const QString &publication, const QString &folder)
{
    m_publications.insert(publication, folder);
}

QString SandboxOneC::folderOf(const QString &publication) const
{
    if (m_publications.contains(publication))
        return m_publications.value(publication);
    if (publication.isEmpty() || publication.contains(u".."_s) || publication.contains(u'/') ||
        publication.contains(u'\\'))
        return {};
    return QDir(m_options.rootFolder).filePath(publication);
}

void SandboxOneC::handle(const std::shared_ptr<HttpExchange> &exchange)
{
    // /<publication>/odata/standard.odata/<resource>
    const QString path = exchange->path();
    static const QRegularExpression route(u"^/([^/]+)/odata/standard\\.odata/?(.*)$"_s);
    const auto m = route.match(path);
    if (!m.hasMatch()) {
        exchange->respond(404, "Not Found", "text/plain");
        return;
    }
    const QString publication = m.captured(1);
    const QString resource = m.captured(2);
    const QString folder = folderOf(publication);
    if (folder.isEmpty() || !OneCInfobase::exists(folder)) {
        exchange->respond(404, odataError(u"404"_s, u"Публикация не найдена"_s), Json);
        return;
    }
    const QString endpoint = u"onec/%1/%2"_s.arg(publication, resource);
    QList<Fault> faults;
    if (m_options.scenario)
        faults = m_options.scenario->match(endpoint, QString::fromLatin1(exchange->method()),
                                           SiteRole::Production);
    int delay = 0;
    for (const Fault &f : faults)
        if (f.kind == Fault::Kind::Delay)
            delay += f.ms;
    const auto serve = [this, exchange, folder, resource, faults]() {
        for (const Fault &f : faults) {
            switch (f.kind) {
            case Fault::Kind::Drop:
                exchange->drop();
                return;
            case Fault::Kind::Hang:
                return;
            case Fault::Kind::Http500:
                exchange->respond(500,
                                  odataError(u"-1"_s, u"Ошибка при выполнении запроса: внутренняя "
                                                      "ошибка сервера 1С:Предприятия"_s),
                                  Json);
                return;
            case Fault::Kind::Http503:
                exchange->respond(503, "Service Unavailable", "text/plain");
                return;
            default:
                break;
            }
        }
        OneCInfobase ib(folder);
        QString error;
        if (!ib.open(&error)) {
            exchange->respond(500, odataError(u"-1"_s, error), Json);
            return;
        }
        const QString agent = QString::fromUtf8(exchange->header("User-Agent"));
        const auto finish = [&](int status, const QByteArray &body, const QByteArray &type,
                                const HttpExchange::Headers &headers = {}) {
            ib.logExchange(QString::fromLatin1(exchange->method()), exchange->path(), status,
                           agent);
            exchange->respond(status, body, type, headers);
        };
        // Basic authentication against the infobase's users.
        const QByteArray auth = exchange->header("Authorization");
        bool authorised = false;
        if (auth.startsWith("Basic ")) {
            const QString pair = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed()));
            const qsizetype colon = pair.indexOf(u':');
            authorised = colon > 0 && ib.checkUser(pair.left(colon), pair.mid(colon + 1));
        }
        if (!authorised) {
            finish(401, "Unauthorized", "text/plain",
                   {{"WWW-Authenticate", "Basic realm=\"1C:Enterprise\""}});
            return;
        }
        const QUrlQuery query = exchange->query();
        if (resource.isEmpty()) {
            QJsonArray sets;
            for (const QString &s : ib.entitySets())
                sets.append(QJsonObject{{u"name"_s, s}, {u"url"_s, s}});
            finish(200, QJsonDocument(QJsonObject{{u"value"_s, sets}}).toJson(), Json);
            return;
        }
        if (resource == u"$metadata"_s) {
            QString xml =
                    u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<edmx:Edmx "
                    "xmlns:edmx=\"http://schemas.microsoft.com/ado/2007/06/edmx\" "
                    "Version=\"1.0\"><edmx:DataServices "
                    "xmlns:m=\"http://schemas.microsoft.com/ado/2007/08/dataservices/metadata\" "
                    "m:DataServiceVersion=\"3.0\"><Schema "
                    "xmlns=\"http://schemas.microsoft.com/ado/2009/11/edm\" "
                    "Namespace=\"StandardODATA\">"_s;
            QString container = u"<EntityContainer Name=\"InfoBase\" "
                                "m:IsDefaultEntityContainer=\"true\">"_s;
            for (const QString &s : ib.entitySets()) {
                xml += u"<EntityType Name=\"%1\"><Key><PropertyRef Name=\"Ref_Key\"/></Key>"_s.arg(
                        s);
                for (const QString &f : ib.fields(s))
                    xml += u"<Property Name=\"%1\" Type=\"%2\" Nullable=\"%3\"/>"_s.arg(
                            f,
                            f == u"Ref_Key"_s
                                    ? u"Edm.Guid"_s
                                    : (f == u"DeletionMark"_s ? u"Edm.Boolean"_s : u"Edm.String"_s),
                            f == u"Ref_Key"_s ? u"false"_s : u"true"_s);
                xml += u"</EntityType>"_s;
                container += u"<EntitySet Name=\"%1\" EntityType=\"StandardODATA.%1\"/>"_s.arg(s);
            }
            xml += container + u"</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>"_s;
            finish(200, xml.toUtf8(), "application/xml;charset=utf-8");
            return;
        }
        static const QRegularExpression keyed(u"^([\\w]+)\\(guid'([0-9a-fA-F-]{36})'\\)$"_s,
                                              QRegularExpression::UseUnicodePropertiesOption);
        QString set = resource;
        QList<QPair<QString, QString>> filters;
        bool single = false;
        if (const auto km = keyed.match(resource); km.hasMatch()) {
            set = km.captured(1);
            filters.append({u"Ref_Key"_s, km.captured(2).toLower()});
            single = true;
        }
        if (!ib.entitySets().contains(set)) {
            finish(404, odataError(u"6"_s, u"Не найден ресурс: %1"_s.arg(set)), Json);
            return;
        }
        const QString base = baseUrl().toString() + exchange->path().mid(1).section(u'/', 0, 2);
        if (exchange->method() == "POST" && !single) {
            const QJsonDocument doc = QJsonDocument::fromJson(exchange->body());
            if (!doc.isObject()) {
                finish(400, odataError(u"14"_s, u"Неверный формат тела запроса"_s), Json);
                return;
            }
            const auto record = ib.insert(set, doc.object(), &error);
            if (!record) {
                finish(500, odataError(u"-1"_s, error), Json);
                return;
            }
            QJsonObject out = *record;
            out.insert(u"odata.metadata"_s, base + u"/$metadata#"_s + set + u"/@Element"_s);
            finish(201, QJsonDocument(out).toJson(QJsonDocument::Compact), Json);
            return;
        }
        if (exchange->method() != "GET") {
            finish(405, odataError(u"-1"_s, u"Метод не поддерживается"_s), Json);
            return;
        }
        const auto parsed = parseFilter(query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded));
        if (!parsed) {
            finish(400, odataError(u"14"_s, u"Неверный $filter"_s), Json);
            return;
        }
        filters.append(*parsed);
        const int top = query.queryItemValue(u"$top"_s).toInt();
        const int skip = query.queryItemValue(u"$skip"_s).toInt();
        const auto rows = ib.read(set, filters, top, skip, &error);
        if (!rows) {
            finish(400, odataError(u"-1"_s, error), Json);
            return;
        }
        if (single) {
            if (rows->isEmpty()) {
                finish(404, odataError(u"6"_s, u"Объект не найден"_s), Json);
                return;
            }
            QJsonObject out = rows->first().toObject();
            out.insert(u"odata.metadata"_s, base + u"/$metadata#"_s + set + u"/@Element"_s);
            finish(200, QJsonDocument(out).toJson(QJsonDocument::Compact), Json);
            return;
        }
        const QJsonObject out{{u"odata.metadata"_s, base + u"/$metadata#"_s + set},
                              {u"value"_s, *rows}};
        finish(200, QJsonDocument(out).toJson(QJsonDocument::Compact), Json);
    };
    if (delay > 0)
        QTimer::singleShot(delay, this, serve);
    else
        serve();
}

} // namespace upgrade::sandbox
