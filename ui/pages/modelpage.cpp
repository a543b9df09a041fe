#include "pages/modelpage.h"
#include "widgets/pagewidgets.h"

#include "document/document.h"
#include "evaluation/recommendation.h"
#include "method/method.h"
#include "widgets/fieldeditors.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace alliance {

using pagewidgets::plainLabel;

namespace {

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

/// Secondary text: a blend of the text and background colours, readable in
/// light and dark themes alike.
QLabel *hintLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    QPalette p = label->palette();
    const QColor fg = p.color(QPalette::WindowText);
    const QColor bg = p.color(QPalette::Window);
    p.setColor(QPalette::WindowText, QColor::fromRgbF(fg.redF() * 0.6f + bg.redF() * 0.4f,
                                                      fg.greenF() * 0.6f + bg.greenF() * 0.4f,
                                                      fg.blueF() * 0.6f + bg.blueF() * 0.4f));
    label->setPalette(p);
    return label;
}

QString objectiveName(const QString &objectiveId)
{
    const int i = method::objectiveIndex(objectiveId);
    return i < 0 ? objectiveId : method::tr(method::objectives().at(i).name);
}

} // namespace

ModelPage::ModelPage(Document *document, QWidget *parent)
    : StepPage(document, QStringLiteral("model"), parent)
{
    addSection(tr("What the partners' objectives point to"));
    m_explanation = plainLabel(QString(), this);
    m_explanation->setObjectName(QStringLiteral("recommendationExplanation"));
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_explanation);

    addSection(tr("Four categories, nine models"));
    buildGrid();

    addSection(tr("Why this model"));
    m_justification = new FieldTextEdit(document,
                                        {QStringLiteral("partnership"), document->partnershipId(),
                                         QStringLiteral("model_justification"), tr("Edit why this model")},
                                        this);
    m_justification->setObjectName(QStringLiteral("modelJustification"));
    m_justification->setAccessibleName(tr("Why this model"));
    m_justification->setPlaceholderText(tr("Why the partners chose this model, especially if it is not the "
                                           "recommended one"));
    m_justification->setMinimumHeight(m_justification->fontMetrics().lineSpacing() * 4);
    m_justification->setMaximumHeight(m_justification->fontMetrics().lineSpacing() * 8);
    contentLayout()->addWidget(m_justification);
    contentLayout()->addStretch();

    connect(document, &Document::changed, this, &ModelPage::refresh);
    refresh();
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
        h->addWidget(hintLabel(tr("Practised by %1% of companies (2021)")
                                   .arg(QLocale().toString(category.practiceRate2021)),
                               header));
        h->addStretch();
        grid->addWidget(header, 0, column);

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
            c->addWidget(card.badge);
            const QString modelName = method::tr(model.name);
            c->addWidget(boldLabel(modelName, card.frame));
            c->addWidget(plainLabel(method::tr(model.definition), card.frame));
            QStringList examples;
            for (const char *e : model.examples)
                examples << method::tr(e);
            if (!examples.isEmpty())
                c->addWidget(hintLabel(tr("Examples: %1").arg(examples.join(QStringLiteral("; "))), card.frame));
            card.match = hintLabel(QString(), card.frame);
            c->addWidget(card.match);
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
    m_explanation->setText(rec.explanation.join(QLatin1Char(' ')));

    QHash<QString, int> matches;
    for (const evaluation::ModelDistance &d : rec.modelDistances)
        matches.insert(d.modelId, qRound(evaluation::matchPercent(d.distance)));

    const QString highlight = palette().color(QPalette::Highlight).name();
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        const Card &card = it.value();
        const bool recommended = rec.valid && it.key() == rec.modelId;
        const bool alsoClose = rec.valid && it.key() == rec.secondModelId;
        const bool chosen = it.key() == project.partnership.modelId;
        card.frame->setProperty("recommended", recommended);
        card.frame->setProperty("alsoClose", alsoClose);
        card.frame->setProperty("chosen", chosen);

        QStringList badges;
        if (chosen)
            badges << tr("Chosen");
        if (recommended)
            badges << tr("Recommended");
        if (alsoClose)
            badges << tr("Also close");
        card.badge->setText(badges.join(QStringLiteral(" · ")));
        card.badge->setVisible(!badges.isEmpty());
        card.match->setText(matches.contains(it.key())
                                ? tr("%1% match with the partners' objectives")
                                      .arg(QLocale().toString(matches.value(it.key())))
                                : QString());
        card.match->setVisible(rec.valid);

        // Recommended: a strong frame; chosen: a tinted card; also close: dashed.
        QString style;
        if (recommended)
            style += QStringLiteral("border: 3px solid %1; border-radius: 6px;").arg(highlight);
        else if (alsoClose)
            style += QStringLiteral("border: 2px dashed %1; border-radius: 6px;").arg(highlight);
        if (chosen)
            style += QStringLiteral("background-color: palette(alternate-base);");
        card.frame->setStyleSheet(style.isEmpty() ? QString()
                                                  : QStringLiteral("QFrame#%1 { %2 }")
                                                        .arg(card.frame->objectName(), style));
        card.choose->setEnabled(!chosen);
        card.choose->setText(chosen ? tr("Chosen") : tr("Choose this model"));
    }
}

void ModelPage::choose(const QString &modelId)
{
    const method::Model *model = method::findModel(modelId);
    if (!model)
        return;
    const QUuid id = document()->partnershipId();
    const QString table = QStringLiteral("partnership");
    apply(ChangeSet(tr("Choose the model %1").arg(method::tr(model->name)))
              .set(table, id, QStringLiteral("category_id"), model->categoryId)
              .set(table, id, QStringLiteral("model_id"), modelId));
}

} // namespace alliance
