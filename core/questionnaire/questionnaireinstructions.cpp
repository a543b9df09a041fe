#include "questionnaire/questionnaireinstructions.h"

#include "method/method.h"

#include <QCoreApplication>

namespace alliance::questionnaire {

namespace {

QString what(const InstructionsFor &w)
{
    switch (w.kind) {
    case Kind::Review:
        return QCoreApplication::translate("Questionnaire",
                                           "It asks for your organisation’s view in the review “%1”: give each "
                                           "criterion a rating from 0 to %2 (or pick an answer) and say why in "
                                           "your own words.")
            .arg(w.review)
            .arg(method::criterionScoreMax);
    case Kind::Maturity:
        return QCoreApplication::translate("Questionnaire",
                                           "It is your organisation’s maturity self-diagnostic: for each question, "
                                           "pick how far your organisation has come, from 0 (not started) to %1 "
                                           "(mastered).")
            .arg(method::maturityScoreMax);
    case Kind::Weights:
        return QCoreApplication::translate("Questionnaire",
                                           "It asks how much each of the four objectives of the carré magique "
                                           "matters to your organisation.");
    case Kind::Needs:
        return QCoreApplication::translate("Questionnaire",
                                           "It asks for your organisation’s view of the seven needs of the "
                                           "territory: how much each one matters, and what it is in your words.");
    }
    return {};
}

} // namespace

QStringList instructionParagraphs(const InstructionsFor &w)
{
    QStringList lines;
    lines << QCoreApplication::translate("Questionnaire", "%1 — questionnaire").arg(kindName(w.kind));
    lines << (w.anonymous ? QCoreApplication::translate("Questionnaire",
                                                        "This workbook is a questionnaire of the partnership “%1”, "
                                                        "prepared with Alliance Pilot for an organisation of the "
                                                        "kind “%2”. It is anonymous: your answers are counted with "
                                                        "those of the other organisations of the same kind, never "
                                                        "under your name.")
                                .arg(w.partnership, w.respondent)
                          : QCoreApplication::translate("Questionnaire",
                                                        "This workbook is a questionnaire of the partnership “%1”, "
                                                        "prepared with Alliance Pilot for %2.")
                                .arg(w.partnership, w.respondent));
    lines << what(w);
    lines << QString();
    lines << QCoreApplication::translate("Questionnaire", "How to answer");
    lines << QCoreApplication::translate("Questionnaire", "1. Open the sheet “%1”.").arg(w.answersSheet);
    if (w.kind == Kind::Weights)
        lines << QCoreApplication::translate("Questionnaire",
                                             "2. In column C, type a whole number from 0 to 100 for each "
                                             "objective: the four weights add up to 100.");
    else
        lines << QCoreApplication::translate("Questionnaire",
                                             "2. In column C, pick your answer from the list that opens when you "
                                             "select the cell.");
    if (w.kind != Kind::Weights)
        lines << QCoreApplication::translate("Questionnaire",
                                             "3. In column D, write your comments in your own words, as long as "
                                             "you wish.");
    if (!w.anonymous)
        lines << QCoreApplication::translate("Questionnaire",
                                             "Answers already known are filled in: change what is no longer "
                                             "right.");
    lines << QCoreApplication::translate("Questionnaire",
                                         "Do not rename, add or remove sheets and do not move rows: each answer "
                                         "is read from its place. The other cells are protected so that nothing "
                                         "is changed by mistake.");
    lines << QCoreApplication::translate("Questionnaire",
                                         "Save the workbook as an Excel workbook (.xlsx) and send it back to the "
                                         "person who sent it to you.");
    return lines;
}

} // namespace alliance::questionnaire
