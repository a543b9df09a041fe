// Every user-visible string must be translated in the shipped languages.
// Reads the .ts files of translations/ (refreshed by the update_translations
// target) rather than the built .qm: coreTests links allianceCore alone and
// has no :/i18n resource.
#include <catch2/catch.hpp>

#include "method/method.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

using namespace alliance;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    qint64 line = 0; ///< line in the .ts file, to find it quickly
    bool numerus = false;
    QString type;      ///< translation's type attribute: "", unfinished, obsolete, vanished
    QStringList forms; ///< the translation, or each numerus form
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                message = TsMessage();
                message.context = context;
                message.line = xml.lineNumber();
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source" && inMessage) {
                message.source = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == u"numerusform" && inMessage) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString tsPath(const char *language)
{
    return QStringLiteral(ALLIANCE_SOURCE_DIR "/translations/alliance-pilot_%1.ts").arg(QLatin1String(language));
}

bool isRetired(const TsMessage &m)
{
    // Strings no longer in the sources: kept by lupdate for reuse, never shown.
    return m.type == u"obsolete" || m.type == u"vanished";
}

// The %1, %L2... a text fills in: a translation that drops one shows a raw
// "%2" or loses a value. %n is left out: a singular form may spell the number.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9][0-9]?"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured().remove(QLatin1Char('L')));
    found.sort();
    found.removeDuplicates();
    return found;
}

// Messages still needing work, one line each, for the failure report.
QStringList untranslated(const TsFile &ts, const QString &path)
{
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (isRetired(m))
            continue;
        const bool empty = m.forms.isEmpty()
            || std::any_of(m.forms.begin(), m.forms.end(), [](const QString &f) { return f.isEmpty(); });
        QString why;
        if (m.type == u"unfinished")
            why = QStringLiteral("unfinished");
        else if (empty)
            why = QStringLiteral("empty");
        else if (std::any_of(m.forms.begin(), m.forms.end(),
                             [&](const QString &f) { return placeholders(f) != placeholders(m.source); }))
            why = QStringLiteral("placeholders differ from the source");
        if (!why.isEmpty()) {
            problems.append(
                QStringLiteral("%1:%2 [%3] \"%4\" (%5)").arg(path).arg(m.line).arg(m.context, m.source, why));
        }
    }
    return problems;
}

void addLabel(QSet<QString> &labels, const char *text)
{
    if (text && *text)
        labels.insert(QString::fromUtf8(text));
}

void addChoices(QSet<QString> &labels, const QList<method::Choice> &choices)
{
    for (const method::Choice &c : choices)
        addLabel(labels, c.label);
}

// Every distinct source text the method shows, as lupdate should find it.
QSet<QString> methodLabels()
{
    QSet<QString> labels;
    for (const auto &s : method::steps()) {
        addLabel(labels, s.name);
        addLabel(labels, s.purpose);
        for (const char *q : s.questions)
            addLabel(labels, q);
    }
    for (const auto &n : method::territoryNeeds()) {
        addLabel(labels, n.name);
        for (const char *q : n.questions)
            addLabel(labels, q);
    }
    for (const auto &q : method::maturityQuestions())
        addLabel(labels, q.text);
    for (const auto &o : method::objectives()) {
        addLabel(labels, o.name);
        addLabel(labels, o.covers);
    }
    for (const auto &c : method::categories()) {
        addLabel(labels, c.name);
        addLabel(labels, c.expectedResults);
    }
    for (const auto &m : method::models()) {
        addLabel(labels, m.name);
        addLabel(labels, m.definition);
        for (const char *e : m.examples)
            addLabel(labels, e);
    }
    for (const auto &f : method::catalystFunctions()) {
        addLabel(labels, f.name);
        for (const char *a : f.activities)
            addLabel(labels, a);
    }
    for (const auto &c : method::criteria()) {
        addLabel(labels, c.label);
        addLabel(labels, c.question);
    }
    for (const auto *list : {&method::maturityAxes(), &method::evaluationAngles(), &method::impacts(),
                             &method::organisationProfiles(), &method::organisationRoles(), &method::stepStatuses(),
                             &method::actionStatuses(), &method::contributionKinds(), &method::indicatorDirections(),
                             &method::reviewKinds(), &method::lessonKinds(), &method::needPriorities()})
        addChoices(labels, *list);
    return labels;
}

} // namespace

TEST_CASE("every message of the French and English translations is finished", "[translations]")
{
    for (const char *language : {"fr", "en"}) {
        const QString path = tsPath(language);
        const TsFile ts = readTs(path);
        REQUIRE(ts.error.isEmpty());
        CHECK(ts.language.startsWith(QLatin1String(language)));
        CHECK_FALSE(ts.messages.isEmpty());

        // One failure per message, so the report lists them all.
        INFO("refresh with the update_translations target, then translate in Qt Linguist");
        for (const QString &problem : untranslated(ts, QFileInfo(path).fileName()))
            FAIL_CHECK(problem.toStdString());
    }
}

TEST_CASE("the French translation covers every method label", "[translations]")
{
    const QString path = tsPath("fr");
    const TsFile ts = readTs(path);
    REQUIRE(ts.error.isEmpty());

    QHash<QString, const TsMessage *> method;
    for (const TsMessage &m : ts.messages) {
        if (m.context == u"Method" && !isRetired(m))
            method.insert(m.source, &m);
    }
    const QSet<QString> labels = methodLabels();
    CHECK(method.size() >= labels.size());

    // A label missing here was added to core/method without re-running lupdate.
    QStringList missing;
    for (const QString &label : labels) {
        const TsMessage *m = method.value(label);
        if (!m || m->type == u"unfinished" || m->forms.value(0).isEmpty())
            missing.append(label);
    }
    missing.sort();
    INFO("refresh with the update_translations target, then translate in Qt Linguist");
    for (const QString &label : missing)
        FAIL_CHECK("Method label missing or untranslated in " << QFileInfo(path).fileName().toStdString() << ": \""
                                                              << label.toStdString() << '"');
}
