import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Kiosk.Backend

// Qt Virtual Keyboard inside the kiosk's own window, never the system's: the visitor's
// language first, the exhibition's others one tap of the globe key away (kiosk.ui.keyboard).
// Shown on the search screen while its field has the focus.
InputPanel {
    id: panel
    objectName: "keyboard"
    visible: active && Navigator.screen === Navigator.Search

    // False for an instant as a visit ends: the locale set anew puts back the visitor's
    // layout, wherever the globe key took the last visitor (Qt keeps its choice otherwise).
    property bool fresh: true

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: Search.keyboardLocales
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.fresh ? (Search.keyboardLocales[0] ?? "") : ""
    }
    Connections {
        target: Visit
        function onEnded() {
            panel.fresh = false;
            panel.fresh = true;
        }
    }
}
