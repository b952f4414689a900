// SPDX-License-Identifier: MIT
#include "sla/policy.h"

#include "model/inputlimits.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {

constexpr int kPolicyVersion = 1;
constexpr qint64 kMaxFirstResponseMinutes = 30 * 24 * 60; // 30 days
constexpr qint64 kMaxHolidayRangeDays = 366;
constexpr std::array<const char*, 7> kDayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::abs(number) > 1e15)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString quoted(const QJsonValue& value)
{
    if (value.isString())
        return u"'"_s + value.toString() + u"'"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    return value.isArray() ? u"a list"_s : u"an object"_s;
}

// "HH:MM" -> minutes since midnight; "24:00" only when allow24.
std::optional<int> parseClock(QStringView text, bool allow24)
{
    if (text.size() != 5 || text.at(2) != u':')
        return std::nullopt;
    for (int i : {0, 1, 3, 4}) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return std::nullopt;
    }
    const int hours = text.mid(0, 2).toInt();
    const int minutes = text.mid(3, 2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && (!allow24 || minutes != 0)))
        return std::nullopt;
    return hours * 60 + minutes;
}

QTime timeFromMinutes(int minutes)
{
    return minutes >= 24 * 60 ? QTime(23, 59, 59, 999) : QTime(minutes / 60, minutes % 60);
}

std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != 4 && i != 7 && (text.at(i) < u'0' || text.at(i) > u'9'))
            return std::nullopt;
    }
    const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    return date.isValid() ? std::optional(date) : std::nullopt;
}

// Reads and checks one policy document; the first problem found is reported.
class PolicyReader
{
public:
    PolicyReader(const QString& source, QString* error) : m_source(source), m_error(error) {}

    bool fail(const QString& path, const QString& message)
    {
        if (m_error)
            *m_error = u"%1: %2: %3"_s.arg(m_source, path, message);
        return false;
    }

    bool readDates(const QJsonObject& object, const QString& key, const QString& path,
                   QSet<QDate>* dates)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(path, u"expected a list of dates (YYYY-MM-DD)"_s);
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemPath = u"%1[%2]"_s.arg(path).arg(i);
            const QString text = list.at(i).toString();
            const qsizetype dots = text.indexOf(u".."_s);
            const std::optional<QDate> first = parseDate(dots < 0 ? text : text.left(dots));
            const std::optional<QDate> last = dots < 0 ? first : parseDate(text.mid(dots + 2));
            if (!list.at(i).isString() || !first || !last) {
                return fail(itemPath, u"expected a date as YYYY-MM-DD or a range "
                                      u"YYYY-MM-DD..YYYY-MM-DD, got %1"_s.arg(quoted(list.at(i))));
            }
            if (*last < *first || first->daysTo(*last) >= kMaxHolidayRangeDays)
                return fail(itemPath, u"the range must run forwards and span at most %1 days"_s
                                          .arg(kMaxHolidayRangeDays));
            for (QDate day = *first; day <= *last; day = day.addDays(1))
                dates->insert(day);
        }
        return true;
    }

    bool readDayHours(const QJsonValue& value, const QString& path,
                      QList<BusinessCalendar::Interval>* intervals)
    {
        if (!value.isArray())
            return fail(path, u"expected a list of \"HH:MM-HH:MM\" working hours"_s);
        const QJsonArray list = value.toArray();
        QList<std::pair<int, int>> seen; // minutes
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemPath = u"%1[%2]"_s.arg(path).arg(i);
            const QString text = list.at(i).toString();
            std::optional<int> start;
            std::optional<int> end;
            if (list.at(i).isString() && text.size() == 11 && text.at(5) == u'-') {
                start = parseClock(QStringView(text).left(5), false);
                end = parseClock(QStringView(text).mid(6), true);
            }
            if (!start || !end || *start >= *end) {
                return fail(itemPath, u"expected HH:MM-HH:MM with start before end, got %1"_s
                                          .arg(quoted(list.at(i))));
            }
            for (const auto& [otherStart, otherEnd] : seen) {
                if (*start < otherEnd && otherStart < *end)
                    return fail(itemPath, u"%1 overlaps other working hours of the day"_s
                                              .arg(text));
            }
            seen.append({*start, *end});
            intervals->append({timeFromMinutes(*start), timeFromMinutes(*end)});
        }
        return true;
    }

    bool readOfficeCalendar(const QJsonObject& object, const QString& path,
                            BusinessCalendar* calendar)
    {
        const QJsonValue zoneValue = object.value("timezone"_L1);
        if (!zoneValue.isString() || zoneValue.toString().isEmpty())
            return fail(path + u".timezone"_s, u"expected an IANA time zone such as "
                                               u"'Asia/Shanghai'"_s);
        const QTimeZone zone(zoneValue.toString().toUtf8());
        if (!zone.isValid())
            return fail(path + u".timezone"_s,
                        u"unknown time zone '%1'"_s.arg(zoneValue.toString()));

        const QString hoursPath = path + u".hours"_s;
        const QJsonValue hoursValue = object.value("hours"_L1);
        if (!hoursValue.isObject())
            return fail(hoursPath, u"expected working hours per day, e.g. "
                                   u"{\"mon\": [\"09:00-17:30\"]}"_s);
        const QJsonObject hoursObject = hoursValue.toObject();
        BusinessCalendar::WeekHours hours;
        for (auto it = hoursObject.begin(); it != hoursObject.end(); ++it) {
            const auto day = std::find_if(kDayKeys.begin(), kDayKeys.end(), [&](const char* key) {
                return it.key() == QLatin1StringView(key);
            });
            if (day == kDayKeys.end())
                return fail(hoursPath + u'.' + it.key(),
                            u"unknown day (expected mon, tue, wed, thu, fri, sat or sun)"_s);
            const auto index = static_cast<std::size_t>(day - kDayKeys.begin());
            if (!readDayHours(it.value(), hoursPath + u'.' + it.key(), &hours.at(index)))
                return false;
        }
        if (std::all_of(hours.begin(), hours.end(), [](const auto& list) { return list.isEmpty(); }))
            return fail(hoursPath, u"an office calendar needs working hours on at least one day"_s);

        QSet<QDate> holidays;
        QSet<QDate> workdays;
        if (!readDates(object, u"holidays"_s, path + u".holidays"_s, &holidays)
            || !readDates(object, u"workdays"_s, path + u".workdays"_s, &workdays))
            return false;
        for (const QDate& day : std::as_const(workdays)) {
            if (holidays.contains(day))
                return fail(path + u".workdays"_s, u"%1 is also listed as a holiday"_s
                                                       .arg(day.toString(Qt::ISODate)));
        }
        *calendar = BusinessCalendar::office(zone, hours, holidays, workdays);
        return true;
    }

    bool readCalendars(const QJsonObject& root, QHash<QString, BusinessCalendar>* calendars)
    {
        const QJsonValue value = root.value("calendars"_L1);
        if (!value.isObject() || value.toObject().isEmpty())
            return fail(u"calendars"_s, u"expected at least one calendar, e.g. "
                                        u"{\"24x7\": {\"type\": \"always\"}}"_s);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = u"calendars."_s + it.key();
            if (it.key().isEmpty())
                return fail(path, u"a calendar needs a non-empty id"_s);
            if (!it.value().isObject())
                return fail(path, u"expected an object with a \"type\""_s);
            const QJsonObject calendar = it.value().toObject();
            const QJsonValue type = calendar.value("type"_L1);
            if (type == QJsonValue(u"always"_s)) {
                calendars->insert(it.key(), BusinessCalendar::always());
            } else if (type == QJsonValue(u"office"_s)) {
                BusinessCalendar office;
                if (!readOfficeCalendar(calendar, path, &office))
                    return false;
                calendars->insert(it.key(), office);
            } else {
                return fail(path + u".type"_s, u"unknown calendar type %1 (expected 'always' "
                                               u"or 'office')"_s.arg(quoted(type)));
            }
        }
        return true;
    }

    bool readName(const QJsonValue& value, const QString& path, LocalizedText* name)
    {
        const QString expected = u"expected {\"zh_CN\": \"…\", \"en\": \"…\"} with at least "
                                 u"one name"_s;
        if (!value.isObject())
            return fail(path, expected);
        const QJsonObject object = value.toObject();
        for (const auto& [key, target] : {std::pair{"zh_CN"_L1, &name->zhCN},
                                          std::pair{"en"_L1, &name->en}}) {
            const QJsonValue text = object.value(key);
            if (text.isUndefined())
                continue;
            if (!text.isString())
                return fail(path + u'.' + key, u"expected text"_s);
            *target = text.toString().trimmed();
        }
        if (name->zhCN.isEmpty() && name->en.isEmpty())
            return fail(path, expected);
        return true;
    }

    bool readTiers(const QJsonObject& root, const QHash<QString, BusinessCalendar>& calendars,
                   QList<Tier>* tiers)
    {
        const QJsonValue value = root.value("tiers"_L1);
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(u"tiers"_s, u"expected a non-empty list of tiers, highest priority "
                                    u"first"_s);
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = u"tiers[%1]"_s.arg(i);
            if (!list.at(i).isObject())
                return fail(path, u"expected an object"_s);
            const QJsonObject object = list.at(i).toObject();
            Tier tier;

            const QJsonValue id = object.value("id"_L1);
            tier.id = id.toString().trimmed();
            if (!id.isString() || tier.id.isEmpty())
                return fail(path + u".id"_s, u"expected a non-empty tier id"_s);
            const bool duplicate = std::any_of(tiers->cbegin(), tiers->cend(),
                                               [&](const Tier& other) { return other.id == tier.id; });
            if (duplicate)
                return fail(path + u".id"_s, u"duplicate tier id '%1'"_s.arg(tier.id));

            if (!readName(object.value("name"_L1), path + u".name"_s, &tier.name))
                return false;

            const QString minutesPath = path + u".first_response_minutes"_s;
            const std::optional<qint64> minutes = wholeNumber(object.value("first_response_minutes"_L1));
            if (!minutes || *minutes <= 0)
                return fail(minutesPath, u"must be a positive whole number"_s);
            if (*minutes > kMaxFirstResponseMinutes)
                return fail(minutesPath, u"must be at most %1 (30 days)"_s
                                             .arg(kMaxFirstResponseMinutes));
            tier.firstResponseMinutes = static_cast<int>(*minutes);

            const QJsonValue calendar = object.value("calendar"_L1);
            tier.calendarId = calendar.toString();
            if (!calendar.isString())
                return fail(path + u".calendar"_s, u"expected the id of a calendar"_s);
            if (!calendars.contains(tier.calendarId))
                return fail(path + u".calendar"_s, u"unknown calendar '%1'"_s.arg(tier.calendarId));
            tiers->append(tier);
        }
        return true;
    }

    bool readCategories(const QJsonObject& root, const QList<Tier>& tiers,
                        QHash<Category, QString>* categoryTier)
    {
        const QJsonValue value = root.value("categories"_L1);
        if (!value.isUndefined() && !value.isObject())
            return fail(u"categories"_s, u"expected an object mapping categories to tier ids"_s);
        const QJsonObject object = value.toObject();
        for (Category category : kAllCategories) {
            const QString key = categoryId(category);
            const QJsonValue tier = object.value(key);
            if (tier.isUndefined()) {
                categoryTier->insert(category, tiers.last().id); // the lowest tier
                continue;
            }
            const bool known = std::any_of(tiers.cbegin(), tiers.cend(), [&](const Tier& t) {
                return t.id == tier.toString();
            });
            if (!tier.isString() || !known)
                return fail(u"categories."_s + key, u"unknown tier %1"_s.arg(quoted(tier)));
            categoryTier->insert(category, tier.toString());
        }
        return true;
    }

    bool readPercent(const QJsonValue& value, const QString& path, int* percent)
    {
        const std::optional<qint64> number = wholeNumber(value);
        if (!number || *number < 1 || *number > 99)
            return fail(path, u"must be a whole number from 1 to 99, got %1"_s.arg(quoted(value)));
        *percent = static_cast<int>(*number);
        return true;
    }

    bool readWarnings(const QJsonObject& root, QList<int>* warnings)
    {
        const QJsonValue value = root.value("warnings"_L1);
        if (value.isUndefined()) {
            *warnings = {50, 75, 90};
            return true;
        }
        if (!value.isArray())
            return fail(u"warnings"_s, u"expected a list of percentages, e.g. [50, 75, 90]"_s);
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = u"warnings[%1]"_s.arg(i);
            int step = 0;
            if (!readPercent(list.at(i), path, &step))
                return false;
            if (!warnings->isEmpty() && step <= warnings->last())
                return fail(path, u"steps must be ascending (%1 comes after %2)"_s
                                      .arg(step)
                                      .arg(warnings->last()));
            warnings->append(step);
        }
        return true;
    }

private:
    QString m_source;
    QString* m_error;
};

} // namespace

QString LocalizedText::forLanguage(const QString& language) const
{
    const bool chinese = language == "zh"_L1 || language.startsWith("zh_"_L1)
                         || language.startsWith("zh-"_L1);
    const QString& preferred = chinese ? zhCN : en;
    return preferred.isEmpty() ? (chinese ? en : zhCN) : preferred;
}

QString LocalizedText::text() const
{
    return forLanguage(QLocale().name());
}

std::optional<SlaPolicy> SlaPolicy::fromJson(const QByteArray& json, const QString& sourceName,
                                             QString* error)
{
    PolicyReader reader(sourceName, error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"%1: invalid JSON at offset %2: %3"_s.arg(
                sourceName, QString::number(parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = u"%1: expected a JSON object at the top level"_s.arg(sourceName);
        return std::nullopt;
    }
    const QJsonObject root = document.object();

    const QJsonValue versionValue = root.value("version"_L1);
    const std::optional<qint64> version = wholeNumber(versionValue);
    if (versionValue.isUndefined()) {
        reader.fail(u"version"_s, u"missing (this RTCare reads policy version %1)"_s
                                      .arg(kPolicyVersion));
        return std::nullopt;
    }
    if (!version) {
        reader.fail(u"version"_s, u"must be a whole number, got %1"_s.arg(quoted(versionValue)));
        return std::nullopt;
    }
    if (*version != kPolicyVersion) {
        reader.fail(u"version"_s, u"this RTCare reads policy version %1, the file has %2"_s
                                      .arg(kPolicyVersion)
                                      .arg(*version));
        return std::nullopt;
    }

    SlaPolicy policy;
    if (!reader.readCalendars(root, &policy.m_calendars)
        || !reader.readTiers(root, policy.m_calendars, &policy.m_tiers)
        || !reader.readCategories(root, policy.m_tiers, &policy.m_categoryTier)
        || !reader.readWarnings(root, &policy.m_warnings))
        return std::nullopt;
    const QJsonValue atRisk = root.value("at_risk_percent"_L1);
    if (!atRisk.isUndefined()
        && !reader.readPercent(atRisk, u"at_risk_percent"_s, &policy.m_atRiskPercent))
        return std::nullopt;
    const QJsonValue zone = root.value("timezone"_L1);
    if (!zone.isUndefined()) {
        const QByteArray id = zone.toString().toUtf8();
        if (!zone.isString() || !QTimeZone::isTimeZoneIdAvailable(id)) {
            reader.fail(u"timezone"_s, u"expected an IANA time zone such as 'Asia/Shanghai', "
                                       u"got %1"_s.arg(quoted(zone)));
            return std::nullopt;
        }
        policy.m_timeZone = QTimeZone(id);
    }

    const QByteArray compact = QJsonDocument(root).toJson(QJsonDocument::Compact);
    policy.m_fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(compact, QCryptographicHash::Sha1).toHex().left(16));
    return policy;
}

std::optional<SlaPolicy> SlaPolicy::fromFile(const QString& path, QString* error)
{
    QString problem;
    const std::optional<QByteArray> bytes =
        limits::readFile(path, limits::kPolicyFileBytes, u"an SLA policy file"_s, &problem);
    if (!bytes) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return fromJson(*bytes, path, error);
}

const SlaPolicy& SlaPolicy::builtIn()
{
    static const SlaPolicy policy = [] {
        QString error;
        std::optional<SlaPolicy> loaded = fromFile(u":/rtcare/sla/default-policy.json"_s, &error);
        if (!loaded)
            qFatal("built-in SLA policy: %s", qUtf8Printable(error));
        return *std::move(loaded);
    }();
    return policy;
}

const Tier* SlaPolicy::tier(const QString& id) const
{
    for (const Tier& candidate : m_tiers) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

int SlaPolicy::tierRank(const QString& id) const
{
    for (qsizetype i = 0; i < m_tiers.size(); ++i) {
        if (m_tiers.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString SlaPolicy::topTier() const
{
    return m_tiers.isEmpty() ? QString() : m_tiers.first().id;
}

QString SlaPolicy::tierForCategory(Category category) const
{
    return m_categoryTier.value(category, m_tiers.isEmpty() ? QString() : m_tiers.last().id);
}

QString SlaPolicy::priorityFor(Category category, const Customer& customer) const
{
    if (customer.enterprise && customer.keyBusiness)
        return topTier();
    return tierForCategory(category);
}

const BusinessCalendar& SlaPolicy::calendarFor(const QString& tierId) const
{
    static const BusinessCalendar kAlways;
    const Tier* found = tier(tierId);
    if (!found)
        return kAlways;
    const auto it = m_calendars.constFind(found->calendarId);
    return it == m_calendars.cend() ? kAlways : *it;
}

QTimeZone SlaPolicy::teamTimeZone() const
{
    if (m_timeZone.isValid())
        return m_timeZone;
    for (const Tier& tier : m_tiers) {
        const BusinessCalendar& calendar = calendarFor(tier.id);
        if (!calendar.isAlways() && calendar.timeZone().isValid())
            return calendar.timeZone();
    }
    return QTimeZone::systemTimeZone();
}

QDateTime SlaPolicy::firstResponseDue(const QString& tierId, const QDateTime& createdUtc) const
{
    const Tier* found = tier(tierId);
    if (!found)
        return {};
    return calendarFor(tierId).addBusinessSeconds(createdUtc,
                                                  qint64(found->firstResponseMinutes) * 60);
}

QDateTime SlaPolicy::instantAtPercent(const QString& tierId, const QDateTime& createdUtc,
                                      int percent) const
{
    const Tier* found = tier(tierId);
    if (!found)
        return {};
    // Rounded up, so that elapsedPercent() at the returned instant is >= percent.
    const qint64 seconds = (qint64(found->firstResponseMinutes) * 60 * std::max(percent, 0) + 99)
                           / 100;
    return calendarFor(tierId).addBusinessSeconds(createdUtc, seconds);
}

double SlaPolicy::elapsedPercent(const QString& tierId, const QDateTime& createdUtc,
                                 const QDateTime& nowUtc) const
{
    const Tier* found = tier(tierId);
    if (!found || found->firstResponseMinutes <= 0)
        return 0;
    const qint64 elapsed = calendarFor(tierId).businessSecondsBetween(createdUtc, nowUtc);
    return double(elapsed) * 100.0 / (double(found->firstResponseMinutes) * 60.0);
}

} // namespace rtcare
