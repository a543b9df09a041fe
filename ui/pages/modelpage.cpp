#include "pages/modelpage.h"
#include "widgets/pagewidgets.h"

#include "document/document.h"
#include "document/relationship.h"
#include "evaluation/recommendation.h"
#include "method/method.h"
#include "model/shorttext.h"
#include "widgets/fieldeditors.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace alliance {

using pagewidgets::boldLabel;
using pagewidgets::hintLabel;
using pagewidgets::plainLabel;

namespace {

QString objectiveName(const QString &objectiveId)
{
    const int i = method::objectiveIndex(objectiveId);
    return i < 0 ? objectiveId : method::tr(method::objectives().at(i).name);
}

QString organisationNames(const Project &project, const QList<QUuid> &ids)
{
    QStringList names;
    for (const QUuid &id : ids)
        if (const Organisation *o = project.organisation(id))
            names << shortName(o->name);
    return QLocale().createSeparatedList(names);
}

/// A radio button whose text wraps: QRadioButton never wraps and takes its
/// text's '&' as a shortcut mark ("R&D"), so the words sit in a plain label
/// beside an empty button, and a click on them checks it.
class WrappedRadio : public QObject
{
public:
    static QRadioButton *add(const QString &text, QWidget *parent, QVBoxLayout *layout)
    {
        auto *row = new QHBoxLayout;
        auto *button = new QRadioButton(parent);
        button->setAccessibleName(text);
        QLabel *label = plainLabel(text, parent);
        label->setCursor(Qt::PointingHandCursor);
        label->installEventFilter(new WrappedRadio(button, label));
        row->addWidget(button, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        layout->addLayout(row);
        button->setProperty("wrappedLabel", QVariant::fromValue<QObject *>(label));
        return button;
    }

private:
    WrappedRadio(QRadioButton *button, QObject *parent) : QObject(parent), m_button(button) { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease && m_button->isEnabled())
            m_button->click();
        return QObject::eventFilter(watched, event);
    }
    QRadioButton *m_button;
};

/// Shows or hides a WrappedRadio with its words.
void setRadioVisible(QRadioButton *button, bool visible)
{
    button->setVisible(visible);
    if (auto *label = qobject_cast<QWidget *>(button->property("wrappedLabel").value<QObject *>()))
        label->setVisible(visible);
}

} // namespace

ModelPage::ModelPage(Document *document, QWidget *parent) : StepPage(document, QStringLiteral("model"), parent)
{
    addSection(tr("Each partner's reading"));
    m_explanation = plainLabel(QString(), this);
    m_explanation->setObjectName(QStringLiteral("recommendationExplanation"));
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_explanation);

    addSection(tr("Describe the relationship"));
    contentLayout()->addWidget(
        hintLabel(tr("The nine models differ by the nature of the relationship, not by numbers: your two answers "
                     "name the model. Each partner's weights then say how the model serves it."),
                  this));
    buildQuestions();

    addSection(tr("Four categories, nine models"));
    buildGrid();

    addSection(tr("Why this model"));
    m_justification = new FieldTextEdit(document,
                                        {QStringLiteral("partnership"), document->partnershipId(),
                                         QStringLiteral("model_justification"), tr("Edit why this model")},
                                        this);
    m_justification->setObjectName(QStringLiteral("modelJustification"));
    m_justification->setAccessibleName(tr("Why this model"));
    m_justification->setPlaceholderText(tr("Why the partners chose this model, and how each one finds its own "
                                           "objectives in it"));
    m_justification->setMinimumHeight(m_justification->fontMetrics().lineSpacing() * 4);
    m_justification->setMaximumHeight(m_justification->fontMetrics().lineSpacing() * 8);
    contentLayout()->addWidget(m_justification);
    contentLayout()->addStretch();

    connect(document, &Document::changed, this, &ModelPage::refresh);
    refresh();
}

void ModelPage::buildQuestions()
{
    contentLayout()->addWidget(boldLabel(tr("1. What is the relationship between the partners?"), this));
    m_relationships = new QButtonGroup(this);
    m_relationships->setExclusive(true);
    auto *first = new QVBoxLayout;
    first->setContentsMargins(12, 0, 0, 8);
    // The method's table lists the relationships from the gift to the service.
    for (const QString &id : {QStringLiteral("patronage"), QStringLiteral("societal_innovation"),
                              QStringLiteral("economic_cooperation"), QStringLiteral("responsible_practices")}) {
        const method::Category *category = method::findCategory(id);
        QRadioButton *button = WrappedRadio::add(
            tr("%1 (%2)").arg(method::tr(category->relationship), method::tr(category->name)), this, first);
        button->setObjectName(QStringLiteral("relationship_") + id);
        m_relationships->addButton(button);
        m_relationshipButtons.insert(id, button);
        connect(button, &QRadioButton::clicked, this, [this, id] { describe(id); });
        QLabel *hint = hintLabel(QString(), this);
        hint->setContentsMargins(28, 0, 0, 0);
        first->addWidget(hint);
        m_relationshipHints.insert(id, hint);
    }
    contentLayout()->addLayout(first);

    m_modelQuestion = boldLabel(QString(), this);
    m_modelQuestion->setObjectName(QStringLiteral("modelQuestion"));
    contentLayout()->addWidget(m_modelQuestion);
    m_answers = new QButtonGroup(this);
    m_answers->setExclusive(true);
    auto *second = new QVBoxLayout;
    second->setContentsMargins(12, 0, 0, 8);
    for (const method::Model &model : method::models()) {
        QRadioButton *button
            = WrappedRadio::add(tr("%1 → %2").arg(method::tr(model.answer), method::tr(model.name)), this, second);
        button->setObjectName(QStringLiteral("answer_") + model.id);
        m_answers->addButton(button);
        m_answerButtons.insert(model.id, button);
        const QString id = model.id;
        connect(button, &QRadioButton::clicked, this, [this, id] { choose(id); });
    }
    contentLayout()->addLayout(second);
}

void ModelPage::buildGrid()
{
    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    const auto &categories = method::categories();
    for (int column = 0; column < categories.size(); ++column) {
        const method::Category &category = categories.at(column);
        auto *header = new QFrame(this);
        header->setObjectName(QStringLiteral("category_") + category.id);
        auto *h = new QVBoxLayout(header);
        h->setContentsMargins(4, 4, 4, 4);
        QLabel *name = boldLabel(method::tr(category.name), header);
        QFont big = name->font();
        big.setPointSizeF(big.pointSizeF() * 1.1);
        name->setFont(big);
        h->addWidget(name);
        h->addWidget(plainLabel(tr("Serves: %1").arg(objectiveName(category.objectiveId)), header));
        h->addWidget(plainLabel(tr("Expected results: %1").arg(method::tr(category.expectedResults)), header));
        h->addWidget(hintLabel(
            tr("Practised by %1% of companies (2021)").arg(QLocale().toString(category.practiceRate2021)), header));
        QLabel *pointedBy = boldLabel(QString(), header);
        pointedBy->setObjectName(QStringLiteral("pointedBy"));
        h->addWidget(pointedBy);
        h->addStretch();
        grid->addWidget(header, 0, column);
        m_headers.insert(category.id, {header, pointedBy});

        int row = 1;
        for (const method::Model &model : method::models()) {
            if (model.categoryId != category.id)
                continue;
            Card card;
            card.frame = new QFrame(this);
            card.frame->setObjectName(QStringLiteral("modelCard_") + model.id);
            card.frame->setFrameShape(QFrame::StyledPanel);
            auto *c = new QVBoxLayout(card.frame);
            card.badge = boldLabel(QString(), card.frame);
            card.badge->setObjectName(QStringLiteral("modelBadge"));
            // Its place is kept when hidden: choosing a model moves no card
            // under the pointer.
            card.badge->setText(tr("Named by your answers"));
            QSizePolicy keepPlace = card.badge->sizePolicy();
            keepPlace.setRetainSizeWhenHidden(true);
            card.badge->setSizePolicy(keepPlace);
            c->addWidget(card.badge);
            const QString modelName = method::tr(model.name);
            c->addWidget(boldLabel(modelName, card.frame));
            c->addWidget(plainLabel(method::tr(model.definition), card.frame));
            QStringList examples;
            for (const char *e : model.examples)
                examples << method::tr(e);
            if (!examples.isEmpty())
                c->addWidget(
                    hintLabel(tr("Examples: %1").arg(examples.join(tr("; ", "between two examples"))), card.frame));
            c->addStretch();
            card.choose = new QPushButton(tr("Choose this model"), card.frame);
            card.choose->setObjectName(QStringLiteral("chooseModel_") + model.id);
            card.choose->setAccessibleName(tr("Choose the model %1").arg(modelName));
            const QString id = model.id;
            connect(card.choose, &QPushButton::clicked, this, [this, id] { choose(id); });
            c->addWidget(card.choose);
            grid->addWidget(card.frame, row++, column);
            m_cards.insert(model.id, card);
        }
    }
    for (int column = 0; column < categories.size(); ++column)
        grid->setColumnStretch(column, 1);
    contentLayout()->addLayout(grid);
}

void ModelPage::refresh()
{
    const Project &project = document()->project();
    const evaluation::Recommendation rec = evaluation::recommend(project);
    m_explanation->setText(rec.explanation.join(QLatin1Char('\n')));

    QHash<QString, QList<QUuid>> pointedBy;
    for (const evaluation::CategorySuggestion &s : rec.suggestions)
        pointedBy.insert(s.categoryId, s.partners);

    // The answers: checked from the file, so undo and merges show here too.
    const QSignalBlocker blockFirst(m_relationships), blockSecond(m_answers);
    for (auto it = m_relationshipButtons.begin(); it != m_relationshipButtons.end(); ++it) {
        it.value()->setChecked(it.key() == rec.describedCategoryId);
        const QList<QUuid> partners = pointedBy.value(it.key());
        QLabel *hint = m_relationshipHints.value(it.key());
        hint->setText(partners.isEmpty()
                          ? QString()
                          : tr("The reading of %1 points here.").arg(organisationNames(project, partners)));
        hint->setVisible(!partners.isEmpty());
    }
    if (rec.describedCategoryId.isEmpty()) {
        m_relationships->setExclusive(false); // lets every button show unchecked
        for (QRadioButton *b : std::as_const(m_relationshipButtons))
            b->setChecked(false);
        m_relationships->setExclusive(true);
    }
    const method::Category *described = method::findCategory(rec.describedCategoryId);
    m_modelQuestion->setText(described ? tr("2. %1").arg(method::tr(described->modelQuestion))
                                       : tr("2. Answer the first question to see the second."));
    m_answers->setExclusive(false);
    for (auto it = m_answerButtons.begin(); it != m_answerButtons.end(); ++it) {
        const method::Model *model = method::findModel(it.key());
        setRadioVisible(it.value(), described && model->categoryId == described->id);
        it.value()->setChecked(it.key() == rec.modelId);
    }
    m_answers->setExclusive(true);

    const QString highlight = palette().color(QPalette::Highlight).name();
    for (auto it = m_headers.begin(); it != m_headers.end(); ++it) {
        const QList<QUuid> partners = pointedBy.value(it.key());
        it.value().frame->setProperty("suggested", !partners.isEmpty());
        it.value().pointedBy->setText(
            partners.isEmpty() ? QString() : tr("Reading of %1").arg(organisationNames(project, partners)));
        it.value().pointedBy->setVisible(!partners.isEmpty());
        it.value().frame->setStyleSheet(partners.isEmpty()
                                            ? QString()
                                            : QStringLiteral("QFrame#%1 { border: 2px dashed %2; border-radius: 6px; }")
                                                  .arg(it.value().frame->objectName(), highlight));
    }
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        const Card &card = it.value();
        const bool chosen = it.key() == rec.modelId;
        card.frame->setProperty("chosen", chosen);
        card.badge->setVisible(chosen);
        // Both borders take 3 pixels, so that the chosen card is no bigger than
        // the others and no card moves when the choice changes.
        card.frame->setStyleSheet(chosen ? QStringLiteral("QFrame#%1 { border: 3px solid %2; border-radius: 6px; "
                                                          "background-color: palette(alternate-base); }")
                                               .arg(card.frame->objectName(), highlight)
                                         : QStringLiteral("QFrame#%1 { border: 1px solid palette(mid); margin: 2px; "
                                                          "border-radius: 4px; }")
                                               .arg(card.frame->objectName()));
        // Never disabled: a disabled button loses the focus, which would jump
        // to another card's button just after the choice. Choosing it again
        // changes nothing.
        card.choose->setText(chosen ? tr("Chosen") : tr("Choose this model"));
    }
}

void ModelPage::describe(const QString &categoryId)
{
    const method::Category *category = method::findCategory(categoryId);
    if (!category)
        return;
    const ChangeSet changes = relationship::describe(
        document()->project(), categoryId, tr("Describe the relationship: %1").arg(method::tr(category->relationship)));
    if (!changes.changes.isEmpty())
        apply(changes);
}

void ModelPage::choose(const QString &modelId)
{
    const method::Model *model = method::findModel(modelId);
    if (!model || document()->project().partnership.modelId == modelId)
        return; // already chosen: no empty undo step
    apply(relationship::name(document()->project(), modelId, tr("Choose the model %1").arg(method::tr(model->name))));
}

} // namespace alliance
