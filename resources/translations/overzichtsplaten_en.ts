<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/side_panels.py" line="136"/>
        <source>Terug naar de zoekresultaten: Ctrl+F</source>
        <translation>Back to the search results: Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="331"/>
        <source>&apos;%1&apos; is teruggezet.</source>
        <translation>&apos;%1&apos; has been restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/links.py" line="24"/>
        <source>Er is geen programma om deze map te openen: %1</source>
        <translation>There is no program to open this folder: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/links.py" line="30"/>
        <source>Er is geen webbrowser om deze link te openen. De link staat op het klembord: %1</source>
        <translation>There is no web browser to open this link. The link is on the clipboard: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="102"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="102"/>
        <source>Plaat opslaan als PNG, SVG of PDF</source>
        <translation>Save the plate as PNG, SVG or PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="104"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="104"/>
        <source>Plaat afdrukken</source>
        <translation>Print the plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="105"/>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="110"/>
        <source>&amp;Inzoomen</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="111"/>
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="112"/>
        <source>&amp;Hele plaat</source>
        <translation>&amp;Whole plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="112"/>
        <source>Hele plaat in beeld</source>
        <translation>The whole plate in view</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="114"/>
        <source>Plaat&amp;breedte</source>
        <translation>Plate &amp;width</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="114"/>
        <source>Plaat over de volle breedte</source>
        <translation>The plate across the full width</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="118"/>
        <source>Inzoomen op &amp;selectie</source>
        <translation>Zoom to &amp;selection</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="120"/>
        <source>Inzoomen op het gekozen onderdeel</source>
        <translation>Zoom in on the chosen element</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="124"/>
        <source>Plaat &amp;omdraaien</source>
        <translation>&amp;Turn the plate upside down</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="126"/>
        <source>Draai de plaat om en begin bij het doel</source>
        <translation>Turn the plate over and start at the goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="129"/>
        <source>Alle &amp;verbanden tonen</source>
        <translation>Show all &amp;relations</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="132"/>
        <source>&amp;Toelichting tonen</source>
        <translation>Show the &amp;guide panel</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="134"/>
        <source>Zijpaneel met de tekst uit de handreiking</source>
        <translation>Side panel with the guide&apos;s text</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="139"/>
        <source>Tekst &amp;groter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="141"/>
        <source>Tekst in het zijpaneel groter</source>
        <translation>Larger text in the side panel</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="145"/>
        <source>Tekst &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="147"/>
        <source>Tekst in het zijpaneel kleiner</source>
        <translation>Smaller text in the side panel</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="149"/>
        <source>&amp;Volledig scherm</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="152"/>
        <source>&amp;Presenteren</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="154"/>
        <source>De plaat op de beamer, met rondleiding en presentatorweergave</source>
        <translation>The plate on the projector, with a guided tour and presenter view</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="157"/>
        <source>&amp;Zoeken…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="157"/>
        <source>Zoeken in alle platen en de handreiking</source>
        <translation>Search all plates and the guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="161"/>
        <source>Over&amp;zicht van de plaat</source>
        <translation>Plate out&amp;line</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="163"/>
        <source>De plaat als lijst: gebieden en onderdelen</source>
        <translation>The plate as a list: regions and elements</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="166"/>
        <source>&amp;Hoog contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="171"/>
        <source>&amp;Aan de slag (werkblad)</source>
        <translation>&amp;Get to work (worksheet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="173"/>
        <source>Het werkblad van deze plaat invullen</source>
        <translation>Fill in this plate&apos;s worksheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="177"/>
        <source>Antwoorden op de &amp;plaat</source>
        <translation>Answers on the &amp;plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="179"/>
        <source>De antwoorden van het team naast de onderdelen tonen</source>
        <translation>Show the team&apos;s answers beside the elements</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="182"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="183"/>
        <source>&amp;Vooruit</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="184"/>
        <source>&amp;Startpagina</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="185"/>
        <source>V&amp;orige plaat</source>
        <translation>P&amp;revious plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="186"/>
        <source>V&amp;olgende plaat</source>
        <translation>Ne&amp;xt plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="190"/>
        <source>&amp;Plaat openen…</source>
        <translation>&amp;Open plate…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="192"/>
        <source>Een eigen plaat openen uit een plaatbestand (.yaml)</source>
        <translation>Open an own plate from a plate file (.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="196"/>
        <source>&amp;Indeling aanpassen</source>
        <translation>&amp;Adjust layout</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="198"/>
        <source>Onderdelen van een eigen plaat verplaatsen en de posities opslaan</source>
        <translation>Move the elements of an own plate and save their positions</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="203"/>
        <source>Indeling op&amp;slaan</source>
        <translation>&amp;Save layout</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="205"/>
        <source>De posities in het plaatbestand opslaan</source>
        <translation>Save the positions in the plate file</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="209"/>
        <source>&amp;Map met eigen platen</source>
        <translation>Own plates &amp;folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="211"/>
        <source>De map openen waarin eigen platen vanzelf worden geladen</source>
        <translation>Open the folder whose plates are loaded automatically</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="215"/>
        <source>Eigen platen &amp;maken</source>
        <translation>&amp;Making your own plates</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="217"/>
        <source>Hoe een plaatbestand in elkaar zit, met een voorbeeld</source>
        <translation>How a plate file is put together, with an example</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="219"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="219"/>
        <source>Alle sneltoetsen</source>
        <translation>All keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="220"/>
        <source>&amp;Over Overzichtsplaten</source>
        <translation>&amp;About Overzichtsplaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/answer_widgets.py" line="103"/>
        <source>Slepen of Ctrl+pijltjes om te verplaatsen, F2 of dubbelklik om te wijzigen, Delete om te verwijderen</source>
        <translation>Drag or Ctrl+arrows to move, F2 or double-click to edit, Delete to remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/answer_widgets.py" line="191"/>
        <source>Nieuw punt + Enter</source>
        <translation>New item + Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/answer_widgets.py" line="192"/>
        <source>Nieuw punt voor: </source>
        <translation>New item for: </translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/answer_widgets.py" line="204"/>
        <location filename="../../app/ui/worksheet/answer_widgets.py" line="261"/>
        <source>Toegevoegd: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/answer_widgets.py" line="216"/>
        <location filename="../../app/ui/worksheet/answer_widgets.py" line="224"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/answer_widgets.py" line="216"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/answer_widgets.py" line="226"/>
        <source>Rol (bijv. i-coach)</source>
        <translation>Role (e.g. i-coach)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/answer_widgets.py" line="227"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/plate_deck.py" line="62"/>
        <location filename="../../app/ui/present/presenter_view.py" line="48"/>
        <location filename="../../app/ui/present/presenter_view.py" line="92"/>
        <location filename="../../app/ui/present/presenter_view.py" line="104"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_bar.py" line="56"/>
        <source>Niet alles kon worden geladen; de rest werkt gewoon.</source>
        <translation>Not everything could be loaded; the rest works as usual.</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_bar.py" line="19"/>
        <source>meer</source>
        <translation>more</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="51"/>
        <source>Toelichting</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="52"/>
        <source>Aan de slag</source>
        <translation>Get to work</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/search_panel.py" line="154"/>
        <location filename="../../app/ui/side_panels.py" line="53"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="55"/>
        <source>Het werkblad van deze plaat, ingevuld in de werksessie</source>
        <translation>This plate&apos;s worksheet, filled in during the work session</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="57"/>
        <source>Toelichting en werkblad</source>
        <translation>Guide and worksheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/outline_panel.py" line="35"/>
        <location filename="../../app/ui/side_panels.py" line="69"/>
        <source>Overzicht van de plaat</source>
        <translation>Plate outline</translation>
    </message>
    <message>
        <location filename="../../app/ui/plate_deck.py" line="97"/>
        <source>Eigen plaat</source>
        <translation>Own plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/authoring.py" line="102"/>
        <source>Het plaatbestand is gewijzigd; bij opslaan komen de posities erbij.</source>
        <translation>The plate file has changed; saving adds the positions to it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plate_deck.py" line="138"/>
        <source>Het plaatbestand bevat een fout; de laatste goede versie blijft staan.</source>
        <translation>The plate file has an error; the last good version stays on screen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="31"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="37"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="46"/>
        <source>&amp;Taal / Language</source>
        <translation>&amp;Taal / Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="53"/>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="56"/>
        <source>Naar het &amp;zijpaneel of de plaat</source>
        <translation>To the &amp;side panel or the plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="58"/>
        <source>Toetsenbord naar het zijpaneel of terug (F6)</source>
        <translation>Keyboard to the side panel or back (F6)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="65"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="68"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="106"/>
        <source>Deze link wordt niet geopend: alleen webadressen (http of https) mogen naar buiten.</source>
        <translation>This link is not opened: only web addresses (http or https) may leave the app.</translation>
    </message>
    <message>
        <location filename="../../app/ui/view_commands.py" line="117"/>
        <source>Zoom: %1 %</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/view_commands.py" line="183"/>
        <source>Onderdelen verplaatsen en de posities opslaan (Ctrl+Alt+L)</source>
        <translation>Move elements and save their positions (Ctrl+Alt+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/view_commands.py" line="185"/>
        <source>Alleen bij eigen platen: de vier platen van de handreiking liggen vast</source>
        <translation>Own plates only: the guide&apos;s four plates are fixed</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/place_text.py" line="22"/>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/place_text.py" line="24"/>
        <source>Kies links een overzichtsplaat. Klik op een onderdeel van de plaat om hier te lezen wat de handreiking erover zegt; volg de verbanden naar andere onderdelen, ook op andere platen.</source>
        <translation>Choose an overview plate on the left. Click an element of the plate to read here what the guide says about it; follow the relations to other elements, also on other plates.</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/place_text.py" line="29"/>
        <source>Zoomen met het muiswiel of Ctrl + en Ctrl −, de hele plaat met Ctrl 0. Alle sneltoetsen onder F1.</source>
        <translation>Zoom with the mouse wheel or Ctrl + and Ctrl −, the whole plate with Ctrl 0. All shortcuts under F1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/place_text.py" line="32"/>
        <source>Deze uitleg hoort bij de app, niet bij de handreiking.</source>
        <translation>This explanation belongs to the app, not to the guide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="44"/>
        <source>Over Overzichtsplaten</source>
        <translation>About Overzichtsplaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="47"/>
        <source>De vier overzichtsplaten en de Handreiking bij de Overzichtsplaten van MBO Digitaal, om te verkennen, te presenteren en mee te werken.</source>
        <translation>MBO Digitaal&apos;s four overview plates and their guide, the Handreiking bij de Overzichtsplaten, to explore, present and work with.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_dialogs.py" line="51"/>
        <source>Lettertype: Inter (SIL Open Font License).</source>
        <translation>Typeface: Inter (SIL Open Font License).</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/close_guard.py" line="25"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="142"/>
        <source>Niet alles is opgeslagen</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/close_guard.py" line="28"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="146"/>
        <source>Sla de werksessie op een andere plek op, of probeer het opnieuw.</source>
        <translation>Save the work session somewhere else, or try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/close_guard.py" line="29"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="148"/>
        <source>Opslaan als bestand…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/close_guard.py" line="30"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="149"/>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/close_guard.py" line="31"/>
        <source>Afsluiten zonder opslaan</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/outline_panel.py" line="34"/>
        <source>Onderdelen</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/outline_panel.py" line="36"/>
        <source>Gebieden en onderdelen van de plaat, in leesvolgorde</source>
        <translation>Regions and elements of the plate, in reading order</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="41"/>
        <source>Aftellen voor Aan de slag</source>
        <translation>Countdown for Get to work</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="45"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="97"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="98"/>
        <location filename="../../app/ui/present/presenter_view.py" line="49"/>
        <source>Opnieuw</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="99"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="101"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="105"/>
        <source>Laatste verplaatsing ongedaan maken (Ctrl+Z)</source>
        <translation>Undo the last move (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="106"/>
        <source>Verplaatsing opnieuw doen (Ctrl+Shift+Z)</source>
        <translation>Redo the move (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="107"/>
        <source>Posities in het plaatbestand opslaan (Ctrl+Alt+S)</source>
        <translation>Save the positions in the plate file (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="108"/>
        <source>Indeling aanpassen beëindigen (Esc)</source>
        <translation>Stop adjusting the layout (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="201"/>
        <source>Indeling opslaan?</source>
        <translation>Save layout?</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="202"/>
        <source>De onderdelen zijn verplaatst maar nog niet opgeslagen.</source>
        <translation>Elements were moved but not saved yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="203"/>
        <source>Wil je de nieuwe posities in het plaatbestand opslaan?</source>
        <translation>Save the new positions in the plate file?</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="64"/>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="64"/>
        <source>Verschuiven</source>
        <translation>Nudge</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="345"/>
        <source>Posities opgeslagen in %1</source>
        <translation>Positions saved in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="351"/>
        <source>Indeling niet opgeslagen</source>
        <translation>Layout not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="354"/>
        <source>De posities konden niet in het plaatbestand worden opgeslagen; het bestand is niet veranderd.</source>
        <translation>The positions could not be saved in the plate file; the file has not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="366"/>
        <source>Niet opgeslagen wijzigingen.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="366"/>
        <source>Alles opgeslagen.</source>
        <translation>Everything saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/layout_editor.py" line="368"/>
        <source>Indeling aanpassen: sleep onderdelen, of kies er een en gebruik de pijltjes.</source>
        <translation>Adjusting the layout: drag elements, or choose one and use the arrow keys.</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="50"/>
        <source>Op de beamer tonen</source>
        <translation>Show on the projector</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="81"/>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="85"/>
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="119"/>
        <source>Presentatorweergave</source>
        <translation>Presenter view</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="134"/>
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="135"/>
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="136"/>
        <source>Zwart (B)</source>
        <translation>Black (B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="137"/>
        <source>Stoppen (Esc)</source>
        <translation>Stop (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="150"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="152"/>
        <source>Hierna</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="154"/>
        <source>Uit de handreiking</source>
        <translation>From the guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_view.py" line="196"/>
        <source>(einde van de rondleiding)</source>
        <translation>(end of the tour)</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/search_panel.py" line="153"/>
        <source>Zoeken in de platen en de handreiking…</source>
        <translation>Search the plates and the guide…</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/search_panel.py" line="161"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/search_panel.py" line="195"/>
        <source>Handreiking</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/search_panel.py" line="208"/>
        <source>Niets gevonden</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_controller.py" line="55"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="223"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="254"/>
        <source>Werksessie</source>
        <translation>Work session</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_controller.py" line="118"/>
        <source>Deze werksessie is al geopend in een ander venster; hier alleen-lezen.</source>
        <translation>This work session is already open in another window; read-only here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_controller.py" line="97"/>
        <location filename="../../app/ui/worksheet/session_controller.py" line="223"/>
        <source>Alles opgeslagen</source>
        <translation>Everything saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_controller.py" line="105"/>
        <source>Alleen-lezen: </source>
        <translation>Read-only: </translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_controller.py" line="124"/>
        <source>de vergrendeling kon niet worden gemaakt</source>
        <translation>the lock could not be created</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_controller.py" line="127"/>
        <source>Alleen-lezen, kan niet opslaan: </source>
        <translation>Read-only, cannot save: </translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_controller.py" line="167"/>
        <location filename="../../app/ui/worksheet/session_controller.py" line="219"/>
        <source>Nog niet opgeslagen…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_controller.py" line="195"/>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_controller.py" line="212"/>
        <source>de antwoorden konden niet worden omgezet naar een bestand</source>
        <translation>the answers could not be turned into a file</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_controller.py" line="214"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="232"/>
        <source>Niet opgeslagen: </source>
        <translation>Not saved: </translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="49"/>
        <source>&amp;Werksessie</source>
        <translation>&amp;Work session</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="50"/>
        <source>&amp;Wisselen naar</source>
        <translation>&amp;Switch to</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="61"/>
        <source>&amp;Nieuwe werksessie…</source>
        <translation>&amp;New work session…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="62"/>
        <source>Naam, datum en &amp;deelnemers…</source>
        <translation>Name, date and &amp;participants…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="63"/>
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="65"/>
        <source>&amp;Verwijderen (naar prullenbak)</source>
        <translation>&amp;Delete (to the bin)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="67"/>
        <source>&amp;Prullenbak…</source>
        <translation>&amp;Bin…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="68"/>
        <source>Prullenbak &amp;legen…</source>
        <translation>Empty the &amp;bin…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="69"/>
        <source>&amp;Openen uit bestand…</source>
        <translation>&amp;Open from file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="70"/>
        <source>Opslaan &amp;als bestand…</source>
        <translation>Save &amp;as file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="72"/>
        <source>Verslag als &amp;Markdown…</source>
        <translation>Report as &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="74"/>
        <source>Verslag als P&amp;DF…</source>
        <translation>Report as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="75"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="116"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="76"/>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="77"/>
        <source>Nu &amp;opslaan</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="165"/>
        <source>Toch wisselen (wijzigingen kwijt)</source>
        <translation>Switch anyway (changes lost)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="187"/>
        <source>Het bestand is bewaard als:</source>
        <translation>The file has been kept as:</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="190"/>
        <source>Deze werksessie kon niet worden gelezen:</source>
        <translation>This work session could not be read:</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="196"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="202"/>
        <source>Werksessie beschadigd</source>
        <translation>Work session damaged</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="197"/>
        <source>Er is geen reservekopie.</source>
        <translation>There is no backup.</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="203"/>
        <source>De laatste reservekopie terugzetten?</source>
        <translation>Restore the latest backup?</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="211"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="215"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="324"/>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="240"/>
        <source>Nieuwe werksessie</source>
        <translation>New work session</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="243"/>
        <source>Toch nieuwe beginnen (wijzigingen kwijt)</source>
        <translation>Start a new one anyway (changes lost)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="246"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="401"/>
        <location filename="../../app/ui/worksheet/session_menu.py" line="456"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="259"/>
        <source>Toch dupliceren (wijzigingen alleen in de kopie)</source>
        <translation>Duplicate anyway (changes only in the copy)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="261"/>
        <source> (kopie)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="262"/>
        <source>Niet gedupliceerd</source>
        <translation>Not duplicated</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="278"/>
        <source>Alleen-lezen: deze werksessie kan hier niet worden verwijderd.</source>
        <translation>Read-only: this work session cannot be deleted here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="283"/>
        <source>Werksessie verwijderen</source>
        <translation>Delete work session</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="284"/>
        <source>&apos;%1&apos; naar de prullenbak verplaatsen? Je kunt hem daar terugzetten.</source>
        <translation>Move &apos;%1&apos; to the bin? You can restore it from there.</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="290"/>
        <source>Toch verwijderen (wijzigingen kwijt)</source>
        <translation>Delete anyway (changes lost)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="297"/>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="305"/>
        <source>&apos;%1&apos; staat in de prullenbak (Werksessie &gt; Prullenbak).</source>
        <translation>&apos;%1&apos; is in the bin (Work session &gt; Bin).</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="318"/>
        <source>Toch terugzetten (wijzigingen kwijt)</source>
        <translation>Restore anyway (changes lost)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="336"/>
        <source>Teruggezet als aparte werksessie: de werksessie bestond weer (opgeslagen vanuit een ander venster) en is niet overschreven.</source>
        <translation>Restored as a separate work session: the session existed again (saved from another window) and was not overwritten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="345"/>
        <source>De prullenbak is leeg.</source>
        <translation>The bin is empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="349"/>
        <source>Prullenbak legen</source>
        <translation>Empty the bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="351"/>
        <source>%1 werksessie(s) in de prullenbak en hun reservekopieën definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Permanently delete %1 work session(s) in the bin and their backups? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="362"/>
        <source>Niet geleegd</source>
        <translation>Not emptied</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="364"/>
        <source>De prullenbak is geleegd.</source>
        <translation>The bin has been emptied.</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="380"/>
        <source>Werksessie openen</source>
        <translation>Open work session</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="387"/>
        <source>Toch openen (wijzigingen kwijt)</source>
        <translation>Open anyway (changes lost)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="397"/>
        <source>Niet geopend</source>
        <translation>Not opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="423"/>
        <source>Werksessie opslaan als bestand</source>
        <translation>Save work session as file</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="429"/>
        <source>Verslag als Markdown</source>
        <translation>Report as Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="439"/>
        <source>Verslag als PDF</source>
        <translation>Report as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="458"/>
        <source>Opgeslagen: </source>
        <translation>Saved: </translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_menu.py" line="462"/>
        <source>Werksessie (*.werksessie *.json)</source>
        <translation>Work session (*.werksessie *.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/worksheet_panel.py" line="112"/>
        <source>Werksessie: </source>
        <translation>Work session: </translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/worksheet_panel.py" line="127"/>
        <source>Kies een plaat om het werkblad te zien.</source>
        <translation>Choose a plate to see its worksheet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/worksheet_panel.py" line="133"/>
        <location filename="../../app/ui/worksheet/worksheet_panel.py" line="144"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/worksheet_panel.py" line="137"/>
        <source>Eigen aantekeningen van het team (een veld van het programma, niet uit de handreiking).</source>
        <translation>The team&apos;s own notes (a field of the app, not from the guide).</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/worksheet_panel.py" line="160"/>
        <source>Bij deze plaat heeft de handreiking geen werkblad; gebruik de notities hieronder.</source>
        <translation>The guide has no worksheet for this plate; use the notes below.</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/own_plates.py" line="89"/>
        <source>Plaat openen</source>
        <translation>Open plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/own_plates.py" line="91"/>
        <source>Plaatbestanden (*.yaml *.yml)</source>
        <translation>Plate files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/own_plates.py" line="141"/>
        <source>Plaat niet geopend</source>
        <translation>Plate not opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/own_plates.py" line="142"/>
        <source>Dit plaatbestand kan niet worden getoond:</source>
        <translation>This plate file cannot be shown:</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/own_plates.py" line="154"/>
        <source>Nieuwe eigen plaat geladen: %1</source>
        <translation>New own plate loaded: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/plate_format_dialog.py" line="29"/>
        <location filename="../../app/ui/author/plate_format_dialog.py" line="37"/>
        <source>Eigen platen maken</source>
        <translation>Making your own plates</translation>
    </message>
    <message>
        <location filename="../../app/ui/author/plate_format_dialog.py" line="43"/>
        <source>Map met eigen platen</source>
        <translation>Own plates folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="138"/>
        <source>dit is een bestand, geen map</source>
        <translation>this is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="147"/>
        <source>De datamap kan niet worden gebruikt:</source>
        <translation>The data folder cannot be used:</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="149"/>
        <source>Datamap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/plate_accessibility.py" line="107"/>
        <source>Gebied met %1 onderdelen</source>
        <translation>Area with %1 parts</translation>
    </message>
    <message>
        <location filename="../../app/ui/plate_accessibility.py" line="107"/>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../app/ui/plate_accessibility.py" line="109"/>
        <location filename="../../app/ui/view_accessibility.py" line="87"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plate_accessibility.py" line="112"/>
        <source>Enter zoomt in; de toelichting staat in het zijpaneel.</source>
        <translation>Enter zooms in; the explanation is in the side panel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presentation_window.py" line="137"/>
        <location filename="../../app/ui/present/presentation_window.py" line="215"/>
        <source>deel {0} van {1}</source>
        <translation>part {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presentation_window.py" line="222"/>
        <location filename="../../app/ui/present/presenter_view.py" line="191"/>
        <source>Stap %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/tour_export.py" line="123"/>
        <source>rondleiding</source>
        <translation>tour</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/tour_export.py" line="138"/>
        <source>stap</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/tour_export.py" line="138"/>
        <source>deel</source>
        <translation>part</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/tour_export.py" line="177"/>
        <source>Een rondleiding kan als png of pdf worden geëxporteerd.</source>
        <translation>A tour can be exported as png or pdf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/tour_export.py" line="183"/>
        <source>Schermmaat {0}×{1} kan niet: breedte 320 tot 7680, hoogte 240 tot 4320.</source>
        <translation>Screen size {0}×{1} is not possible: width 320 to 7680, height 240 to 4320.</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/tour_export.py" line="195"/>
        <source>Werksessie niet gelezen: {0}</source>
        <translation>Work session not read: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_report.py" line="107"/>
        <source>het bestand kon niet worden geschreven</source>
        <translation>the file could not be written</translation>
    </message>
</context>
<context>
    <name>AnswerNote</name>
    <message>
        <location filename="../../app/scene/answer_item.py" line="65"/>
        <source>… en nog {0}</source>
        <translation>… and {0} more</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <location filename="../../app/ui/worksheet/session_dialogs.py" line="91"/>
        <source>Verwijderde werksessies</source>
        <translation>Deleted work sessions</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_dialogs.py" line="98"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="44"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="51"/>
        <source>Alle platen</source>
        <translation>All plates</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="54"/>
        <source>PNG-afbeelding</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="55"/>
        <source>SVG (tekst blijft tekst)</source>
        <translation>SVG (text stays text)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="56"/>
        <source>PDF (vector, om af te drukken)</source>
        <translation>PDF (vector, for printing)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="58"/>
        <source>HTML-pagina (interactief, met de toelichting; één bestand)</source>
        <translation>HTML page (interactive, with the explanation; one file)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="66"/>
        <source>Zo groot als de plaat</source>
        <translation>As large as the plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="70"/>
        <source>met antwoorden van de werksessie</source>
        <translation>with the work session’s answers</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="71"/>
        <source>zonder antwoorden</source>
        <translation>without answers</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="79"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="85"/>
        <source>Plaat:</source>
        <translation>Plate:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="86"/>
        <source>Formaat:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="87"/>
        <source>Breedte (PNG):</source>
        <translation>Width (PNG):</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="88"/>
        <source>Papier (PDF):</source>
        <translation>Paper (PDF):</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="89"/>
        <source>Antwoorden:</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="90"/>
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="109"/>
        <source>Kies een map</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="144"/>
        <location filename="../../app/ui/export_dialog.py" line="148"/>
        <source>Niet geëxporteerd</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="153"/>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="153"/>
        <source>Opgeslagen:</source>
        <translation>Saved:</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../app/ui/guide_panel.py" line="58"/>
        <location filename="../../app/ui/guide_panel.py" line="61"/>
        <location filename="../../app/ui/guide_panel.py" line="80"/>
        <source>Toelichting uit de handreiking</source>
        <translation>The guide&apos;s explanation</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_panel.py" line="141"/>
        <source>Link: %1. Enter volgt de link.</source>
        <translation>Link: %1. Enter follows the link.</translation>
    </message>
</context>
<context>
    <name>GuideText</name>
    <message>
        <location filename="../../app/model/guide_text.py" line="38"/>
        <source>leidt naar</source>
        <translation>leads to</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="39"/>
        <source>volgt op</source>
        <translation>follows</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="40"/>
        <source>ondersteunt</source>
        <translation>supports</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="41"/>
        <source>wordt ondersteund door</source>
        <translation>is supported by</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="42"/>
        <location filename="../../app/model/guide_text.py" line="43"/>
        <source>hangt samen met</source>
        <translation>is related to</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="44"/>
        <location filename="../../app/model/guide_text.py" line="45"/>
        <source>ook op</source>
        <translation>also on</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="46"/>
        <location filename="../../app/model/guide_text.py" line="47"/>
        <source>tegenover</source>
        <translation>opposite</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="49"/>
        <source>Volgens de handreiking een van de subthema’s waar je digitalisering vooral in terugziet.</source>
        <translation>According to the guide, one of the subthemes where digitalisation shows most.</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="53"/>
        <source>Onderdeel van:</source>
        <translation>Part of:</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="54"/>
        <source>Op dit onderdeel</source>
        <translation>On this element</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="55"/>
        <source>Verbanden</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="56"/>
        <source>De handreiking geeft hier geen aparte toelichting bij.</source>
        <translation>The guide gives no separate explanation here.</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="57"/>
        <source>plaat</source>
        <translation>plate</translation>
    </message>
    <message>
        <location filename="../../app/model/guide_text.py" line="58"/>
        <location filename="../../app/scene/items.py" line="447"/>
        <source>Overzichtsplaat</source>
        <translation>Overview plate</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../app/scene/items.py" line="508"/>
        <source>Kleuren:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="122"/>
        <source>basis</source>
        <translation>foundation</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="123"/>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="124"/>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="125"/>
        <source>domein</source>
        <translation>domain</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="126"/>
        <source>school (onderwijsorganisatie)</source>
        <translation>school (educational organisation)</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="127"/>
        <source>docent (onderwijs)</source>
        <translation>teacher (education)</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="128"/>
        <source>student (in het onderwijs)</source>
        <translation>student (in education)</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="129"/>
        <source>optimalisatie</source>
        <translation>optimisation</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="130"/>
        <source>digitale transformatie</source>
        <translation>digital transformation</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="131"/>
        <source>programma</source>
        <translation>programme</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="132"/>
        <source>basisvoorwaarde</source>
        <translation>basic condition</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="133"/>
        <source>landelijk collectief</source>
        <translation>national collective</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="134"/>
        <source>mbo-scholen individueel</source>
        <translation>individual MBO schools</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="135"/>
        <source>succesfactor</source>
        <translation>success factor</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="136"/>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/scene/style.py" line="137"/>
        <source>thema</source>
        <translation>theme</translation>
    </message>
</context>
<context>
    <name>PlateCard</name>
    <message>
        <location filename="../../app/ui/explore/start_view.py" line="46"/>
        <source>Open overzichtsplaat %1 (Ctrl+%1)</source>
        <translation>Open overview plate %1 (Ctrl+%1)</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../app/model/problems.py" line="191"/>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="192"/>
        <source>de schijf is vol (quotum bereikt)</source>
        <translation>the disk is full (quota reached)</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="193"/>
        <source>de map is alleen-lezen</source>
        <translation>the folder is read-only</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="194"/>
        <source>geen toestemming om in deze map te schrijven</source>
        <translation>no permission to write in this folder</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="195"/>
        <location filename="../../app/model/problems.py" line="230"/>
        <source>het bestand is te groot</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="196"/>
        <source>de map bestaat niet (meer)</source>
        <translation>the folder does not exist (any more)</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="197"/>
        <source>dit is een map, geen bestand</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="198"/>
        <source>een deel van het pad is geen map</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="199"/>
        <source>er staat al een bestand met deze naam</source>
        <translation>there already is a file with this name</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="200"/>
        <source>een snelkoppeling wordt niet gevolgd</source>
        <translation>a shortcut (symbolic link) is not followed</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="201"/>
        <source>de bestandsnaam is te lang</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="202"/>
        <source>ongeldige bestandsnaam</source>
        <translation>invalid file name</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="203"/>
        <source>de schijf gaf een lees- of schrijffout</source>
        <translation>the disk reported a read or write error</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="204"/>
        <source>te veel geopende bestanden</source>
        <translation>too many open files</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="205"/>
        <source>het apparaat bestaat niet</source>
        <translation>the device does not exist</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="206"/>
        <source>het bestand is in gebruik door een ander programma</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="209"/>
        <source>het bestand is nu niet beschikbaar</source>
        <translation>the file is not available right now</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="210"/>
        <source>te weinig geheugen</source>
        <translation>not enough memory</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="211"/>
        <source>de netwerkschijf is niet meer bereikbaar</source>
        <translation>the network drive can no longer be reached</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="212"/>
        <source>systeemfout {name}</source>
        <translation>system error {name}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="213"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="214"/>
        <source>een snelkoppeling naar buiten de map wordt niet gevolgd</source>
        <translation>a shortcut (symbolic link) out of the folder is not followed</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="217"/>
        <source>dit is geen gewoon bestand (maar een apparaat, pijp of socket)</source>
        <translation>this is not an ordinary file (but a device, pipe or socket)</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="220"/>
        <source>het bestand is groter dan {megabytes} MB</source>
        <translation>the file is larger than {megabytes} MB</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="221"/>
        <source>het bestand kan niet worden gelezen</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="222"/>
        <source>het bestand kan niet worden gelezen: {reason}</source>
        <translation>the file cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="225"/>
        <source>het bestand is {size} bytes; de grens is {limit}</source>
        <translation>the file is {size} bytes; the limit is {limit}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="228"/>
        <source>kan niet worden geopend ({reason})</source>
        <translation>cannot be opened ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="229"/>
        <source>is geen gewoon bestand</source>
        <translation>is not an ordinary file</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="231"/>
        <source>kan niet worden gelezen ({reason})</source>
        <translation>cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="232"/>
        <source>kan niet worden gelezen: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="233"/>
        <source>het bestand is geen UTF-8-tekst</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="234"/>
        <source>het bestand is leeg</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="235"/>
        <source>het bestand is te diep genest</source>
        <translation>the file is nested too deeply</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="236"/>
        <source>het bestand is weg; de laatste versie blijft staan</source>
        <translation>the file is gone; the last version stays on screen</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="239"/>
        <source>de plaat-id is veranderd van &apos;{old}&apos; in &apos;{new}&apos;; open het bestand opnieuw om het als nieuwe plaat te tonen</source>
        <translation>the plate id changed from &apos;{old}&apos; to &apos;{new}&apos;; open the file again to show it as a new plate</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="244"/>
        <source>de plaat-id &apos;{id}&apos; is al in gebruik door {owner}; geef deze plaat een eigen id</source>
        <translation>the plate id &apos;{id}&apos; is already used by {owner}; give this plate an id of its own</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="247"/>
        <source>de map kan niet worden gemaakt: {reason}</source>
        <translation>the folder cannot be created: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="248"/>
        <source>het bestand is UTF-16; sla het op als UTF-8</source>
        <translation>the file is UTF-16; save it as UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="249"/>
        <source>het bestand bevat een NUL-byte</source>
        <translation>the file contains a NUL byte</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="250"/>
        <source>geen geldige UTF-8 (byte 0x{byte}); sla het bestand op als UTF-8</source>
        <translation>not valid UTF-8 (byte 0x{byte}); save the file as UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="253"/>
        <source>YAML-syntaxfout: {detail}</source>
        <translation>YAML syntax error: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="254"/>
        <source>YAML-fout: {detail}</source>
        <translation>YAML error: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="255"/>
        <source>het bestand heeft te veel waarden</source>
        <translation>the file has too many values</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="256"/>
        <source>dieper genest dan {most} niveaus</source>
        <translation>nested deeper than {most} levels</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="257"/>
        <source>aliassen (*naam) kunnen niet in plaatbestanden; schrijf de waarde uit</source>
        <translation>aliases (*name) cannot be used in plate files; write the value out</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="260"/>
        <source>een ja/nee-waarde</source>
        <translation>a yes/no value</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="261"/>
        <source>een geheel getal</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="262"/>
        <location filename="../../app/model/problems.py" line="445"/>
        <source>een getal</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="263"/>
        <source>niets (null)</source>
        <translation>nothing (null)</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="264"/>
        <source>een datum</source>
        <translation>a date</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="265"/>
        <source>een mapping (sleutel: waarde)</source>
        <translation>a mapping (key: value)</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="266"/>
        <location filename="../../app/model/problems.py" line="443"/>
        <source>een lijst</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="267"/>
        <source>een waarde met tag {tag}</source>
        <translation>a value tagged {tag}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="268"/>
        <source>{what}: onbekende tag &apos;{tag}&apos;</source>
        <translation>{what}: unknown tag &apos;{tag}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="269"/>
        <source>{what} moet een mapping zijn (sleutel: waarde), gevonden: {found}</source>
        <translation>{what} must be a mapping (key: value), found: {found}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="272"/>
        <source>{what}: sleutels moeten gewone woorden zijn</source>
        <translation>{what}: keys must be plain words</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="273"/>
        <source>{what}: sleutel &apos;{key}&apos; staat er twee keer</source>
        <translation>{what}: key &apos;{key}&apos; appears twice</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="274"/>
        <source>{what}: onbekende sleutel &apos;{key}&apos; (bekend: {known})</source>
        <translation>{what}: unknown key &apos;{key}&apos; (known: {known})</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="277"/>
        <source>{what}: sleutel &apos;{key}&apos; ontbreekt</source>
        <translation>{what}: key &apos;{key}&apos; is missing</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="278"/>
        <source>{what} moet een lijst zijn, gevonden: {found}</source>
        <translation>{what} must be a list, found: {found}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="281"/>
        <source>{what} moet tekst zijn, gevonden: {found} &apos;{value}&apos;; zet het tussen aanhalingstekens</source>
        <translation>{what} must be text, found: {found} &apos;{value}&apos;; put it in quotes</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="285"/>
        <source>{what} moet tekst zijn, gevonden: {found}</source>
        <translation>{what} must be text, found: {found}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="286"/>
        <source>{what} is langer dan {limit} tekens</source>
        <translation>{what} is longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="287"/>
        <source>{what} is leeg</source>
        <translation>{what} is empty</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="288"/>
        <source>{what} &apos;{value}&apos;: alleen kleine letters, cijfers, &apos;-&apos; en &apos;_&apos; (hoogstens 64)</source>
        <translation>{what} &apos;{value}&apos;: only lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64)</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="291"/>
        <source>{what} moet een geheel getal zijn, gevonden: {found}</source>
        <translation>{what} must be a whole number, found: {found}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="294"/>
        <source>{what} &apos;{value}&apos; is geen geheel getal</source>
        <translation>{what} &apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="295"/>
        <source>{what} moet tussen {minimum} en 1000000 liggen</source>
        <translation>{what} must be between {minimum} and 1000000</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="298"/>
        <source>{what} moet een getal zijn, gevonden: {found}</source>
        <translation>{what} must be a number, found: {found}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="301"/>
        <source>{what} &apos;{value}&apos; is geen getal</source>
        <translation>{what} &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="302"/>
        <source>{what} is te groot of te klein</source>
        <translation>{what} is too large or too small</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="303"/>
        <source>{what} moet true of false zijn, gevonden: {found}</source>
        <translation>{what} must be true or false, found: {found}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="306"/>
        <source>{what} &apos;{value}&apos; is niet een van: {options}</source>
        <translation>{what} &apos;{value}&apos; is not one of: {options}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="307"/>
        <source>{what}: meer dan {most}</source>
        <translation>{what}: more than {most}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="308"/>
        <source>plaat</source>
        <translation>plate</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="309"/>
        <source>onderdeel</source>
        <translation>element</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="310"/>
        <source>onderdeel &apos;{id}&apos;</source>
        <translation>element &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="311"/>
        <source>onderdeel-id</source>
        <translation>element id</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="312"/>
        <source>verband</source>
        <translation>relation</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="313"/>
        <source>verband &apos;{id}&apos;</source>
        <translation>relation &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="314"/>
        <source>verband-id</source>
        <translation>relation id</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="315"/>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="316"/>
        <source>veld</source>
        <translation>field</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="317"/>
        <source>stap van de rondleiding</source>
        <translation>tour step</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="318"/>
        <source>{what}: {key}</source>
        <translation>{what}: {key}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="319"/>
        <source>{what} item</source>
        <translation>item of {what}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="320"/>
        <source>formaatversie {version} wordt niet ondersteund; deze app leest versie {supported}</source>
        <translation>format version {version} is not supported; this app reads version {supported}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="324"/>
        <source>onderdelen liggen in een kring in elkaar: {cycle}</source>
        <translation>elements lie inside each other in a circle: {cycle}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="327"/>
        <source>{relations} verbanden bij {elements} onderdelen; hoogstens {most} per onderdeel</source>
        <translation>{relations} relations for {elements} elements; at most {most} per element</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="330"/>
        <source>onderdeel &apos;{id}&apos; ligt meer dan {most} niveaus diep in andere onderdelen</source>
        <translation>element &apos;{id}&apos; lies more than {most} levels deep inside other elements</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="333"/>
        <source>breedte en hoogte moeten tussen {low} en {high} liggen</source>
        <translation>width and height must be between {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="336"/>
        <source>de lange kant mag hoogstens {ratio} keer de korte kant zijn</source>
        <translation>the long side may be at most {ratio} times the short side</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="339"/>
        <source>de onderdelen hebben samen {width} × {height} nodig; {problem} (zet size en rect)</source>
        <translation>the elements together need {width} × {height}; {problem} (set size and rect)</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="343"/>
        <source>size {width} × {height}: {problem}</source>
        <translation>size {width} × {height}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="344"/>
        <source>size moet [breedte, hoogte] zijn</source>
        <translation>size must be [width, height]</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="345"/>
        <source>size moet groter dan 0 zijn</source>
        <translation>size must be greater than 0</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="346"/>
        <source>{what} moet [x, y, breedte, hoogte] zijn</source>
        <translation>{what} must be [x, y, width, height]</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="347"/>
        <source>{what}: breedte en hoogte moeten groter dan 0 zijn</source>
        <translation>{what}: width and height must be greater than 0</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="350"/>
        <source>{what} [{rect}] ligt buiten de plaat</source>
        <translation>{what} [{rect}] lies outside the plate</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="351"/>
        <source>meer dan {most} onderdelen</source>
        <translation>more than {most} elements</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="352"/>
        <source>onderdeel-id &apos;{id}&apos; komt twee keer voor (eerst op regel {line})</source>
        <translation>element id &apos;{id}&apos; appears twice (first on line {line})</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="355"/>
        <source>onderdeel &apos;{id}&apos; ligt in onbekend onderdeel &apos;{container}&apos;</source>
        <translation>element &apos;{id}&apos; lies inside unknown element &apos;{container}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="358"/>
        <source>onderdeel &apos;{id}&apos; ligt in &apos;{container}&apos;, maar dat is een {kind}, geen region of ring</source>
        <translation>element &apos;{id}&apos; lies inside &apos;{container}&apos;, but that is a {kind}, not a region or ring</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="362"/>
        <source>meer dan {most} verbanden</source>
        <translation>more than {most} relations</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="363"/>
        <source>verband-id &apos;{id}&apos; komt twee keer voor</source>
        <translation>relation id &apos;{id}&apos; appears twice</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="364"/>
        <source>{what} begint bij onbekend onderdeel &apos;{id}&apos;</source>
        <translation>{what} starts at unknown element &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="367"/>
        <source>{what}: to &apos;{target}&apos; moet &apos;onderdeel&apos; of &apos;plaat-id:onderdeel&apos; zijn</source>
        <translation>{what}: to &apos;{target}&apos; must be &apos;element&apos; or &apos;plate-id:element&apos;</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="370"/>
        <source>{what} wijst naar onbekend onderdeel &apos;{id}&apos;</source>
        <translation>{what} points to unknown element &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="373"/>
        <source>{what} wijst naar zichzelf</source>
        <translation>{what} points to itself</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="374"/>
        <source>meer dan {most} vragen</source>
        <translation>more than {most} questions</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="375"/>
        <source>het werkblad heeft geen vragen</source>
        <translation>the worksheet has no questions</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="376"/>
        <source>twee vragen van het werkblad hebben dezelfde id</source>
        <translation>two questions of the worksheet have the same id</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="379"/>
        <source>meer dan {most} velden</source>
        <translation>more than {most} fields</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="380"/>
        <source>{what} &apos;{value}&apos; is geen onderdeel van deze plaat</source>
        <translation>{what} &apos;{value}&apos; is not an element of this plate</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="383"/>
        <source>meer dan {most} stappen in de rondleiding</source>
        <translation>more than {most} steps in the tour</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="384"/>
        <source>stap van de rondleiding toont onbekend onderdeel &apos;{id}&apos;</source>
        <translation>tour step shows unknown element &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="387"/>
        <source>de plaat is onvolledig</source>
        <translation>the plate is incomplete</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="388"/>
        <source>plaat-id &apos;{id}&apos; wordt ook gebruikt door {other}</source>
        <translation>plate id &apos;{id}&apos; is also used by {other}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="391"/>
        <source>verband &apos;{id}&apos; wijst naar &apos;{target}&apos;, maar geen geladen plaat heeft dat</source>
        <translation>relation &apos;{id}&apos; points to &apos;{target}&apos;, but no loaded plate has it</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="394"/>
        <source>het bestand heeft geen onderdelen om te plaatsen</source>
        <translation>the file has no elements to place</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="397"/>
        <source>de posities konden niet worden geschreven voor: {ids}</source>
        <translation>the positions could not be written for: {ids}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="400"/>
        <source>de afbeelding zou {width} × {height} pixels worden, te groot om te maken; kies een kleinere breedte of exporteer als SVG of PDF</source>
        <translation>the picture would be {width} × {height} pixels, too large to make; choose a smaller width or export as SVG or PDF</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="405"/>
        <source>de afbeelding kon niet worden gemaakt (te groot?)</source>
        <translation>the picture could not be made (too large?)</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="408"/>
        <source>kon niet worden geschreven (map bestaat niet of is alleen-lezen?)</source>
        <translation>could not be written (the folder does not exist or is read-only?)</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="411"/>
        <source>kon niet worden geschreven ({reason})</source>
        <translation>could not be written ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="412"/>
        <source>de SVG kon niet worden gemaakt</source>
        <translation>the SVG could not be made</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="413"/>
        <source>onbekend formaat: {format}</source>
        <translation>unknown format: {format}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="414"/>
        <source>onbekend formaat voor een rondleiding: {format}</source>
        <translation>unknown format for a tour: {format}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="417"/>
        <source>het script of de stijl sluit zichzelf af</source>
        <translation>the script or the style closes itself</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="420"/>
        <source>viewBox is geen getal</source>
        <translation>viewBox is not a number</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="421"/>
        <source>geen geldige SVG: {detail}</source>
        <translation>not valid SVG: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="422"/>
        <source>geen SVG</source>
        <translation>not SVG</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="423"/>
        <source>te kort voor een lettertype</source>
        <translation>too short for a font</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="424"/>
        <source>geen OpenType- of TrueType-lettertype</source>
        <translation>not an OpenType or TrueType font</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="425"/>
        <source>tabel valt buiten het bestand</source>
        <translation>a table lies outside the file</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="426"/>
        <source>het bestand is te groot voor een werksessie</source>
        <translation>the file is too large for a work session</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="429"/>
        <source>het bestand bevat een getal dat te groot is</source>
        <translation>the file contains a number that is too large</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="432"/>
        <source>het bestand is beschadigd of onvolledig (regel {line})</source>
        <translation>the file is damaged or incomplete (line {line})</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="435"/>
        <source>dit is geen werksessie van Overzichtsplaten</source>
        <translation>this is not a work session of Overzichtsplaten</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="436"/>
        <source>gemaakt met een nieuwere versie van het programma (formaat {version}); werk het programma bij</source>
        <translation>made with a newer version of the program (format {version}); update the program</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="441"/>
        <source>{where} hoort {kind} te zijn</source>
        <translation>{where} should be {kind}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="442"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="444"/>
        <source>een tabel</source>
        <translation>a table</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="446"/>
        <source>het bestand</source>
        <translation>the file</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="447"/>
        <source>plaat {id}</source>
        <translation>plate {id}</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="448"/>
        <source>punt</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="449"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="450"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="451"/>
        <source>collega</source>
        <translation>colleague</translation>
    </message>
    <message>
        <location filename="../../app/model/problems.py" line="452"/>
        <source>deelnemer</source>
        <translation>participant</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../app/model/answers_view.py" line="90"/>
        <source>Datum: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <location filename="../../app/model/answers_view.py" line="91"/>
        <source>Deelnemers: {names}</source>
        <translation>Participants: {names}</translation>
    </message>
    <message>
        <location filename="../../app/model/answers_view.py" line="92"/>
        <source>Overzichtsplaat {number}: {title}</source>
        <translation>Overview plate {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../app/model/answers_view.py" line="93"/>
        <source>(nog leeg)</source>
        <translation>(still empty)</translation>
    </message>
    <message>
        <location filename="../../app/model/answers_view.py" line="94"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <location filename="../../app/ui/worksheet/session_dialogs.py" line="47"/>
        <source>bijv. de school of het team</source>
        <translation>e.g. the school or the team</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_dialogs.py" line="55"/>
        <source>namen, gescheiden door komma&apos;s (mag leeg)</source>
        <translation>names, separated by commas (may be empty)</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_dialogs.py" line="58"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_dialogs.py" line="59"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/worksheet/session_dialogs.py" line="60"/>
        <source>Deelnemers:</source>
        <translation>Participants:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="22"/>
        <source>Klikken</source>
        <translation>Click</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="23"/>
        <source>Onderdeel kiezen en de toelichting lezen</source>
        <translation>Choose an element and read the guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="26"/>
        <source>Dubbelklikken / Enter</source>
        <translation>Double-click / Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="27"/>
        <source>Inzoomen op het onderdeel</source>
        <translation>Zoom in on the element</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="29"/>
        <source>Keuze opheffen</source>
        <translation>Clear the choice</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="31"/>
        <source>Muiswiel / knijpen</source>
        <translation>Mouse wheel / pinch</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="32"/>
        <source>Zoomen rond de muis</source>
        <translation>Zoom around the mouse</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="35"/>
        <source>Pijltjes (met een onderdeel gekozen), Tab</source>
        <translation>Arrows (with an element chosen), Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36"/>
        <source>Naar het volgende of vorige onderdeel</source>
        <translation>To the next or previous element</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="39"/>
        <source>Slepen / Shift+pijltjes</source>
        <translation>Drag / Shift+arrows</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="40"/>
        <source>De plaat verschuiven</source>
        <translation>Move the plate</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="42"/>
        <source>Toetsenbord tussen plaat en zijpaneel</source>
        <translation>Keyboard between plate and side panel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="44"/>
        <source>Muisknop terug / vooruit</source>
        <translation>Mouse back / forward button</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="45"/>
        <source>Terug en vooruit</source>
        <translation>Back and forward</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="53"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="66"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="69"/>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="69"/>
        <source>Wat het doet</source>
        <translation>What it does</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../app/ui/explore/start_view.py" line="104"/>
        <source>Handreiking bij de Overzichtsplaten</source>
        <translation>Guide to the Overview Plates</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/start_view.py" line="111"/>
        <source>Kies een plaat om te verkennen, of lees eerst het voorwoord.</source>
        <translation>Choose a plate to explore, or read the preface first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/start_view.py" line="215"/>
        <source>Eigen platen</source>
        <translation>Own plates</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/start_view.py" line="223"/>
        <source>Plaat openen…</source>
        <translation>Open plate…</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/start_view.py" line="224"/>
        <source>Een plaatbestand (.yaml) openen (Ctrl+Alt+O)</source>
        <translation>Open a plate file (.yaml) (Ctrl+Alt+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/start_view.py" line="226"/>
        <source>Map met eigen platen</source>
        <translation>Own plates folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/start_view.py" line="250"/>
        <source>Een plaat wordt bijgewerkt zodra je het bestand opslaat.</source>
        <translation>A plate is updated as soon as you save its file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/start_view.py" line="255"/>
        <source>Maak een plaat van je eigen school in dezelfde vorm: zet een plaatbestand (.yaml) in de map met eigen platen, of open er een. Help &gt; Eigen platen maken legt uit hoe.</source>
        <translation>Make a plate of your own school in the same form: put a plate file (.yaml) in the own plates folder, or open one. Help &gt; Making your own plates explains how.</translation>
    </message>
    <message>
        <location filename="../../app/ui/explore/start_view.py" line="264"/>
        <source>Eigen plaat openen</source>
        <translation>Open own plate</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../app/model/worksheet.py" line="193"/>
        <source>werksessie wijzigen</source>
        <translation>edit work session</translation>
    </message>
    <message>
        <location filename="../../app/model/worksheet.py" line="203"/>
        <source>antwoord typen</source>
        <translation>type answer</translation>
    </message>
    <message>
        <location filename="../../app/model/worksheet.py" line="218"/>
        <source>notities typen</source>
        <translation>type notes</translation>
    </message>
    <message>
        <location filename="../../app/model/worksheet.py" line="257"/>
        <source>punt toevoegen</source>
        <translation>add item</translation>
    </message>
    <message>
        <location filename="../../app/model/worksheet.py" line="270"/>
        <source>punt wijzigen</source>
        <translation>edit item</translation>
    </message>
    <message>
        <location filename="../../app/model/worksheet.py" line="279"/>
        <source>punt verwijderen</source>
        <translation>delete item</translation>
    </message>
    <message>
        <location filename="../../app/model/worksheet.py" line="296"/>
        <source>punt verplaatsen</source>
        <translation>move item</translation>
    </message>
    <message>
        <location filename="../../app/model/worksheet.py" line="328"/>
        <source>collega toevoegen</source>
        <translation>add colleague</translation>
    </message>
    <message>
        <location filename="../../app/model/worksheet.py" line="339"/>
        <source>collega wijzigen</source>
        <translation>edit colleague</translation>
    </message>
    <message>
        <location filename="../../app/model/worksheet.py" line="345"/>
        <source>collega verwijderen</source>
        <translation>delete colleague</translation>
    </message>
</context>
</TS>
