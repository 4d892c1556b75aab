<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Access</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Меньше движения</translation>
    </message>
    <message>
        <source>Low reach: everything within reach of a seated visitor</source>
        <translation>Низко: всё в пределах досягаемости сидящего посетителя</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ArtworkScreen</name>
    <message>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Name withheld</source>
        <translation>Имя не указывается</translation>
    </message>
</context>
<context>
    <name>ArtworksScreen</name>
    <message>
        <source>Name withheld</source>
        <translation>Имя не указывается</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Коснитесь, чтобы начать</translation>
    </message>
</context>
<context>
    <name>ChronologyScreen</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>FactGroup</name>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Source not recorded</source>
        <translation>Источник не указан</translation>
    </message>
    <message>
        <source>The sources give different figures; both are shown.</source>
        <translation>Источники приводят разные цифры; показаны обе.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibition will start again in %n second(s).</source>
        <translation>
            <numerusform>Выставка начнётся заново через %n секунду.</numerusform>
            <numerusform>Выставка начнётся заново через %n секунды.</numerusform>
            <numerusform>Выставка начнётся заново через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Preview of the draft — not published</source>
        <translation>Предпросмотр черновика — не опубликовано</translation>
    </message>
</context>
<context>
    <name>MediaScreen</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Сюжет:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Фильм</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>About this: %1</source>
        <translation>Об этом: %1</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>Picture not available</source>
        <translation>Изображение недоступно</translation>
    </message>
</context>
<context>
    <name>PieceRow</name>
    <message>
        <source>No recording in the exhibition</source>
        <translation>Записи в экспозиции нет</translation>
    </message>
</context>
<context>
    <name>PieceScreen</name>
    <message>
        <source>Piece %1 of %2</source>
        <translation>Произведение %1 из %2</translation>
    </message>
    <message>
        <source>Performers</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>No recording of this piece in the exhibition.</source>
        <translation>Записи этого произведения в выставке нет.</translation>
    </message>
    <message>
        <source>Previous piece: %1</source>
        <translation>Предыдущее произведение: %1</translation>
    </message>
    <message>
        <source>Next piece: %1</source>
        <translation>Следующее произведение: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only</source>
        <translation>Только для сотрудников</translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with: %1</source>
        <translation>PIN-код сотрудников не задан. Задайте его: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(s) left.</source>
        <translation>
            <numerusform>Неверный PIN-код. Осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN-код. Осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN-код. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Введите PIN сотрудников.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PlayButton</name>
    <message>
        <source>Cannot play</source>
        <translation>Не воспроизводится</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
</context>
<context>
    <name>PreviewMark</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
</context>
<context>
    <name>SampleBadge</name>
    <message>
        <source>Sample</source>
        <translation>Образец</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>Фото и видео</translation>
    </message>
    <message>
        <source>Artworks</source>
        <translation>Произведения</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>Type a place, a year or a name.</source>
        <translation>Введите место, год или имя.</translation>
    </message>
    <message>
        <source>A place, a year, a name…</source>
        <translation>Место, год, имя…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try one of these:</source>
        <translation>По запросу «%1» ничего не найдено. Попробуйте:</translation>
    </message>
    <message>
        <source>Type a place, a year or a name, or try one of these:</source>
        <translation>Введите место, год или имя или выберите одно из этих слов:</translation>
    </message>
</context>
<context>
    <name>SleepCurtain</name>
    <message>
        <source>Closed. Touch to wake the screen</source>
        <translation>Закрыто. Коснитесь, чтобы включить экран</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>StaffContent</name>
    <message>
        <source>Exhibitions kept</source>
        <translation>Сохранённые выставки</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Показывается сейчас</translation>
    </message>
    <message>
        <source>Show this one</source>
        <translation>Показать эту</translation>
    </message>
    <message>
        <source>Bundles found in the inbox and on USB sticks</source>
        <translation>Пакеты во входящей папке и на USB-накопителях</translation>
    </message>
    <message>
        <source>None found. Put a bundle folder on a USB stick, plug it in, and open this page again.</source>
        <translation>Ничего не найдено. Запишите папку пакета на USB-накопитель, вставьте его и откройте эту страницу снова.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Установить</translation>
    </message>
</context>
<context>
    <name>StaffKiosk</name>
    <message>
        <source>Restart the kiosk</source>
        <translation>Перезапустить киоск</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Закрыть киоск</translation>
    </message>
    <message>
        <source>Shut down the PC</source>
        <translation>Выключить компьютер</translation>
    </message>
    <message>
        <source>Shutting down the PC is not offered: settings.toml names no shutdown_command.</source>
        <translation>Выключение компьютера недоступно: в settings.toml не указан shutdown_command.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Новый PIN сотрудников</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Тот же PIN ещё раз:</translation>
    </message>
    <message>
        <source>4 to 12 digits:</source>
        <translation>От 4 до 12 цифр:</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>Сохранить новый PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>StaffOverlay</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <source>Back to the exhibition</source>
        <translation>Вернуться к выставке</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>Посещений сегодня</translation>
    </message>
    <message>
        <source>Visits, last 7 days</source>
        <translation>Посещений за 7 дней</translation>
    </message>
    <message>
        <source>Median visit today</source>
        <translation>Медиана посещения сегодня</translation>
    </message>
    <message>
        <source>Median visit, 7 days</source>
        <translation>Медиана посещения, 7 дней</translation>
    </message>
    <message>
        <source>Most opened, last 7 days</source>
        <translation>Чаще всего открывали, последние 7 дней</translation>
    </message>
    <message>
        <source>Languages, last 7 days</source>
        <translation>Языки, последние 7 дней</translation>
    </message>
    <message>
        <source>Visits by hour, last 7 days</source>
        <translation>Посещения по часам, последние 7 дней</translation>
    </message>
    <message>
        <source>Exhibition shown</source>
        <translation>Показываемая выставка</translation>
    </message>
    <message>
        <source>Kiosk version</source>
        <translation>Версия киоска</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Errors, last day</source>
        <translation>Ошибки за сутки</translation>
    </message>
</context>
<context>
    <name>StaffResult</name>
    <message>
        <source>Installing… %1%</source>
        <translation>Установка… %1%</translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message>
        <source>unknown (not installed as a package)</source>
        <translation>неизвестна (не установлена как пакет)</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>ничего не опубликовано</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>выставка %1</translation>
    </message>
    <message>
        <source>snapshot %1, published %2</source>
        <translation>выставка %1, опубликована %2</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 д %2 ч %3 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>started %1 (this run)</source>
        <translation>запущен %1 (текущий запуск)</translation>
    </message>
    <message>
        <source>started %1, ended %2: %3</source>
        <translation>запущен %1, завершён %2: %3</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation>свободно %1 ГБ</translation>
    </message>
    <message>
        <source>no sound card: films and music are silent</source>
        <translation>нет звуковой карты: фильмы и музыка без звука</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1, most often: %2</source>
        <translation>%1, чаще всего: %2</translation>
    </message>
    <message>
        <source>Shutting down.</source>
        <translation>Компьютер выключается.</translation>
    </message>
    <message>
        <source>The PC could not be shut down.</source>
        <translation>Не удалось выключить компьютер.</translation>
    </message>
    <message>
        <source>Not changed: the PIN must be 4 to 12 digits.</source>
        <translation>Не изменён: PIN-код должен состоять из 4–12 цифр.</translation>
    </message>
    <message>
        <source>Not changed: the two PINs differ.</source>
        <translation>Не изменён: два PIN-кода не совпадают.</translation>
    </message>
    <message>
        <source>The new PIN is set.</source>
        <translation>Новый PIN-код установлен.</translation>
    </message>
    <message>
        <source>Snapshot %1 is shown from the next visit on.</source>
        <translation>Выставка %1 показывается со следующего посещения.</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Не возвращено: %1</translation>
    </message>
    <message>
        <source>Installed snapshot %1 from %2.</source>
        <translation>Выставка %1 установлена из %2.</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Не установлено: %1</translation>
    </message>
</context>
<context>
    <name>TextSizeSwitch</name>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the letter on the text size buttons</comment>
        <translation>А</translation>
    </message>
    <message>
        <source>Small text</source>
        <translation>Мелкий текст</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Крупный текст</translation>
    </message>
</context>
<context>
    <name>TimelineAcross</name>
    <message>
        <source>Undated</source>
        <translation>Без даты</translation>
    </message>
</context>
<context>
    <name>TimelineDown</name>
    <message>
        <source>Undated</source>
        <translation>Без даты</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Go on reading</source>
        <translation>Читать дальше</translation>
    </message>
    <message>
        <source>Read aloud is not available</source>
        <translation>Чтение вслух недоступно</translation>
    </message>
    <message>
        <source>Read this screen</source>
        <translation>Прочитать экран</translation>
    </message>
</context>
<context>
    <name>VideoControls</name>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Position in the film</source>
        <translation>Позиция в фильме</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Play again</source>
        <translation>Смотреть снова</translation>
    </message>
    <message>
        <source>This video cannot be played.</source>
        <translation>Это видео не удаётся воспроизвести.</translation>
    </message>
</context>
</TS>
