<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AnswersActions</name>
    <message>
        <location filename="../ui/answersactions.cpp" line="+78"/>
        <source>Import answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire workbooks (*.xlsx)</source>
        <translation>Classeurs de questionnaire (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No answers can be imported</source>
        <translation>Aucune réponse ne peut être importée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No answer changed: the project already holds them.</source>
        <translation>Aucune réponse n’a changé&#xa0;: le projet les contient déjà.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answers were not imported</source>
        <translation>Les réponses n’ont pas été importées</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n answer(s) imported.</source>
        <translation>
            <numerusform>%n réponse importée.</numerusform>
            <numerusform>%n réponses importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswersImport</name>
    <message>
        <location filename="../core/questionnaire/answersimport.cpp" line="+52"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In words</source>
        <translation>En mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The answer to “%1” was ignored: %2.</source>
        <extracomment>%1 the question, %2 why its answer is not used</extracomment>
        <translation>La réponse à «&#xa0;%1&#xa0;» a été ignorée&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The weights were not imported: each must be a whole number from 0 to 100.</source>
        <translation>Les poids n’ont pas été importés&#xa0;: chacun doit être un nombre entier de 0 à 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights were not imported: all four must be given.</source>
        <translation>Les poids n’ont pas été importés&#xa0;: il faut les quatre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights were not imported: they add up to %1, not 100.</source>
        <translation>Les poids n’ont pas été importés&#xa0;: leur somme fait %1, et non 100.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review “%1”</source>
        <extracomment>%1 the review&apos;s title</extracomment>
        <translation>Revue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A question of the workbook is no longer asked in this project; its answer was ignored.</source>
        <translation>Une question du classeur n’est plus posée dans ce projet&#xa0;; sa réponse a été ignorée.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The comment on “%1” was ignored: it has no score.</source>
        <translation>Le commentaire sur «&#xa0;%1&#xa0;» a été ignoré&#xa0;: il n’a pas de niveau.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” was not imported: %2</source>
        <extracomment>%1 the workbook&apos;s file name, %2 why it is refused</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs</source>
        <translation>Différente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is not a questionnaire prepared by Alliance Pilot.</source>
        <translation>ce n’est pas un questionnaire préparé par Alliance Pilot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was not imported. %2</source>
        <extracomment>%1 the workbook&apos;s file name, %2 why its binding is refused (a sentence)</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was prepared for another partnership.</source>
        <translation>il a été préparé pour un autre partenariat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its review is not in this project.</source>
        <translation>sa revue n’existe pas dans ce projet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its anonymous answers name no known kind of organisation.</source>
        <translation>ses réponses anonymes ne désignent aucun type d’organisation connu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its organisation is not in this project.</source>
        <translation>son organisation n’existe pas dans ce projet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its sheet of answers is missing.</source>
        <translation>sa feuille de réponses manque.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” answers the same questionnaire and counts instead.</source>
        <translation>«&#xa0;%1&#xa0;» répond au même questionnaire et compte à sa place.</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Import answers from %n workbook(s)</source>
        <translation>
            <numerusform>Importer les réponses de %n classeur</numerusform>
            <numerusform>Importer les réponses de %n classeurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="+38"/>
        <source>--help takes no argument.</source>
        <translation>--help ne prend aucun argument.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>new --example OUT [--scale large]</source>
        <translation>new --example SORTIE [--scale large]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an example partnership to the new file OUT.</source>
        <translation>Écrit un partenariat d’exemple dans le nouveau fichier SORTIE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new --from IN.json OUT</source>
        <translation>new --from ENTRÉE.json SORTIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the new project file OUT from the interchange file IN.json.</source>
        <translation>Crée le nouveau fichier de projet SORTIE à partir du fichier d’échange ENTRÉE.json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/verbvalidate.cpp" line="+15"/>
        <source>validate FILE</source>
        <translation>validate FICHIER</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/verbvalidate.cpp" line="+1"/>
        <source>Check that FILE is a sound project file, without changing it.</source>
        <translation>Vérifie que FICHIER est un fichier de projet valide, sans le modifier.</translation>
    </message>
    <message>
        <source>info FILE</source>
        <translation type="vanished">info FICHIER</translation>
    </message>
    <message>
        <source>Print the title, partners, current step and last review of FILE.</source>
        <translation type="vanished">Afficher le titre, les partenaires, l’étape en cours et la dernière revue de FICHIER.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/verbinfo.cpp" line="+339"/>
        <source>info FILE [--history]</source>
        <translation>info FICHIER [--history]</translation>
    </message>
    <message>
        <source>Print the title, partners, current step and last review of FILE; with --history, every item&apos;s changes.</source>
        <translation type="vanished">Affiche le titre, les partenaires, l’étape en cours et la dernière revue de FICHIER&#xa0;; avec --history, les modifications de chaque élément.</translation>
    </message>
    <message>
        <source>Print the title, partners, current step, last review and indicators of FILE; with --history, every item&apos;s changes.</source>
        <translation type="vanished">Affiche le titre, les partenaires, l’étape en cours, la dernière revue et les indicateurs de FICHIER&#xa0;; avec --history, les modifications de chaque élément.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the title, partners, current step, last review, indicators and committees of FILE; with --history, every item&apos;s changes.</source>
        <translation>Affiche le titre, les partenaires, l’étape en cours, la dernière revue, les indicateurs et les comités de FICHIER&#xa0;; avec --history, les modifications de chaque élément.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/cli/verbshare.cpp" line="+41"/>
        <source>share FILE --partner NAME -o OUT</source>
        <translation>share FICHIER --partner NOM -o SORTIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to OUT a copy of FILE for one partner, without private items (the share is recorded in OUT).</source>
        <translation>Écrit dans SORTIE une copie de FICHIER pour un partenaire, sans les éléments privés (le partage est noté dans SORTIE).</translation>
    </message>
    <message>
        <source>export FILE --format json -o OUT.json [--private]</source>
        <translation type="vanished">export FICHIER --format json -o SORTIE.json [--private]</translation>
    </message>
    <message>
        <source>Write the partnership of FILE to OUT.json in the interchange format, without private items unless --private.</source>
        <translation type="vanished">Écrit le partenariat de FICHIER dans SORTIE.json au format d’échange, sans les éléments privés sauf avec --private.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/cli/verbquestionnaire.cpp" line="+117"/>
        <source>questionnaire FILE --kind review|maturity|weights|needs (--partner NAME -o OUT.xlsx | --all-partners DIR) [--review TITLE] [--lang fr|en] [--anonymous]</source>
        <translation>questionnaire FICHIER --kind review|maturity|weights|needs (--partner NOM -o SORTIE.xlsx | --all-partners DOSSIER) [--review TITRE] [--lang fr|en] [--anonymous]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the questionnaire workbook a partner fills in without the app, for one partner or for each.</source>
        <translation>Écrire le classeur-questionnaire qu’un partenaire remplit sans l’application, pour un partenaire ou pour chacun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/cli/verbmerge.cpp" line="+47"/>
        <source>merge MINE THEIRS -o OUT</source>
        <translation>merge MON_FICHIER LEUR_COPIE -o SORTIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge a partner&apos;s copy THEIRS into MINE and write the result to OUT.</source>
        <translation>Fusionne la copie LEUR_COPIE d’un partenaire dans MON_FICHIER et écrit le résultat dans SORTIE.</translation>
    </message>
    <message>
        <source>portfolio FOLDER [--format text|csv|xlsx] [-o OUT]</source>
        <translation type="vanished">portfolio DOSSIER [--format text|csv|xlsx] [-o SORTIE]</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/verbportfolio.cpp" line="+120"/>
        <source>portfolio FOLDER [--format text|csv|xlsx|pdf] [-o OUT] [--lang fr|en]</source>
        <translation>portfolio DOSSIER [--format text|csv|xlsx|pdf] [-o SORTIE] [--lang fr|en]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the partnerships of the project files of FOLDER with their figures.</source>
        <translation>Lister les partenariats des fichiers de projet de DOSSIER avec leurs chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/verbimportanswers.cpp" line="+72"/>
        <source>import-answers FILE ANSWERS.xlsx... -o OUT</source>
        <translation>import-answers FICHIER RÉPONSES.xlsx... -o SORTIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the answers of questionnaire workbooks into FILE and write the result to OUT.</source>
        <translation>Importer dans FICHIER les réponses de classeurs de questionnaire et écrire le résultat dans SORTIE.</translation>
    </message>
    <message>
        <source>workspace init|publish|list|sync …</source>
        <translation type="vanished">workspace init|publish|list|sync …</translation>
    </message>
    <message>
        <source>Share partnerships with a team of managers in a PostgreSQL workspace: make one, publish a partnership, list yours, sync a file.</source>
        <translation type="vanished">Partager des partenariats entre responsables dans un espace de travail PostgreSQL&#xa0;: le créer, y publier un partenariat, lister les vôtres, synchroniser un fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--version</source>
        <translation>--version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--help</source>
        <translation>--help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Usage: alliance-pilot [FILE]
       alliance-pilot COMMAND [ARGUMENTS]

Without a command, opens the window (and FILE in it).

Commands:
</source>
        <translation>Utilisation&#xa0;: alliance-pilot [FICHIER]
              alliance-pilot COMMANDE [ARGUMENTS]

Sans commande, ouvre la fenêtre (et y ouvre FICHIER).

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../ui/report/reportverb.cpp" line="+48"/>
        <source>report FILE -o OUT.pdf [--lang fr|en] [--preset full|committee] [--sections LIST] [--paper a4|letter]</source>
        <translation>report FICHIER -o SORTIE.pdf [--lang fr|en] [--preset full|committee] [--sections LISTE] [--paper a4|letter]</translation>
    </message>
    <message>
        <source>report FILE -o OUT.pdf [--lang fr|en] [--sections LIST] [--paper a4|letter]</source>
        <translation type="vanished">report FICHIER -o SORTIE.pdf [--lang fr|en] [--sections LISTE] [--paper a4|letter]</translation>
    </message>
    <message>
        <location line="-127"/>
        <location filename="../core/cli/verbexport.cpp" line="+81"/>
        <source>export FILE --format json|xlsx|csv|ics -o OUT [--private] [--lang fr|en]</source>
        <translation>export FICHIER --format json|xlsx|csv|ics -o SORTIE [--private] [--lang fr|en]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the partnership of FILE to OUT: interchange file, workbook, folder of CSV files or calendar, without private items unless --private.</source>
        <translation>Écrit le partenariat de FICHIER dans SORTIE&#xa0;: fichier d’échange, classeur, dossier de fichiers CSV ou agenda, sans les éléments privés sauf avec --private.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbworkspace.cpp" line="+32"/>
        <source>workspace init URL</source>
        <translation>workspace init URL</translation>
    </message>
    <message>
        <source>Make the empty PostgreSQL database URL a shared workspace for a team of managers.</source>
        <translation type="vanished">Faire de la base PostgreSQL vide URL un espace de travail partagé par une équipe de responsables.</translation>
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
        <translation>Partager des partenariats entre responsables dans un espace de travail PostgreSQL&#xa0;: le créer, y publier un partenariat, lister les vôtres, synchroniser un fichier, obtenir le fichier d’un partenariat qui vous manque.</translation>
    </message>
    <message>
        <location line="+102"/>
        <location filename="../ui/report/reportverb.cpp" line="+3"/>
        <source>Write the evaluation report of FILE as a PDF file.</source>
        <translation>Écrit le rapport d’évaluation de FICHIER dans un fichier PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report FILE -o OUT.pdf --preset minutes --meeting DATE|TITLE</source>
        <translation>report FICHIER -o SORTIE.pdf --preset minutes --meeting DATE|TITRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/minutesverb.cpp" line="+51"/>
        <source>Write the minutes of one meeting of FILE as a PDF file.</source>
        <translation>Écrit le compte rendu d’une réunion de FICHIER dans un fichier PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screenshots FOLDER</source>
        <translation>screenshots DOSSIER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the start page and every step page of the example, in French and English, as PNG files in FOLDER.</source>
        <translation>Dessine la page d’accueil et chaque page d’étape de l’exemple, en français et en anglais, en fichiers PNG dans DOSSIER.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 done, 1 the input was refused (the reason is printed), 2 wrong command line.</source>
        <translation>Codes de sortie&#xa0;: 0 terminé, 1 entrée refusée (la raison est affichée), 2 ligne de commande incorrecte.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did you mean “%1”?</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “alliance-pilot --help” for the list of commands.</source>
        <translation>Lancez «&#xa0;alliance-pilot --help&#xa0;» pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbinfo.cpp" line="-280"/>
        <source>Partners:</source>
        <translation>Partenaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Current step: %1. %2 (%3)</source>
        <translation>Étape en cours&#xa0;: %1. %2 (%3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Model: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not named yet</source>
        <translation>pas encore nommé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last review: none yet</source>
        <translation>Dernière revue&#xa0;: aucune pour l’instant</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+70"/>
        <location line="+122"/>
        <source>undated</source>
        <translation>non datée</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Last review: %1 (%2), %3</source>
        <translation>Dernière revue&#xa0;: %1 (%2), %3</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="vanished">%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 not scored</source>
        <translation type="vanished">%1&#xa0;: sans note</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Maturity and next tools:</source>
        <translation>Maturité et prochains outils&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/cli/verbportfolio.cpp" line="-70"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no self-diagnostic answered yet</source>
        <translation>aucun autodiagnostic rempli pour l’instant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indicators: none yet</source>
        <translation>Indicateurs&#xa0;: aucun pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicators on %1: %2 on track, %3 at risk, %4 off track, %5 without data</source>
        <translation>Indicateurs au %1&#xa0;: %2 en bonne voie, %3 à risque, %4 hors trajectoire, %5 sans donnée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off track</source>
        <translation>hors trajectoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+74"/>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>%1, suggested from what was entered</source>
        <translation>%1, suggéré d’après ce qui a été saisi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%1 %2% (%n partner(s) answered)</source>
        <translation>
            <numerusform>%1 %2&#xa0;% (%n partenaire a répondu)</numerusform>
            <numerusform>%1 %2&#xa0;% (%n partenaires ont répondu)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not rated</source>
        <translation>%1 sans note</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicators at the review, beside the ratings: %1% of the way to their targets (%2 of %3 with data)</source>
        <translation>Indicateurs à la date de la revue, à côté des notes&#xa0;: %1&#xa0;% du chemin vers leurs cibles (%2 mesurés sur %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicators at the review: no measurement yet</source>
        <translation>Indicateurs à la date de la revue&#xa0;: aucune mesure encore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impacts: %1</source>
        <translation>Impacts&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %2 (%n partner(s) answered)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 (%n partenaire a répondu)</numerusform>
            <numerusform>%1&#xa0;: %2 (%n partenaires ont répondu)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>target %1 by %2</source>
        <translation>cible %1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no measurement yet</source>
        <translation>aucune mesure pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 achieved, %2 expected by %3</source>
        <translation>%1 atteint, %2 attendu au %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 achieved</source>
        <translation>%1 atteint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (%3): %4</source>
        <translation>%1&#xa0;: %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committees: none yet</source>
        <translation>Comités&#xa0;: aucun pour l’instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last steering committee: %1</source>
        <translation>Dernier comité de pilotage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next meeting: %1</source>
        <translation>Prochaine réunion&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Open decisions: %n</source>
        <translation>
            <numerusform>Décision ouverte&#xa0;: %n</numerusform>
            <numerusform>Décisions ouvertes&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change recorded</source>
        <translation>aucune modification enregistrée</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Print the title, partners, current step, model, last review, indicators, maturity and committees of FILE.</source>
        <translation>Affiche le titre, les partenaires, l’étape en cours, le modèle, la dernière revue, les indicateurs, la maturité et les comités de FICHIER.</translation>
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
        <translation>%1  %2  %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (through the copy for %1)</source>
        <translation>  (par la copie faite pour %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also print every item&apos;s changes: when, who, which field, the new value.</source>
        <translation>Affiche aussi les modifications de chaque élément&#xa0;: quand, qui, quel champ, la nouvelle valeur.</translation>
    </message>
    <message>
        <source>Print the title, partners, current step, model, last review, indicators and maturity of FILE.</source>
        <translation type="vanished">Affiche le titre, les partenaires, l’étape en cours, le modèle, la dernière revue, les indicateurs et la maturité de FICHIER.</translation>
    </message>
    <message>
        <source>Print the title, partners, current step, last review and indicators of FILE.</source>
        <translation type="vanished">Afficher le titre, les partenaires, l’étape en cours, la dernière revue et les indicateurs de FICHIER.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title: %1</source>
        <translation>Titre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File format: %1</source>
        <translation>Format de fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/verbnew.cpp" line="+34"/>
        <source>Fill the project with the example partnership.</source>
        <translation>Remplit le projet avec le partenariat d’exemple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>normal (the default), or large: a big project for measurements.</source>
        <translation>normal (par défaut) ou large&#xa0;: un projet volumineux, pour les mesures de performances.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build the project from the interchange file IN.json (made by export).</source>
        <translation>Crée le projet à partir du fichier d’échange ENTRÉE.json (écrit par export).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IN.json</source>
        <translation>ENTRÉE.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new --example OUT [--scale large] | new --from IN.json OUT</source>
        <translation>new --example SORTIE [--scale large] | new --from ENTRÉE.json SORTIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an example partnership, or the partnership of the interchange file IN.json, to the new file OUT.</source>
        <translation>Écrit un partenariat d’exemple, ou le partenariat du fichier d’échange ENTRÉE.json, dans le nouveau fichier SORTIE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what the project is made from: --example or --from IN.json (one of them).</source>
        <translation>Indiquez à partir de quoi créer le projet&#xa0;: --example ou --from ENTRÉE.json (l’un des deux).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--scale goes with --example only.</source>
        <translation>--scale ne s’emploie qu’avec --example.</translation>
    </message>
    <message>
        <source>Only example projects can be made from the command line: add --example.</source>
        <translation type="vanished">Seuls des projets d’exemple peuvent être créés en ligne de commande&#xa0;: ajoutez --example.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown size “%1”: use normal or large.</source>
        <translation>Taille «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez normal ou large.</translation>
    </message>
    <message>
        <source>no step</source>
        <translation type="vanished">aucune étape</translation>
    </message>
    <message>
        <location filename="../core/cli/verbmerge.cpp" line="-22"/>
        <source>outside the steps</source>
        <translation>hors des étapes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” (%2, %3)</source>
        <translation>«&#xa0;%1&#xa0;» (%2, %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The merged project to write (a new file).</source>
        <translation>Le projet fusionné à écrire (un nouveau fichier).</translation>
    </message>
    <message>
        <source>The format to write: json.</source>
        <translation type="vanished">Le format à écrire&#xa0;: json.</translation>
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
        <translation type="vanished">text (par défaut, vers le terminal), csv ou xlsx (vers SORTIE).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>text (the default, to the terminal), csv, xlsx or pdf (the report for a board, to OUT).</source>
        <translation>text (par défaut, dans le terminal), csv, xlsx ou pdf (le rapport pour une instance de gouvernance, dans SORTIE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file to write (a new file).</source>
        <translation>Le fichier à écrire (un nouveau fichier).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the PDF report: fr or en (default fr).</source>
        <translation>Langue du rapport PDF&#xa0;: fr ou en (fr par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the partnerships of this model (its id, or “none” for a model not named yet).</source>
        <translation>Seulement les partenariats de ce modèle (son identifiant, ou «&#xa0;none&#xa0;» pour un modèle pas encore nommé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the partnerships at this step (1 to 7).</source>
        <translation>Seulement les partenariats arrivés à cette étape (1 à 7).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the partnerships with a partner in this region or département.</source>
        <translation>Seulement les partenariats dont un partenaire est dans cette région ou ce département.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the partnerships of this status: %1.</source>
        <translation>Seulement les partenariats de ce statut&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort by this column: %1.</source>
        <translation>Trier selon cette colonne&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort in descending order.</source>
        <translation>Trier par ordre décroissant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the partnerships of the project files of FOLDER with their figures: lead, model, current step, indicators, last review, late actions, next milestone and committee. Every file is checked first; a refused file is listed with its reason. The PDF is a report for a board: the table, the consolidated charts and the refused files.</source>
        <translation>Liste les partenariats des fichiers projet de DOSSIER avec leurs chiffres&#xa0;: chef de file, modèle, étape en cours, indicateurs, dernière revue, actions en retard, prochain jalon et prochain comité. Chaque fichier est d’abord vérifié&#xa0;; un fichier refusé est listé avec sa raison. Le PDF est un rapport pour une instance de gouvernance&#xa0;: le tableau, les graphiques consolidés et les fichiers refusés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown format “%1”: use text, csv, xlsx or pdf.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez text, csv, xlsx ou pdf.</translation>
    </message>
    <message>
        <source>List the partnerships of the project files of FOLDER with their figures: lead, model, current step, indicators, last review, late actions, next milestone and committee. Every file is checked first; a refused file is listed with its reason.</source>
        <translation type="vanished">Lister les partenariats des fichiers de projet de DOSSIER avec leurs chiffres&#xa0;: chef de file, modèle, étape en cours, indicateurs, dernière revue, actions en retard, prochains jalon et comité. Chaque fichier est d’abord vérifié&#xa0;; un fichier refusé est listé avec la raison du refus.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text, csv or xlsx.</source>
        <translation type="vanished">Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez text, csv ou xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say where to write the %1 file (-o).</source>
        <translation>Indiquez où écrire le fichier&#xa0;%1 (-o).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lang is for the PDF report (--format pdf).</source>
        <translation>--lang ne vaut que pour le rapport PDF (--format pdf).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This program cannot write PDF files: run alliance-pilot.</source>
        <translation>Ce programme ne sait pas écrire de fichier PDF&#xa0;: lancez alliance-pilot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown status “%1”.</source>
        <translation>Statut «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown step “%1”: give 1 to 7.</source>
        <translation>Étape «&#xa0;%1&#xa0;» inconnue&#xa0;: donnez un nombre de 1 à 7.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown column “%1”.</source>
        <translation>Colonne «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n partnership(s) listed</source>
        <translation>
            <numerusform>%n partenariat listé</numerusform>
            <numerusform>%n partenariats listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n refused</source>
        <translation>
            <numerusform>, dont&#xa0;%n refusé</numerusform>
            <numerusform>, dont&#xa0;%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Wrote %1 (%n page(s)): %2</source>
        <translation>
            <numerusform>%1 écrit (%n page)&#xa0;: %2</numerusform>
            <numerusform>%1 écrit (%n pages)&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote %1: %2</source>
        <translation>%1 écrit&#xa0;:&#xa0;%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/verbexport.cpp" line="-27"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
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
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1: %2, private items included.</source>
        <translation>%1 écrit&#xa0;: %2, éléments privés compris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1: %2, without private items.</source>
        <translation>%1 écrit&#xa0;: %2, sans les éléments privés.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n text(s) longer than a spreadsheet cell holds (%1 characters) were cut.</source>
        <translation>
            <numerusform>%n texte plus long que ce que contient une cellule de tableur (%1 caractères) a été coupé.</numerusform>
            <numerusform>%n textes plus longs que ce que contient une cellule de tableur (%1 caractères) ont été coupés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The format to write: json (interchange), xlsx (workbook), csv (a folder of tables) or ics (calendar).</source>
        <translation>Le format à écrire&#xa0;: json (échange), xlsx (classeur), csv (un dossier de tables) ou ics (agenda).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to write (a new file; for csv, a new folder).</source>
        <translation>Le fichier à écrire (un nouveau fichier&#xa0;; pour csv, un nouveau dossier).</translation>
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
        <translation>SORTIE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include the items marked private (left out by default).</source>
        <translation>Inclut les éléments marqués privés (écartés par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of headers and values for xlsx, csv and ics: fr or en (default: the application&apos;s).</source>
        <translation>Langue des en-têtes et des valeurs pour xlsx, csv et ics&#xa0;: fr ou en (par défaut&#xa0;: celle de l’application).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the whole partnership of FILE to OUT: in the interchange format (json), as a workbook with one sheet per table (xlsx), as a folder of CSV files (csv) or as a calendar of its dates (ics); without private items unless --private. FILE is not changed.</source>
        <translation>Écrit tout le partenariat de FICHIER dans SORTIE&#xa0;: au format d’échange (json), en classeur avec une feuille par table (xlsx), en dossier de fichiers CSV (csv) ou en agenda de ses dates (ics)&#xa0;; sans les éléments privés sauf avec --private. FICHIER n’est pas modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the format (--format json, xlsx, csv or ics) and where to write (-o).</source>
        <translation>Indiquez le format (--format json, xlsx, csv ou ics) et où écrire (-o).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format “%1”: use json, xlsx, csv or ics.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez json, xlsx, csv ou ics.</translation>
    </message>
    <message>
        <source>Write the whole partnership of FILE to OUT.json in the interchange format, without private items unless --private; FILE is not changed.</source>
        <translation type="vanished">Écrit tout le partenariat de FICHIER dans SORTIE.json au format d’échange, sans les éléments privés sauf avec --private&#xa0;; FICHIER n’est pas modifié.</translation>
    </message>
    <message>
        <source>Give the format (--format json) and the file to write (-o).</source>
        <translation type="vanished">Indiquez le format (--format json) et le fichier à écrire (-o).</translation>
    </message>
    <message>
        <source>Unknown format “%1”: this version writes json.</source>
        <translation type="vanished">Format «&#xa0;%1&#xa0;» inconnu&#xa0;: cette version écrit le format json.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Wrote %1: the partnership “%2”, %n item(s), private items included.</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: le partenariat «&#xa0;%2&#xa0;», %n élément, éléments privés compris.</numerusform>
            <numerusform>%1 écrit&#xa0;: le partenariat «&#xa0;%2&#xa0;», %n éléments, éléments privés compris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %1: the partnership “%2”, %n item(s), without private items.</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: le partenariat «&#xa0;%2&#xa0;», %n élément, sans les éléments privés.</numerusform>
            <numerusform>%1 écrit&#xa0;: le partenariat «&#xa0;%2&#xa0;», %n éléments, sans les éléments privés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/verbmerge.cpp" line="+3"/>
        <source>Merge the partner&apos;s copy THEIRS into MINE, keeping each field&apos;s latest change, list the conflicts, and write the result to OUT.</source>
        <translation>Fusionne la copie LEUR_COPIE du partenaire dans MON_FICHIER en gardant la dernière modification de chaque champ, liste les conflits et écrit le résultat dans SORTIE.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbimportanswers.cpp" line="-44"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1”: %2, %3</source>
        <extracomment>%1 the workbook&apos;s file name, %2 the questionnaire, %3 the respondent organisation</extracomment>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Anonymous answers: summed up by kind of organisation below.</source>
        <translation>  Réponses anonymes&#xa0;: résumées par type d’organisation ci-dessous.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>  %1, %2: %3 → %4 (%5)</source>
        <extracomment>%1 the question, %2 the part (Rating...), %3 the project&apos;s value, %4 the workbook&apos;s, %5 new/differs</extracomment>
        <translation>  %1, %2&#xa0;: %3 → %4 (%5)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  %n answer(s) change</source>
        <translation>
            <numerusform>  %n réponse change</numerusform>
            <numerusform>  %n réponses changent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n already in the project.</source>
        <translation>
            <numerusform>, %n déjà dans le projet.</numerusform>
            <numerusform>, %n déjà dans le projet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project with the answers to write (a new file).</source>
        <translation>Le projet avec les réponses, à écrire (un nouveau fichier).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the answers of the questionnaire workbooks ANSWERS.xlsx into FILE, each in its respondent organisation&apos;s name, show what changes, and write the result to OUT when something changes. A refused workbook does not stop the others, but the exit code is then 1.</source>
        <translation>Importer dans FICHIER les réponses des classeurs de questionnaire REPONSES.xlsx, chacune au nom de l’organisation qui a répondu, montrer ce qui change et écrire le résultat dans SORTIE si quelque chose change. Un classeur refusé n’arrête pas les autres, mais le code de sortie vaut alors 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/cli/verbmerge.cpp" line="+9"/>
        <location filename="../core/cli/verbworkspace.cpp" line="+56"/>
        <source>Give the file to write (-o OUT).</source>
        <translation>Indiquez le fichier à écrire (-o SORTIE).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anonymous answers by kind of organisation:</source>
        <translation>Réponses anonymes par type d’organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer changes in %1: %2 was not written.</source>
        <translation>Aucune réponse ne change dans %1&#xa0;: %2 n’a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote %1 with %n changed answer(s); %2 was not changed.</source>
        <translation>
            <numerusform>%1 écrit avec %n réponse changée&#xa0;; %2 n’a pas été modifié.</numerusform>
            <numerusform>%1 écrit avec %n réponses changées&#xa0;; %2 n’a pas été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n workbook(s) refused: see above.</source>
        <translation>
            <numerusform>%n classeur refusé&#xa0;: voir ci-dessus.</numerusform>
            <numerusform>%n classeurs refusés&#xa0;: voir ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>OUT must be a new file, not MINE or THEIRS.</source>
        <translation type="vanished">SORTIE doit être un nouveau fichier, ni MON_FICHIER ni LEUR_COPIE.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbexport.cpp" line="-26"/>
        <location filename="../core/cli/verbnew.cpp" line="+2"/>
        <location filename="../core/cli/verbparser.cpp" line="+84"/>
        <location filename="../core/cli/verbquestionnaire.cpp" line="+62"/>
        <source>“%1” already exists and was left as it is. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà et n’a pas été modifié. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 change(s) came in from %2, %3 conflict(s).</source>
        <translation type="vanished">%1 modification(s) reçue(s) de %2, %3 conflit(s).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/verbmerge.cpp" line="+25"/>
        <source>%n change(s) came in from %1, %2.</source>
        <extracomment>%1 is the file&apos;s name, %2 the conflicts&apos; count (&quot;2 conflicts&quot;)</extracomment>
        <translation>
            <numerusform>%n modification reçue de %1, %2.</numerusform>
            <numerusform>%n modifications reçues de %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is the copy made for %1: the changes of others came in through it.</source>
        <translation>C’est la copie faite pour %1&#xa0;: les modifications des autres sont arrivées par elle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted by this merge (%1):</source>
        <translation>Supprimé par cette fusion (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 (deleted by %2, %3)</source>
        <translation>  %1 (supprimé par %2, %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Left out (%n item(s)):</source>
        <translation>
            <numerusform>Écarté (%n élément)&#xa0;:</numerusform>
            <numerusform>Écartés (%n éléments)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %1: %2 (%n change(s))</source>
        <translation>
            <numerusform>  %1&#xa0;: %2 (%n modification)</numerusform>
            <numerusform>  %1&#xa0;: %2 (%n modifications)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  %1, %2: %n change(s)</source>
        <translation>
            <numerusform>  %1, %2&#xa0;: %n modification</numerusform>
            <numerusform>  %1, %2&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1, %2: %3 change(s)</source>
        <translation type="vanished">  %1, %2&#xa0;: %3 modification(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts (both sides changed the same field; the latest change was kept):</source>
        <translation>Conflits (les deux côtés ont modifié le même champ&#xa0;; la modification la plus récente a été gardée)&#xa0;:</translation>
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
        <translation>    mien&#xa0;:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>  (kept)</source>
        <translation>  (gardé)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>    theirs: %1</source>
        <translation>    leur&#xa0;:  %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1; %2 and %3 were not changed.</source>
        <translation>%1 écrit&#xa0;; %2 et %3 n’ont pas été modifiés.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbnew.cpp" line="+9"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written: “%1” was not created.</source>
        <translation>Rien n’a été écrit&#xa0;: «&#xa0;%1&#xa0;» n’a pas été créé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The example could not be made: %1</source>
        <translation>L’exemple n’a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created %1 (%2 changes in its journal).</source>
        <translation>%1 créé (%2 modifications consignées dans son journal).</translation>
    </message>
    <message>
        <location filename="../core/cli/verbparser.cpp" line="-65"/>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/cli/verbversion.cpp" line="+18"/>
        <source>Usage: alliance-pilot %1</source>
        <translation>Utilisation&#xa0;: alliance-pilot %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Missing argument.</source>
        <translation>Argument manquant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument «&#xa0;%1&#xa0;» inattendu.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbvalidate.cpp" line="+12"/>
        <source>%1: ok (format %2)</source>
        <translation>%1&#xa0;: OK (format %2)</translation>
    </message>
    <message>
        <location filename="../core/cli/verbversion.cpp" line="-1"/>
        <source>--version takes no argument.</source>
        <translation>--version ne prend aucun argument.</translation>
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
        <translation>Écrit le PDF dans SORTIE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes: the minutes of one meeting.</source>
        <translation>minutes&#xa0;: le compte rendu d’une réunion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting: its date (2026-10-20) or its title.</source>
        <translation>La réunion&#xa0;: sa date (2026-10-20) ou son titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/report/reportverb.cpp" line="+2"/>
        <source>Language of the report: fr or en (default fr).</source>
        <translation>Langue du rapport&#xa0;: fr ou en (fr par défaut).</translation>
    </message>
    <message>
        <source>Sections to include, separated by commas, among: %1 (default all).</source>
        <translation type="vanished">Sections à inclure, séparées par des virgules, parmi&#xa0;: %1 (toutes par défaut).</translation>
    </message>
    <message>
        <location filename="../ui/report/reportverb.cpp" line="+4"/>
        <source>Sections to include, separated by commas, among: %1 (default: those of the preset).</source>
        <translation>Sections à inclure, séparées par des virgules, parmi&#xa0;: %1 (par défaut&#xa0;: celles du préréglage).</translation>
    </message>
    <message>
        <location filename="../ui/report/minutesverb.cpp" line="+3"/>
        <location filename="../ui/report/reportverb.cpp" line="+5"/>
        <source>Paper: a4 or letter (default a4).</source>
        <translation>Papier&#xa0;: a4 ou letter (a4 par défaut).</translation>
    </message>
    <message>
        <location filename="../ui/report/reportverb.cpp" line="+4"/>
        <source>What the report is for: full (the synthesis, then every section) or committee (the synthesis, then the next meeting&apos;s agenda, open decisions, indicators at risk and the changes since the last committee; a few pages). Default full.</source>
        <translation>À quoi sert le rapport&#xa0;: full (la synthèse, puis toutes les sections) ou committee (la synthèse, puis l’ordre du jour de la prochaine réunion, les décisions ouvertes, les indicateurs à risque et les changements depuis le dernier comité&#xa0;; quelques pages). Par défaut full.</translation>
    </message>
    <message>
        <location filename="../ui/report/minutesverb.cpp" line="+3"/>
        <location filename="../ui/report/reportverb.cpp" line="+7"/>
        <source>Include the items marked private.</source>
        <translation>Inclut les éléments marqués privés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report FILE -o OUT.pdf --preset minutes --meeting DATE|TITLE [--lang fr|en] [--paper a4|letter]</source>
        <translation>report FICHIER -o SORTIE.pdf --preset minutes --meeting DATE|TITRE [--lang fr|en] [--paper a4|letter]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--meeting prints a meeting&apos;s minutes: use it with --preset minutes.</source>
        <translation>--meeting imprime le compte rendu d’une réunion&#xa0;: employez-le avec --preset minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which meeting with --meeting DATE or --meeting TITLE.</source>
        <translation>Indiquez la réunion avec --meeting DATE ou --meeting TITRE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/report/reportverb.cpp" line="+15"/>
        <source>Say where to write the PDF with -o OUT.pdf.</source>
        <translation>Indiquez où écrire le PDF avec -o SORTIE.pdf.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbexport.cpp" line="-9"/>
        <location filename="../core/cli/verbportfolio.cpp" line="+61"/>
        <location filename="../core/cli/verbquestionnaire.cpp" line="-9"/>
        <location filename="../ui/report/minutesverb.cpp" line="+5"/>
        <location filename="../ui/report/reportverb.cpp" line="+4"/>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <location filename="../ui/report/minutesverb.cpp" line="+6"/>
        <location filename="../ui/report/reportverb.cpp" line="+6"/>
        <source>Unknown paper “%1”: use a4 or letter.</source>
        <translation>Papier «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez a4 ou letter.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportverb.cpp" line="+6"/>
        <source>Unknown preset “%1”: use full or committee.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez full ou committee.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown section “%1”. The sections are: %2.</source>
        <translation>Section «&#xa0;%1&#xa0;» inconnue. Les sections sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The report would replace the project file itself: choose another OUT.</source>
        <translation type="vanished">Le rapport remplacerait le fichier du projet lui-même&#xa0;: choisissez une autre SORTIE.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/minutesverb.cpp" line="+20"/>
        <location filename="../ui/report/reportverb.cpp" line="+22"/>
        <source>%1: %n page(s) written</source>
        <translation>
            <numerusform>%1&#xa0;: %n page écrite</numerusform>
            <numerusform>%1&#xa0;: %n pages écrites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/verbquestionnaire.cpp" line="-86"/>
        <source>This partnership has no review yet.</source>
        <translation>Ce partenariat n’a encore aucune revue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the review (--review). The reviews are:</source>
        <translation>Indiquez la revue (--review). Les revues sont&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review is called “%1”. The reviews are:</source>
        <translation>Aucune revue ne s’appelle «&#xa0;%1&#xa0;». Les revues sont&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several reviews are called “%1”. The reviews are:</source>
        <translation>Plusieurs revues s’appellent «&#xa0;%1&#xa0;». Les revues sont&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Wrote %1 for %2: %n question(s)</source>
        <translation>
            <numerusform>%1 écrit pour %2&#xa0;: %n question</numerusform>
            <numerusform>%1 écrit pour %2&#xa0;: %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n answer(s) filled in.</source>
        <translation>
            <numerusform>, %n réponse déjà remplie.</numerusform>
            <numerusform>, %n réponses déjà remplies.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is asked: review, maturity, weights or needs.</source>
        <translation>Ce qui est demandé&#xa0;: review (revue), maturity (maturité), weights (pondération) ou needs (besoins).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/verbshare.cpp" line="-4"/>
        <source>The partner organisation, by name.</source>
        <translation>L’organisation partenaire, par son nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/verbshare.cpp" line="+1"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook to write (a new file).</source>
        <translation>Le classeur à écrire (un nouveau fichier).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write one workbook per partner organisation into the folder DIR.</source>
        <translation>Écrire un classeur par organisation partenaire dans le dossier DOSSIER.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review, by title or id.</source>
        <translation>La revue, par son titre ou son identifiant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the workbook: fr or en (default: the application&apos;s).</source>
        <translation>Langue du classeur&#xa0;: fr ou en (par défaut, celle de l’application).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews only: answers counted per kind of organisation, never under a partner&apos;s name; nothing filled in.</source>
        <translation>Revues seulement&#xa0;: réponses comptées par type d’organisation, jamais au nom d’un partenaire&#xa0;; rien n’est prérempli.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the questionnaire workbook a partner fills in with a spreadsheet program, for one partner or for each. FILE is not changed.</source>
        <translation>Écrire le classeur-questionnaire qu’un partenaire remplit avec un tableur, pour un partenaire ou pour chacun. FICHIER n’est pas modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the kind (--kind review, maturity, weights or needs).</source>
        <translation>Indiquez le type (--kind review, maturity, weights ou needs).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give either a partner and the workbook to write (--partner, -o) or a folder (--all-partners).</source>
        <translation>Indiquez soit un partenaire et le classeur à écrire (--partner, -o), soit un dossier (--all-partners).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a review’s questionnaire can be anonymous.</source>
        <translation>Seul le questionnaire d’une revue peut être anonyme.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbshare.cpp" line="+2"/>
        <source>The copy to write (a new file).</source>
        <translation>La copie à écrire (un nouveau fichier).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to OUT a copy of FILE for the partner NAME, without private items; OUT records the share, FILE is not changed.</source>
        <translation>Écrit dans SORTIE une copie de FICHIER pour le partenaire NOM, sans les éléments privés&#xa0;; SORTIE garde trace du partage, FICHIER n’est pas modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the partner (--partner) and the copy to write (-o).</source>
        <translation>Indiquez le partenaire (--partner) et la copie à écrire (-o).</translation>
    </message>
    <message>
        <location filename="../core/cli/verbquestionnaire.cpp" line="-100"/>
        <location filename="../core/cli/verbshare.cpp" line="+21"/>
        <source>No partner of “%1” is named “%2”. The partners are:</source>
        <translation>Aucun partenaire de «&#xa0;%1&#xa0;» ne s’appelle «&#xa0;%2&#xa0;». Les partenaires sont&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/verbshare.cpp" line="+1"/>
        <source>Several partners of “%1” are named “%2”. The partners are:</source>
        <translation>Plusieurs partenaires de «&#xa0;%1&#xa0;» s’appellent «&#xa0;%2&#xa0;». Les partenaires sont&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/cli/verbshare.cpp" line="+9"/>
        <source>Wrote %1, the copy for %2, without private items. The share is recorded in the copy; %3 was not changed.</source>
        <translation>%1 écrit&#xa0;: la copie pour %2, sans les éléments privés. Le partage est noté dans la copie&#xa0;; %3 n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Make the empty PostgreSQL database URL (postgresql://user@host/database) a shared workspace; the password comes from PGPASSFILE.</source>
        <translation type="vanished">Faire de la base PostgreSQL vide URL (postgresql://utilisateur@hôte/base) un espace de travail partagé&#xa0;; le mot de passe est lu dans PGPASSFILE.</translation>
    </message>
    <message>
        <location filename="../core/cli/verbworkspace.cpp" line="-68"/>
        <source>workspace publish FILE URL</source>
        <translation>workspace publish FICHIER URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace list URL</source>
        <translation>workspace list URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace sync FILE URL</source>
        <translation>workspace sync FICHIER URL</translation>
    </message>
    <message>
        <source>A shared workspace on PostgreSQL, URL written postgresql://user@host/database (the password from PGPASSFILE): init makes an empty database one; publish puts the partnership of FILE in it; list shows the partnerships you are a member of; sync exchanges the changes of FILE with it and saves FILE.</source>
        <translation type="vanished">Un espace de travail partagé sur PostgreSQL, URL écrite postgresql://utilisateur@hôte/base (le mot de passe est lu dans PGPASSFILE)&#xa0;: init en fait une base vide&#xa0;; publish y place le partenariat de FICHIER&#xa0;; list montre les partenariats dont vous êtes membre&#xa0;; sync échange avec lui les modifications de FICHIER et enregistre FICHIER.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="vanished">propriétaire</translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="vanished">éditeur</translation>
    </message>
    <message>
        <source>reader</source>
        <translation type="vanished">lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace members FILE URL</source>
        <translation>workspace members FICHIER URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace member FILE URL MANAGER reader|editor|owner|none</source>
        <translation>workspace member FICHIER URL GESTIONNAIRE reader|editor|owner|none</translation>
    </message>
    <message>
        <source>A shared workspace on PostgreSQL, URL written postgresql://user@host/database (the password from PGPASSFILE): init makes an empty database one; publish puts the partnership of FILE in it; list shows the partnerships you are a member of; sync exchanges the changes of FILE with it and saves FILE; members lists who may read or edit the partnership of FILE; member gives a manager a level in it, or none (owners only).</source>
        <translation type="vanished">Un espace de travail partagé sur PostgreSQL, URL écrite postgresql://utilisateur@hôte/base (le mot de passe est lu dans PGPASSFILE)&#xa0;: init fait d’une base vide un espace de travail&#xa0;; publish y place le partenariat de FICHIER&#xa0;; list montre les partenariats dont vous êtes membre&#xa0;; sync échange avec lui les modifications de FICHIER et enregistre FICHIER&#xa0;; members indique qui peut lire ou modifier le partenariat de FICHIER&#xa0;; member donne à un gestionnaire un niveau dans ce partenariat, ou aucun (propriétaires seulement).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unknown workspace action: %1</source>
        <translation>Action inconnue pour l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Workspace ready: %1</source>
        <translation>Espace de travail prêt&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 (%2, %n change(s))</source>
        <translation>
            <numerusform>%1 (%2, %n modification)</numerusform>
            <numerusform>%1 (%2, %n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are a member of no partnership of this workspace yet.</source>
        <translation>Vous n’êtes encore membre d’aucun partenariat de cet espace de travail.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Published “%1” to %2: you are its owner.</source>
        <translation>«&#xa0;%1&#xa0;» publié dans %2&#xa0;: vous en êtes propriétaire.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Unknown level: %1</source>
        <translation>Niveau inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>workspace pull URL PARTNERSHIP -o OUT</source>
        <translation>workspace pull URL PARTENARIAT -o SORTIE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pull: the project file to write (a new file).</source>
        <translation>pull&#xa0;: le fichier de projet à écrire (un nouveau fichier).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A shared workspace on PostgreSQL, URL written postgresql://user@host/database (the password from PGPASSFILE): init makes an empty database one; publish puts the partnership of FILE in it; list shows the partnerships you are a member of; sync exchanges the changes of FILE with it and saves FILE; members lists who may read or edit the partnership of FILE; member gives a manager a level in it, or none (owners only); pull makes a project file of a partnership you are a member of, named by its id or its title as list shows it.</source>
        <translation>Un espace de travail partagé sur PostgreSQL, URL écrite postgresql://utilisateur@hôte/base (le mot de passe est lu dans PGPASSFILE)&#xa0;: init fait d’une base vide un espace de travail&#xa0;; publish y place le partenariat de FICHIER&#xa0;; list montre les partenariats dont vous êtes membre&#xa0;; sync échange avec lui les modifications de FICHIER et enregistre FICHIER&#xa0;; members indique qui peut lire ou modifier le partenariat de FICHIER&#xa0;; member donne à un gestionnaire un niveau dans ce partenariat, ou aucun (propriétaires seulement)&#xa0;; pull écrit le fichier de projet d’un partenariat dont vous êtes membre, désigné par son identifiant ou par son titre tel que list l’affiche.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Only pull writes a new file (-o OUT).</source>
        <translation>Seul pull écrit un nouveau fichier (-o SORTIE).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Wrote %1: “%2”, of which you are %3 in the workspace.</source>
        <translation>%1 écrit&#xa0;: «&#xa0;%2&#xa0;», dont vous êtes %3 dans l’espace de travail.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is now %2 of “%3”.</source>
        <translation>%1 est désormais %2 de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer a member of “%2”.</source>
        <translation>%1 n’est plus membre de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You read this partnership only: nothing was sent.</source>
        <translation>Vous avez ce partenariat en lecture seule&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) came in</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) settled by the latest change.</source>
        <translation>
            <numerusform>%n conflit réglé par la modification la plus récente.</numerusform>
            <numerusform>%n conflits réglés par la modification la plus récente.</numerusform>
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
            <numerusform>%1 jour</numerusform>
            <numerusform>%1 jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../core/evaluation/dashboard.cpp" line="+59"/>
        <source>No partner</source>
        <translation>Aucun partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown organisation</source>
        <translation>Organisation inconnue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undated review</source>
        <translation>Revue sans date</translation>
    </message>
    <message>
        <source>%</source>
        <comment>after a percentage in a tooltip, e.g. 75%</comment>
        <translation type="vanished">%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Carré magique of the partners</source>
        <translation>Carré magique des partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Weight (%)</source>
        <translation>Poids (%)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Weight each partner&apos;s four objectives in step 2 to compare the partners here.</source>
        <translation>Pondérez les quatre objectifs de chaque partenaire à l’étape 2 pour comparer ici les partenaires.</translation>
    </message>
    <message>
        <source>Barycentre and recommended model</source>
        <translation type="vanished">Barycentre et modèle recommandé</translation>
    </message>
    <message>
        <source>Weight the partners&apos; objectives in step 2 to see their barycentre and the model it recommends.</source>
        <translation type="vanished">Pondérez les objectifs des partenaires à l’étape 2 pour voir leur barycentre et le modèle qu’il recommande.</translation>
    </message>
    <message>
        <source>Barycentre of the partners</source>
        <translation type="vanished">Barycentre des partenaires</translation>
    </message>
    <message>
        <source>Recommended model: %1</source>
        <translation type="vanished">Modèle recommandé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each partner&apos;s reading, and the model named: %1</source>
        <translation type="vanished">La lecture de chaque partenaire, et le modèle nommé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Each partner&apos;s reading of the typology</source>
        <translation>La lecture de la typologie par chaque partenaire</translation>
    </message>
    <message>
        <source>Categories (the objective each serves)</source>
        <translation type="vanished">Catégories (l’objectif que chacune sert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Readings and model: %1</source>
        <translation>Lectures et modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categories (weight of the objective served)</source>
        <translation>Catégories (poids de l’objectif servi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight the partners&apos; objectives in step 2 to see which category each partner&apos;s reading points to.</source>
        <translation>Pondérez les objectifs des partenaires à l’étape 2 pour voir vers quelle catégorie pointe la lecture de chacun.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Progress along the seven steps</source>
        <translation>Avancement dans les sept étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress (%)</source>
        <translation>Avancement (%)</translation>
    </message>
    <message>
        <source>Set a step&apos;s status to &quot;in progress&quot; or &quot;done&quot; at the top of its page to see the progress.</source>
        <translation type="vanished">Passez le statut d’une étape à «&#xa0;en cours&#xa0;» ou «&#xa0;terminé&#xa0;» en haut de sa page pour voir l’avancement.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Indicators: achieved against target</source>
        <translation>Indicateurs&#xa0;: réalisé par rapport à la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the way from baseline to target</source>
        <translation>% du chemin entre situation initiale et cible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add indicators and their measurements in step 6 to see how far each has come.</source>
        <translation>Ajoutez des indicateurs et leurs mesures à l’étape 6 pour voir où en est chacun.</translation>
    </message>
    <message>
        <source>On track (≥ 90%)</source>
        <translation type="vanished">En bonne voie (≥ 90 %)</translation>
    </message>
    <message>
        <source>At risk (50–90%)</source>
        <translation type="vanished">À surveiller (50–90 %)</translation>
    </message>
    <message>
        <source>Off track (&lt; 50%)</source>
        <translation type="vanished">En retard (&lt; 50 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/report/reportchartsource.cpp" line="+29"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/portfolio/portfoliocharts.cpp" line="+231"/>
        <location filename="../ui/report/reportchartsource.cpp" line="+2"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/portfolio/portfoliocharts.cpp" line="-2"/>
        <location filename="../ui/report/reportchartsource.cpp" line="+2"/>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (no data)</source>
        <translation>%1 (sans donnée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected by %1</source>
        <translation>Attendu au %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Trend: %1</source>
        <translation>Tendance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (%1)</source>
        <translation>Valeur (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter measurements of this indicator in step 6 to see its trend.</source>
        <translation>Saisissez des mesures de cet indicateur à l’étape 6 pour voir sa tendance.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expected path (target by %1)</source>
        <translation>Trajectoire attendue (cible au %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>(%n partner(s) answered)</source>
        <comment>after an axis title</comment>
        <translation>
            <numerusform>(%n partenaire a répondu)</numerusform>
            <numerusform>(%n partenaires ont répondu)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1 to %2 partners answered)</source>
        <comment>after an axis title</comment>
        <translation>(%1 à %2 partenaires ont répondu)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Evaluation per angle and review</source>
        <translation>Évaluation par angle et par revue</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="vanished">Revues</translation>
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
        <translation type="vanished">Ajoutez une revue et notez ses critères à l’étape 7 pour voir l’évaluation par angle.</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Enter what a step produces, or set its status at the top of its page, to see the progress.</source>
        <translation>Saisissez ce que produit une étape, ou indiquez son statut en haut de sa page, pour voir l’avancement.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (suggested)</source>
        <translation>%1 (suggéré)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>suggested from what was entered: %1</source>
        <translation>suggéré d’après ce qui a été saisi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Reviews (in brackets: partners who answered)</source>
        <translation>Revues (entre parenthèses&#xa0;: partenaires ayant répondu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a review and rate its questions in step 7 to see the evaluation per angle.</source>
        <translation>Ajoutez une revue et notez ses questions à l’étape 7 pour voir l’évaluation par angle.</translation>
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
        <translation>Évaluation par angle et par organisation</translation>
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
        <translation>Faites noter les critères d’une revue par chaque partenaire à l’étape 7 pour comparer leurs regards.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluation per angle and organisation: %1</source>
        <translation>Évaluation par angle et par organisation&#xa0;: %1</translation>
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
        <translation>Les trois impacts au fil des revues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Date de la revue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score the impact criteria of a dated review in step 7 to follow the three impacts.</source>
        <translation>Notez les critères d’impact d’une revue datée à l’étape 7 pour suivre les trois impacts.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review date %1</source>
        <comment>then how many partners answered</comment>
        <translation>Date de la revue %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maturity per organisation</source>
        <translation>Maturité par organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maturity (%)</source>
        <translation>Maturité (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the maturity questions of an organisation in step 1 to see its maturity.</source>
        <translation>Répondez aux questions de maturité d’une organisation à l’étape 1 pour voir sa maturité.</translation>
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
        <translation>Moyens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecosystem</source>
        <translation>Écosystème</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Contributions per partner</source>
        <translation>Contributions par partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (€)</source>
        <translation>Valeur (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter what each partner brings, valued in euros, in step 5 to compare the contributions.</source>
        <translation>Saisissez l’apport de chaque partenaire, valorisé en euros, à l’étape 5 pour comparer les contributions.</translation>
    </message>
    <message>
        <source> €</source>
        <comment>after an amount in a tooltip</comment>
        <translation type="vanished">&#xa0;€</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n partner(s) answered</source>
        <translation>
            <numerusform>%n partenaire a répondu</numerusform>
            <numerusform>%n partenaires ont répondu</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no value</source>
        <translation>sans valeur</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+213"/>
        <location line="+207"/>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+24"/>
        <source>The image size is empty.</source>
        <translation>La taille de l’image est nulle.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Chart exported by Alliance Pilot</source>
        <translation>Graphique exporté par Alliance Pilot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../core/document/fieldvalue.cpp" line="+26"/>
        <source>the whole number %1</source>
        <translation>le nombre entier %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no “%1” in a project.</source>
        <translation>Il n’y a pas de «&#xa0;%1&#xa0;» dans un projet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” must be 0 or 1.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir 0 ou 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/storage/fieldwriter.cpp" line="+28"/>
        <source>A project has no field “%1”.</source>
        <translation>Un projet n’a pas de champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot hold a NUL character.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” may hold at most %2 characters.</source>
        <translation>«&#xa0;%1&#xa0;» peut contenir au plus %2 caractères.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” must be a number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” must be a date (year-month-day).</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date (année-mois-jour).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” must be a PNG or JPEG image of at most %2 KiB.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une image PNG ou JPEG d’au plus %2 Kio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” cannot be “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas valoir «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” holds a value of the wrong kind (%2).</source>
        <translation>«&#xa0;%1&#xa0;» contient une valeur d’un autre type (%2).</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../core/evaluation/owneffects.cpp" line="+31"/>
        <source>“%1”</source>
        <comment>an objective&apos;s name quoted in a sentence</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 et %2</translation>
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
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 rated the effects on its objectives but did not weight them in step 2: there is nothing to compare them with.</source>
        <translation>%1 a noté les effets sur ses objectifs sans les avoir pondérés à l’étape 2&#xa0;: rien ne permet de les comparer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 weighed most for %2 (%3)</source>
        <comment>one objective, the partner&apos;s name, its weight; a sentence goes on</comment>
        <translation>L’objectif %1 pèse le plus pour %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 weighed most for %2 (%3 each)</source>
        <comment>several objectives, the partner&apos;s name, their weight; a sentence goes on</comment>
        <translation>Les objectifs %1 pèsent le plus pour %2 (%3 chacun)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, but its effect was not rated; the strongest effect: %1 (%2).</source>
        <translation>, mais son effet n’a pas été noté&#xa0;; l’effet le plus fort&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, but none of them was rated; the strongest effect: %1 (%2).</source>
        <translation>, mais aucun n’a été noté&#xa0;; l’effet le plus fort&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; its effect was rated %1, and no other objective was rated to compare.</source>
        <translation>&#xa0;; son effet est noté %1, et aucun autre objectif n’a été noté pour comparer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the best rated of them scored %1, and no other objective was rated to compare.</source>
        <translation>&#xa0;; le mieux noté d’entre eux obtient %1, et aucun autre objectif n’a été noté pour comparer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and moved most (%1).</source>
        <comment>one objective</comment>
        <translation> et a le plus progressé (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and moved most (%1).</source>
        <comment>several objectives</comment>
        <translation> et ont le plus progressé (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the strongest effect: %1 (%2).</source>
        <translation>&#xa0;; l’effet le plus fort&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> but moved least (%1, against %2 for %3).</source>
        <comment>one objective</comment>
        <translation> mais a le moins progressé (%1, contre %2 pour %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> but moved least (%1, against %2 for %3).</source>
        <comment>several objectives</comment>
        <translation> mais ont le moins progressé (%1, contre %2 pour %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; its effect was rated %1, below %2 (%3).</source>
        <translation>&#xa0;; son effet est noté %1, en dessous de %2 (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the best rated of them scored %1, below %2 (%3).</source>
        <translation>&#xa0;; le mieux noté d’entre eux obtient %1, en dessous de %2 (%3).</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/exports/xlsxexport.cpp" line="-100"/>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <location filename="../core/exports/exportsource.cpp" line="+72"/>
        <source>There is no table “%1” to export.</source>
        <translation>Il n’y a pas de table «&#xa0;%1&#xa0;» à exporter.</translation>
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
        <translation>Le partenariat n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/exports/icsexport.cpp" line="-141"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1: %2</source>
        <comment>a calendar event: its kind, its name</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <comment>a field and its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The calendar could not be written: %1</source>
        <translation>L’agenda n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/exports/outputpath.cpp" line="-31"/>
        <source>Say where to write the export.</source>
        <translation>Indiquez où écrire l’export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” already exists and was left as it is. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà et a été laissé tel quel. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder of “%1” does not exist.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/exports/xlsxexport.cpp" line="-124"/>
        <source>The workbook could not be written: %1</source>
        <translation>Le classeur n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The table “%1” holds %2 rows, more than a spreadsheet holds.</source>
        <translation>La table «&#xa0;%1&#xa0;» compte %2 lignes, plus qu’un tableur n’en contient.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
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
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n text(s) longer than a spreadsheet cell holds were cut.</source>
        <translation>
            <numerusform>%n texte plus long que ce que contient une cellule de tableur a été coupé.</numerusform>
            <numerusform>%n textes plus longs que ce que contient une cellule de tableur ont été coupés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export these rows…</source>
        <translation>Exporter ces lignes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows of this table to a workbook or a CSV file</source>
        <translation>Écrire les lignes de cette table dans un classeur ou un fichier CSV</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <location filename="../core/storage/filecheck.cpp" line="+40"/>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a folder or a device, not a project file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier ou un périphérique, pas un fichier de projet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is empty.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is %2 MB, larger than the %3 MB a project file may be.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» fait %2&#xa0;Mo, soit plus que les %3&#xa0;Mo autorisés pour un fichier de projet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an Alliance Pilot project file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de projet Alliance Pilot.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file “%1” is damaged: its page size is invalid.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est endommagé&#xa0;: sa taille de page n’est pas valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is incomplete: it was cut short, perhaps during a download or a copy. Ask for it again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est incomplet&#xa0;: il a été tronqué, peut-être lors d’un téléchargement ou d’une copie. Demandez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a database of another program, not an Alliance Pilot project.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données d’un autre logiciel, pas un projet Alliance Pilot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was made by a newer version of Alliance Pilot (file format %2; this version reads up to %3). Update Alliance Pilot to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé par une version plus récente d’Alliance Pilot (format de fichier %2&#xa0;; cette version lit jusqu’au format %3). Mettez à jour Alliance Pilot pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file “%1” is not written the way Alliance Pilot writes its projects (its texts are not in UTF-8), so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas écrit comme Alliance Pilot écrit ses projets (ses textes ne sont pas en UTF-8)&#xa0;: il n’a pas été ouvert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” uses file format %2, which this version cannot read (it reads %3 to %4).</source>
        <translation>«&#xa0;%1&#xa0;» utilise le format de fichier %2, que cette version ne sait pas lire (elle lit les formats %3 à %4).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+24"/>
        <location filename="../core/sync/receivedcheck.cpp" line="+40"/>
        <location line="+19"/>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+10"/>
        <source>The file “%1” cannot be read.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/storage/rowcheck.cpp" line="+24"/>
        <location filename="../core/storage/schemacheck.cpp" line="+106"/>
        <source>The file “%1” is damaged: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="+12"/>
        <source>The file “%1” contains a trigger (“%2”). Project files never do, so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient un déclencheur (trigger) («&#xa0;%2&#xa0;»). Les fichiers de projet n’en contiennent jamais&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the file “%1”, “%2” is a view where a table was expected, so it was not opened.</source>
        <translation>Dans le fichier «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» est une vue là où une table était attendue&#xa0;: le fichier n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” contains a view (“%2”). Project files never do, so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient une vue («&#xa0;%2&#xa0;»). Les fichiers de projet n’en contiennent jamais&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” contains an unknown %2 “%3”, so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient un objet inconnu de type %2 («&#xa0;%3&#xa0;»)&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the file “%1”, the %2 “%3” is not defined as Alliance Pilot defines it, so the file was not opened.</source>
        <translation>Dans le fichier «&#xa0;%1&#xa0;», l’objet de type %2 «&#xa0;%3&#xa0;» n’est pas défini comme Alliance Pilot le définit&#xa0;: le fichier n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file “%1” lacks the %2 “%3”, so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne contient pas l’objet de type %2 «&#xa0;%3&#xa0;»&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location filename="../core/storage/rowcheck.cpp" line="+72"/>
        <source>The file “%1” holds a value in “%2” too large for any field, so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient dans «&#xa0;%2&#xa0;» une valeur trop volumineuse pour tenir dans un champ&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “%1” holds a value of %2 characters or bytes in “%3”, more than the %4 a field may hold, so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient dans «&#xa0;%3&#xa0;» une valeur de %2 caractères ou octets, soit plus que les %4 qu’un champ peut contenir&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>The file “%1” holds %2 invalid value(s) in “%3”, so it was not opened.</source>
        <translation type="vanished">Le fichier «&#xa0;%1&#xa0;» contient %2 valeur(s) non valide(s) dans «&#xa0;%3&#xa0;»&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file “%1” holds invalid values in “%2”.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient des valeurs non valides dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="+36"/>
        <source>The file “%1” must describe exactly one partnership, so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» doit décrire un seul et unique partenariat&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>after the year 9999</source>
        <translation>après l’an 9999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “%1” holds changes dated %2, in the future: check the date of the computer it comes from. It was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient des modifications datées du %2, dans le futur&#xa0;: vérifiez la date de l’ordinateur d’où il vient. Il n’a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="../core/storage/rowcheck.cpp" line="-92"/>
        <source>The file “%1” holds %2 changes, more than the %3 a partnership’s history may hold, so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient %2 modifications, plus que les %3 que peut compter l’historique d’un partenariat&#xa0;: il n’a pas été ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>The file “%1” holds %n invalid value(s) in “%2”, so it was not opened.</source>
        <translation type="vanished">
            <numerusform>Le fichier «&#xa0;%1&#xa0;» contient %n valeur non valide dans «&#xa0;%2&#xa0;»&#xa0;: il n’a donc pas été ouvert.</numerusform>
            <numerusform>Le fichier «&#xa0;%1&#xa0;» contient %n valeurs non valides dans «&#xa0;%2&#xa0;»&#xa0;: il n’a donc pas été ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file “%1” holds a value too large for any field, so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient une valeur trop volumineuse pour tenir dans un champ&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” is damaged (%2). Ask its sender for a new copy.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est endommagé (%2). Demandez-en une nouvelle copie à son expéditeur.</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="-61"/>
        <source>The file “%1” refers to items it does not contain (in “%2”), so it was not opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» fait référence à des éléments qu’il ne contient pas (dans «&#xa0;%2&#xa0;»)&#xa0;: il n’a donc pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../core/storage/samefile.cpp" line="+60"/>
        <source>“%1” is the project file itself: choose another file to write.</source>
        <translation>«&#xa0;%1&#xa0;» est le fichier du projet lui-même&#xa0;: choisissez un autre fichier à écrire.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../ui/help/helpmenu.cpp" line="+17"/>
        <source>&amp;Method guide</source>
        <translation>&amp;Guide de la méthode</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The seven steps of the method and its tools, explained</source>
        <translation>Les sept étapes de la méthode et ses outils, expliqués</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every command that has a key, and its key</source>
        <translation>Chaque commande qui a un raccourci, avec sa touche</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../core/storage/schema.cpp" line="+167"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
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
        <translation>Partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner copy</source>
        <translation>Copie partenaire</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+64"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Objective weight</source>
        <translation>Poids d’un objectif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist item</source>
        <translation>Point de la liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory need</source>
        <translation>Besoin du territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maturity answer</source>
        <translation>Réponse de maturité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalyst function</source>
        <translation>Fonction de catalyseur</translation>
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
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+60"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Lesson</source>
        <translation>Enseignement</translation>
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
        <translation>Place sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link between actors</source>
        <translation>Lien entre acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key document</source>
        <translation>Document clé</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="vanished">Partagé avec</translation>
    </message>
    <message>
        <source>Copy made for</source>
        <translation type="vanished">Copie faite pour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+45"/>
        <source>Owner</source>
        <translation>Responsable</translation>
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
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../core/journal/itemlabel.cpp" line="+75"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="-55"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common stake</source>
        <translation>Enjeu commun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG targets</source>
        <translation>Cibles ODD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership model</source>
        <translation>Modèle de partenariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this model</source>
        <translation>Pourquoi ce modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting cadence</source>
        <translation>Rythme des réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement terms</source>
        <translation>Termes de la convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signed on</source>
        <translation>Convention signée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
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
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (euros)</source>
        <translation>Valeur (euros)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Situation initiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered in words only</source>
        <translation>Réponse en mots seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation angle</source>
        <translation>Angle d’évaluation</translation>
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
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Horizontal position</source>
        <translation>Position horizontale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical position</source>
        <translation>Position verticale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared on</source>
        <translation>Partagé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by</source>
        <translation>Partagé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>Faite par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the copy for</source>
        <translation>Par la copie faite pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged on</source>
        <translation>Fusionnée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First change</source>
        <translation>Première modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resulting action</source>
        <translation>Action qui en découle</translation>
    </message>
    <message>
        <location filename="../core/journal/itemlabel.cpp" line="+247"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an item&apos;s kind and name</comment>
        <translation type="vanished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 out of %2</source>
        <comment>a rating</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(private item)</source>
        <translation>(élément privé)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image of %1 KiB</source>
        <translation>image de %1 Kio</translation>
    </message>
    <message>
        <location filename="../core/exports/exportsource.cpp" line="+60"/>
        <location filename="../core/journal/itemlabel.cpp" line="-9"/>
        <location line="+6"/>
        <source>(unknown item)</source>
        <translation>(élément inconnu)</translation>
    </message>
    <message>
        <location filename="../core/journal/itemlabel.cpp" line="-75"/>
        <source>%1 “%2”</source>
        <comment>an item&apos;s kind and its name</comment>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/exports/icsexport.cpp" line="-113"/>
        <location filename="../core/journal/itemlabel.cpp" line="+47"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/journal/itemlabel.cpp" line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../core/io/jsonexport.cpp" line="+49"/>
        <source>This partnership holds %1 values, more than the %2 a partnership file may hold.</source>
        <translation>Ce partenariat compte %1 valeurs, plus que les %2 qu’un fichier de partenariat peut contenir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partnership file would take %1 MB, more than the %2 MB such a file may hold.</source>
        <translation>Le fichier de partenariat ferait %1 Mo, plus que les %2 Mo qu’un tel fichier peut atteindre.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The partnership could not be read: %1</source>
        <translation>Le partenariat n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="+31"/>
        <source>Import “%1”</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/io/jsonreader.cpp" line="+56"/>
        <location line="+282"/>
        <source>“%1” is %2 MB, more than the %3 MB a partnership file may hold, so it was not read.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 Mo, plus que les %3 Mo qu’un fichier de partenariat peut atteindre&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>“%1” is not a partnership file: its lists and objects are nested too deeply (a partnership file nests four levels).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de partenariat&#xa0;: ses listes et objets sont imbriqués trop profondément (un fichier de partenariat en imbrique quatre niveaux).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not valid JSON: %2 (at byte %3).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du JSON valide&#xa0;: %2 (à l’octet %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a partnership file: it must hold one JSON object with its format, version and tables.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de partenariat&#xa0;: il doit contenir un objet JSON avec son format, sa version et ses tables.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In “%1”, %2: %3</source>
        <translation>Dans «&#xa0;%1&#xa0;», %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an Alliance Pilot partnership file: its “format” must be “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de partenariat d’Alliance Pilot&#xa0;: son «&#xa0;format&#xa0;» doit être «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it must be a whole number, not %1.</source>
        <translation>ce doit être un nombre entier, pas %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was written in version %2 of the partnership file format, by a newer Alliance Pilot; this one reads versions up to %3. Update Alliance Pilot to read it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit dans la version %2 du format de fichier de partenariat, par un Alliance Pilot plus récent&#xa0;; celui-ci lit les versions jusqu’à %3. Mettez Alliance Pilot à jour pour le lire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” claims version %2 of the partnership file format, which does not exist; versions start at %3.</source>
        <translation>«&#xa0;%1&#xa0;» annonce la version %2 du format de fichier de partenariat, qui n’existe pas&#xa0;; les versions commencent à %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a partnership file has no such member; it holds format, version and tables only.</source>
        <translation>un fichier de partenariat n’a pas de tel membre&#xa0;; il ne contient que format, version et tables.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it must be an object holding a list of rows per table, not %1.</source>
        <translation>ce doit être un objet contenant une liste de lignes par table, pas %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a partnership file of version %1 has no such table.</source>
        <translation>un fichier de partenariat de version %1 n’a pas de telle table.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it must be a list of rows, not %1.</source>
        <translation>ce doit être une liste de lignes, pas %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a row must be an object, not %1.</source>
        <translation>une ligne doit être un objet, pas %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every row needs its id.</source>
        <translation>chaque ligne doit avoir son identifiant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it must be an id as a string, not %1.</source>
        <translation>ce doit être un identifiant sous forme de chaîne, pas %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/io/jsonvalues.cpp" line="+93"/>
        <source>“%1” is not a well-formed id (36 lowercase hexadecimal digits and hyphens, such as 6f1c2a4e-0b7d-4c3a-9e51-2d8f0a7b6c11).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant bien formé (36 chiffres hexadécimaux en minuscules et tirets, comme 6f1c2a4e-0b7d-4c3a-9e51-2d8f0a7b6c11).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is already the id of %2; each row has its own.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà l’identifiant de %2&#xa0;; chaque ligne a le sien.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>“%1” holds more than %2 values, more than a partnership’s history may hold, so it was not read.</source>
        <translation>«&#xa0;%1&#xa0;» contient plus de %2 valeurs, plus que l’historique d’un partenariat ne peut en contenir&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a partnership file describes one partnership, and this one has none.</source>
        <translation>un fichier de partenariat décrit un partenariat, et celui-ci n’en a aucun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a partnership file describes one partnership only: this is a second one.</source>
        <translation>un fichier de partenariat ne décrit qu’un seul partenariat&#xa0;: celui-ci en est un second.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a row of “%1” has no such field; its fields are id, %2.</source>
        <translation>une ligne de «&#xa0;%1&#xa0;» n’a pas de tel champ&#xa0;; ses champs sont id, %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this field is missing; every row gives all its fields.</source>
        <translation>ce champ manque&#xa0;; chaque ligne donne tous ses champs.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is neither a criterion of the method nor the id of a row of custom_criterion in the file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un critère de la méthode ni l’identifiant d’une ligne de custom_criterion du fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not the id of a row of %2 in the file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’identifiant d’une ligne de %2 du fichier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not one of %2, or &quot;&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2, ni &quot;&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no file “%1”.</source>
        <translation>Il n’y a pas de fichier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/io/jsonvalues.cpp" line="-78"/>
        <source>it must be %1, not %2.</source>
        <translation>ce doit être %1, pas %2.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>the image is larger than the %1 KiB an image may hold.</source>
        <translation>l’image dépasse les %1 Kio qu’une image peut atteindre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the image is not valid base64.</source>
        <translation>l’image n’est pas du base64 valide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a date as a string, &quot;yyyy-MM-dd&quot;, or &quot;&quot;</source>
        <translation>une date sous forme de chaîne, &quot;yyyy-MM-dd&quot; (année-mois-jour), ou &quot;&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of its choices as a string</source>
        <translation>l’un de ses choix sous forme de chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an id as a string, or null</source>
        <translation>un identifiant sous forme de chaîne, ou null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PNG or JPEG image in base64, or &quot;&quot;</source>
        <translation>une image PNG ou JPEG en base64, ou &quot;&quot;</translation>
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
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>ItemHistory</name>
    <message>
        <location filename="../ui/widgets/itemhistoryrequest.cpp" line="+76"/>
        <source>History of this item</source>
        <translation>Historique de cet élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed this item, what and when</source>
        <translation>Qui a modifié cet élément, quoi et quand</translation>
    </message>
</context>
<context>
    <name>Maturity</name>
    <message>
        <location filename="../core/evaluation/maturityadvice.cpp" line="+19"/>
        <source>%1%</source>
        <extracomment>A percentage; French puts a (narrow no-break) space before %.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step %1, “%2”</source>
        <extracomment>A step of the journey quoted in a sentence: &quot;step 4, “Map the ecosystem”&quot;.</extracomment>
        <translation>l’étape %1, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next: in %1, weigh your four objectives in the carré magique and agree a common stake with your partners; the method&apos;s typology sheets show what each kind of partnership brings.</source>
        <translation>À faire&#xa0;: dans %1, pondérez vos quatre objectifs dans le carré magique et convenez d’un enjeu commun avec vos partenaires&#xa0;; les fiches typologie de la méthode montrent ce qu’apporte chaque forme de partenariat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it up: in %1, check that your partners&apos; objectives are compatible with yours.</source>
        <translation>À poursuivre&#xa0;: dans %1, vérifiez que les objectifs de vos partenaires sont compatibles avec les vôtres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: start with a few actions, follow them with milestones and indicators with targets (%1), then evaluate them together (%2); the method&apos;s inspiring examples show how others began.</source>
        <translation>À faire&#xa0;: commencez par quelques actions et suivez-les dans %1, avec des jalons et des indicateurs assortis de cibles, puis évaluez-les ensemble dans %2&#xa0;; les exemples inspirants de la méthode montrent comment d’autres ont commencé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it up: keep your indicators (%1) and your reviews (%2) up to date, and share what you learn.</source>
        <translation>À poursuivre&#xa0;: tenez à jour les indicateurs de %1, et les revues de %2, puis partagez ce que vous en apprenez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: in %1, write down what each partner brings (money, skills, people, material) and who pilots the partnership; the method&apos;s practical kits help build the skills.</source>
        <translation>À faire&#xa0;: dans %1, notez ce que chaque partenaire apporte (argent, compétences, personnes, matériel) et qui pilote le partenariat&#xa0;; les kits pratiques de la méthode aident à monter en compétences.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it up: in %1, value every contribution, so that each partner sees the means put in.</source>
        <translation>À poursuivre&#xa0;: dans %1, valorisez chaque apport, pour que chaque partenaire voie les moyens engagés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: in %1, map your ecosystem: the stakeholders, the territory, and who holds the four catalyst functions; the method&apos;s reference sheets by kind of organisation and territory help you situate yourself.</source>
        <translation>À faire&#xa0;: dans %1, cartographiez votre écosystème&#xa0;: les parties prenantes, le territoire et qui assure les quatre fonctions de catalyse&#xa0;; les fiches repères de la méthode, par acteur et par territoire, vous aident à vous situer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it up: in %1, see whether you could hold a catalyst function for the other organisations.</source>
        <translation>À poursuivre&#xa0;: dans %1, voyez si vous pourriez assurer une fonction de catalyse pour les autres acteurs.</translation>
    </message>
    <message>
        <source>Next: in %1, map your ecosystem: the stakeholders, the territory, and who holds the four catalyst functions; the method&apos;s reference sheets by actor and territory help you situate yourself.</source>
        <translation type="vanished">À faire&#xa0;: dans %1, cartographiez votre écosystème&#xa0;: les parties prenantes, le territoire et qui assure les quatre fonctions de catalyse&#xa0;; les fiches repères de la méthode, par acteur et par territoire, vous aident à vous situer.</translation>
    </message>
    <message>
        <source>Keep it up: in %1, see whether you could hold a catalyst function for the other actors.</source>
        <translation type="vanished">À poursuivre&#xa0;: dans %1, voyez si vous pourriez assurer une fonction de catalyse pour les autres acteurs.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not answered yet</source>
        <translation>pas encore renseigné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>getting started</source>
        <translation>premiers pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>developing</source>
        <translation>en construction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>established</source>
        <translation>en place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mastered</source>
        <translation>à maturité</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overall maturity: %1 (%2).</source>
        <translation>Maturité globale&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not answered yet; answer its questions to know where you stand.</source>
        <translation>%1&#xa0;: pas encore renseigné&#xa0;; répondez à ses questions pour savoir où vous en êtes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3). %4</source>
        <extracomment>An axis of the self-diagnostic, its level, its percent, then what to use next.</extracomment>
        <translation>%1&#xa0;: %2 (%3). %4</translation>
    </message>
</context>
<context>
    <name>MeasurementCsv</name>
    <message>
        <source>Missing column: %1 found, expected indicator, date, value and source</source>
        <translation type="vanished">Colonne manquante&#xa0;: %1 colonne(s) trouvée(s), attendu&#xa0;: indicateur, date, valeur et source</translation>
    </message>
    <message>
        <source>Too many columns: %1 found, at most 4 expected (a decimal comma must be in quotes when the separator is a comma)</source>
        <translation type="vanished">Trop de colonnes&#xa0;: %1 trouvées, 4 au maximum attendues (une virgule décimale doit être placée entre guillemets quand le séparateur est la virgule)</translation>
    </message>
    <message>
        <location filename="../core/io/measurementcsv.cpp" line="+122"/>
        <source>%1; %2</source>
        <extracomment>Two problems of one line, one after the other</extracomment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missing column: %1 found, expected %2</source>
        <translation>Colonnes manquantes&#xa0;: la ligne en compte %1, on attend %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many columns: %1 found, at most %2 expected (a decimal comma must be in quotes when the separator is a comma)</source>
        <translation>Trop de colonnes&#xa0;: %1 trouvées, %2 au plus attendues (une virgule décimale doit être entre guillemets quand le séparateur est la virgule)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing indicator</source>
        <translation>Indicateur manquant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown indicator “%1”</source>
        <translation>Indicateur «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several indicators are named “%1”: use the indicator&apos;s id</source>
        <translation>Plusieurs indicateurs s’appellent «&#xa0;%1&#xa0;»&#xa0;: utilisez l’identifiant de l’indicateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing date</source>
        <translation>Date manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad date “%1”: use yyyy-mm-dd or dd/mm/yyyy</source>
        <translation>Date «&#xa0;%1&#xa0;» incorrecte&#xa0;: utilisez aaaa-mm-jj ou jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing value</source>
        <translation>Valeur manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad number “%1”: use digits with one dot or comma as decimal mark</source>
        <translation>Nombre «&#xa0;%1&#xa0;» incorrect&#xa0;: utilisez des chiffres avec un seul point ou une seule virgule comme séparateur décimal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source is too long</source>
        <translation>La source est trop longue</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the indicator&apos;s name as written in the project (any case), or its id</source>
        <translation>le nom de l’indicateur tel qu’il figure dans le projet (majuscules ou minuscules), ou son identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day of the measurement, as yyyy-mm-dd or dd/mm/yyyy</source>
        <translation>le jour de la mesure, au format jj/mm/aaaa ou aaaa-mm-jj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number, with a dot or a comma as decimal mark</source>
        <translation>un nombre, avec une virgule ou un point décimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the figure comes from (optional)</source>
        <translation>d’où vient le chiffre (facultatif)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Volunteers involved</source>
        <translation>Bénévoles mobilisés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quarterly report</source>
        <translation>Bilan trimestriel</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1&#xa0;Mo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>Le fichier n’est pas du texte UTF-8. Enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../core/method/evaluation_criteria.cpp" line="+12"/>
        <source>Territorial dialogue</source>
        <translation>Dialogue territorial</translation>
    </message>
    <message>
        <source>Sharing knowledge of the territory and its actors</source>
        <translation type="vanished">Partager la connaissance du territoire et de ses acteurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organising meetings</source>
        <translation>Organiser des rencontres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raising awareness of territorial alliances</source>
        <translation>Sensibiliser aux alliances territoriales</translation>
    </message>
    <message>
        <source>Introducing actors to each other</source>
        <translation type="vanished">Mettre les acteurs en relation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collective experiments</source>
        <translation>Expérimentations collectives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifying needs and shared stakes</source>
        <translation>Identifier les besoins et les enjeux partagés</translation>
    </message>
    <message>
        <source>Bringing actors together to co-build</source>
        <translation type="vanished">Mobiliser les acteurs pour co-construire</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sharing knowledge of the territory and its stakeholders</source>
        <translation>Partager la connaissance du territoire et de ses acteurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introducing organisations to each other</source>
        <translation>Mettre les acteurs en relation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bringing organisations together to co-build</source>
        <translation>Mobiliser les acteurs pour co-construire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-piloting experiments</source>
        <translation>Co-piloter les expérimentations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating experiments</source>
        <translation>Évaluer les expérimentations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support</source>
        <extracomment>Catalyst function: accompanying projects and partnerships.</extracomment>
        <translation>Accompagnements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incubating projects</source>
        <translation>Incuber des projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training in new practices</source>
        <translation>Former aux nouvelles pratiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting partnerships</source>
        <translation>Accompagner les partenariats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passing know-how on to other territories</source>
        <translation>Essaimer les savoir-faire vers d’autres territoires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running a place</source>
        <translation>Gestion d’un lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A friendly meeting place</source>
        <translation>Un lieu de rencontre convivial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-working</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showroom or demonstrator</source>
        <translation>Showroom ou démonstrateur</translation>
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
        <translation>Pertinence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coherence</source>
        <extracomment>Evaluation angle: fit with one&apos;s other actions.</extracomment>
        <translation>Cohérence</translation>
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
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Internal organisation</source>
        <translation>Organisation interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How has the partnership improved the way your organisation works inside?</source>
        <translation>En quoi le partenariat a-t-il amélioré le fonctionnement interne de votre organisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder dialogue</source>
        <translation>Dialogue avec les parties prenantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership improved your dialogue with your stakeholders?</source>
        <translation>Le partenariat a-t-il amélioré votre dialogue avec vos parties prenantes&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity to innovate</source>
        <translation>Capacité d’innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership made your organisation more able to innovate?</source>
        <translation>Le partenariat a-t-il rendu votre organisation plus apte à innover&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Economic performance</source>
        <translation>Performance économique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What value has the partnership created for you, and has it made your means go further?</source>
        <translation>Quelle valeur le partenariat a-t-il créée pour vous, et vous a-t-il permis de faire plus avec vos moyens&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected results</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the results you expected were there, and which were not?</source>
        <translation>Parmi les résultats attendus, lesquels sont au rendez-vous, lesquels manquent&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did the partnership bring results that nobody had planned? Which ones?</source>
        <translation>Le partenariat a-t-il produit des résultats que personne n’avait prévus&#xa0;? Lesquels&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other organisations’ performance</source>
        <translation>Performance des autres acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership helped other organisations in the territory to perform better?</source>
        <translation>Le partenariat a-t-il aidé d’autres acteurs du territoire à être plus performants&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Has the partnership strengthened trust between the organisations of the territory?</source>
        <translation>Le partenariat a-t-il renforcé la confiance entre les acteurs du territoire&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Has the partnership helped to reduce fragilities? How?</source>
        <translation>Le partenariat a-t-il aidé à réduire des fragilités&#xa0;? Comment&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has the partnership brought out new drivers of sustainable economic development? How?</source>
        <translation>Le partenariat a-t-il fait émerger de nouveaux moteurs de développement économique durable&#xa0;? Comment&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relevance to the territory&apos;s needs</source>
        <translation>Pertinence au regard des besoins du territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the action address the needs identified in step 1?</source>
        <translation>L’action a-t-elle répondu aux besoins repérés à l’étape 1&#xa0;?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1. Effects on each partner&apos;s own performance</source>
        <translation>1. Effets sur la performance de chaque partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Effects on the common ecosystem</source>
        <translation>2. Effets sur l’écosystème commun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Stepping back</source>
        <translation>3. Prendre du recul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Lessons and coherence</source>
        <translation>4. Enseignements et cohérence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Results achieved</source>
        <translation type="vanished">Résultats obtenus</translation>
    </message>
    <message>
        <source>Compared with your objectives, were the expected results there?</source>
        <translation type="vanished">Au regard de vos objectifs, les résultats attendus sont-ils au rendez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Unexpected results</source>
        <translation>Résultats inattendus</translation>
    </message>
    <message>
        <source>Did the partnership bring results that nobody had planned?</source>
        <translation type="vanished">Le partenariat a-t-il produit des résultats que personne n’avait prévus&#xa0;?</translation>
    </message>
    <message>
        <source>Other actors&apos; performance</source>
        <translation type="vanished">Performance des autres acteurs</translation>
    </message>
    <message>
        <source>Has the partnership helped other actors of the territory to perform better?</source>
        <translation type="vanished">Le partenariat a-t-il aidé d’autres acteurs du territoire à être plus performants&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Collective innovation</source>
        <translation>Innovation collective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership fed a collective innovation, territorial or societal?</source>
        <translation>Le partenariat a-t-il nourri une innovation collective, territoriale ou sociétale&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust of the people involved</source>
        <translation>Confiance des personnes mobilisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do the people who took part trust each other, and the partners, more than before?</source>
        <translation>Les personnes qui y ont participé ont-elles davantage confiance entre elles, et envers les partenaires, qu’auparavant&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust within the territory</source>
        <translation>Confiance au sein du territoire</translation>
    </message>
    <message>
        <source>Has the partnership strengthened trust between the actors of the territory?</source>
        <translation type="vanished">Le partenariat a-t-il renforcé la confiance entre les acteurs du territoire&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reduced fragilities</source>
        <translation>Réduction des fragilités</translation>
    </message>
    <message>
        <source>Has the partnership helped to reduce fragilities, and how?</source>
        <translation type="vanished">Le partenariat a-t-il contribué à réduire des fragilités, et comment&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New drivers of sustainable development</source>
        <translation>Nouveaux moteurs de développement durable</translation>
    </message>
    <message>
        <source>Has the partnership brought out new drivers of sustainable economic development, and how?</source>
        <translation type="vanished">Le partenariat a-t-il fait émerger de nouveaux moteurs de développement économique durable, et comment&#xa0;?</translation>
    </message>
    <message>
        <source>Relevance to the ecosystem&apos;s needs</source>
        <translation type="vanished">Pertinence au regard des besoins de l’écosystème</translation>
    </message>
    <message>
        <source>Did the action really address the needs identified in the ecosystem?</source>
        <translation type="vanished">L’action a-t-elle vraiment répondu aux besoins identifiés dans l’écosystème&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coherence with the partnership model</source>
        <translation>Cohérence avec le modèle de partenariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking at the path actually travelled, was the chosen partnership model the right one?</source>
        <translation>Au vu du chemin réellement parcouru, le modèle de partenariat choisi était-il le bon&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coherence with one&apos;s other actions</source>
        <translation>Cohérence avec ses autres actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does this partnership fit with the rest of your organisation&apos;s actions?</source>
        <translation>Comment ce partenariat s’articule-t-il avec les autres actions de votre organisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coherence with the stake</source>
        <translation>Cohérence avec l’enjeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the partnership stay true to the common stake it set out to address?</source>
        <translation>Le partenariat est-il resté fidèle à l’enjeu commun qu’il s’était donné&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/method/maturity.cpp" line="+18"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action engaged</source>
        <translation>Action engagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means mobilised</source>
        <translation>Moyens mobilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place in the ecosystem</source>
        <translation>Place dans l’écosystème</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Is the place of partnerships in your strategy written down and known inside the organisation?</source>
        <translation>La place des partenariats dans votre stratégie est-elle formalisée et connue au sein de l’organisation&#xa0;?</translation>
    </message>
    <message>
        <source>Do you know the needs of your territory and the actors who already work on them?</source>
        <translation type="vanished">Connaissez-vous les besoins de votre territoire et les acteurs qui y travaillent déjà&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Have you made clear what you expect from partnerships for each of your four objectives?</source>
        <translation>Avez-vous précisé ce que vous attendez des partenariats pour chacun de vos quatre objectifs&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Have you already led partnerships with organisations of a different kind from yours?</source>
        <translation>Avez-vous déjà mené des partenariats avec des organisations d’une autre nature que la vôtre&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do you evaluate your partnerships and share the results with your partners?</source>
        <translation>Évaluez-vous vos partenariats et en partagez-vous les résultats avec vos partenaires&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Are your partnerships consistent with the rest of what your organisation does?</source>
        <translation>Vos partenariats sont-ils cohérents avec le reste des activités de votre organisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is someone clearly in charge of partnerships, with the time to do it properly?</source>
        <translation>Une personne est-elle clairement chargée des partenariats, avec le temps nécessaire pour bien le faire&#xa0;?</translation>
    </message>
    <message>
        <source>Have the people involved learnt how to co-build with actors from other worlds?</source>
        <translation type="vanished">Les personnes concernées ont-elles appris à co-construire avec des acteurs d’autres univers&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do you set aside a budget and tools to run your partnerships?</source>
        <translation>Consacrez-vous un budget et des outils à la conduite de vos partenariats&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are your partnerships tied to your CSR policy and to your core business, not only to communication?</source>
        <translation>Vos partenariats sont-ils reliés à votre politique RSE et à votre cœur de métier, et pas seulement à la communication&#xa0;?</translation>
    </message>
    <message>
        <source>Do you involve your employees in partnerships, for example through skills-based patronage?</source>
        <translation type="vanished">Impliquez-vous vos collaborateurs dans les partenariats, par exemple par le mécénat de compétences&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do your business units and purchasing take part in partnerships, beyond the CSR team?</source>
        <translation>Vos directions métiers et vos achats participent-ils aux partenariats, au-delà de l’équipe RSE&#xa0;?</translation>
    </message>
    <message>
        <source>Does your associative project say what you expect from companies and local authorities?</source>
        <translation type="vanished">Votre projet associatif précise-t-il ce que vous attendez des entreprises et des collectivités&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Can you show partners what you bring them, and not only what you need from them?</source>
        <translation>Savez-vous montrer à vos partenaires ce que vous leur apportez, et pas seulement ce dont vous avez besoin&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do you know and steer the share of partnerships in your socio-economic model?</source>
        <translation>Connaissez-vous et pilotez-vous la part des partenariats dans votre modèle socio-économique&#xa0;?</translation>
    </message>
    <message>
        <source>Does your foundation see itself as more than a funder: as a partner that connects actors?</source>
        <translation type="vanished">Votre fondation se voit-elle comme plus qu’un financeur&#xa0;: comme un partenaire qui relie les acteurs&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you stay alongside the projects you support beyond paying out the funds?</source>
        <translation>Accompagnez-vous les projets soutenus au-delà du versement des fonds&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you help the projects you support to build their own capacity to form alliances?</source>
        <translation>Aidez-vous les projets soutenus à développer leur propre capacité à faire alliance&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Does your territorial project make room for alliances between associations, companies and citizens?</source>
        <translation>Votre projet de territoire fait-il une place aux alliances entre associations, entreprises et citoyens&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you support or host a catalyst function in your territory: dialogue, experiments, support, a place?</source>
        <translation>Soutenez-vous ou portez-vous une fonction de catalyse sur votre territoire&#xa0;: dialogue, expérimentations, accompagnement, lieu&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do your departments share one entry point and common rules for working with private partners?</source>
        <translation>Vos services disposent-ils d’un point d’entrée unique et de règles communes pour travailler avec des partenaires privés&#xa0;?</translation>
    </message>
    <message>
        <source>Can you say what place your organisation holds in its territory, and do the other actors see it the same way?</source>
        <translation type="vanished">Savez-vous dire quelle place votre organisation occupe sur son territoire, et les autres acteurs la voient-ils de la même façon&#xa0;?</translation>
    </message>
    <message>
        <source>Do you keep regular relations with actors of other kinds on your territory: associations, companies, local authorities, public bodies, citizens?</source>
        <translation type="vanished">Entretenez-vous des relations régulières avec des acteurs d’autres natures sur votre territoire&#xa0;: associations, entreprises, collectivités, acteurs publics, citoyens&#xa0;?</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Do you know the needs of your territory and the organisations already working on them?</source>
        <translation>Connaissez-vous les besoins de votre territoire et les acteurs qui y travaillent déjà&#xa0;?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Have the people involved learnt how to co-build with organisations from other sectors?</source>
        <translation>Les personnes concernées ont-elles appris à co-construire avec des acteurs d’autres univers&#xa0;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Do you involve your employees in partnerships, for example through skills-based volunteering?</source>
        <translation>Impliquez-vous vos collaborateurs dans les partenariats, par exemple par le mécénat de compétences&#xa0;?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Does your association’s project say what you expect from companies and local authorities?</source>
        <translation>Votre projet associatif précise-t-il ce que vous attendez des entreprises et des collectivités&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Does your foundation see itself as more than a funder: as a partner that brings organisations together?</source>
        <translation>Votre fondation se voit-elle comme plus qu’un financeur&#xa0;: comme un partenaire qui relie les acteurs&#xa0;?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Can you say what place your organisation holds in its territory, and do the other local players see it the same way?</source>
        <translation>Savez-vous dire quelle place votre organisation occupe sur son territoire, et les autres acteurs la voient-ils de la même façon&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you keep regular relations with organisations of other kinds in your territory: associations, companies, local authorities, public bodies, citizens?</source>
        <translation>Entretenez-vous des relations régulières avec des acteurs d’autres natures sur votre territoire&#xa0;: associations, entreprises, collectivités, acteurs publics, citoyens&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you know who holds the catalyst functions on your territory (dialogue, collective experiments, support, a place), and do you call on them?</source>
        <translation>Savez-vous qui assure les fonctions de catalyse sur votre territoire (dialogue, expérimentations collectives, accompagnement, lieu), et faites-vous appel à eux&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do your local sites work with the associations and local authorities of the places where they operate?</source>
        <translation>Vos sites locaux travaillent-ils avec les associations et les collectivités des lieux où ils sont implantés&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Does your association take part in networks or collectives that carry its cause on the territory?</source>
        <translation>Votre association participe-t-elle à des réseaux ou à des collectifs qui portent sa cause sur le territoire&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you know the other funders of your field and territory, and do you act in concert with them?</source>
        <translation>Connaissez-vous les autres financeurs de votre domaine et de votre territoire, et agissez-vous de concert avec eux&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you know the associations and companies that act on your priorities, beyond those you already fund?</source>
        <translation>Connaissez-vous les associations et les entreprises qui agissent sur vos priorités, au-delà de celles que vous financez déjà&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Is your role as a trusted third party between associations, companies and local authorities part of your mission?</source>
        <translation>Votre rôle de tiers de confiance entre associations, entreprises et collectivités fait-il partie de votre mission&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do you hold at least one catalyst function in a lasting way: territorial dialogue, collective experiments, support, a place?</source>
        <translation>Assurez-vous dans la durée au moins une fonction de catalyse&#xa0;: dialogue territorial, expérimentations collectives, accompagnement, gestion d’un lieu&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do you have people and funding that last beyond a single project to play this role?</source>
        <translation>Disposez-vous, pour tenir ce rôle, de personnes et de financements qui durent au-delà d’un seul projet&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do organisations of every kind see you as neutral, and come to you to meet one another?</source>
        <translation>Les acteurs de toutes natures vous voient-ils comme neutre, et passent-ils par vous pour se rencontrer&#xa0;?</translation>
    </message>
    <message>
        <source>Do actors of every kind see you as neutral, and come to you to meet one another?</source>
        <translation type="vanished">Les acteurs de toutes natures vous voient-ils comme neutre, et passent-ils par vous pour se rencontrer&#xa0;?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CSR &amp; partnerships</source>
        <translation>RSE &amp; partenariats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership strategy</source>
        <translation>Stratégie partenariale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Philanthropic strategy</source>
        <translation>Stratégie philanthropique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Territorial alliances</source>
        <translation>Alliances territoriales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Territorial catalysis</source>
        <translation>Catalyse territoriale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <extracomment>Two variants of the self-diagnostic answered together, e.g. &quot;Territorial alliances and territorial catalysis&quot;.</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common 360°</source>
        <translation>360° commun</translation>
    </message>
    <message>
        <location filename="../core/method/method.cpp" line="+44"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local authority</source>
        <translation>Collectivité territoriale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic or research institution</source>
        <translation>Établissement d’enseignement ou de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lead partner</source>
        <translation>Partenaire pilote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territorial catalyst</source>
        <translation>Catalyseur territorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People (days)</source>
        <translation>Personnes (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Should increase</source>
        <translation>Doit augmenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Should decrease</source>
        <translation>Doit diminuer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interim review</source>
        <translation>Revue intermédiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual review</source>
        <translation>Revue annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final review</source>
        <translation>Revue finale</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review meeting</source>
        <translation>Réunion de revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners&apos; meeting</source>
        <translation>Réunion des partenaires</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To decide</source>
        <extracomment>A decision put to a committee, not yet taken.</extracomment>
        <translation>À décider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lesson learnt</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning of the action</source>
        <extracomment>The meaning (&quot;sens&quot;) the partners give to their action.</extracomment>
        <translation>Sens de l’action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../core/method/steps.cpp" line="+13"/>
        <source>Diagnose</source>
        <translation>Diagnostiquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take stock of the territory&apos;s needs and of how mature each organisation is in working with partners, before committing to anything.</source>
        <translation>Faire le point sur les besoins du territoire et sur la maturité partenariale de chaque organisation, avant de s’engager.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which needs of the territory could this partnership help to meet?</source>
        <translation>À quels besoins du territoire ce partenariat pourrait-il contribuer à répondre&#xa0;?</translation>
    </message>
    <message>
        <source>Where does each organisation stand in its partnership practice, in vision, action and means?</source>
        <translation type="vanished">Où en est chaque organisation dans sa pratique partenariale, en termes de vision, d’action et de moyens&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What has each partner already tried on this subject, alone or with others?</source>
        <translation>Qu’a déjà tenté chaque partenaire sur ce sujet, seul ou avec d’autres&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which fragilities, or which untapped opportunities, do you see around you?</source>
        <translation>Quelles fragilités, ou quelles opportunités inexploitées, voyez-vous autour de vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set objectives</source>
        <translation>Définir ses objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each partner weights its four objectives for this partnership; together the partners then agree on the common stake that will guide them all along.</source>
        <translation>Chaque partenaire pondère ses quatre objectifs pour ce partenariat&#xa0;; les partenaires s’accordent ensuite sur l’enjeu commun qui les guidera tout au long du chemin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For this partnership, how much weight does each partner give to its processes, its socio-economic model, its value proposition and its positioning?</source>
        <translation>Pour ce partenariat, quel poids chaque partenaire donne-t-il à ses processus, à son modèle socio-économique, à sa proposition de valeur et à son positionnement&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are the partners&apos; strategies compatible with one another?</source>
        <translation>Les stratégies des partenaires sont-elles compatibles entre elles&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which common stake do the partners commit to serve together?</source>
        <translation>À quel enjeu commun les partenaires s’engagent-ils à répondre ensemble&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would success look like for each partner, and for all of them together?</source>
        <translation>À quoi ressemblerait la réussite pour chaque partenaire, et pour tous ensemble&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the model</source>
        <translation>Choisir le modèle</translation>
    </message>
    <message>
        <source>Compare where the partners&apos; objectives meet with the typology, and pick the category and model of partnership that fit best.</source>
        <translation type="vanished">Confronter le point de rencontre des objectifs des partenaires à la typologie, et retenir la catégorie et le modèle de partenariat les plus adaptés.</translation>
    </message>
    <message>
        <source>Which objective weighs most once all partners&apos; weights are combined?</source>
        <translation type="vanished">Quel objectif pèse le plus une fois les pondérations de tous les partenaires réunies&#xa0;?</translation>
    </message>
    <message>
        <source>Which category of partnership serves that objective?</source>
        <translation type="vanished">Quelle catégorie de partenariat sert cet objectif&#xa0;?</translation>
    </message>
    <message>
        <source>Within that category, which model matches the relationship you want to build?</source>
        <translation type="vanished">Dans cette catégorie, quel modèle correspond à la relation que vous voulez construire&#xa0;?</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Where does each organisation stand in its partnership practice: vision, action, means, and place in its ecosystem?</source>
        <translation>Où en est chaque organisation dans sa pratique partenariale&#xa0;: vision, action, moyens, et place dans son écosystème&#xa0;?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Read what each partner puts first, describe the relationship the partners are building, and name the model of partnership it is.</source>
        <translation>Lire ce que chaque partenaire place en premier, décrire la relation que construisent les partenaires et nommer le modèle de partenariat qui lui correspond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which objective does each partner put first, and which category does it point to?</source>
        <translation>Quel objectif chaque partenaire place-t-il en premier, et vers quelle catégorie pointe-t-il&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is it a gift, an invention together, value produced together, or a service one partner provides to the other?</source>
        <translation>Est-ce un don, une invention commune, une valeur produite ensemble, ou un service qu’un partenaire rend à l’autre&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does each partner find its own first objective in the model named?</source>
        <translation>Chaque partenaire trouve-t-il son premier objectif dans le modèle nommé&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does an inspiring example look like your project, and what can you learn from it?</source>
        <translation>Un exemple inspirant ressemble-t-il à votre projet, et que pouvez-vous en apprendre&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map the ecosystem</source>
        <translation>Se situer dans l’écosystème</translation>
    </message>
    <message>
        <source>Place the partnership among the territory&apos;s actors and find out who already plays the role of catalyst between them.</source>
        <translation type="vanished">Situer le partenariat parmi les acteurs du territoire et repérer qui joue déjà entre eux le rôle de catalyseur.</translation>
    </message>
    <message>
        <source>Which actors already work on this stake in the territory?</source>
        <translation type="vanished">Quels acteurs travaillent déjà sur cet enjeu dans le territoire&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the partnership among the organisations of its territory and find out who already acts as a catalyst between them.</source>
        <translation>Situer le partenariat parmi les acteurs du territoire et repérer qui joue déjà entre eux le rôle de catalyseur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which organisations in the territory already work on this stake?</source>
        <translation>Quels acteurs travaillent déjà sur cet enjeu dans le territoire&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who could act as a trusted third party between the partners&apos; different worlds?</source>
        <translation>Qui pourrait jouer le rôle de tiers de confiance entre les univers différents des partenaires&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which catalyst functions exist nearby: territorial dialogue, collective experiments, support, a place to meet?</source>
        <translation>Quelles fonctions de catalyse existent à proximité&#xa0;: dialogue territorial, expérimentations collectives, accompagnements, lieu de rencontre&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which stakeholders should be informed or involved, and at what moment?</source>
        <translation>Quelles parties prenantes faut-il informer ou associer, et à quel moment&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co-build the agreement</source>
        <translation>Co-construire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down together how the partnership is governed, what each partner contributes and the terms and dates of the agreement.</source>
        <translation>Formaliser ensemble la gouvernance du partenariat, les apports de chaque partenaire ainsi que les modalités et les dates de l’accord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How will decisions be taken, and by whom?</source>
        <translation>Comment les décisions seront-elles prises, et par qui&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does each partner bring: money, skills, people&apos;s time, material?</source>
        <translation>Qu’apporte chaque partenaire&#xa0;: argent, compétences, temps de personnes, matériel&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which terms, duration and key dates frame the agreement?</source>
        <translation>Quelles modalités, quelle durée et quelles dates clés encadrent l’accord&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How will the partners deal with a disagreement or a change of context?</source>
        <translation>Comment les partenaires géreront-ils un désaccord ou un changement de contexte&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilot</source>
        <translation>Piloter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry out the actions, follow the indicators against their targets and review progress together at regular intervals.</source>
        <translation>Mener les actions, suivre les indicateurs au regard de leurs cibles et faire le point ensemble à intervalles réguliers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which actions and milestones are planned, and who is responsible for each one?</source>
        <translation>Quelles actions et quels jalons sont prévus, et qui est responsable de chacun&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which indicators show progress, and what targets have been set for them?</source>
        <translation>Quels indicateurs montrent l’avancement, et quelles cibles leur a-t-on fixées&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often do the partners meet to look at the results together?</source>
        <translation>À quelle fréquence les partenaires se réunissent-ils pour examiner ensemble les résultats&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should be adjusted in the light of the latest measurements?</source>
        <translation>Que faut-il ajuster à la lumière des dernières mesures&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluate and share</source>
        <translation>Évaluer et valoriser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess the partnership&apos;s performance, relevance and coherence, draw the lessons, give meaning to the action and decide what comes next.</source>
        <translation>Apprécier la performance, la pertinence et la cohérence du partenariat, en tirer les enseignements, donner du sens à l’action et décider de la suite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What effects did the partnership have on each partner and on the territory?</source>
        <translation>Quels effets le partenariat a-t-il eus sur chaque partenaire et sur le territoire&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the results live up to the objectives and to the common stake?</source>
        <translation>Les résultats ont-ils été à la hauteur des objectifs et de l’enjeu commun&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What lessons do the partners draw, and what meaning do they give to what they did?</source>
        <translation>Quels enseignements les partenaires en tirent-ils, et quel sens donnent-ils à ce qu’ils ont fait&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What next: carry on, change model, widen the circle of partners, or stop?</source>
        <translation>Et ensuite&#xa0;: poursuivre, changer de modèle, élargir le cercle des partenaires ou arrêter&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How will you make the value created by the partnership known?</source>
        <translation>Comment ferez-vous connaître la valeur créée par le partenariat&#xa0;?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Qualify one&apos;s capacity to innovate</source>
        <translation>Qualifier sa capacité d’innovation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What characterises your innovation: the solution itself, the people and organisations it involves, its socio-economic model?</source>
        <translation>Qu’est-ce qui caractérise votre innovation&#xa0;: la solution elle-même, les acteurs qu’elle mobilise, son modèle socio-économique&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which organisations are already active on these stakes?</source>
        <translation>Quels acteurs sont déjà positionnés sur ces enjeux&#xa0;?</translation>
    </message>
    <message>
        <source>What characterises your innovation: the solution itself, the actors it mobilises, its socio-economic model?</source>
        <translation type="vanished">Qu’est-ce qui caractérise votre innovation&#xa0;: la solution elle-même, les acteurs qu’elle mobilise, son modèle socio-économique&#xa0;?</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Which phase of its development has it reached?</source>
        <translation>Quelle phase de son développement a-t-elle atteinte&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would prove that the concept works?</source>
        <translation>Qu’est-ce qui prouverait que le concept fonctionne&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Understand one&apos;s ecosystem</source>
        <translation>Comprendre son écosystème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What are the priorities of your ecosystem?</source>
        <translation>Quelles sont les priorités de votre écosystème&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is at stake, and which answers already exist?</source>
        <translation>Quels sont les enjeux, et quelles réponses existent déjà&#xa0;?</translation>
    </message>
    <message>
        <source>Which actors are already positioned on these stakes?</source>
        <translation type="vanished">Quels acteurs sont déjà positionnés sur ces enjeux&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How does the picture change from one territory to another?</source>
        <translation>Comment la situation varie-t-elle d’un territoire à l’autre&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Define one&apos;s strategy</source>
        <translation>Définir sa stratégie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where do you stand today?</source>
        <translation>Où en êtes-vous aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is your ambition?</source>
        <translation>Quelle est votre ambition&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which means will you need to fulfil it?</source>
        <translation>De quels moyens aurez-vous besoin pour la réaliser&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transform one&apos;s socio-economic model</source>
        <translation>Transformer son modèle socio-économique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which levers could change your socio-economic model?</source>
        <translation>Quels leviers pourraient faire évoluer votre modèle socio-économique&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which target model are you aiming for?</source>
        <translation>Quel modèle cible visez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Along which path will you get there?</source>
        <translation>Par quelle trajectoire y parviendrez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learn to ally</source>
        <translation>Apprendre à faire alliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why join forces with others?</source>
        <translation>Pourquoi s’allier avec d’autres&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With whom, and in what way?</source>
        <translation>Avec qui, et de quelle manière&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerate through digital</source>
        <translation>Accélérer grâce au numérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which digital uses would help you?</source>
        <translation>Quels usages numériques vous aideraient&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which solutions suit those uses?</source>
        <translation>Quelles solutions conviennent à ces usages&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is the right timing?</source>
        <translation>Quel est le bon calendrier&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate one&apos;s relevance</source>
        <translation>Évaluer sa pertinence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you measure your performance?</source>
        <translation>Comment mesurez-vous votre performance&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How useful are you to society?</source>
        <translation>Quelle est votre utilité pour la société&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What leverage do your partnerships give you?</source>
        <translation>Quel effet de levier vos partenariats vous apportent-ils&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well can you show the value of your innovation?</source>
        <translation>Dans quelle mesure savez-vous montrer la valeur de votre innovation&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/method/typology.cpp" line="+11"/>
        <source>Processes / value chain</source>
        <translation>Processus / chaîne de valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the organisation produces and works: its value chain and internal organisation.</source>
        <translation>La façon dont l’organisation produit et fonctionne&#xa0;: sa chaîne de valeur et son organisation interne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Socio-economic model</source>
        <translation>Modèle socio-économique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the organisation lasts: its economic balance and durability.</source>
        <translation>Ce qui fait durer l’organisation&#xa0;: son équilibre économique et sa pérennité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value proposition</source>
        <translation>Proposition de valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the organisation offers in answer to identified needs: its products and services.</source>
        <translation>Ce que l’organisation propose pour répondre aux besoins identifiés&#xa0;: ses produits et services.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positioning / anchoring</source>
        <translation>Positionnement / ancrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the organisation is rooted in its ecosystem, inside and outside.</source>
        <translation>La façon dont l’organisation s’ancre dans son écosystème, en interne comme en externe.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Responsible practices</source>
        <translation>Pratiques responsables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimised processes</source>
        <translation>Optimisation des processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service one partner provides to the other</source>
        <translation>Un service qu’un partenaire rend à l’autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What service does one partner provide to the other?</source>
        <translation>Quel service un partenaire rend-il à l’autre&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Economic cooperation</source>
        <translation>Coopération économique</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Economic balance</source>
        <translation>Équilibre économique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producing value together</source>
        <translation>Produire de la valeur ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do the partners produce value together?</source>
        <translation>Comment les partenaires produisent-ils de la valeur ensemble&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Societal innovation</source>
        <translation>Innovation sociétale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New products and services</source>
        <translation>Nouveaux produits et services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventing something together</source>
        <translation>Inventer quelque chose ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What are the partners inventing together?</source>
        <translation>Qu’inventent les partenaires ensemble&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corporate philanthropy</source>
        <translation>Mécénat</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sponsorship</source>
        <translation>Sponsoring</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Eiffage &amp; a work-integration social enterprise: social clauses in public contracts</source>
        <translation>Eiffage &amp; une entreprise d’insertion&#xa0;: clauses d’insertion des marchés publics</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Corporate giving</source>
        <translation>Mécénat classique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The company takes part in the association’s project, notably by involving its employees.</source>
        <translation>L’entreprise prend part au projet associatif, notamment en mobilisant ses collaborateurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skills-based volunteering</source>
        <translation>Mécénat de compétences</translation>
    </message>
    <message>
        <source>Patronage</source>
        <translation type="vanished">Mécénat</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Internal and external anchoring</source>
        <translation>Ancrage interne et externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gift without direct counterpart</source>
        <translation>Un don sans contrepartie directe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the giving partner involve its people (skills, volunteering) in the project?</source>
        <translation>Le partenaire donateur engage-t-il ses équipes dans le projet (compétences, bénévolat)&#xa0;?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>General-interest alternative</source>
        <translation>Alternative d’intérêt général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association provides a service that replaces a conventional one while serving the public interest.</source>
        <translation>Une association fournit un service qui remplace un service classique tout en servant l’intérêt général.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RATP &amp; ASF: refurbishing computer equipment</source>
        <translation>RATP &amp; ASF&#xa0;: reconditionnement de matériel informatique</translation>
    </message>
    <message>
        <source>Sponsoring</source>
        <translation type="vanished">Sponsoring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A general-interest alternative to a conventional service</source>
        <translation>Une alternative d’intérêt général à un service classique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice audit</source>
        <translation>Audit des pratiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association helps a company manage change in its own practices.</source>
        <translation>Une association aide une entreprise à conduire le changement dans ses propres pratiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toyota &amp; CPIE Bocage de l&apos;Avesnois</source>
        <translation>Toyota &amp; CPIE Bocage de l’Avesnois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associations offering consultancy</source>
        <translation>Associations proposant du conseil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support to change management inside the company</source>
        <translation>Un accompagnement de la conduite du changement dans l’entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service provision</source>
        <translation>Prestation de services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association provides a company with a service that indirectly serves the public interest; companies may offer the same kind of service.</source>
        <translation>Une association fournit à une entreprise un service qui sert indirectement l’intérêt général&#xa0;; des entreprises peuvent proposer le même type de service.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accenture &amp; GoodPlanet</source>
        <translation>Accenture &amp; GoodPlanet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associations offering conventional services (catering, training) with a social purpose or social means</source>
        <translation>Associations proposant des services classiques (restauration, formation) avec une finalité ou des moyens sociaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A conventional service with a social purpose or social means</source>
        <translation>Un service classique à finalité sociale ou aux moyens sociaux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hybrid model</source>
        <translation>Modèle hybride</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A joint venture where each partner brings skills or means to develop a service of high societal value.</source>
        <translation>Une coentreprise où chaque partenaire apporte des compétences ou des moyens pour développer un service à forte valeur sociétale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danone &amp; Grameen Bank: Grameen Danone Foods</source>
        <translation>Danone &amp; Grameen Bank&#xa0;: Grameen Danone Foods</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A joint structure (joint venture) to which each brings skills or means</source>
        <translation>Une structure commune (joint-venture) à laquelle chacun apporte compétences ou moyens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partners contribute to each other&apos;s activity so that each one&apos;s offer becomes stronger.</source>
        <translation>Les partenaires contribuent mutuellement à leurs activités afin de renforcer l’offre de chacun.</translation>
    </message>
    <message>
        <source>Eiffage &amp; an insertion company: insertion clauses in public contracts</source>
        <translation type="vanished">Eiffage &amp; une entreprise d’insertion&#xa0;: clauses d’insertion des marchés publics</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mutual contributions that strengthen each one&apos;s own offer</source>
        <translation>Des apports mutuels qui renforcent l’offre de chacun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Societal R&amp;D</source>
        <translation>R&amp;D sociétale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partners develop a product or service for a need that neither public authorities nor companies meet.</source>
        <translation>Les partenaires développent un produit ou un service pour un besoin auquel ne répondent ni les pouvoirs publics ni les entreprises.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Banque Postale &amp; ASAD: access to banking for vulnerable people</source>
        <translation>Banque Postale &amp; ASAD&#xa0;: accessibilité bancaire des personnes fragiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new product or service for a need met neither by public authorities nor by companies</source>
        <translation>Un nouveau produit ou service pour un besoin que ni les pouvoirs publics ni les entreprises ne couvrent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expertise sharing</source>
        <translation>Partage d’expertise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partners exchange skills so that each can better meet its own stakes.</source>
        <translation>Les partenaires échangent des compétences pour que chacun réponde mieux à ses propres enjeux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La Poste &amp; Jaccede.com: post office accessibility for people with reduced mobility</source>
        <translation>La Poste &amp; Jaccede.com&#xa0;: accessibilité des bureaux de poste aux personnes à mobilité réduite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An exchange of skills so that each better meets its own stakes</source>
        <translation>Un échange de compétences pour que chacun réponde mieux à ses propres enjeux</translation>
    </message>
    <message>
        <source>Classic patronage</source>
        <translation type="vanished">Mécénat classique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A gift, with no direct counterpart, to an association acting in the public interest.</source>
        <translation>Un don, sans contrepartie directe, à une association d’intérêt général.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitsubishi Electric &amp; Fondation pour l&apos;enfance</source>
        <translation>Mitsubishi Electric &amp; Fondation pour l’enfance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most foundations&apos; calls for projects</source>
        <translation>La plupart des appels à projets des fondations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: the support is a gift, in money or in kind</source>
        <translation>Non&#xa0;: le soutien est un don, en argent ou en nature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active engagement</source>
        <translation>Engagement actif</translation>
    </message>
    <message>
        <source>The company takes part in the associative project, notably by involving its employees.</source>
        <translation type="vanished">L’entreprise prend part au projet associatif, notamment en mobilisant ses collaborateurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deloitte &amp; SNC</source>
        <translation>Deloitte &amp; SNC</translation>
    </message>
    <message>
        <source>Skills-based patronage</source>
        <translation type="vanished">Mécénat de compétences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes: its people take part, with their skills or their time</source>
        <translation>Oui&#xa0;: ses équipes s’engagent, par leurs compétences ou leur temps</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+59"/>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation>La mise à niveau du fichier au format %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <location filename="../ui/report/minutesactions.cpp" line="+31"/>
        <source>minutes.pdf</source>
        <translation>compte rendu.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – minutes.pdf</source>
        <translation>%1 – compte rendu.pdf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the minutes</source>
        <translation>Imprimer le compte rendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Minutes written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Compte rendu écrit dans %1 (%n page).</numerusform>
            <numerusform>Compte rendu écrit dans %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <location filename="../core/evaluation/needsviews.cpp" line="+72"/>
        <source>%1 for %2</source>
        <extracomment>A priority and who chose it, in a sentence on differing views: &quot;high for Association A and Company B&quot;.</extracomment>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priorities differ on “%1”: %2.</source>
        <translation>Les priorités diffèrent sur «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list in a sentence: &quot;A, B and C&quot;.</extracomment>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../core/portfolio/foldersource.cpp" line="+60"/>
        <source>The folder “%1” cannot be read.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the first %1 of %2 files are listed.</source>
        <translation>Seuls les&#xa0;%1 premiers fichiers sur&#xa0;%2 sont listés.</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliocharts.cpp" line="-200"/>
        <location line="+3"/>
        <location filename="../core/portfolio/portfolioreport.cpp" line="+73"/>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose a folder of partnerships to see them counted.</source>
        <translation>Choisissez un dossier de partenariats pour les voir comptés.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n other partnership(s)</source>
        <translation>
            <numerusform>%n autre partenariat</numerusform>
            <numerusform>%n autres partenariats</numerusform>
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
        <translation>Jalons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steering committees</source>
        <translation>Comités de pilotage</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>from %1</source>
        <extracomment>A week of the deadline chart, by its first day (e.g. &quot;from 7 Dec&quot;).</extracomment>
        <translation>dès le %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Partnerships per model</source>
        <translation>Partenariats par modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+124"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partnerships per current step</source>
        <translation>Partenariats par étape en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicators at risk or off track, per partnership</source>
        <translation>Indicateurs à risque ou hors trajectoire, par partenariat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No indicator of the partnerships listed is at risk or off track.</source>
        <translation>Aucun indicateur des partenariats listés n’est à risque ni hors trajectoire.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Due in the next %n day(s), per partnership</source>
        <translation>
            <numerusform>Échéances du prochain jour, par partenariat</numerusform>
            <numerusform>Échéances des %n prochains jours, par partenariat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <location line="+19"/>
        <source>No open action, milestone or steering committee falls due in the next %n day(s).</source>
        <translation>
            <numerusform>Aucune action ouverte, aucun jalon ni comité de pilotage n’arrive à échéance dans le prochain jour.</numerusform>
            <numerusform>Aucune action ouverte, aucun jalon ni comité de pilotage n’arrive à échéance dans les %n prochains jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Due in the next %n day(s), per week</source>
        <translation>
            <numerusform>Échéances du prochain jour, par semaine</numerusform>
            <numerusform>Échéances des %n prochains jours, par semaine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfolioexport.cpp" line="+38"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="-106"/>
        <source>%1%</source>
        <extracomment>A percentage; French puts a no-break space before %.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <extracomment>A date, then what happens that day: &quot;15/01/2027 – Comité de pilotage&quot;.</extracomment>
        <translation>%1 –&#xa0;%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no review yet</source>
        <translation>pas encore de revue</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%n partner(s) answered)</source>
        <translation>
            <numerusform>%1 (%n partenaire a répondu)</numerusform>
            <numerusform>%1 (%n partenaires ont répondu)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no indicator</source>
        <translation>aucun indicateur</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n off track</source>
        <translation>
            <numerusform>%n hors trajectoire</numerusform>
            <numerusform>%n hors trajectoire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n at risk</source>
        <translation>
            <numerusform>%n à risque</numerusform>
            <numerusform>%n à risque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on track</source>
        <translation>
            <numerusform>%n en bonne voie</numerusform>
            <numerusform>%n en bonne voie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without data</source>
        <translation>
            <numerusform>%n sans donnée</numerusform>
            <numerusform>%n sans donnée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfolioreport.cpp" line="-37"/>
        <location filename="../ui/portfolio/portfoliopdf.cpp" line="+90"/>
        <source>Portfolio of partnerships</source>
        <translation>Portefeuille de partenariats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from %1</source>
        <translation>Lu dans %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partnership(s) listed</source>
        <translation>
            <numerusform>%n partenariat listé</numerusform>
            <numerusform>%n partenariats listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n file(s) refused</source>
        <translation>
            <numerusform>, %n fichier refusé</numerusform>
            <numerusform>, %n fichiers refusés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio report of %1</source>
        <translation>Rapport de portefeuille du %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the model: %1</source>
        <translation>Seulement le modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+7"/>
        <source>not named yet</source>
        <translation>pas encore nommé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the current step: %1</source>
        <translation>Seulement l’étape en cours&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only with a partner in: %1</source>
        <translation>Seulement avec un partenaire en&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the status: %1</source>
        <translation>Seulement le statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorted by %1, in descending order</source>
        <translation>Trié par «&#xa0;%1&#xa0;», par ordre décroissant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by %1</source>
        <translation>Trié par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No partnership file passed the check.</source>
        <translation>Aucun fichier de partenariat n’a passé la vérification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line is a partnership file that passed the check, with its figures on the day of the report: its indicators by status, the three angles of its last review with how many partners answered, its late actions, its next milestone and its next steering committee.</source>
        <translation>Chaque ligne est un fichier de partenariat qui a passé la vérification, avec ses chiffres au jour du rapport&#xa0;: ses indicateurs par statut, les trois angles de sa dernière revue avec le nombre de partenaires qui ont répondu, ses actions en retard, son prochain jalon et son prochain comité de pilotage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consolidated charts</source>
        <translation>Graphiques consolidés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partnerships listed, together; refused files are not counted. A deadline is an open action or milestone due, or a steering committee held, from the day of the report to %1 or %2 days after it.</source>
        <translation>Les partenariats listés, ensemble&#xa0;; les fichiers refusés ne sont pas comptés. Une échéance est une action ou un jalon ouvert à rendre, ou un comité de pilotage tenu, du jour du rapport à %1 ou %2 jours après.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused files</source>
        <translation>Fichiers refusés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file was refused.</source>
        <translation>Aucun fichier n’a été refusé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files were not read: they failed the check every received file goes through.</source>
        <translation>Ces fichiers n’ont pas été lus&#xa0;: ils n’ont pas passé la vérification que subit tout fichier reçu.</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+9"/>
        <source>%1. %2</source>
        <extracomment>A step of the journey: &quot;4. Map the ecosystem&quot;.</extracomment>
        <translation>%1.&#xa0;%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliocharts.cpp" line="-52"/>
        <location line="+36"/>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+2"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+2"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliocharts.cpp" line="-35"/>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+2"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+2"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coherence</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next milestone</source>
        <translation>Prochain jalon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next committee</source>
        <translation>Prochain comité</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfolioreport.cpp" line="-9"/>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+2"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+47"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Sans donnée</translation>
    </message>
    <message>
        <location filename="../core/portfolio/summary.cpp" line="+172"/>
        <source>The file “%1” was refused.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a été refusé.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/widgets/fieldeditors.cpp" line="+35"/>
        <source>Not changed</source>
        <translation>Modification non effectuée</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <location filename="../core/questionnaire/binding.cpp" line="+111"/>
        <source>This workbook is not a questionnaire prepared by Alliance Pilot.</source>
        <translation>Ce classeur n’est pas un questionnaire préparé par Alliance Pilot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This questionnaire was prepared by another version of Alliance Pilot.</source>
        <translation>Ce questionnaire a été préparé par une autre version d’Alliance Pilot.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hidden part of this questionnaire was changed after it was prepared, or it was prepared on another computer: its answers cannot be trusted. Prepare the questionnaire again on this computer.</source>
        <translation>La partie masquée de ce questionnaire a été modifiée après sa préparation, ou il a été préparé sur un autre ordinateur&#xa0;: ses réponses ne sont pas fiables. Préparez de nouveau le questionnaire sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hidden part of this questionnaire is damaged.</source>
        <translation>La partie masquée de ce questionnaire est endommagée.</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/questionnaire.cpp" line="+78"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maturity self-diagnostic</source>
        <translation>Autodiagnostic de maturité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighting of the carré magique</source>
        <translation>Pondération du carré magique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seven needs of the territory</source>
        <translation>Les sept besoins du territoire</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>0 – not started</source>
        <translation>0 – pas commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – mastered</source>
        <translation>%1 – maîtrisé</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/questionnairebatch.cpp" line="+33"/>
        <source>Choose at least one partner.</source>
        <translation>Choisissez au moins un partenaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder “%1” could not be made.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/questionnaire/questionnairewriter.cpp" line="+97"/>
        <source>The organisation is not a partner of this partnership.</source>
        <translation>Cette organisation n’est pas partenaire de ce partenariat.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The writing was stopped.</source>
        <translation>L’écriture a été interrompue.</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/questionnairefilename.cpp" line="+43"/>
        <source>review</source>
        <translation>revue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maturity</source>
        <translation>maturité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights</source>
        <translation>pondération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs</source>
        <translation>besoins</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/questionnaireinstructions.cpp" line="+15"/>
        <source>It asks for your organisation’s view in the review “%1”: give each criterion a rating from 0 to %2 (or pick an answer) and say why in your own words.</source>
        <translation>Il recueille l’avis de votre organisation pour la revue «&#xa0;%1&#xa0;»&#xa0;: notez chaque critère de 0 à %2 (ou choisissez une réponse) et dites pourquoi avec vos mots.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is your organisation’s maturity self-diagnostic: for each question, pick how far your organisation has come, from 0 (not started) to %1 (mastered).</source>
        <translation>C’est l’autodiagnostic de maturité de votre organisation&#xa0;: pour chaque question, indiquez où en est votre organisation, de 0 (pas commencé) à %1 (maîtrisé).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It asks how much each of the four objectives of the carré magique matters to your organisation.</source>
        <translation>Il demande quelle importance chacun des quatre objectifs du carré magique a pour votre organisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It asks for your organisation’s view of the seven needs of the territory: how much each one matters, and what it is in your words.</source>
        <translation>Il recueille le regard de votre organisation sur les sept besoins du territoire&#xa0;: l’importance de chacun, et ce qu’il est selon vous, avec vos mots.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — questionnaire</source>
        <translation>%1 — questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workbook is a questionnaire of the partnership “%1”, prepared with Alliance Pilot for an organisation of the kind “%2”. It is anonymous: your answers are counted with those of the other organisations of the same kind, never under your name.</source>
        <translation>Ce classeur est un questionnaire du partenariat «&#xa0;%1&#xa0;», préparé avec Alliance Pilot pour une organisation de type «&#xa0;%2&#xa0;». Il est anonyme&#xa0;: vos réponses sont comptées avec celles des autres organisations du même type, jamais sous votre nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This workbook is a questionnaire of the partnership “%1”, prepared with Alliance Pilot for %2.</source>
        <translation>Ce classeur est un questionnaire du partenariat «&#xa0;%1&#xa0;», préparé avec Alliance Pilot pour %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to answer</source>
        <translation>Comment répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Open the sheet “%1”.</source>
        <translation>1. Ouvrez la feuille «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. In column C, type a whole number from 0 to 100 for each objective: the four weights add up to 100.</source>
        <translation>2. En colonne C, saisissez un nombre entier de 0 à 100 pour chaque objectif&#xa0;: les quatre poids font 100 au total.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. In column C, pick your answer from the list that opens when you select the cell.</source>
        <translation>2. En colonne C, choisissez votre réponse dans la liste qui s’ouvre quand vous sélectionnez la cellule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. In column D, write your comments in your own words, as long as you wish.</source>
        <translation>3. En colonne D, écrivez vos commentaires avec vos mots, aussi longs que vous le souhaitez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers already known are filled in: change what is no longer right.</source>
        <translation>Les réponses déjà connues sont remplies&#xa0;: modifiez ce qui n’est plus juste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not rename, add or remove sheets and do not move rows: each answer is read from its place. The other cells are protected so that nothing is changed by mistake.</source>
        <translation>Ne renommez, n’ajoutez ni ne supprimez de feuille et ne déplacez pas de ligne&#xa0;: chaque réponse est lue à sa place. Les autres cellules sont protégées pour que rien ne soit modifié par erreur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the workbook as an Excel workbook (.xlsx) and send it back to the person who sent it to you.</source>
        <translation>Enregistrez le classeur au format Excel (.xlsx) et renvoyez-le à la personne qui vous l’a envoyé.</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/questionnairewriter.cpp" line="-62"/>
        <source>The questionnaire could not be written: %1</source>
        <translation>Le questionnaire n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Choose a review of this partnership.</source>
        <translation>Choisissez une revue de ce partenariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a review’s questionnaire can be anonymous.</source>
        <translation>Seul le questionnaire d’une revue peut être anonyme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has no kind of organisation: an anonymous questionnaire is bound to that kind. Choose it first.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de type d’organisation&#xa0;: un questionnaire anonyme est rattaché à ce type. Choisissez-le d’abord.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This questionnaire has no question for “%1”.</source>
        <translation>Ce questionnaire n’a aucune question pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This questionnaire has %1 questions, more than a workbook may carry (%2).</source>
        <translation>Ce questionnaire compte %1&#xa0;questions, plus qu’un classeur ne peut en porter (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Instructions</source>
        <translation>Mode d’emploi</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — anonymous, organisation of the kind “%2”</source>
        <translation>%1 — anonyme, organisation de type «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight (0 to 100)</source>
        <translation>Poids (de 0 à 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Total (100 expected)</source>
        <translation>Total (100 attendu)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number from 0 to 100. The four weights add up to 100.</source>
        <translation>Un nombre entier de 0 à 100. Les quatre poids font 100 au total.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a whole number from 0 to 100.</source>
        <translation>Saisissez un nombre entier de 0 à 100.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pick an answer from the list.</source>
        <translation>Choisissez une réponse dans la liste.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/veryhidden.cpp" line="+17"/>
        <source>The questionnaire “%1” could not be finished.</source>
        <translation>Le questionnaire «&#xa0;%1&#xa0;» n’a pas pu être terminé.</translation>
    </message>
    <message>
        <location filename="../core/questionnaire/answercells.cpp" line="+24"/>
        <source>it holds a formula, and only values typed in are read</source>
        <translation>elle contient une formule, et seules les valeurs saisies sont lues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds an error value</source>
        <translation>elle contient une valeur d’erreur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds a yes/no value</source>
        <translation>elle contient une valeur oui/non</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>“%1” is not one of the answers offered</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des réponses proposées</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not a whole number from 0 to 100</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the text is longer than %1 characters</source>
        <translation>le texte dépasse %1 caractères</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/questionnaire/answersaggregate.cpp" line="+81"/>
        <source>%1: %n respondent(s)</source>
        <extracomment>%1 an organisation kind (Association...), %n the respondents</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %n répondant</numerusform>
            <numerusform>%1&#xa0;: %n répondants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <extracomment>one value and how many chose it: &quot;3: 2&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: mean %2 (%3)</source>
        <extracomment>%1 the question, %2 the mean rating, %3 the count of each value</extracomment>
        <translation>  %1&#xa0;: moyenne %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireActions</name>
    <message numerus="yes">
        <location filename="../ui/questionnaireactions.cpp" line="+26"/>
        <source>%n questionnaire(s) written to %1</source>
        <translation>
            <numerusform>%n questionnaire écrit dans %1</numerusform>
            <numerusform>%n questionnaires écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questionnaires prepared</source>
        <translation>Questionnaires préparés</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n workbook(s) written to the folder %1. Send each partner theirs.</source>
        <translation>
            <numerusform>%n classeur écrit dans le dossier %1. Envoyez à chaque partenaire le sien.</numerusform>
            <numerusform>%n classeurs écrits dans le dossier %1. Envoyez à chaque partenaire le sien.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preparing the questionnaires…</source>
        <translation>Préparation des questionnaires…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Prepare questionnaires</source>
        <translation>Préparer les questionnaires</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n workbook(s) written before this stopped: %1</source>
        <translation>
            <numerusform>%n classeur écrit avant l’arrêt&#xa0;: %1</numerusform>
            <numerusform>%n classeurs écrits avant l’arrêt&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prepare questionnaires…</source>
        <translation>Préparer les questionnaires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the workbooks partners fill in with a spreadsheet, without the app</source>
        <translation>Écrire les classeurs que les partenaires remplissent avec un tableur, sans l’application</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>%1 gives the most weight to %2 (%3%).</source>
        <translation type="vanished">%1 accorde le plus de poids à %2 (%3&#xa0;%).</translation>
    </message>
    <message>
        <source>%1 gives the same highest weight (%2%) to %3.</source>
        <translation type="vanished">%1 accorde le même poids, le plus élevé (%2&#xa0;%), à %3.</translation>
    </message>
    <message>
        <source>%1 has not weighted its objectives yet and is left out.</source>
        <translation type="vanished">%1 n’a pas encore pondéré ses objectifs et n’est donc pas pris en compte.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="vanished">%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>Partnership barycentre: %1.</source>
        <translation type="vanished">Barycentre du partenariat&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Together, the partners give the most weight to %1 (%2%): the recommended category is %3.</source>
        <translation type="vanished">Ensemble, les partenaires accordent le plus de poids à %1 (%2&#xa0;%)&#xa0;: la catégorie recommandée est %3.</translation>
    </message>
    <message>
        <source>Together, the partners give the same weight (%1%) to %2; %3 comes first in the method&apos;s order, so the recommended category is %4.</source>
        <translation type="vanished">Ensemble, les partenaires accordent le même poids (%1&#xa0;%) à %2&#xa0;; %3 vient en premier dans l’ordre de la méthode, la catégorie recommandée est donc %4.</translation>
    </message>
    <message>
        <source>Only %1 has weighted its objectives: the recommendation reflects its view alone.</source>
        <translation type="vanished">Un seul partenaire, %1, a pondéré ses objectifs&#xa0;: la recommandation ne reflète que son point de vue.</translation>
    </message>
    <message>
        <source>The partners&apos; weightings are far apart (divergence %1 out of 100, alert above %2): agree on a common stake before choosing the model.</source>
        <translation type="vanished">Les pondérations des partenaires sont très éloignées (divergence de %1 sur 100, alerte au-delà de %2)&#xa0;: accordez-vous sur un enjeu commun avant de choisir le modèle.</translation>
    </message>
    <message>
        <source>The partners&apos; weightings are close (divergence %1 out of 100, alert above %2).</source>
        <translation type="vanished">Les pondérations des partenaires sont proches (divergence de %1 sur 100, alerte au-delà de %2).</translation>
    </message>
    <message>
        <source>They differ most on %1: %2 points between the highest and the lowest weight.</source>
        <translation type="vanished">Le plus grand écart porte sur %1&#xa0;: %2 points entre le poids le plus élevé et le plus faible.</translation>
    </message>
    <message>
        <source>%1 and %2 are the furthest apart.</source>
        <translation type="vanished">Les positions de %1 et de %2 sont les plus éloignées.</translation>
    </message>
    <message>
        <source>The nearest model is %1 (%2): %3% match.</source>
        <translation type="vanished">Le modèle le plus proche est %1 (%2)&#xa0;: correspondance de %3&#xa0;%.</translation>
    </message>
    <message>
        <source>This model belongs to another category than the recommended one: the partners&apos; weights sit between categories, discuss which one fits best.</source>
        <translation type="vanished">Ce modèle appartient à une autre catégorie que celle recommandée&#xa0;: les poids des partenaires se situent entre plusieurs catégories, discutez de celle qui convient le mieux.</translation>
    </message>
    <message>
        <source>%1 (%2) is just as near (%3% match): worth discussing.</source>
        <translation type="vanished">%1 (%2) est tout aussi proche (correspondance de %3&#xa0;%)&#xa0;: à discuter.</translation>
    </message>
    <message>
        <source>%1 (%2) comes a close second (%3% match, %4 points behind): worth discussing.</source>
        <translation type="vanished">%1 (%2) arrive juste derrière, en deuxième position (correspondance de %3&#xa0;%, %4 points d’écart)&#xa0;: à discuter.</translation>
    </message>
    <message>
        <source>%1 (%2) comes second (%3% match, %4 points behind).</source>
        <translation type="vanished">%1 (%2) arrive en deuxième position (correspondance de %3&#xa0;%, %4 points d’écart).</translation>
    </message>
    <message>
        <source>No partner has weighted its objectives yet: no recommendation can be made. Ask each partner to weight the four objectives in step 2.</source>
        <translation type="vanished">Aucun partenaire n’a encore pondéré ses objectifs&#xa0;: aucune recommandation n’est possible. Demandez à chaque partenaire de pondérer les quatre objectifs à l’étape 2.</translation>
    </message>
    <message>
        <location filename="../core/evaluation/recommendation.cpp" line="+31"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 puts %2 first (%3%): from its side, the partnership is %4.</source>
        <translation>%1 place en premier %2 (%3&#xa0;%)&#xa0;: de son côté, le partenariat relève de la catégorie %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 gives the same weight (%2%) to %3: from its side, the partnership sits between %4.</source>
        <translation>%1 donne le même poids (%2&#xa0;%) à %3&#xa0;: de son côté, le partenariat se situe entre %4.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has not weighted its objectives yet.</source>
        <translation>%1 n’a pas encore pondéré ses objectifs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) entered weights, but they are not counted: its role is to support the partnership, not to be party to it.</source>
        <translation>%1 (%2) a saisi des pondérations, mais elles ne comptent pas&#xa0;: son rôle est d’accompagner le partenariat, pas d’y être partie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) does not weight its objectives: its role is to support the partnership, not to be party to it.</source>
        <translation>%1 (%2) ne pondère pas ses objectifs&#xa0;: son rôle est d’accompagner le partenariat, pas d’y être partie.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No partner has weighted its objectives yet: once they do, in step 2, each one&apos;s reading will point to a category. The relationship can already be described below.</source>
        <translation>Aucun partenaire n’a encore pondéré ses objectifs&#xa0;: dès qu’ils le feront, à l’étape 2, la lecture de chacun pointera vers une catégorie. La relation peut déjà être décrite ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n partner(s) who weighted point to %1.</source>
        <translation>
            <numerusform>Le partenaire qui a pondéré ses objectifs pointe vers %1.</numerusform>
            <numerusform>Les %n partenaires qui ont pondéré leurs objectifs pointent tous vers %1.</numerusform>
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
        <translation>Les lectures pointent vers %1. Des partenaires de natures différentes s’allient souvent pour des raisons différentes&#xa0;: ce n’est pas un désaccord.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe the relationship between the partners to name the model.</source>
        <translation>Décrivez la relation entre les partenaires pour nommer le modèle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relationship described is %1: answer the second question to name the model.</source>
        <translation>La relation décrite relève de %1&#xa0;: répondez à la seconde question pour nommer le modèle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The relationship described names the model %1, in the category %2.</source>
        <translation>La relation décrite nomme le modèle %1, dans la catégorie %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it serves each partner will show once the partners weight their objectives in step 2.</source>
        <translation>La façon dont il sert chaque partenaire apparaîtra quand les partenaires auront pondéré leurs objectifs à l’étape 2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For %1, the model serves what it weights most: %2 (%3%).</source>
        <translation>Pour %1, le modèle sert ce qui pèse le plus&#xa0;: %2 (%3&#xa0;%).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 looks first for %2 (%3%), and gives %4 %5%: it should find its own objective in what the partnership brings it, as the common stake should say.</source>
        <translation>%1 cherche d’abord %2 (%3&#xa0;%) et accorde %5&#xa0;% à %4&#xa0;: il lui faut trouver son propre objectif dans ce que le partenariat lui apporte, ce que l’enjeu commun devrait dire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No partner puts %1 first, the objective a %2 partnership serves: check with the partners that this model fits their common stake.</source>
        <translation>Aucun partenaire ne place en premier %1, l’objectif que sert un partenariat de la catégorie %2&#xa0;: vérifiez avec les partenaires que ce modèle correspond à leur enjeu commun.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/reportagreement.cpp" line="+18"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How decisions are taken</source>
        <translation>Prise de décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
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
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The governance has not been described yet.</source>
        <translation>La gouvernance n’a pas encore été décrite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <location filename="../core/report/reportresults.cpp" line="-247"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+97"/>
        <location filename="../core/report/reportminutes.cpp" line="-111"/>
        <location line="+64"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-300"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contribution has been recorded.</source>
        <translation>Aucune contribution n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Total value</source>
        <translation>Valeur totale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it brings</source>
        <translation>Ce qu’il apporte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not assigned to a partner yet</source>
        <translation>Pas encore attribué à un partenaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement has not been written yet.</source>
        <translation>La convention n’a pas encore été rédigée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportminutes.cpp" line="+7"/>
        <location filename="../core/report/reportpreparation.cpp" line="+11"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key documents</source>
        <translation>Documents clés</translation>
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
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportminutes.cpp" line="-44"/>
        <location line="+44"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportminutes.cpp" line="-44"/>
        <location line="+45"/>
        <location filename="../core/report/reportresults.cpp" line="+158"/>
        <location filename="../core/report/reportsteps.cpp" line="-7"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+21"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-96"/>
        <source>%1, late</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (milestone)</source>
        <translation>%1 (jalon)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action has been planned.</source>
        <translation>Aucune action n’a été planifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-103"/>
        <source>Late on %1</source>
        <translation>En retard au %1</translation>
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
        <translation>Revue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Respondents</source>
        <comment>column: how many partners answered the review</comment>
        <translation>Répondants</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviews held</source>
        <translation>Revues menées</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/reportresults.cpp" line="+192"/>
        <source>No review has been held yet.</source>
        <translation>Aucune revue n’a encore été menée.</translation>
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
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Steering committee pack of %1</source>
        <translation type="vanished">Dossier du comité de pilotage du %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.cpp" line="+11"/>
        <source>Pack for “%1” of %2, prepared on %3</source>
        <translation>Dossier pour le «&#xa0;%1&#xa0;» du %2, préparé le %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering committee pack, prepared on %1</source>
        <translation>Dossier du comité de pilotage, préparé le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation report of %1</source>
        <translation>Rapport d’évaluation du %1</translation>
    </message>
    <message>
        <location filename="../core/portfolio/portfolioreport.cpp" line="+42"/>
        <location filename="../core/report/reportbuilder.cpp" line="+35"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/report/reportbuilder.cpp" line="+2"/>
        <location filename="../core/report/reportminutes.cpp" line="+70"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the steering committee</source>
        <translation>Pour le comité de pilotage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/report/reportresults.cpp" line="-140"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review scores</source>
        <translation>Scores des revues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons learnt and next steps</source>
        <translation>Enseignements et prochaines étapes</translation>
    </message>
    <message>
        <source>Territory need</source>
        <translation type="vanished">Besoin du territoire</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="vanished">Priorité</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="vanished">Réponse</translation>
    </message>
    <message>
        <source>Needs of the territory</source>
        <translation type="vanished">Besoins du territoire</translation>
    </message>
    <message>
        <location filename="../core/report/reportpreparation.cpp" line="-136"/>
        <source>No need of the territory was described.</source>
        <translation>Aucun besoin du territoire n’a été décrit.</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="-56"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <comment>column: how many people attend a meeting</comment>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The project holds no meeting.</source>
        <translation>Le projet ne compte aucune réunion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting is dated or titled “%1”. The meetings are: %2.</source>
        <translation>Aucune réunion n’a pour date ou pour titre «&#xa0;%1&#xa0;». Les réunions sont&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several meetings match “%1”: %2.</source>
        <translation>Plusieurs réunions correspondent à «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Minutes: %1</source>
        <extracomment>The heading of a meeting&apos;s printed minutes, e.g. &quot;Minutes: Annual steering committee&quot;</extracomment>
        <translation>Compte rendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review discussed</source>
        <translation>Revue examinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
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
        <translation>Aucun participant n’a été noté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agenda was written.</source>
        <translation>Aucun ordre du jour n’a été rédigé.</translation>
    </message>
    <message>
        <source>Resulting action</source>
        <translation type="vanished">Action qui en découle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No decision was recorded.</source>
        <translation>Aucune décision n’a été notée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes have not been written yet.</source>
        <translation>Le compte rendu n’est pas encore rédigé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Committees and meetings</source>
        <translation>Comités et réunions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting has been recorded.</source>
        <translation>Aucune réunion n’a été notée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting has been held yet.</source>
        <translation>Aucune réunion ne s’est encore tenue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings to come</source>
        <translation>Réunions à venir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; action: %2</source>
        <translation>%1&#xa0;; action&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decisions of the meetings</source>
        <translation>Décisions des réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision has been recorded.</source>
        <translation>Aucune décision n’a été notée.</translation>
    </message>
    <message>
        <location filename="../core/report/reportpreparation.cpp" line="-131"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions answered</source>
        <translation>Questions répondues</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+41"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maturity of the partners</source>
        <translation>Maturité des partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No partner has answered the maturity questions.</source>
        <translation>Aucun partenaire n’a répondu aux questions de maturité.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Common stake</source>
        <translation>Enjeu commun</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+63"/>
        <location filename="../core/report/reportresults.cpp" line="-171"/>
        <location line="+90"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Needs of the territory, from each partner&apos;s view</source>
        <translation>Besoins du territoire, selon chaque partenaire</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>priorities differ: %1.</source>
        <translation>priorités différentes&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the same priority for the %n partners who set one.</source>
        <translation>
            <numerusform>même priorité pour le partenaire qui en a fixé une.</numerusform>
            <numerusform>même priorité pour les %n partenaires qui en ont fixé une.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n partner(s) answered.</source>
        <translation>
            <numerusform>%n partenaire a répondu.</numerusform>
            <numerusform>%n partenaires ont répondu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered before each partner had its own view.</source>
        <translation>réponse donnée avant que chaque partenaire ait son propre regard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared view (earlier file format)</source>
        <translation>Vue commune (ancien format de fichier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no priority</source>
        <translation>sans priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Next tools to use</source>
        <translation>Prochains outils à utiliser</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The carré magique of each partner</source>
        <translation>Le carré magique de chaque partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partner has weighted its objectives.</source>
        <translation>Aucun partenaire n’a pondéré ses objectifs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each partner expects</source>
        <translation>Ce que chaque partenaire attend</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="vanished">Recommandation</translation>
    </message>
    <message>
        <source>Recommended model</source>
        <translation type="vanished">Modèle recommandé</translation>
    </message>
    <message>
        <source>Recommended category</source>
        <translation type="vanished">Catégorie recommandée</translation>
    </message>
    <message>
        <source>Choice of the partners</source>
        <translation type="vanished">Choix des partenaires</translation>
    </message>
    <message>
        <source>No model has been chosen yet.</source>
        <translation type="vanished">Aucun modèle n’a encore été choisi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each partner&apos;s reading</source>
        <translation>La lecture de chaque partenaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relationship described</source>
        <translation>La relation décrite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partners have not described their relationship yet.</source>
        <translation>Les partenaires n’ont pas encore décrit leur relation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the relationship is</source>
        <translation>Nature de la relation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this model</source>
        <translation>Pourquoi ce modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location filename="../core/report/reportresults.cpp" line="+231"/>
        <location filename="../core/report/reportsteps.cpp" line="+27"/>
        <source>%1 (private)</source>
        <translation>%1 (privé)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation has been added.</source>
        <translation>Aucune organisation n’a été ajoutée.</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="-78"/>
        <location filename="../core/report/reportpreparation.cpp" line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/report/reportpreparation.cpp" line="+0"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalyst function</source>
        <translation>Fonction de catalyseur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalyst functions</source>
        <translation>Fonctions de catalyseur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links between actors</source>
        <translation>Liens entre acteurs</translation>
    </message>
    <message>
        <location filename="../core/report/reportresults.cpp" line="-475"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No data</source>
        <translation>Sans donnée</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+398"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="vanished">Moyenne</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Lowest</source>
        <translation>Plus basse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highest</source>
        <translation>Plus haute</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="vanished">Notes</translation>
    </message>
    <message>
        <location line="+93"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+376"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="vanished">Situation initiale</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+0"/>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-232"/>
        <source>No indicator has been defined.</source>
        <translation>Aucun indicateur n’a été défini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall achievement</source>
        <translation>Réalisation globale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on track, %2 at risk, %3 off track, %4 without data</source>
        <translation>%1 en bonne voie, %2 à risque, %3 hors trajectoire, %4 sans donnée</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Earlier reviews</source>
        <translation>Revues précédentes</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n earlier review(s), one row each: each figure with how many partners answered. Their answers, partner by partner, are on the Evaluate page of the project; the latest reviews follow in full.</source>
        <translation>
            <numerusform>La revue précédente, sur une ligne&#xa0;: chaque chiffre avec le nombre de partenaires qui ont répondu. Ses réponses, partenaire par partenaire, sont sur la page Évaluer du projet&#xa0;; les dernières revues suivent en entier.</numerusform>
            <numerusform>Les %n revues précédentes, une ligne chacune&#xa0;: chaque chiffre avec le nombre de partenaires qui ont répondu. Leurs réponses, partenaire par partenaire, sont sur la page Évaluer du projet&#xa0;; les dernières revues suivent en entier.</numerusform>
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
        <translation>Indicateurs par rapport à leurs cibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 (%3 of %4 indicators with data)</source>
        <translation>%1 au %2 (%3 indicateurs mesurés sur %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no measurement by %1</source>
        <translation>aucune mesure au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impacts</source>
        <translation>Impacts</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="vanished">Critère</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="vanished">Commentaire</translation>
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
            <numerusform>%n partenaire a répondu</numerusform>
            <numerusform>%n partenaires ont répondu</numerusform>
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
        <translation>sans note</translation>
    </message>
    <message>
        <location filename="../core/report/reportagreement.cpp" line="-96"/>
        <location line="+2"/>
        <location filename="../core/report/reportresults.cpp" line="-47"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+454"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/report/reportresults.cpp" line="+0"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>and %n more answer(s), on the Evaluate page of the project</source>
        <translation>
            <numerusform>et %n autre réponse, sur la page Évaluer du projet</numerusform>
            <numerusform>et %n autres réponses, sur la page Évaluer du projet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight in step 2</source>
        <translation>Poids à l’étape 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect rated</source>
        <translation>Effet noté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not weighted</source>
        <translation>non pondéré</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>none written</source>
        <translation>rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mean (partners who answered)</source>
        <translation>Moyenne (partenaires ayant répondu)</translation>
    </message>
    <message>
        <source>Indicator (unit)</source>
        <translation type="vanished">Indicateur (unité)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Baseline → target</source>
        <translation>Situation initiale → cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-30"/>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-1"/>
        <source>Expected</source>
        <translation>Attendu</translation>
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
        <translation>Atteint&#xa0;: la part du chemin entre la situation initiale et la cible que couvre la dernière mesure. Attendu&#xa0;: la part due à la date de cette mesure, sur une ligne droite allant du début du partenariat (ou de la première mesure) à la date cible, et tout le chemin une fois la date cible passée. Un indicateur est en bonne voie à partir de %1 de l’attendu, à risque à partir de %2, hors trajectoire en dessous&#xa0;; sans date cible, tout le chemin est attendu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Achieved: the share of the way from baseline to target that the latest measurement covers. An indicator is on track from %1 of its target, at risk from %2, off track below.</source>
        <translation>Atteint&#xa0;: la part du chemin entre la situation initiale et la cible que couvre la dernière mesure. Un indicateur est en bonne voie à partir de %1 de sa cible, à risque à partir de %2, hors trajectoire en dessous.</translation>
    </message>
    <message>
        <source>Nobody has scored this review yet.</source>
        <translation type="vanished">Personne n’a encore noté cette revue.</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+250"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="-149"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-298"/>
        <source>Impact: %1</source>
        <translation>Impact&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Nobody has answered this review yet.</source>
        <translation>Personne n’a encore répondu à cette revue.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Other notes</source>
        <translation>Autres notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No lesson or next step has been written yet.</source>
        <translation>Aucun enseignement ni prochaine étape n’a encore été écrit.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsteps.cpp" line="-25"/>
        <source>%1 (suggested from what was entered: %2)</source>
        <translation>%1 (suggéré d’après ce qui a été saisi&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; French puts a (narrow no-break) space before %.</extracomment>
        <translation type="vanished">%1&#x202f;%</translation>
    </message>
    <message>
        <source>€%1</source>
        <extracomment>An amount in euros; French writes &quot;1 200 €&quot;.</extracomment>
        <translation type="vanished">%1&#xa0;€</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportwriting.cpp" line="-25"/>
        <source>%1 day(s)</source>
        <extracomment>A number of person-days, e.g. &quot;25 days&quot;; %1 is the number, its space to the unit does not break</extracomment>
        <translation>
            <numerusform>%1 jour</numerusform>
            <numerusform>%1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 item(s)</source>
        <extracomment>A count of material items (computers, rooms), e.g. &quot;400 items&quot;; the space does not break</extracomment>
        <translation>
            <numerusform>%1 unité</numerusform>
            <numerusform>%1 unités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (the end date is before the start date)</source>
        <translation>%1 (la date de fin est antérieure à la date de début)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/report/reportdocument.cpp" line="+117"/>
        <source>%1: </source>
        <extracomment>A label before its value; French puts a space before the colon.</extracomment>
        <translation>%1&#xa0;: </translation>
    </message>
    <message>
        <location line="+351"/>
        <source>There is nothing to chart yet.</source>
        <translation>Il n’y a encore rien à représenter.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportrenderer.cpp" line="+133"/>
        <source>Led by %1</source>
        <translation>Porté par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The report could not be written.</source>
        <translation>Le rapport n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../ui/report/minuteswriter.cpp" line="+19"/>
        <source>This meeting is not in the project any more.</source>
        <translation>Cette réunion ne figure plus dans le projet.</translation>
    </message>
    <message>
        <location filename="../ui/report/pdffile.cpp" line="+14"/>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportsynthesis.cpp" line="-140"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+263"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="-250"/>
        <source>The partnership as a whole</source>
        <translation>Le partenariat dans son ensemble</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No steering committee has been held yet; every change since the project file was made counts.</source>
        <translation>Aucun comité de pilotage ne s’est encore tenu&#xa0;; tous les changements depuis la création du fichier comptent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes made after the steering committee of %1.</source>
        <translation>Changements faits après le comité de pilotage du %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made after the steering committee “%1” of %2.</source>
        <translation>Changements faits après le comité de pilotage «&#xa0;%1&#xa0;» du %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No steering committee has been held yet: changes made since the start of the partnership, %1.</source>
        <translation>Aucun comité de pilotage ne s’est encore tenu&#xa0;: changements faits depuis le début du partenariat, le %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the partnership stands</source>
        <translation>Où en est le partenariat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (suggested from what was entered: the manager has not set it)</source>
        <translation>%1 (suggéré d’après ce qui a été saisi&#xa0;: le responsable ne l’a pas indiqué)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps done</source>
        <translation>Étapes terminées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each partner&apos;s reading and the model</source>
        <translation>La lecture de chaque partenaire et le modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model chosen</source>
        <translation>Modèle retenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not named yet</source>
        <translation>pas encore nommé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Based on</source>
        <translation>Sur la base de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it measures</source>
        <translation>Ce qu’il mesure</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln indicator(s) with data</source>
        <translation>
            <numerusform>%1 indicateur sur %Ln avec des données</numerusform>
            <numerusform>%1 indicateurs sur %Ln avec des données</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>results: the way covered from baseline to target</source>
        <translation>résultats&#xa0;: le chemin parcouru de la valeur de départ à la cible</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>judgement: effects on each one&apos;s objectives (part 1)</source>
        <translation>jugement&#xa0;: effets sur les objectifs de chacun (partie 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>judgement: shared effects on the territory (parts 2–3)</source>
        <translation>jugement&#xa0;: effets partagés sur le territoire (parties 2–3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judgement: the lessons&apos; ratings (part 4)</source>
        <translation>jugement&#xa0;: les notes des enseignements (partie 4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>judgement: the questions feeding this impact</source>
        <translation>jugement&#xa0;: les questions qui nourrissent cet impact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review: %1</source>
        <translation>Revue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review figures are those of “%1” (%2). Indicators measure results against targets; the review&apos;s figures are the partners&apos; own judgement, on a 0–%3 scale: the two read performance from different sides (%4 and %5), and a gap between them is a question for the committee, not an error.</source>
        <translation>Les chiffres de revue sont ceux de «&#xa0;%1&#xa0;» (%2). Les indicateurs mesurent les résultats par rapport aux cibles&#xa0;; les chiffres de revue sont le jugement des partenaires eux-mêmes, sur une échelle de 0 à %3&#xa0;: les deux lisent la performance sous deux angles (%4 et %5), et un écart entre eux est une question pour le comité, pas une erreur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No partner has answered a review yet.</source>
        <translation>Aucun partenaire n’a encore répondu à une revue.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>off track</source>
        <translation>hors trajectoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 achieved, target date %3 passed (%4)</source>
        <translation>%1&#xa0;: %2 atteint, date cible du %3 dépassée (%4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 achieved, %3 expected on %4 (%5)</source>
        <translation>%1&#xa0;: %2 atteint, %3 attendu au %4 (%5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of its target (%3)</source>
        <translation>%1&#xa0;: %2 de sa cible (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+231"/>
        <source>Indicators at risk</source>
        <translation>Indicateurs à risque</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+229"/>
        <source>No indicator is at risk or off track on %1.</source>
        <translation>Aucun indicateur n’est à risque ni hors trajectoire au %1.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>On %1</source>
        <translation>Au %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 at risk, %2 off track, of %Ln indicator(s)</source>
        <translation>
            <numerusform>%1 à risque, %2 hors trajectoire, sur %Ln indicateur</numerusform>
            <numerusform>%1 à risque, %2 hors trajectoire, sur %Ln indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late actions and next milestones</source>
        <translation>Actions en retard et prochains jalons</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2, due %3</source>
        <translation>%1&#xa0;: %2, échéance le %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next milestones</source>
        <translation>Prochains jalons</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+111"/>
        <source>none planned</source>
        <translation>aucun de prévu</translation>
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
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 (%Ln item(s) changed)</source>
        <translation>
            <numerusform>%1 (%Ln élément modifié)</numerusform>
            <numerusform>%1 (%Ln éléments modifiés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln change(s))</source>
        <translation type="vanished">
            <numerusform>%1 (%Ln changement)</numerusform>
            <numerusform>%1 (%Ln changements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %Ln more people</source>
        <translation>
            <numerusform>et %Ln autre personne</numerusform>
            <numerusform>et %Ln autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project&apos;s history was not read for this report.</source>
        <translation>L’historique du projet n’a pas été lu pour ce rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed since.</source>
        <translation>Rien n’a changé depuis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>by %1</source>
        <translation>d’ici le %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, no action yet</source>
        <translation>%1, pas encore d’action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; action “%2”: %3</source>
        <translation>%1&#xa0;; action «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions the committee is asked to take</source>
        <translation>Décisions soumises au comité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decision is waiting for the committee.</source>
        <translation>Aucune décision n’attend le comité.</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="+39"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+9"/>
        <location line="+26"/>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <location filename="../core/report/reportchanges.cpp" line="-3"/>
        <source>someone unnamed</source>
        <translation>une personne sans nom</translation>
    </message>
    <message>
        <location filename="../core/report/reportsynthesis.cpp" line="-11"/>
        <source>What changed since the previous committee</source>
        <translation>Ce qui a changé depuis le dernier comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed recently</source>
        <translation>Ce qui a changé récemment</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="+21"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+12"/>
        <source>No meeting is planned.</source>
        <translation>Aucune réunion n’est prévue.</translation>
    </message>
    <message>
        <location filename="../core/report/reportsynthesis.cpp" line="+2"/>
        <location line="+67"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="-61"/>
        <location filename="../core/report/reportsynthesis.cpp" line="-60"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../core/report/reportsynthesis.cpp" line="+0"/>
        <source>none invited yet</source>
        <translation>personne n’est encore invité</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="+15"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+8"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../core/report/reportsynthesis.cpp" line="+0"/>
        <source>not written yet</source>
        <translation>pas encore rédigé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open decisions</source>
        <translation>Décisions ouvertes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision is open.</source>
        <translation>Aucune décision n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="+5"/>
        <location line="+44"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+2"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../core/report/reportsynthesis.cpp" line="+0"/>
        <source>Where it stands</source>
        <translation>Où elle en est</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>And %Ln more open decision(s).</source>
        <translation>
            <numerusform>Et %Ln autre décision ouverte.</numerusform>
            <numerusform>Et %Ln autres décisions ouvertes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>And %Ln more: see the indicators section of the full report.</source>
        <translation>
            <numerusform>Et %Ln autre&#xa0;: voir la section des indicateurs du rapport complet.</numerusform>
            <numerusform>Et %Ln autres&#xa0;: voir la section des indicateurs du rapport complet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change since the previous committee</source>
        <translation>Tous les changements depuis le dernier comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every recent change</source>
        <translation>Tous les changements récents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes of the previous committee</source>
        <translation>Compte rendu du dernier comité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No minutes were written.</source>
        <translation>Aucun compte rendu n’a été rédigé.</translation>
    </message>
    <message>
        <location filename="../core/report/reportminutes.cpp" line="-45"/>
        <location filename="../core/report/reportsynthesis.cpp" line="+9"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../ui/report/reportchartsource.cpp" line="+14"/>
        <source>%1 · %2 achieved, %3 expected</source>
        <comment>status, achieved and expected shares</comment>
        <translation>%1 · %2 réalisé, %3 attendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 achieved</source>
        <comment>status and achieved share</comment>
        <translation>%1 · %2 réalisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target: %1 by %2</source>
        <translation>Cible&#xa0;: %1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Indicator trends, the most worrying first</source>
        <translation>Évolution des indicateurs, les plus préoccupants d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each chart follows one indicator: its measurements (solid line), its target (dashed) and, when it has a target date, the path expected from its baseline to that target (dotted). Off track first, then at risk, then on track; within each, the furthest behind what was expected by then.</source>
        <translation>Chaque graphique suit un indicateur&#xa0;: ses mesures (trait plein), sa cible (tirets) et, s’il a une date cible, la trajectoire attendue de sa situation initiale à cette cible (pointillés). D’abord les indicateurs hors trajectoire, puis ceux à risque, puis ceux en bonne voie&#xa0;; dans chaque groupe, les plus éloignés de ce qui était attendu à leur date passent en premier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 most worrying of the %2 indicators with measurements are drawn here.</source>
        <translation>Les %1 indicateurs les plus préoccupants, sur les %2 qui ont des mesures, sont représentés ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n other indicator(s) are in the table of the section “%1”, and each indicator&apos;s trend is on the application&apos;s dashboard.</source>
        <translation>
            <numerusform>L’autre indicateur figure dans le tableau de la section «&#xa0;%1&#xa0;», et l’évolution de chaque indicateur se trouve dans le tableau de bord de l’application.</numerusform>
            <numerusform>Les %n autres indicateurs figurent dans le tableau de la section «&#xa0;%1&#xa0;», et l’évolution de chaque indicateur se trouve dans le tableau de bord de l’application.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The trends of the %n other indicator(s) are on the application&apos;s dashboard.</source>
        <translation>
            <numerusform>L’évolution de l’autre indicateur se trouve dans le tableau de bord de l’application.</numerusform>
            <numerusform>L’évolution des %n autres indicateurs se trouve dans le tableau de bord de l’application.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them are off track or at risk.</source>
        <translation>
            <numerusform>%n d’entre eux est hors trajectoire ou à risque.</numerusform>
            <numerusform>%n d’entre eux sont hors trajectoire ou à risque.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../ui/report/reportactions.cpp" line="+46"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – committee pack.pdf</source>
        <translation>%1 – dossier du comité.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – report.pdf</source>
        <translation>%1 – rapport.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Rapport écrit dans %1 (%n page).</numerusform>
            <numerusform>Rapport écrit dans %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Report sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Rapport envoyé à l’imprimante (%n page).</numerusform>
            <numerusform>Rapport envoyé à l’imprimante (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Save</name>
    <message>
        <location filename="../core/storage/atomicsave.cpp" line="+66"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved copy failed its check, so “%1” was left as it was: %2</source>
        <translation>La copie enregistrée n’a pas passé la vérification&#xa0;: «&#xa0;%1&#xa0;» a été laissé tel quel. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” was written, but the folder “%2” could not be flushed to the disk: a power cut now could bring back the previous version. Save again.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit, mais le dossier «&#xa0;%2&#xa0;» n’a pas pu être vidé sur le disque&#xa0;: une coupure de courant maintenant pourrait ramener la version précédente. Enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>The saved copy failed its check: %1</source>
        <translation type="vanished">La vérification de la copie enregistrée a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The saved copy cannot be read back: %1</source>
        <translation type="vanished">La copie enregistrée ne peut pas être relue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The saved copy failed its integrity check.</source>
        <translation type="vanished">La vérification d’intégrité de la copie enregistrée a échoué.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not flush “%1” to the disk.</source>
        <translation>Impossible d’écrire définitivement «&#xa0;%1&#xa0;» sur le disque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not replace “%1”: %2</source>
        <translation>Impossible de remplacer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../ui/screenshots.cpp" line="+41"/>
        <source>Cannot write into %1</source>
        <translation>Impossible d’écrire dans %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The example could not be opened.</source>
        <translation>L’exemple n’a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <location filename="../core/sync/partnercopy.cpp" line="+92"/>
        <source>Share with %1</source>
        <translation>Partage avec %1</translation>
    </message>
</context>
<context>
    <name>StepProgress</name>
    <message>
        <location filename="../core/evaluation/stepprogress.cpp" line="+83"/>
        <source>no view on the territory&apos;s needs yet</source>
        <translation>aucun avis sur les besoins du territoire pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of the %1 territory needs have a view</source>
        <translation>
            <numerusform>%n des %1 besoins du territoire a reçu un avis</numerusform>
            <numerusform>%n des %1 besoins du territoire ont reçu un avis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <location line="+96"/>
        <source>no partner yet</source>
        <translation>aucun partenaire pour l’instant</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>no self-diagnostic answered yet</source>
        <translation>aucun autodiagnostic rempli pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of %1 partners have completed their self-diagnostic</source>
        <translation>
            <numerusform>%n partenaire sur %1 a terminé son autodiagnostic</numerusform>
            <numerusform>%n partenaires sur %1 ont terminé leur autodiagnostic</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no partner has weighted its objectives yet</source>
        <translation>aucun partenaire n’a encore pondéré ses objectifs</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 partners have weighted their objectives</source>
        <translation>
            <numerusform>%n partenaire sur %1 a pondéré ses objectifs</numerusform>
            <numerusform>%n partenaires sur %1 ont pondéré leurs objectifs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the common stake is written</source>
        <translation>l’enjeu commun est rédigé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no common stake yet</source>
        <translation>pas encore d’enjeu commun</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the model is named: %1</source>
        <translation>le modèle est choisi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the relationship is described (%1), the model is not named yet</source>
        <translation>la relation est décrite (%1), le modèle n’est pas encore choisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the relationship is not described yet</source>
        <translation>la relation n’est pas encore décrite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reasons for a model are written</source>
        <translation>les raisons du choix d’un modèle sont rédigées</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no catalyst function held yet</source>
        <translation>aucune fonction de catalyse assurée pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of the %1 catalyst functions are held</source>
        <translation>
            <numerusform>%n des %1 fonctions de catalyse est assurée</numerusform>
            <numerusform>%n des %1 fonctions de catalyse sont assurées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) recorded</source>
        <translation>
            <numerusform>%n contact enregistré</numerusform>
            <numerusform>%n contacts enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) between actors on the map</source>
        <translation>
            <numerusform>%n lien entre acteurs sur la carte</numerusform>
            <numerusform>%n liens entre acteurs sur la carte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contact and no link between actors yet</source>
        <translation>aucun contact ni lien entre acteurs pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n actor(s) placed on the map</source>
        <translation>
            <numerusform>%n acteur placé sur la carte</numerusform>
            <numerusform>%n acteurs placés sur la carte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the governance is written</source>
        <translation>la gouvernance est décrite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no governance yet</source>
        <translation>pas encore de gouvernance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no contribution yet</source>
        <translation>aucune contribution pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 partners have said what they bring</source>
        <translation>
            <numerusform>%n partenaire sur %1 a dit ce qu’il apporte</numerusform>
            <numerusform>%n partenaires sur %1 ont dit ce qu’ils apportent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agreement&apos;s terms are written</source>
        <translation>les termes de l’accord sont rédigés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no agreement terms yet</source>
        <translation>les termes de l’accord ne sont pas encore rédigés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agreement was signed on %1</source>
        <translation>l’accord a été signé le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agreement is not signed yet</source>
        <translation>l’accord n’est pas encore signé</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n key document(s) listed</source>
        <translation>
            <numerusform>%n document clé répertorié</numerusform>
            <numerusform>%n documents clés répertoriés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no action yet</source>
        <translation>aucune action pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of %1 actions closed</source>
        <translation>
            <numerusform>%n action sur %1 clôturée</numerusform>
            <numerusform>%n actions sur %1 clôturées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no indicator yet</source>
        <translation>aucun indicateur pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of %1 indicators measured</source>
        <translation>
            <numerusform>%n indicateur sur %1 mesuré</numerusform>
            <numerusform>%n indicateurs sur %1 mesurés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no review yet</source>
        <translation>aucune revue pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n review(s) planned, none answered yet</source>
        <translation>
            <numerusform>%n revue prévue, encore sans réponse</numerusform>
            <numerusform>%n revues prévues, encore sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n review(s) answered, the final review among them</source>
        <translation>
            <numerusform>%n revue remplie, dont la revue finale</numerusform>
            <numerusform>%n revues remplies, dont la revue finale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n review(s) answered, no final review yet</source>
        <translation>
            <numerusform>%n revue remplie, pas encore de revue finale</numerusform>
            <numerusform>%n revues remplies, pas encore de revue finale</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no lesson, meaning or next step written yet</source>
        <translation>rien de rédigé pour l’instant sur les enseignements, le sens de l’action et les prochaines étapes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still to write: %1</source>
        <translation>reste à rédiger&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lessons, meaning and next steps are written</source>
        <translation>enseignements, sens de l’action et prochaines étapes sont rédigés</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n of %1 checklist items ticked</source>
        <translation>
            <numerusform>%n point de la liste de contrôle sur %1 coché</numerusform>
            <numerusform>%n points de la liste de contrôle sur %1 cochés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../core/workspace/workspaceinit.cpp" line="+29"/>
        <source>This database already holds a workspace.</source>
        <translation>Cette base contient déjà un espace de travail.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workspace could not be created: %1</source>
        <translation>L’espace de travail n’a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/connection.cpp" line="+22"/>
        <location line="+16"/>
        <source>A workspace is written postgresql://user@host/database.</source>
        <translation>Un espace de travail s’écrit postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Leave the password out of the workspace address: keep it in your password file (PGPASSFILE).</source>
        <translation>Ne mettez pas le mot de passe dans l’adresse de l’espace de travail&#xa0;: gardez-le dans votre fichier de mots de passe (PGPASSFILE).</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The workspace server cannot be reached: check its address and your network, or try later.</source>
        <translation>Le serveur de l’espace de travail est injoignable&#xa0;: vérifiez son adresse et votre réseau, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace server wants a password, or refused the one given.</source>
        <translation>Le serveur de l’espace de travail demande un mot de passe, ou a refusé celui qui a été donné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace server has no database of that name: check the end of the address.</source>
        <translation>Le serveur de l’espace de travail n’a pas de base de données de ce nom&#xa0;: vérifiez la fin de l’adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace server does not let this user in: check the user in the address, or ask its administrator.</source>
        <translation>Le serveur de l’espace de travail n’accepte pas cet utilisateur&#xa0;: vérifiez l’utilisateur dans l’adresse, ou demandez à son administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure (TLS) connection to the workspace server failed or was refused.</source>
        <translation>La connexion sécurisée (TLS) au serveur de l’espace de travail a échoué ou a été refusée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the workspace server broke off: sync again once it is back.</source>
        <translation>La connexion au serveur de l’espace de travail a été coupée&#xa0;: synchronisez à nouveau quand il sera revenu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace server reported an error.</source>
        <translation>Le serveur de l’espace de travail a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Réponse du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PostgreSQL cannot be reached from this computer: its Qt driver (QPSQL) is missing.</source>
        <translation>PostgreSQL est injoignable depuis cet ordinateur&#xa0;: son pilote Qt (QPSQL) manque.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not connect to the workspace %1. %2</source>
        <translation>Connexion impossible à l’espace de travail %1. %2</translation>
    </message>
    <message>
        <source>Could not reach the workspace %1: %2</source>
        <translation type="vanished">Impossible de joindre l’espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace could not be reached: the connection to it broke off (%1). Sync again once it is back.</source>
        <translation type="vanished">L’espace de travail est injoignable&#xa0;: la connexion a été coupée (%1). Synchronisez de nouveau quand il sera revenu.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacejournal.cpp" line="+26"/>
        <source>The workspace did not answer as expected: %1</source>
        <translation>L’espace de travail n’a pas répondu comme prévu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacesync.cpp" line="+58"/>
        <source>Your project changed during the sync: sync again.</source>
        <translation>Votre projet a changé pendant la synchronisation&#xa0;: synchronisez à nouveau.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This workspace was made by another version of Alliance Pilot (its version %1, this application&apos;s %2). Whoever administers it can bring it to this version with “alliance-pilot workspace init” on its address; until then it is left as it is.</source>
        <translation>Cet espace de travail a été créé par une autre version d’Alliance Pilot (la sienne est la %1, celle de cette application la %2). Son administrateur peut le mettre à niveau avec «&#xa0;alliance-pilot workspace init&#xa0;» sur son adresse&#xa0;; d’ici là, il reste tel quel.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You are not a manager of this workspace.</source>
        <translation>Vous n’êtes pas responsable dans cet espace de travail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role in this partnership does not allow it: ask one of its owners.</source>
        <translation>Votre rôle dans ce partenariat ne le permet pas&#xa0;: demandez à l’un de ses propriétaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This partnership is already in the workspace: sync it instead.</source>
        <translation>Ce partenariat est déjà dans l’espace de travail&#xa0;: synchronisez-le plutôt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person is not a manager of the workspace: its administrator adds them first.</source>
        <translation>Cette personne n’est pas gestionnaire de l’espace de travail&#xa0;: son administrateur doit d’abord l’y ajouter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A partnership keeps at least one owner.</source>
        <translation>Un partenariat garde au moins un propriétaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partnership has at most %1 members.</source>
        <translation>Un partenariat compte au plus %1&#xa0;membres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is not a member of the partnership.</source>
        <translation>Cette personne n’est pas membre du partenariat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace refused a change: %1</source>
        <translation>L’espace de travail a refusé une modification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace refused: %1</source>
        <translation>L’espace de travail a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>You are not a member of this partnership in the workspace: ask one of its owners, or publish it if it is not there yet.</source>
        <translation>Vous n’êtes pas membre de ce partenariat dans l’espace de travail&#xa0;: demandez-le à l’un de ses propriétaires, ou publiez-le s’il n’y est pas encore.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your project could not be read.</source>
        <translation>Votre projet n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacemembers.cpp" line="+48"/>
        <source>reader</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>editor</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The workspace sent a member that cannot be one: “%1”.</source>
        <translation>L’espace de travail a envoyé un membre qui ne peut pas en être un&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not a member of this partnership.</source>
        <translation>Vous n’êtes pas membre de ce partenariat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” cannot be a manager’s name: 1 to 63 characters, printable.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être le nom d’un gestionnaire&#xa0;: de 1 à 63 caractères, imprimables.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacepull.cpp" line="+45"/>
        <source>Choose a partnership of the workspace.</source>
        <translation>Choisissez un partenariat de l’espace de travail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not a member of this partnership in the workspace: ask one of its owners to add you.</source>
        <translation>Vous n’êtes pas membre de ce partenariat dans l’espace de travail&#xa0;: demandez à l’un de ses propriétaires de vous y ajouter.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workspace holds nothing of this partnership that you may read.</source>
        <translation>L’espace de travail ne contient rien de ce partenariat que vous puissiez lire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” already exists: choose a new file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: choisissez un nouveau fichier.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>You are a member of no partnership of this workspace called “%1”.</source>
        <translation>Vous n’êtes membre d’aucun partenariat de cet espace de travail nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Several partnerships of this workspace are called “%1”: name one by its id (%2).</source>
        <translation>Plusieurs partenariats de cet espace de travail s’appellent «&#xa0;%1&#xa0;»&#xa0;: désignez-en un par son identifiant (%2).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/spreadsheet/xlsxmessages.cpp" line="+35"/>
        <source>The workbook “%1” does not exist.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook “%1” cannot be read.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook “%1” is larger than %2 MB: it is not read.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» dépasse %2&#xa0;Mo&#xa0;: il n’est pas lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a workbook (.xlsx), or it is incomplete or damaged.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un classeur (.xlsx), ou bien il est incomplet ou endommagé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook “%1” holds more than %2 files: it is not read.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» contient plus de %2 fichiers&#xa0;: il n’est pas lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook “%1” names a file “%2” that points outside the workbook or is named twice: it is not read.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» nomme un fichier «&#xa0;%2&#xa0;» qui pointe hors du classeur ou dont le nom est déjà pris&#xa0;: il n’est pas lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the workbook “%1”, “%2” would take more than %3 MB uncompressed: the workbook is not read.</source>
        <translation>Dans le classeur «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» occuperait plus de %3&#xa0;Mo une fois décompressé&#xa0;: le classeur n’est pas lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook “%1” would take more than %2 MB uncompressed: it is not read.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» occuperait plus de %2&#xa0;Mo une fois décompressé&#xa0;: il n’est pas lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the workbook “%1”, “%2” is compressed more than %3 times, like a zip bomb: the workbook is not read.</source>
        <translation>Dans le classeur «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» est compressé plus de %3 fois, comme une bombe de décompression&#xa0;: le classeur n’est pas lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the workbook “%1”, “%2” is damaged or encrypted: the workbook is not read.</source>
        <translation>Dans le classeur «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» est endommagé ou chiffré&#xa0;: le classeur n’est pas lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook “%1” is incomplete: “%2” is missing.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» est incomplet&#xa0;: «&#xa0;%2&#xa0;» manque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the workbook “%1”, “%2” declares a document type (DTD). A workbook never needs one, and it could make this computer read other files or run out of memory: the workbook is not read.</source>
        <translation>Dans le classeur «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» déclare un type de document (DTD). Un classeur n’en a jamais besoin, et cela pourrait faire lire d’autres fichiers à cet ordinateur ou épuiser sa mémoire&#xa0;: le classeur n’est pas lu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook “%1” refers to other files (“%2”). Such links are never followed: the workbook is not read.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» renvoie à d’autres fichiers («&#xa0;%2&#xa0;»). De tels liens ne sont jamais suivis&#xa0;: le classeur n’est pas lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the workbook “%1”, “%2” is not valid: the workbook is not read.</source>
        <translation>Dans le classeur «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» n’est pas valable&#xa0;: le classeur n’est pas lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook “%1” has more than %2 sheets: it is not read.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» a plus de %2 feuilles&#xa0;: il n’est pas lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the workbook “%1”, the sheet “%2” has more than %3 rows: the workbook is not read.</source>
        <translation>Dans le classeur «&#xa0;%1&#xa0;», la feuille «&#xa0;%2&#xa0;» a plus de %3 lignes&#xa0;: le classeur n’est pas lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook “%1” has more than %2 filled cells: it is not read.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» a plus de %2 cellules remplies&#xa0;: il n’est pas lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the workbook “%1”, %2 holds a text longer than %3 characters: the workbook is not read.</source>
        <translation>Dans le classeur «&#xa0;%1&#xa0;», %2 contient un texte de plus de %3 caractères&#xa0;: le classeur n’est pas lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook “%1” has more than %2 shared texts: it is not read.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» a plus de %2 textes partagés&#xa0;: il n’est pas lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the workbook “%1”, %2 is not valid: the workbook is not read.</source>
        <translation>Dans le classeur «&#xa0;%1&#xa0;», %2 n’est pas valable&#xa0;: le classeur n’est pas lu.</translation>
    </message>
    <message>
        <location filename="../core/spreadsheet/xlsxreader.cpp" line="+32"/>
        <source>cell %1 of the sheet “%2”</source>
        <translation>la cellule %1 de la feuille «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the table of shared texts</source>
        <translation>la table des textes partagés</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>row %1 of the sheet “%2”</source>
        <translation>la ligne %1 de la feuille «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the cell reference “%1” of the sheet “%2”</source>
        <translation>la référence de cellule «&#xa0;%1&#xa0;» de la feuille «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>actormapedits</name>
    <message>
        <location filename="../core/edits/actormapedits.cpp" line="+37"/>
        <source>This organisation is not in the project.</source>
        <translation>Cette organisation ne fait pas partie du projet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An organisation cannot be linked to itself.</source>
        <translation>Une organisation ne peut pas être reliée à elle-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These two organisations are already linked.</source>
        <translation>Ces deux organisations sont déjà reliées.</translation>
    </message>
</context>
<context>
    <name>alliance::ActionTimeline</name>
    <message>
        <location filename="../ui/widgets/actiontimeline.cpp" line="+50"/>
        <source>Action timeline</source>
        <translation>Chronologie des actions</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n action(s) with a due date</source>
        <translation>
            <numerusform>%n action avec une échéance</numerusform>
            <numerusform>%n actions avec une échéance</numerusform>
        </translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Due %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+59"/>
        <source>(untitled action)</source>
        <translation>(action sans titre)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No action has a due date yet.</source>
        <translation>Aucune action n’a encore d’échéance.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>◆ milestone</source>
        <translation>◆ jalon</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n action(s) without a due date not shown.</source>
        <translation>
            <numerusform>%n action sans échéance non affichée.</numerusform>
            <numerusform>%n actions sans échéance non affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alliance::ActorMap</name>
    <message>
        <location filename="../ui/widgets/actormap.cpp" line="+135"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Map of the actors</source>
        <translation>Carte des acteurs</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Move on the map</source>
        <translation>Déplacer sur la carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move “%1” on the map</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» sur la carte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Link %1 to %2</source>
        <translation>Relier %1 à %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete a link</source>
        <translation>Supprimer un lien</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n links</source>
        <translation>
            <numerusform>Supprimer %n lien</numerusform>
            <numerusform>Supprimer %n liens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset the map layout</source>
        <translation>Réinitialiser la disposition de la carte</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No other organisation</source>
        <translation>Aucune autre organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link label</source>
        <translation>Libellé du lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What joins these two actors:</source>
        <translation>Ce qui relie ces deux acteurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit a link label</source>
        <translation>Modifier le libellé d’un lien</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link to…</source>
        <translation>Relier à…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit label…</source>
        <translation>Modifier le libellé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset layout</source>
        <translation>Réinitialiser la disposition</translation>
    </message>
</context>
<context>
    <name>alliance::AnswersImportDialog</name>
    <message>
        <location filename="../ui/dialogs/answersimportdialog.cpp" line="+43"/>
        <source>Import answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check what each workbook brings before importing it. Answers that differ replace what the project holds, in the name of the organisation that answered; the whole import is one step to undo.</source>
        <translation>Vérifiez ce qu’apporte chaque classeur avant de l’importer. Les réponses différentes remplacent celles du projet, au nom de l’organisation qui a répondu&#xa0;; l’import entier s’annule en une seule fois.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Anonymous answers</source>
        <translation>Réponses anonymes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
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
            <numerusform>%n réponse à importer</numerusform>
            <numerusform>%n réponses à importer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new: the project already holds these answers.</source>
        <translation>Rien de nouveau&#xa0;: le projet contient déjà ces réponses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
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
        <translation>Élément de réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the project</source>
        <translation>Dans le projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the workbook</source>
        <translation>Dans le classeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>These answers were given anonymously: they are never stored against an organisation, only summed up here by kind of organisation.</source>
        <translation>Ces réponses ont été données anonymement&#xa0;: elles ne sont jamais rattachées à une organisation, seulement résumées ici par type d’organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n respondent(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n répondant</numerusform>
            <numerusform>%1&#xa0;: %n répondants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean %1 (%2)</source>
        <translation>moyenne %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These workbooks are not imported:</source>
        <translation>Ces classeurs ne sont pas importés&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Raison</translation>
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
        <translation>Modifier la signification d’un objectif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this objective means for this partner</source>
        <translation>Ce que cet objectif signifie pour ce partenaire</translation>
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
        <translation>Poids accordé par %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %2 means for %1</source>
        <translation>Ce que «&#xa0;%2&#xa0;» signifie pour %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not weighted yet: move a weight to start.</source>
        <translation>Pas encore pondéré&#xa0;: déplacez un poids pour commencer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These weights sum to %1, not 100: move one to rebalance them.</source>
        <translation>Ces poids totalisent %1, et non 100&#xa0;: déplacez-en un pour les rééquilibrer.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Weight the objectives of %1</source>
        <translation>Pondérer les objectifs de %1</translation>
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
        <translation>Ajoutez des organisations ci-dessus pour indiquer qui assure quelle fonction.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 holds the function “%2”</source>
        <translation>%1 assure la fonction «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assign “%1” to %2</source>
        <translation>Attribuer «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassign “%1” from %2</source>
        <translation>Retirer «&#xa0;%1&#xa0;» à %2</translation>
    </message>
</context>
<context>
    <name>alliance::CoBuildPage</name>
    <message>
        <location filename="../ui/pages/cobuildpage.cpp" line="+52"/>
        <location line="+5"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Edit the governance</source>
        <translation>Modifier la gouvernance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How do the partners take decisions together? Who chairs, who decides what?</source>
        <translation>Comment les partenaires prennent-ils leurs décisions ensemble&#xa0;? Qui préside, qui décide de quoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the meeting cadence</source>
        <translation>Modifier le rythme des réunions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting cadence</source>
        <translation>Rythme des réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. a steering committee every quarter</source>
        <translation>par ex. un comité de pilotage chaque trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting cadence:</source>
        <translation>Rythme des réunions&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steering committee (tick “Steering committee” for a contact in step 4):</source>
        <translation>Comité de pilotage (cochez «&#xa0;Comité de pilotage&#xa0;» pour un contact à l’étape 4)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steering committee members</source>
        <translation>Membres du comité de pilotage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What each partner brings</source>
        <translation>Ce que chaque partenaire apporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a contribution</source>
        <translation>Modifier une contribution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quantity is in the kind&apos;s own unit (euros, days, items); value is what it is worth in euros.</source>
        <translation>La quantité s’exprime dans l’unité propre à la nature de l’apport (euros, jours, pièces)&#xa0;; la valeur est son équivalent en euros.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add contribution</source>
        <translation>Ajouter une contribution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a contribution</source>
        <translation>Ajouter une contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contribution</source>
        <translation>Supprimer la contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected contribution</source>
        <translation>Supprimer la contribution sélectionnée</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+89"/>
        <source>Not changed</source>
        <translation>Modification non effectuée</translation>
    </message>
    <message>
        <source>Totals per partner, valued in euros, and each partner&apos;s share:</source>
        <translation type="vanished">Totaux par partenaire, valorisés en euros, et part de chaque partenaire&#xa0;:</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Totals per partner: each kind in its own unit, the value in euros and each partner&apos;s share of it:</source>
        <translation>Totaux par partenaire&#xa0;: chaque nature dans son unité, la valeur en euros et la part de chaque partenaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contribution totals</source>
        <translation>Totaux des contributions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the start date</source>
        <translation>Modifier la date de début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the end date</source>
        <translation>Modifier la date de fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the signing date</source>
        <translation>Modifier la date de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts on:</source>
        <translation>Débute le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on:</source>
        <translation>Prend fin le&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed on:</source>
        <translation>Signée le&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms of the agreement:</source>
        <translation>Clauses de la convention&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the agreement terms</source>
        <translation>Modifier les clauses de la convention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms of the agreement</source>
        <translation>Clauses de la convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments, duration, how a partner joins or leaves, use of names and logos…</source>
        <translation>Engagements, durée, modalités d’entrée ou de sortie d’un partenaire, utilisation des noms et logos…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Key documents</source>
        <translation>Documents clés</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a key document</source>
        <translation>Modifier un document clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file path or a web address. Documents are opened only when you ask.</source>
        <translation>Un chemin de fichier ou une adresse web. Les documents ne s’ouvrent qu’à votre demande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a key document</source>
        <translation>Ajouter un document clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected key document</source>
        <translation>Supprimer le document clé sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected key document</source>
        <translation>Ouvrir le document clé sélectionné</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
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
        <translation>Aucun contact ne siège encore au comité de pilotage.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot open the document</source>
        <translation>Impossible d’ouvrir le document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This document has no location yet.</source>
        <translation>Ce document n’a pas encore d’emplacement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be opened. Give a file path or a web address (http or https).</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;». Indiquez un chemin de fichier ou une adresse web (http ou https).</translation>
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
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="vanished">%1, %2</translation>
    </message>
    <message>
        <source>Flip: keep the other value</source>
        <translation type="vanished">Inverser&#xa0;: garder l’autre valeur</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="vanished">Accepter</translation>
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
        <translation>Inverser&#xa0;: garder la mienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flip: keep theirs</source>
        <translation>Inverser&#xa0;: garder la leur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flipped: the value that lost by date is kept</source>
        <translation>Inversé&#xa0;: la valeur perdante par la date est gardée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted: the later value is kept</source>
        <translation>Accepté&#xa0;: la valeur la plus récente est gardée</translation>
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
        <translation>La leur (plus récente)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (later)</source>
        <translation>La mienne (plus récente)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My value</source>
        <translation>Ma valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their value</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wins by date</source>
        <translation>L’emporte par la date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
</context>
<context>
    <name>alliance::ContributionTotalsModel</name>
    <message>
        <source>No partner given</source>
        <translation type="vanished">Aucun partenaire indiqué</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="vanished">Total</translation>
    </message>
    <message>
        <location filename="../ui/models/contributiontotalsmodel.cpp" line="+126"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="vanished">%1&#xa0;%</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Total of the partners</source>
        <translation>Total des partenaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not assigned to a partner yet</source>
        <translation>Pas encore attribué à un partenaire</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Contributions whose partner is not chosen yet: they count in no partner&apos;s total or share.</source>
        <translation>Apports dont le partenaire n’est pas encore choisi&#xa0;: ils ne comptent dans le total ni dans la part d’aucun partenaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the contributions are worth in euros, as entered in the Value column.</source>
        <translation>Ce que valent les apports en euros, tels que saisis dans la colonne Valeur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value (€)</source>
        <translation>Valeur (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>alliance::CsvImportDialog</name>
    <message>
        <location filename="../ui/dialogs/csvimportdialog.cpp" line="+73"/>
        <location line="+67"/>
        <source>Import measurements</source>
        <translation>Importer des mesures</translation>
    </message>
    <message>
        <source>One measurement per line: indicator name (or id), date (yyyy-mm-dd or dd/mm/yyyy), value (dot or comma as decimal mark) and source. Columns are separated by commas or semicolons; a header line is allowed. Only lines without a problem are imported.</source>
        <translation type="vanished">Une mesure par ligne&#xa0;: nom (ou identifiant) de l’indicateur, date (aaaa-mm-jj ou jj/mm/aaaa), valeur (point ou virgule comme séparateur décimal) et source. Les colonnes sont séparées par des virgules ou des points-virgules&#xa0;; une ligne d’en-tête est admise. Seules les lignes sans problème sont importées.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>One measurement per line, with these columns in this order:</source>
        <translation>Une mesure par ligne, avec ces colonnes, dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns are separated by commas or semicolons; a first line with the column names is allowed. Only lines without a problem are imported.</source>
        <translation>Les colonnes sont séparées par des virgules ou des points-virgules&#xa0;; une première ligne portant le nom des colonnes est admise. Seules les lignes sans problème sont importées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example:</source>
        <translation>Exemple&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Example line</source>
        <translation>Ligne d’exemple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import summary</source>
        <translation>Résumé de l’import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the valid lines</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file holds no measurement.</source>
        <translation>Le fichier ne contient aucune mesure.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+3"/>
        <source>%n line(s) ready to import.</source>
        <translation>
            <numerusform>%n ligne prête à importer.</numerusform>
            <numerusform>%n lignes prêtes à importer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 %2 will not be imported: correct the file and choose it again, or import the others.</source>
        <translation>%1 L’import écartera %2&#xa0;: corrigez le fichier et choisissez-le à nouveau, ou importez les autres lignes.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) with a problem</source>
        <translation>
            <numerusform>%n ligne comportant un problème</numerusform>
            <numerusform>%n lignes comportant un problème</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+13"/>
        <source>Import %n measurement(s)</source>
        <translation>
            <numerusform>Importer %n mesure</numerusform>
            <numerusform>Importer %n mesures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported</source>
        <translation>Import non effectué</translation>
    </message>
</context>
<context>
    <name>alliance::DashboardPage</name>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="+32"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the partnership stands, for steering committees and boards. The charts follow every change; export any of them as PNG or SVG.</source>
        <translation>Où en est le partenariat, pour les comités de pilotage et les conseils d’administration. Les graphiques suivent chaque modification&#xa0;; chacun s’exporte en PNG ou en SVG.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Indicator whose trend is shown</source>
        <translation>Indicateur dont la tendance est affichée</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Trend of an indicator</source>
        <translation>Tendance d’un indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an indicator in step 6 to follow its trend against its target.</source>
        <translation>Ajoutez un indicateur à l’étape 6 pour suivre sa tendance par rapport à sa cible.</translation>
    </message>
</context>
<context>
    <name>alliance::DateLineEdit</name>
    <message>
        <location filename="../ui/widgets/dateedit.cpp" line="+100"/>
        <source>d</source>
        <comment>the letter of the day in a date pattern, as in dd/mm/yyyy</comment>
        <translation>j</translation>
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
        <translation>a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose in a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type a date as %1, or leave it empty.</source>
        <translation>Saisissez une date sous la forme %1, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>alliance::DiagnosePage</name>
    <message>
        <source>%p%</source>
        <translation type="vanished">%p&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/pages/diagnosepage.cpp" line="+51"/>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>The territory&apos;s needs</source>
        <translation type="vanished">Les besoins du territoire</translation>
    </message>
    <message>
        <source>For each of the seven needs, write down what you know of your territory and how much it matters to this partnership.</source>
        <translation type="vanished">Pour chacun des sept besoins, notez ce que vous savez de votre territoire et l’importance qu’il revêt pour ce partenariat.</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation type="vanished">Répondre à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Answer for %1</source>
        <translation type="vanished">Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>What you know, what you lack</source>
        <translation type="vanished">Ce que vous savez, ce qui vous manque</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Set the priority of “%1”</source>
        <translation type="vanished">Définir la priorité de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Priority of %1</source>
        <translation type="vanished">Priorité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Maturity self-diagnostic</source>
        <translation>Autodiagnostic de maturité</translation>
    </message>
    <message>
        <source>Each organisation scores itself from 0 (not started) to 4 (mastered) on its vision, the action it has engaged and the means it mobilises. The questions depend on the organisation&apos;s profile.</source>
        <translation type="vanished">Chaque organisation s’évalue de 0 (non démarré) à 4 (maîtrisé) sur sa vision, l’action qu’elle a engagée et les moyens qu’elle mobilise. Les questions dépendent du profil de l’organisation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No organisation yet: add the partners first.</source>
        <translation>Aucune organisation pour l’instant&#xa0;: ajoutez d’abord les partenaires.</translation>
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
        <translation>%p&#xa0;% · %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The territory&apos;s needs, from each organisation&apos;s view</source>
        <translation>Les besoins du territoire, vus par chaque organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whatever its kind, each organisation answers the seven needs from its own view: how much the need matters to it, and what it knows of it or lacks. Views set side by side show where the partners meet and where they must talk.</source>
        <translation>Quelle que soit sa nature, chaque organisation répond aux sept besoins selon son propre regard&#xa0;: l’importance du besoin pour elle, ce qu’elle en sait et ce qui lui manque. Mis côte à côte, les regards montrent où les partenaires se rejoignent et où ils doivent en parler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No organisation yet: add the partners, then each one answers from its own view.</source>
        <translation>Aucune organisation pour l’instant&#xa0;: ajoutez les partenaires, puis chacun répond selon son propre regard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the views differ</source>
        <translation>Où les regards divergent</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Its view, in words</source>
        <translation>Son regard, en quelques mots</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Set the priority of “%1” for %2</source>
        <translation>Définir la priorité de «&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority of %1 for %2</source>
        <translation>Priorité de %1 pour %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer “%1” for %2</source>
        <translation>Répondre à «&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View of %1 on %2</source>
        <translation>Regard de %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it knows, what it lacks</source>
        <translation>Ce qu’elle en sait, ce qui lui manque</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shared view</source>
        <translation>Vue commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from an earlier version of the file</source>
        <translation>d’une version antérieure du fichier</translation>
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
            <numerusform>Même priorité pour l’organisation qui en a fixé une.</numerusform>
            <numerusform>Même priorité pour les %n organisations qui en ont fixé une.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller differences (one step apart) on %1: see under each need.</source>
        <translation>Écarts plus faibles (d’un cran) sur %1&#xa0;: voir sous chaque besoin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organisations that set a priority agree on every need.</source>
        <translation>Les organisations qui ont fixé une priorité s’accordent sur chaque besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to compare yet: views can be compared once two organisations have set a priority on the same need.</source>
        <translation>Rien à comparer pour l’instant&#xa0;: les regards se comparent dès que deux organisations ont fixé une priorité pour un même besoin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A 360° for each organisation: it scores itself from 0 (not started) to 4 (mastered) on its vision, the action it has engaged, the means it mobilises and its place in its ecosystem. The questions depend on its profile and role; the result says which tools to use next.</source>
        <translation>Un 360° pour chaque organisation&#xa0;: elle se note de 0 (pas commencé) à 4 (maîtrisé) sur sa vision, l’action engagée, les moyens mobilisés et sa place dans son écosystème. Les questions dépendent de son profil et de son rôle&#xa0;; le résultat indique les outils à utiliser ensuite.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Organisation whose maturity is diagnosed</source>
        <translation>Organisation dont la maturité est diagnostiquée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Maturity: %1</source>
        <translation>Maturité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overall maturity</source>
        <translation>Maturité globale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next tools to use</source>
        <translation>Prochains outils à utiliser</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Self-diagnostic “%1”, for the profile “%2”.</source>
        <translation>Autodiagnostic «&#xa0;%1&#xa0;», pour le profil «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-diagnostic “%1”.</source>
        <translation>Autodiagnostic «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Questions for the profile “%1”.</source>
        <translation type="vanished">Questions pour le profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Score for: %1</source>
        <translation>Note pour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: not started … 4: mastered</source>
        <translation>0&#xa0;: non démarré … 4&#xa0;: maîtrisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comment a maturity answer</source>
        <translation>Commenter une réponse de maturité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment on: %1</source>
        <translation>Commentaire sur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 of %2 questions answered</source>
        <translation>Questions renseignées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer the questions below: the tools to use next follow from the answers.</source>
        <translation>Répondez aux questions ci-dessous&#xa0;: les outils à utiliser ensuite découlent des réponses.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear a maturity answer</source>
        <translation>Effacer une réponse de maturité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score a maturity question</source>
        <translation>Noter une question de maturité</translation>
    </message>
</context>
<context>
    <name>alliance::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="+96"/>
        <source>Could not open the working copy: %1</source>
        <translation>Impossible d’ouvrir la copie de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>The SQLite driver gave no database handle.</source>
        <translation type="vanished">Le pilote SQLite n’a fourni aucun descripteur de base de données.</translation>
    </message>
    <message>
        <location filename="../core/storage/fieldwriter.cpp" line="+47"/>
        <source>“%1.%2” refers to an item that does not exist.</source>
        <translation>«&#xa0;%1.%2&#xa0;» fait référence à un élément qui n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="+41"/>
        <source>This partnership’s history holds %1 changes, the most a project file may hold. Start a new project file for what comes next.</source>
        <translation>L’historique de ce partenariat compte %1 modifications, le maximum qu’un fichier de projet peut contenir. Commencez un nouveau fichier de projet pour la suite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/storage/fieldwriter.cpp" line="-42"/>
        <source>An item has no id.</source>
        <translation>Un élément n’a pas d’identifiant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+47"/>
        <location line="+192"/>
        <location line="+93"/>
        <source>The working copy cannot be written: %1</source>
        <translation>Impossible d’écrire la copie de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Could not create a working copy in “%1”.</source>
        <translation>Impossible de créer une copie de travail dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>New partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation type="vanished">Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Could not make a working copy in “%1”: %2</source>
        <translation>Impossible de faire une copie de travail dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is nothing to recover at “%1”.</source>
        <translation>Il n’y a rien à récupérer à l’emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The unsaved work is in an unexpected format.</source>
        <translation>Le travail non enregistré est dans un format inattendu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An import names no organisation for some of its changes.</source>
        <translation>Un import ne désigne pas d’organisation pour certaines de ses modifications.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This merge was prepared for another partnership.</source>
        <translation>Cette fusion a été préparée pour un autre partenariat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project changed since the merge was prepared: prepare it again.</source>
        <translation>Le projet a changé depuis la préparation de la fusion&#xa0;: préparez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A conflict to settle is not part of this merge.</source>
        <translation>Un conflit à trancher ne fait pas partie de cette fusion.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <location line="+28"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>The merged changes cannot be written: %1</source>
        <translation>Les modifications fusionnées ne peuvent pas être écrites&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Merge “%1”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Merging “%1” would make a project that does not pass its checks, so nothing was merged. %2</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» donnerait un projet qui ne passe pas les vérifications&#xa0;: rien n’a été fusionné. %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Choose where to save this new partnership.</source>
        <translation>Choisissez où enregistrer ce nouveau partenariat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was changed by someone else since you opened it. Save under another name, or merge their changes first.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Enregistrez-le sous un autre nom, ou fusionnez d’abord ses modifications.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Could not read the working copy: %1</source>
        <translation>Impossible de lire la copie de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” already exists: a snapshot is never written over a file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: une copie instantanée n’écrase jamais un fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not copy the working copy: %1</source>
        <translation>Impossible de copier la copie de travail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>alliance::EcosystemPage</name>
    <message>
        <location filename="../ui/pages/ecosystempage.cpp" line="+57"/>
        <source>Partners and stakeholders</source>
        <translation>Partenaires et parties prenantes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who holds the catalyst functions</source>
        <translation>Qui assure les fonctions de catalyseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the functions each organisation takes on. Hover a function to see its activities.</source>
        <translation>Cochez les fonctions assumées par chaque organisation. Survolez une fonction pour voir ses activités.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map of the actors</source>
        <translation>Cartographie des acteurs</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
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
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Edit an organisation</source>
        <translation>Modifier une organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private organisations are left out of the copies shared with partners.</source>
        <translation>Les organisations confidentielles sont exclues des copies partagées avec les partenaires.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove organisation</source>
        <translation>Retirer l’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected organisation</source>
        <translation>Retirer l’organisation sélectionnée</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+41"/>
        <source>Not changed</source>
        <translation>Modification non effectuée</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit a contact</source>
        <translation>Modifier un contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact to the selected organisation</source>
        <translation>Ajouter un contact à l’organisation sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected contact</source>
        <translation>Retirer le contact sélectionné</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drag the organisations to arrange them; the map keeps their places. Select one or two organisations to link them, or right-click for more.</source>
        <translation>Faites glisser les organisations pour les disposer&#xa0;; la carte conserve leur position. Sélectionnez une ou deux organisations pour les relier, ou faites un clic droit pour plus d’options.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link to…</source>
        <translation>Relier à…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link the selected organisations</source>
        <translation>Relier les organisations sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected links</source>
        <translation>Supprimer les liens sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset layout</source>
        <translation>Réinitialiser la disposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place every organisation back in its profile&apos;s column</source>
        <translation>Replacer chaque organisation dans la colonne de son profil</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Contacts of %1</source>
        <translation>Contacts&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an organisation to see its contacts.</source>
        <translation>Sélectionnez une organisation pour voir ses contacts.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove an organisation</source>
        <translation>Retirer une organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove “%1” from the partnership?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du partenariat&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Vous pourrez annuler cette action avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>alliance::EvaluatePage</name>
    <message>
        <source>Not scored</source>
        <translation type="vanished">Non noté</translation>
    </message>
    <message>
        <location filename="../ui/pages/evaluatepage.cpp" line="+61"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
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
        <translation>Revues d’évaluation</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a review</source>
        <translation>Modifier une revue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New review</source>
        <translation>Nouvelle revue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add review</source>
        <translation>Ajouter une revue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a review</source>
        <translation>Ajouter une revue d’évaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove review</source>
        <translation>Retirer la revue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected review</source>
        <translation>Retirer la revue sélectionnée</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+96"/>
        <source>Not changed</source>
        <translation>Modification non effectuée</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performance, beside the ratings: the indicators stood at %1 of their targets on %2 (%3 of %4 with data).</source>
        <translation>Performance, à côté des notes&#xa0;: les indicateurs atteignaient %1 de leurs cibles au %2 (%3 mesurés sur %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Performance, beside the ratings: no indicator had a measurement by %1.</source>
        <translation>Performance, à côté des notes&#xa0;: aucun indicateur n’avait de mesure au %1.</translation>
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
            <numerusform>%1&#xa0;: %2 (%n partenaire a répondu)</numerusform>
            <numerusform>%1&#xa0;: %2 (%n partenaires ont répondu)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Did what weighed most in step 2 move most?</source>
        <translation>Ce qui pesait le plus à l’étape 2 a-t-il le plus progressé&#xa0;?</translation>
    </message>
    <message>
        <source>Scores of the selected review</source>
        <translation type="vanished">Notes de la revue sélectionnée</translation>
    </message>
    <message>
        <source>Each partner scores each criterion from 0 (not at all) to %1 (fully); leave a cell empty when it was not scored. Hover a criterion for its question; select a scored cell to comment it.</source>
        <translation type="vanished">Chaque partenaire note chaque critère de 0 (pas du tout) à %1 (pleinement)&#xa0;; laissez une cellule vide si elle n’a pas été notée. Survolez un critère pour voir sa question&#xa0;; sélectionnez une cellule notée pour la commenter.</translation>
    </message>
    <message>
        <source>Scores per criterion and partner</source>
        <translation type="vanished">Notes par critère et par partenaire</translation>
    </message>
    <message>
        <source>Edit a score comment</source>
        <translation type="vanished">Modifier le commentaire d’une note</translation>
    </message>
    <message>
        <source>Comment on the selected score</source>
        <translation type="vanished">Commentaire sur la note sélectionnée</translation>
    </message>
    <message>
        <source>Why this score? What was observed?</source>
        <translation type="vanished">Pourquoi cette note&#xa0;? Qu’a-t-on observé&#xa0;?</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Results of the selected review</source>
        <translation>Résultats de la revue sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results per angle and impact</source>
        <translation>Résultats par angle et par impact</translation>
    </message>
    <message>
        <source>Mean score in percent of the maximum; “—” where nothing was scored.</source>
        <translation type="vanished">Note moyenne en pourcentage du maximum&#xa0;; «&#xa0;—&#xa0;» lorsque rien n’a été noté.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit: %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected item: %1</source>
        <translation>Retirer l’élément sélectionné&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lessons, meaning and next steps</source>
        <translation>Enseignements, sens de l’action et prochaines étapes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lessons learnt</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add lesson</source>
        <translation>Ajouter un enseignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning of the action</source>
        <translation>Sens de l’action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add meaning</source>
        <translation>Ajouter un élément de sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add next step</source>
        <translation>Ajouter une prochaine étape</translation>
    </message>
    <message>
        <source>Add or select a review to score it.</source>
        <translation type="vanished">Ajoutez ou sélectionnez une revue pour la noter.</translation>
    </message>
    <message>
        <source>Select a score to comment it.</source>
        <translation type="vanished">Sélectionnez une note pour la commenter.</translation>
    </message>
    <message>
        <source>Score “%1” for %2 first, then comment it.</source>
        <translation type="vanished">Notez d’abord «&#xa0;%1&#xa0;» pour %2, puis commentez la note.</translation>
    </message>
    <message>
        <source>Comment of %1 on “%2”:</source>
        <translation type="vanished">Commentaire de %1 sur «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Angle: %1</source>
        <translation>Angle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact: %1</source>
        <translation>Impact&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+61"/>
        <location line="+75"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Answers of the selected review</source>
        <translation>Réponses à la revue sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each partner answers in the method&apos;s four parts, in order. Words never wait for a rating: write them and leave “No rating” when a number would say less. Expected and unexpected results are told in words only; the step-back questions take yes, partly, no or don&apos;t know, and how.</source>
        <translation>Chaque partenaire répond en suivant les quatre temps de la méthode, dans l’ordre. Les mots n’attendent jamais une note&#xa0;: écrivez-les et laissez «&#xa0;Sans note&#xa0;» quand un chiffre en dirait moins. Les résultats attendus et inattendus se disent seulement en mots&#xa0;; les questions pour prendre du recul se répondent par oui, en partie, non ou je ne sais pas, et comment.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers of:</source>
        <translation>Réponses de&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner whose answers are shown</source>
        <translation>Partenaire dont les réponses sont affichées</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mean rating in percent of the maximum, and how many partners gave one; “—” where nothing was rated. Words and yes / partly / no answers never enter a figure.</source>
        <translation>Note moyenne en pourcentage du maximum, et nombre de partenaires qui en ont donné une&#xa0;; «&#xa0;—&#xa0;» là où rien n’a été noté. Les mots et les réponses oui / en partie / non n’entrent jamais dans un chiffre.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Add the partners in step 4 or 5 first.</source>
        <translation>Ajoutez d’abord les partenaires à l’étape 4 ou 5.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n question(s) answered</source>
        <translation>
            <numerusform>Réponses&#xa0;: %1 sur %n question</numerusform>
            <numerusform>Réponses&#xa0;: %1 sur %n questions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Partners who answered</source>
        <translation>Partenaires ayant répondu</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+75"/>
        <source>Unknown organisation</source>
        <translation>Organisation inconnue</translation>
    </message>
</context>
<context>
    <name>alliance::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+35"/>
        <source>Export the partnership</source>
        <translation>Exporter le partenariat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export these rows</source>
        <translation>Exporter ces lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workbook (Excel, LibreOffice)</source>
        <translation>Classeur (Excel, LibreOffice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files, one per table, in a new folder</source>
        <translation>Fichiers CSV, un par table, dans un nouveau dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar of the dates (iCalendar)</source>
        <translation>Agenda des dates (iCalendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interchange file (JSON)</source>
        <translation>Fichier d’échange (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language of headers and values:</source>
        <translation>&amp;Langue des en-têtes et des valeurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the items marked private</source>
        <translation>Inclure les éléments marqués privés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write to:</source>
        <translation>É&amp;crire dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
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
        <translation>Une feuille par table, avec ses en-têtes&#xa0;; dates, nombres et montants en tant que tels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One sheet with the rows the table shows, with its headers.</source>
        <translation>Une feuille avec les lignes que montre la table, et ses en-têtes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new folder holding one UTF-8 file per table, with the same headers and values as the workbook.</source>
        <translation>Un nouveau dossier avec un fichier UTF-8 par table, mêmes en-têtes et mêmes valeurs que le classeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One UTF-8 file with the rows the table shows.</source>
        <translation>Un fichier UTF-8 avec les lignes que montre la table.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The actions&apos; due dates, milestones, reviews and meetings as events, for a calendar application. Importing the file again updates them.</source>
        <translation>Les échéances des actions, les jalons, les revues et les réunions, en événements pour un agenda. Importer à nouveau le fichier les met à jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole partnership in the documented interchange format, for another tool or another installation.</source>
        <translation>Tout le partenariat au format d’échange documenté, pour un autre outil ou une autre installation.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Classeurs (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new folder (*)</source>
        <translation>Un nouveau dossier (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendars (*.ics)</source>
        <translation>Agendas (*.ics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interchange files (*.json)</source>
        <translation>Fichiers d’échange (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the new folder</source>
        <translation>Nommer le nouveau dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export as</source>
        <translation>Exporter sous</translation>
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
        <translation type="vanished">Définir une date</translation>
    </message>
    <message>
        <source>Date is set</source>
        <translation type="vanished">Date définie</translation>
    </message>
</context>
<context>
    <name>alliance::FieldDelegate</name>
    <message>
        <location filename="../ui/models/fielddelegate.cpp" line="+41"/>
        <source>“%1” is not a number: type it with digits, e.g. 12.5 or 12,5.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;: saisissez-le en chiffres, par exemple 12,5 ou 12.5.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. %2</translation>
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
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>alliance::HistoryItemsModel</name>
    <message>
        <location filename="../ui/models/historyitemsmodel.cpp" line="+131"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>alliance::HistoryPanel</name>
    <message>
        <location filename="../ui/widgets/historypanel.cpp" line="+49"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter items</source>
        <translation>Filtrer les éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the items with changes</source>
        <translation>Filtrer les éléments modifiés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items with changes</source>
        <translation>Éléments modifiés</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+63"/>
        <location line="+57"/>
        <source>Choose an item to see its changes.</source>
        <translation>Choisissez un élément pour voir ses modifications.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Changes of the item</source>
        <translation>Modifications de l’élément</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show who changed what, and when</source>
        <translation>Montrer qui a modifié quoi, et quand</translation>
    </message>
</context>
<context>
    <name>alliance::IdentityDialog</name>
    <message>
        <location filename="../ui/dialogs/identitydialog.cpp" line="+23"/>
        <source>Who is making changes?</source>
        <translation>Qui fait les modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each change you make is recorded with your name and organisation, so that your partners see who changed what when copies are merged. You can change them later in Preferences.</source>
        <translation>Chaque modification que vous faites est enregistrée avec votre nom et votre organisation&#xa0;: vos partenaires voient ainsi qui a changé quoi quand les copies sont fusionnées. Vous pourrez les changer plus tard dans les Préférences.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As named in the partnership</source>
        <translation>Telle que nommée dans le partenariat</translation>
    </message>
    <message>
        <source>As it is named in your partnerships</source>
        <translation type="vanished">Telle qu’elle est nommée dans vos partenariats</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organisation:</source>
        <translation>Votre organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>alliance::ItemTableModel</name>
    <message>
        <location filename="../ui/models/itemtablemodel.cpp" line="+16"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>%1: %2</source>
        <extracomment>An undo step&apos;s name: what was done, then the column (&quot;Edit action: Due date&quot;)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add an item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add items</source>
        <translation>Ajouter des éléments</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete an item</source>
        <translation>Supprimer un élément</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alliance::LogoEditor</name>
    <message>
        <location filename="../ui/widgets/logoeditor.cpp" line="+32"/>
        <source>“%1” is too large an image (%2 × %3 pixels).</source>
        <translation>«&#xa0;%1&#xa0;» est une image trop grande (%2 × %3 pixels).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” cannot be read as an image: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme une image&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” cannot be stored as a logo.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir de logo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an image for the selected organisation&apos;s logo, printed on reports it leads</source>
        <translation>Choisir une image pour le logo de l’organisation sélectionnée, imprimé sur les rapports qu’elle porte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected organisation&apos;s logo</source>
        <translation>Retirer le logo de l’organisation sélectionnée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
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
        <translation>Logo inchangé</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Set a logo</source>
        <translation>Définir un logo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove a logo</source>
        <translation>Retirer un logo</translation>
    </message>
</context>
<context>
    <name>alliance::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+50"/>
        <source>Alliance Pilot projects (*.alliance)</source>
        <translation>Projets Alliance Pilot (*.alliance)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name and organisation, set in Preferences</source>
        <translation>Votre nom et votre organisation, définis dans les Préférences</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New partnership…</source>
        <translation>&amp;Nouveau partenariat…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new partnership</source>
        <translation>Commencer un nouveau partenariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a partnership project file</source>
        <translation>Ouvrir un fichier de projet de partenariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;example</source>
        <translation>Ouvrir l’e&amp;xemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a complete example partnership, as a new unsaved project</source>
        <translation>Ouvrir un exemple complet de partenariat, comme nouveau projet non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port&amp;folio…</source>
        <translation>Portefeui&amp;lle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See every partnership of a folder at once</source>
        <translation>Voir d’un coup d’œil tous les partenariats d’un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the partnership to its file</source>
        <translation>Enregistrer le partenariat dans son fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the partnership to another file</source>
        <translation>Enregistrer le partenariat dans un autre fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert to saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes made since the last save</source>
        <translation>Abandonner les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the partnership</source>
        <translation>Fermer le partenariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;hare with partner…</source>
        <translation>Pa&amp;rtager avec un partenaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a copy for a partner organisation, without private items</source>
        <translation>Écrire une copie pour une organisation partenaire, sans les éléments privés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the copy a partner sent back</source>
        <translation>Fusionner la copie renvoyée par un partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open from wor&amp;kspace…</source>
        <translation>Ouvrir &amp;depuis l’espace de travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a file of a partnership you are a member of in a shared workspace</source>
        <translation>Obtenir le fichier d’un partenariat dont vous êtes membre dans un espace de travail partagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish to &amp;workspace…</source>
        <translation>Publier dans l’&amp;espace de travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the partnership in a shared PostgreSQL workspace</source>
        <translation>Mettre le partenariat dans un espace de travail PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync with workspace</source>
        <translation>S&amp;ynchroniser avec l’espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange changes with the partnership&apos;s workspace</source>
        <translation>Échanger les modifications avec l’espace de travail du partenariat</translation>
    </message>
    <message>
        <source>Workspace &amp;members…</source>
        <translation type="vanished">Mem&amp;bres dans l’espace de travail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace mem&amp;bers…</source>
        <translation>Mem&amp;bres dans l’espace de travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may read, edit or own the partnership in its workspace</source>
        <translation>Qui peut lire, modifier ou posséder le partenariat dans son espace de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import answers…</source>
        <translation>I&amp;mporter des réponses…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the answers partners gave in questionnaire workbooks</source>
        <translation>Importer les réponses que les partenaires ont données dans des classeurs de questionnaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Exporter le rapport en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the evaluation report as a PDF file</source>
        <translation>Écrire le rapport d’évaluation dans un fichier PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>Expor&amp;ter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the partnership as a workbook, CSV files, a calendar or an interchange file</source>
        <translation>Écrire le partenariat en classeur, en fichiers CSV, en agenda ou en fichier d’échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare q&amp;uestionnaires…</source>
        <translation>Préparer les q&amp;uestionnaires…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the workbooks partners fill in without the app</source>
        <translation>Écrire les classeurs que les partenaires remplissent sans l’application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pre&amp;view…</source>
        <translation>A&amp;perçu avant impression…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the evaluation report as it will print</source>
        <translation>Voir le rapport d’évaluation tel qu’il sera imprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the evaluation report</source>
        <translation>Imprimer le rapport d’évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, organisation, language and recovery options</source>
        <translation>Votre nom, votre organisation, la langue et les options de récupération</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Alliance Pilot</source>
        <translation>Quitter Alliance Pilot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+158"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification qui vient d’être annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts of where the partnership stands</source>
        <translation>Graphiques de l’état du partenariat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Alliance Pilot</source>
        <translation>À &amp;propos d’Alliance Pilot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and purpose</source>
        <translation>Version et objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Alliance Pilot</source>
        <translation>À propos d’Alliance Pilot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance Pilot %1

Design, pilot and evaluate strategic partnerships between associations, companies, foundations and local authorities, following the seven steps of the &quot;faire alliance&quot; method (SDG 17).</source>
        <translation>Alliance Pilot %1

Concevoir, piloter et évaluer des partenariats stratégiques entre associations, entreprises, fondations et collectivités territoriales, selon les sept étapes de la méthode «&#xa0;faire alliance&#xa0;» (ODD 17).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Open elsewhere</source>
        <translation>Déjà ouvert ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has had this file open on %2 since %3. If you both change it, your changes will have to be merged.</source>
        <translation>Ce fichier est ouvert par %1 sur %2 depuis %3. Si vous le modifiez tous les deux, vos modifications devront être fusionnées.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Changes recorded as %1 (%2)</source>
        <translation>Modifications enregistrées au nom de %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes recorded as %1</source>
        <translation>Modifications enregistrées au nom de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo “%1”</source>
        <translation>&amp;Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo “%1”</source>
        <translation>&amp;Rétablir «&#xa0;%1&#xa0;»</translation>
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
        <translation>Impossible d’ouvrir ce fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %1</source>
        <translation>Fichier ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Example partnership</source>
        <translation>Exemple de partenariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The example cannot be opened</source>
        <translation>Impossible d’ouvrir l’exemple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This example is not saved anywhere yet: use Save as to keep it.</source>
        <translation>Cet exemple n’est encore enregistré nulle part&#xa0;: utilisez Enregistrer sous pour le conserver.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The partnership cannot be created</source>
        <translation>Impossible de créer le partenariat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a partnership</source>
        <translation>Ouvrir un partenariat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file was changed elsewhere</source>
        <translation>Le fichier a été modifié ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by someone else since you opened it. Replace it with your version? Choose No to save under another name.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Le remplacer par votre version&#xa0;? Choisissez Non pour enregistrer sous un autre nom.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the partnership as</source>
        <translation>Enregistrer le partenariat sous</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revert to saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget every change made since the last save?</source>
        <translation>Abandonner toutes les modifications faites depuis le dernier enregistrement&#xa0;?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes made to “%1”?</source>
        <translation>Enregistrer les modifications apportées à «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you don&apos;t save, your changes since the last save will be lost.</source>
        <translation>Si vous n’enregistrez pas, les modifications faites depuis le dernier enregistrement seront perdues.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” was changed on disk by someone else. Saving will ask before replacing it.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur le disque par quelqu’un d’autre. Lors de l’enregistrement, une confirmation vous sera demandée avant de le remplacer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>Alliance Pilot stopped before %n change(s) to “%1” were saved. Recover them?</source>
        <translation>
            <numerusform>Alliance Pilot s’est arrêté avant que %n modification apportée à «&#xa0;%1&#xa0;» soit enregistrée. La récupérer&#xa0;?</numerusform>
            <numerusform>Alliance Pilot s’est arrêté avant que %n modifications apportées à «&#xa0;%1&#xa0;» soient enregistrées. Les récupérer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last change: %1.</source>
        <translation>Dernière modification&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>alliance::MeetingAttendeesModel</name>
    <message>
        <location filename="../ui/models/meetingattendeesmodel.cpp" line="+112"/>
        <source>Tick the contact first: a note is kept for attendees only.</source>
        <translation>Cochez d’abord le contact&#xa0;: une remarque ne se note que pour un participant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attends</source>
        <translation>Participe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invite %1</source>
        <translation>Inviter %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uninvite %1</source>
        <translation>Retirer %1 des participants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note on %1&apos;s attendance</source>
        <translation>Remarque sur la participation de %1</translation>
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
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a meeting</source>
        <translation>Ajouter une réunion</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Open decisions</source>
        <translation>Décisions ouvertes</translation>
    </message>
</context>
<context>
    <name>alliance::MeetingsPanel</name>
    <message>
        <location filename="../ui/widgets/meetingspanel.cpp" line="+59"/>
        <source>Add a meeting to record who attends, its agenda, the decisions taken and its minutes.</source>
        <translation>Ajoutez une réunion pour noter ses participants, son ordre du jour, les décisions prises et son compte rendu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the agenda</source>
        <translation>Modifier l’ordre du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda, one item per line</source>
        <translation>Ordre du jour, un point par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One item per line</source>
        <translation>Un point par ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the minutes</source>
        <translation>Modifier le compte rendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes of the meeting</source>
        <translation>Compte rendu de la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and agreed, written after the meeting.</source>
        <translation>Ce qui s’est dit et ce qui a été convenu, rédigé après la réunion.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add meeting</source>
        <translation>Ajouter une réunion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a meeting</source>
        <translation>Ajouter une réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected meeting</source>
        <translation>Supprimer la réunion sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the meeting with its attendees and decisions; the actions they became stay. Undo brings it all back.</source>
        <translation>Supprime la réunion avec ses participants et ses décisions&#xa0;; les actions qui en sont issues restent. Annuler rétablit le tout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the minutes…</source>
        <translation>Imprimer le compte rendu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the selected meeting&apos;s minutes as a PDF file</source>
        <translation>Imprimer le compte rendu de la réunion sélectionnée dans un fichier PDF</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Selected meeting</source>
        <translation>Réunion sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the meeting&apos;s date</source>
        <translation>Changer la date de la réunion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the meeting</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the meeting&apos;s kind</source>
        <translation>Changer la nature de la réunion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of meeting</source>
        <translation>Nature de la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the meeting</source>
        <translation>Renommer la réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the meeting</source>
        <translation>Titre de la réunion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review discussed at the meeting</source>
        <translation>Revue examinée pendant la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evaluation review this meeting discusses, if any.</source>
        <translation>La revue d’évaluation que la réunion examine, s’il y en a une.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the review discussed</source>
        <translation>Changer la revue examinée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <location line="+71"/>
        <location line="+109"/>
        <location line="+31"/>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Kind:</source>
        <translation>Nature&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review discussed:</source>
        <translation>Revue examinée&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+147"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Tick the contacts who attend; a note (excused, represented…) once ticked.</source>
        <translation>Cochez les contacts qui participent&#xa0;; une remarque (excusé, représenté…) une fois cochés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+22"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Resulting action</source>
        <translation>Action qui en découle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a decision</source>
        <translation>Modifier une décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a decision</source>
        <translation>Supprimer une décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a decision to the meeting</source>
        <translation>Ajouter une décision à la réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove decision</source>
        <translation>Supprimer la décision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected decision</source>
        <translation>Supprimer la décision sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it an action</source>
        <translation>En faire une action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected decision an action</source>
        <translation>Faire de la décision sélectionnée une action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the decision to the actions above, with its owner and due date, and marks it decided. One undo takes both back.</source>
        <translation>Ajoute la décision aux actions ci-dessus, avec son responsable et son échéance, et la marque comme décidée. Une seule annulation revient sur les deux.</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>Attendees (%n)</source>
        <translation>
            <numerusform>Participants (%n)</numerusform>
            <numerusform>Participants (%n)</numerusform>
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
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the meeting “%1”</source>
        <translation>Supprimer la réunion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Make the decision an action</source>
        <translation>Faire de la décision une action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The decision is now an action of the plan, with its owner and due date.</source>
        <translation>La décision est désormais une action du plan, avec son responsable et son échéance.</translation>
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
        <translation type="vanished">Sans étape</translation>
    </message>
    <message>
        <source>Outside the steps</source>
        <translation type="vanished">Hors des étapes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mergedialog.cpp" line="+72"/>
        <source>Merge a partner&apos;s copy</source>
        <translation>Fusionner la copie d’un partenaire</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) came in from “%1”.</source>
        <translation type="vanished">
            <numerusform>%n modification reçue de «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n modifications reçues de «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is the copy made for %1: the changes of other partners in it came in through that copy.</source>
        <translation>C’est la copie faite pour %1&#xa0;: les modifications d’autres partenaires qu’elle contient sont arrivées par cette copie.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n item(s) will be deleted by this merge:</source>
        <translation>
            <numerusform>%n élément sera supprimé par cette fusion&#xa0;:</numerusform>
            <numerusform>%n éléments seront supprimés par cette fusion&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Changes to %n item(s) were left out: a partner’s copy may not change private items or who is private, nor delete the partnership or its lead partner.</source>
        <translation>
            <numerusform>Les modifications de %n élément ont été écartées&#xa0;: la copie d’un partenaire ne peut ni modifier les éléments privés ou ce qui est privé, ni supprimer le partenariat ou son partenaire chef de file.</numerusform>
            <numerusform>Les modifications de %n éléments ont été écartées&#xa0;: la copie d’un partenaire ne peut ni modifier les éléments privés ou ce qui est privé, ni supprimer le partenariat ou son partenaire chef de file.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changes that came in, per partner and per step</source>
        <translation>Modifications reçues, par partenaire et par étape</translation>
    </message>
    <message>
        <source>Partner and step</source>
        <translation type="vanished">Partenaire et étape</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>No conflict: no field was changed on both sides.</source>
        <translation>Aucun conflit&#xa0;: aucun champ n’a été modifié des deux côtés.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1… (select the row to read the whole text below)</source>
        <translation>%1… (sélectionnez la ligne pour lire le texte entier en dessous)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No field changes without a conflict.</source>
        <translation>Aucun champ ne change hors conflit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changes, per partner and per step (select a row to read it whole below):</source>
        <translation>Ce qui change, par partenaire et par étape (sélectionnez une ligne pour la lire en entier en dessous)&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n field(s) were changed on both sides. The later change wins; flip a row to keep the other value instead.</source>
        <translation>
            <numerusform>%n champ a été modifié des deux côtés. La modification la plus récente l’emporte&#xa0;; inversez une ligne pour garder plutôt l’autre valeur.</numerusform>
            <numerusform>%n champs ont été modifiés des deux côtés. La modification la plus récente l’emporte&#xa0;; inversez une ligne pour garder plutôt l’autre valeur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The selected change, whole</source>
        <translation>La modification sélectionnée, en entier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a change or a conflict to read it whole here.</source>
        <translation>Sélectionnez une modification ou un conflit pour la lire ici en entier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the merge</source>
        <translation>Appliquer la fusion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The merge is one step: Edit &gt; Undo takes it back.</source>
        <translation>La fusion est une seule étape&#xa0;: Édition &gt; Annuler la défait.</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation type="vanished">Auteur inconnu</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Items this merge deletes</source>
        <translation>Éléments que cette fusion supprime</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+214"/>
        <location line="+21"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <location line="+2"/>
        <location line="+17"/>
        <source>%1 — %n change(s)</source>
        <translation>
            <numerusform>%1 — %n modification</numerusform>
            <numerusform>%1 — %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+13"/>
        <source>Item: %1</source>
        <translation>Élément&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Field: %1</source>
        <translation>Champ&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Changed by %1 on %2.</source>
        <translation>Modifié par %1 le %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before:</source>
        <translation>Avant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After:</source>
        <translation>Après&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Applying keeps their value.</source>
        <translation>La fusion garde leur valeur.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applying keeps your value.</source>
        <translation>La fusion garde votre valeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your value, by %1 on %2:</source>
        <translation>Votre valeur, par %1 le %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their value, by %1 on %2:</source>
        <translation>Leur valeur, par %1 le %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+214"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes left out of the merge</source>
        <translation>Modifications écartées de la fusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was left out</source>
        <translation>Pourquoi elle a été écartée</translation>
    </message>
</context>
<context>
    <name>alliance::MethodGuide</name>
    <message>
        <location filename="../ui/help/methodguide.cpp" line="+36"/>
        <source>Method guide — Alliance Pilot</source>
        <translation>Guide de la méthode — Alliance Pilot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents of the guide</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method guide</source>
        <translation>Guide de la méthode</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Step %1 — %2</source>
        <translation>Étape %1 — %2</translation>
    </message>
</context>
<context>
    <name>alliance::ModelPage</name>
    <message>
        <source>What the partners&apos; objectives point to</source>
        <translation type="vanished">Ce qu’indiquent les objectifs des partenaires</translation>
    </message>
    <message>
        <location filename="../ui/pages/modelpage.cpp" line="+103"/>
        <source>Four categories, nine models</source>
        <translation>Quatre catégories, neuf modèles</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Why this model</source>
        <translation>Pourquoi ce modèle</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Edit why this model</source>
        <translation>Modifier la justification du modèle</translation>
    </message>
    <message>
        <source>Why the partners chose this model, especially if it is not the recommended one</source>
        <translation type="vanished">Pourquoi les partenaires ont choisi ce modèle, surtout s’il ne s’agit pas du modèle recommandé</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Each partner&apos;s reading</source>
        <translation>La lecture de chaque partenaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the relationship</source>
        <translation>Décrire la relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nine models differ by the nature of the relationship, not by numbers: your two answers name the model. Each partner&apos;s weights then say how the model serves it.</source>
        <translation>Les neuf modèles se distinguent par la nature de la relation, non par des chiffres&#xa0;: vos deux réponses nomment le modèle. Les pondérations de chaque partenaire disent ensuite comment le modèle le sert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why the partners chose this model, and how each one finds its own objectives in it</source>
        <translation>Pourquoi les partenaires ont choisi ce modèle, et comment chacun y trouve ses propres objectifs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1. What is the relationship between the partners?</source>
        <translation>1. Quelle est la relation entre les partenaires&#xa0;?</translation>
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
        <translation>Au service de&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected results: %1</source>
        <translation>Résultats attendus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practised by %1% of companies (2021)</source>
        <translation>Pratiqué par %1&#xa0;% des entreprises (2021)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Examples: %1</source>
        <translation>Exemples&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <comment>between two examples</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Choose this model</source>
        <translation>Choisir ce modèle</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+99"/>
        <source>Choose the model %1</source>
        <translation>Choisir le modèle %1</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The reading of %1 points here.</source>
        <translation>La lecture de %1 pointe ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>2. %1</source>
        <translation>2. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Answer the first question to see the second.</source>
        <translation>2. Répondez à la première question pour voir la seconde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading of %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Named by your answers</source>
        <translation>Nommé par vos réponses</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Chosen</source>
        <translation>Choisi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Describe the relationship: %1</source>
        <translation>Décrire la relation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="vanished">Recommandé</translation>
    </message>
    <message>
        <source>Also close</source>
        <translation type="vanished">Également proche</translation>
    </message>
    <message>
        <source>%1% match with the partners&apos; objectives</source>
        <translation type="vanished">%1&#xa0;% de correspondance avec les objectifs des partenaires</translation>
    </message>
</context>
<context>
    <name>alliance::NewPartnershipWizard</name>
    <message>
        <location filename="../ui/dialogs/newpartnershipwizard.cpp" line="+89"/>
        <source>The partnership</source>
        <translation>Le partenariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it a name, and say what brings the partners together.</source>
        <translation>Donnez-lui un nom et indiquez ce qui réunit les partenaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common stake:</source>
        <translation>Enjeu commun&#xa0;:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>New partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the partnership</source>
        <translation>Titre du partenariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common stake</source>
        <translation>Enjeu commun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: bring digital skills to every job seeker of the valley</source>
        <translation>Par exemple&#xa0;: apporter des compétences numériques à chaque demandeur d’emploi de la vallée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the partnership a title to go on.</source>
        <translation>Donnez un titre au partenariat pour continuer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your organisation needs a name: it is recorded with each of your changes.</source>
        <translation>Votre organisation doit avoir un nom&#xa0;: il accompagne chacune de vos modifications.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Taken from your preferences; it is recorded as the author of your changes.</source>
        <translation type="vanished">Reprise de vos préférences&#xa0;; elle est indiquée comme auteur de vos modifications.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name and organisation are recorded with each of your changes; they are kept in your preferences.</source>
        <translation>Votre nom et votre organisation sont enregistrés avec chacune de vos modifications&#xa0;; ils sont conservés dans vos préférences.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The partner on row %1 has no name: give it one, or remove the row.</source>
        <translation>Le partenaire de la ligne %1 n’a pas de nom&#xa0;: donnez-lui-en un, ou retirez la ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partners</source>
        <translation>Les partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who else takes part? You can add or change partners later, in step 4.</source>
        <translation>Qui d’autre participe&#xa0;? Vous pourrez ajouter ou modifier des partenaires plus tard, à l’étape 4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Describe the new partnership</source>
        <translation>Décrire le nouveau partenariat</translation>
    </message>
</context>
<context>
    <name>alliance::ObjectivesPage</name>
    <message>
        <location filename="../ui/pages/objectivespage.cpp" line="+29"/>
        <source>Each partner&apos;s objectives</source>
        <translation>Les objectifs de chaque partenaire</translation>
    </message>
    <message>
        <source>Each partner gives a weight to the four objectives of the carré magique. The four weights always sum to 100: moving one rescales the others. Hover over an objective to see what it covers.</source>
        <translation type="vanished">Chaque partenaire attribue une pondération aux quatre objectifs du carré magique. Les quatre pondérations totalisent toujours 100&#xa0;: en modifier une ajuste les autres en proportion. Survolez un objectif pour voir ce qu’il recouvre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each partner gives a weight to the four objectives of the carré magique. The four weights always sum to 100: the weight you set stays as you set it, so do the ones you set before it as far as they fit, and the others make room. Hover over an objective to see what it covers.</source>
        <translation>Chaque partenaire donne un poids aux quatre objectifs du carré magique. Les quatre poids font toujours 100 au total&#xa0;: le poids que vous saisissez reste tel quel, ceux que vous avez saisis avant lui aussi tant qu’ils tiennent, et les autres s’ajustent. Survolez un objectif pour voir ce qu’il recouvre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No partner to weight yet: add the partner organisations first.</source>
        <translation>Aucun partenaire à pondérer pour l’instant&#xa0;: ajoutez d’abord les organisations partenaires.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Radar of the partners&apos; objective weights</source>
        <translation>Radar des pondérations d’objectifs des partenaires</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>Common stake</source>
        <translation>Enjeu commun</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What the partners pursue together: the compass for the whole journey. Agree it once each partner&apos;s objectives are clear.</source>
        <translation>Ce que les partenaires poursuivent ensemble&#xa0;: la boussole de tout le parcours. Convenez-en une fois que les objectifs de chaque partenaire sont clairs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the common stake</source>
        <translation>Modifier l’enjeu commun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The common stake or stakes the partners agree on</source>
        <translation>Le ou les enjeux communs sur lesquels les partenaires s’accordent</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Once a partner weights its objectives, its reading shows here: the objective it puts first, and the category that objective points to.</source>
        <translation>Dès qu’un partenaire pondère ses objectifs, sa lecture s’affiche ici&#xa0;: l’objectif qu’il place en premier, et la catégorie vers laquelle il pointe.</translation>
    </message>
    <message>
        <source>The radar compares the partners once at least two have weighted.</source>
        <translation type="vanished">Le radar compare les partenaires dès qu’au moins deux d’entre eux ont pondéré leurs objectifs.</translation>
    </message>
    <message>
        <source>The partners&apos; weightings are compatible (divergence %1 out of 100).</source>
        <translation type="vanished">Les pondérations des partenaires sont compatibles (divergence de %1 sur 100).</translation>
    </message>
    <message>
        <source>Warning: the partners&apos; weightings diverge (divergence %1 out of 100). They differ most on “%2” (%3 points apart); %4 and %5 are the furthest apart. Talk it through before choosing a model.</source>
        <translation type="vanished">Attention&#xa0;: les pondérations des partenaires divergent (divergence de %1 sur 100). Elles diffèrent le plus sur «&#xa0;%2&#xa0;» (%3 points d’écart)&#xa0;; %4 et %5 sont les plus éloignés. Discutez-en avant de choisir un modèle.</translation>
    </message>
</context>
<context>
    <name>alliance::PeriodWarning</name>
    <message>
        <location filename="../ui/widgets/periodwarning.cpp" line="+14"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
</context>
<context>
    <name>alliance::PilotPage</name>
    <message>
        <location filename="../ui/pages/pilotpage.cpp" line="+60"/>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off track</source>
        <translation>hors trajectoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Committees and meetings</source>
        <translation>Comités et réunions</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+29"/>
        <source>Actions and milestones</source>
        <translation>Actions et jalons</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit an action</source>
        <translation>Modifier une action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions as a table or a timeline</source>
        <translation>Actions en tableau ou en chronologie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected action</source>
        <translation>Supprimer l’action sélectionnée</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+79"/>
        <location line="+42"/>
        <source>Not changed</source>
        <translation>Modification non effectuée</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+31"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Indicators by status</source>
        <translation>Indicateurs par état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objectif</translation>
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
        <translation>Modifier un indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove indicator</source>
        <translation>Supprimer l’indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected indicator</source>
        <translation>Supprimer l’indicateur sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import measurements…</source>
        <translation>Importer des mesures…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import measurements from a CSV file</source>
        <translation>Importer des mesures depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read measurements of several indicators from a CSV file, with a preview first.</source>
        <translation>Lire les mesures de plusieurs indicateurs depuis un fichier CSV, avec un aperçu préalable.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Measurements of the selected indicator</source>
        <translation>Mesures de l’indicateur sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress of the selected indicator</source>
        <translation>Progression de l’indicateur sélectionné</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a measurement</source>
        <translation>Modifier une mesure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove measurement</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected measurement</source>
        <translation>Supprimer la mesure sélectionnée</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+80"/>
        <source>Add a measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Measurement date</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured value</source>
        <translation>Valeur mesurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12.5</source>
        <translation>p. ex. 12,5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of the measurement</source>
        <translation>Source de la mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the figure comes from</source>
        <translation>Origine du chiffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add measurement</source>
        <translation>Ajouter la mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the measurement to the selected indicator</source>
        <translation>Ajouter la mesure à l’indicateur sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the measurement (Enter in any field does the same).</source>
        <translation>Ajoute la mesure (la touche Entrée dans n’importe quel champ a le même effet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick entry problem</source>
        <translation>Problème de saisie rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter the value as a number, e.g. 12.5 or 12,5.</source>
        <translation>Saisissez la valeur sous forme de nombre, par ex. 12,5 ou 12.5.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n measurements imported from %1.</source>
        <translation>
            <numerusform>%n mesure importée depuis %1.</numerusform>
            <numerusform>%n mesures importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation type="vanished">Importer des mesures</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="vanished">Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing overdue.</source>
        <translation>Aucune action en retard.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No indicator yet.</source>
        <translation>Aucun indicateur pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1: %2 on track, %3 at risk (in amber), %4 off track (in red), %5 without data.</source>
        <translation>Au %1&#xa0;: %2 en bonne voie, %3 à risque (en orange), %4 hors trajectoire (en rouge), %5 sans donnée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add an indicator to record its measurements.</source>
        <translation>Ajoutez un indicateur pour enregistrer ses mesures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an indicator to see its measurements and add new ones.</source>
        <translation>Sélectionnez un indicateur pour voir ses mesures et en ajouter de nouvelles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed indicator)</source>
        <translation>(indicateur sans nom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target %1 by %2</source>
        <translation>cible %1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no measurement yet (baseline %2, %3).</source>
        <translation>%1&#xa0;: aucune mesure pour l’instant (référence %2, %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latest %1 on %2; baseline %3, %4</source>
        <translation>dernière mesure %1 le %2&#xa0;; référence %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 achieved, %3 (%4).</source>
        <translation>%1&#xa0;: %2 atteint, %3 (%4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 achieved, %3 expected by %4, %5 (%6).</source>
        <translation>%1&#xa0;: %2 atteint, %3 attendu au %4, %5 (%6).</translation>
    </message>
    <message>
        <source>%1: no measurement yet (baseline %2, target %3).</source>
        <translation type="vanished">%1&#xa0;: aucune mesure pour l’instant (référence %2, cible %3).</translation>
    </message>
    <message>
        <source>%1: %2 achieved, %3 (latest %4 on %5; baseline %6, target %7).</source>
        <translation type="vanished">%1&#xa0;: %2 atteint, %3 (dernière mesure %4 le %5&#xa0;; référence %6, cible %7).</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>alliance::PortfolioWindow</name>
    <message>
        <location filename="../ui/portfolio/portfoliowindow.cpp" line="+62"/>
        <source>Portfolio — Alliance Pilot</source>
        <translation>Portefeuille — Alliance Pilot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder whose partnership files are listed</source>
        <translation>Le dossier dont les fichiers de partenariat sont listés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the folder again</source>
        <translation>Lister à nouveau le dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report (PDF)…</source>
        <translation>Rapport (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF report for a board: the partnerships shown, the charts and the refused files</source>
        <translation>Un rapport PDF pour une instance de gouvernance&#xa0;: les partenariats affichés, les graphiques et les fichiers refusés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the partnerships of one model</source>
        <translation>Seulement les partenariats d’un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the partnerships at one step</source>
        <translation>Seulement les partenariats arrivés à une étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the partnerships whose indicators have one status</source>
        <translation>Seulement les partenariats dont les indicateurs ont un statut donné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region or département</source>
        <translation>Région ou département</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the partnerships with a partner in this region or département</source>
        <translation>Seulement les partenariats dont un partenaire est dans cette région ou ce département</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%v of %m files</source>
        <translation>%v fichiers sur&#xa0;%m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop listing: the files already checked stay listed</source>
        <translation>Arrêter la liste&#xa0;: les fichiers déjà vérifiés restent affichés</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Double-click a partnership to open it</source>
        <translation>Double-cliquez sur un partenariat pour l’ouvrir</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose a folder holding partnership files (.alliance) to list them here.</source>
        <translation>Choisissez un dossier contenant des fichiers de partenariat (.alliance) pour les lister ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every model</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model not named yet</source>
        <translation>Modèle pas encore nommé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1.&#xa0;%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder of partnerships</source>
        <translation>Dossier de partenariats</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the partnership files…</source>
        <translation>Vérification des fichiers de partenariat…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n partnership(s) listed</source>
        <translation>
            <numerusform>%n partenariat listé</numerusform>
            <numerusform>%n partenariats listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) refused: the reason is in the row</source>
        <translation>
            <numerusform>%n fichier refusé&#xa0;: la raison figure sur sa ligne</numerusform>
            <numerusform>%n fichiers refusés&#xa0;: la raison figure sur leur ligne</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listing stopped before the end</source>
        <translation>liste arrêtée avant la fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
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
        <translation>portefeuille-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Portfolio report</source>
        <translation>Rapport de portefeuille</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Report written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Rapport écrit&#xa0;: %1 (%n page).</numerusform>
            <numerusform>Rapport écrit&#xa0;: %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alliance::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+20"/>
        <source>Offer to recover unsaved work at start</source>
        <translation>Proposer de récupérer le travail non enregistré au démarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As it is named in your partnerships</source>
        <translation>Telle qu’elle est nommée dans vos partenariats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organisation:</source>
        <translation>Votre organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name and organisation are recorded with each of your changes, so that partners see who changed what when files are merged.</source>
        <translation>Votre nom et votre organisation sont enregistrés avec chacune de vos modifications, afin que les partenaires sachent qui a modifié quoi lors de la fusion des fichiers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies at the next start.</source>
        <translation>Le changement de langue prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery:</source>
        <translation>Récupération&#xa0;:</translation>
    </message>
</context>
<context>
    <name>alliance::QuestionnaireDialog</name>
    <message>
        <location filename="../ui/dialogs/questionnairedialog.cpp" line="+34"/>
        <source>&amp;Review:</source>
        <translation>&amp;Revue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Anonymous</source>
        <translation>&amp;Anonyme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepare questionnaires</source>
        <translation>Préparer les questionnaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One workbook per partner, to fill in with Excel or LibreOffice without the app. Send each partner theirs; their answers come back with File &gt; Import answers.</source>
        <translation>Un classeur par partenaire, à remplir avec Excel ou LibreOffice sans l’application. Envoyez à chacun le sien&#xa0;; ses réponses reviennent par Fichier &gt; Importer des réponses.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Questionnaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language of the workbooks:</source>
        <translation>&amp;Langue des classeurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answers are then counted per kind of organisation, never under a partner’s name, and nothing already known is filled in.</source>
        <translation>Les réponses sont alors comptées par type d’organisation, jamais au nom d’un partenaire, et rien de déjà connu n’est prérempli.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Questionnaires – %1</source>
        <translation>Questionnaires – %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder of the questionnaires</source>
        <translation>Dossier des questionnaires</translation>
    </message>
</context>
<context>
    <name>alliance::RangeSpinBox</name>
    <message>
        <location filename="../ui/widgets/rangespinbox.cpp" line="+71"/>
        <source>%1 is out of range: type a whole number from %2 to %3.</source>
        <translation>%1 est hors limites&#xa0;: saisissez un nombre entier de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>alliance::ReportOptionsDialog</name>
    <message>
        <location filename="../ui/dialogs/reportoptionsdialog.cpp" line="+20"/>
        <source>Evaluation report</source>
        <translation>Rapport d’évaluation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full report: the synthesis, then every section</source>
        <translation>Rapport complet&#xa0;: la synthèse, puis toutes les sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee pack: the synthesis, agenda, open decisions, risks and changes</source>
        <translation>Dossier du comité&#xa0;: la synthèse, l’ordre du jour, les décisions ouvertes, les risques et les changements</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Include the items marked private (internal notes, private contacts and organisations)</source>
        <translation>Inclure les éléments marqués privés (notes internes, contacts et organisations privés)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Sections&#xa0;:</translation>
    </message>
</context>
<context>
    <name>alliance::ReviewForm</name>
    <message>
        <location filename="../ui/widgets/reviewform.cpp" line="+34"/>
        <source>No rating</source>
        <translation>Sans note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 (not at all)</source>
        <translation>0 (pas du tout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (fully)</source>
        <translation>%1 (pleinement)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Add or select a review to answer it.</source>
        <translation>Ajoutez ou sélectionnez une revue pour y répondre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the partner whose answers you enter.</source>
        <translation>Choisissez le partenaire dont vous saisissez les réponses.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Rating: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the words alone are an answer.</source>
        <translation>Facultative&#xa0;: les mots seuls sont une réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From 0 (not at all) to %1 (fully); “No rating” keeps the words.</source>
        <translation>De 0 (pas du tout) à %1 (pleinement)&#xa0;; «&#xa0;Sans note&#xa0;» garde les mots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your words; a rating is optional</source>
        <translation>Avec vos mots&#xa0;; la note est facultative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment: no rating needed to write it</source>
        <translation>Commentaire&#xa0;: pas besoin de note pour l’écrire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How?</source>
        <translation>Comment&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In words, no rating</source>
        <translation>En mots, sans note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which ones? In your words</source>
        <translation>Lesquels&#xa0;? Avec vos mots</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the answer: %1</source>
        <translation>Écrire la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words: %1</source>
        <translation>Réponse écrite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not weighted in step 2</source>
        <translation>Non pondéré à l’étape 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighed most in step 2: %1%</source>
        <translation>Poids le plus fort à l’étape 2&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight in step 2: %1%</source>
        <translation>Poids à l’étape 2&#xa0;: %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>alliance::ReviewScoreModel</name>
    <message>
        <location filename="../ui/models/reviewscoremodel.cpp" line="+59"/>
        <source>(unnamed criterion)</source>
        <translation>(critère sans nom)</translation>
    </message>
    <message>
        <location line="+219"/>
        <location line="+44"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear the rating: %1</source>
        <translation>Effacer la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>A rating is a whole number from 0 to %1.</source>
        <translation type="vanished">Une note est un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a rating: a rating is a whole number from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une note&#xa0;: une note est un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate %1: %2</source>
        <translation>Noter %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is answered without a rating.</source>
        <translation>«&#xa0;%1&#xa0;» se répond sans note.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” takes no such answer.</source>
        <translation>«&#xa0;%1&#xa0;» n’accepte pas cette réponse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the answer: %1</source>
        <translation>Effacer la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer “%1”: %2</source>
        <translation>Répondre «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the answer: %1</source>
        <translation>Écrire la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove the score: %1</source>
        <translation type="vanished">Supprimer la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>A score is a whole number from 0 to %1.</source>
        <translation type="vanished">Une note est un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation type="vanished">Note %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>alliance::ShareDialog</name>
    <message>
        <location filename="../ui/dialogs/sharedialog.cpp" line="+53"/>
        <source>Nothing in this partnership is marked private: the copy holds everything, with its history.</source>
        <translation>Rien dans ce partenariat n’est marqué privé&#xa0;: la copie contient tout, avec son historique.</translation>
    </message>
    <message>
        <source>The copy leaves out what is marked private, and its history: %1, %2 and %3. Your own file keeps them.</source>
        <translation type="vanished">La copie laisse de côté ce qui est marqué privé, et son historique&#xa0;: %1, %2 et %3. Votre propre fichier les garde.</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n private organisation(s) and what belongs to them</source>
        <translation>
            <numerusform>%n organisation privée et ce qui lui appartient</numerusform>
            <numerusform>%n organisations privées et ce qui leur appartient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n private contact(s)</source>
        <translation>
            <numerusform>%n contact privé</numerusform>
            <numerusform>%n contacts privés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n private note(s)</source>
        <translation>
            <numerusform>%n note privée</numerusform>
            <numerusform>%n notes privées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy leaves out what is marked private, and its history: %1. Your own file keeps them.</source>
        <translation>La copie laisse de côté ce qui est marqué privé, et son historique&#xa0;: %1. Votre propre fichier les garde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share with a partner</source>
        <translation>Partager avec un partenaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner organisation</source>
        <translation>Organisation partenaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the partner organisation</source>
        <translation>Choisissez l’organisation partenaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to write for the partner</source>
        <translation>Fichier à écrire pour le partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner:</source>
        <translation>Partenaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the copy as:</source>
        <translation>Enregistrer la copie sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the partner opens the copy, their changes are recorded in their organisation&apos;s name. Send it to them, then merge what they send back with File &gt; Merge.</source>
        <translation>Quand le partenaire ouvre la copie, ses modifications sont enregistrées au nom de son organisation. Envoyez-la-lui, puis fusionnez ce qu’il renvoie avec Fichier &gt; Fusionner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Past shares</source>
        <translation>Partages précédents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(removed organisation)</source>
        <translation>(organisation supprimée)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not shared yet.</source>
        <translation>Pas encore partagé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared before:</source>
        <translation>Déjà partagé&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the copy</source>
        <translation>Écrire la copie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No partner to share with: add one at step 4</source>
        <translation>Aucun partenaire avec qui partager&#xa0;: ajoutez-en un à l’étape 4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the partner&apos;s copy as</source>
        <translation>Enregistrer la copie du partenaire sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance Pilot projects (*.alliance)</source>
        <translation>Projets Alliance Pilot (*.alliance)</translation>
    </message>
</context>
<context>
    <name>alliance::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/shortcutsdialog.cpp" line="+84"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
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
        <translation>Porté par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last review: %1</source>
        <translation>Dernière revue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n partner(s) answered</source>
        <translation>
            <numerusform>%n partenaire a répondu</numerusform>
            <numerusform>%n partenaires ont répondu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modified %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alliance Pilot</source>
        <translation>Alliance Pilot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Design, pilot and evaluate your partnerships, step by step.</source>
        <translation>Concevez, pilotez et évaluez vos partenariats, étape par étape.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New partnership…</source>
        <translation>Nouveau partenariat…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new partnership with its partners</source>
        <translation>Lancer un nouveau partenariat avec ses partenaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project file</source>
        <translation>Ouvrir un fichier de projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the example</source>
        <translation>Ouvrir l’exemple</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explore a complete example partnership</source>
        <translation>Découvrir un exemple complet de partenariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portfolio…</source>
        <translation>Portefeuille…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See every partnership of a folder at once</source>
        <translation>Voir d’un coup d’œil tous les partenariats d’un dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent partnerships — or drop a .alliance file here</source>
        <translation>Partenariats récents — ou déposez un fichier .alliance ici</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alliance Pilot keeps one partnership in one file that you share with the partners. It walks you through the seven steps of the “faire alliance” method, from the first diagnosis to the evaluation, and remembers who changed what.</source>
        <translation>Alliance Pilot réunit un partenariat dans un seul fichier, que vous partagez avec les partenaires. Il vous guide à travers les sept étapes de la méthode «&#xa0;faire alliance&#xa0;», du premier diagnostic jusqu’à l’évaluation, et garde la trace de qui a modifié quoi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start a partnership…</source>
        <translation>Lancer un partenariat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore the example</source>
        <translation>Découvrir l’exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the method guide</source>
        <translation>Lire le guide de la méthode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this introduction</source>
        <translation>Masquer cette présentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The method guide stays in the Help menu (%1)</source>
        <translation>Le guide de la méthode reste accessible dans le menu Aide (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No recent partnership yet.</source>
        <translation>Aucun partenariat récent pour l’instant.</translation>
    </message>
</context>
<context>
    <name>alliance::StepFollowUp</name>
    <message>
        <location filename="../ui/widgets/stepfollowup.cpp" line="+36"/>
        <source>Change the step&apos;s status</source>
        <translation>Modifier le statut de l’étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status of the step</source>
        <translation>Statut de l’étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your status for this step; when not set, the status suggested from what was entered applies</source>
        <translation>Votre statut pour cette étape&#xa0;; s’il n’est pas défini, le statut suggéré d’après ce qui a été saisi s’applique</translation>
    </message>
    <message>
        <source>Change the step&apos;s owner</source>
        <translation type="vanished">Changer le responsable de l’étape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner of the step</source>
        <translation>Responsable de l’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who leads this step</source>
        <translation>Qui mène cette étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the step&apos;s start date</source>
        <translation>Modifier la date de début de l’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the step&apos;s end date</source>
        <translation>Modifier la date de fin de l’étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes and checklist</source>
        <translation>Notes et liste de contrôle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit the step&apos;s notes</source>
        <translation>Modifier les notes de l’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes on the step</source>
        <translation>Notes sur l’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on this step</source>
        <translation>Notes sur cette étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the checklist</source>
        <translation>Modifier la liste de contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist of the step</source>
        <translation>Liste de contrôle de l’étape</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a to-do</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New item</source>
        <translation>Nouvel élément</translation>
    </message>
</context>
<context>
    <name>alliance::StepNavigator</name>
    <message>
        <location filename="../ui/widgets/stepnavigator.cpp" line="+12"/>
        <source>Steps of the partnership</source>
        <translation>Étapes du partenariat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts of where the partnership stands, for steering committees and boards (Ctrl+0)</source>
        <translation>Graphiques de l’état du partenariat, pour les comités de pilotage et les conseils d’administration (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (suggested)</source>
        <translation>%1 (suggéré)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from what was entered: %1</source>
        <translation>Suggéré d’après ce qui a été saisi&#xa0;: %1</translation>
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
        <translation>Changer le responsable de l’étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed</source>
        <translation>Modification non effectuée</translation>
    </message>
</context>
<context>
    <name>alliance::StepPage</name>
    <message>
        <location filename="../ui/pages/steppage.cpp" line="+41"/>
        <source>Step %1 — %2</source>
        <translation>Étape %1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Guiding questions</source>
        <translation>Questions pour avancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the method&apos;s questions for this step</source>
        <translation>Afficher ou masquer les questions de la méthode pour cette étape</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read what the method guide says about this step (%1)</source>
        <translation>Lire ce que dit le guide de la méthode sur cette étape (%1)</translation>
    </message>
    <message>
        <source>Show or hide the method&apos;s questions for this step (F1)</source>
        <translation type="vanished">Afficher ou masquer les questions de la méthode pour cette étape (F1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Questions to ask yourselves</source>
        <translation>Questions à vous poser</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not changed</source>
        <translation>Modification non effectuée</translation>
    </message>
</context>
<context>
    <name>alliance::StepSuggestionBar</name>
    <message>
        <location filename="../ui/widgets/stepsuggestion.cpp" line="+59"/>
        <source>Suggested from what was entered: %1 — %2.</source>
        <translation>Suggéré d’après ce qui a été saisi&#xa0;: %1 — %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You set “%1”; what was entered suggests “%2” — %3.</source>
        <translation>Vous avez indiqué «&#xa0;%1&#xa0;»&#xa0;; ce qui a été saisi suggère «&#xa0;%2&#xa0;» — %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept “%1”</source>
        <translation>Accepter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record “%1” as this step&apos;s status (can be undone)</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;» comme statut de cette étape (annulable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the suggested status “%1”</source>
        <translation>Accepter le statut suggéré «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept the suggested step status</source>
        <translation>Accepter le statut d’étape suggéré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not changed</source>
        <translation>Modification non effectuée</translation>
    </message>
</context>
<context>
    <name>alliance::WorkspaceDialog</name>
    <message>
        <location filename="../ui/dialogs/workspacedialog.cpp" line="+31"/>
        <source>Workspace address:</source>
        <translation>Adresse de l’espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is kept in memory until you quit, never in a file. You may keep it in your password file (~/.pgpass) instead.</source>
        <translation>Le mot de passe reste en mémoire jusqu’à la fermeture de l’application, jamais dans un fichier. Vous pouvez aussi le ranger dans votre fichier de mots de passe (~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>alliance::WorkspaceLink</name>
    <message>
        <location filename="../ui/workspacelink.cpp" line="+100"/>
        <source>Workspace: not synced yet</source>
        <translation>Espace de travail&#xa0;: pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish to a workspace</source>
        <translation>Publier dans un espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts “%1” in a shared workspace, with you as its owner. Its owners then choose which other managers may read or edit it.</source>
        <translation>Place «&#xa0;%1&#xa0;» dans un espace de travail, dont vous devenez propriétaire. Ses propriétaires choisissent ensuite quels autres responsables peuvent le consulter ou le modifier.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Publishing to the workspace…</source>
        <translation>Publication dans l’espace de travail…</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Workspace: synced at %1</source>
        <translation>Espace de travail&#xa0;: synchronisé à %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Published to %1</source>
        <translation>Publié dans %1</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Sync with a workspace</source>
        <translation>Synchroniser avec un espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges the changes of “%1” with the workspace where it was published.</source>
        <translation>Échange les modifications de «&#xa0;%1&#xa0;» avec l’espace de travail où il a été publié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Workspace members</source>
        <translation>Membres dans l’espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This partnership is in no workspace yet: publish it, or sync it with the workspace that holds it.</source>
        <translation>Ce partenariat n’est encore dans aucun espace de travail&#xa0;: publiez-le, ou synchronisez-le avec l’espace de travail qui le contient.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+110"/>
        <source>Password for the workspace</source>
        <translation>Mot de passe de l’espace de travail</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>The workspace asks for your password.</source>
        <translation>L’espace de travail demande votre mot de passe.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Syncing with the workspace…</source>
        <translation>Synchronisation avec l’espace de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace: syncing…</source>
        <translation>Espace de travail&#xa0;: synchronisation…</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Not synced</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Workspace: not synced — your file is intact</source>
        <translation>Espace de travail&#xa0;: non synchronisé — votre fichier est intact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace: not reachable — your file is intact</source>
        <translation>Espace de travail&#xa0;: injoignable — votre fichier est intact</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Up to date with the workspace (read only: nothing sent)</source>
        <translation>À jour avec l’espace de travail (lecture seule&#xa0;: rien n’a été envoyé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date with the workspace</source>
        <translation>À jour avec l’espace de travail</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) came in</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read only: nothing sent</source>
        <translation>lecture seule&#xa0;: rien n’a été envoyé</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyée</numerusform>
            <numerusform>%n envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) settled by the latest change</source>
        <translation>
            <numerusform>%n conflit réglé par la modification la plus récente</numerusform>
            <numerusform>%n conflits réglés par la modification la plus récente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alliance::WorkspaceMembersDialog</name>
    <message>
        <location filename="../ui/dialogs/workspacemembersdialog.cpp" line="+39"/>
        <source>Members of “%1”</source>
        <translation>Membres de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manager’s login name</source>
        <translation>Identifiant du gestionnaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>As an owner, you choose who reads, edits or owns this partnership. Each change reaches the workspace at once; a manager must first be added to the workspace by its administrator.</source>
        <translation>En tant que propriétaire, vous choisissez qui lit, modifie ou possède ce partenariat. Chaque changement parvient aussitôt à l’espace de travail&#xa0;; un gestionnaire doit d’abord y avoir été ajouté par son administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the partnership’s owners change its members.</source>
        <translation>Seuls les propriétaires du partenariat en changent les membres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>alliance::WorkspaceOpenDialog</name>
    <message>
        <location filename="../ui/dialogs/workspaceopendialog.cpp" line="+33"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>partnership</source>
        <translation>partenariat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to keep the partnership</source>
        <translation>Où conserver le partenariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance Pilot partnerships (*.alliance)</source>
        <translation>Partenariats Alliance Pilot (*.alliance)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open from a workspace</source>
        <translation>Ouvrir depuis un espace de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the partnerships you are a member of in a shared workspace. The one you choose is kept in a file of yours, linked to the workspace: Sync then exchanges the changes.</source>
        <translation>Liste les partenariats dont vous êtes membre dans un espace de travail partagé. Celui que vous choisissez est conservé dans un fichier à vous, lié à l’espace de travail&#xa0;: Synchroniser échange ensuite les modifications.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;List my partnerships</source>
        <translation>&amp;Lister mes partenariats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace address:</source>
        <translation>Adresse de l’espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Asking the workspace…</source>
        <translation>Interrogation de l’espace de travail…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are a member of no partnership of this workspace yet: ask one of its owners to add you.</source>
        <translation>Vous n’êtes encore membre d’aucun partenariat de cet espace de travail&#xa0;: demandez à l’un de ses propriétaires de vous y ajouter.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Making “%1” from the workspace…</source>
        <translation>Création de «&#xa0;%1&#xa0;» depuis l’espace de travail…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The workspace asks for your password.</source>
        <translation>L’espace de travail demande votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>alliance::charts::ChartCard</name>
    <message>
        <location filename="../ui/charts/chartcard.cpp" line="+42"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as an SVG drawing, sharp at any size</source>
        <translation>Enregistrer ce graphique en dessin SVG, net à toutes les tailles</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>alliance::exportactions</name>
    <message>
        <source>Export</source>
        <translation type="obsolete">Exporter</translation>
    </message>
</context>
<context>
    <name>alliance::questionnaire</name>
    <message>
        <source>Review</source>
        <translation type="obsolete">Revue</translation>
    </message>
    <message>
        <source>Maturity self-diagnostic</source>
        <translation type="obsolete">Autodiagnostic de maturité</translation>
    </message>
</context>
<context>
    <name>alliance::sharing</name>
    <message>
        <location filename="../ui/sharing.cpp" line="+65"/>
        <source>Merge applied</source>
        <translation>Fusion effectuée</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Share with a partner</source>
        <translation>Partager avec un partenaire</translation>
    </message>
    <message>
        <source>The partner&apos;s copy cannot replace your own file. Choose another name.</source>
        <translation type="vanished">La copie du partenaire ne peut pas remplacer votre propre fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>“%1” exists. Replace it with the partner&apos;s copy?</source>
        <translation>«&#xa0;%1&#xa0;» existe. Le remplacer par la copie du partenaire&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy was not written</source>
        <translation>La copie n’a pas été écrite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy for %1 is written to “%2”. Send it to them; when they send it back, merge it with File &gt; Merge.</source>
        <translation>La copie pour %1 est écrite dans «&#xa0;%2&#xa0;». Envoyez-la-lui&#xa0;; quand il la renvoie, fusionnez-la avec Fichier &gt; Fusionner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge a partner&apos;s copy</source>
        <translation>Fusionner la copie d’un partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance Pilot projects (*.alliance)</source>
        <translation>Projets Alliance Pilot (*.alliance)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file cannot be merged</source>
        <translation>Ce fichier ne peut pas être fusionné</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to merge</source>
        <translation>Rien à fusionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in “%1” is already in your partnership.</source>
        <translation>Tout le contenu de «&#xa0;%1&#xa0;» est déjà dans votre partenariat.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+13"/>
        <source>The merge was not applied</source>
        <translation>La fusion n’a pas été appliquée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merge their changes</source>
        <translation>Fusionner leurs modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the file&apos;s new content into yours, then save</source>
        <translation>Fusionner le nouveau contenu du fichier dans le vôtre, puis enregistrer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This copy was made for %1: your changes are recorded in its name (File &gt; Preferences names another organisation).</source>
        <translation>Cette copie a été faite pour %1&#xa0;: vos modifications sont enregistrées à son nom (Fichier &gt; Préférences permet d’indiquer une autre organisation).</translation>
    </message>
</context>
<context>
    <name>alliance::sync</name>
    <message>
        <source>an unknown organisation</source>
        <translation type="vanished">une organisation inconnue</translation>
    </message>
    <message>
        <source>The partnership</source>
        <translation type="vanished">Le partenariat</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation type="vanished">Organisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Contact “%1” of %2</source>
        <translation type="vanished">Contact «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>Weight of %1 for “%2”</source>
        <translation type="vanished">Poids de %1 pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation type="vanished">Étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Checklist item “%1”</source>
        <translation type="vanished">Point de liste «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Answer on the need “%1”</source>
        <translation type="vanished">Réponse sur le besoin «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>View of %1 on the need “%2”</source>
        <translation type="vanished">Regard de %1 sur le besoin «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Maturity answer of %1</source>
        <translation type="vanished">Réponse de maturité de %1</translation>
    </message>
    <message>
        <source>Catalyst function of %1</source>
        <translation type="vanished">Fonction de catalyseur de %1</translation>
    </message>
    <message>
        <source>Contribution of %1</source>
        <translation type="vanished">Contribution de %1</translation>
    </message>
    <message>
        <source>Action “%1”</source>
        <translation type="vanished">Action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Indicator “%1”</source>
        <translation type="vanished">Indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Measurement of “%1” on %2</source>
        <translation type="vanished">Mesure de «&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation type="vanished">Revue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Criterion “%1”</source>
        <translation type="vanished">Critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Score of %1 on “%2” (review “%3”)</source>
        <translation type="vanished">Note de %1 sur «&#xa0;%2&#xa0;» (revue «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>Lesson “%1”</source>
        <translation type="vanished">Enseignement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Note “%1”</source>
        <translation type="vanished">Note «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Place of %1 on the map</source>
        <translation type="vanished">Place de %1 sur la carte</translation>
    </message>
    <message>
        <source>Link from %1 to %2</source>
        <translation type="vanished">Lien de %1 vers %2</translation>
    </message>
    <message>
        <source>Document “%1”</source>
        <translation type="vanished">Document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Share with %1</source>
        <translation type="vanished">Partage avec %1</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation type="vanished">Logo de %1</translation>
    </message>
    <message>
        <source>Meeting “%1”</source>
        <translation type="vanished">Réunion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 invited to “%2”</source>
        <translation type="vanished">Participation de %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Decision “%1”</source>
        <translation type="vanished">Décision «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>An item of “%1”</source>
        <translation type="vanished">Un élément de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/sync/merge.cpp" line="+224"/>
        <source>“%1” is the file of another partnership (“%2”), not a copy of “%3”, so it was not merged.</source>
        <translation>«&#xa0;%1&#xa0;» est le fichier d’un autre partenariat («&#xa0;%2&#xa0;»), pas une copie de «&#xa0;%3&#xa0;»&#xa0;: il n’a pas été fusionné.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The workspace holds an invalid change of “%1”, so nothing was taken from it: %2</source>
        <translation>L’espace de travail contient une modification non valable de «&#xa0;%1&#xa0;», rien n’en a donc été repris&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace holds a change of “%1” that is not dated or named as a change is, so nothing was taken from it.</source>
        <translation>L’espace de travail contient une modification de «&#xa0;%1&#xa0;» qui n’est ni datée ni identifiée comme il se doit&#xa0;; rien n’en a donc été repris.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace holds a change of “%1” dated more than a day ahead of this computer’s time, so nothing was taken from it.</source>
        <translation>L’espace de travail contient une modification de «&#xa0;%1&#xa0;» datée de plus d’un jour après l’heure de cet ordinateur&#xa0;; rien n’en a donc été repris.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace holds changes of another partnership under this one’s name, so nothing was taken from it.</source>
        <translation>L’espace de travail contient des modifications d’un autre partenariat sous le nom de celui-ci&#xa0;; rien n’en a donc été repris.</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+18"/>
        <location line="+159"/>
        <location line="+8"/>
        <location line="+152"/>
        <source>Your project could not be read: %1</source>
        <translation>Votre projet n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file “%1” holds an invalid change of “%2”, so it was not merged. %3</source>
        <translation type="vanished">Le fichier «&#xa0;%1&#xa0;» contient une modification invalide de «&#xa0;%2&#xa0;»&#xa0;: il n’a pas été fusionné. %3</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+58"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file “%1” holds changes dated %2, in the future: check the date of the computer it comes from. It was not merged.</source>
        <translation type="vanished">Le fichier «&#xa0;%1&#xa0;» contient des modifications datées du %2, dans le futur&#xa0;: vérifiez la date de l’ordinateur d’où il vient. Il n’a pas été fusionné.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The file “%1” holds an invalid change of “%2”, so it was not merged: %3</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient une modification invalide de «&#xa0;%2&#xa0;»&#xa0;: il n’a pas été fusionné. %3</translation>
    </message>
    <message>
        <source>“%1” holds %2 change(s) made in your name on this computer that your project does not have. A partner’s copy cannot hold such changes: it was altered, or it comes from a version of your project that was never saved. It was not merged.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» contient %2 modification(s) faite(s) en votre nom sur cet ordinateur que votre projet n’a pas. La copie d’un partenaire ne peut pas en contenir&#xa0;: elle a été altérée, ou elle vient d’une version de votre projet qui n’a jamais été enregistrée. Elle n’a pas été fusionnée.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>“%1” holds %n change(s) made in your name on this computer that your project does not have. A partner’s copy cannot hold such changes: it was altered, or it comes from a version of your project that was never saved. It was not merged.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient %n modification faite en votre nom sur cet ordinateur que votre projet n’a pas. La copie d’un partenaire ne peut pas en contenir&#xa0;: elle a été altérée, ou elle vient d’une version de votre projet qui n’a jamais été enregistrée. Elle n’a pas été fusionnée.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient %n modifications faites en votre nom sur cet ordinateur que votre projet n’a pas. La copie d’un partenaire ne peut pas en contenir&#xa0;: elle a été altérée, ou elle vient d’une version de votre projet qui n’a jamais été enregistrée. Elle n’a pas été fusionnée.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="vanished">supprimé</translation>
    </message>
    <message>
        <source>present</source>
        <translation type="vanished">présent</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="vanished">(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">non</translation>
    </message>
    <message>
        <source>image of %1 KiB</source>
        <translation type="vanished">image de %1 Kio</translation>
    </message>
    <message>
        <location filename="../core/sync/partnercopy.cpp" line="-7"/>
        <source>There is no such partner in this partnership.</source>
        <translation>Ce partenaire n’existe pas dans ce partenariat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is marked private: it cannot receive a copy.</source>
        <translation>«&#xa0;%1&#xa0;» est marqué privé&#xa0;: il ne peut pas recevoir de copie.</translation>
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
        <translation>La copie n’a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/screening.cpp" line="+49"/>
        <source>private in your project</source>
        <translation>privé dans votre projet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>marked private in their copy</source>
        <translation>marqué privé dans leur copie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>belongs to a private item</source>
        <translation>rattaché à un élément privé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a second partnership</source>
        <translation>un second partenariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would delete the partnership</source>
        <translation>supprimerait le partenariat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would change who is private</source>
        <translation>changerait ce qui est privé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refers to a private item</source>
        <translation>renvoie à un élément privé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>would change the lead partner</source>
        <translation>changerait le partenaire chef de file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would delete the lead partner</source>
        <translation>supprimerait le partenaire chef de file</translation>
    </message>
    <message>
        <location filename="../core/sync/mergereview.cpp" line="+56"/>
        <location line="+14"/>
        <source>Unknown author</source>
        <translation>Auteur inconnu</translation>
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
        <translation>Hors des étapes</translation>
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
        <translation>(nouvel élément)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>“%1” is merged: no field of yours changed.</source>
        <translation>«&#xa0;%1&#xa0;» est fusionné&#xa0;: aucun de vos champs n’a changé.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” is merged: %n change(s) applied.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est fusionné&#xa0;: %n modification appliquée.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est fusionné&#xa0;: %n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1.</source>
        <comment>who made the changes</comment>
        <translation>Par&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n change(s)</source>
        <comment>a step and its changes</comment>
        <translation>
            <numerusform>%1&#xa0;: %n modification</numerusform>
            <numerusform>%1&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) settled with your value.</source>
        <translation>
            <numerusform>%n conflit réglé en gardant votre valeur.</numerusform>
            <numerusform>%n conflits réglés en gardant votre valeur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) settled with your partner’s value.</source>
        <translation>
            <numerusform>%n conflit réglé avec la valeur de votre partenaire.</numerusform>
            <numerusform>%n conflits réglés avec la valeur de votre partenaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) deleted.</source>
        <translation>
            <numerusform>%n élément supprimé.</numerusform>
            <numerusform>%n éléments supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changes to %n item(s) were left out.</source>
        <translation>
            <numerusform>Les modifications de %n élément ont été écartées.</numerusform>
            <numerusform>Les modifications de %n éléments ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &gt; Undo takes the whole merge back.</source>
        <translation>Édition &gt; Annuler défait toute la fusion.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Merged “%1”: %n change(s) applied.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» fusionné&#xa0;: %n modification appliquée.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» fusionné&#xa0;: %n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Merged “%1”: %n change(s) applied, %2.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» fusionné&#xa0;: %n modification appliquée, %2.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» fusionné&#xa0;: %n modifications appliquées, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s) settled</source>
        <translation>
            <numerusform>%n conflit réglé</numerusform>
            <numerusform>%n conflits réglés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) came in from “%1”.</source>
        <translation>
            <numerusform>%n modification est arrivée de «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n modifications sont arrivées de «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) came in from “%1”.</source>
        <translation>
            <numerusform>%n conflit est arrivé de «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n conflits sont arrivés de «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 came in from “%3”.</source>
        <comment>2 changes and 1 conflict</comment>
        <translation>%1 et %2 sont arrivés de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>measurementedits</name>
    <message>
        <location filename="../core/edits/measurementedits.cpp" line="+26"/>
        <source>This indicator is not in the project.</source>
        <translation>Cet indicateur ne fait pas partie du projet.</translation>
    </message>
</context>
</TS>
