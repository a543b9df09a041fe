#include "questionnaire/binding.h"

#include "method/method.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace alliance::questionnaire {

namespace {

const QString partnershipField = QStringLiteral("partnership");
const QString kindField = QStringLiteral("kind");
const QString reviewField = QStringLiteral("review");
const QString organisationField = QStringLiteral("organisation");
const QString organisationKindField = QStringLiteral("organisation_kind");
const QString anonymousField = QStringLiteral("anonymous");
const QString languageField = QStringLiteral("language");
const QString workbookField = QStringLiteral("workbook");
const QString sheetField = QStringLiteral("answers_sheet");
const QString createdField = QStringLiteral("created");
const QString questionRow = QStringLiteral("question");
const QString choiceRow = QStringLiteral("choice");
const QString sealRow = QStringLiteral("seal");

QString idText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

/// The key that seals this installation's workbooks, made on first use.
QByteArray sealKey()
{
    Settings settings;
    QByteArray hex = settings.questionnaireKey();
    if (QByteArray::fromHex(hex).size() < 32) {
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
        hex = key.toHex();
        settings.setQuestionnaireKey(hex);
    }
    return QByteArray::fromHex(hex);
}

/// Cells A..E of every row, separated so that no two different sheets give
/// one text: unit separator between cells, record separator between rows.
QByteArray bindingText(const QList<QStringList> &rows)
{
    QByteArray text;
    for (const auto &row : rows) {
        for (int c = 0; c < 5; ++c) {
            text += row.value(c).toUtf8();
            text += '\x1f';
        }
        text += '\x1e';
    }
    return text;
}

bool isChoiceType(AnswerType type)
{
    return !choicesOf(type).isEmpty();
}

} // namespace

QList<QStringList> Binding::rows() const
{
    QList<QStringList> list;
    list.append({QString::fromLatin1(layout::marker), QString::number(layout::formatVersion)});
    list.append({partnershipField, idText(partnership)});
    list.append({kindField, kindId(kind)});
    list.append({reviewField, idText(review)});
    list.append({organisationField, idText(organisation)});
    list.append({organisationKindField, organisationKind});
    list.append({anonymousField, anonymous ? QStringLiteral("1") : QStringLiteral("0")});
    list.append({languageField, language});
    list.append({workbookField, idText(workbook)});
    list.append({sheetField, answersSheet});
    list.append({createdField, created.toUTC().toString(Qt::ISODate)});
    for (const auto &q : questions)
        list.append({questionRow, q.key, QString::number(q.row), answerTypeId(q.answer),
                     q.words ? QStringLiteral("1") : QStringLiteral("0")});
    for (const auto &c : choices)
        list.append({choiceRow, answerTypeId(c.type), c.value, c.label});
    return list;
}

QString Binding::seal(const QList<QStringList> &rows)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(bindingText(rows), sealKey(), QCryptographicHash::Sha256).toHex());
}

QList<QStringList> Binding::sealedRows() const
{
    QList<QStringList> list = rows();
    list.append({sealRow, seal(list)});
    return list;
}

std::optional<Binding> Binding::fromRows(const QList<QStringList> &given, QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<Binding> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString notOurs = QCoreApplication::translate(
        "Questionnaire", "This workbook is not a questionnaire prepared by Alliance Pilot.");
    if (given.isEmpty() || given.first().value(0) != QLatin1String(layout::marker))
        return refuse(notOurs);
    if (given.first().value(1) != QString::number(layout::formatVersion))
        return refuse(QCoreApplication::translate(
            "Questionnaire", "This questionnaire was prepared by another version of Alliance Pilot."));
    if (given.size() > 12 + layout::maxQuestions + layout::maxChoices)
        return refuse(notOurs);

    // The seal first: nothing of an edited binding is read.
    QList<QStringList> rows;
    for (const auto &row : given) {
        QStringList cells = row.mid(0, 5);
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        if (!cells.isEmpty())
            rows.append(cells);
    }
    if (rows.size() < 2 || rows.last().value(0) != sealRow)
        return refuse(notOurs);
    const QString sealed = rows.takeLast().value(1);
    if (QMessageAuthenticationCode::hash(bindingText(rows), sealKey(), QCryptographicHash::Sha256).toHex()
        != sealed.toLatin1())
        return refuse(QCoreApplication::translate(
            "Questionnaire",
            "The hidden part of this questionnaire was changed after it was prepared, or it was "
            "prepared on another computer: its answers cannot be trusted. Prepare the questionnaire "
            "again on this computer."));

    Binding b;
    bool haveKind = false;
    const QString damaged
        = QCoreApplication::translate("Questionnaire", "The hidden part of this questionnaire is damaged.");
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        const QString name = row.value(0);
        const QString value = row.value(1);
        if (name == partnershipField) {
            b.partnership = QUuid::fromString(value);
        } else if (name == kindField) {
            const auto kind = kindFromId(value);
            if (!kind)
                return refuse(damaged);
            b.kind = *kind;
            haveKind = true;
        } else if (name == reviewField) {
            b.review = QUuid::fromString(value);
        } else if (name == organisationField) {
            b.organisation = QUuid::fromString(value);
        } else if (name == organisationKindField) {
            b.organisationKind = value;
        } else if (name == anonymousField) {
            b.anonymous = value == QLatin1String("1");
        } else if (name == languageField) {
            b.language = value;
        } else if (name == workbookField) {
            b.workbook = QUuid::fromString(value);
        } else if (name == sheetField) {
            b.answersSheet = value;
        } else if (name == createdField) {
            b.created = QDateTime::fromString(value, Qt::ISODate);
        } else if (name == questionRow) {
            bool rowOk = false;
            const int at = row.value(2).toInt(&rowOk);
            const auto type = answerTypeFromId(row.value(3));
            if (!rowOk || at < 1 || !type || value.isEmpty())
                return refuse(damaged);
            b.questions.append({value, at, *type, row.value(4) == QLatin1String("1")});
        } else if (name == choiceRow) {
            const auto type = answerTypeFromId(value);
            if (!type || !isChoiceType(*type) || row.value(2).isEmpty())
                return refuse(damaged);
            b.choices.append({*type, row.value(2), row.value(3)});
        } else {
            return refuse(damaged);
        }
    }
    if (b.partnership.isNull() || !haveKind || b.workbook.isNull() || b.answersSheet.isEmpty() || b.questions.isEmpty())
        return refuse(damaged);
    if (b.anonymous != b.organisation.isNull())
        return refuse(damaged);
    if (b.anonymous
        && (b.kind != Kind::Review || !method::findChoice(method::organisationProfiles(), b.organisationKind)))
        return refuse(damaged);
    if (b.kind == Kind::Review && b.review.isNull())
        return refuse(damaged);
    return b;
}

QString Binding::labelOf(AnswerType type, const QString &value) const
{
    for (const auto &c : choices)
        if (c.type == type && c.value == value)
            return c.label;
    return {};
}

std::optional<QString> Binding::valueOf(AnswerType type, const QString &cellText) const
{
    const QString text = cellText.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (const auto &c : choices)
        if (c.type == type && c.label.compare(text, Qt::CaseInsensitive) == 0)
            return c.value;
    for (const auto &c : choices)
        if (c.type == type && c.value.compare(text, Qt::CaseInsensitive) == 0)
            return c.value;
    return std::nullopt;
}

} // namespace alliance::questionnaire
