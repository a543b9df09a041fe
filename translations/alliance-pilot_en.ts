<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AnswersActions</name>
    <message>
        <location filename="../ui/answersactions.cpp" line="+78"/>
        <source>Import answers</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire workbooks (*.xlsx)</source>
        <translation>Questionnaire workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No answers can be imported</source>
        <translation>No answers can be imported</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No answer changed: the project already holds them.</source>
        <translation>No answer changed: the project already holds them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answers were not imported</source>
        <translation>The answers were not imported</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n answer(s) imported.</source>
        <translation>
            <numerusform>%n answer imported.</numerusform>
            <numerusform>%n answers imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswersImport</name>
    <message>
        <location filename="../core/questionnaire/answersimport.cpp" line="+52"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In words</source>
        <translation>In words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The answer to “%1” was ignored: %2.</source>
        <extracomment>%1 the question, %2 why its answer is not used</extracomment>
        <translation>The answer to “%1” was ignored: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The weights were not imported: each must be a whole number from 0 to 100.</source>
        <translation>The weights were not imported: each must be a whole number from 0 to 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights were not imported: all four must be given.</source>
        <translation>The weights were not imported: all four must be given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights were not imported: they add up to %1, not 100.</source>
        <translation>The weights were not imported: they add up to %1, not 100.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review “%1”</source>
        <extracomment>%1 the review&apos;s title</extracomment>
        <translation>Review “%1”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A question of the workbook is no longer asked in this project; its answer was ignored.</source>
        <translation>A question of the workbook is no longer asked in this project; its answer was ignored.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The comment on “%1” was ignored: it has no score.</source>
        <translation>The comment on “%1” was ignored: it has no score.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” was not imported: %2</source>
        <extracomment>%1 the workbook&apos;s file name, %2 why it is refused</extracomment>
        <translation>“%1” was not imported: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is not a questionnaire prepared by Alliance Pilot.</source>
        <translation>it is not a questionnaire prepared by Alliance Pilot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was not imported. %2</source>
        <extracomment>%1 the workbook&apos;s file name, %2 why its binding is refused (a sentence)</extracomment>
        <translation>“%1” was not imported. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was prepared for another partnership.</source>
        <translation>it was prepared for another partnership.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its review is not in this project.</source>
        <translation>its review is not in this project.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its anonymous answers name no known kind of organisation.</source>
        <translation>its anonymous answers name no known kind of organisation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its organisation is not in this project.</source>
        <translation>its organisation is not in this project.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its sheet of answers is missing.</source>
        <translation>its sheet of answers is missing.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” answers the same questionnaire and counts instead.</source>
        <translation>“%1” answers the same questionnaire and counts instead.</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Import answers from %n workbook(s)</source>
        <translation>
            <numerusform>Import answers from %n workbook</numerusform>
            <numerusform>Import answers from %n workbooks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="+38"/>
        <source>--help takes no argument.</source>
        <translation>--help takes no argument.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>new --example OUT [--scale large]</source>
        <translation>new --example OUT [--scale large]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an example partnership to the new file OUT.</source>
        <translation>Write an example partnership to the new file OUT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new --from IN.json OUT</source>
        <translation>new --from IN.json OUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the new project file OUT from the interchange file IN.json.</source>
        <translation>Build the new project file OUT from the interchange file IN.json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/verbvalidate.cpp" line="+15"/>
        <source>validate FILE</source>
        <translation>validate FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/verbvalidate.cpp" line="+1"/>
        <source>Check that FILE is a sound project file, without changing it.</source>
        <translation>Check that FILE is a sound project file, without changing it.</translation>
    </message>
    <message>
        <source>info FILE</source>
        <translation type="vanished">info FILE</translation>
    </message>
    <message>
        <source>Print the title, partners, current step and last review of FILE.</source>
        <translation type="vanished">Print the title, partners, current step and last review of FILE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/verbinfo.cpp" line="+339"/>
        <source>info FILE [--history]</source>
        <translation>info FILE [--history]</translation>
    </message>
    <message>
        <source>Print the title, partners, current step and last review of FILE; with --history, every item&apos;s changes.</source>
        <translation type="vanished">Print the title, partners, current step and last review of FILE; with --history, every item&apos;s changes.</translation>
    </message>
    <message>
        <source>Print the title, partners, current step, last review and indicators of FILE; with --history, every item&apos;s changes.</source>
        <translation type="vanished">Print the title, partners, current step, last review and indicators of FILE; with --history, every item&apos;s changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the title, partners, current step, last review, indicators and committees of FILE; with --history, every item&apos;s changes.</source>
        <translation>Print the title, partners, current step, last review, indicators and committees of FILE; with --history, every item&apos;s changes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/cli/verbshare.cpp" line="+41"/>
        <source>share FILE --partner NAME -o OUT</source>
        <translation>share FILE --partner NAME -o OUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to OUT a copy of FILE for one partner, without private items (the share is recorded in OUT).</source>
        <translation>Write to OUT a copy of FILE for one partner, without private items (the share is recorded in OUT).</translation>
    </message>
    <message>
        <source>export FILE --format json -o OUT.json [--private]</source>
        <translation type="vanished">export FILE --format json -o OUT.json [--private]</translation>
    </message>
    <message>
        <source>Write the partnership of FILE to OUT.json in the interchange format, without private items unless --private.</source>
        <translation type="vanished">Write the partnership of FILE to OUT.json in the interchange format, without private items unless --private.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/cli/verbquestionnaire.cpp" line="+117"/>
        <source>questionnaire FILE --kind review|maturity|weights|needs (--partner NAME -o OUT.xlsx | --all-partners DIR) [--review TITLE] [--lang fr|en] [--anonymous]</source>
        <translation>questionnaire FILE --kind review|maturity|weights|needs (--partner NAME -o OUT.xlsx | --all-partners DIR) [--review TITLE] [--lang fr|en] [--anonymous]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the questionnaire workbook a partner fills in without the app, for one partner or for each.</source>
        <translation>Write the questionnaire workbook a partner fills in without the app, for one partner or for each.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/cli/verbmerge.cpp" line="+47"/>
        <source>merge MINE THEIRS -o OUT</source>
        <translation>merge MINE THEIRS -o OUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge a partner&apos;s copy THEIRS into MINE and write the result to OUT.</source>
        <translation>Merge a partner&apos;s copy THEIRS into MINE and write the result to OUT.</translation>
    </message>
    <message>
        <source>portfolio FOLDER [--format text|csv|xlsx] [-o OUT]</source>
        <translation type="vanished">portfolio FOLDER [--format text|csv|xlsx] [-o OUT]</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/verbportfolio.cpp" line="+120"/>
        <source>portfolio FOLDER [--format text|csv|xlsx|pdf] [-o OUT] [--lang fr|en]</source>
        <translation>portfolio FOLDER [--format text|csv|xlsx|pdf] [-o OUT] [--lang fr|en]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the partnerships of the project files of FOLDER with their figures.</source>
        <translation>List the partnerships of the project files of FOLDER with their figures.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/verbimportanswers.cpp" line="+72"/>
        <source>import-answers FILE ANSWERS.xlsx... -o OUT</source>
        <translation>import-answers FILE ANSWERS.xlsx... -o OUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the answers of questionnaire workbooks into FILE and write the result to OUT.</source>
        <translation>Import the answers of questionnaire workbooks into FILE and write the result to OUT.</translation>
    </message>
    <message>
        <source>workspace init|publish|list|sync …</source>
        <translation type="vanished">workspace init|publish|list|sync …</translation>
    </message>
    <message>
        <source>Share partnerships with a team of managers in a PostgreSQL workspace: make one, publish a partnership, list yours, sync a file.</source>
        <translation type="vanished">Share partnerships with a team of managers in a PostgreSQL workspace: make one, publish a partnership, list yours, sync a file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--version</source>
        <translation>--version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the version.</source>
        <translation>Print the version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--help</source>
        <translation>--help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this help.</source>
        <translation>Print this help.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Usage: alliance-pilot [FILE]
       alliance-pilot COMMAND [ARGUMENTS]

Without a command, opens the window (and FILE in it).

Commands:
</source>
        <translation>Usage: alliance-pilot [FILE]
       alliance-pilot COMMAND [ARGUMENTS]

Without a command, opens the window (and FILE in it).

Commands:
</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../ui/report/reportverb.cpp" line="+48"/>
        <source>report FILE -o OUT.pdf [--lang fr|en] [--preset full|committee] [--sections LIST] [--paper a4|letter]</source>
        <translation>report FILE -o OUT.pdf [--lang fr|en] [--preset full|committee] [--sections LIST] [--paper a4|letter]</translation>
    </message>
    <message>
        <source>report FILE -o OUT.pdf [--lang fr|en] [--sections LIST] [--paper a4|letter]</source>
        <translation type="vanished">report FILE -o OUT.pdf [--lang fr|en] [--sections LIST] [--paper a4|letter]</translation>
    </message>
    <message>
        <location line="-127"/>
        <location filename="../core/cli/verbexport.cpp" line="+81"/>
        <source>export FILE --format json|xlsx|csv|ics -o OUT [--private] [--lang fr|en]</source>
        <translation>export FILE --format json|xlsx|csv|ics -o OUT [--private] [--lang fr|en]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the partnership of FILE to OUT: interchange file, workbook, folder of CSV files or calendar, without private items unless --private.</source>
        <translation>Write the partnership of FILE to OUT: interchange file, workbook, folder of CSV files or calendar, without private items unless --private.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbworkspace.cpp" line="+32"/>
        <source>workspace init URL</source>
        <translation>workspace init URL</translation>
    </message>
    <message>
        <source>Make the empty PostgreSQL database URL a shared workspace for a team of managers.</source>
        <translation type="vanished">Make the empty PostgreSQL database URL a shared workspace for a team of managers.</translation>
    </message>
    <message>
        <source>workspace init|publish|list|sync|members|member …</source>
        <translation type="vanished">workspace init|publish|list|sync|members|member …</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="+26"/>
        <source>workspace init|publish|list|sync|members|member|pull …</source>
        <translation>workspace init|publish|list|sync|members|member|pull …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share partnerships with a team of managers in a PostgreSQL workspace: make one, publish a partnership, list yours, sync a file, make a file of one you lack.</source>
        <translation>Share partnerships with a team of managers in a PostgreSQL workspace: make one, publish a partnership, list yours, sync a file, make a file of one you lack.</translation>
    </message>
    <message>
        <location line="+102"/>
        <location filename="../ui/report/reportverb.cpp" line="+3"/>
        <source>Write the evaluation report of FILE as a PDF file.</source>
        <translation>Write the evaluation report of FILE as a PDF file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report FILE -o OUT.pdf --preset minutes --meeting DATE|TITLE</source>
        <translation>report FILE -o OUT.pdf --preset minutes --meeting DATE|TITLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/minutesverb.cpp" line="+51"/>
        <source>Write the minutes of one meeting of FILE as a PDF file.</source>
        <translation>Write the minutes of one meeting of FILE as a PDF file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screenshots FOLDER</source>
        <translation>screenshots FOLDER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the start page and every step page of the example, in French and English, as PNG files in FOLDER.</source>
        <translation>Draw the start page and every step page of the example, in French and English, as PNG files in FOLDER.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 done, 1 the input was refused (the reason is printed), 2 wrong command line.</source>
        <translation>Exit codes: 0 done, 1 the input was refused (the reason is printed), 2 wrong command line.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did you mean “%1”?</source>
        <translation>Did you mean “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “alliance-pilot --help” for the list of commands.</source>
        <translation>Run “alliance-pilot --help” for the list of commands.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbinfo.cpp" line="-280"/>
        <source>Partners:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Current step: %1. %2 (%3)</source>
        <translation>Current step: %1. %2 (%3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not named yet</source>
        <translation>not named yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last review: none yet</source>
        <translation>Last review: none yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+70"/>
        <location line="+122"/>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Last review: %1 (%2), %3</source>
        <translation>Last review: %1 (%2), %3</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="vanished">%1 %2%</translation>
    </message>
    <message>
        <source>%1 not scored</source>
        <translation type="vanished">%1 not scored</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Maturity and next tools:</source>
        <translation>Maturity and next tools:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/cli/verbportfolio.cpp" line="-70"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no self-diagnostic answered yet</source>
        <translation>no self-diagnostic answered yet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indicators: none yet</source>
        <translation>Indicators: none yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicators on %1: %2 on track, %3 at risk, %4 off track, %5 without data</source>
        <translation>Indicators on %1: %2 on track, %3 at risk, %4 off track, %5 without data</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off track</source>
        <translation>off track</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+74"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>%1, suggested from what was entered</source>
        <translation>%1, suggested from what was entered</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%1 %2% (%n partner(s) answered)</source>
        <translation>
            <numerusform>%1 %2% (%n partner answered)</numerusform>
            <numerusform>%1 %2% (%n partners answered)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not rated</source>
        <translation>%1 not rated</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicators at the review, beside the ratings: %1% of the way to their targets (%2 of %3 with data)</source>
        <translation>Indicators at the review, beside the ratings: %1% of the way to their targets (%2 of %3 with data)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicators at the review: no measurement yet</source>
        <translation>Indicators at the review: no measurement yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impacts: %1</source>
        <translation>Impacts: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %2 (%n partner(s) answered)</source>
        <translation>
            <numerusform>%1: %2 (%n partner answered)</numerusform>
            <numerusform>%1: %2 (%n partners answered)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>target %1 by %2</source>
        <translation>target %1 by %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no measurement yet</source>
        <translation>no measurement yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 achieved, %2 expected by %3</source>
        <translation>%1 achieved, %2 expected by %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 achieved</source>
        <translation>%1 achieved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (%3): %4</source>
        <translation>%1: %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committees: none yet</source>
        <translation>Committees: none yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last steering committee: %1</source>
        <translation>Last steering committee: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next meeting: %1</source>
        <translation>Next meeting: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Open decisions: %n</source>
        <translation>
            <numerusform>Open decision: %n</numerusform>
            <numerusform>Open decisions: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change recorded</source>
        <translation>no change recorded</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Print the title, partners, current step, model, last review, indicators, maturity and committees of FILE.</source>
        <translation>Print the title, partners, current step, model, last review, indicators, maturity and committees of FILE.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+33"/>
        <location filename="../core/cli/verbworkspace.cpp" line="+129"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2  %3: %4</source>
        <translation>%1  %2  %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (through the copy for %1)</source>
        <translation>  (through the copy for %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also print every item&apos;s changes: when, who, which field, the new value.</source>
        <translation>Also print every item&apos;s changes: when, who, which field, the new value.</translation>
    </message>
    <message>
        <source>Print the title, partners, current step, model, last review, indicators and maturity of FILE.</source>
        <translation type="vanished">Print the title, partners, current step, model, last review, indicators and maturity of FILE.</translation>
    </message>
    <message>
        <source>Print the title, partners, current step, last review and indicators of FILE.</source>
        <translation type="vanished">Print the title, partners, current step, last review and indicators of FILE.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File format: %1</source>
        <translation>File format: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/verbnew.cpp" line="+34"/>
        <source>Fill the project with the example partnership.</source>
        <translation>Fill the project with the example partnership.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>normal (the default), or large: a big project for measurements.</source>
        <translation>normal (the default), or large: a big project for measurements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build the project from the interchange file IN.json (made by export).</source>
        <translation>Build the project from the interchange file IN.json (made by export).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IN.json</source>
        <translation>IN.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new --example OUT [--scale large] | new --from IN.json OUT</source>
        <translation>new --example OUT [--scale large] | new --from IN.json OUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an example partnership, or the partnership of the interchange file IN.json, to the new file OUT.</source>
        <translation>Write an example partnership, or the partnership of the interchange file IN.json, to the new file OUT.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what the project is made from: --example or --from IN.json (one of them).</source>
        <translation>Say what the project is made from: --example or --from IN.json (one of them).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--scale goes with --example only.</source>
        <translation>--scale goes with --example only.</translation>
    </message>
    <message>
        <source>Only example projects can be made from the command line: add --example.</source>
        <translation type="vanished">Only example projects can be made from the command line: add --example.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown size “%1”: use normal or large.</source>
        <translation>Unknown size “%1”: use normal or large.</translation>
    </message>
    <message>
        <source>no step</source>
        <translation type="vanished">no step</translation>
    </message>
    <message>
        <location filename="../core/cli/verbmerge.cpp" line="-22"/>
        <source>outside the steps</source>
        <translation>outside the steps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” (%2, %3)</source>
        <translation>“%1” (%2, %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The merged project to write (a new file).</source>
        <translation>The merged project to write (a new file).</translation>
    </message>
    <message>
        <source>The format to write: json.</source>
        <translation type="vanished">The format to write: json.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbexport.cpp" line="-15"/>
        <location filename="../core/cli/verbportfolio.cpp" line="+35"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../core/cli/verbportfolio.cpp" line="-43"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>text (the default, to the terminal), csv or xlsx (to OUT).</source>
        <translation type="vanished">text (the default, to the terminal), csv or xlsx (to OUT).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>text (the default, to the terminal), csv, xlsx or pdf (the report for a board, to OUT).</source>
        <translation>text (the default, to the terminal), csv, xlsx or pdf (the report for a board, to OUT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file to write (a new file).</source>
        <translation>The file to write (a new file).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the PDF report: fr or en (default fr).</source>
        <translation>Language of the PDF report: fr or en (default fr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the partnerships of this model (its id, or “none” for a model not named yet).</source>
        <translation>Only the partnerships of this model (its id, or “none” for a model not named yet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the partnerships at this step (1 to 7).</source>
        <translation>Only the partnerships at this step (1 to 7).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the partnerships with a partner in this region or département.</source>
        <translation>Only the partnerships with a partner in this region or département.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the partnerships of this status: %1.</source>
        <translation>Only the partnerships of this status: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort by this column: %1.</source>
        <translation>Sort by this column: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COLUMN</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort in descending order.</source>
        <translation>Sort in descending order.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the partnerships of the project files of FOLDER with their figures: lead, model, current step, indicators, last review, late actions, next milestone and committee. Every file is checked first; a refused file is listed with its reason. The PDF is a report for a board: the table, the consolidated charts and the refused files.</source>
        <translation>List the partnerships of the project files of FOLDER with their figures: lead, model, current step, indicators, last review, late actions, next milestone and committee. Every file is checked first; a refused file is listed with its reason. The PDF is a report for a board: the table, the consolidated charts and the refused files.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown format “%1”: use text, csv, xlsx or pdf.</source>
        <translation>Unknown format “%1”: use text, csv, xlsx or pdf.</translation>
    </message>
    <message>
        <source>List the partnerships of the project files of FOLDER with their figures: lead, model, current step, indicators, last review, late actions, next milestone and committee. Every file is checked first; a refused file is listed with its reason.</source>
        <translation type="vanished">List the partnerships of the project files of FOLDER with their figures: lead, model, current step, indicators, last review, late actions, next milestone and committee. Every file is checked first; a refused file is listed with its reason.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text, csv or xlsx.</source>
        <translation type="vanished">Unknown format “%1”: use text, csv or xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say where to write the %1 file (-o).</source>
        <translation>Say where to write the %1 file (-o).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lang is for the PDF report (--format pdf).</source>
        <translation>--lang is for the PDF report (--format pdf).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This program cannot write PDF files: run alliance-pilot.</source>
        <translation>This program cannot write PDF files: run alliance-pilot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown status “%1”.</source>
        <translation>Unknown status “%1”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown step “%1”: give 1 to 7.</source>
        <translation>Unknown step “%1”: give 1 to 7.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown column “%1”.</source>
        <translation>Unknown column “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n partnership(s) listed</source>
        <translation>
            <numerusform>%n partnership listed</numerusform>
            <numerusform>%n partnerships listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refused</numerusform>
            <numerusform>, %n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Wrote %1 (%n page(s)): %2</source>
        <translation>
            <numerusform>Wrote %1 (%n page): %2</numerusform>
            <numerusform>Wrote %1 (%n pages): %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote %1: %2</source>
        <translation>Wrote %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/verbexport.cpp" line="-27"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n table(s), %1</source>
        <translation>
            <numerusform>%n table, %1</numerusform>
            <numerusform>%n tables, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1: %2, private items included.</source>
        <translation>Wrote %1: %2, private items included.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1: %2, without private items.</source>
        <translation>Wrote %1: %2, without private items.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n text(s) longer than a spreadsheet cell holds (%1 characters) were cut.</source>
        <translation>
            <numerusform>%n text longer than a spreadsheet cell holds (%1 characters) was cut.</numerusform>
            <numerusform>%n texts longer than a spreadsheet cell holds (%1 characters) were cut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The format to write: json (interchange), xlsx (workbook), csv (a folder of tables) or ics (calendar).</source>
        <translation>The format to write: json (interchange), xlsx (workbook), csv (a folder of tables) or ics (calendar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to write (a new file; for csv, a new folder).</source>
        <translation>The file to write (a new file; for csv, a new folder).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/verbimportanswers.cpp" line="-2"/>
        <location filename="../core/cli/verbmerge.cpp" line="+1"/>
        <location filename="../core/cli/verbportfolio.cpp" line="-157"/>
        <location filename="../core/cli/verbquestionnaire.cpp" line="-18"/>
        <location filename="../core/cli/verbshare.cpp" line="-2"/>
        <location filename="../core/cli/verbworkspace.cpp" line="-116"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include the items marked private (left out by default).</source>
        <translation>Include the items marked private (left out by default).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of headers and values for xlsx, csv and ics: fr or en (default: the application&apos;s).</source>
        <translation>Language of headers and values for xlsx, csv and ics: fr or en (default: the application&apos;s).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the whole partnership of FILE to OUT: in the interchange format (json), as a workbook with one sheet per table (xlsx), as a folder of CSV files (csv) or as a calendar of its dates (ics); without private items unless --private. FILE is not changed.</source>
        <translation>Write the whole partnership of FILE to OUT: in the interchange format (json), as a workbook with one sheet per table (xlsx), as a folder of CSV files (csv) or as a calendar of its dates (ics); without private items unless --private. FILE is not changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the format (--format json, xlsx, csv or ics) and where to write (-o).</source>
        <translation>Give the format (--format json, xlsx, csv or ics) and where to write (-o).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format “%1”: use json, xlsx, csv or ics.</source>
        <translation>Unknown format “%1”: use json, xlsx, csv or ics.</translation>
    </message>
    <message>
        <source>Write the whole partnership of FILE to OUT.json in the interchange format, without private items unless --private; FILE is not changed.</source>
        <translation type="vanished">Write the whole partnership of FILE to OUT.json in the interchange format, without private items unless --private; FILE is not changed.</translation>
    </message>
    <message>
        <source>Give the format (--format json) and the file to write (-o).</source>
        <translation type="vanished">Give the format (--format json) and the file to write (-o).</translation>
    </message>
    <message>
        <source>Unknown format “%1”: this version writes json.</source>
        <translation type="vanished">Unknown format “%1”: this version writes json.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Wrote %1: the partnership “%2”, %n item(s), private items included.</source>
        <translation>
            <numerusform>Wrote %1: the partnership “%2”, %n item, private items included.</numerusform>
            <numerusform>Wrote %1: the partnership “%2”, %n items, private items included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %1: the partnership “%2”, %n item(s), without private items.</source>
        <translation>
            <numerusform>Wrote %1: the partnership “%2”, %n item, without private items.</numerusform>
            <numerusform>Wrote %1: the partnership “%2”, %n items, without private items.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/verbmerge.cpp" line="+3"/>
        <source>Merge the partner&apos;s copy THEIRS into MINE, keeping each field&apos;s latest change, list the conflicts, and write the result to OUT.</source>
        <translation>Merge the partner&apos;s copy THEIRS into MINE, keeping each field&apos;s latest change, list the conflicts, and write the result to OUT.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbimportanswers.cpp" line="-44"/>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1”: %2, %3</source>
        <extracomment>%1 the workbook&apos;s file name, %2 the questionnaire, %3 the respondent organisation</extracomment>
        <translation>“%1”: %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Anonymous answers: summed up by kind of organisation below.</source>
        <translation>  Anonymous answers: summed up by kind of organisation below.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>  %1, %2: %3 → %4 (%5)</source>
        <extracomment>%1 the question, %2 the part (Rating...), %3 the project&apos;s value, %4 the workbook&apos;s, %5 new/differs</extracomment>
        <translation>  %1, %2: %3 → %4 (%5)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  %n answer(s) change</source>
        <translation>
            <numerusform>  %n answer changes</numerusform>
            <numerusform>  %n answers change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n already in the project.</source>
        <translation>
            <numerusform>, %n already in the project.</numerusform>
            <numerusform>, %n already in the project.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project with the answers to write (a new file).</source>
        <translation>The project with the answers to write (a new file).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the answers of the questionnaire workbooks ANSWERS.xlsx into FILE, each in its respondent organisation&apos;s name, show what changes, and write the result to OUT when something changes. A refused workbook does not stop the others, but the exit code is then 1.</source>
        <translation>Import the answers of the questionnaire workbooks ANSWERS.xlsx into FILE, each in its respondent organisation&apos;s name, show what changes, and write the result to OUT when something changes. A refused workbook does not stop the others, but the exit code is then 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/cli/verbmerge.cpp" line="+9"/>
        <location filename="../core/cli/verbworkspace.cpp" line="+56"/>
        <source>Give the file to write (-o OUT).</source>
        <translation>Give the file to write (-o OUT).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anonymous answers by kind of organisation:</source>
        <translation>Anonymous answers by kind of organisation:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer changes in %1: %2 was not written.</source>
        <translation>No answer changes in %1: %2 was not written.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote %1 with %n changed answer(s); %2 was not changed.</source>
        <translation>
            <numerusform>Wrote %1 with %n changed answer; %2 was not changed.</numerusform>
            <numerusform>Wrote %1 with %n changed answers; %2 was not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n workbook(s) refused: see above.</source>
        <translation>
            <numerusform>%n workbook refused: see above.</numerusform>
            <numerusform>%n workbooks refused: see above.</numerusform>
        </translation>
    </message>
    <message>
        <source>OUT must be a new file, not MINE or THEIRS.</source>
        <translation type="vanished">OUT must be a new file, not MINE or THEIRS.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbexport.cpp" line="-26"/>
        <location filename="../core/cli/verbnew.cpp" line="+2"/>
        <location filename="../core/cli/verbparser.cpp" line="+84"/>
        <location filename="../core/cli/verbquestionnaire.cpp" line="+62"/>
        <source>“%1” already exists and was left as it is. Choose another name.</source>
        <translation>“%1” already exists and was left as it is. Choose another name.</translation>
    </message>
    <message>
        <source>%1 change(s) came in from %2, %3 conflict(s).</source>
        <translation type="vanished">%1 change(s) came in from %2, %3 conflict(s).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/verbmerge.cpp" line="+25"/>
        <source>%n change(s) came in from %1, %2.</source>
        <extracomment>%1 is the file&apos;s name, %2 the conflicts&apos; count (&quot;2 conflicts&quot;)</extracomment>
        <translation>
            <numerusform>%n change came in from %1, %2.</numerusform>
            <numerusform>%n changes came in from %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is the copy made for %1: the changes of others came in through it.</source>
        <translation>It is the copy made for %1: the changes of others came in through it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted by this merge (%1):</source>
        <translation>Deleted by this merge (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 (deleted by %2, %3)</source>
        <translation>  %1 (deleted by %2, %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Left out (%n item(s)):</source>
        <translation>
            <numerusform>Left out (%n item):</numerusform>
            <numerusform>Left out (%n items):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %1: %2 (%n change(s))</source>
        <translation>
            <numerusform>  %1: %2 (%n change)</numerusform>
            <numerusform>  %1: %2 (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  %1, %2: %n change(s)</source>
        <translation>
            <numerusform>  %1, %2: %n change</numerusform>
            <numerusform>  %1, %2: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1, %2: %3 change(s)</source>
        <translation type="vanished">  %1, %2: %3 change(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts (both sides changed the same field; the latest change was kept):</source>
        <translation>Conflicts (both sides changed the same field; the latest change was kept):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1, %2</source>
        <extracomment>a conflict&apos;s item and field: Indicator “Workshops”, Target</extracomment>
        <translation>  %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    mine:   %1</source>
        <translation>    mine:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>  (kept)</source>
        <translation>  (kept)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>    theirs: %1</source>
        <translation>    theirs: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1; %2 and %3 were not changed.</source>
        <translation>Wrote %1; %2 and %3 were not changed.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbnew.cpp" line="+9"/>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written: “%1” was not created.</source>
        <translation>Nothing was written: “%1” was not created.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The example could not be made: %1</source>
        <translation>The example could not be made: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created %1 (%2 changes in its journal).</source>
        <translation>Created %1 (%2 changes in its journal).</translation>
    </message>
    <message>
        <location filename="../core/cli/verbparser.cpp" line="-65"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/cli/verbversion.cpp" line="+18"/>
        <source>Usage: alliance-pilot %1</source>
        <translation>Usage: alliance-pilot %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Missing argument.</source>
        <translation>Missing argument.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbvalidate.cpp" line="+12"/>
        <source>%1: ok (format %2)</source>
        <translation>%1: ok (format %2)</translation>
    </message>
    <message>
        <location filename="../core/cli/verbversion.cpp" line="-1"/>
        <source>--version takes no argument.</source>
        <translation>--version takes no argument.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alliance-pilot %1</source>
        <translation>alliance-pilot %1</translation>
    </message>
    <message>
        <location filename="../ui/report/minutesverb.cpp" line="-20"/>
        <location filename="../ui/report/reportverb.cpp" line="-27"/>
        <source>Write the PDF to OUT.</source>
        <translation>Write the PDF to OUT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes: the minutes of one meeting.</source>
        <translation>minutes: the minutes of one meeting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting: its date (2026-10-20) or its title.</source>
        <translation>The meeting: its date (2026-10-20) or its title.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/report/reportverb.cpp" line="+2"/>
        <source>Language of the report: fr or en (default fr).</source>
        <translation>Language of the report: fr or en (default fr).</translation>
    </message>
    <message>
        <source>Sections to include, separated by commas, among: %1 (default all).</source>
        <translation type="vanished">Sections to include, separated by commas, among: %1 (default all).</translation>
    </message>
    <message>
        <location filename="../ui/report/reportverb.cpp" line="+4"/>
        <source>Sections to include, separated by commas, among: %1 (default: those of the preset).</source>
        <translation>Sections to include, separated by commas, among: %1 (default: those of the preset).</translation>
    </message>
    <message>
        <location filename="../ui/report/minutesverb.cpp" line="+3"/>
        <location filename="../ui/report/reportverb.cpp" line="+5"/>
        <source>Paper: a4 or letter (default a4).</source>
        <translation>Paper: a4 or letter (default a4).</translation>
    </message>
    <message>
        <location filename="../ui/report/reportverb.cpp" line="+4"/>
        <source>What the report is for: full (the synthesis, then every section) or committee (the synthesis, then the next meeting&apos;s agenda, open decisions, indicators at risk and the changes since the last committee; a few pages). Default full.</source>
        <translation>What the report is for: full (the synthesis, then every section) or committee (the synthesis, then the next meeting&apos;s agenda, open decisions, indicators at risk and the changes since the last committee; a few pages). Default full.</translation>
    </message>
    <message>
        <location filename="../ui/report/minutesverb.cpp" line="+3"/>
        <location filename="../ui/report/reportverb.cpp" line="+7"/>
        <source>Include the items marked private.</source>
        <translation>Include the items marked private.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report FILE -o OUT.pdf --preset minutes --meeting DATE|TITLE [--lang fr|en] [--paper a4|letter]</source>
        <translation>report FILE -o OUT.pdf --preset minutes --meeting DATE|TITLE [--lang fr|en] [--paper a4|letter]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--meeting prints a meeting&apos;s minutes: use it with --preset minutes.</source>
        <translation>--meeting prints a meeting&apos;s minutes: use it with --preset minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which meeting with --meeting DATE or --meeting TITLE.</source>
        <translation>Say which meeting with --meeting DATE or --meeting TITLE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/report/reportverb.cpp" line="+15"/>
        <source>Say where to write the PDF with -o OUT.pdf.</source>
        <translation>Say where to write the PDF with -o OUT.pdf.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbexport.cpp" line="-9"/>
        <location filename="../core/cli/verbportfolio.cpp" line="+61"/>
        <location filename="../core/cli/verbquestionnaire.cpp" line="-9"/>
        <location filename="../ui/report/minutesverb.cpp" line="+5"/>
        <location filename="../ui/report/reportverb.cpp" line="+4"/>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Unknown language “%1”: use fr or en.</translation>
    </message>
    <message>
        <location filename="../ui/report/minutesverb.cpp" line="+6"/>
        <location filename="../ui/report/reportverb.cpp" line="+6"/>
        <source>Unknown paper “%1”: use a4 or letter.</source>
        <translation>Unknown paper “%1”: use a4 or letter.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportverb.cpp" line="+6"/>
        <source>Unknown preset “%1”: use full or committee.</source>
        <translation>Unknown preset “%1”: use full or committee.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown section “%1”. The sections are: %2.</source>
        <translation>Unknown section “%1”. The sections are: %2.</translation>
    </message>
    <message>
        <source>The report would replace the project file itself: choose another OUT.</source>
        <translation type="vanished">The report would replace the project file itself: choose another OUT.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/minutesverb.cpp" line="+20"/>
        <location filename="../ui/report/reportverb.cpp" line="+22"/>
        <source>%1: %n page(s) written</source>
        <translation>
            <numerusform>%1: %n page written</numerusform>
            <numerusform>%1: %n pages written</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/verbquestionnaire.cpp" line="-86"/>
        <source>This partnership has no review yet.</source>
        <translation>This partnership has no review yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the review (--review). The reviews are:</source>
        <translation>Give the review (--review). The reviews are:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review is called “%1”. The reviews are:</source>
        <translation>No review is called “%1”. The reviews are:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several reviews are called “%1”. The reviews are:</source>
        <translation>Several reviews are called “%1”. The reviews are:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Wrote %1 for %2: %n question(s)</source>
        <translation>
            <numerusform>Wrote %1 for %2: %n question</numerusform>
            <numerusform>Wrote %1 for %2: %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n answer(s) filled in.</source>
        <translation>
            <numerusform>, %n answer filled in.</numerusform>
            <numerusform>, %n answers filled in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is asked: review, maturity, weights or needs.</source>
        <translation>What is asked: review, maturity, weights or needs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/verbshare.cpp" line="-4"/>
        <source>The partner organisation, by name.</source>
        <translation>The partner organisation, by name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/verbshare.cpp" line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook to write (a new file).</source>
        <translation>The workbook to write (a new file).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write one workbook per partner organisation into the folder DIR.</source>
        <translation>Write one workbook per partner organisation into the folder DIR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review, by title or id.</source>
        <translation>The review, by title or id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the workbook: fr or en (default: the application&apos;s).</source>
        <translation>Language of the workbook: fr or en (default: the application&apos;s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews only: answers counted per kind of organisation, never under a partner&apos;s name; nothing filled in.</source>
        <translation>Reviews only: answers counted per kind of organisation, never under a partner&apos;s name; nothing filled in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the questionnaire workbook a partner fills in with a spreadsheet program, for one partner or for each. FILE is not changed.</source>
        <translation>Write the questionnaire workbook a partner fills in with a spreadsheet program, for one partner or for each. FILE is not changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the kind (--kind review, maturity, weights or needs).</source>
        <translation>Give the kind (--kind review, maturity, weights or needs).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give either a partner and the workbook to write (--partner, -o) or a folder (--all-partners).</source>
        <translation>Give either a partner and the workbook to write (--partner, -o) or a folder (--all-partners).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a review’s questionnaire can be anonymous.</source>
        <translation>Only a review’s questionnaire can be anonymous.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbshare.cpp" line="+2"/>
        <source>The copy to write (a new file).</source>
        <translation>The copy to write (a new file).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to OUT a copy of FILE for the partner NAME, without private items; OUT records the share, FILE is not changed.</source>
        <translation>Write to OUT a copy of FILE for the partner NAME, without private items; OUT records the share, FILE is not changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the partner (--partner) and the copy to write (-o).</source>
        <translation>Give the partner (--partner) and the copy to write (-o).</translation>
    </message>
    <message>
        <location filename="../core/cli/verbquestionnaire.cpp" line="-100"/>
        <location filename="../core/cli/verbshare.cpp" line="+21"/>
        <source>No partner of “%1” is named “%2”. The partners are:</source>
        <translation>No partner of “%1” is named “%2”. The partners are:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/verbshare.cpp" line="+1"/>
        <source>Several partners of “%1” are named “%2”. The partners are:</source>
        <translation>Several partners of “%1” are named “%2”. The partners are:</translation>
    </message>
    <message>
        <location filename="../core/cli/verbshare.cpp" line="+9"/>
        <source>Wrote %1, the copy for %2, without private items. The share is recorded in the copy; %3 was not changed.</source>
        <translation>Wrote %1, the copy for %2, without private items. The share is recorded in the copy; %3 was not changed.</translation>
    </message>
    <message>
        <source>Make the empty PostgreSQL database URL (postgresql://user@host/database) a shared workspace; the password comes from PGPASSFILE.</source>
        <translation type="vanished">Make the empty PostgreSQL database URL (postgresql://user@host/database) a shared workspace; the password comes from PGPASSFILE.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbworkspace.cpp" line="-68"/>
        <source>workspace publish FILE URL</source>
        <translation>workspace publish FILE URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace list URL</source>
        <translation>workspace list URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace sync FILE URL</source>
        <translation>workspace sync FILE URL</translation>
    </message>
    <message>
        <source>A shared workspace on PostgreSQL, URL written postgresql://user@host/database (the password from PGPASSFILE): init makes an empty database one; publish puts the partnership of FILE in it; list shows the partnerships you are a member of; sync exchanges the changes of FILE with it and saves FILE.</source>
        <translation type="vanished">A shared workspace on PostgreSQL, URL written postgresql://user@host/database (the password from PGPASSFILE): init makes an empty database one; publish puts the partnership of FILE in it; list shows the partnerships you are a member of; sync exchanges the changes of FILE with it and saves FILE.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="vanished">owner</translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="vanished">editor</translation>
    </message>
    <message>
        <source>reader</source>
        <translation type="vanished">reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace members FILE URL</source>
        <translation>workspace members FILE URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace member FILE URL MANAGER reader|editor|owner|none</source>
        <translation>workspace member FILE URL MANAGER reader|editor|owner|none</translation>
    </message>
    <message>
        <source>A shared workspace on PostgreSQL, URL written postgresql://user@host/database (the password from PGPASSFILE): init makes an empty database one; publish puts the partnership of FILE in it; list shows the partnerships you are a member of; sync exchanges the changes of FILE with it and saves FILE; members lists who may read or edit the partnership of FILE; member gives a manager a level in it, or none (owners only).</source>
        <translation type="vanished">A shared workspace on PostgreSQL, URL written postgresql://user@host/database (the password from PGPASSFILE): init makes an empty database one; publish puts the partnership of FILE in it; list shows the partnerships you are a member of; sync exchanges the changes of FILE with it and saves FILE; members lists who may read or edit the partnership of FILE; member gives a manager a level in it, or none (owners only).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unknown workspace action: %1</source>
        <translation>Unknown workspace action: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Workspace ready: %1</source>
        <translation>Workspace ready: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 (%2, %n change(s))</source>
        <translation>
            <numerusform>%1 (%2, %n change)</numerusform>
            <numerusform>%1 (%2, %n changes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are a member of no partnership of this workspace yet.</source>
        <translation>You are a member of no partnership of this workspace yet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Published “%1” to %2: you are its owner.</source>
        <translation>Published “%1” to %2: you are its owner.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Unknown level: %1</source>
        <translation>Unknown level: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>workspace pull URL PARTNERSHIP -o OUT</source>
        <translation>workspace pull URL PARTNERSHIP -o OUT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pull: the project file to write (a new file).</source>
        <translation>pull: the project file to write (a new file).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A shared workspace on PostgreSQL, URL written postgresql://user@host/database (the password from PGPASSFILE): init makes an empty database one; publish puts the partnership of FILE in it; list shows the partnerships you are a member of; sync exchanges the changes of FILE with it and saves FILE; members lists who may read or edit the partnership of FILE; member gives a manager a level in it, or none (owners only); pull makes a project file of a partnership you are a member of, named by its id or its title as list shows it.</source>
        <translation>A shared workspace on PostgreSQL, URL written postgresql://user@host/database (the password from PGPASSFILE): init makes an empty database one; publish puts the partnership of FILE in it; list shows the partnerships you are a member of; sync exchanges the changes of FILE with it and saves FILE; members lists who may read or edit the partnership of FILE; member gives a manager a level in it, or none (owners only); pull makes a project file of a partnership you are a member of, named by its id or its title as list shows it.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Only pull writes a new file (-o OUT).</source>
        <translation>Only pull writes a new file (-o OUT).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Wrote %1: “%2”, of which you are %3 in the workspace.</source>
        <translation>Wrote %1: “%2”, of which you are %3 in the workspace.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is now %2 of “%3”.</source>
        <translation>%1 is now %2 of “%3”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer a member of “%2”.</source>
        <translation>%1 is no longer a member of “%2”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You read this partnership only: nothing was sent.</source>
        <translation>You read this partnership only: nothing was sent.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) came in</source>
        <translation>
            <numerusform>%n change came in</numerusform>
            <numerusform>%n changes came in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) settled by the latest change.</source>
        <translation>
            <numerusform>%n conflict settled by the latest change.</numerusform>
            <numerusform>%n conflicts settled by the latest change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message numerus="yes">
        <location filename="../core/evaluation/contributions.cpp" line="+49"/>
        <source>%1 day(s)</source>
        <extracomment>A number of person-days, e.g. &quot;25 days&quot;; %1 is the number written in the reader&apos;s language</extracomment>
        <translation>
            <numerusform>%1 day</numerusform>
            <numerusform>%1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../core/evaluation/dashboard.cpp" line="+59"/>
        <source>No partner</source>
        <translation>No partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown organisation</source>
        <translation>Unknown organisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undated review</source>
        <translation>Undated review</translation>
    </message>
    <message>
        <source>%</source>
        <comment>after a percentage in a tooltip, e.g. 75%</comment>
        <translation type="vanished">%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Carré magique of the partners</source>
        <translation>Carré magique of the partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Weight (%)</source>
        <translation>Weight (%)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Weight each partner&apos;s four objectives in step 2 to compare the partners here.</source>
        <translation>Weight each partner&apos;s four objectives in step 2 to compare the partners here.</translation>
    </message>
    <message>
        <source>Barycentre and recommended model</source>
        <translation type="vanished">Barycentre and recommended model</translation>
    </message>
    <message>
        <source>Weight the partners&apos; objectives in step 2 to see their barycentre and the model it recommends.</source>
        <translation type="vanished">Weight the partners&apos; objectives in step 2 to see their barycentre and the model it recommends.</translation>
    </message>
    <message>
        <source>Barycentre of the partners</source>
        <translation type="vanished">Barycentre of the partners</translation>
    </message>
    <message>
        <source>Recommended model: %1</source>
        <translation type="vanished">Recommended model: %1</translation>
    </message>
    <message>
        <source>Each partner&apos;s reading, and the model named: %1</source>
        <translation type="vanished">Each partner&apos;s reading, and the model named: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Each partner&apos;s reading of the typology</source>
        <translation>Each partner&apos;s reading of the typology</translation>
    </message>
    <message>
        <source>Categories (the objective each serves)</source>
        <translation type="vanished">Categories (the objective each serves)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Readings and model: %1</source>
        <translation>Readings and model: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categories (weight of the objective served)</source>
        <translation>Categories (weight of the objective served)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight the partners&apos; objectives in step 2 to see which category each partner&apos;s reading points to.</source>
        <translation>Weight the partners&apos; objectives in step 2 to see which category each partner&apos;s reading points to.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Progress along the seven steps</source>
        <translation>Progress along the seven steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Set a step&apos;s status to &quot;in progress&quot; or &quot;done&quot; at the top of its page to see the progress.</source>
        <translation type="vanished">Set a step&apos;s status to &quot;in progress&quot; or &quot;done&quot; at the top of its page to see the progress.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Indicators: achieved against target</source>
        <translation>Indicators: achieved against target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the way from baseline to target</source>
        <translation>% of the way from baseline to target</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add indicators and their measurements in step 6 to see how far each has come.</source>
        <translation>Add indicators and their measurements in step 6 to see how far each has come.</translation>
    </message>
    <message>
        <source>On track (≥ 90%)</source>
        <translation type="vanished">On track (≥ 90%)</translation>
    </message>
    <message>
        <source>At risk (50–90%)</source>
        <translation type="vanished">At risk (50–90%)</translation>
    </message>
    <message>
        <source>Off track (&lt; 50%)</source>
        <translation type="vanished">Off track (&lt; 50%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/report/reportchartsource.cpp" line="+29"/>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/portfolio/portfoliocharts.cpp" line="+231"/>
        <location filename="../ui/report/reportchartsource.cpp" line="+2"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/portfolio/portfoliocharts.cpp" line="-2"/>
        <location filename="../ui/report/reportchartsource.cpp" line="+2"/>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (no data)</source>
        <translation>%1 (no data)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected by %1</source>
        <translation>Expected by %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Trend: %1</source>
        <translation>Trend: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (%1)</source>
        <translation>Value (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter measurements of this indicator in step 6 to see its trend.</source>
        <translation>Enter measurements of this indicator in step 6 to see its trend.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expected path (target by %1)</source>
        <translation>Expected path (target by %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>(%n partner(s) answered)</source>
        <comment>after an axis title</comment>
        <translation>
            <numerusform>(%n partner answered)</numerusform>
            <numerusform>(%n partners answered)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1 to %2 partners answered)</source>
        <comment>after an axis title</comment>
        <translation>(%1 to %2 partners answered)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Evaluation per angle and review</source>
        <translation>Evaluation per angle and review</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="vanished">Reviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <location line="+28"/>
        <source>Score (%)</source>
        <translation>Score (%)</translation>
    </message>
    <message>
        <source>Add a review and score its criteria in step 7 to see the evaluation per angle.</source>
        <translation type="vanished">Add a review and score its criteria in step 7 to see the evaluation per angle.</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Enter what a step produces, or set its status at the top of its page, to see the progress.</source>
        <translation>Enter what a step produces, or set its status at the top of its page, to see the progress.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (suggested)</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>suggested from what was entered: %1</source>
        <translation>suggested from what was entered: %1</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Reviews (in brackets: partners who answered)</source>
        <translation>Reviews (in brackets: partners who answered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a review and rate its questions in step 7 to see the evaluation per angle.</source>
        <translation>Add a review and rate its questions in step 7 to see the evaluation per angle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <comment>a review, then how many partners answered</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Evaluation per angle and organisation</source>
        <translation>Evaluation per angle and organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Have each partner score a review&apos;s criteria in step 7 to compare their views.</source>
        <translation>Have each partner score a review&apos;s criteria in step 7 to compare their views.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluation per angle and organisation: %1</source>
        <translation>Evaluation per angle and organisation: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations %1</source>
        <comment>then how many partners answered</comment>
        <translation>Organisations %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The three impacts across reviews</source>
        <translation>The three impacts across reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score the impact criteria of a dated review in step 7 to follow the three impacts.</source>
        <translation>Score the impact criteria of a dated review in step 7 to follow the three impacts.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review date %1</source>
        <comment>then how many partners answered</comment>
        <translation>Review date %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maturity per organisation</source>
        <translation>Maturity per organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maturity (%)</source>
        <translation>Maturity (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the maturity questions of an organisation in step 1 to see its maturity.</source>
        <translation>Answer the maturity questions of an organisation in step 1 to see its maturity.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecosystem</source>
        <translation>Ecosystem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Contributions per partner</source>
        <translation>Contributions per partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (€)</source>
        <translation>Value (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter what each partner brings, valued in euros, in step 5 to compare the contributions.</source>
        <translation>Enter what each partner brings, valued in euros, in step 5 to compare the contributions.</translation>
    </message>
    <message>
        <source> €</source>
        <comment>after an amount in a tooltip</comment>
        <translation type="vanished"> €</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n partner(s) answered</source>
        <translation>
            <numerusform>%n partner answered</numerusform>
            <numerusform>%n partners answered</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardchart.cpp" line="+68"/>
        <source>%1 (%2)</source>
        <comment>a value, then how many answered</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+213"/>
        <location line="+207"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+24"/>
        <source>The image size is empty.</source>
        <translation>The image size is empty.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Chart exported by Alliance Pilot</source>
        <translation>Chart exported by Alliance Pilot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../core/document/fieldvalue.cpp" line="+26"/>
        <source>the whole number %1</source>
        <translation>the whole number %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>binary data</source>
        <translation>binary data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no “%1” in a project.</source>
        <translation>There is no “%1” in a project.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” must be 0 or 1.</source>
        <translation>“%1” must be 0 or 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/storage/fieldwriter.cpp" line="+28"/>
        <source>A project has no field “%1”.</source>
        <translation>A project has no field “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot hold a NUL character.</source>
        <translation>“%1” cannot hold a NUL character.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” may hold at most %2 characters.</source>
        <translation>“%1” may hold at most %2 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>“%1” must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” must be a number.</source>
        <translation>“%1” must be a number.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” must be a date (year-month-day).</source>
        <translation>“%1” must be a date (year-month-day).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” must be a PNG or JPEG image of at most %2 KiB.</source>
        <translation>“%1” must be a PNG or JPEG image of at most %2 KiB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” cannot be “%2”.</source>
        <translation>“%1” cannot be “%2”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” holds a value of the wrong kind (%2).</source>
        <translation>“%1” holds a value of the wrong kind (%2).</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../core/evaluation/owneffects.cpp" line="+31"/>
        <source>“%1”</source>
        <comment>an objective&apos;s name quoted in a sentence</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1/%2</source>
        <comment>a rating out of its maximum, e.g. 4/5</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1%</source>
        <comment>a weight in percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 rated the effects on its objectives but did not weight them in step 2: there is nothing to compare them with.</source>
        <translation>%1 rated the effects on its objectives but did not weight them in step 2: there is nothing to compare them with.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 weighed most for %2 (%3)</source>
        <comment>one objective, the partner&apos;s name, its weight; a sentence goes on</comment>
        <translation>%1 weighed most for %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 weighed most for %2 (%3 each)</source>
        <comment>several objectives, the partner&apos;s name, their weight; a sentence goes on</comment>
        <translation>%1 weighed most for %2 (%3 each)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, but its effect was not rated; the strongest effect: %1 (%2).</source>
        <translation>, but its effect was not rated; the strongest effect: %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, but none of them was rated; the strongest effect: %1 (%2).</source>
        <translation>, but none of them was rated; the strongest effect: %1 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; its effect was rated %1, and no other objective was rated to compare.</source>
        <translation>; its effect was rated %1, and no other objective was rated to compare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the best rated of them scored %1, and no other objective was rated to compare.</source>
        <translation>; the best rated of them scored %1, and no other objective was rated to compare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and moved most (%1).</source>
        <comment>one objective</comment>
        <translation> and moved most (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and moved most (%1).</source>
        <comment>several objectives</comment>
        <translation> and moved most (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the strongest effect: %1 (%2).</source>
        <translation>; the strongest effect: %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> but moved least (%1, against %2 for %3).</source>
        <comment>one objective</comment>
        <translation> but moved least (%1, against %2 for %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> but moved least (%1, against %2 for %3).</source>
        <comment>several objectives</comment>
        <translation> but moved least (%1, against %2 for %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; its effect was rated %1, below %2 (%3).</source>
        <translation>; its effect was rated %1, below %2 (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the best rated of them scored %1, below %2 (%3).</source>
        <translation>; the best rated of them scored %1, below %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/exports/csvexport.cpp" line="+52"/>
        <location line="+77"/>
        <location filename="../core/exports/icsexport.cpp" line="+222"/>
        <location filename="../core/exports/outputpath.cpp" line="+49"/>
        <location filename="../core/exports/xlsxexport.cpp" line="+252"/>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/exports/xlsxexport.cpp" line="-100"/>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <location filename="../core/exports/exportsource.cpp" line="+72"/>
        <source>There is no table “%1” to export.</source>
        <translation>There is no table “%1” to export.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <comment>a table and what it refers to</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The partnership could not be read: %1</source>
        <translation>The partnership could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/exports/icsexport.cpp" line="-141"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1: %2</source>
        <comment>a calendar event: its kind, its name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <comment>a field and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The calendar could not be written: %1</source>
        <translation>The calendar could not be written: %1</translation>
    </message>
    <message>
        <location filename="../core/exports/outputpath.cpp" line="-31"/>
        <source>Say where to write the export.</source>
        <translation>Say where to write the export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” already exists and was left as it is. Choose another name.</source>
        <translation>“%1” already exists and was left as it is. Choose another name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder of “%1” does not exist.</source>
        <translation>The folder of “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../core/exports/xlsxexport.cpp" line="-124"/>
        <source>The workbook could not be written: %1</source>
        <translation>The workbook could not be written: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” could not be written.</source>
        <translation>“%1” could not be written.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The table “%1” holds %2 rows, more than a spreadsheet holds.</source>
        <translation>The table “%1” holds %2 rows, more than a spreadsheet holds.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../ui/exportactions.cpp" line="+39"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n text(s) longer than a spreadsheet cell holds were cut.</source>
        <translation>
            <numerusform>%n text longer than a spreadsheet cell holds was cut.</numerusform>
            <numerusform>%n texts longer than a spreadsheet cell holds were cut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export these rows…</source>
        <translation>Export these rows…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows of this table to a workbook or a CSV file</source>
        <translation>Write the rows of this table to a workbook or a CSV file</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <location filename="../core/storage/filecheck.cpp" line="+40"/>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a folder or a device, not a project file.</source>
        <translation>“%1” is a folder or a device, not a project file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is empty.</source>
        <translation>The file “%1” is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is %2 MB, larger than the %3 MB a project file may be.</source>
        <translation>The file “%1” is %2 MB, larger than the %3 MB a project file may be.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an Alliance Pilot project file.</source>
        <translation>“%1” is not an Alliance Pilot project file.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file “%1” is damaged: its page size is invalid.</source>
        <translation>The file “%1” is damaged: its page size is invalid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is incomplete: it was cut short, perhaps during a download or a copy. Ask for it again.</source>
        <translation>The file “%1” is incomplete: it was cut short, perhaps during a download or a copy. Ask for it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a database of another program, not an Alliance Pilot project.</source>
        <translation>“%1” is a database of another program, not an Alliance Pilot project.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was made by a newer version of Alliance Pilot (file format %2; this version reads up to %3). Update Alliance Pilot to open it.</source>
        <translation>“%1” was made by a newer version of Alliance Pilot (file format %2; this version reads up to %3). Update Alliance Pilot to open it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file “%1” is not written the way Alliance Pilot writes its projects (its texts are not in UTF-8), so it was not opened.</source>
        <translation>The file “%1” is not written the way Alliance Pilot writes its projects (its texts are not in UTF-8), so it was not opened.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” uses file format %2, which this version cannot read (it reads %3 to %4).</source>
        <translation>“%1” uses file format %2, which this version cannot read (it reads %3 to %4).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+24"/>
        <location filename="../core/sync/receivedcheck.cpp" line="+40"/>
        <location line="+19"/>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>The file “%1” cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+10"/>
        <source>The file “%1” cannot be read.</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <location filename="../core/storage/rowcheck.cpp" line="+24"/>
        <location filename="../core/storage/schemacheck.cpp" line="+106"/>
        <source>The file “%1” is damaged: %2</source>
        <translation>The file “%1” is damaged: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="+12"/>
        <source>The file “%1” contains a trigger (“%2”). Project files never do, so it was not opened.</source>
        <translation>The file “%1” contains a trigger (“%2”). Project files never do, so it was not opened.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the file “%1”, “%2” is a view where a table was expected, so it was not opened.</source>
        <translation>In the file “%1”, “%2” is a view where a table was expected, so it was not opened.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” contains a view (“%2”). Project files never do, so it was not opened.</source>
        <translation>The file “%1” contains a view (“%2”). Project files never do, so it was not opened.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” contains an unknown %2 “%3”, so it was not opened.</source>
        <translation>The file “%1” contains an unknown %2 “%3”, so it was not opened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the file “%1”, the %2 “%3” is not defined as Alliance Pilot defines it, so the file was not opened.</source>
        <translation>In the file “%1”, the %2 “%3” is not defined as Alliance Pilot defines it, so the file was not opened.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file “%1” lacks the %2 “%3”, so it was not opened.</source>
        <translation>The file “%1” lacks the %2 “%3”, so it was not opened.</translation>
    </message>
    <message>
        <location filename="../core/storage/rowcheck.cpp" line="+72"/>
        <source>The file “%1” holds a value in “%2” too large for any field, so it was not opened.</source>
        <translation>The file “%1” holds a value in “%2” too large for any field, so it was not opened.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “%1” holds a value of %2 characters or bytes in “%3”, more than the %4 a field may hold, so it was not opened.</source>
        <translation>The file “%1” holds a value of %2 characters or bytes in “%3”, more than the %4 a field may hold, so it was not opened.</translation>
    </message>
    <message>
        <source>The file “%1” holds %2 invalid value(s) in “%3”, so it was not opened.</source>
        <translation type="vanished">The file “%1” holds %2 invalid value(s) in “%3”, so it was not opened.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file “%1” holds invalid values in “%2”.</source>
        <translation>The file “%1” holds invalid values in “%2”.</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="+36"/>
        <source>The file “%1” must describe exactly one partnership, so it was not opened.</source>
        <translation>The file “%1” must describe exactly one partnership, so it was not opened.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>after the year 9999</source>
        <translation>after the year 9999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “%1” holds changes dated %2, in the future: check the date of the computer it comes from. It was not opened.</source>
        <translation>The file “%1” holds changes dated %2, in the future: check the date of the computer it comes from. It was not opened.</translation>
    </message>
    <message>
        <location filename="../core/storage/rowcheck.cpp" line="-92"/>
        <source>The file “%1” holds %2 changes, more than the %3 a partnership’s history may hold, so it was not opened.</source>
        <translation>The file “%1” holds %2 changes, more than the %3 a partnership’s history may hold, so it was not opened.</translation>
    </message>
    <message numerus="yes">
        <source>The file “%1” holds %n invalid value(s) in “%2”, so it was not opened.</source>
        <translation type="vanished">
            <numerusform>The file “%1” holds %n invalid value in “%2”, so it was not opened.</numerusform>
            <numerusform>The file “%1” holds %n invalid values in “%2”, so it was not opened.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file “%1” holds a value too large for any field, so it was not opened.</source>
        <translation>The file “%1” holds a value too large for any field, so it was not opened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” is damaged (%2). Ask its sender for a new copy.</source>
        <translation>The file “%1” is damaged (%2). Ask its sender for a new copy.</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="-61"/>
        <source>The file “%1” refers to items it does not contain (in “%2”), so it was not opened.</source>
        <translation>The file “%1” refers to items it does not contain (in “%2”), so it was not opened.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../core/storage/samefile.cpp" line="+60"/>
        <source>“%1” is the project file itself: choose another file to write.</source>
        <translation>“%1” is the project file itself: choose another file to write.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../ui/help/helpmenu.cpp" line="+17"/>
        <source>&amp;Method guide</source>
        <translation>&amp;Method guide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The seven steps of the method and its tools, explained</source>
        <translation>The seven steps of the method and its tools, explained</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every command that has a key, and its key</source>
        <translation>Every command that has a key, and its key</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../core/storage/schema.cpp" line="+167"/>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+118"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner copy</source>
        <translation>Partner copy</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+64"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Objective weight</source>
        <translation>Objective weight</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory need</source>
        <translation>Territory need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maturity answer</source>
        <translation>Maturity answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalyst function</source>
        <translation>Catalyst function</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+60"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Place on the map</source>
        <translation>Place on the map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link between actors</source>
        <translation>Link between actors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key document</source>
        <translation>Key document</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="vanished">Shared with</translation>
    </message>
    <message>
        <source>Copy made for</source>
        <translation type="vanished">Copy made for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Attendee</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+45"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../core/journal/itemlabel.cpp" line="+75"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="-55"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common stake</source>
        <translation>Common stake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG targets</source>
        <translation>SDG targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership model</source>
        <translation>Partnership model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this model</source>
        <translation>Why this model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting cadence</source>
        <translation>Meeting cadence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement terms</source>
        <translation>Agreement terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signed on</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering committee</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (euros)</source>
        <translation>Value (euros)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered in words only</source>
        <translation>Answered in words only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation angle</source>
        <translation>Evaluation angle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Horizontal position</source>
        <translation>Horizontal position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical position</source>
        <translation>Vertical position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared on</source>
        <translation>Shared on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by</source>
        <translation>Shared by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the copy for</source>
        <translation>Through the copy for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First change</source>
        <translation>First change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resulting action</source>
        <translation>Resulting action</translation>
    </message>
    <message>
        <location filename="../core/journal/itemlabel.cpp" line="+247"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an item&apos;s kind and name</comment>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 out of %2</source>
        <comment>a rating</comment>
        <translation>%1 out of %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(private item)</source>
        <translation>(private item)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image of %1 KiB</source>
        <translation>image of %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/exports/exportsource.cpp" line="+60"/>
        <location filename="../core/journal/itemlabel.cpp" line="-9"/>
        <location line="+6"/>
        <source>(unknown item)</source>
        <translation>(unknown item)</translation>
    </message>
    <message>
        <location filename="../core/journal/itemlabel.cpp" line="-75"/>
        <source>%1 “%2”</source>
        <comment>an item&apos;s kind and its name</comment>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <location filename="../core/exports/icsexport.cpp" line="-113"/>
        <location filename="../core/journal/itemlabel.cpp" line="+47"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../core/journal/itemlabel.cpp" line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../core/io/jsonexport.cpp" line="+49"/>
        <source>This partnership holds %1 values, more than the %2 a partnership file may hold.</source>
        <translation>This partnership holds %1 values, more than the %2 a partnership file may hold.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partnership file would take %1 MB, more than the %2 MB such a file may hold.</source>
        <translation>The partnership file would take %1 MB, more than the %2 MB such a file may hold.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The partnership could not be read: %1</source>
        <translation>The partnership could not be read: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="+31"/>
        <source>Import “%1”</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <location filename="../core/io/jsonreader.cpp" line="+56"/>
        <location line="+282"/>
        <source>“%1” is %2 MB, more than the %3 MB a partnership file may hold, so it was not read.</source>
        <translation>“%1” is %2 MB, more than the %3 MB a partnership file may hold, so it was not read.</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>“%1” is not a partnership file: its lists and objects are nested too deeply (a partnership file nests four levels).</source>
        <translation>“%1” is not a partnership file: its lists and objects are nested too deeply (a partnership file nests four levels).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not valid JSON: %2 (at byte %3).</source>
        <translation>“%1” is not valid JSON: %2 (at byte %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a partnership file: it must hold one JSON object with its format, version and tables.</source>
        <translation>“%1” is not a partnership file: it must hold one JSON object with its format, version and tables.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In “%1”, %2: %3</source>
        <translation>In “%1”, %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an Alliance Pilot partnership file: its “format” must be “%2”.</source>
        <translation>“%1” is not an Alliance Pilot partnership file: its “format” must be “%2”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it must be a whole number, not %1.</source>
        <translation>it must be a whole number, not %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was written in version %2 of the partnership file format, by a newer Alliance Pilot; this one reads versions up to %3. Update Alliance Pilot to read it.</source>
        <translation>“%1” was written in version %2 of the partnership file format, by a newer Alliance Pilot; this one reads versions up to %3. Update Alliance Pilot to read it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” claims version %2 of the partnership file format, which does not exist; versions start at %3.</source>
        <translation>“%1” claims version %2 of the partnership file format, which does not exist; versions start at %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a partnership file has no such member; it holds format, version and tables only.</source>
        <translation>a partnership file has no such member; it holds format, version and tables only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it must be an object holding a list of rows per table, not %1.</source>
        <translation>it must be an object holding a list of rows per table, not %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a partnership file of version %1 has no such table.</source>
        <translation>a partnership file of version %1 has no such table.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it must be a list of rows, not %1.</source>
        <translation>it must be a list of rows, not %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a row must be an object, not %1.</source>
        <translation>a row must be an object, not %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every row needs its id.</source>
        <translation>every row needs its id.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it must be an id as a string, not %1.</source>
        <translation>it must be an id as a string, not %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/io/jsonvalues.cpp" line="+93"/>
        <source>“%1” is not a well-formed id (36 lowercase hexadecimal digits and hyphens, such as 6f1c2a4e-0b7d-4c3a-9e51-2d8f0a7b6c11).</source>
        <translation>“%1” is not a well-formed id (36 lowercase hexadecimal digits and hyphens, such as 6f1c2a4e-0b7d-4c3a-9e51-2d8f0a7b6c11).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is already the id of %2; each row has its own.</source>
        <translation>“%1” is already the id of %2; each row has its own.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>“%1” holds more than %2 values, more than a partnership’s history may hold, so it was not read.</source>
        <translation>“%1” holds more than %2 values, more than a partnership’s history may hold, so it was not read.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a partnership file describes one partnership, and this one has none.</source>
        <translation>a partnership file describes one partnership, and this one has none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a partnership file describes one partnership only: this is a second one.</source>
        <translation>a partnership file describes one partnership only: this is a second one.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a row of “%1” has no such field; its fields are id, %2.</source>
        <translation>a row of “%1” has no such field; its fields are id, %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this field is missing; every row gives all its fields.</source>
        <translation>this field is missing; every row gives all its fields.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is neither a criterion of the method nor the id of a row of custom_criterion in the file.</source>
        <translation>“%1” is neither a criterion of the method nor the id of a row of custom_criterion in the file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not the id of a row of %2 in the file.</source>
        <translation>“%1” is not the id of a row of %2 in the file.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not one of %2, or &quot;&quot;.</source>
        <translation>“%1” is not one of %2, or &quot;&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of %2.</source>
        <translation>“%1” is not one of %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no file “%1”.</source>
        <translation>There is no file “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file.</source>
        <translation>“%1” is not a file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../core/io/jsonvalues.cpp" line="-78"/>
        <source>it must be %1, not %2.</source>
        <translation>it must be %1, not %2.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>the image is larger than the %1 KiB an image may hold.</source>
        <translation>the image is larger than the %1 KiB an image may hold.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the image is not valid base64.</source>
        <translation>the image is not valid base64.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a date as a string, &quot;yyyy-MM-dd&quot;, or &quot;&quot;</source>
        <translation>a date as a string, &quot;yyyy-MM-dd&quot;, or &quot;&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of its choices as a string</source>
        <translation>one of its choices as a string</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an id as a string, or null</source>
        <translation>an id as a string, or null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PNG or JPEG image in base64, or &quot;&quot;</source>
        <translation>a PNG or JPEG image in base64, or &quot;&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>ItemHistory</name>
    <message>
        <location filename="../ui/widgets/itemhistoryrequest.cpp" line="+76"/>
        <source>History of this item</source>
        <translation>History of this item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed this item, what and when</source>
        <translation>Who changed this item, what and when</translation>
    </message>
</context>
<context>
    <name>Maturity</name>
    <message>
        <location filename="../core/evaluation/maturityadvice.cpp" line="+19"/>
        <source>%1%</source>
        <extracomment>A percentage; French puts a (narrow no-break) space before %.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step %1, “%2”</source>
        <extracomment>A step of the journey quoted in a sentence: &quot;step 4, “Map the ecosystem”&quot;.</extracomment>
        <translation>step %1, “%2”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next: in %1, weigh your four objectives in the carré magique and agree a common stake with your partners; the method&apos;s typology sheets show what each kind of partnership brings.</source>
        <translation>Next: in %1, weigh your four objectives in the carré magique and agree a common stake with your partners; the method&apos;s typology sheets show what each kind of partnership brings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it up: in %1, check that your partners&apos; objectives are compatible with yours.</source>
        <translation>Keep it up: in %1, check that your partners&apos; objectives are compatible with yours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: start with a few actions, follow them with milestones and indicators with targets (%1), then evaluate them together (%2); the method&apos;s inspiring examples show how others began.</source>
        <translation>Next: start with a few actions, follow them with milestones and indicators with targets (%1), then evaluate them together (%2); the method&apos;s inspiring examples show how others began.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it up: keep your indicators (%1) and your reviews (%2) up to date, and share what you learn.</source>
        <translation>Keep it up: keep your indicators (%1) and your reviews (%2) up to date, and share what you learn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: in %1, write down what each partner brings (money, skills, people, material) and who pilots the partnership; the method&apos;s practical kits help build the skills.</source>
        <translation>Next: in %1, write down what each partner brings (money, skills, people, material) and who pilots the partnership; the method&apos;s practical kits help build the skills.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it up: in %1, value every contribution, so that each partner sees the means put in.</source>
        <translation>Keep it up: in %1, value every contribution, so that each partner sees the means put in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: in %1, map your ecosystem: the stakeholders, the territory, and who holds the four catalyst functions; the method&apos;s reference sheets by kind of organisation and territory help you situate yourself.</source>
        <translation>Next: in %1, map your ecosystem: the stakeholders, the territory, and who holds the four catalyst functions; the method&apos;s reference sheets by kind of organisation and territory help you situate yourself.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it up: in %1, see whether you could hold a catalyst function for the other organisations.</source>
        <translation>Keep it up: in %1, see whether you could hold a catalyst function for the other organisations.</translation>
    </message>
    <message>
        <source>Next: in %1, map your ecosystem: the stakeholders, the territory, and who holds the four catalyst functions; the method&apos;s reference sheets by actor and territory help you situate yourself.</source>
        <translation type="vanished">Next: in %1, map your ecosystem: the stakeholders, the territory, and who holds the four catalyst functions; the method&apos;s reference sheets by actor and territory help you situate yourself.</translation>
    </message>
    <message>
        <source>Keep it up: in %1, see whether you could hold a catalyst function for the other actors.</source>
        <translation type="vanished">Keep it up: in %1, see whether you could hold a catalyst function for the other actors.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not answered yet</source>
        <translation>not answered yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>getting started</source>
        <translation>getting started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>developing</source>
        <translation>developing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>established</source>
        <translation>established</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mastered</source>
        <translation>mastered</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overall maturity: %1 (%2).</source>
        <translation>Overall maturity: %1 (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not answered yet; answer its questions to know where you stand.</source>
        <translation>%1: not answered yet; answer its questions to know where you stand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3). %4</source>
        <extracomment>An axis of the self-diagnostic, its level, its percent, then what to use next.</extracomment>
        <translation>%1: %2 (%3). %4</translation>
    </message>
</context>
<context>
    <name>MeasurementCsv</name>
    <message>
        <source>Missing column: %1 found, expected indicator, date, value and source</source>
        <translation type="vanished">Missing column: %1 found, expected indicator, date, value and source</translation>
    </message>
    <message>
        <source>Too many columns: %1 found, at most 4 expected (a decimal comma must be in quotes when the separator is a comma)</source>
        <translation type="vanished">Too many columns: %1 found, at most 4 expected (a decimal comma must be in quotes when the separator is a comma)</translation>
    </message>
    <message>
        <location filename="../core/io/measurementcsv.cpp" line="+122"/>
        <source>%1; %2</source>
        <extracomment>Two problems of one line, one after the other</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missing column: %1 found, expected %2</source>
        <translation>Missing column: %1 found, expected %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many columns: %1 found, at most %2 expected (a decimal comma must be in quotes when the separator is a comma)</source>
        <translation>Too many columns: %1 found, at most %2 expected (a decimal comma must be in quotes when the separator is a comma)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing indicator</source>
        <translation>Missing indicator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown indicator “%1”</source>
        <translation>Unknown indicator “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several indicators are named “%1”: use the indicator&apos;s id</source>
        <translation>Several indicators are named “%1”: use the indicator&apos;s id</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing date</source>
        <translation>Missing date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad date “%1”: use yyyy-mm-dd or dd/mm/yyyy</source>
        <translation>Bad date “%1”: use yyyy-mm-dd or dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing value</source>
        <translation>Missing value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad number “%1”: use digits with one dot or comma as decimal mark</source>
        <translation>Bad number “%1”: use digits with one dot or comma as decimal mark</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source is too long</source>
        <translation>The source is too long</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the indicator&apos;s name as written in the project (any case), or its id</source>
        <translation>the indicator&apos;s name as written in the project (any case), or its id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day of the measurement, as yyyy-mm-dd or dd/mm/yyyy</source>
        <translation>the day of the measurement, as yyyy-mm-dd or dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number, with a dot or a comma as decimal mark</source>
        <translation>a number, with a dot or a comma as decimal mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the figure comes from (optional)</source>
        <translation>where the figure comes from (optional)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Volunteers involved</source>
        <translation>Volunteers involved</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quarterly report</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../core/method/evaluation_criteria.cpp" line="+12"/>
        <source>Territorial dialogue</source>
        <translation>Territorial dialogue</translation>
    </message>
    <message>
        <source>Sharing knowledge of the territory and its actors</source>
        <translation type="vanished">Sharing knowledge of the territory and its actors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organising meetings</source>
        <translation>Organising meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raising awareness of territorial alliances</source>
        <translation>Raising awareness of territorial alliances</translation>
    </message>
    <message>
        <source>Introducing actors to each other</source>
        <translation type="vanished">Introducing actors to each other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collective experiments</source>
        <translation>Collective experiments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifying needs and shared stakes</source>
        <translation>Identifying needs and shared stakes</translation>
    </message>
    <message>
        <source>Bringing actors together to co-build</source>
        <translation type="vanished">Bringing actors together to co-build</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sharing knowledge of the territory and its stakeholders</source>
        <translation>Sharing knowledge of the territory and its stakeholders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introducing organisations to each other</source>
        <translation>Introducing organisations to each other</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bringing organisations together to co-build</source>
        <translation>Bringing organisations together to co-build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-piloting experiments</source>
        <translation>Co-piloting experiments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating experiments</source>
        <translation>Evaluating experiments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support</source>
        <extracomment>Catalyst function: accompanying projects and partnerships.</extracomment>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incubating projects</source>
        <translation>Incubating projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training in new practices</source>
        <translation>Training in new practices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting partnerships</source>
        <translation>Supporting partnerships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passing know-how on to other territories</source>
        <translation>Passing know-how on to other territories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running a place</source>
        <translation>Running a place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A friendly meeting place</source>
        <translation>A friendly meeting place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-working</source>
        <translation>Co-working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showroom or demonstrator</source>
        <translation>Showroom or demonstrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fab lab</source>
        <translation>Fab lab</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Performance</source>
        <extracomment>Evaluation angle: results compared with objectives.</extracomment>
        <translation>Performance</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Relevance</source>
        <extracomment>Evaluation angle (&quot;pertinence&quot;): effect on the ecosystem&apos;s needs.</extracomment>
        <translation>Relevance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coherence</source>
        <extracomment>Evaluation angle: fit with one&apos;s other actions.</extracomment>
        <translation>Coherence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust</source>
        <extracomment>Impact (&quot;confiance&quot;): individual and collective trust.</extracomment>
        <translation>Trust</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Internal organisation</source>
        <translation>Internal organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How has the partnership improved the way your organisation works inside?</source>
        <translation>How has the partnership improved the way your organisation works inside?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder dialogue</source>
        <translation>Stakeholder dialogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership improved your dialogue with your stakeholders?</source>
        <translation>Has the partnership improved your dialogue with your stakeholders?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity to innovate</source>
        <translation>Capacity to innovate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership made your organisation more able to innovate?</source>
        <translation>Has the partnership made your organisation more able to innovate?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Economic performance</source>
        <translation>Economic performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What value has the partnership created for you, and has it made your means go further?</source>
        <translation>What value has the partnership created for you, and has it made your means go further?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected results</source>
        <translation>Expected results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the results you expected were there, and which were not?</source>
        <translation>Which of the results you expected were there, and which were not?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did the partnership bring results that nobody had planned? Which ones?</source>
        <translation>Did the partnership bring results that nobody had planned? Which ones?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other organisations’ performance</source>
        <translation>Other organisations’ performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership helped other organisations in the territory to perform better?</source>
        <translation>Has the partnership helped other organisations in the territory to perform better?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Has the partnership strengthened trust between the organisations of the territory?</source>
        <translation>Has the partnership strengthened trust between the organisations of the territory?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Has the partnership helped to reduce fragilities? How?</source>
        <translation>Has the partnership helped to reduce fragilities? How?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has the partnership brought out new drivers of sustainable economic development? How?</source>
        <translation>Has the partnership brought out new drivers of sustainable economic development? How?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relevance to the territory&apos;s needs</source>
        <translation>Relevance to the territory&apos;s needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the action address the needs identified in step 1?</source>
        <translation>Did the action address the needs identified in step 1?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1. Effects on each partner&apos;s own performance</source>
        <translation>1. Effects on each partner&apos;s own performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Effects on the common ecosystem</source>
        <translation>2. Effects on the common ecosystem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Stepping back</source>
        <translation>3. Stepping back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Lessons and coherence</source>
        <translation>4. Lessons and coherence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Results achieved</source>
        <translation type="vanished">Results achieved</translation>
    </message>
    <message>
        <source>Compared with your objectives, were the expected results there?</source>
        <translation type="vanished">Compared with your objectives, were the expected results there?</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Unexpected results</source>
        <translation>Unexpected results</translation>
    </message>
    <message>
        <source>Did the partnership bring results that nobody had planned?</source>
        <translation type="vanished">Did the partnership bring results that nobody had planned?</translation>
    </message>
    <message>
        <source>Other actors&apos; performance</source>
        <translation type="vanished">Other actors&apos; performance</translation>
    </message>
    <message>
        <source>Has the partnership helped other actors of the territory to perform better?</source>
        <translation type="vanished">Has the partnership helped other actors of the territory to perform better?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Collective innovation</source>
        <translation>Collective innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership fed a collective innovation, territorial or societal?</source>
        <translation>Has the partnership fed a collective innovation, territorial or societal?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust of the people involved</source>
        <translation>Trust of the people involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do the people who took part trust each other, and the partners, more than before?</source>
        <translation>Do the people who took part trust each other, and the partners, more than before?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust within the territory</source>
        <translation>Trust within the territory</translation>
    </message>
    <message>
        <source>Has the partnership strengthened trust between the actors of the territory?</source>
        <translation type="vanished">Has the partnership strengthened trust between the actors of the territory?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reduced fragilities</source>
        <translation>Reduced fragilities</translation>
    </message>
    <message>
        <source>Has the partnership helped to reduce fragilities, and how?</source>
        <translation type="vanished">Has the partnership helped to reduce fragilities, and how?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New drivers of sustainable development</source>
        <translation>New drivers of sustainable development</translation>
    </message>
    <message>
        <source>Has the partnership brought out new drivers of sustainable economic development, and how?</source>
        <translation type="vanished">Has the partnership brought out new drivers of sustainable economic development, and how?</translation>
    </message>
    <message>
        <source>Relevance to the ecosystem&apos;s needs</source>
        <translation type="vanished">Relevance to the ecosystem&apos;s needs</translation>
    </message>
    <message>
        <source>Did the action really address the needs identified in the ecosystem?</source>
        <translation type="vanished">Did the action really address the needs identified in the ecosystem?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coherence with the partnership model</source>
        <translation>Coherence with the partnership model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking at the path actually travelled, was the chosen partnership model the right one?</source>
        <translation>Looking at the path actually travelled, was the chosen partnership model the right one?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coherence with one&apos;s other actions</source>
        <translation>Coherence with one&apos;s other actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does this partnership fit with the rest of your organisation&apos;s actions?</source>
        <translation>How does this partnership fit with the rest of your organisation&apos;s actions?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coherence with the stake</source>
        <translation>Coherence with the stake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the partnership stay true to the common stake it set out to address?</source>
        <translation>Did the partnership stay true to the common stake it set out to address?</translation>
    </message>
    <message>
        <location filename="../core/method/maturity.cpp" line="+18"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action engaged</source>
        <translation>Action engaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means mobilised</source>
        <translation>Means mobilised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place in the ecosystem</source>
        <translation>Place in the ecosystem</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Is the place of partnerships in your strategy written down and known inside the organisation?</source>
        <translation>Is the place of partnerships in your strategy written down and known inside the organisation?</translation>
    </message>
    <message>
        <source>Do you know the needs of your territory and the actors who already work on them?</source>
        <translation type="vanished">Do you know the needs of your territory and the actors who already work on them?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Have you made clear what you expect from partnerships for each of your four objectives?</source>
        <translation>Have you made clear what you expect from partnerships for each of your four objectives?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Have you already led partnerships with organisations of a different kind from yours?</source>
        <translation>Have you already led partnerships with organisations of a different kind from yours?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do you evaluate your partnerships and share the results with your partners?</source>
        <translation>Do you evaluate your partnerships and share the results with your partners?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Are your partnerships consistent with the rest of what your organisation does?</source>
        <translation>Are your partnerships consistent with the rest of what your organisation does?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is someone clearly in charge of partnerships, with the time to do it properly?</source>
        <translation>Is someone clearly in charge of partnerships, with the time to do it properly?</translation>
    </message>
    <message>
        <source>Have the people involved learnt how to co-build with actors from other worlds?</source>
        <translation type="vanished">Have the people involved learnt how to co-build with actors from other worlds?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do you set aside a budget and tools to run your partnerships?</source>
        <translation>Do you set aside a budget and tools to run your partnerships?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are your partnerships tied to your CSR policy and to your core business, not only to communication?</source>
        <translation>Are your partnerships tied to your CSR policy and to your core business, not only to communication?</translation>
    </message>
    <message>
        <source>Do you involve your employees in partnerships, for example through skills-based patronage?</source>
        <translation type="vanished">Do you involve your employees in partnerships, for example through skills-based patronage?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do your business units and purchasing take part in partnerships, beyond the CSR team?</source>
        <translation>Do your business units and purchasing take part in partnerships, beyond the CSR team?</translation>
    </message>
    <message>
        <source>Does your associative project say what you expect from companies and local authorities?</source>
        <translation type="vanished">Does your associative project say what you expect from companies and local authorities?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Can you show partners what you bring them, and not only what you need from them?</source>
        <translation>Can you show partners what you bring them, and not only what you need from them?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do you know and steer the share of partnerships in your socio-economic model?</source>
        <translation>Do you know and steer the share of partnerships in your socio-economic model?</translation>
    </message>
    <message>
        <source>Does your foundation see itself as more than a funder: as a partner that connects actors?</source>
        <translation type="vanished">Does your foundation see itself as more than a funder: as a partner that connects actors?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you stay alongside the projects you support beyond paying out the funds?</source>
        <translation>Do you stay alongside the projects you support beyond paying out the funds?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you help the projects you support to build their own capacity to form alliances?</source>
        <translation>Do you help the projects you support to build their own capacity to form alliances?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Does your territorial project make room for alliances between associations, companies and citizens?</source>
        <translation>Does your territorial project make room for alliances between associations, companies and citizens?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you support or host a catalyst function in your territory: dialogue, experiments, support, a place?</source>
        <translation>Do you support or host a catalyst function in your territory: dialogue, experiments, support, a place?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do your departments share one entry point and common rules for working with private partners?</source>
        <translation>Do your departments share one entry point and common rules for working with private partners?</translation>
    </message>
    <message>
        <source>Can you say what place your organisation holds in its territory, and do the other actors see it the same way?</source>
        <translation type="vanished">Can you say what place your organisation holds in its territory, and do the other actors see it the same way?</translation>
    </message>
    <message>
        <source>Do you keep regular relations with actors of other kinds on your territory: associations, companies, local authorities, public bodies, citizens?</source>
        <translation type="vanished">Do you keep regular relations with actors of other kinds on your territory: associations, companies, local authorities, public bodies, citizens?</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Do you know the needs of your territory and the organisations already working on them?</source>
        <translation>Do you know the needs of your territory and the organisations already working on them?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Have the people involved learnt how to co-build with organisations from other sectors?</source>
        <translation>Have the people involved learnt how to co-build with organisations from other sectors?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Do you involve your employees in partnerships, for example through skills-based volunteering?</source>
        <translation>Do you involve your employees in partnerships, for example through skills-based volunteering?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Does your association’s project say what you expect from companies and local authorities?</source>
        <translation>Does your association’s project say what you expect from companies and local authorities?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Does your foundation see itself as more than a funder: as a partner that brings organisations together?</source>
        <translation>Does your foundation see itself as more than a funder: as a partner that brings organisations together?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Can you say what place your organisation holds in its territory, and do the other local players see it the same way?</source>
        <translation>Can you say what place your organisation holds in its territory, and do the other local players see it the same way?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you keep regular relations with organisations of other kinds in your territory: associations, companies, local authorities, public bodies, citizens?</source>
        <translation>Do you keep regular relations with organisations of other kinds in your territory: associations, companies, local authorities, public bodies, citizens?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you know who holds the catalyst functions on your territory (dialogue, collective experiments, support, a place), and do you call on them?</source>
        <translation>Do you know who holds the catalyst functions on your territory (dialogue, collective experiments, support, a place), and do you call on them?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do your local sites work with the associations and local authorities of the places where they operate?</source>
        <translation>Do your local sites work with the associations and local authorities of the places where they operate?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Does your association take part in networks or collectives that carry its cause on the territory?</source>
        <translation>Does your association take part in networks or collectives that carry its cause on the territory?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you know the other funders of your field and territory, and do you act in concert with them?</source>
        <translation>Do you know the other funders of your field and territory, and do you act in concert with them?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you know the associations and companies that act on your priorities, beyond those you already fund?</source>
        <translation>Do you know the associations and companies that act on your priorities, beyond those you already fund?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Is your role as a trusted third party between associations, companies and local authorities part of your mission?</source>
        <translation>Is your role as a trusted third party between associations, companies and local authorities part of your mission?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do you hold at least one catalyst function in a lasting way: territorial dialogue, collective experiments, support, a place?</source>
        <translation>Do you hold at least one catalyst function in a lasting way: territorial dialogue, collective experiments, support, a place?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do you have people and funding that last beyond a single project to play this role?</source>
        <translation>Do you have people and funding that last beyond a single project to play this role?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do organisations of every kind see you as neutral, and come to you to meet one another?</source>
        <translation>Do organisations of every kind see you as neutral, and come to you to meet one another?</translation>
    </message>
    <message>
        <source>Do actors of every kind see you as neutral, and come to you to meet one another?</source>
        <translation type="vanished">Do actors of every kind see you as neutral, and come to you to meet one another?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CSR &amp; partnerships</source>
        <translation>CSR &amp; partnerships</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership strategy</source>
        <translation>Partnership strategy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Philanthropic strategy</source>
        <translation>Philanthropic strategy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Territorial alliances</source>
        <translation>Territorial alliances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Territorial catalysis</source>
        <translation>Territorial catalysis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <extracomment>Two variants of the self-diagnostic answered together, e.g. &quot;Territorial alliances and territorial catalysis&quot;.</extracomment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common 360°</source>
        <translation>Common 360°</translation>
    </message>
    <message>
        <location filename="../core/method/method.cpp" line="+44"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foundation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local authority</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public body</source>
        <translation>Public body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic or research institution</source>
        <translation>Academic or research institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lead partner</source>
        <translation>Lead partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territorial catalyst</source>
        <translation>Territorial catalyst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People (days)</source>
        <translation>People (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Should increase</source>
        <translation>Should increase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Should decrease</source>
        <translation>Should decrease</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interim review</source>
        <translation>Interim review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual review</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final review</source>
        <translation>Final review</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steering committee</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review meeting</source>
        <translation>Review meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners&apos; meeting</source>
        <translation>Partners&apos; meeting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To decide</source>
        <extracomment>A decision put to a committee, not yet taken.</extracomment>
        <translation>To decide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lesson learnt</source>
        <translation>Lesson learnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning of the action</source>
        <extracomment>The meaning (&quot;sens&quot;) the partners give to their action.</extracomment>
        <translation>Meaning of the action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../core/method/steps.cpp" line="+13"/>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take stock of the territory&apos;s needs and of how mature each organisation is in working with partners, before committing to anything.</source>
        <translation>Take stock of the territory&apos;s needs and of how mature each organisation is in working with partners, before committing to anything.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which needs of the territory could this partnership help to meet?</source>
        <translation>Which needs of the territory could this partnership help to meet?</translation>
    </message>
    <message>
        <source>Where does each organisation stand in its partnership practice, in vision, action and means?</source>
        <translation type="vanished">Where does each organisation stand in its partnership practice, in vision, action and means?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What has each partner already tried on this subject, alone or with others?</source>
        <translation>What has each partner already tried on this subject, alone or with others?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which fragilities, or which untapped opportunities, do you see around you?</source>
        <translation>Which fragilities, or which untapped opportunities, do you see around you?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set objectives</source>
        <translation>Set objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each partner weights its four objectives for this partnership; together the partners then agree on the common stake that will guide them all along.</source>
        <translation>Each partner weights its four objectives for this partnership; together the partners then agree on the common stake that will guide them all along.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For this partnership, how much weight does each partner give to its processes, its socio-economic model, its value proposition and its positioning?</source>
        <translation>For this partnership, how much weight does each partner give to its processes, its socio-economic model, its value proposition and its positioning?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are the partners&apos; strategies compatible with one another?</source>
        <translation>Are the partners&apos; strategies compatible with one another?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which common stake do the partners commit to serve together?</source>
        <translation>Which common stake do the partners commit to serve together?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would success look like for each partner, and for all of them together?</source>
        <translation>What would success look like for each partner, and for all of them together?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the model</source>
        <translation>Choose the model</translation>
    </message>
    <message>
        <source>Compare where the partners&apos; objectives meet with the typology, and pick the category and model of partnership that fit best.</source>
        <translation type="vanished">Compare where the partners&apos; objectives meet with the typology, and pick the category and model of partnership that fit best.</translation>
    </message>
    <message>
        <source>Which objective weighs most once all partners&apos; weights are combined?</source>
        <translation type="vanished">Which objective weighs most once all partners&apos; weights are combined?</translation>
    </message>
    <message>
        <source>Which category of partnership serves that objective?</source>
        <translation type="vanished">Which category of partnership serves that objective?</translation>
    </message>
    <message>
        <source>Within that category, which model matches the relationship you want to build?</source>
        <translation type="vanished">Within that category, which model matches the relationship you want to build?</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Where does each organisation stand in its partnership practice: vision, action, means, and place in its ecosystem?</source>
        <translation>Where does each organisation stand in its partnership practice: vision, action, means, and place in its ecosystem?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Read what each partner puts first, describe the relationship the partners are building, and name the model of partnership it is.</source>
        <translation>Read what each partner puts first, describe the relationship the partners are building, and name the model of partnership it is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which objective does each partner put first, and which category does it point to?</source>
        <translation>Which objective does each partner put first, and which category does it point to?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is it a gift, an invention together, value produced together, or a service one partner provides to the other?</source>
        <translation>Is it a gift, an invention together, value produced together, or a service one partner provides to the other?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does each partner find its own first objective in the model named?</source>
        <translation>Does each partner find its own first objective in the model named?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does an inspiring example look like your project, and what can you learn from it?</source>
        <translation>Does an inspiring example look like your project, and what can you learn from it?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map the ecosystem</source>
        <translation>Map the ecosystem</translation>
    </message>
    <message>
        <source>Place the partnership among the territory&apos;s actors and find out who already plays the role of catalyst between them.</source>
        <translation type="vanished">Place the partnership among the territory&apos;s actors and find out who already plays the role of catalyst between them.</translation>
    </message>
    <message>
        <source>Which actors already work on this stake in the territory?</source>
        <translation type="vanished">Which actors already work on this stake in the territory?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the partnership among the organisations of its territory and find out who already acts as a catalyst between them.</source>
        <translation>Place the partnership among the organisations of its territory and find out who already acts as a catalyst between them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which organisations in the territory already work on this stake?</source>
        <translation>Which organisations in the territory already work on this stake?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who could act as a trusted third party between the partners&apos; different worlds?</source>
        <translation>Who could act as a trusted third party between the partners&apos; different worlds?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which catalyst functions exist nearby: territorial dialogue, collective experiments, support, a place to meet?</source>
        <translation>Which catalyst functions exist nearby: territorial dialogue, collective experiments, support, a place to meet?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which stakeholders should be informed or involved, and at what moment?</source>
        <translation>Which stakeholders should be informed or involved, and at what moment?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co-build the agreement</source>
        <translation>Co-build the agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down together how the partnership is governed, what each partner contributes and the terms and dates of the agreement.</source>
        <translation>Write down together how the partnership is governed, what each partner contributes and the terms and dates of the agreement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How will decisions be taken, and by whom?</source>
        <translation>How will decisions be taken, and by whom?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does each partner bring: money, skills, people&apos;s time, material?</source>
        <translation>What does each partner bring: money, skills, people&apos;s time, material?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which terms, duration and key dates frame the agreement?</source>
        <translation>Which terms, duration and key dates frame the agreement?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How will the partners deal with a disagreement or a change of context?</source>
        <translation>How will the partners deal with a disagreement or a change of context?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry out the actions, follow the indicators against their targets and review progress together at regular intervals.</source>
        <translation>Carry out the actions, follow the indicators against their targets and review progress together at regular intervals.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which actions and milestones are planned, and who is responsible for each one?</source>
        <translation>Which actions and milestones are planned, and who is responsible for each one?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which indicators show progress, and what targets have been set for them?</source>
        <translation>Which indicators show progress, and what targets have been set for them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often do the partners meet to look at the results together?</source>
        <translation>How often do the partners meet to look at the results together?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should be adjusted in the light of the latest measurements?</source>
        <translation>What should be adjusted in the light of the latest measurements?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluate and share</source>
        <translation>Evaluate and share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess the partnership&apos;s performance, relevance and coherence, draw the lessons, give meaning to the action and decide what comes next.</source>
        <translation>Assess the partnership&apos;s performance, relevance and coherence, draw the lessons, give meaning to the action and decide what comes next.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What effects did the partnership have on each partner and on the territory?</source>
        <translation>What effects did the partnership have on each partner and on the territory?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the results live up to the objectives and to the common stake?</source>
        <translation>Did the results live up to the objectives and to the common stake?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What lessons do the partners draw, and what meaning do they give to what they did?</source>
        <translation>What lessons do the partners draw, and what meaning do they give to what they did?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What next: carry on, change model, widen the circle of partners, or stop?</source>
        <translation>What next: carry on, change model, widen the circle of partners, or stop?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How will you make the value created by the partnership known?</source>
        <translation>How will you make the value created by the partnership known?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Qualify one&apos;s capacity to innovate</source>
        <translation>Qualify one&apos;s capacity to innovate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What characterises your innovation: the solution itself, the people and organisations it involves, its socio-economic model?</source>
        <translation>What characterises your innovation: the solution itself, the people and organisations it involves, its socio-economic model?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which organisations are already active on these stakes?</source>
        <translation>Which organisations are already active on these stakes?</translation>
    </message>
    <message>
        <source>What characterises your innovation: the solution itself, the actors it mobilises, its socio-economic model?</source>
        <translation type="vanished">What characterises your innovation: the solution itself, the actors it mobilises, its socio-economic model?</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Which phase of its development has it reached?</source>
        <translation>Which phase of its development has it reached?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would prove that the concept works?</source>
        <translation>What would prove that the concept works?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Understand one&apos;s ecosystem</source>
        <translation>Understand one&apos;s ecosystem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What are the priorities of your ecosystem?</source>
        <translation>What are the priorities of your ecosystem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is at stake, and which answers already exist?</source>
        <translation>What is at stake, and which answers already exist?</translation>
    </message>
    <message>
        <source>Which actors are already positioned on these stakes?</source>
        <translation type="vanished">Which actors are already positioned on these stakes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How does the picture change from one territory to another?</source>
        <translation>How does the picture change from one territory to another?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Define one&apos;s strategy</source>
        <translation>Define one&apos;s strategy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where do you stand today?</source>
        <translation>Where do you stand today?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is your ambition?</source>
        <translation>What is your ambition?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which means will you need to fulfil it?</source>
        <translation>Which means will you need to fulfil it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transform one&apos;s socio-economic model</source>
        <translation>Transform one&apos;s socio-economic model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which levers could change your socio-economic model?</source>
        <translation>Which levers could change your socio-economic model?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which target model are you aiming for?</source>
        <translation>Which target model are you aiming for?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Along which path will you get there?</source>
        <translation>Along which path will you get there?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learn to ally</source>
        <translation>Learn to ally</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why join forces with others?</source>
        <translation>Why join forces with others?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With whom, and in what way?</source>
        <translation>With whom, and in what way?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerate through digital</source>
        <translation>Accelerate through digital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which digital uses would help you?</source>
        <translation>Which digital uses would help you?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which solutions suit those uses?</source>
        <translation>Which solutions suit those uses?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is the right timing?</source>
        <translation>What is the right timing?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate one&apos;s relevance</source>
        <translation>Evaluate one&apos;s relevance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you measure your performance?</source>
        <translation>How do you measure your performance?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How useful are you to society?</source>
        <translation>How useful are you to society?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What leverage do your partnerships give you?</source>
        <translation>What leverage do your partnerships give you?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well can you show the value of your innovation?</source>
        <translation>How well can you show the value of your innovation?</translation>
    </message>
    <message>
        <location filename="../core/method/typology.cpp" line="+11"/>
        <source>Processes / value chain</source>
        <translation>Processes / value chain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the organisation produces and works: its value chain and internal organisation.</source>
        <translation>How the organisation produces and works: its value chain and internal organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Socio-economic model</source>
        <translation>Socio-economic model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the organisation lasts: its economic balance and durability.</source>
        <translation>How the organisation lasts: its economic balance and durability.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value proposition</source>
        <translation>Value proposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the organisation offers in answer to identified needs: its products and services.</source>
        <translation>What the organisation offers in answer to identified needs: its products and services.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positioning / anchoring</source>
        <translation>Positioning / anchoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the organisation is rooted in its ecosystem, inside and outside.</source>
        <translation>How the organisation is rooted in its ecosystem, inside and outside.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Responsible practices</source>
        <translation>Responsible practices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimised processes</source>
        <translation>Optimised processes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service one partner provides to the other</source>
        <translation>A service one partner provides to the other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What service does one partner provide to the other?</source>
        <translation>What service does one partner provide to the other?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Economic cooperation</source>
        <translation>Economic cooperation</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Economic balance</source>
        <translation>Economic balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producing value together</source>
        <translation>Producing value together</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do the partners produce value together?</source>
        <translation>How do the partners produce value together?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Societal innovation</source>
        <translation>Societal innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New products and services</source>
        <translation>New products and services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventing something together</source>
        <translation>Inventing something together</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What are the partners inventing together?</source>
        <translation>What are the partners inventing together?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corporate philanthropy</source>
        <translation>Corporate philanthropy</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sponsorship</source>
        <translation>Sponsorship</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Eiffage &amp; a work-integration social enterprise: social clauses in public contracts</source>
        <translation>Eiffage &amp; a work-integration social enterprise: social clauses in public contracts</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Corporate giving</source>
        <translation>Corporate giving</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The company takes part in the association’s project, notably by involving its employees.</source>
        <translation>The company takes part in the association’s project, notably by involving its employees.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skills-based volunteering</source>
        <translation>Skills-based volunteering</translation>
    </message>
    <message>
        <source>Patronage</source>
        <translation type="vanished">Patronage</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Internal and external anchoring</source>
        <translation>Internal and external anchoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gift without direct counterpart</source>
        <translation>A gift without direct counterpart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the giving partner involve its people (skills, volunteering) in the project?</source>
        <translation>Does the giving partner involve its people (skills, volunteering) in the project?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>General-interest alternative</source>
        <translation>General-interest alternative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association provides a service that replaces a conventional one while serving the public interest.</source>
        <translation>An association provides a service that replaces a conventional one while serving the public interest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RATP &amp; ASF: refurbishing computer equipment</source>
        <translation>RATP &amp; ASF: refurbishing computer equipment</translation>
    </message>
    <message>
        <source>Sponsoring</source>
        <translation type="vanished">Sponsoring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A general-interest alternative to a conventional service</source>
        <translation>A general-interest alternative to a conventional service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice audit</source>
        <translation>Practice audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association helps a company manage change in its own practices.</source>
        <translation>An association helps a company manage change in its own practices.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toyota &amp; CPIE Bocage de l&apos;Avesnois</source>
        <translation>Toyota &amp; CPIE Bocage de l&apos;Avesnois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associations offering consultancy</source>
        <translation>Associations offering consultancy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support to change management inside the company</source>
        <translation>Support to change management inside the company</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service provision</source>
        <translation>Service provision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association provides a company with a service that indirectly serves the public interest; companies may offer the same kind of service.</source>
        <translation>An association provides a company with a service that indirectly serves the public interest; companies may offer the same kind of service.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accenture &amp; GoodPlanet</source>
        <translation>Accenture &amp; GoodPlanet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associations offering conventional services (catering, training) with a social purpose or social means</source>
        <translation>Associations offering conventional services (catering, training) with a social purpose or social means</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A conventional service with a social purpose or social means</source>
        <translation>A conventional service with a social purpose or social means</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hybrid model</source>
        <translation>Hybrid model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A joint venture where each partner brings skills or means to develop a service of high societal value.</source>
        <translation>A joint venture where each partner brings skills or means to develop a service of high societal value.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danone &amp; Grameen Bank: Grameen Danone Foods</source>
        <translation>Danone &amp; Grameen Bank: Grameen Danone Foods</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A joint structure (joint venture) to which each brings skills or means</source>
        <translation>A joint structure (joint venture) to which each brings skills or means</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partners contribute to each other&apos;s activity so that each one&apos;s offer becomes stronger.</source>
        <translation>The partners contribute to each other&apos;s activity so that each one&apos;s offer becomes stronger.</translation>
    </message>
    <message>
        <source>Eiffage &amp; an insertion company: insertion clauses in public contracts</source>
        <translation type="vanished">Eiffage &amp; an insertion company: insertion clauses in public contracts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mutual contributions that strengthen each one&apos;s own offer</source>
        <translation>Mutual contributions that strengthen each one&apos;s own offer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Societal R&amp;D</source>
        <translation>Societal R&amp;D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partners develop a product or service for a need that neither public authorities nor companies meet.</source>
        <translation>The partners develop a product or service for a need that neither public authorities nor companies meet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Banque Postale &amp; ASAD: access to banking for vulnerable people</source>
        <translation>Banque Postale &amp; ASAD: access to banking for vulnerable people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new product or service for a need met neither by public authorities nor by companies</source>
        <translation>A new product or service for a need met neither by public authorities nor by companies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expertise sharing</source>
        <translation>Expertise sharing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partners exchange skills so that each can better meet its own stakes.</source>
        <translation>The partners exchange skills so that each can better meet its own stakes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La Poste &amp; Jaccede.com: post office accessibility for people with reduced mobility</source>
        <translation>La Poste &amp; Jaccede.com: post office accessibility for people with reduced mobility</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An exchange of skills so that each better meets its own stakes</source>
        <translation>An exchange of skills so that each better meets its own stakes</translation>
    </message>
    <message>
        <source>Classic patronage</source>
        <translation type="vanished">Classic patronage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A gift, with no direct counterpart, to an association acting in the public interest.</source>
        <translation>A gift, with no direct counterpart, to an association acting in the public interest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitsubishi Electric &amp; Fondation pour l&apos;enfance</source>
        <translation>Mitsubishi Electric &amp; Fondation pour l&apos;enfance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most foundations&apos; calls for projects</source>
        <translation>Most foundations&apos; calls for projects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: the support is a gift, in money or in kind</source>
        <translation>No: the support is a gift, in money or in kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active engagement</source>
        <translation>Active engagement</translation>
    </message>
    <message>
        <source>The company takes part in the associative project, notably by involving its employees.</source>
        <translation type="vanished">The company takes part in the associative project, notably by involving its employees.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deloitte &amp; SNC</source>
        <translation>Deloitte &amp; SNC</translation>
    </message>
    <message>
        <source>Skills-based patronage</source>
        <translation type="vanished">Skills-based patronage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes: its people take part, with their skills or their time</source>
        <translation>Yes: its people take part, with their skills or their time</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+59"/>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation>Upgrading the file to format %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <location filename="../ui/report/minutesactions.cpp" line="+31"/>
        <source>minutes.pdf</source>
        <translation>minutes.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – minutes.pdf</source>
        <translation>%1 – minutes.pdf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the minutes</source>
        <translation>Print the minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Minutes written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Minutes written to %1 (%n page).</numerusform>
            <numerusform>Minutes written to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <location filename="../core/evaluation/needsviews.cpp" line="+72"/>
        <source>%1 for %2</source>
        <extracomment>A priority and who chose it, in a sentence on differing views: &quot;high for Association A and Company B&quot;.</extracomment>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priorities differ on “%1”: %2.</source>
        <translation>Priorities differ on “%1”: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list in a sentence: &quot;A, B and C&quot;.</extracomment>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../core/portfolio/foldersource.cpp" line="+60"/>
        <source>The folder “%1” cannot be read.</source>
        <translation>The folder “%1” cannot be read.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the first %1 of %2 files are listed.</source>
        <translation>Only the first %1 of %2 files are listed.</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliocharts.cpp" line="-200"/>
        <location line="+3"/>
        <location filename="../core/portfolio/portfolioreport.cpp" line="+73"/>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose a folder of partnerships to see them counted.</source>
        <translation>Choose a folder of partnerships to see them counted.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n other partnership(s)</source>
        <translation>
            <numerusform>%n other partnership</numerusform>
            <numerusform>%n other partnerships</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steering committees</source>
        <translation>Steering committees</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>from %1</source>
        <extracomment>A week of the deadline chart, by its first day (e.g. &quot;from 7 Dec&quot;).</extracomment>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Partnerships per model</source>
        <translation>Partnerships per model</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+124"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partnerships per current step</source>
        <translation>Partnerships per current step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicators at risk or off track, per partnership</source>
        <translation>Indicators at risk or off track, per partnership</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No indicator of the partnerships listed is at risk or off track.</source>
        <translation>No indicator of the partnerships listed is at risk or off track.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Due in the next %n day(s), per partnership</source>
        <translation>
            <numerusform>Due in the next day, per partnership</numerusform>
            <numerusform>Due in the next %n days, per partnership</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <location line="+19"/>
        <source>No open action, milestone or steering committee falls due in the next %n day(s).</source>
        <translation>
            <numerusform>No open action, milestone or steering committee falls due in the next day.</numerusform>
            <numerusform>No open action, milestone or steering committee falls due in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Due in the next %n day(s), per week</source>
        <translation>
            <numerusform>Due in the next day, per week</numerusform>
            <numerusform>Due in the next %n days, per week</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfolioexport.cpp" line="+38"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” could not be written.</source>
        <translation>“%1” could not be written.</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="-106"/>
        <source>%1%</source>
        <extracomment>A percentage; French puts a no-break space before %.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <extracomment>A date, then what happens that day: &quot;15/01/2027 – Comité de pilotage&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no review yet</source>
        <translation>no review yet</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%n partner(s) answered)</source>
        <translation>
            <numerusform>%1 (%n partner answered)</numerusform>
            <numerusform>%1 (%n partners answered)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no indicator</source>
        <translation>no indicator</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n off track</source>
        <translation>
            <numerusform>%n off track</numerusform>
            <numerusform>%n off track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on track</source>
        <translation>
            <numerusform>%n on track</numerusform>
            <numerusform>%n on track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without data</source>
        <translation>
            <numerusform>%n without data</numerusform>
            <numerusform>%n without data</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfolioreport.cpp" line="-37"/>
        <location filename="../ui/portfolio/portfoliopdf.cpp" line="+90"/>
        <source>Portfolio of partnerships</source>
        <translation>Portfolio of partnerships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from %1</source>
        <translation>Read from %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partnership(s) listed</source>
        <translation>
            <numerusform>%n partnership listed</numerusform>
            <numerusform>%n partnerships listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n file(s) refused</source>
        <translation>
            <numerusform>, %n file refused</numerusform>
            <numerusform>, %n files refused</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio report of %1</source>
        <translation>Portfolio report of %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the model: %1</source>
        <translation>Only the model: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+7"/>
        <source>not named yet</source>
        <translation>not named yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the current step: %1</source>
        <translation>Only the current step: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only with a partner in: %1</source>
        <translation>Only with a partner in: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the status: %1</source>
        <translation>Only the status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorted by %1, in descending order</source>
        <translation>Sorted by %1, in descending order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by %1</source>
        <translation>Sorted by %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No partnership file passed the check.</source>
        <translation>No partnership file passed the check.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line is a partnership file that passed the check, with its figures on the day of the report: its indicators by status, the three angles of its last review with how many partners answered, its late actions, its next milestone and its next steering committee.</source>
        <translation>Each line is a partnership file that passed the check, with its figures on the day of the report: its indicators by status, the three angles of its last review with how many partners answered, its late actions, its next milestone and its next steering committee.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consolidated charts</source>
        <translation>Consolidated charts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partnerships listed, together; refused files are not counted. A deadline is an open action or milestone due, or a steering committee held, from the day of the report to %1 or %2 days after it.</source>
        <translation>The partnerships listed, together; refused files are not counted. A deadline is an open action or milestone due, or a steering committee held, from the day of the report to %1 or %2 days after it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused files</source>
        <translation>Refused files</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file was refused.</source>
        <translation>No file was refused.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files were not read: they failed the check every received file goes through.</source>
        <translation>These files were not read: they failed the check every received file goes through.</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+9"/>
        <source>%1. %2</source>
        <extracomment>A step of the journey: &quot;4. Map the ecosystem&quot;.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliocharts.cpp" line="-52"/>
        <location line="+36"/>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+2"/>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+2"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliocharts.cpp" line="-35"/>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+2"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+2"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coherence</source>
        <translation>Coherence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late actions</source>
        <translation>Late actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next milestone</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next committee</source>
        <translation>Next committee</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfolioreport.cpp" line="-9"/>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+2"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+47"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../core/portfolio/summary.cpp" line="+172"/>
        <source>The file “%1” was refused.</source>
        <translation>The file “%1” was refused.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/widgets/fieldeditors.cpp" line="+35"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <location filename="../core/questionnaire/binding.cpp" line="+111"/>
        <source>This workbook is not a questionnaire prepared by Alliance Pilot.</source>
        <translation>This workbook is not a questionnaire prepared by Alliance Pilot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This questionnaire was prepared by another version of Alliance Pilot.</source>
        <translation>This questionnaire was prepared by another version of Alliance Pilot.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hidden part of this questionnaire was changed after it was prepared, or it was prepared on another computer: its answers cannot be trusted. Prepare the questionnaire again on this computer.</source>
        <translation>The hidden part of this questionnaire was changed after it was prepared, or it was prepared on another computer: its answers cannot be trusted. Prepare the questionnaire again on this computer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hidden part of this questionnaire is damaged.</source>
        <translation>The hidden part of this questionnaire is damaged.</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/questionnaire.cpp" line="+78"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maturity self-diagnostic</source>
        <translation>Maturity self-diagnostic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighting of the carré magique</source>
        <translation>Weighting of the carré magique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seven needs of the territory</source>
        <translation>The seven needs of the territory</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>0 – not started</source>
        <translation>0 – not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – mastered</source>
        <translation>%1 – mastered</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/questionnairebatch.cpp" line="+33"/>
        <source>Choose at least one partner.</source>
        <translation>Choose at least one partner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a folder.</source>
        <translation>“%1” is not a folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder “%1” could not be made.</source>
        <translation>The folder “%1” could not be made.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/questionnaire/questionnairewriter.cpp" line="+97"/>
        <source>The organisation is not a partner of this partnership.</source>
        <translation>The organisation is not a partner of this partnership.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The writing was stopped.</source>
        <translation>The writing was stopped.</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/questionnairefilename.cpp" line="+43"/>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maturity</source>
        <translation>maturity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs</source>
        <translation>needs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/questionnaireinstructions.cpp" line="+15"/>
        <source>It asks for your organisation’s view in the review “%1”: give each criterion a rating from 0 to %2 (or pick an answer) and say why in your own words.</source>
        <translation>It asks for your organisation’s view in the review “%1”: give each criterion a rating from 0 to %2 (or pick an answer) and say why in your own words.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is your organisation’s maturity self-diagnostic: for each question, pick how far your organisation has come, from 0 (not started) to %1 (mastered).</source>
        <translation>It is your organisation’s maturity self-diagnostic: for each question, pick how far your organisation has come, from 0 (not started) to %1 (mastered).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It asks how much each of the four objectives of the carré magique matters to your organisation.</source>
        <translation>It asks how much each of the four objectives of the carré magique matters to your organisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It asks for your organisation’s view of the seven needs of the territory: how much each one matters, and what it is in your words.</source>
        <translation>It asks for your organisation’s view of the seven needs of the territory: how much each one matters, and what it is in your words.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — questionnaire</source>
        <translation>%1 — questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workbook is a questionnaire of the partnership “%1”, prepared with Alliance Pilot for an organisation of the kind “%2”. It is anonymous: your answers are counted with those of the other organisations of the same kind, never under your name.</source>
        <translation>This workbook is a questionnaire of the partnership “%1”, prepared with Alliance Pilot for an organisation of the kind “%2”. It is anonymous: your answers are counted with those of the other organisations of the same kind, never under your name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This workbook is a questionnaire of the partnership “%1”, prepared with Alliance Pilot for %2.</source>
        <translation>This workbook is a questionnaire of the partnership “%1”, prepared with Alliance Pilot for %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to answer</source>
        <translation>How to answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Open the sheet “%1”.</source>
        <translation>1. Open the sheet “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. In column C, type a whole number from 0 to 100 for each objective: the four weights add up to 100.</source>
        <translation>2. In column C, type a whole number from 0 to 100 for each objective: the four weights add up to 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. In column C, pick your answer from the list that opens when you select the cell.</source>
        <translation>2. In column C, pick your answer from the list that opens when you select the cell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. In column D, write your comments in your own words, as long as you wish.</source>
        <translation>3. In column D, write your comments in your own words, as long as you wish.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers already known are filled in: change what is no longer right.</source>
        <translation>Answers already known are filled in: change what is no longer right.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not rename, add or remove sheets and do not move rows: each answer is read from its place. The other cells are protected so that nothing is changed by mistake.</source>
        <translation>Do not rename, add or remove sheets and do not move rows: each answer is read from its place. The other cells are protected so that nothing is changed by mistake.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the workbook as an Excel workbook (.xlsx) and send it back to the person who sent it to you.</source>
        <translation>Save the workbook as an Excel workbook (.xlsx) and send it back to the person who sent it to you.</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/questionnairewriter.cpp" line="-62"/>
        <source>The questionnaire could not be written: %1</source>
        <translation>The questionnaire could not be written: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Choose a review of this partnership.</source>
        <translation>Choose a review of this partnership.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a review’s questionnaire can be anonymous.</source>
        <translation>Only a review’s questionnaire can be anonymous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has no kind of organisation: an anonymous questionnaire is bound to that kind. Choose it first.</source>
        <translation>“%1” has no kind of organisation: an anonymous questionnaire is bound to that kind. Choose it first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This questionnaire has no question for “%1”.</source>
        <translation>This questionnaire has no question for “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This questionnaire has %1 questions, more than a workbook may carry (%2).</source>
        <translation>This questionnaire has %1 questions, more than a workbook may carry (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” could not be written.</source>
        <translation>“%1” could not be written.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — anonymous, organisation of the kind “%2”</source>
        <translation>%1 — anonymous, organisation of the kind “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight (0 to 100)</source>
        <translation>Weight (0 to 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Total (100 expected)</source>
        <translation>Total (100 expected)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number from 0 to 100. The four weights add up to 100.</source>
        <translation>A whole number from 0 to 100. The four weights add up to 100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a whole number from 0 to 100.</source>
        <translation>Type a whole number from 0 to 100.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pick an answer from the list.</source>
        <translation>Pick an answer from the list.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/veryhidden.cpp" line="+17"/>
        <source>The questionnaire “%1” could not be finished.</source>
        <translation>The questionnaire “%1” could not be finished.</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/answercells.cpp" line="+24"/>
        <source>it holds a formula, and only values typed in are read</source>
        <translation>it holds a formula, and only values typed in are read</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds an error value</source>
        <translation>it holds an error value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds a yes/no value</source>
        <translation>it holds a yes/no value</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>“%1” is not one of the answers offered</source>
        <translation>“%1” is not one of the answers offered</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not a whole number from 0 to 100</source>
        <translation>“%1” is not a whole number from 0 to 100</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the text is longer than %1 characters</source>
        <translation>the text is longer than %1 characters</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/questionnaire/answersaggregate.cpp" line="+81"/>
        <source>%1: %n respondent(s)</source>
        <extracomment>%1 an organisation kind (Association...), %n the respondents</extracomment>
        <translation>
            <numerusform>%1: %n respondent</numerusform>
            <numerusform>%1: %n respondents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <extracomment>one value and how many chose it: &quot;3: 2&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: mean %2 (%3)</source>
        <extracomment>%1 the question, %2 the mean rating, %3 the count of each value</extracomment>
        <translation>  %1: mean %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireActions</name>
    <message numerus="yes">
        <location filename="../ui/questionnaireactions.cpp" line="+26"/>
        <source>%n questionnaire(s) written to %1</source>
        <translation>
            <numerusform>%n questionnaire written to %1</numerusform>
            <numerusform>%n questionnaires written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questionnaires prepared</source>
        <translation>Questionnaires prepared</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n workbook(s) written to the folder %1. Send each partner theirs.</source>
        <translation>
            <numerusform>%n workbook written to the folder %1. Send each partner theirs.</numerusform>
            <numerusform>%n workbooks written to the folder %1. Send each partner theirs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preparing the questionnaires…</source>
        <translation>Preparing the questionnaires…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Prepare questionnaires</source>
        <translation>Prepare questionnaires</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n workbook(s) written before this stopped: %1</source>
        <translation>
            <numerusform>%n workbook written before this stopped: %1</numerusform>
            <numerusform>%n workbooks written before this stopped: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prepare questionnaires…</source>
        <translation>Prepare questionnaires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the workbooks partners fill in with a spreadsheet, without the app</source>
        <translation>Write the workbooks partners fill in with a spreadsheet, without the app</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>%1 gives the most weight to %2 (%3%).</source>
        <translation type="vanished">%1 gives the most weight to %2 (%3%).</translation>
    </message>
    <message>
        <source>%1 gives the same highest weight (%2%) to %3.</source>
        <translation type="vanished">%1 gives the same highest weight (%2%) to %3.</translation>
    </message>
    <message>
        <source>%1 has not weighted its objectives yet and is left out.</source>
        <translation type="vanished">%1 has not weighted its objectives yet and is left out.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="vanished">%1 %2%</translation>
    </message>
    <message>
        <source>Partnership barycentre: %1.</source>
        <translation type="vanished">Partnership barycentre: %1.</translation>
    </message>
    <message>
        <source>Together, the partners give the most weight to %1 (%2%): the recommended category is %3.</source>
        <translation type="vanished">Together, the partners give the most weight to %1 (%2%): the recommended category is %3.</translation>
    </message>
    <message>
        <source>Together, the partners give the same weight (%1%) to %2; %3 comes first in the method&apos;s order, so the recommended category is %4.</source>
        <translation type="vanished">Together, the partners give the same weight (%1%) to %2; %3 comes first in the method&apos;s order, so the recommended category is %4.</translation>
    </message>
    <message>
        <source>Only %1 has weighted its objectives: the recommendation reflects its view alone.</source>
        <translation type="vanished">Only %1 has weighted its objectives: the recommendation reflects its view alone.</translation>
    </message>
    <message>
        <source>The partners&apos; weightings are far apart (divergence %1 out of 100, alert above %2): agree on a common stake before choosing the model.</source>
        <translation type="vanished">The partners&apos; weightings are far apart (divergence %1 out of 100, alert above %2): agree on a common stake before choosing the model.</translation>
    </message>
    <message>
        <source>The partners&apos; weightings are close (divergence %1 out of 100, alert above %2).</source>
        <translation type="vanished">The partners&apos; weightings are close (divergence %1 out of 100, alert above %2).</translation>
    </message>
    <message>
        <source>They differ most on %1: %2 points between the highest and the lowest weight.</source>
        <translation type="vanished">They differ most on %1: %2 points between the highest and the lowest weight.</translation>
    </message>
    <message>
        <source>%1 and %2 are the furthest apart.</source>
        <translation type="vanished">%1 and %2 are the furthest apart.</translation>
    </message>
    <message>
        <source>The nearest model is %1 (%2): %3% match.</source>
        <translation type="vanished">The nearest model is %1 (%2): %3% match.</translation>
    </message>
    <message>
        <source>This model belongs to another category than the recommended one: the partners&apos; weights sit between categories, discuss which one fits best.</source>
        <translation type="vanished">This model belongs to another category than the recommended one: the partners&apos; weights sit between categories, discuss which one fits best.</translation>
    </message>
    <message>
        <source>%1 (%2) is just as near (%3% match): worth discussing.</source>
        <translation type="vanished">%1 (%2) is just as near (%3% match): worth discussing.</translation>
    </message>
    <message>
        <source>%1 (%2) comes a close second (%3% match, %4 points behind): worth discussing.</source>
        <translation type="vanished">%1 (%2) comes a close second (%3% match, %4 points behind): worth discussing.</translation>
    </message>
    <message>
        <source>%1 (%2) comes second (%3% match, %4 points behind).</source>
        <translation type="vanished">%1 (%2) comes second (%3% match, %4 points behind).</translation>
    </message>
    <message>
        <source>No partner has weighted its objectives yet: no recommendation can be made. Ask each partner to weight the four objectives in step 2.</source>
        <translation type="vanished">No partner has weighted its objectives yet: no recommendation can be made. Ask each partner to weight the four objectives in step 2.</translation>
    </message>
    <message>
        <location filename="../core/evaluation/recommendation.cpp" line="+31"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 puts %2 first (%3%): from its side, the partnership is %4.</source>
        <translation>%1 puts %2 first (%3%): from its side, the partnership is %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 gives the same weight (%2%) to %3: from its side, the partnership sits between %4.</source>
        <translation>%1 gives the same weight (%2%) to %3: from its side, the partnership sits between %4.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has not weighted its objectives yet.</source>
        <translation>%1 has not weighted its objectives yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) entered weights, but they are not counted: its role is to support the partnership, not to be party to it.</source>
        <translation>%1 (%2) entered weights, but they are not counted: its role is to support the partnership, not to be party to it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) does not weight its objectives: its role is to support the partnership, not to be party to it.</source>
        <translation>%1 (%2) does not weight its objectives: its role is to support the partnership, not to be party to it.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No partner has weighted its objectives yet: once they do, in step 2, each one&apos;s reading will point to a category. The relationship can already be described below.</source>
        <translation>No partner has weighted its objectives yet: once they do, in step 2, each one&apos;s reading will point to a category. The relationship can already be described below.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n partner(s) who weighted point to %1.</source>
        <translation>
            <numerusform>The partner who weighted points to %1.</numerusform>
            <numerusform>The %n partners who weighted all point to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The readings point to %1. Partners of different kinds often ally for different reasons: that is not a disagreement.</source>
        <translation>The readings point to %1. Partners of different kinds often ally for different reasons: that is not a disagreement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe the relationship between the partners to name the model.</source>
        <translation>Describe the relationship between the partners to name the model.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relationship described is %1: answer the second question to name the model.</source>
        <translation>The relationship described is %1: answer the second question to name the model.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The relationship described names the model %1, in the category %2.</source>
        <translation>The relationship described names the model %1, in the category %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it serves each partner will show once the partners weight their objectives in step 2.</source>
        <translation>How it serves each partner will show once the partners weight their objectives in step 2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For %1, the model serves what it weights most: %2 (%3%).</source>
        <translation>For %1, the model serves what it weights most: %2 (%3%).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 looks first for %2 (%3%), and gives %4 %5%: it should find its own objective in what the partnership brings it, as the common stake should say.</source>
        <translation>%1 looks first for %2 (%3%), and gives %4 %5%: it should find its own objective in what the partnership brings it, as the common stake should say.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No partner puts %1 first, the objective a %2 partnership serves: check with the partners that this model fits their common stake.</source>
        <translation>No partner puts %1 first, the objective a %2 partnership serves: check with the partners that this model fits their common stake.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/reportagreement.cpp" line="+18"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How decisions are taken</source>
        <translation>How decisions are taken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/report/reportminutes.cpp" line="+31"/>
        <location line="+111"/>
        <location line="+32"/>
        <location filename="../core/report/reportresults.cpp" line="+416"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+94"/>
        <location line="+261"/>
        <location line="+82"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/report/reportpreparation.cpp" line="+183"/>
        <source>Steering committee</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The governance has not been described yet.</source>
        <translation>The governance has not been described yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <location filename="../core/report/reportresults.cpp" line="-247"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+97"/>
        <location filename="../core/report/reportminutes.cpp" line="-111"/>
        <location line="+64"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-300"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contribution has been recorded.</source>
        <translation>No contribution has been recorded.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Total value</source>
        <translation>Total value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it brings</source>
        <translation>What it brings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not assigned to a partner yet</source>
        <translation>Not assigned to a partner yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement has not been written yet.</source>
        <translation>The agreement has not been written yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportminutes.cpp" line="+7"/>
        <location filename="../core/report/reportpreparation.cpp" line="+11"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key documents</source>
        <translation>Key documents</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/report/reportminutes.cpp" line="+20"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportminutes.cpp" line="-1"/>
        <location line="+44"/>
        <location filename="../core/report/reportsteps.cpp" line="+30"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+320"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportminutes.cpp" line="-44"/>
        <location line="+44"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportminutes.cpp" line="-44"/>
        <location line="+45"/>
        <location filename="../core/report/reportresults.cpp" line="+158"/>
        <location filename="../core/report/reportsteps.cpp" line="-7"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-96"/>
        <source>%1, late</source>
        <translation>%1, late</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (milestone)</source>
        <translation>%1 (milestone)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action has been planned.</source>
        <translation>No action has been planned.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-103"/>
        <source>Late on %1</source>
        <translation>Late on %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+1"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/report/reportminutes.cpp" line="-135"/>
        <location line="+63"/>
        <location filename="../core/report/reportresults.cpp" line="-37"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportresults.cpp" line="+0"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Respondents</source>
        <comment>column: how many partners answered the review</comment>
        <translation>Respondents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviews held</source>
        <translation>Reviews held</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/reportresults.cpp" line="+192"/>
        <source>No review has been held yet.</source>
        <translation>No review has been held yet.</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.cpp" line="+89"/>
        <location filename="../core/report/reportchanges.cpp" line="+151"/>
        <location filename="../core/report/reportminutes.cpp" line="-77"/>
        <location filename="../core/report/reportresults.cpp" line="-410"/>
        <location line="+60"/>
        <location line="+125"/>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+36"/>
        <location line="+126"/>
        <location line="+32"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-163"/>
        <location line="+251"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/reportwriting.cpp" line="+78"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Steering committee pack of %1</source>
        <translation type="vanished">Steering committee pack of %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.cpp" line="+11"/>
        <source>Pack for “%1” of %2, prepared on %3</source>
        <translation>Pack for “%1” of %2, prepared on %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering committee pack, prepared on %1</source>
        <translation>Steering committee pack, prepared on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation report of %1</source>
        <translation>Evaluation report of %1</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfolioreport.cpp" line="+42"/>
        <location filename="../core/report/reportbuilder.cpp" line="+35"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/report/reportbuilder.cpp" line="+2"/>
        <location filename="../core/report/reportminutes.cpp" line="+70"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.cpp" line="+13"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-308"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="+51"/>
        <source>Synthesis</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the steering committee</source>
        <translation>For the steering committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/report/reportresults.cpp" line="-140"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review scores</source>
        <translation>Review scores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons learnt and next steps</source>
        <translation>Lessons learnt and next steps</translation>
    </message>
    <message>
        <source>Territory need</source>
        <translation type="vanished">Territory need</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="vanished">Priority</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="vanished">Answer</translation>
    </message>
    <message>
        <source>Needs of the territory</source>
        <translation type="vanished">Needs of the territory</translation>
    </message>
    <message>
        <location filename="../core/report/reportpreparation.cpp" line="-136"/>
        <source>No need of the territory was described.</source>
        <translation>No need of the territory was described.</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="-56"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <comment>column: how many people attend a meeting</comment>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The project holds no meeting.</source>
        <translation>The project holds no meeting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting is dated or titled “%1”. The meetings are: %2.</source>
        <translation>No meeting is dated or titled “%1”. The meetings are: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several meetings match “%1”: %2.</source>
        <translation>Several meetings match “%1”: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Minutes: %1</source>
        <extracomment>The heading of a meeting&apos;s printed minutes, e.g. &quot;Minutes: Annual steering committee&quot;</extracomment>
        <translation>Minutes: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review discussed</source>
        <translation>Review discussed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/report/reportpreparation.cpp" line="+2"/>
        <location line="+39"/>
        <location line="+68"/>
        <location line="+16"/>
        <location line="+11"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No attendee was recorded.</source>
        <translation>No attendee was recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agenda was written.</source>
        <translation>No agenda was written.</translation>
    </message>
    <message>
        <source>Resulting action</source>
        <translation type="vanished">Resulting action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No decision was recorded.</source>
        <translation>No decision was recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes have not been written yet.</source>
        <translation>The minutes have not been written yet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Committees and meetings</source>
        <translation>Committees and meetings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting has been recorded.</source>
        <translation>No meeting has been recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting has been held yet.</source>
        <translation>No meeting has been held yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings to come</source>
        <translation>Meetings to come</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; action: %2</source>
        <translation>%1; action: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decisions of the meetings</source>
        <translation>Decisions of the meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision has been recorded.</source>
        <translation>No decision has been recorded.</translation>
    </message>
    <message>
        <location filename="../core/report/reportpreparation.cpp" line="-131"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions answered</source>
        <translation>Questions answered</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+41"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maturity of the partners</source>
        <translation>Maturity of the partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No partner has answered the maturity questions.</source>
        <translation>No partner has answered the maturity questions.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Common stake</source>
        <translation>Common stake</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+63"/>
        <location filename="../core/report/reportresults.cpp" line="-171"/>
        <location line="+90"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Needs of the territory, from each partner&apos;s view</source>
        <translation>Needs of the territory, from each partner&apos;s view</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>priorities differ: %1.</source>
        <translation>priorities differ: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the same priority for the %n partners who set one.</source>
        <translation>
            <numerusform>the same priority for the %n partners who set one.</numerusform>
            <numerusform>the same priority for the %n partners who set one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n partner(s) answered.</source>
        <translation>
            <numerusform>%n partner answered.</numerusform>
            <numerusform>%n partners answered.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered before each partner had its own view.</source>
        <translation>answered before each partner had its own view.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared view (earlier file format)</source>
        <translation>Shared view (earlier file format)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no priority</source>
        <translation>no priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority %1</source>
        <translation>priority %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Next tools to use</source>
        <translation>Next tools to use</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The carré magique of each partner</source>
        <translation>The carré magique of each partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partner has weighted its objectives.</source>
        <translation>No partner has weighted its objectives.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each partner expects</source>
        <translation>What each partner expects</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="vanished">Recommendation</translation>
    </message>
    <message>
        <source>Recommended model</source>
        <translation type="vanished">Recommended model</translation>
    </message>
    <message>
        <source>Recommended category</source>
        <translation type="vanished">Recommended category</translation>
    </message>
    <message>
        <source>Choice of the partners</source>
        <translation type="vanished">Choice of the partners</translation>
    </message>
    <message>
        <source>No model has been chosen yet.</source>
        <translation type="vanished">No model has been chosen yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each partner&apos;s reading</source>
        <translation>Each partner&apos;s reading</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relationship described</source>
        <translation>The relationship described</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partners have not described their relationship yet.</source>
        <translation>The partners have not described their relationship yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the relationship is</source>
        <translation>What the relationship is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this model</source>
        <translation>Why this model</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location filename="../core/report/reportresults.cpp" line="+231"/>
        <location filename="../core/report/reportsteps.cpp" line="+27"/>
        <source>%1 (private)</source>
        <translation>%1 (private)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation has been added.</source>
        <translation>No organisation has been added.</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="-78"/>
        <location filename="../core/report/reportpreparation.cpp" line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/report/reportpreparation.cpp" line="+0"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalyst function</source>
        <translation>Catalyst function</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalyst functions</source>
        <translation>Catalyst functions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links between actors</source>
        <translation>Links between actors</translation>
    </message>
    <message>
        <location filename="../core/report/reportresults.cpp" line="-475"/>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+398"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="vanished">Mean</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="vanished">Scores</translation>
    </message>
    <message>
        <location line="+93"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+376"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="vanished">Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+0"/>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-232"/>
        <source>No indicator has been defined.</source>
        <translation>No indicator has been defined.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall achievement</source>
        <translation>Overall achievement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on track, %2 at risk, %3 off track, %4 without data</source>
        <translation>%1 on track, %2 at risk, %3 off track, %4 without data</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Earlier reviews</source>
        <translation>Earlier reviews</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n earlier review(s), one row each: each figure with how many partners answered. Their answers, partner by partner, are on the Evaluate page of the project; the latest reviews follow in full.</source>
        <translation>
            <numerusform>The earlier review, on one row: each figure with how many partners answered. Its answers, partner by partner, are on the Evaluate page of the project; the latest reviews follow in full.</numerusform>
            <numerusform>The %n earlier reviews, one row each: each figure with how many partners answered. Their answers, partner by partner, are on the Evaluate page of the project; the latest reviews follow in full.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Angles</source>
        <translation>Angles</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-103"/>
        <source>Indicators against their targets</source>
        <translation>Indicators against their targets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 (%3 of %4 indicators with data)</source>
        <translation>%1 on %2 (%3 of %4 indicators with data)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no measurement by %1</source>
        <translation>no measurement by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impacts</source>
        <translation>Impacts</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="vanished">Criterion</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="vanished">Comment</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-88"/>
        <source>%n partner(s) answered</source>
        <translation>
            <numerusform>%n partner answered</numerusform>
            <numerusform>%n partners answered</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+109"/>
        <source>no rating</source>
        <translation>no rating</translation>
    </message>
    <message>
        <location filename="../core/report/reportagreement.cpp" line="-96"/>
        <location line="+2"/>
        <location filename="../core/report/reportresults.cpp" line="-47"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+454"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/report/reportresults.cpp" line="+0"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>and %n more answer(s), on the Evaluate page of the project</source>
        <translation>
            <numerusform>and %n more answer, on the Evaluate page of the project</numerusform>
            <numerusform>and %n more answers, on the Evaluate page of the project</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight in step 2</source>
        <translation>Weight in step 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect rated</source>
        <translation>Effect rated</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not weighted</source>
        <translation>not weighted</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>none written</source>
        <translation>none written</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mean (partners who answered)</source>
        <translation>Mean (partners who answered)</translation>
    </message>
    <message>
        <source>Indicator (unit)</source>
        <translation type="vanished">Indicator (unit)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Baseline → target</source>
        <translation>Baseline → target</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-30"/>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-1"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an indicator and its unit</comment>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1&#xa0;→ %2</source>
        <extracomment>From an indicator&apos;s baseline to its target; the arrow&apos;s spaces do not break.</extracomment>
        <translation>%1&#xa0;→ %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Achieved: the share of the way from baseline to target that the latest measurement covers. Expected: the share due on the date of that measurement, on a straight path from the start of the partnership (or the first measurement) to the target date, and all of it once the target date has passed. An indicator is on track from %1 of what is expected, at risk from %2, off track below; without a target date, all of the way is expected.</source>
        <translation>Achieved: the share of the way from baseline to target that the latest measurement covers. Expected: the share due on the date of that measurement, on a straight path from the start of the partnership (or the first measurement) to the target date, and all of it once the target date has passed. An indicator is on track from %1 of what is expected, at risk from %2, off track below; without a target date, all of the way is expected.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Achieved: the share of the way from baseline to target that the latest measurement covers. An indicator is on track from %1 of its target, at risk from %2, off track below.</source>
        <translation>Achieved: the share of the way from baseline to target that the latest measurement covers. An indicator is on track from %1 of its target, at risk from %2, off track below.</translation>
    </message>
    <message>
        <source>Nobody has scored this review yet.</source>
        <translation type="vanished">Nobody has scored this review yet.</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+250"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="-149"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-298"/>
        <source>Impact: %1</source>
        <translation>Impact: %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Nobody has answered this review yet.</source>
        <translation>Nobody has answered this review yet.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Other notes</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No lesson or next step has been written yet.</source>
        <translation>No lesson or next step has been written yet.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsteps.cpp" line="-25"/>
        <source>%1 (suggested from what was entered: %2)</source>
        <translation>%1 (suggested from what was entered: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; French puts a (narrow no-break) space before %.</extracomment>
        <translation type="vanished">%1%</translation>
    </message>
    <message>
        <source>€%1</source>
        <extracomment>An amount in euros; French writes &quot;1 200 €&quot;.</extracomment>
        <translation type="vanished">€%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportwriting.cpp" line="-25"/>
        <source>%1 day(s)</source>
        <extracomment>A number of person-days, e.g. &quot;25 days&quot;; %1 is the number, its space to the unit does not break</extracomment>
        <translation>
            <numerusform>%1 day</numerusform>
            <numerusform>%1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 item(s)</source>
        <extracomment>A count of material items (computers, rooms), e.g. &quot;400 items&quot;; the space does not break</extracomment>
        <translation>
            <numerusform>%1 item</numerusform>
            <numerusform>%1 items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (the end date is before the start date)</source>
        <translation>%1 (the end date is before the start date)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ui/report/reportdocument.cpp" line="+117"/>
        <source>%1: </source>
        <extracomment>A label before its value; French puts a space before the colon.</extracomment>
        <translation>%1: </translation>
    </message>
    <message>
        <location line="+351"/>
        <source>There is nothing to chart yet.</source>
        <translation>There is nothing to chart yet.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportrenderer.cpp" line="+133"/>
        <source>Led by %1</source>
        <translation>Led by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The report could not be written.</source>
        <translation>The report could not be written.</translation>
    </message>
    <message>
        <location filename="../ui/report/minuteswriter.cpp" line="+19"/>
        <source>This meeting is not in the project any more.</source>
        <translation>This meeting is not in the project any more.</translation>
    </message>
    <message>
        <location filename="../ui/report/pdffile.cpp" line="+14"/>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportsynthesis.cpp" line="-140"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+263"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <location line="-250"/>
        <source>The partnership as a whole</source>
        <translation>The partnership as a whole</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No steering committee has been held yet; every change since the project file was made counts.</source>
        <translation>No steering committee has been held yet; every change since the project file was made counts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes made after the steering committee of %1.</source>
        <translation>Changes made after the steering committee of %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made after the steering committee “%1” of %2.</source>
        <translation>Changes made after the steering committee “%1” of %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No steering committee has been held yet: changes made since the start of the partnership, %1.</source>
        <translation>No steering committee has been held yet: changes made since the start of the partnership, %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the partnership stands</source>
        <translation>Where the partnership stands</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (suggested from what was entered: the manager has not set it)</source>
        <translation>%1 (suggested from what was entered: the manager has not set it)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps done</source>
        <translation>Steps done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each partner&apos;s reading and the model</source>
        <translation>Each partner&apos;s reading and the model</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model chosen</source>
        <translation>Model chosen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not named yet</source>
        <translation>not named yet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Based on</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it measures</source>
        <translation>What it measures</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln indicator(s) with data</source>
        <translation>
            <numerusform>%1 of %Ln indicator with data</numerusform>
            <numerusform>%1 of %Ln indicators with data</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>results: the way covered from baseline to target</source>
        <translation>results: the way covered from baseline to target</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>judgement: effects on each one&apos;s objectives (part 1)</source>
        <translation>judgement: effects on each one&apos;s objectives (part 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>judgement: shared effects on the territory (parts 2–3)</source>
        <translation>judgement: shared effects on the territory (parts 2–3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judgement: the lessons&apos; ratings (part 4)</source>
        <translation>judgement: the lessons&apos; ratings (part 4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>judgement: the questions feeding this impact</source>
        <translation>judgement: the questions feeding this impact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review figures are those of “%1” (%2). Indicators measure results against targets; the review&apos;s figures are the partners&apos; own judgement, on a 0–%3 scale: the two read performance from different sides (%4 and %5), and a gap between them is a question for the committee, not an error.</source>
        <translation>The review figures are those of “%1” (%2). Indicators measure results against targets; the review&apos;s figures are the partners&apos; own judgement, on a 0–%3 scale: the two read performance from different sides (%4 and %5), and a gap between them is a question for the committee, not an error.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No partner has answered a review yet.</source>
        <translation>No partner has answered a review yet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>off track</source>
        <translation>off track</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 achieved, target date %3 passed (%4)</source>
        <translation>%1: %2 achieved, target date %3 passed (%4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 achieved, %3 expected on %4 (%5)</source>
        <translation>%1: %2 achieved, %3 expected on %4 (%5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of its target (%3)</source>
        <translation>%1: %2 of its target (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+231"/>
        <source>Indicators at risk</source>
        <translation>Indicators at risk</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+229"/>
        <source>No indicator is at risk or off track on %1.</source>
        <translation>No indicator is at risk or off track on %1.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 at risk, %2 off track, of %Ln indicator(s)</source>
        <translation>
            <numerusform>%1 at risk, %2 off track, of %Ln indicator</numerusform>
            <numerusform>%1 at risk, %2 off track, of %Ln indicators</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no owner</source>
        <translation>no owner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late actions and next milestones</source>
        <translation>Late actions and next milestones</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2, due %3</source>
        <translation>%1: %2, due %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next milestones</source>
        <translation>Next milestones</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+111"/>
        <source>none planned</source>
        <translation>none planned</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 (%2)</source>
        <comment>a kind of item and how many</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 (%Ln item(s) changed)</source>
        <translation>
            <numerusform>%1 (%Ln item changed)</numerusform>
            <numerusform>%1 (%Ln items changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln change(s))</source>
        <translation type="vanished">
            <numerusform>%1 (%Ln change)</numerusform>
            <numerusform>%1 (%Ln changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %Ln more people</source>
        <translation>
            <numerusform>and %Ln more person</numerusform>
            <numerusform>and %Ln more people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project&apos;s history was not read for this report.</source>
        <translation>The project&apos;s history was not read for this report.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed since.</source>
        <translation>Nothing has changed since.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, no action yet</source>
        <translation>%1, no action yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; action “%2”: %3</source>
        <translation>%1; action “%2”: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions the committee is asked to take</source>
        <translation>Decisions the committee is asked to take</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decision is waiting for the committee.</source>
        <translation>No decision is waiting for the committee.</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="+39"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+9"/>
        <location line="+26"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../core/report/reportchanges.cpp" line="-3"/>
        <source>someone unnamed</source>
        <translation>someone unnamed</translation>
    </message>
    <message>
        <location filename="../core/report/reportsynthesis.cpp" line="-11"/>
        <source>What changed since the previous committee</source>
        <translation>What changed since the previous committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed recently</source>
        <translation>What changed recently</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="+21"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+12"/>
        <source>No meeting is planned.</source>
        <translation>No meeting is planned.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsynthesis.cpp" line="+2"/>
        <location line="+67"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="-61"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-60"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../core/report/reportsynthesis.cpp" line="+0"/>
        <source>none invited yet</source>
        <translation>none invited yet</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="+15"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+8"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../core/report/reportsynthesis.cpp" line="+0"/>
        <source>not written yet</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open decisions</source>
        <translation>Open decisions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision is open.</source>
        <translation>No decision is open.</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="+5"/>
        <location line="+44"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+2"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../core/report/reportsynthesis.cpp" line="+0"/>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>And %Ln more open decision(s).</source>
        <translation>
            <numerusform>And %Ln more open decision.</numerusform>
            <numerusform>And %Ln more open decisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>And %Ln more: see the indicators section of the full report.</source>
        <translation>
            <numerusform>And %Ln more: see the indicators section of the full report.</numerusform>
            <numerusform>And %Ln more: see the indicators section of the full report.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change since the previous committee</source>
        <translation>Every change since the previous committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every recent change</source>
        <translation>Every recent change</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes of the previous committee</source>
        <translation>Minutes of the previous committee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No minutes were written.</source>
        <translation>No minutes were written.</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="-45"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+9"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../ui/report/reportchartsource.cpp" line="+14"/>
        <source>%1 · %2 achieved, %3 expected</source>
        <comment>status, achieved and expected shares</comment>
        <translation>%1 · %2 achieved, %3 expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 achieved</source>
        <comment>status and achieved share</comment>
        <translation>%1 · %2 achieved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target: %1 by %2</source>
        <translation>Target: %1 by %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Indicator trends, the most worrying first</source>
        <translation>Indicator trends, the most worrying first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each chart follows one indicator: its measurements (solid line), its target (dashed) and, when it has a target date, the path expected from its baseline to that target (dotted). Off track first, then at risk, then on track; within each, the furthest behind what was expected by then.</source>
        <translation>Each chart follows one indicator: its measurements (solid line), its target (dashed) and, when it has a target date, the path expected from its baseline to that target (dotted). Off track first, then at risk, then on track; within each, the furthest behind what was expected by then.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 most worrying of the %2 indicators with measurements are drawn here.</source>
        <translation>The %1 most worrying of the %2 indicators with measurements are drawn here.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n other indicator(s) are in the table of the section “%1”, and each indicator&apos;s trend is on the application&apos;s dashboard.</source>
        <translation>
            <numerusform>The other indicator is in the table of the section “%1”, and each indicator&apos;s trend is on the application&apos;s dashboard.</numerusform>
            <numerusform>The %n other indicators are in the table of the section “%1”, and each indicator&apos;s trend is on the application&apos;s dashboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The trends of the %n other indicator(s) are on the application&apos;s dashboard.</source>
        <translation>
            <numerusform>The trend of the other indicator is on the application&apos;s dashboard.</numerusform>
            <numerusform>The trends of the %n other indicators are on the application&apos;s dashboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them are off track or at risk.</source>
        <translation>
            <numerusform>%n of them is off track or at risk.</numerusform>
            <numerusform>%n of them are off track or at risk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../ui/report/reportactions.cpp" line="+46"/>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – committee pack.pdf</source>
        <translation>%1 – committee pack.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – report.pdf</source>
        <translation>%1 – report.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Report written to %1 (%n page).</numerusform>
            <numerusform>Report written to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Report sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Report sent to the printer (%n page).</numerusform>
            <numerusform>Report sent to the printer (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Save</name>
    <message>
        <location filename="../core/storage/atomicsave.cpp" line="+66"/>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write “%1”: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved copy failed its check, so “%1” was left as it was: %2</source>
        <translation>The saved copy failed its check, so “%1” was left as it was: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” was written, but the folder “%2” could not be flushed to the disk: a power cut now could bring back the previous version. Save again.</source>
        <translation>“%1” was written, but the folder “%2” could not be flushed to the disk: a power cut now could bring back the previous version. Save again.</translation>
    </message>
    <message>
        <source>The saved copy failed its check: %1</source>
        <translation type="vanished">The saved copy failed its check: %1</translation>
    </message>
    <message>
        <source>The saved copy cannot be read back: %1</source>
        <translation type="vanished">The saved copy cannot be read back: %1</translation>
    </message>
    <message>
        <source>The saved copy failed its integrity check.</source>
        <translation type="vanished">The saved copy failed its integrity check.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not flush “%1” to the disk.</source>
        <translation>Could not flush “%1” to the disk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not replace “%1”: %2</source>
        <translation>Could not replace “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../ui/screenshots.cpp" line="+41"/>
        <source>Cannot write into %1</source>
        <translation>Cannot write into %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The example could not be opened.</source>
        <translation>The example could not be opened.</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <location filename="../core/sync/partnercopy.cpp" line="+92"/>
        <source>Share with %1</source>
        <translation>Share with %1</translation>
    </message>
</context>
<context>
    <name>StepProgress</name>
    <message>
        <location filename="../core/evaluation/stepprogress.cpp" line="+83"/>
        <source>no view on the territory&apos;s needs yet</source>
        <translation>no view on the territory&apos;s needs yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of the %1 territory needs have a view</source>
        <translation>
            <numerusform>%n of the %1 territory needs has a view</numerusform>
            <numerusform>%n of the %1 territory needs have a view</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <location line="+96"/>
        <source>no partner yet</source>
        <translation>no partner yet</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>no self-diagnostic answered yet</source>
        <translation>no self-diagnostic answered yet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of %1 partners have completed their self-diagnostic</source>
        <translation>
            <numerusform>%n of %1 partners has completed its self-diagnostic</numerusform>
            <numerusform>%n of %1 partners have completed their self-diagnostic</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no partner has weighted its objectives yet</source>
        <translation>no partner has weighted its objectives yet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 partners have weighted their objectives</source>
        <translation>
            <numerusform>%n of %1 partners has weighted its objectives</numerusform>
            <numerusform>%n of %1 partners have weighted their objectives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the common stake is written</source>
        <translation>the common stake is written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no common stake yet</source>
        <translation>no common stake yet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the model is named: %1</source>
        <translation>the model is named: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the relationship is described (%1), the model is not named yet</source>
        <translation>the relationship is described (%1), the model is not named yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the relationship is not described yet</source>
        <translation>the relationship is not described yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reasons for a model are written</source>
        <translation>the reasons for a model are written</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no catalyst function held yet</source>
        <translation>no catalyst function held yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of the %1 catalyst functions are held</source>
        <translation>
            <numerusform>%n of the %1 catalyst functions is held</numerusform>
            <numerusform>%n of the %1 catalyst functions are held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) recorded</source>
        <translation>
            <numerusform>%n contact recorded</numerusform>
            <numerusform>%n contacts recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) between actors on the map</source>
        <translation>
            <numerusform>%n link between actors on the map</numerusform>
            <numerusform>%n links between actors on the map</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contact and no link between actors yet</source>
        <translation>no contact and no link between actors yet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n actor(s) placed on the map</source>
        <translation>
            <numerusform>%n actor placed on the map</numerusform>
            <numerusform>%n actors placed on the map</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the governance is written</source>
        <translation>the governance is written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no governance yet</source>
        <translation>no governance yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no contribution yet</source>
        <translation>no contribution yet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 partners have said what they bring</source>
        <translation>
            <numerusform>%n of %1 partners has said what it brings</numerusform>
            <numerusform>%n of %1 partners have said what they bring</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agreement&apos;s terms are written</source>
        <translation>the agreement&apos;s terms are written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no agreement terms yet</source>
        <translation>no agreement terms yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agreement was signed on %1</source>
        <translation>the agreement was signed on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agreement is not signed yet</source>
        <translation>the agreement is not signed yet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n key document(s) listed</source>
        <translation>
            <numerusform>%n key document listed</numerusform>
            <numerusform>%n key documents listed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no action yet</source>
        <translation>no action yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of %1 actions closed</source>
        <translation>
            <numerusform>%n of %1 actions closed</numerusform>
            <numerusform>%n of %1 actions closed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no indicator yet</source>
        <translation>no indicator yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of %1 indicators measured</source>
        <translation>
            <numerusform>%n of %1 indicators measured</numerusform>
            <numerusform>%n of %1 indicators measured</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no review yet</source>
        <translation>no review yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n review(s) planned, none answered yet</source>
        <translation>
            <numerusform>%n review planned, not answered yet</numerusform>
            <numerusform>%n reviews planned, none answered yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n review(s) answered, the final review among them</source>
        <translation>
            <numerusform>%n review answered, the final review</numerusform>
            <numerusform>%n reviews answered, the final review among them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n review(s) answered, no final review yet</source>
        <translation>
            <numerusform>%n review answered, no final review yet</numerusform>
            <numerusform>%n reviews answered, no final review yet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no lesson, meaning or next step written yet</source>
        <translation>no lesson, meaning or next step written yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still to write: %1</source>
        <translation>still to write: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lessons, meaning and next steps are written</source>
        <translation>lessons, meaning and next steps are written</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n of %1 checklist items ticked</source>
        <translation>
            <numerusform>%n of %1 checklist items ticked</numerusform>
            <numerusform>%n of %1 checklist items ticked</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../core/workspace/workspaceinit.cpp" line="+29"/>
        <source>This database already holds a workspace.</source>
        <translation>This database already holds a workspace.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workspace could not be created: %1</source>
        <translation>The workspace could not be created: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/connection.cpp" line="+22"/>
        <location line="+16"/>
        <source>A workspace is written postgresql://user@host/database.</source>
        <translation>A workspace is written postgresql://user@host/database.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Leave the password out of the workspace address: keep it in your password file (PGPASSFILE).</source>
        <translation>Leave the password out of the workspace address: keep it in your password file (PGPASSFILE).</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The workspace server cannot be reached: check its address and your network, or try later.</source>
        <translation>The workspace server cannot be reached: check its address and your network, or try later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace server wants a password, or refused the one given.</source>
        <translation>The workspace server wants a password, or refused the one given.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace server has no database of that name: check the end of the address.</source>
        <translation>The workspace server has no database of that name: check the end of the address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace server does not let this user in: check the user in the address, or ask its administrator.</source>
        <translation>The workspace server does not let this user in: check the user in the address, or ask its administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure (TLS) connection to the workspace server failed or was refused.</source>
        <translation>The secure (TLS) connection to the workspace server failed or was refused.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the workspace server broke off: sync again once it is back.</source>
        <translation>The connection to the workspace server broke off: sync again once it is back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace server reported an error.</source>
        <translation>The workspace server reported an error.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 The server said: %2</source>
        <translation>%1 The server said: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PostgreSQL cannot be reached from this computer: its Qt driver (QPSQL) is missing.</source>
        <translation>PostgreSQL cannot be reached from this computer: its Qt driver (QPSQL) is missing.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not connect to the workspace %1. %2</source>
        <translation>Could not connect to the workspace %1. %2</translation>
    </message>
    <message>
        <source>Could not reach the workspace %1: %2</source>
        <translation type="vanished">Could not reach the workspace %1: %2</translation>
    </message>
    <message>
        <source>The workspace could not be reached: the connection to it broke off (%1). Sync again once it is back.</source>
        <translation type="vanished">The workspace could not be reached: the connection to it broke off (%1). Sync again once it is back.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacejournal.cpp" line="+26"/>
        <source>The workspace did not answer as expected: %1</source>
        <translation>The workspace did not answer as expected: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacesync.cpp" line="+58"/>
        <source>Your project changed during the sync: sync again.</source>
        <translation>Your project changed during the sync: sync again.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This workspace was made by another version of Alliance Pilot (its version %1, this application&apos;s %2). Whoever administers it can bring it to this version with “alliance-pilot workspace init” on its address; until then it is left as it is.</source>
        <translation>This workspace was made by another version of Alliance Pilot (its version %1, this application&apos;s %2). Whoever administers it can bring it to this version with “alliance-pilot workspace init” on its address; until then it is left as it is.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You are not a manager of this workspace.</source>
        <translation>You are not a manager of this workspace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role in this partnership does not allow it: ask one of its owners.</source>
        <translation>Your role in this partnership does not allow it: ask one of its owners.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This partnership is already in the workspace: sync it instead.</source>
        <translation>This partnership is already in the workspace: sync it instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person is not a manager of the workspace: its administrator adds them first.</source>
        <translation>This person is not a manager of the workspace: its administrator adds them first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A partnership keeps at least one owner.</source>
        <translation>A partnership keeps at least one owner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partnership has at most %1 members.</source>
        <translation>A partnership has at most %1 members.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is not a member of the partnership.</source>
        <translation>This person is not a member of the partnership.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace refused a change: %1</source>
        <translation>The workspace refused a change: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace refused: %1</source>
        <translation>The workspace refused: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>You are not a member of this partnership in the workspace: ask one of its owners, or publish it if it is not there yet.</source>
        <translation>You are not a member of this partnership in the workspace: ask one of its owners, or publish it if it is not there yet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your project could not be read.</source>
        <translation>Your project could not be read.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacemembers.cpp" line="+48"/>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The workspace sent a member that cannot be one: “%1”.</source>
        <translation>The workspace sent a member that cannot be one: “%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not a member of this partnership.</source>
        <translation>You are not a member of this partnership.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” cannot be a manager’s name: 1 to 63 characters, printable.</source>
        <translation>“%1” cannot be a manager’s name: 1 to 63 characters, printable.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacepull.cpp" line="+45"/>
        <source>Choose a partnership of the workspace.</source>
        <translation>Choose a partnership of the workspace.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not a member of this partnership in the workspace: ask one of its owners to add you.</source>
        <translation>You are not a member of this partnership in the workspace: ask one of its owners to add you.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workspace holds nothing of this partnership that you may read.</source>
        <translation>The workspace holds nothing of this partnership that you may read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” already exists: choose a new file.</source>
        <translation>“%1” already exists: choose a new file.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>You are a member of no partnership of this workspace called “%1”.</source>
        <translation>You are a member of no partnership of this workspace called “%1”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Several partnerships of this workspace are called “%1”: name one by its id (%2).</source>
        <translation>Several partnerships of this workspace are called “%1”: name one by its id (%2).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/spreadsheet/xlsxmessages.cpp" line="+35"/>
        <source>The workbook “%1” does not exist.</source>
        <translation>The workbook “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook “%1” cannot be read.</source>
        <translation>The workbook “%1” cannot be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook “%1” is larger than %2 MB: it is not read.</source>
        <translation>The workbook “%1” is larger than %2 MB: it is not read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a workbook (.xlsx), or it is incomplete or damaged.</source>
        <translation>“%1” is not a workbook (.xlsx), or it is incomplete or damaged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook “%1” holds more than %2 files: it is not read.</source>
        <translation>The workbook “%1” holds more than %2 files: it is not read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook “%1” names a file “%2” that points outside the workbook or is named twice: it is not read.</source>
        <translation>The workbook “%1” names a file “%2” that points outside the workbook or is named twice: it is not read.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the workbook “%1”, “%2” would take more than %3 MB uncompressed: the workbook is not read.</source>
        <translation>In the workbook “%1”, “%2” would take more than %3 MB uncompressed: the workbook is not read.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook “%1” would take more than %2 MB uncompressed: it is not read.</source>
        <translation>The workbook “%1” would take more than %2 MB uncompressed: it is not read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the workbook “%1”, “%2” is compressed more than %3 times, like a zip bomb: the workbook is not read.</source>
        <translation>In the workbook “%1”, “%2” is compressed more than %3 times, like a zip bomb: the workbook is not read.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the workbook “%1”, “%2” is damaged or encrypted: the workbook is not read.</source>
        <translation>In the workbook “%1”, “%2” is damaged or encrypted: the workbook is not read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook “%1” is incomplete: “%2” is missing.</source>
        <translation>The workbook “%1” is incomplete: “%2” is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the workbook “%1”, “%2” declares a document type (DTD). A workbook never needs one, and it could make this computer read other files or run out of memory: the workbook is not read.</source>
        <translation>In the workbook “%1”, “%2” declares a document type (DTD). A workbook never needs one, and it could make this computer read other files or run out of memory: the workbook is not read.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook “%1” refers to other files (“%2”). Such links are never followed: the workbook is not read.</source>
        <translation>The workbook “%1” refers to other files (“%2”). Such links are never followed: the workbook is not read.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the workbook “%1”, “%2” is not valid: the workbook is not read.</source>
        <translation>In the workbook “%1”, “%2” is not valid: the workbook is not read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook “%1” has more than %2 sheets: it is not read.</source>
        <translation>The workbook “%1” has more than %2 sheets: it is not read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the workbook “%1”, the sheet “%2” has more than %3 rows: the workbook is not read.</source>
        <translation>In the workbook “%1”, the sheet “%2” has more than %3 rows: the workbook is not read.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook “%1” has more than %2 filled cells: it is not read.</source>
        <translation>The workbook “%1” has more than %2 filled cells: it is not read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the workbook “%1”, %2 holds a text longer than %3 characters: the workbook is not read.</source>
        <translation>In the workbook “%1”, %2 holds a text longer than %3 characters: the workbook is not read.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook “%1” has more than %2 shared texts: it is not read.</source>
        <translation>The workbook “%1” has more than %2 shared texts: it is not read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the workbook “%1”, %2 is not valid: the workbook is not read.</source>
        <translation>In the workbook “%1”, %2 is not valid: the workbook is not read.</translation>
    </message>
    <message>
        <location filename="../core/spreadsheet/xlsxreader.cpp" line="+32"/>
        <source>cell %1 of the sheet “%2”</source>
        <translation>cell %1 of the sheet “%2”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the table of shared texts</source>
        <translation>the table of shared texts</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>row %1 of the sheet “%2”</source>
        <translation>row %1 of the sheet “%2”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the cell reference “%1” of the sheet “%2”</source>
        <translation>the cell reference “%1” of the sheet “%2”</translation>
    </message>
</context>
<context>
    <name>actormapedits</name>
    <message>
        <location filename="../core/edits/actormapedits.cpp" line="+37"/>
        <source>This organisation is not in the project.</source>
        <translation>This organisation is not in the project.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An organisation cannot be linked to itself.</source>
        <translation>An organisation cannot be linked to itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These two organisations are already linked.</source>
        <translation>These two organisations are already linked.</translation>
    </message>
</context>
<context>
    <name>alliance::ActionTimeline</name>
    <message>
        <location filename="../ui/widgets/actiontimeline.cpp" line="+50"/>
        <source>Action timeline</source>
        <translation>Action timeline</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n action(s) with a due date</source>
        <translation>
            <numerusform>%n action with a due date</numerusform>
            <numerusform>%n actions with a due date</numerusform>
        </translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+59"/>
        <source>(untitled action)</source>
        <translation>(untitled action)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No action has a due date yet.</source>
        <translation>No action has a due date yet.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>◆ milestone</source>
        <translation>◆ milestone</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n action(s) without a due date not shown.</source>
        <translation>
            <numerusform>%n action without a due date not shown.</numerusform>
            <numerusform>%n actions without a due date not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alliance::ActorMap</name>
    <message>
        <location filename="../ui/widgets/actormap.cpp" line="+135"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Map of the actors</source>
        <translation>Map of the actors</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Move on the map</source>
        <translation>Move on the map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move “%1” on the map</source>
        <translation>Move “%1” on the map</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Link %1 to %2</source>
        <translation>Link %1 to %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete a link</source>
        <translation>Delete a link</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n links</source>
        <translation>
            <numerusform>Delete %n links</numerusform>
            <numerusform>Delete %n links</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset the map layout</source>
        <translation>Reset the map layout</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No other organisation</source>
        <translation>No other organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link label</source>
        <translation>Link label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What joins these two actors:</source>
        <translation>What joins these two actors:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit a link label</source>
        <translation>Edit a link label</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link to…</source>
        <translation>Link to…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit label…</source>
        <translation>Edit label…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete link</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset layout</source>
        <translation>Reset layout</translation>
    </message>
</context>
<context>
    <name>alliance::AnswersImportDialog</name>
    <message>
        <location filename="../ui/dialogs/answersimportdialog.cpp" line="+43"/>
        <source>Import answers</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check what each workbook brings before importing it. Answers that differ replace what the project holds, in the name of the organisation that answered; the whole import is one step to undo.</source>
        <translation>Check what each workbook brings before importing it. Answers that differ replace what the project holds, in the name of the organisation that answered; the whole import is one step to undo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Anonymous answers</source>
        <translation>Anonymous answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n answer(s) to import</source>
        <translation>
            <numerusform>%n answer to import</numerusform>
            <numerusform>%n answers to import</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new: the project already holds these answers.</source>
        <translation>Nothing new: the project already holds these answers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+35"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Answer part</source>
        <translation>Answer part</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the project</source>
        <translation>In the project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the workbook</source>
        <translation>In the workbook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>These answers were given anonymously: they are never stored against an organisation, only summed up here by kind of organisation.</source>
        <translation>These answers were given anonymously: they are never stored against an organisation, only summed up here by kind of organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n respondent(s)</source>
        <translation>
            <numerusform>%1: %n respondent</numerusform>
            <numerusform>%1: %n respondents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean %1 (%2)</source>
        <translation>mean %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These workbooks are not imported:</source>
        <translation>These workbooks are not imported:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workbook</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>alliance::CarreMagiqueEditor</name>
    <message>
        <location filename="../ui/widgets/carremagiqueeditor.cpp" line="+103"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit what an objective means</source>
        <translation>Edit what an objective means</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this objective means for this partner</source>
        <translation>What this objective means for this partner</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Weight given by %1 to %2</source>
        <translation>Weight given by %1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %2 means for %1</source>
        <translation>What %2 means for %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not weighted yet: move a weight to start.</source>
        <translation>Not weighted yet: move a weight to start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These weights sum to %1, not 100: move one to rebalance them.</source>
        <translation>These weights sum to %1, not 100: move one to rebalance them.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Weight the objectives of %1</source>
        <translation>Weight the objectives of %1</translation>
    </message>
</context>
<context>
    <name>alliance::CatalystGrid</name>
    <message>
        <location filename="../ui/widgets/catalystgrid.cpp" line="+45"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add organisations above to say who holds which function.</source>
        <translation>Add organisations above to say who holds which function.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 holds the function “%2”</source>
        <translation>%1 holds the function “%2”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assign “%1” to %2</source>
        <translation>Assign “%1” to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassign “%1” from %2</source>
        <translation>Unassign “%1” from %2</translation>
    </message>
</context>
<context>
    <name>alliance::CoBuildPage</name>
    <message>
        <location filename="../ui/pages/cobuildpage.cpp" line="+52"/>
        <location line="+5"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Edit the governance</source>
        <translation>Edit the governance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How do the partners take decisions together? Who chairs, who decides what?</source>
        <translation>How do the partners take decisions together? Who chairs, who decides what?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the meeting cadence</source>
        <translation>Edit the meeting cadence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting cadence</source>
        <translation>Meeting cadence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. a steering committee every quarter</source>
        <translation>e.g. a steering committee every quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting cadence:</source>
        <translation>Meeting cadence:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steering committee (tick “Steering committee” for a contact in step 4):</source>
        <translation>Steering committee (tick “Steering committee” for a contact in step 4):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steering committee members</source>
        <translation>Steering committee members</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What each partner brings</source>
        <translation>What each partner brings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a contribution</source>
        <translation>Edit a contribution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quantity is in the kind&apos;s own unit (euros, days, items); value is what it is worth in euros.</source>
        <translation>Quantity is in the kind&apos;s own unit (euros, days, items); value is what it is worth in euros.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add contribution</source>
        <translation>Add contribution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a contribution</source>
        <translation>Add a contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contribution</source>
        <translation>Remove contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected contribution</source>
        <translation>Remove the selected contribution</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+89"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Totals per partner, valued in euros, and each partner&apos;s share:</source>
        <translation type="vanished">Totals per partner, valued in euros, and each partner&apos;s share:</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Totals per partner: each kind in its own unit, the value in euros and each partner&apos;s share of it:</source>
        <translation>Totals per partner: each kind in its own unit, the value in euros and each partner&apos;s share of it:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contribution totals</source>
        <translation>Contribution totals</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the start date</source>
        <translation>Edit the start date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the end date</source>
        <translation>Edit the end date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the signing date</source>
        <translation>Edit the signing date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing date</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts on:</source>
        <translation>Starts on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on:</source>
        <translation>Ends on:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed on:</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms of the agreement:</source>
        <translation>Terms of the agreement:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the agreement terms</source>
        <translation>Edit the agreement terms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms of the agreement</source>
        <translation>Terms of the agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments, duration, how a partner joins or leaves, use of names and logos…</source>
        <translation>Commitments, duration, how a partner joins or leaves, use of names and logos…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Key documents</source>
        <translation>Key documents</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a key document</source>
        <translation>Edit a key document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New document</source>
        <translation>New document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file path or a web address. Documents are opened only when you ask.</source>
        <translation>A file path or a web address. Documents are opened only when you ask.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add document</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a key document</source>
        <translation>Add a key document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected key document</source>
        <translation>Remove the selected key document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected key document</source>
        <translation>Open the selected key document</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact sits on the steering committee yet.</source>
        <translation>No contact sits on the steering committee yet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot open the document</source>
        <translation>Cannot open the document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This document has no location yet.</source>
        <translation>This document has no location yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be opened. Give a file path or a web address (http or https).</source>
        <translation>“%1” cannot be opened. Give a file path or a web address (http or https).</translation>
    </message>
</context>
<context>
    <name>alliance::ConflictModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/conflictmodel.cpp" line="+60"/>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="vanished">%1, %2</translation>
    </message>
    <message>
        <source>Flip: keep the other value</source>
        <translation type="vanished">Flip: keep the other value</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="vanished">Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <comment>who, then when</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Flip: keep mine</source>
        <translation>Flip: keep mine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flip: keep theirs</source>
        <translation>Flip: keep theirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flipped: the value that lost by date is kept</source>
        <translation>Flipped: the value that lost by date is kept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted: the later value is kept</source>
        <translation>Accepted: the later value is kept</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs (later)</source>
        <translation>Theirs (later)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (later)</source>
        <translation>Mine (later)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My value</source>
        <translation>My value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their value</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wins by date</source>
        <translation>Wins by date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your choice</source>
        <translation>Your choice</translation>
    </message>
</context>
<context>
    <name>alliance::ContributionTotalsModel</name>
    <message>
        <source>No partner given</source>
        <translation type="vanished">No partner given</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="vanished">Total</translation>
    </message>
    <message>
        <location filename="../ui/models/contributiontotalsmodel.cpp" line="+126"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="vanished">%1 %</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Total of the partners</source>
        <translation>Total of the partners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not assigned to a partner yet</source>
        <translation>Not assigned to a partner yet</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Contributions whose partner is not chosen yet: they count in no partner&apos;s total or share.</source>
        <translation>Contributions whose partner is not chosen yet: they count in no partner&apos;s total or share.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the contributions are worth in euros, as entered in the Value column.</source>
        <translation>What the contributions are worth in euros, as entered in the Value column.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value (€)</source>
        <translation>Value (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>alliance::CsvImportDialog</name>
    <message>
        <location filename="../ui/dialogs/csvimportdialog.cpp" line="+73"/>
        <location line="+67"/>
        <source>Import measurements</source>
        <translation>Import measurements</translation>
    </message>
    <message>
        <source>One measurement per line: indicator name (or id), date (yyyy-mm-dd or dd/mm/yyyy), value (dot or comma as decimal mark) and source. Columns are separated by commas or semicolons; a header line is allowed. Only lines without a problem are imported.</source>
        <translation type="vanished">One measurement per line: indicator name (or id), date (yyyy-mm-dd or dd/mm/yyyy), value (dot or comma as decimal mark) and source. Columns are separated by commas or semicolons; a header line is allowed. Only lines without a problem are imported.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>One measurement per line, with these columns in this order:</source>
        <translation>One measurement per line, with these columns in this order:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns are separated by commas or semicolons; a first line with the column names is allowed. Only lines without a problem are imported.</source>
        <translation>Columns are separated by commas or semicolons; a first line with the column names is allowed. Only lines without a problem are imported.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Example line</source>
        <translation>Example line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines of the file</source>
        <translation>Lines of the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import summary</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the valid lines</source>
        <translation>Import the valid lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file holds no measurement.</source>
        <translation>The file holds no measurement.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+3"/>
        <source>%n line(s) ready to import.</source>
        <translation>
            <numerusform>%n line ready to import.</numerusform>
            <numerusform>%n lines ready to import.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 %2 will not be imported: correct the file and choose it again, or import the others.</source>
        <translation>%1 %2 will not be imported: correct the file and choose it again, or import the others.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) with a problem</source>
        <translation>
            <numerusform>%n line with a problem</numerusform>
            <numerusform>%n lines with a problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+13"/>
        <source>Import %n measurement(s)</source>
        <translation>
            <numerusform>Import %n measurement</numerusform>
            <numerusform>Import %n measurements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
</context>
<context>
    <name>alliance::DashboardPage</name>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="+32"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the partnership stands, for steering committees and boards. The charts follow every change; export any of them as PNG or SVG.</source>
        <translation>Where the partnership stands, for steering committees and boards. The charts follow every change; export any of them as PNG or SVG.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Indicator whose trend is shown</source>
        <translation>Indicator whose trend is shown</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Trend of an indicator</source>
        <translation>Trend of an indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an indicator in step 6 to follow its trend against its target.</source>
        <translation>Add an indicator in step 6 to follow its trend against its target.</translation>
    </message>
</context>
<context>
    <name>alliance::DateLineEdit</name>
    <message>
        <location filename="../ui/widgets/dateedit.cpp" line="+100"/>
        <source>d</source>
        <comment>the letter of the day in a date pattern, as in dd/mm/yyyy</comment>
        <translation>d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <comment>the letter of the month in a date pattern, as in dd/mm/yyyy</comment>
        <translation>m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y</source>
        <comment>the letter of the year in a date pattern, as in dd/mm/yyyy</comment>
        <translation>y</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose in a calendar</source>
        <translation>Choose in a calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Choose the date in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type a date as %1, or leave it empty.</source>
        <translation>Type a date as %1, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>alliance::DiagnosePage</name>
    <message>
        <source>%p%</source>
        <translation type="vanished">%p%</translation>
    </message>
    <message>
        <location filename="../ui/pages/diagnosepage.cpp" line="+51"/>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>The territory&apos;s needs</source>
        <translation type="vanished">The territory&apos;s needs</translation>
    </message>
    <message>
        <source>For each of the seven needs, write down what you know of your territory and how much it matters to this partnership.</source>
        <translation type="vanished">For each of the seven needs, write down what you know of your territory and how much it matters to this partnership.</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation type="vanished">Answer “%1”</translation>
    </message>
    <message>
        <source>Answer for %1</source>
        <translation type="vanished">Answer for %1</translation>
    </message>
    <message>
        <source>What you know, what you lack</source>
        <translation type="vanished">What you know, what you lack</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Set the priority of “%1”</source>
        <translation type="vanished">Set the priority of “%1”</translation>
    </message>
    <message>
        <source>Priority of %1</source>
        <translation type="vanished">Priority of %1</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Maturity self-diagnostic</source>
        <translation>Maturity self-diagnostic</translation>
    </message>
    <message>
        <source>Each organisation scores itself from 0 (not started) to 4 (mastered) on its vision, the action it has engaged and the means it mobilises. The questions depend on the organisation&apos;s profile.</source>
        <translation type="vanished">Each organisation scores itself from 0 (not started) to 4 (mastered) on its vision, the action it has engaged and the means it mobilises. The questions depend on the organisation&apos;s profile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No organisation yet: add the partners first.</source>
        <translation>No organisation yet: add the partners first.</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+174"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>%p% · %1</source>
        <translation>%p% · %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The territory&apos;s needs, from each organisation&apos;s view</source>
        <translation>The territory&apos;s needs, from each organisation&apos;s view</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whatever its kind, each organisation answers the seven needs from its own view: how much the need matters to it, and what it knows of it or lacks. Views set side by side show where the partners meet and where they must talk.</source>
        <translation>Whatever its kind, each organisation answers the seven needs from its own view: how much the need matters to it, and what it knows of it or lacks. Views set side by side show where the partners meet and where they must talk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No organisation yet: add the partners, then each one answers from its own view.</source>
        <translation>No organisation yet: add the partners, then each one answers from its own view.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the views differ</source>
        <translation>Where the views differ</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Its view, in words</source>
        <translation>Its view, in words</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Set the priority of “%1” for %2</source>
        <translation>Set the priority of “%1” for %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority of %1 for %2</source>
        <translation>Priority of %1 for %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer “%1” for %2</source>
        <translation>Answer “%1” for %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View of %1 on %2</source>
        <translation>View of %1 on %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it knows, what it lacks</source>
        <translation>What it knows, what it lacks</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shared view</source>
        <translation>Shared view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from an earlier version of the file</source>
        <translation>from an earlier version of the file</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Same priority for the %n organisations that set one.</source>
        <translation>
            <numerusform>Same priority for the %n organisations that set one.</numerusform>
            <numerusform>Same priority for the %n organisations that set one.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller differences (one step apart) on %1: see under each need.</source>
        <translation>Smaller differences (one step apart) on %1: see under each need.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organisations that set a priority agree on every need.</source>
        <translation>The organisations that set a priority agree on every need.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to compare yet: views can be compared once two organisations have set a priority on the same need.</source>
        <translation>Nothing to compare yet: views can be compared once two organisations have set a priority on the same need.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A 360° for each organisation: it scores itself from 0 (not started) to 4 (mastered) on its vision, the action it has engaged, the means it mobilises and its place in its ecosystem. The questions depend on its profile and role; the result says which tools to use next.</source>
        <translation>A 360° for each organisation: it scores itself from 0 (not started) to 4 (mastered) on its vision, the action it has engaged, the means it mobilises and its place in its ecosystem. The questions depend on its profile and role; the result says which tools to use next.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Organisation whose maturity is diagnosed</source>
        <translation>Organisation whose maturity is diagnosed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Maturity: %1</source>
        <translation>Maturity: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overall maturity</source>
        <translation>Overall maturity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next tools to use</source>
        <translation>Next tools to use</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Self-diagnostic “%1”, for the profile “%2”.</source>
        <translation>Self-diagnostic “%1”, for the profile “%2”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-diagnostic “%1”.</source>
        <translation>Self-diagnostic “%1”.</translation>
    </message>
    <message>
        <source>Questions for the profile “%1”.</source>
        <translation type="vanished">Questions for the profile “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Score for: %1</source>
        <translation>Score for: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: not started … 4: mastered</source>
        <translation>0: not started … 4: mastered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comment a maturity answer</source>
        <translation>Comment a maturity answer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment on: %1</source>
        <translation>Comment on: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 of %2 questions answered</source>
        <translation>%1 of %2 questions answered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer the questions below: the tools to use next follow from the answers.</source>
        <translation>Answer the questions below: the tools to use next follow from the answers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear a maturity answer</source>
        <translation>Clear a maturity answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score a maturity question</source>
        <translation>Score a maturity question</translation>
    </message>
</context>
<context>
    <name>alliance::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="+96"/>
        <source>Could not open the working copy: %1</source>
        <translation>Could not open the working copy: %1</translation>
    </message>
    <message>
        <source>The SQLite driver gave no database handle.</source>
        <translation type="vanished">The SQLite driver gave no database handle.</translation>
    </message>
    <message>
        <location filename="../core/storage/fieldwriter.cpp" line="+47"/>
        <source>“%1.%2” refers to an item that does not exist.</source>
        <translation>“%1.%2” refers to an item that does not exist.</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="+41"/>
        <source>This partnership’s history holds %1 changes, the most a project file may hold. Start a new project file for what comes next.</source>
        <translation>This partnership’s history holds %1 changes, the most a project file may hold. Start a new project file for what comes next.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/storage/fieldwriter.cpp" line="-42"/>
        <source>An item has no id.</source>
        <translation>An item has no id.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+47"/>
        <location line="+192"/>
        <location line="+93"/>
        <source>The working copy cannot be written: %1</source>
        <translation>The working copy cannot be written: %1</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Could not create a working copy in “%1”.</source>
        <translation>Could not create a working copy in “%1”.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>New partnership</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation type="vanished">Could not read “%1”: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Could not make a working copy in “%1”: %2</source>
        <translation>Could not make a working copy in “%1”: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is nothing to recover at “%1”.</source>
        <translation>There is nothing to recover at “%1”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The unsaved work is in an unexpected format.</source>
        <translation>The unsaved work is in an unexpected format.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An import names no organisation for some of its changes.</source>
        <translation>An import names no organisation for some of its changes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This merge was prepared for another partnership.</source>
        <translation>This merge was prepared for another partnership.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project changed since the merge was prepared: prepare it again.</source>
        <translation>The project changed since the merge was prepared: prepare it again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A conflict to settle is not part of this merge.</source>
        <translation>A conflict to settle is not part of this merge.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <location line="+28"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>The merged changes cannot be written: %1</source>
        <translation>The merged changes cannot be written: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Merge “%1”</source>
        <translation>Merge “%1”</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Merging “%1” would make a project that does not pass its checks, so nothing was merged. %2</source>
        <translation>Merging “%1” would make a project that does not pass its checks, so nothing was merged. %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Choose where to save this new partnership.</source>
        <translation>Choose where to save this new partnership.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was changed by someone else since you opened it. Save under another name, or merge their changes first.</source>
        <translation>“%1” was changed by someone else since you opened it. Save under another name, or merge their changes first.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Could not read the working copy: %1</source>
        <translation>Could not read the working copy: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” already exists: a snapshot is never written over a file.</source>
        <translation>“%1” already exists: a snapshot is never written over a file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not copy the working copy: %1</source>
        <translation>Could not copy the working copy: %1</translation>
    </message>
</context>
<context>
    <name>alliance::EcosystemPage</name>
    <message>
        <location filename="../ui/pages/ecosystempage.cpp" line="+57"/>
        <source>Partners and stakeholders</source>
        <translation>Partners and stakeholders</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who holds the catalyst functions</source>
        <translation>Who holds the catalyst functions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the functions each organisation takes on. Hover a function to see its activities.</source>
        <translation>Tick the functions each organisation takes on. Hover a function to see its activities.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map of the actors</source>
        <translation>Map of the actors</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Edit an organisation</source>
        <translation>Edit an organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private organisations are left out of the copies shared with partners.</source>
        <translation>Private organisations are left out of the copies shared with partners.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add organisation</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an organisation</source>
        <translation>Add an organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove organisation</source>
        <translation>Remove organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected organisation</source>
        <translation>Remove the selected organisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+41"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering committee</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit a contact</source>
        <translation>Edit a contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact to the selected organisation</source>
        <translation>Add a contact to the selected organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected contact</source>
        <translation>Remove the selected contact</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drag the organisations to arrange them; the map keeps their places. Select one or two organisations to link them, or right-click for more.</source>
        <translation>Drag the organisations to arrange them; the map keeps their places. Select one or two organisations to link them, or right-click for more.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link to…</source>
        <translation>Link to…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link the selected organisations</source>
        <translation>Link the selected organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete link</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected links</source>
        <translation>Delete the selected links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset layout</source>
        <translation>Reset layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place every organisation back in its profile&apos;s column</source>
        <translation>Place every organisation back in its profile&apos;s column</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Contacts of %1</source>
        <translation>Contacts of %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an organisation to see its contacts.</source>
        <translation>Select an organisation to see its contacts.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove an organisation</source>
        <translation>Remove an organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove “%1” from the partnership?</source>
        <translation>Remove “%1” from the partnership?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
</context>
<context>
    <name>alliance::EvaluatePage</name>
    <message>
        <source>Not scored</source>
        <translation type="vanished">Not scored</translation>
    </message>
    <message>
        <location filename="../ui/pages/evaluatepage.cpp" line="+61"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+116"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a review</source>
        <translation>Edit a review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New review</source>
        <translation>New review</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add review</source>
        <translation>Add review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a review</source>
        <translation>Add a review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove review</source>
        <translation>Remove review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected review</source>
        <translation>Remove the selected review</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+96"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performance, beside the ratings: the indicators stood at %1 of their targets on %2 (%3 of %4 with data).</source>
        <translation>Performance, beside the ratings: the indicators stood at %1 of their targets on %2 (%3 of %4 with data).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Performance, beside the ratings: no indicator had a measurement by %1.</source>
        <translation>Performance, beside the ratings: no indicator had a measurement by %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %2 (%n partner(s) answered)</source>
        <translation>
            <numerusform>%1: %2 (%n partner answered)</numerusform>
            <numerusform>%1: %2 (%n partners answered)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Did what weighed most in step 2 move most?</source>
        <translation>Did what weighed most in step 2 move most?</translation>
    </message>
    <message>
        <source>Scores of the selected review</source>
        <translation type="vanished">Scores of the selected review</translation>
    </message>
    <message>
        <source>Each partner scores each criterion from 0 (not at all) to %1 (fully); leave a cell empty when it was not scored. Hover a criterion for its question; select a scored cell to comment it.</source>
        <translation type="vanished">Each partner scores each criterion from 0 (not at all) to %1 (fully); leave a cell empty when it was not scored. Hover a criterion for its question; select a scored cell to comment it.</translation>
    </message>
    <message>
        <source>Scores per criterion and partner</source>
        <translation type="vanished">Scores per criterion and partner</translation>
    </message>
    <message>
        <source>Edit a score comment</source>
        <translation type="vanished">Edit a score comment</translation>
    </message>
    <message>
        <source>Comment on the selected score</source>
        <translation type="vanished">Comment on the selected score</translation>
    </message>
    <message>
        <source>Why this score? What was observed?</source>
        <translation type="vanished">Why this score? What was observed?</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Results of the selected review</source>
        <translation>Results of the selected review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results per angle and impact</source>
        <translation>Results per angle and impact</translation>
    </message>
    <message>
        <source>Mean score in percent of the maximum; “—” where nothing was scored.</source>
        <translation type="vanished">Mean score in percent of the maximum; “—” where nothing was scored.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected item: %1</source>
        <translation>Remove the selected item: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lessons, meaning and next steps</source>
        <translation>Lessons, meaning and next steps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lessons learnt</source>
        <translation>Lessons learnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add lesson</source>
        <translation>Add lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning of the action</source>
        <translation>Meaning of the action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add meaning</source>
        <translation>Add meaning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add next step</source>
        <translation>Add next step</translation>
    </message>
    <message>
        <source>Add or select a review to score it.</source>
        <translation type="vanished">Add or select a review to score it.</translation>
    </message>
    <message>
        <source>Select a score to comment it.</source>
        <translation type="vanished">Select a score to comment it.</translation>
    </message>
    <message>
        <source>Score “%1” for %2 first, then comment it.</source>
        <translation type="vanished">Score “%1” for %2 first, then comment it.</translation>
    </message>
    <message>
        <source>Comment of %1 on “%2”:</source>
        <translation type="vanished">Comment of %1 on “%2”:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Angle: %1</source>
        <translation>Angle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact: %1</source>
        <translation>Impact: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+61"/>
        <location line="+75"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Answers of the selected review</source>
        <translation>Answers of the selected review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each partner answers in the method&apos;s four parts, in order. Words never wait for a rating: write them and leave “No rating” when a number would say less. Expected and unexpected results are told in words only; the step-back questions take yes, partly, no or don&apos;t know, and how.</source>
        <translation>Each partner answers in the method&apos;s four parts, in order. Words never wait for a rating: write them and leave “No rating” when a number would say less. Expected and unexpected results are told in words only; the step-back questions take yes, partly, no or don&apos;t know, and how.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers of:</source>
        <translation>Answers of:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner whose answers are shown</source>
        <translation>Partner whose answers are shown</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mean rating in percent of the maximum, and how many partners gave one; “—” where nothing was rated. Words and yes / partly / no answers never enter a figure.</source>
        <translation>Mean rating in percent of the maximum, and how many partners gave one; “—” where nothing was rated. Words and yes / partly / no answers never enter a figure.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Add the partners in step 4 or 5 first.</source>
        <translation>Add the partners in step 4 or 5 first.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n question(s) answered</source>
        <translation>
            <numerusform>%1 of %n question answered</numerusform>
            <numerusform>%1 of %n questions answered</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Partners who answered</source>
        <translation>Partners who answered</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+75"/>
        <source>Unknown organisation</source>
        <translation>Unknown organisation</translation>
    </message>
</context>
<context>
    <name>alliance::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+35"/>
        <source>Export the partnership</source>
        <translation>Export the partnership</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export these rows</source>
        <translation>Export these rows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workbook (Excel, LibreOffice)</source>
        <translation>Workbook (Excel, LibreOffice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files, one per table, in a new folder</source>
        <translation>CSV files, one per table, in a new folder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar of the dates (iCalendar)</source>
        <translation>Calendar of the dates (iCalendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interchange file (JSON)</source>
        <translation>Interchange file (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language of headers and values:</source>
        <translation>&amp;Language of headers and values:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the items marked private</source>
        <translation>Include the items marked private</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write to:</source>
        <translation>&amp;Write to:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 – %2</source>
        <comment>a partnership and the rows exported</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One sheet per table, with its headers; dates, numbers and amounts as such.</source>
        <translation>One sheet per table, with its headers; dates, numbers and amounts as such.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One sheet with the rows the table shows, with its headers.</source>
        <translation>One sheet with the rows the table shows, with its headers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new folder holding one UTF-8 file per table, with the same headers and values as the workbook.</source>
        <translation>A new folder holding one UTF-8 file per table, with the same headers and values as the workbook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One UTF-8 file with the rows the table shows.</source>
        <translation>One UTF-8 file with the rows the table shows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The actions&apos; due dates, milestones, reviews and meetings as events, for a calendar application. Importing the file again updates them.</source>
        <translation>The actions&apos; due dates, milestones, reviews and meetings as events, for a calendar application. Importing the file again updates them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole partnership in the documented interchange format, for another tool or another installation.</source>
        <translation>The whole partnership in the documented interchange format, for another tool or another installation.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new folder (*)</source>
        <translation>A new folder (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendars (*.ics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interchange files (*.json)</source>
        <translation>Interchange files (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the new folder</source>
        <translation>Name the new folder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export as</source>
        <translation>Export as</translation>
    </message>
</context>
<context>
    <name>alliance::FieldComboBox</name>
    <message>
        <location filename="../ui/widgets/fieldeditors.cpp" line="+157"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>alliance::FieldDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation type="vanished">Set a date</translation>
    </message>
    <message>
        <source>Date is set</source>
        <translation type="vanished">Date is set</translation>
    </message>
</context>
<context>
    <name>alliance::FieldDelegate</name>
    <message>
        <location filename="../ui/models/fielddelegate.cpp" line="+41"/>
        <source>“%1” is not a number: type it with digits, e.g. 12.5 or 12,5.</source>
        <translation>“%1” is not a number: type it with digits, e.g. 12.5 or 12,5.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+7"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>“%1” is not a date. %2</source>
        <translation>“%1” is not a date. %2</translation>
    </message>
</context>
<context>
    <name>alliance::FieldOrganisationComboBox</name>
    <message>
        <location filename="../ui/widgets/fieldeditors.cpp" line="+56"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>alliance::HistoryChangesModel</name>
    <message>
        <location filename="../ui/models/historychangesmodel.cpp" line="+72"/>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>alliance::HistoryItemsModel</name>
    <message>
        <location filename="../ui/models/historyitemsmodel.cpp" line="+131"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>alliance::HistoryPanel</name>
    <message>
        <location filename="../ui/widgets/historypanel.cpp" line="+49"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter items</source>
        <translation>Filter items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the items with changes</source>
        <translation>Filter the items with changes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items with changes</source>
        <translation>Items with changes</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+63"/>
        <location line="+57"/>
        <source>Choose an item to see its changes.</source>
        <translation>Choose an item to see its changes.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Changes of the item</source>
        <translation>Changes of the item</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show who changed what, and when</source>
        <translation>Show who changed what, and when</translation>
    </message>
</context>
<context>
    <name>alliance::IdentityDialog</name>
    <message>
        <location filename="../ui/dialogs/identitydialog.cpp" line="+23"/>
        <source>Who is making changes?</source>
        <translation>Who is making changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each change you make is recorded with your name and organisation, so that your partners see who changed what when copies are merged. You can change them later in Preferences.</source>
        <translation>Each change you make is recorded with your name and organisation, so that your partners see who changed what when copies are merged. You can change them later in Preferences.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First name and last name</source>
        <translation>First name and last name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As named in the partnership</source>
        <translation>As named in the partnership</translation>
    </message>
    <message>
        <source>As it is named in your partnerships</source>
        <translation type="vanished">As it is named in your partnerships</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organisation:</source>
        <translation>Your organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>alliance::ItemTableModel</name>
    <message>
        <location filename="../ui/models/itemtablemodel.cpp" line="+16"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>%1: %2</source>
        <extracomment>An undo step&apos;s name: what was done, then the column (&quot;Edit action: Due date&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add an item</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add items</source>
        <translation>Add items</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete an item</source>
        <translation>Delete an item</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alliance::LogoEditor</name>
    <message>
        <location filename="../ui/widgets/logoeditor.cpp" line="+32"/>
        <source>“%1” is too large an image (%2 × %3 pixels).</source>
        <translation>“%1” is too large an image (%2 × %3 pixels).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” cannot be read as an image: %2</source>
        <translation>“%1” cannot be read as an image: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” cannot be stored as a logo.</source>
        <translation>“%1” cannot be stored as a logo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an image for the selected organisation&apos;s logo, printed on reports it leads</source>
        <translation>Choose an image for the selected organisation&apos;s logo, printed on reports it leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected organisation&apos;s logo</source>
        <translation>Remove the selected organisation&apos;s logo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>Logo not changed</source>
        <translation>Logo not changed</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Set a logo</source>
        <translation>Set a logo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove a logo</source>
        <translation>Remove a logo</translation>
    </message>
</context>
<context>
    <name>alliance::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+50"/>
        <source>Alliance Pilot projects (*.alliance)</source>
        <translation>Alliance Pilot projects (*.alliance)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name and organisation, set in Preferences</source>
        <translation>Your name and organisation, set in Preferences</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New partnership…</source>
        <translation>&amp;New partnership…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new partnership</source>
        <translation>Start a new partnership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a partnership project file</source>
        <translation>Open a partnership project file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;example</source>
        <translation>Open the &amp;example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a complete example partnership, as a new unsaved project</source>
        <translation>Open a complete example partnership, as a new unsaved project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port&amp;folio…</source>
        <translation>Port&amp;folio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See every partnership of a folder at once</source>
        <translation>See every partnership of a folder at once</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the partnership to its file</source>
        <translation>Save the partnership to its file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the partnership to another file</source>
        <translation>Save the partnership to another file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert to saved</source>
        <translation>Re&amp;vert to saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes made since the last save</source>
        <translation>Forget the changes made since the last save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the partnership</source>
        <translation>Close the partnership</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;hare with partner…</source>
        <translation>S&amp;hare with partner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a copy for a partner organisation, without private items</source>
        <translation>Write a copy for a partner organisation, without private items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the copy a partner sent back</source>
        <translation>Merge the copy a partner sent back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open from wor&amp;kspace…</source>
        <translation>Open from wor&amp;kspace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a file of a partnership you are a member of in a shared workspace</source>
        <translation>Keep a file of a partnership you are a member of in a shared workspace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish to &amp;workspace…</source>
        <translation>Publish to &amp;workspace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the partnership in a shared PostgreSQL workspace</source>
        <translation>Put the partnership in a shared PostgreSQL workspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync with workspace</source>
        <translation>S&amp;ync with workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange changes with the partnership&apos;s workspace</source>
        <translation>Exchange changes with the partnership&apos;s workspace</translation>
    </message>
    <message>
        <source>Workspace &amp;members…</source>
        <translation type="vanished">Workspace &amp;members…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace mem&amp;bers…</source>
        <translation>Workspace mem&amp;bers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may read, edit or own the partnership in its workspace</source>
        <translation>Who may read, edit or own the partnership in its workspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import answers…</source>
        <translation>&amp;Import answers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the answers partners gave in questionnaire workbooks</source>
        <translation>Import the answers partners gave in questionnaire workbooks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Export PDF report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the evaluation report as a PDF file</source>
        <translation>Write the evaluation report as a PDF file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the partnership as a workbook, CSV files, a calendar or an interchange file</source>
        <translation>Write the partnership as a workbook, CSV files, a calendar or an interchange file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare q&amp;uestionnaires…</source>
        <translation>Prepare q&amp;uestionnaires…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the workbooks partners fill in without the app</source>
        <translation>Write the workbooks partners fill in without the app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the evaluation report as it will print</source>
        <translation>See the evaluation report as it will print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print report…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the evaluation report</source>
        <translation>Print the evaluation report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, organisation, language and recovery options</source>
        <translation>Your name, organisation, language and recovery options</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Alliance Pilot</source>
        <translation>Quit Alliance Pilot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+158"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Redo the change just undone</source>
        <translation>Redo the change just undone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts of where the partnership stands</source>
        <translation>Charts of where the partnership stands</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Alliance Pilot</source>
        <translation>&amp;About Alliance Pilot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and purpose</source>
        <translation>Version and purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Alliance Pilot</source>
        <translation>About Alliance Pilot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance Pilot %1

Design, pilot and evaluate strategic partnerships between associations, companies, foundations and local authorities, following the seven steps of the &quot;faire alliance&quot; method (SDG 17).</source>
        <translation>Alliance Pilot %1

Design, pilot and evaluate strategic partnerships between associations, companies, foundations and local authorities, following the seven steps of the &quot;faire alliance&quot; method (SDG 17).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Open elsewhere</source>
        <translation>Open elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has had this file open on %2 since %3. If you both change it, your changes will have to be merged.</source>
        <translation>%1 has had this file open on %2 since %3. If you both change it, your changes will have to be merged.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Changes recorded as %1 (%2)</source>
        <translation>Changes recorded as %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes recorded as %1</source>
        <translation>Changes recorded as %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo “%1”</source>
        <translation>&amp;Undo “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo “%1”</source>
        <translation>&amp;Redo “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1[*] — Alliance Pilot</source>
        <translation>%1[*] — Alliance Pilot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alliance Pilot</source>
        <translation>Alliance Pilot</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This file cannot be opened</source>
        <translation>This file cannot be opened</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Example partnership</source>
        <translation>Example partnership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The example cannot be opened</source>
        <translation>The example cannot be opened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This example is not saved anywhere yet: use Save as to keep it.</source>
        <translation>This example is not saved anywhere yet: use Save as to keep it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The partnership cannot be created</source>
        <translation>The partnership cannot be created</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a partnership</source>
        <translation>Open a partnership</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file was changed elsewhere</source>
        <translation>The file was changed elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by someone else since you opened it. Replace it with your version? Choose No to save under another name.</source>
        <translation>“%1” was changed by someone else since you opened it. Replace it with your version? Choose No to save under another name.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the partnership as</source>
        <translation>Save the partnership as</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revert to saved</source>
        <translation>Revert to saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget every change made since the last save?</source>
        <translation>Forget every change made since the last save?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes made to “%1”?</source>
        <translation>Save the changes made to “%1”?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you don&apos;t save, your changes since the last save will be lost.</source>
        <translation>If you don&apos;t save, your changes since the last save will be lost.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” was changed on disk by someone else. Saving will ask before replacing it.</source>
        <translation>“%1” was changed on disk by someone else. Saving will ask before replacing it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>Alliance Pilot stopped before %n change(s) to “%1” were saved. Recover them?</source>
        <translation>
            <numerusform>Alliance Pilot stopped before %n change to “%1” were saved. Recover them?</numerusform>
            <numerusform>Alliance Pilot stopped before %n changes to “%1” were saved. Recover them?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last change: %1.</source>
        <translation>Last change: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>alliance::MeetingAttendeesModel</name>
    <message>
        <location filename="../ui/models/meetingattendeesmodel.cpp" line="+112"/>
        <source>Tick the contact first: a note is kept for attendees only.</source>
        <translation>Tick the contact first: a note is kept for attendees only.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attends</source>
        <translation>Attends</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invite %1</source>
        <translation>Invite %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uninvite %1</source>
        <translation>Uninvite %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note on %1&apos;s attendance</source>
        <translation>Note on %1&apos;s attendance</translation>
    </message>
</context>
<context>
    <name>alliance::MeetingListModel</name>
    <message>
        <location filename="../ui/models/meetinglistmodel.cpp" line="+14"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a meeting</source>
        <translation>Add a meeting</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Open decisions</source>
        <translation>Open decisions</translation>
    </message>
</context>
<context>
    <name>alliance::MeetingsPanel</name>
    <message>
        <location filename="../ui/widgets/meetingspanel.cpp" line="+59"/>
        <source>Add a meeting to record who attends, its agenda, the decisions taken and its minutes.</source>
        <translation>Add a meeting to record who attends, its agenda, the decisions taken and its minutes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the agenda</source>
        <translation>Edit the agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda, one item per line</source>
        <translation>Agenda, one item per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One item per line</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the minutes</source>
        <translation>Edit the minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes of the meeting</source>
        <translation>Minutes of the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and agreed, written after the meeting.</source>
        <translation>What was said and agreed, written after the meeting.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add meeting</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a meeting</source>
        <translation>Add a meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove meeting</source>
        <translation>Remove meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected meeting</source>
        <translation>Remove the selected meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the meeting with its attendees and decisions; the actions they became stay. Undo brings it all back.</source>
        <translation>Removes the meeting with its attendees and decisions; the actions they became stay. Undo brings it all back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the minutes…</source>
        <translation>Print the minutes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the selected meeting&apos;s minutes as a PDF file</source>
        <translation>Print the selected meeting&apos;s minutes as a PDF file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Selected meeting</source>
        <translation>Selected meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the meeting&apos;s date</source>
        <translation>Change the meeting&apos;s date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the meeting</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the meeting&apos;s kind</source>
        <translation>Change the meeting&apos;s kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of meeting</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the meeting</source>
        <translation>Rename the meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the meeting</source>
        <translation>Title of the meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review discussed at the meeting</source>
        <translation>Review discussed at the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evaluation review this meeting discusses, if any.</source>
        <translation>The evaluation review this meeting discusses, if any.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the review discussed</source>
        <translation>Change the review discussed</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <location line="+71"/>
        <location line="+109"/>
        <location line="+31"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review discussed:</source>
        <translation>Review discussed:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+147"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Tick the contacts who attend; a note (excused, represented…) once ticked.</source>
        <translation>Tick the contacts who attend; a note (excused, represented…) once ticked.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+22"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Resulting action</source>
        <translation>Resulting action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a decision</source>
        <translation>Edit a decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a decision</source>
        <translation>Add a decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a decision</source>
        <translation>Remove a decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add decision</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a decision to the meeting</source>
        <translation>Add a decision to the meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove decision</source>
        <translation>Remove decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected decision</source>
        <translation>Remove the selected decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it an action</source>
        <translation>Make it an action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected decision an action</source>
        <translation>Make the selected decision an action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the decision to the actions above, with its owner and due date, and marks it decided. One undo takes both back.</source>
        <translation>Adds the decision to the actions above, with its owner and due date, and marks it decided. One undo takes both back.</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>Attendees (%n)</source>
        <translation>
            <numerusform>Attendees (%n)</numerusform>
            <numerusform>Attendees (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the meeting “%1”</source>
        <translation>Remove the meeting “%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Make the decision an action</source>
        <translation>Make the decision an action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The decision is now an action of the plan, with its owner and due date.</source>
        <translation>The decision is now an action of the plan, with its owner and due date.</translation>
    </message>
</context>
<context>
    <name>alliance::MergeDialog</name>
    <message>
        <source>%1. %2</source>
        <translation type="vanished">%1. %2</translation>
    </message>
    <message>
        <source>Not tied to a step</source>
        <translation type="vanished">Not tied to a step</translation>
    </message>
    <message>
        <source>Outside the steps</source>
        <translation type="vanished">Outside the steps</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mergedialog.cpp" line="+72"/>
        <source>Merge a partner&apos;s copy</source>
        <translation>Merge a partner&apos;s copy</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) came in from “%1”.</source>
        <translation type="vanished">
            <numerusform>%n change came in from “%1”.</numerusform>
            <numerusform>%n changes came in from “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is the copy made for %1: the changes of other partners in it came in through that copy.</source>
        <translation>This is the copy made for %1: the changes of other partners in it came in through that copy.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n item(s) will be deleted by this merge:</source>
        <translation>
            <numerusform>%n item will be deleted by this merge:</numerusform>
            <numerusform>%n items will be deleted by this merge:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Changes to %n item(s) were left out: a partner’s copy may not change private items or who is private, nor delete the partnership or its lead partner.</source>
        <translation>
            <numerusform>Changes to %n item were left out: a partner’s copy may not change private items or who is private, nor delete the partnership or its lead partner.</numerusform>
            <numerusform>Changes to %n items were left out: a partner’s copy may not change private items or who is private, nor delete the partnership or its lead partner.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changes that came in, per partner and per step</source>
        <translation>Changes that came in, per partner and per step</translation>
    </message>
    <message>
        <source>Partner and step</source>
        <translation type="vanished">Partner and step</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>No conflict: no field was changed on both sides.</source>
        <translation>No conflict: no field was changed on both sides.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1… (select the row to read the whole text below)</source>
        <translation>%1… (select the row to read the whole text below)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No field changes without a conflict.</source>
        <translation>No field changes without a conflict.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changes, per partner and per step (select a row to read it whole below):</source>
        <translation>What changes, per partner and per step (select a row to read it whole below):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n field(s) were changed on both sides. The later change wins; flip a row to keep the other value instead.</source>
        <translation>
            <numerusform>%n field were changed on both sides. The later change wins; flip a row to keep the other value instead.</numerusform>
            <numerusform>%n fields were changed on both sides. The later change wins; flip a row to keep the other value instead.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The selected change, whole</source>
        <translation>The selected change, whole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a change or a conflict to read it whole here.</source>
        <translation>Select a change or a conflict to read it whole here.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the merge</source>
        <translation>Apply the merge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The merge is one step: Edit &gt; Undo takes it back.</source>
        <translation>The merge is one step: Edit &gt; Undo takes it back.</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation type="vanished">Unknown author</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Items this merge deletes</source>
        <translation>Items this merge deletes</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+214"/>
        <location line="+21"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <location line="+2"/>
        <location line="+17"/>
        <source>%1 — %n change(s)</source>
        <translation>
            <numerusform>%1 — %n change</numerusform>
            <numerusform>%1 — %n changes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+13"/>
        <source>Item: %1</source>
        <translation>Item: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Field: %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Changed by %1 on %2.</source>
        <translation>Changed by %1 on %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After:</source>
        <translation>After:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Applying keeps their value.</source>
        <translation>Applying keeps their value.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applying keeps your value.</source>
        <translation>Applying keeps your value.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your value, by %1 on %2:</source>
        <translation>Your value, by %1 on %2:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their value, by %1 on %2:</source>
        <translation>Their value, by %1 on %2:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted by</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+214"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes left out of the merge</source>
        <translation>Changes left out of the merge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was left out</source>
        <translation>Why it was left out</translation>
    </message>
</context>
<context>
    <name>alliance::MethodGuide</name>
    <message>
        <location filename="../ui/help/methodguide.cpp" line="+36"/>
        <source>Method guide — Alliance Pilot</source>
        <translation>Method guide — Alliance Pilot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents of the guide</source>
        <translation>Contents of the guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method guide</source>
        <translation>Method guide</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Step %1 — %2</source>
        <translation>Step %1 — %2</translation>
    </message>
</context>
<context>
    <name>alliance::ModelPage</name>
    <message>
        <source>What the partners&apos; objectives point to</source>
        <translation type="vanished">What the partners&apos; objectives point to</translation>
    </message>
    <message>
        <location filename="../ui/pages/modelpage.cpp" line="+103"/>
        <source>Four categories, nine models</source>
        <translation>Four categories, nine models</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Why this model</source>
        <translation>Why this model</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Edit why this model</source>
        <translation>Edit why this model</translation>
    </message>
    <message>
        <source>Why the partners chose this model, especially if it is not the recommended one</source>
        <translation type="vanished">Why the partners chose this model, especially if it is not the recommended one</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Each partner&apos;s reading</source>
        <translation>Each partner&apos;s reading</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the relationship</source>
        <translation>Describe the relationship</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nine models differ by the nature of the relationship, not by numbers: your two answers name the model. Each partner&apos;s weights then say how the model serves it.</source>
        <translation>The nine models differ by the nature of the relationship, not by numbers: your two answers name the model. Each partner&apos;s weights then say how the model serves it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why the partners chose this model, and how each one finds its own objectives in it</source>
        <translation>Why the partners chose this model, and how each one finds its own objectives in it</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1. What is the relationship between the partners?</source>
        <translation>1. What is the relationship between the partners?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Serves: %1</source>
        <translation>Serves: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected results: %1</source>
        <translation>Expected results: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practised by %1% of companies (2021)</source>
        <translation>Practised by %1% of companies (2021)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Examples: %1</source>
        <translation>Examples: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <comment>between two examples</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Choose this model</source>
        <translation>Choose this model</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+99"/>
        <source>Choose the model %1</source>
        <translation>Choose the model %1</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The reading of %1 points here.</source>
        <translation>The reading of %1 points here.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>2. %1</source>
        <translation>2. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Answer the first question to see the second.</source>
        <translation>2. Answer the first question to see the second.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading of %1</source>
        <translation>Reading of %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Named by your answers</source>
        <translation>Named by your answers</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Describe the relationship: %1</source>
        <translation>Describe the relationship: %1</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="vanished">Recommended</translation>
    </message>
    <message>
        <source>Also close</source>
        <translation type="vanished">Also close</translation>
    </message>
    <message>
        <source>%1% match with the partners&apos; objectives</source>
        <translation type="vanished">%1% match with the partners&apos; objectives</translation>
    </message>
</context>
<context>
    <name>alliance::NewPartnershipWizard</name>
    <message>
        <location filename="../ui/dialogs/newpartnershipwizard.cpp" line="+89"/>
        <source>The partnership</source>
        <translation>The partnership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it a name, and say what brings the partners together.</source>
        <translation>Give it a name, and say what brings the partners together.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common stake:</source>
        <translation>Common stake:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>New partnership</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the partnership</source>
        <translation>Title of the partnership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common stake</source>
        <translation>Common stake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: bring digital skills to every job seeker of the valley</source>
        <translation>For example: bring digital skills to every job seeker of the valley</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the partnership a title to go on.</source>
        <translation>Give the partnership a title to go on.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your organisation needs a name: it is recorded with each of your changes.</source>
        <translation>Your organisation needs a name: it is recorded with each of your changes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Taken from your preferences; it is recorded as the author of your changes.</source>
        <translation type="vanished">Taken from your preferences; it is recorded as the author of your changes.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name and organisation are recorded with each of your changes; they are kept in your preferences.</source>
        <translation>Your name and organisation are recorded with each of your changes; they are kept in your preferences.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name and last name</source>
        <translation>First name and last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The partner on row %1 has no name: give it one, or remove the row.</source>
        <translation>The partner on row %1 has no name: give it one, or remove the row.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partners</source>
        <translation>The partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who else takes part? You can add or change partners later, in step 4.</source>
        <translation>Who else takes part? You can add or change partners later, in step 4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a partner</source>
        <translation>Add a partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Describe the new partnership</source>
        <translation>Describe the new partnership</translation>
    </message>
</context>
<context>
    <name>alliance::ObjectivesPage</name>
    <message>
        <location filename="../ui/pages/objectivespage.cpp" line="+29"/>
        <source>Each partner&apos;s objectives</source>
        <translation>Each partner&apos;s objectives</translation>
    </message>
    <message>
        <source>Each partner gives a weight to the four objectives of the carré magique. The four weights always sum to 100: moving one rescales the others. Hover over an objective to see what it covers.</source>
        <translation type="vanished">Each partner gives a weight to the four objectives of the carré magique. The four weights always sum to 100: moving one rescales the others. Hover over an objective to see what it covers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each partner gives a weight to the four objectives of the carré magique. The four weights always sum to 100: the weight you set stays as you set it, so do the ones you set before it as far as they fit, and the others make room. Hover over an objective to see what it covers.</source>
        <translation>Each partner gives a weight to the four objectives of the carré magique. The four weights always sum to 100: the weight you set stays as you set it, so do the ones you set before it as far as they fit, and the others make room. Hover over an objective to see what it covers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No partner to weight yet: add the partner organisations first.</source>
        <translation>No partner to weight yet: add the partner organisations first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Radar of the partners&apos; objective weights</source>
        <translation>Radar of the partners&apos; objective weights</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>Common stake</source>
        <translation>Common stake</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What the partners pursue together: the compass for the whole journey. Agree it once each partner&apos;s objectives are clear.</source>
        <translation>What the partners pursue together: the compass for the whole journey. Agree it once each partner&apos;s objectives are clear.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the common stake</source>
        <translation>Edit the common stake</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The common stake or stakes the partners agree on</source>
        <translation>The common stake or stakes the partners agree on</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Once a partner weights its objectives, its reading shows here: the objective it puts first, and the category that objective points to.</source>
        <translation>Once a partner weights its objectives, its reading shows here: the objective it puts first, and the category that objective points to.</translation>
    </message>
    <message>
        <source>The radar compares the partners once at least two have weighted.</source>
        <translation type="vanished">The radar compares the partners once at least two have weighted.</translation>
    </message>
    <message>
        <source>The partners&apos; weightings are compatible (divergence %1 out of 100).</source>
        <translation type="vanished">The partners&apos; weightings are compatible (divergence %1 out of 100).</translation>
    </message>
    <message>
        <source>Warning: the partners&apos; weightings diverge (divergence %1 out of 100). They differ most on “%2” (%3 points apart); %4 and %5 are the furthest apart. Talk it through before choosing a model.</source>
        <translation type="vanished">Warning: the partners&apos; weightings diverge (divergence %1 out of 100). They differ most on “%2” (%3 points apart); %4 and %5 are the furthest apart. Talk it through before choosing a model.</translation>
    </message>
</context>
<context>
    <name>alliance::PeriodWarning</name>
    <message>
        <location filename="../ui/widgets/periodwarning.cpp" line="+14"/>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>alliance::PilotPage</name>
    <message>
        <location filename="../ui/pages/pilotpage.cpp" line="+60"/>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off track</source>
        <translation>off track</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Committees and meetings</source>
        <translation>Committees and meetings</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+29"/>
        <source>Actions and milestones</source>
        <translation>Actions and milestones</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit an action</source>
        <translation>Edit an action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions as a table or a timeline</source>
        <translation>Actions as a table or a timeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected action</source>
        <translation>Remove the selected action</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+79"/>
        <location line="+42"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+31"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Indicators by status</source>
        <translation>Indicators by status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit an indicator</source>
        <translation>Edit an indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an indicator</source>
        <translation>Add an indicator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove indicator</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected indicator</source>
        <translation>Remove the selected indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import measurements…</source>
        <translation>Import measurements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import measurements from a CSV file</source>
        <translation>Import measurements from a CSV file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read measurements of several indicators from a CSV file, with a preview first.</source>
        <translation>Read measurements of several indicators from a CSV file, with a preview first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Measurements of the selected indicator</source>
        <translation>Measurements of the selected indicator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress of the selected indicator</source>
        <translation>Progress of the selected indicator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a measurement</source>
        <translation>Edit a measurement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove measurement</source>
        <translation>Remove measurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected measurement</source>
        <translation>Remove the selected measurement</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+80"/>
        <source>Add a measurement</source>
        <translation>Add a measurement</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Measurement date</source>
        <translation>Measurement date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured value</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12.5</source>
        <translation>e.g. 12.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of the measurement</source>
        <translation>Source of the measurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the figure comes from</source>
        <translation>Where the figure comes from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add measurement</source>
        <translation>Add measurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the measurement to the selected indicator</source>
        <translation>Add the measurement to the selected indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the measurement (Enter in any field does the same).</source>
        <translation>Adds the measurement (Enter in any field does the same).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick entry problem</source>
        <translation>Quick entry problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter the value as a number, e.g. 12.5 or 12,5.</source>
        <translation>Enter the value as a number, e.g. 12.5 or 12,5.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n measurements imported from %1.</source>
        <translation>
            <numerusform>%n measurement imported from %1.</numerusform>
            <numerusform>%n measurements imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation type="vanished">Import measurements</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="vanished">CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing overdue.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No indicator yet.</source>
        <translation>No indicator yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1: %2 on track, %3 at risk (in amber), %4 off track (in red), %5 without data.</source>
        <translation>On %1: %2 on track, %3 at risk (in amber), %4 off track (in red), %5 without data.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add an indicator to record its measurements.</source>
        <translation>Add an indicator to record its measurements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an indicator to see its measurements and add new ones.</source>
        <translation>Select an indicator to see its measurements and add new ones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed indicator)</source>
        <translation>(unnamed indicator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target %1 by %2</source>
        <translation>target %1 by %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no measurement yet (baseline %2, %3).</source>
        <translation>%1: no measurement yet (baseline %2, %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latest %1 on %2; baseline %3, %4</source>
        <translation>latest %1 on %2; baseline %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 achieved, %3 (%4).</source>
        <translation>%1: %2 achieved, %3 (%4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 achieved, %3 expected by %4, %5 (%6).</source>
        <translation>%1: %2 achieved, %3 expected by %4, %5 (%6).</translation>
    </message>
    <message>
        <source>%1: no measurement yet (baseline %2, target %3).</source>
        <translation type="vanished">%1: no measurement yet (baseline %2, target %3).</translation>
    </message>
    <message>
        <source>%1: %2 achieved, %3 (latest %4 on %5; baseline %6, target %7).</source>
        <translation type="vanished">%1: %2 achieved, %3 (latest %4 on %5; baseline %6, target %7).</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>alliance::PortfolioWindow</name>
    <message>
        <location filename="../ui/portfolio/portfoliowindow.cpp" line="+62"/>
        <source>Portfolio — Alliance Pilot</source>
        <translation>Portfolio — Alliance Pilot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder whose partnership files are listed</source>
        <translation>The folder whose partnership files are listed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the folder again</source>
        <translation>List the folder again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report (PDF)…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF report for a board: the partnerships shown, the charts and the refused files</source>
        <translation>A PDF report for a board: the partnerships shown, the charts and the refused files</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the partnerships of one model</source>
        <translation>Only the partnerships of one model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the partnerships at one step</source>
        <translation>Only the partnerships at one step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the partnerships whose indicators have one status</source>
        <translation>Only the partnerships whose indicators have one status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region or département</source>
        <translation>Region or département</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the partnerships with a partner in this region or département</source>
        <translation>Only the partnerships with a partner in this region or département</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%v of %m files</source>
        <translation>%v of %m files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop listing: the files already checked stay listed</source>
        <translation>Stop listing: the files already checked stay listed</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Double-click a partnership to open it</source>
        <translation>Double-click a partnership to open it</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose a folder holding partnership files (.alliance) to list them here.</source>
        <translation>Choose a folder holding partnership files (.alliance) to list them here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every model</source>
        <translation>Every model</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model not named yet</source>
        <translation>Model not named yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step</source>
        <translation>Every step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder of partnerships</source>
        <translation>Folder of partnerships</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the partnership files…</source>
        <translation>Checking the partnership files…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n partnership(s) listed</source>
        <translation>
            <numerusform>%n partnership listed</numerusform>
            <numerusform>%n partnerships listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) refused: the reason is in the row</source>
        <translation>
            <numerusform>%n file refused: the reason is in its row</numerusform>
            <numerusform>%n files refused: the reason is in their rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listing stopped before the end</source>
        <translation>listing stopped before the end</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>portfolio-%1.pdf</source>
        <comment>file name of the portfolio report</comment>
        <translation>portfolio-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Portfolio report</source>
        <translation>Portfolio report</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Report written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Report written: %1 (%n page).</numerusform>
            <numerusform>Report written: %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alliance::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+20"/>
        <source>Offer to recover unsaved work at start</source>
        <translation>Offer to recover unsaved work at start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As it is named in your partnerships</source>
        <translation>As it is named in your partnerships</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organisation:</source>
        <translation>Your organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name and organisation are recorded with each of your changes, so that partners see who changed what when files are merged.</source>
        <translation>Your name and organisation are recorded with each of your changes, so that partners see who changed what when files are merged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies at the next start.</source>
        <translation>A new language applies at the next start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery:</source>
        <translation>Recovery:</translation>
    </message>
</context>
<context>
    <name>alliance::QuestionnaireDialog</name>
    <message>
        <location filename="../ui/dialogs/questionnairedialog.cpp" line="+34"/>
        <source>&amp;Review:</source>
        <translation>&amp;Review:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Anonymous</source>
        <translation>&amp;Anonymous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepare questionnaires</source>
        <translation>Prepare questionnaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One workbook per partner, to fill in with Excel or LibreOffice without the app. Send each partner theirs; their answers come back with File &gt; Import answers.</source>
        <translation>One workbook per partner, to fill in with Excel or LibreOffice without the app. Send each partner theirs; their answers come back with File &gt; Import answers.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Partners:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language of the workbooks:</source>
        <translation>&amp;Language of the workbooks:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answers are then counted per kind of organisation, never under a partner’s name, and nothing already known is filled in.</source>
        <translation>Answers are then counted per kind of organisation, never under a partner’s name, and nothing already known is filled in.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Prepare</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Questionnaires – %1</source>
        <translation>Questionnaires – %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder of the questionnaires</source>
        <translation>Folder of the questionnaires</translation>
    </message>
</context>
<context>
    <name>alliance::RangeSpinBox</name>
    <message>
        <location filename="../ui/widgets/rangespinbox.cpp" line="+71"/>
        <source>%1 is out of range: type a whole number from %2 to %3.</source>
        <translation>%1 is out of range: type a whole number from %2 to %3.</translation>
    </message>
</context>
<context>
    <name>alliance::ReportOptionsDialog</name>
    <message>
        <location filename="../ui/dialogs/reportoptionsdialog.cpp" line="+20"/>
        <source>Evaluation report</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full report: the synthesis, then every section</source>
        <translation>Full report: the synthesis, then every section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee pack: the synthesis, agenda, open decisions, risks and changes</source>
        <translation>Committee pack: the synthesis, agenda, open decisions, risks and changes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Include the items marked private (internal notes, private contacts and organisations)</source>
        <translation>Include the items marked private (internal notes, private contacts and organisations)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Language of the report:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Sections:</translation>
    </message>
</context>
<context>
    <name>alliance::ReviewForm</name>
    <message>
        <location filename="../ui/widgets/reviewform.cpp" line="+34"/>
        <source>No rating</source>
        <translation>No rating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 (not at all)</source>
        <translation>0 (not at all)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (fully)</source>
        <translation>%1 (fully)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Add or select a review to answer it.</source>
        <translation>Add or select a review to answer it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the partner whose answers you enter.</source>
        <translation>Choose the partner whose answers you enter.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Rating: %1</source>
        <translation>Rating: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the words alone are an answer.</source>
        <translation>Optional: the words alone are an answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From 0 (not at all) to %1 (fully); “No rating” keeps the words.</source>
        <translation>From 0 (not at all) to %1 (fully); “No rating” keeps the words.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your words; a rating is optional</source>
        <translation>In your words; a rating is optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment: no rating needed to write it</source>
        <translation>Comment: no rating needed to write it</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How?</source>
        <translation>How?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In words, no rating</source>
        <translation>In words, no rating</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which ones? In your words</source>
        <translation>Which ones? In your words</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the answer: %1</source>
        <translation>Write the answer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words: %1</source>
        <translation>Words: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not weighted in step 2</source>
        <translation>Not weighted in step 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighed most in step 2: %1%</source>
        <translation>Weighed most in step 2: %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight in step 2: %1%</source>
        <translation>Weight in step 2: %1%</translation>
    </message>
</context>
<context>
    <name>alliance::ReviewScoreModel</name>
    <message>
        <location filename="../ui/models/reviewscoremodel.cpp" line="+59"/>
        <source>(unnamed criterion)</source>
        <translation>(unnamed criterion)</translation>
    </message>
    <message>
        <location line="+219"/>
        <location line="+44"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear the rating: %1</source>
        <translation>Clear the rating: %1</translation>
    </message>
    <message>
        <source>A rating is a whole number from 0 to %1.</source>
        <translation type="vanished">A rating is a whole number from 0 to %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a rating: a rating is a whole number from %2 to %3.</source>
        <translation>“%1” is not a rating: a rating is a whole number from %2 to %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate %1: %2</source>
        <translation>Rate %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is answered without a rating.</source>
        <translation>“%1” is answered without a rating.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” takes no such answer.</source>
        <translation>“%1” takes no such answer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the answer: %1</source>
        <translation>Clear the answer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer “%1”: %2</source>
        <translation>Answer “%1”: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the answer: %1</source>
        <translation>Write the answer: %1</translation>
    </message>
    <message>
        <source>Remove the score: %1</source>
        <translation type="vanished">Remove the score: %1</translation>
    </message>
    <message>
        <source>A score is a whole number from 0 to %1.</source>
        <translation type="vanished">A score is a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation type="vanished">Score %1: %2</translation>
    </message>
</context>
<context>
    <name>alliance::ShareDialog</name>
    <message>
        <location filename="../ui/dialogs/sharedialog.cpp" line="+53"/>
        <source>Nothing in this partnership is marked private: the copy holds everything, with its history.</source>
        <translation>Nothing in this partnership is marked private: the copy holds everything, with its history.</translation>
    </message>
    <message>
        <source>The copy leaves out what is marked private, and its history: %1, %2 and %3. Your own file keeps them.</source>
        <translation type="vanished">The copy leaves out what is marked private, and its history: %1, %2 and %3. Your own file keeps them.</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n private organisation(s) and what belongs to them</source>
        <translation>
            <numerusform>%n private organisation and what belongs to them</numerusform>
            <numerusform>%n private organisations and what belongs to them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n private contact(s)</source>
        <translation>
            <numerusform>%n private contact</numerusform>
            <numerusform>%n private contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n private note(s)</source>
        <translation>
            <numerusform>%n private note</numerusform>
            <numerusform>%n private notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy leaves out what is marked private, and its history: %1. Your own file keeps them.</source>
        <translation>The copy leaves out what is marked private, and its history: %1. Your own file keeps them.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share with a partner</source>
        <translation>Share with a partner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the partner organisation</source>
        <translation>Choose the partner organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to write for the partner</source>
        <translation>File to write for the partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the copy as:</source>
        <translation>Save the copy as:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the partner opens the copy, their changes are recorded in their organisation&apos;s name. Send it to them, then merge what they send back with File &gt; Merge.</source>
        <translation>When the partner opens the copy, their changes are recorded in their organisation&apos;s name. Send it to them, then merge what they send back with File &gt; Merge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Past shares</source>
        <translation>Past shares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared with</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(removed organisation)</source>
        <translation>(removed organisation)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not shared yet.</source>
        <translation>Not shared yet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared before:</source>
        <translation>Shared before:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the copy</source>
        <translation>Write the copy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No partner to share with: add one at step 4</source>
        <translation>No partner to share with: add one at step 4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the partner&apos;s copy as</source>
        <translation>Save the partner&apos;s copy as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance Pilot projects (*.alliance)</source>
        <translation>Alliance Pilot projects (*.alliance)</translation>
    </message>
</context>
<context>
    <name>alliance::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/shortcutsdialog.cpp" line="+84"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>alliance::StartPage</name>
    <message>
        <location filename="../ui/pages/startpage.cpp" line="+58"/>
        <source>Led by %1</source>
        <translation>Led by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last review: %1</source>
        <translation>Last review: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n partner(s) answered</source>
        <translation>
            <numerusform>%n partner answered</numerusform>
            <numerusform>%n partners answered</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modified %1</source>
        <translation>Modified %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alliance Pilot</source>
        <translation>Alliance Pilot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Design, pilot and evaluate your partnerships, step by step.</source>
        <translation>Design, pilot and evaluate your partnerships, step by step.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New partnership…</source>
        <translation>New partnership…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new partnership with its partners</source>
        <translation>Start a new partnership with its partners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project file</source>
        <translation>Open a project file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the example</source>
        <translation>Open the example</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explore a complete example partnership</source>
        <translation>Explore a complete example partnership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portfolio…</source>
        <translation>Portfolio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See every partnership of a folder at once</source>
        <translation>See every partnership of a folder at once</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent partnerships — or drop a .alliance file here</source>
        <translation>Recent partnerships — or drop a .alliance file here</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alliance Pilot keeps one partnership in one file that you share with the partners. It walks you through the seven steps of the “faire alliance” method, from the first diagnosis to the evaluation, and remembers who changed what.</source>
        <translation>Alliance Pilot keeps one partnership in one file that you share with the partners. It walks you through the seven steps of the “faire alliance” method, from the first diagnosis to the evaluation, and remembers who changed what.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start a partnership…</source>
        <translation>Start a partnership…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore the example</source>
        <translation>Explore the example</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the method guide</source>
        <translation>Read the method guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this introduction</source>
        <translation>Hide this introduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The method guide stays in the Help menu (%1)</source>
        <translation>The method guide stays in the Help menu (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No recent partnership yet.</source>
        <translation>No recent partnership yet.</translation>
    </message>
</context>
<context>
    <name>alliance::StepFollowUp</name>
    <message>
        <location filename="../ui/widgets/stepfollowup.cpp" line="+36"/>
        <source>Change the step&apos;s status</source>
        <translation>Change the step&apos;s status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status of the step</source>
        <translation>Status of the step</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your status for this step; when not set, the status suggested from what was entered applies</source>
        <translation>Your status for this step; when not set, the status suggested from what was entered applies</translation>
    </message>
    <message>
        <source>Change the step&apos;s owner</source>
        <translation type="vanished">Change the step&apos;s owner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner of the step</source>
        <translation>Owner of the step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who leads this step</source>
        <translation>Who leads this step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the step&apos;s start date</source>
        <translation>Change the step&apos;s start date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the step&apos;s end date</source>
        <translation>Change the step&apos;s end date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes and checklist</source>
        <translation>Notes and checklist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit the step&apos;s notes</source>
        <translation>Edit the step&apos;s notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes on the step</source>
        <translation>Notes on the step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on this step</source>
        <translation>Notes on this step</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the checklist</source>
        <translation>Edit the checklist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist of the step</source>
        <translation>Checklist of the step</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a to-do</source>
        <translation>Add a to-do</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
</context>
<context>
    <name>alliance::StepNavigator</name>
    <message>
        <location filename="../ui/widgets/stepnavigator.cpp" line="+12"/>
        <source>Steps of the partnership</source>
        <translation>Steps of the partnership</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts of where the partnership stands, for steering committees and boards (Ctrl+0)</source>
        <translation>Charts of where the partnership stands, for steering committees and boards (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (suggested)</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from what was entered: %1</source>
        <translation>Suggested from what was entered: %1</translation>
    </message>
</context>
<context>
    <name>alliance::StepOwnerBox</name>
    <message>
        <location filename="../ui/widgets/stepownerbox.cpp" line="+69"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change the step&apos;s owner</source>
        <translation>Change the step&apos;s owner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
</context>
<context>
    <name>alliance::StepPage</name>
    <message>
        <location filename="../ui/pages/steppage.cpp" line="+41"/>
        <source>Step %1 — %2</source>
        <translation>Step %1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Guiding questions</source>
        <translation>Guiding questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the method&apos;s questions for this step</source>
        <translation>Show or hide the method&apos;s questions for this step</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read what the method guide says about this step (%1)</source>
        <translation>Read what the method guide says about this step (%1)</translation>
    </message>
    <message>
        <source>Show or hide the method&apos;s questions for this step (F1)</source>
        <translation type="vanished">Show or hide the method&apos;s questions for this step (F1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Questions to ask yourselves</source>
        <translation>Questions to ask yourselves</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
</context>
<context>
    <name>alliance::StepSuggestionBar</name>
    <message>
        <location filename="../ui/widgets/stepsuggestion.cpp" line="+59"/>
        <source>Suggested from what was entered: %1 — %2.</source>
        <translation>Suggested from what was entered: %1 — %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You set “%1”; what was entered suggests “%2” — %3.</source>
        <translation>You set “%1”; what was entered suggests “%2” — %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept “%1”</source>
        <translation>Accept “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record “%1” as this step&apos;s status (can be undone)</source>
        <translation>Record “%1” as this step&apos;s status (can be undone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the suggested status “%1”</source>
        <translation>Accept the suggested status “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept the suggested step status</source>
        <translation>Accept the suggested step status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
</context>
<context>
    <name>alliance::WorkspaceDialog</name>
    <message>
        <location filename="../ui/dialogs/workspacedialog.cpp" line="+31"/>
        <source>Workspace address:</source>
        <translation>Workspace address:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is kept in memory until you quit, never in a file. You may keep it in your password file (~/.pgpass) instead.</source>
        <translation>The password is kept in memory until you quit, never in a file. You may keep it in your password file (~/.pgpass) instead.</translation>
    </message>
</context>
<context>
    <name>alliance::WorkspaceLink</name>
    <message>
        <location filename="../ui/workspacelink.cpp" line="+100"/>
        <source>Workspace: not synced yet</source>
        <translation>Workspace: not synced yet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish to a workspace</source>
        <translation>Publish to a workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts “%1” in a shared workspace, with you as its owner. Its owners then choose which other managers may read or edit it.</source>
        <translation>Puts “%1” in a shared workspace, with you as its owner. Its owners then choose which other managers may read or edit it.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Publishing to the workspace…</source>
        <translation>Publishing to the workspace…</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Not published</source>
        <translation>Not published</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Workspace: synced at %1</source>
        <translation>Workspace: synced at %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Published to %1</source>
        <translation>Published to %1</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Sync with a workspace</source>
        <translation>Sync with a workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges the changes of “%1” with the workspace where it was published.</source>
        <translation>Exchanges the changes of “%1” with the workspace where it was published.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Workspace members</source>
        <translation>Workspace members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This partnership is in no workspace yet: publish it, or sync it with the workspace that holds it.</source>
        <translation>This partnership is in no workspace yet: publish it, or sync it with the workspace that holds it.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+110"/>
        <source>Password for the workspace</source>
        <translation>Password for the workspace</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>The workspace asks for your password.</source>
        <translation>The workspace asks for your password.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Syncing with the workspace…</source>
        <translation>Syncing with the workspace…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace: syncing…</source>
        <translation>Workspace: syncing…</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Not synced</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Workspace: not synced — your file is intact</source>
        <translation>Workspace: not synced — your file is intact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace: not reachable — your file is intact</source>
        <translation>Workspace: not reachable — your file is intact</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Up to date with the workspace (read only: nothing sent)</source>
        <translation>Up to date with the workspace (read only: nothing sent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date with the workspace</source>
        <translation>Up to date with the workspace</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) came in</source>
        <translation>
            <numerusform>%n change came in</numerusform>
            <numerusform>%n changes came in</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read only: nothing sent</source>
        <translation>read only: nothing sent</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) settled by the latest change</source>
        <translation>
            <numerusform>%n conflict settled by the latest change</numerusform>
            <numerusform>%n conflicts settled by the latest change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alliance::WorkspaceMembersDialog</name>
    <message>
        <location filename="../ui/dialogs/workspacemembersdialog.cpp" line="+39"/>
        <source>Members of “%1”</source>
        <translation>Members of “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manager’s login name</source>
        <translation>Manager’s login name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>As an owner, you choose who reads, edits or owns this partnership. Each change reaches the workspace at once; a manager must first be added to the workspace by its administrator.</source>
        <translation>As an owner, you choose who reads, edits or owns this partnership. Each change reaches the workspace at once; a manager must first be added to the workspace by its administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the partnership’s owners change its members.</source>
        <translation>Only the partnership’s owners change its members.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You</source>
        <translation>You</translation>
    </message>
</context>
<context>
    <name>alliance::WorkspaceOpenDialog</name>
    <message>
        <location filename="../ui/dialogs/workspaceopendialog.cpp" line="+33"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>partnership</source>
        <translation>partnership</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to keep the partnership</source>
        <translation>Where to keep the partnership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance Pilot partnerships (*.alliance)</source>
        <translation>Alliance Pilot partnerships (*.alliance)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open from a workspace</source>
        <translation>Open from a workspace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the partnerships you are a member of in a shared workspace. The one you choose is kept in a file of yours, linked to the workspace: Sync then exchanges the changes.</source>
        <translation>Lists the partnerships you are a member of in a shared workspace. The one you choose is kept in a file of yours, linked to the workspace: Sync then exchanges the changes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;List my partnerships</source>
        <translation>&amp;List my partnerships</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace address:</source>
        <translation>Workspace address:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Asking the workspace…</source>
        <translation>Asking the workspace…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are a member of no partnership of this workspace yet: ask one of its owners to add you.</source>
        <translation>You are a member of no partnership of this workspace yet: ask one of its owners to add you.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Making “%1” from the workspace…</source>
        <translation>Making “%1” from the workspace…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The workspace asks for your password.</source>
        <translation>The workspace asks for your password.</translation>
    </message>
</context>
<context>
    <name>alliance::charts::ChartCard</name>
    <message>
        <location filename="../ui/charts/chartcard.cpp" line="+42"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save this chart as a PNG image</source>
        <translation>Save this chart as a PNG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as an SVG drawing, sharp at any size</source>
        <translation>Save this chart as an SVG drawing, sharp at any size</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the chart as PNG</source>
        <translation>Export the chart as PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the chart as SVG</source>
        <translation>Export the chart as SVG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
</context>
<context>
    <name>alliance::evaluation</name>
    <message>
        <source>%1 gives the most weight to %2 (%3%).</source>
        <translation type="vanished">%1 gives the most weight to %2 (%3%).</translation>
    </message>
    <message>
        <source>%1 gives the same highest weight (%2%) to %3.</source>
        <translation type="vanished">%1 gives the same highest weight (%2%) to %3.</translation>
    </message>
    <message>
        <source>%1 has not weighted its objectives yet and is left out.</source>
        <translation type="vanished">%1 has not weighted its objectives yet and is left out.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="vanished">%1 %2%</translation>
    </message>
    <message>
        <source>Partnership barycentre: %1.</source>
        <translation type="vanished">Partnership barycentre: %1.</translation>
    </message>
    <message>
        <source>Together, the partners give the most weight to %1 (%2%): the recommended category is %3.</source>
        <translation type="vanished">Together, the partners give the most weight to %1 (%2%): the recommended category is %3.</translation>
    </message>
    <message>
        <source>Together, the partners give the same weight (%1%) to %2; %3 comes first in the method&apos;s order, so the recommended category is %4.</source>
        <translation type="vanished">Together, the partners give the same weight (%1%) to %2; %3 comes first in the method&apos;s order, so the recommended category is %4.</translation>
    </message>
    <message>
        <source>Only %1 has weighted its objectives: the recommendation reflects its view alone.</source>
        <translation type="vanished">Only %1 has weighted its objectives: the recommendation reflects its view alone.</translation>
    </message>
    <message>
        <source>The partners&apos; weightings are far apart (divergence %1 out of 100, alert above %2): agree on a common stake before choosing the model.</source>
        <translation type="vanished">The partners&apos; weightings are far apart (divergence %1 out of 100, alert above %2): agree on a common stake before choosing the model.</translation>
    </message>
    <message>
        <source>The partners&apos; weightings are close (divergence %1 out of 100, alert above %2).</source>
        <translation type="vanished">The partners&apos; weightings are close (divergence %1 out of 100, alert above %2).</translation>
    </message>
    <message>
        <source>They differ most on %1: %2 points between the highest and the lowest weight.</source>
        <translation type="vanished">They differ most on %1: %2 points between the highest and the lowest weight.</translation>
    </message>
    <message>
        <source>%1 and %2 are the furthest apart.</source>
        <translation type="vanished">%1 and %2 are the furthest apart.</translation>
    </message>
    <message>
        <source>The nearest model is %1 (%2): %3% match.</source>
        <translation type="vanished">The nearest model is %1 (%2): %3% match.</translation>
    </message>
    <message>
        <source>%1 (%2) is just as near (%3% match): worth discussing.</source>
        <translation type="vanished">%1 (%2) is just as near (%3% match): worth discussing.</translation>
    </message>
    <message>
        <source>%1 (%2) comes a close second (%3% match, %4 points behind): worth discussing.</source>
        <translation type="vanished">%1 (%2) comes a close second (%3% match, %4 points behind): worth discussing.</translation>
    </message>
    <message>
        <source>%1 (%2) comes second (%3% match, %4 points behind).</source>
        <translation type="vanished">%1 (%2) comes second (%3% match, %4 points behind).</translation>
    </message>
    <message>
        <source>This model belongs to another category than the recommended one: the partners&apos; weights sit between categories, discuss which one fits best.</source>
        <translation type="vanished">This model belongs to another category than the recommended one: the partners&apos; weights sit between categories, discuss which one fits best.</translation>
    </message>
    <message>
        <source>No partner has weighted its objectives yet: no recommendation can be made. Ask each partner to weight the four objectives in step 2.</source>
        <translation type="vanished">No partner has weighted its objectives yet: no recommendation can be made. Ask each partner to weight the four objectives in step 2.</translation>
    </message>
</context>
<context>
    <name>alliance::exportactions</name>
    <message>
        <source>Export</source>
        <translation type="obsolete">Export</translation>
    </message>
</context>
<context>
    <name>alliance::questionnaire</name>
    <message>
        <source>Review</source>
        <translation type="obsolete">Review</translation>
    </message>
    <message>
        <source>Maturity self-diagnostic</source>
        <translation type="obsolete">Maturity self-diagnostic</translation>
    </message>
</context>
<context>
    <name>alliance::sharing</name>
    <message>
        <location filename="../ui/sharing.cpp" line="+65"/>
        <source>Merge applied</source>
        <translation>Merge applied</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Share with a partner</source>
        <translation>Share with a partner</translation>
    </message>
    <message>
        <source>The partner&apos;s copy cannot replace your own file. Choose another name.</source>
        <translation type="vanished">The partner&apos;s copy cannot replace your own file. Choose another name.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>“%1” exists. Replace it with the partner&apos;s copy?</source>
        <translation>“%1” exists. Replace it with the partner&apos;s copy?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy was not written</source>
        <translation>The copy was not written</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy for %1 is written to “%2”. Send it to them; when they send it back, merge it with File &gt; Merge.</source>
        <translation>The copy for %1 is written to “%2”. Send it to them; when they send it back, merge it with File &gt; Merge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge a partner&apos;s copy</source>
        <translation>Merge a partner&apos;s copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance Pilot projects (*.alliance)</source>
        <translation>Alliance Pilot projects (*.alliance)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file cannot be merged</source>
        <translation>This file cannot be merged</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to merge</source>
        <translation>Nothing to merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in “%1” is already in your partnership.</source>
        <translation>Everything in “%1” is already in your partnership.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+13"/>
        <source>The merge was not applied</source>
        <translation>The merge was not applied</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merge their changes</source>
        <translation>Merge their changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the file&apos;s new content into yours, then save</source>
        <translation>Merge the file&apos;s new content into yours, then save</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This copy was made for %1: your changes are recorded in its name (File &gt; Preferences names another organisation).</source>
        <translation>This copy was made for %1: your changes are recorded in its name (File &gt; Preferences names another organisation).</translation>
    </message>
</context>
<context>
    <name>alliance::sync</name>
    <message>
        <source>an unknown organisation</source>
        <translation type="vanished">an unknown organisation</translation>
    </message>
    <message>
        <source>The partnership</source>
        <translation type="vanished">The partnership</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation type="vanished">Organisation “%1”</translation>
    </message>
    <message>
        <source>Contact “%1” of %2</source>
        <translation type="vanished">Contact “%1” of %2</translation>
    </message>
    <message>
        <source>Weight of %1 for “%2”</source>
        <translation type="vanished">Weight of %1 for “%2”</translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation type="vanished">Step “%1”</translation>
    </message>
    <message>
        <source>Checklist item “%1”</source>
        <translation type="vanished">Checklist item “%1”</translation>
    </message>
    <message>
        <source>Answer on the need “%1”</source>
        <translation type="vanished">Answer on the need “%1”</translation>
    </message>
    <message>
        <source>View of %1 on the need “%2”</source>
        <translation type="vanished">View of %1 on the need “%2”</translation>
    </message>
    <message>
        <source>Maturity answer of %1</source>
        <translation type="vanished">Maturity answer of %1</translation>
    </message>
    <message>
        <source>Catalyst function of %1</source>
        <translation type="vanished">Catalyst function of %1</translation>
    </message>
    <message>
        <source>Contribution of %1</source>
        <translation type="vanished">Contribution of %1</translation>
    </message>
    <message>
        <source>Action “%1”</source>
        <translation type="vanished">Action “%1”</translation>
    </message>
    <message>
        <source>Indicator “%1”</source>
        <translation type="vanished">Indicator “%1”</translation>
    </message>
    <message>
        <source>Measurement of “%1” on %2</source>
        <translation type="vanished">Measurement of “%1” on %2</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation type="vanished">Review “%1”</translation>
    </message>
    <message>
        <source>Criterion “%1”</source>
        <translation type="vanished">Criterion “%1”</translation>
    </message>
    <message>
        <source>Score of %1 on “%2” (review “%3”)</source>
        <translation type="vanished">Score of %1 on “%2” (review “%3”)</translation>
    </message>
    <message>
        <source>Lesson “%1”</source>
        <translation type="vanished">Lesson “%1”</translation>
    </message>
    <message>
        <source>Note “%1”</source>
        <translation type="vanished">Note “%1”</translation>
    </message>
    <message>
        <source>Place of %1 on the map</source>
        <translation type="vanished">Place of %1 on the map</translation>
    </message>
    <message>
        <source>Link from %1 to %2</source>
        <translation type="vanished">Link from %1 to %2</translation>
    </message>
    <message>
        <source>Document “%1”</source>
        <translation type="vanished">Document “%1”</translation>
    </message>
    <message>
        <source>Share with %1</source>
        <translation type="vanished">Share with %1</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation type="vanished">Logo of %1</translation>
    </message>
    <message>
        <source>Meeting “%1”</source>
        <translation type="vanished">Meeting “%1”</translation>
    </message>
    <message>
        <source>%1 invited to “%2”</source>
        <translation type="vanished">%1 invited to “%2”</translation>
    </message>
    <message>
        <source>Decision “%1”</source>
        <translation type="vanished">Decision “%1”</translation>
    </message>
    <message>
        <source>An item of “%1”</source>
        <translation type="vanished">An item of “%1”</translation>
    </message>
    <message>
        <location filename="../core/sync/merge.cpp" line="+224"/>
        <source>“%1” is the file of another partnership (“%2”), not a copy of “%3”, so it was not merged.</source>
        <translation>“%1” is the file of another partnership (“%2”), not a copy of “%3”, so it was not merged.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The workspace holds an invalid change of “%1”, so nothing was taken from it: %2</source>
        <translation>The workspace holds an invalid change of “%1”, so nothing was taken from it: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace holds a change of “%1” that is not dated or named as a change is, so nothing was taken from it.</source>
        <translation>The workspace holds a change of “%1” that is not dated or named as a change is, so nothing was taken from it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace holds a change of “%1” dated more than a day ahead of this computer’s time, so nothing was taken from it.</source>
        <translation>The workspace holds a change of “%1” dated more than a day ahead of this computer’s time, so nothing was taken from it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace holds changes of another partnership under this one’s name, so nothing was taken from it.</source>
        <translation>The workspace holds changes of another partnership under this one’s name, so nothing was taken from it.</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+18"/>
        <location line="+159"/>
        <location line="+8"/>
        <location line="+152"/>
        <source>Your project could not be read: %1</source>
        <translation>Your project could not be read: %1</translation>
    </message>
    <message>
        <source>The file “%1” holds an invalid change of “%2”, so it was not merged. %3</source>
        <translation type="vanished">The file “%1” holds an invalid change of “%2”, so it was not merged. %3</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+58"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The file “%1” holds changes dated %2, in the future: check the date of the computer it comes from. It was not merged.</source>
        <translation type="vanished">The file “%1” holds changes dated %2, in the future: check the date of the computer it comes from. It was not merged.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The file “%1” holds an invalid change of “%2”, so it was not merged: %3</source>
        <translation>The file “%1” holds an invalid change of “%2”, so it was not merged: %3</translation>
    </message>
    <message>
        <source>“%1” holds %2 change(s) made in your name on this computer that your project does not have. A partner’s copy cannot hold such changes: it was altered, or it comes from a version of your project that was never saved. It was not merged.</source>
        <translation type="vanished">“%1” holds %2 change(s) made in your name on this computer that your project does not have. A partner’s copy cannot hold such changes: it was altered, or it comes from a version of your project that was never saved. It was not merged.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>“%1” holds %n change(s) made in your name on this computer that your project does not have. A partner’s copy cannot hold such changes: it was altered, or it comes from a version of your project that was never saved. It was not merged.</source>
        <translation>
            <numerusform>“%1” holds %n change made in your name on this computer that your project does not have. A partner’s copy cannot hold such changes: it was altered, or it comes from a version of your project that was never saved. It was not merged.</numerusform>
            <numerusform>“%1” holds %n changes made in your name on this computer that your project does not have. A partner’s copy cannot hold such changes: it was altered, or it comes from a version of your project that was never saved. It was not merged.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="vanished">deleted</translation>
    </message>
    <message>
        <source>present</source>
        <translation type="vanished">present</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="vanished">(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">no</translation>
    </message>
    <message>
        <source>image of %1 KiB</source>
        <translation type="vanished">image of %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/sync/partnercopy.cpp" line="-7"/>
        <source>There is no such partner in this partnership.</source>
        <translation>There is no such partner in this partnership.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is marked private: it cannot receive a copy.</source>
        <translation>“%1” is marked private: it cannot receive a copy.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>The copy could not be made: %1</source>
        <translation>The copy could not be made: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/screening.cpp" line="+49"/>
        <source>private in your project</source>
        <translation>private in your project</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>marked private in their copy</source>
        <translation>marked private in their copy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>belongs to a private item</source>
        <translation>belongs to a private item</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a second partnership</source>
        <translation>a second partnership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would delete the partnership</source>
        <translation>would delete the partnership</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would change who is private</source>
        <translation>would change who is private</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refers to a private item</source>
        <translation>refers to a private item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>would change the lead partner</source>
        <translation>would change the lead partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would delete the lead partner</source>
        <translation>would delete the lead partner</translation>
    </message>
    <message>
        <location filename="../core/sync/mergereview.cpp" line="+56"/>
        <location line="+14"/>
        <source>Unknown author</source>
        <translation>Unknown author</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1. %2</source>
        <comment>a step&apos;s number and name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the steps</source>
        <translation>Outside the steps</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <comment>an author and their organisation</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>(new item)</source>
        <translation>(new item)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>“%1” is merged: no field of yours changed.</source>
        <translation>“%1” is merged: no field of yours changed.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” is merged: %n change(s) applied.</source>
        <translation>
            <numerusform>“%1” is merged: %n change applied.</numerusform>
            <numerusform>“%1” is merged: %n changes applied.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1.</source>
        <comment>who made the changes</comment>
        <translation>From: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n change(s)</source>
        <comment>a step and its changes</comment>
        <translation>
            <numerusform>%1: %n change</numerusform>
            <numerusform>%1: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) settled with your value.</source>
        <translation>
            <numerusform>%n conflict settled with your value.</numerusform>
            <numerusform>%n conflicts settled with your value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) settled with your partner’s value.</source>
        <translation>
            <numerusform>%n conflict settled with your partner’s value.</numerusform>
            <numerusform>%n conflicts settled with your partner’s value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) deleted.</source>
        <translation>
            <numerusform>%n item deleted.</numerusform>
            <numerusform>%n items deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changes to %n item(s) were left out.</source>
        <translation>
            <numerusform>Changes to %n item were left out.</numerusform>
            <numerusform>Changes to %n items were left out.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &gt; Undo takes the whole merge back.</source>
        <translation>Edit &gt; Undo takes the whole merge back.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Merged “%1”: %n change(s) applied.</source>
        <translation>
            <numerusform>Merged “%1”: %n change applied.</numerusform>
            <numerusform>Merged “%1”: %n changes applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Merged “%1”: %n change(s) applied, %2.</source>
        <translation>
            <numerusform>Merged “%1”: %n change applied, %2.</numerusform>
            <numerusform>Merged “%1”: %n changes applied, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s) settled</source>
        <translation>
            <numerusform>%n conflict settled</numerusform>
            <numerusform>%n conflicts settled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) came in from “%1”.</source>
        <translation>
            <numerusform>%n change came in from “%1”.</numerusform>
            <numerusform>%n changes came in from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) came in from “%1”.</source>
        <translation>
            <numerusform>%n conflict came in from “%1”.</numerusform>
            <numerusform>%n conflicts came in from “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 came in from “%3”.</source>
        <comment>2 changes and 1 conflict</comment>
        <translation>%1 and %2 came in from “%3”.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>measurementedits</name>
    <message>
        <location filename="../core/edits/measurementedits.cpp" line="+26"/>
        <source>This indicator is not in the project.</source>
        <translation>This indicator is not in the project.</translation>
    </message>
</context>
</TS>
