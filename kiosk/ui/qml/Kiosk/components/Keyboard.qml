import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Kiosk.Backend

// Qt Virtual Keyboard inside the kiosk's own window, never the system's: the visitor's
// language first, the exhibition's others one tap of the globe key away (kiosk.ui.keyboard).
// Shown on the search screen while its field has the focus.
InputPanel {
    objectName: "keyboard"
    visible: active && Navigator.screen === Navigator.Search

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: Search.keyboardLocales
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: Search.keyboardLocales[0] ?? ""
    }
}
