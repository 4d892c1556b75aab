<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Access</source>
        <translation>Əlçatanlıq</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksək kontrast</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Az hərəkət</translation>
    </message>
    <message>
        <source>Low reach: everything within reach of a seated visitor</source>
        <translation>Aşağı əlçatanlıq: hər şey oturan ziyarətçinin əli çatan yerdə</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Səsli oxu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>ArtworkScreen</name>
    <message>
        <source>Previous</source>
        <translation>Əvvəlki</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Növbəti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Name withheld</source>
        <translation>Ad gizli saxlanılır</translation>
    </message>
</context>
<context>
    <name>ArtworksScreen</name>
    <message>
        <source>Name withheld</source>
        <translation>Ad gizli saxlanılır</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Başlamaq üçün toxunun</translation>
    </message>
</context>
<context>
    <name>ChronologyScreen</name>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
</context>
<context>
    <name>FactGroup</name>
    <message>
        <source>Source: %1</source>
        <translation>Mənbə: %1</translation>
    </message>
    <message>
        <source>Source not recorded</source>
        <translation>Mənbə qeyd olunmayıb</translation>
    </message>
    <message>
        <source>The sources give different figures; both are shown.</source>
        <translation>Mənbələr fərqli rəqəmlər verir; hər ikisi göstərilir.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Hələ buradasınız?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibition will start again in %n second(s).</source>
        <translation>
            <numerusform>Sərgi %n saniyədən sonra yenidən başlayacaq.</numerusform>
            <numerusform>Sərgi %n saniyədən sonra yenidən başlayacaq.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Davam et</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Preview of the draft — not published</source>
        <translation>Qaralamanın önizləməsi — dərc edilməyib</translation>
    </message>
</context>
<context>
    <name>MediaScreen</name>
    <message>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Hekayə:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Dövr:</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous</source>
        <translation>Əvvəlki</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Növbəti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>About this: %1</source>
        <translation>Bu haqda: %1</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>Picture not available</source>
        <translation>Şəkil mövcud deyil</translation>
    </message>
</context>
<context>
    <name>PieceRow</name>
    <message>
        <source>No recording in the exhibition</source>
        <translation>Sərgidə yazısı yoxdur</translation>
    </message>
</context>
<context>
    <name>PieceScreen</name>
    <message>
        <source>Piece %1 of %2</source>
        <translation>Əsər: %1 / %2</translation>
    </message>
    <message>
        <source>Performers</source>
        <translation>İfaçılar</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Alətlər</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <source>No recording of this piece in the exhibition.</source>
        <translation>Sərgidə bu əsərin yazısı yoxdur.</translation>
    </message>
    <message>
        <source>Previous piece: %1</source>
        <translation>Əvvəlki əsər: %1</translation>
    </message>
    <message>
        <source>Next piece: %1</source>
        <translation>Növbəti əsər: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only</source>
        <translation>Yalnız əməkdaşlar üçün</translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with: %1</source>
        <translation>Əməkdaş PIN-i təyin edilməyib. Təyin etmək üçün: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Çox sayda yanlış PIN. %n dəqiqədən sonra yenidən cəhd edin.</numerusform>
            <numerusform>Çox sayda yanlış PIN. %n dəqiqədən sonra yenidən cəhd edin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Çox sayda yanlış PIN. %n saniyədən sonra yenidən cəhd edin.</numerusform>
            <numerusform>Çox sayda yanlış PIN. %n saniyədən sonra yenidən cəhd edin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(s) left.</source>
        <translation>
            <numerusform>Yanlış PIN. %n cəhd qaldı.</numerusform>
            <numerusform>Yanlış PIN. %n cəhd qaldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Əməkdaş PIN-ini daxil edin.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Təsdiq</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
</context>
<context>
    <name>PlayButton</name>
    <message>
        <source>Cannot play</source>
        <translation>Səsləndirilə bilmir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Dinlə</translation>
    </message>
</context>
<context>
    <name>PreviewMark</name>
    <message>
        <source>Preview</source>
        <translation>Önizləmə</translation>
    </message>
</context>
<context>
    <name>SampleBadge</name>
    <message>
        <source>Sample</source>
        <translation>Nümunə</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>Foto və video</translation>
    </message>
    <message>
        <source>Artworks</source>
        <translation>Əsərlər</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>“%1” üzrə heç nə tapılmadı.</translation>
    </message>
    <message>
        <source>Type a place, a year or a name.</source>
        <translation>Yer, il və ya ad yazın.</translation>
    </message>
    <message>
        <source>A place, a year, a name…</source>
        <translation>Yer, il, ad…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try one of these:</source>
        <translation>“%1” üzrə heç nə tapılmadı. Bunlardan birini yoxlayın:</translation>
    </message>
    <message>
        <source>Type a place, a year or a name, or try one of these:</source>
        <translation>Yer, il və ya ad yazın, ya da bunlardan birini seçin:</translation>
    </message>
</context>
<context>
    <name>SleepCurtain</name>
    <message>
        <source>Closed. Touch to wake the screen</source>
        <translation>Bağlıdır. Ekranı oyatmaq üçün toxunun</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
</context>
<context>
    <name>StaffContent</name>
    <message>
        <source>Exhibitions kept</source>
        <translation>Saxlanılan sərgilər</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>İndi göstərilir</translation>
    </message>
    <message>
        <source>Show this one</source>
        <translation>Bunu göstər</translation>
    </message>
    <message>
        <source>Bundles found in the inbox and on USB sticks</source>
        <translation>Gələnlər qovluğunda və USB yaddaşlarda tapılan paketlər</translation>
    </message>
    <message>
        <source>None found. Put a bundle folder on a USB stick, plug it in, and open this page again.</source>
        <translation>Heç nə tapılmadı. Paket qovluğunu USB yaddaşa yazın, taxın və bu səhifəni yenidən açın.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Quraşdır</translation>
    </message>
</context>
<context>
    <name>StaffKiosk</name>
    <message>
        <source>Restart the kiosk</source>
        <translation>Kiosku yenidən başlat</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Kiosku bağla</translation>
    </message>
    <message>
        <source>Shut down the PC</source>
        <translation>Kompüteri söndür</translation>
    </message>
    <message>
        <source>Shutting down the PC is not offered: settings.toml names no shutdown_command.</source>
        <translation>Kompüteri söndürmək mümkün deyil: settings.toml-da shutdown_command göstərilməyib.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Yeni əməkdaş PIN-i</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Eyni PIN-i yenidən:</translation>
    </message>
    <message>
        <source>4 to 12 digits:</source>
        <translation>4-dən 12-yə qədər rəqəm:</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Növbəti</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>Yeni PIN-i saxla</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
</context>
<context>
    <name>StaffOverlay</name>
    <message>
        <source>Today</source>
        <translation>Bu gün</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Məzmun</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Back to the exhibition</source>
        <translation>Sərgiyə qayıt</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>Bu günkü ziyarətlər</translation>
    </message>
    <message>
        <source>Visits, last 7 days</source>
        <translation>Ziyarətlər, son 7 gün</translation>
    </message>
    <message>
        <source>Median visit today</source>
        <translation>Bu gün ziyarətin medianı</translation>
    </message>
    <message>
        <source>Median visit, 7 days</source>
        <translation>Ziyarətin medianı, 7 gün</translation>
    </message>
    <message>
        <source>Most opened, last 7 days</source>
        <translation>Ən çox açılanlar, son 7 gün</translation>
    </message>
    <message>
        <source>Languages, last 7 days</source>
        <translation>Dillər, son 7 gün</translation>
    </message>
    <message>
        <source>Visits by hour, last 7 days</source>
        <translation>Saatlar üzrə ziyarətlər, son 7 gün</translation>
    </message>
    <message>
        <source>Exhibition shown</source>
        <translation>Göstərilən sərgi</translation>
    </message>
    <message>
        <source>Kiosk version</source>
        <translation>Kiosk versiyası</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>İşləmə müddəti</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>İşə salınma</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Yaddaş</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Səs</translation>
    </message>
    <message>
        <source>Errors, last day</source>
        <translation>Xətalar, son gün</translation>
    </message>
</context>
<context>
    <name>StaffResult</name>
    <message>
        <source>Installing… %1%</source>
        <translation>Quraşdırılır… %1%</translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message>
        <source>unknown (not installed as a package)</source>
        <translation>naməlum (paket kimi quraşdırılmayıb)</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>heç biri dərc edilməyib</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>sərgi %1</translation>
    </message>
    <message>
        <source>snapshot %1, published %2</source>
        <translation>sərgi %1, dərc edilib: %2</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 gün %2 saat %3 dəq</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 saat %2 dəq</translation>
    </message>
    <message>
        <source>started %1 (this run)</source>
        <translation>başladı: %1 (indiki iş)</translation>
    </message>
    <message>
        <source>started %1, ended %2: %3</source>
        <translation>başladı: %1, bitdi: %2: %3</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation>%1 GB boş</translation>
    </message>
    <message>
        <source>no sound card: films and music are silent</source>
        <translation>səs kartı yoxdur: filmlər və musiqi səssizdir</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <source>%1, most often: %2</source>
        <translation>%1, ən çox: %2</translation>
    </message>
    <message>
        <source>Shutting down.</source>
        <translation>Kompüter söndürülür.</translation>
    </message>
    <message>
        <source>The PC could not be shut down.</source>
        <translation>Kompüteri söndürmək mümkün olmadı.</translation>
    </message>
    <message>
        <source>Not changed: the PIN must be 4 to 12 digits.</source>
        <translation>Dəyişmədi: PIN 4–12 rəqəmdən ibarət olmalıdır.</translation>
    </message>
    <message>
        <source>Not changed: the two PINs differ.</source>
        <translation>Dəyişmədi: iki PIN fərqlidir.</translation>
    </message>
    <message>
        <source>The new PIN is set.</source>
        <translation>Yeni PIN təyin edildi.</translation>
    </message>
    <message>
        <source>Snapshot %1 is shown from the next visit on.</source>
        <translation>Sərgi %1 növbəti ziyarətdən göstəriləcək.</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Geri qaytarılmadı: %1</translation>
    </message>
    <message>
        <source>Installed snapshot %1 from %2.</source>
        <translation>Sərgi %1 quraşdırıldı: %2.</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Quraşdırılmadı: %1</translation>
    </message>
</context>
<context>
    <name>TextSizeSwitch</name>
    <message>
        <source>Text size</source>
        <translation>Mətn ölçüsü</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the letter on the text size buttons</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Small text</source>
        <translation>Kiçik mətn</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Adi mətn</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Böyük mətn</translation>
    </message>
</context>
<context>
    <name>TimelineAcross</name>
    <message>
        <source>Undated</source>
        <translation>Tarixsiz</translation>
    </message>
</context>
<context>
    <name>TimelineDown</name>
    <message>
        <source>Undated</source>
        <translation>Tarixsiz</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Ana səhifə</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Əlçatanlıq</translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation>Oxumağa fasilə</translation>
    </message>
    <message>
        <source>Go on reading</source>
        <translation>Oxumağa davam et</translation>
    </message>
    <message>
        <source>Read aloud is not available</source>
        <translation>Səsli oxu mümkün deyil</translation>
    </message>
    <message>
        <source>Read this screen</source>
        <translation>Bu ekranı oxu</translation>
    </message>
</context>
<context>
    <name>VideoControls</name>
    <message>
        <source>Pause</source>
        <translation>Fasilə</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <source>Position in the film</source>
        <translation>Filmdə yer</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Play again</source>
        <translation>Yenidən oynat</translation>
    </message>
    <message>
        <source>This video cannot be played.</source>
        <translation>Bu video oynadıla bilmir.</translation>
    </message>
</context>
</TS>
