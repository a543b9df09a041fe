#pragma once
// A whole-number box whose range is the limit the schema registry declares
// for one field. A plain QSpinBox drops a keystroke that would leave its range
// (150 in 0..100 shows 15) or puts the previous value back without a word;
// this box lets the number be typed, refuses it visibly when typing ends (the
// text turns red, a message gives the allowed range) and keeps the text for
// correction. Escape puts the stored value back. Nothing is emitted for a
// refused number: valueChanged() only ever carries a value in range.

#include <QSpinBox>

#include <optional>

namespace alliance {

class RangeSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit RangeSpinBox(QWidget *parent = nullptr);

    /// Takes the range from the schema's Integer column `field` of `table`;
    /// with `noneBelow`, one value below the minimum stands for "none" (shown
    /// with setSpecialValueText). The message names the column's range only.
    /// Does nothing when the column is not an Integer column.
    void useLimit(const QString &table, const QString &field, bool noneBelow = false);

    /// True while the text is a whole number outside the range.
    bool isOutOfRange() const;
    /// The sentence shown when a number is refused, e.g. "150 is out of range:
    /// type a whole number from 0 to 100." (`typed` as the user wrote it).
    QString refusal(const QString &typed) const;

Q_SIGNALS:
    /// Typing ended on a number outside the range: nothing was changed and
    /// the text stays; `message` is translated.
    void refused(const QString &message);
    /// A refused number was corrected, or Escape put the value back.
    void refusalCleared();

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    /// The typed number without prefix and suffix, when it is one.
    std::optional<qint64> typedNumber() const;
    void refuse();
    void setRefusedLook(bool refused);

    int m_limitMin = 0;
    int m_limitMax = 99;
    bool m_refused = false;
};

} // namespace alliance
