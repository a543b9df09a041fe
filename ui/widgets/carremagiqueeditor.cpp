#include "widgets/carremagiqueeditor.h"

#include "document/document.h"
#include "edits/weighting.h"
#include "method/method.h"
#include "model/ids.h"
#include "widgets/fieldeditors.h"
#include "widgets/rangespinbox.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSlider>
#include <QTextBlock>
#include <QTextDocument>

#include <numeric>

namespace alliance {

namespace {

const QString weightTable = QStringLiteral("objective_weight");

/// A description box as tall as its text, from two lines up to five (then it
/// scrolls): a sentence is read whole, not through a slit.
void fitDescriptionHeight(QPlainTextEdit *text)
{
    const QFontMetrics metrics(text->font());
    const int width = std::max(40, text->viewport()->width() - 2 * int(text->document()->documentMargin()));
    int lines = 0;
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next())
        lines += std::max(1,
                          metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, block.text()).height()
                              / std::max(1, metrics.lineSpacing()));
    lines = std::clamp(lines, 2, 5);
    const int height
        = metrics.lineSpacing() * lines + 2 * int(text->document()->documentMargin()) + text->frameWidth() * 2 + 2;
    if (text->minimumHeight() != height || text->maximumHeight() != height)
        text->setFixedHeight(height);
}

/// Refits a description box when its width changes (the lines wrap anew).
class RefitOnResize : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            if (auto *text = qobject_cast<QPlainTextEdit *>(watched))
                fitDescriptionHeight(text);
        return false;
    }
};

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // partner names are user text
    label->setWordWrap(true);
    return label;
}

} // namespace

CarreMagiqueEditor::CarreMagiqueEditor(Document *document, const QUuid &organisationId, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_organisationId(organisationId),
      m_title(plainLabel(this)),
      m_note(plainLabel(this))
{
    setObjectName(QStringLiteral("carreEditor_") + organisationId.toString(QUuid::WithoutBraces));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("partnerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    grid->addWidget(m_title, 0, 0, 1, 3);

    const auto &objectives = method::objectives();
    for (int i = 0; i < objectives.size(); ++i) {
        const method::Objective &o = objectives.at(i);
        Row row;
        row.objectiveId = o.id;
        row.name = plainLabel(this);
        row.name->setText(method::tr(o.name));
        row.name->setToolTip(method::tr(o.covers));

        row.slider = new QSlider(Qt::Horizontal, this);
        row.slider->setObjectName(QStringLiteral("weightSlider_") + o.id);
        row.slider->setRange(0, evaluation::weightTotal);
        row.slider->setPageStep(5);
        row.slider->setToolTip(method::tr(o.covers));
        row.slider->setMinimumWidth(100);

        row.spin = new RangeSpinBox(this);
        row.spin->setObjectName(QStringLiteral("weightSpin_") + o.id);
        row.spin->useLimit(weightTable, QStringLiteral("weight"));
        row.spin->setSuffix(tr(" %"));
        // Typing "40" must not commit "4" first: one commit when typing ends.
        row.spin->setKeyboardTracking(false);
        row.name->setBuddy(row.spin);

        row.text = new FieldTextEdit(
            document,
            {weightTable,
             ids::objectiveWeight(organisationId, o.id),
             QStringLiteral("text"),
             tr("Edit what an objective means"),
             {{QStringLiteral("organisation_id"), organisationId}, {QStringLiteral("objective_id"), o.id}}},
            this);
        row.text->setObjectName(QStringLiteral("weightText_") + o.id);
        row.text->setPlaceholderText(tr("What this objective means for this partner"));
        row.text->installEventFilter(new RefitOnResize(row.text));
        fitDescriptionHeight(row.text);
        connect(row.text->document(), &QTextDocument::contentsChanged, row.text,
                [text = row.text] { fitDescriptionHeight(text); });

        // The description on its own line, the editor's whole width: beside
        // the spin box it had a few letters' room.
        grid->addWidget(row.name, 2 * i + 1, 0);
        grid->addWidget(row.slider, 2 * i + 1, 1);
        grid->addWidget(row.spin, 2 * i + 1, 2);
        grid->addWidget(row.text, 2 * i + 2, 0, 1, 3);

        // The slider previews while dragged and commits when released; the
        // keyboard and clicks on the groove commit at once.
        connect(row.slider, &QSlider::valueChanged, this, [this, i](int value) {
            QSpinBox *spin = m_rows.at(i).spin;
            if (m_rows.at(i).slider->isSliderDown()) {
                const QSignalBlocker block(spin);
                spin->setValue(value);
            } else {
                userSetWeight(i, value);
            }
        });
        connect(row.slider, &QSlider::sliderReleased, this,
                [this, i] { userSetWeight(i, m_rows.at(i).slider->value()); });
        connect(row.spin, &QSpinBox::valueChanged, this, [this, i](int value) { userSetWeight(i, value); });
        connect(row.spin, &RangeSpinBox::refused, this, [this](const QString &message) {
            m_refusal = message;
            updateNote();
        });
        connect(row.spin, &RangeSpinBox::refusalCleared, this, [this] {
            m_refusal.clear();
            updateNote(); // the weights shown stay: the user is typing
        });
        m_rows.append(row);
    }
    m_note->setObjectName(QStringLiteral("notWeightedNote"));
    // The note's line is always there, so that the rows below never move
    // when it comes or goes (the next click lands where the user aimed).
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 2);
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_note, 2 * objectives.size() + 1, 0, 1, 3);
    grid->setColumnStretch(1, 2);

    // Row by row: slider, spin box, text.
    const QList<QWidget *> chain = focusChain();
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
    refresh();
}

evaluation::Weights CarreMagiqueEditor::shownWeights() const
{
    evaluation::Weights w {};
    for (int i = 0; i < m_rows.size(); ++i)
        w[i] = m_rows.at(i).spin->value();
    return w;
}

QList<QWidget *> CarreMagiqueEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain << row.slider << row.spin << row.text;
    return chain;
}

void CarreMagiqueEditor::refresh()
{
    const Project &project = m_document->project();
    const Organisation *organisation = project.organisation(m_organisationId);
    const QString name = organisation ? organisation->name : QString();
    const method::Choice *role
        = organisation ? method::findChoice(method::organisationRoles(), organisation->role) : nullptr;
    m_title->setText(role ? tr("%1 (%2)").arg(name, method::tr(role->label)) : name);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QString objective = method::tr(method::objectives().at(i).name);
        row.slider->setAccessibleName(tr("Weight given by %1 to %2").arg(name, objective));
        row.spin->setAccessibleName(tr("Weight given by %1 to %2").arg(name, objective));
        row.text->setAccessibleName(tr("What %2 means for %1").arg(name, objective));
    }

    const evaluation::Weights stored = evaluation::storedWeights(project, m_organisationId);
    if (stored != m_seen) {
        // Our own edit carries the new order; any other change of the
        // weights (undo, redo, a merge) makes the order of setting moot.
        m_setOrder = m_ownEdit.value_or(QList<int> {});
        m_seen = stored;
    }
    const bool weighted = evaluation::isWeighted(stored);
    show(weighted ? stored : evaluation::evenWeights(), weighted);
    updateNote();
}

void CarreMagiqueEditor::updateNote()
{
    const evaluation::Weights stored = evaluation::storedWeights(m_document->project(), m_organisationId);
    const int total = std::accumulate(stored.begin(), stored.end(), 0);
    if (!m_refusal.isEmpty())
        m_note->setText(m_refusal);
    else if (!evaluation::isWeighted(stored))
        m_note->setText(tr("Not weighted yet: move a weight to start."));
    else if (total != evaluation::weightTotal)
        m_note->setText(tr("These weights sum to %1, not 100: move one to rebalance them.").arg(total));
    else
        m_note->clear();
}

void CarreMagiqueEditor::show(const evaluation::Weights &weights, bool weighted)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.slider->isSliderDown())
            continue; // never yank a slider from under the mouse
        const QSignalBlocker a(row.slider), b(row.spin);
        row.slider->setValue(weights[i]);
        if (!row.spin->isOutOfRange()) // a refused number stays for correction
            row.spin->setValue(weights[i]);
        // Greyed, not disabled: a partner that has not weighted can start.
        QPalette palette;
        if (!weighted) {
            palette.setColor(QPalette::Text, palette.color(QPalette::Disabled, QPalette::Text));
            palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
        }
        row.spin->setPalette(palette);
        row.name->setPalette(palette);
    }
}

void CarreMagiqueEditor::userSetWeight(int index, int value)
{
    const Organisation *organisation = m_document->project().organisation(m_organisationId);
    const ChangeSet changes
        = weighting::setWeight(*m_document, m_organisationId, index, value, m_setOrder,
                               tr("Weight the objectives of %1").arg(organisation ? organisation->name : QString()));
    if (!changes.changes.isEmpty()) {
        m_ownEdit = evaluation::orderAfterSetting(m_setOrder, index);
        Q_EMIT changeRequested(changes);
        m_ownEdit.reset();
    }
    // Whether the change was applied or refused, show what the document holds.
    refresh();
}

} // namespace alliance
