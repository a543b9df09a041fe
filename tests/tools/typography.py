#!/usr/bin/env python3
"""French typography and wording of what a user reads.

  typography.py --ts-fr FR.ts --ts-en EN.ts [--app ALLIANCE_PILOT]

Fails, listing every offender, when a French text of the translation (or of
the French example project written by `alliance-pilot new --example`, read
through its JSON export) has:
  - the ASCII apostrophe ' instead of ’;
  - no space, or an ordinary space, instead of a non-breaking one (U+00A0 or
    U+202F) before : ; ? ! » and after «;
  - a "(s)" plural ("modification(s)") — Qt's %n plurals say it properly;
  - a figure typed without the French way of writing it: 25000 or 25,000
    for 25 000, 0.8 for 0,8, 100% or "100 %" with an ordinary space;
  - "1 janvier" for the first of a month ("1er janvier").
English translations are checked for "(s)" plurals and for "patronage",
which a British or American partnership professional would call corporate
philanthropy or sponsorship. Source strings without %n may not hold "(s)"
either: the code must pass the count to tr().

The exceptions are narrow and said where they apply: URLs, times and date
formats (10:30, hh:mm, dd/MM/yyyy), Qt placeholders (%1, %n, %L1) and
command-line syntax (--lang fr|en) are not prose.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile

NBSP = '\u00a0\u202f'
MONTHS = ('janvier|février|mars|avril|mai|juin|juillet|août|septembre|'
          'octobre|novembre|décembre')

URL = re.compile(r'\b(?:https?|file|mailto)://\S+|\bwww\.\S+')
# A Qt placeholder: %1..%99, %L1, %n, %Ln.
PLACEHOLDER = re.compile(r'%L?(?:\d{1,2}|n)')
# Colons that are not punctuation: times (10:30, %1:%2), format strings
# (hh:mm:ss), ISO date-times, "C:" style drives never occur.
NOT_PUNCT_COLON = re.compile(r'(?<=[\dhmsHM])(?=:[\dhmsHM%])|(?<=%\d)(?=:%)')


def prose(text):
    """Text with its non-prose parts (URLs) blanked out, same length."""
    return URL.sub(lambda m: '\x00' * len(m.group(0)), text)


def french_offences(text):
    """Every typographic fault of one French text, as short descriptions."""
    faults = []
    t = prose(text)
    if "'" in t:
        faults.append("ASCII apostrophe ' (use ’)")
    for m in re.finditer(r'[:;?!»]', t):
        i = m.start()
        ch = t[i]
        before = t[i - 1] if i > 0 else ''
        if ch == ':':
            # 10:30, hh:mm, %1:%2, 2026-03-31T10:30:00: not punctuation.
            if re.match(r'[\dhHmMs%]', before) and re.match(r':[\dhHmMs%]', t[i:i + 2]):
                continue
            # postgresql://host: an address, not punctuation.
            if t[i + 1:i + 3] == '//':
                continue
            # "::" C++ scope or "--option:" never appear in French prose; a
            # colon opening the text is a list continuation, not a fault.
        if ch == ';' and (t[i + 1:i + 2] == ';' or before == ';'):
            continue  # ";;" parts the filters of a file dialog
        if ch in '?!' and (before == '' or before in '?!(' or t[i + 1:i + 2] == '='):
            continue  # "?" as the unknown author, "!=" in a formula
        if before == '':
            continue
        if before not in NBSP:
            what = 'an ordinary space' if before == ' ' else 'no space'
            faults.append('%s before « %s » (use a non-breaking space)' % (what, ch))
    for m in re.finditer(r'«', t):
        after = t[m.start() + 1:m.start() + 2]
        if after not in NBSP:
            what = 'an ordinary space' if after == ' ' else 'no space'
            faults.append('%s after « « » (use a non-breaking space)' % what)
    if re.search(r'\w\((?:s|es|x|e)\)', t):
        faults.append('"(s)" plural (use %n and real plural forms)')
    faults.extend(figure_offences(t))
    for m in re.finditer(r'(?<![\d,.])1\s+(?:%s)\b' % MONTHS, t, re.I):
        faults.append('"%s" for the first of the month (use "1er")' % m.group(0))
    return faults


def figure_offences(t):
    faults = []
    # Blank placeholders so %1 or %10 are not read as figures.
    t = PLACEHOLDER.sub(lambda m: '#' * len(m.group(0)), t)
    for m in re.finditer(r'(?<![\w.,/-])\d{5,}(?![\w/-])', t):
        faults.append('figure %s without thousands separator (write 25 000)' % m.group(0))
    for m in re.finditer(r'(?<![\w.,/-])\d{1,3}(?: \d{3})+(?![\w])', t):
        faults.append('figure %s grouped by an ordinary space (use a non-breaking one)' % m.group(0))
    for m in re.finditer(r'(?<![\w.,/-])\d{1,3}(?:,\d{3})+(?![\d])', t):
        faults.append('figure %s written the English way (write 25 000)' % m.group(0))
    for m in re.finditer(r'(?<![\w.,/-])\d+\.\d+(?![\w.])', t):
        # 17.17 or 4.4 are SDG target numbers, not decimals: only flag a
        # decimal point followed by a unit or a percent.
        tail = t[m.end():m.end() + 3]
        if re.match(r'\s?(?:%|s\b|€|h\b|ans?\b|km|k€|M€)', tail):
            faults.append('decimal %s with a point (write 0,8)' % m.group(0))
    for m in re.finditer(r'[\d#] (€|k€|M€)', t):
        faults.append('an ordinary space before « %s » (use a non-breaking space)' % m.group(1))
    for m in re.finditer(r'%(?!L?\d|L?n)', t):
        before = t[m.start() - 1] if m.start() > 0 else ''
        if before in NBSP or before == '':
            continue
        if before == ' ' and m.start() >= 2 and re.match(r'[\d#]', t[m.start() - 2]):
            faults.append('an ordinary space before « % » (use a non-breaking space)')
        elif re.match(r'[\d#p]', before):
            faults.append('no space before « % » (write 100 %)')
    return faults


# The method's labels, capitalised as in its lists. Put in a French sentence
# right after a preposition ("accorde 20 % à Proposition de valeur") they lack
# their article; the app quotes them instead (« Proposition de valeur »).
METHOD_LABELS = ('Processus / chaîne de valeur|Modèle socio-économique|Proposition de valeur|'
                 'Positionnement / ancrage|Pratiques responsables|Coopération économique|'
                 'Innovation sociétale|Mécénat')
BARE_LABEL = re.compile(r'\b(?:à|de|du|pour|sur|contre|entre) (?:%s)\b' % METHOD_LABELS)


def generated_french_offences(text):
    """french_offences, and the method's labels dropped into a sentence
    without their article: for what the app writes, not for translations."""
    faults = french_offences(text)
    for m in BARE_LABEL.finditer(text):
        faults.append('"%s": a method label after a preposition needs its article or quotes' % m.group(0))
    return faults


def english_offences(text):
    faults = []
    t = prose(text)
    if re.search(r'\w\((?:s|es)\)', t):
        faults.append('"(s)" plural (use %n and real plural forms)')
    if re.search(r'[\d#][ \u00a0\u202f]%(?!L?\d|L?n)', PLACEHOLDER.sub(lambda m: '#' * len(m.group(0)), t)):
        faults.append('a space before « % » (English writes 100%)')
    if re.search(r'\bpatronage\b', t, re.I):
        faults.append('"patronage" (say corporate philanthropy or sponsorship)')
    return faults


def messages(ts_path):
    """(context, source, [translations], numerus) of each live message."""
    text = open(ts_path, encoding='utf-8').read()
    for cm in re.finditer(r'<context>\s*<name>(.*?)</name>(.*?)</context>', text, re.S):
        for mm in re.finditer(r'<message([^>]*)>(.*?)</message>', cm.group(2), re.S):
            body = mm.group(2)
            tr = re.search(r'<translation([^>]*)>(.*?)</translation>', body, re.S)
            if not tr or 'vanished' in tr.group(1) or 'obsolete' in tr.group(1):
                continue
            source = html.unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
            forms = re.findall(r'<numerusform>(.*?)</numerusform>', tr.group(2), re.S)
            translations = [html.unescape(f) for f in forms] if forms else [html.unescape(tr.group(2))]
            yield html.unescape(cm.group(1)), source, translations, 'numerus="yes"' in mm.group(1)


def check_ts(ts_path, offences, label):
    found = []
    for context, source, translations, numerus in messages(ts_path):
        if label == 'fr' and not numerus and '%n' not in source and re.search(r'\w\((?:s|es)\)', source):
            found.append((context, source, 'source', '"(s)" plural in the source: pass the count to tr() and use %n'))
        for t in translations:
            for fault in offences(t):
                found.append((context, source, t, fault))
    for context, source, t, fault in found:
        print('%s [%s] %s\n    source:      %s\n    translation: %s' % (label, context, fault, source, t))
    return len(found)


def strings_of(value, path=''):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from strings_of(v, path + '.' + k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from strings_of(v, '%s[%d]' % (path, i))


def run_app(app, args, language):
    env = dict(os.environ, LANG=language, LC_ALL=language, LANGUAGE='', QT_QPA_PLATFORM='offscreen')
    run = subprocess.run([app] + args, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        print('`alliance-pilot %s` failed: %s' % (' '.join(args), run.stderr.strip()))
    return run


def check_lines(label, text, offences, keep=lambda fault: True):
    count = 0
    for line in text.splitlines():
        for fault in filter(keep, offences(line)):
            count += 1
            print('%s: %s\n    line: %s' % (label, fault, line.strip()))
    return count


def check_example(app, pdftotext):
    """The French example: its texts (through the JSON export), what `info`
    prints in French, and the text of its French and English reports."""
    count = 0
    with tempfile.TemporaryDirectory() as work:
        project = os.path.join(work, 'example.alliance')
        exported = os.path.join(work, 'example.json')
        if run_app(app, ['new', '--example', project], 'fr_FR.UTF-8').returncode != 0:
            return 1
        if run_app(app, ['export', project, '--format', 'json', '-o', exported, '--private'],
                   'fr_FR.UTF-8').returncode != 0:
            return 1
        data = json.load(open(exported, encoding='utf-8'))
        for path, text in strings_of(data.get('tables', {}), 'tables'):
            # Ids, clocks, ISO dates and enum ids hold no space and no
            # prose; only texts a person wrote are checked.
            if ' ' not in text and not re.search(r'[«»’\']', text):
                continue
            for fault in french_offences(text):
                count += 1
                print('example %s: %s\n    text: %s' % (path, fault, text))

        info = run_app(app, ['info', project, '--history'], 'fr_FR.UTF-8')
        count += 1 if info.returncode != 0 else check_lines('info (fr)', info.stdout, generated_french_offences)

        if pdftotext:
            for language, offences in (('fr', generated_french_offences), ('en', english_offences)):
                pdf = os.path.join(work, 'report-%s.pdf' % language)
                if run_app(app, ['report', project, '-o', pdf, '--lang', language, '--private'],
                           'fr_FR.UTF-8').returncode != 0:
                    count += 1
                    continue
                text = subprocess.run([pdftotext, pdf, '-'], capture_output=True, text=True).stdout
                # pdftotext writes a non-breaking space as an ordinary one:
                # spaces are checked in the translations and the example.
                count += check_lines('report (%s)' % language, text, offences,
                                     lambda fault: 'space' not in fault)
    return count


# The checks check themselves first: each fault must be found, and none of
# the exceptions may be taken for one.
FRENCH_FAULTS = [
    "L'association", 'Statut : terminé', 'Statut: terminé', 'Vraiment ?', 'le modèle « Mécénat »',
    '«\u00a0Mécénat »', '%n modification(s)', '25000 personnes', '25,000 personnes', '100% des partenaires',
    '100 % des partenaires', '%1% des entreprises', '0.8 s', 'du 1 septembre 2025', '60\u202f000 €',
    '1 150 personnes',
]
FRENCH_CLEAN = [
    'L’association', 'Statut\u00a0: terminé', 'Vraiment\u202f?', 'le modèle «\u00a0Mécénat\u00a0»',
    'à 10:30', '%1:%2', 'hh:mm:ss', 'voir https://example.org/a?b=c', 'Fichiers CSV (*.csv);;Tous (*)',
    '1er septembre 2025', '21 septembre 2025', '25\u202f000 personnes', '100\u00a0% des partenaires',
    '%1\u00a0%', 'en 2025', 'cibles ODD 17.17, 4.4', '%n modification', '?', '%1 %2',
]
ENGLISH_FAULTS = ['%n partner(s) answered', 'Patronage', '%1 %', '100 %']
ENGLISH_CLEAN = ['%n partners answered', 'Corporate philanthropy', '%1%', '%1 %2']


def self_check():
    wrong = [t for t in FRENCH_FAULTS if not french_offences(t)]
    wrong += [t for t in FRENCH_CLEAN if french_offences(t)]
    wrong += [t for t in ['accorde 20\u00a0% à Proposition de valeur', 'relève de Mécénat']
              if not generated_french_offences(t)]
    wrong += [t for t in ['accorde 20\u00a0% à «\u00a0Proposition de valeur\u00a0»', 'le mécénat de compétences']
              if generated_french_offences(t)]
    wrong += [t for t in ENGLISH_FAULTS if not english_offences(t)]
    wrong += [t for t in ENGLISH_CLEAN if english_offences(t)]
    for t in wrong:
        print('the checker itself is wrong about: %r' % t)
    return len(wrong)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--ts-fr', required=True)
    parser.add_argument('--ts-en')
    parser.add_argument('--app', help='alliance-pilot, to check the French example project')
    parser.add_argument('--pdftotext', help='to check the text of the example\'s reports')
    args = parser.parse_args()
    if self_check():
        return 1
    count = check_ts(args.ts_fr, french_offences, 'fr')
    if args.ts_en:
        count += check_ts(args.ts_en, english_offences, 'en')
    if args.app:
        count += check_example(args.app, args.pdftotext)
    if count:
        print('typography or wording faults found: %d' % count)
        return 1
    print('French typography and English wording are clean')
    return 0


if __name__ == '__main__':
    sys.exit(main())
