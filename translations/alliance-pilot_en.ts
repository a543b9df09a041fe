<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Document</name>
    <message>
        <location filename="../core/document/fieldvalue.cpp" line="+28"/>
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
        <source>A project has no field “%1”.</source>
        <translation>A project has no field “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” may hold at most %2 characters.</source>
        <translation>“%1” may hold at most %2 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>“%1” must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” must be a number.</source>
        <translation>“%1” must be a number.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” must be a date (year-month-day).</source>
        <translation>“%1” must be a date (year-month-day).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” cannot be “%2”.</source>
        <translation>“%1” cannot be “%2”.</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <location filename="../core/storage/filecheck.cpp" line="+35"/>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder or a device, not a project file.</source>
        <translation>“%1” is a folder or a device, not a project file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” is empty.</source>
        <translation>The file “%1” is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is %2 MB, larger than the %3 MB a project file may be.</source>
        <translation>The file “%1” is %2 MB, larger than the %3 MB a project file may be.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an Alliance Pilot project file.</source>
        <translation>“%1” is not an Alliance Pilot project file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file “%1” is damaged: its page size is invalid.</source>
        <translation>The file “%1” is damaged: its page size is invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is incomplete: it was cut short, perhaps during a download or a copy. Ask for it again.</source>
        <translation>The file “%1” is incomplete: it was cut short, perhaps during a download or a copy. Ask for it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a database of another program, not an Alliance Pilot project.</source>
        <translation>“%1” is a database of another program, not an Alliance Pilot project.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was made by a newer version of Alliance Pilot (file format %2; this version reads up to %3). Update Alliance Pilot to open it.</source>
        <translation>“%1” was made by a newer version of Alliance Pilot (file format %2; this version reads up to %3). Update Alliance Pilot to open it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” uses file format %2, which this version cannot read (it reads %3 to %4).</source>
        <translation>“%1” uses file format %2, which this version cannot read (it reads %3 to %4).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>The file “%1” cannot be opened: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="+144"/>
        <location line="+57"/>
        <location line="+27"/>
        <source>The file “%1” is damaged: %2</source>
        <translation>The file “%1” is damaged: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>The file “%1” contains a trigger (“%2”). Project files never do, so it was not opened.</source>
        <translation>The file “%1” contains a trigger (“%2”). Project files never do, so it was not opened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the file “%1”, “%2” is a view where a table was expected, so it was not opened.</source>
        <translation>In the file “%1”, “%2” is a view where a table was expected, so it was not opened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” contains a view (“%2”). Project files never do, so it was not opened.</source>
        <translation>The file “%1” contains a view (“%2”). Project files never do, so it was not opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” contains an unknown %2 “%3”, so it was not opened.</source>
        <translation>The file “%1” contains an unknown %2 “%3”, so it was not opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the file “%1”, the %2 “%3” is not defined as Alliance Pilot defines it, so the file was not opened.</source>
        <translation>In the file “%1”, the %2 “%3” is not defined as Alliance Pilot defines it, so the file was not opened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” lacks the %2 “%3”, so it was not opened.</source>
        <translation>The file “%1” lacks the %2 “%3”, so it was not opened.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file “%1” holds a value in “%2” too large for any field, so it was not opened.</source>
        <translation>The file “%1” holds a value in “%2” too large for any field, so it was not opened.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” holds a value of %2 characters or bytes in “%3”, more than the %4 a field may hold, so it was not opened.</source>
        <translation>The file “%1” holds a value of %2 characters or bytes in “%3”, more than the %4 a field may hold, so it was not opened.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file “%1” holds %2 invalid value(s) in “%3”, so it was not opened.</source>
        <translation>The file “%1” holds %2 invalid value(s) in “%3”, so it was not opened.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” holds invalid values in “%2”.</source>
        <translation>The file “%1” holds invalid values in “%2”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file “%1” must describe exactly one partnership, so it was not opened.</source>
        <translation>The file “%1” must describe exactly one partnership, so it was not opened.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file “%1” holds a value too large for any field, so it was not opened.</source>
        <translation>The file “%1” holds a value too large for any field, so it was not opened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is damaged (%2). Ask its sender for a new copy.</source>
        <translation>The file “%1” is damaged (%2). Ask its sender for a new copy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” refers to items it does not contain (in “%2”), so it was not opened.</source>
        <translation>The file “%1” refers to items it does not contain (in “%2”), so it was not opened.</translation>
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
        <location line="+2"/>
        <source>Sharing knowledge of the territory and its actors</source>
        <translation>Sharing knowledge of the territory and its actors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organising meetings</source>
        <translation>Organising meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raising awareness of territorial alliances</source>
        <translation>Raising awareness of territorial alliances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introducing actors to each other</source>
        <translation>Introducing actors to each other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collective experiments</source>
        <translation>Collective experiments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifying needs and shared stakes</source>
        <translation>Identifying needs and shared stakes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bringing actors together to co-build</source>
        <translation>Bringing actors together to co-build</translation>
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
        <location line="+13"/>
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
        <location line="+2"/>
        <source>Results achieved</source>
        <translation>Results achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with your objectives, were the expected results there?</source>
        <translation>Compared with your objectives, were the expected results there?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected results</source>
        <translation>Unexpected results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the partnership bring results that nobody had planned?</source>
        <translation>Did the partnership bring results that nobody had planned?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other actors&apos; performance</source>
        <translation>Other actors&apos; performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership helped other actors of the territory to perform better?</source>
        <translation>Has the partnership helped other actors of the territory to perform better?</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Trust within the territory</source>
        <translation>Trust within the territory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership strengthened trust between the actors of the territory?</source>
        <translation>Has the partnership strengthened trust between the actors of the territory?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reduced fragilities</source>
        <translation>Reduced fragilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership helped to reduce fragilities, and how?</source>
        <translation>Has the partnership helped to reduce fragilities, and how?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New drivers of sustainable development</source>
        <translation>New drivers of sustainable development</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the partnership brought out new drivers of sustainable economic development, and how?</source>
        <translation>Has the partnership brought out new drivers of sustainable economic development, and how?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevance to the ecosystem&apos;s needs</source>
        <translation>Relevance to the ecosystem&apos;s needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the action really address the needs identified in the ecosystem?</source>
        <translation>Did the action really address the needs identified in the ecosystem?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coherence with the partnership model</source>
        <translation>Coherence with the partnership model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking at the path actually travelled, was the chosen partnership model the right one?</source>
        <translation>Looking at the path actually travelled, was the chosen partnership model the right one?</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../core/method/maturity.cpp" line="+13"/>
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
        <location line="+11"/>
        <source>Is the place of partnerships in your strategy written down and known inside the organisation?</source>
        <translation>Is the place of partnerships in your strategy written down and known inside the organisation?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you know the needs of your territory and the actors who already work on them?</source>
        <translation>Do you know the needs of your territory and the actors who already work on them?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have you made clear what you expect from partnerships for each of your four objectives?</source>
        <translation>Have you made clear what you expect from partnerships for each of your four objectives?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have you already led partnerships with organisations of a different kind from yours?</source>
        <translation>Have you already led partnerships with organisations of a different kind from yours?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you evaluate your partnerships and share the results with your partners?</source>
        <translation>Do you evaluate your partnerships and share the results with your partners?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are your partnerships consistent with the rest of what your organisation does?</source>
        <translation>Are your partnerships consistent with the rest of what your organisation does?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is someone clearly in charge of partnerships, with the time to do it properly?</source>
        <translation>Is someone clearly in charge of partnerships, with the time to do it properly?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have the people involved learnt how to co-build with actors from other worlds?</source>
        <translation>Have the people involved learnt how to co-build with actors from other worlds?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you set aside a budget and tools to run your partnerships?</source>
        <translation>Do you set aside a budget and tools to run your partnerships?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Are your partnerships tied to your CSR policy and to your core business, not only to communication?</source>
        <translation>Are your partnerships tied to your CSR policy and to your core business, not only to communication?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you involve your employees in partnerships, for example through skills-based patronage?</source>
        <translation>Do you involve your employees in partnerships, for example through skills-based patronage?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do your business units and purchasing take part in partnerships, beyond the CSR team?</source>
        <translation>Do your business units and purchasing take part in partnerships, beyond the CSR team?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does your associative project say what you expect from companies and local authorities?</source>
        <translation>Does your associative project say what you expect from companies and local authorities?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can you show partners what you bring them, and not only what you need from them?</source>
        <translation>Can you show partners what you bring them, and not only what you need from them?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you know and steer the share of partnerships in your socio-economic model?</source>
        <translation>Do you know and steer the share of partnerships in your socio-economic model?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does your foundation see itself as more than a funder: as a partner that connects actors?</source>
        <translation>Does your foundation see itself as more than a funder: as a partner that connects actors?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you stay alongside the projects you support beyond paying out the funds?</source>
        <translation>Do you stay alongside the projects you support beyond paying out the funds?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you help the projects you support to build their own capacity to form alliances?</source>
        <translation>Do you help the projects you support to build their own capacity to form alliances?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does your territorial project make room for alliances between associations, companies and citizens?</source>
        <translation>Does your territorial project make room for alliances between associations, companies and citizens?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you support or host a catalyst function in your territory: dialogue, experiments, support, a place?</source>
        <translation>Do you support or host a catalyst function in your territory: dialogue, experiments, support, a place?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do your departments share one entry point and common rules for working with private partners?</source>
        <translation>Do your departments share one entry point and common rules for working with private partners?</translation>
    </message>
    <message>
        <location filename="../core/method/method.cpp" line="+38"/>
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
        <location filename="../core/method/steps.cpp" line="+12"/>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take stock of the territory&apos;s needs and of how mature each organisation is in working with partners, before committing to anything.</source>
        <translation>Take stock of the territory&apos;s needs and of how mature each organisation is in working with partners, before committing to anything.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which needs of the territory could this partnership help to meet?</source>
        <translation>Which needs of the territory could this partnership help to meet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does each organisation stand in its partnership practice, in vision, action and means?</source>
        <translation>Where does each organisation stand in its partnership practice, in vision, action and means?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has each partner already tried on this subject, alone or with others?</source>
        <translation>What has each partner already tried on this subject, alone or with others?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which fragilities, or which untapped opportunities, do you see around you?</source>
        <translation>Which fragilities, or which untapped opportunities, do you see around you?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set objectives</source>
        <translation>Set objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each partner weights its four objectives for this partnership; together the partners then agree on the common stake that will guide them all along.</source>
        <translation>Each partner weights its four objectives for this partnership; together the partners then agree on the common stake that will guide them all along.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For this partnership, how much weight does each partner give to its processes, its socio-economic model, its value proposition and its positioning?</source>
        <translation>For this partnership, how much weight does each partner give to its processes, its socio-economic model, its value proposition and its positioning?</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Choose the model</source>
        <translation>Choose the model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare where the partners&apos; objectives meet with the typology, and pick the category and model of partnership that fit best.</source>
        <translation>Compare where the partners&apos; objectives meet with the typology, and pick the category and model of partnership that fit best.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which objective weighs most once all partners&apos; weights are combined?</source>
        <translation>Which objective weighs most once all partners&apos; weights are combined?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which category of partnership serves that objective?</source>
        <translation>Which category of partnership serves that objective?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within that category, which model matches the relationship you want to build?</source>
        <translation>Within that category, which model matches the relationship you want to build?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does an inspiring example look like your project, and what can you learn from it?</source>
        <translation>Does an inspiring example look like your project, and what can you learn from it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map the ecosystem</source>
        <translation>Map the ecosystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the partnership among the territory&apos;s actors and find out who already plays the role of catalyst between them.</source>
        <translation>Place the partnership among the territory&apos;s actors and find out who already plays the role of catalyst between them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which actors already work on this stake in the territory?</source>
        <translation>Which actors already work on this stake in the territory?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who could act as a trusted third party between the partners&apos; different worlds?</source>
        <translation>Who could act as a trusted third party between the partners&apos; different worlds?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which catalyst functions exist nearby: territorial dialogue, collective experiments, support, a place to meet?</source>
        <translation>Which catalyst functions exist nearby: territorial dialogue, collective experiments, support, a place to meet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which stakeholders should be informed or involved, and at what moment?</source>
        <translation>Which stakeholders should be informed or involved, and at what moment?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co-build the agreement</source>
        <translation>Co-build the agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down together how the partnership is governed, what each partner contributes and the terms and dates of the agreement.</source>
        <translation>Write down together how the partnership is governed, what each partner contributes and the terms and dates of the agreement.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry out the actions, follow the indicators against their targets and review progress together at regular intervals.</source>
        <translation>Carry out the actions, follow the indicators against their targets and review progress together at regular intervals.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which actions and milestones are planned, and who is responsible for each one?</source>
        <translation>Which actions and milestones are planned, and who is responsible for each one?</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Evaluate and share</source>
        <translation>Evaluate and share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess the partnership&apos;s performance, relevance and coherence, draw the lessons, give meaning to the action and decide what comes next.</source>
        <translation>Assess the partnership&apos;s performance, relevance and coherence, draw the lessons, give meaning to the action and decide what comes next.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
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
        <source>What characterises your innovation: the solution itself, the actors it mobilises, its socio-economic model?</source>
        <translation>What characterises your innovation: the solution itself, the actors it mobilises, its socio-economic model?</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Which actors are already positioned on these stakes?</source>
        <translation>Which actors are already positioned on these stakes?</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../core/method/typology.cpp" line="+12"/>
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
        <location line="+2"/>
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
        <location line="+20"/>
        <source>Responsible practices</source>
        <translation>Responsible practices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimised processes</source>
        <translation>Optimised processes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Economic cooperation</source>
        <translation>Economic cooperation</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Economic balance</source>
        <translation>Economic balance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Societal innovation</source>
        <translation>Societal innovation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New products and services</source>
        <translation>New products and services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patronage</source>
        <translation>Patronage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal and external anchoring</source>
        <translation>Internal and external anchoring</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>General-interest alternative</source>
        <translation>General-interest alternative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association provides a service that replaces a conventional one while serving the public interest.</source>
        <translation>An association provides a service that replaces a conventional one while serving the public interest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RATP &amp; ASF: refurbishing computer equipment</source>
        <translation>RATP &amp; ASF: refurbishing computer equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsoring</source>
        <translation>Sponsoring</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+5"/>
        <source>Service provision</source>
        <translation>Service provision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association provides a company with a service that indirectly serves the public interest; companies may offer the same kind of service.</source>
        <translation>An association provides a company with a service that indirectly serves the public interest; companies may offer the same kind of service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accenture &amp; GoodPlanet</source>
        <translation>Accenture &amp; GoodPlanet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associations offering conventional services (catering, training) with a social purpose or social means</source>
        <translation>Associations offering conventional services (catering, training) with a social purpose or social means</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hybrid model</source>
        <translation>Hybrid model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A joint venture where each partner brings skills or means to develop a service of high societal value.</source>
        <translation>A joint venture where each partner brings skills or means to develop a service of high societal value.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danone &amp; Grameen Bank: Grameen Danone Foods</source>
        <translation>Danone &amp; Grameen Bank: Grameen Danone Foods</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partners contribute to each other&apos;s activity so that each one&apos;s offer becomes stronger.</source>
        <translation>The partners contribute to each other&apos;s activity so that each one&apos;s offer becomes stronger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eiffage &amp; an insertion company: insertion clauses in public contracts</source>
        <translation>Eiffage &amp; an insertion company: insertion clauses in public contracts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Societal R&amp;D</source>
        <translation>Societal R&amp;D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partners develop a product or service for a need that neither public authorities nor companies meet.</source>
        <translation>The partners develop a product or service for a need that neither public authorities nor companies meet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banque Postale &amp; ASAD: access to banking for vulnerable people</source>
        <translation>Banque Postale &amp; ASAD: access to banking for vulnerable people</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+7"/>
        <source>Classic patronage</source>
        <translation>Classic patronage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gift, with no direct counterpart, to an association acting in the public interest.</source>
        <translation>A gift, with no direct counterpart, to an association acting in the public interest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitsubishi Electric &amp; Fondation pour l&apos;enfance</source>
        <translation>Mitsubishi Electric &amp; Fondation pour l&apos;enfance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most foundations&apos; calls for projects</source>
        <translation>Most foundations&apos; calls for projects</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active engagement</source>
        <translation>Active engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company takes part in the associative project, notably by involving its employees.</source>
        <translation>The company takes part in the associative project, notably by involving its employees.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deloitte &amp; SNC</source>
        <translation>Deloitte &amp; SNC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills-based patronage</source>
        <translation>Skills-based patronage</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+53"/>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation>Upgrading the file to format %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>Save</name>
    <message>
        <location filename="../core/storage/atomicsave.cpp" line="+50"/>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write “%1”: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved copy failed its check: %1</source>
        <translation>The saved copy failed its check: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved copy cannot be read back: %1</source>
        <translation>The saved copy cannot be read back: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved copy failed its integrity check.</source>
        <translation>The saved copy failed its integrity check.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>alliance::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="+96"/>
        <source>Could not open the working copy: %1</source>
        <translation>Could not open the working copy: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQLite driver gave no database handle.</source>
        <translation>The SQLite driver gave no database handle.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“%1.%2” refers to an item that does not exist.</source>
        <translation>“%1.%2” refers to an item that does not exist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An item has no id.</source>
        <translation>An item has no id.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+49"/>
        <source>The working copy cannot be written: %1</source>
        <translation>The working copy cannot be written: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not create a working copy in “%1”.</source>
        <translation>Could not create a working copy in “%1”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New partnership</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not read “%1”: %2</source>
        <translation>Could not read “%1”: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not make a working copy in “%1”: %2</source>
        <translation>Could not make a working copy in “%1”: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is nothing to recover at “%1”.</source>
        <translation>There is nothing to recover at “%1”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The unsaved work is in an unexpected format.</source>
        <translation>The unsaved work is in an unexpected format.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Choose where to save this new partnership.</source>
        <translation>Choose where to save this new partnership.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was changed by someone else since you opened it. Save under another name, or merge their changes first.</source>
        <translation>“%1” was changed by someone else since you opened it. Save under another name, or merge their changes first.</translation>
    </message>
</context>
<context>
    <name>alliance::evaluation</name>
    <message>
        <location filename="../core/evaluation/recommendation.cpp" line="+90"/>
        <source>%1 gives the most weight to %2 (%3%).</source>
        <translation>%1 gives the most weight to %2 (%3%).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gives the same highest weight (%2%) to %3.</source>
        <translation>%1 gives the same highest weight (%2%) to %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has not weighted its objectives yet and is left out.</source>
        <translation>%1 has not weighted its objectives yet and is left out.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership barycentre: %1.</source>
        <translation>Partnership barycentre: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Together, the partners give the most weight to %1 (%2%): the recommended category is %3.</source>
        <translation>Together, the partners give the most weight to %1 (%2%): the recommended category is %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Together, the partners give the same weight (%1%) to %2; %3 comes first in the method&apos;s order, so the recommended category is %4.</source>
        <translation>Together, the partners give the same weight (%1%) to %2; %3 comes first in the method&apos;s order, so the recommended category is %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only %1 has weighted its objectives: the recommendation reflects its view alone.</source>
        <translation>Only %1 has weighted its objectives: the recommendation reflects its view alone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The partners&apos; weightings are far apart (divergence %1 out of 100, alert above %2): agree on a common stake before choosing the model.</source>
        <translation>The partners&apos; weightings are far apart (divergence %1 out of 100, alert above %2): agree on a common stake before choosing the model.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partners&apos; weightings are close (divergence %1 out of 100, alert above %2).</source>
        <translation>The partners&apos; weightings are close (divergence %1 out of 100, alert above %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They differ most on %1: %2 points between the highest and the lowest weight.</source>
        <translation>They differ most on %1: %2 points between the highest and the lowest weight.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2 are the furthest apart.</source>
        <translation>%1 and %2 are the furthest apart.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The nearest model is %1 (%2): %3% match.</source>
        <translation>The nearest model is %1 (%2): %3% match.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2) is just as near (%3% match): worth discussing.</source>
        <translation>%1 (%2) is just as near (%3% match): worth discussing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) comes a close second (%3% match, %4 points behind): worth discussing.</source>
        <translation>%1 (%2) comes a close second (%3% match, %4 points behind): worth discussing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) comes second (%3% match, %4 points behind).</source>
        <translation>%1 (%2) comes second (%3% match, %4 points behind).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This model belongs to another category than the recommended one: the partners&apos; weights sit between categories, discuss which one fits best.</source>
        <translation>This model belongs to another category than the recommended one: the partners&apos; weights sit between categories, discuss which one fits best.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No partner has weighted its objectives yet: no recommendation can be made. Ask each partner to weight the four objectives in step 2.</source>
        <translation>No partner has weighted its objectives yet: no recommendation can be made. Ask each partner to weight the four objectives in step 2.</translation>
    </message>
</context>
</TS>
