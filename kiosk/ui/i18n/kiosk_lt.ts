<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Access</source>
        <translation>Prieinamumas</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Didelis kontrastas</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Mažiau judesio</translation>
    </message>
    <message>
        <source>Low reach: everything within reach of a seated visitor</source>
        <translation>Žemai: viskas pasiekiama sėdinčiam lankytojui</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Skaityti balsu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
</context>
<context>
    <name>ArtworkScreen</name>
    <message>
        <source>Previous</source>
        <translation>Ankstesnis</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Kitas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Name withheld</source>
        <translation>Vardas neskelbiamas</translation>
    </message>
</context>
<context>
    <name>ArtworksScreen</name>
    <message>
        <source>Name withheld</source>
        <translation>Vardas neskelbiamas</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Palieskite ir pradėkite</translation>
    </message>
</context>
<context>
    <name>ChronologyScreen</name>
    <message>
        <source>Sources</source>
        <translation>Šaltiniai</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources</source>
        <translation>Šaltiniai</translation>
    </message>
</context>
<context>
    <name>FactGroup</name>
    <message>
        <source>Source: %1</source>
        <translation>Šaltinis: %1</translation>
    </message>
    <message>
        <source>Source not recorded</source>
        <translation>Šaltinis nenurodytas</translation>
    </message>
    <message>
        <source>The sources give different figures; both are shown.</source>
        <translation>Šaltiniai pateikia skirtingus skaičius; rodomi abu.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Ar dar čia?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibition will start again in %n second(s).</source>
        <translation>
            <numerusform>Paroda vėl prasidės po %n sekundės.</numerusform>
            <numerusform>Paroda vėl prasidės po %n sekundžių.</numerusform>
            <numerusform>Paroda vėl prasidės po %n sekundžių.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tęsti</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Preview of the draft — not published</source>
        <translation>Juodraščio peržiūra — nepaskelbta</translation>
    </message>
</context>
<context>
    <name>MediaScreen</name>
    <message>
        <source>All</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Istorija:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Laikotarpis:</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Filmas</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous</source>
        <translation>Ankstesnis</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Kitas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>About this: %1</source>
        <translation>Apie tai: %1</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>Picture not available</source>
        <translation>Vaizdas nepasiekiamas</translation>
    </message>
</context>
<context>
    <name>PieceRow</name>
    <message>
        <source>No recording in the exhibition</source>
        <translation>Parodoje įrašo nėra</translation>
    </message>
</context>
<context>
    <name>PieceScreen</name>
    <message>
        <source>Piece %1 of %2</source>
        <translation>Kūrinys %1 iš %2</translation>
    </message>
    <message>
        <source>Performers</source>
        <translation>Atlikėjai</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumentai</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trukmė</translation>
    </message>
    <message>
        <source>No recording of this piece in the exhibition.</source>
        <translation>Šio kūrinio įrašo parodoje nėra.</translation>
    </message>
    <message>
        <source>Previous piece: %1</source>
        <translation>Ankstesnis kūrinys: %1</translation>
    </message>
    <message>
        <source>Next piece: %1</source>
        <translation>Kitas kūrinys: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only</source>
        <translation>Tik darbuotojams</translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with: %1</source>
        <translation>Darbuotojų PIN kodas nenustatytas. Nustatykite jį: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Per daug neteisingų PIN kodų. Bandykite dar kartą po %n minutės.</numerusform>
            <numerusform>Per daug neteisingų PIN kodų. Bandykite dar kartą po %n minučių.</numerusform>
            <numerusform>Per daug neteisingų PIN kodų. Bandykite dar kartą po %n minučių.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Per daug neteisingų PIN kodų. Bandykite dar kartą po %n sekundės.</numerusform>
            <numerusform>Per daug neteisingų PIN kodų. Bandykite dar kartą po %n sekundžių.</numerusform>
            <numerusform>Per daug neteisingų PIN kodų. Bandykite dar kartą po %n sekundžių.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(s) left.</source>
        <translation>
            <numerusform>Neteisingas PIN kodas. Liko %n bandymas.</numerusform>
            <numerusform>Neteisingas PIN kodas. Liko %n bandymai.</numerusform>
            <numerusform>Neteisingas PIN kodas. Liko %n bandymų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Įveskite darbuotojų PIN.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Trinti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>PlayButton</name>
    <message>
        <source>Cannot play</source>
        <translation>Nepavyksta paleisti</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Sustabdyti</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Klausytis</translation>
    </message>
</context>
<context>
    <name>PreviewMark</name>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
</context>
<context>
    <name>SampleBadge</name>
    <message>
        <source>Sample</source>
        <translation>Pavyzdys</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Events</source>
        <translation>Įvykiai</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>Nuotraukos ir vaizdo įrašai</translation>
    </message>
    <message>
        <source>Artworks</source>
        <translation>Kūriniai</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Pagal „%1“ nieko nerasta.</translation>
    </message>
    <message>
        <source>Type a place, a year or a name.</source>
        <translation>Įrašykite vietą, metus ar vardą.</translation>
    </message>
    <message>
        <source>A place, a year, a name…</source>
        <translation>Vieta, metai, vardas…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Paieška</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Išvalyti</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try one of these:</source>
        <translation>Pagal „%1“ nieko nerasta. Pabandykite vieną iš šių:</translation>
    </message>
    <message>
        <source>Type a place, a year or a name, or try one of these:</source>
        <translation>Įrašykite vietą, metus ar vardą arba pasirinkite vieną iš šių:</translation>
    </message>
</context>
<context>
    <name>SleepCurtain</name>
    <message>
        <source>Closed. Touch to wake the screen</source>
        <translation>Uždaryta. Palieskite, kad ekranas pabustų</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Šaltiniai</translation>
    </message>
</context>
<context>
    <name>StaffContent</name>
    <message>
        <source>Exhibitions kept</source>
        <translation>Saugomos parodos</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Rodoma dabar</translation>
    </message>
    <message>
        <source>Show this one</source>
        <translation>Rodyti šią</translation>
    </message>
    <message>
        <source>Bundles found in the inbox and on USB sticks</source>
        <translation>Paketai, rasti gautųjų aplanke ir USB atmintinėse</translation>
    </message>
    <message>
        <source>None found. Put a bundle folder on a USB stick, plug it in, and open this page again.</source>
        <translation>Nieko nerasta. Įrašykite paketo aplanką į USB atmintinę, prijunkite ją ir vėl atverkite šį puslapį.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Įdiegti</translation>
    </message>
</context>
<context>
    <name>StaffKiosk</name>
    <message>
        <source>Restart the kiosk</source>
        <translation>Paleisti kioską iš naujo</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Uždaryti kioską</translation>
    </message>
    <message>
        <source>Shut down the PC</source>
        <translation>Išjungti kompiuterį</translation>
    </message>
    <message>
        <source>Shutting down the PC is not offered: settings.toml names no shutdown_command.</source>
        <translation>Kompiuterio išjungti negalima: settings.toml nenurodyta shutdown_command.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Naujas darbuotojų PIN</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Tą patį PIN dar kartą:</translation>
    </message>
    <message>
        <source>4 to 12 digits:</source>
        <translation>Nuo 4 iki 12 skaitmenų:</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Toliau</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>Išsaugoti naują PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Išvalyti</translation>
    </message>
</context>
<context>
    <name>StaffOverlay</name>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Būklė</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Turinys</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kioskas</translation>
    </message>
    <message>
        <source>Back to the exhibition</source>
        <translation>Grįžti į parodą</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>Apsilankymai šiandien</translation>
    </message>
    <message>
        <source>Visits, last 7 days</source>
        <translation>Apsilankymai, pastarosios 7 dienos</translation>
    </message>
    <message>
        <source>Median visit today</source>
        <translation>Apsilankymo mediana šiandien</translation>
    </message>
    <message>
        <source>Median visit, 7 days</source>
        <translation>Apsilankymo mediana, 7 dienos</translation>
    </message>
    <message>
        <source>Most opened, last 7 days</source>
        <translation>Dažniausiai atverti, pastarosios 7 dienos</translation>
    </message>
    <message>
        <source>Languages, last 7 days</source>
        <translation>Kalbos, pastarosios 7 dienos</translation>
    </message>
    <message>
        <source>Visits by hour, last 7 days</source>
        <translation>Apsilankymai pagal valandas, pastarosios 7 dienos</translation>
    </message>
    <message>
        <source>Exhibition shown</source>
        <translation>Rodoma paroda</translation>
    </message>
    <message>
        <source>Kiosk version</source>
        <translation>Kiosko versija</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Veikia</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Paleidimas</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Atmintis</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Diskas</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Garsas</translation>
    </message>
    <message>
        <source>Errors, last day</source>
        <translation>Klaidos, pastaroji para</translation>
    </message>
</context>
<context>
    <name>StaffResult</name>
    <message>
        <source>Installing… %1%</source>
        <translation>Diegiama… %1%</translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message>
        <source>unknown (not installed as a package)</source>
        <translation>nežinoma (neįdiegta kaip paketas)</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>nė vienas nepaskelbtas</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>paroda %1</translation>
    </message>
    <message>
        <source>snapshot %1, published %2</source>
        <translation>paroda %1, paskelbta %2</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d. %2 val. %3 min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 val. %2 min.</translation>
    </message>
    <message>
        <source>started %1 (this run)</source>
        <translation>pradėta %1 (šis paleidimas)</translation>
    </message>
    <message>
        <source>started %1, ended %2: %3</source>
        <translation>pradėta %1, baigta %2: %3</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation>laisva %1 GB</translation>
    </message>
    <message>
        <source>no sound card: films and music are silent</source>
        <translation>nėra garso plokštės: filmai ir muzika be garso</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>%1, most often: %2</source>
        <translation>%1, dažniausiai: %2</translation>
    </message>
    <message>
        <source>Shutting down.</source>
        <translation>Kompiuteris išjungiamas.</translation>
    </message>
    <message>
        <source>The PC could not be shut down.</source>
        <translation>Kompiuterio išjungti nepavyko.</translation>
    </message>
    <message>
        <source>Not changed: the PIN must be 4 to 12 digits.</source>
        <translation>Nepakeista: PIN kodą turi sudaryti 4–12 skaitmenų.</translation>
    </message>
    <message>
        <source>Not changed: the two PINs differ.</source>
        <translation>Nepakeista: du PIN kodai skiriasi.</translation>
    </message>
    <message>
        <source>The new PIN is set.</source>
        <translation>Naujas PIN kodas nustatytas.</translation>
    </message>
    <message>
        <source>Snapshot %1 is shown from the next visit on.</source>
        <translation>Paroda %1 rodoma nuo kito apsilankymo.</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Neatkurta: %1</translation>
    </message>
    <message>
        <source>Installed snapshot %1 from %2.</source>
        <translation>Paroda %1 įdiegta iš %2.</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Neįdiegta: %1</translation>
    </message>
</context>
<context>
    <name>TextSizeSwitch</name>
    <message>
        <source>Text size</source>
        <translation>Teksto dydis</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the letter on the text size buttons</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Small text</source>
        <translation>Mažas tekstas</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Įprastas tekstas</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Didelis tekstas</translation>
    </message>
</context>
<context>
    <name>TimelineAcross</name>
    <message>
        <source>Undated</source>
        <translation>Be datos</translation>
    </message>
</context>
<context>
    <name>TimelineDown</name>
    <message>
        <source>Undated</source>
        <translation>Be datos</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atgal</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Paieška</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Prieinamumas</translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation>Sustabdyti skaitymą</translation>
    </message>
    <message>
        <source>Go on reading</source>
        <translation>Tęsti skaitymą</translation>
    </message>
    <message>
        <source>Read aloud is not available</source>
        <translation>Skaitymas balsu neprieinamas</translation>
    </message>
    <message>
        <source>Read this screen</source>
        <translation>Skaityti šį ekraną</translation>
    </message>
</context>
<context>
    <name>VideoControls</name>
    <message>
        <source>Pause</source>
        <translation>Pristabdyti</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Paleisti</translation>
    </message>
    <message>
        <source>Position in the film</source>
        <translation>Vieta filme</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Play again</source>
        <translation>Žiūrėti dar kartą</translation>
    </message>
    <message>
        <source>This video cannot be played.</source>
        <translation>Šio vaizdo įrašo paleisti nepavyksta.</translation>
    </message>
</context>
</TS>
