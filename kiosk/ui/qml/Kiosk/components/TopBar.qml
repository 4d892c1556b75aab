import QtQuick
import Kiosk
import Kiosk.Backend

// Home, Back, Search and Access on the left, language and text size on the right: on every screen of a visit.
// Where they do not fit on one row (portrait, or the largest text) the languages take a second.
Rectangle {
    id: bar

    readonly property bool narrow: navigation.width + languages.width + sizes.width
                                   + Theme.margin + 2 * Theme.gap > width

    color: Theme.background
    implicitHeight: narrow ? 2 * Theme.barHeight - Theme.gap : Theme.barHeight

    Row {
        id: navigation
        x: Theme.margin / 2
        y: (Theme.barHeight - height) / 2
        spacing: Theme.gap / 2

        KioskButton {
            objectName: "homeButton"
            iconName: "home"
            text: qsTr("Home")
            onTapped: Navigator.home()
        }
        KioskButton {
            objectName: "backButton"
            iconName: "back"
            text: qsTr("Back")
            opacity: Navigator.depth > 1 ? 1 : 0.35
            enabled: Navigator.depth > 1
            onTapped: Navigator.back()
        }
        KioskButton {
            objectName: "searchButton"
            iconName: "search"
            text: qsTr("Search")
            checked: Navigator.screen === Navigator.Search
            onTapped: Navigator.open(Navigator.Search, "")
        }
        KioskButton {
            // The access symbol alone, as on museum signs: the bar keeps to one row in every
            // language at the largest text. Screen readers hear its name.
            objectName: "accessButton"
            iconName: "access"
            Accessible.name: qsTr("Access")
            checked: Access.panelOpen
            onTapped: Access.showPanel(!Access.panelOpen)
        }
        KioskButton {
            // Read aloud's play and pause, while the visitor has chosen it.
            objectName: "readAloudButton"
            visible: Access.readAloud
            iconName: Speech.speaking ? "pause" : "play"
            text: Speech.speaking ? qsTr("Pause reading")
                                  : Speech.paused ? qsTr("Go on reading")
                                  : Speech.failed ? qsTr("Read aloud is not available")
                                  : qsTr("Read this screen")
            onTapped: Speech.toggle()
        }
    }

    TextSizeSwitch {
        id: sizes
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin / 2
        y: (Theme.barHeight - height) / 2
    }

    LanguageSwitch {
        id: languages
        anchors.right: bar.narrow ? parent.right : sizes.left
        anchors.rightMargin: bar.narrow ? Theme.margin / 2 : Theme.gap
        y: bar.narrow ? Theme.barHeight - Theme.gap : (Theme.barHeight - height) / 2
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Math.max(1, Theme.unit)
        color: Theme.line
    }
}
