// Azerbaijani (Latin): ə ğ ı İ ö ş ç ü on keys of their own, where Azerbaijani keyboards have them.
// Written for the kiosk (GPL-3.0-or-later), in the form of Qt Virtual Keyboard's own layouts.

import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import QtQuick.Layouts

KeyboardLayout {
    inputMode: InputEngine.InputMode.Latin
    keyWeight: 160
    KeyboardRow {
        Key {
            text: "q"
        }
        Key {
            text: "ü"
        }
        Key {
            text: "e"
        }
        Key {
            text: "r"
        }
        Key {
            text: "t"
        }
        Key {
            text: "y"
        }
        Key {
            text: "u"
        }
        Key {
            // The capital of i is İ in Azerbaijani; Qt capitalises as English does (I).
            text: InputContext.uppercase ? "İ" : "i"
        }
        Key {
            text: "o"
        }
        Key {
            text: "p"
        }
        Key {
            text: "ö"
        }
        Key {
            text: "ğ"
        }
    }
    KeyboardRow {
        FillerKey {
            weight: 80
        }
        Key {
            text: "a"
        }
        Key {
            text: "s"
        }
        Key {
            text: "d"
        }
        Key {
            text: "f"
        }
        Key {
            text: "g"
        }
        Key {
            text: "h"
        }
        Key {
            text: "j"
        }
        Key {
            text: "k"
        }
        Key {
            text: "l"
        }
        Key {
            text: "ı"
        }
        Key {
            text: "ə"
        }
        FillerKey {
            weight: 80
        }
    }
    KeyboardRow {
        ShiftKey {
            weight: 240
        }
        Key {
            text: "z"
        }
        Key {
            text: "x"
        }
        Key {
            text: "c"
        }
        Key {
            text: "v"
        }
        Key {
            text: "b"
        }
        Key {
            text: "n"
        }
        Key {
            text: "m"
        }
        Key {
            text: "ç"
        }
        Key {
            text: "ş"
        }
        BackspaceKey {
            weight: 240
        }
    }
    KeyboardRow {
        SymbolModeKey {
            weight: 240
        }
        ChangeLanguageKey {
            weight: 160
        }
        Key {
            key: Qt.Key_Comma
            weight: 160
            text: ","
            highlighted: true
        }
        SpaceKey {
            weight: 800
        }
        Key {
            key: Qt.Key_Period
            weight: 160
            text: "."
            alternativeKeys: "!.?"
            smallText: "!?"
            smallTextVisible: true
            highlighted: true
        }
        HideKeyboardKey {
            weight: 160
        }
        EnterKey {
            weight: 240
        }
    }
}
