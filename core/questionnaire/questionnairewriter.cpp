#include "questionnaire/questionnairewriter.h"

#include "document/document.h"
#include "exports/cellsafety.h"
#include "exports/outputpath.h"
#include "exports/xlsxexport.h"
#include "method/method.h"
#include "model/language.h"
#include "model/project.h"
#include "questionnaire/binding.h"
#include "questionnaire/prefilledanswers.h"
#include "questionnaire/questionnaireinstructions.h"
#include "questionnaire/veryhidden.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <xlsxwriter.h>

namespace alliance::questionnaire {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString libraryError(lxw_error code)
{
    return QCoreApplication::translate("Questionnaire", "The questionnaire could not be written: %1")
        .arg(QString::fromUtf8(lxw_strerror(code)));
}

/// Text from the project as a cell shows it: no control characters, no more
/// than a cell holds. Written with worksheet_write_string, it is never a formula.
QByteArray safeText(const QString &text)
{
    QString shown = exports::cellText(text);
    if (shown.size() > exports::maxCellText) {
        shown.truncate(exports::maxCellText - 1);
        if (shown.back().isHighSurrogate())
            shown.chop(1);
        shown += QChar(0x2026);
    }
    return shown.toUtf8();
}

/// Lines a wrapped text takes in a column `width` characters wide.
int linesOf(const QString &text, int width)
{
    int lines = 0;
    for (const auto &line : QStringView(text).split(QLatin1Char('\n')))
        lines += qMax(1, int((line.size() + width - 1) / width));
    return qMax(1, lines);
}

/// A drop-down list written in the rule itself ("a,b,c"), which Excel
/// limits to 255 characters and which cannot hold a comma or a quote.
bool fitsInlineList(const QList<Choice> &choices)
{
    int length = 0;
    for (const auto &c : choices) {
        if (c.label.contains(QLatin1Char(',')) || c.label.contains(QLatin1Char('"')))
            return false;
        length += int(c.label.toUtf8().size()) + 1;
    }
    return length <= 255;
}

constexpr int numberWidth = 5;
constexpr int questionWidth = 70;
constexpr int answerWidth = 22;
constexpr int wordsWidth = 45;
constexpr double lineHeight = 15;

class QuestionnaireBook
{
public:
    QuestionnaireBook(const Project &project, const WriteOptions &options) : m_project(project), m_options(options) { }
    ~QuestionnaireBook()
    {
        if (m_book)
            workbook_close(m_book);
    }

    /// Everything is known and checked before a file is made.
    bool prepare(QString *error)
    {
        const Organisation *o = m_project.organisation(m_options.organisation);
        if (!o)
            return fail(error,
                        QCoreApplication::translate("Questionnaire",
                                                    "The organisation is not a partner of "
                                                    "this partnership."));
        m_organisation = o;
        if (m_options.kind == Kind::Review) {
            for (const auto &r : m_project.reviews)
                if (r.id == m_options.review)
                    m_review = &r;
            if (!m_review)
                return fail(error,
                            QCoreApplication::translate("Questionnaire", "Choose a review of this partnership."));
        }
        if (m_options.anonymous) {
            if (m_options.kind != Kind::Review)
                return fail(
                    error,
                    QCoreApplication::translate("Questionnaire", "Only a review’s questionnaire can be anonymous."));
            if (!method::findChoice(method::organisationProfiles(), o->profile))
                return fail(error,
                            QCoreApplication::translate("Questionnaire",
                                                        "“%1” has no kind of organisation: an anonymous "
                                                        "questionnaire is bound to that kind. Choose it "
                                                        "first.")
                                .arg(o->name));
        }
        m_questions = m_options.anonymous ? anonymousReviewQuestions(m_project)
                                          : questionsFor(m_project, m_options.kind, o->id);
        if (m_questions.isEmpty())
            return fail(error,
                        QCoreApplication::translate("Questionnaire",
                                                    "This questionnaire has no question "
                                                    "for “%1”.")
                            .arg(o->name));
        if (m_questions.size() > layout::maxQuestions)
            return fail(error,
                        QCoreApplication::translate("Questionnaire",
                                                    "This questionnaire has %1 questions, more than a "
                                                    "workbook may carry (%2).")
                            .arg(m_questions.size())
                            .arg(layout::maxQuestions));
        if (!m_options.anonymous)
            m_prefilled = prefilledAnswers(m_project, m_options.kind, o->id, m_options.review, m_questions);
        return true;
    }

    bool write(const QString &path, QString *error)
    {
        const QByteArray name = QFile::encodeName(path);
        m_book = workbook_new(name.constData());
        if (!m_book)
            return fail(error, QCoreApplication::translate("Questionnaire", "“%1” could not be written.").arg(path));
        makeFormats();
        const QByteArray title
            = safeText(m_project.partnership.title + QStringLiteral(" — ") + kindName(m_options.kind));
        lxw_doc_properties properties {};
        properties.title = const_cast<char *>(title.constData()); // only read
        workbook_set_properties(m_book, &properties);

        m_binding.partnership = m_project.partnership.id;
        m_binding.kind = m_options.kind;
        m_binding.review = m_review ? m_review->id : QUuid();
        m_binding.anonymous = m_options.anonymous;
        m_binding.organisation = m_options.anonymous ? QUuid() : m_organisation->id;
        m_binding.organisationKind = m_options.anonymous ? m_organisation->profile : QString();
        m_binding.language = writingLanguageCode();
        m_binding.workbook = QUuid::createUuid();
        m_binding.answersSheet = QCoreApplication::translate("Questionnaire", "Answers");
        m_binding.created = QDateTime::currentDateTimeUtc();

        if (lxw_error e = writeInstructions(); e != LXW_NO_ERROR)
            return fail(error, libraryError(e));
        if (lxw_error e = writeAnswers(); e != LXW_NO_ERROR)
            return fail(error, libraryError(e));
        if (lxw_error e = writeBinding(); e != LXW_NO_ERROR)
            return fail(error, libraryError(e));
        const lxw_error closed = workbook_close(m_book);
        m_book = nullptr;
        if (closed != LXW_NO_ERROR)
            return fail(error, libraryError(closed));
        // libxlsxwriter only hides a sheet: the binding is made very hidden
        // (no "Unhide" menu shows it) in the written archive.
        return makeVeryHidden(path, QString::fromLatin1(layout::bindingSheet), error);
    }

    Written written() const { return {int(m_questions.size()), int(m_prefilled.size())}; }

private:
    static QString writingLanguageCode()
    {
        return writingLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    }

    QString respondent() const
    {
        return m_options.anonymous ? method::choiceLabel(method::organisationProfiles(), m_organisation->profile)
                                   : m_organisation->name;
    }

    void makeFormats()
    {
        m_title = workbook_add_format(m_book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_subtitle = workbook_add_format(m_book);
        format_set_font_size(m_subtitle, 11);
        format_set_italic(m_subtitle);
        m_paragraph = workbook_add_format(m_book);
        format_set_text_wrap(m_paragraph);
        format_set_align(m_paragraph, LXW_ALIGN_VERTICAL_TOP);
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xE8EEF4);
        m_section = workbook_add_format(m_book);
        format_set_bold(m_section);
        format_set_bg_color(m_section, 0xF2F2F2);
        format_set_top(m_section, LXW_BORDER_THIN);
        m_number = workbook_add_format(m_book);
        format_set_align(m_number, LXW_ALIGN_VERTICAL_TOP);
        format_set_align(m_number, LXW_ALIGN_CENTER);
        m_question = workbook_add_format(m_book);
        format_set_text_wrap(m_question);
        format_set_align(m_question, LXW_ALIGN_VERTICAL_TOP);
        m_answer = workbook_add_format(m_book);
        format_set_unlocked(m_answer);
        format_set_bg_color(m_answer, 0xFFF8DC);
        format_set_border(m_answer, LXW_BORDER_THIN);
        format_set_align(m_answer, LXW_ALIGN_VERTICAL_TOP);
        format_set_align(m_answer, LXW_ALIGN_CENTER);
        m_words = workbook_add_format(m_book);
        format_set_unlocked(m_words);
        format_set_text_wrap(m_words);
        format_set_bg_color(m_words, 0xFFF8DC);
        format_set_border(m_words, LXW_BORDER_THIN);
        format_set_align(m_words, LXW_ALIGN_VERTICAL_TOP);
        m_total = workbook_add_format(m_book);
        format_set_bold(m_total);
        format_set_align(m_total, LXW_ALIGN_CENTER);
        format_set_top(m_total, LXW_BORDER_DOUBLE);
        m_closed = workbook_add_format(m_book);
        format_set_bg_color(m_closed, 0xEDEDED);
    }

    /// Locked cells stay as they are; answer cells stay open. No password:
    /// the protection keeps a partner from changing a question by mistake,
    /// it is not what guards the answers (the binding's seal does), and a
    /// password the partner cannot know would only stop them widening a
    /// column or fixing the layout to read better.
    static void protect(lxw_worksheet *ws)
    {
        lxw_protection protection {};
        protection.format_columns = 1;
        protection.format_rows = 1;
        worksheet_protect(ws, nullptr, &protection);
    }

    lxw_error writeInstructions()
    {
        const QByteArray name = QCoreApplication::translate("Questionnaire", "Instructions").toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(m_book, name.constData());
        if (!ws)
            return LXW_ERROR_SHEETNAME_ALREADY_USED;
        worksheet_set_column(ws, 0, 0, 80, nullptr); // a printed page wide
        worksheet_gridlines(ws, LXW_HIDE_ALL_GRIDLINES);
        worksheet_fit_to_pages(ws, 1, 0);
        InstructionsFor what;
        what.kind = m_options.kind;
        what.partnership = m_project.partnership.title;
        what.respondent = respondent();
        what.anonymous = m_options.anonymous;
        what.review = m_review ? m_review->title : QString();
        what.answersSheet = m_binding.answersSheet;
        const QStringList paragraphs = instructionParagraphs(what);
        for (int i = 0; i < paragraphs.size(); ++i) {
            const QString &p = paragraphs.at(i);
            if (p.isEmpty())
                continue;
            lxw_format *format = i == 0 ? m_title : i == 4 ? m_bold : m_paragraph;
            if (format == m_paragraph)
                worksheet_set_row(ws, lxw_row_t(i), lineHeight * linesOf(p, 75), nullptr);
            const QByteArray text = safeText(p);
            if (lxw_error e = worksheet_write_string(ws, lxw_row_t(i), 0, text.constData(), format); e != LXW_NO_ERROR)
                return e;
        }
        protect(ws);
        worksheet_activate(ws);
        return LXW_NO_ERROR;
    }

    lxw_error writeAnswers()
    {
        const QByteArray name = safeText(m_binding.answersSheet);
        lxw_worksheet *ws = workbook_add_worksheet(m_book, name.constData());
        if (!ws)
            return LXW_ERROR_SHEETNAME_ALREADY_USED;
        worksheet_set_column(ws, 0, 0, numberWidth, nullptr);
        worksheet_set_column(ws, 1, 1, questionWidth, nullptr);
        worksheet_set_column(ws, 2, 2, answerWidth, nullptr);
        worksheet_set_column(ws, 3, 3, wordsWidth, nullptr);

        const QString what = m_review
            ? QCoreApplication::translate("Questionnaire", "%1 “%2”").arg(kindName(m_options.kind), m_review->title)
            : kindName(m_options.kind);
        const QString subtitle = m_options.anonymous
            ? QCoreApplication::translate("Questionnaire", "%1 — anonymous, organisation of the kind “%2”")
                  .arg(what, respondent())
            : QCoreApplication::translate("Questionnaire", "%1 — %2").arg(what, respondent());
        lxw_error e = writeText(ws, 0, 0, m_project.partnership.title, m_title);
        if (e == LXW_NO_ERROR)
            e = writeText(ws, 1, 0, subtitle, m_subtitle);
        QStringList headers {QCoreApplication::translate("Questionnaire", "No."),
                             QCoreApplication::translate("Questionnaire", "Question"),
                             m_options.kind == Kind::Weights
                                 ? QCoreApplication::translate("Questionnaire", "Weight (0 to 100)")
                                 : QCoreApplication::translate("Questionnaire", "Answer")};
        m_hasWords = std::any_of(m_questions.cbegin(), m_questions.cend(), [](const Question &q) { return q.words; });
        if (m_hasWords)
            headers << QCoreApplication::translate("Questionnaire", "Comments");
        for (int c = 0; c < headers.size() && e == LXW_NO_ERROR; ++c)
            e = writeText(ws, 3, lxw_col_t(c), headers.at(c), m_header);
        if (e != LXW_NO_ERROR)
            return e;
        worksheet_freeze_panes(ws, 4, 0);
        // Printed for a meeting: the four columns across the page, the header on each page.
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_repeat_rows(ws, 3, 3);

        lxw_row_t row = 4;
        QString section;
        int number = 0;
        for (const auto &q : m_questions) {
            if (!q.section.isEmpty() && q.section != section) {
                section = q.section;
                const QByteArray heading = safeText(section);
                if ((e = worksheet_merge_range(ws, row, 0, row, 3, heading.constData(), m_section)) != LXW_NO_ERROR)
                    return e;
                ++row;
            }
            if ((e = writeQuestion(ws, row, ++number, q)) != LXW_NO_ERROR)
                return e;
            m_binding.questions.append({q.key, int(row) + 1, q.answer, q.words});
            ++row;
        }
        if (m_options.kind == Kind::Weights && (e = writeWeightsTotal(ws, row)) != LXW_NO_ERROR)
            return e;
        protect(ws);
        return LXW_NO_ERROR;
    }

    /// The sum of the weights as the partner types them, so that they see
    /// it reach 100. Our own formula in a locked cell, outside the binding:
    /// the import never reads it.
    lxw_error writeWeightsTotal(lxw_worksheet *ws, lxw_row_t row)
    {
        const int first = m_binding.questions.first().row;
        const int last = m_binding.questions.last().row;
        const QByteArray sum = QStringLiteral("=SUM(C%1:C%2)").arg(first).arg(last).toLatin1();
        lxw_error e
            = writeText(ws, row, 1, QCoreApplication::translate("Questionnaire", "Total (100 expected)"), m_bold);
        // With its value now: a spreadsheet that does not recompute on opening
        // (LibreOffice's default) shows the right total until an edit.
        double known = 0;
        for (const auto &q : m_questions)
            known += m_prefilled.value(q.key).value.toInt();
        return e == LXW_NO_ERROR
            ? worksheet_write_formula_num(ws, row, layout::answerColumn, sum.constData(), m_total, known)
            : e;
    }

    lxw_error writeQuestion(lxw_worksheet *ws, lxw_row_t row, int number, const Question &q)
    {
        QString shown = q.label;
        if (!q.text.isEmpty() && q.text != q.label)
            shown += QLatin1Char('\n') + q.text;
        const Prefilled known = m_prefilled.value(q.key);
        const int lines = qMax(linesOf(shown, questionWidth), q.words ? linesOf(known.words, wordsWidth) : 1);
        worksheet_set_row(ws, row, lineHeight * qMin(lines + (q.words ? 1 : 0), 25), nullptr);
        lxw_error e = worksheet_write_number(ws, row, 0, number, m_number);
        if (e == LXW_NO_ERROR)
            e = writeText(ws, row, 1, shown, m_question);
        if (e == LXW_NO_ERROR)
            e = writeAnswerCell(ws, row, q, known.value);
        if (e == LXW_NO_ERROR) {
            if (q.words)
                e = known.words.isEmpty() ? worksheet_write_blank(ws, row, layout::wordsColumn, m_words)
                                          : writeText(ws, row, layout::wordsColumn, known.words, m_words);
            else if (m_hasWords)
                e = worksheet_write_blank(ws, row, layout::wordsColumn, m_closed);
        }
        return e;
    }

    lxw_error writeAnswerCell(lxw_worksheet *ws, lxw_row_t row, const Question &q, const QString &value)
    {
        const lxw_col_t col = layout::answerColumn;
        if (q.answer == AnswerType::None)
            return worksheet_write_blank(ws, row, col, m_closed);
        if (q.answer == AnswerType::Weight) {
            lxw_error e = value.isEmpty() ? worksheet_write_blank(ws, row, col, m_answer)
                                          : worksheet_write_number(ws, row, col, value.toInt(), m_answer);
            return e == LXW_NO_ERROR ? validateWeight(ws, row) : e;
        }
        const QList<Choice> choices = choicesFor(q.answer);
        lxw_error e = worksheet_write_blank(ws, row, col, m_answer);
        for (const auto &c : choices) {
            if (c.value != value || value.isEmpty())
                continue;
            // A label that is a number is written as one: what a spreadsheet
            // enters when the partner picks it from the list.
            bool isNumber = false;
            const int n = c.label.toInt(&isNumber);
            e = isNumber ? worksheet_write_number(ws, row, col, n, m_answer)
                         : writeText(ws, row, col, c.label, m_answer);
        }
        return e == LXW_NO_ERROR ? validateChoice(ws, row, q.answer) : e;
    }

    /// The drop-down list of `type`, once per workbook, recorded in the binding.
    const QList<Choice> &choicesFor(AnswerType type)
    {
        auto it = m_choices.find(type);
        if (it == m_choices.end()) {
            it = m_choices.insert(type, choicesOf(type));
            for (const auto &c : *it)
                m_binding.choices.append({type, c.value, c.label});
        }
        return *it;
    }

    lxw_error validateWeight(lxw_worksheet *ws, lxw_row_t row)
    {
        const QByteArray title = QCoreApplication::translate("Questionnaire", "Weight").left(32).toUtf8();
        const QByteArray message = QCoreApplication::translate("Questionnaire",
                                                               "A whole number from 0 to 100. The four weights "
                                                               "add up to 100.")
                                       .left(255)
                                       .toUtf8();
        const QByteArray wrong
            = QCoreApplication::translate("Questionnaire", "Type a whole number from 0 to 100.").left(255).toUtf8();
        lxw_data_validation rule {};
        rule.validate = LXW_VALIDATION_TYPE_INTEGER;
        rule.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        rule.minimum_number = 0;
        rule.maximum_number = 100;
        rule.input_title = const_cast<char *>(title.constData()); // only read
        rule.input_message = const_cast<char *>(message.constData());
        rule.error_message = const_cast<char *>(wrong.constData());
        return worksheet_data_validation_cell(ws, row, layout::answerColumn, &rule);
    }

    lxw_error validateChoice(lxw_worksheet *ws, lxw_row_t row, AnswerType type)
    {
        const QList<Choice> &choices = choicesFor(type);
        const QByteArray wrong
            = QCoreApplication::translate("Questionnaire", "Pick an answer from the list.").left(255).toUtf8();
        lxw_data_validation rule {};
        rule.validate = LXW_VALIDATION_TYPE_LIST;
        rule.error_message = const_cast<char *>(wrong.constData()); // only read
        QList<QByteArray> labels;
        std::vector<char *> list;
        QByteArray range;
        if (fitsInlineList(choices)) {
            for (const auto &c : choices)
                labels.append(c.label.toUtf8());
            for (auto &l : labels)
                list.push_back(l.data());
            list.push_back(nullptr);
            rule.value_list = list.data();
        } else {
            // Too long for the rule itself: the list is read from the
            // binding sheet's choice rows (column D), written in this order.
            int first = 0;
            int last = 0;
            int r = int(m_binding.rows().size()) - int(m_binding.choices.size()) + 1;
            for (const auto &c : m_binding.choices) {
                if (c.type == type) {
                    first = first ? first : r;
                    last = r;
                }
                ++r;
            }
            range = QStringLiteral("=%1!$D$%2:$D$%3")
                        .arg(QString::fromLatin1(layout::bindingSheet))
                        .arg(first)
                        .arg(last)
                        .toLatin1();
            rule.value_formula = range.data();
        }
        return worksheet_data_validation_cell(ws, row, layout::answerColumn, &rule);
    }

    lxw_error writeBinding()
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_book, layout::bindingSheet);
        if (!ws)
            return LXW_ERROR_SHEETNAME_ALREADY_USED;
        const QList<QStringList> rows = m_binding.sealedRows();
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows.at(r).size(); ++c) {
                // Every cell a string, even an id or a number: read back as written.
                const QByteArray text = rows.at(r).at(c).toUtf8();
                if (text.isEmpty())
                    continue;
                if (lxw_error e = worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), text.constData(), nullptr);
                    e != LXW_NO_ERROR)
                    return e;
            }
        worksheet_hide(ws);
        worksheet_protect(ws, nullptr, nullptr);
        return LXW_NO_ERROR;
    }

    lxw_error writeText(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format)
    {
        const QByteArray utf8 = safeText(text);
        return worksheet_write_string(ws, row, col, utf8.constData(), format);
    }

    const Project &m_project;
    const WriteOptions &m_options;
    const Organisation *m_organisation = nullptr;
    const Review *m_review = nullptr;
    QList<Question> m_questions;
    QHash<QString, Prefilled> m_prefilled;
    QHash<AnswerType, QList<Choice>> m_choices;
    Binding m_binding;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_title = nullptr;
    lxw_format *m_subtitle = nullptr;
    lxw_format *m_paragraph = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_section = nullptr;
    lxw_format *m_number = nullptr;
    lxw_format *m_question = nullptr;
    lxw_format *m_answer = nullptr;
    lxw_format *m_words = nullptr;
    lxw_format *m_closed = nullptr;
    lxw_format *m_total = nullptr;
    bool m_hasWords = false; ///< a column D at all
};

bool writeInto(const Project &project, const WriteOptions &options, const QString &path, QString *error,
               Written *written)
{
    // Questions, labels and instructions in the chosen language, for as long as the workbook is written.
    WritingIn writing(options.language ? options.language : applicationLanguage());
    QuestionnaireBook book(project, options);
    if (!book.prepare(error))
        return false;
    // Written beside the target, then renamed: the target appears whole or not at all.
    const QFileInfo target(path);
    QTemporaryFile partial(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX.partial").arg(target.fileName())));
    if (!partial.open())
        return fail(error,
                    QCoreApplication::translate("Questionnaire", "“%1” could not be written: %2")
                        .arg(path, partial.errorString()));
    partial.close();
    if (!book.write(partial.fileName(), error))
        return false;
    // As any new file (QTemporaryFile makes it readable by its owner alone).
    QFile::setPermissions(partial.fileName(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup
                              | QFile::ReadOther);
    if (!exports::moveIntoPlace(partial.fileName(), path, error))
        return false;
    if (written)
        *written = book.written();
    return true;
}

} // namespace

bool writeQuestionnaire(const Project &project, const WriteOptions &options, const QString &path, QString *error,
                        Written *written)
{
    if (const QString refusal = exports::refusalToWrite(path, QString()); !refusal.isEmpty())
        return fail(error, refusal);
    return writeInto(project, options, path, error, written);
}

bool writeQuestionnaire(const Document &doc, const WriteOptions &options, const QString &path, QString *error,
                        Written *written)
{
    if (const QString refusal = exports::refusalToWrite(path, doc.filePath()); !refusal.isEmpty())
        return fail(error, refusal);
    return writeInto(doc.project(), options, path, error, written);
}

} // namespace alliance::questionnaire
