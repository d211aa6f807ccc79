#include "CloudSupportRequests.h"

#include "util/Redactor.h"
#include "util/Translations.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

QLocale reportLocale()
{
    return Translations::currentLanguage() == u"ru"_s
                   ? QLocale(QLocale::Russian, QLocale::Russia)
                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QTimeZone zoneOf(const MaintenanceWindow &window)
{
    if (!window.timeZone.isEmpty()) {
        const QTimeZone zone(window.timeZone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

QString dayAndTime(const QDateTime &at)
{
    const QLocale locale = reportLocale();
    return u"%1, %2"_s.arg(locale.dayName(at.date().dayOfWeek(), QLocale::LongFormat),
                           at.toString(u"dd.MM.yyyy HH:mm"_s));
}

/// "  - SmrConnector 2.4.0 (installed: 2.3.1)" lines.
QString packageLines(const CloudSupportRequests::Input &input)
{
    QString lines;
    for (const PackageInfo &p : input.archive.packages) {
        QString installed;
        for (const InstalledPackage &i : input.installed)
            if (i.name.compare(p.name, Qt::CaseInsensitive) == 0)
                installed = i.version;
        lines += installed.isEmpty()
                         ? CloudSupportRequests::tr("  - %1, version %2\n").arg(p.name, p.version)
                         : CloudSupportRequests::tr("  - %1, version %2 (now installed: %3)\n")
                                   .arg(p.name, p.version, installed);
    }
    return lines;
}

QString archiveLine(const PackageArchive &archive)
{
    const QString name = QFileInfo(archive.path).fileName();
    if (archive.sha256.isEmpty())
        return CloudSupportRequests::tr("Package archive: %1\n").arg(name);
    return CloudSupportRequests::tr("Package archive: %1 (SHA-256 %2)\n").arg(name, archive.sha256);
}

QString quote(const QString &text)
{
    return CloudSupportRequests::tr("\"%1\"").arg(text);
}

QString contactLine(const QString &contact)
{
    return CloudSupportRequests::tr("Contact person: %1\n")
            .arg(contact.isEmpty() ? u"________________________________"_s : contact);
}

QString siteHost(const Profile &profile)
{
    const QUrl url(profile.production.siteUrl);
    return url.host().isEmpty() ? profile.production.siteUrl : url.host();
}

} // namespace

QStringList CloudSupportRequests::vendorSteps()
{
    return {
            tr("1. Create a copy of the production site's database; it is needed to deploy the "
               "test site."),
            tr("2. Create a test site in IIS."),
            tr("3. Install the updated product package on the test site."),
            tr("3.1. To install packages, go to [System designer] and choose [Installed "
               "applications]."),
            tr("3.2. On the [Installed applications] page click [Install from file] and give the "
               "archive provided."),
            tr("Note: updating the package takes about 10 minutes."),
            tr("4. Create a copy of the 1C system's database. It is needed to return to the "
               "working version in case of problems. We recommend using a connection to a test "
               "1C with a copy of the current database. Setting up the connection to 1C is "
               "described in detail in the article "
               "(https://samarasoft.com/docs/1c-connector/integration-setting-creatio/"
               "1%D1%81-connection-setting/)."),
            tr("5. Check that the test site works correctly:"),
            tr("5.1. Clear the mapping table SmrSyncHistory in the BPMSoft database."),
            tr("5.2. Run the integration; if the main and frequently used integrations run "
               "without errors, you may go on to update the product package on the production "
               "site."),
            tr("6. Create copies of the BPMSoft system's database and of the 1C system's "
               "database. They are needed to return to the working version in case of "
               "problems."),
            tr("7. Install the updated product package on the production version."),
            tr("8. Check that the production site works correctly:"),
            tr("8.1. Clear the mapping table SmrSyncHistory in the BPMSoft database."),
            tr("8.2. Run the integration; if the main and frequently used integrations run "
               "without errors, the update succeeded. If the integrations do not run correctly, "
               "the working version of the systems (BPMSoft, 1C) must be restored from the "
               "backup"),
    };
}

QString CloudSupportRequests::vendorCompileFirst()
{
    return tr("Before starting the update, go to the [Configuration] section and run, one after "
              "the other, [Generate source code for all items] and [Compile all]. If these "
              "actions end with errors, they must be fixed, and only then may the update "
              "procedure begin.");
}

QString CloudSupportRequests::vendorDeduplication()
{
    return tr("After updating the product, the user must check all the integration settings and "
              "set the flag [Use for deduplication] for each integration object; if the flag is "
              "not set, there will be duplicates in the system, because the way records are "
              "stored in the mapping table SmrSyncHistory has changed.");
}

QString CloudSupportRequests::vendorBusinessHours()
{
    return tr("We recommend updating the product outside business hours, because the site will "
              "be unavailable meanwhile.");
}

QString CloudSupportRequests::vendorCloudNote()
{
    return tr("if the system is cloud, a request must be written to LANIT support for a test "
              "environment with a current database of the production system. To update the 1C "
              "Connector for BPMSoft on the production system, write to LANIT support to agree "
              "the plan of the product package update according to the recommendations above.");
}

std::optional<std::pair<QDateTime, QDateTime>>
CloudSupportRequests::nextWindow(const MaintenanceWindow &window, const QDateTime &now)
{
    if (!window.enabled || !window.from.isValid() || !window.to.isValid())
        return std::nullopt;
    const QTimeZone zone = zoneOf(window);
    const QDate today = now.toTimeZone(zone).date();
    for (int offset = 0; offset <= 8; ++offset) {
        const QDate day = today.addDays(offset);
        if (!window.days.isEmpty() && !window.days.contains(day.dayOfWeek()))
            continue;
        const QDateTime start(day, window.from, zone);
        if (start < now)
            continue;
        const QDateTime end(window.to > window.from ? day : day.addDays(1), window.to, zone);
        return std::make_pair(start, end);
    }
    return std::nullopt;
}

QString CloudSupportRequests::windowText(const MaintenanceWindow &window, const QDateTime &now)
{
    if (!window.enabled)
        return tr("outside business hours, at a time agreed with you (the site is unavailable "
                  "during the update)");
    const QLocale locale = reportLocale();
    QString days;
    if (window.days.isEmpty() || window.days.size() == 7) {
        days = tr("every day");
    } else {
        QStringList names;
        for (int d : window.days)
            names << locale.dayName(d, QLocale::LongFormat);
        days = tr("on %1").arg(names.join(u", "_s));
    }
    const QString zone = window.timeZone.isEmpty() ? tr("the local time of the administrator's "
                                                        "computer")
                                                   : window.timeZone;
    QString text = window.to > window.from ? tr("%1, from %2 to %3 (%4)")
                                                     .arg(days, window.from.toString(u"HH:mm"_s),
                                                          window.to.toString(u"HH:mm"_s), zone)
                                           : tr("%1, from %2 to %3 of the next day (%4)")
                                                     .arg(days, window.from.toString(u"HH:mm"_s),
                                                          window.to.toString(u"HH:mm"_s), zone);
    if (const auto next = nextWindow(window, now))
        text += tr("; the nearest: %1 – %2").arg(dayAndTime(next->first), dayAndTime(next->second));
    return text;
}

SupportRequest CloudSupportRequests::testEnvironment(const Input &input)
{
    const Profile &profile = input.profile;
    SupportRequest r;
    r.id = u"test-environment"_s;
    r.fileName = u"request-1-test-environment.txt"_s;
    r.subject = tr("A test environment with a current copy of %1 for the upgrade of the 1C "
                   "Connector for BPMSoft")
                        .arg(siteHost(profile));
    const QStringList steps = vendorSteps();
    QString b;
    b += tr("Subject: %1\n\n").arg(r.subject);
    b += tr("Hello,\n\n");
    b += tr("Please provide a test environment with a current copy of the database of our "
            "production system %1, to check the upgrade of the \"1C Connector for BPMSoft\" "
            "package before we upgrade production.\n\n")
                 .arg(profile.production.siteUrl);
    b += archiveLine(input.archive);
    b += tr("Packages to install:\n");
    b += packageLines(input);
    b += u"\n"_s;
    b += tr("What we need in the test environment:\n");
    b += tr("  1. A copy of the production database as of the day the environment is made.\n");
    b += tr("  2. A separate test site on that copy, with the user %1 able to install packages "
            "([Install from file]) and to run the integration.\n")
                 .arg(profile.production.userName);
    b += tr("  3. In the copy, the connector must exchange data with a TEST 1C infobase, never "
            "with the production 1C (otherwise checking the integration would change the "
            "working 1C data); outgoing mail and scheduled jobs of the copy switched off.\n");
    b += tr("  4. Access to the integration logs and, if possible, a way to clear the mapping "
            "table SmrSyncHistory (or have it cleared by you on request).\n\n");
    b += tr("On the test environment we shall carry out steps 3 and 5 of the vendor's update "
            "recommendations:\n");
    // 3, 3.1, 3.2, the note on its duration, 5, 5.1, 5.2.
    for (int i : {2, 3, 4, 5, 7, 8, 9})
        b += u"  "_s + quote(steps.at(i)) + u"\n"_s;
    b += u"\n"_s;
    b += tr("The vendor's recommendation for cloud systems: %1\n\n").arg(quote(vendorCloudNote()));
    b += tr("We plan to upgrade production %1, so we need the test environment before then.\n\n")
                 .arg(windowText(profile.maintenanceWindow, input.now));
    b += contactLine(input.contact);
    b += tr("\nThank you.\n");
    r.body = b;
    return r;
}

SupportRequest CloudSupportRequests::productionPlan(const Input &input)
{
    const Profile &profile = input.profile;
    SupportRequest r;
    r.id = u"production-plan"_s;
    r.fileName = u"request-2-production-plan.txt"_s;
    r.subject = tr("Agreement of the plan to upgrade the 1C Connector for BPMSoft on %1")
                        .arg(siteHost(profile));
    QString b;
    b += tr("Subject: %1\n\n").arg(r.subject);
    b += tr("Hello,\n\n");
    b += tr("Please agree the plan to upgrade the \"1C Connector for BPMSoft\" package on our "
            "production system %1, following the vendor's update recommendations quoted "
            "below.\n\n")
                 .arg(profile.production.siteUrl);
    b += archiveLine(input.archive);
    b += tr("Packages to install:\n");
    b += packageLines(input);
    b += u"\n"_s;
    b += tr("The vendor's recommendation for cloud systems: %1\n\n").arg(quote(vendorCloudNote()));
    b += tr("Planned window: %1.\n").arg(windowText(profile.maintenanceWindow, input.now));
    b += tr("The vendor: %1\n\n").arg(quote(vendorBusinessHours()));
    b += tr("Before the upgrade: %1\n\n").arg(quote(vendorCompileFirst()));
    b += tr("The vendor's procedure (steps 1–5 on the test environment we asked for separately, "
            "steps 6–8 on production):\n");
    for (const QString &step : vendorSteps())
        b += u"  "_s + quote(step) + u"\n"_s;
    b += u"\n"_s;
    b += tr("After the upgrade: %1\n\n").arg(quote(vendorDeduplication()));
    b += tr("Please confirm:\n");
    b += tr("  1. The window above, or offer another one outside business hours.\n");
    b += tr("  2. That copies of the BPMSoft database and of the 1C database are made right "
            "before the package is installed (step 6), and how long restoring them takes.\n");
    b += tr("  3. Who installs the package ([Install from file]) and who runs the integration "
            "check afterwards (step 8), and how we reach each other during the window.\n");
    b += tr("  4. That if the integrations do not run correctly after the upgrade, BPMSoft and "
            "1C are restored from the copies of step 6 within the same window.\n\n");
    b += contactLine(input.contact);
    b += tr("\nThank you.\n");
    r.body = b;
    return r;
}

QList<SupportRequest> CloudSupportRequests::generate(const Input &input)
{
    QList<SupportRequest> requests = {testEnvironment(input), productionPlan(input)};
    for (SupportRequest &r : requests) // none is ever read; masked all the same
        r.body = Redactor::redact(r.body);
    return requests;
}

} // namespace upgrade
