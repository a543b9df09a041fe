<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Document</name>
    <message>
        <location filename="../core/document/fieldvalue.cpp" line="+28"/>
        <source>There is no “%1” in a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” must be 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A project has no field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” may hold at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” must be a date (year-month-day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” cannot be “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <location filename="../core/storage/filecheck.cpp" line="+35"/>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder or a device, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is %2 MB, larger than the %3 MB a project file may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an Alliance Pilot project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file “%1” is damaged: its page size is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is incomplete: it was cut short, perhaps during a download or a copy. Ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a database of another program, not an Alliance Pilot project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was made by a newer version of Alliance Pilot (file format %2; this version reads up to %3). Update Alliance Pilot to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” uses file format %2, which this version cannot read (it reads %3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="+144"/>
        <location line="+57"/>
        <location line="+27"/>
        <source>The file “%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>The file “%1” contains a trigger (“%2”). Project files never do, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the file “%1”, “%2” is a view where a table was expected, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” contains a view (“%2”). Project files never do, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” contains an unknown %2 “%3”, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the file “%1”, the %2 “%3” is not defined as Alliance Pilot defines it, so the file was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” lacks the %2 “%3”, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file “%1” holds a value in “%2” too large for any field, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” holds a value of %2 characters or bytes in “%3”, more than the %4 a field may hold, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file “%1” holds %2 invalid value(s) in “%3”, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” holds invalid values in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file “%1” must describe exactly one partnership, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file “%1” holds a value too large for any field, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is damaged (%2). Ask its sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” refers to items it does not contain (in “%2”), so it was not opened.</source>
        <translation type="unfinished"></translation>
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
        <location line="+2"/>
        <source>Sharing knowledge of the territory and its actors</source>
        <translation>Partager la connaissance du territoire et de ses acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organising meetings</source>
        <translation>Organiser des rencontres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raising awareness of territorial alliances</source>
        <translation>Sensibiliser aux alliances territoriales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introducing actors to each other</source>
        <translation>Mettre les acteurs en relation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collective experiments</source>
        <translation>Expérimentations collectives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifying needs and shared stakes</source>
        <translation>Identifier les besoins et les enjeux partagés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bringing actors together to co-build</source>
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
        <translation>Essaimer les savoir-faire vers d&apos;autres territoires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running a place</source>
        <translation>Gestion d&apos;un lieu</translation>
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
        <location line="+13"/>
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
        <translation>Capacité d&apos;innovation</translation>
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
        <location line="+2"/>
        <source>Results achieved</source>
        <translation>Résultats obtenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with your objectives, were the expected results there?</source>
        <translation>Au regard de vos objectifs, les résultats attendus sont-ils au rendez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected results</source>
        <translation>Résultats inattendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the partnership bring results that nobody had planned?</source>
        <translation>Le partenariat a-t-il produit des résultats que personne n&apos;avait prévus&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other actors&apos; performance</source>
        <translation>Performance des autres acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership helped other actors of the territory to perform better?</source>
        <translation>Le partenariat a-t-il aidé d&apos;autres acteurs du territoire à être plus performants&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <translation>Les personnes qui y ont participé ont-elles davantage confiance entre elles, et envers les partenaires, qu&apos;auparavant&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust within the territory</source>
        <translation>Confiance au sein du territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership strengthened trust between the actors of the territory?</source>
        <translation>Le partenariat a-t-il renforcé la confiance entre les acteurs du territoire&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reduced fragilities</source>
        <translation>Réduction des fragilités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership helped to reduce fragilities, and how?</source>
        <translation>Le partenariat a-t-il contribué à réduire des fragilités, et comment&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New drivers of sustainable development</source>
        <translation>Nouveaux moteurs de développement durable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership brought out new drivers of sustainable economic development, and how?</source>
        <translation>Le partenariat a-t-il fait émerger de nouveaux moteurs de développement économique durable, et comment&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevance to the ecosystem&apos;s needs</source>
        <translation>Pertinence au regard des besoins de l&apos;écosystème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the action really address the needs identified in the ecosystem?</source>
        <translation>L&apos;action a-t-elle vraiment répondu aux besoins identifiés dans l&apos;écosystème&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coherence with the partnership model</source>
        <translation>Cohérence avec le modèle de partenariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking at the path actually travelled, was the chosen partnership model the right one?</source>
        <translation>Au vu du chemin réellement parcouru, le modèle de partenariat choisi était-il le bon&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coherence with one&apos;s other actions</source>
        <translation>Cohérence avec ses autres actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does this partnership fit with the rest of your organisation&apos;s actions?</source>
        <translation>Comment ce partenariat s&apos;articule-t-il avec les autres actions de votre organisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coherence with the stake</source>
        <translation>Cohérence avec l&apos;enjeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the partnership stay true to the common stake it set out to address?</source>
        <translation>Le partenariat est-il resté fidèle à l&apos;enjeu commun qu&apos;il s&apos;était donné&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/method/maturity.cpp" line="+13"/>
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
        <location line="+11"/>
        <source>Is the place of partnerships in your strategy written down and known inside the organisation?</source>
        <translation>La place des partenariats dans votre stratégie est-elle formalisée et connue au sein de l&apos;organisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you know the needs of your territory and the actors who already work on them?</source>
        <translation>Connaissez-vous les besoins de votre territoire et les acteurs qui y travaillent déjà&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have you made clear what you expect from partnerships for each of your four objectives?</source>
        <translation>Avez-vous précisé ce que vous attendez des partenariats pour chacun de vos quatre objectifs&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have you already led partnerships with organisations of a different kind from yours?</source>
        <translation>Avez-vous déjà mené des partenariats avec des organisations d&apos;une autre nature que la vôtre&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you evaluate your partnerships and share the results with your partners?</source>
        <translation>Évaluez-vous vos partenariats et en partagez-vous les résultats avec vos partenaires&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are your partnerships consistent with the rest of what your organisation does?</source>
        <translation>Vos partenariats sont-ils cohérents avec le reste des activités de votre organisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is someone clearly in charge of partnerships, with the time to do it properly?</source>
        <translation>Une personne est-elle clairement chargée des partenariats, avec le temps nécessaire pour bien le faire&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have the people involved learnt how to co-build with actors from other worlds?</source>
        <translation>Les personnes concernées ont-elles appris à co-construire avec des acteurs d&apos;autres univers&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you set aside a budget and tools to run your partnerships?</source>
        <translation>Consacrez-vous un budget et des outils à la conduite de vos partenariats&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Are your partnerships tied to your CSR policy and to your core business, not only to communication?</source>
        <translation>Vos partenariats sont-ils reliés à votre politique RSE et à votre cœur de métier, et pas seulement à la communication&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you involve your employees in partnerships, for example through skills-based patronage?</source>
        <translation>Impliquez-vous vos collaborateurs dans les partenariats, par exemple par le mécénat de compétences&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do your business units and purchasing take part in partnerships, beyond the CSR team?</source>
        <translation>Vos directions métiers et vos achats participent-ils aux partenariats, au-delà de l&apos;équipe RSE&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does your associative project say what you expect from companies and local authorities?</source>
        <translation>Votre projet associatif précise-t-il ce que vous attendez des entreprises et des collectivités&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can you show partners what you bring them, and not only what you need from them?</source>
        <translation>Savez-vous montrer à vos partenaires ce que vous leur apportez, et pas seulement ce dont vous avez besoin&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you know and steer the share of partnerships in your socio-economic model?</source>
        <translation>Connaissez-vous et pilotez-vous la part des partenariats dans votre modèle socio-économique&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does your foundation see itself as more than a funder: as a partner that connects actors?</source>
        <translation>Votre fondation se voit-elle comme plus qu&apos;un financeur&#xa0;: comme un partenaire qui relie les acteurs&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you stay alongside the projects you support beyond paying out the funds?</source>
        <translation>Accompagnez-vous les projets soutenus au-delà du versement des fonds&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you help the projects you support to build their own capacity to form alliances?</source>
        <translation>Aidez-vous les projets soutenus à développer leur propre capacité à faire alliance&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does your territorial project make room for alliances between associations, companies and citizens?</source>
        <translation>Votre projet de territoire fait-il une place aux alliances entre associations, entreprises et citoyens&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you support or host a catalyst function in your territory: dialogue, experiments, support, a place?</source>
        <translation>Soutenez-vous ou portez-vous une fonction de catalyse sur votre territoire&#xa0;: dialogue, expérimentations, accompagnement, lieu&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do your departments share one entry point and common rules for working with private partners?</source>
        <translation>Vos services disposent-ils d&apos;un point d&apos;entrée unique et de règles communes pour travailler avec des partenaires privés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/method/method.cpp" line="+38"/>
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
        <translation>Établissement d&apos;enseignement ou de recherche</translation>
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
        <source>Lesson learnt</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning of the action</source>
        <extracomment>The meaning (&quot;sens&quot;) the partners give to their action.</extracomment>
        <translation>Sens de l&apos;action</translation>
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
        <location filename="../core/method/steps.cpp" line="+12"/>
        <source>Diagnose</source>
        <translation>Diagnostiquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take stock of the territory&apos;s needs and of how mature each organisation is in working with partners, before committing to anything.</source>
        <translation>Faire le point sur les besoins du territoire et sur la maturité partenariale de chaque organisation, avant de s&apos;engager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which needs of the territory could this partnership help to meet?</source>
        <translation>À quels besoins du territoire ce partenariat pourrait-il contribuer à répondre&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does each organisation stand in its partnership practice, in vision, action and means?</source>
        <translation>Où en est chaque organisation dans sa pratique partenariale, en termes de vision, d&apos;action et de moyens&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has each partner already tried on this subject, alone or with others?</source>
        <translation>Qu&apos;a déjà tenté chaque partenaire sur ce sujet, seul ou avec d&apos;autres&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which fragilities, or which untapped opportunities, do you see around you?</source>
        <translation>Quelles fragilités, ou quelles opportunités inexploitées, voyez-vous autour de vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set objectives</source>
        <translation>Définir ses objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each partner weights its four objectives for this partnership; together the partners then agree on the common stake that will guide them all along.</source>
        <translation>Chaque partenaire pondère ses quatre objectifs pour ce partenariat&#xa0;; les partenaires s&apos;accordent ensuite sur l&apos;enjeu commun qui les guidera tout au long du chemin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For this partnership, how much weight does each partner give to its processes, its socio-economic model, its value proposition and its positioning?</source>
        <translation>Pour ce partenariat, quel poids chaque partenaire donne-t-il à ses processus, à son modèle socio-économique, à sa proposition de valeur et à son positionnement&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are the partners&apos; strategies compatible with one another?</source>
        <translation>Les stratégies des partenaires sont-elles compatibles entre elles&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which common stake do the partners commit to serve together?</source>
        <translation>À quel enjeu commun les partenaires s&apos;engagent-ils à répondre ensemble&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would success look like for each partner, and for all of them together?</source>
        <translation>À quoi ressemblerait la réussite pour chaque partenaire, et pour tous ensemble&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the model</source>
        <translation>Choisir le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare where the partners&apos; objectives meet with the typology, and pick the category and model of partnership that fit best.</source>
        <translation>Confronter le point de rencontre des objectifs des partenaires à la typologie, et retenir la catégorie et le modèle de partenariat les plus adaptés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which objective weighs most once all partners&apos; weights are combined?</source>
        <translation>Quel objectif pèse le plus une fois les pondérations de tous les partenaires réunies&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which category of partnership serves that objective?</source>
        <translation>Quelle catégorie de partenariat sert cet objectif&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within that category, which model matches the relationship you want to build?</source>
        <translation>Dans cette catégorie, quel modèle correspond à la relation que vous voulez construire&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does an inspiring example look like your project, and what can you learn from it?</source>
        <translation>Un exemple inspirant ressemble-t-il à votre projet, et que pouvez-vous en apprendre&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map the ecosystem</source>
        <translation>Se situer dans l&apos;écosystème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the partnership among the territory&apos;s actors and find out who already plays the role of catalyst between them.</source>
        <translation>Situer le partenariat parmi les acteurs du territoire et repérer qui joue déjà entre eux le rôle de catalyseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which actors already work on this stake in the territory?</source>
        <translation>Quels acteurs travaillent déjà sur cet enjeu dans le territoire&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who could act as a trusted third party between the partners&apos; different worlds?</source>
        <translation>Qui pourrait jouer le rôle de tiers de confiance entre les univers différents des partenaires&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which catalyst functions exist nearby: territorial dialogue, collective experiments, support, a place to meet?</source>
        <translation>Quelles fonctions de catalyse existent à proximité&#xa0;: dialogue territorial, expérimentations collectives, accompagnements, lieu de rencontre&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which stakeholders should be informed or involved, and at what moment?</source>
        <translation>Quelles parties prenantes faut-il informer ou associer, et à quel moment&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co-build the agreement</source>
        <translation>Co-construire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down together how the partnership is governed, what each partner contributes and the terms and dates of the agreement.</source>
        <translation>Formaliser ensemble la gouvernance du partenariat, les apports de chaque partenaire ainsi que les modalités et les dates de l&apos;accord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How will decisions be taken, and by whom?</source>
        <translation>Comment les décisions seront-elles prises, et par qui&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does each partner bring: money, skills, people&apos;s time, material?</source>
        <translation>Qu&apos;apporte chaque partenaire&#xa0;: argent, compétences, temps de personnes, matériel&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which terms, duration and key dates frame the agreement?</source>
        <translation>Quelles modalités, quelle durée et quelles dates clés encadrent l&apos;accord&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How will the partners deal with a disagreement or a change of context?</source>
        <translation>Comment les partenaires géreront-ils un désaccord ou un changement de contexte&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilot</source>
        <translation>Piloter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry out the actions, follow the indicators against their targets and review progress together at regular intervals.</source>
        <translation>Mener les actions, suivre les indicateurs au regard de leurs cibles et faire le point ensemble à intervalles réguliers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which actions and milestones are planned, and who is responsible for each one?</source>
        <translation>Quelles actions et quels jalons sont prévus, et qui est responsable de chacun&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which indicators show progress, and what targets have been set for them?</source>
        <translation>Quels indicateurs montrent l&apos;avancement, et quelles cibles leur a-t-on fixées&#xa0;?</translation>
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
        <location line="+3"/>
        <source>Evaluate and share</source>
        <translation>Évaluer et valoriser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess the partnership&apos;s performance, relevance and coherence, draw the lessons, give meaning to the action and decide what comes next.</source>
        <translation>Apprécier la performance, la pertinence et la cohérence du partenariat, en tirer les enseignements, donner du sens à l&apos;action et décider de la suite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What effects did the partnership have on each partner and on the territory?</source>
        <translation>Quels effets le partenariat a-t-il eus sur chaque partenaire et sur le territoire&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the results live up to the objectives and to the common stake?</source>
        <translation>Les résultats ont-ils été à la hauteur des objectifs et de l&apos;enjeu commun&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What lessons do the partners draw, and what meaning do they give to what they did?</source>
        <translation>Quels enseignements les partenaires en tirent-ils, et quel sens donnent-ils à ce qu&apos;ils ont fait&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>Qualifier sa capacité d&apos;innovation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What characterises your innovation: the solution itself, the actors it mobilises, its socio-economic model?</source>
        <translation>Qu&apos;est-ce qui caractérise votre innovation&#xa0;: la solution elle-même, les acteurs qu&apos;elle mobilise, son modèle socio-économique&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which phase of its development has it reached?</source>
        <translation>Quelle phase de son développement a-t-elle atteinte&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would prove that the concept works?</source>
        <translation>Qu&apos;est-ce qui prouverait que le concept fonctionne&#xa0;?</translation>
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
        <location line="+1"/>
        <source>Which actors are already positioned on these stakes?</source>
        <translation>Quels acteurs sont déjà positionnés sur ces enjeux&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does the picture change from one territory to another?</source>
        <translation>Comment la situation varie-t-elle d&apos;un territoire à l&apos;autre&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Define one&apos;s strategy</source>
        <translation>Définir sa stratégie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where do you stand today?</source>
        <translation>Où en êtes-vous aujourd&apos;hui&#xa0;?</translation>
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
        <translation>Pourquoi s&apos;allier avec d&apos;autres&#xa0;?</translation>
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
        <location filename="../core/method/typology.cpp" line="+12"/>
        <source>Processes / value chain</source>
        <translation>Processus / chaîne de valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the organisation produces and works: its value chain and internal organisation.</source>
        <translation>La façon dont l&apos;organisation produit et fonctionne&#xa0;: sa chaîne de valeur et son organisation interne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Socio-economic model</source>
        <translation>Modèle socio-économique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the organisation lasts: its economic balance and durability.</source>
        <translation>Ce qui fait durer l&apos;organisation&#xa0;: son équilibre économique et sa pérennité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value proposition</source>
        <translation>Proposition de valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the organisation offers in answer to identified needs: its products and services.</source>
        <translation>Ce que l&apos;organisation propose pour répondre aux besoins identifiés&#xa0;: ses produits et services.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positioning / anchoring</source>
        <translation>Positionnement / ancrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the organisation is rooted in its ecosystem, inside and outside.</source>
        <translation>La façon dont l&apos;organisation s&apos;ancre dans son écosystème, en interne comme en externe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Responsible practices</source>
        <translation>Pratiques responsables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimised processes</source>
        <translation>Optimisation des processus</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Economic cooperation</source>
        <translation>Coopération économique</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Economic balance</source>
        <translation>Équilibre économique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Societal innovation</source>
        <translation>Innovation sociétale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New products and services</source>
        <translation>Nouveaux produits et services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patronage</source>
        <translation>Mécénat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal and external anchoring</source>
        <translation>Ancrage interne et externe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>General-interest alternative</source>
        <translation>Alternative d&apos;intérêt général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association provides a service that replaces a conventional one while serving the public interest.</source>
        <translation>Une association fournit un service qui remplace un service classique tout en servant l&apos;intérêt général.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RATP &amp; ASF: refurbishing computer equipment</source>
        <translation>RATP &amp; ASF&#xa0;: reconditionnement de matériel informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsoring</source>
        <translation>Sponsoring</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <translation>Toyota &amp; CPIE Bocage de l&apos;Avesnois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associations offering consultancy</source>
        <translation>Associations proposant du conseil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service provision</source>
        <translation>Prestation de services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association provides a company with a service that indirectly serves the public interest; companies may offer the same kind of service.</source>
        <translation>Une association fournit à une entreprise un service qui sert indirectement l&apos;intérêt général&#xa0;; des entreprises peuvent proposer le même type de service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accenture &amp; GoodPlanet</source>
        <translation>Accenture &amp; GoodPlanet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associations offering conventional services (catering, training) with a social purpose or social means</source>
        <translation>Associations proposant des services classiques (restauration, formation) avec une finalité ou des moyens sociaux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hybrid model</source>
        <translation>Modèle hybride</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A joint venture where each partner brings skills or means to develop a service of high societal value.</source>
        <translation>Une coentreprise où chaque partenaire apporte des compétences ou des moyens pour développer un service à forte valeur sociétale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danone &amp; Grameen Bank: Grameen Danone Foods</source>
        <translation>Danone &amp; Grameen Bank&#xa0;: Grameen Danone Foods</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partners contribute to each other&apos;s activity so that each one&apos;s offer becomes stronger.</source>
        <translation>Les partenaires contribuent mutuellement à leurs activités afin de renforcer l&apos;offre de chacun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eiffage &amp; an insertion company: insertion clauses in public contracts</source>
        <translation>Eiffage &amp; une entreprise d&apos;insertion&#xa0;: clauses d&apos;insertion des marchés publics</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Societal R&amp;D</source>
        <translation>R&amp;D sociétale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partners develop a product or service for a need that neither public authorities nor companies meet.</source>
        <translation>Les partenaires développent un produit ou un service pour un besoin auquel ne répondent ni les pouvoirs publics ni les entreprises.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banque Postale &amp; ASAD: access to banking for vulnerable people</source>
        <translation>Banque Postale &amp; ASAD&#xa0;: accessibilité bancaire des personnes fragiles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expertise sharing</source>
        <translation>Partage d&apos;expertise</translation>
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
        <location line="+7"/>
        <source>Classic patronage</source>
        <translation>Mécénat classique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gift, with no direct counterpart, to an association acting in the public interest.</source>
        <translation>Un don, sans contrepartie directe, à une association d&apos;intérêt général.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitsubishi Electric &amp; Fondation pour l&apos;enfance</source>
        <translation>Mitsubishi Electric &amp; Fondation pour l&apos;enfance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most foundations&apos; calls for projects</source>
        <translation>La plupart des appels à projets des fondations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active engagement</source>
        <translation>Engagement actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company takes part in the associative project, notably by involving its employees.</source>
        <translation>L&apos;entreprise prend part au projet associatif, notamment en mobilisant ses collaborateurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deloitte &amp; SNC</source>
        <translation>Deloitte &amp; SNC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills-based patronage</source>
        <translation>Mécénat de compétences</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+53"/>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Save</name>
    <message>
        <location filename="../core/storage/atomicsave.cpp" line="+50"/>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved copy failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved copy cannot be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved copy failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not flush “%1” to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not replace “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alliance::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="+96"/>
        <source>Could not open the working copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQLite driver gave no database handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“%1.%2” refers to an item that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An item has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+49"/>
        <source>The working copy cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not create a working copy in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not make a working copy in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is nothing to recover at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The unsaved work is in an unexpected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Choose where to save this new partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was changed by someone else since you opened it. Save under another name, or merge their changes first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alliance::evaluation</name>
    <message>
        <location filename="../core/evaluation/recommendation.cpp" line="+90"/>
        <source>%1 gives the most weight to %2 (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gives the same highest weight (%2%) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has not weighted its objectives yet and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership barycentre: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Together, the partners give the most weight to %1 (%2%): the recommended category is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Together, the partners give the same weight (%1%) to %2; %3 comes first in the method&apos;s order, so the recommended category is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only %1 has weighted its objectives: the recommendation reflects its view alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The partners&apos; weightings are far apart (divergence %1 out of 100, alert above %2): agree on a common stake before choosing the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partners&apos; weightings are close (divergence %1 out of 100, alert above %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They differ most on %1: %2 points between the highest and the lowest weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2 are the furthest apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The nearest model is %1 (%2): %3% match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2) is just as near (%3% match): worth discussing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) comes a close second (%3% match, %4 points behind): worth discussing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) comes second (%3% match, %4 points behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This model belongs to another category than the recommended one: the partners&apos; weights sit between categories, discuss which one fits best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No partner has weighted its objectives yet: no recommendation can be made. Ask each partner to weight the four objectives in step 2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
