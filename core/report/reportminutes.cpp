// A meeting's minutes, and the meetings in the full report's pilot section.
#include "report/reportminutes.h"

#include "evaluation/meetings.h"
#include "model/shorttext.h"
#include "report/reportbuilder.h"
#include "report/reportwriting.h"

namespace alliance::report {

namespace {

template<typename T> const T *findItem(const QList<T> &items, const QUuid &id)
{
    for (const T &x : items)
        if (x.id == id)
            return &x;
    return nullptr;
}

/// "Comité de pilotage annuel", or "Steering committee" when it has no title.
QString meetingName(const Meeting &m)
{
    const QString title = m.title.trimmed();
    return title.isEmpty() ? choiceLabel(method::meetingKinds(), m.kind) : shortName(title);
}

/// "2026-10-20, Comité de pilotage annuel": how a meeting is named on the command line.
QString meetingKey(const Meeting &m)
{
    return Writing::tr("%1, %2").arg(m.date.isValid() ? m.date.toString(Qt::ISODate) : Writing::dash(), meetingName(m));
}

QString statusOf(const Decision &d)
{
    return d.status.isEmpty() ? Writing::dash() : choiceLabel(method::decisionStatuses(), d.status);
}

/// The action a decision became, by its status ("Planned"), with its title
/// when it was renamed since ("Second site (Planned)"); "–" when none.
QString actionOf(const Project &p, const Decision &d)
{
    const Action *a = evaluation::actionOf(p, d);
    if (!a)
        return Writing::dash();
    const QString status = a->status.isEmpty() ? QString() : choiceLabel(method::actionStatuses(), a->status);
    if (a->title.trimmed() == d.text.trimmed() && !status.isEmpty())
        return status;
    return status.isEmpty() ? shortName(a->title) : Writing::tr("%1 (%2)").arg(shortName(a->title), status);
}

QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    return lines;
}

Table meetingTable(const Writing &w, const QList<const Meeting *> &meetings)
{
    Table t {{Writing::tr("Date"), Writing::tr("Kind"), Writing::tr("Title"),
              Writing::tr("Attendees", "column: how many people attend a meeting")},
             {},
             {3}};
    for (const Meeting *m : meetings)
        t.rows.append({w.shortDate(m->date), choiceLabel(method::meetingKinds(), m->kind),
                       m->title.trimmed().isEmpty() ? Writing::dash() : shortName(m->title),
                       QString::number(evaluation::attendeesOf(w.project(), m->id).size())});
    return t;
}

} // namespace

const Meeting *findMeeting(const Project &project, const QString &key, QString *why)
{
    const QString wanted = key.trimmed();
    const QDate date = QDate::fromString(wanted, Qt::ISODate);
    QList<const Meeting *> found;
    for (const Meeting &m : project.meetings) {
        const bool match
            = date.isValid() ? m.date == date : m.title.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
        if (match)
            found.append(&m);
    }
    if (found.size() == 1)
        return found.first();
    if (why) {
        // Name the meetings to choose from: those that match, or all of them.
        QStringList names;
        for (const Meeting &m : project.meetings)
            if (found.isEmpty() || found.contains(&m))
                names.append(meetingKey(m));
        if (project.meetings.isEmpty())
            *why = Writing::tr("The project holds no meeting.");
        else if (found.isEmpty())
            *why = Writing::tr("No meeting is dated or titled “%1”. The meetings are: %2.")
                       .arg(shortName(wanted), names.join(QStringLiteral("; ")));
        else
            *why = Writing::tr("Several meetings match “%1”: %2.")
                       .arg(shortName(wanted), names.join(QStringLiteral("; ")));
    }
    return nullptr;
}

std::optional<Report> buildMinutes(const Project &project, const QUuid &meeting, const Options &options)
{
    const Project shown = reportedProject(project, options);
    const Meeting *m = findItem(shown.meetings, meeting);
    if (!m)
        return std::nullopt;
    const Writing w(shown, options.language, options.date);
    Report r;
    r.language = options.language;
    r.coverAndContents = false;
    r.cover.title = shown.partnership.title; // the running header
    r.footerDate = w.date(options.date);
    r.pageOf = Writing::tr("Page %1 of %2");

    Section s;
    s.id = QStringLiteral("minutes");
    //: The heading of a meeting's printed minutes, e.g. "Minutes: Annual steering committee"
    s.title = Writing::tr("Minutes: %1").arg(meetingName(*m));
    QList<Block> &b = s.blocks;
    b.append(Block::field(Writing::tr("Date"), w.date(m->date)));
    b.append(Block::field(Writing::tr("Kind"),
                          m->kind.isEmpty() ? Writing::dash() : choiceLabel(method::meetingKinds(), m->kind)));
    if (const Review *review = findItem(shown.reviews, m->reviewId))
        b.append(Block::field(Writing::tr("Review discussed"), shortName(review->title)));
    b.append(Block::field(Writing::tr("Partnership"), shortName(shown.partnership.title)));

    b.append(Block::subheading(Writing::tr("Attendees")));
    Table attendees {{Writing::tr("Name"), Writing::tr("Organisation"), Writing::tr("Note")}, {}, {}};
    for (const Contact *c : evaluation::attendeesOf(shown, m->id)) {
        QString note;
        for (const MeetingAttendee &a : shown.meetingAttendees)
            if (a.meetingId == m->id && a.contactId == c->id)
                note = a.note.trimmed();
        const QString name = c->function.trimmed().isEmpty()
            ? shortName(c->name)
            : Writing::tr("%1, %2").arg(shortName(c->name), shortName(c->function.trimmed()));
        attendees.rows.append({name, w.organisation(c->organisationId), note.isEmpty() ? Writing::dash() : note});
    }
    b.append(attendees.rows.isEmpty() ? Block::empty(Writing::tr("No attendee was recorded."))
                                      : Block::tableOf(attendees));

    b.append(Block::subheading(Writing::tr("Agenda")));
    const QStringList agenda = linesOf(m->agenda);
    b.append(agenda.isEmpty() ? Block::empty(Writing::tr("No agenda was written.")) : Block::bullets(agenda));

    b.append(Block::subheading(Writing::tr("Decisions")));
    Table decisions {{Writing::tr("Decision"), Writing::tr("Owner"), Writing::tr("Due"), Writing::tr("Status"),
                      Writing::tr("Action")},
                     {},
                     {}};
    for (const Decision *d : evaluation::decisionsOf(shown, m->id))
        decisions.rows.append({d->text.trimmed().isEmpty() ? Writing::dash() : d->text.trimmed(),
                               d->ownerId.isNull() ? Writing::dash() : w.organisation(d->ownerId),
                               w.shortDate(d->dueDate), statusOf(*d), actionOf(shown, *d)});
    b.append(decisions.rows.isEmpty() ? Block::empty(Writing::tr("No decision was recorded."))
                                      : Block::tableOf(decisions));

    b.append(Block::subheading(Writing::tr("Minutes")));
    const QStringList minutes = linesOf(m->minutes);
    if (minutes.isEmpty())
        b.append(Block::empty(Writing::tr("The minutes have not been written yet.")));
    for (const QString &paragraph : minutes)
        b.append(Block::paragraph(paragraph));

    if (m->date.isValid())
        if (const Meeting *next = evaluation::nextMeeting(shown, m->date.addDays(1)))
            b.append(Block::field(Writing::tr("Next meeting"),
                                  Writing::tr("%1, %2").arg(w.date(next->date), meetingName(*next))));
    r.sections.append(s);
    return r;
}

void meetingsBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    blocks.append(Block::subheading(Writing::tr("Committees and meetings")));
    if (p.meetings.isEmpty()) {
        blocks.append(Block::empty(Writing::tr("No meeting has been recorded.")));
        return;
    }
    QList<const Meeting *> held, toCome;
    for (const Meeting &m : p.meetings)
        (m.date.isValid() && m.date < w.today() ? held : toCome).append(&m);
    blocks.append(Block::minorheading(Writing::tr("Meetings held")));
    blocks.append(held.isEmpty() ? Block::empty(Writing::tr("No meeting has been held yet."))
                                 : Block::tableOf(meetingTable(w, held)));
    blocks.append(Block::minorheading(Writing::tr("Meetings to come")));
    blocks.append(toCome.isEmpty() ? Block::empty(Writing::tr("No meeting is planned."))
                                   : Block::tableOf(meetingTable(w, toCome)));

    Table decisions {{Writing::tr("Meeting"), Writing::tr("Decision"), Writing::tr("Owner"), Writing::tr("Due"),
                      Writing::tr("Status")},
                     {},
                     {}};
    for (const Meeting &m : p.meetings)
        for (const Decision *d : evaluation::decisionsOf(p, m.id)) {
            const Action *a = evaluation::actionOf(p, *d);
            const QString status = a
                ? Writing::tr("%1; action: %2").arg(statusOf(*d), choiceLabel(method::actionStatuses(), a->status))
                : statusOf(*d);
            decisions.rows.append(
                {w.shortDate(m.date), d->text.trimmed().isEmpty() ? Writing::dash() : d->text.trimmed(),
                 d->ownerId.isNull() ? Writing::dash() : w.organisation(d->ownerId), w.shortDate(d->dueDate), status});
        }
    blocks.append(Block::minorheading(Writing::tr("Decisions of the meetings")));
    blocks.append(decisions.rows.isEmpty() ? Block::empty(Writing::tr("No decision has been recorded."))
                                           : Block::tableOf(decisions));
}

} // namespace alliance::report
